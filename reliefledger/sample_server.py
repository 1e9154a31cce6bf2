"""A real HTTP server on 127.0.0.1 that replays the bundled sample reports night by night.

The demo and the tests fetch through the ledger's real fetch code against it: it answers
robots.txt, sends an ETag per body and honours ``If-None-Match`` with a 304, like the
well-behaved public servers the nightly run meets.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.server
import mimetypes
import threading
import tomllib
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
_CONTENT_TYPES = {".txt": "text/plain; charset=utf-8", ".html": "text/html; charset=utf-8",
                  ".json": "application/json", ".xml": "application/xml; charset=utf-8"}


def _manifest(samples_dir: Path) -> dict:
    return tomllib.loads((samples_dir / "nights.toml").read_text(encoding="utf-8"))


def load_nights(samples_dir: Path = SAMPLES_DIR) -> dict[int, dict[str, Path]]:
    """Night number -> {URL path: file}, from ``nights.toml`` (the [always] paths on every night)."""
    manifest = _manifest(samples_dir)
    always = manifest.get("always", {})
    nights = {}
    for number, paths in manifest["night"].items():
        served = {**always, **paths}
        nights[int(number)] = {path: samples_dir / "reports" / name for path, name in served.items()}
    return dict(sorted(nights.items()))


def load_published(samples_dir: Path = SAMPLES_DIR) -> dict[Path, dt.date]:
    """File -> the date its report was published (``[published]`` in ``nights.toml``)."""
    return {samples_dir / "reports" / name: day for name, day in _manifest(samples_dir).get("published", {}).items()}


class SampleServer:
    """Serve one night's files; ``night`` can be changed between runs."""

    def __init__(self, samples_dir: Path = SAMPLES_DIR, night: int = 1):
        self.nights = load_nights(samples_dir)
        self.published = load_published(samples_dir)
        self.night = night
        self.requests: list[tuple[str, int]] = []  # (path, status), for tests and the demo's counts
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> SampleServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler_class(self):
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                served = server.nights[server.night]
                path = self.path.split("?", 1)[0]
                if path == "/robots.txt":
                    return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
                # A path with its query first (a channel's older page), then the plain path.
                file = served.get(self.path) or served.get(path)
                if file is None:
                    return self._send(404, b"not found\n", "text/plain")
                body = file.read_bytes()
                etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", None, etag)
                content_type = _CONTENT_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0]
                return self._send(200, body, content_type, etag, server.published.get(file))

            def _send(self, status, body, content_type, etag=None, published=None):
                server.requests.append((self.path, status))
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                if etag:
                    self.send_header("ETag", etag)
                if published:
                    noon = dt.datetime.combine(published, dt.time(12), dt.UTC)
                    self.send_header("Last-Modified", email.utils.format_datetime(noon, usegmt=True))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep the demo's output for the reader
                pass

        return Handler
