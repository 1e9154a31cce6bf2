"""The way out of one DuckDB file works today: Parquet exports round-trip exactly.

`reliefledger export --format parquet` writes the analysts' views; `COPY <table> TO … (FORMAT
parquet)` writes every table (the append-only facts a Parquet/DuckLake ledger would start from).
Both are read back and compared row for row with the ledger they came from.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bench.ledger import fill
from parsers.models import Figure, ParsedDocument
from warehouse.db import connect
from warehouse.exports import EXPORTS, export_ledger
from warehouse.load import load_source
from warehouse.records import DocumentRecord, FetchAttemptRecord, FetchRecord, SourceLoad

AT = dt.datetime(2026, 1, 5, 6, tzinfo=dt.UTC)


@pytest.fixture
def ledger(tmp_path):
    con = connect(tmp_path / "ledger.duckdb")
    fill(con, 4_000, sources=4, series_per_source=20)
    figure = Figure("casualties", "killed", 70_100, qualifier="at_least", population="palestinians",
                    location="Gaza Strip", period="cumulative", as_of=dt.date(2026, 1, 4), quote="more than 70,100 killed")
    doc = DocumentRecord("f" * 64, "moh", "Gaza Ministry of Health", "http://127.0.0.1/moh/1", "text/plain", 900,
                         "archive/ff", AT, "text", "1.0", ParsedDocument(text="", title="Bulletin", figures=[figure]))
    fetch = FetchRecord("moh", doc.url, doc.url, False, doc.content_sha256, '"e1"', None, None,
                        [FetchAttemptRecord(AT, 9.0, 200, 900, None)])
    load_source(con, SourceLoad("moh", "run-1", [fetch], [doc]))
    yield con
    con.close()


def differing_rows(con, left: str, right: str) -> int:
    return con.execute(f"SELECT count(*) FROM (({left}) EXCEPT ALL ({right})) "
                       f"UNION ALL SELECT count(*) FROM (({right}) EXCEPT ALL ({left}))").fetchall()


def test_parquet_export_of_the_views_reads_back_row_for_row(ledger, tmp_path):
    written = export_ledger(ledger, tmp_path / "out", "parquet")
    assert [p.name for p in written] == [f"{name}.parquet" for name in EXPORTS]
    for name, query in EXPORTS.items():
        exported = f"FROM '{tmp_path / 'out' / f'{name}.parquet'}'"
        assert ledger.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0] > 0
        assert differing_rows(ledger, query, exported) == [(0,), (0,)], name


def test_every_table_of_the_ledger_moves_to_parquet_losslessly(ledger, tmp_path):
    # The append-only facts are what a Parquet / DuckLake / MotherDuck ledger starts from; the
    # views are SQL over them. (DuckDB's IMPORT DATABASE cannot rebuild this schema: it creates
    # the macros before the views they read, so the schema comes from warehouse/sql instead.)
    tables = [name for (name,) in ledger.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1").fetchall()]
    assert {"observations", "documents", "parses", "fetches", "series_dim"} <= set(tables)
    for table in tables:
        path = tmp_path / f"{table}.parquet"
        ledger.execute(f"COPY {table} TO '{path}' (FORMAT parquet)")
        assert differing_rows(ledger, f"FROM {table}", f"FROM '{path}'") == [(0,), (0,)], table
    assert ledger.execute(f"SELECT count(*) FROM '{tmp_path / 'observations.parquet'}'").fetchall() == \
        ledger.execute("SELECT count(*) FROM observations").fetchall()
