"""Bad ``--db`` paths, a locked ledger and write attempts through ``reliefledger sql``.

Every command that opens the ledger answers a path it cannot use with one ``error:`` line and a
non-zero exit, before Prefect starts, never with a traceback; ``sql`` runs a person's query on a
connection that can change nothing and read no other file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from reliefledger.cli import app
from tests.conftest import REPO
from warehouse.db import connect
from warehouse.load import upsert_sources

runner = CliRunner()
SAMPLE_REGISTRY = REPO / "samples" / "sources.toml"


@pytest.fixture(autouse=True)
def sample_address(monkeypatch):
    # The sample registry names its server by this variable; no command here gets as far as fetching.
    monkeypatch.setenv("RELIEFLEDGER_SAMPLES_URL", "http://127.0.0.1:9")
    # `demo` sets these with setdefault before it fails: restore them for the tests that follow.
    for name in ("PREFECT_LOGGING_LEVEL", "RELIEFLEDGER_MIN_HOST_INTERVAL"):
        if name in os.environ:
            monkeypatch.setenv(name, os.environ[name])
        else:
            monkeypatch.delenv(name, raising=False)


def commands(db) -> dict[str, list[str]]:
    """Every command that opens the ledger, with arguments that would otherwise be valid."""
    return {
        "sql": ["sql", "SELECT 1", "--db", str(db)],
        "export": ["export", "--format", "csv", "--out", str(db.parent / "export-out"), "--db", str(db)],
        "plot": ["plot", "--metric", "killed", "--out", str(db.parent / "p.png"), "--db", str(db)],
        "sources": ["sources", "--sources", str(SAMPLE_REGISTRY), "--db", str(db)],
        "ingest": ["ingest", "--sources", str(SAMPLE_REGISTRY), "--db", str(db)],
        "reparse": ["reparse", "--db", str(db)],
        "backfill": ["backfill", "--sources", str(SAMPLE_REGISTRY), "--db", str(db)],
        "demo": ["demo", "--db", str(db)],
    }


WRITERS = ("ingest", "reparse", "backfill", "demo")  # they create a missing folder instead of failing


def assert_clean_failure(result, *words: str) -> None:
    assert result.exit_code not in (0, None), result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)  # a typer.Exit, not a crash
    assert "Traceback" not in result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1, result.stderr
    for word in words:
        assert word in error_lines[0], error_lines[0]


def _bad_paths(tmp_path):
    folder = tmp_path / "a-folder.duckdb"
    folder.mkdir()
    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("these are notes, not a database\n")
    return {"a folder": folder, "not a DuckDB file": not_duckdb,
            # Readers see no database there (below); writers would create the folder, and cannot.
            "a folder that cannot exist": not_duckdb / "sub" / "ledger.duckdb"}


@pytest.mark.parametrize("command", list(commands(REPO)))
def test_an_unusable_db_path_is_one_error_line_and_a_nonzero_exit(tmp_path, command):
    for label, db in _bad_paths(tmp_path).items():
        if label == "a folder that cannot exist" and command not in WRITERS:
            continue
        result = runner.invoke(app, commands(db)[command])
        assert_clean_failure(result, str(db))
        assert not (tmp_path / "export-out").exists() and not (tmp_path / "p.png").exists(), label


@pytest.mark.parametrize("command", [c for c in commands(REPO) if c not in WRITERS])
def test_reading_commands_on_a_missing_folder_say_there_is_no_database(tmp_path, command):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("notes\n")
    for db in (tmp_path / "missing" / "ledger.duckdb", not_a_folder / "sub" / "ledger.duckdb"):
        result = runner.invoke(app, commands(db)[command])
        if command == "sources":  # nothing ingested yet: the registry alone, with a note
            assert result.exit_code == 0 and "note: no database" in result.stderr
        else:
            assert_clean_failure(result, "no database")
    assert not (tmp_path / "missing").exists()


def _hold_write_lock(db):
    """Another process holding the ledger read-write, as a duckdb shell or a running writer would."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time, duckdb
            con = duckdb.connect({str(db)!r})
            print("holding", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_ledger_locked_by_another_process_is_a_clear_error_for_every_command(tmp_path):
    db = tmp_path / "ledger.duckdb"
    connect(db).close()
    holder = _hold_write_lock(db)
    try:
        for command, args in commands(db).items():
            result = runner.invoke(app, args)
            assert_clean_failure(result, "in use by another process")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


# --- reliefledger sql can change nothing and read no other file ------------------------------------

WRITE_ATTEMPTS = [
    "INSERT INTO cursors VALUES ('intruder', '{}', now(), 'r')",
    "UPDATE sources SET url = 'http://evil.example/'",
    "DELETE FROM sources",
    "CREATE TABLE intruder (x INTEGER)",
    "CREATE VIEW intruder AS SELECT 1",
    "DROP TABLE sources",
    "ALTER TABLE sources ADD COLUMN intruder INTEGER",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "COPY sources TO '{tmp}/stolen.csv'",
    "EXPORT DATABASE '{tmp}/dump'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "SET memory_limit = '1GB'",
    "RESET lock_configuration",
    "PRAGMA enable_profiling",
    "SET profiling_output = '{tmp}/profile.json'",
    "CREATE SECRET stolen (TYPE s3, KEY_ID 'a', SECRET 'b')",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM 'http://127.0.0.1:9/data.csv'",
]


@pytest.fixture
def small_ledger(tmp_path):
    db = tmp_path / "ledger.duckdb"
    con = connect(db)
    upsert_sources(con, [{"slug": "one", "publisher": "P", "url": "https://example.org/", "kind": "html",
                          "parser": "auto", "families": ["casualties"], "enabled": True, "terms": "t"}])
    con.close()
    return db


def _ledger_state(db) -> tuple[str, list]:
    con = connect(db, read_only=True)
    try:
        tables = con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()
        views = con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()
        sources = con.execute("SELECT * FROM sources").fetchall()
        cursors = con.execute("SELECT * FROM cursors").fetchall()
    finally:
        con.close()
    return hashlib.sha256(db.read_bytes()).hexdigest(), [tables, views, sources, cursors]


@pytest.mark.parametrize("statement", WRITE_ATTEMPTS)
def test_sql_refuses_every_write_and_every_other_file(small_ledger, tmp_path, statement):
    before = _ledger_state(small_ledger)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    result = runner.invoke(app, ["sql", statement.replace("{tmp}", str(tmp_path)), "--db", str(small_ledger)])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("error: query failed:") and "Traceback" not in result.output
    assert _ledger_state(small_ledger) == before  # the file's bytes too
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no file written beside it


def test_sql_still_reads_the_ledger_and_the_exports_still_write_files(small_ledger, tmp_path):
    read = runner.invoke(app, ["sql", "SELECT slug, url FROM sources", "--db", str(small_ledger), "--format", "csv"])
    assert read.exit_code == 0 and read.stdout.splitlines() == ["slug,url", "one,https://example.org/"]
    exported = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "out"),
                                   "--db", str(small_ledger)])
    assert exported.exit_code == 0, exported.output
    assert any((tmp_path / "out").iterdir())


def test_the_sql_prompt_uses_the_same_locked_connection(small_ledger, tmp_path):
    # Not a terminal: the command prints how to open a shell and runs nothing; on a terminal the
    # prompt reads from the connection _read_only(sandboxed=True) made, which this checks directly.
    from reliefledger.cli import _read_only

    con = _read_only(small_ledger, sandboxed=True)
    try:
        settings = dict(con.execute("SELECT name, value FROM duckdb_settings() WHERE name IN "
                                    "('enable_external_access', 'lock_configuration')").fetchall())
    finally:
        con.close()
    assert settings == {"enable_external_access": "false", "lock_configuration": "true"}
    if os.name == "posix":
        shown = runner.invoke(app, ["sql", "--db", str(small_ledger)])
        assert shown.exit_code == 0 and "duckdb -readonly" in shown.stdout
