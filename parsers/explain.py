"""Why each number in a document did or did not become a figure: ``reliefledger extract --explain``.

For every sentence (``sentences.split_units``) that holds a number-like token, each token is
shown with what it became: the Figure whose span it is, or the reason it is none — masked as a
date, time, age, money... (``numbers.mask``), dropped as a year or a duration, a vague quantity
("thousands"), or a count that no metric word claimed.

>>> text = "On 7 October 2023, a 27-year-old and 5 others were killed. Thousands fled, 12 said."
>>> figure = Figure("casualties", "killed", 5, char_start=37, char_end=38)
>>> print(format_explanations(explain(text, [figure])))
[1] On [[7]] October [[2023]], a [[27]]-year-old and [[5]] others were killed.
    7 -> not a figure: date
    2023 -> not a figure: date
    27 -> not a figure: age
    5 -> killed 5 (exact), group all, period point
[2] [[Thousands]] fled, [[12]] said.
    Thousands -> not a figure: vague quantity
    12 -> not a figure: no metric linked
"""

from __future__ import annotations

import dataclasses
import re

from parsers.arabic import MONTHS as ARABIC_MONTHS
from parsers.models import Figure
from parsers.numbers import NUMBER, find_numbers, mask, to_ascii_digits
from parsers.sentences import split_units
from parsers.vocabulary import MONTHS, WEEKDAYS

_ARABIC_MONTHS = "|".join(re.sub("ا", "[اأإآ]", month) for month in sorted(ARABIC_MONTHS, key=len, reverse=True))
# What a number is when ``find_numbers`` drops it: (category, pattern covering the number). The
# patterns restate the kinds of ``numbers.mask`` and its duration and year checks, one kind a row,
# so the category whose match covers the number is the reason; first match in table order wins.
REJECTION_CATEGORIES: list[tuple[str, str]] = [
    ("url or e-mail", r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\]\([^)]*\)"),
    ("footnote", r"\[\d+(?:[,–-]\s*\d+)*\]"),
    ("time", r"\b\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'clock)"),
    ("date", rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
             rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})(?![a-z])(?:,?\s+\d{{4}})?|\b(?:{MONTHS})\s+\d{{4}}"
             rf"|\b(?:{WEEKDAYS}),?\s+\d{{1,2}}\b"),
    ("money", r"[$€£¥₪]\s?[\d.,]+(?:\s*(?:million|billion|bn|m|k))?"
              r"|\b[\d.,]+\s*(?:million|billion|bn)?\s*(?:dollars|euros|shekels|USD|EUR|NIS|ILS)\b"),
    ("phone number", r"\+?\(?\d{3}\)?[\s-]\d{3,4}[\s-]\d{3,4}\b"),
    ("age", r"\b(?:aged?|ages|age\s+of|turned)\s+\d+|\b\d+\s*(?:-|–|\s)?\s*(?:year|month|week|day|hour|minute)s?[-\s]old"
            r"|\b(?:children|adults|individuals|people|men|women|those|elderly|aged)\s+(?:between|under|over|above"
            r"|below)\s+\d+(?:\s+(?:and|to)\s+\d+)?|(?-i:\b[A-Z][a-z]+,\s\d{1,2},(?!\d))"),
    ("reference number", r"\b(?:No\.|number|Resolution|page|pp?\.|vol\.)\s+\d+|\b\d{4};\s*\d+(?:\(\d+\))?:\s*\d+(?:[–-]\d+)?"),
    ("ratio", r"(?:\b[\w,.]+\s+(?:[\w-]+\s+){0,2})?\bper\s+(?:one|each|every|\d+)\b|\bratio\s+of\s+\S+"),
    ("'one of'", r"(?<![\w-])one\s+of\b"),  # (not "Twenty-one of them")
    ("ordinal", r"\b\d+(?:st|nd|rd|th)\b"),
    ("size or citation", r"\b\d+[x×]\d+\b"),
    ("date", rf"\d{{1,2}}\s+(?:{_ARABIC_MONTHS})(?:\s*،?\s*\d{{4}})?"),
    ("duration or unit", r"\d+\s+(?:ساعة|ساعات|يوم|أيام|ايام|أسبوع|شهر|أشهر|سنة|سنوات|عام|عاما)"),
    ("duration or unit", r"(?:[\d.,]+|\b[a-z]+(?:-[a-z]+)?)\s*(?:-|–)?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|times"
                         r"|fold|square|sq\.?|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|ft|cm|mm|kg)\b"),
    ("year", r"\b(?:19[4-9]\d|20[0-4]\d)\b"),
]
VAGUE_QUANTITIES = r"\b(?:(?:tens\s+of\s+)?(?:thousands|hundreds|millions)|dozens|scores|several\s+hundred)\b"
NO_METRIC = "no metric linked"
_CATEGORIES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in REJECTION_CATEGORIES]
_VAGUE = re.compile(VAGUE_QUANTITIES, re.IGNORECASE)
_DIGITS_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*")


@dataclasses.dataclass(slots=True, frozen=True)
class TokenExplanation:
    """One number-like token (``start``/``end`` in the document) and what it became."""

    start: int
    end: int
    text: str
    figure: Figure | None = None
    reason: str | None = None  # why it is no figure; None when ``figure`` is set


@dataclasses.dataclass(slots=True, frozen=True)
class SentenceExplanation:
    start: int
    end: int
    text: str
    tokens: tuple[TokenExplanation, ...]


