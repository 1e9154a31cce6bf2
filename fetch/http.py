"""Polite HTTP fetching: one session, conditional GET, robots.txt, honest retries, a body cap.

`Fetcher.fetch` never raises for network or HTTP trouble; it returns a `FetchResult` whose
`error` says what went wrong and whose `attempts` list every request made, for the
`fetches` table. Only programmer errors (a URL that is not http(s)) raise.

Every attempt has a deadline (``total_timeout``) besides its per-read timeout: a server that
drips its headers or body a byte at a time never trips the latter. The body is checked against
the deadline as it arrives, and a watchdog shuts the socket when it passes (the HTTP client
reads the headers before our code sees the response). The body is also capped in size,
counted after decompression (a gzip bomb stops soon after the cap).

Redirects are followed hop by hop by our own loop, not by requests, so that each hop passes
the SSRF guard (fetch/ssrf.py) and robots.txt before any request is sent to it. A 200 that
carries nothing (an empty body, an error page) is an error, not a document.

Retries run in a small explicit loop rather than inside urllib3: urllib3's own loop keeps
no per-attempt timing and clamps an over-long Retry-After instead of giving up. urllib3's
`Retry` still decides what is retryable, counts the budget, computes the exponential
backoff and parses Retry-After (seconds or HTTP-date).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import os
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Self
from urllib.parse import urldefrag, urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import InvalidHeader, MaxRetryError
from urllib3.util.retry import Retry

from fetch.errors import (RedactingFilter, as_request_error, describe_request_error, is_retryable_error, redact,
                          urllib3_cause)
from fetch.robots import RobotsCache
from fetch.ssrf import Refused, check_redirect, check_url

log = logging.getLogger(__name__)
logging.getLogger("urllib3.connectionpool").addFilter(RedactingFilter())  # its DEBUG lines carry query strings

try:
    _VERSION = version("reliefledger")
except PackageNotFoundError:  # running from a tree that was never installed
    _VERSION = "0+unknown"

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024


def _from_env(name: str, default: float, kind: type = float):
    """A policy default the environment may override (the fault tests shorten every timeout)."""
    return field(default_factory=lambda: kind(os.environ.get(name, default)))


@dataclass
class FetchPolicy:
    user_agent: str = (
        f"reliefledger/{_VERSION} (+https://github.com/reliefledger/reliefledger; humanitarian figures ETL)"
    )
    connect_timeout: float = _from_env("RELIEFLEDGER_CONNECT_TIMEOUT", 10.0)
    read_timeout: float = _from_env("RELIEFLEDGER_READ_TIMEOUT", 30.0)  # the longest silence between two reads
    # The whole of one attempt (redirects, headers and body): a slow drip passes every read timeout.
    total_timeout: float = _from_env("RELIEFLEDGER_TOTAL_TIMEOUT", 300.0)
    # Body-size cap, counted after decompression; a larger body is an error, never truncated silently.
    max_bytes: int = _from_env("RELIEFLEDGER_MAX_BYTES", 50 * 1024 * 1024, int)
    retries: int = _from_env("RELIEFLEDGER_FETCH_RETRIES", 3, int)
    backoff_factor: float = _from_env("RELIEFLEDGER_FETCH_BACKOFF", 1.0)
    max_retry_after: float = 60.0  # a longer Retry-After is recorded and we give up
    respect_robots: bool = True
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay
    # Our own pace: at most one request per host per this many seconds, whatever robots.txt says
    # (requests are sequential, so this is also a concurrency of one per host).
    min_host_interval: float = 1.0


@dataclass
class Attempt:
    """One HTTP request (each retry is its own attempt), for the `fetches` table."""

    started_at: datetime  # UTC, tz-aware
    elapsed_ms: float
    status: int | None
    bytes: int
    error: str | None


@dataclass
class FetchResult:
    url: str
    final_url: str | None
    status: int | None  # final status, None if no response
    body: bytes | None  # only on 200 (and within the cap)
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool  # 304 to our conditional GET
    error: str | None
    started_at: datetime
    elapsed_ms: float
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and (self.not_modified or (self.status == 200 and self.body is not None))


class BodyRefused(Exception):
    """A body we stopped reading: past FetchPolicy.max_bytes or past its total_timeout."""

    def __init__(self, message: str, received: int) -> None:
        super().__init__(message)
        self.received = received


# A small HTML page whose title is an error: a server saying "not found" with a 200. The phrase
# must be the whole title or a whole part of it ("Page not found | OCHA"), so that a report
# titled "Access denied to convoys" or "404 killed in Gaza" is not taken for one.
_ERROR_TITLE = re.compile(
    r"""(?:^|[|\-\u2013\u2014:\u00b7]\s*)                        # the start, or after a separator
        (?:(?:error\s*)?[45]\d\d\s*[-:|\u2013]?\s*)?             # a status code: "404", "Error 503 -"
        (?:page\s+not\s+found | not\s+found | internal\s+server\s+error | bad\s+gateway
         | service\s+(?:temporarily\s+)?unavailable | gateway\s+time-?out | access\s+denied | forbidden
         | too\s+many\s+requests | just\s+a\s+moment\W* | attention\s+required!? | under\s+maintenance | error)
        \s*(?:$|[|\-\u2013\u2014:\u00b7])                          # and nothing more in that part""",
    re.IGNORECASE | re.VERBOSE)
