"""The scenario format as typed, frozen pydantic models: the single source of truth for what a scenario
YAML file may say. The loader validates raw YAML into these; the JSON Schema and the modding reference are
generated from them. Nothing here reads files or builds game state.

Conventions: ids are lowercase ASCII snake_case; dates are "YYYY-MM" strings; sides are `umayyad`,
`berber`, `asturias` (an opportunist third party the engine plays itself) and `neutral`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Month = Annotated[str, StringConstraints(pattern=r"^\d{3,4}-(0[1-9]|1[0-2])$")]
SideId = Literal["umayyad", "berber", "asturias", "neutral"]
PlayableSide = Literal["umayyad", "berber"]
Terrain = Literal["plain", "hills", "mountains", "desert", "marsh", "coast"]
Population = Literal["berber", "arab", "mixed", "christian", "empty"]
Percent = Annotated[int, Field(ge=0, le=100)]
Men = Annotated[int, Field(ge=0, le=1_000_000)]


class Model(BaseModel):
    """Strict base: unknown keys are errors, models are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# --------------------------------------------------------------------------- metadata


class Source(Model):
    title: str
    author: str | None = None
    url: str | None = None
    note: str | None = None


class Metadata(Model):
    id: Id
    title: str
    description: str = ""
    author: str = ""
    version: str = "1.0"
    start: Month = Field(description="First month played (the state the file describes).")
    end: Month = Field(description="Last month played; the game ends after it resolves.")
    sources: list[Source] = []


# --------------------------------------------------------------------------- map


class Region(Model):
    id: Id
    name: str = Field(description="Display name, diacritics welcome.")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    terrain: Terrain
    terrain_secondary: Terrain | None = None
    area: str = Field("", description="Historical area for grouping, e.g. 'Maghreb al-Aqsa', 'al-Andalus'.")
    city: str | None = Field(None, description="Name of the main town, if any.")
    fortress: int = Field(0, ge=0, le=3, description="Walls: 0 none, 1 town walls, 2 fortress, 3 great city.")
    port: bool = False
    population: Population = "berber"
    revenue: int = Field(0, ge=0, le=1000, description="Gold a month at normal tax.")
    manpower: int = Field(0, ge=0, le=100_000, description="Men a month it adds to its owner's pool.")
    owner: SideId = "umayyad"
    garrison: Men = 0
    unrest: Percent = 0
    fervour: Percent = Field(0, description="Kharijite fervour of the people (helps Berber recruitment).")
    neighbors: list[Id] = Field([], description="Land adjacency; must be symmetric.")
    border: list[tuple[float, float]] | None = Field(None, description="Optional explicit border (lat, lon).")
    offmap: bool = Field(False, description="An off-map node (Damascus, Egypt, Sicily): no owner changes.")
    note: str = ""


class SeaLink(Model):
    """A crossing between two coastal regions; embarking needs a port held at the start of the crossing."""

    id: Id
    name: str
    a: Id
    b: Id
    months: int = Field(1, ge=1, le=6, description="Months the crossing takes.")
    note: str = ""


# --------------------------------------------------------------------------- sides, leaders, armies


class Faction(Model):
    id: Id
    name: str
    side: SideId
    note: str = ""


class Side(Model):
    id: SideId
    name: str
    playable: bool = True
    treasury: int = Field(0, ge=0)
    manpower: int = Field(0, ge=0)
    tax_policy: Literal["low", "normal", "high"] = "normal"
    capital: Id | None = None


class Leader(Model):
    id: Id
    name: str
    side: SideId
    faction: Id | None = None
    command: int = Field(2, ge=1, le=5, description="Battle skill.")
    siegecraft: int = Field(1, ge=1, le=5)
    charisma: int = Field(1, ge=1, le=5, description="Holds armies and tribes together; helps preaching and morale.")
    successor: Id | None = Field(None, description="Takes over this leader's army if he dies or is deposed.")
    active: bool = Field(True, description="False: enters later through an event.")
    role: str = ""
    fate: str = Field("", description="What history records (for the encyclopedia, not used by rules).")


