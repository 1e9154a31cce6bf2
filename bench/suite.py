"""The benchmark suite: ``python -m bench.suite`` (``make bench``) — a table on stdout, JSON in bench/results/.

Stage by stage and end to end, each measure taken ``--repeat`` times (min / median / max):

- extraction MB/s on one core (bench/extraction.py's corpus and timer);
- the nightly flow (a real Prefect flow run on a temporary Prefect API) over a synthetic archive
  of ``--sizes`` documents served by a real server on 127.0.0.1 (bench/server.py): documents per
  second fetch → archive → parse → load, observations per second, peak memory, the share of the
  night Prefect itself takes, then a second night with nothing new (one 304 per source);
- the Dask re-parse of that archive (flows/reparse.py) on 1 and 2 workers, and the speed-up;
- the loader (warehouse/load.py) over ``--load-observations`` observations in per-source batches;
- query latency of ``figures_latest``, ``figure_history`` (one series) and ``figures_across_sources``
  on synthetic ledgers of ``--observations`` rows (bench/ledger.py), and the cost of one more
  document there (the incremental refresh of the stored ``figures_latest``).

Each night and re-parse runs in a child process of its own so its peak memory (ru_maxrss) is
its own. Sizes: 1k and 10k documents by default; ``--with-100k`` adds 100k (about an hour here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
DOCS_PER_FEED = 500  # the feed adapter remembers 500 entry ids: more per feed would be re-listed
TARGETS = {
    "extraction_mb_per_s_per_core": ">= 5",
    "night_10k_new_documents_s": "< 60",
    "night_nothing_new_s": "< 10",
    "load_1m_observations_s": "< 10",
    "figures_latest_at_10m_observations_ms": "< 100",
}


def spread(values: list[float]) -> dict[str, float]:
    """min / median / max of several runs, and the runs themselves."""
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "runs": list(values)}


def machine() -> dict:
    import dask
    import duckdb
    import prefect

    return {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "duckdb": duckdb.__version__, "prefect": prefect.__version__, "dask": dask.__version__,
            "load_average_at_start": list(os.getloadavg())}


# --- extraction ---------------------------------------------------------------------------------

def bench_extraction(size_mb: float, repeat: int) -> dict:
    from bench.extraction import synthetic_corpus, time_extraction

    timed = time_extraction(synthetic_corpus(size_mb), repeat)
    return {"megabytes": timed["megabytes"], "documents": timed["documents"], "figures": timed["figures"],
            "mb_per_s_per_core": spread([timed["megabytes"] / r["wall_s"] for r in timed["runs"]]),
            "mb_per_s_cpu": spread([timed["megabytes"] / max(r["cpu_s"], 1e-9) for r in timed["runs"]])}


# --- nights and re-parse, each in a child process -----------------------------------------------

def write_registry(path: Path, server_url: str, sources: int) -> None:
    blocks = [f'[bench-{s}]\npublisher = "Synthetic publisher {s}"\nurl = "{server_url}/feed/{s}.xml"\n'
              f'kind = "rss"\nparser = "auto"\nfamilies = ["casualties", "hospitals", "detention"]\n'
              f'enabled = true\ncadence = "daily"\nterms = "benchmark"\n' for s in range(sources)]
    path.write_text("\n".join(blocks), encoding="utf-8")


def child(command: list[str]) -> dict:
    """Run ``python -m bench.suite <command>`` and return the JSON it prints last."""
    env = dict(os.environ, RELIEFLEDGER_MIN_HOST_INTERVAL="0", PYTHONPATH=str(REPO))
    from prefect.settings import PREFECT_API_URL

    env["PREFECT_API_URL"] = PREFECT_API_URL.value() or env.get("PREFECT_API_URL", "")
    done = subprocess.run([sys.executable, "-m", "bench.suite", *command], cwd=REPO, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"bench child {command[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# Stored figures_latest rows that differ from the definition recomputed from scratch (since 008
# both break ties the same way, so any difference is a stale row).
STALE_LATEST = """
    SELECT count(*) FROM (FROM figures_latest EXCEPT ALL FROM figures_latest_without_run(NULL))
