"""The ReliefWeb v2 reports adapter against a real local server serving BUILT API responses
(tests/fixtures/reliefweb/README.md: the real envelope, real labelled texts as body-html)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import doctest

import pytest
from werkzeug.wrappers import Response

import fetch.adapters.reliefweb as reliefweb_module
import parsers
from fetch import Fetcher, FetchPolicy
from fetch.adapters import adapter_for, single_page
from fetch.adapters.reliefweb import reliefweb_reports
from reliefledger.registry import Source
from tests.conftest import FIXTURES

RELIEFWEB = FIXTURES / "reliefweb"
PAGE1 = (RELIEFWEB / "built-v2-reports-page1.json").read_bytes()  # reports 4150001 (010), 4060002 (019)
PAGE2 = (RELIEFWEB / "built-v2-reports-page2.json").read_bytes()  # report 4010003 (040)
JSON = "application/json"
APPNAME = "reliefledger-test-7f3a"


def fast_policy() -> FetchPolicy:
    return FetchPolicy(backoff_factor=0.01, connect_timeout=2.0, read_timeout=2.0, retries=0, min_host_interval=0)


def source_at(url: str, parser: str = "reliefweb_reports") -> Source:
    return Source(slug="reliefweb-opt", publisher="ReliefWeb", url=url, kind="json", parser=parser,
                  families=("casualties", "detention", "hospitals"), enabled=True, terms="API terms")


@pytest.fixture
def api(httpserver, monkeypatch):
    monkeypatch.setenv("RELIEFWEB_APPNAME", APPNAME)
    monkeypatch.setattr(reliefweb_module, "PAGE_SIZE", 2)
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def _page(request) -> Response:
    """The API: checks what the adapter asks for, answers the page its offset names."""
    assert request.args["appname"] == APPNAME
    assert request.args.getlist("fields[include][]") == ["body-html", "title", "date.original", "url_alias", "source"]
    assert request.args["sort[]"] == "date.original:desc" and request.args["limit"] == "2"
    assert request.args["filter[field]"] == "country.iso3"  # the registry's own query is kept
    body = {"0": PAGE1, "2": PAGE2}[request.args["offset"]]
    return Response(body, content_type=JSON)


def query_url(api) -> str:
    return api.url_for("/v2/reports") + "?filter[field]=country.iso3&filter[value]=PSE"


def test_doctests():
    assert doctest.testmod(reliefweb_module).failed == 0


def test_adapter_for_picks_reliefweb_for_its_parser_and_single_page_for_pdf():
    assert adapter_for(source_at("https://api.reliefweb.int/v2/reports")) is reliefweb_reports
    assert adapter_for(source_at("https://example.org/data.json", parser="auto")) is single_page
    pdf = dataclasses.replace(source_at("https://example.org/sitrep.pdf", parser="auto"), kind="pdf")
    assert adapter_for(pdf) is single_page


def test_reports_of_every_page_become_items_with_their_bodies(api):
    api.expect_request("/v2/reports").respond_with_handler(_page)

    found = reliefweb_reports(source_at(query_url(api)), Fetcher(fast_policy()), {})

    assert found.warnings == []
    assert [item.item_id for item in found.items] == ["4150001", "4060002", "4010003"]
    first = found.items[0]
    assert first.url == "https://reliefweb.int/report/occupied-palestinian-territory/who-only-19-gazas-36-hospitals-remain-operational"
    assert first.published == dt.date(2025, 5, 24)
    assert first.title == "WHO: only 19 of Gaza's 36 hospitals remain operational"
    assert first.content_type.startswith("text/html") and first.body.startswith(b"<p>")
    assert len(found.fetches) == 2  # page 1 was full (2 of 3), page 2 short: paging stopped there
    assert found.cursor == {"seen_ids": ["4150001", "4060002", "4010003"], "last_date": "2025-05-24"}


def test_the_appname_is_in_no_url_that_is_kept(api):
    api.expect_request("/v2/reports").respond_with_handler(_page)

    found = reliefweb_reports(source_at(query_url(api)), Fetcher(fast_policy()), {})

    kept = [item.url for item in found.items] + [item.listing_url for item in found.items]
    kept += [result.url for result in found.fetches] + [result.final_url for result in found.fetches]
    assert all(url and APPNAME not in url and "appname" not in url for url in kept)
    assert found.items[0].listing_url.startswith(api.url_for("/v2/reports") + "?filter%5Bfield%5D=country.iso3")
    assert APPNAME in api.log[-1][0].url  # it was sent, all the same


def test_a_second_call_finds_nothing_new_and_stops_at_the_first_page(api):
    api.expect_request("/v2/reports").respond_with_handler(_page)
    fetcher = Fetcher(fast_policy())
    first = reliefweb_reports(source_at(query_url(api)), fetcher, {})

    again = reliefweb_reports(source_at(query_url(api)), fetcher, first.cursor)

    assert again.items == [] and again.warnings == []
    assert len(again.fetches) == 1  # the first page's reports were known: no need to page further
    assert again.cursor == first.cursor


def test_a_cursor_from_an_earlier_night_lists_only_the_newer_reports(api):
    api.expect_request("/v2/reports").respond_with_handler(_page)
    cursor = {"seen_ids": ["4060002", "4010003"], "last_date": "2024-04-16"}

    found = reliefweb_reports(source_at(query_url(api)), Fetcher(fast_policy()), cursor)

    assert [item.item_id for item in found.items] == ["4150001"]
    assert len(found.fetches) == 1
    assert found.cursor == {"seen_ids": ["4150001", "4060002", "4010003"], "last_date": "2025-05-24"}


def test_without_an_appname_nothing_is_requested(api, monkeypatch):
    monkeypatch.delenv("RELIEFWEB_APPNAME")
    cursor = {"seen_ids": ["1"], "last_date": "2024-01-01"}

    found = reliefweb_reports(source_at(query_url(api)), Fetcher(fast_policy()), cursor)

    assert found.warnings == ["RELIEFWEB_APPNAME is not set"]
    assert found.items == [] and found.fetches == [] and found.cursor == cursor
    assert api.log == []


def test_malformed_json_is_a_warning_and_the_cursor_stays(api):
    api.expect_request("/v2/reports").respond_with_data(PAGE1[:300], content_type=JSON)
    cursor = {"seen_ids": ["1"], "last_date": "2024-01-01"}

    found = reliefweb_reports(source_at(query_url(api)), Fetcher(fast_policy()), cursor)

    [warning] = found.warnings
    assert "malformed JSON" in warning and APPNAME not in warning
    assert found.items == [] and found.cursor == cursor


def test_an_http_error_is_a_warning_without_the_appname(api):
    api.expect_request("/v2/reports").respond_with_data('{"error": "bad appname"}', status=403, content_type=JSON)

    found = reliefweb_reports(source_at(query_url(api)), Fetcher(fast_policy()), {})

    [warning] = found.warnings
    assert "403" in warning and APPNAME not in warning
    assert found.items == [] and found.cursor == {}


def test_an_item_body_parses_to_figures(api):
    api.expect_request("/v2/reports").respond_with_handler(_page)
    source = source_at(query_url(api))
    found = reliefweb_reports(source, Fetcher(fast_policy()), {})
    by_id = {item.item_id: item for item in found.items}

    # what the flow does with each item: parse the body it carries, with the source's parser
    hospitals = parsers.parse_document(by_id["4150001"].body, parser=source.parser,
                                       content_type=by_id["4150001"].content_type, published=by_id["4150001"].published)
    detention = parsers.parse_document(by_id["4060002"].body, parser=source.parser, published=by_id["4060002"].published)

    assert hospitals.parser == "html" and hospitals.warnings == []
    assert {("hospitals_functioning", 19), ("hospitals_total", 36)} <= {(f.metric, f.value) for f in hospitals.figures}
    assert ("administrative_detainees", 3660) in {(f.metric, f.value) for f in detention.figures}
