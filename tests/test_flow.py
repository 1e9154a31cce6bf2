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
    # Every kind of source yields documents and figures: a channel, a dataset, a page, a feed, a listing,
    # a PDF report and a statistics table.
    for slug in ("moh-gaza-telegram", "tfp-casualties-daily", "bbc-middle-east", "who-news-feed", "ocha-updates",
                 "ocha-westbank-pdf", "hamoked-prisoners"):
        assert night1[slug].new_documents > 0 and night1[slug].new_figures > 0, night1[slug]
    after1 = _counts(db)

    sample_server.night = 2
    sample_server.requests.clear()
    night2 = {o.slug: o for o in _ingest(registry, db)}
    # Unchanged pages, the feed and the listing answer 304 to the stored validators: one conditional
    # request each, nothing else; the channel has one new post.
    for slug in ("bbc-middle-east", "who-news-feed", "ocha-updates", "tfp-west-bank-daily"):
        assert night2[slug].status == "not_modified" and night2[slug].new_documents == 0, night2[slug]
    for path in ("/who/built-atom-who.xml", "/listing/updates", "/bbc/news/world-middle-east-67332684.html"):
        assert [status for requested, status in sample_server.requests if requested == path] == [304]
    assert not any(requested.startswith(("/who/built-article", "/listing/built-article"))
                   for requested, _ in sample_server.requests)
    assert night2["moh-gaza-telegram"].new_documents == 1
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
[live-news]
publisher = "Gaza Ministry of Health"
url = "{sample_server.url}/news/gaza-live.txt"
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
    assert outcomes["live-news"].status == "ok" and outcomes["live-news"].new_figures > 0
    assert outcomes["gone-away"].status == "failed"
    con = connect(db, read_only=True)
    try:
        failed = con.execute("SELECT status, error FROM fetches WHERE source_slug = 'gone-away'").fetchall()
        assert failed and failed[0][0] == 404 and failed[0][1]
        assert con.execute("SELECT count(*) FROM documents WHERE source_slug = 'live-news'").fetchall()[0][0] == 1
    finally:
        con.close()


def _one_source_registry(tmp_path, url):
    registry = tmp_path / "sources.toml"
    registry.write_text(f"""
[live-news]
publisher = "Gaza Ministry of Health"
url = "{url}"
kind = "html"
parser = "auto"
families = ["casualties"]
enabled = true
terms = "sample"
""")
    return registry


def _fetch_rows(db):
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT content_sha256, etag, error FROM fetches ORDER BY fetch_id").fetchall()
    finally:
        con.close()


def test_a_parser_crash_fails_the_source_and_the_next_night_parses_again(prefect_api, sample_server, tmp_path,
                                                                         monkeypatch):
    import parsers
    from flows.nightly import NightFailed, nightly_ingest

    registry = _one_source_registry(tmp_path, f"{sample_server.url}/news/gaza-live.txt")
    db = tmp_path / "ledger.duckdb"
    real_parse = parsers.parse_document

    def crash(*args, **kwargs):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(parsers, "parse_document", crash)
    state = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True)
    failure = state.result(raise_on_failure=False)
    assert isinstance(failure, NightFailed) and "parser bug" in str(failure)
    assert _counts(db)["documents"] == 0
    # The attempt is kept, without the ETag: tomorrow must fetch the body again, not get a 304.
    assert [(sha, etag) for sha, etag, _ in _fetch_rows(db)] == [(None, None)]

    monkeypatch.setattr(parsers, "parse_document", real_parse)
    [outcome] = nightly_ingest(sources_file=str(registry), db_path=str(db))
    assert outcome.status == "ok" and outcome.new_documents == 1 and outcome.new_figures > 0


def test_a_failed_load_keeps_the_fetch_attempts_and_fails_the_source(prefect_api, sample_server, tmp_path,
                                                                      monkeypatch):
    import parsers
    from flows.nightly import NightFailed, nightly_ingest

    registry = _one_source_registry(tmp_path, f"{sample_server.url}/news/gaza-live.txt")
    db = tmp_path / "ledger.duckdb"
    real_parse = parsers.parse_document

    def off_contract(*args, **kwargs):  # a figure the warehouse refuses: the load must roll back whole
        document = real_parse(*args, **kwargs)
        document.figures[-1].qualifier = "roughly-ish"
        return document

    monkeypatch.setattr(parsers, "parse_document", off_contract)
    failure = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True).result(
        raise_on_failure=False)
    assert isinstance(failure, NightFailed) and "load failed" in str(failure)
    counts = _counts(db)
    assert (counts["documents"], counts["observations"], counts["parses"]) == (0, 0, 0)
    [(sha, etag, error)] = _fetch_rows(db)
    assert sha is None and etag is None and "load failed" in error

    monkeypatch.setattr(parsers, "parse_document", real_parse)
    [outcome] = nightly_ingest(sources_file=str(registry), db_path=str(db))
    assert outcome.status == "ok" and outcome.new_documents == 1


def test_auto_parser_is_recorded_as_the_parser_that_read_the_document(prefect_api, sample_server, tmp_path):
    from tests.conftest import REPO

    db = tmp_path / "ledger.duckdb"
    _ingest(REPO / "samples" / "sources.toml", db, only=["moh-gaza-telegram", "bbc-middle-east",
                                                         "tfp-casualties-daily"])
    con = connect(db, read_only=True)
    try:
        parses = {row[0] for row in con.execute("SELECT DISTINCT parser FROM parses").fetchall()}
        versions = {row[0] for row in con.execute("SELECT DISTINCT parser_version FROM parses").fetchall()}
    finally:
        con.close()
    assert parses == {"text", "html", "tfp_casualties_daily"}
    assert "unknown" not in versions and "" not in versions
