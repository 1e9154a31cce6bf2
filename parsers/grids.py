"""Tables written as text: rows of cells separated by "|" (markdown, a page's table copied as text, a
bulletin's "Governorate | Martyrs | Injured" box).

The header row names what each column counts, in the prose vocabulary ("Killed", "Martyrs", "Security
inmates") or the detention tables' categories ("Sentenced", "Minors"); a column naming only a group
("Children") counts the table's own metric for that group. The first cell of each row labels it: a place,
a month, a total. A count cell becomes a link; the prose extractor gives it its source, period and date as
it does for a sentence, so each row is read in the context the text around the table sets.

>>> plan = read_header("Governorate | Killed | Injured")
>>> [(link.metric, link.number.value) for link in row_links("North Gaza | 141 | 512", plan)]
[('killed', 141.0), ('injured', 512.0)]
>>> read_header("Killed | 141") is None  # a header states no count
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers import casualties, detention, hospitals, tables
from parsers.dates import month_end, parse_date, period_in
from parsers.linking import Link, cues_in, legal_status_in
from parsers.numbers import NumberMention
from parsers.places import places_in
from parsers.vocabulary import MONTHS, PRISON_ONLY_NAMES

_CELL = re.compile(r"[^|]+")
# markdown's "|---|---|", a text table's "-----+-----+-----" or "=====|====="
_SEPARATOR_ROW = re.compile(r"^\s*[|+]?\s*:?(?:-{3,}|={3,}):?\s*(?:[|+]\s*:?(?:-{3,}|={3,}):?\s*)*[|+]?\s*$")
# (a note's mark after a count: "9,796 (1)", "337 [3]", "288 (a)")
_COUNT = re.compile(r"^\s*(?P<number>\d{1,3}(?:,\d{3})+|\d+)\s*\*?(?:\s?(?:\((?:\d{1,2}|[a-z])\)|\[(?:\d{1,2}|[a-z])\]))?\s*$")
_DIGIT = re.compile(r"\d")
# counts of what happened in a year (a year's column dates a count of the held or of beds as a state, not a period)
_EVENT_COUNTS = {"killed", "injured", "arrests", "deaths_in_custody", "released_detainees", "reports_of_abuse",
                 "hostages_released", "hostages_taken", "attacks_on_health_care", "malnutrition_deaths"}
_DATE_CELL = re.compile(rf"\s*(?:\d{{1,2}}\s+)?(?:{MONTHS})\.?,?\s+(?:19|20)\d\d\s*"  # "1 Sep 2026", "Oct 2026"
                        r"|\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s*", re.IGNORECASE)  # "1.10.2023" (day first, as written there)
_NUMERIC_DATE = re.compile(r"\s*(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d\d)\s*")
_MONTH_DAYS = 31
# a column of the change between two dated columns ("1 Oct 2026 | 1 Nov 2026 | Change"): no count of its own
_CHANGE_CELL = re.compile(r"\s*(?:change|difference|diff\.?|net\s+change|\+/-|\+/−|±|Δ)\s*", re.IGNORECASE)
# a column named by the stretch its counts cover: "Past 24 hours", "Last 48 hours", "Since ceasefire (11 Oct 2025)",
# "Since 7 Oct 2023", "Cumulative"
_PERIOD_CELL = re.compile(r"\s*(?:(?:in\s+the\s+)?(?:past|last|previous)\s+(?:\d{1,3}|twenty-four|forty-eight)\s+(?:hours|days)"
                          r"|(?:total\s+|cumulative\s+)?since\b[^|]{1,60}|cumulative(?:\s+total)?|to\s+date|today)\s*", re.IGNORECASE)
_PLACE_CELL = re.compile(r"\s*(?:\*+|\(\w\)|\[\w\])?\s*")  # what may follow a place's name in its column's cell: a note mark
# ("14–20 Apr": the first day takes the last one's month)
_YEARLESS_RANGE_CELL = re.compile(rf"\s*(?P<start>\d{{1,2}}(?:\s+(?:{MONTHS}))?)\.?\s*[-–]\s*(?P<end>\d{{1,2}}\s+(?P<month>{MONTHS}))\.?\s*",
                                  re.IGNORECASE)
_DATE_IN_CELL = re.compile(rf"\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+(?:19|20)\d\d|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d", re.IGNORECASE)
# a header cell naming its count's month ("Arrests, October 2026"): a header still, its digits no count
# "Of these, aged 12–15", "Minors (under 18)": ages a column's label names its people by, no count
_ORDINAL_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b")  # "Held on the 1st": a day of each month, no count
_AGES_IN_A_LABEL = re.compile(r"\b(?:aged\s+\d{1,2}\s*[-–]\s*\d{1,2}|(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d{1,2})\b",
                              re.IGNORECASE)
_MONTH_OF_A_LABEL = re.compile(rf"(?<=[A-Za-z],\s)(?:{MONTHS})\.?\s+(?:19|20)\d\d\b|(?<=[A-Za-z]\s\()(?:{MONTHS})\.?\s+(?:19|20)\d\d\)")
# "1 Jan - 31 May 2026": a span of days, the year's so far
# ("1 Jan - 31 May 2026", "10-23 Feb 2026": a start without its month is in the end's)
_DATE_RANGE_CELL = re.compile(rf"\s*(?P<start>\d{{1,2}}(?:\s+(?:{MONTHS})\.?)?)\s*[-–]\s*(?P<end>\d{{1,2}}\s+(?:{MONTHS})\.?\s+(?:19|20)\d\d)\s*",
                              re.IGNORECASE)
# "January-April 2026", "Jan–Apr 2026": the months so far, counted since the first day of the first
_MONTH_RANGE_CELL = re.compile(rf"\s*(?P<start>{MONTHS})\.?\s*[-–]\s*(?P<end>{MONTHS})\.?\s+(?P<year>(?:19|20)\d\d)\s*", re.IGNORECASE)
_YEAR_CELL = re.compile(r"(?<![\d,.])\s*(?P<year>(?:19|20)\d\d)\s*(?![\d,.])")  # a column headed by its year
_COUNT_COLUMN = re.compile(r"(?:number|count|total|figures?|value|no\.|#)(?:\s+\(?(?:people|persons)\)?)?", re.IGNORECASE)
# ("Held on the 1st", "Released during the month": the held on a day of each month, those freed over it)
_WHEN_IN_THE_MONTH = (r"(?:\s+(?:on|at|during|in|by|over)\s+(?:the\s+)?(?:1st|first(?:\s+day)?|start|beginning|end|last\s+day|month)"
                      r"(?:\s+of\s+(?:the\s+|each\s+)?month)?)?")
_HELD_COLUMN = re.compile(r"(?:total\s+)?(?:held|detained|imprisoned|in\s+custody)" + _WHEN_IN_THE_MONTH, re.IGNORECASE)
# the held split by when they were taken ("Arrested before 7 Oct. 2023 | Arrested on or after 7 Oct. 2023"): each row's
# label names who are held, the column only when they were arrested
_ARRESTED_WHEN_LABEL = re.compile(rf"(?:arrested|detained|taken|held|in\s+custody)\s+(?:before|after|since|prior\s+to"
                                  rf"|on\s+or\s+(?:after|before))\s+(?:the\s+(?:war|ceasefire)|(?:\d{{1,2}}\s+)?(?:{MONTHS})\.?"
                                  rf"(?:\s+\d{{1,2}},?)?\s+(?:19|20)\d\d)", re.IGNORECASE)
_REARRESTED_LABEL = re.compile(r"\s*re-?arrest", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"\s*(?:total|all|overall|grand\s+total)\b", re.IGNORECASE)
_RELEASED_COLUMN = re.compile(r"(?:number\s+)?(?:released|freed)(?:\s+(?:prisoners|detainees))?" + _WHEN_IN_THE_MONTH, re.IGNORECASE)
# Columns aligned with spaces, as a table comes out of a PDF or a plain-text page: "Serving life sentences    18"
_DATE_LABEL = re.compile(rf"\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}", re.IGNORECASE)
_AMONG_THEM_LABEL = re.compile(r"\b(?:among|of)\s+(?:them|whom|these)\s*$", re.IGNORECASE)
_PART_LABEL = re.compile(r"\s*(?:of\s+(?:which|whom|them)|incl(?:\.|uding)?|among\s+them)\b", re.IGNORECASE)
_RULE_LINE = re.compile(r"[ \t]*[-=_—–]{5,}[-=_—–+| \t]*")
_INDENTED_HEADER = re.compile(r" {4,}\S")  # a header over the count columns only, its label cell left blank
_ALIGNED_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
# a count, or a cell left empty ("--", "n/a"): a row without its counts still belongs to the table
_COUNT_CELL = re.compile(r"[<>~≈]?\s*[+\-−]?\d[\d,. ]*\s*[%+*]?(?:\s?(?:\((?:\d{1,2}|[a-z])\)|\[(?:\d{1,2}|[a-z])\]))?|[-–—]{1,2}|(?i:n/?a)"
                         r"|\.\.\.|…")
_OTHER_FACILITY = re.compile(r"\b(?:cent(?:re|er)s?|points?|clinics?|field|PHCs?|posts?|UNRWA|NGO)\b", re.IGNORECASE)
_HOSPITALS_ROW = re.compile(r"(?!.*\b(?:field|all|total)\b)[^|]*\bhospitals?\b", re.IGNORECASE)
_RUNNING_LABEL = re.compile(r"\b(?:since(?!\s+the\s+(?:start|beginning)\s+of\s+(?:the|each)\s+(?:month|week))|cumulative|to\s+date"
                            r"|in\s+total)\b", re.IGNORECASE)
# the label column of a table whose rows name who did it: "Perpetrator", "Killed by", "By whom"
_AGENTS_HEADER = re.compile(r"(?:alleged\s+)?perpetrators?|perpetrated\s+by|(?:killed|injured|attacked)\s+by|by\s+whom"
                            r"|responsible\s+party", re.IGNORECASE)
_OTHER_WHOLE_IN_HEADER = re.compile(r"\b(?:total|all|women|female|men|adults)\b", re.IGNORECASE)
_FAMILY_OF = {"detainees": "detention", "administrative_detainees": "detention",
              "unlawful_combatants_detainees": "detention"}


@dataclasses.dataclass(slots=True)
class Column:
    metric: str | None  # None: a group-only column, of the table's metric
    family: str | None
    group: str | None
    by_row: bool = False  # a bare "Number" column: each row's label says what its count counts
    year: int | None = None  # a year's column ("Indicator | 2024 | 2025"): its rows count that year
    as_of: dt.date | None = None  # a date's column ("Legal status | 1 Sep 2026 | 1 Oct 2026"): its rows, as of that day
    month: bool = False  # the column names a month, not a day ("Sep 2026")
    since: dt.date | None = None  # a span's column ("1 Jan - 31 May 2026"): its rows count from that day to ``as_of``
    agents: bool = False  # the rows name who did it ("Perpetrator | Total | Children"), not who was counted
    period: tuple | None = None  # a period's column ("Past 24 hours", "Since 7 Oct 2023"): (kind, detail, start)
    place: str | None = None  # a place's column ("Legal status | West Bank | Gaza Strip | Total"): its rows' counts there


# a row naming a place of detention ("Ketziot (Negev) prison | 9", "Sde Teiman and other military camps | 11"): deaths there
# are deaths in custody
_PLACE_OF_CUSTODY = re.compile(rf"\b(?:prisons?|jails?|detention\s+(?:centres?|centers?|facilities|camps?)|military\s+camps?"
                               rf"|{PRISON_ONLY_NAMES})\b", re.IGNORECASE)


def names_a_place_of_custody(line: str) -> bool:
    """Whether a row's label names a prison or a camp where people are held."""
    return _PLACE_OF_CUSTODY.search(line.split("|")[label_index(line)]) is not None


