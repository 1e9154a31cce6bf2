"""The plain functions behind the nightly tasks: fetch one source, archive, parse, build its load.

Kept free of Prefect so tests can call them directly; ``flows/nightly.py`` wraps them in tasks.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import email.utils
import hashlib
import logging
from collections.abc import Callable

import parsers
from fetch.archive import Archive
from fetch.adapters import Discovery, Item, adapter_for
from fetch.http import RETRY_STATUSES, Fetcher, FetchResult
from reliefledger.registry import Source
from warehouse.records import DocumentRecord, FetchAttemptRecord, FetchRecord, SourceLoad

log = logging.getLogger(__name__)

@dataclasses.dataclass
class SourceOutcome:
    """What one source did tonight: one row of the night's summary."""

    slug: str
    status: str = "ok"  # ok | not_modified | failed | skipped
    fetched: int = 0
    not_modified: int = 0
    new_documents: int = 0
    new_figures: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)


class FetchLog:
    """What a source's night fetched, kept across retries of its fetch task.

    ``requests``: every FetchResult (listing pages and documents, retries included), in order;
    ``documents``: each item found tonight with the FetchResult that brought its body (None when
    the listing carried the body itself); ``discovery``: the adapter's last answer.
    A plain object (not a list) so Prefect passes it to the task as is instead of copying it.
    ``listed``, if given, is told how many items the listing found, before their bodies are fetched.
    """

    def __init__(self, listed: Callable[[int], None] | None = None) -> None:
        self.requests: list[FetchResult] = []
        self.documents: list[tuple[Item, FetchResult | None]] = []
        self.discovery: Discovery | None = None
        self.listed = listed

    @property
    def complete(self) -> bool:
        """Every item of tonight's listing was fetched (or not modified): the cursor may move on.

        A fetch that crashed part way leaves items never tried: they count as not fetched.
        """
        return (self.discovery is not None and len(self.documents) == len(self.discovery.items)
                and all(r is None or r.ok for _, r in self.documents))

    @property
    def unfetched(self) -> int:
        """How many listed documents did not come through tonight."""
        if self.discovery is None:
            return 0
        fetched = sum(1 for _, r in self.documents if r is None or r.ok)
        return len(self.discovery.items) - fetched


def is_transient(result: FetchResult) -> bool:
    """A failure a later try may not meet: the HTTP layer's retryable statuses, or no answer at all.

    A fetch refused before any request (robots.txt) is not: the same rules refuse it again.
    """
    if result.ok or not result.attempts:
        return False
    return result.status is None or result.status in RETRY_STATUSES


def fetch_record(source: Source, result: FetchResult, sha256: str | None, *, keep_validators: bool = True) -> FetchRecord:
    """The warehouse's record of one fetch.

    Without ``keep_validators`` the ETag/Last-Modified are dropped, so the next night asks for
    the body again instead of getting a 304 for content that was never stored.
    """
    return FetchRecord(
        source_slug=source.slug,
        url=result.url,
        final_url=result.final_url,
        not_modified=result.not_modified,
        content_sha256=sha256,
        etag=result.etag if keep_validators else None,
        last_modified=result.last_modified if keep_validators else None,
        error=result.error,
        attempts=[FetchAttemptRecord(a.started_at, a.elapsed_ms, a.status, a.bytes, a.error) for a in result.attempts],
    )


def published_hint(last_modified: str | None) -> dt.date | None:
    """The server's Last-Modified date: the parser's fallback when the report states no date of its own.

    >>> published_hint("Mon, 15 Jun 2026 12:00:00 GMT")
    datetime.date(2026, 6, 15)
    >>> published_hint("yesterday") is None
    True
    """
    try:
        return email.utils.parsedate_to_datetime(last_modified).date() if last_modified else None
    except (TypeError, ValueError):
        return None


@dataclasses.dataclass(frozen=True)
class ParseJob:
    """One archived body to parse: everything ``parse_archived`` needs, picklable for a parse worker."""

    parser: str
    publisher: str
    slug: str
    item: Item
    body: bytes
    content_type: str | None
    fetched_at: dt.datetime
    sha256: str
    archive_path: str


@dataclasses.dataclass
class ParseResult:
    """What parsing one job made: its record (None if not loadable) and the errors it adds to the source."""

    document: DocumentRecord | None
    failed: bool = False
    errors: list[str] = dataclasses.field(default_factory=list)


