"""A real HTTP server on 127.0.0.1 that misbehaves on demand.

Every source of the fault suite lives under ``/<slug>/``; the slug names the fault the server
plays on a faulty night (``FaultServer.faulty_nights``) — on every other night the same path
serves a healthy bulletin whose figure changes each night, so a recovered source visibly loads
something new. Faults are written at the socket level where HTTP libraries would refuse to
misbehave: a Content-Length longer than the body, a reset, a body that never ends, a byte a
second.

``Island`` is a second server on its own port for faults that take a whole address away (a
connect timeout: it stops accepting and fills its listen queue, so the kernel drops new SYNs).
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import http.server
import json
import socket
import struct
import threading
import time
from collections import Counter
from functools import cache
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOOD_PDFS = {1: "built-moh-bulletin-2026-06-15.pdf", 3: "built-ocha-westbank-040.pdf"}
LAYOUT_SELECTOR = "ul.reports li a"


def toll(night: int) -> int:
    """The figure every healthy bulletin states on ``night``: a recovered source's new value."""
    return 70_000 + night


def bulletin_text(slug: str, night: int, apostrophe: str = "’") -> str:
    return (f"Bulletin {slug}, night {night}.\n\nGaza{apostrophe}s Ministry of Health said on {night} June 2026 "
            f"that the death toll has risen to {toll(night):,}.\n")


def bulletin_html(slug: str, night: int, title: str = "Daily bulletin", charset_meta: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in bulletin_text(slug, night).split("\n\n"))
    return (f"<!doctype html><html><head>{charset_meta}<title>{title}</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def tfp_json(night: int) -> bytes:
    """A Tech for Palestine daily-casualties row (its real field names) for ``night``."""
    return json.dumps([{"report_date": f"2026-06-{night:02d}", "report_source": "mohtel", "report_period": 24,
                        "killed": night, "killed_cum": toll(night)}]).encode()


@cache
def gzip_bomb(inflated_bytes: int = 64 * 1024 * 1024) -> bytes:
    """~64 KB on the wire that inflates to 64 MB of zeros."""
    return gzip.compress(b"\0" * inflated_bytes, compresslevel=9)


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients hanging up on a fault is the point, not news


class FaultServer:
    """Serve healthy bulletins, and on faulty nights the fault each slug names (see ``_faulty``)."""

    def __init__(self, faulty_nights: frozenset[int] = frozenset({2})) -> None:
        self.night = 1
        self.faulty_nights = faulty_nights
        self.kinds: dict[str, str] = {}  # slug -> "text" | "html" | "json" | "pdf" | "listing"
        self.hits: Counter[tuple[int, str]] = Counter()  # (night, path) -> requests
        self.log: list[tuple[int, str]] = []  # (night, path) of every request, robots.txt aside
        self.other_url = ""  # where the "redirect to another port" fault points (set by the test)
        self.stopping = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def requested(self, night: int, slug: str) -> int:
        return sum(count for (n, path), count in self.hits.items() if n == night and path.startswith(f"/{slug}/"))

    def _handler_class(self):
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep the test output clean
                pass

            def do_GET(self):
                if self.path == "/robots.txt":
                    return self.send_simple(404, b"", "text/plain")
                server.hits[(server.night, self.path)] += 1
                server.log.append((server.night, self.path))
                slug = self.path.strip("/").split("/", 1)[0]
                if server.night in server.faulty_nights and slug in FAULTS:
                    return FAULTS[slug](self, server, slug)
                return serve_healthy(self, server, slug)

            def send_simple(self, status: int, body: bytes, content_type: str | None,
                            headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


def rss(slug: str, links: list[str]) -> bytes:
    items = "".join(f"<item><title>Bulletin</title><link>{link}</link><guid>{link}</guid></item>" for link in links)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>{slug}</title><link>http://x/</link>"
            f"<description>d</description>{items}</channel></rss>").encode()


def serve_healthy(handler, server: FaultServer, slug: str) -> None:
    night, kind = server.night, server.kinds.get(slug, "text")
    if kind == "feed" and not handler.path.startswith(f"/{slug}/article"):
        links = [f"{server.url}/{slug}/article-{n}" for n in range(1, night + 1)]
        body, ctype = rss(slug, links), "application/rss+xml"
    elif kind in ("listing", "feed"):
        if handler.path.startswith(f"/{slug}/article"):
            body, ctype = bulletin_html(slug, night).encode(), "text/html; charset=utf-8"
        else:
            links = "".join(f"<li><a href='/{slug}/article-{n}'>Bulletin {n}</a></li>" for n in range(1, night + 1))
            body, ctype = f"<html><body><ul class='reports'>{links}</ul></body></html>".encode(), "text/html"
    elif kind == "html":
        body, ctype = bulletin_html(slug, night).encode(), "text/html; charset=utf-8"
    elif kind == "json":
        body, ctype = tfp_json(night), "application/json"
    elif kind == "pdf":
        # A comment after %%EOF makes each source's copy its own document (the archive is content-addressed).
        pdf = (FIXTURES / "pdf" / GOOD_PDFS.get(night, GOOD_PDFS[1])).read_bytes()
        body, ctype = pdf + f"\n% {slug} night {night}\n".encode(), "application/pdf"
    else:
        body, ctype = bulletin_text(slug, night).encode(), "text/plain; charset=utf-8"
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    if handler.headers.get("If-None-Match") == etag:
        return handler.send_simple(304, b"", None, {"ETag": etag})
    handler.send_simple(200, body, ctype, {"ETag": etag})


# --- the faults: one function per slug, called for every request under /<slug>/ on a faulty night ---

def _status(status: int, times: int | None = None):
    """``status`` on every request, or on the first ``times`` requests of the night and then health."""
    def fault(handler, server, slug):
        if times is not None and server.requested(server.night, slug) > times:
            return serve_healthy(handler, server, slug)
        handler.send_simple(status, f"<h1>{status}</h1>".encode(), "text/html")
    return fault


def _retry_after(value, times: int = 1):
    """429 with ``Retry-After: value()`` on the first ``times`` requests of the night, then health."""
    def fault(handler, server, slug):
        if server.requested(server.night, slug) > times:
            return serve_healthy(handler, server, slug)
        handler.send_simple(429, b"slow down", "text/plain", {"Retry-After": value()})
    return fault


def _http_date(seconds_ahead: float) -> str:
    return email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


def _raw(handler, data: bytes) -> None:
    handler.wfile.write(data)
    handler.wfile.flush()


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


def _stall(handler, server, slug):
    """Headers and half the body, then silence (a read timeout mid-body)."""
    body = bulletin_text(slug, server.night).encode()
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "Content-Length": str(len(body))}) + body[:20])
    server.stopping.wait(timeout=5)
    handler.close_connection = True


