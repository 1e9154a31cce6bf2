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

