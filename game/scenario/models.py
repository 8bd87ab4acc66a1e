"""The scenario format as typed, frozen pydantic models: the single source of truth for what a scenario
YAML file may say. The loader validates raw YAML into these; the JSON Schema and the modding reference are
generated from them. Nothing here reads files or builds game state.

Conventions: ids are lowercase ASCII snake_case; dates are "YYYY-MM" strings; sides are `umayyad`,
`berber`, `asturias` (an opportunist third party the engine plays itself) and `neutral`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

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
    title: str = Field(description="Title of the book, article or page.")
    author: str | None = Field(None, description="Who wrote it.")
    url: str | None = Field(None, description="Where to find it online.")
    note: str | None = Field(None, description="What it is used for, edition, caveats.")


class Metadata(Model):
    id: Id = Field(description="Stable id of the scenario; its file should be named `<id>.yaml`.")
    title: str = Field(description="Shown in the menu.")
    description: str = Field("", description="The briefing shown before the game starts.")
    author: str = Field("", description="Who made the scenario.")
    version: str = Field("1.0", description="The scenario's own version (text: quote it, \"1.0\").")
    start: Month = Field(description="First month played (the state the file describes).")
    end: Month = Field(description="Last month played; the game ends after it resolves.")
    sources: list[Source] = Field([], description="Where the scenario's history comes from.")


# --------------------------------------------------------------------------- map


class Region(Model):
    id: Id = Field(description="Stable id other entries refer to.")
    name: str = Field(description="Display name, diacritics welcome.")
    lat: float = Field(ge=-90, le=90, description="Latitude of the region's centre (degrees north).")
    lon: float = Field(ge=-180, le=180, description="Longitude of the region's centre (degrees east).")
    terrain: Terrain = Field(description="Main terrain: sets movement cost and battle modifiers.")
    terrain_secondary: Terrain | None = Field(None, description="A second terrain found in the region, if any.")
    area: str = Field("", description="Historical area for grouping, e.g. 'Maghreb al-Aqsa', 'al-Andalus'.")
    city: str | None = Field(None, description="Name of the main town, if any.")
    fortress: int = Field(0, ge=0, le=3, description="Walls: 0 none, 1 town walls, 2 fortress, 3 great city.")
    port: bool = Field(False, description="Has a harbour: sea links can be embarked from here.")
    population: Population = Field("berber", description="Who lives here (affects unrest, recruitment and fervour).")
    revenue: int = Field(0, ge=0, le=1000, description="Gold a month at normal tax.")
    manpower: int = Field(0, ge=0, le=100_000, description="Men a month it adds to its owner's pool.")
    owner: SideId = Field("umayyad", description="Side holding the region at the start.")
    garrison: Men = Field(0, description="Men garrisoned at the start.")
    unrest: Percent = Field(0, description="Unrest at the start; at the revolt threshold the region may rise.")
    fervour: Percent = Field(0, description="Kharijite fervour of the people (helps Berber recruitment).")
    neighbors: list[Id] = Field([], description="Land adjacency; must be symmetric.")
    border: list[tuple[float, float]] | None = Field(None, description="Optional explicit border (lat, lon).")
    offmap: bool = Field(False, description="An off-map node (Damascus, Egypt, Sicily): no owner changes.")
    note: str = Field("", description="Free text for designers; not used by the rules.")


class SeaLink(Model):
    """A crossing between two coastal regions; embarking needs a port held at the start of the crossing."""

    id: Id = Field(description="Stable id of the crossing.")
    name: str = Field(description="Display name.")
    a: Id = Field(description="Region at one end.")
    b: Id = Field(description="Region at the other end.")
    months: int = Field(1, ge=1, le=6, description="Months the crossing takes.")
    sides: list[SideId] = Field(
        [], description="Sides that may use this crossing (they have the ships); empty means any side."
    )
    note: str = Field("", description="Free text for designers.")


# --------------------------------------------------------------------------- sides, leaders, armies


class Faction(Model):
    id: Id = Field(description="Stable id of the faction.")
    name: str = Field(description="Display name.")
    side: SideId = Field(description="The side the faction fights for.")
    note: str = Field("", description="Free text (who they are).")


class Side(Model):
    id: SideId = Field(description="Which side this entry describes.")
    name: str = Field(description="Display name.")
    playable: bool = Field(True, description="Can a player (or the AI as a player) take this side?")
    treasury: int = Field(0, ge=0, description="Gold at the start.")
    manpower: int = Field(0, ge=0, description="Recruitable men at the start.")
    tax_policy: Literal["low", "normal", "high"] = Field("normal", description="Tax policy at the start.")
    capital: Id | None = Field(None, description="Region of the side's capital, if any.")


class Leader(Model):
    id: Id = Field(description="Stable id of the leader.")
    name: str = Field(description="Display name.")
    side: SideId = Field(description="The side he serves.")
    faction: Id | None = Field(None, description="His faction, if any (must fight for the same side).")
    command: int = Field(2, ge=1, le=5, description="Battle skill.")
    siegecraft: int = Field(1, ge=1, le=5, description="Skill at sieges and assaults.")
    charisma: int = Field(1, ge=1, le=5, description="Holds armies and tribes together; helps preaching and morale.")
    successor: Id | None = Field(None, description="Takes over this leader's army if he dies or is deposed.")
    active: bool = Field(True, description="False: enters later through an event.")
    role: str = Field("", description="Who he is, in a sentence (encyclopedia).")
    fate: str = Field("", description="What history records (for the encyclopedia, not used by rules).")


class Army(Model):
    id: Id = Field(description="Stable id of the army.")
    name: str = Field(description="Display name.")
    side: SideId = Field(description="The side it fights for.")
    faction: Id | None = Field(None, description="Its faction, if any (must fight for the same side).")
    region: Id = Field(description="Region where it stands (an off-map region for armies waiting to enter).")
    leader: Id | None = Field(None, description="Leader in command, if any (same side, active, leading no other army).")
    cavalry: Men = Field(0, description="Horsemen.")
    infantry: Men = Field(0, description="Foot soldiers.")
    light: Men = Field(0, description="Light tribal troops: poorly equipped but fast and fervent.")
    morale: Percent = Field(70, description="Morale at the start (0..100).")
    doubt: str | None = Field(None, description="What the sources say about the reliability of these numbers.")
    source: str | None = Field(None, description="Where the sources give these numbers.")


class Reinforcement(Model):
    """An army that enters at a given month (or when an event spawns it by id)."""

    army: Army = Field(description="The army that enters (its region is where it appears).")
    month: Month = Field(description="Month it enters.")
    note: str = Field("", description="Free text (why, from where).")


# --------------------------------------------------------------------------- events: triggers and effects


class DateTrigger(Model):
    kind: Literal["date"] = Field(description="Fires at the start of a month.")
    month: Month = Field(description="That month.")


class OwnerTrigger(Model):
    kind: Literal["owner"] = Field(description="Fires when a side holds a region.")
    region: Id = Field(description="The region.")
    side: SideId = Field(description="The side that must hold it.")


class LeaderDeadTrigger(Model):
    kind: Literal["leader_dead"] = Field(
        description="Fires when a leader has died (killed, executed or natural death)."
    )
    leader: Id = Field(description="The leader.")


class BattleWonTrigger(Model):
    kind: Literal["battle_won"] = Field(description="Fires when a side has won a battle.")
    side: SideId = Field(description="The winner.")
    region: Id | None = Field(None, description="Only a battle in this region (any region if omitted).")


class FlagTrigger(Model):
    kind: Literal["flag"] = Field(description="Fires when a flag has a value.")
    flag: Id = Field(description="The flag (set by a set_flag effect).")
    value: bool = Field(True, description="The value the flag must have.")


class ArmyExistsTrigger(Model):
    kind: Literal["army_exists"] = Field(
        description="Fires when an army exists (or, with value: false, no longer exists)."
    )
    army: Id = Field(description="The army.")
    value: bool = Field(True, description="true: exists; false: destroyed, removed or not yet arrived.")


class AllTrigger(Model):
    kind: Literal["all"] = Field(description="Fires when every trigger in `of` holds.")
    of: list[Trigger] = Field(description="The triggers.")


class AnyTrigger(Model):
    kind: Literal["any"] = Field(description="Fires when at least one trigger in `of` holds.")
    of: list[Trigger] = Field(description="The triggers.")


class NotTrigger(Model):
    kind: Literal["not"] = Field(description="Fires when the trigger in `of` does not hold.")
    of: Trigger = Field(description="The trigger.")


Trigger = Annotated[
    DateTrigger
    | OwnerTrigger
    | LeaderDeadTrigger
    | BattleWonTrigger
    | FlagTrigger
    | ArmyExistsTrigger
    | AllTrigger
    | AnyTrigger
    | NotTrigger,
    Field(discriminator="kind"),
]


class SpawnArmy(Model):
    kind: Literal["spawn_army"] = Field(description="Creates a new army.")
    army: Army = Field(description="The army (a new id).")


class RemoveArmy(Model):
    kind: Literal["remove_army"] = Field(description="Removes an army from play (disbanded, settled, shipped home).")
    army: Id = Field(description="The army.")


class MoveArmyEffect(Model):
    kind: Literal["move_army"] = Field(description="Moves an army at once, without a battle.")
    army: Id = Field(description="The army.")
    region: Id = Field(description="Where it goes.")


class AddMen(Model):
    kind: Literal["add_men"] = Field(description="Adds (or, with negative numbers, takes) men from an army.")
    army: Id = Field(description="The army.")
    cavalry: int = Field(0, description="Horsemen to add.")
    infantry: int = Field(0, description="Foot to add.")
    light: int = Field(0, description="Light troops to add.")


class ActivateLeader(Model):
    kind: Literal["activate_leader"] = Field(description="Brings an inactive leader into play.")
    leader: Id = Field(description="The leader.")
    army: Id | None = Field(None, description="Army he takes command of, if any.")


class KillLeader(Model):
    kind: Literal["kill_leader"] = Field(description="Kills a leader; his successor takes over his army.")
    leader: Id = Field(description="The leader.")
    cause: Literal["battle", "executed", "killed", "died"] = Field("killed", description="How he died (for the log).")


class DeposeLeader(Model):
    kind: Literal["depose_leader"] = Field(
        description="Removes a leader from command (he lives on); his successor takes over."
    )
    leader: Id = Field(description="The leader.")


class AssignLeader(Model):
    kind: Literal["assign_leader"] = Field(description="Puts a leader at the head of an army.")
    leader: Id = Field(description="The leader.")
    army: Id = Field(description="The army.")


class SetOwner(Model):
    kind: Literal["set_owner"] = Field(description="Hands a region to a side (not an off-map region).")
    region: Id = Field(description="The region.")
    side: SideId = Field(description="Its new owner.")
    garrison: Men | None = Field(None, description="New garrison (keeps the old one if omitted).")


class AddUnrest(Model):
    kind: Literal["add_unrest"] = Field(description="Raises (or lowers, if negative) unrest in regions.")
    regions: list[Id] = Field(description="The regions.")
    amount: int = Field(ge=-100, le=100, description="Points of unrest (-100..100).")


class AddFervour(Model):
    kind: Literal["add_fervour"] = Field(description="Raises (or lowers) Kharijite fervour in regions.")
    regions: list[Id] = Field(description="The regions.")
    amount: int = Field(ge=-100, le=100, description="Points of fervour (-100..100).")


class AddTreasury(Model):
    kind: Literal["add_treasury"] = Field(description="Gives (or takes) gold.")
    side: SideId = Field(description="The side.")
    amount: int = Field(description="Gold.")


class AddManpower(Model):
    kind: Literal["add_manpower"] = Field(description="Gives (or takes) recruitable men.")
    side: SideId = Field(description="The side.")
    amount: int = Field(description="Men.")


class SetTaxPolicyEffect(Model):
    kind: Literal["set_tax_policy"] = Field(description="Changes a side's tax policy.")
    side: SideId = Field(description="The side.")
    policy: Literal["low", "normal", "high"] = Field(description="The new policy.")


class SetFlag(Model):
    kind: Literal["set_flag"] = Field(description="Sets a flag other events can test.")
    flag: Id = Field(description="The flag (any new id).")
    value: bool = Field(True, description="Its value.")


class Narrate(Model):
    kind: Literal["narrate"] = Field(description="Shows text in the chronicle.")
    text: str = Field(description="The text.")


Effect = Annotated[
    SpawnArmy
    | RemoveArmy
    | MoveArmyEffect
    | AddMen
    | ActivateLeader
    | KillLeader
    | DeposeLeader
    | AssignLeader
    | SetOwner
    | AddUnrest
    | AddFervour
    | AddTreasury
    | AddManpower
    | SetTaxPolicyEffect
    | SetFlag
    | Narrate,
    Field(discriminator="kind"),
]


class Choice(Model):
    id: Id = Field(description="Stable id of the choice (unique within its event).")
    label: str = Field(description="Button text.")
    effects: list[Effect] = Field([], description="What happens if it is chosen.")
    historical: bool = Field(False, description="The choice history made (the replay picks it).")
    ai_weight: int = Field(1, ge=0, le=100, description="How much the AI likes this choice.")


class Event(Model):
    id: Id = Field(description="Stable id of the event.")
    title: str = Field(description="Headline in the chronicle.")
    trigger: Trigger = Field(description="When it fires.")
    narration: str = Field("", description="Story text shown when it fires.")
    source: str = Field("", description="Where the sources tell it (section of the article).")
    effects: list[Effect] = Field([], description="What happens (before any choice).")
    chooser: PlayableSide | None = Field(None, description="The side that picks among the choices.")
    choices: list[Choice] = Field([], description="Options for the chooser (two or more); needs `chooser`.")
    once: bool = Field(True, description="Fires at most once (false: every month its trigger holds).")
    historical_only: bool = Field(
        False, description="Fires only in the historical replay (history forcing the engine's hand)."
    )


# --------------------------------------------------------------------------- victory


class RegionPoints(Model):
    region: Id = Field(description="A region (not off-map).")
    points: int = Field(ge=0, le=100, description="Victory points for holding it at the end.")


class SuddenDeath(Model):
    id: Id = Field(description="Stable id.")
    side: PlayableSide = Field(description="The side that wins.")
    level: Literal["decisive", "marginal"] = Field("decisive", description="How big the win is.")
    trigger: Trigger = Field(description="When the game ends at once.")
    text: str = Field("", description="What the end screen says.")


class SideVictory(Model):
    key_regions: list[RegionPoints] = Field([], description="Regions worth points to this side.")
    points_per_1000_enemy_killed: float = Field(0.0, ge=0, description="Points per thousand enemy dead.")


class Victory(Model):
    umayyad: SideVictory = Field(description="How the Umayyads score.")
    berber: SideVictory = Field(description="How the Berbers score.")
    decisive_margin: int = Field(20, ge=1, description="Point lead for a decisive victory.")
    marginal_margin: int = Field(8, ge=1, description="Point lead for a marginal victory.")
    sudden_death: list[SuddenDeath] = Field([], description="Conditions that end the game at once.")
    historical_result: str = Field("", description="How history ended, in the game's terms.")


# --------------------------------------------------------------------------- the historical timeline


class HistoricalOrder(Model):
    """One order history gave; `command` is a command name of the engine, fields its arguments."""

    side: SideId = Field(description="The side giving the order.")
    command: Literal[
        "move", "besiege", "assault", "garrison", "split", "merge", "embark", "recruit", "set_tax", "preach"
    ] = Field(description="Engine command it stands for.")
    army: Id | None = Field(
        None, description="The army ordered (move, besiege, assault, garrison, split, merge, embark)."
    )
    to: Id | None = Field(None, description="Destination region (move) or sea link (embark).")
    region: Id | None = Field(None, description="Region (recruit, preach).")
    into: Id | None = Field(None, description="Army merged into (merge).")
    new_army: Id | None = Field(None, description="Id of the army split off (split).")
    leader: Id | None = Field(None, description="split: the leader who takes the new army.")
    cavalry: int = Field(0, description="Horsemen (split, recruit).")
    infantry: int = Field(0, description="Foot (split, recruit).")
    light: int = Field(0, description="Light troops (split, recruit).")
    men: int = Field(0, description="Men put in (or, negative, taken from) the garrison.")
    policy: Literal["low", "normal", "high"] | None = Field(None, description="Tax policy (set_tax).")
    note: str = Field("", description="Free text (what the sources say).")


class BattlePin(Model):
    """History overriding the dice: the outcome of the battle fought in `region` this month."""

    id: Id = Field(description="Stable id of the battle.")
    name: str = Field(description="Display name.")
    region: Id = Field(description="Where it was fought.")
    winner: PlayableSide = Field(description="Who won.")
    losses: dict[str, Men] = Field({}, description="Side id -> men lost (approximate, from the sources).")
    leaders_killed: list[Id] = Field([], description="Leaders who died in it.")
    source: str = Field("", description="Where the sources tell it.")
    doubt: str | None = Field(None, description="What the sources say about the reliability of these numbers.")


class Checkpoint(Model):
    owners: dict[Id, SideId] = Field({}, description="Region id -> side that must hold it.")
    leaders_dead: list[Id] = Field([], description="Leaders who must be dead.")
    leaders_alive: list[Id] = Field([], description="Leaders who must be alive.")
    armies_exist: list[Id] = Field([], description="Armies that must exist.")
    armies_gone: list[Id] = Field([], description="Armies that must be gone.")


class TimelineMonth(Model):
    month: Month = Field(description="The month.")
    narration: str = Field("", description="What happened (shown in the replay).")
    source: str = Field("", description="Where the sources tell it.")
    orders: list[HistoricalOrder] = Field([], description="Orders history gave this month.")
    battles: list[BattlePin] = Field([], description="Battles whose outcome history fixes.")
    checkpoint: Checkpoint | None = Field(None, description="What the replay asserts after the month resolves.")


class Bookmark(Model):
    id: Id = Field(description="Stable id.")
    title: str = Field(description="Shown in the menu.")
    month: Month = Field(description="Month the replay starts from.")
    description: str = Field("", description="What is happening then.")


class Conflict(Model):
    """Where the sources disagree, what we chose and why."""

    id: Id = Field(description="Stable id.")
    topic: str = Field(description="What the sources disagree about.")
    choice: str = Field(description="What the scenario uses.")
    reason: str = Field(description="Why.")


class Settings(Model):
    """Rule tuning a scenario may override."""

    upkeep_per_1000: int = Field(4, ge=0, description="Gold a month per 1,000 men.")
    recruit_cost_per_1000: int = Field(30, ge=0, description="Gold to recruit 1,000 men.")
    revolt_threshold: Percent = Field(80, description="Unrest at which a region may revolt.")
    unrest_spread: Percent = Field(10, description="Share of unrest that spreads to neighbours each month.")
    ai_region_priority: dict[Id, int] = Field({}, description="Extra weight the AI puts on regions.")
    ai_aggression: dict[str, float] = Field({}, description="Side id -> aggression 0.0..2.0 (1.0 = normal).")


# --------------------------------------------------------------------------- the whole file


class Scenario(Model):
    metadata: Metadata = Field(description="Id, title, span and sources.")
    settings: Settings = Field(Settings(), description="Rule tuning.")
    sides: list[Side] = Field(description="The sides (umayyad and berber are required).")
    factions: list[Faction] = Field([], description="Factions within the sides.")
    regions: list[Region] = Field(description="The map.")
    sea_links: list[SeaLink] = Field([], description="Crossings between coastal regions.")
    leaders: list[Leader] = Field([], description="Every leader, active or not.")
    armies: list[Army] = Field([], description="Armies at the start.")
    reinforcements: list[Reinforcement] = Field([], description="Armies that enter later, on a given month.")
    events: list[Event] = Field([], description="Scripted events.")
    victory: Victory = Field(description="How the game is scored and won.")
    timeline: list[TimelineMonth] = Field([], description="History month by month (for the historical replay).")
    bookmarks: list[Bookmark] = Field([], description="Start points for the replay.")
    conflicts: list[Conflict] = Field([], description="Where the sources disagree and what we chose.")


AllTrigger.model_rebuild()
AnyTrigger.model_rebuild()
NotTrigger.model_rebuild()
SuddenDeath.model_rebuild()
Event.model_rebuild()
Scenario.model_rebuild()


# --------------------------------------------------------------------------- mods
# A mod is a partial scenario that names the scenario it builds on. The loader applies it in this order:
# `remove` first, then `replace` (empties whole lists), then `metadata`/`settings`/`victory` (mappings merge key
# by key), then each list entry by id: an entry whose id exists is patched (the keys it gives replace the old
# ones; nested mappings merge;
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
    description: str | None = Field(None, description="Replaces the base's briefing.")
    author: str | None = Field(None, description="Who made the mod.")
    version: str | None = Field(None, description="The mod's version (text).")
    start: Month | None = Field(None, description="A new first month.")
    end: Month | None = Field(None, description="A new last month.")
    sources: list[Source] | None = Field(None, description="Replaces the base's sources.")


class Removals(Model):
    """Ids of entries the mod deletes from the base scenario (applied before any patch)."""

    factions: list[Id] = Field([], description="Faction ids.")
    regions: list[Id] = Field([], description="Region ids.")
    sea_links: list[Id] = Field([], description="Sea link ids.")
    leaders: list[Id] = Field([], description="Leader ids.")
    armies: list[Id] = Field([], description="Army ids (starting armies).")
    reinforcements: list[Id] = Field([], description="Army ids of reinforcements to delete.")
    events: list[Id] = Field([], description="Event ids.")
    timeline: list[Month] = Field([], description="Months of timeline entries to delete.")
    bookmarks: list[Id] = Field([], description="Bookmark ids.")
    conflicts: list[Id] = Field([], description="Conflict ids.")
    sudden_death: list[Id] = Field([], description="Ids of victory.sudden_death entries to delete.")


class Mod(Model):
    """A mod: a scenario file that says `extends:` and only what changes."""

    extends: str = Field(
        description="The scenario built on: a scenario id (`berber_revolt_740`) or a path relative to this "
        "file that stays inside its folder or the scenarios folder."
    )
    metadata: MetadataPatch = Field(description="The mod's id and anything it changes in the metadata.")
    remove: Removals = Field(Removals(), description="Entries to delete, by id.")
    replace: list[
        Literal["factions", "regions", "sea_links", "leaders", "armies", "reinforcements", "events", "timeline",
                "bookmarks", "conflicts"]
    ] = Field([], description="Lists the mod rewrites whole: the base's entries are dropped and only the mod's "
              "own entries for them remain (`replace: [timeline]` with no `timeline:` empties it).")
    settings: dict[str, Any] = Field({}, description="Keys of `settings` to change.")
    victory: dict[str, Any] = Field({}, description="Keys of `victory` to change (mappings merge).")
    sides: list[SidePatch] = Field([], description="Side patches.")
    factions: list[Patch] = Field([], description="Faction patches or additions.")
    regions: list[Patch] = Field([], description="Region patches or additions.")
    sea_links: list[Patch] = Field([], description="Sea link patches or additions.")
    leaders: list[Patch] = Field([], description="Leader patches or additions.")
    armies: list[Patch] = Field([], description="Army patches or additions.")
    reinforcements: list[ReinforcementPatch] = Field([], description="Reinforcement patches or additions.")
    events: list[Patch] = Field([], description="Event patches or additions.")
    timeline: list[TimelinePatch] = Field([], description="Timeline patches or additions.")
    bookmarks: list[Patch] = Field([], description="Bookmark patches or additions.")
    conflicts: list[Patch] = Field([], description="Conflict patches or additions.")
