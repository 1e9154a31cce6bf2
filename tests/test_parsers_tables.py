"""Detention statistics tables, on BUILT pages (tests/fixtures/tables/README.md) holding real labelled numbers."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
import parsers.tables as tables_module
from parsers.tables import category_of, parse_tables
from tests.conftest import FIXTURES

TABLES = FIXTURES / "tables"
HAMOKED = (TABLES / "built-hamoked-ips-table.html").read_bytes()
BTSELEM = (TABLES / "built-btselem-monthly-table.html").read_bytes()
MCW = (TABLES / "built-mcw-category-table.html").read_bytes()


def figures_of(body: bytes, publisher: str):
    doc = parsers.parse_document(body, parser="table", content_type="text/html; charset=utf-8", publisher=publisher)
    assert doc.parser == "table" and doc.parser_version == tables_module.VERSION
    return doc


def test_doctests():
    assert doctest.testmod(tables_module).failed == 0


@pytest.mark.parametrize("label, expected", [
    # HaMoked / IPS category headers
    ("Administrative detainees", ("administrative_detainees", "all")),
    ("Unlawful combatants", ("unlawful_combatants_detainees", "all")),
    ("Sentenced", ("detainees", "sentenced")),
    ("Detainees (awaiting trial)", ("detainees", "awaiting_trial")),
    ("Security prisoners", ("detainees", "all")),
    ("Total security inmates", ("detainees", "all")),
    # groups, alone or inside a category
    ("Minors", ("detainees", "children")),
    ("Child prisoners", ("detainees", "children")),
    ("Women", ("detainees", "women")),
    ("Administrative detainees - minors", ("administrative_detainees", "children")),
    # not categories: never guessed
    ("Released", None),
    ("Deaths in custody", None),
    ("Category", None),
])
def test_category_vocabulary(label, expected):
    assert category_of(label) == expected


def test_hamoked_ips_table_categories_counts_date_and_the_ips_as_originator():
    doc = figures_of(HAMOKED, "HaMoked")

    assert doc.warnings == []
    assert [(f.metric, f.group, f.value) for f in doc.figures] == [
        ("administrative_detainees", "all", 217), ("unlawful_combatants_detainees", "all", 3),
        ("detainees", "children", 224), ("detainees", "women", 37), ("detainees", "all", 5716)]
    assert {f.as_of for f in doc.figures} == {dt.date(2011, 3, 31)}
    # the caption names the IPS; the paragraph before it names HaMoked, who only passes the figures on
    assert {f.attributed_to for f in doc.figures} == {"Israel Prison Service"}
    assert {(f.family, f.period, f.population) for f in doc.figures} == {("detention", "point", "palestinians")}
    assert doc.title == "Figures on Palestinians held by Israel | HaMoked"


def test_monthly_table_gives_one_figure_per_dated_row_at_the_end_of_each_month():
    doc = figures_of(BTSELEM, "B'Tselem")

    found = [(f.as_of, f.metric, f.group, f.value) for f in doc.figures]
    assert found == [
        (dt.date(2023, 8, 31), "administrative_detainees", "all", 1083), (dt.date(2023, 8, 31), "detainees", "children", 160),
        (dt.date(2023, 8, 31), "detainees", "women", 30), (dt.date(2023, 9, 30), "administrative_detainees", "all", 1264),
        (dt.date(2023, 9, 30), "detainees", "children", 170), (dt.date(2023, 9, 30), "detainees", "women", 36)]
    assert {f.attributed_to for f in doc.figures} == {"Palestinian Prisoners' Club"}


def test_category_rows_dated_by_the_heading_fall_back_to_the_publisher():
    doc = figures_of(MCW, "Military Court Watch")

    assert [(f.metric, f.group, f.value) for f in doc.figures] == [
        ("administrative_detainees", "all", 3660), ("detainees", "women", 80), ("detainees", "children", 200),
        ("detainees", "all", 9500)]
    assert {f.as_of for f in doc.figures} == {dt.date(2024, 4, 1)}
    assert {f.attributed_to for f in doc.figures} == {"Military Court Watch"}


@pytest.mark.parametrize("body", [HAMOKED, BTSELEM, MCW], ids=["hamoked", "btselem", "mcw"])
def test_spans_point_at_the_number_on_its_row_and_the_quote_holds_header_and_row(body):
    doc = figures_of(body, "publisher")
    assert doc.figures
    for figure in doc.figures:
        stated = doc.text[figure.char_start:figure.char_end]
        assert float(stated.replace(",", "")) == figure.value
        line_start = doc.text.rfind("\n", 0, figure.char_start) + 1
        row = doc.text[line_start:doc.text.find("\n", figure.char_end) if "\n" in doc.text[figure.char_end:] else None]
        header, quoted_row = figure.quote.split("\n")
        assert quoted_row == row and " | " in header


def test_a_table_with_an_unknown_header_is_skipped_with_a_warning_not_guessed():
    page = """<table><caption>Figures provided by the Israel Prison Service as of 1 November 2025</caption>
      <thead><tr><th>Administrative detainees</th><th>Released on bail</th></tr></thead>
      <tbody><tr><td>3,368</td><td>12</td></tr></tbody></table>
      <table><thead><tr><th>Month</th><th>Women</th></tr></thead><tbody><tr><td>October 2025</td><td>49</td></tr></tbody></table>"""

    doc = parse_tables(page, publisher="HaMoked")

    assert doc.warnings == ["table 1: unknown header 'Released on bail': skipped"]
    assert [(f.metric, f.group, f.value, f.as_of) for f in doc.figures] == [
        ("detainees", "women", 49, dt.date(2025, 10, 1))]
    assert "3,368" not in doc.text


def test_an_unknown_row_label_skips_the_table():
    page = "<table><tr><th>Category</th><th>Number</th></tr><tr><td>Deaths in custody</td><td>98</td></tr></table>"
    doc = parse_tables(page)
    assert doc.figures == [] and doc.warnings == ["table 1: unknown row label 'Deaths in custody': skipped"]


def test_a_page_without_a_statistics_table_says_so():
    doc = parse_tables("<table><tr><td>layout</td><td>cell</td></tr></table><p>Nothing here</p>")
    assert doc.figures == [] and doc.warnings == ["no statistics table with headers found"]


def test_count_columns_headed_by_dates_give_each_column_its_date():
    page = """<table><thead><tr><th>Category</th><th>1 October 2025</th><th>1 November 2025</th></tr></thead>
      <tbody><tr><td>Administrative detainees</td><td>3,577</td><td>3,368</td></tr></tbody></table>"""
    doc = parse_tables(page, publisher="HaMoked")
    assert [(f.value, f.as_of) for f in doc.figures] == [(3577, dt.date(2025, 10, 1)), (3368, dt.date(2025, 11, 1))]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="0123456789,- abcdefghijklmnopqrstuvwxyzAMW()", max_size=14), min_size=2, max_size=8))
def test_any_cells_never_raise_and_spans_always_point_at_the_number(cells):
    header = "".join(f"<th>{c}</th>" for c in ["Month", "Administrative detainees", *cells[:2]])
    body = "".join(f"<td>{c}</td>" for c in ["June 2024", *cells])
    doc = parse_tables(f"<table><thead><tr>{header}</tr></thead><tbody><tr>{body}</tr></tbody></table>")
    for figure in doc.figures:
        assert float(doc.text[figure.char_start:figure.char_end].replace(",", "")) == figure.value
