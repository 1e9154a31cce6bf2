"""Every word list the extractor knows, in one place.

Rules elsewhere never spell a synonym themselves: they read these tables. Each table is
ordered most- to least-specific where order matters (first match wins), and each entry
is a regular-expression fragment compiled with ``re.IGNORECASE | re.VERBOSE`` by
``compile_table``.
"""

from __future__ import annotations

import re

# --- metrics --------------------------------------------------------------------------
# (pattern, family, metric, kind). kind says how the cue links to a number:
#   "noun"   - names what was counted: "8,260 Palestinians were killed", "12 deaths"
#   "status" - a hospital state; links only to numbers counting hospitals
#   "pct"    - a rate; links only to percentages ("206 percent occupancy")
METRIC_CUES: list[tuple[str, str, str, str]] = [
    # hostages before "killed"/"held" so "hostages killed" is not a plain death
    (r"hostages?\s+(?:who\s+)?(?:were\s+)?(?:killed|dead|died)|dead\s+hostages|bodies\s+of\s+hostages",
     "casualties", "hostages_dead", "noun"),
    (r"hostages?\s+(?:were\s+|have\s+been\s+)?(?:released|freed)|released\s+hostages|freed\s+hostages"
     r"|release\s+of(?=\s+\S+\s+hostages)", "casualties", "hostages_released", "noun"),
    (r"hostages?\s+(?:were\s+)?(?:taken|seized|abducted|kidnapped)|taken\s+hostage|kidnapped|abducted",
     "casualties", "hostages_taken", "noun"),
    (r"(?:remaining\s+|living\s+)?hostages|captives|remain(?:s|ed)?\s+captive|(?:held\s+)?in\s+captivity"
     r"|held\s+captive", "casualties", "hostages_held", "noun"),
    # detention
    (r"administrative\s+(?:detainees|detention|prisoners)|administrative(?=\s+\(?\d)|held\s+without\s+(?:charge|trial)",
     "detention", "administrative_detainees", "noun"),
    (r"died\s+in\s+(?:Israeli\s+)?(?:custody|detention|prisons?)|deaths?\s+in\s+(?:custody|detention)",
     "detention", "deaths_in_custody", "noun"),
    (r"released\s+(?:detainees|prisoners)|(?:detainees|prisoners)\s+(?:were\s+)?(?:released|freed)",
     "detention", "released_detainees", "noun"),
    (r"arrests|arrested|arrest\s+campaigns?|apprehended|rounded\s+up|(?<=have\s)detained|(?<=has\s)detained"
     r"|(?<=had\s)detained|detained(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+)?\d)",
     "detention", "arrests", "noun"),
    (r"detainees|prisoners|detained|in\s+(?:Israeli\s+)?(?:detention|custody)|incarcerated|imprisoned"
     r"|in\s+(?:its\s+|Israeli\s+|Israel(?:'s|’s)\s+|the\s+occupation(?:'s|’s)?\s+)?(?:prisons|jails)",
     "detention", "detainees", "noun"),
    (r"prison\s+occupancy|overcrowding\s+rate", "detention", "occupancy_pct", "pct"),
    # hospitals
    (r"partially\s+(?:functional|functioning|operational|operating|working)",
     "hospitals", "hospitals_partially_functioning", "status"),
    (r"minimally\s+(?:functional|functioning|operational)", "hospitals", "hospitals_minimally_functioning", "status"),
    (r"out\s+of\s+(?:service|operation|action)|not\s+(?:functional|functioning|operational|working)"
     r"|non-?\s?functional|non-?\s?operational|closed|shut\s+down|no\s+longer\s+functioning",
     "hospitals", "hospitals_out_of_service", "status"),
    (r"(?:fully\s+)?(?:functional|functioning|operational|operating|working|open)",
     "hospitals", "hospitals_functioning", "status"),
    (r"bed\s+occupancy|occupancy", "hospitals", "bed_occupancy_pct", "pct"),
    (r"(?:hospital\s+)?beds\s+(?:remain\s+|are\s+|still\s+)?available|available\s+(?:hospital\s+)?beds",
     "hospitals", "beds_available", "noun"),
    (r"(?:hospital\s+)?beds", "hospitals", "beds", "noun"),
    (r"(?:ICU|intensive[-\s]care)\s+patients|patients\s+in\s+intensive\s+care", "hospitals", "icu_patients", "noun"),
    (r"patients", "hospitals", "patients", "noun"),
    (r"attacks\s+on\s+(?:health|medical|hospitals?)[\w\s]{0,20}?(?:care|facilities|workers|staff)?"
     r"|attacks\s+against\s+health", "hospitals", "attacks_on_health_care", "noun"),
    # casualties last: the most general words
    (r"death\s+toll|deaths?|dead|killed|killing|kills|fatalities|martyrs?|martyred|lost\s+their\s+lives"
     r"|slain|died|die|dying|bodies\s+recovered|(?<=the\s)toll", "casualties", "killed", "noun"),
    (r"injured|injuries|injury|injuring|wounded|wounding|hurt", "casualties", "injured", "noun"),
    (r"missing|unaccounted\s+for|under\s+the\s+rubble", "casualties", "missing", "noun"),
]

