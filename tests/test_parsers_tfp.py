"""Tech for Palestine JSON datasets (corpus slices) to figures."""

import datetime as dt
import json
import pathlib

import pytest

from parsers import parse_document
from parsers.tfp import detect_shape, figures_from_rows

TFP = pathlib.Path(__file__).parent / "fixtures" / "corpus" / "tfp-api"


def load(name):
    return json.loads((TFP / name).read_text(encoding="utf-8"))


def test_gaza_slice_shape_and_figures():
    data = load("tfp_gaza_casualties_daily_slice.json")
    assert detect_shape(data) == "tfp_casualties_daily"
    figures = figures_from_rows("tfp_casualties_daily", data)
    first = [f for f in figures if f.as_of == dt.date(2023, 10, 31)]
    assert {(f.metric, f.value, f.group, f.period) for f in first} == {
        ("killed", 216, "all", "period"), ("killed", 8525, "all", "cumulative"),
        ("killed", 3542, "children", "cumulative"), ("killed", 2187, "women", "cumulative"),
        ("injured", 21543, "all", "cumulative"), ("killed", 130, "health_workers", "cumulative")}
    assert {f.attributed_to for f in first} == {"Gaza Ministry of Health"}
    assert all(f.period_start == dt.date(2023, 10, 7) for f in first if f.period == "cumulative")
    assert [f.period_detail for f in first if f.period == "period"] == ["24h"]


def test_extrapolated_fields_are_never_emitted():
    data = load("tfp_gaza_casualties_daily_slice.json")
    assert not any("ext_" in f.quote for f in figures_from_rows("tfp_casualties_daily", data))


def test_government_media_office_rows_are_attributed_to_it():
    figures = figures_from_rows("tfp_casualties_daily", load("tfp_gaza_casualties_daily_slice.json"))
    assert {f.attributed_to for f in figures if f.as_of == dt.date(2023, 11, 6)} == {"Gaza Government Media Office"}


def test_missing_source_rows_are_skipped():
    rows = [{"report_date": "2024-01-01", "report_source": "missing", "killed_cum": 1}]
    assert figures_from_rows("tfp_casualties_daily", rows) == []


def test_west_bank_ministry_and_ocha_verified():
    data = load("tfp_west_bank_daily_slice.json")
    assert detect_shape(data) == "tfp_west_bank_daily"
    figures = [f for f in figures_from_rows("tfp_west_bank_daily", data) if f.as_of == dt.date(2023, 11, 5)]
    by_source = {(f.attributed_to, f.metric, f.group, f.period): f.value for f in figures}
    assert by_source[("Palestinian Ministry of Health (Ramallah)", "killed", "all", "cumulative")] == 141
    assert by_source[("OCHA", "killed", "all", "cumulative")] == 151
    assert by_source[("OCHA", "killed", "all", "period")] == 5
    assert {f.location for f in figures} == {"West Bank"}
    assert not any("settler" in f.quote or "displaced" in f.quote for f in figures)


def test_west_bank_fill_rows_are_skipped():
    rows = [{"report_date": "2024-01-01", "flash_source": "fill", "killed_cum": 300, "verified": {"killed_cum": 310}}]
    assert figures_from_rows("tfp_west_bank_daily", rows) == []


def test_lebanon_sources_and_location():
    data = load("tfp_lebanon_casualties_daily.json")
    assert detect_shape(data) == "tfp_lebanon_daily"
    figures = figures_from_rows("tfp_lebanon_daily", data)
    assert {f.attributed_to for f in figures} == {"OCHA", "Lebanese Ministry of Public Health"}
    assert {f.location for f in figures} == {"Lebanon"}


@pytest.mark.parametrize("row", [{}, {"report_date": "not a date"}, {"report_date": "2024-01-01", "killed": "x"},
                                 {"report_date": "2024-01-01", "killed": True}])
def test_every_field_is_optional(row):
    assert figures_from_rows("tfp_casualties_daily", [row]) == []


def test_parse_document_sniffs_the_json_and_keeps_provenance():
    body = (TFP / "tfp_gaza_casualties_daily_slice.json").read_bytes()
    doc = parse_document(body, content_type="application/json")
    figure = doc.figures[0]
    assert figure.parser == "tfp_casualties_daily" and figure.char_start is None
    assert figure.quote.startswith("casualties_daily.json report_date=2023-10-31 ")