def _reset(handler, server, slug):
    """Headers and part of the body, then a TCP reset (SO_LINGER 0)."""
    body = bulletin_text(slug, server.night).encode()
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "Content-Length": str(len(body))}) + body[:20])
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def _truncated(handler, server, slug):
    """Content-Length promises 1,000 bytes more than are sent, then the connection closes."""
    body = bulletin_text(slug, server.night).encode()
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "Content-Length": str(len(body) + 1000),
                                   "Connection": "close"}) + body)
    handler.close_connection = True


def _endless(handler, server, slug):
    """A body that never ends (no length, close-delimited)."""
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "Connection": "close"}))
    line = b"Gaza: the death toll has risen again. " * 100
    try:
        while not server.stopping.is_set():
            handler.wfile.write(line)
    except OSError:  # the client hung up: what we want
        pass
    handler.close_connection = True


def _bomb(handler, server, slug):
    handler.send_simple(200, gzip_bomb(), "text/plain", {"Content-Encoding": "gzip"})


def _drip(handler, server, data: bytes) -> None:
    """Send ``data`` a byte every 50 ms (until the server stops), then close the connection."""
    try:
        for byte in data:
            if server.stopping.wait(timeout=0.05):
                break
            _raw(handler, bytes([byte]))
    except OSError:
        pass
    handler.close_connection = True


def _slow_drip(handler, server, slug):
    """A byte every 50 ms: each read is quick, the body takes minutes."""
    body = bulletin_text(slug, server.night).encode() * 50
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "Content-Length": str(len(body))}))
    _drip(handler, server, body)