# Nouns that say a number counts something that is not a target figure. Checked on the
# words right after a number, before any metric cue.
NON_TARGET_NOUNS = r"""
    trucks?|lorries|shelters?|schools?|ambulances?|vehicles?|homes?|houses?|buildings?|housing|sites?|facilities
    |targets?|rockets?|missiles?|massacres?|incidents?|operations?|strikes?|airstrikes?|raids?|attacks?|tunnels?|families|households|residents
    |population|displaced|citizens\s+(?:living|sheltering)|pregnant|postpartum|cases|centres?|centers?|camps?
    |entries|tonnes|tons|litres|liters|meals|kilometres?|kilometers?|km|miles?|metres?|meters?|feet|acres
    |dunums?|square|times|fold|percent|per\s+cent|diseases?|trucksloads?|units?|kg|dollars|shekels|euros
    |visas|permits|crossings?|deals?|resolutions?|votes|members\s+of\s+(?:congress|parliament)
"""

# People nouns: a number followed by one of these still needs a verb cue ("were killed").
PERSON_NOUNS = r"""
    people|persons|individuals|others|other|civilians|palestinians|gazans|israelis|lebanese|citizens|victims
    |men|women|children|minors|boys|girls|babies|infants|elderly|adults|journalists|reporters|medics|doctors
    |nurses|paramedics|staff|workers|personnel|drivers|crews|teams|employees|colleagues|soldiers|troops|officers|settlers|fighters|militants|members
    |more|of\s+them|of\s+whom|who|new|additional|further|Palestinian|Israeli
"""

# --- groups ---------------------------------------------------------------------------
GROUPS: list[tuple[str, str]] = [
    (r"women\s+and\s+children|children\s+and\s+women", "women_and_children"),
    (r"journalists?|reporters?|media\s+workers|press|photographers?|female\s+journalists", "journalists"),
    (r"health(?:care)?\s+(?:personnel|workers?|staff)|medical\s+(?:staff|personnel|workers?)|medics?"
     r"|doctors?|nurses?|paramedics?|ambulance\s+(?:drivers?|crews?|workers?)|staff\s+member", "health_workers"),
    (r"UNRWA\s+(?:staff|workers|employees|colleagues)|UN\s+staff|working\s+for\s+(?:UNRWA|the\s+UN)"
     r"|aid\s+workers?|humanitarian\s+workers?", "aid_workers"),
    (r"civil\s+defen[cs]e(?:\s+(?:workers|personnel|members|crews))?", "civil_defence"),
    (r"soldiers?|troops|reservists?|servicemen", "soldiers"),
    (r"police(?:men|\s+officers)?|officers", "police"),
    (r"settlers?", "settlers"),
    (r"patients?", "patients"),
    (r"(?:1[0-7]|[1-9])-year-olds?|children|child|minors?|boys|girls|under\s+the\s+age\s+of|under\s+18|kids", "children"),
    (r"women|female|woman", "women"),
    (r"elderly|older\s+(?:people|persons)", "elderly"),
    (r"men(?!\w)", "men"),
    (r"civilians", "civilians"),
]

POPULATIONS: list[tuple[str, str]] = [
    (r"Palestinians?|Gazans", "palestinians"),
    (r"Israelis|Israeli\s+(?:\w+\s+)?(?:civilians|citizens|soldiers?|reservists?|troops|hostages?)", "israelis"),
    (r"Lebanese", "lebanese"),
]

# --- locations: normalised names, most specific first ---------------------------------
LOCATIONS: list[tuple[str, str]] = [
    (r"East(?:ern)?\s+Jerusalem", "East Jerusalem"),
    (r"(?:occupied\s+)?West\s+Bank|Jenin|Tulkarm|Nablus|Hebron|Ramallah|Bethlehem|Nur\s+Shams|Balata",
     "West Bank"),
    (r"Gaza(?:\s+Strip)?|the\s+Strip|the\s+enclave|Rafah|Khan\s+Youn[ie]s|Deir\s+(?:Al|el)[\s-]Balah|Jabalia",
     "Gaza Strip"),
    (r"Lebanon|Lebanese|Beirut|Nabatieh|Bekaa|Baalbek|Tyre|Sidon", "Lebanon"),
    (r"(?:southern\s+)?Israel(?![i-])", "Israel"),
]