def is_row(line: str) -> bool:
    """True for a line of at least two cells separated by "|"."""
    return "|" in line and len([cell for cell in _CELL.findall(line) if cell.strip()]) >= 2


def label_index(line: str) -> int:
    """The index of a row's label cell: 1 when the row opens with a border bar ("| Sentenced | 1,547 |"), else 0."""
    return 1 if line.lstrip().startswith("|") and not line.split("|")[0].strip() else 0


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR_ROW.match(line))


# "Palestinians killed | 17" over "  by Israeli settlers | 2" (or ".... 2" in prose): the row above, split by who did it
BY_WHOM_LABEL = re.compile(r"\W*by\s+(?:Israeli\s+)?(?:forces|settlers|troops|soldiers|the\s+(?:army|military)|Palestinians)\b"
                           r"(?:\s+or\s+(?:Israeli\s+)?(?:forces|settlers)(?:\s+\(unclear\))?)?[\s.:…]*", re.IGNORECASE)


def read_header(line: str, table_metric: tuple[str, str] | None = None, years: bool = True) -> list[Column | None] | None:
    """What each column of a header row counts (None for the label column and unknown ones); None when the
    line is no header (it states a count, or names no metric at all). ``table_metric``: (family, metric)
    a heading above the table names, for columns that name only a group; ``years``: whether a row of years may be a
    header (only where no table is open)."""
    if not is_row(line) or _DIGIT.search(_ARRESTED_WHEN_LABEL.sub("", _ORDINAL_DAY.sub("", _AGES_IN_A_LABEL.sub(
            "", _MONTH_OF_A_LABEL.sub("", line))))) and not (
            years and (_years_header(line) or dates_header(line)) or periods_header(line)):
        return None  # years head a table only as its first row: under a header, "Deir al-Balah | 2012 | 2010" is a row
    # a header writes all its days one way: month first if any cell's second number cannot be a month ("10/25/2024")
    month_first = any(int(m.group("month")) > 12 for m in map(_NUMERIC_DATE.fullmatch, line.split("|")) if m)
    columns = [_column(cell.strip(), month_first) for cell in line.split("|")]
    if any(_ARRESTED_WHEN_LABEL.fullmatch(cell.strip()) for cell in line.split("|")):
        # "Legal status | Arrested before 7 Oct. 2023 | Arrested on or after 7 Oct. 2023 | Total": the held of each
        # row's status, split by when they were taken, and all of them
        columns = [Column(None, "detention", None, by_row=True) if _ARRESTED_WHEN_LABEL.fullmatch(cell.strip())
                   or c and c.by_row and c.metric is None and not (c.year or c.as_of or c.period or c.place) else c
                   for cell, c in zip(line.split("|"), columns)]
    if table_metric and any(c and (c.as_of or c.period) for c in columns):  # "Total" under dated columns: the table's own count
        columns = [dataclasses.replace(c, family=table_metric[0], metric=table_metric[1]) if c and (c.as_of or c.period) else c
                   for c in columns]
    if any(c and c.metric in hospitals.STATES for c in columns):
        # "Facility type | Total | Functional | Partially functional": hospitals by state; the total is all of them
        columns = [Column("hospitals_total", "hospitals", None) if c and c.by_row else c for c in columns]
    first = next((i for i, c in enumerate(columns) if c and i), None)
    if first is not None and columns[first].by_row and not columns[first].year and any(
            c and c.metric in detention.KINDS_OF_THE_HELD for c in columns[first + 1:]):
        # "Month | Total | In administrative detention": the whole held (or what the caption counts), then a kind of them
        family, metric = table_metric if table_metric and table_metric[0] == "detention" else ("detention", "detainees")
        columns[first] = Column(metric, family, None)
    counted = [c for c in columns if c and c.metric and not c.as_of and not c.period]
    if table_metric and table_metric[1] in detention.KINDS_OF_THE_HELD and counted and \
            all(c.metric == "detainees" and c.group is None for c in counted):
        # "Administrative detainees in IPS custody by time held" over "Time held | Detainees | Of them minors": the
        # caption's regime is what the column's plain "Detainees" are
        columns = [dataclasses.replace(c, family=table_metric[0], metric=table_metric[1]) if c in counted else c
                   for c in columns]
        counted = [c for c in columns if c and c.metric and not c.as_of and not c.period]
    if counted and all(c.metric == "detainees" or c.metric in detention.KINDS_OF_THE_HELD for c in counted) and \
            any(c.metric == "detainees" and c.group for c in counted):  # (not a sum of two regimes alone)
        # "Month | Sentenced | Remand | Administrative | Unlawful combatants | Total": the held by legal status, and all of them
        columns = [Column("detainees", "detention", None) if c and c.by_row and not c.as_of and not c.period else c
                   for c in columns]
    elif counted:  # "Group | Killed | Injured | Total": a sum of the counts
        columns = [None if c and c.by_row and not c.as_of and not c.period else c for c in columns]
    if table_metric and table_metric[1].startswith("hostages_"):  # "Hostages handed over by Hamas" over "Released"
        columns = [Column("hostages_released", "casualties", c.group) if c and c.metric == "released_detainees" else c
                   for c in columns]
    main = next(((c.family, c.metric) for c in columns if c and c.metric), None) or table_metric
    if main is None:
        # "Indicator | 2024 | 2025": each row's label names its count, each column its year
        # ("Legal status | West Bank | Gaza Strip | Total": by place, each row naming its count)
        return columns if any(c and (c.year or c.as_of or c.period or c.place or c.by_row and c.family) for c in columns) \
            else None
    group_only = [c for c in columns if c and c.metric is None and not c.by_row]
    cells = line.split("|")
    total = next((i for i, c in enumerate(columns) if c and c.by_row and not c.year and not c.as_of
                  and _TOTAL_ROW.fullmatch(cells[i].strip())), None)
    if group_only and main and total is not None:
        # "Perpetrator | Total | Children" under "Palestinian fatalities ...": the whole the caption counts, then a group
        columns[total] = Column(main[1], main[0], None)
    if _AGENTS_HEADER.fullmatch(line.split("|")[label_index(line)].strip()):
        for column in columns:
            if column:
                column.agents = True
    left, left_unknown, labels_at = None, False, label_index(line)
    for at, (column, label) in enumerate(zip(columns, line.split("|"))):
        if column and column.metric is None:  # "Children" under "Killed"; in a detention table, the children held
            # "Killed | of which children | Injured | of which children": a part takes the count on its left
            # ("Administrative detainees | Minors among them": the minors of the regime on the left)
            a_part = _PART_LABEL.match(label) or _AMONG_THEM_LABEL.search(label)
            if a_part and left_unknown:
                columns[at] = None  # "Neighbourhood | Complaints | Of them minors": a part of a count no vocabulary names
                continue
            column.family, column.metric = (left if a_part else None) or (
                ("detention", "detainees") if main[0] == "detention" else main)
        if column and column.metric and not column.by_row:
            left, left_unknown = (column.family, column.metric), False
        elif column is None and at != labels_at and _PAPERS_LABEL.match(label):
            left_unknown = True
    whole_at = next((i for i, c in enumerate(columns) if c and c.metric and not c.by_row), None)
    whole = columns[whole_at] if whole_at is not None else None
    # (not beside "Total" or another group: the prison's regimes; "All minors" is the whole itself)
    others = "|".join(cell for i, cell in enumerate(line.split("|")) if i != whole_at)
    if whole is not None and whole.metric == "detainees" and whole.group in ("children", "women") and \
            not _OTHER_WHOLE_IN_HEADER.search(others):
        # "Month | Minors held | In administrative detention | Held as unlawful combatants": the minors so held
        for column in columns:
            if column and column is not whole and column.group is None and column.metric in detention.KINDS_OF_THE_HELD:
                column.group = whole.group
    return columns


