"""robots.txt handling (RFC 9309) against a real server on 127.0.0.1."""

from __future__ import annotations

import pytest

from fetch import Fetcher, FetchPolicy

ROBOTS = """\
User-agent: *
Disallow: /private/

User-agent: reliefledger
Disallow: /no-etl/
Crawl-delay: 100
"""


def fast_policy(**overrides) -> FetchPolicy:
    settings = dict(backoff_factor=0.01, connect_timeout=2.0, read_timeout=2.0, min_host_interval=0)
    settings.update(overrides)
    return FetchPolicy(**settings)


def paths_requested(server) -> list[str]:
    return [request.path for request, _ in server.log]


@pytest.mark.parametrize("path", ["/no-etl/report", "/no-etl/"])
def test_disallowed_page_is_never_requested(httpserver, path):
    httpserver.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
    httpserver.expect_request(path).respond_with_data("secret")
    result = Fetcher(fast_policy()).fetch(httpserver.url_for(path))

    assert not result.ok and result.attempts == [] and result.status is None
    assert result.error.startswith("robots.txt disallows")
    assert paths_requested(httpserver) == ["/robots.txt"]


def test_rules_for_our_token_apply_and_robots_is_fetched_once_per_origin(httpserver):
    # Our group (`reliefledger`) replaces `*`, so /private/ is allowed to us but /no-etl/ is not.
    httpserver.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
    httpserver.expect_request("/private/report").respond_with_data("figures")
    fetcher = Fetcher(fast_policy(max_crawl_delay=0.01))

    assert fetcher.fetch(httpserver.url_for("/private/report")).ok
    assert not fetcher.fetch(httpserver.url_for("/no-etl/report")).ok
    assert fetcher.fetch(httpserver.url_for("/private/report")).ok
    assert paths_requested(httpserver) == ["/robots.txt", "/private/report", "/private/report"]


def test_robots_404_allows_everything(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("not here", status=404)
    httpserver.expect_request("/no-etl/report").respond_with_data("figures")
    result = Fetcher(fast_policy()).fetch(httpserver.url_for("/no-etl/report"))
    assert result.ok and result.body == b"figures"


@pytest.mark.parametrize("status", [500, 503, 429])
def test_robots_server_error_disallows_the_origin_with_the_reason(httpserver, status):
    httpserver.expect_request("/robots.txt").respond_with_data("oops", status=status)
    httpserver.expect_request("/report").respond_with_data("figures")
    result = Fetcher(fast_policy()).fetch(httpserver.url_for("/report"))

    assert not result.ok and result.attempts == []
    assert f"robots.txt answered HTTP {status}" in result.error
    assert paths_requested(httpserver) == ["/robots.txt"]


def test_robots_can_be_ignored_by_policy(httpserver):
    httpserver.expect_request("/no-etl/report").respond_with_data("figures")
    result = Fetcher(fast_policy(respect_robots=False)).fetch(httpserver.url_for("/no-etl/report"))
    assert result.ok and paths_requested(httpserver) == ["/no-etl/report"]


def test_crawl_delay_is_honoured_but_capped(httpserver):
    # robots.txt asks for 100 s between requests; the policy caps that at 0.4 s.
    httpserver.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
    httpserver.expect_request("/a").respond_with_data("a")
    httpserver.expect_request("/b").respond_with_data("b")
    fetcher = Fetcher(fast_policy(max_crawl_delay=0.4))

    first = fetcher.fetch(httpserver.url_for("/a"))
    second = fetcher.fetch(httpserver.url_for("/b"))

    assert first.ok and second.ok
    gap = (second.attempts[0].started_at - first.attempts[0].started_at).total_seconds()
    assert 0.35 <= gap < 30  # capped at 0.4 s, not the 100 s asked for


def test_our_own_minimum_interval_paces_a_host_without_a_crawl_delay(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/a").respond_with_data("a")
    httpserver.expect_request("/b").respond_with_data("b")
    fetcher = Fetcher(fast_policy(min_host_interval=0.3))

    first = fetcher.fetch(httpserver.url_for("/a"))
    second = fetcher.fetch(httpserver.url_for("/b"))

    assert first.ok and second.ok
    gap = (second.attempts[0].started_at - first.attempts[0].started_at).total_seconds()
    assert 0.25 <= gap < 30  # paced; the upper bound only rules out a hang


def test_robots_redirect_on_the_same_origin_is_followed(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=301, headers={"Location": "/rules.txt"})
    httpserver.expect_request("/rules.txt").respond_with_data(ROBOTS, content_type="text/plain")
    result = Fetcher(fast_policy()).fetch(httpserver.url_for("/no-etl/report"))

    assert result.error.startswith("robots.txt disallows")  # the rules it was redirected to apply
    assert paths_requested(httpserver) == ["/robots.txt", "/rules.txt"]


@pytest.mark.parametrize(("location", "why"), [
    ("http://169.254.169.254/latest/meta-data/", "link-local address"),
    ("http://10.1.2.3/robots.txt", "private address"),
    ("file:///etc/passwd", "not http(s)"),
])
def test_robots_redirect_to_a_forbidden_address_is_refused_and_the_origin_disallowed(httpserver, location, why):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=302, headers={"Location": location})
    httpserver.expect_request("/report").respond_with_data("figures")
    result = Fetcher(fast_policy()).fetch(httpserver.url_for("/report"))

    assert not result.ok and result.attempts == []
    assert "robots.txt unreachable (refused" in result.error and why in result.error
    assert paths_requested(httpserver) == ["/robots.txt"]


def test_robots_redirected_more_than_five_times_counts_as_unavailable(httpserver):
    for hop in range(7):
        source = "/robots.txt" if hop == 0 else f"/r{hop}"
        httpserver.expect_request(source).respond_with_data("", status=302, headers={"Location": f"/r{hop + 1}"})
    httpserver.expect_request("/report").respond_with_data("figures")
    result = Fetcher(fast_policy()).fetch(httpserver.url_for("/report"))

    assert result.ok  # RFC 9309 §2.3.1.2: past five redirects, robots.txt may be taken as unavailable
    assert paths_requested(httpserver) == ["/robots.txt", "/r1", "/r2", "/r3", "/r4", "/r5", "/report"]
