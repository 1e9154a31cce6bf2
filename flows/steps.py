"""The plain functions behind the nightly tasks: fetch one source, archive, parse, build its load.

Kept free of Prefect so tests can call them directly; ``flows/nightly.py`` wraps them in tasks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import logging

import parsers
from fetch.archive import Archive
from fetch.http import RETRY_STATUSES, Fetcher, FetchResult
from reliefledger.registry import Source
from warehouse.records import DocumentRecord, FetchAttemptRecord, FetchRecord, SourceLoad

log = logging.getLogger(__name__)

# Kinds whose adapters exist; the others (rss, telegram, pdf) arrive with their adapters.
FETCHABLE_KINDS = ("html", "json")


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
    """Every FetchResult of a source's night, retries of the task included.

    A plain object (not a list) so Prefect passes it to the task as is instead of copying it.
    """

    def __init__(self) -> None:
        self.results: list[FetchResult] = []


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


def build_load(source: Source, results: list[FetchResult], archive: Archive, run_id: str,
               outcome: SourceOutcome) -> SourceLoad:
    """Archive each new body, parse it, and gather the source's fetches and documents for one load.

    A body whose parse crashes stays in the archive but is not loaded: its fetch is recorded
    without validators and with the error, so the next night fetches and parses it again.
    """
    fetches, documents = [], []
    for result in results:
        if result.not_modified:
            outcome.not_modified += 1
        if not (result.ok and result.body is not None):
            fetches.append(fetch_record(source, result, None))
            continue
        archived = archive.put(result.body)
        outcome.fetched += 1
        url = result.final_url or result.url
        try:
            parsed = parsers.parse_document(result.body, parser=source.parser, content_type=result.content_type,
                                            url=url, published=published_hint(result.last_modified),
                                            publisher=source.publisher)
        except Exception as exc:  # a parser bug is this document's problem, never the night's
            log.exception("parser %s crashed on %s", source.parser, url)
            outcome.status = "failed"
            outcome.errors.append(f"{url}: parser {source.parser} crashed: {exc!r}")
            fetches.append(fetch_record(source, result, None, keep_validators=False))
            continue
        fetches.append(fetch_record(source, result, archived.sha256))
        documents.append(DocumentRecord(
            content_sha256=archived.sha256,
            source_slug=source.slug,
            publisher=source.publisher,
            url=url,
            content_type=result.content_type,
            bytes=len(result.body),
            archive_path=str(archived.path),
            fetched_at=result.started_at,
            parser=parsed.parser or source.parser,
            parser_version=parsed.parser_version or parsers.PARSER_VERSIONS.get(source.parser, "unknown"),
            parsed=parsed,
        ))
    return SourceLoad(source_slug=source.slug, run_id=run_id, fetches=fetches, documents=documents)


def fetches_only(load: SourceLoad, error: str) -> SourceLoad:
    """What to keep of a load that failed: its fetch attempts, with the error and no validators."""
    kept = [dataclasses.replace(f, content_sha256=None, etag=None, last_modified=None, error=f.error or error)
            for f in load.fetches]
    return SourceLoad(source_slug=load.source_slug, run_id=load.run_id, fetches=kept, documents=[])


def night_label(today: dt.date | None = None) -> str:
    return f"nightly-{(today or dt.datetime.now(dt.UTC).date()).isoformat()}"


def fetch_once(fetcher: Fetcher, source: Source, validators: tuple[str | None, str | None]) -> FetchResult:
    etag, last_modified = validators
    return fetcher.fetch(source.url, etag=etag, last_modified=last_modified)