def _slow_headers(handler, server, slug):
    """Headers a byte every 50 ms: no read ever times out, the status line alone takes a second."""
    _drip(handler, server,
          _head("200 OK", {"Content-Type": "text/plain", **{f"X-Padding-{n}": "x" * 50 for n in range(50)}}))


def _bad_chunked(handler, server, slug):
    """Transfer-Encoding: chunked with a chunk size that is not hexadecimal."""
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"})
         + b"zz\r\nnot a chunk\r\n0\r\n\r\n")
    handler.close_connection = True


def _redirect(location):
    """302 to ``location(server, slug, path)``."""
    def fault(handler, server, slug):
        handler.send_simple(302, b"", "text/plain", {"Location": location(server, slug, handler.path)})
    return fault


def _loop(server, slug, path):
    return f"/{slug}/b" if not path.endswith("/b") else f"/{slug}/bulletin"


def _chain(server, slug, path):
    hop = int(path.rsplit("-", 1)[1]) if "/hop-" in path else 0
    return f"/{slug}/hop-{hop + 1}"


def _same_host_moved(handler, server, slug):
    """A redirect that is fine (same host and port): followed, the bulletin loads."""
    if handler.path.endswith("/moved-here"):
        return serve_healthy(handler, server, slug)
    handler.send_simple(301, b"", None, {"Location": f"{server.url}/{slug}/moved-here"})


def _body(make, content_type, headers=None):
    """A 200 with the body ``make(slug, night)``."""
    def fault(handler, server, slug):
        handler.send_simple(200, make(slug, server.night), content_type, headers)
    return fault


def _invalid_utf8(slug, night):
    text = bulletin_text(slug, night).encode()
    return text.replace(b"Bulletin", b"Bull\xffetin", 1)


def _malformed_html(slug, night):
    sentence = bulletin_text(slug, night).split("\n\n")[1]
    return (f"<html><body><div><p>Bulletin <b>unclosed <i>tags</b></div></span><table><tr><td>cell"
            f"<p>{sentence}<div <<<>>> </html></html><script>if (a < b && c > d) {{</body>").encode()