# --- originators: (pattern, normalised name); checked in order ---------------------------
ORIGINATORS: list[tuple[str, str]] = [
    (r"Ramallah-based\s+(?:Palestinian\s+)?(?:Health\s+Ministry|Ministry\s+of\s+Health)"
     r"|(?:Health\s+Ministry|Ministry\s+of\s+Health)\s+in\s+Ramallah", "Palestinian Ministry of Health (Ramallah)"),
    (r"Palestinian\s+Ministry\s+of\s+Health\s*[–-]\s*Gaza|(?:Hamas-run|Hamas-controlled|Gaza(?:'s|’s)?|Gazan"
     r"|territory(?:'s|’s)|enclave(?:'s|’s)|Gaza\s+Strip(?:'s|’s)?)\s+(?:health\s+ministry|ministry\s+of\s+health"
     r"|Health\s+Ministry)|(?:health\s+ministry|ministry\s+of\s+health)\s+in\s+Gaza|(?-i:\bMoH\b)", "Gaza Ministry of Health"),
    (r"Lebanese\s+(?:Ministry\s+of\s+(?:Public\s+)?Health|Health\s+Ministry)|Lebanon(?:'s|’s)\s+(?:health\s+ministry"
     r"|ministry\s+of\s+(?:public\s+)?health)", "Lebanese Ministry of Public Health"),
    (r"Israel(?:i)?\s+Prison\s+Service|(?-i:\bIPS\b)", "Israel Prison Service"),
    (r"(?:Gaza\s+)?government\s+media\s+office|(?-i:\bGMO\b)", "Gaza Government Media Office"),
    (r"(?:Palestinian\s+)?Prisoner(?:s)?(?:'|’)?(?:s)?(?:'|’)?\s+Club", "Palestinian Prisoners' Club"),
    (r"Commission\s+(?:for|of)\s+(?:Detainees|Prisoners)", "Commission of Detainees' and Ex-Detainees' Affairs"),
    (r"Addameer", "Addameer"),
    (r"HaMoked", "HaMoked"),
    (r"B(?:'|’)?Tselem", "B'Tselem"),
    (r"Palestin(?:e|ian)\s+Red\s+Crescent(?:\s+Society)?|(?-i:\bPRCS\b)", "Palestine Red Crescent Society"),
    (r"Israel\s+Defen[cs]e\s+Forces|(?-i:\bIDF\b)", "Israel Defense Forces"),
    (r"World\s+Health\s+Organi[sz]ation|(?-i:\bWHO\b)", "WHO"),
    (r"(?-i:\bOCHA\b)|Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs", "OCHA"),
    (r"(?-i:\bUNRWA\b)|Relief\s+and\s+Works\s+Agency", "UNRWA"),
    (r"(?-i:\bUNICEF\b)", "UNICEF"),
    (r"(?-i:\bOHCHR\b)|UN\s+(?:Human\s+Rights\s+Office|rights\s+office)", "OHCHR"),
    (r"Lebanese\s+News\s+Agency|National\s+News\s+Agency", "National News Agency (Lebanon)"),
    # a bare health ministry or health officials: resolved by location in attribution.py
    (r"Palestinian\s+(?:Health\s+Ministry|Ministry\s+of\s+Health)|(?:Palestinian\s+)?health\s+(?:ministry|officials)"
     r"|ministry\s+of\s+health|health\s+authorities", "health ministry"),
]

# Verbs and phrases that make a named body the source of a sentence's numbers.
REPORTING = r"""\b(?:said|says|say|told|tells|according\s+to|reported|reports|reporting|announced|announces|stated|states
    |added|adds|recorded|documented|confirmed|estimated|figures?\s+(?:from|by|of)|data\s+(?:from|by|of)|statement
    |update|report|released|published|showed|shows|noted|indicated)\b"""

# Words that carry a source named earlier into this sentence: "The Ministry said ...".
CARRY_SOURCE_CUES = r"""\b(?:the\s+ministry|the\s+statement|the\s+report|the\s+(?:UN\s+)?body|the\s+organi[sz]ation
    |the\s+agency|the\s+group|the\s+office|the\s+same\s+source|it\s+(?:said|added|stated|reported|says))\b"""

