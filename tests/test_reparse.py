"""Re-parsing the raw archive under a new parser version: rows added, none lost, the views move on."""

import pytest

import parsers
from warehouse.db import connect

pytestmark = pytest.mark.flow


def _count(db, query):
    con = connect(db, read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_reparse_adds_a_new_version_and_keeps_the_old(prefect_api, sample_server, tmp_path, monkeypatch):
    from flows.nightly import nightly_ingest
    from flows.reparse import reparse
    from tests.conftest import REPO

    db = tmp_path / "ledger.duckdb"
    nightly_ingest(sources_file=str(REPO / "samples" / "sources.toml"), db_path=str(db),
                   only=["moh-gaza-telegram", "bbc-middle-east"])
    before = _count(db, "SELECT count(*) FROM observations")[0][0]
    assert reparse(db_path=str(db)) == []  # every document already read by today's parsers

    # Tomorrow's parser: a new version of the prose parser, with one figure fewer per document.
    today = parsers.PARSER_VERSIONS["text"]
    monkeypatch.setitem(parsers.PARSER_VERSIONS, "text", "9.9.9")
    monkeypatch.setitem(parsers.PARSER_VERSIONS, "html", "9.9.9")
    real_parse = parsers.parse_document

    def newer(*args, **kwargs):
        document = real_parse(*args, **kwargs)
        document.parser_version = "9.9.9"
        for figure in document.figures:
            figure.parser_version = "9.9.9"
        document.figures = document.figures[1:]
        return document

    monkeypatch.setattr(parsers, "parse_document", newer)
    outcomes = {o.slug: o for o in reparse(db_path=str(db))}
    assert outcomes["moh-gaza-telegram"].new_figures > 0 and not outcomes["moh-gaza-telegram"].errors

    after = _count(db, "SELECT count(*) FROM observations")[0][0]
    current = _count(db, "SELECT DISTINCT parser_version FROM observations_current")
    assert after > before  # appended, never replaced
    assert current == [("9.9.9",)]
    removed = _count(db, f"SELECT change, count(*) FROM parser_version_changes('text', '{today}', '9.9.9') GROUP BY change")
    assert removed and removed[0][0] == "removed"  # each document lost its first figure under 9.9.9
    assert reparse(db_path=str(db)) == []  # idempotent



def test_a_reparse_with_one_batch_in_flight_stores_what_the_default_stores(prefect_api, sample_server, tmp_path):
    # The flow keeps only a few parsed batches at once: loading them one by one must store the same rows.
    import shutil

    from flows.nightly import nightly_ingest
    from flows.reparse import reparse
    from tests.conftest import REPO

    db = tmp_path / "ledger.duckdb"
    nightly_ingest(sources_file=str(REPO / "samples" / "sources.toml"), db_path=str(db),
                   only=["moh-gaza-telegram", "bbc-middle-east"])
    con = connect(db)
    for table in ("parses", "observations", "condition_reports"):  # as if read by an older parser
        con.execute(f"UPDATE {table} SET parser_version = 'old'")
    con.close()
    one_by_one, default = tmp_path / "one-by-one.duckdb", tmp_path / "default.duckdb"
    shutil.copyfile(db, one_by_one)
    shutil.copyfile(db, default)

    small = {o.slug: o.new_figures for o in reparse(db_path=str(one_by_one), archive_dir=str(tmp_path / "archive"),
                                                    batch_size=1, batches_in_flight=0)}
    usual = {o.slug: o.new_figures for o in reparse(db_path=str(default), archive_dir=str(tmp_path / "archive"))}
    assert small == usual and sum(small.values()) > 0
    stored = "SELECT source_slug, parser_version, count(*) FROM observations_current GROUP BY ALL ORDER BY ALL"
    assert _count(one_by_one, stored) == _count(default, stored)
    latest = "SELECT series_key, value, qualifier, as_of FROM figures_latest ORDER BY ALL"
    assert _count(one_by_one, latest) == _count(default, latest)
    with pytest.raises(ValueError, match="batches_in_flight"):
        reparse(db_path=str(default), batches_in_flight=-1)
