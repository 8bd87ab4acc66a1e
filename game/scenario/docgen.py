"""Generates the key reference of docs/modding.md from the models, so the doc cannot drift from the format.

`python -m game.scenario.docgen` rewrites the text between the markers; `--check` exits 1 if it is stale
(tests/scenario/test_docs.py runs the same comparison).
"""

from __future__ import annotations

import json
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from game.scenario import models as m

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "modding.md"
BEGIN = "<!-- BEGIN GENERATED REFERENCE (python -m game.scenario.docgen) -->"
END = "<!-- END GENERATED REFERENCE -->"
UNIONS = {"Trigger": ("trigger", "triggers"), "Effect": ("effect", "effects")}


def _anchor(model: type[BaseModel]) -> str:
    return model.__name__.lower()


def _union_name(tp: Any) -> str | None:
    members = set(get_args(tp))
    if members and members <= set(get_args(get_args(m.Trigger)[0])):
        return "Trigger"
    if members and members <= set(get_args(get_args(m.Effect)[0])):
        return "Effect"
    return None


def _pattern_of(annotated: Any) -> str | None:
    """The regex of an Annotated[str, StringConstraints(pattern=...)] alias such as models.Id."""
    return getattr(get_args(annotated)[1], "pattern", None)


def type_text(tp: Any) -> str:
    """A reader's name for a type: 'list of [Region](#region)', 'id', 'one of `low`, `high`'."""
    origin = get_origin(tp)
    if origin is typing.Annotated:
        base, *extra = get_args(tp)
        pattern = next((getattr(x, "pattern", None) for x in extra if getattr(x, "pattern", None)), None)
        if pattern == _pattern_of(m.Id):
            return "id"
        if pattern == _pattern_of(m.Month):
            return 'month "YYYY-MM"'
        if union := _union_name(base):
            name, anchor = UNIONS[union]
            return f"[{name}](#{anchor})"
        return type_text(base) + _bounds(extra)
    if origin in (Union, types.UnionType):
        members = [a for a in get_args(tp) if a is not type(None)]
        if union := _union_name(tp):
            name, anchor = UNIONS[union]
            return f"[{name}](#{anchor})"
        text = " or ".join(type_text(a) for a in members)
        return f"{text} or null" if len(members) < len(get_args(tp)) else text
    if origin is Literal:
        return "one of " + ", ".join(f"`{a}`" for a in get_args(tp))
    if origin is list:
        return f"list of {type_text(get_args(tp)[0])}"
    if origin is tuple:
        return "[" + ", ".join(type_text(a) for a in get_args(tp)) + "]"
    if origin is dict:
        key, value = get_args(tp)
        return f"mapping {type_text(key)} → {type_text(value)}"
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return f"[{tp.__name__}](#{_anchor(tp)})"
    if isinstance(tp, typing.ForwardRef | str):
        return "[trigger](#triggers)"
    return {str: "text", int: "whole number", float: "number", bool: "true/false", Any: "any"}.get(tp, str(tp))


def _bounds(metadata: list[Any]) -> str:
    low = next((x.ge for x in metadata if isinstance(x, annotated_types.Ge)), None)
    high = next((x.le for x in metadata if isinstance(x, annotated_types.Le)), None)
    if low is None and high is None:
        return ""
    return f" ({'' if low is None else low}..{'' if high is None else high})"


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "**required**"
    value = field.get_default(call_default_factory=True)
    if isinstance(value, BaseModel):
        return "(its defaults)"
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def model_section(model: type[BaseModel], heading: str) -> list[str]:
    lines = [f'<a id="{_anchor(model)}"></a>', f"#### {heading}", ""]
    if model.__doc__ and model.__doc__.strip() and "Strict base" not in model.__doc__:
        lines += [" ".join(model.__doc__.split()), ""]
    lines += ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]
    for name, field in model.model_fields.items():
        kind = type_text(field.rebuild_annotation())
        meaning = " ".join((field.description or "").split()).replace("|", "\\|")
        lines.append(f"| `{name}` | {kind} | {_default(field)} | {meaning} |")
    return lines + [""]


def _reachable(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Models in the order a reader meets them, depth-first from `root` (trigger and effect kinds apart)."""
    order: list[type[BaseModel]] = []
    skip = set(get_args(get_args(m.Trigger)[0])) | set(get_args(get_args(m.Effect)[0]))

    def visit(tp: Any) -> None:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if tp in order or tp in skip:
                return
            order.append(tp)
            for field in tp.model_fields.values():
                visit(field.annotation)
        for arg in get_args(tp):
            visit(arg)

    visit(root)
    return order


def reference() -> str:
    lines = [BEGIN, "", "### Scenario files", ""]
    for model in _reachable(m.Scenario):
        lines += model_section(model, model.__name__)
    for title, union, anchor in (("Triggers", m.Trigger, "triggers"), ("Effects", m.Effect, "effects")):
        lines += [f'<a id="{anchor}"></a>', f"### {title}", "",
                  f"Each {anchor[:-1]} is a mapping whose `kind` picks one of these.", ""]
        for member in get_args(get_args(union)[0]):
            kind = get_args(member.model_fields["kind"].annotation)[0]
            lines += model_section(member, f"`kind: {kind}`")
    lines += ["### Mod files", ""]
    for model in _reachable(m.Mod):
        if model not in _reachable(m.Scenario):
            lines += model_section(model, model.__name__)
    return "\n".join(lines).rstrip() + "\n\n" + END


def render(doc: str) -> str:
    """The doc with its reference section regenerated."""
    start, stop = doc.index(BEGIN), doc.index(END) + len(END)
    return doc[:start] + reference() + doc[stop:]


def main(argv: list[str]) -> int:
    doc = DOC_PATH.read_text(encoding="utf-8")
    fresh = render(doc)
    if "--check" in argv:
        if fresh != doc:
            print(f"{DOC_PATH}: the key reference is stale; run python -m game.scenario.docgen")
            return 1
        return 0
    DOC_PATH.write_text(fresh, encoding="utf-8")
    print(f"wrote {DOC_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
