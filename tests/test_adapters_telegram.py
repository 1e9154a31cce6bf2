"""The Telegram adapter against a real local server serving t.me/s preview pages: the real saved
topwar_official page (markup) and built MOHMediaGaza pages carrying real MoH bulletin texts."""

from __future__ import annotations

import datetime as dt
import doctest
import re
import types

import pytest

import fetch.adapters.telegram as telegram_module
import parsers
from fetch import Fetcher, FetchPolicy
from fetch.adapters import adapter_for
from fetch.adapters.telegram import MAX_PAGES, parse_page, telegram
from reliefledger.registry import Source
from tests.conftest import FIXTURES

PAGES = FIXTURES / "telegram"
REAL_PAGE = (PAGES / "tme-s-topwar_official-2023-02-28.html").read_bytes()
MOH_PAGE = (PAGES / "built-tme-s-mohmediagaza.html").read_bytes()  # posts 8141, 8150, 8162
MOH_OLDER_PAGE = (PAGES / "built-tme-s-mohmediagaza-before-8141.html").read_bytes()  # 8137, 8139: media only
MOH_NEXT_NIGHT = (PAGES / "built-tme-s-mohmediagaza-2026-06-18.html").read_bytes()  # 8150, 8162, 8170, 8171
HTML = "text/html; charset=utf-8"


def fast_policy() -> FetchPolicy:
    return FetchPolicy(backoff_factor=0.01, connect_timeout=2.0, read_timeout=2.0, retries=1, min_host_interval=0)


def source_at(url: str) -> Source:
    return Source(slug="moh-telegram", publisher="Gaza Ministry of Health", url=url, kind="telegram",
                  parser="auto", families=("casualties",), enabled=True, terms="public channel")


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def page_requests(server, path):
    return [request for request, _ in server.log if request.path == path]


def serve_moh(site, latest=MOH_PAGE):
    # Specific query first: pytest-httpserver answers with the first handler that matches.
    site.expect_request("/s/MOHMediaGaza", query_string="before=8141").respond_with_data(MOH_OLDER_PAGE, content_type=HTML)
    site.expect_request("/s/MOHMediaGaza", query_string="").respond_with_data(latest, content_type=HTML)
    return source_at(site.url_for("/s/MOHMediaGaza"))


def test_doctests():
    assert doctest.testmod(telegram_module).failed == 0


# --- the real saved page ------------------------------------------------------------------------

def test_real_page_has_twelve_posts_with_ids_dates_and_forwards():
    posts = parse_page(REAL_PAGE).posts

    assert [p.post_id for p in posts] == [70989, 70990, 70992, 70995, 70996, 70997, 70998, 70999, 71000,
                                          71006, 71007, 71008]
    assert {p.channel for p in posts} == {"topwar_official"}
    assert posts[0].published == dt.datetime(2023, 2, 28, 7, 47, 53, tzinfo=dt.UTC)
    assert posts[-1].url == "https://t.me/topwar_official/71008"
    forwarded = {p.post_id: p.forwarded_from for p in posts if p.forwarded_from}
    assert forwarded == {70996: "Военкор Ярем", 70998: "БелВПО", 71006: "Старше Эдды", 71007: "Пул N3",
                         71008: "ImpNavigator"}
    assert all(p.text for p in posts)  # every post on this page has a text div (photos and videos too)


def test_real_page_text_reads_only_the_text_div_with_breaks_and_entities():
    posts = {p.post_id: p for p in parse_page(REAL_PAGE).posts}

    assert posts[70995].text.startswith('План "Ковер" отменен')  # &quot; decoded
    assert posts[70989].text == (  # the saved page's re-indentation is not text; <br/> is a line break
        "В Санкт-Петербурге в небо над городом подняли истребители из-за неизвестного объекта в воздухе, "
        "аэропорт Пулково не принимает самолеты, сообщает Baza.\n"
        "Судя по сервису Flightradar, гражданские самолеты не приближаются к Санкт-Петербургу.")
    assert posts[70998].text.startswith("Новые ракетные корабли ВМФ РФ с Калибрами вышли на учения в Балтийское море\n\n")
    # 70996 has a link preview ("Милитарист"); its text is not part of the post
    assert "Милитарист" not in posts[70996].text
    # 71000 nests one text div in another: read once
    assert posts[71000].text == "Последствия ночного удара БПЛА-камикадзе ВСУ по нефтебазе в Туапсе сегодня ночью."


