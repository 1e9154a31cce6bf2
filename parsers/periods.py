"""The period a figure covers: ``cumulative``, ``period`` or ``point``, with detail and start.

Tried in order, first answer wins:

1. metrics that are always a state or an event (hostages held, hospitals functioning) keep it;
2. a count added to a running total ("Six martyrs ... added to the cumulative total") is an
   addition over the period, never the total;
3. a projection next to the number: more deaths to come ("would die", "additional", "there would
   be") is a ``period`` projection, a projected total ("could be attributable") a ``point``;
4. a sentence that breaks down the figure before it ("detailed the casualties across regions",
   "broke down the toll by governorate") shares that figure's period unless it states its own;
5. a period phrase near the number ("in the past 24 hours", "since October 7", "in 2024 alone");
6. a section header above ("Since the ceasefire (October 11):");
7. verbs of one event ("was killed", "fired ..., injuring two", "airstrikes that killed nine");
8. the family's default (running tolls are cumulative, held counts are points).

>>> from parsers.linking import link_sentence
>>> def period(sentence, previous=None):
...     return [figure_period(link, sentence, None, None, previous)[:2] for link in link_sentence(sentence)]
>>> period("Six martyrs who succumbed to their wounds have been added to the cumulative total")
[('period', 'added')]
>>> period("anywhere between 58,269 and 74,290 additional people would die in Gaza before August")
[('period', 'projection')]
>>> period("up to 186,000 or even more deaths could be attributable to the conflict")
[('point', 'projected_total')]
>>> period("At least one other Palestinian was killed by Israeli fire")
[('period', 'incident')]
>>> period("Israel's offensive has killed more than 37,000 Palestinians")
[('cumulative', None)]
>>> period("The agency detailed the casualties across regions: 8 people were killed", ("period", "day", None))
[('period', 'day')]
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import casualties, detention, hospitals
from parsers.dates import WAR_START, periods_in
from parsers.linking import Link, family_children_after
from parsers.numbers import WRITTEN_COUNT
from parsers.prefilter import GatedPattern
from parsers.vocabulary import (ADDED_TO_TOTAL, BELIEVED_TRAPPED, BREAKDOWN_CUES, INCIDENT_ACTIVE_BEFORE, INCIDENT_PARTICIPLE_BEFORE,
                                INCIDENT_TREATED_BEFORE,
                                INCIDENT_AFTER_ASIDE, INCIDENT_BARE_PASSIVE_AFTER, INCIDENT_PASSIVE_AFTER, INCIDENT_WHEN_AFTER, NOT_ONE_EVENT_BEFORE, PROJECTION,
                                MONTHS, PROJECTION_ADDED, OPTIONAL_QUALIFIER)

Period = tuple[str, str | None, dt.date | None]
_FAMILIES = {"casualties": casualties, "detention": detention, "hospitals": hospitals}
_FLAGS = re.IGNORECASE | re.VERBOSE
_ADDED = GatedPattern(re.compile(ADDED_TO_TOTAL, _FLAGS))
_PROJECTION = re.compile(PROJECTION, _FLAGS)
_PROJECTION_AFTER = re.compile(r"^(?:[^,;.]|[,.](?=\d)){0,45}?\b(?:could|would|might|may|will)\s+(?:likely\s+|probably\s+|even\s+)?"
                               r"(?:be|have|die|reach|rise|exceed)\b", re.IGNORECASE)
_PROJECTION_ADDED = re.compile(PROJECTION_ADDED, _FLAGS)
_BREAKDOWN = re.compile(BREAKDOWN_CUES, _FLAGS)
_PASSIVE_AFTER = re.compile(INCIDENT_PASSIVE_AFTER, _FLAGS)
_AFTER_ASIDE = re.compile(INCIDENT_AFTER_ASIDE, _FLAGS)
_BARE_PASSIVE_AFTER = re.compile(INCIDENT_BARE_PASSIVE_AFTER, _FLAGS)
_WHEN_AFTER = re.compile(INCIDENT_WHEN_AFTER, _FLAGS)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)  # reported speech tells one event so: "said troops had killed 6"
_NEW_CLAUSE = re.compile(r";|\b(?:while|whereas|meanwhile|but|and\s+(?:that|said|says))\b", re.IGNORECASE)
# "Fighting has largely stopped since the truce came into force on Friday, though ... had killed three people": a
# concession frames nothing of the other clause
_WAR_LONG = re.compile(r"\b(?:throughout|during|over\s+the\s+course\s+of|since\s+the\s+(?:start|beginning|outbreak)\s+of)\s+the\s+"
                       r"(?:war|conflict|hostilities)\b|\bsince\s+(?:late|early|mid-?)\s*(?:19|20)\d\d\b", re.IGNORECASE)
_CONCESSION = re.compile(r"\b(?:though|although|even\s+as)\b", re.IGNORECASE)
# "..., including 200 in the last 24 hours": a later count right before the window, in an aside of its own, owns it
# (not "..., including 30 children, during the reporting period", "12 of them children, in the past 24 hours", nor a
# count in the total's own clause: "46 were injured in 12 separate incidents during the reporting period")
_WINDOW_OF_A_PART = re.compile(r"[,(][^,;()\d]*\d(?:[\d.,]*\d)?[^,;()\d]*$")
# a part's count right before a window: "(2 since the last report", ", including 300 in the past week"
_PART_WINDOW = re.compile(r"(?:\(|(?<!\d),\s*(?:including|among\s+them|of\s+(?:whom|them))\s)[^,;()\d]*\d(?:[\d.,]*\d)?[^,;()\d]*$",
                          re.IGNORECASE)
_SUM_WORD = re.compile(r"(?:overall|in\s+total)\b", re.IGNORECASE)
# a headline's bare participle with where, how or when it befell them ("Two soldiers killed by bomb in Jabalia", "Two
# killed in south Lebanon", "five fighters killed near Tubas"): one event, when the count is small
_PARTICIPLE_OF_AN_EVENT_AFTER = re.compile(r"(?:\s+(?!(?:have|has|had|been|were|was|are|is|be)\b)[\w'’-]+){0,3}?\s+(?:killed|shot\s+dead|wounded|injured|hurt)\s+"
                                           r"(?:by|in|near|at|during|after|when|on|overnight|as)\b"
                                           r"(?!\s+(?:the\s+)?(?:war|conflict|offensive|hostilities|fighting\s+since)\b)", re.IGNORECASE)
# the surfaces of one person counted (numbers._ONE_PERSON; "his" of "killed a man, his wife and ...", numbers._SPOUSE_IN_A_FAMILY)
_ONE_PERSON_ARTICLES = frozenset({"a", "an", "another", "his", "her"})
# "killed with his wife and four children": the kin named with a spouse, struck at once
_WITH_A_SPOUSE_BEFORE = re.compile(r"\b(?:his\s+wife|her\s+husband),?\s+(?:and\s+)?(?:their\s+|his\s+|her\s+)?$", re.IGNORECASE)
_FEW = 100  # a bare "were killed" of fewer is one event; of more, a running toll unless the event is named
_PARTICIPLE_BEFORE = re.compile(INCIDENT_PARTICIPLE_BEFORE, _FLAGS)
_ACTIVE_BEFORE = re.compile(INCIDENT_ACTIVE_BEFORE, _FLAGS)
_TREATED_BEFORE = re.compile(INCIDENT_TREATED_BEFORE, _FLAGS)
_NOT_ONE_EVENT = re.compile(NOT_ONE_EVENT_BEFORE, _FLAGS)
_DIGIT = re.compile(r"\d")
_NUMBER_JUST_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[^\W\d_]+){0,2}\s*$")  # "41,182 ", "52,000 killed "
_JOINED_TO_TOTAL = re.compile(r",\s*(?:with|and)\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly)\s+)?$", re.IGNORECASE)
_IN_ASIDE = re.compile(r",\s*(?:including|among\s+them|most\s+of\s+them)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_RANGE_TOP = re.compile(r"\s*(?:to|and|–|-)\s*[\d,.]+")
# "Another 87 were injured during the same period": the period of the figures just before. Not "at the same
# time", which joins two statements, not two counts.
_SAME_PERIOD = re.compile(r"\b(?:during|in|over|for|within|throughout)\s+(?:the\s+)?same\s+(?:period|time\s*(?:frame|span)"
                          r"|timeframe|week|month|day|days|year)\b|\b(?:during|in|over)\s+(?:that|this)\s+(?:period|time|week)\b"
                          # "Among the seven newly killed were three children": those just reported
                          r"|\bnewly\s+(?:killed|injured|wounded|dead|reported|recorded|arrested)\b"
                          # "WHO verified 822 attacks ... These attacks killed 1,011 people": the toll of those counted
                          r"|^\W*(?:these|those)\s+(?:attacks|strikes|incidents|raids|operations|assaults)\b", re.IGNORECASE)
# "the October 7 attack, in which around 1,200 people were killed", "Hamas's attack ... left 1,219 people dead", "the
# attack, which resulted in the deaths of 1,219 people": the toll of one attack (not "Israeli attacks have killed ...")
_IN_AN_EVENT_BEFORE = re.compile(r"(?:\b(?:attack|onslaught|assault|incursion|rampage|massacre)\b[^.;\d]{0,80}?"
                                 r"(?:,?\s+(?:which|that)\s+(?:resulted\s+in|left|killed|claimed)|(?<!\bhas)(?<!\bhave)\s+(?:resulted\s+in|left|killed|claimed))"
                                 r"|\b(?:attacks?|onslaught|assault|incursion|rampage|massacre)\b[^.;\d]{0,80}?,?\s+(?:in|during)\s+which)"
                                 r"\b(?!\s+(?:more|many|thousands|dozens))[^.;\d]{0,40}$", re.IGNORECASE)
_AMONG_THOSE = re.compile(r"\bamong\s+(?:those|the)\s+(?:killed|dead|wounded|injured|victims)\b", re.IGNORECASE)
_PERIOD_REACH = 100  # a period phrase farther than this many characters from a number says nothing about it
_PROJECTION_REACH = 100
_EVENT_METRICS = {"killed", "injured"}
_SO_FAR_VERB_BEFORE = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:killed|wounded|injured|claimed\s+the\s+lives\s+of)\s+"
                                 r"(?:[\w-]+\s+){0,2}?$"  # "Hostilities have killed at least 55 journalists"
                                 # "the number of medical workers killed had risen to 286": a running count
                                 r"|\b(?:number|total|toll|tally|count)\b[^.;\d]{0,50}?\b(?:had|has|have)\s+(?:now\s+)?(?:risen|climbed|increased"
                                 r"|grown|reached)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_SO_FAR_VERB = re.compile(r"[^.;]{0,60}?\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:killed|died|injured|wounded|lost)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:]")
_STATE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:are|were|is|was)\s+in\s+(?:a\s+)?(?:serious|moderate|critical|grave|light|mild"
                          r"|life-threatening)\s+condition\b", re.IGNORECASE)
_HOSPITAL_REPORTS = re.compile(r"(?-i:Hospital|Medical\s+(?:Complex|Cent(?:er|re)))\b[^.;]{0,40}?\b(?:said|says|reported|received"
                               r"|counted|recorded)\b", re.IGNORECASE)
_OWN_CLAUSE_REACH = 25  # "six of them in the past 24 hours": a period phrase this close after the number is its own
# "5 new deaths in the past 24 hours; the total has climbed to 222 deaths, of whom 101 are children": a running total
# (and its parts), whatever window came before it
_TOTAL_RISEN_TO = re.compile(r"\b(?:total|toll|tally)\b[^.;\d]{0,40}?\b(?:climbed|risen|rose|increased|grown|jumped|reached)\s+to\b",
                             re.IGNORECASE)
# patients admitted, received, seen or moved: a flow over some stretch, not the load of a ward at a time ("The field
# hospital admitted 57 patients", "Emergency department: 2,140 patients seen", "evacuated 94 patients")
# ("had 203 patients admitted", "41 patients were receiving inpatient care", "its 227 patients were transferred": a load)
_PATIENTS_FLOW_BEFORE = re.compile(r"\b(?:admitted|admits|received|receives|evacuated|evacuates|moved|moves)\s+"
                                   r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|another)\s+)?$", re.IGNORECASE)
_PATIENTS_FLOW_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?patients\s+(?:(?:were|have\s+been|had\s+been)\s+(?:admitted|evacuated)|seen)\b",
                                  re.IGNORECASE)
_BRINGING = re.compile(r"(?:bringing|raising|taking|pushing)\s", re.IGNORECASE)
_BRINGING_ITS = re.compile(r",\s*(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:losses|toll|tally|total|count|number\s+of\s+[\w\s-]{0,30}?)\s*$", re.IGNORECASE)
_MISSING_WORD = re.compile(r"\bmissing\b", re.IGNORECASE)
_BELIEVED_TRAPPED = re.compile(rf"\b{BELIEVED_TRAPPED}", re.IGNORECASE)
_RUNNING_ARRESTS = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:re-?)?(?:arrested|detained|abducted)\b", re.IGNORECASE)
# "Of the 251 abducted in the October 7 attack, 48 remain, including 28 believed dead": counts that no one
# attack or strike is the period of
_STATE_NOT_EVENT = {"hostages_dead", "hostages_released", "hostages_rescued"}
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom|the\s+(?:injured|wounded|dead|killed|victims|casualties|martyrs"
                            r"|detainees|prisoners|arrested|patients))\b", re.IGNORECASE)
# "Some 86 Palestinians were injured, 61 by Israeli forces and 25 by settlers": the parts of the count before
_SPLIT_BY = re.compile(r"\s+(?:by|in|from)\s", re.IGNORECASE)
_SPLIT_BEFORE = re.compile(r"\d[^.;\d]*(?:,|\band)\s*$", re.IGNORECASE)
_OTHERS_PARTICIPLE = re.compile(r"\s+others?\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed)\b", re.IGNORECASE)
# "Five of the Palestinians killed were children": a part of those just counted, of their period
PART_OF_THOSE = re.compile(rf"\W*(?:{WRITTEN_COUNT})\s+of\s+(?:the|these|those)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:killed|injured|wounded|dead|arrested|detained|victims|martyrs)\b", re.IGNORECASE)
_FURTHER = re.compile(r"\W*(?:a\s+further|another|an\s+additional)\s", re.IGNORECASE)  # "A further 212 were injured"
_COUNT_AT_END = re.compile(r"[\d,.]+\s*$")  # "14" of "Israeli forces killed 14 of them": the part itself
# the injured half of a pair: "..., and injured 1,835", "... were killed and around 2,750 wounded"
_INJURED_PARTNER = re.compile(rf"\band\s+(?:(?:injured|wounded|injuring|wounding)\s+)?{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_CHANGE_MARK = re.compile(r"\(\s*\+\s*$")
_CHANGE_CLOSE = re.compile(r"\s*(?:\)|since\b|this\s+week|in\s+the\s+past)")
_TIME_LABEL = re.compile(rf"\s*(?:[-•*▪]\s*)?(?:(?P<month>{MONTHS})\b\.?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s*:", re.IGNORECASE)
_HAVE_BEEN_FREED = re.compile(r"\s+(?:have|has)\s+(?:since\s+|now\s+)?been\s+(?:released|freed|returned)\b", re.IGNORECASE)
_WALK_FREE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?hostages\s+(?:walk|go)\s+free\b", re.IGNORECASE)
_STILL_HELD = re.compile(r"\b(?:remain|remains|(?:are|is)\s+still|still\s+(?:held|in\s+Gaza)|(?:are|is)\s+(?:being\s+)?held)\b", re.IGNORECASE)


def _across_a_concession(sentence: str, cue: int, number: int) -> bool:
    """True when a concession parts the cue from the number: one of them is in the clause "though" opens (which runs to
    the next comma), the other outside ("... since the truce came into force, though fire had killed three": not
    "In the last 24 hours, though fighting eased, 38 were killed", where the concession is an aside between them)."""
    first, last = min(cue, number), max(cue, number)
    concession = _CONCESSION.search(sentence, first, last)
    return concession is not None and "," not in sentence[concession.end():last]


# ("..., while the number of health workers killed has reached 1,580": a running total, whatever window opened the sentence)
_RUNNING_IN_OWN_CLAUSE = re.compile(r"\b(?:number|total|toll|tally|reached|risen|rises|rose|climbed|bringing|so\s+far)\b", re.IGNORECASE)


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause holding ``position`` starts: after the last clause break before it."""
    last = None
    for last in _NEW_CLAUSE.finditer(sentence, 0, position):
        pass
    return last.end() if last else 0


def figure_period(link: Link, sentence: str, published: dt.date | None, section_period: Period | None,
                  previous: Period | None, whole: Period | None = None, whole_here: bool = False,
                  list_line: bool = False, stretch_before: Period | None = None) -> Period:
    """The period of ``link`` in ``sentence``; ``previous`` is the period of the figure before this
    sentence (for breakdowns), ``section_period`` the one of the header above it, ``whole`` the one of
    the figure just before this number (its own sentence's, else the previous one's; ``whole_here`` says which),
    ``list_line`` whether the sentence is a line of a list ("- 32 were killed by settlers")."""
    family = _FAMILIES[link.family]
    flow = link.metric in ("patients", "icu_patients") and (
        _PATIENTS_FLOW_BEFORE.search(sentence, max(0, link.number.start - 30), link.number.start) is not None
        or _PATIENTS_FLOW_AFTER.match(sentence, link.number.end) is not None)
    if link.metric in family.FIXED_PERIOD and not flow:
        kind, detail = family.default_period(link.metric)
        return kind, detail, None
    if _CHANGE_MARK.search(sentence, max(0, link.number.start - 3), link.number.start) and \
            _CHANGE_CLOSE.match(sentence, link.number.end):
        return "period", "change", None  # "37,925 Palestinians killed (+207)": the rise since the last update
    if link.metric == "hostages_released" and _HAVE_BEEN_FREED.match(sentence, link.number.end):
        return "cumulative", None, None  # "Of the 251 taken on October 7, 147 have been returned alive": all freed so far
    if link.metric == "hostages_released" and _WALK_FREE.match(sentence, link.number.end):
        return "period", "day", None  # "Three hostages walk free in Khan Younis": a headline's release of the day
    if link.metric == "hostages_dead" and _STILL_HELD.search(sentence):
        return "point", None, None  # "the remains of 4 hostages are still in Gaza": bodies held now, as the living are
    if _ADDED.search(sentence):
        return "period", "added", None
    if link.family == "casualties" and not link.metric.startswith("hostages_"):
        projection = _projection(link, sentence)
        if projection:
            return projection
    every_cue = [c for c in periods_in(sentence, published) if not (c[2] == "incident" and link.metric in _STATE_NOT_EVENT)]
    if "hough" in sentence or "even as" in sentence:
        every_cue = [c for c in every_cue if not _across_a_concession(sentence, c[0], link.number.start)]
    cues = [c for c in every_cue if abs(c[0] - link.number.start) <= _PERIOD_REACH or c[1] == "cumulative"]
    # a cue in the number's own clause beats one past "while" or ";" ("... killed since October 2023, while PRCS
    # reported that two of its paramedics were injured on 19 June"); with none of its own, the sentence's frame holds
    own_clause = [c for c in cues if not _NEW_CLAUSE.search(sentence, min(c[0], link.number.start), max(c[0], link.number.start))]
    cues = own_clause or cues
    if "to" in sentence:
        every_cue = [c for c in every_cue if not (c[1] == "period" and c[0] < link.number.start
                                                  and _TOTAL_RISEN_TO.search(sentence, c[0], link.number.start))]
        cues = [c for c in cues if c in every_cue]
    # "killed 52,000, including 300 in the past week", "318 killed (2 since the last report)": a window stated right after
    # a part's count is the part's
    cues = [c for c in cues if not (c[1] == "period" and c[0] > link.number.end
                                    and _PART_WINDOW.search(sentence, link.number.end, c[0]))]
    if any(c[1] == "period" and c[2] not in ("incident", "day") and c[0] > link.number.end
           and not _WINDOW_OF_A_PART.search(sentence, link.number.end, c[0]) for c in cues):
        # "Overall, 127 Palestinians were injured ... during the fortnight": "overall" sums the places, the stretch
        # stated after the count is its period
        cues = [c for c in cues if not (c[1] == "cumulative" and c[3] is None and c[0] < link.number.start
                                        and _SUM_WORD.match(sentence, c[0]))] or cues
    if not cues:  # "received, over the past 48 hours, 9 martyrs (...) in addition to 21 injured": one statement, one period
        # a window ("over the past 48 hours"), not a day, which may date the statement or another event in it
        # ("Over the last 24 hours, 76 martyrs reached the hospitals ..., while the hospitals admitted 418 people with
        # injuries": a window opening the sentence frames all its clauses)
        cues = [c for c in every_cue if c[0] < link.number.start and c[2] not in ("day", "incident")
                and (not _NEW_CLAUSE.search(sentence, c[0], link.number.start) or c[1] == "period" and not sentence[:c[0]].strip()
                     and not _RUNNING_IN_OWN_CLAUSE.search(sentence, _clause_start(sentence, link.number.start), link.number.start))][-1:]
    breakdown = previous is not None and _BREAKDOWN.search(sentence[:link.number.start])
    if breakdown and _DIGIT.search(_COUNT_AT_END.sub("", sentence[:breakdown.start()])):
        breakdown = None  # "killed 558 people, among them 50 children ...": the parts of a count of this sentence
    if breakdown and all(c[1] == "cumulative" and c[3] is None for c in cues):
        return previous  # "It broke down the toll by governorate: ..." is that day's toll, not the running one
    if not cues and previous is not None and (_SAME_PERIOD.search(sentence) or _FURTHER.match(sentence)
                                              or PART_OF_THOSE.match(sentence)):
        return previous
    if cues:
        nearest = _nearest(cues, link, sentence)
        # "The death toll rose to 41,182 on Friday, with 95,280 wounded": the day a running total was stated is
        # no period of the total nor of the counts joined to it ("after 27 were killed on Saturday" has its own)
        if len(cues) > 1 and _day_of_a_running_total(nearest, cues, sentence) and (
                link.number.start < nearest[0] or _JOINED_TO_TOTAL.search(sentence, nearest[0], link.number.start)):
            nearest = _nearest([c for c in cues if c is not nearest], link)
        if nearest[1] == "cumulative" and nearest[0] > link.number.end and \
                (_BRINGING.match(sentence, nearest[0]) or _BRINGING_ITS.search(sentence, link.number.end, nearest[0])) and \
                all(c[0] >= nearest[0] for c in cues):
            # ("... two soldiers had been killed in northern Gaza, bringing its losses since the ground offensive began on
            # Oct. 27 to 77")
            # "Two soldiers were killed on Tuesday, bringing the number killed to 350": the two are what was added
            return "period", "incident", None
        _, kind, detail, start = nearest
        if kind == "cumulative" and start is None and section_period and section_period[0] == kind:
            start = section_period[2]
        return since_detail(kind, detail, start)
    label = _TIME_LABEL.match(sentence)
    if label and label.end() <= link.number.start:  # "2024: 49", "March 2025: 612": a line of one year's or month's count
        return "period", "month" if label.group("month") else "year", None
    if whole is not None and (link.parent is not None or _PART_OF_AFTER.match(sentence, link.number.end)
                              or whole_here and link.metric == "injured"  # "killed 558 people, among them ..., and injured 1,835"
                              and _INJURED_PARTNER.search(sentence, max(0, link.number.start - 40), link.number.start)
                              or _OTHERS_PARTICIPLE.match(sentence, link.number.end)  # "three were killed and six others wounded"
                              or _SPLIT_BY.match(sentence, link.number.end) and _SPLIT_BEFORE.search(sentence, 0, link.number.start)):
        return whole  # "received 112 wounded ... over 24 hours; 21 of them were dead on arrival": a part, of that period
    one_event = link.metric in _EVENT_METRICS and not link.labelled and (
        _one_event(link, sentence) or _IN_AN_EVENT_BEFORE.search(sentence, 0, link.number.start) is not None
        and not _SO_FAR_VERB.match(sentence, link.number.end))  # (not "assault on Gaza, in which 54,381 have been killed")
    told = one_event and section_period and section_period[0] == "cumulative" and link.number.value < _FEW \
        and not list_line
    if section_period and not told:
        # a running total's section ("Toll since 7 October 2023") holds its list lines ("- 32 were killed by settlers"),
        # not a sentence telling of one blow in it ("Four paramedics were injured while on duty.")
        return since_detail(*section_period)
    if one_event:
        return "period", "incident", None
    if link.metric == "injured" and _STATE_AFTER.match(sentence, link.number.end):
        # "Two are in serious condition and three in moderate condition": a hospital's update of those hurt in the event
        # it tells of (the period of the count before, when that is one)
        return previous if previous and previous[0] == "period" else ("period", "incident", None)
    if link.metric in _EVENT_METRICS and _HOSPITAL_REPORTS.search(sentence):
        # "Nasser Hospital reported 19 dead": a hospital counts those brought in lately, never a war's toll
        return previous if previous and previous[0] == "period" else ("period", None, None)
    if link.metric == "reports_of_abuse" and _WAR_LONG.search(sentence):
        return "cumulative", None, None  # "Throughout the war, 640 detainees have reported being tortured": a running count
    if link.metric == "missing" and _BELIEVED_TRAPPED.search(sentence) and not _MISSING_WORD.search(sentence):
        # "the search for 4 people believed trapped continues": those under one building (not "about 7,000 people remain
        # missing, many of them thought to be trapped under destroyed buildings": the war's missing)
        return "period", "incident", None
    if link.metric == "arrests" and _RUNNING_ARRESTS.search(sentence):
        return "cumulative", None, None  # "310 health workers have been detained": the arrests so far
    kind, detail = ("period", None) if flow else family.default_period(link.metric)
    if kind == "cumulative" and stretch_before and link.metric in _EVENT_METRICS and \
            not _SO_FAR_VERB.match(sentence, link.number.end) and \
            not _SO_FAR_VERB_BEFORE.search(sentence, max(0, link.number.start - 60), link.number.start):
        # "The strike killed 22 people, the ministry said. Six children and three women were among them": a toll that
        # says no time, right after a stretch's toll no smaller than it, is of that stretch (but "466 soldiers have
        # died": a running count)
        return stretch_before
    return kind, detail, None


def _nearest(cues: list[tuple], link: Link, sentence: str = "") -> tuple:
    """The cue governing ``link``: a period phrase before the number governs it more often than one after,
    so those after weigh 3x their distance; but a phrase right after the number, in its own clause, beats
    one in the clause before ("... since the war began, six of them in the past 24 hours")."""
    nearest = min(cues, key=lambda c: link.number.start - c[0] if c[0] <= link.number.start
                  else 3 * (c[0] - link.number.end))
    if nearest[0] <= link.number.start and sentence and _CLAUSE_MARK.search(sentence, nearest[0], link.number.start):
        own = [c for c in cues if 0 <= c[0] - link.number.end <= _OWN_CLAUSE_REACH
               and not _CLAUSE_MARK.search(sentence, link.number.end, c[0])]
        if own:
            return min(own, key=lambda c: c[0])
    return nearest


def _day_of_a_running_total(cue: tuple, cues: list[tuple], sentence: str) -> bool:
    """True for a day cue right after a running total ("The death toll rose to 41,182 on Friday, with 95,280
    wounded"): the day it was stated, not the period of that count or of the ones after it."""
    if cue[2] != "day":
        return False
    total = _NUMBER_JUST_BEFORE.search(sentence, max(0, cue[0] - 40), cue[0])
    return total is not None and any(c[1] == "cumulative" and c[0] < total.start()
                                     and not _DIGIT.search(sentence, c[0], total.start()) for c in cues)


def since_detail(kind: str, detail: str | None, start: dt.date | None) -> Period:
    """A cumulative count from another start than the war's is a different series: say so in the detail."""
    if kind == "cumulative" and start and start != WAR_START and detail is None:
        detail = f"since {start.isoformat()}"
    return kind, detail, start


def _projection(link: Link, sentence: str) -> Period | None:
    before = sentence[max(0, link.number.start - _PROJECTION_REACH):link.number.start]
    cue = None
    for cue in _PROJECTION.finditer(before):
        pass
    after = sentence[link.number.end:]
    if cue is not None and _DIGIT.search(before[cue.end():]):
        cue = None  # another number sits between: the projection is about that one
    if cue is None and not _PROJECTION_AFTER.match(after):
        return None
    if _PROJECTION_ADDED.search(sentence[max(0, link.number.start - _PROJECTION_REACH):link.number.end + 60]):
        return "period", "projection", None
    return "point", "projected_total", None


def _one_event(link: Link, sentence: str) -> bool:
    before = sentence[:link.number.start]
    end = link.number.end
    if link.qualifier == "range":  # "30 to 40 people were killed in the attack": read on from the range's top
        top = _RANGE_TOP.match(sentence, end)
        end = top.end() if top else end
    few = link.number.value < _FEW
    if link.number.text.lower() in _ONE_PERSON_ARTICLES:
        # "a 21-year-old reservist was killed and another soldier seriously wounded": one person, struck once
        return not _NOT_ONE_EVENT.search(before)
    if _PASSIVE_AFTER.match(sentence, end) or _AFTER_ASIDE.match(sentence, end) or _WHEN_AFTER.match(sentence, end) \
            or (few and (_BARE_PASSIVE_AFTER.match(sentence, end) or _PARTICIPLE_OF_AN_EVENT_AFTER.match(sentence, end))):
        return not _NOT_ONE_EVENT.search(before)
    if few and _WITH_A_SPOUSE_BEFORE.search(before) and not _AMONG_THOSE.search(sentence):
        return not _NOT_ONE_EVENT.search(before)  # "a teacher killed with his wife and five children": one family, at once
    if few and family_children_after(sentence, link.number.start, end) and not _AMONG_THOSE.search(sentence):
        # (not "a father and his two sons were among those killed": that toll's)
        return True  # "killed together with his wife and three of their children": one family, struck at once
    if _IN_ASIDE.search(before):  # "Nine people, including four children, died in the attack": the aside's verb
        opening = before.rfind(",")
        if _AFTER_ASIDE.match(sentence, opening):
            return not _NOT_ONE_EVENT.search(before[:opening])
    verb = _ACTIVE_BEFORE.search(before) or _PARTICIPLE_BEFORE.search(before) or (
        _TREATED_BEFORE.search(before) if few else None)  # "its crews treated 9 people for gunshot wounds"
    if verb and few and _PAST_PERFECT.search(before, 0, verb.start()):
        return not _NOT_ONE_EVENT.search(before[:_PAST_PERFECT.search(before, 0, verb.start()).start()])  # "troops had killed 6 gunmen"
    return bool(verb) and not _NOT_ONE_EVENT.search(before[:verb.start()])
