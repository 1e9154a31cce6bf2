"""The nightly flow: for every enabled source, fetch → archive → parse → load, then summarise.

One failing source never stops the others; once every source was tried, the run fails if any
source failed, and says which.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import contextvars
import dataclasses
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_progress_artifact, update_progress_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from fetch.adapters import adapter_for
from fetch.archive import Archive
from fetch.http import Fetcher, FetchPolicy
from flows.parsing import ParsePool
from flows.steps import (FetchLog, Parse, SourceOutcome, StartedLoad, all_failed_transiently, build_load,
                         discover_and_fetch, finish_load, load_or_keep_fetches, night_label, note_fetch_problems,
                         parse_in_turn, settle_status, start_load, stored_validators)
from flows.morning import (FINDINGS_SHOWN, MAX_EVENTS_PER_KIND, MAX_NEW_FIGURE_ROWS, emit_night_events,
                           freshness_table, plot_changes, publish_tables, render_findings, render_plots)
from flows.summary import render_summary
from flows.writer import publish_analyst_copy, single_writer
from reliefledger.registry import Source, load_registry
from warehouse.db import connect, default_db_path
from warehouse.load import source_cursor, upsert_sources
from warehouse.queries import (changed_series, first_consistency_problems_in_run, first_revisions_in_run,
                               new_figures, release_freed_memory, source_freshness_for_night)

# A source still failing after the HTTP layer's quick retries gets one more try, this much later.
FETCH_TASK_RETRY_DELAY = float(os.environ.get("RELIEFLEDGER_FETCH_RETRY_DELAY", "30"))
# At most one request per host per this many seconds (the demo's own local server needs no pacing).
MIN_HOST_INTERVAL = float(os.environ.get("RELIEFLEDGER_MIN_HOST_INTERVAL", "1"))


class TransientFetchError(RuntimeError):
    """Raised inside the fetch task so Prefect retries it; the result is kept in the FetchLog."""


class NightFailed(RuntimeError):
    """Some sources failed tonight (the others were loaded)."""

    def __init__(self, outcomes: list[SourceOutcome]):
        self.outcomes = outcomes
        failed = [o for o in outcomes if o.status == "failed"]
        reasons = "; ".join(f"{o.slug}: {' / '.join(o.errors) or 'failed'}" for o in failed)
        super().__init__(f"{len(failed)} of {len(outcomes)} sources failed: {reasons}")


@task(name="fetch", task_run_name="fetch-{source.slug}", retries=1,
      retry_delay_seconds=FETCH_TASK_RETRY_DELAY, cache_policy=NO_CACHE,
      retry_condition_fn=lambda task, run, state: isinstance(state.result(raise_on_failure=False),
                                                            TransientFetchError))
def fetch_source(source: Source, fetcher: Fetcher, con, log: FetchLog, fresh_cursor: bool = False) -> None:
    validators = stored_validators(con, source.slug)  # what warehouse.load.last_validators says, for every URL
    discover_and_fetch(source, fetcher, {} if fresh_cursor else source_cursor(con, source.slug),
                       lambda url: validators.get(url, (None, None)), log)
    if all_failed_transiently(log):
        raise TransientFetchError(f"{source.slug}: {log.requests[-1].error}")


@task(name="load", task_run_name="load-{source.slug}", cache_policy=NO_CACHE)
def archive_parse_load(source: Source, log: FetchLog, archive: Archive, con, run_id: str,
                       outcome: SourceOutcome, parse: Parse = parse_in_turn,
                       started: concurrent.futures.Future[StartedLoad] | None = None) -> SourceOutcome:
    # ``started``: the source's bodies were handed to ``parse`` as soon as they were fetched (a failure
    # to do so is raised here, as this task's own). One transaction: all of this source's night, or
    # its fetch attempts and the reason.
    if started is None:
        load = build_load(source, log, archive, run_id, outcome, parse)
    else:
        load = finish_load(source, archive, run_id, outcome, started.result(), log)
    return load_or_keep_fetches(con, load, outcome)


def ingest_one(source: Source, fetcher: Fetcher, archive: Archive, con, run_id: str,
               fresh_cursor: bool = False, parse: Parse = parse_in_turn) -> SourceOutcome:
    fetched = fetch_one(source, fetcher, con, fresh_cursor)
    return load_one(fetched, archive, con, run_id, parse)


@dataclasses.dataclass
class Fetched:
    """One source's fetch stage done: its outcome so far and its log (None: skipped, nothing to load)."""

    source: Source
    outcome: SourceOutcome
    log: FetchLog | None
    # its bodies already handed to the parsers (see ``start_parsing``), or None: parsed by the load task
    started: concurrent.futures.Future[StartedLoad] | None = None


def fetch_one(source: Source, fetcher: Fetcher, con, fresh_cursor: bool = False,
              listed: Callable[[int], None] | None = None) -> Fetched:
    """The fetch task of one source and what its failure means for the source (never raises).

    ``listed`` is told how many items the source's listing found, before their bodies are fetched.
    """
    outcome = SourceOutcome(slug=source.slug)
    try:
        adapter_for(source)
    except ValueError as exc:
        outcome.status = "skipped"
        outcome.errors.append(str(exc))
        return Fetched(source, outcome, None)
    log = FetchLog(listed)
    try:
        fetch_source(source, fetcher, con, log, fresh_cursor)
    except TransientFetchError:
        pass  # recorded in the log, loaded below as failed attempts
    except Exception as exc:  # a bug in one source's fetch must not stop the night
        outcome.status = "failed"
        outcome.errors.append(f"fetch crashed: {exc!r}")
    note_fetch_problems(outcome, log)
    return Fetched(source, outcome, log)


def load_one(fetched: Fetched, archive: Archive, con, run_id: str, parse: Parse = parse_in_turn) -> SourceOutcome:
    """The load task of one fetched source (archive, parse, load) and its final status (never raises)."""
    source, outcome, log = fetched.source, fetched.outcome, fetched.log
    if log is None:
        return outcome
    try:
        archive_parse_load(source, log, archive, con, run_id, outcome, parse, fetched.started)
    except Exception as exc:  # e.g. the fetch rows themselves could not be stored
        outcome.status = "failed"
        outcome.errors.append(f"load failed: {exc!r}")
    settle_status(outcome, log)
    return outcome


def start_parsing(fetched: Fetched, archive: Archive, parse: Parse) -> Fetched:
    """Hand a fetched source's new bodies to ``parse`` now, before its load task; a failure is kept for that task."""
    if fetched.log is not None:
        fetched.started = concurrent.futures.Future()
        try:
            fetched.started.set_result(start_load(fetched.source, fetched.log, archive, fetched.outcome, parse))
        except Exception as exc:
            fetched.started.set_exception(exc)
    return fetched


def ingest_in_turn(sources: list[Source], fetcher: Fetcher, archive: Archive, con, run_id: str,
                   fresh_cursor: bool = False, *, parse_workers: int | None = None,
                   pool: ParsePool | None = None) -> Iterator[SourceOutcome]:
    """The default way through a night's sources: loaded one after another, in the flow's own process.

    While a source is archived, parsed and loaded, the next source is already being fetched, on a
    thread of the flow (its fetch task reads the ledger through a connection of its own, and only
    that source's committed rows: its cursor and validators), and its bodies are handed to the parse
    workers as soon as the current source's parses are done (not once it is loaded). Waiting on the
    network, parsing and loading then overlap instead of taking turns; at most two sources' bodies
    are in memory at once, and sources are still loaded one at a time, in registry order, each in
    its own transaction.

    A source with many new bodies has them parsed on ``parse_workers`` other processes (default:
    ``RELIEFLEDGER_PARSE_WORKERS``, else one per core; 0: all in the flow): flows/parsing.py.
    The pool starts with the first such source and stops when the night's sources are done
    (a ``pool`` given by the caller is the caller's to close).
    """
    with contextlib.ExitStack() as night:
        if pool is None:
            pool = night.enter_context(ParsePool(parse_workers))
        reader = con.cursor()  # the fetch thread's own connection: the load holds ``con`` in its transaction
        night.callback(reader.close)
        fetching = night.enter_context(concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="fetch-ahead"))

        def fetch_ahead(source: Source) -> concurrent.futures.Future[Fetched]:
            # The fetch task runs in the flow run's context (its logger, its task runs), copied to the thread.
            def fetch_and_start_parsing() -> Fetched:
                # pool.expect: the parse workers start as soon as a big source is listed (see ParsePool.expect)
                return start_parsing(fetch_one(source, fetcher, reader, fresh_cursor, pool.expect), archive,
                                     pool.parse)

            return fetching.submit(contextvars.copy_context().run, fetch_and_start_parsing)

        upcoming = fetch_ahead(sources[0]) if sources else None
        for position in range(len(sources)):
            fetched = upcoming.result()
            upcoming = fetch_ahead(sources[position + 1]) if position + 1 < len(sources) else None
            yield load_one(fetched, archive, con, run_id, pool.parse)
        if pool.pooled_documents:
            get_run_logger().info("%d documents of %d sources parsed on %d parse workers", pool.pooled_documents,
                                  pool.pooled_sources, pool.workers)


