"""``reliefledger plot``: one series' history by publisher, as a PNG.

matplotlib's object API with the Agg canvas (no pyplot, no display, no global state): x is the
date a value applies to (``as_of``), y the value, one line and marker set per publisher.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

import duckdb
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

from warehouse.queries import find_series, series_points_by_publisher

MARKERS = "os^Dv<>ph*"
SHOWN_CANDIDATES = 12


class PlotError(Exception):
    """No series, or several, matched what was asked; or the picture could not be written."""


def resolve_series(con: duckdb.DuckDBPyConnection, series_key: str | None = None, **filters: str | None) -> dict[str, Any]:
    """The one series (a row of ``series``) that the key or the filters name, else a PlotError listing candidates."""
    if series_key is None and not any(v is not None for v in filters.values()):
        raise PlotError("name a series: give its series_key, or filters such as --metric and --originator")
    matches = find_series(con, series_key=series_key, **filters)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise PlotError(f"no series matches {_asked(series_key, filters)}; `reliefledger sql \"FROM series\"` lists them")
    lines = [f"  {describe(s)}  [{s['series_key']}, {s['n_observations']} observations]"
             for s in matches[:SHOWN_CANDIDATES]]
    more = f"\n  … and {len(matches) - SHOWN_CANDIDATES} more" if len(matches) > SHOWN_CANDIDATES else ""
    raise PlotError(f"{len(matches)} series match {_asked(series_key, filters)}; narrow it down "
                    f"(--metric, --group, --originator, --location, --series-period) or give a key:\n"
                    + "\n".join(lines) + more)


def describe(series: dict[str, Any]) -> str:
    """A series in words: 'killed · all · Gaza Strip · cumulative · according to Gaza Ministry of Health'."""
    return (f"{series['metric']} · {series['group']} · {series['location'] or 'no location'} · "
            f"{series['series_period']} · according to {series['originator']}")


def plot_series(con: duckdb.DuckDBPyConnection, series: dict[str, Any], out: Path | BinaryIO,
                size: tuple[float, float] = (10, 5.5), dpi: int = 110, titled: bool = True) -> Path | BinaryIO:
    """Draw the series' history by publisher to ``out`` (a PNG file, or a binary stream) and return it.

    ``titled=False`` leaves the series' description off the picture, for a caption beside it to say.
    """
    points = series_points_by_publisher(con, series["series_key"])
    figure = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for index, (publisher, values) in enumerate(sorted(points.items())):
        dates, numbers = zip(*values)
        axes.plot(dates, numbers, marker=MARKERS[index % len(MARKERS)], linewidth=1, markersize=5,
                  label=f"{publisher} ({len(values)})")
    if titled:
        axes.set_title(describe(series), fontsize=11)
    axes.set_xlabel("as of (the date the value applies to)")
    axes.set_ylabel(series["metric"])
    axes.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    axes.grid(True, alpha=0.3)
    if points:
        axes.legend(title="published by (values)", fontsize=8)
    figure.autofmt_xdate()
    try:
        figure.savefig(out, format="png", dpi=dpi)
    except OSError as exc:
        raise PlotError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out if hasattr(out, "write") else Path(out)


def _asked(series_key: str | None, filters: dict[str, str | None]) -> str:
    asked = {"series_key": series_key, **filters}
    return ", ".join(f"{name}={value!r}" for name, value in asked.items() if value is not None)
