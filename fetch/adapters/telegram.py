"""Telegram channels through their public web preview, ``https://t.me/s/<channel>``.

The preview lists a channel's latest posts, oldest first, and pages back with ``?before=<id>``.
One post is a ``div.tgme_widget_message[data-post="CHANNEL/ID"]``; its text is the
``.tgme_widget_message_text`` div only (a link preview repeats text elsewhere), its date the
``a.tgme_widget_message_date time[datetime]``. The post carries its whole text, so each item has
its body and the flow fetches nothing more. The page answers no conditional request usefully:
a night with nothing new costs one request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from fetch.adapters import Discovery, Item
from fetch.http import Fetcher

MAX_PAGES = 3  # pages read on a source's first night; a deeper backfill is a separate job
MAX_PAGES_WITH_CURSOR = 30  # a guard against paging forever after a long outage
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML's collapsible whitespace; a no-break space is text
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")


@dataclasses.dataclass(frozen=True, slots=True)
class Post:
    channel: str
    post_id: int
    text: str | None  # None for a post with media and no text
    published: dt.datetime | None
    forwarded_from: str | None  # the original channel's name, for a forwarded post

    @property
    def url(self) -> str:
        return f"https://t.me/{self.channel}/{self.post_id}"


@dataclasses.dataclass(frozen=True, slots=True)
class Page:
    posts: list[Post]
    has_older: bool  # the page links to older posts; the channel's first page does not


def parse_page(html: bytes | str) -> Page:
    """Every post on a preview page, in page order (oldest first), and whether older posts exist.

    >>> page = parse_page('''<section class="tgme_channel_history">
    ...   <a class="tme_messages_more js-messages_more" data-before="812" href="/s/MOHMediaGaza?before=812"></a>
    ...   <div class="tgme_widget_message" data-post="MOHMediaGaza/812">
    ...   <div class="tgme_widget_message_text js-message_text">Killed:&nbsp;7<br/>Injured: 6 &amp; more
    ...   </div><a class="tgme_widget_message_date" href="https://t.me/MOHMediaGaza/812">
    ...   <time datetime="2026-06-15T10:02:11+00:00">10:02</time></a></div>
    ...   <div class="tgme_widget_message" data-post="MOHMediaGaza/813"><a class="tgme_widget_message_photo_wrap"></a></div>
    ...   </section>''')
    >>> first, media_only = page.posts
    >>> first.text, first.post_id, first.published.isoformat(), first.url
    ('Killed:\\xa07\\nInjured: 6 & more', 812, '2026-06-15T10:02:11+00:00', 'https://t.me/MOHMediaGaza/812')
    >>> media_only.text is None, media_only.published, page.has_older
    (True, None, True)
    """
    soup = BeautifulSoup(html, "lxml")
    posts = []
    for node in soup.select("div.tgme_widget_message[data-post]"):
        channel, _, post_id = node["data-post"].partition("/")
        if not post_id.isdigit():
            continue
        text_div = node.select_one(".tgme_widget_message_text")  # the outermost, when one nests another
        time_tag = node.select_one("a.tgme_widget_message_date time[datetime]")
        forwarded = node.select_one(".tgme_widget_message_forwarded_from_name")
        posts.append(Post(
            channel=channel,
            post_id=int(post_id),
            text=(post_text(text_div) or None) if text_div is not None else None,
            published=_parse_datetime(time_tag["datetime"]) if time_tag is not None else None,
            forwarded_from=forwarded.get_text(" ", strip=True) if forwarded is not None else None,
        ))
    has_older = soup.select_one("a.tme_messages_more[data-before], link[rel=prev]") is not None
    return Page(posts, has_older)


def post_text(node: Tag) -> str:
    """A post's text as Telegram renders it: ``<br>`` breaks lines, markup whitespace collapses."""
    parts = []
    for piece in node.descendants:
        if isinstance(piece, Tag) and piece.name == "br":
            parts.append("\n")
        elif isinstance(piece, NavigableString) and type(piece) is NavigableString:  # not comments
            parts.append(_HTML_SPACE.sub(" ", str(piece)))
    return _SPACE_AROUND_NEWLINE.sub("\n", "".join(parts)).strip()


def page_url(channel_url: str, before: int | None) -> str:
    """The preview page ending just before post ``before`` (the latest page for None).

    >>> page_url("https://t.me/s/MOHMediaGaza", 8141)
    'https://t.me/s/MOHMediaGaza?before=8141'
    >>> page_url("https://t.me/s/MOHMediaGaza?before=9000", None)
    'https://t.me/s/MOHMediaGaza'
    """
    parts = urlsplit(channel_url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "before"]
    if before is not None:
        query.append(("before", str(before)))
    return urlunsplit(parts._replace(query=urlencode(query)))


def telegram(source: Any, fetcher: Fetcher, cursor: dict[str, Any]) -> Discovery:
    """Posts newer than ``cursor["last_post_id"]``, paging back until the cursor is reached.

    Without a cursor (a source's first night) at most :data:`MAX_PAGES` pages are read.
    """
    last_seen = cursor.get("last_post_id")
    discovery = Discovery(items=[], cursor=dict(cursor))
    seen_ids: set[int] = set()
    advance_cursor = True
    before = None
    for page_number in range(1, (MAX_PAGES if last_seen is None else MAX_PAGES_WITH_CURSOR) + 1):
        url = page_url(source.url, before)
        result = fetcher.fetch(url)
        discovery.fetches.append(result)
        if not result.ok:
            discovery.warnings.append(f"{url}: {result.error}")
            # Posts between this page and the cursor went unread: keep the cursor so tomorrow reads
            # them. Listing tonight's posts again costs nothing; the archive is content-addressed.
            advance_cursor = last_seen is None
            break
        page = parse_page(result.body)
        if not page.posts:
            # The latest page of a live channel always has posts; an older page may be past its start.
            if page_number == 1:
                discovery.warnings.append(f"{url}: layout changed: no posts found")
                discovery.unreadable = discovery.warnings[-1]
            break
        for post in page.posts:
            if post.post_id in seen_ids or (last_seen is not None and post.post_id <= last_seen):
                continue
            seen_ids.add(post.post_id)
            if post.text is not None:
                discovery.items.append(_item(post, url))
        oldest = min(post.post_id for post in page.posts)
        if last_seen is not None and oldest <= last_seen:
            break
        if not page.has_older:
            if last_seen is not None:
                discovery.warnings.append(f"{url}: no link to older posts before reaching post {last_seen}")
            break
        if before is not None and oldest >= before:  # the server ignored ?before=: paging would loop
            discovery.warnings.append(f"{url}: page did not go back past post {before}; stopped paging")
            break
        before = oldest
    else:
        if last_seen is not None:  # a known gap, said once; staying behind would repeat it every night
            discovery.warnings.append(f"stopped after {MAX_PAGES_WITH_CURSOR} pages before reaching post {last_seen}")
    if seen_ids and advance_cursor:
        discovery.cursor["last_post_id"] = max(seen_ids | ({last_seen} if last_seen is not None else set()))
    discovery.items.sort(key=lambda item: int(item.item_id))
    return discovery


def _item(post: Post, listing_url: str) -> Item:
    return Item(
        url=post.url,
        body=post.text.encode("utf-8"),
        content_type="text/plain; charset=utf-8",
        item_id=str(post.post_id),
        published=post.published.date() if post.published is not None else None,
        listing_url=listing_url,
        forwarded_from=post.forwarded_from,
    )


def _parse_datetime(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
