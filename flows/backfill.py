"""The backfill flow: run the night's steps again for some sources, listing them from scratch.

Feeds, listings and Telegram channels cannot be asked for "the reports of March": a source only
lists what it lists today. So a backfill re-lists each source from an empty cursor — the adapter
pages as deep as on a source's first night (ReliefWeb's API and Telegram's channel page walk back
until they run out or meet their page cap) — and loads whatever was not stored yet; documents
already in the archive answer 304 or load nothing new. The date range names the run and is kept in
its summary, so an operator sees what the backfill was for; it filters nothing.

Sources run one after another by default. With ``dask`` (a LocalCluster) or ``dask_address`` (a
running Dask scheduler) they are fetched, archived and parsed on Dask workers, a batch at a time,
while the flow alone loads them into the ledger — one writer, one transaction per source.
"""

from __future__ import annotations

import functools
import urllib.parse
from collections.abc import Iterator

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from fetch.adapters import adapter_for
from fetch.archive import Archive
from fetch.http import Fetcher, FetchPolicy
from flows.nightly import FETCH_TASK_RETRY_DELAY, TransientFetchError, run_night
from flows.reparse import task_submitter
from flows.steps import (FetchLog, SourceOutcome, all_failed_transiently, build_load, discover_and_fetch,
                         load_or_keep_fetches, note_fetch_problems, settle_status, stored_validators)
from reliefledger.registry import Source
from warehouse.load import source_cursor
from warehouse.records import SourceLoad

# Sources in flight on Dask at once: their parsed documents wait in the flow's memory until loaded.
BATCH_SIZE = 16

def backfill_label(sources: list[str] | None, start: str | None, end: str | None) -> str:
    """``backfill-moh-gaza-telegram-2026-01-01..2026-02-01``; all sources and open ends allowed."""
    return f"backfill-{'+'.join(sources) if sources else 'all'}-{start or '…'}..{end or '…'}"


def _run_name() -> str:
    given = flow_run.parameters or {}
    return backfill_label(given.get("sources"), given.get("start"), given.get("end"))


def host_batches(sources: list[Source], size: int, paced: bool) -> list[list[Source]]:
    """The sources in batches of at most ``size``, in registry order.

    When hosts are paced (a minimum interval between requests to one host), no two sources of a
    batch share a host, so running a batch at once never doubles the pace we promise a server.
    """
    if size < 1:
        raise ValueError(f"batch_size must be at least 1, not {size}")
    if not paced:
        return [sources[i:i + size] for i in range(0, len(sources), size)]
    waiting, out = list(sources), []
    while waiting:
        batch, hosts = [], set()
        for source in list(waiting):
            host = urllib.parse.urlsplit(source.url).netloc.lower()
            if host not in hosts and len(batch) < size:
                hosts.add(host)
                batch.append(source)
                waiting.remove(source)
        out.append(batch)
    return out


@task(name="fetch", task_run_name="fetch-{source.slug}", retries=1, retry_delay_seconds=FETCH_TASK_RETRY_DELAY,
      cache_policy=NO_CACHE, retry_condition_fn=lambda task, run, state: isinstance(
          state.result(raise_on_failure=False), TransientFetchError))
def fetch_listed(source: Source, fetcher: Fetcher, cursor: dict, validators: dict, log: FetchLog) -> None:
    """The nightly fetch task's work, with the ledger's answers brought along instead of asked for."""
    discover_and_fetch(source, fetcher, cursor, lambda url: validators.get(url, (None, None)), log)
    if all_failed_transiently(log):
        raise TransientFetchError(f"{source.slug}: {log.requests[-1].error}")


