"""Score a figure extractor against hand-labelled cases, with the rules of the corpus's score.py.

Four levels of strictness, each compared as sets of unique keys per document:

  figure      metric, value (and value_max), group
  +qualifier  the above and the qualifier
  +period     the above, the qualifier and the period kind
  +source     figure level plus the normalised originator (only on gold figures naming one)

A gold file with ``"gold_is_partial": true`` counts for recall only. A gold figure marked
``label_doubt`` or whose metric is outside ``VOCABULARY`` is optional: finding or missing it
counts neither way (unless ``strict``).

    reliefledger score tests/fixtures/corpus/labelled [--show N] [--min-f1 X]
"""

from __future__ import annotations

import dataclasses
import json
import mimetypes
import pathlib
import re
import sys
from collections import defaultdict
from typing import Callable, Iterable

LEVELS = ("figure", "+qualifier", "+period", "+source")
METRIC_ALIASES = {
    "hospitals_functional": "hospitals_functioning", "hospitals_fully_functioning": "hospitals_functioning",
    "hospitals_fully_functional": "hospitals_functioning",
    "hospitals_partially_functional": "hospitals_partially_functioning",
    "hospitals_non_functional": "hospitals_out_of_service", "hospitals_not_functioning": "hospitals_out_of_service",
    "hospitals_nonfunctional": "hospitals_out_of_service", "hostages_killed": "hostages_dead",
    "prisoners": "detainees", "detained": "detainees", "wounded": "injured", "deaths": "killed", "fatalities": "killed",
}
VOCABULARY = {
    "killed", "injured", "missing", "hostages_held", "hostages_taken", "hostages_released", "hostages_dead",
    "hostages_alive", "detainees", "administrative_detainees", "arrests", "deaths_in_custody", "released_detainees",
    "reports_of_abuse", "occupancy_pct", "hospitals_functioning", "hospitals_partially_functioning",
    "hospitals_out_of_service", "hospitals_total", "bed_occupancy_pct", "beds", "beds_available", "patients",
    "icu_patients", "attacks_on_health_care",
}
GROUP_ALIASES = {None: "all", "": "all", "total": "all", "people": "all", "healthcare_workers": "health_workers",
                 "medical_staff": "health_workers", "medics": "health_workers", "child": "children",
                 "minors": "children", "woman": "women", "journalist": "journalists", "press": "journalists",
                 "un_staff": "aid_workers"}
QUALIFIER_ALIASES = {None: "exact", "": "exact", "up_to": "at_most", "more_than": "at_least", "about": "approx",
                     "nearly": "approx"}
_SOURCE_WORDS = ("ocha", "who", "unrwa", "unicef", "ohchr", "addameer", "hamoked", "b'tselem", "btselem", "idf",
                 "israel", "government media office", "prisoners")

Predict = Callable[[pathlib.Path], list[dict]]


def period_kind(period: str | None) -> str:
    if period is None:
        return "point"
    period = str(period).lower()
    if period.startswith("cum") or period in ("since_start", "total", "since_october_7"):
        return "cumulative"
    if re.match(r"^\d+h$", period) or period in ("period", "daily", "24h", "48h", "weekly", "monthly", "day"):
        return "period"
    return period


def source_key(source: str | None) -> str | None:
    if not source:
        return None
    source = source.lower()
    if "health" in source and ("gaza" in source or "palestin" in source or "hamas" in source
                               or source.strip() in ("ministry of health", "health ministry", "moh")):
        return "gaza_moh"
    if "health" in source and "leban" in source:
        return "lebanon_moph"
    for word in _SOURCE_WORDS:
        if word in source:
            return word
    return re.sub(r"\W+", "_", source).strip("_")


def _number(value) -> float | int | None:
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else round(value, 3)


def keys(figure: dict) -> dict[str, tuple]:
    """The comparison key of a figure dict at each level."""
    qualifier = QUALIFIER_ALIASES.get(figure.get("qualifier"), figure.get("qualifier"))
    metric = METRIC_ALIASES.get(figure.get("metric"), figure.get("metric"))
    group = GROUP_ALIASES.get(figure.get("group"), figure.get("group"))
    base = (metric, _number(figure.get("value")), _number(figure.get("value_max")), group)
    return {"figure": base, "+qualifier": base + (qualifier,),
            "+period": base + (qualifier, period_kind(figure.get("period"))),
            "+source": base + (source_key(figure.get("attributed_to")),)}


