"""Dates and periods stated in a sentence.

>>> import datetime as dt
>>> as_of_in("By June 19, 2024, 37,396 people had been killed", dt.date(2024, 7, 5))
datetime.date(2024, 6, 19)
>>> as_of_in("As of May 10, 30% were unidentified", dt.date(2024, 7, 5))
datetime.date(2024, 5, 10)
>>> as_of_in("By the end of October 2025, Addameer counted 10,480", None)
datetime.date(2025, 10, 31)
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
_AS_OF_CUES = word_start_words(r"as\s+of|as\s+at|by|until|up\s+to|current\s+as\s+of")
# "as of 1 December", "as of July 2024", "by early November 2024", "as of the end of November" (a bare month
# only after such a part of it: "by November" alone is too often a deadline)
_AS_OF = re.compile(rf"{_AS_OF_CUES}\s+(?:(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start)\s+of)[\s-]+)?"
                    rf"(?P<date>{_DATE}|(?:{_MONTHS})(?:\s+\d{{4}}|(?(part)|(?!))))",
                    re.IGNORECASE)
_SINCE = re.compile(rf"\bsince\s+(?:(?:the\s+)?[\w\s’'-]{{0,50}}?(?:\(\s*|\bon\s+|\bin\s+))?(?P<date>{_DATE}|(?:{_MONTHS})\s+\d{{4}}"
                    r"|(?:19|20)\d\d(?![\d,]))",  # "since 1967": from the year's first day
                    re.IGNORECASE)
# "since the escalation began in September": a month the story's date places in its year ("in October, 2023": that year)
# "since the start of the year", "since the beginning of 2025": a running count from that year's first day
# ("so far this year", "year to date": from the same day)
_YEAR_START = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d)|(?:the|this)\s+year)\b"
                         r"|\bso\s+far\s+this\s+year\b|\b(?:this\s+)?year[-\s]to[-\s]date\b",
                         re.IGNORECASE)
# "The war, triggered by the Hamas-led attack, has killed ...": the attack is the war's cause, not the count's event
_CAUSE_JUST_BEFORE = re.compile(r"\b(?:after|followed|following|triggered\s+by|sparked\s+by|prompted\s+by|in\s+response\s+to"
                                r"|began\s+with|started\s+with)\s+$", re.IGNORECASE)
_OCTOBER_ATTACK = re.compile(r"Hamas|\b7\b", re.IGNORECASE)
_SINCE_MONTH = re.compile(rf"\bsince\s+(?:the\s+)?[\w\s’'-]{{0,50}}?\bin\s+(?P<date>(?:{_MONTHS})(?:,?\s+\d{{4}})?)(?![\w.]|,?\s+\d)",
                          re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "between 13 and 20 November", "from 7 October 2023 to 20 November 2024", "between October 2023 and August 2024",
# "November 3-9": a stated span. The ends are read together: a bare day takes the month and year of the other end.
_DATE_RANGE = re.compile(rf"""\b(?:between|from)\s+(?:the\s+(?:afternoons?|mornings?|evenings?|nights?|ends?)\s+of\s+)?(?P<first>{_DATE}|(?:{_MONTHS})(?:\s+\d{{4}})?|{_DAY})
    \s*(?:and|to|until|till|through|-|–)\s*(?P<last>{_DATE}|(?:{_MONTHS})\s+\d{{4}}|{_DAY}(?:,?\s+\d{{4}})?)(?!\w)""",
                         re.IGNORECASE | re.VERBOSE)
# "5-11 February", "February 5-11": a dash makes a span without "between" or "from"
_DASHED_RANGE = re.compile(rf"""(?<![\w.,-])(?:(?P<first>{_DAY})\s*[-–]\s*(?P<last>{_DAY}\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?)
    |(?P<first_m>(?:{_MONTHS})\s+{_DAY})\s*[-–]\s*(?P<last_m>{_DAY}(?:,?\s+\d{{4}})?)
    |(?P<first_f>{_DATE})\s*[-–]\s*(?P<last_f>{_DATE}))(?!\w)""", re.IGNORECASE | re.VERBOSE)  # "1 January – 30 June 2025"
# "On 12 and 13 May, 103 people were killed": two days named together are a span of them
_DAY_PAIR = re.compile(rf"\bon\s+(?P<first>{_DAY})\s+and\s+(?P<last>{_DAY}\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?)(?!\w)", re.IGNORECASE)
_BARE_DAY = re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?$")
_WAR_START = re.compile(r"since\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:current\s+)?(?:war|aggression|conflict"
                        r"|genocide|hostilities|escalation)|since\s+the\s+(?:current\s+)?(?:escalation|hostilities|genocide)\b"
                        r"|since\s+the\s+(?:war|conflict)\s+(?:began|started|erupted)", re.IGNORECASE)
# ("Date: 5 December 2025", "Issued: 3 October 2025": a label before the date, alone on its line)
# ("Page updated 11 March 2026", "Issued Sunday 20 April 2025", "Last updated: 3 June 2025": the page's own date)
_PAGE_DATE = re.compile(rf"^\s*(?:date\s+(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?:(?:date|dated|issued|published|(?:page\s+|last\s+)?updated)"
                        r"(?:\s+on)?\s*:?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?)?"
                        rf"(?P<line>{_DATE})\s*$)", re.IGNORECASE)
# "the report released on Monday" dates a statement; "were released in March" is an event
# ("told reporters last week", "told a news conference on Monday")
_REPORTED_ON = re.compile(r"\b(?:said|says|told(?:\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|the\s+press))?"
                          r"|announced|reported|stated|added|issued|published|(?<!were\s)(?<!was\s)(?<!been\s)released|showed)\s+(?:in\s+|on\s+)?$",
                          re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\b(?:most|many|half|the\s+majority|majority|nearly\s+all|almost\s+all|some)\s+(?:of\s+(?:them|whom)\s+)?$"
                          r"|\bmostly\s+$", re.IGNORECASE)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                 "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 **{f"twenty-{word}": 20 + value for word, value in (("one", 1), ("two", 2), ("three", 3), ("four", 4),
                                                                     ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
                                                                     ("nine", 9))}}
WAR_START = dt.date(2023, 10, 7)
# the Gaza ceasefire of October 2025, from which the ministry keeps a running count ("since the ceasefire (October 11)"; UN
# updates count from the 10th, when it took effect)
GAZA_CEASEFIRE_DAYS = (dt.date(2025, 10, 10), dt.date(2025, 10, 11))
LEBANON_FRONT_START = dt.date(2023, 10, 8)
_WAR_MONTH = dt.date(2023, 10, 1)  # "October 2023" opening a span: the war's start
_A_MONTH = 31  # a span from the war's start over more than a month is its running toll to that day (not its first week)
_MONTH_FIRST = re.compile(r"(?:between\s+|from\s+)?(?:October|Oct\.?)\s+2023", re.IGNORECASE)  # Hezbollah's first strikes; Lebanese tolls count from it
_FOUR_DIGITS = re.compile(r"\d{4}")
_FROM_UNTIL_NOW = re.compile(rf"from\s+(?P<date>{_DATE}|(?:{_MONTHS})\s+\d{{4}})\s+(?:until|till|up\s+to)\s+(?:today|now|the\s+present)\b",
                             re.IGNORECASE)
# (in the cue's own words, "Cumulative toll, 7 October 2023 to date"; not a later clause's "from 1 January 2026 to date")
_DATE_TO_DATE = re.compile(rf"[^\d.;]{{0,30}}?(?P<date>{_DATE}|(?:{_MONTHS})\s+\d{{4}})\s*(?:-|–|—|to|until|till)\s*(?:date|now|today"
                           r"|the\s+present|present)\b", re.IGNORECASE)
_UNTIL_JUST_BEFORE = re.compile(r"\b(?:until|till|up\s+to)\s+$", re.IGNORECASE)  # "until today" ends a running count
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:deadliest|bloodiest|worst|highest|largest|biggest|heaviest)\b[^.;,\d]{0,30}$", re.IGNORECASE)
# A running count's start told as an event's day: "after the ceasefire began on 10 October", "Since the U.S.-brokered
# ceasefire took effect on Nov. 27, 2024", "the war that began on 8 October 2023" (not that day's count)
_BEGAN_ON = re.compile(rf"(?:\b(?:after|since)\s+(?:the\s+)?(?:[\w’'.-]+\s+){{0,5}}?|\b(?:war|aggression|offensive|hostilities|fighting)"
                       rf"\s+(?:that|which)\s+)(?:began|started|broke\s+out|took\s+effect|came\s+into\s+(?:effect|force)|resumed"
                       rf"|collapsed|broke\s+down)\s+on\s+(?P<date>{_DATE})", re.IGNORECASE)
# "With today's martyrs, 181 paramedics have been killed since ...": today's deaths are in the running count, not its span
_WITH_TODAYS = re.compile(r"\bwith\s+(?:today|yesterday|the\s+day)(?:'s|’s)\s+(?:[\w-]+\s+)?(?:deaths|martyrs|dead|victims|casualties"
                          r"|toll|killings|losses|figures)\b", re.IGNORECASE)
# (but "After the ceasefire collapsed on 18 March, strikes killed 400 people on that day alone": that day's count)
_THAT_DAY = re.compile(r"\b(?:on\s+that\s+(?:day|date)|that\s+day\s+alone|within\s+hours|(?:on|in)\s+(?:a\s+single|the\s+same|one)\s+day)\b",
                       re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;]{0,60}$", re.IGNORECASE)  # "since ... on 7 October"
_SINCE_THE_START_OF = re.compile(r"\bsince\s+the\s+(?:start|beginning|launch|outbreak)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
                                 re.IGNORECASE)
# "Since the start of the Israeli forces' operation in Jenin, Tulkarm and Tubas governorates on 28 August": the start named
# past a list of places (no number in between)
_SINCE_THE_START_ON = re.compile(rf"\bsince\s+the\s+(?:start|beginning|launch|outbreak)\s+of\s+(?:the\s+)?[^\W\d][\w’'-]*"
                                 rf"(?:\s+[^\W\d][\w’'-]*|,\s+(?-i:[A-Z])[\w’'-]*){{0,14}}?\s+on\s+(?P<date>{_DATE})", re.IGNORECASE)
_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # "since the October 7 attack"


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
    if not has_year and (parsed.month, parsed.day) == (10, 7) and (reference is None or reference >= WAR_START):
        parsed = WAR_START  # "since October 7", written in any later year, is the war's start
    elif not has_year and (parsed.month, parsed.day) == (10, 8) and (reference is None or reference >= LEBANON_FRONT_START):
        parsed = LEBANON_FRONT_START  # "since October 8": the day the Lebanese front opened, in any later year
    return parsed


def forget_sentences() -> None:
    """Empty the caches keyed on a sentence's text (``date_range_in``, ``as_of_in``, ``_as_of_cue``, ``periods_in``).

    They save reading one sentence again for each figure in it. The extractor empties them at each document's start, so
    that a sentence of another document is read afresh: the speed measured on a corpus that repeats its paragraphs (the
    benchmark's) is the speed on archives that do not.
    """
    for cached in (date_range_in, as_of_in, _as_of_cue, periods_in):
        cached.cache_clear()


@functools.lru_cache(maxsize=256)
def date_range_in(sentence: str, published: dt.date | None) -> tuple[int, int, dt.date, dt.date] | None:
    """The first span of dates a sentence states, as (start, end, first day, last day), or None.

    >>> date_range_in("Between 13 and 20 November, 231 were killed", dt.date(2024, 11, 21))[2:]
    (datetime.date(2024, 11, 13), datetime.date(2024, 11, 20))
    >>> date_range_in("between October 2023 and August 2024", None)[2:]
    (datetime.date(2023, 10, 1), datetime.date(2024, 8, 1))
    """
    lowered = sentence.lower()
    matches = []
    if "between" in lowered or "from" in lowered:
        matches = [(m, m.group("first"), m.group("last")) for m in _DATE_RANGE.finditer(sentence)]
    if " and " in lowered and "on " in lowered:
        matches += [(m, m.group("first"), m.group("last")) for m in _DAY_PAIR.finditer(sentence)]
    if "-" in sentence or "–" in sentence:
        matches += [(m, m.group("first") or m.group("first_m") or m.group("first_f"),
                     m.group("last") or m.group("last_m") or m.group("last_f"))
                    for m in _DASHED_RANGE.finditer(sentence)]
    for match, first, last in sorted(matches, key=lambda found: found[0].start()):
        bare_first, bare_last = _BARE_DAY.match(first), _BARE_DAY.match(last)
        if bare_first and bare_last:
            continue  # "from 12 to 54": a change of a count, not dates
        try:
            if bare_last:
                start = parse_date(first, published)
                end = start and start.replace(day=int(bare_last.group("day")),
                                              year=int(bare_last.group("year") or start.year))
            else:
                end = parse_date(last, published)
                start = end and (end.replace(day=int(bare_first.group("day"))) if bare_first
                                 else parse_date(first, end))
        except ValueError:  # "November 31"
            continue
        if start and end and start <= end:
            return match.start(), match.end(), start, end
    return None


def war_start_of(start: dt.date, written: str) -> dt.date:
    """The war's start for a span opening on 7 October 2023 or in "October 2023" (a month holding it)."""
    if (start.year, start.month) == (2023, 10) and (start.day == 7 or not re.search(r"(?<!\d)\d{1,2}(?!\d)", written)):
        return WAR_START
    return start


@functools.lru_cache(maxsize=256)  # asked once per figure: a sentence with several figures is read once
def as_of_in(sentence: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence states its figures for ("By June 19, 2024"), else ``published``."""
    match = _as_of_cue(sentence)
    if match:
        stated = parse_date(match.group("date"), published)
        if stated and match.group("part") and match.group("part").lower().endswith("end of") and \
                not re.search(r"(?<![\d,])\d{1,2}(?!\d)", match.group("date").split(",")[0]):
            stated = month_end(stated)  # "by the end of October 2025": its last day
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
    span = None if match else date_range_in(sentence, published)
    if span:
        return span[3]  # "Between 7 October 2023 and 20 November 2024, at least 1,057 ...": as of the span's end
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
    began = [(match.start(), match.end(), parse_date(match.group("date"), published))
             for match in _BEGAN_ON.finditer(sentence)] if " on " in sentence and not _THAT_DAY.search(sentence) else []
    for start, _, date in began:
        if date:
            found.append((start, "cumulative", None, war_start_of(date, sentence)))
    span = date_range_in(sentence, published)
    if span:
        range_start, range_end, first, last = span
        start = war_start_of(first, sentence[range_start:range_end].split(" and ")[0])
        if (last - first).days > _A_MONTH and (start in (WAR_START, LEBANON_FRONT_START, *GAZA_CEASEFIRE_DAYS)
                                               or start == _WAR_MONTH and _MONTH_FIRST.match(sentence, range_start)):
            # "from 8 October 2023 to 26 November 2024", "between October 2023 and June 2025": the war's toll, to a day;
            # "Between 10 October and 3 December": the toll since the ceasefire, to a day
            found.append((range_start, "cumulative", None, start))
        else:
            found.append((range_start, "period", f"{(last - first).days + 1}d", first))
    for (table, kind, detail), starts in zip(_PERIODS, starts_together(_PERIOD_TABLES, sentence)):
        if starts == []:  # no place this row could start at (None: any place could)
            continue
        for match in table.finditer(sentence, starts):
            if kind == "cumulative" and _SHARE_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
                continue  # "wounded 16,638, most of them since September 23": a share, not the count's start
            if kind == "cumulative" and _SUPERLATIVE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
                continue  # "the deadliest single day since the war began": the day is compared, not counted from
            if kind == "cumulative":
                start = _start_of(sentence[match.start():], published)
                if start is None and _YEAR_START.match(sentence, match.start()):
                    # "since the start of the year" in a text of no known year: a running count from a day not known
                    found.append((match.start(), kind, "since_year_start", None))
                    continue
                found.append((match.start(), kind, None, start))
                continue
            if detail == "day" and (_SINCE_BEFORE.search(sentence[:match.start()])
                                    or any(since.start("date") <= match.end() and match.start() <= since.start("date") for since in _SINCE_THE_START_ON.finditer(sentence))
                                    or _UNTIL_JUST_BEFORE.search(sentence, max(0, match.start() - 10), match.start())
                                    and _FROM_UNTIL_NOW.search(sentence)) or \
                    detail in ("day", "week", "month", "month_or_year") and _REPORTED_ON.search(sentence, max(0, match.start() - 20), match.start()):
                continue  # "since ... on 7 October" starts a count; "said Tuesday", "published last week" date the statement
            if detail == "month_or_year" and _SINCE_BEFORE.search(sentence, max(0, match.start() - 70), match.start()):
                continue  # "since the escalation began in September" starts a count
            if detail == "incident" and (_SINCE_JUST_BEFORE.search(sentence, 0, match.start())
                                         or _SINCE_THE_START_OF.search(sentence, max(0, match.start() - 60), match.start())):
                continue  # "since the October 7 attack", "since the start of the storming of Jenin camp" start a count
            if detail == "incident" and _OCTOBER_ATTACK.search(match.group()) and \
                    _CAUSE_JUST_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
                continue  # "the war, triggered by the Hamas-led attack, has killed ..."
            text = detail
            if detail and "{" in detail:
                value = next(v for v in match.groupdict().values() if v)
                text = detail.format(hours=value, days=_WORD_NUMBERS.get(value.lower(), value))
            found.append((match.start(), kind, text, None))
    # the event's day and the words before it say nothing more ("since the ceasefire" is the same start)
    found = [cue for cue in found if not any(start <= cue[0] < end and cue != (start, "cumulative", None, war_start_of(date, sentence))
                                             for start, end, date in began if date)]
    if any(cue[1] == "cumulative" for cue in found) and "ith " in sentence:
        found = [cue for cue in found if not (cue[2] == "day" and any(m.start() <= cue[0] < m.end()
                                                                      for m in _WITH_TODAYS.finditer(sentence)))]
    if span:  # the words of the span say nothing more ("... 20 November" is not "on 20 November")
        found = [cue for cue in found if cue[0] == span[0] or not span[0] <= cue[0] < span[1]]
    if any(cue[1] == "cumulative" and cue[3] for cue in found):  # "released 30 hostages in exchange for ... since 19 January"
        found = [cue for cue in found if cue[2] != "exchange"]
    return tuple(found)


def _start_of(sentence: str, published: dt.date | None) -> dt.date | None:
    if (from_until := _FROM_UNTIL_NOW.match(sentence)) and (start := parse_date(from_until.group("date"), published)):
        return war_start_of(start, from_until.group("date"))  # "from 2 March 2026 until today"
    if (to_date := _DATE_TO_DATE.match(sentence)) and (start := parse_date(to_date.group("date"), published)):
        return war_start_of(start, to_date.group("date"))  # "Cumulative toll, 7 October 2023 to date"
    if year_start := _YEAR_START.match(sentence):
        year = int(year_start.group("year")) if year_start.group("year") else published and published.year
        return dt.date(year, 1, 1) if year else None
    since = _SINCE.search(sentence) or _SINCE_THE_START_ON.search(sentence)
    if since is None and (month := _SINCE_MONTH.search(sentence)) and (published or _FOUR_DIGITS.search(month.group("date"))):
        since = month  # a month with no year needs the story's date to place it in
    if since:
        start = parse_date(since.group("date"), published)
        return start and war_start_of(start, since.group("date"))
    if _WAR_START.search(sentence):
        return WAR_START
    return None


# When an earlier value a sentence compares with held, from the words right after it: "down from 3,600 in March",
# "compared with 10,300 a year earlier", "up from 167 the week before", "compared with some 3,500 before October 2023".
_EARLIER_NOUN = r"(?<![\s,])(?:\s+(?!(?:at|in|on|by|as|a|an|one|the|last|before|prior|pre)\b)[^\W\d_]+){0,3}?"
_EARLIER_SHIFT = re.compile(rf"{_EARLIER_NOUN}\s*,?\s*(?:(?:a|one)\s+(?P<ago>year|month|week|day)\s+(?:earlier|before|ago|previously)"
                            r"|(?:the|a)\s+(?:previous|preceding|prior)\s+(?P<previous>year|month|week|day)"
                            r"|the\s+(?P<before>year|month|week|day)\s+before|last\s+(?P<last>year|month|week)"
                            # "compared with 27 in the same period of last year": a year before
                            r"|(?:in|during|over|for)\s+the\s+same\s+period\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:last|previous|preceding)\s+(?P<same>year)"
                            r"|(?P<yesterday>yesterday))\b", re.IGNORECASE)
_EARLIER_PREWAR = re.compile(rf"{_EARLIER_NOUN}\s*,?\s*(?:(?:before|prior\s+to|on\s+the\s+eve\s+of)\s+(?:the\s+(?:current\s+)?(?:war|escalation"
                             rf"|hostilities|conflict|genocide)\b|(?:7\s+)?(?:October|Oct\.?)\s+(?:7,?\s+)?2023|(?:October|Oct\.?)\s+7\b"
                             rf"|7\s+October\b)|pre-?war\b)", re.IGNORECASE)
_EARLIER_DATE = re.compile(rf"{_EARLIER_NOUN}\s*,?\s*(?:(?:at|by)\s+the\s+(?P<part>end|beginning|start)\s+of\s+"
                           rf"|(?:in|on|as\s+of|by)\s+(?:(?P<early>early|mid|late)[\s-]+)?)"
                           rf"(?P<date>{_DATE}|(?:{_MONTHS})(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)
_DAY_BEFORE_THE_WAR = dt.date(2023, 10, 6)
_SHIFTS = {"day": dt.timedelta(days=1), "week": dt.timedelta(days=7)}


def names_an_earlier_time(sentence: str, position: int) -> bool:
    """True when the words at ``position`` name a time an earlier value held ("at the end of July", "a year earlier")."""
    return any(pattern.match(sentence, position) for pattern in (_EARLIER_PREWAR, _EARLIER_SHIFT, _EARLIER_DATE))


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years before (29 February falls back to the 28th).

    >>> years_before(dt.date(2024, 2, 29), 1), years_before(dt.date(2026, 1, 1), 2)
    (datetime.date(2023, 2, 28), datetime.date(2024, 1, 1))
    """
    leap_day = (day.month, day.day) == (2, 29)
    return day.replace(year=day.year - years, day=28 if leap_day else day.day)


def earlier_as_of(sentence: str, number_end: int, later: dt.date | None) -> dt.date | None:
    """The day an earlier value a sentence compares with held, from the words right after it; ``later`` is the
    day of the value it is compared with. None when the words name no time before ``later`` (the value cannot
    be placed in a history, so it is no figure).

    >>> later = dt.date(2025, 10, 31)
    >>> text = "10,480 held, compared with 10,910 at the end of September, and 5,200 Palestinians a year earlier"
    >>> earlier_as_of(text, 33, later), earlier_as_of(text, 68, later)
    (datetime.date(2025, 9, 30), datetime.date(2024, 10, 31))
    >>> earlier_as_of("94 beds, down from 290 before the war", 22, later), earlier_as_of("..., compared with 149 in week 46", 22, later)
    (datetime.date(2023, 10, 6), None)
    """
    if match := _EARLIER_PREWAR.match(sentence, number_end):
        return _DAY_BEFORE_THE_WAR
    if later is None:
        day = None
    elif match := _EARLIER_SHIFT.match(sentence, number_end):
        unit = next(unit for unit in match.groups() if unit)
        unit = "day" if unit.lower() == "yesterday" else unit.lower()
        if unit in _SHIFTS:
            day = later - _SHIFTS[unit]
        elif unit == "month":
            day = (later.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            day = day.replace(day=min(later.day, month_end(day).day))
        else:
            day = years_before(later, 1)
        return day
    if not (match := _EARLIER_DATE.match(sentence, number_end)):
        return None
    written, part, early = match.group("date"), (match.group("part") or "").lower(), (match.group("early") or "").lower()
    if re.fullmatch(r"(?:19|20)\d\d", written):
        if part in ("beginning", "start") or early:
            return None  # "in early 2024": no day of it
        day = dt.date(int(written), 12, 31)
    elif re.search(r"(?<![\d,])\d{1,2}(?!\d)", written.split(",")[0]):  # a day of a month: "on 30 June"
        day = parse_date(written, later)
    else:
        first = parse_date("1 " + written, later) if later or _FOUR_DIGITS.search(written) else None
        if first is None:
            return None  # "in October" of no known year
        if part in ("beginning", "start") or early == "early":
            day = first
        elif early == "mid":
            day = first.replace(day=15)
        else:
            day = month_end(first)
    return day if day is not None and (later is None or day < later) else None


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


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


# a date with its year, as a page's heading lines write it ("BEIRUT, 19 November 2024 –", "Issued at 16:00, 20 March 2025",
# "All information valid as of 12 August 2025", "01.08.2025", "Oct. 16, 2024")
_DATED_YEAR = re.compile(rf"(?:{_DATE})(?<=\d\d\d\d)|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b", re.IGNORECASE)
# a date that dates something else than the page ("since 7 October 2023", "Jenin operation, 21 January – 3 February 2025")
_DATES_OTHER_THAN_THE_PAGE = re.compile(r"\b(?:since|from|after|before|until|between|begun|began|started|anniversary)\b", re.IGNORECASE)
_HEADING_LINES = 10
_HEADING_WORDS = 12
_DATELINE_WORDS = 4
_DATELINE_BEFORE = re.compile(r"(?:^|[,|:–—-]|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?)\s*$")
_RANGE_END = re.compile(r"\s*(?:[-–—]|to|until)\s*")
_OWN_DATE_BEFORE = re.compile(r"\b(?:as\s+(?:of|at)|issued|updated|published|valid|dated|current)\b[^.;]{0,20}$", re.IGNORECASE)


def heading_date(text: str) -> dt.date | None:
    """The first date with its year in the page's opening lines, where it dates the page: a dateline, an issue or
    validity line (a fallback for a page read with no published date; ``page_date`` is the stricter reading).

    >>> heading_date("UNICEF statement\\nBEIRUT, 19 November 2024 – In the eight weeks since 23 September, ...\\n")
    datetime.date(2024, 11, 19)
    >>> heading_date("Israel renews detention of hundreds since 7 October 2023\\nMore text.\\n") is None
    True
    """
    lines = [line for line in text.splitlines() if line.strip()][:_HEADING_LINES]
    for line in lines:
        found = _DATED_YEAR.search(line)
        if found is None or _DATES_OTHER_THAN_THE_PAGE.search(line, 0, found.start()):
            continue
        before = line[:found.start()]
        # a line of its own ("Tuesday, 14 May 2024", "Bethan McKenzie in Jerusalem | Tue 10 Feb 2026"), a dateline opening a
        # paragraph ("BEIRUT, 19 November 2024 – ..."; not "Under the November 27, 2024 ceasefire, ..."), or the page's own
        # word for its date ("valid as of", "Issued at")
        if len(line.split()) > _HEADING_WORDS and not (len(before.split()) <= _DATELINE_WORDS and _DATELINE_BEFORE.search(before)) \
                and not _OWN_DATE_BEFORE.search(before):
            continue
        if (rest := _RANGE_END.match(line, found.end())) and (last := _DATED_YEAR.match(line, rest.end())):
            found = last  # "Period covered: 8 October 2023 - 3 December 2024": the page speaks at its end
        day = parse_date(found.group())
        if day is not None:
            return day
    return None

