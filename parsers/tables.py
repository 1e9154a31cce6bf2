"""Detention statistics published as HTML tables (HaMoked's Israel Prison Service figures, B'Tselem,
Military Court Watch): one figure per category and dated row.

A table is read only when its headers are understood: each category header (or row label) is
mapped through :data:`CATEGORY_LABELS` after taking out the group words of
:data:`GROUP_WORDS`; a header that maps to nothing skips the whole table with a warning, never a
guess. The date is a date column (one figure per dated row; a bare month means its first day,
or its last when the table says "at the end of each month"), a
date-like count header, or "as of …" in the caption or the heading before the table. The
originator is the body the caption, heading or page names ("Figures provided by the Israel
Prison Service"), else the publisher.

The document text is built from the tables, one line per row with cells joined by " | ", so
each figure's span points exactly at its number.

>>> page = '''<h2>Palestinians held by Israel</h2><table><caption>Figures provided by the Israel
...   Prison Service as of 1 November 2025</caption><thead><tr><th>Administrative detainees</th>
...   <th>Sentenced</th><th>Minors</th></tr></thead><tbody><tr><td>3,368</td><td>1,242</td><td>-</td></tr>
...   </tbody></table>'''
>>> doc = parse_tables(page)
>>> [(f.metric, f.group, f.value, f.as_of.isoformat(), f.attributed_to) for f in doc.figures]
[('administrative_detainees', 'all', 3368.0, '2025-11-01', 'Israel Prison Service'), ('detainees', 'sentenced', 1242.0, '2025-11-01', 'Israel Prison Service')]
>>> doc.text[doc.figures[1].char_start:doc.figures[1].char_end]
'1,242'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bs4 import BeautifulSoup, Tag

from parsers.attribution import originator_in
from parsers.dates import as_of_in, month_end, parse_date
from parsers.models import Figure, ParsedDocument
from parsers.vocabulary import MONTHS

PARSER = "table"
# 0.2: unlawful combatants are the metric prose gives them, not a group of detainees; 0.3: legal statuses in more of their
# own words ("under interrogation", "Serving a sentence", "Held until the end of proceedings"); 0.4: a label in quotation
# marks ('"Unlawful combatants"') read as without them
VERSION = "0.4.0"
FAMILY = "detention"

# (pattern over the whole cleaned label, metric, group); tried in order, the first full match wins.
CATEGORY_LABELS: list[tuple[str, str, str]] = [
    # a column headed "Admin." or "Administrative" in a table of the held
    (r"(?:administrative|admin\.?)(?:\s+(?:detainees|detention|prisoners|inmates|det\.))?", "administrative_detainees", "all"),
    (r"(?:held\s+(?:as|under\s+the)\s+)?unlawful\s+combatants?(?:\s+law)?", "unlawful_combatants_detainees", "all"),
    (r"sentenced(?:\s+(?:prisoners|inmates|detainees))?|serving\s+(?:a\s+)?sentences?", "detainees", "sentenced"),
    # ("Held until the end of proceedings", HaMoked's row; "Detained – interrogation and legal proceedings", its column)
    (r"(?:detained|held|detainees)\s*[-–—:]?\s*(?:under\s+)?interrogation\s+(?:and|or|&)\s+(?:legal\s+)?proceedings", "detainees",
     "awaiting_trial"),
    (r"(?:detainees|prisoners|inmates)?\s*(?:held\s+)?(?:awaiting|pending|before|until)\s+(?:trial|sentencing|the\s+end\s+of"
     r"\s+(?:legal\s+)?proceedings)(?:\s+or\s+interrogation)?|(?:pre-?trial|remand)\s+(?:detainees|prisoners)"
     r"|remand(?:ed)?(?:\s*(?:/|or|and)\s*awaiting\s+trial)?(?:\s+(?:detainees|prisoners))?", "detainees", "awaiting_trial"),
    # "Detainees under interrogation (no indictment)": a status of its own, as the labels have it (not the "interrogation or
    # legal proceedings" of a combined row, awaiting trial above)
    (r"(?:detainees\s+)?under\s+interrogation(?:\s+no\s+indictment)?", "detainees", "under_interrogation"),
    (r"(?:security\s+)?(?:prisoners|detainees|inmates)(?:\s+total)?|total(?:\s+(?:security\s+)?(?:prisoners|"
     r"detainees|inmates))?|all|held", "detainees", "all"),
]
# Words naming who, taken out of a label before its category is read: "Administrative detainees - minors".
GROUP_WORDS: list[tuple[str, str]] = [
    (r"\b(?:minors?|children|child|juveniles?)\b", "children"),
    (r"\b(?:women|female)\b", "women"),
]
_DATE_HEADER = re.compile(r"date|month|as\s+of|period|year|month\s*/\s*year|end\s+of\s+month|updated", re.IGNORECASE)
_IGNORED_HEADER = re.compile(r"notes?|remarks?|sources?|comments?", re.IGNORECASE)
_DATE_CELL = re.compile(rf"^(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{4}}-\d{{2}}(?:-\d{{2}})?)$",
                        re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"^(?:{MONTHS})\.?\s+\d{{4}}$|^\d{{4}}-\d{{2}}$", re.IGNORECASE)
_MONTH_END = re.compile(r"\bend\s+of\s+(?:each|the|every)?\s*month", re.IGNORECASE)
_COUNT = re.compile(r"^\s*(?P<number>\d{1,3}(?:,\d{3})+|\d+)\s*\*?\s*$")
_NOISE = re.compile(r"\b(?:number\s+of|no\.\s+of|palestinians?|held\s+by\s+(?:israel|the\s+ips)|in\s+custody)\b"
                    r"|[()\[\]*:,–—\-\"“”]", re.IGNORECASE)
_CATEGORIES = [(re.compile(pattern, re.IGNORECASE), metric, group) for pattern, metric, group in CATEGORY_LABELS]
_GROUPS = [(re.compile(pattern, re.IGNORECASE), group) for pattern, group in GROUP_WORDS]


@dataclasses.dataclass(slots=True)
class _Cell:
    text: str
    start: int  # offset of the cell's text in the document


def category_of(label: str) -> tuple[str, str] | None:
    """(metric, group) of a category header or row label; None when it is not a known category.

    >>> category_of("Administrative detainees (minors)"), category_of("Women"), category_of("Released")
    (('administrative_detainees', 'children'), ('detainees', 'women'), None)
    >>> category_of("Detainees (awaiting trial)"), category_of("Unlawful combatants")
    (('detainees', 'awaiting_trial'), ('unlawful_combatants_detainees', 'all'))
    """
    group = None
    for pattern, name in _GROUPS:
        if pattern.search(label):
            group, label = name, pattern.sub(" ", label)
    rest = " ".join(_NOISE.sub(" ", label).split())
    if not rest:
        return ("detainees", group) if group else None
    for pattern, metric, category_group in _CATEGORIES:
        if pattern.fullmatch(rest):
            return metric, group or category_group
    return None


def parse_tables(markup: str, *, published: dt.date | None = None, publisher: str | None = None,
                 warnings: list[str] | None = None) -> ParsedDocument:
    """Every understood statistics table of a page: its figures, and a text built from its rows."""
    soup = BeautifulSoup(markup, "lxml")
    warnings = list(warnings or [])
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    page_source = originator_in(soup.get_text(" ", strip=True)[:3000])
    lines: list[str] = []
    figures: list[Figure] = []
    offset = 0
    for number, table in enumerate(soup.find_all("table"), start=1):
        rows = _rows(table)
        if len(rows) < 2:
            continue  # a layout table, or a header with no data
        context = _context(table)
        plan = _plan(rows[0], rows[1:])
        if isinstance(plan, str):
            if any(_COUNT.match(cell) for row in rows[1:] for cell in row):
                warnings.append(f"table {number}: {plan}: skipped")
            continue
        block = context + [" | ".join(row) for row in rows]
        base = offset + sum(len(line) + 1 for line in block[:-len(rows)])
        cells = _positions(rows, base)
        header_line = " | ".join(rows[0])
        said = " ".join(context)
        table_date = as_of_in(said, None) if said else None
        # The caption first: "HaMoked receives these figures from the IPS" names the carrier before the source.
        source = next((name for part in reversed(context) if (name := originator_in(part))), None)
        at_month_end = bool(_MONTH_END.search(f"{said} {header_line}"))
        for figure in _figures(plan, rows, cells, table_date or published, header_line, at_month_end):
            figure.attributed_to = source or page_source or publisher
            if re.search(r"palestinian", f"{said} {header_line}", re.IGNORECASE):
                figure.population = "palestinians"
            figures.append(figure)
        lines.append("\n".join(block))
        offset += len(lines[-1]) + 2
    if not figures and not warnings:
        warnings.append("no statistics table with headers found")
    return ParsedDocument("\n\n".join(lines), parser=PARSER, parser_version=VERSION, title=title,
                          published=published, figures=figures, warnings=warnings)


@dataclasses.dataclass(slots=True)
class _Plan:
    by_column: bool  # categories are the header cells (else: the first column's labels)
    categories: dict[int, tuple[str, str]]  # column (or row) index -> (metric, group)
    date_column: int | None = None
    column_dates: dict[int, dt.date] = dataclasses.field(default_factory=dict)  # dated count columns


def _plan(header: list[str], body: list[list[str]]) -> _Plan | str:
    """How to read a table, or why it cannot be read."""
    date_column = next((i for i, h in enumerate(header) if _DATE_HEADER.fullmatch(h.strip())
                        or (h.strip() == "" and _all_dates(body, i))), None)
    columns = [i for i, h in enumerate(header) if i != date_column and not _IGNORED_HEADER.fullmatch(h.strip())]
    by_column = {i: category_of(header[i]) for i in columns}
    if date_column is not None or any(by_column.values()):
        unknown = [header[i] for i, category in by_column.items() if category is None]
        if unknown:
            return f"unknown header {unknown[0]!r}"
        return _Plan(True, by_column, date_column)
    # Categories down the first column: "Category | Number" or "Category | 1 October 2025 | 1 November 2025".
    labels = {r: category_of(row[0]) for r, row in enumerate(body, start=1) if row}
    unknown = [body[r - 1][0] for r, category in labels.items() if category is None]
    if unknown:
        return f"unknown row label {unknown[0]!r}"
    column_dates = {i: d for i in range(1, len(header)) if _DATE_CELL.match(header[i].strip())
                    and (d := parse_date(header[i].strip()))}
    return _Plan(False, labels, None, column_dates)


def _figures(plan: _Plan, rows: list[list[str]], cells: list[list[_Cell]], table_date: dt.date | None,
             header_line: str, at_month_end: bool):
    for r in range(1, len(rows)):
        row = rows[r]
        row_date = table_date
        if plan.date_column is not None and plan.date_column < len(row):
            row_date = _row_date(row[plan.date_column].strip(), at_month_end)
            if row_date is None:
                continue  # a "Total" or notes row among the dated ones
        targets = plan.categories.items() if plan.by_column else [
            (i, plan.categories[r]) for i in range(1, len(row)) if r in plan.categories]
        for column, (metric, group) in targets:
            if column >= len(row) or not (count := _COUNT.match(row[column])):
                continue  # "-", blank: not stated
            cell = cells[r][column]
            start = cell.start + count.start("number")
            yield Figure(FAMILY, metric, float(count["number"].replace(",", "")), group=group, period="point",
                         as_of=plan.column_dates.get(column, row_date), quote=f"{header_line}\n{' | '.join(row)}",
                         char_start=start, char_end=start + len(count["number"]), parser=PARSER,
                         parser_version=VERSION)


def _rows(table: Tag) -> list[list[str]]:
    """Header row first (the last row of the <thead>, or the first row of <th>s), then the body rows."""
    own_rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    header_index = next((i for i, tr in enumerate(own_rows) if tr.find_parent("thead") is not None), None)
    if header_index is not None:
        header_index = max(i for i, tr in enumerate(own_rows) if tr.find_parent("thead") is not None)
    else:
        header_index = next((i for i, tr in enumerate(own_rows) if tr.find("th") and not tr.find("td")), None)
    if header_index is None:
        return []
    return [[" ".join(cell.get_text(" ", strip=True).split()) for cell in tr.find_all(["th", "td"])]
            for tr in own_rows[header_index:]]


def _positions(rows: list[list[str]], base: int) -> list[list[_Cell]]:
    positioned, offset = [], base
    for row in rows:
        cells, cursor = [], offset
        for text in row:
            cells.append(_Cell(text, cursor))
            cursor += len(text) + 3
        positioned.append(cells)
        offset += len(" | ".join(row)) + 1
    return positioned


def _context(table: Tag) -> list[str]:
    """The nearest heading or paragraph before the table and its caption: where its date and source are said."""
    previous = table.find_previous(["h1", "h2", "h3", "h4", "h5", "h6", "p"])
    caption = table.find("caption")
    parts = [tag.get_text(" ", strip=True) for tag in (previous, caption) if tag is not None]
    return [" ".join(part.split()) for part in parts if part.strip()]


def _row_date(cell: str, at_month_end: bool) -> dt.date | None:
    """The date of a date cell; a bare month is its first day, or its last when the table says "end of month".

    >>> _row_date("August 2023", False), _row_date("Feb 2024", True), _row_date("Total", False)
    (datetime.date(2023, 8, 1), datetime.date(2024, 2, 29), None)
    """
    if not _DATE_CELL.match(cell):
        return None
    date = parse_date(cell)
    if date and at_month_end and _MONTH_ONLY.match(cell):
        date = month_end(date)
    return date


def _all_dates(body: list[list[str]], column: int) -> bool:
    cells = [row[column].strip() for row in body if column < len(row) and row[column].strip()]
    return bool(cells) and all(_DATE_CELL.match(cell) for cell in cells)
