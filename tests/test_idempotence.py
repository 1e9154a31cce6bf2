"""The same night twice, a failed night re-run, and two nights started together.

Compared whole: every content table and figure_history, minus run ids, timestamps and sequence
ids (tests/ledger_checks.py ledger_snapshot); only the fetch log may grow.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.ledger_checks import (SAMPLE_REGISTRY, cli_env, consistency_problems, ledger_snapshot, start_ingest)
from warehouse.db import connect

pytestmark = pytest.mark.flow


def _night(db, registry=SAMPLE_REGISTRY):
    from flows.nightly import NightFailed, nightly_ingest

    state = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True)
    result = state.result(raise_on_failure=False)
    return result.outcomes if isinstance(result, NightFailed) else result


def _fetch_rows(db) -> int:
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM fetches").fetchall()[0][0]
    finally:
        con.close()


def test_the_same_night_twice_changes_nothing_but_the_fetch_log(prefect_api, sample_server, tmp_path):
    db = tmp_path / "ledger.duckdb"
    # Night 1 (everything new), then night 2 (one new post, the rest 304 or known): each run twice.
    for night in (1, 2):
        sample_server.night = night
        first = _night(db)
        assert all(o.status in ("ok", "not_modified") for o in first), first
        once, fetches_once = ledger_snapshot(db), _fetch_rows(db)
        again = _night(db)
        assert all(o.new_documents == 0 and o.new_figures == 0 for o in again), again
        assert ledger_snapshot(db) == once, f"night {night} re-run changed the ledger"
        assert _fetch_rows(db) > fetches_once  # the re-run's requests are logged, and nothing else
        assert consistency_problems(db) == []


def test_a_failed_night_rerun_ends_where_an_uninterrupted_night_does(prefect_api, sample_server, tmp_path):
    clean = tmp_path / "clean" / "ledger.duckdb"
    assert all(o.status == "ok" for o in _night(clean))

    # Tonight one source's page is gone (404) and another's dataset URL is wrong: the night fails.
    broken = tmp_path / "broken-sources.toml"
    text = SAMPLE_REGISTRY.read_text(encoding="utf-8")
    for good, bad in (("/bbc/news/world-middle-east-67332684.html", "/bbc/news/moved.html"),
                      ("/api/v2/casualties_daily.json", "/api/v2/casualties_daily-gone.json")):
        assert good in text
        text = text.replace(good, bad)
    broken.write_text(text, encoding="utf-8")
    db = tmp_path / "rerun" / "ledger.duckdb"
    failed = {o.slug: o for o in _night(db, broken)}
    assert failed["bbc-middle-east"].status == "failed" and failed["tfp-casualties-daily"].status == "failed"
    assert consistency_problems(db) == []

    # The re-run with the sources fixed (and once more) ends with the uninterrupted night's ledger.
    assert all(o.status in ("ok", "not_modified") for o in _night(db))
    assert ledger_snapshot(db) == ledger_snapshot(clean)


def test_two_ingests_started_together_serialise_on_the_writer_lock(prefect_api, sample_server, tmp_path):
    clean = tmp_path / "clean" / "ledger.duckdb"
    _night(clean)
    db = tmp_path / "together" / "ledger.duckdb"
    db.parent.mkdir()
    env = cli_env(sample_server.url)
    processes = [start_ingest(db, env) for _ in range(2)]  # two real processes, started together
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    for code, out, err in results:
        assert code == 0 and "Traceback" not in err, (out, err)
    assert consistency_problems(db) == []
    assert ledger_snapshot(db) == ledger_snapshot(clean)
    con = connect(db, read_only=True)
    try:
        runs = con.execute("""
            SELECT run_id, min(started_at), max(started_at), count(content_sha256)
            FROM fetches WHERE started_at IS NOT NULL GROUP BY run_id ORDER BY 2""").fetchall()
        loaded_by = con.execute("SELECT DISTINCT first_run_id FROM documents").fetchall()
    finally:
        con.close()
    assert len(runs) == 2, runs
    (first_run, _, first_end, _), (second_run, second_start, _, _) = runs
    assert first_end < second_start, runs  # one waited for the other: their requests do not interleave
    assert loaded_by == [(first_run,)]  # the second found everything stored (304s and known content)
