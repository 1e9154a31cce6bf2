"""How exactly a number is stated: exact, at_least, at_most, approx or range.

>>> from parsers.numbers import find_numbers
>>> def q(text):
...     numbers = find_numbers(text)
...     return [qualifier_of(text, m) for m in numbers]
>>> q("More Than 29,000 killed"), q("death toll passes 10,000"), q("up to 186,000 deaths")
(['at_least'], ['at_least'], ['at_most'])
>>> q("about (170) children"), q("some 27 per cent"), q("1,000+ detainees"), q("the 19 hospitals")
(['approx'], ['approx'], ['at_least'], ['exact'])
>>> q("835 approximate number of Palestinians arrested")
['approx']
"""

from __future__ import annotations

import re

from parsers.numbers import NumberMention
from parsers.vocabulary import QUALIFIER_AFTER, QUALIFIER_APPROX_AFTER, QUALIFIERS_BEFORE

# "only", "a total of" and an opening bracket may sit between a qualifier and its number.
_TRANSPARENT = r"(?:\s+|\(|\bonly\b|\bjust\b|\ba\s+total\s+of\b|\bthe\b)*"
_BEFORE = [(re.compile(r"(?<![\w-])(?:" + pattern + r")" + _TRANSPARENT + r"$", re.IGNORECASE), name)
           for pattern, name in QUALIFIERS_BEFORE]
# All rows of _BEFORE as one pattern: it matches exactly when one of them does, and most numbers have no
# qualifier, so one scan of the words before them replaces one per row.
_ANY_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{pattern})" for pattern, _ in QUALIFIERS_BEFORE) + r")"
                         + _TRANSPARENT + r"$", re.IGNORECASE)
_AFTER = re.compile(QUALIFIER_AFTER, re.IGNORECASE)
_APPROX_AFTER = re.compile(QUALIFIER_APPROX_AFTER, re.IGNORECASE)
_RANGE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)  # "rose from 12 to 54", "rose by 61 to 43,665"
# "from 3,211 on 1 January to 3,405": the first count's date may stand between the two
_CHANGE_JOIN = re.compile(r"^\s*(?:(?:on|in|as\s+of|at\s+the\s+(?:start|end)\s+of)\s+(?:[\w,]+\s+){1,3})?(?:to|-|–)\s*$",
                          re.IGNORECASE)
_BARE_RANGE_JOIN = re.compile(r"^\s*(?:to|–)\s*$")
_KILLED_AND = re.compile(r"\s*(?:[\w-]+\s+){1,10}?(?:killed|dead|martyred)\s*,?\s+and\s+", re.IGNORECASE)
_INJURED_AFTER = re.compile(r"\s+(?:others\s+|people\s+)?(?:(?:were|have\s+been)\s+)?(?:injured|wounded)\b", re.IGNORECASE)
_COORDINATED_PAIR = re.compile(r"\s*(?:[\w-]+\s+){1,5}and\s+")
_RANGE_JOIN = re.compile(r"^\s*(?:[\w-]+\s+){0,2}(?:\([^()]*\)\s*)?(?:and|to|-|–)\s*$", re.IGNORECASE)


def qualifier_of(text: str, number: NumberMention) -> str:
    """The qualifier words right around ``number`` give its qualifier; none means exact."""
    before = text[max(0, number.start - 40):number.start]
    if _ANY_BEFORE.search(before):
        for pattern, name in _BEFORE:
            if pattern.search(before):
                return name
    after = text[number.end:number.end + 20]
    if _AFTER.match(after):
        return "at_least"
    if _APPROX_AFTER.match(after):
        return "approx"
    return "exact"


def pair_kind(text: str, first: NumberMention, second: NumberMention) -> str | None:
    """"range" for "between X and Y", "change" for "from X to Y", else None.

    >>> from parsers.numbers import find_numbers
    >>> t = "anywhere between 58,269 and 74,290 people; rose from 12 to 54"
    >>> a, b, c, d = find_numbers(t)
    >>> pair_kind(t, a, b), pair_kind(t, c, d), pair_kind(t, b, c)
    ('range', 'change', None)
    """
    between = text[first.end:second.start]
    before = text[max(0, first.start - 30):first.start]
    if _CHANGE.search(before) and _CHANGE_JOIN.match(between):
        return "change"
    if not _RANGE_JOIN.match(between):
        return None
    if _RANGE.search(before):
        return "range"
    if _BARE_RANGE_JOIN.match(between):
        return "range"  # "some 30 to 40 people": a range without "between" (a change says "from")
    return None


def carries_qualifier(text: str, first: NumberMention, second: NumberMention, between: str | None = None) -> bool:
    """A qualifier that opens a coordinated pair carries to the second number.

    >>> from parsers.numbers import find_numbers
    >>> t = "at least 28,663 killed and 68,395 injured"
    >>> carries_qualifier(t, *find_numbers(t))
    True
    """
    if between is None:  # the words between the two numbers (the caller may have taken an aside out of them)
        between = text[first.end:second.start]
    return _COORDINATED_PAIR.fullmatch(between) is not None or (  # "at least 9 people have been killed and 12 injured"
        # "At least 574 people sheltering in UNRWA facilities have been killed and 1,900 injured": the toll's pair, longer
        _KILLED_AND.fullmatch(between) is not None and _INJURED_AFTER.match(text, second.end) is not None)