def dates_header(line: str) -> bool:
    """True for a header whose cells past the first are two or more dates ("Legal status | 1 Sep 2026 | 1 Oct 2026")."""
    cells = [cell for cell in re.split(r"\||(?<=\S) {2,}(?=\S)|\t+", line.strip()) if cell.strip()]
    cells = cells[1:] if cells and not (_DATE_CELL.fullmatch(cells[0]) or _DATE_RANGE_CELL.fullmatch(cells[0])
                                                or _MONTH_RANGE_CELL.fullmatch(cells[0])) else cells
    if len(cells) >= 3 and _CHANGE_CELL.fullmatch(cells[-1]):
        cells = cells[:-1]  # "1 Oct 2026 | 1 Nov 2026 | Change"
    return len(cells) >= 2 and all(_DATE_CELL.fullmatch(cell) or _DATE_RANGE_CELL.fullmatch(cell) or _MONTH_RANGE_CELL.fullmatch(cell)
                                   for cell in cells)


def periods_header(line: str) -> bool:
    """True for a header whose cells past the label's are two or more periods ("| Past 24 hours | Since ceasefire (11 Oct
    2025) | Since 7 Oct 2023"), its label cell often left blank."""
    cells = [cell for cell in re.split(r"\||(?<=\S) {2,}(?=\S)|\t+", line.strip()) if cell.strip()]
    # (an indented header leaves its label cell blank: "            14–20 Apr     Since 7 Oct 2023")
    cells = cells if cells and (_PERIOD_CELL.fullmatch(cells[0]) or _column_period(cells[0])) else cells[1:]
    # (a month beside a running total: "Governorate | September 2025 | Since 1 January 2025")
    return len(cells) >= 2 and all(_column_period(cell) or _DATE_CELL.fullmatch(cell) for cell in cells) and \
        any(_column_period(cell) for cell in cells)


