"""Who the text says a number comes from, normalised through the alias table.

>>> originator_in("More Than 29,000 Killed, Says Gaza Health Ministry")
'Gaza Ministry of Health'
>>> originator_in("reported by the territory’s Health Ministry since October 7")
'Gaza Ministry of Health'
>>> originator_in("the World Health Organization said in December")
'WHO'
>>> originator_in("the Ramallah-based Palestinian Health Ministry said")
'Palestinian Ministry of Health (Ramallah)'
>>> originator_in("according to the Palestinian Health Ministry", location="West Bank")
'Palestinian Ministry of Health (Ramallah)'
>>> originator_in("The Ministry of Health announced", location="Lebanon")
'Lebanese Ministry of Public Health'
>>> originator_in("at least 16 people were killed, bystanders said")
'bystanders'
>>> originator_in("officials told reporters", location="Gaza Strip")
'Gaza officials'
>>> originator_in("figures from the Israel Prison Service cited by HaMoked")
'Israel Prison Service'
>>> originator_in("16 killed in a strike on a house where bystanders gathered") is None
True
"""

from __future__ import annotations

import bisect
import re

from parsers.prefilter import word_start_guarded, word_start_words
from parsers.vocabulary import (CARRIER_BEFORE, CARRY_SOURCE_CUES, HOSPITAL_OFFICIALS, NAMED_HOSPITAL, ORIGINATORS,
                                 PLACE_ADJECTIVES, PLACE_RESCUERS, RELEASED_PUBLICATION, REPORTING, SELF_REFERENCE_AFTER,
                                 SPEAKERS, prefiltered_alternation, row_of)

_ORIGINATORS = prefiltered_alternation(ORIGINATORS)
_NAMES = [row[1] for row in ORIGINATORS]
_SPEAKERS = prefiltered_alternation(SPEAKERS)
_SPEAKER_NAMES = [row[1] for row in SPEAKERS]
_SPEAKER_SET = set(_SPEAKER_NAMES)
BODY_TABLE, SPEAKER_TABLE = _ORIGINATORS, _SPEAKERS  # for the document-wide scans (prose._Scans)
_CARRIER = re.compile(CARRIER_BEFORE, re.IGNORECASE | re.VERBOSE)
# (in the form ``re`` scans for in C, ``word_start_words``: a word start is tried with the verbs of its letter only)
_CARRIER_WORD = re.compile(word_start_words(r"cited|quoted|relayed|carried|obtained|reviewed|seen|compiled|provided|given|submitted"
                                            r"|released|via|gave|gives|sent|sends|handed|hands|passed|passes|provides|supplied"
                                            r"|supplies|delivered|delivers|disclosed") + r"\b",
                           re.IGNORECASE)  # one of CARRIER_BEFORE's verbs, looked for before the costlier pattern
_CITING_BEFORE = re.compile(r"\bciting\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:(?:figures|data|statistics|numbers)\s+"
                            r"(?:from|of|by|provided\s+by|released\s+by)\s+(?:the\s+)?)?$", re.IGNORECASE)
_AND_MORE_AFTER = re.compile(r"(?:\s+(?:data|figures|statistics|numbers|records))?\s*(?:,|and\b)\s*(?!said|says)\w", re.IGNORECASE)
_CITED_FIGURE = re.compile(r"(?:'|’)s\s+(?:own\s+)?(?:figures?|count|data|tally|estimates?|numbers?)\s+of\b", re.IGNORECASE)
_SELF = re.compile(SELF_REFERENCE_AFTER, re.IGNORECASE | re.VERBOSE)
_CARRY = re.compile(rf"{word_start_words(CARRY_SOURCE_CUES)}\b", re.IGNORECASE | re.VERBOSE)  # asked of every unit
# "held in Israel Prison Service facilities, according to HaMoked": "according to" names who comes after it
# past a relative clause: "Gaza's Health Ministry, which does not distinguish between civilians and combatants, said"
_REPORTING_AFTER = re.compile(r"(?:,\s+(?:which|who|whose)\s[^.;:]{0,100}?,\s*)?[^.;:]{0,60}?(?=(?!according\s)(?:" + REPORTING + "))",
                              re.IGNORECASE | re.VERBOSE)
# A speaker (medics, residents, officials) reports only with its verb in the same clause: in "a strike killed
# 12 rescuers, the ministry said" the rescuers are the dead; "medics at Nasser hospital said" is a report.
# A named person in apposition ("The director of Al-Shifa, Dr Mohammed Abu Salmiya, said") is still the same clause.
_APPOSED_NAME = r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}"
# so is a discourse aside ("The Israeli military, for its part, says it has killed around 20,000 fighters")
_SPEAKER_REPORTING_AFTER = re.compile(r"[^.;:,]{0,60}?(?:,\s+" + _APPOSED_NAME + r",\s+|,\s+(?:for\s+(?:its|their|his|her)\s+part"
                                      r"|in\s+turn|meanwhile|however|too|also),\s+)?(?=(?!according\s)(?:" + REPORTING + "))",
                                      re.IGNORECASE | re.VERBOSE)
# a named hospital described in apposition: "Nasser hospital, the main medical facility still operating in southern Gaza,
# said"
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|a|an|one\s+of\s+the)\s+[^.;:,\d]{1,80},\s*(?=(?!according\s)(?:" + REPORTING + "))",
                              re.IGNORECASE | re.VERBOSE)
# A body named as the employer or owner of what was counted ("258 UNRWA staff", "a WHO clinic") is no source.
_WARNED_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:warned|urged|called\s+for|appealed|condemned|demanded)\b", re.IGNORECASE)
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:after|before|until|when)\s+(?:the\s+)?$", re.IGNORECASE)
_OWNED_AFTER = re.compile(r"(?:'s|’s)?\s+(?:staff|workers|employees|personnel|colleagues|teams?|members|guards?|drivers?|contractors?"
                          r"|teachers|schools?|shelters?"
                          r"|clinics?|facilit(?:y|ies)|convoys?|warehouses?|premises|compound|vehicles?|trucks?|peacekeepers?"
                          r"|positions?|bases?|headquarters|patrols?"
                          # ("the town of Naqoura, where UNIFIL has its headquarters": a place named by a body, no speaker)
                          r"|has\s+its\s+(?:headquarters|base|offices?|positions?))\b", re.IGNORECASE)
# ... nor after "by" or "from", which name an agent when the speaker is a party ("the attack by Hamas",
# "four hostages released by Hamas", "killed by settlers")
# "according to the Palestinian Commission of ...": a nationality before a name its pattern does not include
_NATIONALITY = r"(?:(?:Palestinian|Israeli|Lebanese|Syrian|Egyptian|Jordanian|Gaza|UN)\s+)?"
_SPEAKER_REPORTING_BEFORE = re.compile(r"(?:according\s+to|says|said|statement\s+by|citing)\s+(?:the\s+)?" + _NATIONALITY + r"$|\((?:sources?:?\s*)?$|(?:says|said|told\s+\w+)\s+" + _APPOSED_NAME
                                       + r",\s+(?:the\s+|a\s+)?$|according\s+to\s+(?:an?\s+|the\s+)?[\w\s-]{0,20}?"
                                       r"(?:tally|tallies|count|figures|data)\s+(?:of|from|based\s+on)\s+(?:the\s+)?(?:official\s+)?$"
                                       # "According to information received by the Special Rapporteur, ..."
                                       r"|according\s+to\s+(?:the\s+)?(?:information|figures|data|testimonies|reports)\s+"
                                       r"(?:received|gathered|collected|compiled|obtained|documented)\s+by\s+(?:the\s+)?$",
                                       re.IGNORECASE)
# numbers put together from several sources are the compiler's ("compiled by Addameer from the Israel Prison Service,
# lawyers' visits and the prisoners' institutions")
_COMPILED_FROM_BEFORE = re.compile(r"\b(?:compiled|gathered|collected|drawn|put\s+together)\s+(?:by\s+[^.;,]{1,40}?\s+)?from\s+(?:the\s+)?$",
                                   re.IGNORECASE)
# "a facility run by the Israel Prison Service", "held by the IPS": the body acts, it does not report
_REPORTING_BEFORE = re.compile(r"(?:according\s+to|reported\s+by|(?<!\brun\s)(?<!operated\s)(?<!managed\s)(?<!controlled\s)"
                               r"(?<!administered\s)(?<!detained\s)(?<!arrested\s)(?<!killed\s)(?<!built\s)by"
                               r"|says|said|from|citing)\s+(?:the\s+|an?\s+)?" + _NATIONALITY + "$"
                               r"|\baccording\s+to\s+(?:the\s+)?(?:figures|data|statistics|numbers)\s+(?:that\s+|which\s+)?(?:the\s+)?$",
                               re.IGNORECASE)
# a statement opened by a speaker named only by a common noun: "The Ministry reports ..." ("it said" goes on in the
# voice of the body named before it, so it is no other speaker)
_UNNAMED_SPEAKER = re.compile(r"[\s;,]*(?:while\s+|whereas\s+)?the\s+(?:ministry|agency|office|organi[sz]ation"
                              r"|authorities)\s+(?:also\s+)?(?:says|said|reports?|reported|estimates?|estimated|counts?|counted"
                              r"|recorded|stated)\b", re.IGNORECASE)
_STATEMENTS_PART = re.compile(r";|,?\s+(?:while|whereas)\s", re.IGNORECASE)
# A body that disputes a number is not its source: "a number the IPS does not confirm"
_DISPUTES_AFTER = re.compile(r"\s+(?:does|did|has|have|would)\s+not\s+(?:confirm|comment|publish|disclose)|\s+(?:disputes?|denie[sd]|denies|rejects?)\b",
                             re.IGNORECASE)
# A body or speaker doing the killing or the holding is the agent of the count, never its source
# ("Hamas released four hostages" frees them; "the IPS released figures" publishes them)
_ACTS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:killed|wounded|injured|struck|bombed|shelled|shot|arrested|detained|destroyed"
                         rf"|(?:released|freed|frees|releases)(?!{RELEASED_PUBLICATION}))\b", re.IGNORECASE)
_PUBLISHED_BEFORE = re.compile(r"\b(?:figures|data|statistics|numbers|a\s+report|details)\s+(?:that\s+|which\s+)?(?:the\s+)?$",
                               re.IGNORECASE)
# whose rescuers dig where the figure is (elsewhere, "rescuers" stay medics of no named body)
_CIVIL_DEFENCE = {"Gaza Strip": "Palestinian Civil Defence", "Lebanon": "Lebanese Civil Defence"}
BARE_HEALTH_MINISTRY = "health ministry"  # the name a bare health ministry has until resolve() places it

Span = tuple[int, int, str]  # (start, end, table name before resolution by place)


_BARE_ARMY = re.compile(r"the\s+(?:army|military)", re.IGNORECASE)
_LEBANESE_ARMY = re.compile(r"\bLebanese\s+(?:army|military|Armed\s+Forces)\b", re.IGNORECASE)


def _lebanese_army_before(text: str, at: int) -> bool:
    """True when the sentence before ``at`` names Lebanon's army and no Israeli one."""
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    sentence = text[opening:at]
    return bool(_LEBANESE_ARMY.search(sentence)) and "Israel" not in sentence


def originator_spans(text: str, body_starts: list[int] | None = None,
                     speaker_starts: list[int] | None = None) -> list[Span]:
    """Every originator named in ``text``, one scan: (start, end, table name), in text order.

    Callers that look at many sentences of one document scan the document once and pass
    each sentence its slice (offsets relative to the sentence) as ``spans``. ``body_starts`` and
    ``speaker_starts``: the tables' candidate starts in ``text`` when known (see ``prose._Scans``).
    """
    bodies = [(match.start(), match.end(), _NAMES[row_of(match)]) for match in _ORIGINATORS.finditer(text, body_starts)]
    speakers = [(match.start(), match.end(), _SPEAKER_NAMES[row_of(match)])
                for match in _SPEAKERS.finditer(text, speaker_starts)]
    if "Lebanese" in text:
        # "A Lebanese army sergeant was killed ..., the army said": the army its sentence names, not Israel's
        bodies, speakers = ([(start, end, "Lebanese Army") if name == "Israeli military" and _BARE_ARMY.fullmatch(text, start, end)
                             and _lebanese_army_before(text, start) else (start, end, name) for start, end, name in spans]
                            for spans in (bodies, speakers))
    if any(name in (NAMED_HOSPITAL, HOSPITAL_OFFICIALS) for _, _, name in speakers):
        speakers = [named for span in speakers if (named := _hospital_named(span, text))]
        # "medics at Al-Aqsa Martyrs Hospital said": the hospital's span holds the medics' (one speaker, the hospital)
        speakers = [span for span in speakers if not any(other is not span and other[0] <= span[0] and span[1] <= other[1]
                                                         and other[2] != span[2] for other in speakers)]
    if not speakers:
        return bodies
    # "Magen David Adom paramedics said": the body's own people speak for it
    ordered = sorted(bodies)
    starts = [start for start, _, _ in ordered]
    speakers = [span for span in speakers if not _within_or_after_body(span, ordered, starts, text)]
    return sorted(bodies + speakers)


# The words naming a hospital before "Hospital" ("Kamal Adwan", "Al-Aqsa Martyrs", "al-Shifa"): capitalised (an "al-"
# may open one), not a possessive ("Gaza's") nor a word that only opens the sentence or the phrase ("At Nasser Hospital")
_CAPITALISED = r"(?:(?:al|el)[-‐])?[A-Z](?:[\w-]|['’](?!s\b))*"
_HOSPITAL_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|At|In|On|Near|From|To|Of|And|But|By|For|With|Inside|Outside|Outside|According|Says|Said"
    r"|Director|Head|Chief|Officials?|Staff|Medics|Doctors|Dr|Mr|Ms|Mrs|Prof)\b)"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\s+$")
# people at the hospital who speak for themselves ("Witnesses at Nasser hospital said"), not for it
_PEOPLE_AT = re.compile(r"\b(?:rescuers|witnesses|residents|patients|relatives|families)\s+"
                        r"(?:at|in|from|inside|outside|near)\s+(?:the\s+)?$", re.IGNORECASE)
# its staff, who speak for it ("medics at Al-Aqsa Martyrs Hospital said", "Medical sources at al-Shifa Hospital say":
# the probes' labels name the hospital every time, 18 in 18)
_STAFF_AT = re.compile(r"\b(?:(?:para)?medics|doctors|nurses|staff|(?<!health\s)(?:hospital\s+)?officials|medical\s+(?:sources|staff)"
                       r"|a\s+(?:doctor|spokes(?:man|woman|person)))\s+(?:at|in|from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_HOSPITAL_WORD = re.compile(r"hospital|medical\s+(?:complex|cent(?:er|re))", re.IGNORECASE)
_DIRECTOR_AFTER = re.compile(r"(?:'s|’s)?\s+(?:director|head|chief)\b", re.IGNORECASE)
_SPEAKER_ENDINGS = (" officials", "ospital", "omplex", "entre", "enter", " director")  # the cheap test first
_NAMED_HOSPITAL_SPEAKER = re.compile(r"(?:hospital|medical\s+(?:complex|cent(?:er|re)))(?:\s+director)?$", re.IGNORECASE)


def _hospital_named(span: Span, text: str) -> Span | None:
    """A hospital speaker by its own name, when the text gives one: "Nasser Medical Complex" (said), "Kamal Adwan
    Hospital director" for its director; a bare "Hospital" row with no name before it is no speaker (None)."""
    start, end, name = span
    if name not in (NAMED_HOSPITAL, HOSPITAL_OFFICIALS):
        return span
    word = _HOSPITAL_WORD.search(text, start, end)
    proper = word and _HOSPITAL_NAME_BEFORE.search(text, max(0, word.start() - 80), word.start())
    if not proper:
        return (start, end, HOSPITAL_OFFICIALS) if name == HOSPITAL_OFFICIALS or word and word.start() > start else None
    if _PEOPLE_AT.search(text, max(0, proper.start() - 40), proper.start()):
        return None
    director = word.start() > start or _DIRECTOR_AFTER.match(text, word.end())
    hospital = " ".join(f"{proper.group()}{word.group()}".split())
    if staff := _STAFF_AT.search(text, max(0, proper.start() - 40), proper.start()):
        return staff.start(), end, hospital  # (the staff's words are the hospital's name: no speaker of their own)
    return min(start, proper.start()), end, f"{hospital} director" if director else hospital


def hospitals_named(text: str) -> list[tuple[int, str]]:
    """(start, name) of each hospital ``text`` names by its own name ("Al-Ahli Arab hospital", "Nasser Medical Complex").

    >>> hospitals_named("At Al-Ahli Arab hospital in Gaza City, medics said; the hospital was full.")
    [(3, 'Al-Ahli Arab hospital')]
    """
    found = []
    for word in _HOSPITAL_WORD.finditer(text):
        proper = _HOSPITAL_NAME_BEFORE.search(text, max(0, word.start() - 80), word.start())
        if proper:
            found.append((proper.start(), " ".join(f"{proper.group()}{word.group()}".split())))
    return found


# Who counts the hostages it believes alive or dead ("Israeli authorities believe 24 are alive"), where belief is no
# report elsewhere ("Residents believe 40 are trapped, civil defence said")
_BELIEVERS = {"Israeli officials", "Israeli military", "Israel Defense Forces", "Israeli Prime Minister's Office"}
_BELIEF_AFTER = re.compile(r"\s+(?:now\s+|still\s+)?(?:believe[sd]?|estimate[sd]?)\b(?!\s+to\b)", re.IGNORECASE)
_ACCORDING_TO_BEFORE = re.compile(r"(?:according\s+to|statement\s+by)\s+(?:the\s+)?$|\(\s*$", re.IGNORECASE)

_NEAR_BODY = 300  # a body's name and the spaces after it are shorter than this


def _within_or_after_body(span: Span, bodies: list[Span], starts: list[int], text: str) -> bool:
    """True when ``span`` overlaps a body's name or follows one with only spaces between. Only the bodies named just
    before are asked (a bulletin of megabytes names thousands, and asking each of them of each speaker took minutes)."""
    near = bodies[bisect.bisect_left(starts, span[0] - _NEAR_BODY):bisect.bisect_left(starts, span[1])]
    return any(start < span[1] and span[0] < end or end <= span[0] and not text[end:span[0]].strip()
               for start, end, _ in near)


def originators_in(text: str, location: str | None = None, spans: list[Span] | None = None) -> list[tuple[int, str]]:
    """Every body named in ``text`` as (position, normalised name), in text order (speakers left out)."""
    return [(start, name) for start, end, name in _matches(text, location, spans)
            if not _is_speaker(name) and not _OWNED_AFTER.match(text, end) and not _DISPUTES_AFTER.match(text, end)
            and not _OPERATOR_BEFORE.search(text, max(0, start - 40), start) and not holds_them(text, start)
            # (not "two days after UNIFIL warned of an escalation": a time clause's speaker, of no count)
            and not (_TIME_CLAUSE_BEFORE.search(text, max(0, start - 12), start) and _WARNED_AFTER.match(text, end))
            and not _WHOSE_PEOPLE_BEFORE.search(text, max(0, start - 40), start)
            and not _employs_them(text, start, end)]


def holds_them(text: str, start: int) -> bool:
    """True when the body named at ``start`` is where those counted were held, not who counted them ("have died in the
    custody of the Israel Prison Service")."""
    # (whether the body is the prison service is asked before the "in the" before it: most bodies are not)
    return _CUSTODY_OF.search(text, max(0, start - 30), start) is not None or \
        _PRISONS_OF.match(text, start) is not None and _IN_THE_BEFORE.search(text, max(0, start - 12), start) is not None or \
        _CLASSIFIED_BY.search(text, max(0, start - 70), start) is not None


_CUSTODY_OF = re.compile(r"\bcustody\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "died in IPS custody", "held in Israel Prison Service facilities" (where), "classified as 'unlawful combatants' by the
# IPS" (whose label): the service holds them, a page of a prisoners' body counts them
_IN_THE_BEFORE = re.compile(r"\b(?:in|into|at|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_PRISONS_OF = re.compile(r"(?:Israel(?:i)?\s+Prison\s+Service|IPS|Prison\s+Service)\s+(?:custody|prisons?|facilities|jails?|cells?)\b",
                         re.IGNORECASE)
_CLASSIFIED_BY = re.compile(word_start_guarded(r"\b(?:classified|classifies|designated|labell?ed|categori[sz]ed)\b[^.;:\d]{0,60}"
                                               r"\bby\s+(?:the\s+)?$"), re.IGNORECASE)


# A body the people counted are from is no source: "310 UN personnel killed, the majority from UNRWA"
_WHOSE_PEOPLE_BEFORE = re.compile(word_start_guarded(r"\b(?:majority|most|many|some|half|mostly)\s+(?:of\s+them\s+)?from\s+"
                                                     r"(?:the\s+)?$"), re.IGNORECASE)
# A body named as the employer of one of those counted ("a paramedic with the Palestine Red Crescent Society", "two
# staff members of UNRWA", "two drivers contracted by WFP") is no source
_EMPLOYER_BEFORE = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|\d+)\s+"
                              r"(?:[\w-]+\s+)?(?:paramedics?|medics?|volunteers?"
                              r"|staff(?:\s+members?)?|workers?|employees?|doctors?|nurses?|drivers?|crew(?:\s+members?)?|colleagues?"
                              r"|teachers?|guards?|contractors?)\s+(?:of|with|from|for|working\s+for|contracted\s+by|employed\s+by"
                              r"|hired\s+by)\s+(?:the\s+)?$", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:said|says|say|told|reported|reports|stated)\b", re.IGNORECASE)