class Army(Model):
    id: Id
    name: str
    side: SideId
    faction: Id | None = None
    region: Id
    leader: Id | None = None
    cavalry: Men = 0
    infantry: Men = 0
    light: Men = Field(0, description="Light tribal troops: poorly equipped but fast and fervent.")
    morale: Percent = 70
    doubt: str | None = Field(None, description="What the sources say about the reliability of these numbers.")
    source: str | None = None


class Reinforcement(Model):
    """An army that enters at a given month (or when an event spawns it by id)."""

    army: Army
    month: Month
    note: str = ""


# --------------------------------------------------------------------------- events: triggers and effects


class DateTrigger(Model):
    kind: Literal["date"]
    month: Month


class OwnerTrigger(Model):
    kind: Literal["owner"]
    region: Id
    side: SideId


class LeaderDeadTrigger(Model):
    kind: Literal["leader_dead"]
    leader: Id


class BattleWonTrigger(Model):
    kind: Literal["battle_won"]
    side: SideId
    region: Id | None = None


class FlagTrigger(Model):
    kind: Literal["flag"]
    flag: Id
    value: bool = True


class ArmyExistsTrigger(Model):
    kind: Literal["army_exists"]
    army: Id
    value: bool = True


class AllTrigger(Model):
    kind: Literal["all"]
    of: list["Trigger"]


class AnyTrigger(Model):
    kind: Literal["any"]
    of: list["Trigger"]


class NotTrigger(Model):
    kind: Literal["not"]
    of: "Trigger"


Trigger = Annotated[
    Union[
        DateTrigger,
        OwnerTrigger,
        LeaderDeadTrigger,
        BattleWonTrigger,
        FlagTrigger,
        ArmyExistsTrigger,
        AllTrigger,
        AnyTrigger,
        NotTrigger,
    ],
    Field(discriminator="kind"),
]


class SpawnArmy(Model):
    kind: Literal["spawn_army"]
    army: Army


class RemoveArmy(Model):
    kind: Literal["remove_army"]
    army: Id


class MoveArmyEffect(Model):
    kind: Literal["move_army"]
    army: Id
    region: Id


class AddMen(Model):
    kind: Literal["add_men"]
    army: Id
    cavalry: int = 0
    infantry: int = 0
    light: int = 0


class ActivateLeader(Model):
    kind: Literal["activate_leader"]
    leader: Id
    army: Id | None = None


class KillLeader(Model):
    kind: Literal["kill_leader"]
    leader: Id
    cause: Literal["battle", "executed", "killed", "died"] = "killed"


class DeposeLeader(Model):
    kind: Literal["depose_leader"]
    leader: Id


class AssignLeader(Model):
    kind: Literal["assign_leader"]
    leader: Id
    army: Id


class SetOwner(Model):
    kind: Literal["set_owner"]
    region: Id
    side: SideId
    garrison: Men | None = None


class AddUnrest(Model):
    kind: Literal["add_unrest"]
    regions: list[Id]
    amount: int = Field(ge=-100, le=100)


class AddFervour(Model):
    kind: Literal["add_fervour"]
    regions: list[Id]
    amount: int = Field(ge=-100, le=100)


class AddTreasury(Model):
    kind: Literal["add_treasury"]
    side: SideId
    amount: int


class AddManpower(Model):
    kind: Literal["add_manpower"]
    side: SideId
    amount: int


class SetTaxPolicyEffect(Model):
    kind: Literal["set_tax_policy"]
    side: SideId
    policy: Literal["low", "normal", "high"]


class SetFlag(Model):
    kind: Literal["set_flag"]
    flag: Id
    value: bool = True


class Narrate(Model):
    kind: Literal["narrate"]
    text: str