def parse_job(job: ParseJob) -> ParseResult:
    """Parse one job as ``parse_archived`` does, the source's outcome kept apart: runs in a parse worker too."""
    outcome = SourceOutcome(slug=job.slug)
    document = parse_archived(job.parser, job.publisher, job.slug, job.item, job.body, job.content_type,
                              job.fetched_at, job.sha256, job.archive_path, outcome)
    return ParseResult(document, outcome.status == "failed", outcome.errors)


# ``parse(jobs)`` starts parsing a source's new bodies and returns ``collect``: ``collect()`` gives
# their results in the jobs' order. ``parse_in_turn`` parses in this process when collected;
# flows/parsing.py's ParsePool parses on other cores meanwhile.
Parse = Callable[[list[ParseJob]], Callable[[], list[ParseResult]]]


def parse_in_turn(jobs: list[ParseJob]) -> Callable[[], list[ParseResult]]:
    return lambda: [parse_job(job) for job in jobs]


class StartedLoad:
    """A source's load under way: its fetches' plan and its bodies handed to ``parse``, not yet archived.

    A plain object, not a dataclass: Prefect walks a task's dataclass arguments, this one it passes as is.
    """

    def __init__(self, plan: list[FetchRecord | tuple[int, FetchResult | None]], jobs: list[ParseJob],
                 collect: Callable[[], list[ParseResult]]) -> None:
        self.plan, self.jobs, self.collect = plan, jobs, collect


def build_load(source: Source, log: FetchLog, archive: Archive, run_id: str, outcome: SourceOutcome,
               parse: Parse = parse_in_turn) -> SourceLoad:
    """Archive each new body, parse it, and gather the source's fetches and documents for one load.

    A body whose parse crashes stays in the archive but is not loaded: its fetch is recorded
    without validators and with the error, so the next night fetches and parses it again.
    The bodies are handed to ``parse`` first and archived while they are parsed (a body's place
    in the archive follows from its hash); records and errors come out in the fetches' order
    whichever way they were parsed.
    """
    return finish_load(source, archive, run_id, outcome, start_load(source, log, archive, outcome, parse), log)


def start_load(source: Source, log: FetchLog, archive: Archive, outcome: SourceOutcome,
               parse: Parse = parse_in_turn) -> StartedLoad:
    """The first half of ``build_load``: plan the source's fetch records and hand its new bodies to ``parse``."""
    fetched_documents = {id(result): item for item, result in log.documents if result is not None}
    # One entry per fetch record and per listing-carried body, in order: a finished record, or the
    # index of the job whose parse decides it (with its FetchResult, None for a listing-carried body).
    plan: list[FetchRecord | tuple[int, FetchResult | None]] = []
    jobs: list[ParseJob] = []
    # A listing that answered but could not be read (its layout changed): a failure, never "no news".
    unusable = log.discovery.unreadable if log.discovery is not None else None
    if unusable:
        outcome.status = "failed"  # the reason is among the warnings already in outcome.errors
    for result in log.requests:
        if result.not_modified:
            outcome.not_modified += 1
        item = fetched_documents.get(id(result))
        if item is None or not (result.ok and result.body is not None):
            record = fetch_record(source, result, None)  # a listing page, a failure or a 304
            if unusable and result.ok and result.body is not None:  # the reason belongs on the listing's fetch
                record = dataclasses.replace(record, error=unusable, etag=None, last_modified=None)
            plan.append(record)
            continue
        plan.append((len(jobs), result))
        jobs.append(_parse_job(source, item, result.body, result.content_type, result.last_modified,
                               result.started_at, archive))
    for item, result in log.documents:
        if result is None and item.body is not None:  # carried by the listing (a Telegram post)
            plan.append((len(jobs), None))
            jobs.append(_parse_job(source, item, item.body, item.content_type, None,
                                   dt.datetime.now(dt.UTC), archive))
    return StartedLoad(plan, jobs, parse(jobs))


