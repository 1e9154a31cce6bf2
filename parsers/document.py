"""``parse_document``: any fetched body to a ParsedDocument, choosing the parser.

Never raises on bad input: what cannot be read gives an empty document with the reason in
``warnings``.

>>> doc = parse_document(b"\\xef\\xbb\\xbfMore than 200 martyrs were reported overnight, the ministry said.")
>>> [(f.metric, f.value, f.qualifier, f.period_detail) for f in doc.figures]
[('killed', 200.0, 'at_least', 'overnight')]
>>> parse_document(b"{not json", content_type="application/json").warnings
['malformed JSON: Expecting property name enclosed in double quotes']
>>> parse_document("<p>x</p>", parser="nope").warnings
["unknown parser 'nope'"]
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re

from parsers import html, pdf, prose, tables, tfp
from parsers.arabic import extract_arabic_figures, merge_bilingual
from parsers.dates import heading_date
from parsers.models import Figure, ParsedDocument

PARSER_VERSIONS: dict[str, str] = {"text": prose.VERSION, "html": prose.VERSION, pdf.PARSER: pdf.VERSION,
                                   tables.PARSER: tables.VERSION, "reliefweb_reports": prose.VERSION,
                                   **{shape: tfp.VERSION for shape in tfp.SHAPES}}
# Parser names a source may use for a body another parser reads: ReliefWeb's API items are report HTML.
_READ_AS = {"reliefweb_reports": "html"}
_LOOKS_HTML = re.compile(r"^\s*(?:<\?php|<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>]|<ol|<ul|<section|<h\d)",
                         re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def decode(body: bytes | str, content_type: str | None = None) -> tuple[str, list[str]]:
    """Text of ``body`` and what was wrong with its encoding; never fails.

    Order (as browsers do): a byte-order mark; UTF-16 recognised by its zero bytes; the charset of
    ``content_type``, else of the page's own ``<meta>``; UTF-8; cp1252. A declared charset is not
    trusted blindly: one that cannot decode the body, or a single-byte one (latin-1 never fails)
    over a body that is valid UTF-8, gives way to what the bytes are, with a warning. Invalid
    UTF-8 in a UTF-8 body (a few damaged bytes) is replaced, not re-read as cp1252.

    >>> decode("Gaza’s toll".encode(), "text/html; charset=iso-8859-1")
    ('Gaza’s toll', ['declared charset iso-8859-1, but the body is UTF-8: read as UTF-8'])
    >>> decode(b'<meta charset="windows-1256"><p>\\xe3\\xd1\\xc7\\xdf\\xd2</p>')[0][-9:]
    'مراكز</p>'
    >>> decode("قتيل في غزة 12".encode("utf-16-le")), decode("12 killed".encode("utf-16-be"), "text/html; charset=utf-8")
    (('قتيل في غزة 12', []), ('12 killed', []))
    >>> decode("مراكز".encode() + b"\\xff 12 killed")
    ('مراكز� 12 killed', ['invalid UTF-8: 1 damaged sequence(s) replaced'])
    >>> decode(b"caf\\xe9 12 killed")
    ('café 12 killed', ['not UTF-8: decoded as cp1252'])
    >>> decode(b"12 killed", "text/plain; charset=nonsense")
    ('12 killed', ["unknown charset 'nonsense' declared: ignored"])
    """
    if isinstance(body, str):
        return body, []
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):  # a BOM outranks any label (WHATWG encoding sniffing)
            return body.decode(encoding, errors="replace"), []
    warnings: list[str] = []
    sample = body[:4096]
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    # Text never holds NUL bytes, whatever its label says: zero bytes on one side of every pair are
    # UTF-16 without a BOM (spaces, digits and Latin letters; Arabic letters have none).
    if max(even_zeros, odd_zeros) >= 2 and min(even_zeros, odd_zeros) * 10 <= max(even_zeros, odd_zeros):
        return body.decode("utf-16-be" if even_zeros > odd_zeros else "utf-16-le", errors="replace"), warnings
    declared = _CHARSET.search(content_type or "") or re.search(
        rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)""", body[:4096], re.IGNORECASE)
    label = declared.group(1) if declared else None
    label = label.decode("ascii", errors="replace") if isinstance(label, bytes) else label
    if label:
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = None
            warnings.append(f"unknown charset {label!r} declared: ignored")
        if codec:
            single_byte = codec in ("latin-1", "iso8859-1", "cp1252", "ascii")
            if not (single_byte and _is_utf8_beyond_ascii(body)):
                try:
                    return body.decode(codec), warnings
                except UnicodeDecodeError as error:
                    if codec != "utf-8":  # damaged UTF-8 is reported below, with how much of it
                            warnings.append(f"declared charset {label} does not decode the body ({error.reason} at "
                                        f"byte {error.start})")
                if codec.startswith("utf-16"):
                    return body.decode(codec, errors="replace"), warnings
            else:
                warnings.append(f"declared charset {label}, but the body is UTF-8: read as UTF-8")
    try:
        return body.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    replaced = body.decode("utf-8", errors="replace")
    damaged = replaced.count("\ufffd")
    sound = sum(1 for char in replaced if char > "\x7f") - damaged  # well-formed multi-byte characters
    if sound >= damaged:  # UTF-8 with a few damaged bytes; cp1252 text almost never holds a valid sequence
        return replaced, [*warnings, f"invalid UTF-8: {damaged} damaged sequence(s) replaced"]
    return body.decode("cp1252", errors="replace"), [*warnings, "not UTF-8: decoded as cp1252"]


