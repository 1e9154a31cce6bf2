"""Fetcher against a real HTTP server on 127.0.0.1 (pytest-httpserver): bodies, validators,
retries, caps, network failures. robots.txt behaviour is in test_fetch_robots.py."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from email.utils import formatdate

import pytest
from werkzeug import Response

from fetch import Fetcher, FetchPolicy

PAGE = "/reports/update-142"
BODY = b"<html><body>At least 1,200 people were killed.</body></html>"


def fast_policy(**overrides) -> FetchPolicy:
    """Tiny backoff and short timeouts so the suite stays fast."""
    settings = dict(backoff_factor=0.01, connect_timeout=2.0, read_timeout=2.0, min_host_interval=0)
    settings.update(overrides)
    return FetchPolicy(**settings)


@pytest.fixture
def site(httpserver):
    """The test server with a robots.txt that allows everything (404, RFC 9309 §2.3.1.3)."""
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def page_requests(server, path=PAGE):
    return [request for request, _ in server.log if request.path == path]


def test_200_returns_body_validators_and_one_attempt(site):
    site.expect_request(PAGE).respond_with_data(
        BODY,
        content_type="text/html; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Tue, 20 Feb 2024 10:00:00 GMT"},
    )
    with Fetcher(fast_policy()) as fetcher:
        result = fetcher.fetch(site.url_for(PAGE))

    assert result.ok and result.error is None
    assert (result.status, result.body) == (200, BODY)
    assert result.content_type == "text/html; charset=utf-8"
    assert (result.etag, result.last_modified) == ('"v1"', "Tue, 20 Feb 2024 10:00:00 GMT")
    assert result.final_url == site.url_for(PAGE)
    assert result.started_at.tzinfo is not None and result.elapsed_ms > 0
    [attempt] = result.attempts
    assert (attempt.status, attempt.bytes, attempt.error) == (200, len(BODY), None)


def test_user_agent_is_sent_on_page_and_robots_requests(site):
    site.expect_request(PAGE).respond_with_data(BODY)
    policy = fast_policy()
    Fetcher(policy).fetch(site.url_for(PAGE))

    agents = {request.path: request.headers.get("User-Agent") for request, _ in site.log}
    assert agents == {"/robots.txt": policy.user_agent, PAGE: policy.user_agent}
    assert policy.user_agent.startswith("reliefledger/")


@pytest.mark.parametrize(
    ("validators", "header", "value"),
    [
        ({"etag": '"v1"'}, "If-None-Match", '"v1"'),
        ({"last_modified": "Tue, 20 Feb 2024 10:00:00 GMT"}, "If-Modified-Since", "Tue, 20 Feb 2024 10:00:00 GMT"),
    ],
)
def test_conditional_get_answered_304_is_not_modified(site, validators, header, value):
    site.expect_request(PAGE, headers={header: value}).respond_with_data("", status=304)
    result = Fetcher(fast_policy()).fetch(site.url_for(PAGE), **validators)

    [request] = page_requests(site)
    assert request.headers.get(header) == value
    assert result.ok and result.not_modified and result.body is None
    assert result.status == 304
    # A 304 without validators keeps the caller's, so the next run can ask again.
    assert result.etag == validators.get("etag")
    assert result.last_modified == validators.get("last_modified")


def test_unconditional_get_sends_no_validators(site):
    site.expect_request(PAGE).respond_with_data(BODY)
    Fetcher(fast_policy()).fetch(site.url_for(PAGE))
    [request] = page_requests(site)
    assert "If-None-Match" not in request.headers and "If-Modified-Since" not in request.headers


def test_persistent_503_gives_up_after_every_attempt_is_recorded(site):
    site.expect_request(PAGE).respond_with_data("busy", status=503)
    result = Fetcher(fast_policy(retries=3)).fetch(site.url_for(PAGE))

    assert not result.ok and result.body is None
    assert result.status == 503
    assert result.error == "HTTP 503 after 4 attempts"
    assert [a.status for a in result.attempts] == [503] * 4
    # Each attempt says what it met; the last one also why the fetch gave up (the `fetches` row shows it).
    assert [a.error for a in result.attempts] == ["HTTP 503"] * 3 + ["HTTP 503 after 4 attempts"]
    assert len(page_requests(site)) == 4


def test_503_twice_then_200_succeeds_with_three_attempts(site):
    # one-shot handlers are used up in the order they were added; then the permanent one answers
    site.expect_oneshot_request(PAGE).respond_with_data("busy", status=503)
    site.expect_oneshot_request(PAGE).respond_with_data("busy", status=503)
    site.expect_request(PAGE).respond_with_data(BODY)
    result = Fetcher(fast_policy()).fetch(site.url_for(PAGE))

    assert result.ok and result.body == BODY and result.error is None
    assert [a.status for a in result.attempts] == [503, 503, 200]
    assert [a.bytes for a in result.attempts] == [0, 0, len(BODY)]


def test_client_error_is_not_retried(site):
    site.expect_request(PAGE).respond_with_data("gone", status=404)
    result = Fetcher(fast_policy()).fetch(site.url_for(PAGE))
    assert (result.status, result.error, len(result.attempts)) == (404, "HTTP 404", 1)


@pytest.mark.parametrize(
    "retry_after",
    [lambda: "1", lambda: formatdate(time.time() + 2, usegmt=True)],
    ids=["seconds", "http-date"],
)
def test_429_waits_for_retry_after_then_succeeds(site, retry_after):
    site.expect_oneshot_request(PAGE).respond_with_data("slow down", status=429, headers={"Retry-After": retry_after()})
    site.expect_request(PAGE).respond_with_data(BODY)
    result = Fetcher(fast_policy()).fetch(site.url_for(PAGE))

    assert result.ok and [a.status for a in result.attempts] == [429, 200]
    gap = (result.attempts[1].started_at - result.attempts[0].started_at).total_seconds()
    # backoff alone would be ~0 s; only honouring Retry-After explains a second's wait
    assert 0.9 <= gap < 30  # an upper bound loose enough for a loaded CI machine


@pytest.mark.parametrize(
    "retry_after",
    [lambda: "3600", lambda: formatdate(time.time() + 3600, usegmt=True)],
    ids=["seconds", "http-date"],
)
def test_retry_after_beyond_the_cap_gives_up_at_once(site, retry_after):
    site.expect_request(PAGE).respond_with_data("come back later", status=503, headers={"Retry-After": retry_after()})
    result = Fetcher(fast_policy(max_retry_after=60)).fetch(site.url_for(PAGE))

    assert not result.ok and result.status == 503
    assert "over the 60 s cap" in result.error and "Retry-After" in result.error
    assert len(result.attempts) == 1 and len(page_requests(site)) == 1
    assert result.elapsed_ms < 30_000  # not the hour asked for; loose enough for a loaded CI machine


def test_body_over_the_cap_is_an_error_without_body(site):
    site.expect_request(PAGE).respond_with_data(b"x" * 5000)
    result = Fetcher(fast_policy(max_bytes=1000)).fetch(site.url_for(PAGE))

    assert not result.ok and result.body is None and result.status == 200
    assert result.error.startswith("body exceeds 1000 bytes")
    assert len(result.attempts) == 1  # a size problem does not go away on retry


def test_streamed_body_without_length_is_capped_while_reading(site):
    def chunked(_request):
        return Response((b"y" * 1024 for _ in range(1024)), content_type="text/plain")  # 1 MiB, no Content-Length

    site.expect_request(PAGE).respond_with_handler(chunked)
    result = Fetcher(fast_policy(max_bytes=10_000)).fetch(site.url_for(PAGE))

    assert result.error == "body exceeds 10000 bytes" and result.body is None
    assert 10_000 < result.attempts[0].bytes < 100_000  # stopped reading soon after the cap


def test_gzip_body_is_decoded_and_the_cap_counts_decoded_bytes(site):
    decoded = b"z" * 20_000
    site.expect_request(PAGE).respond_with_data(gzip.compress(decoded), headers={"Content-Encoding": "gzip"})
    roomy = Fetcher(fast_policy(max_bytes=50_000)).fetch(site.url_for(PAGE))
    tight = Fetcher(fast_policy(max_bytes=10_000)).fetch(site.url_for(PAGE))

    assert roomy.ok and roomy.body == decoded
    assert tight.error == "body exceeds 10000 bytes"  # the compressed body alone is far smaller


def test_redirect_is_followed_and_final_url_recorded(site):
    site.expect_request("/old").respond_with_data("", status=301, headers={"Location": site.url_for(PAGE)})
    site.expect_request(PAGE).respond_with_data(BODY)
    result = Fetcher(fast_policy()).fetch(site.url_for("/old"))

    assert result.ok and result.body == BODY
    assert result.url == site.url_for("/old") and result.final_url == site.url_for(PAGE)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_connection_refused_is_an_error_not_an_exception():
    url = f"http://127.0.0.1:{closed_port()}/report"
    result = Fetcher(fast_policy(respect_robots=False, retries=2)).fetch(url)

    assert not result.ok and result.status is None and result.body is None
    assert result.error.startswith("connection failed") and result.error.endswith("after 3 attempts")
    assert [a.status for a in result.attempts] == [None] * 3
    assert all("refused" in a.error.lower() for a in result.attempts)


def test_connection_refused_with_robots_on_reports_robots_unreachable():
    url = f"http://127.0.0.1:{closed_port()}/report"
    result = Fetcher(fast_policy()).fetch(url)
    assert result.error.startswith("robots.txt disallows") and "unreachable" in result.error
    assert result.attempts == []


def test_slow_server_is_a_read_timeout(site):
    released = threading.Event()

    def stalls(_request):
        released.wait(timeout=5)  # the test releases it as soon as the client gave up
        return Response(BODY)

    site.expect_request(PAGE).respond_with_handler(stalls)
    try:
        result = Fetcher(fast_policy(read_timeout=0.3, retries=0)).fetch(site.url_for(PAGE))
    finally:
        released.set()
        # The server logs the stalled request only once its handler returns; wait for that,
        # or the entry would land in the next test's log.
        deadline = time.monotonic() + 5
        while not page_requests(site) and time.monotonic() < deadline:
            time.sleep(0.01)

    assert not result.ok and result.status is None
    assert result.error == "read timeout after 1 attempt"
    assert [a.error for a in result.attempts] == ["read timeout after 1 attempt"]
    assert 250 <= result.attempts[0].elapsed_ms < 30_000


@pytest.mark.parametrize("url", ["ftp://example.org/file", "file:///etc/passwd", "not a url", "http://"])
def test_non_http_url_is_a_programmer_error(url):
    with pytest.raises(ValueError):
        Fetcher().fetch(url)


def test_a_short_deadline_armed_after_a_long_one_still_fires_on_time():
    # The watchdog thread sleeps until the earliest deadline and is woken only by one that comes
    # before it: a sooner one armed later must wake it, or it would wait out the long one.
    from fetch.http import _WATCHDOG, _Deadline

    long, short = _Deadline(60), _Deadline(0.2)
    _WATCHDOG.arm(long)
    started = time.monotonic()
    _WATCHDOG.arm(short)
    try:
        while not short.expired and time.monotonic() - started < 10:
            time.sleep(0.01)
        assert short.expired and time.monotonic() - started < 10
        assert not long.expired
    finally:
        _WATCHDOG.disarm(long)


def test_proxy_settings_are_read_from_the_environment_once_per_host(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://proxy-one:3128")
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    session = Fetcher(fast_policy()).session
    first = session.merge_environment_settings("http://reports.example/a", {}, None, None, None)
    assert first["proxies"]["http"] == "http://proxy-one:3128"
    first["proxies"]["http"] = "changed by the caller"  # requests may add to what it is given
    monkeypatch.setenv("HTTP_PROXY", "http://proxy-two:3128")
    again = session.merge_environment_settings("http://reports.example/b", {}, None, None, None)
    assert again["proxies"]["http"] == "http://proxy-one:3128"  # the same host: read once, a fresh copy
    other = session.merge_environment_settings("http://other.example/", {}, None, None, None)
    assert other["proxies"]["http"] == "http://proxy-two:3128"  # another host: read now
    passed = session.merge_environment_settings("http://reports.example/c", {"http": "http://given:1"}, None, None,
                                                None)
    assert passed["proxies"]["http"] == "http://given:1"  # proxies given by the caller are part of the key
