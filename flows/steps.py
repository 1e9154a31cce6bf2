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
from fetch.http import Fetcher, FetchResult
from parsers.models import ParsedDocument
from reliefledger.registry import Source
from warehouse.records import DocumentRecord, FetchAttemptRecord, FetchRecord, SourceLoad

log = logging.getLogger(__name__)

# Kinds whose adapters exist; the others (rss, telegram, pdf) arrive with their adapters.
FETCHABLE_KINDS = ("html", "json")
# Statuses worth a later retry of the whole fetch: the server or the network may recover.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


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
    """A failure the next try may not meet: 5xx/429 after the HTTP retries, or no response at all."""
    if result.ok:
        return False
    return result.status is None or result.status in TRANSIENT_STATUSES


def fetch_record(source: Source, result: FetchResult, sha256: str | None) -> FetchRecord:
    attempts = [FetchAttemptRecord(a.started_at, a.elapsed_ms, a.status, a.bytes, a.error) for a in result.attempts]
    if not attempts:  # refused before any request (robots.txt): still one recorded attempt
        attempts = [FetchAttemptRecord(result.started_at, result.elapsed_ms, result.status, 0, result.error)]
    return FetchRecord(
        source_slug=source.slug,
        url=result.url,
        final_url=result.final_url,
        not_modified=result.not_modified,
        content_sha256=sha256,
        etag=result.etag,
        last_modified=result.last_modified,
        error=result.error,
        attempts=attempts,
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


def parse_body(source: Source, result: FetchResult) -> ParsedDocument:
    """Parse one fetched body; a parser crash is that document's problem, never the night's."""
    url = result.final_url or result.url
    try:
        return parsers.parse_document(result.body, parser=source.parser, content_type=result.content_type,
                                      url=url, published=published_hint(result.last_modified),
                                      publisher=source.publisher)
    except Exception as exc:  # a parser bug must not lose the fetched body: it is archived, re-parse later
        log.exception("parser %s crashed on %s", source.parser, url)
        return ParsedDocument(text="", warnings=[f"parser {source.parser} crashed: {exc!r}"])


def build_load(source: Source, results: list[FetchResult], archive: Archive, run_id: str,
               outcome: SourceOutcome) -> SourceLoad:
    """Archive each new body, parse it, and gather the source's fetches and documents for one load."""
    fetches, documents = [], []
    for result in results:
        sha256 = None
        if result.ok and result.body is not None:
            archived = archive.put(result.body)
            sha256 = archived.sha256
            parsed = parse_body(source, result)
            outcome.errors.extend(f"{result.url}: {w}" for w in parsed.warnings if "crashed" in w)
            documents.append(DocumentRecord(
                content_sha256=sha256,
                source_slug=source.slug,
                publisher=source.publisher,
                url=result.final_url or result.url,
                content_type=result.content_type,
                bytes=len(result.body),
                archive_path=str(archived.path),
                fetched_at=result.started_at,
                parser=source.parser,
                parser_version=parsers.PARSER_VERSIONS.get(source.parser, "unknown"),
                parsed=parsed,
            ))
            outcome.fetched += 1
        elif result.not_modified:
            outcome.not_modified += 1
        fetches.append(fetch_record(source, result, sha256))
    return SourceLoad(source_slug=source.slug, run_id=run_id, fetches=fetches, documents=documents)


def night_label(today: dt.date | None = None) -> str:
    return f"nightly-{(today or dt.datetime.now(dt.UTC).date()).isoformat()}"


def fetch_once(fetcher: Fetcher, source: Source, validators: tuple[str | None, str | None]) -> FetchResult:
    etag, last_modified = validators
    return fetcher.fetch(source.url, etag=etag, last_modified=last_modified)
