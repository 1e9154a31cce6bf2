"""How a source named in one unit reaches the figures of units that name none.

The prose extractor asks, for a figure whose own sentence names no source, in this order:

1. across a quotation: units inside “...” take the source of the unit that closes it
   (“Only 19 of 36 hospitals remain operational ...,” the report says.);
2. back: a source named as reporting in the last few units ("The ministry said ...");
3. forward: a unit that says someone reported but not who ("according to recent data published
   by rights groups", "the report says" with nothing before) takes the first body named as
   reporting in the next units — a news lead often names the source one sentence later;
4. the document's own voice: a letterhead ("Ministry of Health – Gaza"), a document that names
   itself ("Addameer's activities"), or a publisher that is itself an originator.

A figure restated elsewhere in the document (a headline the body repeats, a body the headline
sums up) shares the source named at either place (``share_restated_sources``).

A carried (not named) Palestinian or Lebanese source never covers a figure about Israeli victims
("Hamas killed 1,400 people on 7 October" in a story quoting the Gaza ministry). A body cited for
one figure only ("surpasses the UN's figure of 5,400") is not carried to the next sentences.

>>> text = "“Only 19 of 36 hospitals remain operational. 94% are damaged,” the report says. It adds that WHO has recorded 28 attacks."
>>> from parsers.sentences import split_units
>>> units = split_units(text)
>>> plan = plan_sources(text, units, [originator_spans(text[u.start:u.end]) for u in units])
>>> [p.quote_closer for p in plan], forward_source(plan, 1)
([1, 1, None], 'WHO')
"""

from __future__ import annotations

import dataclasses
import re

from parsers.attribution import Span, originator_spans, originators_in, refers_back, reporting_names
from parsers.prefilter import GatedPattern
from parsers.sentences import Unit
from parsers.vocabulary import ISRAELI_SIDE, OTHER_SIDE_VICTIMS, UNNAMED_REPORT

_UNNAMED_REPORT = GatedPattern(re.compile(UNNAMED_REPORT, re.IGNORECASE | re.VERBOSE))
_OTHER_SIDE = re.compile(OTHER_SIDE_VICTIMS, re.IGNORECASE | re.VERBOSE)
_SPEECH_AFTER_QUOTE = re.compile(r"[”\"]\s*,?\s*(?:[^.“\"]{0,60}?\b(?:said|says|say|told|added|adds|reads|stated|states"
                                 r"|according\s+to)\b)", re.IGNORECASE)