def _column_period(label: str) -> tuple | None:
    """(kind, detail, start) of a column named by its period, or None."""
    if (span := _YEARLESS_RANGE_CELL.fullmatch(label)) and (start := parse_date(
            f"{span.group('start')} {span.group('month')} 2025" if span.group("start").isdigit() else f"{span.group('start')} 2025")) and \
            (end := parse_date(f"{span.group('end')} 2025")):
        # "17 Feb-2 Mar": a stretch of days whose year the page states elsewhere (counted in a year without 29 February)
        days = ((end - start).days if end >= start else (end.replace(year=2026) - start).days) + 1
        return ("period", f"{days}d", None) if days <= _MONTH_DAYS * 3 else None
    if not _PERIOD_CELL.fullmatch(label):
        return None
    stated = period_in(label, None)
    if stated is not None:
        return stated
    day = _DATE_IN_CELL.search(label)
    start = parse_date(day.group()) if day and re.match(r"\s*(?:total\s+|cumulative\s+)?since\b", label, re.IGNORECASE) else None
    return ("cumulative", f"since {start.isoformat()}", start) if start else None  # "Since ceasefire (11 Oct 2025)"


def _years_header(line: str) -> bool:
    """True for a header whose only numbers are two or more years in order: "Indicator | 2024 | 2025" (not a row of
    counts that look like years: "North Gaza | 2031 | 1950 | 2010")."""
    years = [int(year) for year in _YEAR_CELL.findall(line)]
    ordered = years in (sorted(set(years)), sorted(set(years), reverse=True))  # "2024 | 2025" or "2025 | 2024"
    close = all(1990 <= year <= 2035 for year in years) and all(abs(a - b) <= 5 for a, b in zip(years, years[1:]))
    return len(years) >= 2 and ordered and close and not _DIGIT.search(_YEAR_CELL.sub("", line))


