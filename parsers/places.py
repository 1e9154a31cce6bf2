"""Where a figure is: the place its own clause names, normalised through ``vocabulary.LOCATIONS``.

English states a count before its place ("122 others in the West Bank"), so a place after the
number in its own clause, introduced by "in", "across"..., wins over one before it; two places joined by "and" are both
("the death toll in the Gaza Strip and the West Bank": "West Bank and Gaza Strip", in table order).

>>> def where(text):
...     from parsers.numbers import find_numbers
...     places = places_in(text)
...     return [place_of(places, text, n.start, n.end) for n in find_numbers(text)]
>>> where("8,260 were killed in the Gaza Strip, and 122 others in the West Bank")
['Gaza Strip', 'West Bank']
>>> where("The death toll in the Gaza Strip and the West Bank has reached 45,000")
['West Bank and Gaza Strip']
"""

from __future__ import annotations

import re

from parsers.vocabulary import LOCATIONS, prefiltered_alternation, row_of

_LOCATIONS = prefiltered_alternation(LOCATIONS)
PLACE_TABLE = _LOCATIONS  # for the document-wide scans (prose._Scans)
_ORDER = {place: order for order, (_, place) in enumerate(LOCATIONS)}
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:in\s+)?(?:the\s+)?(?:occupied\s+)?$", re.IGNORECASE)
_INCLUDING = re.compile(r"\s*,?\s*(?:including|incl\.)?\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)  # "the war between Israel and Gaza" names sides
_LOCATIVE_REACH = 45  # characters before a place in which its preposition may stand (past a list of directions)
# ("strikes on northern, eastern and southern Lebanon": the directions listed)
_LOCATIVE = re.compile(r"\b(?:in|across|at|near|throughout|inside|within|from|around|of|on)\s+(?:the\s+)?(?:occupied\s+|southern\s+"
                       r"|northern\s+|central\s+|eastern\s+|western\s+|south\s+|north\s+|east\s+|west\s+"
                       r"|(?:(?:southern|northern|central|eastern|western),?\s+(?:and\s+)?){2,4})?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s|\s(?:and|while|whereas|but)\s+(?=\S*\d)|\s(?:while|whereas|but)\s", re.IGNORECASE)

# After a place's name: a verb or a possessive, which make it a side that acts, not where a count is.
_ACTS_AFTER = re.compile(r"\s+(?:says|said|resumed|launched|began|started|broke|struck|attacked"
                         r"|bombed|invaded|killed|announced|claimed|insists|denies|denied|accused|agreed|rejected|ended|violated|renewed)\b")
# ("Israel's bombardment and ground offensive have killed 14,500", "killed in Israel's offensive": a side's war, not where)
_WAR_OF_A_SIDE_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:war|offensive|bombardment|military|campaign|strikes?|airstrikes?"
                                  r"|attacks?|forces|army|troops|assault|operations?|siege|invasion|shelling|bombing)\b")
_ACTOR_AFTER = re.compile(rf"(?:'s|’s)|{_ACTS_AFTER.pattern}")  # past the clause, "Israel's war" is no place either

Place = tuple[int, int, str]  # (start, end, normalised name)


def places_in(text: str, starts: list[int] | None = None) -> list[Place]:
    """Every place named in ``text``, one scan, with "A and B" joined into one place.

    ``starts``: the table's candidate starts in ``text`` when known (see ``prose._Scans``)."""
    found: list[Place] = []
    for match in _LOCATIONS.finditer(text, starts):
        place = LOCATIONS[row_of(match)][1]
        if found and place == "East Jerusalem" and "West Bank" in single_places(found[-1][2]) and \
                _INCLUDING.fullmatch(text, found[-1][1], match.start()):
            found[-1] = (found[-1][0], match.end(), found[-1][2])  # "the West Bank, including East Jerusalem": the West Bank
            continue
        if found and found[-1][2] != place and _JOINED.match(text[found[-1][1]:match.start()]) and \
                " and " not in found[-1][2] and not _BETWEEN.search(text, max(0, found[-1][0] - 15), found[-1][0]):
            both = " and ".join(sorted((found[-1][2], place), key=_ORDER.get))
            found[-1] = (found[-1][0], match.end(), both)
        else:
            found.append((match.start(), match.end(), place))
    return found


def single_places(name: str) -> list[str]:
    """The places a (possibly joined) name stands for."""
    return name.split(" and ")


def place_of(places: list[Place], sentence: str, start: int, end: int) -> str | None:
    """The place of the number at ``sentence[start:end]``: its clause's place after it, else before it,
    else the nearest place the sentence puts something in ("in Gaza"), else the nearest at all."""
    if not places:
        return None
    stop = _CLAUSE_END.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    # ("have been killed in Israel's offensive": the side's war, not where)
    after = [place for s, e, place in places if end <= s < clause_end and _LOCATIVE.search(sentence, max(0, s - _LOCATIVE_REACH), s)
             and not _WAR_OF_A_SIDE_AFTER.match(sentence, e)]
    if after:
        return after[0]
    stops = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
    clause_start = stops[-1] if stops else 0
    # "a strike on Qana in south Lebanon killed 11": a place put "in" is where, whatever verb follows it
    before = [place for s, e, place in places if clause_start <= s and e <= start and (
        not _ACTS_AFTER.match(sentence, e) and not _WAR_OF_A_SIDE_AFTER.match(sentence, e) or _LOCATIVE.search(sentence, max(0, s - _LOCATIVE_REACH), s))]
    if before:
        return before[-1]
    located = [(abs(s - start), place) for s, e, place in places if _LOCATIVE.search(sentence, max(0, s - _LOCATIVE_REACH), s)
               and not _WAR_OF_A_SIDE_AFTER.match(sentence, e)]
    # a side that acts ("since Israel resumed its offensive", "Israel's war") is where no count is
    named = [(abs(s - start), place) for s, e, place in places if not _ACTOR_AFTER.match(sentence, e)]
    return min(located or named)[1] if located or named else None
