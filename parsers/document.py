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
from parsers.models import ParsedDocument

PARSER_VERSIONS: dict[str, str] = {"text": prose.VERSION, "html": prose.VERSION, pdf.PARSER: pdf.VERSION,
                                   tables.PARSER: tables.VERSION, "reliefweb_reports": prose.VERSION,
                                   **{shape: tfp.VERSION for shape in tfp.SHAPES}}
# Parser names a source may use for a body another parser reads: ReliefWeb's API items are report HTML.
_READ_AS = {"reliefweb_reports": "html"}
_LOOKS_HTML = re.compile(r"^\s*(?:<\?php|<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>]|<ol|<ul|<section|<h\d)",
                         re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def decode(body: bytes | str, content_type: str | None = None) -> tuple[str, list[str]]:
    """Text of ``body``: charset from content_type, else BOM, else UTF-8, else cp1252 (never fails)."""
    if isinstance(body, str):
        return body, []
    charset = _CHARSET.search(content_type or "")
    if charset:
        try:
            return body.decode(charset.group(1)), []
        except (LookupError, UnicodeDecodeError):
            pass
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace"), []
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace"), ["not UTF-8: decoded as cp1252"]


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
        return ParsedDocument(page.text, parser="html", parser_version=PARSER_VERSIONS["html"], title=page.title,
                              published=page.published or published, figures=figures, conditions=conditions,
                              warnings=warnings)
    figures, conditions = _prose_and_arabic(text, published, publisher)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return ParsedDocument(text, parser="text", parser_version=PARSER_VERSIONS["text"],
                          title=first_line[:200] if first_line else None, published=published,
                          figures=figures, conditions=conditions, warnings=warnings)


def _prose_and_arabic(text: str, published: dt.date | None, publisher: str | None):
    """Figures of the English prose and of Arabic bulletin lines; one figure stated in both is kept once."""
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
