"""How likely a town whose fall alone ends the war is to fall before the end, read from one side's view.

A rollout of a few months cannot see a siege won a year later, so in the war's last HORIZON months `hard`
scores its end with this estimate (`evaluation._expected_result`): a logistic model fitted on the last year of
800 `normal` mirror games of the 740 scenario (`python -m benchmarks.fit_seat_danger` prints these WEIGHTS),
whose inputs are the men near the seat on both sides, its walls' garrison, a running siege, the morale of the
armies at hand, the months left and the visible men on the whole map. Men count as log(1 + thousands): the
first thousands at the gate matter more than the last.
"""

from __future__ import annotations

import math

from game.ai.situation import Situation

NEAR, FAR = 2, 4  # steps from the seat: a host that strikes next month, and one a march behind

FEATURES = ("bias", "foes_near", "foes_far", "own_inside", "own_near", "garrison", "besieged",
            "siege_months", "years_left", "morale_near", "odds_near", "own_all", "foes_all")
HORIZON = 12  # months left within which the model is used: earlier, the mirror's outcome is noise to it
WEIGHTS = (3.101, -0.754, 0.022, -0.067, 0.029, 0.144, 1.469, 3.599, 5.768, -2.915, 0.925, -1.219, 0.36)


def features(sit: Situation, seat: str) -> list[float]:
    """The model's inputs for `seat` (held by `sit.side`), in FEATURES' order."""
    foes_near = foes_far = own_inside = own_near = 0
    morale_men = 0
    for army in sit.armies.values():
        if army.at_sea:
            continue
        steps = sit.dist(seat, army.region)
        if army.side == sit.side:
            if steps == 0:
                own_inside += army.men
            elif steps <= NEAR:
                own_near += army.men
            if steps <= NEAR:
                morale_men += army.morale * army.men
        elif army.side == sit.enemy:
            if steps <= NEAR:
                foes_near += army.men
            elif steps <= FAR:
                foes_far += army.men
    info = sit.regions[seat]
    own_close = own_inside + own_near
    morale = morale_men / own_close if own_close else 70.0
    besieged = info.siege_by == sit.enemy
    defenders = own_close + info.garrison
    own_all = sum(a.men for a in sit.mine())
    foes_all = sum(a.men for a in sit.hostile_armies() if a.side == sit.enemy)
    return [1.0, _log(foes_near), _log(foes_far), _log(own_inside), _log(own_near), _log(info.garrison),
            1.0 if besieged else 0.0, min(info.siege_months, 12) / 12 if besieged else 0.0,
            sit.months_left / 12, morale / 100, _log(foes_near) - _log(defenders), _log(own_all), _log(foes_all)]


def fall_chance(sit: Situation, seat: str) -> float:
    """Estimated chance that `seat` is the enemy's by the end of the war."""
    if sit.regions[seat].owner == sit.enemy:
        return 1.0
    z = sum(w * x for w, x in zip(WEIGHTS, features(sit, seat)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _log(men: int) -> float:
    return math.log1p(men / 1000)
