"""Plain records the flow hands to the warehouse: what one source's fetch and parse produced.

No DuckDB here, so the flow and the fetcher can build these without touching the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parsers.models import ParsedDocument


@dataclass
class FetchAttemptRecord:
    """One HTTP attempt; a fetch retried three times has three of these."""

    started_at: dt.datetime
    elapsed_ms: float
    status: int | None
    bytes: int
    error: str | None


@dataclass
class FetchRecord:
    """One fetch of one URL, with every attempt it took.

    ``content_sha256`` is set when a body was downloaded (it is stored on the last attempt);
    ``not_modified`` when the server answered 304 to a conditional GET.
    """

    source_slug: str
    url: str
    final_url: str | None
    not_modified: bool
    content_sha256: str | None
    etag: str | None
    last_modified: str | None
    error: str | None
    attempts: list[FetchAttemptRecord] = field(default_factory=list)


@dataclass
class DocumentRecord:
    """One archived body and what one parser version made of it."""

    content_sha256: str
    source_slug: str
    publisher: str
    url: str
    content_type: str | None
    bytes: int
    archive_path: str
    fetched_at: dt.datetime
    parser: str
    parser_version: str
    parsed: ParsedDocument
    item_id: str | None = None  # the source's own id: a post id, a feed entry id
    listing_url: str | None = None  # the channel page, feed or listing it was found on


@dataclass
class SourceLoad:
    """Everything one source produced in one run; loaded in one transaction."""

    source_slug: str
    run_id: str
    fetches: list[FetchRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    cursor: dict | None = None  # the source's new cursor; saved only if this load commits


@dataclass
class SeriesChange:
    """A series whose latest value moved during a run (``old_value`` None: a new series)."""

    series_key: str
    metric: str
    group: str
    location: str | None
    originator: str | None
    series_period: str  # the period kind, or "cumulative since <start>" for another start than 7 Oct 2023
    old_value: float | None
    old_as_of: dt.date | None
    new_value: float
    new_as_of: dt.date | None
    quote: str
    url: str


@dataclass
class LoadStats:
    new_documents: int
    known_documents: int
    new_observations: int
    new_conditions: int