def _column(label: str, month_first: bool = False) -> Column | None:
    if not label:
        return None
    if _RELEASED_COLUMN.fullmatch(label):  # a release's table: "Category | Released"
        return Column("released_detainees", "detention", None)
    if _HELD_COLUMN.fullmatch(label):  # "Month | Total held | Administrative detainees": the held, all of them
        return Column("detainees", "detention", None)
    if _COUNT_COLUMN.fullmatch(label):  # "Category | Number": the table's count, named row by row
        return Column(None, None, None, by_row=True)
    if year := _YEAR_CELL.fullmatch(label):  # "2024": that year's count, named row by row
        return Column(None, None, None, by_row=True, year=int(year.group("year")))
    if (span := _DATE_RANGE_CELL.fullmatch(label)) and (end := parse_date(span.group("end"))) and \
            (start := parse_date(f"{span.group('start')} {end.year}" if not span.group("start").strip().isdigit()
                                 else f"{span.group('start').strip()} {end.strftime('%B')} {end.year}")) and start <= end:
        return Column(None, None, None, by_row=True, as_of=end, since=start)  # "1 Jan - 31 May 2026": the year so far
    if (months := _MONTH_RANGE_CELL.fullmatch(label)) and (first := parse_date(f"1 {months.group('start')} {months.group('year')}")) \
            and (last := parse_date(f"1 {months.group('end')} {months.group('year')}")) and first <= last:
        return Column(None, None, None, by_row=True, as_of=month_end(last), since=first)  # "January-April 2026"
    if (numeric := _NUMERIC_DATE.fullmatch(label)) and (day := _numeric_day(numeric, month_first)):
        return Column(None, None, None, by_row=True, as_of=day)  # "1.10.2023": the first of October
    if (named := places_in(label)) and len(named) == 1 and _PLACE_CELL.fullmatch(label, named[0][1]) and \
            not label[:named[0][0]].strip(" *"):
        return Column(None, None, None, by_row=True, place=named[0][2])  # "West Bank*": its rows counted there
    if period := _column_period(label):
        return Column(None, None, None, by_row=True, period=period)  # "Past 24 hours": its rows count that stretch
    if _DATE_CELL.fullmatch(label) and (day := parse_date(label if label[0].isdigit() else "1 " + label)):
        return Column(None, None, None, by_row=True, as_of=day, month=not label[0].isdigit())  # "1 Nov 2026", "Nov 2026"
    cues = cues_in(label)
    nouns = [cue for cue in cues if cue.kind in ("noun", "pct")]
    group = casualties.group_for_victims(label)
    if nouns:
        if nouns[-1].metric == "arrests" and group is None and _REARRESTED_LABEL.match(label):
            group = "former_prisoners"  # "Governorate | Re-arrested | Still held": freed prisoners taken again
        if nouns[-1].metric == "detainees" and group is None and (category := tables.category_of(label)) and \
                category[0] == "detainees" and category[1] != "all":
            group = category[1]  # "Detained – interrogation and legal proceedings": the held of that status
        return Column(nouns[-1].metric, nouns[-1].family, group)
    states = [cue for cue in cues if cue.kind == "status"]
    if states and len(label.split()) <= 3:  # "Functional", "Partially functional", "Non-functional"
        return Column(states[0].metric, "hospitals", None)
    category = tables.category_of(label) if not group else None  # "Sentenced", "Security inmates"
    if category:
        return Column(category[0], _FAMILY_OF.get(category[0], "detention"), None if category[1] == "all" else category[1])
    return Column(None, None, group) if group else None