def _employs_them(text: str, start: int, end: int) -> bool:
    """True when the body named at ``start`` is only the employer of someone counted ("a paramedic with the Palestine Red
    Crescent Society was killed"), not its staff speaking for it ("medics from the Red Crescent said ...")."""
    return _EMPLOYER_BEFORE.search(text, max(0, start - 40), start) is not None and not _SAYS_AFTER.match(text, end)


# A body that runs the facility named before it ("Al-Quds Hospital (PRCS)", "a field hospital run by MSF") is no source
_OPERATOR_BEFORE = re.compile(r"(?:(?:Hospital|Medical\s+(?:Complex|Cent(?:er|re))|Clinic)\s*\(\s*"
                              r"|\b(?:run|operated|managed|supported)\s+by\s+(?:the\s+)?"
                              # (and its short name in brackets: "facilities run by the Israel Prison Service (IPS)")
                              r"(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}\(\s*)?)$", re.IGNORECASE)


def _is_speaker(name: str) -> bool:
    return name in _SPEAKER_SET or name.lower().endswith(_SPEAKER_ENDINGS) and (
        name.endswith(" officials") or bool(_NAMED_HOSPITAL_SPEAKER.search(name)))


def _matches(text: str, location: str | None, spans: list[Span] | None) -> list[Span]:
    return [(start, end, resolve(name, location)) for start, end, name in
            (originator_spans(text) if spans is None else spans)]


def reporting_originators(text: str, location: str | None = None,
                          spans: list[Span] | None = None) -> list[tuple[int, str]]:
    """Originators named as the source of a statement: "X said", "according to X", "X's statement".

    >>> reporting_originators("UNRWA staff were killed, the World Health Organization said")
    [(29, 'WHO')]
    """
    return [(start, resolve(name, location)) for start, name in reporting_names(text, spans)]


def reporting_names(text: str, spans: list[Span] | None = None, citations: bool = True) -> list[tuple[int, str]]:
    """``reporting_originators`` before names are resolved by place (table names).

    ``citations=False`` leaves out bodies only cited for one figure ("surpasses the UN's figure of
    5,400"): they are the source of that figure, not of the sentences that follow.
    """
    found, carriers = [], []
    matches = originator_spans(text) if spans is None else spans
    for index, (start, end, name) in enumerate(matches):
        following = matches[index + 1][0] if index + 1 < len(matches) else len(text)
        before = text[max(0, start - 30):start]
        if not citations and _CITED_FIGURE.match(text, end, following) or _WHOSE_PEOPLE_BEFORE.search(before) or \
                holds_them(text, start) or _employs_them(text, start, end) or \
                _TIME_CLAUSE_BEFORE.search(before[-12:]) and _WARNED_AFTER.match(text, end) or \
                name == "UNIFIL" and _OWNED_AFTER.match(text, end):
            # (nor "two days after UNIFIL warned of an escalation", nor "near a UNIFIL patrol ..., the Lebanese army said")
            continue
        speaker = _is_speaker(name)
        reporting_after, reporting_before = (_SPEAKER_REPORTING_AFTER, _SPEAKER_REPORTING_BEFORE) if speaker else \
            (_REPORTING_AFTER, _REPORTING_BEFORE)
        if _ACTS_AFTER.match(text, end) and not _PUBLISHED_BEFORE.search(before):
            # "RSF says Israel's army has killed over 220 journalists": the army is the agent, not a speaker (but
            # "Figures the army released" are the army's)
            continue
        if name in _BELIEVERS and _BELIEF_AFTER.match(text, end):
            found.append((start, name))  # "Israeli authorities believe 24 are alive": the state's count of the hostages
            continue
        if speaker and _NAMED_HOSPITAL_SPEAKER.search(name) and not name.endswith(" director"):
            reporting_before = _ACCORDING_TO_BEFORE  # "the UN said Al-Shifa Hospital, once ..., has 14 patients": a subject
        if _COMPILED_FROM_BEFORE.search(before[-80:]) and _AND_MORE_AFTER.match(text, end):
            continue  # "compiled by Addameer from the Israel Prison Service, lawyers' visits and ...": one of the compiler's sources
        if reporting_after.match(text, end, following) or \
                speaker and _NAMED_HOSPITAL_SPEAKER.search(name) and _DESCRIBED_AFTER.match(text, end) or reporting_before.search(
                text[max(0, start - 60):start] if speaker else before):
            carried = _CARRIER_WORD.search(text, max(0, start - 60), start) and _CARRIER.search(text, max(0, start - 60), start)
            (carriers if carried else found).append((start, name))
    ends = {start: end for start, end, _ in matches}
    cited = [(start, name) for start, name in found if _CITING_BEFORE.search(text, max(0, start - 40), start)
             and not _is_speaker(name) and not _AND_MORE_AFTER.match(text, ends.get(start, start))]
    if cited:
        # "HaMoked said, citing figures from the Israel Prison Service": the body whose figures are cited gave them (not
        # "citing local officials", a speaker; nor "citing Israeli military data and medical sources": the citer's sum)
        first = cited[0][0]
        found = cited + [(start, name) for start, name in found if start > first and (start, name) not in cited]
    if not found and carriers:
        # "the Prison Service was holding 9,900 ..., according to data obtained by HaMoked": the body whose count
        # it is, named in the sentence, is the originator; the one that obtained the data carries it
        holders = [(start, name) for start, _, name in matches if (start, name) not in carriers and not _is_speaker(name)]
        if holders:
            return holders
    return found or carriers


