"""PDF reports (OCHA, WHO, UNRWA situation reports): text per page, then the prose extractor.

pdfplumber gives the words of each page as lines. A PDF breaks a paragraph into lines at the
margin, and the prose extractor never reads across a line break, so lines are rejoined where
the text ran into the right margin; a line that ends short of it (a heading, a bullet, the
last line of a paragraph) stays a line of its own. A ruled table is read cell by cell, one
line per row ("217 | administrative detainees"), so a count stays beside its category. Pages
are joined with a blank line, and each figure gets the 1-based ``page`` its number is on.

Never raises on a damaged file: what cannot be read is an empty document with the reason in
``warnings``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import re

import pdfplumber

from parsers import prose
from parsers.arabic import extract_arabic_figures, merge_bilingual
from parsers.models import ParsedDocument

PARSER = "pdf"
VERSION = "0.1.0"
MAGIC = b"%PDF-"
_RIGHT_MARGIN_SHARE = 0.12  # a line ending within this share of the text width of the right edge ran into it
_PARAGRAPH_GAP = 2.0  # lines this many line heights apart (top to top) are in different paragraphs
_BULLET = re.compile(r"^[•*▪●◦\-–·►]")
_PDF_DATE = re.compile(r"^D?:?(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?")
_EARLIEST_SENSIBLE = dt.date(1995, 1, 1)  # before any of the sources' PDFs; an older date is a bad clock


def is_pdf(body: bytes | str, content_type: str | None = None) -> bool:
    """A PDF body: by its content type or its ``%PDF-`` magic (servers often say octet-stream).

    >>> is_pdf(b"%PDF-1.7\\n..."), is_pdf(b"<html>", "application/pdf"), is_pdf("%PDF-1.4")
    (True, True, False)
    """
    if not isinstance(body, bytes):
        return False
    ctype = (content_type or "").split(";")[0].strip().lower()
    return ctype == "application/pdf" or MAGIC in body[:1024]  # readers accept the header anywhere in the first KiB


def parse_pdf(body: bytes, *, published: dt.date | None = None, publisher: str | None = None) -> ParsedDocument:
    """Text, title, date and figures of a PDF; each figure knows its page."""
    text, page_starts, metadata, warnings = _read(body)
    if not text.strip():
        return ParsedDocument(text=text, parser=PARSER, parser_version=VERSION, title=metadata.get("Title") or None,
                              published=published, warnings=warnings)
    published = creation_date(metadata.get("CreationDate")) or published
    english, conditions = prose.extract_figures(text, published=published, publisher=publisher)
    figures = merge_bilingual(english, extract_arabic_figures(text, published=published, publisher=publisher))
    for item in [*figures, *conditions]:
        item.parser, item.parser_version = PARSER, VERSION
    for figure in figures:
        if figure.char_start is not None:
            figure.page = bisect.bisect_right(page_starts, figure.char_start)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    title = metadata.get("Title") or (first_line[:200] if first_line else None)
    return ParsedDocument(text, parser=PARSER, parser_version=VERSION, title=title, published=published,
                          figures=figures, conditions=conditions, warnings=warnings)


def creation_date(value: str | None) -> dt.date | None:
    """The date of a PDF date string ("D:20231112093000+02'00'"), if it is a plausible one.

    >>> creation_date("D:20231112093000+02'00'"), creation_date("D:19700101000000Z"), creation_date("junk")
    (datetime.date(2023, 11, 12), None, None)
    """
    match = _PDF_DATE.match((value or "").strip())
    if not match:
        return None
    try:
        date = dt.date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None
    # A date in the future or before the sources existed comes from a wrong clock, not the report.
    return date if _EARLIEST_SENSIBLE <= date <= dt.date.today() + dt.timedelta(days=1) else None


def _read(body: bytes) -> tuple[str, list[int], dict[str, str], list[str]]:
    """(text, offset where each page starts, metadata as text, warnings)."""
    warnings: list[str] = []
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(body)) as pdf:
            metadata = {key: _as_text(value) for key, value in (pdf.metadata or {}).items()}
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    pages.append(_page_text(page))
                except Exception as exc:  # noqa: BLE001 — pdfminer raises many types on a damaged page; keep the others
                    warnings.append(f"page {number}: unreadable ({type(exc).__name__}: {exc})")
                    pages.append("")
    except Exception as exc:  # noqa: BLE001 — pdfminer's errors on a damaged file have no common base class
        return "", [], {}, [f"malformed PDF: {type(exc).__name__}: {exc}".rstrip(": ")]
    if not pages:
        warnings.append("malformed PDF: no pages")
    elif not any(p.strip() for p in pages):
        warnings.append("PDF has no text layer (a scan?): no figures read")
    starts, offset = [], 0
    for text in pages:
        starts.append(offset)
        offset += len(text) + 2
    return "\n\n".join(pages), starts, metadata, warnings


def _page_text(page) -> str:
    """One page: prose lines rejoined into paragraphs, and each ruled table as one line per row.

    A table pdfplumber finds by its ruling lines is read cell by cell (a cell's wrapped text
    joined), its row written as "cell | cell", so a count stays on its category's line.
    """
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    prose_lines = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes)).extract_text_lines(strip=True)
    blocks = [(table.bbox[1], "\n".join(" | ".join(" ".join((cell or "").split()) for cell in row)
                                         for row in table.extract())) for table in tables]
    # Prose runs between tables: each run is reflowed on its own.
    runs: list[list[dict]] = [[]]
    tops = sorted(top for top, _ in blocks)
    for line in prose_lines:
        while tops and line["top"] > tops[0]:
            tops.pop(0)
            runs.append([])
        runs[-1].append(line)
    for run in runs:
        if run:
            blocks.append((run[0]["top"], _reflow(run)))
    return "\n\n".join(text for _, text in sorted(blocks, key=lambda block: block[0]) if text)


def _inside(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _reflow(lines: list[dict]) -> str:
    """Lines of prose rejoined into paragraphs (see the module docstring)."""
    lines = [line for line in lines if line["text"].strip()]
    if not lines:
        return ""
    left = min(line["x0"] for line in lines)
    right = max(line["x1"] for line in lines)
    heights = sorted(line["bottom"] - line["top"] for line in lines)
    spacing = heights[len(heights) // 2]  # lines of a paragraph sit about 1.2-1.5 line heights apart
    out = lines[0]["text"]
    for previous, line in zip(lines, lines[1:]):
        gap = line["top"] - previous["top"]
        if spacing and gap > _PARAGRAPH_GAP * spacing:
            out += "\n\n" + line["text"]
        elif _runs_on(previous, line, right - _RIGHT_MARGIN_SHARE * (right - left)):
            joined_word = previous["text"].endswith("-") and line["text"][:1].islower()
            out = out[:-1] + line["text"] if joined_word else out + " " + line["text"]
        else:
            out += "\n" + line["text"]
    return out


def _runs_on(line: dict, following: dict, margin: float) -> bool:
    """Whether ``line`` was broken at the margin and ``following`` continues its sentence."""
    text, next_text = line["text"], following["text"]
    if line["x1"] < margin or text.endswith(":") or _BULLET.match(next_text):
        return False
    return not (text[-1:].isdigit() and next_text[:1].isdigit())  # a table row ending on a count


def _as_text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").strip()
    return value.strip() if isinstance(value, str) else ""
