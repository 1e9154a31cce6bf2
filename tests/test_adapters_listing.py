"""The listing adapter against a real local server serving a BUILT OCHA-style listing page (no real
one is saved): navigation, a featured link repeating a report, report rows, an off-site row, a
pager and a footer; the report links lead to article pages built from labelled corpus texts."""

from __future__ import annotations

import doctest

import pytest

import fetch.adapters.listing as listing_module
import parsers
from fetch import Fetcher, FetchPolicy
from fetch.adapters.listing import MAX_SEEN, listing
from reliefledger.registry import Source
from tests.conftest import FIXTURES

LISTINGS = FIXTURES / "listing"
LISTING = (LISTINGS / "built-ocha-listing.html").read_bytes()  # reports 049, 040, 028 (newest first)
LISTING_NEXT = (LISTINGS / "built-ocha-listing-next.html").read_bytes()  # 048 added on top
HTML = "text/html; charset=utf-8"
SELECTOR = ".views-row h3 a"
V1 = {"ETag": 'W/"listing-1"', "Last-Modified": "Mon, 02 Sep 2024 06:00:00 GMT"}


def fast_policy() -> FetchPolicy:
    return FetchPolicy(backoff_factor=0.01, connect_timeout=2.0, read_timeout=2.0, retries=1, min_host_interval=0)


def source_at(url: str, selector: str | None = SELECTOR) -> Source:
    return Source(slug="ocha-updates", publisher="OCHA oPt", url=url, kind="html", parser="auto",
                  families=("casualties",), enabled=True, terms="public page", selector=selector)


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def report_url(site, number: str) -> str:
    return site.url_for(f"/listing/built-article-{number}.html")


def test_doctests():
    assert doctest.testmod(listing_module).failed == 0


def test_report_links_are_absolute_same_site_deduplicated_in_page_order(site):
    site.expect_request("/listing/updates").respond_with_data(LISTING, content_type=HTML, headers=V1)
    source = source_at(site.url_for("/listing/updates"))

    found = listing(source, Fetcher(fast_policy()), {})

    # the featured repeat of 049 (with a #fragment) is one link; nav, pager, read-more and footer are not matched
    assert [item.url for item in found.items] == [report_url(site, n) for n in ("049", "040", "028")]
    assert all(item.body is None and item.listing_url == source.url for item in found.items)
    assert found.warnings == [f"{source.url}: dropped 1 link(s) to other hosts"]  # the ReliefWeb cross-post
    assert found.cursor == {"seen": [report_url(site, n) for n in ("049", "040", "028")],
                            "etag": 'W/"listing-1"', "last_modified": "Mon, 02 Sep 2024 06:00:00 GMT"}


def test_a_second_call_is_one_conditional_request_answered_304(site):
    site.expect_request("/listing/updates", headers={"If-None-Match": 'W/"listing-1"'}).respond_with_data("", status=304)
    site.expect_request("/listing/updates").respond_with_data(LISTING, content_type=HTML, headers=V1)
    source = source_at(site.url_for("/listing/updates"))
    fetcher = Fetcher(fast_policy())
    first = listing(source, fetcher, {})

    again = listing(source, fetcher, first.cursor)

    assert again.items == [] and again.warnings == []
    assert again.cursor == first.cursor
    [result] = again.fetches
    assert result.not_modified and result.status == 304


def test_a_changed_listing_adds_exactly_the_new_report_and_it_parses(site):
    site.expect_request("/listing/updates").respond_with_data(LISTING, content_type=HTML, headers=V1)
    source = source_at(site.url_for("/listing/updates"))
    fetcher = Fetcher(fast_policy())
    first = listing(source, fetcher, {})
    site.clear_all_handlers()
    site.expect_request("/listing/updates").respond_with_data(LISTING_NEXT, content_type=HTML, headers={"ETag": '"2"'})
    for page in LISTINGS.glob("built-article-*.html"):
        site.expect_request(f"/listing/{page.name}").respond_with_data(page.read_bytes(), content_type=HTML)

    found = listing(source, fetcher, first.cursor)

    [new] = found.items
    assert new.url == report_url(site, "048")
    assert found.cursor["seen"][:2] == [report_url(site, "048"), report_url(site, "049")]
    assert found.cursor["etag"] == '"2"'
    # What the flow does next: fetch the report and parse it.
    article = fetcher.fetch(new.url)
    doc = parsers.parse_document(article.body, content_type=article.content_type, url=new.url)
    assert ("killed", 186000) in {(f.metric, f.value) for f in doc.figures}


def test_the_seen_list_keeps_the_latest_urls_only(site):
    site.expect_request("/listing/updates").respond_with_data(LISTING, content_type=HTML)
    old = [f"https://ocha.example/old/{n}" for n in range(MAX_SEEN)]

    found = listing(source_at(site.url_for("/listing/updates")), Fetcher(fast_policy()), {"seen": old})

    assert len(found.cursor["seen"]) == MAX_SEEN
    assert found.cursor["seen"][:4] == [*(report_url(site, n) for n in ("049", "040", "028")), old[0]]


def test_a_selector_that_matches_nothing_warns_layout_changed(site):
    redesigned = LISTING.replace(b"views-row", b"card")
    site.expect_request("/listing/updates").respond_with_data(redesigned, content_type=HTML, headers={"ETag": '"r"'})
    cursor = {"seen": ["x"], "etag": None, "last_modified": None}

    found = listing(source_at(site.url_for("/listing/updates")), Fetcher(fast_policy()), cursor)

    assert found.items == []
    assert found.warnings == [f"{site.url_for('/listing/updates')}: layout changed: selector '{SELECTOR}' matched nothing"]
    assert found.cursor == cursor  # the redesigned page's ETag is not kept


def test_an_invalid_selector_is_a_warning_not_a_crash(site):
    site.expect_request("/listing/updates").respond_with_data(LISTING, content_type=HTML)

    found = listing(source_at(site.url_for("/listing/updates"), selector=".views-row h3 >> a"),
                    Fetcher(fast_policy()), {})

    assert found.items == [] and len(found.warnings) == 1 and "invalid selector" in found.warnings[0]


def test_a_failed_request_is_recorded_with_a_warning(site):
    site.expect_request("/listing/updates").respond_with_data("forbidden", status=403)

    found = listing(source_at(site.url_for("/listing/updates")), Fetcher(fast_policy()), {"seen": ["x"]})

    assert found.items == [] and found.cursor == {"seen": ["x"]}
    [result] = found.fetches
    assert result.error == "HTTP 403"
    assert found.warnings == [f"{result.url}: HTTP 403"]