@dataclasses.dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclasses.dataclass
class Report:
    cases: int
    predictions: int
    levels: dict[str, Counts]
    families: dict[str, Counts]
    details: list[dict]

    def f1(self, level: str = "figure") -> float:
        return self.levels[level].prf()[2]


def find_cases(cases_dirs: Iterable[str | pathlib.Path]) -> list[tuple[pathlib.Path, pathlib.Path]]:
    """(gold, document) pairs: NNN.json next to NNN.txt|html|htm|json."""
    cases = []
    for directory in cases_dirs:
        for gold in sorted(pathlib.Path(directory).glob("*.json")):
            docs = [p for p in gold.parent.glob(gold.stem + ".*")
                    if p.suffix in (".txt", ".html", ".htm", ".json") and p != gold]
            if docs:
                cases.append((gold, docs[0]))
    return cases


def score_cases(cases_dirs: Iterable[str | pathlib.Path], predict: Predict, strict: bool = False) -> Report:
    """Score ``predict`` (document path -> figure dicts) over every case in ``cases_dirs``."""
    levels = {level: Counts() for level in LEVELS}
    families: dict[str, Counts] = defaultdict(Counts)
    details, total = [], 0
    cases = find_cases(cases_dirs)
    for gold_path, doc in cases:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        partial = gold.get("gold_is_partial", False)
        gold_figures = gold.get("figures", [])
        predicted = predict(doc)
        total += len(predicted)
        detail = {"case": gold_path.name, "misses": [], "false_positives": []}
        sure = [f for f in gold_figures if strict or not (
            f.get("label_doubt") or METRIC_ALIASES.get(f.get("metric"), f.get("metric")) not in VOCABULARY)]
        for level in LEVELS:
            gold_keys = {keys(f)[level] for f in sure if level != "+source" or f.get("attributed_to")}
            optional = {keys(f)[level] for f in gold_figures if f not in sure} - gold_keys
            predicted_keys = {keys(f)[level] for f in predicted} - optional
            if level == "+source":  # attribution is scored only on gold figures that name a source
                predicted_keys = {k for k in predicted_keys if k[:4] in {g[:4] for g in gold_keys}}
            levels[level].tp += len(gold_keys & predicted_keys)
            levels[level].fn += len(gold_keys - predicted_keys)
            if not partial:
                levels[level].fp += len(predicted_keys - gold_keys)
            if level == "figure":
                detail["misses"] = sorted(map(str, gold_keys - predicted_keys))
                if not partial:
                    detail["false_positives"] = sorted(map(str, predicted_keys - gold_keys))
                    _count_families(families, sure, predicted, optional)
        details.append(detail)
    return Report(len(cases), total, levels, dict(families), details)


def _count_families(families, sure, predicted, optional) -> None:
    by_family: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for figure in sure:
        by_family[figure.get("family")][0].add(keys(figure)["figure"])
    for figure in predicted:
        if keys(figure)["figure"] not in optional:
            by_family[figure.get("family")][1].add(keys(figure)["figure"])
    for family, (gold_keys, predicted_keys) in by_family.items():
        counts = families[str(family)]
        counts.tp += len(gold_keys & predicted_keys)
        counts.fp += len(predicted_keys - gold_keys)
        counts.fn += len(gold_keys - predicted_keys)


def format_report(report: Report, show: int = 0) -> str:
    """The same table as the corpus's score.py prints."""
    lines = [f"cases: {report.cases}, predictions: {report.predictions}, unparsable lines: 0"]
    for level, counts in report.levels.items():
        p, r, f = counts.prf()
        lines.append(f"{level:11s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}   "
                     f"(tp {counts.tp}, fp {counts.fp}, fn {counts.fn})")
    for family, counts in sorted(report.families.items()):
        p, r, f = counts.prf()
        lines.append(f"  {family:11s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    shown = 0
    for detail in report.details:
        if (detail["misses"] or detail["false_positives"]) and shown < show:
            lines.append(f"{detail['case']} MISS {detail['misses']} FP {detail['false_positives']}")
            shown += 1
    return "\n".join(lines)


def predict_with_parsers(path: pathlib.Path) -> list[dict]:
    """The project's own extractor as a ``Predict``: parse_document over the file's bytes."""
    from parsers import parse_document

    content_type = mimetypes.guess_type(path.name)[0]
    return [figure.to_json() for figure in parse_document(path.read_bytes(), content_type=content_type,
                                                          url=str(path)).figures]
