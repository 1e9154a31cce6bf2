"""Shared by the crash, idempotence and security tests: run the real CLI in a process, and check a ledger.

``consistency_problems`` lists every way a ledger can be half-loaded (empty list: consistent);
``ledger_snapshot`` is the ledger's full content minus what differs between two runs by design
(run ids, timestamps, sequence ids, and the fetch log), so two ledgers can be compared whole.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import duckdb

from fetch.archive import Archive, CorruptBody
from tests.conftest import REPO
from warehouse.db import connect

CLI = REPO / ".venv" / "bin" / "reliefledger"
SAMPLE_REGISTRY = REPO / "samples" / "sources.toml"
# Tables that are a log of attempts, not content: a re-run adds rows there by design.
LOG_TABLES = {"fetches", "schema_version"}
_INTEGER_TYPES = {"BIGINT", "INTEGER", "UBIGINT", "HUGEINT"}


def cli_env(samples_url: str, **extra: str) -> dict[str, str]:
    """The environment of a `reliefledger` process run by a test: the test's Prefect API, no pacing."""
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ)
    env.update(RELIEFLEDGER_SAMPLES_URL=samples_url, RELIEFLEDGER_MIN_HOST_INTERVAL="0",
               RELIEFLEDGER_FETCH_RETRY_DELAY="0", PREFECT_LOGGING_LEVEL="WARNING")
    api = PREFECT_API_URL.value()
    if api:  # the session's test server (prefect_api): no temporary server per process
        env["PREFECT_API_URL"] = api
    env.update(extra)
    return env


