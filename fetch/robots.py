"""robots.txt, the RFC 9309 way, one fetch per origin per `Fetcher`.

The decision table (RFC 9309 §2.3.1):

| robots.txt answer            | we                                              |
|------------------------------|-------------------------------------------------|
| 2xx                          | parse it with protego and obey it               |
| 4xx (except 429)             | "unavailable": every path is allowed            |
| 429, 5xx, no answer at all   | "unreachable": the whole origin is disallowed   |

429 sits with 5xx (as Google does): a server that is shedding load did not tell us that
it has no rules. Redirects are followed by our own loop (at most 5, RFC 9309 §2.3.1.2), each
hop through the SSRF guard's address check (fetch/ssrf.py): robots.txt may move to another
host (a CDN, the www. name), never to a private, loopback or link-local address or off http(s).
A refused redirect leaves the origin "unreachable". Crawl-delay is honoured between requests to the same origin, capped so
that a robots.txt asking for an hour cannot stall the night.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego

from fetch.errors import describe_request_error, redact
from fetch.ssrf import ALLOWED_SCHEMES, Refused, check_url

log = logging.getLogger(__name__)

# RFC 9309 §2.5: crawlers must parse at least 500 KiB; anything past that may be ignored.
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309 §2.3.1.2


def origin_of(url: str) -> str:
    """`scheme://host[:port]`, the unit robots.txt rules apply to.

    >>> origin_of("https://Example.org/a/b?c=1")
    'https://example.org'
    >>> origin_of("http://127.0.0.1:8080/x")
    'http://127.0.0.1:8080'
    """
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt told us, or why it told us nothing."""

    origin: str
    parser: Protego | None  # None: no rules to apply (see allow_all)
    allow_all: bool  # True for 4xx; False with parser None means "unreachable: disallow all"
    reason: str  # how we came to these rules, for logs and error messages

    def allows(self, url: str, agent_token: str) -> bool:
        if self.parser is not None:
            return self.parser.can_fetch(url, agent_token)
        return self.allow_all

    def crawl_delay(self, agent_token: str) -> float | None:
        return self.parser.crawl_delay(agent_token) if self.parser is not None else None


class RobotsCache:
    """Fetches each origin's robots.txt once, answers "may I?", and paces requests."""

    def __init__(
        self,
        session: requests.Session,
        user_agent: str,
        timeout: tuple[float, float],
        max_crawl_delay: float,
        min_interval: float = 0.0,
    ) -> None:
        self._session = session
        self._user_agent = user_agent
        # RFC 9309 §2.2.1 matches on the product token ("reliefledger"), not the whole header.
        self.agent_token = user_agent.split("/", 1)[0].strip()
        self._timeout = timeout
        self._max_crawl_delay = max_crawl_delay
        self._min_interval = min_interval
        self._rules: dict[str, RobotsRules] = {}
        self._last_request_at: dict[str, float] = {}
        self._lock = threading.Lock()

    def rules_for(self, url: str) -> RobotsRules:
        origin = origin_of(url)
        with self._lock:
            if origin not in self._rules:
                self._rules[origin] = self._fetch_rules(origin)
            return self._rules[origin]

    def check(self, url: str) -> str | None:
        """None if `url` may be fetched, else the reason it may not."""
        rules = self.rules_for(url)
        if rules.allows(url, self.agent_token):
            return None
        if rules.parser is None:
            return f"robots.txt disallows {redact(url)}: {rules.reason}, which RFC 9309 treats as disallow-all"
        return f"robots.txt disallows {redact(url)} for {self.agent_token}"

    def wait_turn(self, url: str, *, use_crawl_delay: bool = True) -> float:
        """Sleep until our own minimum interval and the origin's Crawl-delay (the longer) have passed
        since our last request to it; return the wait.

        Each caller reserves its slot under the lock, so threads sharing a Fetcher are paced too.
        """
        origin = origin_of(url)
        delay = (self.rules_for(url).crawl_delay(self.agent_token) or 0.0) if use_crawl_delay else 0.0
        if delay > self._max_crawl_delay:
            log.info("%s asks Crawl-delay %.1f s; capping at %.1f s", origin, delay, self._max_crawl_delay)
            delay = self._max_crawl_delay
        delay = max(delay, self._min_interval)
        with self._lock:
            now = time.monotonic()
            previous = self._last_request_at.get(origin)
            slot = now if previous is None else max(now, previous + delay)
            self._last_request_at[origin] = slot
        wait = slot - now
        if wait > 0:
            time.sleep(wait)
        return wait

    def _fetch_rules(self, origin: str) -> RobotsRules:
        robots_url = f"{origin}/robots.txt"
        try:
            status, body = self._get_following_redirects(robots_url)
        except requests.RequestException as exc:
            # Unreachable: no answer means no permission (RFC 9309 §2.3.1.4).
            reason = f"robots.txt unreachable ({describe_request_error(exc)})"
            log.warning("%s: %s", robots_url, exc)
            return RobotsRules(origin, None, allow_all=False, reason=reason)
        except Refused as refused:
            log.warning("%s: %s", robots_url, refused)
            return RobotsRules(origin, None, allow_all=False, reason=f"robots.txt unreachable ({refused})")

        if 200 <= status < 300:
            text = body.decode("utf-8", errors="replace")
            return RobotsRules(origin, Protego.parse(text), allow_all=False, reason=f"robots.txt HTTP {status}")
        if 400 <= status < 500 and status != 429:
            return RobotsRules(origin, None, allow_all=True, reason=f"robots.txt HTTP {status}")
        reason = f"robots.txt answered HTTP {status}"
        log.warning("%s: %s; disallowing the whole origin", robots_url, reason)
        return RobotsRules(origin, None, allow_all=False, reason=reason)


    def _get_following_redirects(self, robots_url: str) -> tuple[int, bytes]:
        """(status, body) of robots.txt, redirects followed hop by hop, each hop's address checked."""
        url = robots_url
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            with self._session.get(url, headers={"User-Agent": self._user_agent}, timeout=self._timeout,
                                   stream=True, allow_redirects=False) as response:
                location = self._session.get_redirect_target(response)
                if location is None:
                    status = response.status_code
                    return status, _read_capped(response, ROBOTS_MAX_BYTES) if 200 <= status < 300 else b""
            target = urljoin(url, location)
            if urlsplit(target).scheme.lower() not in ALLOWED_SCHEMES:
                raise Refused(f"refused redirect to {redact(target)}: not http(s)")
            check_url(target, robots_url)
            url = target
        return 404, b""  # more redirects than RFC 9309 asks us to follow: "unavailable"


def _read_capped(response: requests.Response, limit: int) -> bytes:
    """Up to `limit` decoded bytes; the rest is ignored, as RFC 9309 §2.5 allows for robots.txt."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(chunk_size=64 * 1024):
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]