def explain(document_text: str, figures: list[Figure]) -> list[SentenceExplanation]:
    """Every sentence of ``document_text`` that holds a number-like token, each token explained."""
    by_start: dict[int, list[Figure]] = {}
    for figure in figures:
        if figure.char_start is not None:
            by_start.setdefault(figure.char_start, []).append(figure)
    explained = []
    for unit in split_units(document_text):
        sentence = document_text[unit.start:unit.end]
        tokens = _tokens(sentence, unit.start, by_start)
        if tokens:
            explained.append(SentenceExplanation(unit.start, unit.end, sentence, tuple(tokens)))
    return explained


def rejection_reason(sentence: str, start: int, end: int) -> str | None:
    """Why ``sentence[start:end]`` is not a number ``find_numbers`` keeps, or None if it keeps it.

    >>> s = "Cunio, 34, said at 9:55 AM on June 19, 2024 [1]"
    >>> rejection_reason(s, 7, 9), rejection_reason(s, 19, 23), rejection_reason(s, 35, 37), rejection_reason(s, 45, 46)
    ('age', 'time', 'date', 'footnote')
    >>> s = "in 2024 over 3 days, 5 died"
    >>> rejection_reason(s, 3, 7), rejection_reason(s, 13, 14), rejection_reason(s, 21, 22)
    ('year', 'duration or unit', None)
    """
    if any(m.start < end and start < m.end for m in find_numbers(sentence)):
        return None
    return category_of(sentence, start, end) or ("masked" if not mask(to_ascii_digits(sentence))[start:end].strip()
                                                  else "not a count")


def category_of(sentence: str, start: int, end: int) -> str | None:
    """The first ``REJECTION_CATEGORIES`` row whose pattern covers ``sentence[start:end]``, if any.

    >>> category_of("خلال الـ 24 ساعة الماضية", 9, 11), category_of("5 killed", 0, 1)
    ('duration or unit', None)
    """
    searchable = to_ascii_digits(sentence)
    for name, pattern in _CATEGORIES:
        if any(m.start() < end and start < m.end() for m in pattern.finditer(searchable)):
            return name
    return None


def _tokens(sentence: str, offset: int, by_start: dict[int, list[Figure]]) -> list[TokenExplanation]:
    spans: list[tuple[int, int]] = []
    ascii_text = to_ascii_digits(sentence)
    kept = [(m.start, m.end) for m in find_numbers(sentence)]
    figured = [(f.char_start - offset, f.char_end - offset) for start in by_start if offset <= start < offset + len(sentence)
               for f in by_start[start]]
    raw = [(m.start("num"), m.end("num")) for m in NUMBER.finditer(ascii_text)]
    raw += [(m.start(), m.end()) for m in _DIGITS_TOKEN.finditer(ascii_text)]
    raw.sort(key=lambda span: (span[0], span[0] - span[1]))  # "9:55" over "55", "23 000" over "23"
    for span in [*figured, *kept, *raw]:  # the first span claiming a stretch of text wins
        if not any(s < span[1] and span[0] < e for s, e in spans):
            spans.append(span)
    vague = [(m.start(), m.end()) for m in _VAGUE.finditer(sentence) if not any(s < m.end() and m.start() < e for s, e in spans)]
    tokens = []
    for start, end in sorted(spans + vague):
        here = [f for f in by_start.get(offset + start, []) if f.char_end == offset + end] or by_start.get(offset + start, [])
        if here:
            tokens.extend(TokenExplanation(offset + start, offset + end, sentence[start:end], figure=f) for f in here)
            continue
        if (start, end) in vague:
            reason = "vague quantity"
        else:
            # a kept number no metric claimed may still be an hour count or a date the mask does not know (Arabic)
            reason = rejection_reason(sentence, start, end) or category_of(sentence, start, end) or NO_METRIC
        tokens.append(TokenExplanation(offset + start, offset + end, sentence[start:end], reason=reason))
    return tokens


def describe(figure: Figure) -> str:
    """A figure in one line: metric, value, qualifier, group, location, period, originator."""
    value = int(figure.value) if float(figure.value).is_integer() else figure.value
    parts = [f"{figure.metric} {value}" + (f"-{figure.value_max:g}" if figure.value_max is not None else "")
             + f" ({figure.qualifier})", f"group {figure.group}"]
    if figure.location:
        parts.append(figure.location)
    period = figure.period + (f" {figure.period_detail}" if figure.period_detail else "")
    if figure.period_start and not (figure.period_detail or "").startswith("since"):
        period += f" since {figure.period_start.isoformat()}"
    parts.append(f"period {period}")
    if figure.attributed_to:
        parts.append(f"per {figure.attributed_to}")
    return ", ".join(parts)


def format_explanations(explanations: list[SentenceExplanation], highlight: tuple[str, str] = ("[[", "]]")) -> str:
    """Printable text: each sentence with its tokens highlighted, then one line per token."""
    lines = []
    open_mark, close_mark = highlight
    for index, sentence in enumerate(explanations, 1):
        marked, cursor = [], sentence.start
        for start, end in sorted({(t.start, t.end) for t in sentence.tokens}):
            marked += [sentence.text[cursor - sentence.start:start - sentence.start], open_mark,
                       sentence.text[start - sentence.start:end - sentence.start], close_mark]
            cursor = end
        marked.append(sentence.text[cursor - sentence.start:])
        lines.append(f"[{index}] " + "".join(marked).strip())
        for token in sentence.tokens:
            outcome = describe(token.figure) if token.figure else f"not a figure: {token.reason}"
            lines.append(f"    {token.text} -> {outcome}")
    return "\n".join(lines)