def _numeric_day(match: re.Match[str], month_first: bool) -> dt.date | None:
    """The date of "1.10.2023": day first, unless its header writes the month first ("10/25/2024", "11/5/2024")."""
    day, month, year = int(match.group("day")), int(match.group("month")), int(match.group("year"))
    if month_first:
        day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def caption_metric(caption: str) -> tuple[str, str] | None:
    """(family, metric) a table's caption names ("Palestinian "security" inmates held by the IPS"), if any."""
    nouns = [cue for cue in cues_in(caption) if cue.kind == "noun"]
    if not nouns:
        return None
    # the regime named, not the custody it is held in ("Administrative detainees in IPS custody by time held")
    named = nouns[-1] if not detention.is_generic(nouns[-1].metric) else next(
        (cue for cue in reversed(nouns) if cue.family == nouns[-1].family and not detention.is_generic(cue.metric)), nouns[-1])
    return named.family, named.metric


def _row_reading(label: str, column: Column) -> tuple[str | None, str | None, str | None]:
    """(metric, family, group) of a row under a bare "Number" column: what its label names ("Administrative
    detainees", "Women", "Total"), else nothing."""
    nouns = [cue for cue in cues_in(label) if cue.kind == "noun"]
    group = casualties.group_for_victims(label)
    if nouns:
        return nouns[-1].metric, nouns[-1].family, group
    if column.family == "detention" or column.family is None and column.as_of and not _TOTAL_ROW.match(label):
        # "Sentenced prisoners", "Minors (under 18)"; "Sentenced" under "Status | 1 Jul 2026 | 1 Aug 2026"
        category = tables.category_of(label)
        if category:
            return category[0], _FAMILY_OF.get(category[0], "detention"), None if category[1] == "all" else category[1]
    if group or _TOTAL_ROW.match(label) or column.metric and places_in(label):  # ("Jenin | 6 | 58" under the dead by place)
        return column.metric, column.family, group
    return None, None, None