def finish_load(source: Source, archive: Archive, run_id: str, outcome: SourceOutcome, started: StartedLoad,
                log: FetchLog) -> SourceLoad:
    """The second half of ``build_load``: archive the bodies while they are parsed, then gather the load."""
    archive_all(archive, [job.body for job in started.jobs])  # every new body is kept, parsed or not
    outcome.fetched += len(started.jobs)
    parsed = started.collect()
    fetches, documents = [], []
    for entry in started.plan:
        if isinstance(entry, FetchRecord):
            fetches.append(entry)
            continue
        index, result = entry
        document = parsed[index].document
        if parsed[index].failed:
            outcome.status = "failed"
        outcome.errors.extend(parsed[index].errors)
        if result is not None:
            record = fetch_record(source, result, document.content_sha256 if document else None,
                                  keep_validators=document is not None)
            if document is None:  # why it was not loaded, on the fetch itself (the parser's words)
                record = dataclasses.replace(record, error="; ".join(parsed[index].errors) or "not parsed")
            fetches.append(record)
        if document:
            documents.append(document)
    cursor = log.discovery.cursor if log.complete and outcome.status != "failed" else None
    return SourceLoad(source_slug=source.slug, run_id=run_id, fetches=fetches, documents=documents, cursor=cursor)


# Bodies written to the archive at once: each write waits on the disk (two fsyncs, ~1 ms on an idle
# disk, several under load) far more than on the CPU, and the disk takes concurrent syncs together.
ARCHIVE_WRITERS = 8


def archive_all(archive: Archive, bodies: list[bytes]) -> None:
    """Store every body (each one written, synced and renamed into place by ``Archive.put``)."""
    if len(bodies) < 2:
        for body in bodies:
            archive.put(body)
        return
    with concurrent.futures.ThreadPoolExecutor(min(ARCHIVE_WRITERS, len(bodies)), "archive") as writers:
        for _ in writers.map(archive.put, bodies):  # raises the first failure, after all writes ended
            pass


def _parse_job(source: Source, item: Item, body: bytes, content_type: str | None, last_modified: str | None,
               fetched_at: dt.datetime, archive: Archive) -> ParseJob:
    sha256 = hashlib.sha256(body).hexdigest()  # as archive.put names it
    published = item.published or published_hint(last_modified)
    item = dataclasses.replace(item, published=published)
    # A forwarded post is the original channel's text: its figures are not the source's own.
    publisher = item.forwarded_from or source.publisher
    return ParseJob(source.parser, publisher, source.slug, item, body, content_type, fetched_at, sha256,
                    str(archive.path_for(sha256)))


def parse_archived(parser: str, publisher: str, slug: str, item: Item, body: bytes, content_type: str | None,
                   fetched_at: dt.datetime, sha256: str, archive_path: str,
                   outcome: SourceOutcome) -> DocumentRecord | None:
    """Parse one archived body into the record the warehouse loads; None (and an error) if the parser
    crashed or could read nothing of it (malformed JSON, a PDF that is not one)."""
    try:
        parsed = parsers.parse_document(body, parser=parser, content_type=content_type, url=item.url,
                                        published=item.published, publisher=publisher)
    except Exception as exc:  # a parser bug is this document's problem, never the night's
        log.exception("parser %s crashed on %s", parser, item.url)
        outcome.status = "failed"
        outcome.errors.append(f"{item.url}: parser {parser} crashed: {exc!r}")
        return None
    if not parsed.text and not parsed.figures and parsed.warnings:  # unreadable: a failure, not an empty report
        outcome.status = "failed"
        outcome.errors.append(f"{item.url}: unreadable: {'; '.join(parsed.warnings)}")
        return None
    if item.title and not parsed.title:
        parsed.title = item.title
    return DocumentRecord(
        content_sha256=sha256,
        source_slug=slug,
        publisher=publisher,
        url=item.url,
        content_type=content_type,
        bytes=len(body),
        archive_path=archive_path,
        fetched_at=fetched_at,
        parser=parsed.parser or parser,
        parser_version=parsed.parser_version or parsers.PARSER_VERSIONS.get(parser, "unknown"),
        parsed=parsed,
        item_id=item.item_id,
        listing_url=item.listing_url,
    )


def fetches_only(load: SourceLoad, error: str) -> SourceLoad:
    """What to keep of a load that failed: its fetch attempts, with the error and no validators."""
    kept = [dataclasses.replace(f, content_sha256=None, etag=None, last_modified=None, error=f.error or error)
            for f in load.fetches]
    return SourceLoad(source_slug=load.source_slug, run_id=load.run_id, fetches=kept, documents=[])


