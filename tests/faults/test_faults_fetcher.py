"""Faults beyond the issue's list, and the SSRF guard's finer points, against the Fetcher itself.

The same fault server as the nightly suite, without the flow around it: each case is one fetch
(and, for bodies, one parse), so the checks stay fast. What reaches the warehouse from a failed
fetch is the same for every fault and is proved once per kind by test_faults_nightly.py.
"""

from __future__ import annotations

import doctest
import importlib
import re

import pytest
from fault_server import FaultServer, toll

import parsers
from fetch import Fetcher, FetchPolicy
from fetch.ssrf import Refused, check_redirect, check_url


def quick_policy(**overrides) -> FetchPolicy:
    settings = dict(connect_timeout=1, read_timeout=1, total_timeout=3, max_bytes=1_000_000, retries=1,
                    backoff_factor=0, min_host_interval=0)
    settings.update(overrides)
    return FetchPolicy(**settings)


@pytest.fixture(scope="module")
def server():
    with FaultServer() as server:
        server.night = 2  # faults on
        yield server


def fetch_fault(server, slug, **policy):
    with Fetcher(quick_policy(**policy)) as fetcher:
        return fetcher.fetch(f"{server.url}/{slug}/bulletin")


@pytest.mark.parametrize(("slug", "error"), [
    ("bad-gzip", "body could not be decompressed"),  # Content-Encoding: gzip over plain text
    ("bad-chunked", "connection broken mid-response"),  # Transfer-Encoding: chunked with a chunk size that is not hex
    ("huge-header", "got more than 65536 bytes when reading header line"),
    ("garbage-status-line", "BadStatusLine"),  # not HTTP at all (an SSH banner)
    ("redirect-chain-too-long", "too many redirects (more than 10)"),
    ("redirect-without-location", "HTTP 302"),
    ("redirect-mapped-link-local", "refused redirect to http://[::ffff:169.254.169.254]/latest/: link-local address"),
    ("retry-after-seconds-long", "(Retry-After: 7200), over the 60 s cap"),
    ("not-modified-unasked", "HTTP 304 to a GET that was not conditional"),
])
def test_a_fault_is_an_error_with_its_reason_and_no_body(server, slug, error):
    result = fetch_fault(server, slug)
    assert not result.ok and result.body is None
    assert error in result.error
    assert error in (result.attempts[-1].error or "")  # the row the warehouse keeps says it too


def test_a_slow_drip_is_cut_at_the_total_timeout_though_every_read_is_quick(server):
    result = fetch_fault(server, "slow-drip", total_timeout=1)
    assert result.error == "no complete response after 1 s (total timeout)"
    assert 0 < result.attempts[0].bytes < 100  # a byte per 50 ms
    assert len(result.attempts) == 1  # a server that slow is not retried tonight
    assert result.attempts[0].elapsed_ms < 2_500  # the deadline, not the body's minutes


def test_headers_dripped_a_byte_at_a_time_are_cut_at_the_total_timeout(server):
    result = fetch_fault(server, "slow-headers", total_timeout=1)
    assert result.error == "no complete response after 1 s (total timeout)"
    assert result.body is None and len(result.attempts) == 1  # cut, not retried tonight
    assert result.attempts[0].elapsed_ms < 2_500


def test_a_gzip_bomb_stops_soon_after_the_cap(server):
    result = fetch_fault(server, "gzip-bomb", max_bytes=100_000)
    assert result.error == "body exceeds 100000 bytes"
    assert result.attempts[0].bytes < 100_000 + 64 * 1024  # never the 64 MB it inflates to


@pytest.mark.parametrize("slug", ["retry-after-date-short", "redirect-same-host", "http10-no-length"])
def test_a_legal_oddity_loads(server, slug):
    result = fetch_fault(server, slug)
    assert result.ok and str(toll(2)) in result.body.decode().replace(",", "")
    if slug == "retry-after-date-short":  # waited out the HTTP-date, then asked again
        assert [a.status for a in result.attempts] == [429, 200]
    if slug == "redirect-same-host":
        assert result.final_url == f"{server.url}/redirect-same-host/moved-here"


