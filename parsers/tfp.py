"""Tech for Palestine daily JSON datasets to figures.

Accepts the API's array of daily rows or the corpus wrapper ``{origin, field_notes, rows}``.
Every field is optional. ``ext_*`` fields are TfP's own extrapolations, not reported
figures, and are never emitted; West Bank rows whose ``flash_source`` is ``fill`` carry
the previous report forward and are skipped.

>>> rows = [{"report_date": "2024-01-05", "report_source": "mohtel", "report_period": 24, "killed": 162,
...          "killed_cum": 22600, "ext_killed_cum": 22600, "killed_children_cum": 9600}]
>>> [(f.metric, f.value, f.group, f.period, f.period_detail) for f in figures_from_rows("tfp_casualties_daily", rows)]
[('killed', 162, 'all', 'period', '24h'), ('killed', 22600, 'all', 'cumulative', None), ('killed', 9600, 'children', 'cumulative', None)]
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from parsers.models import Figure

VERSION = "0.1.0"
WAR_START = dt.date(2023, 10, 7)
LEBANON_WAR_START = dt.date(2023, 10, 8)

# field -> (metric, group); "_cum" fields are cumulative, the others daily.
_CASUALTY_FIELDS = {
    "killed": ("killed", "all"), "injured": ("injured", "all"),
    "killed_cum": ("killed", "all"), "injured_cum": ("injured", "all"),
    "killed_children_cum": ("killed", "children"), "killed_women_cum": ("killed", "women"),
    "med_killed_cum": ("killed", "health_workers"), "press_killed_cum": ("killed", "journalists"),
    "civdef_killed_cum": ("killed", "civil_defence"),
    "injured_children_cum": ("injured", "children"), "killed_children": ("killed", "children"),
    "injured_children": ("injured", "children"),
}
_GAZA_SOURCES = {"mohtel": "Gaza Ministry of Health", "moh": "Gaza Ministry of Health",
                 "gmotel": "Gaza Government Media Office", "gmo": "Gaza Government Media Office"}
_LEBANON_SOURCES = {"ocha": "OCHA", "moph_lb": "Lebanese Ministry of Public Health"}
SHAPES = ("tfp_casualties_daily", "tfp_west_bank_daily", "tfp_lebanon_daily")


def rows_of(data: Any) -> list[dict]:
    """The daily rows, from a bare array or the corpus wrapper."""
    if isinstance(data, dict):
        data = data.get("rows", [])
    return [row for row in data if isinstance(row, dict)] if isinstance(data, list) else []


def detect_shape(data: Any) -> str | None:
    """Which TfP dataset these rows come from, or None if they are not TfP rows.

    >>> detect_shape([{"report_date": "2023-11-05", "verified": {}, "flash_source": "un"}])
    'tfp_west_bank_daily'
    >>> detect_shape({"rows": [{"report_date": "2023-11-14", "report_source": "moph_lb"}]})
    'tfp_lebanon_daily'
    >>> detect_shape([{"name": "x"}]) is None
    True
    """
    rows = rows_of(data)[:50]
    if not rows or not any("report_date" in row for row in rows):
        return None
    if any("verified" in row or "flash_source" in row for row in rows):
        return "tfp_west_bank_daily"
    if any(row.get("report_source") in _LEBANON_SOURCES or "phase" in row for row in rows):
        return "tfp_lebanon_daily"
    return "tfp_casualties_daily"


def figures_from_rows(shape: str, data: Any, filename: str | None = None) -> list[Figure]:
    """Figures of every row; ``shape`` is one of ``SHAPES``."""
    name = filename or {"tfp_casualties_daily": "casualties_daily.json", "tfp_west_bank_daily": "west_bank_daily.json",
                        "tfp_lebanon_daily": "lebanon_casualties_daily.json"}[shape]
    figures: list[Figure] = []
    for row in rows_of(data):
        date = _date(row.get("report_date"))
        if date is None:
            continue
        if shape == "tfp_casualties_daily":
            source = _GAZA_SOURCES.get(row.get("report_source"))
            if source:
                figures += _row_figures(row, shape, name, date, source, "Gaza Strip", WAR_START)
        elif shape == "tfp_west_bank_daily":
            if row.get("flash_source") == "fill":
                continue
            figures += _row_figures(row, shape, name, date, "Palestinian Ministry of Health (Ramallah)", "West Bank",
                                    WAR_START)
            verified = row.get("verified")
            if isinstance(verified, dict):
                figures += _row_figures(verified, shape, name, date, "OCHA", "West Bank", WAR_START, prefix="verified.")
        elif shape == "tfp_lebanon_daily":
            source = _LEBANON_SOURCES.get(row.get("report_source"))
            if source:
                figures += _row_figures(row, shape, name, date, source, "Lebanon", LEBANON_WAR_START)
    return figures


def _row_figures(row: dict, shape: str, name: str, date: dt.date, source: str, location: str, start: dt.date,
                 prefix: str = "") -> Iterable[Figure]:
    hours = row.get("report_period")
    for field, (metric, group) in _CASUALTY_FIELDS.items():
        value = row.get(field)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        cumulative = field.endswith("_cum")
        detail = None if cumulative else (f"{hours}h" if isinstance(hours, (int, float)) else "day")
        yield Figure(
            family="casualties", metric=metric, value=value, group=group, location=location,
            population="lebanese" if location == "Lebanon" else "palestinians", attributed_to=source,
            period="cumulative" if cumulative else "period", period_detail=detail,
            period_start=start if cumulative else None, as_of=date,
            quote=f"{name} report_date={date.isoformat()} {prefix}{field}={value}",
            parser=shape, parser_version=VERSION)


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
