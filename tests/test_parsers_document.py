"""parse_document: decoding, sniffing, bad input, and the never-crash/spans properties."""

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from parsers import PARSER_VERSIONS, extract_figures, parse_document

REPORT = "More than 4,000 of those killed were children, the ministry said."


def test_parser_versions_cover_every_parser_name():
    assert set(PARSER_VERSIONS) == {"text", "html", "tfp_casualties_daily", "tfp_west_bank_daily", "tfp_lebanon_daily",
                                    "pdf", "table", "reliefweb_reports"}


def test_every_figure_carries_parser_and_version():
    doc = parse_document(REPORT)
    assert {(f.parser, f.parser_version) for f in doc.figures} == {("text", PARSER_VERSIONS["text"])}
    html = parse_document(f"<html><body><p>{REPORT}</p></body></html>")
    assert {f.parser for f in html.figures} == {"html"}


def test_charset_from_content_type():
    body = "Gaza’s health ministry said 9 were killed".encode("cp1252")
    doc = parse_document(body, content_type="text/plain; charset=windows-1252")
    assert "Gaza’s" in doc.text and [f.value for f in doc.figures] == [9]


def test_undecodable_bytes_fall_back_with_a_warning():
    doc = parse_document(b"\xfa 5 killed \x81")
    assert doc.warnings and isinstance(doc.text, str)


def test_malformed_and_unknown_json():
    assert parse_document(b'{"rows": [', content_type="application/json").figures == []
    unknown = parse_document(json.dumps([{"name": "x"}]))
    assert unknown.figures == [] and "unknown shape" in unknown.warnings[0]


def test_explicit_parser_name():
    rows = json.dumps([{"report_date": "2024-01-01", "report_source": "ocha", "killed_cum": 5}])
    doc = parse_document(rows, parser="tfp_lebanon_daily")
    assert [(f.attributed_to, f.location) for f in doc.figures] == [("OCHA", "Lebanon")]


def test_published_from_outside_is_the_default_as_of():
    doc = parse_document(REPORT, published=dt.date(2023, 11, 6))
    assert doc.figures[0].as_of == dt.date(2023, 11, 6)


def test_the_page_date_beats_the_outside_date():
    doc = parse_document("Number of Martyrs: 7\n\nJune 15, 2026", published=dt.date(2026, 6, 20))
    assert doc.figures[0].as_of == dt.date(2026, 6, 15)


def test_spans_point_at_the_number_inside_the_quote():
    doc = parse_document("<h2>Toll passes 10,000</h2><p>The Hamas-run health ministry said 1,400 died.</p>")
    for figure in doc.figures:
        assert doc.text[figure.char_start:figure.char_end] in figure.quote
        assert figure.quote in doc.text


# --- properties: never crash, spans always inside the text and the quote ---------------------
REPORT_WORDS = st.sampled_from([
    "killed", "injured", "including", "children", "hospitals", "of", "36", "more than", "about", "between", "and",
    "1,400", "two", "thousand", "٧٣٬٠٠٣", "(36)", "prisoners", "administrative detainees", "said", "WHO", ":", ",",
    ".", "\n", "\n\n", "since October 7", "in the past 24 hours", "•", "%", "percent", "out of service", "<p>", "</p>",
    "the ministry", "among them", "from 12 to", "up to", "Gaza", "West Bank", "torture", "in detention", "[1]"])
SENTENCES = st.lists(REPORT_WORDS, max_size=40).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(text, figures, conditions):
    for item in [*figures, *conditions]:
        assert 0 <= item.char_start < item.char_end <= len(text)
        assert text[item.char_start:item.char_end] in item.quote
        assert item.quote in text


@SETTINGS
@given(st.one_of(SENTENCES, st.text(max_size=300)))
def test_extract_figures_never_crashes_and_spans_hold(text):
    figures, conditions = extract_figures(text)
    _check_spans(text, figures, conditions)


@SETTINGS
@given(st.one_of(SENTENCES.map(str.encode), st.binary(max_size=300)), st.sampled_from([None, "text/html",
                                                                                       "application/json",
                                                                                       "text/plain; charset=latin-1"]))
def test_parse_document_never_crashes_and_spans_hold(body, content_type):
    doc = parse_document(body, content_type=content_type)
    _check_spans(doc.text, [f for f in doc.figures if f.char_start is not None], doc.conditions)


@SETTINGS
@given(st.lists(st.fixed_dictionaries({}, optional={
    "report_date": st.one_of(st.text(max_size=12), st.just("2024-01-05")),
    "report_source": st.sampled_from(["mohtel", "gmotel", "missing", "ocha", "moph_lb", None]),
    "killed": st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=3), st.none()),
    "killed_cum": st.integers(min_value=0), "ext_killed_cum": st.integers(),
    "verified": st.one_of(st.none(), st.dictionaries(st.sampled_from(["killed", "killed_cum"]), st.integers())),
    "flash_source": st.sampled_from(["un", "fill", None])}), max_size=5),
    st.sampled_from(["auto", "tfp_casualties_daily", "tfp_west_bank_daily", "tfp_lebanon_daily"]))
def test_tfp_parsers_never_crash_and_never_emit_extrapolations(rows, parser):
    doc = parse_document(json.dumps(rows), parser=parser)
    assert not any("ext_" in f.quote for f in doc.figures)
    assert all(f.char_start is None for f in doc.figures)


def test_a_key_figure_widget_quotes_the_document_s_own_lines():
    # found by the hypothesis test above: a label line over a bare number is read as "killed: 36", but its quote must be
    # the document's own words, so that an analyst can find it
    document = parse_document(b"killed <p> 36", content_type="text/html", url="x.html")
    [figure] = document.figures
    assert figure.quote in document.text and document.text[figure.char_start:figure.char_end] == "36"