_FORWARD_REACH = 2  # a lead's source is named within the next two units, or it is not this one
_PALESTINIAN_OR_LEBANESE = re.compile(r"Gaza|Palestin|Leban|Hamas", re.IGNORECASE)
_ISRAELI_SOURCE = re.compile(r"^(?:Israel|IDF\b|COGAT\b)", re.IGNORECASE)
_COUNTS_PALESTINIANS = re.compile(r"Israel\s+Prison\s+Service")  # the Palestinians it holds are its own count
_ISRAELI_SIDE = re.compile(ISRAELI_SIDE, re.IGNORECASE | re.VERBOSE)
# "Ismael Thawabta, director of the government media office": later "Mr Thawabta said" speaks for the office.
_APPOSITIVE = re.compile(r"(?-i:(?P<surname>[A-Z][\w’'-]+)),\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:director|head"
                         r"|spokesperson|spokesman|spokeswoman|chief|official|minister|coordinator|representative|manager"
                         r"|president|chair(?:man|woman)?|deputy|undersecretary)\s+(?:general\s+)?(?:of|at|for|in)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
_PERSON_SAYS = r"\b(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?{surname}\b[^.;“”\"]{{0,40}}?\b(?:said|says|told|added|adds|stated)\b"


@dataclasses.dataclass(slots=True)
class UnitSources:
    """What one unit says about sources, before any figure is read."""

    reporting: list[str]          # bodies named as reporting here (table names, resolved later by place)
    asks_for_source: bool         # "the report says", "according to data published by ..." with no body named
    quote_closer: int | None      # the unit whose closing quote mark carries the speaker of this unit
    refers_back: bool = False     # points at a source named before: "the ministry said" (``refers_back``)


def plan_sources(text: str, units: list[Unit], spans: list[list[Span]]) -> list[UnitSources]:
    """The source facts of every unit of a document (``spans``: each unit's originator spans)."""
    plan: list[UnitSources] = []
    open_since: int | None = None
    people = _people(text, units, spans)
    unnamed_report = _UNNAMED_REPORT.over(text)
    for index, unit in enumerate(units):
        sentence = text[unit.start:unit.end]
        unit_spans = spans[index]  # most units name no body: no lookups for them
        reporting = [name for _, name in reporting_names(sentence, unit_spans, citations=False)] if unit_spans else []
        if people:
            reporting += [body for says, body in people if says.search(sentence) and body not in reporting]
        named = reporting or (originators_in(sentence, None, unit_spans) if unit_spans else [])
        back = refers_back(sentence)  # kept: the extractor asks it of each unit again
        asks = not named and (back or (unnamed_report.may_match(unit.start, unit.end) and
                                       _UNNAMED_REPORT.pattern.search(sentence) is not None))
        plan.append(UnitSources(reporting, asks, None, back))
        if open_since is not None and units[open_since].paragraph != unit.paragraph:
            open_since = None
        depth_change = sentence.count("“") - sentence.count("”") + (sentence.count('"') % 2)
        if open_since is None and depth_change > 0:
            open_since = index
        elif open_since is not None and ("”" in sentence or '"' in sentence):
            if _SPEECH_AFTER_QUOTE.search(sentence):
                for inside in range(open_since, index + 1):
                    plan[inside].quote_closer = index
            open_since = None
    return plan


def _people(text: str, units: list[Unit], spans: list[list[Span]]) -> list[tuple[re.Pattern[str], str]]:
    """(a pattern for "Mr X said", the body X speaks for) for each person the text introduces by role."""
    people = {}
    for unit, unit_spans in zip(units, spans):
        for start, _, name in unit_spans:
            role = _APPOSITIVE.search(text, max(0, unit.start + start - 120), unit.start + start)
            if role and role.group("surname") not in people:
                people[role.group("surname")] = name
    return [(re.compile(_PERSON_SAYS.format(surname=re.escape(surname))), body) for surname, body in people.items()]


def forward_source(plan: list[UnitSources], index: int) -> str | None:
    """The first body named as reporting in the units after ``index`` (within reach)."""
    for later in plan[index + 1:index + 1 + _FORWARD_REACH]:
        if later.reporting:
            return later.reporting[0]
    return None


def is_israeli_source(name: str) -> bool:
    """An Israeli body (its army, its prison service, its officials), as the alias table names them."""
    return _ISRAELI_SOURCE.match(name) is not None


def covers(source: str | None, clause: str, population: str | None) -> bool:
    """False when a carried Palestinian or Lebanese source would cover Israeli victims.

    >>> covers("Gaza Ministry of Health", "Hamas killed 1,400 people and kidnapped 200 others on 7 October", None)
    False
    >>> covers("Gaza Ministry of Health", "About 1,200 Israelis were killed", "israelis")
    False
    >>> covers("OCHA", "three Israelis died in attacks by Palestinians", "israelis")
    True
    >>> covers("Gaza Ministry of Health", "8,805 Palestinians have been killed", "palestinians")
    True
    """
    if source is not None and _ISRAELI_SOURCE.match(source) and not _COUNTS_PALESTINIANS.match(source):
        # "According to the Israeli military, 390 soldiers ... The total number of UNRWA staff killed is 258":
        # the army's word does not carry to counts of Palestinians or aid workers
        return population == "israelis" or _ISRAELI_SIDE.search(clause) is not None
    if source is None or not _PALESTINIAN_OR_LEBANESE.search(source):
        return True
    return not (population == "israelis" or _OTHER_SIDE.search(clause))


def share_restated_sources(figures: list) -> None:
    """Give a figure that names no source the source of the same figure restated elsewhere.

    >>> from parsers.prose import extract_figures
    >>> figures, _ = extract_figures("Strike on Rafah home kills 16 people\\n\\nA strike on a home killed at least 16 people, "
    ...                              "bystanders said.")
    >>> [(f.value, f.attributed_to) for f in figures]
    [(16.0, 'bystanders'), (16.0, 'bystanders')]
    """
    sources: dict[tuple, str] = {}
    for figure in figures:
        if figure.attributed_to:
            sources.setdefault((figure.metric, figure.value, figure.value_max, figure.group), figure.attributed_to)
    for figure in figures:
        if figure.attributed_to is None:
            figure.attributed_to = sources.get((figure.metric, figure.value, figure.value_max, figure.group))