def test_posts_without_a_text_div_are_skipped_but_counted_in_the_cursor():
    posts = parse_page(MOH_NEXT_NIGHT).posts
    assert [(p.post_id, p.text is None) for p in posts] == [(8150, False), (8162, False), (8170, False), (8171, True)]


def test_real_page_items_after_the_cursor_take_one_request(site):
    site.expect_request("/s/topwar_official").respond_with_data(REAL_PAGE, content_type=HTML)
    source = source_at(site.url_for("/s/topwar_official"))

    found = telegram(source, Fetcher(fast_policy()), {"last_post_id": 71000})

    assert [item.item_id for item in found.items] == ["71006", "71007", "71008"]
    first = found.items[0]
    assert first.url == "https://t.me/topwar_official/71006"
    assert first.content_type == "text/plain; charset=utf-8"
    assert first.body.decode("utf-8").startswith("Кратко по фронту")
    assert first.published == dt.date(2023, 2, 28)
    assert first.listing_url == source.url
    assert found.cursor == {"last_post_id": 71008}
    assert len(found.fetches) == 1 and found.warnings == []


# --- built MOHMediaGaza pages: paging, cursors, figures -----------------------------------------

def test_first_night_pages_back_to_the_channel_start_and_parses_bulletins(site):
    source = serve_moh(site)

    found = telegram(source, Fetcher(fast_policy()), {})

    assert [f.url for f in found.fetches] == [source.url, source.url + "?before=8141"]
    assert [item.item_id for item in found.items] == ["8141", "8150", "8162"]  # 8137, 8139: media only
    assert [item.published for item in found.items] == [dt.date(2026, 6, 15), dt.date(2026, 6, 16), dt.date(2026, 6, 17)]
    assert found.cursor == {"last_post_id": 8162}
    assert found.warnings == []

    bulletin = found.items[0]
    doc = parsers.parse_document(bulletin.body, content_type=bulletin.content_type)
    cumulative = {(f.metric, f.value) for f in doc.figures if f.period == "cumulative"}
    assert {("killed", 73003), ("injured", 173252)} <= cumulative
    daily = {(f.metric, f.value) for f in doc.figures if f.period == "period"}
    assert {("killed", 7), ("injured", 6)} <= daily
    assert all(f.location == "Gaza Strip" for f in doc.figures)


def test_paging_stops_at_the_cursor(site):
    source = serve_moh(site)

    found = telegram(source, Fetcher(fast_policy()), {"last_post_id": 8140})

    assert len(found.fetches) == 2  # 8141 > 8140, so the page before 8141 is read too
    assert [item.item_id for item in found.items] == ["8141", "8150", "8162"]
    assert page_requests(site, "/s/MOHMediaGaza")[1].args["before"] == "8141"


def test_a_second_call_with_the_returned_cursor_finds_nothing_in_one_request(site):
    source = serve_moh(site)
    fetcher = Fetcher(fast_policy())
    first = telegram(source, fetcher, {})

    again = telegram(source, fetcher, first.cursor)

    assert again.items == [] and again.warnings == []
    assert len(again.fetches) == 1
    assert again.cursor == first.cursor


def test_the_next_night_adds_exactly_the_new_post(site):
    source = serve_moh(site, latest=MOH_NEXT_NIGHT)

    found = telegram(source, Fetcher(fast_policy()), {"last_post_id": 8162})

    assert [item.item_id for item in found.items] == ["8170"]
    assert found.cursor == {"last_post_id": 8171}  # the media-only post is seen, not listed
    assert len(found.fetches) == 1
    doc = parsers.parse_document(found.items[0].body, content_type=found.items[0].content_type)
    assert ("killed", 73018) in {(f.metric, f.value) for f in doc.figures if f.period == "cumulative"}