# a column of papers or cases, not of people ("Complaints", "Petitions filed"): its parts are none of the people counted
_PAPERS_LABEL = re.compile(r"\s*(?:[\w-]+\s+)?(?:complaints|cases|files|requests|petitions|appeals|orders|indictments|affidavits"
                           r"|testimonies|letters|claims)\b", re.IGNORECASE)
_HEADING_ROW = re.compile(r"[^\W\d][^\d|:]{0,40}")


def aligned_as_pipes(text: str) -> str:
    r"""``text`` with each table whose columns are aligned by runs of spaces written with "|" between its cells
    (the first space of a run becomes the bar, so every offset stays). A table is a header line without digits
    over two or more rows with as many cells, each ending in a count.

    >>> aligned_as_pipes("Category      Released\nLife terms        18\nTotal            183\n")
    'Category|     Released\nLife terms|       18\nTotal|           183\n'
    """
    lines = text.split("\n")
    # a rule ("-------") inside a table is none of its rows: it takes the width of the lines around it
    cells = [-1 if _RULE_LINE.fullmatch(line) else len(_ALIGNED_GAP.findall(line.strip())) + 1 if "|" not in line else 0
             for line in lines]
    # a heading row inside a table ("Palestinians killed" over "  by Israeli forces   14   51"): a few words, no digits
    headings = {i for i, line in enumerate(lines) if cells[i] == 1 and _HEADING_ROW.fullmatch(line.strip())}
    start = 0
    while start < len(lines):
        end = start + 1
        first = next((i for i in range(start + 1, len(lines)) if cells[i] != -1 and i not in headings), len(lines))
        unlabelled = _INDENTED_HEADER.match(lines[start]) is not None and first < len(lines) \
            and cells[first] == cells[start] + 1  # "            Martyrs   Wounded" over "Children   316   1,456"
        width = cells[start] + 1 if unlabelled else cells[start]
        while end < len(lines) and (cells[end] == width > 1 or cells[end] == -1 and width > 1 or end in headings and width > 1
                                    and end + 1 < len(lines) and cells[end + 1] == width and _DIGIT.search(lines[end + 1])):
            # (a heading only over a row of counts: over a header it is the caption of a second table)
            if cells[end] == -1 and end + 1 < len(lines) and not _DIGIT.search(lines[end + 1]):
                break  # a rule over a line without counts: the header of a second table, or a note
            end += 1
        while end - 1 > start and cells[end - 1] == -1:  # a closing rule belongs to no table
            end -= 1
        header, rows = lines[start], [line for index, line in enumerate(lines[start + 1:end], start + 1)
                                      if cells[index] != -1 and index not in headings]
        if width > 1 and len(rows) >= 2 and (not _DIGIT.search(_MONTH_OF_A_LABEL.sub("", header)) or _years_header(header)
                                             or dates_header(header) or periods_header(header)) and all(
                _COUNT_CELL.fullmatch(_ALIGNED_GAP.split(row.strip())[-1]) for row in rows) and \
                any(_DIGIT.search(row) for row in rows):  # rows of empty cells only are no table
            for index in range(start, end):
                if cells[index] != -1 and index not in headings:
                    lines[index] = _ALIGNED_GAP.sub(lambda gap: "|" + gap.group()[1:], lines[index])
            if unlabelled:  # the header's empty label cell: its indentation's last space becomes the bar
                indent = len(header) - len(header.lstrip())
                lines[start] = lines[start][:indent - 1] + "|" + lines[start][indent:]
        start = end
    return "\n".join(lines)


