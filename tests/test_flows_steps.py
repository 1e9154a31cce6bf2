"""The plain functions behind the nightly tasks, without Prefect."""

import datetime as dt
import gzip

from fetch.archive import Archive
from fetch.http import Attempt, FetchResult
from fetch.adapters import Discovery, Item
from flows.steps import FetchLog, SourceOutcome, build_load, is_transient, note_fetch_problems, published_hint
from flows.summary import render_summary
from reliefledger.registry import Source
from warehouse.records import SeriesChange

NOW = dt.datetime(2026, 6, 16, 2, 0, tzinfo=dt.UTC)
SOURCE = Source(slug="moh", publisher="Gaza Ministry of Health", url="http://127.0.0.1/moh.txt", kind="html",
                parser="auto", families=("casualties",), enabled=True, terms="t")
BULLETIN = b"Cumulative statistics since October 7, 2023:\n\n* Cumulative number of martyrs: 73,008\n"


def _result(status, body=None, error=None, not_modified=False, last_modified=None):
    return FetchResult(url=SOURCE.url, final_url=SOURCE.url, status=status, body=body, content_type="text/plain",
                       etag='"e1"', last_modified=last_modified, not_modified=not_modified, error=error,
                       started_at=NOW, elapsed_ms=3.0,
                       attempts=[Attempt(NOW, 3.0, status, len(body or b""), error)])


def test_published_hint_reads_http_dates_and_ignores_junk():
    assert published_hint("Tue, 16 Jun 2026 12:00:00 GMT") == dt.date(2026, 6, 16)
    assert published_hint("not a date") is None and published_hint(None) is None


def test_transient_failures_are_server_errors_and_silence_not_client_errors():
    assert is_transient(_result(503, error="HTTP 503 after 4 attempts"))
    assert is_transient(_result(None, error="read timeout"))
    assert not is_transient(_result(404, error="HTTP 404"))
    assert not is_transient(_result(200, body=BULLETIN))
    assert not is_transient(_result(304, not_modified=True))


def _log(*pairs, cursor=None):
    log = FetchLog()
    log.discovery = Discovery(items=[item for item, _ in pairs], cursor=cursor or {})
    log.documents = list(pairs)
    log.requests = [result for _, result in pairs if result is not None]
    return log


def test_a_retried_fetch_that_fails_the_same_way_is_one_reason_in_the_summary():
    page, feed = Item(url=SOURCE.url), Item(url=SOURCE.url + "/feed")
    log = _log((page, _result(503, error="HTTP 503 after 2 attempts")),  # the fetch task's try and its retry
               (page, _result(503, error="HTTP 503 after 2 attempts")),
               (feed, _result(None, error="read timeout")))
    log.discovery.warnings.append("layout changed")
    outcome = SourceOutcome("moh")
    note_fetch_problems(outcome, log)
    assert outcome.errors == ["HTTP 503 after 2 attempts", "read timeout", "layout changed"]
    assert len(log.requests) == 3  # every attempt is still a row of fetches


def test_build_load_archives_parses_and_records_every_fetch(tmp_path):
    archive, outcome = Archive(tmp_path), SourceOutcome("moh")
    page = Item(url=SOURCE.url)
    log = _log((page, _result(200, body=BULLETIN, last_modified="Tue, 16 Jun 2026 12:00:00 GMT")),
               (page, _result(304, not_modified=True)))
    load = build_load(SOURCE, log, archive, "run-1", outcome)
    assert (outcome.fetched, outcome.not_modified) == (1, 1)
    [document] = load.documents
    assert gzip.decompress((tmp_path / document.archive_path).read_bytes()) == BULLETIN
    assert [(f.metric, f.value) for f in document.parsed.figures] == [("killed", 73008)]
    assert document.parsed.figures[0].as_of == dt.date(2026, 6, 16)  # from Last-Modified: the text has no date
    assert [f.content_sha256 for f in load.fetches] == [document.content_sha256, None]