def test_first_night_reads_at_most_max_pages(site):
    def shifted_page(request):
        # The real page, renumbered to end just before ?before=: a channel with a long history.
        from werkzeug import Response
        before = int(request.args.get("before", 71009))
        shift = 71009 - before
        body = re.sub(rb"topwar_official/(\d+)", lambda m: b"topwar_official/%d" % (int(m[1]) - shift), REAL_PAGE)
        return Response(body, content_type=HTML)

    site.expect_request("/s/topwar_official").respond_with_handler(shifted_page)

    found = telegram(source_at(site.url_for("/s/topwar_official")), Fetcher(fast_policy()), {})

    assert len(found.fetches) == MAX_PAGES
    assert len(found.items) == 12 * MAX_PAGES
    assert len({item.item_id for item in found.items}) == 12 * MAX_PAGES
    assert found.cursor == {"last_post_id": 71008}


# --- trouble is a warning, never an exception ---------------------------------------------------

def test_a_page_without_posts_warns_layout_changed(site):
    renamed = REAL_PAGE.replace(b"tgme_widget_message ", b"tgme_post ")
    site.expect_request("/s/topwar_official").respond_with_data(renamed, content_type=HTML)

    found = telegram(source_at(site.url_for("/s/topwar_official")), Fetcher(fast_policy()), {"last_post_id": 5})

    assert found.items == []
    assert [w.endswith("layout changed: no posts found") for w in found.warnings] == [True]
    assert found.cursor == {"last_post_id": 5}


def test_a_failed_request_is_recorded_with_a_warning(site):
    site.expect_request("/s/MOHMediaGaza").respond_with_data("no such channel", status=404)

    found = telegram(source_at(site.url_for("/s/MOHMediaGaza")), Fetcher(fast_policy()), {"last_post_id": 8162})

    assert found.items == [] and found.cursor == {"last_post_id": 8162}
    [result] = found.fetches
    assert result.status == 404 and result.error == "HTTP 404"
    assert found.warnings == [f"{result.url}: HTTP 404"]


def test_adapter_for_picks_by_kind():
    from fetch.adapters import single_page
    from fetch.adapters.feed import feed
    from fetch.adapters.listing import listing

    base = source_at("https://t.me/s/MOHMediaGaza")
    html = Source(**{**base.as_row(), "kind": "html", "families": ("casualties",)})
    assert adapter_for(base) is telegram
    assert adapter_for(Source(**{**base.as_row(), "kind": "rss", "families": ("casualties",)})) is feed
    assert adapter_for(html) is single_page
    assert adapter_for(Source(**{**base.as_row(), "kind": "html", "selector": "h3 a", "families": ("casualties",)})) is listing
    assert adapter_for(Source(**{**base.as_row(), "kind": "json", "families": ("casualties",)})) is single_page
    assert adapter_for(Source(**{**base.as_row(), "kind": "pdf", "families": ("casualties",)})) is single_page
    with pytest.raises(ValueError, match="no adapter for kind 'gopher'"):
        adapter_for(types.SimpleNamespace(kind="gopher", slug="old", parser="auto", selector=None))


def test_a_failure_while_paging_back_keeps_the_cursor_so_no_post_is_skipped(site):
    site.expect_request("/s/MOHMediaGaza", query_string="before=8141").respond_with_data("down", status=404)
    site.expect_request("/s/MOHMediaGaza", query_string="").respond_with_data(MOH_PAGE, content_type=HTML)

    found = telegram(source_at(site.url_for("/s/MOHMediaGaza")), Fetcher(fast_policy()), {"last_post_id": 8100})

    assert [item.item_id for item in found.items] == ["8141", "8150", "8162"]  # still ingested tonight
    assert found.cursor == {"last_post_id": 8100}  # posts 8101..8140 are read tomorrow
    assert [f.status for f in found.fetches] == [200, 404]
    assert len(found.warnings) == 1 and found.warnings[0].endswith("HTTP 404")
