"""One writer at a time, and a copy of the ledger analysts can read while the writer works.

DuckDB lets one process hold a file read-write and then no other process may open it, not even
read-only. So every writer (nightly, reparse, backfill) takes ``<db>.lock`` first: a second
writer waits for the first instead of failing on DuckDB's lock. After a successful run, still
holding the lock with its own connection closed, the writer publishes ``<stem>.analyst.duckdb``
next to the ledger: copied to a temporary file in the same folder, then renamed over the old copy
in one step, so an analyst opens either last night's copy or tonight's, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from warehouse.db import WarehouseError

# How long a writer waits for another to finish: longer than a slow night, short enough to be noticed.
DEFAULT_LOCK_TIMEOUT = 2 * 3600.0


class WriterBusy(RuntimeError):
    """Another writer kept the ledger longer than this one would wait."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def analyst_copy_path(db: Path) -> Path:
    """``data/reliefledger.duckdb`` → ``data/reliefledger.analyst.duckdb``."""
    return db.with_name(f"{db.stem}.analyst{db.suffix or '.duckdb'}")


def lock_timeout() -> float:
    """Seconds to wait for the writer's lock: ``$RELIEFLEDGER_LOCK_TIMEOUT``, else two hours."""
    return float(os.environ.get("RELIEFLEDGER_LOCK_TIMEOUT") or DEFAULT_LOCK_TIMEOUT)


@contextlib.contextmanager
def single_writer(db: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the ledger's writer lock for the block; wait up to ``timeout`` seconds for it, then raise WriterBusy."""
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot create the folder of the database {db}: {exc.strerror or exc}") from exc
    wait = lock_timeout() if timeout is None else timeout
    lock = FileLock(str(lock_path(db)), timeout=wait)
    try:
        lock.acquire()
    except Timeout as exc:
        raise WriterBusy(f"another reliefledger run has been writing {db} for more than {wait:.0f} s "
                         f"(lock {lock_path(db)}); retry later or raise RELIEFLEDGER_LOCK_TIMEOUT") from exc
    try:
        yield
    finally:
        lock.release()


def publish_analyst_copy(db: Path) -> Path:
    """Atomically replace the analyst copy with the ledger as it is now. Call with the writer's connection closed."""
    target = analyst_copy_path(db)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=db.parent)
    os.close(handle)
    try:
        shutil.copyfile(db, temporary)
        shutil.copymode(db, temporary)  # mkstemp made it owner-only: analysts read it as they read the ledger
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
