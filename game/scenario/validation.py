"""Validates located data into the pydantic models and turns every pydantic error into a `Problem`
with the file, line and column the value came from, what was expected and what was found."""

from __future__ import annotations

import re
import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from game.scenario.errors import Problem, did_you_mean, format_path
from game.scenario.located import Mark, mark_at

_ID_PATTERN = r"^[a-z][a-z0-9_]*$"


def validate_model(model: type[BaseModel], data: Any, fallback_file: str) -> tuple[Any, list[Problem]]:
    """(instance, []) when valid, else (None, every problem)."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_problem(model, data, err, fallback_file) for err in exc.errors(include_url=False)]


def _problem(model: type[BaseModel], data: Any, err: Any, fallback_file: str) -> Problem:
    data_path, type_at = _walk(model, tuple(err["loc"]))
    kind, found = err["type"], err.get("input")
    known = field_names(_walk(model, tuple(err["loc"])[:-1])[1]) if kind == "extra_forbidden" else []
    message, hint, on_key = _explain(kind, found, err, known, type_at)
    if kind in ("missing", "extra_forbidden", "union_tag_not_found"):
        parent = data_path[:-1] if kind != "union_tag_not_found" else data_path
        mark = mark_at(data, data_path, key_of_last=True) if kind == "extra_forbidden" else mark_at(data, parent)
        return _at(mark, fallback_file, format_path(parent), message, hint)
    if kind == "union_tag_invalid":
        data_path = data_path + ("kind",)
    return _at(mark_at(data, data_path, key_of_last=on_key), fallback_file, format_path(data_path), message, hint)


def _at(mark: Mark | None, fallback_file: str, path: str, message: str, hint: str) -> Problem:
    if mark is None:
        return Problem(fallback_file, 0, 0, path, message, hint)
    return Problem(mark.file, mark.line, mark.column, path, message, hint)


# --------------------------------------------------------------------------- walking types along a loc


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is typing.Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            members = [a for a in get_args(tp) if a is not type(None)]
            if len(members) == 1:
                tp = members[0]
            else:
                return tp
        else:
            return tp


def _walk(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[tuple[Any, ...], Any]:
    """The loc without discriminator tags (so it matches the data) and the type found at its end."""
    data_path: list[Any] = []
    tp: Any = model
    for part in loc:
        tp = _unwrap(tp)
        origin = get_origin(tp)
        if part == "[key]":
            continue
        if origin in (Union, types.UnionType):
            tp = next((m for m in get_args(_unwrap(tp)) if _tag_of(m) == part), None)
            continue
        data_path.append(part)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(part) if isinstance(part, str) else None
            tp = field.annotation if field else None
        elif origin in (list, tuple):
            args = get_args(tp)
            tp = args[0] if origin is list or (args and args[-1] is Ellipsis) else (
                args[part] if isinstance(part, int) and part < len(args) else None)
        elif origin is dict:
            tp = get_args(tp)[1]
        else:
            tp = None
    return tuple(data_path), _unwrap(tp) if tp is not None else None


def _tag_of(member: Any) -> Any:
    field = getattr(member, "model_fields", {}).get("kind")
    return get_args(field.annotation)[0] if field is not None else None


def field_names(tp: Any) -> list[str]:
    return list(tp.model_fields) if isinstance(tp, type) and issubclass(tp, BaseModel) else []


def union_tags(tp: Any) -> list[str]:
    tp = _unwrap(tp)
    if get_origin(tp) is list:
        tp = _unwrap(get_args(tp)[0])
    return [t for t in (_tag_of(m) for m in get_args(tp)) if t is not None]


# --------------------------------------------------------------------------- wording


def describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    return str(value)


_EXPECTED = {
    "int_type": "a whole number", "int_parsing": "a whole number", "int_from_float": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    "bool_parsing": "true or false", "list_type": "a list", "tuple_type": "a list",
    "model_type": "a mapping of 'key: value' lines", "model_attributes_type": "a mapping of 'key: value' lines",
    "dict_type": "a mapping of 'key: value' lines",
}
_LIST_HINT = "write each item on its own line starting with '- '"


def _explain(kind: str, found: Any, err: Any, known_keys: list[str], type_at: Any) -> tuple[str, str, bool]:
    """(message, hint, point_at_key) for one pydantic error."""
    ctx, loc, what = err.get("ctx") or {}, err["loc"], describe(found)
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, found {what}", _LIST_HINT if kind.startswith(("list", "tuple")) else "", \
            False
    if kind == "missing":
        return f"missing required key '{loc[-1]}'", "", False
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}'", did_you_mean(loc[-1], known_keys), True
    if kind.startswith("union_tag"):
        return _kind_message(kind, ctx, type_at)
    if kind == "string_type":
        return f"expected text, found {what}", _text_hint(found), False
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", ctx.get("expected", ""))
        return f"expected one of {', '.join(options)}; found {what}", did_you_mean(found, options), False
    if kind == "string_pattern_mismatch":
        return _pattern_message(ctx.get("pattern", ""), found)
    return _limit_message(kind, ctx, err, what), "", False


def _kind_message(kind: str, ctx: Any, type_at: Any) -> tuple[str, str, bool]:
    if kind == "union_tag_invalid":
        tags = re.findall(r"'([^']+)'", ctx.get("expected_tags", ""))
        hint = did_you_mean(ctx.get("tag"), tags) or f"one of: {', '.join(tags)}"
        return f"unknown kind '{ctx.get('tag')}'", hint, False
    tags = union_tags(type_at)
    return "missing required key 'kind'", f"one of: {', '.join(tags)}" if tags else "", False


def _text_hint(found: Any) -> str:
    if isinstance(found, bool):
        return "YAML reads yes/no/on/off as true/false: put the text in quotes"
    return "put it in quotes" if isinstance(found, (int, float)) else ""


def _limit_message(kind: str, ctx: Any, err: Any, what: str) -> str:
    if kind == "string_too_long":
        return f"too long (at most {ctx.get('max_length')} characters)"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))}, found {what}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))}, found {what}"
    if kind in ("too_short", "too_long"):
        return f"wrong number of items ({err['msg'].lower()})"
    return f"{err['msg']}, found {what}"


def _pattern_message(pattern: str, found: Any) -> tuple[str, str, bool]:
    if pattern == _ID_PATTERN:
        suggestion = re.sub(r"[^a-z0-9_]+", "_", str(found).strip().lower()).strip("_")
        hint = f"try '{suggestion}'" if suggestion and re.match(_ID_PATTERN, suggestion) else ""
        return (f"expected an id (lowercase letters, digits and '_', starting with a letter), found "
                f"{describe(found)}", hint, False)
    if "(0[1-9]|1[0-2])" in pattern:
        m = re.match(r"^(\d{3,4})-(\d)$", str(found))
        hint = f"write '{m.group(1)}-0{m.group(2)}'" if m else "months are written like '741-10'"
        return f"expected a month as 'YYYY-MM', found {describe(found)}", hint, False
    return f"does not match the expected pattern, found {describe(found)}", "", False
