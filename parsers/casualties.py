"""Casualty figures: killed, injured, missing and hostages.

Tolls without any period cue default to ``cumulative``: in reports on an ongoing war a bare
"130 Palestinians have been killed" is the running toll. A sentence about one strike or
raid ("A strike Thursday ... killed at least 16 people") is a ``period`` figure instead,
found by the incident cues in ``vocabulary.PERIOD_CUES``.

>>> default_period("killed"), default_period("hostages_held"), default_period("hostages_taken")
(('cumulative', None), ('point', None), ('period', 'incident'))
>>> population_for("Israeli soldiers were killed"), group_for_victims("Israeli soldiers")
('israelis', 'soldiers')
"""

from __future__ import annotations

import re

from parsers.prefilter import GatedPattern
from parsers.vocabulary import GROUPS, POPULATIONS, compile_alternation, compile_table, prefiltered_alternation

FAMILY = "casualties"
_DEFAULT_PERIODS = {
    "killed": ("cumulative", None),
    "injured": ("cumulative", None),
    "missing": ("cumulative", None),
    "hostages_held": ("point", None),
    "hostages_alive": ("point", None),
    "hostages_taken": ("period", "incident"),
    "hostages_released": ("cumulative", None),
    "hostages_rescued": ("cumulative", None),  # freed by troops, counted apart from releases (a vocabulary extension)
    "hostages_dead": ("cumulative", None),
}
# Hostage figures are a state or an event, whatever period words the sentence carries.
FIXED_PERIOD = {"hostages_held", "hostages_alive", "hostages_taken"}
_GROUPS = [(GatedPattern(pattern), group) for pattern, group in compile_table(GROUPS)]
_POPULATIONS = [(GatedPattern(pattern), population) for pattern, population in compile_table(POPULATIONS)]
# Each table as one alternation, asked first: it finds a match exactly when some row matches
# somewhere, and most counted words name no group or population, so one scan replaces one per row.
# The groups' (asked of most numbers' words) is tried only where a row's prefix starts a word, with
# the rows of its first letter (``prefiltered_alternation``): its first match is the plain scan's.
_ANY_GROUP = prefiltered_alternation(GROUPS)
# Where a match of ``_ANY_GROUP`` may start: every row of it starts a word (``compile_alternation``'s guard is this one).
# The table has no prefixes to scan for (a row opens with digits: "15-year-olds"), so ``_ANY_GROUP.search`` tried the
# whole table at every word start; given these places, it tries each with only the rows its first letter admits.
_WORD_START = re.compile(r"(?<![\w-])\w")
_ANY_POPULATION = compile_alternation(POPULATIONS)
TRADES = frozenset({"journalists", "health_workers", "aid_workers", "civil_defence", "soldiers", "police"})
_SOLDIERS = re.compile(r"(?<!\bby\s)(?<!\bby\sIsraeli\s)\b(?:soldiers?|troops|reservists?)\b", re.IGNORECASE)  # not who shot


def default_period(metric: str) -> tuple[str, str | None]:
    return _DEFAULT_PERIODS.get(metric, ("cumulative", None))


def group_for_victims(words: str) -> str | None:
    """The group named in the words describing who was counted ("46 children", "two ambulance drivers").

    Two different groups joined ("fighters and civilians") mean everyone: None.
    """
    if next(_ANY_GROUP.finditer(words, [start.start() for start in _WORD_START.finditer(words)]), None) is None:
        return None
    found = []
    for pattern, group in _GROUPS:
        for match in pattern.finditer(words):
            if not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), group))
    groups = {g for _, _, g in found}
    if len(groups) == 1:
        return groups.pop()
    if len(groups) == 2 and "women" in groups and groups - {"women"} <= TRADES:
        return (groups - {"women"}).pop()  # "female journalists", "96 female health workers": of the trade
    if len(found) == 2 and "elderly" in groups and groups - {"elderly"} <= {"men", "women"}:
        (_, first_end, _), (second_start, _, _) = sorted(found)
        if not words[first_end:second_start].strip():
            return "elderly"  # "64 men over the age of 60", "an elderly woman": the elderly, of either sex (not "two women
            # and an elderly man": two groups)
    return None


def population_for(words: str) -> str | None:
    if _ANY_POPULATION.search(words) is None:
        return None
    for pattern, population in _POPULATIONS:
        if pattern.search(words):
            return population
    return None


def is_soldier_toll(words: str) -> bool:
    return _SOLDIERS.search(words) is not None
