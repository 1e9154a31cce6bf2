"""Polite HTTP fetching: one session, conditional GET, robots.txt, honest retries, a body cap.

`Fetcher.fetch` never raises for network or HTTP trouble; it returns a `FetchResult` whose
`error` says what went wrong and whose `attempts` list every request made, for the
`fetches` table. Only programmer errors (a URL that is not http(s)) raise.

Retries run in a small explicit loop rather than inside urllib3: urllib3's own loop keeps
no per-attempt timing and clamps an over-long Retry-After instead of giving up. urllib3's
`Retry` still decides what is retryable, counts the budget, computes the exponential
backoff and parses Retry-After (seconds or HTTP-date).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Self
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import InvalidHeader, MaxRetryError
from urllib3.util.retry import Retry

from fetch.errors import describe_request_error, is_retryable_error, urllib3_cause
from fetch.robots import RobotsCache

log = logging.getLogger(__name__)

try:
    _VERSION = version("reliefledger")
except PackageNotFoundError:  # running from a tree that was never installed
    _VERSION = "0+unknown"

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024


@dataclass
class FetchPolicy:
    user_agent: str = (
        f"reliefledger/{_VERSION} (+https://github.com/reliefledger/reliefledger; humanitarian figures ETL)"
    )
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 50 * 1024 * 1024  # body-size cap; a larger body is an error, never truncated silently
    retries: int = 3
    backoff_factor: float = 1.0
    max_retry_after: float = 60.0  # a longer Retry-After is recorded and we give up
    respect_robots: bool = True
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay
    # Our own pace: at most one request per host per this many seconds, whatever robots.txt says
    # (requests are sequential, so this is also a concurrency of one per host).
    min_host_interval: float = 1.0


# Query parameters that carry credentials (ReliefWeb's appname, API keys): never in a log line.
_SECRET_PARAMS = frozenset({"appname", "api_key", "apikey", "key", "token", "access_token"})


def redact(url: str) -> str:
    """``url`` with credential-like query values replaced, for logs.

    >>> redact("https://api.reliefweb.int/v2/reports?appname=me&limit=5")
    'https://api.reliefweb.int/v2/reports?appname=REDACTED&limit=5'
    """
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(k, "REDACTED" if k.lower() in _SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query)))


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


class BodyTooLarge(Exception):
    """The decoded body passed FetchPolicy.max_bytes."""

    def __init__(self, message: str, received: int) -> None:
        super().__init__(message)
        self.received = received


@dataclass
class _Outcome:
    """What one attempt produced, before we decide whether to retry."""

    response: requests.Response | None = None
    body: bytes | None = None
    error: str | None = None
    exception: Exception | None = None


class Fetcher:
    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.policy.user_agent
        self.session.max_redirects = MAX_REDIRECTS
        # No retries inside urllib3: our loop owns them, so every attempt is seen and timed.
        adapter = HTTPAdapter(max_retries=Retry(total=0, read=False, redirect=False, raise_on_status=False))
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

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        started_at = datetime.now(timezone.utc)
        clock = time.monotonic()
        result = FetchResult(url, None, None, None, None, None, None, False, None, started_at, 0.0)

        if self.policy.respect_robots and (refusal := self.robots.check(url)):
            result.error = refusal
        else:
            self._fetch_with_retries(url, _conditional_headers(etag, last_modified), result)
            if result.not_modified:
                # A 304 may omit validators; the caller's still hold.
                result.etag = result.etag or etag
                result.last_modified = result.last_modified or last_modified
        result.elapsed_ms = (time.monotonic() - clock) * 1000
        return result

    def _fetch_with_retries(self, url: str, headers: dict[str, str], result: FetchResult) -> None:
        retry = self._retry_template
        while True:
            self.robots.wait_turn(url, use_crawl_delay=self.policy.respect_robots)
            outcome = self._attempt(url, headers, result)
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

    def _attempt(self, url: str, headers: dict[str, str], result: FetchResult) -> _Outcome:
        started_at = datetime.now(timezone.utc)
        clock = time.monotonic()
        outcome = _Outcome()
        received = 0
        try:
            response = self.session.get(url, headers=headers, timeout=self._timeout, stream=True)
            outcome.response = response
            with response:
                if response.status_code == 200:
                    outcome.body = self._read_body(response)
        except BodyTooLarge as exc:
            outcome.error = str(exc)
            received = exc.received
        except requests.RequestException as exc:
            outcome.exception = exc
            outcome.error = describe_request_error(exc)
        status = outcome.response.status_code if outcome.response is not None else None
        result.attempts.append(
            Attempt(
                started_at=started_at,
                elapsed_ms=(time.monotonic() - clock) * 1000,
                status=status,
                bytes=len(outcome.body) if outcome.body is not None else received,
                error=outcome.error or (f"HTTP {status}" if status not in (200, 304, None) else None),
            )
        )
        return outcome

    def _read_body(self, response: requests.Response) -> bytes:
        cap = self.policy.max_bytes
        declared = response.headers.get("Content-Length")
        # Without content coding, Content-Length is the decoded size: refuse before reading.
        if declared and declared.isdigit() and int(declared) > cap and not response.headers.get("Content-Encoding"):
            raise BodyTooLarge(f"body exceeds {cap} bytes (Content-Length {declared})", 0)
        body = bytearray()
        # Chunks no bigger than the cap, so an oversized body is abandoned soon after the cap.
        for chunk in response.iter_content(chunk_size=min(_CHUNK, cap + 1)):
            body += chunk
            if len(body) > cap:
                raise BodyTooLarge(f"body exceeds {cap} bytes", len(body))
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
            result.body = outcome.body
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


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _count(attempts: list[Attempt]) -> str:
    return "1 attempt" if len(attempts) == 1 else f"{len(attempts)} attempts"