@task(name="fetch-parse", task_run_name="fetch-parse-{source.slug}", cache_policy=NO_CACHE)
def fetch_and_parse(source: Source, cursor: dict, validators: dict, archive: Archive, run_id: str,
                    policy: FetchPolicy) -> tuple[SourceLoad, SourceOutcome]:
    """Fetch, archive and parse one source into its load, without touching the ledger: runs on a Dask worker.

    The archive folder must be the one the flow reads (on a remote cluster: a shared folder).
    """
    outcome, log = SourceOutcome(slug=source.slug), FetchLog()
    with Fetcher(policy) as fetcher:
        try:
            fetch_listed(source, fetcher, cursor, validators, log)
        except TransientFetchError:
            pass  # recorded in the log, loaded as failed attempts
        except Exception as exc:  # a bug in one source's fetch must not stop the others
            outcome.status = "failed"
            outcome.errors.append(f"fetch crashed: {exc!r}")
    note_fetch_problems(outcome, log)
    load = build_load(source, log, archive, run_id, outcome)
    settle_status(outcome, log)
    return load, outcome


@task(name="load", task_run_name="load-{slug}", cache_policy=NO_CACHE)
def load_fetched(slug: str, load: SourceLoad, con, outcome: SourceOutcome) -> SourceOutcome:
    """Load what a worker fetched and parsed: in the flow, one source's transaction at a time."""
    return load_or_keep_fetches(con, load, outcome)


def ingest_on_dask(sources: list[Source], fetcher: Fetcher, archive: Archive, con, run_id: str,
                   fresh_cursor: bool = False, *, address: str | None = None,
                   batch_size: int = BATCH_SIZE) -> Iterator[SourceOutcome]:
    """run_night's ``ingest`` on Dask: each batch fetched and parsed on the workers, loaded here in registry order."""
    with task_submitter(dask=True, address=address) as submit:
        for batch in host_batches(sources, batch_size, paced=fetcher.policy.min_host_interval > 0):
            submitted = []
            for source in batch:
                try:
                    adapter_for(source)
                except ValueError as exc:
                    submitted.append((source, SourceOutcome(slug=source.slug, status="skipped", errors=[str(exc)])))
                    continue
                cursor = {} if fresh_cursor else source_cursor(con, source.slug)
                submitted.append((source, submit(fetch_and_parse, source=source, cursor=cursor,
                                                 validators=stored_validators(con, source.slug), archive=archive,
                                                 run_id=run_id, policy=fetcher.policy)))
            for source, future in submitted:
                if isinstance(future, SourceOutcome):
                    yield future
                    continue
                result = future.result(raise_on_failure=False)
                if isinstance(result, BaseException):  # the worker itself failed: nothing to load
                    yield SourceOutcome(slug=source.slug, status="failed", errors=[f"fetch-parse crashed: {result!r}"])
                    continue
                load, outcome = result
                try:
                    outcome = load_fetched(source.slug, load, con, outcome)
                except Exception as exc:  # e.g. the fetch rows themselves could not be stored
                    outcome.status = "failed"
                    outcome.errors.append(f"load failed: {exc!r}")
                yield outcome


@flow(name="backfill", flow_run_name=_run_name, log_prints=True)
def backfill(sources: list[str] | None = None, start: str | None = None, end: str | None = None,
             sources_file: str = "sources.toml", db_path: str | None = None,
             archive_dir: str | None = None, dask: bool = False, dask_address: str | None = None,
             batch_size: int = BATCH_SIZE) -> list[SourceOutcome]:
    """Re-list the given sources (default: every enabled one) from an empty cursor and load what is new.

    ``dask``: fetch and parse on a new Dask LocalCluster (all cores); ``dask_address``: on the Dask
    scheduler there (e.g. ``tcp://10.0.0.5:8786``); ``batch_size`` sources at a time. Loading stays here.
    """
    label = backfill_label(sources, start, end)
    if not (dask or dask_address):
        return run_night(sources_file, db_path, sources, archive_dir, label=label, fresh_cursor=True)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    ingest = functools.partial(ingest_on_dask, address=dask_address, batch_size=batch_size)
    return run_night(sources_file, db_path, sources, archive_dir, label=label, fresh_cursor=True, ingest=ingest)
