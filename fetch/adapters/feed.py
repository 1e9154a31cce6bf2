"""RSS 2.0 and Atom feeds, read with feedparser: each new entry is an article for the flow to fetch.

The feed is fetched conditionally with the validators kept in the cursor; a 304 lists nothing.
An entry is new when its id is not among the ids seen before (``cursor["seen_ids"]``, the latest
:data:`MAX_SEEN` kept). Ids, not dates, decide: feed dates are often missing, or rewritten when
an entry is edited, while the id is the one thing both formats define as an entry's identity.
``cursor["last_entry_at"]`` records the newest entry date seen, for operators; it filters nothing.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from typing import Any
from urllib.parse import urljoin

import feedparser

from fetch.adapters import Discovery, Item, fetch_listing
from fetch.http import Fetcher

MAX_SEEN = 500
# feedparser flags these as "bozo" too, but they only say the declared content type or charset was off.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclasses.dataclass(frozen=True, slots=True)
class Entry:
    url: str
    entry_id: str
    title: str | None
    published: dt.datetime | None  # UTC


@dataclasses.dataclass(slots=True)
class ParsedFeed:
    entries: list[Entry]
    problem: str | None = None  # why the body is not a usable feed
    flaw: str | None = None  # why a usable feed is not well-formed (read anyway, as feedparser does)
    skipped: int = 0  # entries with no link to follow


def parse_feed(body: bytes, base_url: str, content_type: str | None = None) -> ParsedFeed:
    """The entries of an RSS or Atom body, links made absolute against ``base_url``.

    >>> atom = b'''<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    ...   <entry><title>Update 142</title><link href="updates/142"/><id>tag:x,2024:142</id>
    ...   <updated>2024-02-19T10:00:00+02:00</updated></entry></feed>'''
    >>> [entry] = parse_feed(atom, "https://who.example.int/news/feed.xml").entries
    >>> entry.url, entry.entry_id, entry.published.isoformat()
    ('https://who.example.int/news/updates/142', 'tag:x,2024:142', '2024-02-19T08:00:00+00:00')
    >>> parse_feed(b"<html><body>Maintenance</body></html>", "https://x.example/feed").problem
    'not an RSS or Atom feed'
    """
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers)
    entries, skipped = [], 0
    for raw in parsed.entries:
        link = raw.get("link") or (raw.get("id") if str(raw.get("id", "")).startswith(("http://", "https://")) else None)
        if not link:
            skipped += 1
            continue
        url = urljoin(base_url, link)
        stamp = raw.get("published_parsed") or raw.get("updated_parsed")  # a UTC struct_time
        entries.append(Entry(
            url=url,
            entry_id=raw.get("id") or url,
            title=raw.get("title") or None,
            published=dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC) if stamp else None,
        ))
    problem = flaw = None
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), _BENIGN):
        flaw = str(parsed.get("bozo_exception"))
    if not entries and not parsed.get("version"):
        problem = "not an RSS or Atom feed"
    elif not entries and flaw:  # a truncated feed may yield one empty entry: count it as none
        problem = f"malformed feed: {flaw}"
    return ParsedFeed(entries, problem, flaw, skipped)


def feed(source: Any, fetcher: Fetcher, cursor: dict[str, Any]) -> Discovery:
    """Entries not seen before, as items for the flow to fetch (no body)."""
    discovery = Discovery(items=[], cursor=dict(cursor))
    result = fetch_listing(source.url, fetcher, cursor, discovery)
    if result is None:
        return discovery
    base_url = result.final_url or source.url
    parsed = parse_feed(result.body, base_url, result.content_type)
    if parsed.problem:
        discovery.warnings.append(f"{base_url}: {parsed.problem}")
        discovery.unreadable = discovery.warnings[-1]
        return discovery  # validators not kept: tomorrow's feed is read in full again
    if parsed.flaw:
        discovery.warnings.append(f"{base_url}: feed not well-formed ({parsed.flaw}); its entries were read anyway")
    if parsed.skipped:
        discovery.warnings.append(f"{base_url}: {parsed.skipped} entries without a link skipped")
    seen = list(cursor.get("seen_ids", []))
    known = set(seen)
    for entry in parsed.entries:
        if entry.entry_id in known:
            continue
        known.add(entry.entry_id)
        discovery.items.append(Item(
            url=entry.url,
            item_id=entry.entry_id,
            published=entry.published.date() if entry.published else None,
            title=entry.title,
            listing_url=base_url,
        ))
    tonight = [entry.entry_id for entry in parsed.entries]
    discovery.cursor["seen_ids"] = list(dict.fromkeys(tonight + seen))[:MAX_SEEN]
    if not parsed.flaw:  # a flawed (maybe cut off) feed is read again in full tomorrow
        discovery.cursor["etag"] = result.etag
        discovery.cursor["last_modified"] = result.last_modified
    dates = [entry.published for entry in parsed.entries if entry.published]
    if dates:
        newest = max(dates).isoformat()
        discovery.cursor["last_entry_at"] = max(newest, cursor.get("last_entry_at") or newest)
    return discovery
