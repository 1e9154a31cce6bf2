"""Opening the warehouse: one DuckDB file, migrated on every writable open.

DuckDB lets only one process hold a file read-write, and then no other process can open
it at all (not even read-only); the errors below say so in words an operator can act on.
"""

from __future__ import annotations

import ctypes
import functools
import os
from pathlib import Path

import duckdb

from warehouse.migrations import applied_versions, available_migrations, migrate

# Files written by DuckDB 2.x default to a format DuckDB 1.x cannot read; the duckdb CLI
# analysts install is 1.5, so keep the 1.5 storage format.
STORAGE_COMPATIBILITY = {"storage_compatibility_version": "v1.5.0"}
DEFAULT_DB = Path("data") / "reliefledger.duckdb"
# DuckDB's own memory for a writer (the nightly, re-parse, backfill, the CLI's writes), if the
# operator caps it: DuckDB's default is 80% of the machine, and its buffer pool keeps the pages a
# night read or wrote until then (a night's RSS grew ~8 MB a source). A cap evicts them and makes
# big joins spill to `<db>.tmp`; but whole-ledger computations (rebuild_figures_latest, the
# computed views) need more than 256 MB at 1M observations and fail under a low cap, so none by default.
MEMORY_LIMIT_VARIABLE = "RELIEFLEDGER_DUCKDB_MEMORY_LIMIT"


class WarehouseError(Exception):
    """A warehouse problem explained for the person running reliefledger."""


def default_db_path() -> Path:
    """``$RELIEFLEDGER_DB`` if set, else ``data/reliefledger.duckdb`` under the current folder."""
    return Path(os.environ.get("RELIEFLEDGER_DB") or DEFAULT_DB)


def connect(path: str | Path | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; writable opens create the file and apply pending migrations."""
    db_path = Path(path) if path is not None else default_db_path()
    if read_only:
        return _open_read_only(db_path)
    if str(db_path) != ":memory:":
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"cannot create the folder for the database {db_path}: {exc.strerror or exc}") from exc
    con = _open(db_path, read_only=False, config=STORAGE_COMPATIBILITY | writer_memory_settings())
    try:
        migrate(con)
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"cannot bring the database at {db_path} up to date: {exc}") from exc
    return con


def writer_memory_settings() -> dict[str, str]:
    """DuckDB's ``memory_limit`` for writers from ``$RELIEFLEDGER_DUCKDB_MEMORY_LIMIT`` (e.g. ``512MB``), if set."""
    limit = os.environ.get(MEMORY_LIMIT_VARIABLE, "").strip()
    return {"memory_limit": limit} if limit else {}


def _open_read_only(db_path: Path) -> duckdb.DuckDBPyConnection:
    if not db_path.is_file():
        raise WarehouseError(f"no database at {db_path}; run `reliefledger ingest` first")
    con = _open(db_path, read_only=True, config={})
    # A read-only session cannot migrate; an old file would fail later on a missing view.
    try:
        applied = applied_versions(con)
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"{db_path} is not a reliefledger database: {exc}") from exc
    if not applied:
        con.close()
        raise WarehouseError(f"{db_path} is not a reliefledger database (it has no schema_version table)")
    missing = [m.version for m in available_migrations() if m.version not in applied]
    if missing:
        con.close()
        raise WarehouseError(
            f"the database at {db_path} predates schema version(s) {missing}; "
            "run `reliefledger ingest` once to upgrade it"
        )
    return con


def _open(db_path: Path, *, read_only: bool, config: dict[str, str]) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(db_path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseError(
                f"the database at {db_path} is in use by another process (DuckDB allows one writer and "
                "no readers beside it); close other sessions on it, such as a duckdb shell, and retry"
            ) from exc
        raise WarehouseError(f"cannot open the database at {db_path}: {exc}") from exc
    except duckdb.ConnectionException as exc:
        # Same process, same file, opened read-write and read-only at once.
        raise WarehouseError(
            f"the database at {db_path} is already open in this process in another mode; "
            "close that connection first"
        ) from exc
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot open the database at {db_path}: {exc}") from exc


# DuckDB's allocator (jemalloc, in its Linux wheels) keeps the pages a query freed for the next
# allocations and gives them back to the system only later: the loads of a night's sources and its
# end-of-night queries piled up in the process. On a first night of 10,000 documents it grew from
# 230 to ~480 MB over 20 sources, while DuckDB itself held ~7 MB between them (duckdb_memory()),
# and its checks' chunks stacked likewise. Handing the pages back after each step bounds the
# process by its biggest step (the same night with this: ~275 MB between sources). The wheels
# export jemalloc's control function as ``duckdb_je_mallctl``; where there is none (macOS,
# Windows, musl builds) this does nothing.
_ALL_ARENAS = 4096  # jemalloc's MALLCTL_ARENAS_ALL


@functools.cache
def _duckdb_mallctl():
    try:
        import _duckdb  # the compiled module the duckdb package wraps

        mallctl = ctypes.CDLL(_duckdb.__file__).duckdb_je_mallctl
    except (ImportError, OSError, AttributeError):
        return None
    mallctl.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    mallctl.restype = ctypes.c_int
    return mallctl


def release_freed_memory() -> bool:
    """Give DuckDB's freed pages back to the system now; False where its allocator cannot be told to."""
    mallctl = _duckdb_mallctl()
    return mallctl is not None and mallctl(f"arena.{_ALL_ARENAS}.purge".encode(), None, None, None, 0) == 0