def _is_utf8_beyond_ascii(body: bytes) -> bool:
    """Valid UTF-8 with at least one multi-byte character (so not plain ASCII): used by :func:`decode`."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not body.isascii()


def parse_document(body: bytes | str, *, parser: str = "auto", content_type: str | None = None,
                   url: str | None = None, published: dt.date | None = None,
                   publisher: str | None = None) -> ParsedDocument:
    """Parse one fetched body with the named parser ("auto" sniffs JSON, HTML or plain text).

    The result names the parser that read it (never "auto"), so a re-parse under a new version of
    that parser is told apart from the first.
    """
    if parser != "auto" and parser not in PARSER_VERSIONS:
        return ParsedDocument(text="", parser=parser, warnings=[f"unknown parser {parser!r}"])
    if parser == pdf.PARSER or (parser == "auto" and pdf.is_pdf(body, content_type)):
        if not pdf.is_pdf(body):
            return ParsedDocument(text="", parser=pdf.PARSER, warnings=["not a PDF: no %PDF- header"])
        return pdf.parse_pdf(body, published=published, publisher=publisher)
    text, warnings = decode(body, content_type)
    text = text.replace("\x00", "")
    kind = _READ_AS.get(parser, parser) if parser != "auto" else _sniff(text, content_type, url)
    if kind == tables.PARSER:
        return tables.parse_tables(text, published=published, publisher=publisher, warnings=warnings)
    if kind == "json" or kind in tfp.SHAPES:
        return _parse_json(text, kind, url, warnings)
    if kind == "html" or (kind == "text" and _LOOKS_HTML.match(text)):
        page = html.html_to_text(text)
        figures, conditions = _prose_and_arabic(page.text, page.published or published, publisher)
        for item in [*figures, *conditions]:
            item.parser = "html"
        if "<table" in text or "<TABLE" in text:
            figures += _statistics_tables(text, page.text, page.published or published, publisher, figures, warnings)
        return ParsedDocument(page.text, parser="html", parser_version=PARSER_VERSIONS["html"], title=page.title,
                              published=page.published or published, figures=figures, conditions=conditions,
                              warnings=warnings)
    figures, conditions = _prose_and_arabic(text, published, publisher)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return ParsedDocument(text, parser="text", parser_version=PARSER_VERSIONS["text"],
                          title=first_line[:200] if first_line else None, published=published,
                          figures=figures, conditions=conditions, warnings=warnings)


def _statistics_tables(markup: str, page_text: str, published: dt.date | None, publisher: str | None,
                       figures: list[Figure], warnings: list[str]) -> list[Figure]:
    """The figures of a page's statistics tables (a detention statistics page), their spans moved to the
    page text, where each row is the same line the table parser reads. A row prose read too (as a text
    table, ``grids``) is the table parser's alone, so nothing is read twice; a table that cannot be read
    leaves its warning only on a page where some table was read."""
    found = tables.parse_tables(markup, published=published, publisher=publisher)
    read = []
    for figure in found.figures:
        row = figure.quote.split("\n")[-1]
        at = page_text.find(row)
        start_in_row = figure.char_start - found.text.find(row)
        if at < 0 or not 0 <= start_in_row < len(row):
            continue
        figure.char_start, figure.char_end = at + start_in_row, at + start_in_row + (figure.char_end - figure.char_start)
        if page_text[figure.char_start:figure.char_end].replace(",", "") != str(int(figure.value)):
            continue  # the row is elsewhere in the page text too: never a span that misses its number
        # the table parser reads its own tables (header in the quote, the caption's date and source); prose's
        # reading of the same row as a text table gives way
        figures[:] = [f for f in figures if f.char_start != figure.char_start]
        read.append(figure)
    if read:
        warnings.extend(w for w in found.warnings if w.startswith("table "))
    return read


def _prose_and_arabic(text: str, published: dt.date | None, publisher: str | None):
    """Figures of the English prose and of Arabic bulletin lines; one figure stated in both is kept once. With no
    published date given (a file read on its own), the page's heading lines date it, so that a yearless "since 27 May"
    is read in the page's year."""
    published = published or heading_date(text)
    figures, conditions = prose.extract_figures(text, published=published, publisher=publisher)
    arabic = extract_arabic_figures(text, published=published, publisher=publisher)
    return merge_bilingual(figures, arabic), conditions