def start_ingest(db: Path, env: dict[str, str], registry: Path = SAMPLE_REGISTRY, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([str(CLI), "ingest", "--sources", str(registry), "--db", str(db), *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=db.parent)


def run_ingest(db: Path, env: dict[str, str], registry: Path = SAMPLE_REGISTRY, *extra: str,
               timeout: float = 180) -> subprocess.CompletedProcess:
    process = start_ingest(db, env, registry, *extra)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"ingest did not finish in {timeout} s:\n{out}\n{err}") from None
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def wait_for(predicate, timeout: float, interval: float = 0.005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def _content_columns(con, table: str) -> list[str]:
    keep = []
    for name, data_type in con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [table]).fetchall():
        if name == "run_id" or name.endswith(("_run_id", "_at")):
            continue  # which run and when: differ between two runs by design
        if name.endswith("_id") and data_type in _INTEGER_TYPES:
            continue  # a sequence number: depends on how many rows came before, in any table
        keep.append(name)
    return keep


def _normalise(value):
    if isinstance(value, list):  # aggregated lists (documents, publishers) in any order
        return tuple(sorted(map(str, value)))
    return value


def ledger_snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every content table and figure_history, minus run ids, timestamps and sequence ids, sorted."""
    con = connect(db, read_only=True)
    try:
        tables = [row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1").fetchall()
            if row[0] not in LOG_TABLES]
        snapshot = {}
        for table in [*tables, "figure_history"]:
            columns = ", ".join(f'"{c}"' for c in _content_columns(con, table))
            rows = con.execute(f'SELECT {columns} FROM "{table}"').fetchall()  # names from the catalog
            snapshot[table] = sorted((tuple(_normalise(v) for v in row) for row in rows), key=repr)
        return snapshot
    finally:
        con.close()


def counts(db: Path) -> dict[str, int]:
    return {table: len(rows) for table, rows in ledger_snapshot(db).items()}


CONSISTENCY_QUERIES = {
    "document without a parse": """
        SELECT d.content_sha256 FROM documents d ANTI JOIN parses p USING (content_sha256)""",
    "parse without its document": """
        SELECT p.content_sha256 FROM parses p ANTI JOIN documents d USING (content_sha256)""",
    "parse with a different number of observations than it found": """
        SELECT p.content_sha256, p.parser, p.parser_version, p.figures, count(o.content_sha256)
        FROM parses p LEFT JOIN observations o
          ON o.content_sha256 = p.content_sha256 AND o.parser = p.parser AND o.parser_version = p.parser_version
        GROUP BY ALL HAVING count(o.content_sha256) <> p.figures""",
    "parse with a different number of condition reports than it found": """
        SELECT p.content_sha256, p.parser, p.parser_version, p.conditions, count(c.content_sha256)
        FROM parses p LEFT JOIN condition_reports c
          ON c.content_sha256 = p.content_sha256 AND c.parser = p.parser AND c.parser_version = p.parser_version
        GROUP BY ALL HAVING count(c.content_sha256) <> p.conditions""",
    "observation without its parse": """
        SELECT o.content_sha256 FROM observations o
        ANTI JOIN parses p ON o.content_sha256 = p.content_sha256 AND o.parser = p.parser
                          AND o.parser_version = p.parser_version""",
    "observation without its document": """
        SELECT o.content_sha256 FROM observations o ANTI JOIN documents d USING (content_sha256)""",
    "observation without its series": """
        SELECT o.series_key FROM observations o ANTI JOIN series_dim s USING (series_key)""",
    "condition report without its document": """
        SELECT c.content_sha256 FROM condition_reports c ANTI JOIN documents d USING (content_sha256)""",
    "fetch naming content that was never stored": """
        SELECT f.content_sha256 FROM fetches f
        WHERE f.content_sha256 IS NOT NULL
          AND f.content_sha256 NOT IN (SELECT content_sha256 FROM documents)""",
    "cursor moved without its load (no fetch of that source in that run)": """
        SELECT c.source_slug, c.run_id FROM cursors c
        ANTI JOIN fetches f ON f.source_slug = c.source_slug AND f.run_id = c.run_id""",
    "document of a source missing from the sources table": """
        SELECT source_slug FROM documents WHERE source_slug NOT IN (SELECT slug FROM sources)""",
}


def consistency_problems(db: Path, archive_root: Path | None = None) -> list[str]:
    """Everything half-loaded or lost in a ledger and its archive; [] when consistent.

    Opens the file as the next night would (read-write: DuckDB replays its WAL), then checks.
    """
    archive = Archive(archive_root or db.parent / "archive")
    problems = []
    try:
        connect(db).close()  # replays the WAL, migrates: what the next night's open does
    except Exception as exc:  # noqa: BLE001 (any failure to open is the finding)
        return [f"the ledger does not open: {exc!r}"]
    con = connect(db, read_only=True)
    try:
        for label, query in CONSISTENCY_QUERIES.items():
            rows = con.execute(query).fetchall()
            if rows:
                problems.append(f"{label}: {rows[:3]}")
        stored = con.execute("SELECT content_sha256, archive_path FROM documents").fetchall()
    finally:
        con.close()
    for sha256, archive_path in stored:
        if Path(archive_path) != archive.path_for(sha256):
            problems.append(f"document {sha256} archived at {archive_path}, not its hash's path")
        try:
            archive.get(sha256)
        except (FileNotFoundError, CorruptBody) as exc:
            problems.append(f"document {sha256}: its archived body is missing or corrupt: {exc}")
    problems.extend(archive_problems(archive.root))
    return problems


def archive_problems(root: Path) -> list[str]:
    """Files under a final name (not a dot-named temp file) that are not the body their name promises."""
    archive = Archive(root)
    problems = []
    if not root.exists():
        return problems
    for path in root.rglob("*"):
        if path.is_dir() or path.name.startswith("."):
            continue  # a temp file a crash left behind: never read, harmless
        sha256 = path.name.removesuffix(".gz")
        try:
            expected = archive.path_for(sha256)
        except ValueError:
            expected = None
        if path.relative_to(root) != expected:
            problems.append(f"unexpected file in the archive: {path.relative_to(root)}")
            continue
        try:
            archive.get(sha256)
        except CorruptBody as exc:
            problems.append(f"partial or corrupt file under its final name: {exc}")
    return problems


def stray_temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(".*") if p.is_file()] if root.exists() else []


def analyst_copy_opens(db: Path) -> bool | None:
    """None if there is no analyst copy; else whether it opens and reads."""
    from flows.writer import analyst_copy_path

    copy = analyst_copy_path(db)
    if not copy.exists():
        return None
    try:
        con = duckdb.connect(str(copy), read_only=True)
        try:
            con.execute("SELECT count(*) FROM documents").fetchall()
        finally:
            con.close()
    except duckdb.Error:
        return False
    return True
