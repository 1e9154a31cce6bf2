"""``extract --explain``: every figure beside its sentence, every dropped number with its reason."""

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

import parsers
from parsers.explain import describe, explain, format_explanations, rejection_reason
from reliefledger.cli import app
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "corpus"
DOCUMENTS = ["moh-bulletins/2026-06-15.txt", "moh-bulletins/2026-08-22.txt", "labelled/050.txt",
             "labelled/010.txt", "labelled/002.html"]


def _parsed(name: str):
    return parsers.parse_document((CORPUS / name).read_bytes(), content_type="text/html" if name.endswith(".html") else None)


def _token(explanations, sentence_part: str, token_text: str):
    sentence = next(s for s in explanations if sentence_part in s.text)
    return next(t for t in sentence.tokens if t.text == token_text)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_figure_is_explained_in_its_own_sentence(name):
    document = _parsed(name)
    assert document.figures
    explanations = explain(document.text, document.figures)
    for figure in document.figures:
        sentence = next(s for s in explanations if s.start <= figure.char_start < s.end)
        token = next(t for t in sentence.tokens if t.figure is figure)
        assert token.text == document.text[figure.char_start:figure.char_end]
        assert token.reason is None


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_printed_explanation_puts_each_figure_under_its_highlighted_sentence(name):
    document = _parsed(name)
    blocks = re.split(r"\n(?=\[\d+\] )", format_explanations(explain(document.text, document.figures)))
    for figure in document.figures:
        number = document.text[figure.char_start:figure.char_end]
        assert any(block.split("\n")[0].split(" ", 1)[1].replace("[[", "").replace("]]", "") == figure.quote.strip()
                   and f"[[{number}]]" in block.split("\n")[0]
                   and f"\n    {number} -> {describe(figure)}" in block for block in blocks), figure


def test_dates_ages_durations_and_vague_quantities_are_shown_with_their_reason():
    document = _parsed("labelled/050.txt")
    explanations = explain(document.text, document.figures)
    assert _token(explanations, "A 27-year-old died", "27").reason == "age"
    assert _token(explanations, "Cunio, 34, said", "34").reason == "age"
    assert _token(explanations, "taken on Oct. 7 from", "7").reason == "date"
    assert _token(explanations, "9:55 AM: Strike", "9:55").reason == "time"
    assert _token(explanations, "from 99 days of fear", "99").reason == "duration or unit"
    assert _token(explanations, "Thousands sheltering", "Thousands").reason == "vague quantity"
    assert _token(explanations, "Gaza’s 2.2 million residents", "2.2 million").reason == "no metric linked"


def test_bulletin_dates_and_hours_are_rejected_in_both_languages():
    document = _parsed("moh-bulletins/2026-06-15.txt")
    explanations = explain(document.text, document.figures)
    assert _token(explanations, "in the past 24 hours", "24").reason == "duration or unit"
    assert _token(explanations, "on October 7, 2023", "2023").reason == "date"
    assert _token(explanations, "خلال الـ 24 ساعة", "24").reason == "duration or unit"
    assert _token(explanations, "15 يونيو 2026", "15").reason == "date"


@pytest.mark.parametrize("sentence, token, reason", [
    ("The report No. 42 was issued", "42", "reference number"),
    ("a fee of $5 million", "5", "money"),
    ("his 3rd arrest", "3", "ordinal"),
    ("killed 12 people", "12", None),
])
def test_rejection_reason(sentence, token, reason):
    start = sentence.index(token)
    assert rejection_reason(sentence, start, start + len(token)) == reason


def test_the_cli_explains_instead_of_printing_figures():
    path = CORPUS / "moh-bulletins" / "2026-06-15.txt"
    result = CliRunner().invoke(app, ["extract", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert f"== {path}" in result.output
    assert "Cumulative number of martyrs: [[73,003]]" in result.output
    assert "    73,003 -> killed 73003 (exact)" in result.output
    assert "not a figure: date" in result.output
    assert '"metric"' not in result.output  # no jsonl


def test_the_cli_says_when_a_file_has_no_text_to_explain():
    path = CORPUS / "tfp-api" / "tfp_lebanon_casualties_daily.json"
    result = CliRunner().invoke(app, ["extract", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert "(no text:" in result.output


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("0123456789 ,.:$%-[]\n") + ["killed ", "Oct. ", "aged ", "thousands ", "شهيد ",
                                                                 "٧٣٬٠٠٣", "year-old ", "one of "]), max_size=60).map("".join))
def test_explain_never_crashes_and_tokens_point_into_the_text(text):
    figures, _ = parsers.extract_figures(text)
    for sentence in explain(text, figures):
        for token in sentence.tokens:
            assert text[token.start:token.end] == token.text
            assert (token.figure is None) != (token.reason is None)