# --- qualifiers -----------------------------------------------------------------------
# Phrases right before a number, longest first. "+" and "or more" after a number are in
# qualifiers.py.
QUALIFIERS_BEFORE: list[tuple[str, str]] = [
    (r"no\s+(?:fewer|less)\s+than|more\s+than|over|at\s+least|in\s+excess\s+of|upwards\s+of|exceed(?:s|ed|ing)?"
     r"|pass(?:es|ed)?|surpass(?:es|ed)?|topp?(?:s|ed)|just\s+over|above|beyond", "at_least"),
    (r"up\s+to|as\s+many\s+as|less\s+than|fewer\s+than|under|no\s+more\s+than|at\s+most|a\s+maximum\s+of"
     r"|below", "at_most"),
    (r"about|around|some|nearly|almost|close\s+to|roughly|approximately|an?\s+estimated|estimated|approx\.?"
     r"|circa|~|an\s+approximate", "approx"),
]
QUALIFIER_AFTER = r"^\s*(?:\+|or\s+more\b)"
QUALIFIER_APPROX_AFTER = r"^\s*approximate(?:ly)?\b"

# --- periods --------------------------------------------------------------------------
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")

# (pattern, period kind, period_detail); first match in a sentence wins.
PERIOD_CUES: list[tuple[str, str, str | None]] = [
    (r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?P<hours>\d+)\s+hours", "period", "{hours}h"),
    (r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day)", "period", "24h"),
    (r"(?:in|over|during)\s+(?:the\s+past\s+)?(?P<days>two|three|four|five|six|seven|\d+)\s+days", "period", "{days}d"),
    (r"overnight", "period", "overnight"),
    (r"(?:in|over|during)\s+the\s+(?:past|last)\s+week|this\s+week", "period", "week"),
    (r"(?:in|during)\s+(?:the\s+(?:first|second|third|fourth)\s+quarter)", "period", "quarter"),
    (r"\b(?:yesterday|(?<!issued\s)(?<!published\s)today|(?:on\s+)?(?:" + WEEKDAYS + r")"
     r"|on\s+(?:\d{1,2}\s+(?:" + MONTHS + r")|(?:" + MONTHS + r")\s+\d{1,2}(?!\d)))\b", "period", "day"),
    (r"\b(?:an?|the)\s+(?:Israeli\s+)?(?:air\s?)?strikes?\b|\b(?:an?|the)\s+(?:bombing|shelling|explosion)\b"
     r"|\ban?\s+(?:attack|raid)\s+(?:on|in)\b|\bstrike\s+on\b", "period", "incident"),
    (r"\bin\s+(?:" + MONTHS + r")(?:\s+\d{4})?\b|\bin\s+(?:20[12]\d)(?:\s+alone)?\b", "period", "month_or_year"),
    (r"since\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\b|since\s+(?:the\s+)?(?:war|conflict|hostilities|aggression)"
     r"|since\s+(?:\d{1,2}\s+)?(?:" + MONTHS + r")|since\s+the\s+(?:ceasefire|attack|invasion|escalation)|since\s+Oct\.?\s+\d|cumulative|in\s+total"
     r"|total\s+(?:number|death\s+toll)|overall|so\s+far|to\s+date|death\s+toll|toll", "cumulative", None),
]

# --- detention conditions (ConditionReport) ---------------------------------------------
CONDITIONS: list[tuple[str, str]] = [
    (r"sexual\s+(?:assault|violence|abuse|harassment)|rape", "sexual_violence"),
    (r"tortur(?:e|ed|ing)", "torture"),
    (r"abuse[sd]?|ill-?treatment|mistreat(?:ment|ed)|physical\s+violence|beat(?:en|ings?)", "abuse"),
    (r"humiliat(?:ion|ed|ing)|degrading\s+treatment", "humiliation"),
    (r"overcrowd(?:ing|ed)", "overcrowding"),
    (r"denied\s+medical\s+(?:care|treatment)|medical\s+neglect|denial\s+of\s+medical|medical\s+crimes"
     r"|deprived\s+of\s+(?:medical|treatment)", "denial_of_medical_care"),
    (r"starv(?:ation|ed|ing)|deprived\s+of\s+food", "starvation"),
    (r"incommunicado|enforced\s+disappearance", "incommunicado"),
]
DETENTION_CONTEXT = r"detain|prison|detention|custody|jail|incarcerat|interrogat|captiv"


def compile_table(table: list[tuple]) -> list[tuple]:
    """Compile the pattern (first item) of each row; the other items are kept as they are."""
    flags = re.IGNORECASE | re.VERBOSE
    return [(re.compile(r"(?<![\w-])(?:" + row[0] + r")(?![\w])", flags), *row[1:]) for row in table]


def alternation(pattern: str) -> re.Pattern[str]:
    """A word list as one compiled, bounded alternation."""
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])", re.IGNORECASE | re.VERBOSE)