def row_links(line: str, columns: list[Column | None], row_above: tuple[str, str] | None = None,
              places_are_hospitals: bool = False, rows_held: bool = False) -> list[Link]:
    """A link for each count cell of a row under ``columns`` (offsets into ``line``); ``row_above``: the (metric,
    family) of the row above, for a row that is a part of it ("  of which children | 790 | 684");
    ``places_are_hospitals``: the table's caption or header names hospitals, so a governorate's row counts its own;
    ``rows_held``: every row above counted the held (by legal status), so a "Total" row under dated columns is theirs."""
    links, at = [], 0
    cells = line.split("|")
    label_at = label_index(line)
    label = cells[label_at]
    for index, cell in enumerate(cells):
        start, at = at, at + len(cell) + 1
        column = columns[index] if index < len(columns) else None
        count = _COUNT.match(cell)
        if column is None or count is None or index <= label_at:
            continue
        if column.family == "hospitals" and column.metric.startswith("hospitals_") and not _HOSPITALS_ROW.match(label) \
                and not (places_are_hospitals and places_in(label) and not _OTHER_FACILITY.search(label)):
            # "Primary health care centres | 141 | 20", "Field hospitals | 11 | 6": not the hospitals counted (a
            # governorate's row of "Hospital status by governorate" counts its hospitals)
            continue
        written = count.group("number")
        begin = start + count.start("number")
        if column.by_row and column.metric is None and rows_held and _TOTAL_ROW.match(label):
            column = dataclasses.replace(column, metric="detainees", family="detention")  # "Total | 9,294 | 9,263"
        metric, family, group = _row_reading(label, column) if column.by_row else \
            (column.metric, column.family, column.group or (None if column.agents else casualties.group_for_victims(label)))
        # ("Children | 12 | 140"; not "Israeli settlers | 37 | 5" under "Perpetrator": those who killed)
        if metric == "detainees" and not column.by_row and (kind := tables.category_of(label)) and \
                kind[0] in detention.KINDS_OF_THE_HELD:
            # "Administrative detainees | 3,323 | 76" under "Inmates | Of whom minors": the held of that regime
            metric = kind[0]
        if metric == "detainees" and group in (None, "all"):
            group = legal_status_in(label) or group  # "Sentenced prisoners | 2,814": the held of that status
        if metric == "detainees" and group in (None, "all") and not column.by_row and (kind := tables.category_of(label)) \
                and kind[0] == "detainees" and kind[1] == "under_interrogation":
            group = kind[1]  # "Under interrogation | 212" under "Legal status | Inmates": a status of its own
        if metric is None and row_above and (group or BY_WHOM_LABEL.match(label)):
            metric, family = row_above  # "  of whom children | 4 | 12", "  by Israeli settlers | 3 | 7" under "Palestinians killed"
        if metric is None:
            continue
        if column.period and (metric in _EVENT_COUNTS or metric == "bodies_recovered"):  # "Killed | 3 | 574 | 71,862"
            links.append(Link(NumberMention(float(written.replace(",", "")), begin, begin + len(written), written),
                              metric, family, group=group, labelled=True, period=column.period))
            continue
        year = (f"year {column.year}", dt.date(column.year, 1, 1)) if column.year and metric in _EVENT_COUNTS else None
        as_of = column.as_of
        if as_of is None and metric not in _EVENT_COUNTS and _DATE_LABEL.fullmatch(label.strip()):
            as_of = parse_date(label.strip())  # "1 November 2025 | 341 | 102": the held on that day
        if column.since and metric in _EVENT_COUNTS:  # "1 Jan - 31 May 2026": counted since that day
            days = (as_of - column.since).days + 1  # (a week's span, "27 May - 2 Jun 2026", is that week's count)
            period = ("cumulative", f"since {column.since.isoformat()}", column.since) if days > _MONTH_DAYS else \
                ("period", f"{days}d", column.since)
            links.append(Link(NumberMention(float(written.replace(",", "")), begin, begin + len(written), written),
                              metric, family, group=group, labelled=True, period=period, as_of=as_of))
            continue
        if as_of and metric in _EVENT_COUNTS and _RUNNING_LABEL.search(label):  # "Killed since 7 October 2023 | 1,050 | 1,059"
            year, as_of = None, month_end(as_of) if column.month else as_of
        elif as_of and metric in _EVENT_COUNTS:  # "Arrests | Sep 2026 | Oct 2026": the count of each month, as of its end
            year = ("month", as_of) if column.month else (None, None)
            as_of = month_end(as_of) if column.month else as_of
        links.append(Link(NumberMention(float(written.replace(",", "")), begin, begin + len(written), written),
                          metric, family, group=group, labelled=True,
                          period=("period", *year) if year else None, as_of=as_of, place=column.place))
    return links