_TITLE = re.compile(
    r"""page\s+not\s+found | internal\s+server\s+error | service\s+(?:temporarily\s+)?unavailable
      | bad\s+gateway | gateway\s+time-?out | access\s+denied | too\s+many\s+requests
      | just\s+a\s+moment | attention\s+required | under\s+maintenance
      | ^\s*(?:error\b|(?:error\s*)?[45]\d\d\b\s*[-:|\u2013]?\s*(?:not\s+found|error|forbidden|unauthori[sz]ed|gone))""",
    re.IGNORECASE | re.VERBOSE)
_TITLE = re.compile(rb"<title[^>]*>(.{0,300}?)</title", re.IGNORECASE | re.DOTALL)
_ERROR_PAGE_MAX_BYTES = 64 * 1024  # real reports are longer; error pages are short


def error_page_title(body: bytes, content_type: str | None) -> str | None:
    """The title of a body that is an error page served with a 200, else None.

    >>> error_page_title(b"<html><title>404 Not Found</title>...", "text/html")
    '404 Not Found'
    >>> error_page_title(b"<title>Page not found | OCHA</title>", None)
    'Page not found | OCHA'
    >>> [error_page_title(f"<title>{t}</title>".encode(), "text/html") for t in (
    ...     "404 killed in Gaza since Friday", "Access denied to aid convoys", "Just a moment...", "Error 503 - Bad gateway")]
    [None, None, 'Just a moment...', 'Error 503 - Bad gateway']
    """
    if len(body) > _ERROR_PAGE_MAX_BYTES or (content_type and "html" not in content_type.lower()):
        return None
    match = _TITLE.search(body)
    if not match:
        return None
    title = " ".join(match.group(1).decode("utf-8", errors="replace").split())
    return title if _ERROR_TITLE.search(title) else None


@dataclass
class _Outcome:
    """What one attempt produced, before we decide whether to retry."""

    response: requests.Response | None = None
    body: bytes | None = None
    error: str | None = None
    exception: Exception | None = None
    received: int = 0  # body bytes read so far


class _Watchdog:
    """One thread that fires every attempt's deadline in this process, in time order.

    A ``threading.Timer`` per attempt started two threads per fetch (the robots check's and the
    request's): on a first night of 10,000 documents that was 20,000 threads, each start waiting
    for the new thread to be scheduled, on a machine whose cores were busy parsing. Deadlines
    that end early (nearly all) are dropped when they come up, or when they are most of the heap.
    """

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked child has the lock, not the thread

    def _reset(self) -> None:
        self._wakeup = threading.Condition(threading.Lock())
        self._due: list[tuple[float, int, _Deadline]] = []  # a heap of (monotonic time, arming order, deadline)
        self._armed = 0  # deadlines armed and not yet fired nor disarmed
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: _Deadline) -> None:
        with self._wakeup:
            entry = (time.monotonic() + deadline.seconds, next(self._order), deadline)
            heapq.heappush(self._due, entry)
            deadline.armed = True
            self._armed += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="fetch-deadlines", daemon=True)
                self._thread.start()
            # The thread sleeps until the earliest deadline: it needs waking only when this one comes
            # before it. Deadlines of one length are armed in time order, so that is rarely (waking
            # it for each of a night's 20,000 took the GIL from the fetching thread 20,000 times).
            if self._due[0] is entry:
                self._wakeup.notify()

    def disarm(self, deadline: _Deadline) -> None:
        with self._wakeup:
            if deadline.armed:
                deadline.armed = False
                self._armed -= 1
                if len(self._due) > 64 and len(self._due) > 4 * self._armed:  # mostly spent: keep it small
                    self._due = [entry for entry in self._due if entry[2].armed]
                    heapq.heapify(self._due)

    def _run(self) -> None:
        while True:
            with self._wakeup:
                while not self._due or not self._due[0][2].armed or self._due[0][0] > time.monotonic():
                    if self._due and not self._due[0][2].armed:
                        heapq.heappop(self._due)  # ended in time
                    elif self._due:
                        self._wakeup.wait(self._due[0][0] - time.monotonic())
                    else:
                        self._wakeup.wait()
                _, _, deadline = heapq.heappop(self._due)
                deadline.armed = False
                self._armed -= 1
            deadline._expire()  # outside the watchdog's lock: it takes the deadline's own


