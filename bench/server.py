"""A real HTTP server on 127.0.0.1 serving a synthetic archive of any size, made on demand.

``sources`` RSS feeds (``/feed/<s>.xml``), each listing its share of ``documents`` plain-text
reports (``/doc/<i>.txt``; report i belongs to feed i % sources). Each report is built from the
real paragraphs of ``tests/fixtures/corpus`` (bench/extraction.py), seeded by its number, so
the server holds no archive in memory and serves the same bytes every time. Every answer has an
ETag and honours ``If-None-Match`` with a 304, like the well-behaved servers the nightly meets.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.server
import random
import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from bench.extraction import real_texts

FIRST_DAY = dt.date(2023, 10, 8)


@lru_cache(maxsize=1)
def _paragraphs_and_sizes() -> tuple[list[str], list[int]]:
    texts = list(real_texts().values())
    paragraphs = [p.strip() for text in texts for p in text.split("\n\n") if p.strip()]
    return paragraphs, [len(text.encode()) for text in texts]


def report(number: int) -> bytes:
    """Report ``number``: real paragraphs shuffled into a document as long as a real one."""
    paragraphs, sizes = _paragraphs_and_sizes()
    rng = random.Random(number)
    target, parts, length = rng.choice(sizes), [], 0
    while length < target:
        paragraph = rng.choice(paragraphs)
        parts.append(paragraph)
        length += len(paragraph.encode()) + 2
    return "\n\n".join(parts).encode()


def published(number: int, sources: int) -> dt.date:
    """One report per feed per day, the newest last."""
    return FIRST_DAY + dt.timedelta(days=number // sources)


class ArchiveServer:
    """``with ArchiveServer(documents, sources) as server:`` — ``server.url``, ``server.counts``."""

    def __init__(self, documents: int, sources: int):
        self.documents, self.sources = documents, sources
        self.counts = {"requests": 0, "not_modified": 0, "bytes": 0}
        self._lock = threading.Lock()
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ArchiveServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def reset_counts(self) -> None:
        with self._lock:
            self.counts = {"requests": 0, "not_modified": 0, "bytes": 0}

    def feed(self, source: int) -> bytes:
        items = []
        for number in range(source, self.documents, self.sources):
            day = dt.datetime.combine(published(number, self.sources), dt.time(12), dt.UTC)
            items.append(f"<item><title>Report {number}</title><link>{self.url}/doc/{number}.txt</link>"
                         f"<guid>report-{number}</guid><pubDate>{email.utils.format_datetime(day, usegmt=True)}"
                         f"</pubDate></item>")
        items.reverse()  # newest first, as feeds list them
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>{escape(f'Synthetic source {source}')}</title><link>{self.url}/</link>"
                f"{''.join(items)}</channel></rss>").encode()

    def _handler_class(self):
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like a real server
            # headers and body go out as two writes: without this, Nagle and delayed ACKs stall
            # every keep-alive request by ~40 ms
            disable_nagle_algorithm = True

            def do_GET(self):  # noqa: N802 (http.server's naming)
                path = self.path.split("?")[0]
                try:
                    if path == "/robots.txt":
                        body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
                    elif path.startswith("/feed/") and path.endswith(".xml"):
                        body, kind = server.feed(int(path[6:-4])), "application/rss+xml"
                    elif path.startswith("/doc/") and path.endswith(".txt"):
                        number = int(path[5:-4])
                        if not 0 <= number < server.documents:
                            raise ValueError(number)
                        body, kind = report(number), "text/plain; charset=utf-8"
                    else:
                        raise ValueError(path)
                except ValueError:
                    return self._send(404, b"not found", "text/plain")
                etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", None, etag)
                self._send(200, body, kind, etag)

            def _send(self, status, body, kind, etag=None):
                with server._lock:
                    server.counts["requests"] += 1
                    server.counts["not_modified"] += status == 304
                    server.counts["bytes"] += len(body)
                self.send_response(status)
                if kind:
                    self.send_header("Content-Type", kind)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler
