"""The raw snapshot archive: every fetched body, content-addressed, gzip-compressed, never rewritten.

A body lives at `ab/cd/abcd….gz` under the root, named by the sha256 of the *raw*
(uncompressed) bytes, so the same content fetched twice is stored once and any reader can
check what it got. Writes go to a temp file in the target folder, are fsynced and then
renamed into place: a crash leaves at worst a stray `.tmp` file, never a partial body under
a final name.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")
SUFFIX = ".gz"


class CorruptBody(ValueError):
    """An archived file does not decompress to bytes with the hash it is named by."""


@dataclass
class ArchivedBody:
    sha256: str
    path: Path  # relative to the archive root, e.g. "ab/cd/abcd….gz"
    stored_new: bool  # False if that content was already archived


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        """Where a body with this hash lives, relative to the root."""
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a lowercase hex sha256: {sha256!r}")
        return Path(sha256[:2], sha256[2:4], sha256 + SUFFIX)

    def __contains__(self, sha256: object) -> bool:
        return isinstance(sha256, str) and _SHA256.fullmatch(sha256) is not None and (
            self.root / self.path_for(sha256)
        ).is_file()

    def put(self, body: bytes) -> ArchivedBody:
        sha256 = hashlib.sha256(body).hexdigest()
        relative = self.path_for(sha256)
        final = self.root / relative
        if final.is_file():
            return ArchivedBody(sha256, relative, stored_new=False)

        final.parent.mkdir(parents=True, exist_ok=True)
        # mtime=0 keeps the gzip bytes a pure function of the body.
        compressed = gzip.compress(body, mtime=0)
        fd, temp_name = tempfile.mkstemp(dir=final.parent, prefix=f".{sha256[:16]}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as temp:
                os.fchmod(temp.fileno(), 0o644)  # mkstemp's 0600 would hide the archive from readers
                temp.write(compressed)
                temp.flush()
                os.fsync(temp.fileno())
            if final.is_file():
                # Someone stored the same content meanwhile; theirs stays untouched.
                os.unlink(temp_name)
                return ArchivedBody(sha256, relative, stored_new=False)
            os.replace(temp_name, final)
        except BaseException:
            if os.path.exists(temp_name):
                os.unlink(temp_name)
            raise
        _fsync_dir(final.parent)
        return ArchivedBody(sha256, relative, stored_new=True)

    def get(self, sha256: str) -> bytes:
        """The raw body; raises FileNotFoundError if absent, CorruptBody if it fails its hash."""
        path = self.root / self.path_for(sha256)
        try:
            body = gzip.decompress(path.read_bytes())
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise CorruptBody(f"{path}: not a complete gzip file ({exc})") from exc
        actual = hashlib.sha256(body).hexdigest()
        if actual != sha256:
            raise CorruptBody(f"{path}: content hashes to {actual}, not {sha256}")
        return body


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