def _sniff(text: str, content_type: str | None, url: str | None) -> str:
    """The kind of a body: an explicit content type wins, then the URL's suffix, then the text itself.

    >>> _sniff("[Update] 200 killed", "text/plain", None)
    'text'
    >>> _sniff("[{}]", None, None)
    'json'
    """
    ctype = (content_type or "").split(";")[0].strip().lower()
    if "json" in ctype:
        return "json"
    if "html" in ctype or "xml" in ctype:
        return "html"
    if ctype.startswith("text/"):
        return "text"
    path = (url or "").lower().split("?")[0]
    if path.endswith(".json"):
        return "json"
    if path.endswith((".html", ".htm")):
        return "html"
    if path.endswith(".txt"):
        return "text"
    if text.lstrip()[:1] in ("{", "["):
        return "json"
    return "html" if _LOOKS_HTML.match(text) else "text"


def _parse_json(text: str, kind: str, url: str | None, warnings: list[str]) -> ParsedDocument:
    try:
        data = json.loads(text)
    except ValueError as error:
        return ParsedDocument(text="", parser=kind, warnings=[*warnings, f"malformed JSON: {str(error).split(':')[0]}"])
    shape = kind if kind in tfp.SHAPES else tfp.detect_shape(data)
    if shape is None:
        return ParsedDocument(text="", parser=kind, warnings=[*warnings, "JSON of an unknown shape: no parser for it"])
    filename = url.rstrip("/").rsplit("/", 1)[-1] if url else None
    figures = tfp.figures_from_rows(shape, data, filename=filename)
    return ParsedDocument(text="", parser=shape, parser_version=PARSER_VERSIONS[shape], title=shape,
                          figures=figures, warnings=warnings)
