"""The real nightly flow, run by Prefect, fetching from a real local server into a real DuckDB file."""

import pytest

from warehouse.db import connect

pytestmark = pytest.mark.flow


def _counts(db):
    con = connect(db, read_only=True)
    try:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
                for table in ("documents", "observations", "parses", "fetches", "series")}
    finally:
        con.close()


def _ingest(sources, db, **kw):
    from flows.nightly import nightly_ingest

    return nightly_ingest(sources_file=str(sources), db_path=str(db), **kw)


def test_nights_load_new_reports_and_skip_unchanged_ones(prefect_api, sample_server, tmp_path):
    from tests.conftest import REPO

    db, registry = tmp_path / "ledger.duckdb", REPO / "samples" / "sources.toml"
    night1 = {o.slug: o for o in _ingest(registry, db)}
    assert all(o.status == "ok" for o in night1.values()), night1
    assert night1["moh-gaza-bulletins"].new_figures > 0
    assert night1["tfp-casualties-daily"].new_figures > 0
    after1 = _counts(db)

    sample_server.night = 2
    night2 = {o.slug: o for o in _ingest(registry, db)}
    # Unchanged pages answer 304 to the stored ETag; the bulletin URL has a new report.
    assert night2["bbc-middle-east"].status == "not_modified"
    assert night2["moh-gaza-bulletins"].new_documents == 1
    after2 = _counts(db)
    assert after2["documents"] > after1["documents"]
    assert after2["observations"] > after1["observations"]

    # Replaying the same night again (a re-run) adds fetch records and nothing else.
    _ingest(registry, db)
    after_rerun = _counts(db)
    assert {k: v for k, v in after_rerun.items() if k != "fetches"} == \
        {k: v for k, v in after2.items() if k != "fetches"}
    assert after_rerun["fetches"] > after2["fetches"]

    con = connect(db, read_only=True)
    try:
        # The Ministry's own bulletin of 16 June: its cumulative toll, with the sentence it came from.
        rows = con.execute("""
            SELECT value, as_of, quote FROM figures_latest
            WHERE metric = 'killed' AND series_period = 'cumulative' AND "group" = 'all'
              AND originator = 'Gaza Ministry of Health' AND location = 'Gaza Strip'
            ORDER BY as_of DESC""").fetchall()
        assert rows and rows[0][0] == 73008, rows
        # The bulletin and Tech for Palestine's dataset state the same value: one history row, both publishers.
        publishers = con.execute("""
            SELECT publishers FROM figure_history
            WHERE metric = 'killed' AND series_period = 'cumulative' AND value = 73008
              AND originator = 'Gaza Ministry of Health'""").fetchall()
        assert publishers == [(["Gaza Ministry of Health", "Tech for Palestine"],)]
        history = con.execute("""
            SELECT h.value FROM figure_history h JOIN series s USING (series_key)
            WHERE s.metric = 'killed' AND s.series_period = 'cumulative' AND s."group" = 'all'
              AND s.originator = 'Gaza Ministry of Health' AND s.location = 'Gaza Strip'
            ORDER BY h.as_of""").fetchall()
        assert [73003, 73008] == [v for (v,) in history if v in (73003, 73008)]
    finally:
        con.close()


def test_a_failing_source_fails_the_run_after_the_others_loaded(prefect_api, sample_server, tmp_path):
    from flows.nightly import NightFailed, nightly_ingest

    registry = tmp_path / "sources.toml"
    registry.write_text(f"""
[moh-gaza-bulletins]
publisher = "Gaza Ministry of Health"
url = "{sample_server.url}/moh-gaza/daily-report.txt"
kind = "html"
parser = "auto"
families = ["casualties"]
enabled = true
terms = "sample"

[gone-away]
publisher = "Nobody"
url = "{sample_server.url}/this/page/was/removed.html"
kind = "html"
parser = "auto"
families = ["casualties"]
enabled = true
terms = "sample"
""")
    db = tmp_path / "ledger.duckdb"
    state = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True)
    assert state.is_failed()
    failure = state.result(raise_on_failure=False)
    assert isinstance(failure, NightFailed)
    assert "gone-away" in str(failure) and "404" in str(failure)
    outcomes = {o.slug: o for o in failure.outcomes}
    assert outcomes["moh-gaza-bulletins"].status == "ok" and outcomes["moh-gaza-bulletins"].new_figures > 0
    assert outcomes["gone-away"].status == "failed"
    con = connect(db, read_only=True)
    try:
        failed = con.execute("SELECT status, error FROM fetches WHERE source_slug = 'gone-away'").fetchall()
        assert failed and failed[0][0] == 404 and failed[0][1]
        assert con.execute("SELECT count(*) FROM documents WHERE source_slug = 'moh-gaza-bulletins'").fetchall()[0][0] == 1
    finally:
        con.close()