_WATCHDOG = _Watchdog()


class _Deadline:
    """One attempt's watchdog: when its time is up, shut the socket the attempt is reading from."""

    current = threading.local()  # the deadline of the attempt running on this thread, for the connections

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self.armed = False  # waiting on the process's watchdog (changed under the watchdog's lock)
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> _Deadline:
        _Deadline.current.deadline = self
        _WATCHDOG.arm(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _WATCHDOG.disarm(self)
        _Deadline.current.deadline = None

    def watch(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._socket = sock
            if self.expired and sock is not None:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            if self._socket is not None:
                _shut(self._socket)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv, which then sees the end of the stream
    except OSError:
        pass


class _WatchedMixin:
    """A urllib3 connection that hands its socket to the running attempt's deadline before reading."""

    def getresponse(self, *args, **kwargs):
        deadline = getattr(_Deadline.current, "deadline", None)
        if deadline is not None:
            deadline.watch(self.sock)
        return super().getresponse(*args, **kwargs)


class _WatchedHTTPConnection(_WatchedMixin, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedMixin, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _Session(requests.Session):
    """A Session that reads the environment's proxy settings once per host, not once per request.

    requests looks up ``*_proxy``, ``no_proxy`` and the CA bundle variables for every request it
    sends, scanning ``os.environ`` several times: a fifth of a fetch's CPU (~0.1 ms), a second or
    more on a first night of 10,000 documents, taken from the cores that parse. What it finds
    depends on the URL's scheme and host only (and on the arguments, all in the key), and the
    environment does not change under a Fetcher.
    """

    def __init__(self) -> None:
        super().__init__()
        self._environment_settings: dict[tuple, dict] = {}

    def merge_environment_settings(self, url, proxies, stream, verify, cert):
        scheme, netloc = urlsplit(url)[:2]
        key = (scheme, netloc, tuple(sorted((proxies or {}).items())), stream, verify, cert,
               tuple(sorted(self.proxies.items())), self.stream, self.verify, self.cert)
        settings = self._environment_settings.get(key)
        if settings is None:
            settings = self._environment_settings[key] = super().merge_environment_settings(
                url, proxies, stream, verify, cert)
        return {**settings, "proxies": dict(settings["proxies"])}  # a copy each time: requests may add to it


class Fetcher:
    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.session = _Session()
        self.session.headers["User-Agent"] = self.policy.user_agent
        self.session.max_redirects = MAX_REDIRECTS
        # No retries inside urllib3: our loop owns them, so every attempt is seen and timed.
        adapter = HTTPAdapter(max_retries=Retry(total=0, read=False, redirect=False, raise_on_status=False))
        adapter.poolmanager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._timeout = (self.policy.connect_timeout, self.policy.read_timeout)
        self.robots = RobotsCache(self.session, self.policy.user_agent, self._timeout, self.policy.max_crawl_delay,
                                  self.policy.min_host_interval)
        self._retry_template = Retry(
            total=self.policy.retries,
            connect=None,
            read=None,
            status=None,
            backoff_factor=self.policy.backoff_factor,
            backoff_max=self.policy.max_retry_after,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}),
            respect_retry_after_header=True,
            # Parse the real value; our own cap decides between waiting and giving up.
            retry_after_max=10**9,
            raise_on_status=False,
        )

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              source_url: str | None = None, allowed_hosts: frozenset[str] = frozenset()) -> FetchResult:
        """Fetch ``url``, conditionally on the validators given.

        ``source_url`` is the registry's URL for the source when ``url`` was found under it (a
        feed's link): only that URL's own host and port may be a non-public address. Redirects
        stay on ``url``'s host or go to one of ``allowed_hosts``.
        """
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        started_at = datetime.now(timezone.utc)
        clock = time.monotonic()
        result = FetchResult(url, None, None, None, None, None, None, False, None, started_at, 0.0)
        guard = _Guard(url, source_url or url, frozenset(allowed_hosts))

        try:
            check_url(url, guard.trusted_url)
        except Refused as refused:
            result.error = str(refused)
            log.warning("%s", result.error)
        else:
            if self.policy.respect_robots and (refusal := self._robots_check(url)):
                result.error = refusal
            else:
                self._fetch_with_retries(url, _conditional_headers(etag, last_modified), result, guard)
            if result.not_modified:
                # A 304 may omit validators; the caller's still hold.
                result.etag = result.etag or etag
                result.last_modified = result.last_modified or last_modified
        if result.error and result.attempts:
            # The last attempt's row carries the conclusion ("... after 2 attempts", "Retry-After ... over
            # the cap"), not only its own status: the `fetches` table then says why the fetch gave up.
            result.attempts[-1].error = result.error
        result.elapsed_ms = (time.monotonic() - clock) * 1000
        return result

    def _robots_check(self, url: str) -> str | None:
        with _Deadline(self.policy.total_timeout):  # a robots.txt that drips is "unreachable" in time
            return self.robots.check(url)

    def _fetch_with_retries(self, url: str, headers: dict[str, str], result: FetchResult, guard: _Guard) -> None:
        retry = self._retry_template
        while True:
            self.robots.wait_turn(url, use_crawl_delay=self.policy.respect_robots)
            outcome = self._attempt(url, headers, result, guard)
            response = outcome.response
            status = response.status_code if response is not None else None
            if status is not None:
                result.status = status
                result.final_url = response.url
            retryable = (
                is_retryable_error(outcome.exception)
                if outcome.exception is not None
                else status is not None and retry.is_retry("GET", status, "Retry-After" in response.headers)
            )
            if not retryable:
                self._finish(outcome, result, bool(headers))
                return
            try:
                error = urllib3_cause(outcome.exception) if outcome.exception is not None else None
                retry = retry.increment("GET", url, response=response.raw if response is not None else None, error=error)
            except MaxRetryError:
                reason = outcome.error or f"HTTP {status}"
                result.error = f"{reason} after {_count(result.attempts)}"
                return
            wait = self._wait_before_retry(retry, response, result)
            if wait is None:
                return
            time.sleep(wait)

    def _wait_before_retry(self, retry: Retry, response: requests.Response | None, result: FetchResult) -> float | None:
        """Seconds to sleep before the next attempt, or None to give up (error set on `result`)."""
        header = response.headers.get("Retry-After") if response is not None else None
        if header is not None:
            try:
                asked = retry.parse_retry_after(header)
            except InvalidHeader:
                log.info("%s: ignoring unparsable Retry-After %r", result.url, header)
            else:
                if asked > self.policy.max_retry_after:
                    result.error = (
                        f"HTTP {response.status_code}: server asked to retry after {asked:.0f} s "
                        f"(Retry-After: {header}), over the {self.policy.max_retry_after:g} s cap; "
                        f"gave up after {_count(result.attempts)}"
                    )
                    log.warning("%s: %s", redact(result.url), result.error)
                    return None
                return asked
        return retry.get_backoff_time()

    def _attempt(self, url: str, headers: dict[str, str], result: FetchResult, guard: _Guard) -> _Outcome:
        started_at = datetime.now(timezone.utc)
        clock = time.monotonic()
        deadline = clock + self.policy.total_timeout
        outcome = _Outcome()
        try:
            with _Deadline(self.policy.total_timeout) as watchdog:
                try:
                    response = self._get_following_redirects(url, headers, guard, outcome, deadline)
                    with response:
                        if response.status_code == 200:
                            outcome.body = self._read_body(response, deadline, outcome)
                    if watchdog.expired:  # cut mid-headers, what was parsed may look complete: it is not
                        outcome.body = None
                        raise BodyRefused(self._too_slow(), outcome.received)
                except requests.RequestException:
                    if not watchdog.expired:
                        raise
                    raise BodyRefused(self._too_slow(), outcome.received) from None
        except BodyRefused as exc:
            outcome.error = str(exc)
            outcome.received = exc.received
        except Refused as exc:  # a redirect the SSRF guard or robots.txt refused: never requested
            outcome.error = str(exc)
            log.warning("%s: %s", redact(url), outcome.error)
        except requests.RequestException as exc:
            outcome.exception = exc
            outcome.error = describe_request_error(exc)
        status = outcome.response.status_code if outcome.response is not None else None
        result.attempts.append(
            Attempt(
                started_at=started_at,
                elapsed_ms=(time.monotonic() - clock) * 1000,
                status=status,
                bytes=len(outcome.body) if outcome.body is not None else outcome.received,
                error=outcome.error or (f"HTTP {status}" if status not in (200, 304, None) else None),
            )
        )
        return outcome

    def _get_following_redirects(self, url: str, headers: dict[str, str], guard: _Guard, outcome: _Outcome,
                                 deadline: float) -> requests.Response:
        """GET ``url``, following redirects one hop at a time; each hop is checked before it is requested."""
        chain = [urldefrag(url).url]
        current = url
        while True:
            response = self.session.get(current, headers=headers, timeout=self._timeout, stream=True,
                                        allow_redirects=False)
            outcome.response = response
            location = self.session.get_redirect_target(response)  # None unless a 3xx with Location
            if location is None:
                return response
            response.close()
            target = urljoin(current, location)
            if urldefrag(target).url in chain:
                raise Refused(f"redirect loop: {' -> '.join(map(redact, chain))} -> {redact(target)}")
            if len(chain) > MAX_REDIRECTS:
                raise Refused(f"too many redirects (more than {MAX_REDIRECTS}): {redact(url)} -> ... -> {redact(target)}")
            check_redirect(target, url, guard.trusted_url, guard.allowed_hosts)
            if self.policy.respect_robots and (refusal := self.robots.check(target)):
                raise Refused(refusal)
            if time.monotonic() > deadline:
                raise Refused(self._too_slow())
            chain.append(urldefrag(target).url)
            self.robots.wait_turn(target, use_crawl_delay=self.policy.respect_robots)
            current = target

    def _too_slow(self) -> str:
        return f"no complete response after {self.policy.total_timeout:g} s (total timeout)"

    def _read_body(self, response: requests.Response, deadline: float, outcome: _Outcome) -> bytes:
        cap = self.policy.max_bytes
        declared = response.headers.get("Content-Length")
        # Without content coding, Content-Length is the decoded size: refuse before reading.
        if declared and declared.isdigit() and int(declared) > cap and not response.headers.get("Content-Encoding"):
            raise BodyRefused(f"body exceeds {cap} bytes (Content-Length {declared})", 0)
        body = bytearray()
        # read1: whatever has arrived, at most a chunk no bigger than the cap (decompressed output
        # included), so an oversized or inflating body is abandoned soon after the cap and a
        # dripping one is noticed when the deadline passes, not after a full chunk.
        while chunk := _read_some(response, min(_CHUNK, cap + 1)):
            body += chunk
            outcome.received = len(body)
            if len(body) > cap:
                raise BodyRefused(f"body exceeds {cap} bytes", len(body))
            if time.monotonic() > deadline:
                raise BodyRefused(self._too_slow(), len(body))
        return bytes(body)

    def _finish(self, outcome: _Outcome, result: FetchResult, conditional: bool) -> None:
        response = outcome.response
        if outcome.error is not None:
            result.error = outcome.error
            return
        assert response is not None  # no error means we have a response
        result.content_type = response.headers.get("Content-Type")
        result.etag = response.headers.get("ETag")
        result.last_modified = response.headers.get("Last-Modified")
        if response.status_code == 200:
            if not outcome.body:
                result.error = "HTTP 200 with an empty body"
            elif title := error_page_title(outcome.body, result.content_type):
                result.error = f"HTTP 200 but the body is an error page: {title!r}"
            else:
                result.body = outcome.body
            if result.error:
                result.etag = result.last_modified = None  # never answer a later conditional GET with it
        elif response.status_code == 304 and conditional:
            result.not_modified = True
        elif response.status_code == 304:
            result.error = "HTTP 304 to a GET that was not conditional"
        else:
            result.error = f"HTTP {response.status_code}"

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass(frozen=True)
class _Guard:
    """What the SSRF guard needs to know about one fetch (see fetch/ssrf.py)."""

    requested_url: str  # redirects stay on its host
    trusted_url: str  # the registry's URL: its host and port may be a non-public address
    allowed_hosts: frozenset[str]


def _read_some(response: requests.Response, amount: int) -> bytes:
    """Up to ``amount`` decoded bytes of what has arrived (b"" at the end), errors as requests raises them."""
    try:
        return response.raw.read1(amount, decode_content=True)
    except Exception as exc:
        translated = as_request_error(exc)
        if translated is exc:
            raise
        raise translated from exc


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _count(attempts: list[Attempt]) -> str:
    return "1 attempt" if len(attempts) == 1 else f"{len(attempts)} attempts"