def load_or_keep_fetches(con, load: SourceLoad, outcome: SourceOutcome) -> SourceOutcome:
    """Load one source's night in one transaction; if that fails, keep its fetch attempts and the reason.

    A failed load is rolled back whole; its bodies stay in the archive and are fetched again next
    night (the kept fetches carry no validators).
    """
    # Imported here: parse workers import this module for parse_job, and the loader's DuckDB and
    # numpy are no use there (~0.3 s of each worker's start, which the night's first big source waits on).
    from warehouse.load import load_source

    try:
        stats = load_source(con, load)
    except Exception as exc:
        outcome.status = "failed"
        outcome.errors.append(f"load failed: {exc}")
        load_source(con, fetches_only(load, f"load failed: {exc}"))
        return outcome
    outcome.new_documents = stats.new_documents
    outcome.new_figures = stats.new_observations
    return outcome


def note_fetch_problems(outcome: SourceOutcome, log: FetchLog) -> None:
    """Copy the night's failed requests and the adapter's warnings into the source's errors, each once.

    A retried fetch task asks again and usually fails the same way: ``fetches`` keeps every
    attempt, the operator's summary says the reason once.
    """
    found = [r.error for r in log.requests if r.error and not r.ok] + (log.discovery.warnings if log.discovery else [])
    outcome.errors.extend(error for error in dict.fromkeys(found) if error not in outcome.errors)


def settle_status(outcome: SourceOutcome, log: FetchLog) -> None:
    """The source's status once its load was tried: failed, not modified, or as it stands."""
    if log.discovery is None or (log.requests and not any(r.ok for r in log.requests)):
        outcome.status = "failed"
    elif log.unfetched:  # listed but not fetched: the cursor stayed, tomorrow tries them again
        outcome.status = "failed"
        outcome.errors.append(f"{log.unfetched} of {len(log.discovery.items)} listed documents not fetched")
    elif not log.requests and not log.discovery.items and log.discovery.warnings:
        outcome.status = "failed"  # nothing could even be asked (e.g. a missing API key): not "no news"
    elif outcome.status != "failed" and outcome.fetched == 0:
        outcome.status = "not_modified"


def discover_and_fetch(source: Source, fetcher: Fetcher, cursor: dict,
                       validators_for: Callable[[str], tuple[str | None, str | None]], log: FetchLog) -> None:
    """Ask the source's adapter what is new, then fetch each listed document the listing did not carry.

    Fetches are conditional on what the warehouse last stored for each URL. A retry starts the
    listing over but keeps the earlier attempts in ``log.requests``: every attempt is recorded.
    """
    log.documents = []
    log.discovery = adapter_for(source)(source, fetcher, cursor)
    log.requests.extend(log.discovery.fetches)
    if log.listed is not None:
        log.listed(len(log.discovery.items))
    for item in log.discovery.items:
        if item.body is not None:
            log.documents.append((item, None))
            continue
        etag, last_modified = validators_for(item.url)
        # source_url: a link found under the source may not reach a private address (SSRF, fetch/ssrf.py).
        result = fetcher.fetch(item.url, etag=etag, last_modified=last_modified, source_url=source.url)
        log.requests.append(result)
        log.documents.append((item, result))


# The validators of every URL of a source at once — the same choice as warehouse.load.last_validators
# makes for one URL: one query a source instead of one a document (1–3 ms each: seconds on a
# first night of thousands), and what a Dask worker, which cannot open the ledger, is given.
_STORED_VALIDATORS = """
    SELECT url, etag, last_modified FROM fetches
    WHERE source_slug = ? AND error IS NULL
      AND (content_sha256 IS NOT NULL OR not_modified)
      AND (etag IS NOT NULL OR last_modified IS NOT NULL)
    QUALIFY row_number() OVER (PARTITION BY url ORDER BY started_at DESC NULLS LAST, fetch_id DESC) = 1
"""


def stored_validators(con, slug: str) -> dict[str, tuple[str | None, str | None]]:
    """url → (etag, last_modified) of its latest stored fetch, for every URL the source was fetched from."""
    return {url: (etag, last_modified) for url, etag, last_modified in con.execute(_STORED_VALIDATORS, [slug]).fetchall()}


def all_failed_transiently(log: FetchLog) -> bool:
    """Nothing came through tonight and at least one failure may pass: worth the task's retry."""
    return bool(log.requests) and not any(r.ok for r in log.requests) and any(map(is_transient, log.requests))


def night_label(today: dt.date | None = None) -> str:
    return f"nightly-{(today or dt.datetime.now(dt.UTC).date()).isoformat()}"