Effect = Annotated[
    Union[
        SpawnArmy,
        RemoveArmy,
        MoveArmyEffect,
        AddMen,
        ActivateLeader,
        KillLeader,
        DeposeLeader,
        AssignLeader,
        SetOwner,
        AddUnrest,
        AddFervour,
        AddTreasury,
        AddManpower,
        SetTaxPolicyEffect,
        SetFlag,
        Narrate,
    ],
    Field(discriminator="kind"),
]


class Choice(Model):
    id: Id
    label: str
    effects: list[Effect] = []
    historical: bool = Field(False, description="The choice history made (the replay picks it).")
    ai_weight: int = Field(1, ge=0, le=100, description="How much the AI likes this choice.")


class Event(Model):
    id: Id
    title: str
    trigger: Trigger
    narration: str = ""
    source: str = Field("", description="Where the sources tell it (section of the article).")
    effects: list[Effect] = []
    chooser: PlayableSide | None = Field(None, description="The side that picks among the choices.")
    choices: list[Choice] = []
    once: bool = True
    historical_only: bool = Field(
        False, description="Fires only in the historical replay (history forcing the engine's hand)."
    )


# --------------------------------------------------------------------------- victory


class RegionPoints(Model):
    region: Id
    points: int = Field(ge=0, le=100)


class SuddenDeath(Model):
    id: Id
    side: PlayableSide = Field(description="The side that wins.")
    level: Literal["decisive", "marginal"] = "decisive"
    trigger: Trigger
    text: str = ""


class SideVictory(Model):
    key_regions: list[RegionPoints] = []
    points_per_1000_enemy_killed: float = Field(0.0, ge=0)


class Victory(Model):
    umayyad: SideVictory
    berber: SideVictory
    decisive_margin: int = Field(20, ge=1)
    marginal_margin: int = Field(8, ge=1)
    sudden_death: list[SuddenDeath] = []
    historical_result: str = Field("", description="How history ended, in the game's terms.")


# --------------------------------------------------------------------------- the historical timeline


class HistoricalOrder(Model):
    """One order history gave; `command` is a command name of the engine, fields its arguments."""

    side: SideId
    command: Literal[
        "move", "besiege", "assault", "garrison", "split", "merge", "embark", "recruit", "set_tax", "preach"
    ]
    army: Id | None = None
    to: Id | None = None
    region: Id | None = None
    into: Id | None = None
    new_army: Id | None = None
    leader: Id | None = Field(None, description="split: the leader who takes the new army.")
    cavalry: int = 0
    infantry: int = 0
    light: int = 0
    men: int = 0
    policy: Literal["low", "normal", "high"] | None = None
    note: str = ""


class BattlePin(Model):
    """History overriding the dice: the outcome of the battle fought in `region` this month."""

    id: Id
    name: str
    region: Id
    winner: PlayableSide
    losses: dict[str, Men] = Field({}, description="Side id -> men lost (approximate, from the sources).")
    leaders_killed: list[Id] = []
    source: str = ""
    doubt: str | None = None


class Checkpoint(Model):
    owners: dict[Id, SideId] = {}
    leaders_dead: list[Id] = []
    leaders_alive: list[Id] = []
    armies_exist: list[Id] = []
    armies_gone: list[Id] = []


class TimelineMonth(Model):
    month: Month
    narration: str = ""
    source: str = ""
    orders: list[HistoricalOrder] = []
    battles: list[BattlePin] = []
    checkpoint: Checkpoint | None = None


class Bookmark(Model):
    id: Id
    title: str
    month: Month
    description: str = ""


class Conflict(Model):
    """Where the sources disagree, what we chose and why."""

    id: Id
    topic: str
    choice: str
    reason: str


