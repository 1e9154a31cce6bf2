"""Who the text says a number comes from, normalised through the alias table.

>>> originator_in("More Than 29,000 Killed, Says Gaza Health Ministry")
'Gaza Ministry of Health'
>>> originator_in("reported by the territory’s Health Ministry since October 7")
'Gaza Ministry of Health'
>>> originator_in("the World Health Organization said in December")
'WHO'
>>> originator_in("the Ramallah-based Palestinian Health Ministry said")
'Palestinian Ministry of Health (Ramallah)'
>>> originator_in("according to the Palestinian Health Ministry", location="West Bank")
'Palestinian Ministry of Health (Ramallah)'
>>> originator_in("The Ministry of Health announced", location="Lebanon")
'Lebanese Ministry of Public Health'
>>> originator_in("bystanders said") is None
True
"""

from __future__ import annotations

import re

from parsers.vocabulary import CARRY_SOURCE_CUES, ORIGINATORS, REPORTING, compile_table

_ORIGINATORS = compile_table(ORIGINATORS)
_CARRY = re.compile(CARRY_SOURCE_CUES, re.IGNORECASE | re.VERBOSE)
_REPORTING = re.compile(REPORTING, re.IGNORECASE | re.VERBOSE)
_BARE_MINISTRY = "health ministry"


def originators_in(text: str, location: str | None = None) -> list[tuple[int, str]]:
    """Every originator named in ``text`` as (position, normalised name), in text order."""
    return [(start, name) for start, _, name in _matches(text, location)]


def _matches(text: str, location: str | None) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for pattern, name in _ORIGINATORS:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e, _ in found):
                continue
            found.append((match.start(), match.end(), _resolve(name, location)))
    return sorted(found)


def reporting_originators(text: str, location: str | None = None) -> list[tuple[int, str]]:
    """Originators named as the source of a statement: "X said", "according to X", "X's statement".

    >>> reporting_originators("UNRWA staff were killed, the World Health Organization said")
    [(29, 'WHO')]
    """
    found = []
    matches = _matches(text, location)
    for index, (start, end, name) in enumerate(matches):
        following = matches[index + 1][0] if index + 1 < len(matches) else len(text)
        after = re.match(r"[^.;:]{0,60}?(?=" + _REPORTING.pattern + ")", text[end:following], re.IGNORECASE | re.VERBOSE)
        before = text[max(0, start - 30):start]
        if after or re.search(r"(?:according\s+to|reported\s+by|by|says|said|from)\s+(?:the\s+)?$", before,
                              re.IGNORECASE):
            found.append((start, name))
    return found


def originator_in(text: str, near: int | None = None, location: str | None = None) -> str | None:
    """The originator of a number in ``text``: a reporting one before any other, nearest to ``near``."""
    found = reporting_originators(text, location) or originators_in(text, location)
    if not found:
        return None
    if near is None:
        return found[0][1]
    return min(found, key=lambda item: abs(item[0] - near))[1]


def refers_back(text: str) -> bool:
    """True when the sentence points at a source named before: "The Ministry said ..."."""
    return bool(_CARRY.search(text))


def _resolve(name: str, location: str | None) -> str:
    """A bare "health ministry" belongs to the place the figure is about."""
    if name != _BARE_MINISTRY:
        return name
    if location == "Lebanon":
        return "Lebanese Ministry of Public Health"
    if location in ("West Bank", "East Jerusalem"):
        return "Palestinian Ministry of Health (Ramallah)"
    return "Gaza Ministry of Health"