"""


def run_child_night(db: str, archive: str, sources_file: str) -> dict:
    """(In the child) one real nightly flow run; its wall time, task times and peak memory."""
    import duckdb
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.nightly import nightly_ingest

    started = time.perf_counter()
    state = nightly_ingest(sources_file=sources_file, db_path=db, archive_dir=archive, return_state=True)
    wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(run_id)
        task_runs, offset = [], 0
        while batch := client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id])),
                                             offset=offset, limit=200):
            task_runs += batch
            offset += len(batch)
    in_tasks = sum(t.total_run_time.total_seconds() for t in task_runs)
    # The flow body's own work after the tasks (the night's summary queries, the analyst copy),
    # timed again here on the same ledger: real work, not orchestration.
    body_started = time.perf_counter()
    from flows.writer import publish_analyst_copy
    from flows.morning import FINDINGS_SHOWN, MAX_EVENTS_PER_KIND, MAX_NEW_FIGURE_ROWS
    from warehouse.queries import (changed_series, first_consistency_problems_in_run, first_revisions_in_run,
                                   new_figures, source_freshness_for_night)

    con = duckdb.connect(db)
    changed = len(changed_series(con, str(run_id)))  # the same questions as flows/nightly.py asks
    new_figures(con, str(run_id), limit=MAX_NEW_FIGURE_ROWS + 1)
    source_freshness_for_night(con)
    shown = max(FINDINGS_SHOWN, MAX_EVENTS_PER_KIND)
    first_revisions_in_run(con, str(run_id), first=shown, first_of_kind=MAX_EVENTS_PER_KIND)
    first_consistency_problems_in_run(con, str(run_id), first=shown, first_of_kind=MAX_EVENTS_PER_KIND)
    counts = dict(zip(("documents", "observations", "stored_latest", "stale_latest"), con.execute(
        f"""SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM observations),
                   (SELECT count(*) FROM figures_latest), ({STALE_LATEST})"""
    ).fetchall()[0]))
    con.close()
    publish_analyst_copy(Path(db))
    body = time.perf_counter() - body_started
    return {"wall_s": wall, "flow_state": state.type.value, "flow_run_time_s": flow_run.total_run_time.total_seconds(),
            "task_runs": len(task_runs), "in_tasks_s": in_tasks, "flow_body_work_s": body,
            "orchestration_s": max(0.0, wall - in_tasks - body), "peak_rss_mb": peak_mb,
            "changed_series": changed, **counts}


def run_child_reparse(db: str, archive: str, workers: int) -> dict:
    """(In the child) the Dask re-parse of every document, on a LocalCluster of ``workers`` processes."""
    import duckdb
    from dask.distributed import LocalCluster

    from flows.reparse import dask_runner, reparse

    # Mark every parse as made by an older parser version, so the re-parse reads the whole archive.
    con = duckdb.connect(db)
    for table in ("parses", "observations", "condition_reports"):
        con.execute(f"UPDATE {table} SET parser_version = 'bench-old'")
    con.close()
    cluster_started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        cluster_s = time.perf_counter() - cluster_started
        started = time.perf_counter()
        outcomes = reparse.with_options(task_runner=dask_runner(cluster.scheduler_address))(
            db_path=db, archive_dir=archive)
        wall = time.perf_counter() - started
    documents = duckdb.connect(db, read_only=True).execute(
        "SELECT count(*) FROM parses WHERE parser_version <> 'bench-old'").fetchall()[0][0]
    return {"wall_s": wall, "cluster_start_s": cluster_s, "documents": documents,
            "new_figures": sum(o.new_figures for o in outcomes), "peak_rss_mb":
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def bench_nights(size: int, repeat: int, workdir: Path, reparse_workers: tuple[int, ...]) -> dict:
    from bench.server import ArchiveServer

    sources = max(1, -(-size // DOCS_PER_FEED))
    new, unchanged, reparses = [], [], {w: [] for w in reparse_workers}
    with ArchiveServer(size, sources) as server:
        for run in range(repeat):
            folder = workdir / f"night-{size}-{run}"
            folder.mkdir(parents=True)
            registry = folder / "sources.toml"
            write_registry(registry, server.url, sources)
            db, archive = str(folder / "ledger.duckdb"), str(folder / "archive")
            server.reset_counts()
            new.append(child(["_night", db, archive, str(registry)]) | {"requests": dict(server.counts)})
            server.reset_counts()
            unchanged.append(child(["_night", db, archive, str(registry)]) | {"requests": dict(server.counts)})
            for workers in reparse_workers:
                copy = folder / f"reparse-{workers}.duckdb"
                shutil.copyfile(db, copy)
                reparses[workers].append(child(["_reparse", str(copy), archive, str(workers)]))
                copy.unlink()
            shutil.rmtree(folder)
    first = new[0]
    result = {
        "documents": size, "sources": sources, "observations": first["observations"],
        "night_new": {
            "wall_s": spread([r["wall_s"] for r in new]),
            "documents_per_s": spread([size / r["wall_s"] for r in new]),
            "observations_per_s": spread([r["observations"] / r["wall_s"] for r in new]),
            "peak_rss_mb": spread([r["peak_rss_mb"] for r in new]),
            "task_runs": first["task_runs"],
            "in_tasks_s": spread([r["in_tasks_s"] for r in new]),
            "flow_body_work_s": spread([r["flow_body_work_s"] for r in new]),
            "orchestration_s": spread([r["orchestration_s"] for r in new]),
            "orchestration_share": spread([r["orchestration_s"] / r["wall_s"] for r in new]),
            "requests": first["requests"], "flow_state": first["flow_state"],
            "stored_latest_matches_view": all(r["stale_latest"] == 0 for r in new),
        },
        "night_nothing_new": {
            "wall_s": spread([r["wall_s"] for r in unchanged]),
            "peak_rss_mb": spread([r["peak_rss_mb"] for r in unchanged]),
            "orchestration_share": spread([r["orchestration_s"] / r["wall_s"] for r in unchanged]),
            "requests": unchanged[0]["requests"], "new_documents": unchanged[0]["documents"] - first["documents"],
            "flow_state": unchanged[0]["flow_state"],
        },
        "reparse": {},
    }
    for workers, runs in reparses.items():
        result["reparse"][f"workers_{workers}"] = {
            "wall_s": spread([r["wall_s"] for r in runs]),
            "documents_per_s": spread([r["documents"] / r["wall_s"] for r in runs]),
            "cluster_start_s": spread([r["cluster_start_s"] for r in runs]),
            "documents": runs[0]["documents"], "peak_rss_mb": spread([r["peak_rss_mb"] for r in runs]),
        }
    if {1, 2} <= set(reparses):
        result["reparse"]["speedup_1_to_2_workers"] = (result["reparse"]["workers_1"]["wall_s"]["median"]
                                                       / result["reparse"]["workers_2"]["wall_s"]["median"])
    return result


# --- the loader ---------------------------------------------------------------------------------

def synthetic_loads(observations: int, per_load: int, figures_per_document: int = 20):
    """SourceLoads of ``per_load`` observations each (one source's night), built outside any timer."""
    from parsers.models import Figure, ParsedDocument
    from warehouse.records import DocumentRecord, FetchAttemptRecord, FetchRecord, SourceLoad

    at = dt.datetime(2024, 2, 1, 6, tzinfo=dt.UTC)
    made, number, loads = 0, 0, 0
    while made < observations:
        # one source per load, as the nightly loads them; 50 sources, 20 series each
        slug, documents, fetches = f"src{loads % 50}", [], []
        loads += 1
        for _ in range(max(1, per_load // figures_per_document)):
            sha = f"{number:064x}"
            figures = [Figure("casualties", "killed", 1000.0 + number + k, group=("all", "children", "women")[k % 3],
                              population="palestinians", location=f"Place {k}", period="cumulative",
                              as_of=dt.date(2024, 1, 1) + dt.timedelta(days=number // 50),
                              quote=f"{1000 + number + k} killed", char_start=10 * k, char_end=10 * k + 5)
                       for k in range(figures_per_document)]
            url = f"http://127.0.0.1/{slug}/{number}"
            documents.append(DocumentRecord(sha, slug, f"Publisher {slug}", url, "text/plain", 4000, f"a/{sha}", at,
                                            "text", "1.0", ParsedDocument(text="", figures=figures)))
            fetches.append(FetchRecord(slug, url, url, False, sha, '"e"', None, None,
                                       [FetchAttemptRecord(at, 5.0, 200, 4000, None)]))
            number += 1
            made += figures_per_document
        yield SourceLoad(slug, "bench-load", fetches, documents)


def bench_loader(observations: int, per_load: int, repeat: int, workdir: Path) -> dict:
    from warehouse.db import connect
    from warehouse.load import load_source

    runs = []
    for run in range(repeat):
        db = workdir / f"load-{run}.duckdb"
        con = connect(db)
        seconds, loaded = 0.0, 0
        for load in synthetic_loads(observations, per_load):
            started = time.perf_counter()
            loaded += load_source(con, load).new_observations
            seconds += time.perf_counter() - started
        con.close()
        db.unlink()
        runs.append((seconds, loaded))
    return {"observations": runs[0][1], "per_load": per_load, "wall_s": spread([s for s, _ in runs]),
            "observations_per_s": spread([n / s for s, n in runs])}


# --- queries on big synthetic ledgers -------------------------------------------------------------

QUERIES = {
    "figures_latest": "SELECT * FROM figures_latest",  # mostly the cost of making Python tuples of every row
    "figures_latest_read_in_duckdb": "SELECT count(*), sum(length(quote)), max(last_seen_at) FROM figures_latest",
    "figures_latest_one_metric": "SELECT * FROM figures_latest WHERE metric = 'killed' AND location = 'Gaza Strip'",
    "figure_history_one_series": "SELECT * FROM figure_history WHERE series_key = 'src7/42' ORDER BY as_of",
    "figures_across_sources_one_day": "SELECT * FROM figures_across_sources WHERE as_of = DATE '2024-01-15'",
    "figures_across_sources_all": "SELECT count(*) FROM figures_across_sources",
    "figures_latest_recomputed": "SELECT * FROM figures_latest_without_run(NULL)",
}
# Whole-ledger computations (tens of seconds at 10M): timed once, cold.
HEAVY_QUERIES = {"figures_across_sources_all", "figures_latest_recomputed"}


def bench_queries(observations: int, repeat: int, workdir: Path) -> dict:
    from bench.ledger import fill
    from warehouse.db import connect
    from warehouse.load import load_source
    from warehouse.queries import changed_series

    db = workdir / f"ledger-{observations}.duckdb"
    con = connect(db)
    started = time.perf_counter()
    counts = fill(con, observations)
    fill_s = time.perf_counter() - started
    latency = {}
    for name, sql in QUERIES.items():
        heavy = name in HEAVY_QUERIES
        if not heavy:
            con.execute(sql).fetchall()  # warm: the first read of a fresh file pays for its pages
        times = []
        for _ in range(1 if heavy else repeat):
            started = time.perf_counter()
            rows = len(con.execute(sql).fetchall())
            times.append((time.perf_counter() - started) * 1000)
        latency[name] = {"ms": spread(times), "rows": rows}
    one_more, changed = [], []
    for run in range(repeat):  # one more document into this ledger: the incremental refresh's cost
        load = next(synthetic_loads(20, 20))
        load.run_id = f"bench-extra-{run}"
        for doc in load.documents:
            doc.content_sha256 = f"extra-{run}-{doc.content_sha256}"
        started = time.perf_counter()
        load_source(con, load)
        one_more.append((time.perf_counter() - started) * 1000)
        # what the night asks next: which series that document changed (old -> new values)
        started = time.perf_counter()
        changed_series(con, load.run_id)
        changed.append((time.perf_counter() - started) * 1000)
    con.close()
    size_mb = db.stat().st_size / 1e6
    db.unlink()
    return {"observations": counts["observations"], "documents": counts["documents"],
            "series": counts["series_dim"], "file_mb": size_mb, "generate_s": fill_s,
            "latency": latency, "load_one_document_ms": spread(one_more),
            "changed_series_one_document_ms": spread(changed)}


# --- the report -----------------------------------------------------------------------------------

def table(results: dict) -> str:
    rows = [("measure", "unit", "min", "median", "max")]

    def add(name: str, unit: str, s: dict, scale: float = 1.0) -> None:
        rows.append((name, unit, *(f"{s[k] * scale:,.3f}" for k in ("min", "median", "max"))))

    add("extraction (1 core)", "MB/s", results["extraction"]["mb_per_s_per_core"])
    for size, r in results["nights"].items():
        n = r["night_new"]
        add(f"night, {size} new docs", "s", n["wall_s"])
        add(f"  fetch>archive>parse>load {size}", "docs/s", n["documents_per_s"])
        add(f"  observations {size}", "obs/s", n["observations_per_s"])
        add(f"  peak memory {size}", "MB", n["peak_rss_mb"])
        add(f"  orchestration share {size}", "%", n["orchestration_share"], 100)
        add(f"night, nothing new ({size} docs held)", "s", r["night_nothing_new"]["wall_s"])
        add(f"  peak memory, nothing new {size}", "MB", r["night_nothing_new"]["peak_rss_mb"])
        for workers, rp in r["reparse"].items():
            if isinstance(rp, dict):
                add(f"dask re-parse {size}, {workers.replace('_', ' ')}", "s", rp["wall_s"])
        if "speedup_1_to_2_workers" in r["reparse"]:
            rows.append((f"  re-parse speed-up 1->2 workers {size}", "x",
                         "", f"{r['reparse']['speedup_1_to_2_workers']:.2f}", ""))
    lo = results["loader"]
    add(f"load {lo['observations']:,} observations", "s", lo["wall_s"])
    add("  loader throughput", "obs/s", lo["observations_per_s"])
    for size, q in results["queries"].items():
        for name, timing in q["latency"].items():
            add(f"{name} @ {size} obs", "ms", timing["ms"])
        add(f"load one more document @ {size} obs", "ms", q["load_one_document_ms"])
        add(f"  its changed series @ {size} obs", "ms", q["changed_series_one_document_ms"])
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return "\n".join("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                     for row in rows)


def main(argv: list[str] | None = None) -> dict:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="1000,10000", help="archive sizes in documents, comma-separated")
    options.add_argument("--with-100k", action="store_true", help="add a 100,000-document archive (about an hour)")
    options.add_argument("--observations", default="1000000,10000000", help="ledger sizes for the query latencies")
    options.add_argument("--load-observations", type=int, default=1_000_000)
    options.add_argument("--load-batch", type=int, default=100_000, help="observations per load (one source's night)")
    options.add_argument("--extraction-mb", type=float, default=5.0)
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--night-repeat", type=int, default=2, help="runs of each night (the slow measures)")
    options.add_argument("--reparse-workers", default="1,2")
    options.add_argument("--out", type=Path, default=None, help="JSON file (default bench/results/suite-<time>.json)")
    options.add_argument("--workdir", type=Path, default=None, help="scratch folder (default: a temporary one)")
    args = options.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([100_000] if args.with_100k else [])
    workers = tuple(int(w) for w in args.reparse_workers.split(",") if w)
    started = dt.datetime.now(dt.UTC)
    out = args.out or RESULTS / f"suite-{started:%Y%m%dT%H%M%S}.json"
    results = {"when": started.isoformat(timespec="seconds"), "machine": machine(), "targets": TARGETS,
               "options": {k: str(v) for k, v in vars(args).items()}}
    with ExitStack() as stack:
        workdir = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rl-bench-")))
        workdir.mkdir(parents=True, exist_ok=True)
        stack.enter_context(prefect_api())
        results["extraction"] = bench_extraction(args.extraction_mb, args.repeat)
        results["nights"] = {str(size): bench_nights(size, args.night_repeat, workdir, workers) for size in sizes}
        results["loader"] = bench_loader(args.load_observations, args.load_batch, args.repeat, workdir)
        results["queries"] = {str(n): bench_queries(int(n), args.repeat, workdir)
                              for n in args.observations.split(",") if n}
    results["machine"]["load_average_at_end"] = list(os.getloadavg())
    results["seconds"] = (dt.datetime.now(dt.UTC) - started).total_seconds()
    print(table(results))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    if out.resolve().parent == RESULTS:  # the newest run, under a name a comparison can rely on
        shutil.copyfile(out, RESULTS / "suite-latest.json")
    print(f"written to {out} (load average {results['machine']['load_average_at_start'][0]:.1f} at the start: "
          "other work on the machine slows every figure)")
    return results


def prefect_api():
    """A temporary Prefect API for the nights, unless one is configured already (e.g. by the tests)."""
    from contextlib import nullcontext

    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return nullcontext()
    # the temporary server's telemetry only fills the log with "cannot reach" errors offline
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    return prefect_test_harness(server_startup_timeout=120)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_night":
        print(json.dumps(run_child_night(*sys.argv[2:5])))
    elif len(sys.argv) > 1 and sys.argv[1] == "_reparse":
        print(json.dumps(run_child_reparse(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        main()
