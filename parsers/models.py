"""The figure contract shared by parsers, warehouse, exports and the ``extract`` command.

Field names follow ``DESIGN.md`` ("The figure"); keep them. Everything here is plain data:
no I/O, no DuckDB, no Prefect.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any, Literal, NamedTuple

Family = Literal["casualties", "detention", "hospitals"]
Qualifier = Literal["exact", "at_least", "at_most", "approx", "range"]
PeriodKind = Literal["cumulative", "period", "point"]

FAMILIES: tuple[str, ...] = ("casualties", "detention", "hospitals")
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "at_most", "approx", "range")
PERIOD_KINDS: tuple[str, ...] = ("cumulative", "period", "point")


@dataclasses.dataclass(slots=True)
class Figure:
    """One figure stated in one document."""

    family: str
    metric: str
    value: float
    qualifier: str = "exact"
    value_max: float | None = None
    group: str = "all"
    population: str | None = None
    location: str | None = None
    attributed_to: str | None = None
    period: str = "point"
    period_detail: str | None = None
    period_start: dt.date | None = None
    as_of: dt.date | None = None
    quote: str = ""
    char_start: int | None = None
    char_end: int | None = None
    page: int | None = None  # the PDF page (1-based) the number is on; None for other formats
    parser: str = ""
    parser_version: str = ""

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict: dates as ISO strings, whole numbers as ints."""
        out = dataclasses.asdict(self)
        for key in ("value", "value_max"):
            if isinstance(out[key], float) and out[key].is_integer():
                out[key] = int(out[key])
        for key in ("period_start", "as_of"):
            if out[key] is not None:
                out[key] = out[key].isoformat()
        return out


@dataclasses.dataclass(slots=True)
class ConditionReport:
    """A detention condition stated without (or with) a count: "reports of torture"."""

    condition: str  # torture, sexual_violence, overcrowding, denial_of_medical_care, ...
    quote: str
    char_start: int | None = None
    char_end: int | None = None
    family: str = "detention"
    reported_by: str | None = None
    count: float | None = None
    location: str | None = None
    as_of: dt.date | None = None
    parser: str = ""
    parser_version: str = ""

    def to_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        if out["as_of"] is not None:
            out["as_of"] = out["as_of"].isoformat()
        return out


@dataclasses.dataclass(slots=True)
class ParsedDocument:
    """What a parser makes of one fetched body."""

    text: str  # clean text, paragraphs separated by a blank line; spans point into it
    parser: str = ""  # the parser that read it: "auto" resolved to text, html or a JSON shape
    parser_version: str = ""
    title: str | None = None
    published: dt.date | None = None
    figures: list[Figure] = dataclasses.field(default_factory=list)
    conditions: list[ConditionReport] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)


# Cumulative tolls in this field count from 7 October 2023 unless they state another start; a
# toll that states none is taken to count from there too, so it joins the same series.
DEFAULT_CUMULATIVE_START = dt.date(2023, 10, 7)
# Whose figure an unqualified count is, by where it happened: a series must not split the
# Ministry's toll between sentences that say "Palestinians" and bulletins that don't.
DEFAULT_POPULATION_BY_LOCATION = {
    "Gaza Strip": "palestinians",
    "West Bank": "palestinians",
    "East Jerusalem": "palestinians",
    "Lebanon": "lebanese",
}


class SeriesDescriptor(NamedTuple):
    """What a series is about; its hash is the series key."""

    family: str
    metric: str
    group: str
    population: str | None
    location: str | None
    originator: str | None
    period: str
    series_period: str


def series_period(figure: Figure) -> str:
    """The period part of a series: cumulative totals from different starts never mix.

    >>> series_period(Figure("casualties", "killed", 992, period="cumulative", period_start=dt.date(2025, 10, 11)))
    'cumulative since 2025-10-11'
    >>> series_period(Figure("casualties", "killed", 73003, period="cumulative", period_start=dt.date(2023, 10, 7)))
    'cumulative'
    >>> series_period(Figure("casualties", "killed", 7, period="period", period_detail="24h"))
    'period'
    """
    if figure.period == "cumulative" and figure.period_start not in (None, DEFAULT_CUMULATIVE_START):
        return f"cumulative since {figure.period_start.isoformat()}"
    return figure.period


def series_descriptor(figure: Figure, publisher: str | None = None) -> SeriesDescriptor:
    """The series a figure belongs to: (metric, group, population, location, originator, period).

    The originator is whoever the text names as the source, else the publisher itself; the
    population is the stated one, else the one its location implies; the period is
    :func:`series_period`, so a since-ceasefire total is never read as a revision of the war's.

    >>> d = series_descriptor(Figure("casualties", "killed", 7, location="Gaza Strip"), "Gaza Ministry of Health")
    >>> d.population, d.originator
    ('palestinians', 'Gaza Ministry of Health')
    """
    population = figure.population or DEFAULT_POPULATION_BY_LOCATION.get(figure.location or "")
    return SeriesDescriptor(figure.family, figure.metric, figure.group, population, figure.location,
                            figure.attributed_to or publisher, figure.period, series_period(figure))


def series_key(figure: Figure, publisher: str | None = None) -> str:
    """Stable id of the series a figure belongs to (a hash of :func:`series_descriptor`).

    >>> a = Figure("casualties", "killed", 5, attributed_to="Gaza Ministry of Health", period="cumulative")
    >>> b = Figure("casualties", "killed", 9, attributed_to="Gaza Ministry of Health", period="cumulative")
    >>> series_key(a) == series_key(b)
    True
    >>> series_key(a) == series_key(Figure("casualties", "killed", 5, period="period"))
    False
    >>> series_key(a) == series_key(dataclasses.replace(a, period_start=dt.date(2025, 10, 11)))
    False
    >>> stated = Figure("casualties", "killed", 5, population="palestinians", location="Gaza Strip")
    >>> series_key(stated) == series_key(dataclasses.replace(stated, population=None))
    True
    """
    d = series_descriptor(figure, publisher)
    parts = (d.metric, d.group, d.population, d.location, d.originator, d.series_period)
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode()).hexdigest()[:16]
