"""SIGKILL the real `reliefledger ingest` in the middle of a load, or anywhere in a night.

Each kill is followed by the checks of tests/ledger_checks.py: the ledger opens, nothing is
half-loaded (a parse without its observations, an observation without its document, a cursor
moved without its load), no partial file sits in the archive under its final name; then the next
night runs to the end and the ledger equals, table by table, one from an uninterrupted night.

Where to kill is drawn from a seeded generator and every kill point is recorded (printed, and in
the test's ``record_property``), so a failure names the run that caused it. "In a load" is found
from outside the process: the ledger starts with its schema already in place and checkpointed,
so the DuckDB WAL file appears only when the night begins writing; the kill comes a random
0-1.2 s after that, which spans the loads of this registry (measured: they take ~1.2 s here).

The default suite runs 2 kills and one recovery; RELIEFLEDGER_CRASH_LOOPS=N runs N such rounds,
each with its own seed (RELIEFLEDGER_CRASH_SEED + round), for a longer soak.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from reliefledger.sample_server import SampleServer
from tests.ledger_checks import (SAMPLE_REGISTRY, analyst_copy_opens, cli_env, consistency_problems, counts, ledger_snapshot,
                                 run_ingest, start_ingest, stray_temp_files, wait_for)
from warehouse.db import connect

pytestmark = pytest.mark.flow

LOOPS = int(os.environ.get("RELIEFLEDGER_CRASH_LOOPS") or 1)
SEED = int(os.environ.get("RELIEFLEDGER_CRASH_SEED") or 20261126)
# The kills before each recovery: by default one night killed anywhere, then the next killed in a
# load (two kills, one recovery); the longer loop alternates that with a single kill in a load.
PLAN = [("night", "load"), ("load",)]


@pytest.fixture(scope="module")
def served(prefect_api):
    with SampleServer() as server:
        yield server


@pytest.fixture(scope="module")
def uninterrupted(served, tmp_path_factory):
    """The ledger after one night nobody killed (what every recovered ledger must equal), and how
    many requests and archived bodies that night makes: the ranges the kill points are drawn from."""
    from flows.nightly import nightly_ingest

    db = tmp_path_factory.mktemp("uninterrupted") / "ledger.duckdb"
    # In this process (the same flow the CLI runs, without a process start): only its content is used.
    previous = os.environ.get("RELIEFLEDGER_SAMPLES_URL")
    os.environ["RELIEFLEDGER_SAMPLES_URL"] = served.url
    served.requests.clear()
    try:
        outcomes = nightly_ingest(sources_file=str(SAMPLE_REGISTRY), db_path=str(db))
    finally:
        os.environ.pop("RELIEFLEDGER_SAMPLES_URL") if previous is None else os.environ.update(
            RELIEFLEDGER_SAMPLES_URL=previous)
    assert all(o.status == "ok" for o in outcomes), outcomes
    assert consistency_problems(db) == []
    return ledger_snapshot(db), len(served.requests), len(_archived(db.parent / "archive"))


def _archived(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.gz") if not p.name.startswith(".")] if root.exists() else []


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)


def _kill_at(mode: str, db: Path, env: dict, rng: random.Random, served: SampleServer,
             night_requests: int, night_bodies: int) -> dict:
    """Start a night and SIGKILL it at a drawn point; return where it died.

    The point is drawn in units of the night's own progress, seen from outside the process, so it
    lands as intended on a fast or a loaded machine:
    - "night": after the r-th request the sample server answered (r = 0: during start-up);
    - "load": once the k-th new body is in the archive, i.e. while that source is parsed and
      loaded (bodies are archived just before their source's load transaction), plus 0-0.3 s.
    """
    archive = db.parent / "archive"
    archived_before = len(_archived(archive))
    requests_before = len(served.requests)
    point: dict = {"mode": mode}
    process = start_ingest(db, env)
    started = time.monotonic()
    ended = lambda: process.poll() is not None  # noqa: E731
    if mode == "night":
        point["after_request"] = r = rng.randint(0, night_requests)
        if r == 0:
            time.sleep(rng.uniform(0.2, 2.0))
        else:
            wait_for(lambda: len(served.requests) - requests_before >= r or ended(), timeout=120)
            time.sleep(rng.uniform(0.0, 0.05))
    else:
        remaining = night_bodies - archived_before
        if remaining > 0:
            point["after_body"] = k = rng.randint(1, remaining)
            wait_for(lambda: len(_archived(archive)) - archived_before >= k or ended(), timeout=120)
        else:  # every body already archived by an earlier killed night: the first write of this one
            point["after_first_write"] = True
            wait_for(lambda: db.with_name(db.name + ".wal").exists() or ended(), timeout=120)
        time.sleep(rng.uniform(0.0, 0.3))
    point["finished_before_the_kill"] = ended()
    _kill(process)
    point["killed_at_s"] = round(time.monotonic() - started, 2)
    return point


def _where_it_died(db: Path, point: dict) -> dict:
    con = connect(db, read_only=True)
    try:
        point["sources_loaded"] = con.execute("SELECT count(DISTINCT source_slug) FROM fetches").fetchall()[0][0]
        point["documents"] = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    finally:
        con.close()
    return point


@pytest.mark.parametrize("plan_index", range(LOOPS))
def test_a_killed_night_leaves_a_consistent_ledger_and_the_next_night_completes_it(
        served, uninterrupted, tmp_path, plan_index, record_property):
    expected, night_requests, night_bodies = uninterrupted
    rng = random.Random(SEED + plan_index)
    kills = PLAN[plan_index % len(PLAN)]
    db = tmp_path / "ledger.duckdb"
    connect(db).close()  # the schema in place and checkpointed: the WAL appears only with the night's writes
    env = cli_env(served.url)
    points = []
    for mode in kills:
        point = _kill_at(mode, db, env, rng, served, night_requests, night_bodies)
        problems = consistency_problems(db)
        points.append(_where_it_died(db, point))
        print(f"kill {plan_index}.{len(points)}: {point}")
        assert problems == [], (point, problems)
        assert analyst_copy_opens(db) is not False, point
    record_property("kill_points", points)

    recovered = run_ingest(db, env)
    assert recovered.returncode == 0, (points, recovered.stdout, recovered.stderr)
    assert consistency_problems(db) == [], points
    after = ledger_snapshot(db)
    assert counts(db) == {table: len(rows) for table, rows in expected.items()}, points
    assert after == expected, points
    assert analyst_copy_opens(db) is True
    # A crash may leave a dot-named temp file in the archive; never one under a final name.
    assert all(p.name.startswith(".") and p.name.endswith(".tmp") for p in stray_temp_files(tmp_path / "archive"))
