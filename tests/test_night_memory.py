"""A night's findings are computed a chunk of series at a time and only their first rows kept
(warehouse/queries.py ``first_revisions_in_run``): the morning must read exactly what the whole
lists gave it before, on a ledger with more revisions and problems than the morning shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal
from typing import Any

import pytest

from flows.morning import MAX_EVENTS_PER_KIND, night_events, render_findings
from flows.steps import SourceOutcome
from flows.summary import markdown_cell, number_text
from parsers.models import Figure
from tests.test_warehouse_load import document, load_docs
from warehouse.db import connect
from warehouse.load import load_source, upsert_sources
from warehouse.queries import (NEW_FIGURES_ORDER, PROBLEMS_ORDER, REVISIONS_ORDER, FirstRows,
                               _series_in_chunks, _order_by, _sort_key, changed_series,
                               consistency_problems_in_run, first_consistency_problems_in_run, first_revisions_in_run,
                               new_figures, release_freed_memory, revisions_in_run, source_freshness,
                               source_freshness_for_night)
from warehouse.records import FetchAttemptRecord, FetchRecord, SourceLoad

DAYS = 12
ORIGINATORS = [f"Agency {i}" for i in range(8)]
LOCATIONS = ["Gaza Strip", None, "Rafah"]  # None: a series with no location sorts first


def _figure(value: float, day: int, originator: str, location: str | None, *, daily: bool = False) -> Figure:
    return Figure("casualties", "killed", value, attributed_to=originator, population="palestinians",
                  location=location, period="period" if daily else "cumulative",
                  period_detail="24h" if daily else None, as_of=dt.date(2024, 3, day),
                  quote=f"{value:,.0f} killed ({originator}, {location}, day {day})")


def _night_documents(first_day: int, last_day: int, seed: int) -> list:
    """Two reports a day: noisy cumulative totals (falls, conflicting same-day values) and 24-hour counts."""
    rng = random.Random(seed)
    documents = []
    for day in range(first_day, last_day + 1):
        # a day's total falls below the days before about one time in three (a decrease: both reports)
        totals = {(o, location): 1000 + 40 * day - 300 * (rng.random() < 0.35)
                  for o in ORIGINATORS for location in LOCATIONS}
        for edition in ("a", "b"):
            figures = []
            for originator in ORIGINATORS:
                for location in LOCATIONS:
                    # the two reports of a day sometimes disagree (a conflict), rarely wildly (an outlier)
                    total = totals[originator, location] + rng.choice([0, 0, 25, 2000 * (rng.random() < 0.1)])
                    figures.append(_figure(total, day, originator, location))
                    figures.append(_figure(rng.choice([40, 41, 3, 900]), day, originator, location, daily=True))
            documents.append(document(f"d{day:02d}{edition}", figures,
                                      dt.datetime(2024, 3, day, 9 if edition == "a" else 17, tzinfo=dt.timezone.utc)))
    return documents


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    con = connect(tmp_path_factory.mktemp("night-memory") / "wh.duckdb")
    load_docs(con, "run-1", *_night_documents(1, DAYS - 3, seed=1))
    load_docs(con, "run-2", *_night_documents(DAYS - 2, DAYS, seed=2))
    yield con
    con.close()


@pytest.mark.parametrize("run", ["run-1", "run-2"])
@pytest.mark.parametrize("observations_per_check", [1, 150, 10**9])
def test_first_findings_are_the_whole_lists_first_rows_and_counts(ledger, run, observations_per_check):
    chunks = list(_series_in_chunks(ledger, run, observations_per_check))
    assert (len(chunks) > 1) == (observations_per_check < 10**9)
    for whole, first in [(revisions_in_run, first_revisions_in_run),
                         (consistency_problems_in_run, first_consistency_problems_in_run)]:
        rows = whole(ledger, run)
        kinds = {row["kind"] for row in rows}
        assert len(rows) > 60 and len(kinds) >= 2, "the ledger must hold more rows than are kept"
        assert all(sum(r["kind"] == kind for r in rows) > 10 for kind in kinds), "each kind must be cut"
        found = first(ledger, run, first=50, first_of_kind=10, observations_per_check=observations_per_check)
        assert found == FirstRows.of(rows, 50, 10)
        assert found.total == len(rows) and found.rows and found.kind_totals


def test_the_python_merge_key_orders_rows_as_the_sql_does(ledger):
    for rows, order in [(revisions_in_run(ledger, "run-1"), REVISIONS_ORDER),
                        (consistency_problems_in_run(ledger, "run-1"), PROBLEMS_ORDER)]:
        assert rows == sorted(rows, key=_sort_key(order))
        keys = [_sort_key(order)(row) for row in rows]
        assert len(set(keys)) == len(keys), "the order is total: no two rows tie"
    assert any(row["location"] is None for row in revisions_in_run(ledger, "run-1"))


def test_the_mornings_text_and_events_are_what_the_whole_lists_gave(ledger):
    outcomes = [SourceOutcome(slug="ocha")]
    for run in ("run-1", "run-2"):
        revisions, problems = revisions_in_run(ledger, run), consistency_problems_in_run(ledger, run)
        first_revisions = first_revisions_in_run(ledger, run, first=50, first_of_kind=MAX_EVENTS_PER_KIND,
                                                 observations_per_check=150)
        first_problems = first_consistency_problems_in_run(ledger, run, first=50, first_of_kind=MAX_EVENTS_PER_KIND,
                                                           observations_per_check=150)
        assert render_findings(first_revisions, first_problems) == _findings_as_before(revisions, problems)
        assert night_events(outcomes, [], first_revisions, first_problems) == _events_as_before(revisions, problems)


def test_too_few_rows_kept_is_refused_not_shown_short(ledger):
    few = first_revisions_in_run(ledger, "run-1", first=5, first_of_kind=5)
    with pytest.raises(ValueError, match="too few"):
        render_findings(few, few, limit=50)


def test_a_run_with_nothing_to_check_has_no_findings(ledger):
    found = first_revisions_in_run(ledger, "no-such-run", first=50, first_of_kind=50)
    assert found == FirstRows([], 0, {}, {})
    assert render_findings(found, found).count("None tonight.") == 2


@pytest.mark.parametrize("observations_per_check", [1, 150, 10**9])
def test_new_figures_are_the_first_of_the_runs_dated_observations(ledger, observations_per_check):
    columns = ('source_slug, publisher, metric, "group", location, originator, series_period, value, qualifier, '
               'as_of, quote, url')
    for run in ("run-1", "run-2"):
        cursor = ledger.execute(f"""SELECT {columns} FROM observations_dated WHERE run_id = ?
                                    ORDER BY {_order_by(NEW_FIGURES_ORDER)}""", [run])
        names = [c[0] for c in cursor.description]
        whole = [dict(zip(names, row)) for row in cursor.fetchall()]
        assert len(whole) > 100
        assert new_figures(ledger, run, limit=60, observations_per_check=observations_per_check) == whole[:60]
    assert new_figures(ledger, "no-such-run") == []


def test_changed_series_in_chunks_are_what_one_query_over_all_the_series_gave(ledger):
    compared = []
    for run in ("run-1", "run-2"):  # run-1's values are all run-2's latest since: it changed none
        stated = [key for (key,) in ledger.execute(
            "SELECT DISTINCT series_key FROM observations WHERE run_id = ?", [run]).fetchall()]
        whole = ledger.execute(  # changed_series as it was: every series of the run in one query
            """WITH touched AS (SELECT DISTINCT series_key FROM observations_current WHERE run_id = $run_id)
               SELECT latest.series_key, latest.metric, latest."group", latest.location, latest.originator,
                      latest.series_period, before.value, before.as_of, latest.value, latest.as_of, latest.quote,
                      latest.url
               FROM figures_latest AS latest
               JOIN touched USING (series_key)
               LEFT JOIN figures_latest_of_series_without_run($stated, $run_id) AS before USING (series_key)
               WHERE before.value IS DISTINCT FROM latest.value
               ORDER BY latest.metric, latest."group", latest.location NULLS FIRST, latest.originator,
                        latest.series_key""", {"run_id": run, "stated": stated}).fetchall()
        for observations_per_check in (1, 150, 10**9):
            assert [dataclasses.astuple(c) for c in changed_series(ledger, run, observations_per_check)] == whole
        compared += whole
    assert len(compared) > 10 and any(row[6] is not None for row in compared), "moved series were compared"


def test_the_nights_freshness_is_the_views_for_its_columns(tmp_path):
    con = connect(tmp_path / "wh.duckdb")
    upsert_sources(con, [{"slug": slug, "publisher": slug.upper(), "url": f"https://example.org/{slug}",
                          "kind": "rss", "enabled": slug != "off"} for slug in ("ocha", "who", "quiet", "off")])
    load_docs(con, "run-1", *_night_documents(1, 2, seed=3))
    load_docs(con, "run-1", document("w1", [_figure(7, 1, "WHO", None)], source="who", publisher="WHO"),
              source="who")
    # a re-parse by a newer parser with fewer figures: only the current parse counts
    load_docs(con, "run-2", document("d01a", [_figure(5, 1, "Agency 0", None)], version="2.0"))
    # a source whose only fetch failed, and one never fetched
    failed = FetchRecord("broken", "https://example.org/broken", None, False, None, None, None, "HTTP 500",
                         [FetchAttemptRecord(dt.datetime(2024, 3, 2, tzinfo=dt.timezone.utc), 5.0, 500, 0, "HTTP 500")])
    load_source(con, SourceLoad("broken", "run-2", [failed], []))
    night = source_freshness_for_night(con)
    view = source_freshness(con)
    assert [row["source_slug"] for row in night] == [row["source_slug"] for row in view]
    assert [{k: row[k] for k in night[0]} for row in view] == night
    assert {row["source_slug"]: row["figures"] for row in night}["ocha"] == \
        con.execute("SELECT count(*) FROM observations_current WHERE source_slug = 'ocha'").fetchall()[0][0]
    con.close()


def test_releasing_duckdbs_freed_memory_leaves_it_working(ledger):
    release_freed_memory()  # True with jemalloc (DuckDB's Linux wheels), False elsewhere: both fine
    assert ledger.execute("SELECT count(*) FROM observations").fetchall()[0][0] > 0


# --- the morning as it was computed from the whole lists (before the first rows) ----------------

def _findings_as_before(revisions: list[dict[str, Any]], problems: list[dict[str, Any]], limit: int = 50) -> str:
    short = lambda text: text if len(text or "") <= 160 else text[:159] + "…"  # noqa: E731
    lines = ["## Revisions first seen tonight", ""]
    if not revisions:
        lines.append("None tonight.")
    else:
        lines += ["| kind | metric | group | location | old → new | as of | quote |", "|---|---|---|---|---|---|---|"]
        for r in revisions[:limit]:
            lines.append(f"| {r['kind']} | {r['metric']} | {r['group']} | {r['location'] or '—'} "
                         f"| {number_text(r['old_value'])} → {number_text(r['new_value'])} | {r['new_as_of']} "
                         f"| [{markdown_cell(short(r['new_quote']))}]({r['new_url']}) |")
        if len(revisions) > limit:
            lines.append(f"\n…and {len(revisions) - limit} more (query `revisions`).")
    lines += ["", "## Consistency problems first seen tonight", ""]
    if not problems:
        lines.append("None tonight.")
    else:
        lines += ["| kind | metric | as of | detail | quote |", "|---|---|---|---|---|"]
        for p in problems[:limit]:
            lines.append(f"| {p['kind']} | {p['metric']} | {p['as_of']} | {markdown_cell(p['detail'])} "
                         f"| [{markdown_cell(short(p['quote']))}]({p['url']}) |")
        if len(problems) > limit:
            lines.append(f"\n…and {len(problems) - limit} more (query `consistency_problems`).")
    return "\n".join(lines) + "\n"


def _events_as_before(revisions: list[dict[str, Any]], problems: list[dict[str, Any]]) -> list[tuple]:
    def plain(value):
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else \
            float(value) if isinstance(value, Decimal) else value

    def describe(row):
        return " · ".join(str(row[k]) for k in ("metric", "group", "location", "series_period", "originator")
                          if row.get(k))

    def series(row):
        return {"prefect.resource.id": f"reliefledger.series.{row['series_key']}",
                "prefect.resource.name": describe(row)}

    events = []
    for r in [r for r in revisions if r["kind"] == "decrease"][:MAX_EVENTS_PER_KIND]:
        events.append(("reliefledger.revision.downward", series(r),
                       {"series": describe(r), "values": [plain(r["old_value"]), plain(r["new_value"])],
                        "as_of": [plain(r["old_as_of"]), plain(r["new_as_of"])],
                        "documents": [r["old_document"], r["new_document"]], "urls": [r["old_url"], r["new_url"]]}))
    for p in problems[:MAX_EVENTS_PER_KIND]:
        events.append(("reliefledger.consistency.problem", series(p),
                       {"kind": p["kind"], "series": describe(p), "detail": p["detail"],
                        "values": [plain(p["value"]), plain(p["other_value"])],
                        "documents": [p["document"], p["other_document"]], "urls": [p["url"], p["other_url"]]}))
    return events
