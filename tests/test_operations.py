"""Operations: one writer at a time, the analyst copy, the morning's artifacts and the alert events."""

import subprocess
import sys
import threading
import time

import duckdb
import pytest
from prefect.events.clients import AssertingEventsClient
from prefect.events.worker import EventsWorker
from prefect.testing.fixtures import asserting_events_worker  # noqa: F401  (a fixture: Prefect's own event recorder)

from flows.morning import STALE_AFTER_DAYS, emit_night_events, freshness_table, render_findings
from flows.steps import SourceOutcome
from flows.writer import WriterBusy, analyst_copy_path, publish_analyst_copy, single_writer
from tests.conftest import REPO
from warehouse.db import connect
from warehouse.queries import FirstRows

HOLD_DB = """
import sys, time
{opener}
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold(opener: str, path, seconds: float) -> subprocess.Popen:
    """Another process holding ``path`` (a lock or the database) until it prints 'held' and sleeps."""
    process = subprocess.Popen([sys.executable, "-c", HOLD_DB.format(opener=opener), str(path), str(seconds)],
                               stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert process.stdout.readline().strip() == "held"
    return process


def test_second_writer_waits_for_the_first(tmp_path):
    db, events = tmp_path / "ledger.duckdb", []
    first_holds = threading.Event()

    def first():
        with single_writer(db, timeout=10):
            first_holds.set()
            time.sleep(0.4)
            events.append("first done")

    def second():
        first_holds.wait()
        with single_writer(db, timeout=10):
            events.append("second in")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)
    assert events == ["first done", "second in"]


def test_a_writer_gives_up_with_a_clear_error_after_its_timeout(tmp_path):
    db = tmp_path / "ledger.duckdb"
    holder = _hold("from filelock import FileLock; lock = FileLock(sys.argv[1] + '.lock'); lock.acquire()", db, 5)
    try:
        started = time.monotonic()
        with pytest.raises(WriterBusy, match="RELIEFLEDGER_LOCK_TIMEOUT"):
            with single_writer(db, timeout=0.3):
                pass
        assert 0.25 < time.monotonic() - started < 3
    finally:
        holder.kill()
        holder.wait()
    with single_writer(db, timeout=1):  # the holder's death freed the lock
        pass


def test_analyst_copy_replaces_the_old_one_whole(tmp_path):
    db = tmp_path / "reliefledger.duckdb"
    connect(db).close()
    assert publish_analyst_copy(db) == tmp_path / "reliefledger.analyst.duckdb" == analyst_copy_path(db)
    con = connect(db)
    con.execute("CREATE TABLE written_after_the_first_copy AS SELECT 42 AS answer")
    con.close()
    publish_analyst_copy(db)
    # No temporary file is left behind, and the new copy holds what was written since the last one.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reliefledger.analyst.duckdb", "reliefledger.duckdb"]
    copy = duckdb.connect(str(analyst_copy_path(db)), read_only=True)
    try:
        assert copy.execute("SELECT answer FROM written_after_the_first_copy").fetchall() == [(42,)]
    finally:
        copy.close()


def _outcome(slug, status="ok", errors=()):
    return SourceOutcome(slug=slug, status=status, errors=list(errors))


FRESHNESS = [
    {"source_slug": "daily-fresh", "enabled": True, "days_since_new_document": 1.5},
    {"source_slug": "daily-late", "enabled": True, "days_since_new_document": 2.5},
    {"source_slug": "weekly-ok", "enabled": True, "days_since_new_document": 9.0},
    {"source_slug": "monthly-never", "enabled": True, "days_since_new_document": None},
    {"source_slug": "unregistered", "enabled": True, "days_since_new_document": 99.0},
]
CADENCES = {"daily-fresh": "daily", "daily-late": "daily", "weekly-ok": "weekly", "monthly-never": "monthly"}

DECREASE = {"kind": "decrease", "series_key": "k1", "metric": "killed", "group": "all", "location": "Gaza Strip",
            "series_period": "cumulative", "originator": "Gaza Ministry of Health", "old_value": 73008.0,
            "new_value": 6.0, "old_as_of": "2026-06-16", "new_as_of": "2026-06-17", "old_document": "aaa",
            "new_document": "bbb", "old_url": "http://x/a", "new_url": "http://x/b", "new_quote": "6 killed"}
PROBLEM = {"kind": "daily_vs_cumulative", "series_key": "k2", "metric": "killed", "group": "all",
           "location": None, "series_period": "period", "originator": "MoH", "as_of": "2026-06-17", "value": 50.0,
           "other_value": 8.0, "detail": "50 in 24 h but the total rose by 8", "document": "ccc",
           "other_document": "ddd", "url": "http://x/c", "other_url": "http://x/d", "quote": "50 killed"}


def test_freshness_marks_sources_stale_past_their_cadence():
    table = {row["source"]: row for row in freshness_table(FRESHNESS, CADENCES)}
    assert set(table) == set(CADENCES)  # only the registry's sources
    assert {slug: row["stale"] for slug, row in table.items()} == {
        "daily-fresh": "", "daily-late": "STALE", "weekly-ok": "", "monthly-never": "STALE"}
    assert table["weekly-ok"]["stale_after_days"] == STALE_AFTER_DAYS["weekly"] == 10


def test_findings_show_old_and_new_values_with_the_quote():
    text = render_findings(FirstRows.of([DECREASE], 50, 50), FirstRows.of([PROBLEM], 50, 50))
    assert "| decrease | killed | all | Gaza Strip | 73,008 → 6 | 2026-06-17 | [6 killed](http://x/b) |" in text
    assert "50 in 24 h but the total rose by 8" in text
    assert render_findings(FirstRows.of([], 50, 50), FirstRows.of([], 50, 50)).count("None tonight.") == 2


def test_the_night_emits_prefect_events_for_alerts(prefect_api, asserting_events_worker: EventsWorker):  # noqa: F811
    outcomes = [_outcome("daily-fresh"), _outcome("broken", "failed", ["HTTP 500"])]
    count = emit_night_events(outcomes, freshness_table(FRESHNESS, CADENCES),
                              FirstRows.of([dict(DECREASE, kind="conflict"), DECREASE], 50, 50),
                              FirstRows.of([PROBLEM], 50, 50))
    asserting_events_worker.drain()
    events = {(e.event, e.resource.id): e for e in AssertingEventsClient.last.events}
    assert count == len(events) == 5
    assert events["reliefledger.source.failed", "reliefledger.source.broken"].payload == {"reason": "HTTP 500"}
    assert events["reliefledger.source.stale", "reliefledger.source.daily-late"].payload["days"] == 2.5
    assert ("reliefledger.source.stale", "reliefledger.source.monthly-never") in events
    downward = events["reliefledger.revision.downward", "reliefledger.series.k1"].payload
    assert downward["values"] == [73008.0, 6.0] and downward["documents"] == ["aaa", "bbb"]
    problem = events["reliefledger.consistency.problem", "reliefledger.series.k2"].payload
    assert problem["kind"] == "daily_vs_cumulative" and problem["documents"] == ["ccc", "ddd"]


def test_the_servers_retention_settings_are_ones_prefect_accepts(monkeypatch):
    import datetime as dt

    from prefect.settings.models.server.events import ServerEventsSettings
    from prefect.settings.models.server.services import ServerServicesDBVacuumSettings

    from flows.operate import retention_env

    for name, value in retention_env(30).items():
        monkeypatch.setenv(name, value)
    assert ServerEventsSettings().retention_period == dt.timedelta(days=30)
    vacuum = ServerServicesDBVacuumSettings()
    assert vacuum.retention_period == dt.timedelta(days=30) and {"events", "flow_runs"} <= vacuum.enabled_vacuum_types


def test_a_series_that_cannot_be_drawn_is_left_out_of_the_plots_and_logged(tmp_path, caplog):
    from flows.morning import plot_changes, render_plots
    from warehouse.records import SeriesChange

    con = connect(tmp_path / "ledger.duckdb")
    try:
        missing = SeriesChange("0123456789abcdef", "killed", "all", "Gaza Strip", "Gaza Ministry of Health",
                               "cumulative", 10.0, None, 12.0, None, "12 killed", "http://example.org/a")
        with caplog.at_level("WARNING"):
            assert plot_changes(con, [missing]) == []
    finally:
        con.close()
    assert "0123456789abcdef" in caplog.text
    assert "None could be drawn" in render_plots([], changed=1)
    assert "None tonight." in render_plots([], changed=0)


def test_the_screenshot_waits_for_the_artifact_s_own_text():
    import importlib.util

    spec = importlib.util.spec_from_file_location("screenshot_artifact", REPO / "scripts" / "screenshot_artifact.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    summary = {"type": "markdown", "data": "\n# nightly-2026-11-26\n\nRun `x`: 11 sources"}
    assert script.expected_texts(summary) == [script.RENDERED_MARK, "nightly-2026-11-26"]
    # A heading the page would show escaped or reshaped is not waited for; a table has no heading.
    assert script.expected_texts({"type": "markdown", "data": "# a <b> & c"}) == [script.RENDERED_MARK]
    assert script.expected_texts({"type": "table", "data": "[]"}) == [script.RENDERED_MARK]
