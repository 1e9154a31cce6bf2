"""The prose extractor: clean text in, figures and detention condition reports out.

It walks the text unit by unit (sentence, headline or bullet line), links each number to a
metric (``linking``), then fills in what the surrounding text says: who reported it
(``attribution``, carried from a letterhead or the previous sentences), the period
(``dates``, also from a section header like "in the past 24 hours:"), the place and the
date it applies to.

>>> figures, _ = extract_figures("More Than 29,000 Palestinians Killed In Israel-Hamas War, Says Gaza Health Ministry")
>>> f = figures[0]
>>> (f.metric, f.value, f.qualifier, f.population, f.attributed_to, f.period)
('killed', 29000.0, 'at_least', 'palestinians', 'Gaza Ministry of Health', 'cumulative')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers import casualties, detention, hospitals
from parsers.attribution import originator_in, originators_in, refers_back, reporting_originators
from parsers.dates import as_of_in, page_date, parse_date, period_in, periods_in
from parsers.linking import Link, link_sentence
from parsers.models import ConditionReport, Figure
from parsers.sentences import Unit, split_units
from parsers.vocabulary import CONDITIONS, DETENTION_CONTEXT, LOCATIONS, MONTHS, compile_table

PARSER = "text"
VERSION = "0.1.0"
_FAMILIES = {"casualties": casualties, "detention": detention, "hospitals": hospitals}
_LOCATIONS = compile_table(LOCATIONS)
_CONDITIONS = compile_table(CONDITIONS)
_DETENTION = re.compile(DETENTION_CONTEXT, re.IGNORECASE)
_OPENS_WITH_PART = re.compile(r"^\W*(?:among\s+(?:them|whom|those)|including|of\s+(?:them|whom|those))\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^\s*(?:{MONTHS})\s+\d{{4}}\s*$", re.IGNORECASE)
_CARRY_UNITS = 4  # a source named this many units back still covers a sentence that names none
_PERIOD_REACH = 100  # a period phrase farther than this many characters from a number says nothing about it


@dataclasses.dataclass(slots=True)
class _Context:
    published: dt.date | None
    source: str | None = None
    source_unit: int = -99
    letterhead: str | None = None
    section_period: tuple | None = None
    location: str | None = None
    places_seen: dict = dataclasses.field(default_factory=dict)
    section_as_of: dt.date | None = None
    last_head: Link | None = None
    list_parent: Link | None = None
    list_paragraph: int = -1
    detention_unit: int = -99


def extract_figures(text: str, *, published: dt.date | None = None, publisher: str | None = None
                    ) -> tuple[list[Figure], list[ConditionReport]]:
    """All figures and condition reports stated in ``text``; spans point into ``text``."""
    context = _Context(published=page_date(text) or published)
    figures: list[Figure] = []
    conditions: list[ConditionReport] = []
    seen: set[tuple] = set()
    for index, unit in enumerate(split_units(text)):
        sentence = text[unit.start:unit.end]
        _update_context_before(context, sentence, unit, index)
        opening_parent = context.last_head if _OPENS_WITH_PART.match(sentence) else None
        list_parent = context.list_parent if context.list_paragraph == unit.paragraph else None
        links = link_sentence(sentence, parent=opening_parent, list_parent=list_parent)
        for link in links:
            figure = _figure(link, sentence, unit, index, context)
            key = (figure.metric, figure.value, figure.group, figure.char_start)
            if key not in seen:
                seen.add(key)
                figures.append(figure)
        conditions.extend(_conditions(sentence, unit, index, context))
        _update_context_after(context, sentence, unit, index, links)
    return figures, conditions


def _update_context_before(context: _Context, sentence: str, unit: Unit, index: int) -> None:
    if unit.header:
        period = period_in(sentence, context.published)
        if period:
            context.section_period = period
    if _DETENTION.search(sentence):
        context.detention_unit = index
    dateline = page_date(sentence)
    if dateline or _MONTH_YEAR.match(sentence):  # a line that is only a date dates what follows it
        context.section_as_of = dateline or parse_date("1 " + sentence.strip())


def _update_context_after(context: _Context, sentence: str, unit: Unit, index: int, links: list[Link]) -> None:
    named = originators_in(sentence, context.location)
    reporting = reporting_originators(sentence, context.location)
    if reporting:
        context.source, context.source_unit = reporting[-1][1], index
    elif refers_back(sentence):
        context.source_unit = index
    if named and not links and len(sentence.split()) <= 12:
        context.letterhead = named[-1][1]
    for pattern, place in _LOCATIONS:
        for _ in pattern.finditer(sentence):
            context.places_seen[place] = context.places_seen.get(place, 0) + 1
    if context.places_seen:  # the place the document talks about most so far
        context.location = max(context.places_seen, key=context.places_seen.get)
    heads = [link for link in links if link.parent is None]
    if heads:
        context.last_head = heads[0]
    if unit.header and heads:
        context.list_parent, context.list_paragraph = heads[-1], unit.paragraph


def _figure(link: Link, sentence: str, unit: Unit, index: int, context: _Context) -> Figure:
    location = _location_near(sentence, link.number.start) or context.location
    source = originator_in(sentence, near=link.number.start, location=location)
    if source is None and (index - context.source_unit <= _CARRY_UNITS or refers_back(sentence)):
        source = context.source
    source = source or context.letterhead
    if source == "Gaza Ministry of Health" and location in ("West Bank", "East Jerusalem") and \
            "gaza" not in sentence.lower():
        source = "Palestinian Ministry of Health (Ramallah)"
    period, detail, start = _period(link, sentence, context)
    group = link.group or "all"
    if link.metric in ("killed", "injured") and group == "all" and casualties.is_soldier_toll(sentence[
            link.number.end:link.number.end + 40]):
        group = "soldiers"
    return Figure(
        family=link.family, metric=link.metric, value=link.number.value, qualifier=link.qualifier,
        value_max=link.value_max, group=group, population=link.population, location=location,
        attributed_to=source, period=period, period_detail=detail, period_start=start,
        as_of=as_of_in(sentence, context.section_as_of or context.published), quote=sentence,
        char_start=unit.start + link.number.start, char_end=unit.start + link.number.end,
        parser=PARSER, parser_version=VERSION,
    )


def _period(link: Link, sentence: str, context: _Context) -> tuple[str, str | None, dt.date | None]:
    family = _FAMILIES[link.family]
    if link.metric in family.FIXED_PERIOD:
        kind, detail = family.default_period(link.metric)
        return kind, detail, None
    cues = [c for c in periods_in(sentence, context.published)
            if abs(c[0] - link.number.start) <= _PERIOD_REACH or c[1] == "cumulative"]
    if cues:
        # a period phrase before the number governs it more often than one after: weigh those after 3x
        _, kind, detail, start = min(cues, key=lambda c: link.number.start - c[0] if c[0] <= link.number.start
                                     else 3 * (c[0] - link.number.end))
        if kind == "cumulative" and start is None and context.section_period and context.section_period[0] == kind:
            start = context.section_period[2]
        return _since_detail(kind, detail, start)
    if context.section_period:
        return _since_detail(*context.section_period)
    kind, detail = family.default_period(link.metric)
    return kind, detail, None


def _since_detail(kind: str, detail: str | None, start: dt.date | None) -> tuple[str, str | None, dt.date | None]:
    """A cumulative count from another start than the war's is a different series: say so in the detail."""
    if kind == "cumulative" and start and start != dt.date(2023, 10, 7) and detail is None:
        detail = f"since {start.isoformat()}"
    return kind, detail, start


def _location_near(sentence: str, position: int) -> str | None:
    found = [(abs(m.start() - position), place) for pattern, place in _LOCATIONS for m in pattern.finditer(sentence)]
    return min(found)[1] if found else None


def _conditions(sentence: str, unit: Unit, index: int, context: _Context) -> list[ConditionReport]:
    if index - context.detention_unit > 1:
        return []
    reports, seen = [], set()
    for pattern, condition in _CONDITIONS:
        match = pattern.search(sentence)
        if match and condition not in seen:
            seen.add(condition)
            reports.append(ConditionReport(
                condition=condition, quote=sentence, char_start=unit.start + match.start(),
                char_end=unit.start + match.end(), reported_by=originator_in(sentence, location=context.location),
                location=context.location, as_of=as_of_in(sentence, context.published), parser=PARSER,
                parser_version=VERSION))
    return reports
