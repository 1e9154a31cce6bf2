"""Quality gate over the copied real-report corpus: floors that cannot drop silently.

Floors sit just below what the extractor reaches today (figure level: precision 0.942,
recall 0.992 over 15 labelled reports + 5 bulletins); raise them when it improves.
"""

import json
import pathlib

import pytest

from parsers import parse_document
from reliefledger.scoring import find_cases, format_report, predict_with_parsers, score_cases

CORPUS = pathlib.Path(__file__).parent / "fixtures" / "corpus"
CASE_DIRS = [CORPUS / "labelled", CORPUS / "moh-bulletins"]
FLOORS = {  # level: (precision, recall)
    "figure": (0.93, 0.98),
    "+qualifier": (0.93, 0.97),
    "+period": (0.79, 0.84),
    "+source": (0.70, 0.70),
}
# Non-target phrases the extractor still takes for figures: tracked, so a fix shows up as a failure here.
KNOWN_NON_TARGET_HITS = {
    ("050", "about 10 other hostages"),  # hostages sharing a room: an anecdote, not a count of hostages held
    ("049", "nearly 11,000 deaths"),     # the gap between two totals, worded like a toll
}


@pytest.fixture(scope="module")
def report():
    return score_cases(CASE_DIRS, predict_with_parsers)


def test_all_cases_are_scored(report):
    assert report.cases == 20


@pytest.mark.parametrize("level", FLOORS)
def test_precision_and_recall_floors(report, level):
    precision, recall, _ = report.levels[level].prf()
    floor_p, floor_r = FLOORS[level]
    assert precision >= floor_p and recall >= floor_r, format_report(report, show=20)


def _documents():
    for gold, doc in find_cases(CASE_DIRS):
        content_type = "text/html" if doc.suffix == ".html" else None
        yield gold, parse_document(doc.read_bytes(), content_type=content_type)


def test_every_span_points_at_its_number_inside_its_quote():
    checked = 0
    for _, doc in _documents():
        for figure in doc.figures:
            written = doc.text[figure.char_start:figure.char_end]
            assert written and written[0].isalnum() and written in figure.quote
            assert doc.text.find(figure.quote) <= figure.char_start < doc.text.find(figure.quote) + len(figure.quote)
            checked += 1
    assert checked > 100


def test_no_figure_comes_out_of_a_non_target():
    hits = set()
    for gold, doc in _documents():
        for non_target in json.loads(gold.read_text(encoding="utf-8")).get("non_targets", []):
            for piece in non_target["text"].replace(" ... ", " / ").split(" / "):
                start = doc.text.find(piece.strip())
                if start >= 0 and any(start <= f.char_start < start + len(piece) for f in doc.figures):
                    hits.add((gold.stem, piece.strip()))
    assert hits == KNOWN_NON_TARGET_HITS


def test_bulletins_arabic_half_yields_nothing():
    for gold, doc in _documents():
        if gold.parent.name == "moh-bulletins":
            english = doc.text.index("Palestinian Ministry of Health")
            assert all(f.char_start > english for f in doc.figures), gold.name


def test_scorer_rules_partial_gold_and_optional_figures(tmp_path):
    full, partial = tmp_path / "full", tmp_path / "partial"
    for folder, gold in ((full, {"figures": [
            {"family": "casualties", "metric": "killed", "value": 5, "qualifier": "at_least"},
            {"family": "casualties", "metric": "killed", "value": 9, "label_doubt": "unsure"},
            {"family": "casualties", "metric": "killed_identified", "value": 7}]}),
            (partial, {"gold_is_partial": True, "figures": [{"family": "casualties", "metric": "injured", "value": 3}]})):
        folder.mkdir()
        (folder / "001.json").write_text(json.dumps(gold))
        (folder / "001.txt").write_text("text")
    predictions = [{"family": "casualties", "metric": "killed", "value": 5, "qualifier": "exact"},
                   {"family": "casualties", "metric": "killed", "value": 9},  # optional: neither way
                   {"family": "casualties", "metric": "injured", "value": 3},
                   {"family": "casualties", "metric": "killed", "value": 1}]  # a false positive, except in partial
    report = score_cases([full, partial], lambda path: predictions)
    figure, qualifier = report.levels["figure"], report.levels["+qualifier"]
    assert (figure.tp, figure.fp, figure.fn) == (2, 2, 0)
    assert (qualifier.tp, qualifier.fp, qualifier.fn) == (1, 3, 1)
