"""PDF reports: BUILT PDFs (tests/fixtures/pdf/build.py) made from real labelled texts, read back with pdfplumber."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
import parsers.pdf as pdf_module
from parsers.pdf import parse_pdf
from parsers.numbers import parse_number
from tests.conftest import FIXTURES

PDFS = FIXTURES / "pdf"
OCHA = (PDFS / "built-ocha-westbank-040.pdf").read_bytes()  # labelled/040 over two pages
MOH = (PDFS / "built-moh-bulletin-2026-06-15.pdf").read_bytes()  # the bulletin's English part, no Title
TABLE = (PDFS / "built-addameer-table-028.pdf").read_bytes()  # labelled/028's statistics as a ruled table
TRUNCATED = (PDFS / "built-truncated.pdf").read_bytes()  # the first third of OCHA


def test_doctests():
    assert doctest.testmod(pdf_module).failed == 0


def test_figures_of_a_two_page_report_carry_their_page():
    doc = parsers.parse_document(OCHA, content_type="application/pdf")

    assert doc.parser == "pdf" and doc.parser_version == pdf_module.VERSION and doc.warnings == []
    found = [(f.metric, f.value, f.group, f.page) for f in doc.figures]
    assert ("killed", 46, "children", 1) in found
    assert ("killed", 416, "all", 2) in found  # the quoted year-to-date total opens page 2
    assert ("injured", 2552, "all", 2) in found
    assert {f.attributed_to for f in doc.figures} == {"OCHA"}
    assert {f.location for f in doc.figures} == {"West Bank"}


def test_pages_are_separated_by_a_blank_line_and_page_numbers_follow_the_text():
    doc = parse_pdf(OCHA)
    page_two = doc.text.index('"The number of Palestinians killed')
    assert doc.text[page_two - 2:page_two] == "\n\n"
    assert all((f.char_start >= page_two) == (f.page == 2) for f in doc.figures)


def test_spans_point_at_the_number_and_into_the_quote():
    doc = parse_pdf(OCHA)
    assert doc.figures
    for figure in doc.figures:
        stated = doc.text[figure.char_start:figure.char_end]
        assert parse_number(stated) == figure.value
        assert stated in figure.quote


def test_lines_broken_at_the_margin_are_one_sentence_again():
    doc = parse_pdf(OCHA)
    assert ("In its latest situation update, OCHA said since the conflict erupted on 7 October, 168 Palestinians, "
            "including 46 children, have been killed by Israeli forces in the West Bank.") in doc.text.splitlines()


def test_title_and_date_come_from_the_metadata():
    doc = parse_pdf(OCHA)
    assert doc.title == "Israel-Palestine conflict: UN humanitarians voice concern over escalation in West Bank"
    assert doc.published == dt.date(2023, 11, 12)


def test_without_a_title_the_first_line_stands_for_it_and_the_bulletin_reads_as_in_text():
    doc = parsers.parse_document(MOH)  # no content type: the %PDF- magic says what it is

    assert doc.parser == "pdf"
    assert doc.title == "Palestinian Ministry of Health – Gaza"
    found = {(f.metric, f.value, f.period, f.period_start) for f in doc.figures}
    assert found >= {("killed", 7, "period", None), ("killed", 992, "cumulative", dt.date(2025, 10, 11)),
                     ("killed", 73003, "cumulative", dt.date(2023, 10, 7)),
                     ("injured", 173252, "cumulative", dt.date(2023, 10, 7))}
    assert {f.attributed_to for f in doc.figures} == {"Gaza Ministry of Health"}
    assert {f.page for f in doc.figures} == {1}


def test_a_ruled_table_keeps_each_count_on_its_category_line():
    doc = parse_pdf(TABLE)

    lines = doc.text.splitlines()
    assert "217 | administrative detainees, including 3 women and 9 PLC members" in lines
    assert "658 | prisoners from the Gaza Strip, including 3 detained under the Unlawful Combatants Law" in lines
    found = {(f.metric, f.value, f.group) for f in doc.figures}
    assert {("administrative_detainees", 217, "all"), ("detainees", 224, "children"),
            ("detainees", 5716, "all")} <= found


def test_a_truncated_pdf_gives_a_warning_not_an_exception():
    doc = parsers.parse_document(TRUNCATED, content_type="application/pdf")
    assert doc.parser == "pdf" and doc.figures == [] and doc.text == ""
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("malformed PDF:")


def test_a_body_served_as_pdf_that_is_not_one_is_refused_with_a_warning():
    doc = parsers.parse_document(b"<html><body>Not found</body></html>", content_type="application/pdf")
    assert doc.parser == "pdf" and doc.warnings == ["not a PDF: no %PDF- header"]


def test_the_pdf_parser_is_versioned():
    assert parsers.PARSER_VERSIONS["pdf"] == pdf_module.VERSION


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9, 0.99])
def test_any_truncation_never_raises(cut):
    doc = parse_pdf(OCHA[: int(len(OCHA) * cut)])
    assert doc.parser == "pdf"
    assert doc.figures or doc.warnings


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_after_the_magic_never_raises(tail):
    doc = parsers.parse_document(b"%PDF-1.4\n" + tail)
    assert doc.parser == "pdf" and doc.warnings


def test_the_page_is_stored_on_each_observation(tmp_path):
    from warehouse.db import connect
    from warehouse.load import load_source
    from warehouse.records import DocumentRecord, SourceLoad

    parsed = parse_pdf(OCHA, publisher="OCHA oPt")
    doc = DocumentRecord(content_sha256="a" * 64, source_slug="ocha-pdf", publisher="OCHA oPt",
                         url="https://example.org/sitrep.pdf", content_type="application/pdf", bytes=len(OCHA),
                         archive_path="archive/a", fetched_at=dt.datetime(2023, 11, 12, 9, tzinfo=dt.timezone.utc),
                         parser=parsed.parser, parser_version=parsed.parser_version, parsed=parsed)
    con = connect(tmp_path / "wh.duckdb")
    try:
        load_source(con, SourceLoad("ocha-pdf", "run-1", [], [doc]))
        rows = con.execute("SELECT value, page FROM observations WHERE metric = 'killed' ORDER BY char_start").fetchall()
        current = con.execute("SELECT DISTINCT page FROM observations_current ORDER BY page").fetchall()
    finally:
        con.close()
    assert (46.0, 1) in rows and (416.0, 2) in rows
    assert current == [(1,), (2,)]  # the views built on observations carry it too