def speaks_for(text: str, spans: list[Span] | None = None) -> str | None:
    """The body a document speaks for, when it names itself: "Addameer's activities".

    >>> speaks_for("It summarizes the legal news, as well as Addameer‘s activities over the period.")
    'Addameer'
    >>> speaks_for("The report cited B'Tselem figures.") is None
    True
    """
    for _, end, name in originator_spans(text) if spans is None else spans:
        if not _is_speaker(name) and name != BARE_HEALTH_MINISTRY and _SELF.match(text, end):
            return name
    return None


def originator_in(text: str, near: int | None = None, location: str | None = None,
                  spans: list[Span] | None = None) -> str | None:
    """The originator of a number in ``text``: a reporting one before any other, nearest to ``near``."""
    found = reporting_originators(text, location, spans) or originators_in(text, location, spans)
    if not found:
        return None
    if near is None:
        return found[0][1]
    # "Israel says it killed 17 fighters; Hamas says 3 civilians died", "... 950 wounded, while the UN human rights
    # office said ...": a semicolon or a "while" parts two statements
    marks = [m.start() for m in _STATEMENTS_PART.finditer(text)] if ";" in text or "whe" in text or "whi" in text else []
    start = max([m for m in marks if m < near], default=0)
    end = min([m for m in marks if m > near], default=len(text))
    own = [item for item in found if start <= item[0] < end]
    if not own and marks and _UNNAMED_SPEAKER.match(text, start):
        return None  # "The Ministry reports 17,121 ..., while the UN estimates ...": its own speaker, unnamed here
    return min(own or found, key=lambda item: abs(item[0] - near))[1]


def refers_back(text: str) -> bool:
    """True when the sentence points at a source named before: "The Ministry said ..."."""
    return bool(_CARRY.search(text))


def resolve(name: str, location: str | None) -> str:
    """A bare "health ministry" (or bare "officials") belongs to the place the figure is about."""
    if name == PLACE_RESCUERS:
        return _CIVIL_DEFENCE.get(location or "", "medics")
    if name.startswith("{place}"):
        adjective = PLACE_ADJECTIVES.get(location or "")
        return f"{adjective} officials" if adjective else "officials"
    if name != BARE_HEALTH_MINISTRY:
        return name
    if location == "Lebanon":
        return "Lebanese Ministry of Public Health"
    if location in ("West Bank", "East Jerusalem") or location and "Gaza" not in location and (
            "West Bank" in location or "Jerusalem" in location):  # ("East Jerusalem and West Bank": both Ramallah's)
        return "Palestinian Ministry of Health (Ramallah)"
    return "Gaza Ministry of Health"
