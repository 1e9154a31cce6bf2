"""The figure contract shared by parsers, warehouse, exports and the ``extract`` command.

Field names follow ``DESIGN.md`` ("The figure"); keep them. Everything here is plain data:
no I/O, no DuckDB, no Prefect.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any, Literal

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
    title: str | None = None
    published: dt.date | None = None
    figures: list[Figure] = dataclasses.field(default_factory=list)
    conditions: list[ConditionReport] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)


def series_key(figure: Figure, publisher: str | None = None) -> str:
    """Stable id of the series a figure belongs to.

    A series is (metric, group, population, location, originator, period kind); the
    originator is whoever the text names as the source, else the publisher itself.

    >>> a = Figure("casualties", "killed", 5, attributed_to="Gaza Ministry of Health", period="cumulative")
    >>> b = Figure("casualties", "killed", 9, attributed_to="Gaza Ministry of Health", period="cumulative")
    >>> series_key(a) == series_key(b)
    True
    >>> series_key(a) == series_key(Figure("casualties", "killed", 5, period="period"))
    False
    """
    originator = figure.attributed_to or publisher
    parts = (figure.metric, figure.group, figure.population, figure.location, originator, figure.period)
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode()).hexdigest()[:16]