@flow(name="nightly-ingest", flow_run_name=lambda: night_label(), log_prints=True)
def nightly_ingest(sources_file: str = "sources.toml", db_path: str | None = None,
                   only: list[str] | None = None, archive_dir: str | None = None,
                   parse_workers: int | None = None) -> list[SourceOutcome]:
    """Fetch, archive, parse and load every enabled source of the registry; summarise the night.

    ``parse_workers``: processes that parse big sources beside the flow (default
    ``RELIEFLEDGER_PARSE_WORKERS``, else one per core); 0 parses everything in the flow.
    """
    if parse_workers is not None and parse_workers < 0:
        raise ValueError(f"parse_workers must be 0 or more, not {parse_workers}")
    ingest = functools.partial(ingest_in_turn, parse_workers=parse_workers)
    return run_night(sources_file, db_path, only, archive_dir, label=night_label(), ingest=ingest)


def run_night(sources_file: str, db_path: str | None, only: list[str] | None, archive_dir: str | None, *,
              label: str, fresh_cursor: bool = False, ingest=ingest_in_turn) -> list[SourceOutcome]:
    """The body of the nightly and backfill flows: one writer at a time, then the morning's artifacts and events.

    ``ingest(sources, fetcher, archive, con, run_id, fresh_cursor)`` yields each source's outcome once
    it is loaded: ``ingest_in_turn`` by default; the backfill's Dask way fetches and parses elsewhere.
    """
    logger = get_run_logger()
    registry = load_registry(sources_file)
    sources = [s for s in registry if s.enabled and (not only or s.slug in only)]
    if only and (missing := set(only) - {s.slug for s in sources}):
        raise ValueError(f"--only names no enabled source in {sources_file}: {', '.join(sorted(missing))}")
    db = Path(db_path) if db_path else default_db_path()
    archive = Archive(Path(archive_dir) if archive_dir else db.parent / "archive")
    run_id = str(flow_run.id or label)
    with single_writer(db):
        con = connect(db)
        try:
            upsert_sources(con, [s.as_row() for s in registry])
            # A backfill can page deep into many sources: its progress shows in the UI as it goes.
            progress = create_progress_artifact(0.0, description=f"{label}: sources done") if fresh_cursor else None
            outcomes = []
            with Fetcher(FetchPolicy(min_host_interval=MIN_HOST_INTERVAL)) as fetcher:
                for done, outcome in enumerate(ingest(sources, fetcher, archive, con, run_id, fresh_cursor), start=1):
                    outcomes.append(outcome)
                    release_freed_memory()  # one source's load at a time in memory, not the night's
                    if progress is not None:
                        update_progress_artifact(progress, 100.0 * done / len(sources),
                                                 description=f"{label}: {done} of {len(sources)} sources done")
            # Each of these reads the night's series a chunk at a time and hands DuckDB's freed
            # pages back after each chunk: the process holds a chunk's work, not the night's.
            changes = changed_series(con, run_id)
            figures = new_figures(con, run_id, limit=MAX_NEW_FIGURE_ROWS + 1)
            cadences = {s.slug: s.cadence for s in registry if s.enabled}
            freshness = freshness_table(source_freshness_for_night(con), cadences)
            # the night's checks as the morning shows them: first rows and counts, never every row
            shown = max(FINDINGS_SHOWN, MAX_EVENTS_PER_KIND)
            revisions = first_revisions_in_run(con, run_id, first=shown, first_of_kind=MAX_EVENTS_PER_KIND)
            problems = first_consistency_problems_in_run(con, run_id, first=shown, first_of_kind=MAX_EVENTS_PER_KIND)
            plots = plot_changes(con, changes)
        finally:
            con.close()
        copy = publish_analyst_copy(db)  # still the only writer, its connection closed: a consistent file
    logger.info("analyst copy published at %s", copy)
    summary = (render_summary(label, run_id, outcomes, changes) + "\n" + render_findings(revisions, problems)
               + "\n" + render_plots(plots, len(changes)))
    create_markdown_artifact(summary, key="nightly-summary", description="What tonight's ingest did")
    publish_tables(figures, freshness)
    emit_night_events(outcomes, freshness, revisions, problems)
    for o in outcomes:
        logger.info("%s: %s, %d new documents, %d new figures%s", o.slug, o.status, o.new_documents,
                    o.new_figures, f" ({'; '.join(o.errors)})" if o.errors else "")
    if any(o.status == "failed" for o in outcomes):
        raise NightFailed(outcomes)
    return outcomes