class Settings(Model):
    """Rule tuning a scenario may override."""

    upkeep_per_1000: int = Field(4, ge=0)
    recruit_cost_per_1000: int = Field(30, ge=0)
    revolt_threshold: Percent = 80
    unrest_spread: Percent = 10
    ai_region_priority: dict[Id, int] = Field({}, description="Extra weight the AI puts on regions.")
    ai_aggression: dict[str, float] = Field({}, description="Side id -> aggression 0.0..2.0 (1.0 = normal).")


# --------------------------------------------------------------------------- the whole file


class Scenario(Model):
    metadata: Metadata
    settings: Settings = Settings()
    sides: list[Side]
    factions: list[Faction] = []
    regions: list[Region]
    sea_links: list[SeaLink] = []
    leaders: list[Leader] = []
    armies: list[Army] = []
    reinforcements: list[Reinforcement] = []
    events: list[Event] = []
    victory: Victory
    timeline: list[TimelineMonth] = []
    bookmarks: list[Bookmark] = []
    conflicts: list[Conflict] = []


AllTrigger.model_rebuild()
AnyTrigger.model_rebuild()
NotTrigger.model_rebuild()
SuddenDeath.model_rebuild()
Event.model_rebuild()
Scenario.model_rebuild()


# --------------------------------------------------------------------------- mods
# A mod is a partial scenario that names the scenario it builds on. The loader applies it in this order:
# `remove` first, then `metadata`/`settings`/`victory` (mappings merge key by key), then each list entry
# by id: an entry whose id exists is patched (the keys it gives replace the old ones; nested mappings merge;
# lists are replaced whole), an entry with a new id is added. Remove then add an id to replace it outright.


class _Patch(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class Patch(_Patch):
    """One entry of a mod's list: `id` names the entry to change, or a new one to add; other keys as usual."""

    id: Id = Field(description="The id of the entry to patch, or of the new entry.")


class SidePatch(_Patch):
    id: SideId = Field(description="The side to patch.")


class ReinforcementPatch(_Patch):
    army: Patch = Field(description="Reinforcements are matched by their army's id.")


class TimelinePatch(_Patch):
    month: Month = Field(description="Timeline entries are matched by month.")


class MetadataPatch(Model):
    id: Id = Field(description="The mod's own id (a save records which scenario or mod it was played with).")
    title: str | None = Field(None, description="Shown in the menu; defaults to the base scenario's title.")
    description: str | None = None
    author: str | None = None
    version: str | None = None
    start: Month | None = None
    end: Month | None = None
    sources: list[Source] | None = None


class Removals(Model):
    """Ids of entries the mod deletes from the base scenario (applied before any patch)."""

    factions: list[Id] = []
    regions: list[Id] = []
    sea_links: list[Id] = []
    leaders: list[Id] = []
    armies: list[Id] = []
    reinforcements: list[Id] = Field([], description="Army ids of reinforcements to delete.")
    events: list[Id] = []
    timeline: list[Month] = Field([], description="Months of timeline entries to delete.")
    bookmarks: list[Id] = []
    conflicts: list[Id] = []
    sudden_death: list[Id] = Field([], description="Ids of victory.sudden_death entries to delete.")


class Mod(Model):
    """A mod: a scenario file that says `extends:` and only what changes."""

    extends: str = Field(
        description="The scenario built on: a scenario id (`berber_revolt_740`) or a path relative to this "
        "file that stays inside its folder or the scenarios folder."
    )
    metadata: MetadataPatch
    remove: Removals = Removals()
    settings: dict[str, Any] = Field({}, description="Keys of `settings` to change.")
    victory: dict[str, Any] = Field({}, description="Keys of `victory` to change (mappings merge).")
    sides: list[SidePatch] = []
    factions: list[Patch] = []
    regions: list[Patch] = []
    sea_links: list[Patch] = []
    leaders: list[Patch] = []
    armies: list[Patch] = []
    reinforcements: list[ReinforcementPatch] = []
    events: list[Patch] = []
    timeline: list[TimelinePatch] = []
    bookmarks: list[Patch] = []
    conflicts: list[Patch] = []