def _http10_no_length(handler, server, slug):
    """HTTP/1.0, no Content-Length: the body ends when the connection closes (legal, and must load)."""
    body = bulletin_text(slug, server.night).encode()
    _raw(handler, b"HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body)
    handler.close_connection = True


def _huge_header(handler, server, slug):
    _raw(handler, _head("200 OK", {"Content-Type": "text/plain", "X-Padding": "x" * 100_000, "Content-Length": "2"})
         + b"ok")
    handler.close_connection = True


def _garbage_status(handler, server, slug):
    _raw(handler, b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
    handler.close_connection = True


def _not_modified_without_validators(handler, server, slug):
    handler.send_simple(304, b"", None)


def _feed_links_to_metadata(handler, server, slug):
    """Tonight's feed adds a link to the cloud metadata address beside its real new bulletin."""
    if handler.path.startswith(f"/{slug}/article"):
        return serve_healthy(handler, server, slug)
    links = [f"{server.url}/{slug}/article-{n}" for n in range(1, server.night + 1)]
    body = rss(slug, [*links, "http://169.254.169.254/latest/meta-data/iam/"])
    handler.send_simple(200, body, "application/rss+xml")


def _layout_changed(handler, server, slug):
    body = b"<html><body><div class='cards'><h3><a href='/x/article-9'>Bulletin</a></h3></div></body></html>"
    handler.send_simple(200, body, "text/html; charset=utf-8")


FAULTS = {
    "http-500": _status(500),
    "http-502": _status(502),
    "http-503": _status(503),
    "http-503-twice-then-ok": _status(503, times=2),
    "retry-after-seconds-short": _retry_after(lambda: "1"),
    "retry-after-seconds-long": _retry_after(lambda: "7200", times=99),
    "retry-after-date-short": _retry_after(lambda: _http_date(1)),
    "retry-after-date-long": _retry_after(lambda: _http_date(7200), times=99),
    "read-timeout": _stall,
    "connection-reset": _reset,
    "truncated-body": _truncated,
    "endless-body": _endless,
    "gzip-bomb": _bomb,
    "bad-gzip": _body(lambda slug, night: b"this is not gzip at all", "text/plain", {"Content-Encoding": "gzip"}),
    "slow-drip": _slow_drip,
    "bad-chunked": _bad_chunked,
    "slow-headers": _slow_headers,
    "redirect-loop": _redirect(_loop),
    "redirect-chain-too-long": _redirect(_chain),
    "redirect-other-host": _redirect(lambda server, slug, path: "http://reports.example.net/bulletin"),
    "redirect-file": _redirect(lambda server, slug, path: "file:///etc/passwd"),
    "redirect-private": _redirect(lambda server, slug, path: "http://10.0.0.7/admin"),
    "redirect-loopback-other-port": _redirect(lambda server, slug, path: f"{server.other_url}/internal"),
    "redirect-link-local": _redirect(lambda server, slug, path: "http://169.254.169.254/latest/meta-data/"),
    "redirect-mapped-link-local": _redirect(lambda server, slug, path: "http://[::ffff:169.254.169.254]/latest/"),
    "redirect-same-host": _same_host_moved,
    "redirect-without-location": _status(302),
    "empty-200": _body(lambda slug, night: b"", "text/plain"),
    "error-page-200": _body(lambda slug, night: b"<html><head><title>503 Service Unavailable</title></head>"
                            b"<body><h1>Service Unavailable</h1></body></html>", "text/html"),
    "wrong-charset": _body(lambda slug, night: bulletin_html(slug, night).encode(), "text/html; charset=iso-8859-1"),
    "missing-charset": _body(lambda slug, night: bulletin_html(
        slug, night, title="وزارة الصحة", charset_meta="<meta charset='windows-1256'>").encode("cp1256"), "text/html"),
    "invalid-utf8": _body(_invalid_utf8, "text/plain; charset=utf-8"),
    "utf16-page": _body(lambda slug, night: bulletin_html(slug, night).encode("utf-16"), "text/html"),
    "utf16-mislabelled": _body(lambda slug, night: bulletin_text(slug, night).encode("utf-16-le"),
                               "text/plain; charset=utf-8"),
    "malformed-html": _body(_malformed_html, "text/html; charset=utf-8"),
    "malformed-json": _body(lambda slug, night: b'[{"report_date": "2026-06-02", "killed": 12, "killed_cum": 7',
                            "application/json"),
    "malformed-pdf": _body(lambda slug, night: (FIXTURES / "pdf" / GOOD_PDFS[1]).read_bytes()[:4000],
                           "application/pdf"),
    "pdf-as-html": _body(lambda slug, night: (FIXTURES / "pdf" / "built-addameer-table-028.pdf").read_bytes(),
                         "text/html; charset=utf-8"),
    "http10-no-length": _http10_no_length,
    "huge-header": _huge_header,
    "garbage-status-line": _garbage_status,
    "not-modified-unasked": _not_modified_without_validators,
    "layout-changed": _layout_changed,
    "feed-link-to-metadata": _feed_links_to_metadata,
}


class Island:
    """A healthy server on its own port that can be cut off: connections then time out."""

    def __init__(self, slug: str) -> None:
        self.inner = FaultServer(faulty_nights=frozenset())
        self.inner.kinds[slug] = "text"
        self._fillers: list[socket.socket] = []
        self._serving: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.inner.url

    def __enter__(self) -> Island:
        self._serve()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.reconnect()
        self.inner.__exit__()

    def _serve(self) -> None:
        self._serving = threading.Thread(target=self.inner._httpd.serve_forever, daemon=True)
        self._serving.start()

    def cut_off(self) -> None:
        """Stop accepting and fill the listen queue: the kernel drops further SYNs (a connect timeout)."""
        self.inner._httpd.shutdown()
        listener = self.inner._httpd.socket
        listener.listen(0)
        while True:  # queue connections nobody accepts until one cannot even connect
            filler = socket.socket()
            filler.settimeout(0.3)
            try:
                filler.connect(("127.0.0.1", self.inner.port))
            except OSError:
                filler.close()
                break
            self._fillers.append(filler)

    def reconnect(self) -> None:
        if not self._fillers:
            return
        for filler in self._fillers:
            filler.close()
        self._fillers.clear()
        self.inner._httpd.socket.listen(16)
        self._serve()

    def set_night(self, night: int) -> None:
        self.inner.night = night
