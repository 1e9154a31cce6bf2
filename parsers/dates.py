"""Dates and periods stated in a sentence.

>>> import datetime as dt
>>> as_of_in("By June 19, 2024, 37,396 people had been killed", dt.date(2024, 7, 5))
datetime.date(2024, 6, 19)
>>> as_of_in("As of May 10, 30% were unidentified", dt.date(2024, 7, 5))
datetime.date(2024, 5, 10)
>>> period_in("in the past 24 hours", dt.date(2024, 1, 5))
('period', '24h', None)
>>> period_in("since the ceasefire (October 11):", dt.date(2026, 6, 15))
('cumulative', None, datetime.date(2025, 10, 11))
>>> period_in("fatalities reported since October 7", dt.date(2024, 2, 19))
('cumulative', None, datetime.date(2023, 10, 7))
>>> period_in("Israeli airstrikes on Tuesday, which resulted in 28 deaths", None)
('period', 'day', None)
>>> period_in("nothing here", None) is None
True
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateutil import parser as dateparser

from parsers.prefilter import PrefilteredPattern, fast_words, starts_together, word_start_words
from parsers.vocabulary import MONTHS, PERIOD_CUES, compile_table

# Each row tried only where one of its prefixes starts a word; the candidate starts of all rows come
# from ONE scan of the sentence (``starts_together``), where eleven plain scans tried each row everywhere.
_PERIODS = [(PrefilteredPattern(pattern, word_start=True), *rest) for pattern, *rest in compile_table(PERIOD_CUES)]
_PERIOD_TABLES = tuple(table for table, *_ in _PERIODS)
_MONTHS = fast_words(MONTHS)  # the month names regrouped by first letter: a non-month word is rejected at once
_DATE = rf"(?:(?:{_MONTHS})\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?)"
# asked of every sentence with a figure: the cue words in a form ``re`` scans for in C (``word_start_words``)
_AS_OF_CUES = word_start_words(r"as\s+of|by|until|up\s+to|current\s+as\s+of")
_AS_OF = re.compile(rf"{_AS_OF_CUES}\s+(?P<date>{_DATE}|(?:{_MONTHS})\s+\d{{4}})",
                    re.IGNORECASE)
_SINCE = re.compile(rf"\bsince\s+(?:the\s+[\w\s-]{{0,50}}?(?:\(\s*|\bon\s+|\bin\s+))?(?P<date>{_DATE})", re.IGNORECASE)
_WAR_START = re.compile(r"since\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:war|aggression|conflict)"
                        r"|since\s+the\s+(?:war|conflict)\s+(?:began|started|erupted)", re.IGNORECASE)
_PAGE_DATE = re.compile(rf"^\s*(?:date\s+(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<line>{_DATE})\s*$)", re.IGNORECASE)
_REPORTED_ON = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|issued|published)\s+$", re.IGNORECASE)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
WAR_START = dt.date(2023, 10, 7)
_FOUR_DIGITS = re.compile(r"\d{4}")
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;]{0,60}$", re.IGNORECASE)  # "since ... on 7 October"


@functools.lru_cache(maxsize=4096)  # dateutil is slow and documents repeat their dates
def parse_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """A written date; without a year, the latest such date on or before ``reference``.

    >>> parse_date("October 11", dt.date(2026, 6, 15)), parse_date("7 October 2023")
    (datetime.date(2025, 10, 11), datetime.date(2023, 10, 7))
    """
    has_year = _FOUR_DIGITS.search(text)
    base = reference or WAR_START
    try:
        parsed = dateparser.parse(text.replace(".", ""), default=dt.datetime(base.year, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    if not has_year and reference and parsed > reference:
        parsed = parsed.replace(year=parsed.year - 1)
    if not has_year and not reference and (parsed.month, parsed.day) == (10, 7):
        parsed = WAR_START
    return parsed


@functools.lru_cache(maxsize=256)  # asked once per figure: a sentence with several figures is read once
def as_of_in(sentence: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence states its figures for ("By June 19, 2024"), else ``published``."""
    match = _as_of_cue(sentence)
    if match:
        stated = parse_date(match.group("date"), published)
        if stated:
            return stated
    return published


# "A report from Feb 7, 2024, at the time when the toll was 28,000": the count is as of that date.
_AT_THE_TIME = re.compile(rf"(?P<date>{_DATE}),?[^.;]{{0,40}}?\bat\s+the\s+time\b[^.;\d]{{0,60}}$", re.IGNORECASE)
# A clause that states or projects something new: a date it ends on is not the date of a number before it
# ("... when the toll was 28,000, estimated that deaths would reach 85,750 by Aug 6, 2024").
_NEW_STATEMENT = re.compile(r"\b(?:estimat\w*|project\w*|predict\w*|forecast\w*|warn\w*|expect\w*|would|will"
                            r"|could)\b", re.IGNORECASE)


def as_of_for(sentence: str, published: dt.date | None, number_start: int, number_end: int) -> dt.date | None:
    """``as_of_in`` for the number at ``sentence[number_start:number_end]``: a date cue after the number,
    past a clause that estimates or projects, dates that clause's figures, not this one; a count "at the
    time" of a date stated before it is as of that date.

    >>> text = "When the toll was 28,000, researchers estimated deaths could reach 85,750 by Aug 6, 2024."
    >>> as_of_for(text, dt.date(2024, 2, 7), 18, 24), as_of_for(text, dt.date(2024, 2, 7), 67, 73)
    (datetime.date(2024, 2, 7), datetime.date(2024, 8, 6))
    >>> as_of_for("A report from Feb 7, 2024, at the time when the toll was 28,000, estimated ...", None, 57, 63)
    datetime.date(2024, 2, 7)
    """
    # the substring test spares most sentences the regex, which would try a date at every position
    at_the_time = _AT_THE_TIME.search(sentence, 0, number_start) if "time" in sentence.lower() else None
    if at_the_time:
        stated = parse_date(at_the_time.group("date"), published)
        if stated:
            return stated
    match = _as_of_cue(sentence)
    if match and match.start() >= number_end and _NEW_STATEMENT.search(sentence, number_end, match.start()):
        return published
    return as_of_in(sentence, published)


@functools.lru_cache(maxsize=256)  # the scan tries a date cue at every position: once per sentence, not per figure
def _as_of_cue(sentence: str) -> re.Match[str] | None:
    return _AS_OF.search(sentence)


def period_in(sentence: str, published: dt.date | None) -> tuple[str, str | None, dt.date | None] | None:
    """(period kind, period_detail, period_start) from the first period cue, or None."""
    found = periods_in(sentence, published)
    return found[0][1:] if found else None


@functools.lru_cache(maxsize=256)  # asked once per figure: a sentence with several figures is read once
def periods_in(sentence: str, published: dt.date | None) -> tuple[tuple[int, str, str | None, dt.date | None], ...]:
    """Every period cue as (position, kind, period_detail, period_start), in table order.

    >>> [p[1:3] for p in periods_in("killed 40 in 2024 alone, and 320 since Oct. 7", None)]
    [('period', 'month_or_year'), ('cumulative', None)]
    """
    found = []
    for (table, kind, detail), starts in zip(_PERIODS, starts_together(_PERIOD_TABLES, sentence)):
        if starts == []:  # no place this row could start at (None: any place could)
            continue
        for match in table.finditer(sentence, starts):
            if kind == "cumulative":
                found.append((match.start(), kind, None, _start_of(sentence[match.start():], published)))
                continue
            if detail == "day" and (_SINCE_BEFORE.search(sentence[:match.start()])
                                    or _REPORTED_ON.search(sentence[:match.start()])):
                continue  # "since ... on 7 October" starts a count; "said Tuesday" dates the statement
            text = detail
            if detail and "{" in detail:
                value = next(v for v in match.groupdict().values() if v)
                text = detail.format(hours=value, days=_WORD_NUMBERS.get(value.lower(), value))
            found.append((match.start(), kind, text, None))
    return tuple(found)


def _start_of(sentence: str, published: dt.date | None) -> dt.date | None:
    since = _SINCE.search(sentence)
    if since:
        return parse_date(since.group("date"), published)
    if _WAR_START.search(sentence):
        return WAR_START
    return None


def page_date(text: str) -> dt.date | None:
    """A date the page states on a line of its own (a bulletin's signature, a dateline).

    >>> page_date("Ministry of Health\\n\\nJune 15, 2026\\n")
    datetime.date(2026, 6, 15)
    """
    for line in text.splitlines():
        match = _PAGE_DATE.match(line)
        if match:
            found = match.group("iso") or match.group("line")
            if _FOUR_DIGITS.search(found):
                return parse_date(found)
    return None
