"""What the morning shows: the night's tables, its findings in words, and the events alerts hang on.

Plain functions over rows from ``warehouse.queries``; ``flows/nightly.py`` calls them after the
ledger is closed. Stale means no new document for longer than the source's registry cadence allows
(``STALE_AFTER_DAYS``); a source that never gave one is stale too.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import logging
from decimal import Decimal
from typing import Any

from prefect.artifacts import create_table_artifact
from prefect.events import emit_event

from flows.steps import SourceOutcome
from flows.summary import markdown_cell, number_text
from reliefledger.plot import describe, plot_series, resolve_series
from warehouse.queries import FirstRows
from warehouse.records import SeriesChange

log = logging.getLogger(__name__)

# Days without a new document after which a source of each registry cadence counts as stale.
STALE_AFTER_DAYS = {"daily": 2, "weekly": 10, "monthly": 45}
# One night never raises more than this many events of one kind: an alert storm helps nobody.
MAX_EVENTS_PER_KIND = 50
# Revisions and consistency problems listed in the morning's summary (the rest are counted).
FINDINGS_SHOWN = 50
MAX_NEW_FIGURE_ROWS = 200
# Plots in the morning's summary: the UI shows them inline (a data: URI in the markdown), so each
# is small (~10-20 KB of PNG) and there are few of them.
MAX_PLOTS = 10
PLOT_SIZE, PLOT_DPI = (6.4, 3.0), 80


def stale_after(cadence: str | None) -> int:
    """Days for a cadence; an unknown cadence is treated as daily."""
    return STALE_AFTER_DAYS.get((cadence or "daily").lower(), STALE_AFTER_DAYS["daily"])


def freshness_table(rows: list[dict[str, Any]], cadences: dict[str, str]) -> list[dict[str, Any]]:
    """The ``source_freshness`` rows of the registry's enabled sources, each with its cadence and a stale mark."""
    table = []
    for row in rows:
        slug = row["source_slug"]
        if slug not in cadences or not row.get("enabled", True):
            continue
        days = row.get("days_since_new_document")
        limit = stale_after(cadences[slug])
        table.append({
            "source": slug,
            "cadence": cadences[slug],
            "stale": "STALE" if days is None or float(days) > limit else "",
            "days_since_new_document": None if days is None else float(days),
            "stale_after_days": limit,
            "last_success_at": row.get("last_success_at"),
            "last_status": row.get("last_status"),
            "last_error": row.get("last_error"),
            "documents": row.get("documents"),
            "figures": row.get("figures"),
        })
    return table


def render_findings(revisions: FirstRows, problems: FirstRows, limit: int = FINDINGS_SHOWN) -> str:
    """Markdown: the revisions and consistency problems first seen tonight, each with the quote behind it."""
    lines = ["## Revisions first seen tonight", ""]
    if not revisions.total:
        lines.append("None tonight.")
    else:
        lines += ["| kind | metric | group | location | old → new | as of | quote |", "|---|---|---|---|---|---|---|"]
        for r in _first(revisions, limit):
            lines.append(f"| {r['kind']} | {r['metric']} | {r['group']} | {r['location'] or '—'} "
                         f"| {number_text(r['old_value'])} → {number_text(r['new_value'])} | {r['new_as_of']} "
                         f"| [{markdown_cell(_short(r['new_quote']))}]({r['new_url']}) |")
        if revisions.total > limit:
            lines.append(f"\n…and {revisions.total - limit} more (query `revisions`).")
    lines += ["", "## Consistency problems first seen tonight", ""]
    if not problems.total:
        lines.append("None tonight.")
    else:
        lines += ["| kind | metric | as of | detail | quote |", "|---|---|---|---|---|"]
        for p in _first(problems, limit):
            lines.append(f"| {p['kind']} | {p['metric']} | {p['as_of']} | {markdown_cell(p['detail'])} "
                         f"| [{markdown_cell(_short(p['quote']))}]({p['url']}) |")
        if problems.total > limit:
            lines.append(f"\n…and {problems.total - limit} more (query `consistency_problems`).")
    return "\n".join(lines) + "\n"