def test_documents_carried_by_the_listing_keep_their_post_id_and_the_cursor_moves(tmp_path):
    post = Item(url="https://t.me/MOHMediaGaza/7001", body=BULLETIN, content_type="text/plain; charset=utf-8",
                item_id="7001", published=dt.date(2026, 6, 16), listing_url="https://t.me/s/MOHMediaGaza")
    load = build_load(SOURCE, _log((post, None), cursor={"last_post_id": 7001}), Archive(tmp_path), "run-1",
                      SourceOutcome("moh"))
    [document] = load.documents
    assert (document.url, document.item_id, document.listing_url) == (post.url, "7001", post.listing_url)
    assert load.cursor == {"last_post_id": 7001} and load.fetches == []


def test_a_failed_document_fetch_holds_the_cursor_back(tmp_path):
    entry = Item(url=SOURCE.url, item_id="e1")
    load = build_load(SOURCE, _log((entry, _result(503, error="HTTP 503 after 4 attempts")),
                                   cursor={"last_entry_at": "2026-06-16T00:00:00"}),
                      Archive(tmp_path), "run-1", SourceOutcome("moh"))
    assert load.documents == [] and load.cursor is None


def test_summary_names_failed_sources_and_shows_changes():
    outcomes = [SourceOutcome("moh", fetched=1, new_documents=1, new_figures=6),
                SourceOutcome("gone", status="failed", errors=["HTTP 404"])]
    change = SeriesChange("k", "killed", "all", "Gaza Strip", "Gaza Ministry of Health", "cumulative",
                          73003, dt.date(2026, 6, 15), 73008, dt.date(2026, 6, 16),
                          "Cumulative number of martyrs: 73,008", "http://127.0.0.1/moh.txt")
    markdown = render_summary("nightly-2026-06-16", "run-1", outcomes, [change])
    assert "2 sources, 1 failed (gone)" in markdown
    assert "| gone | failed | 0 | 0 | 0 | 0 | HTTP 404 |" in markdown
    assert "73,003 → 73,008" in markdown and "(http://127.0.0.1/moh.txt)" in markdown


def test_a_forwarded_post_is_published_by_the_channel_it_came_from(tmp_path):
    post = Item(url="https://t.me/MOHMediaGaza/7002", body=BULLETIN, content_type="text/plain; charset=utf-8",
                item_id="7002", forwarded_from="Another Channel")
    [document] = build_load(SOURCE, _log((post, None)), Archive(tmp_path), "run-1", SourceOutcome("moh")).documents
    assert document.publisher == "Another Channel"


def test_a_listing_cut_short_by_a_crash_holds_the_cursor_back(tmp_path):
    first, second = Item(url=SOURCE.url, item_id="e1"), Item(url=SOURCE.url + "?2", item_id="e2")
    log = _log((first, _result(200, body=BULLETIN)), cursor={"seen_ids": ["e1", "e2"]})
    log.discovery.items.append(second)  # listed, but the fetch crashed before reaching it
    assert not log.complete and log.unfetched == 1
    assert build_load(SOURCE, log, Archive(tmp_path), "run-1", SourceOutcome("moh")).cursor is None


def test_a_listing_says_how_many_items_it_found_before_their_bodies_are_fetched(httpserver):
    from fetch import Fetcher, FetchPolicy
    from flows.steps import discover_and_fetch

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    entries = "".join(f"<item><title>Update {n}</title><link>{httpserver.url_for(f'/update-{n}')}</link>"
                      f"<guid>update-{n}</guid></item>" for n in range(3))
    httpserver.expect_request("/news.rss").respond_with_data(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>{httpserver.url_for("/")}</link>'
        f"<description>d</description>{entries}</channel></rss>", content_type="application/rss+xml")
    for n in range(3):
        httpserver.expect_request(f"/update-{n}").respond_with_data(f"{n + 1} people were killed.",
                                                                    content_type="text/plain")
    source = Source(slug="news", publisher="News", url=httpserver.url_for("/news.rss"), kind="rss", parser="auto",
                    families=("casualties",), enabled=True, terms="t")
    told = []
    log = FetchLog(listed=lambda count: told.append((count, len(log.documents))))
    fetcher = Fetcher(FetchPolicy(backoff_factor=0.01, retries=0, min_host_interval=0))
    discover_and_fetch(source, fetcher, {}, lambda url: (None, None), log)
    assert told == [(3, 0)]  # told once, with nothing fetched yet
    assert [result.status for _, result in log.documents] == [200, 200, 200]
