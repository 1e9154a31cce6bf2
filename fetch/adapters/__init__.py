"""Adapters: how each kind of source lists tonight's documents.

An adapter takes a source from the registry, the night's Fetcher and the source's cursor (what
it saw last night, kept in the warehouse) and returns a :class:`Discovery`: the documents to
ingest — with their body when the listing already carries it (a Telegram post), else a URL for
the flow to fetch conditionally — every request it made, and the new cursor. The cursor is
saved only when the source's load commits, so a failed night is tried again the next.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Callable

from fetch.http import Fetcher, FetchResult


@dataclasses.dataclass(slots=True)
class Item:
    """One document-to-be of a source."""

    url: str  # its canonical URL (the post's t.me link, the feed entry's link, the page)
    body: bytes | None = None  # set when the listing already carries the content; else the flow fetches `url`
    content_type: str | None = None
    item_id: str | None = None  # the source's own id: a post id, a feed entry id
    published: dt.date | None = None  # as the source states it
    title: str | None = None
    listing_url: str | None = None  # the page or feed it was found on
    forwarded_from: str | None = None  # a post the channel forwarded: whose text it really is


@dataclasses.dataclass(slots=True)
class Discovery:
    items: list[Item]
    fetches: list[FetchResult] = dataclasses.field(default_factory=list)  # every request made to list them
    cursor: dict[str, Any] = dataclasses.field(default_factory=dict)  # saved if tonight's load commits
    warnings: list[str] = dataclasses.field(default_factory=list)  # e.g. "layout changed: no posts found"
    # Set when the listing answered but could not be read at all (its layout changed, it is not a
    # feed): a failure with this reason, never "no news". The reason is among the warnings too.
    unreadable: str | None = None


# (source, fetcher, cursor) -> Discovery. `source` is a reliefledger.registry.Source (duck-typed here:
# slug, url, kind, selector) so that fetch/ does not import the registry.
Adapter = Callable[[Any, Fetcher, dict[str, Any]], Discovery]


def single_page(source: Any, fetcher: Fetcher, cursor: dict[str, Any]) -> Discovery:
    """A source that is one page or one API response: the flow fetches it conditionally."""
    return Discovery(items=[Item(url=source.url)], cursor=cursor)


def fetch_listing(url: str, fetcher: Fetcher, cursor: dict[str, Any], discovery: Discovery) -> FetchResult | None:
    """Fetch a feed or listing page conditionally on the cursor's validators.

    The request is recorded in ``discovery``; a failure becomes a warning. Returns the result
    only when it brought a new body (None on a failure or a 304: nothing to list tonight).
    """
    result = fetcher.fetch(url, etag=cursor.get("etag"), last_modified=cursor.get("last_modified"))
    discovery.fetches.append(result)
    if not result.ok:
        discovery.warnings.append(f"{url}: {result.error}")
        return None
    return None if result.not_modified else result


def adapter_for(source: Any) -> Adapter:
    """The adapter that lists a source of this kind; a kind without one raises ValueError."""
    # Imported here: the adapter modules import Item and Discovery from this package.
    from fetch.adapters.feed import feed
    from fetch.adapters.listing import listing
    from fetch.adapters.reliefweb import reliefweb_reports
    from fetch.adapters.telegram import telegram

    if source.kind == "telegram":
        return telegram
    if source.kind == "rss":
        return feed
    if source.kind == "html":
        return listing if getattr(source, "selector", None) else single_page
    if source.kind == "json":
        return reliefweb_reports if source.parser == "reliefweb_reports" else single_page
    if source.kind == "pdf":
        return single_page
    raise ValueError(f"no adapter for kind {source.kind!r} (source {source.slug!r})")
