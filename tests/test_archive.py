"""The content-addressed snapshot archive, on a real folder in tmp_path."""

from __future__ import annotations

import gzip
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fetch import Archive, CorruptBody

REPORT = "Since 7 October 2023, at least 29,000 Palestinians have been killed.".encode()


def test_put_stores_under_the_sha256_of_the_raw_body(tmp_path):
    archive = Archive(tmp_path)
    stored = archive.put(REPORT)

    digest = hashlib.sha256(REPORT).hexdigest()
    assert stored.sha256 == digest and stored.stored_new
    assert stored.path == archive.path_for(digest)
    assert stored.path.as_posix() == f"{digest[:2]}/{digest[2:4]}/{digest}.gz"
    assert digest in archive


def test_file_on_disk_is_gzip_of_the_raw_body(tmp_path):
    stored = Archive(tmp_path).put(REPORT)
    on_disk = (tmp_path / stored.path).read_bytes()
    assert on_disk[:2] == b"\x1f\x8b"  # gzip magic
    assert gzip.decompress(on_disk) == REPORT


def test_same_bytes_twice_is_one_file_and_never_rewritten(tmp_path):
    archive = Archive(tmp_path)
    first = archive.put(REPORT)
    final = tmp_path / first.path
    before = final.stat()

    second = archive.put(REPORT)

    assert (second.sha256, second.path, second.stored_new) == (first.sha256, first.path, False)
    assert final.stat().st_ino == before.st_ino and final.stat().st_mtime_ns == before.st_mtime_ns
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [final]


def test_get_round_trips(tmp_path):
    archive = Archive(tmp_path)
    assert archive.get(archive.put(REPORT).sha256) == REPORT
    assert archive.get(archive.put(b"").sha256) == b""


@settings(max_examples=30, deadline=None)
@given(body=st.binary(max_size=4096))
def test_any_body_round_trips(tmp_path_factory, body):
    archive = Archive(tmp_path_factory.mktemp("archive"))
    assert archive.get(archive.put(body).sha256) == body


def test_leftover_temp_file_does_not_count_as_stored(tmp_path):
    archive = Archive(tmp_path)
    digest = hashlib.sha256(REPORT).hexdigest()
    final = tmp_path / archive.path_for(digest)
    final.parent.mkdir(parents=True)
    # What a crash between write and rename leaves behind.
    (final.parent / f".{digest[:16]}.crashed.tmp").write_bytes(gzip.compress(REPORT)[:10])

    assert digest not in archive
    stored = archive.put(REPORT)
    assert stored.stored_new and archive.get(digest) == REPORT


def test_put_leaves_no_temp_file_and_a_readable_body(tmp_path):
    stored = Archive(tmp_path).put(REPORT)
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []
    # mkstemp makes 0600 files; analysts and the reparse job read the archive too
    assert (tmp_path / stored.path).stat().st_mode & 0o777 == 0o644


def test_get_refuses_a_body_that_fails_its_hash(tmp_path):
    archive = Archive(tmp_path)
    stored = archive.put(REPORT)
    path = tmp_path / stored.path
    path.write_bytes(gzip.compress(b"tampered"))

    with pytest.raises(CorruptBody, match="hashes to"):
        archive.get(stored.sha256)


def test_get_refuses_a_truncated_file(tmp_path):
    archive = Archive(tmp_path)
    stored = archive.put(REPORT * 100)
    path = tmp_path / stored.path
    path.write_bytes(path.read_bytes()[:20])

    with pytest.raises(CorruptBody):
        archive.get(stored.sha256)


def test_get_of_absent_content_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        Archive(tmp_path).get(hashlib.sha256(b"never stored").hexdigest())


@pytest.mark.parametrize("bad", ["ABCD", "../" + "a" * 61, "A" * 64, "g" * 64])
def test_path_for_rejects_what_is_not_a_sha256(tmp_path, bad):
    archive = Archive(tmp_path)
    with pytest.raises(ValueError):
        archive.path_for(bad)
    assert bad not in archive
