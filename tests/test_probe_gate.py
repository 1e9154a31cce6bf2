"""Quality gate over the probe reports: texts written in the corpus styles to try the extractor on
wordings its rules were not written for (see ``fixtures/corpus/probes/README.md``). Floors may only rise."""

import pathlib
import tomllib

import pytest

from reliefledger.scoring import format_report, predict_with_parsers, score_cases

PROBES = pathlib.Path(__file__).parent / "fixtures" / "corpus" / "probes"
STYLES = ["news", "un", "detention", "bulletins"]
FLOORS = tomllib.loads((PROBES / "floors.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    return score_cases([PROBES / style for style in STYLES], predict_with_parsers)


def test_every_probe_is_scored(report):
    assert report.cases == 24


@pytest.mark.parametrize("level", ["figure", "+qualifier", "+period", "+source"])
def test_level_floors(report, level):
    precision, recall, f1 = report.levels[level].prf()
    floor = FLOORS["levels"][level]
    assert precision >= floor["precision"] and recall >= floor["recall"] and f1 >= floor["f1"], \
        format_report(report, show=30)
