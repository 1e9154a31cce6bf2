"""The reparse flow: run today's parsers over the raw archive, adding rows under their new versions.

Observations are append-only: a document already read by the current version of its parser is
skipped, and one read by an older version gains a parse under the new one (the history views
then use the newest). `parser_version_changes` in the warehouse shows what a new version changed.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

import parsers
from fetch.archive import Archive
from fetch.adapters import Item
from flows.steps import SourceOutcome, parse_archived
from flows.writer import publish_analyst_copy, single_writer
from warehouse.db import connect, default_db_path
from warehouse.load import load_source
from warehouse.records import SourceLoad

# Documents whose newest parse is not by the current version of the parser that read them.
_STALE_DOCUMENTS = """
    SELECT d.content_sha256, d.source_slug, d.publisher, d.url, d.content_type, d.archive_path,
           d.first_fetched_at, d.published, d.item_id, d.listing_url, s.parser, p.parser AS parsed_by,
           p.parser_version
    FROM documents AS d
    JOIN sources AS s ON s.slug = d.source_slug
    LEFT JOIN parses_current AS p USING (content_sha256)
    WHERE ($only IS NULL OR list_contains($only, d.source_slug))
    ORDER BY d.source_slug, d.first_fetched_at, d.content_sha256
"""


def stale(rows: list[tuple]) -> list[tuple]:
    """The rows whose current parse is older than the parser's version today."""
    return [row for row in rows if row[12] != parsers.PARSER_VERSIONS.get(row[11] or row[10])]


# Documents per parse task: coarse enough that Prefect's per-task cost stays small (STACK.md).
BATCH_SIZE = 200
# Batches submitted ahead of the one being loaded: enough to keep a few workers busy while the
# flow loads, few enough that the flow's memory follows the batch size, not the archive's.
BATCHES_IN_FLIGHT = 4


@task(name="parse", task_run_name="parse-{slug}-{batch}", cache_policy=NO_CACHE)
def parse_batch(slug: str, batch: int, rows: list[tuple], archive: Archive) -> tuple[list, SourceOutcome]:
    """Parse one batch of a source's archived documents; pure, so it may run on a Dask worker."""
    outcome = SourceOutcome(slug=slug)
    documents = []
    for (sha, _, publisher, url, content_type, archive_path, fetched_at, published, item_id, listing_url,
         parser, _, _) in rows:
        try:
            body = archive.get(sha)
        except (FileNotFoundError, ValueError) as exc:  # a missing or damaged body: say so, keep going
            outcome.errors.append(f"{url}: archived body {sha[:12]} unreadable: {exc}")
            continue
        item = Item(url=url, item_id=item_id, listing_url=listing_url, published=published)
        document = parse_archived(parser, publisher, slug, item, body, content_type, fetched_at, sha,
                                  archive_path, outcome)
        if document is not None:
            documents.append(document)
    return documents, outcome


def batches(rows: list[tuple], size: int) -> list[tuple[str, int, list[tuple]]]:
    """(slug, batch number, rows) per source, each source's rows cut into batches of ``size``."""
    out = []
    for slug, group in itertools.groupby(rows, key=lambda row: row[1]):
        group = list(group)
        out += [(slug, n, group[i:i + size]) for n, i in enumerate(range(0, len(group), size), start=1)]
    return out


def dask_runner(address: str | None = None):
    """Prefect's Dask task runner: on the Dask scheduler at ``address``, else on a new LocalCluster."""
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=address) if address else DaskTaskRunner()


@contextlib.contextmanager
def task_submitter(dask: bool = False, address: str | None = None) -> Iterator[Callable]:
    """``submit(task, **parameters)`` → a future: on Dask when asked (a deployment parameter can ask),
    else on the flow's own task runner. The Dask cluster lives as long as the block."""
    if not (dask or address):
        yield lambda task, **parameters: task.submit(**parameters)
        return
    with dask_runner(address) as runner:
        yield lambda task, **parameters: runner.submit(task, parameters)


@flow(name="reparse", flow_run_name=lambda: f"reparse-{dt.datetime.now(dt.UTC):%Y-%m-%d}")
def reparse(db_path: str | None = None, archive_dir: str | None = None,
            only: list[str] | None = None, batch_size: int = BATCH_SIZE, dask: bool = False,
            dask_address: str | None = None, batches_in_flight: int = BATCHES_IN_FLIGHT) -> list[SourceOutcome]:
    """Re-read every archived document whose parse predates its parser's current version.

    Batches are parsed by the flow's task runner (sequential by default), or on Dask: ``dask`` a new
    LocalCluster, ``dask_address`` the scheduler there (or ``reparse.with_options(task_runner=dask_runner(...))``).
    The flow alone writes, one batch's transaction at a time; at most ``batches_in_flight`` batches
    beyond the one loading are parsed or held at once.
    """
    if batches_in_flight < 0:
        raise ValueError(f"batches_in_flight must be 0 or more, not {batches_in_flight}")
    logger = get_run_logger()
    db = Path(db_path) if db_path else default_db_path()
    archive = Archive(Path(archive_dir) if archive_dir else db.parent / "archive")
    run_id = str(flow_run.id or f"reparse-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}")
    with single_writer(db):  # never beside the nightly run: DuckDB has one writer
        con = connect(db)
        try:
            rows = stale(con.execute(_STALE_DOCUMENTS, {"only": only}).fetchall())
            outcomes: dict[str, SourceOutcome] = {}
            with task_submitter(dask, dask_address) as submit:
                # A few batches in flight, loaded in order and let go of: a future keeps its parsed
                # documents until it is dropped, so keeping every future kept the whole archive's parse.
                in_flight: collections.deque = collections.deque()
                for slug, n, batch in batches(rows, batch_size):
                    in_flight.append((slug, submit(parse_batch, slug=slug, batch=n, rows=batch, archive=archive)))
                    if len(in_flight) > batches_in_flight:
                        _load_parsed(con, run_id, outcomes, *in_flight.popleft())
                while in_flight:
                    _load_parsed(con, run_id, outcomes, *in_flight.popleft())
        finally:
            con.close()
        if outcomes:
            publish_analyst_copy(db)
    for o in outcomes.values():
        logger.info("%s: %d new figures%s", o.slug, o.new_figures, f" ({'; '.join(o.errors)})" if o.errors else "")
    return list(outcomes.values())


def _load_parsed(con, run_id: str, outcomes: dict[str, SourceOutcome], slug: str, future) -> None:
    """Load one parsed batch in its own transaction and add it to its source's outcome."""
    documents, parsed = future.result()
    outcome = outcomes.setdefault(slug, SourceOutcome(slug=slug))
    outcome.errors += parsed.errors
    if parsed.status == "failed":
        outcome.status = "failed"
    stats = load_source(con, SourceLoad(source_slug=slug, run_id=run_id, documents=documents))
    outcome.new_figures += stats.new_observations
