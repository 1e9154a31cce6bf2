"""Opening the warehouse: migrations, read-only sessions, locking and the storage format."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse.db import WarehouseError, connect, default_db_path
from warehouse.migrations import SQL_DIR, available_migrations, migrate

TABLES = {"schema_version", "sources", "fetches", "documents", "parses", "observations", "condition_reports", "series_dim", "cursors",
          "figures_latest_stored"}
VIEWS = {
    "parses_current", "observations_current", "condition_reports_current", "series",
    "figure_history", "figures_latest", "revisions",
    "observations_dated", "consistency_problems", "figures_across_sources", "figures_latest_by_source",
    "source_freshness",
}


def _table_names(con) -> set[str]:
    return {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def _view_names(con) -> set[str]:
    return {name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}


def test_migrations_create_every_table_and_view_from_empty(tmp_path):
    con = connect(tmp_path / "wh.duckdb")
    assert _table_names(con) == TABLES
    assert _view_names(con) == VIEWS
    rows = con.execute("SELECT version, name, applied_at IS NOT NULL FROM schema_version ORDER BY version").fetchall()
    assert rows[:4] == [(1, "tables", True), (2, "history", True), (3, "cursors", True), (4, "pages", True)]
    assert [version for version, _, _ in rows] == [m.version for m in available_migrations()]
    con.close()


def test_migrations_rerun_applies_nothing_and_keeps_the_version_rows(tmp_path):
    db = tmp_path / "wh.duckdb"
    con = connect(db)
    before = con.execute("SELECT * FROM schema_version ORDER BY version").fetchall()
    assert migrate(con) == []
    con.close()
    con = connect(db)  # a second writable open migrates again: still nothing to do
    assert con.execute("SELECT * FROM schema_version ORDER BY version").fetchall() == before
    con.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path):
    sql_dir = tmp_path / "sql"
    sql_dir.mkdir()
    (sql_dir / "001_first.sql").write_text("CREATE TABLE kept (a INTEGER);")
    (sql_dir / "002_broken.sql").write_text("CREATE TABLE half_done (a INTEGER); SELECT * FROM no_such_table;")
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    with pytest.raises(duckdb.CatalogException):
        migrate(con, sql_dir=sql_dir)
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    assert _table_names(con) == {"schema_version", "kept"}
    (sql_dir / "002_broken.sql").write_text("CREATE TABLE fixed (a INTEGER);")
    assert migrate(con, sql_dir=sql_dir) == [2]
    con.close()


def test_migration_files_are_numbered_and_shipped():
    names = sorted(p.name for p in SQL_DIR.glob("*.sql"))
    assert names[:4] == ["001_tables.sql", "002_history.sql", "003_cursors.sql", "004_pages.sql"]
    assert [m.version for m in available_migrations()] == list(range(1, len(names) + 1))  # no gaps


def test_the_file_opens_read_only_after_the_writer_closes(tmp_path):
    db = tmp_path / "wh.duckdb"
    writer = connect(db)
    writer.execute("INSERT INTO fetches (run_id, source_slug, url, attempt) VALUES ('r1', 's', 'u', 1)")
    writer.close()
    reader = connect(db, read_only=True)
    assert reader.execute("SELECT count(*) FROM fetches").fetchall() == [(1,)]
    with pytest.raises(duckdb.Error, match="read-only"):
        reader.execute("DELETE FROM fetches")
    reader.close()


def test_read_only_connect_to_a_missing_file_says_to_ingest_first(tmp_path):
    missing = tmp_path / "nope.duckdb"
    with pytest.raises(WarehouseError, match=r"no database at .*nope\.duckdb; run `reliefledger ingest` first"):
        connect(missing, read_only=True)
    assert not missing.exists()


def test_read_only_connect_to_a_database_that_is_not_ours_is_refused(tmp_path):
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(WarehouseError, match="not a reliefledger database"):
        connect(other, read_only=True)


def test_read_only_connect_to_an_older_schema_asks_for_an_upgrade(tmp_path):
    sql_dir = tmp_path / "sql"
    sql_dir.mkdir()
    (sql_dir / "001_tables.sql").write_text((SQL_DIR / "001_tables.sql").read_text())
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, sql_dir=sql_dir)
    con.close()
    later = [m.version for m in available_migrations()][1:]  # [2, 3, 4, ...]
    with pytest.raises(WarehouseError, match=rf"predates schema version\(s\) {re.escape(str(later))}; run `reliefledger ingest`"):
        connect(db, read_only=True)


def test_a_file_locked_by_another_process_gives_a_clear_error(tmp_path):
    db = tmp_path / "wh.duckdb"
    connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseError, match="in use by another process"):
            connect(db)
        with pytest.raises(WarehouseError, match="in use by another process"):
            connect(db, read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_opening_the_same_file_in_both_modes_in_one_process_is_explained(tmp_path):
    db = tmp_path / "wh.duckdb"
    writer = connect(db)
    try:
        with pytest.raises(WarehouseError, match="already open in this process"):
            connect(db, read_only=True)
    finally:
        writer.close()


def test_an_unusable_path_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(WarehouseError, match="cannot create the folder"):
        connect(blocker / "wh.duckdb")
    with pytest.raises(WarehouseError, match="cannot open the database"):
        connect(tmp_path)  # a folder, not a file


def test_writable_connect_creates_the_parent_folder(tmp_path):
    db = tmp_path / "deep" / "er" / "wh.duckdb"
    connect(db).close()
    assert db.is_file()


def test_files_keep_the_storage_format_duckdb_1_5_reads(tmp_path):
    db = tmp_path / "wh.duckdb"
    connect(db).close()
    con = duckdb.connect(str(db), read_only=True)
    (tags,) = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = 'wh'").fetchall()[0]
    con.close()
    # A file written with DuckDB 2's defaults reports 'v2.0.0+', which the 1.5 CLI cannot open.
    assert tags["storage_version"] == "v1.5.0+"


def test_default_db_path_follows_the_environment(monkeypatch):
    monkeypatch.delenv("RELIEFLEDGER_DB", raising=False)
    assert default_db_path() == Path("data") / "reliefledger.duckdb"
    monkeypatch.setenv("RELIEFLEDGER_DB", "/srv/ledger.duckdb")
    assert default_db_path() == Path("/srv/ledger.duckdb")


def test_a_writer_takes_its_duckdb_memory_limit_from_the_environment(tmp_path, monkeypatch):
    from warehouse.db import MEMORY_LIMIT_VARIABLE, WarehouseError, connect

    def limit_of(con) -> str:
        return con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]

    monkeypatch.delenv(MEMORY_LIMIT_VARIABLE, raising=False)
    con = connect(tmp_path / "default.duckdb")
    default = limit_of(con)
    con.close()
    monkeypatch.setenv(MEMORY_LIMIT_VARIABLE, "300MB")
    con = connect(tmp_path / "capped.duckdb")
    assert limit_of(con) == "286.1 MiB" != default  # 300 * 10^6 bytes, as DuckDB prints it
    con.close()
    monkeypatch.setenv(MEMORY_LIMIT_VARIABLE, "a lot")
    with pytest.raises(WarehouseError, match="cannot open the database"):
        connect(tmp_path / "wrong.duckdb")
