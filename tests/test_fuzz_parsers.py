"""Everything that reads outside input, fed what a hostile or broken server could send.

Hypothesis builds documents for the text, HTML, table, JSON (Tech for Palestine), Telegram page,
feed and PDF readers: each must return (a result, or a result with warnings) and never raise or
hang. "Hang" is bounded per document with SIGALRM (``within``): generous bounds, far above what
a linear reader needs here, so a slow machine does not fail them but a catastrophic pattern does.
These are not speed measurements (bench/ holds those). Then huge documents (MBs), HTML nested
10,000 levels, and every compiled pattern of parsers/ and fetch/adapters/ against adversarial
strings (nested or overlapping quantifiers show up as exponential or cubic time there).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import json
import pkgutil
import re
import signal
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers
from fetch.adapters import feed, listing, telegram
from tests.conftest import FIXTURES, REPO

# Every example runs in this process; no database of examples is written into the repository.
FUZZ = settings(max_examples=40, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PER_DOCUMENT_SECONDS = 10  # small documents: a linear reader needs milliseconds
HUGE_DOCUMENT_SECONDS = 90  # a few MB: ~1-3 s each on the test machine when idle


class DocumentTimeout(Exception):
    pass


@contextlib.contextmanager
def within(seconds: float, what: str):
    """Raise DocumentTimeout naming ``what`` if the block uses more than ``seconds`` of this process's CPU time (main
    thread only). CPU time, not wall time: a runaway pattern burns CPU, while a machine busy with other work (a
    parallel test run, a build) only stretches the wall clock, which would fail a linear pattern."""
    def expire(signum, frame):
        raise DocumentTimeout(f"{what} took more than {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def read(body, parser="auto", content_type=None, url=None, seconds=PER_DOCUMENT_SECONDS):
    with within(seconds, f"parse_document(parser={parser!r}) of {body[:80]!r}... ({len(body)} bytes)"):
        document = parsers.parse_document(body, parser=parser, content_type=content_type, url=url)
    assert isinstance(document.figures, list) and isinstance(document.warnings, list)
    return document


# --- building blocks: the words the extractor looks for, and the markup around them ----------------

WORDS = ["killed", "injured", "wounded", "dead", "martyrs", "detained", "arrested", "prisoners", "hospitals",
         "children", "women", "at least", "more than", "about", "nearly", "since 7 October", "in the past 24 hours",
         "Gaza", "West Bank", "Ministry of Health", "according to", "said", "reported", "toll", "rose to",
         "Palestinians", "and", "of whom", "including", "1", "12", "1,234", "73,003", "1.5 million", "٧٣٠٠٣",
         "شهيد", "جريح", "منذ", "(", ")", ",", ".", ";", ":", "-", "–", "\n", "\n\n", " ", "\t", "\u200f", "\x00",
         "2026-06-15", "15 June 2026", "yesterday", "%", "hundreds", "dozens", "thousand"]
words = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=120).map(" ".join)
TAGS = ["<html>", "<body>", "<main>", "<article>", "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<h1>",
        "</h1>", "<table>", "<tr>", "<td>", "</td>", "<th>", "<caption>", "<script>", "</script>", "<style>",
        "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&nbsp;", "<time datetime='2026-06-15'>",
        "<meta charset='utf-16'>", "<a href='javascript:alert(1)'>", "<a href='//evil.example/x'>", "</a>",
        "<", ">", "</", "<li>", "<ul>", "<span class='tgme_widget_message_text'>",
        "<div class='tgme_widget_message' data-post='c/12'>", "<?xml version='1.0'?>"]
markup = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(WORDS), st.text(max_size=6)),
                  max_size=150).map("".join)
FEED_TAGS = ["<rss version='2.0'>", "<channel>", "</channel>", "<item>", "</item>", "<title>", "</title>",
             "<link>", "</link>", "<guid>", "</guid>", "<pubDate>", "</pubDate>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
             "<entry>", "</entry>", "<link href='../x'/>", "<link href='file:///etc/passwd'/>", "<id>", "</id>",
             "<updated>", "</updated>", "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>]>", "&a;", "http://127.0.0.1/a",
             "Mon, 15 Jun 2026 12:00:00 GMT", "2026-06-15T10:00:00+02:00"]
feed_markup = st.lists(st.one_of(st.sampled_from(FEED_TAGS), st.sampled_from(WORDS), st.text(max_size=6)),
                       max_size=120).map("".join)
encodings = st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1256"])


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


# --- the readers under Hypothesis ---------------------------------------------------------------------

@FUZZ
@given(text=words, encoding=encodings, content_type=st.sampled_from([None, "text/plain", "text/plain; charset=utf-8",
                                                                      "text/plain; charset=bogus"]))
def test_text_reader_never_crashes_or_hangs(text, encoding, content_type):
    read(encoded(text, encoding), "text", content_type)


@FUZZ
@given(html=markup, encoding=encodings, parser=st.sampled_from(["html", "auto", "table"]))
def test_html_and_table_readers_never_crash_or_hang(html, encoding, parser):
    read(encoded(html, encoding), parser, "text/html")


@FUZZ
@given(body=st.binary(max_size=2000), parser=st.sampled_from(["auto", "text", "html", "table", "pdf"]))
def test_arbitrary_bytes_never_crash_any_reader(body, parser):
    read(body, parser)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=40)
TFP_KEYS = ["report_date", "killed", "killed_cum", "injured", "injured_cum", "killed_children_cum",
            "killed_women_cum", "ext_killed_cum", "verified", "massacres_cum", "civdef_killed_cum", "rows"]
tfp_rows = st.lists(st.dictionaries(st.sampled_from(TFP_KEYS),
                                    st.one_of(st.integers(-5, 10**9), st.text(max_size=12), st.none(),
                                              st.sampled_from(["2026-06-15", "2023-10-07", "not a date", ""]),
                                              st.dictionaries(st.sampled_from(TFP_KEYS), st.integers(0, 99))),
                                    max_size=8), max_size=20)


@FUZZ
@given(data=st.one_of(json_values, tfp_rows, tfp_rows.map(lambda rows: {"rows": rows})),
       parser=st.sampled_from(["auto", *parsers.tfp.SHAPES]), truncate=st.integers(0, 40))
def test_tech_for_palestine_json_reader_never_crashes_or_hangs(data, parser, truncate):
    body = json.dumps(data, allow_nan=True).encode()
    if truncate:  # a body cut short by the network
        body = body[:-truncate] or body
    read(body, parser, "application/json", url="http://127.0.0.1/api/v2/casualties_daily.json")


@FUZZ
@given(html=markup, encoding=encodings)
def test_telegram_page_reader_never_crashes_or_hangs(html, encoding):
    body = encoded(html, encoding)
    with within(PER_DOCUMENT_SECONDS, f"telegram.parse_page of {body[:80]!r}"):
        page = telegram.parse_page(body)
    assert isinstance(page.posts, list)


@FUZZ
@given(xml=feed_markup, encoding=encodings, content_type=st.sampled_from([None, "application/rss+xml",
                                                                          "text/xml; charset=utf-16"]))
def test_feed_reader_never_crashes_or_hangs(xml, encoding, content_type):
    body = encoded(xml, encoding)
    with within(PER_DOCUMENT_SECONDS, f"feed.parse_feed of {body[:80]!r}"):
        parsed = feed.parse_feed(body, "http://127.0.0.1/feed.xml", content_type)
    for entry in parsed.entries:  # whatever the feed says, links stay http(s) or are dropped
        assert str(entry.url).startswith(("http://", "https://")), entry


@FUZZ
@given(html=markup)
def test_listing_link_reader_never_crashes_or_hangs(html):
    with within(PER_DOCUMENT_SECONDS, f"listing.extract_links of {html[:80]!r}"):
        found = listing.extract_links(html, "http://127.0.0.1/listing", "a")
    assert all(link.startswith("http://127.0.0.1/") for link in found.links), found


PDFS = sorted((FIXTURES / "pdf").glob("*.pdf"))


@settings(FUZZ, max_examples=25)
@given(pdf=st.sampled_from(PDFS), cuts=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=12),
       truncate_to=st.one_of(st.none(), st.floats(0, 1)))
def test_pdf_reader_never_crashes_or_hangs_on_damaged_files(pdf, cuts, truncate_to):
    body = bytearray(pdf.read_bytes())
    for where, byte in cuts:  # bytes flipped anywhere: the xref table, a stream, the header
        body[int(where * (len(body) - 1))] = byte
    if truncate_to is not None:
        body = body[: max(8, int(truncate_to * len(body)))]
    read(bytes(body), "pdf", "application/pdf")


# --- huge documents and deep nesting ------------------------------------------------------------------

BULLETIN = (FIXTURES / "corpus" / "moh-bulletins" / "2026-06-15.txt").read_bytes()


def _times(unit: bytes, size: int) -> bytes:
    return unit * (size // len(unit) + 1)


HUGE = {
    "2 MB of bulletins as text": (lambda: _times(BULLETIN + b"\n\n", 2_000_000), "text"),
    "1 MB of bulletins as HTML paragraphs": (
        lambda: b"<html><body>" + _times(b"<p>" + BULLETIN.replace(b"\n", b"</p><p>") + b"</p>", 1_000_000)
        + b"</body></html>", "html"),
    "1 MB of whitespace between a word and a number": (lambda: b"killed " + b" \t" * 500_000 + b"5", "text"),
    "2 MB of digits": (lambda: b"1" * 2_000_000, "text"),
    "0.25 MB of unclosed tags": (lambda: b"<p><b><i>killed 5 " * 15_000, "html"),
}


@pytest.mark.parametrize("name", list(HUGE))
def test_huge_documents_are_read_in_bounded_time(name):
    build, parser = HUGE[name]
    read(build(), parser, seconds=HUGE_DOCUMENT_SECONDS)


def test_a_run_on_sentence_with_many_numbers_is_read_in_bounded_time():
    # Each number's rules look across its unit: units are cut at MAX_UNIT_CHARS so the cost stays linear
    # (before: 136 KB of one sentence took 28 s here, 544 KB never finished; now 0.7 s and 2.5 s).
    document = read(_times(b"at least 5 people were killed and ", 500_000), "text", seconds=HUGE_DOCUMENT_SECONDS)
    assert len(document.figures) >= 14_000


DEEP = b"<div>" * 10_000 + b"<p>At least 500 people were killed, the Ministry of Health said.</p>" + b"</div>" * 10_000


def test_html_nested_ten_thousand_levels_is_read():
    document = read(DEEP, "html", "text/html")
    assert any(f.metric == "killed" and f.value == 500 for f in document.figures)


def test_telegram_and_listing_readers_survive_ten_thousand_levels():
    with within(PER_DOCUMENT_SECONDS, "telegram.parse_page, deep"):
        telegram.parse_page(DEEP)
    with within(PER_DOCUMENT_SECONDS, "listing.extract_links, deep"):
        listing.extract_links(DEEP.replace(b"<p>", b"<p><a href='/r/1'>r</a>"), "http://127.0.0.1/l", "a")


# --- catastrophic backtracking ----------------------------------------------------------------------


def test_repeated_qualifiers_before_a_number_do_not_hang_the_extractor():
    # Found by the pattern audit below; 22 repetitions already took > 20 s here.
    read(("Killed " + "at least " * 40 + "x 500.").encode(), "text", seconds=3)


def test_a_long_gap_between_two_places_does_not_hang_the_extractor():
    read(b"5 people were killed in Gaza" + b" " * 100_000 + b"x and the West Bank.", "text", seconds=3)


def _patterns() -> list[tuple[str, re.Pattern]]:
    """Every compiled pattern reachable from the module globals of parsers/ and fetch/adapters/."""
    import fetch.adapters

    modules = [importlib.import_module(f"{package.__name__}.{info.name}")
               for package in (parsers, fetch.adapters) for info in pkgutil.iter_modules(package.__path__)]
    found: dict[tuple, tuple[str, re.Pattern]] = {}

    def walk(value, name, seen, depth=0):
        if id(value) in seen or depth > 6:
            return
        seen.add(id(value))
        if isinstance(value, re.Pattern):
            found.setdefault((value.pattern, value.flags), (name, value))
        elif isinstance(value, dict):
            for item in [*value.keys(), *value.values()]:
                walk(item, name, seen, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, name, seen, depth + 1)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name), name, seen, depth + 1)

    for module in modules:
        seen: set[int] = set()
        for name, value in vars(module).items():
            walk(value, f"{module.__name__}.{name}", seen)
    return sorted(found.values(), key=lambda item: (item[0], item[1].pattern if isinstance(item[1].pattern, str)
                                                    else item[1].pattern.decode("latin-1")))


# Runs of the characters and words the patterns are built from, each ended by a character that
# makes most patterns fail at the very end (the worst case for backtracking).
ADVERSARIAL = [unit * (1000 // len(unit)) + end for unit, end in [
    ("1", "!"), (" ", "x"), ("a", "!"), ("1,", "x"), ("1 ", "x"), ("1.", "x"), ("1-", "x"), ("1/", "x"), ("-", "x"),
    (".", "x"), ("\n", "x"), ("<", "x"), ("<a ", "x"), ("(", "x"), ("'", "x"), ("at least ", "x"),
    ("killed ", "x"), ("more than ", "x"), ("of ", "x"), ("A. ", "x"), ("٣", "!"), ("ال", "!"), (" و", "!"),
    ("7 October ", "x"), ("Ministry of Health ", "x"), ("and ", "x"), (", ", "x")]]
PATTERN_SECONDS = 1.0  # per pattern and string of 1,000 characters; a linear pattern needs well under 10 ms
PATTERNS = _patterns()


@pytest.mark.parametrize("name, pattern", [
    pytest.param(name, pattern, id=f"{name}#{i}") for i, (name, pattern) in enumerate(PATTERNS)])
def test_no_pattern_backtracks_catastrophically(name, pattern):
    for text in ADVERSARIAL:
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        with within(PATTERN_SECONDS, f"{name} /{pattern.pattern!s:.80}/ on {text[:20]!r}... ({len(text)} chars)"):
            pattern.search(subject)
            pattern.match(subject)


def test_the_pattern_audit_sees_the_rule_tables():
    # If parsers/ is restructured so that the patterns move out of sight, this audit must notice.
    names = {name.rsplit(".", 1)[0] for name, _ in PATTERNS}
    assert {"parsers.numbers", "parsers.linking", "parsers.places", "parsers.prose"} <= names, names
    assert len(PATTERNS) > 50


def test_the_sample_pdf_and_truncated_pdf_still_read():
    # The damaged-PDF fuzzing starts from these; a truncated PDF is a warning, not a crash.
    truncated = read((FIXTURES / "pdf" / "built-truncated.pdf").read_bytes(), "pdf")
    assert truncated.warnings
    whole = read((REPO / "samples" / "reports" / "pdf" / "built-ocha-westbank-040.pdf").read_bytes(), "pdf")
    assert whole.figures


def test_within_really_interrupts_a_runaway_pattern():
    # The bound itself must work, or every "no hang" above would pass by hanging forever.
    started = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with within(0.3, "a known exponential pattern"):
            re.match(r"(a|a)*b", "a" * 40)
    assert time.monotonic() - started < 5