@pytest.mark.parametrize(("slug", "kind"), [("utf16-mislabelled", "text"), ("pdf-as-html", "pdf")])
def test_a_body_whose_label_lies_is_read_for_what_it_is(server, slug, kind):
    server.kinds[slug] = kind
    result = fetch_fault(server, slug)
    document = parsers.parse_document(result.body, content_type=result.content_type, url=result.final_url)
    assert document.figures and not document.warnings
    if kind == "text":  # UTF-16 labelled UTF-8: the zero bytes give it away
        assert toll(2) in {figure.value for figure in document.figures}
    else:  # a PDF served as text/html: its %PDF- header wins
        assert document.parser == "pdf"


# --- the SSRF guard, hop by hop --------------------------------------------------------------------

def test_a_link_found_under_a_source_may_not_point_at_a_private_address(server):
    with Fetcher(quick_policy()) as fetcher:
        result = fetcher.fetch("http://169.254.169.254/latest/meta-data/", source_url=f"{server.url}/feed.xml")
    assert result.error == "refused http://169.254.169.254/latest/meta-data/: link-local address"
    assert result.attempts == []  # nothing was sent


def test_the_registry_s_own_host_and_port_may_be_private(server):
    with Fetcher(quick_policy()) as fetcher:  # a link on the source's own (loopback) origin: allowed
        result = fetcher.fetch(f"{server.url}/healthy/bulletin", source_url=f"{server.url}/feed.xml")
    assert result.ok


def test_an_allowed_host_name_that_resolves_to_loopback_is_refused(server):
    other = FaultServer()
    with other, Fetcher(quick_policy()) as fetcher:
        server.other_url = other.url.replace("127.0.0.1", "localhost")
        result = fetcher.fetch(f"{server.url}/redirect-loopback-other-port/bulletin", allowed_hosts={"localhost"})
    assert "refused redirect to http://localhost:" in result.error
    assert "localhost resolves to 127.0.0.1, a loopback address" in result.error or "::1" in result.error
    assert other.log == []


@pytest.mark.parametrize(("target", "why"), [
    ("gopher://127.0.0.1/", "scheme 'gopher' is not http(s)"),
    ("http://0.0.0.0:8080/", "unspecified address"),
    ("http://100.64.1.1/", "not globally routable address"),
    ("http://[fe80::1]/", "link-local address"),
    ("http://224.0.0.1/", "multicast address"),
    ("http://192.168.1.1/", "private address"),
])
def test_check_redirect_refuses(target, why):
    with pytest.raises(Refused, match=f"refused redirect to .*: {re.escape(why)}"):
        check_redirect(target, "http://203.0.113.9/a", "http://203.0.113.9/a", frozenset())


def test_check_redirect_lets_a_public_address_and_a_scheme_upgrade_through():
    check_redirect("https://8.8.8.8/report", "http://8.8.8.8/old", "http://8.8.8.8/old", frozenset())


@pytest.mark.parametrize("url", ["http://2130706433/", "http://0x7f.1/", "http://017700000001/"])
def test_a_numeric_spelling_of_loopback_is_resolved_and_refused(url):
    # Not IP literals to Python, but the resolver reads them as 127.0.0.1 (inet_aton), as curl would.
    with pytest.raises(Refused, match="resolves to 127.0.0.1, a loopback address"):
        check_url(url, "http://reports.example.org/feed.xml")


@pytest.mark.parametrize("module", ["fetch.ssrf", "fetch.errors"])
def test_doctests_of_the_guard_and_the_error_messages(module):
    assert doctest.testmod(importlib.import_module(module)).failed == 0


def test_a_refused_redirect_never_quotes_a_credential(server):
    # A hostile server echoing our query string back in its Location: the error (kept in `fetches`) hides it.
    with pytest.raises(Refused) as refused:
        check_redirect("http://169.254.169.254/?appname=secret-app&x=1", f"{server.url}/a?appname=secret-app",
                       f"{server.url}/a", frozenset())
    assert "secret-app" not in str(refused.value) and "appname=REDACTED" in str(refused.value)
