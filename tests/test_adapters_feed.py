"""The RSS/Atom adapter against a real local server serving BUILT feeds (no real feed is saved):
an RSS 2.0 news feed and an Atom 1.0 WHO-style feed whose entries link to article pages built
from labelled corpus texts."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest

import fetch.adapters.feed as feed_module
import parsers
from fetch import Fetcher, FetchPolicy
from fetch.adapters.feed import feed
from reliefledger.registry import Source
from tests.conftest import FIXTURES

FEEDS = FIXTURES / "feeds"
RSS = (FEEDS / "built-rss-news.xml").read_bytes()  # entries 050, 001, 019
RSS_NEXT = (FEEDS / "built-rss-news-next.xml").read_bytes()  # the same plus 032
ATOM = (FEEDS / "built-atom-who.xml").read_bytes()  # entries 010, 014, 005, relative links
RSS_TYPE = "application/rss+xml; charset=utf-8"
V1 = {"ETag": '"rss-v1"', "Last-Modified": "Tue, 16 Apr 2024 08:30:00 GMT"}


def fast_policy() -> FetchPolicy:
    return FetchPolicy(backoff_factor=0.01, connect_timeout=2.0, read_timeout=2.0, retries=1, min_host_interval=0)


def source_at(url: str) -> Source:
    return Source(slug="example-news", publisher="Example News", url=url, kind="rss", parser="auto",
                  families=("casualties", "detention"), enabled=True, terms="public feed")


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def feed_requests(server, path):
    return [request for request, _ in server.log if request.path == path]


def test_doctests():
    assert doctest.testmod(feed_module).failed == 0


def test_rss_entries_become_items_to_fetch(site):
    site.expect_request("/news.rss").respond_with_data(RSS, content_type=RSS_TYPE, headers=V1)
    source = source_at(site.url_for("/news.rss"))

    found = feed(source, Fetcher(fast_policy()), {})

    assert [item.url for item in found.items] == [
        "https://news.example.org/2024/04/16/article-019",
        "https://news.example.org/2024/02/19/article-001",
        "https://news.example.org/2024/01/18/article-050",
    ]
    newest = found.items[0]
    assert newest.item_id == "example-news-019"
    assert newest.published == dt.date(2024, 4, 16)
    assert newest.title.startswith("The number of Palestinian prisoners in Israeli Occupation prisons")
    assert newest.listing_url == source.url
    assert all(item.body is None and item.content_type is None for item in found.items)
    assert found.cursor == {
        "seen_ids": ["example-news-019", "example-news-001", "example-news-050"],
        "etag": '"rss-v1"',
        "last_modified": "Tue, 16 Apr 2024 08:30:00 GMT",
        "last_entry_at": "2024-04-16T08:30:00+00:00",
    }
    assert len(found.fetches) == 1 and found.warnings == []


def test_a_second_call_is_one_conditional_request_answered_304(site):
    site.expect_request("/news.rss", headers={"If-None-Match": '"rss-v1"'}).respond_with_data("", status=304)
    site.expect_request("/news.rss").respond_with_data(RSS, content_type=RSS_TYPE, headers=V1)
    source = source_at(site.url_for("/news.rss"))
    fetcher = Fetcher(fast_policy())
    first = feed(source, fetcher, {})

    again = feed(source, fetcher, first.cursor)

    assert again.items == [] and again.warnings == []
    assert again.cursor == first.cursor
    [result] = again.fetches
    assert result.not_modified
    second_request = feed_requests(site, "/news.rss")[1]
    assert second_request.headers["If-Modified-Since"] == "Tue, 16 Apr 2024 08:30:00 GMT"


def test_a_changed_feed_adds_exactly_the_new_entry(site):
    site.expect_request("/news.rss").respond_with_data(RSS, content_type=RSS_TYPE, headers=V1)
    source = source_at(site.url_for("/news.rss"))
    fetcher = Fetcher(fast_policy())
    first = feed(source, fetcher, {})
    site.clear_all_handlers()
    site.expect_request("/news.rss").respond_with_data(RSS_NEXT, content_type=RSS_TYPE, headers={"ETag": '"rss-v2"'})

    found = feed(source, fetcher, first.cursor)

    assert [item.item_id for item in found.items] == ["example-news-032"]
    assert found.items[0].published == dt.date(2024, 10, 2)
    assert found.cursor["seen_ids"][0] == "example-news-032" and len(found.cursor["seen_ids"]) == 4
    assert (found.cursor["etag"], found.cursor["last_modified"]) == ('"rss-v2"', None)
    assert found.cursor["last_entry_at"] == "2024-10-02T19:40:00+00:00"


def test_a_server_ignoring_validators_still_lists_nothing_new(site):
    site.expect_request("/news.rss").respond_with_data(RSS, content_type=RSS_TYPE)  # no validators, always 200
    source = source_at(site.url_for("/news.rss"))
    fetcher = Fetcher(fast_policy())

    again = feed(source, fetcher, feed(source, fetcher, {}).cursor)

    assert again.items == [] and len(again.fetches) == 1


def test_atom_relative_links_resolve_and_the_articles_parse_to_figures(site):
    site.expect_request("/feeds/built-atom-who.xml").respond_with_data(ATOM, content_type="application/atom+xml")
    for page in FEEDS.glob("built-article-*.html"):
        site.expect_request(f"/feeds/{page.name}").respond_with_data(page.read_bytes(), content_type="text/html; charset=utf-8")
    fetcher = Fetcher(fast_policy())

    found = feed(source_at(site.url_for("/feeds/built-atom-who.xml")), fetcher, {})

    assert [item.url for item in found.items] == [site.url_for(f"/feeds/built-article-{n}.html") for n in ("010", "014", "005")]
    assert [item.item_id for item in found.items] == [f"tag:who.example.int,2025:news/{n}" for n in ("010", "014", "005")]
    assert [item.published for item in found.items] == [dt.date(2025, 5, 24), dt.date(2024, 5, 24), dt.date(2023, 10, 31)]
    # What the flow does next: fetch each article and parse it.
    article = fetcher.fetch(found.items[1].url)
    doc = parsers.parse_document(article.body, content_type=article.content_type, url=found.items[1].url)
    assert ("hospitals_functioning", 3) in {(f.metric, f.value) for f in doc.figures}
    assert "Privacy" not in doc.text  # the built page's footer is not the article


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (RSS[: RSS.index(b"<link>https://news")], "malformed feed"),  # cut off inside the first entry
        (b"<html><body><h1>Scheduled maintenance</h1></body></html>", "not an RSS or Atom feed"),
    ],
    ids=["truncated", "html-instead-of-feed"],
)
def test_a_broken_feed_is_a_warning_and_keeps_the_cursor(site, body, reason):
    site.expect_request("/news.rss").respond_with_data(body, content_type=RSS_TYPE, headers={"ETag": '"broken"'})
    cursor = {"seen_ids": ["example-news-001"], "etag": '"rss-v1"', "last_modified": None}

    found = feed(source_at(site.url_for("/news.rss")), Fetcher(fast_policy()), cursor)

    assert found.items == []
    assert len(found.warnings) == 1 and reason in found.warnings[0]
    assert found.cursor == cursor  # the broken body's ETag is not kept: tomorrow reads the feed in full


def test_a_failed_request_is_recorded_with_a_warning(site):
    site.expect_request("/news.rss").respond_with_data("gone", status=410)

    found = feed(source_at(site.url_for("/news.rss")), Fetcher(fast_policy()), {"seen_ids": ["a"]})

    assert found.items == [] and found.cursor == {"seen_ids": ["a"]}
    [result] = found.fetches
    assert result.error == "HTTP 410"
    assert found.warnings == [f"{result.url}: HTTP 410"]


def test_a_feed_cut_off_after_some_entries_lists_them_with_a_warning(site):
    cut = RSS[: RSS.index(b"<guid", RSS.index(b"article-001"))]  # 019 whole; 001 up to its link
    site.expect_request("/news.rss").respond_with_data(cut, content_type=RSS_TYPE, headers={"ETag": '"cut"'})

    found = feed(source_at(site.url_for("/news.rss")), Fetcher(fast_policy()), {})

    assert [item.url.rsplit("/", 1)[1] for item in found.items] == ["article-019", "article-001"]
    assert len(found.warnings) == 1 and "not well-formed" in found.warnings[0]
    assert "etag" not in found.cursor  # no validators kept: tomorrow's request is unconditional