def _first(found: FirstRows, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` rows, refusing a FirstRows that kept fewer than that of a longer result."""
    if len(found.rows) < min(limit, found.total):
        raise ValueError(f"{len(found.rows)} rows kept of {found.total}: too few to show {limit}")
    return found.rows[:limit]


def _short(text: str | None, width: int = 160) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _plain(value: Any) -> Any:
    """A value a table artifact (JSON) can hold."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def publish_tables(new_figures: list[dict[str, Any]], freshness: list[dict[str, Any]]) -> None:
    """The table artifacts of a night: its new figures (capped) and every source's freshness."""
    shown = new_figures[:MAX_NEW_FIGURE_ROWS]
    create_table_artifact([{k: _plain(v) for k, v in row.items()} for row in shown], key="nightly-new-figures",
                          description=f"New figures tonight: the first {len(shown)} (query observations_dated "
                                      "by run_id for all)"
                          if len(new_figures) > len(shown) else "New figures tonight, with quote and URL")
    create_table_artifact([{k: _plain(v) for k, v in row.items()} for row in freshness], key="source-freshness",
                          description="Days since each source's last new document; STALE past its cadence "
                                      f"(days: {STALE_AFTER_DAYS})")


def emit_night_events(outcomes: list[SourceOutcome], freshness: list[dict[str, Any]],
                      revisions: FirstRows, problems: FirstRows) -> int:
    """Prefect events for failed and stale sources, downward revisions and consistency problems; returns how many."""
    events = night_events(outcomes, freshness, revisions, problems)
    for event, resource, payload in events:
        emit_event(event, resource=resource, payload=payload)
    return len(events)


def night_events(outcomes: list[SourceOutcome], freshness: list[dict[str, Any]], revisions: FirstRows,
                 problems: FirstRows) -> list[tuple[str, dict[str, str], dict[str, Any]]]:
    """The (event, resource, payload) of each event ``emit_night_events`` emits, in order."""
    events = []
    for o in outcomes:
        if o.status == "failed":
            events.append(("reliefledger.source.failed", _source(o.slug),
                           {"reason": "; ".join(o.errors) or "failed"}))
    for row in freshness:
        if row["stale"]:
            events.append(("reliefledger.source.stale", _source(row["source"]),
                           {"days": row["days_since_new_document"], "cadence": row["cadence"],
                            "stale_after_days": row["stale_after_days"]}))
    decreases = revisions.of_kind.get("decrease", [])
    if len(decreases) < min(MAX_EVENTS_PER_KIND, revisions.kind_totals.get("decrease", 0)):
        raise ValueError(f"{len(decreases)} decreases kept: too few for {MAX_EVENTS_PER_KIND} events")
    for r in decreases[:MAX_EVENTS_PER_KIND]:
        events.append(("reliefledger.revision.downward", _series(r["series_key"], r),
                       {"series": _describe(r), "values": [_plain(r["old_value"]), _plain(r["new_value"])],
                        "as_of": [_plain(r["old_as_of"]), _plain(r["new_as_of"])],
                        "documents": [r["old_document"], r["new_document"]],
                        "urls": [r["old_url"], r["new_url"]]}))
    for p in _first(problems, MAX_EVENTS_PER_KIND):
        events.append(("reliefledger.consistency.problem", _series(p["series_key"], p),
                       {"kind": p["kind"], "series": _describe(p), "detail": p["detail"],
                        "values": [_plain(p["value"]), _plain(p["other_value"])],
                        "documents": [p["document"], p["other_document"]],
                        "urls": [p["url"], p["other_url"]]}))
    return events


def _source(slug: str) -> dict[str, str]:
    return {"prefect.resource.id": f"reliefledger.source.{slug}", "prefect.resource.name": slug}


def _series(series_key: str, row: dict[str, Any]) -> dict[str, str]:
    return {"prefect.resource.id": f"reliefledger.series.{series_key}", "prefect.resource.name": _describe(row)}


def _describe(row: dict[str, Any]) -> str:
    return " · ".join(str(row[k]) for k in ("metric", "group", "location", "series_period", "originator") if row.get(k))


def plot_changes(con, changes: list[SeriesChange], limit: int = MAX_PLOTS) -> list[tuple[SeriesChange, str]]:
    """A small PNG (base64) of each of the first ``limit`` changed series, series that moved before new ones.

    A series that cannot be drawn is logged and left out: a plot never fails the night.
    """
    moved_first = sorted(changes, key=lambda change: change.old_value is None)  # stable: the night's order kept
    plots = []
    for change in moved_first[:limit]:
        try:
            png = plot_series(con, resolve_series(con, series_key=change.series_key), io.BytesIO(),
                              size=PLOT_SIZE, dpi=PLOT_DPI, titled=False)  # the caption above names it
        except Exception as exc:
            log.warning("no plot of series %s: %s", change.series_key, exc)
            continue
        plots.append((change, base64.b64encode(png.getvalue()).decode("ascii")))
    return plots


def render_plots(plots: list[tuple[SeriesChange, str]], changed: int) -> str:
    """The summary's plots section: each changed series' history by publisher, inline."""
    lines = ["## Plots of the series that changed", ""]
    if not plots:
        return "\n".join(lines + ["None tonight." if not changed else "None could be drawn (the run's log says why).", ""])
    if changed > len(plots):
        lines += [f"The first {len(plots)} of {changed}; any other: `reliefledger plot SERIES_KEY --out FILE`.", ""]
    for change, png in plots:
        title = describe({"metric": change.metric, "group": change.group, "location": change.location,
                          "series_period": change.series_period, "originator": change.originator})
        lines += [f"**{markdown_cell(title)}**: {number_text(change.old_value)} → {number_text(change.new_value)} "
                  f"(series `{change.series_key}`)", "", f"![{markdown_cell(title)}](data:image/png;base64,{png})", ""]
    return "\n".join(lines)
