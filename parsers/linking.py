"""Link each number of a sentence to the metric it counts, by proximity and syntax.

The rules, tried in order for each number:

1. a number inside "including ... / among them ... / of whom ..." takes its parent's metric
   (unless it names its own, more specific one right after it: "217 administrative detainees");
2. a metric word after the number, within a few words and before any "and"/"while"/next
   number ("8,260 Palestinians were killed", "12 deaths and 68 injuries");
3. a metric word right before it, only qualifier or linking words between
   ("killed 16 people", "death toll has risen to 8,382", "Number of Martyrs: 7");
4. a number with no noun of its own ("..., and 122 others in the West Bank", "reached 56")
   looks further back for the nearest metric word of its clause;
5. a number coordinated with a linked one ("80 women and more than 200 children") shares it.

A number followed by a noun that is not a target (trucks, shelters, displaced, attacks)
links to nothing, and so do the company someone was kept in ("shared a room with about 10
other hostages") and an earlier value compared with ("down from 3,600 in March"). A death
count introduced as a list of names ("a detailed list of 34,344 Gazans killed") counts named
victims: ``killed_identified``, never the toll.

>>> [(l.number.value, l.metric, l.group) for l in link_sentence("168 Palestinians, including 46 children, have been killed")]
[(168.0, 'killed', None), (46.0, 'killed', 'children')]
>>> [(l.number.value, l.metric) for l in link_sentence("50 ambulances were damaged, including 25 that were out of service")]
[]
>>> [(l.number.value, l.metric) for l in link_sentence("Thirteen of Gaza's 36 hospitals are partially functional, two were minimally functioning, and 21 were not working")]
[(13.0, 'hospitals_partially_functioning'), (36.0, 'hospitals_total'), (2.0, 'hospitals_minimally_functioning'), (21.0, 'hospitals_out_of_service')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers import casualties, detention, hospitals, tables
from parsers.numbers import KIN, NUMBER_WORDS, PEOPLE_PLURAL, NumberMention, find_numbers, parse_number, searchable
from parsers.attribution import originator_spans
from parsers.dates import names_an_earlier_time
from parsers.places import places_in
from parsers.prefilter import GatedPattern, word_start_guarded
from parsers.qualifiers import carries_qualifier, pair_kind, qualifier_of
from parsers.vocabulary import COMPANIONS_AFTER, COMPANIONS_BEFORE, COUNT_WORDS, DETENTION_CONTEXT, MONTHS, DIFFERENCE_SUBJECTS, EARLIER_VALUE_BEFORE, EXCHANGE_BEFORE, FAMILY_OWNER_BEFORE, FAMILYS_CHILDREN_AFTER, METRIC_CUES, NAMED_LIST_BEFORE, NON_TARGET_NOUNS, NOT_A_COUNT_BEFORE, ONE_ROOM_BEFORE, OPTIONAL_QUALIFIER, PERSON_NOUNS, PRISON_ONLY_NAMES, RELEASED_PUBLICATION, alternation, prefiltered_alternation, row_of

_CUES = prefiltered_alternation(METRIC_CUES)
CUE_TABLE = _CUES  # for the document-wide scans (prose._Scans)
_DIFFERENCE = GatedPattern(re.compile(DIFFERENCE_SUBJECTS, re.IGNORECASE | re.VERBOSE))
_NON_TARGET = GatedPattern(alternation(NON_TARGET_NOUNS))
_PERSON = alternation(PERSON_NOUNS)
_FAMILY_OF = {row[2]: row[1] for row in METRIC_CUES} | {"hospitals_total": "hospitals", "killed_identified": "casualties",
                                                        "hostages_rescued": "casualties", "sick_prisoners": "detention",
                                                        "deaths_awaiting_evacuation": "casualties"}
_NAMED_LIST = re.compile(NAMED_LIST_BEFORE, re.IGNORECASE | re.VERBOSE)
_COMPANIONS_BEFORE = re.compile(COMPANIONS_BEFORE, re.IGNORECASE | re.VERBOSE)
_COMPANIONS_AFTER = re.compile(COMPANIONS_AFTER, re.IGNORECASE | re.VERBOSE)
_EARLIER_VALUE = re.compile(EARLIER_VALUE_BEFORE, re.IGNORECASE | re.VERBOSE)
# "down from 340 at the end of July and 348 at the end of June": a second earlier value, joined to the first
_AND_EARLIER = re.compile(rf"[^,;.\d]{{1,40}}?,?\s+(?:and|or)\s+{OPTIONAL_QUALIFIER}", re.IGNORECASE)
_OWN_NOUN_REACH = 25  # a metric noun this close after an earlier value names what it counts
# "The number of prisoners who died in custody since the start of the war has reached 54": the count the
# frame names, however long the clause between
# what names the count a later number is the value of: "the number of journalists killed", "the figure for the injured"
_WHERE_HELD_BEFORE = re.compile(r"\b(?:in|at|inside|across|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_IN_A_PLACE = re.compile(r"(?:in|at|inside|across|within)\s", re.IGNORECASE)
# ("the number killed in the West Bank since ... has risen to 112": the participle names the count, as "of" would)
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count|toll)\s+of\b|\b(?:figure|toll|tally|count)\s+for\b"
                        r"|\b(?:number|total)(?=\s+(?:killed|injured|wounded|detained|arrested|held|missing|dead)\b)", re.IGNORECASE)
# bare "to" is the end of "brings the number of ... to"; not "up to" (a bound)
_REACHED_BEFORE = re.compile(r"\b(?:reached|rose\s+to|risen\s+to|climbed\s+to|increased\s+to|stands\s+at|stood\s+at|exceeded|exceeding|exceeds|passe[sd]|passing|tops|topped|surpasses|averages?|averaged|averaging"
                             r"|surpassed|hit|totals|totalled|totaled|is|was|estimates?\s+of|estimated\s+at|put\s+at|(?<!\bup\s)to)\s+"
                             + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
# "at least 34 of whom are believed dead": a part of the figure before, named after the number
_PART_AFTER = re.compile(r"\s+of\s+(?:whom|them|those)\b", re.IGNORECASE)
_ARE_AMONG_THEM = re.compile(r"\s+(?:[\w-]+\s+){1,2}?(?:are|were)\s+(?:also\s+)?among\s+them\b", re.IGNORECASE)
# "137 journalists were among the more than 45,000 people killed": a part of the count that follows
_AMONG_AFTER = re.compile(r"[^.;\d]{0,60}?\b(?:were|are|was|is)\s+among\s+(?:the\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+"
                          r"|about\s+|some\s+|roughly\s+|around\s+|almost\s+|an\s+estimated\s+)?$", re.IGNORECASE)
# A death in custody named after the count, past words about the dead: "68 detainees whose identities are known have
# died in Israeli custody", "61 Palestinians had died in the custody of the Prison Service", "three who died in Ketziot
# prison"; not past a comma or another subject ("12 were killed as a prisoner died in custody", "10,000 prisoners,
# dozens of whom have died in detention")
_DIED_HELD_AFTER = re.compile(r"(?:(?!\b(?:while|but|whereas|as|of\s+whom|of\s+them|dozens|many|some|several|most|killed"
                              r"|shot|after|before|announced|said|when)\b"
                              r"|\band\s+(?:a|an|one|another|the(?!\s+(?:occupied\s+)?(?:West\s+Bank|Gaza)))\b)[^.;,\d]){0,110}?\b(?:died|deaths?)\s+(?:of\s+(?:[\w’'-]+\s+){1,3}?)?(?:while\s+)?(?:in|at|inside)\s+"
                              r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:custody|detention|prisons?|jails?)\b", re.IGNORECASE)
# "23 detainees held at the facility had died": the held who died are deaths in custody, wherever they died
_DETAINEES_DIED_AFTER = re.compile(r"\s+(?:(?!(?:former|ex|released|freed)\b)[\w’'-]+\s+){0,2}?(?:detainees|prisoners|inmates)"
                                   # (of an age: "seven prisoners aged 60 or over have died in IPS custody")
                                   r"(?:\s+(?:aged\s+|(?:over|under|above|below)\s+(?:the\s+age\s+of\s+)?)+\d{1,2}"
                                   r"(?:\s+(?:or|and)\s+(?:over|older|above|under|younger))?(?=\s))?"
                                   r"(?:\s+(?:held|detained|imprisoned|at|in|inside|from)\b"
                                   r"(?:(?!\b(?:whose|where|who|which|that|are|were|is|was|released|freed|release)\b)[^.;,\d]){0,40}?)?"
                                   r"\s+(?:have|has|had)\s+died\b",
                                   re.IGNORECASE)
# "the bodies of at least 34" (hostages dead), "the deaths of 48" (detainees who died in custody)
_REMAINS_OF = re.compile(rf"\b(?P<noun>bodies|remains|deaths)(?:\s+in\s+(?:Israeli\s+)?(?:custody|detention))?\s+of\s+(?:another\s+)?"
                         rf"{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
# "the deaths of 75 Palestinians in the custody of the Israeli authorities": who died held
_HELD_WHEN_THEY_DIED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:while\s+)?(?:in|inside)\s+(?:the\s+)?(?:Israeli\s+)?(?:custody|detention)\b",
                                  re.IGNORECASE)
# "227 of them by Israeli forces", after the parts of a whole and its verb: a part of the whole, by who did it
_BY_WHOM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\s+(?:by|at\s+the\s+hands\s+of)\s", re.IGNORECASE)
_LIST_LEFT = re.compile(r"\b(?:said|says|added|told|reported|noted|stated|announced|while|whereas|but|killed|killing|wounded|wounding"
                        r"|injured|injuring|arrested|detained)\b|;|\band\s+that\b", re.IGNORECASE)
# ("stands at 2,615, with more than 19,180 injured")
_SECOND_OF_PAIR = re.compile(rf"[^\d;.]*(?:\s(?:and|,\s*and)|,(?:\s+with)?)\s+(?:another\s+)?{OPTIONAL_QUALIFIER}", re.IGNORECASE)
# words of patients sent out of Gaza for treatment (not "the referral hospital"): no hospital's load
_SENT_ABROAD_WORDS = r"\b(?:evacuat\w*(?!\s+(?:orders?|warnings?|zones?|notices?|directives?|calls?)\b)|medevac\w*|treatment\s+abroad|(?:left|leave|leaving|exited)\s+(?:the\s+(?:Gaza\s+)?Strip|Gaza)\b|for\s+treatment\s+(?:in|abroad|outside)\b|waiting\s+to\s+leave|waiting\s+list(?!\s+for\s+(?:surgery|operations?|dialysis|admission|a\s+bed))|outside\s+(?:of\s+)?Gaza|referrals?(?!\s+hospitals?\b)|referred)\b"
_EVACUATION = re.compile(_SENT_ABROAD_WORDS, re.IGNORECASE)
# "87 people were killed or missing", "the toll of dead and missing": one count of both, neither the dead nor the missing
_KILLED_OR_MISSING = re.compile(r"[^.;,\d]{0,40}?\b(?:killed|dead|martyrs?)\s+(?:or\s+(?:missing|unaccounted\s+for)\b"
                                r"|and\s+missing(?:\s+(?:persons|people))?\b(?=\s*(?:[,.;)]|$)|\s+(?:in|after|at|since|following|during|from|as|according"
                                r"|and|to|by|on|until)\b))",
                                re.IGNORECASE)  # "(76,700) martyrs and missing persons." (not "killed and missing people remain ...")
# "the killing and maiming of 8,000 children", "1,200 children killed or maimed": one count of both
_KILLED_AND_MAIMED_BEFORE = re.compile(rf"\b(?:killing|killed)\s+(?:and|or)\s+(?:maiming|maimed|injuring|injury|wounding)\s+of\s+"
                                       rf"{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_KILLED_AND_MAIMED_AFTER = re.compile(r"[^.;,\d]{0,45}?\b(?:killed|dead)\s+(?:or|and)\s+(?:maimed|injured|wounded)\b", re.IGNORECASE)
_KILLED_OR_MISSING_BEFORE = re.compile(r"\b(?:killed|dead|martyrs)\s+(?:or|and)\s+(?:the\s+)?missing\b[^.;,\d]{0,30}?"
                                       r"(?:\b(?:at|to|of|reached|stands|stood|is|was)\s+|:\s*)" + OPTIONAL_QUALIFIER + "$",
                                       re.IGNORECASE)  # "... stands at 87", "Martyrs and missing: more than 81,600"
_INSIDE_LABEL = re.compile(r"[^;,\n\d]*:|[^)\n\d]*\)[^;\n\d]*:")  # "Tulkarm, including its two camps: 47": a number of the label, not its value
# a key-figure label of hunger right before its count ("3. Famine and malnutrition: 5 new deaths"), in a line that kills
# no one (not "Famine: 5 killed in a strike on a food queue", nor a headline's "Gaza hunger crisis: strikes killed 27")
# ("Malnutrition-related deaths: Five new deaths", "...: 5 new deaths, bringing the total killed by starvation to 222")
_LEGAL_STATUSES = ("sentenced", "life_sentenced", "awaiting_trial")
_SUCH_DEATHS_BEFORE = re.compile(r"\bsuch\s+(?:deaths|cases|fatalities)\b[^.;\d]{0,25}$", re.IGNORECASE)
# the sick who died waiting to leave for treatment (a vocabulary extension, as the ministries count them apart)
# (not "died while waiting for aid": those were killed seeking food)
_WAITING = (r"(?:(?:while\s+)?(?:waiting|awaiting)\s+(?:for\s+)?(?:(?:their|a|the|an)\s+)?(?:[\w-]+\s+){0,2}?(?:evacuation|referral"
            r"|permits?|approval|permission|treatment\s+abroad|travel|transfer)|on\s+(?:the\s+)?waiting\s+lists?)\b")
_DIED_WAITING_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:on|from)\s+(?:the\s+)?waiting\s+lists?\s+|waiting\s+(?:for\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?(?:evacuation|referral|permits?|approval)\s+)?(?:have\s+|has\s+|had\s+)?"
                                 r"(?:died|passed\s+away)(?:\s+(?:during|in|over|since|so\s+far)\b[^.;,\d]{0,30}?)?"
                                 r"(?:\s+" + _WAITING + r"|(?<=died)(?=[^.;\d]{0,40}\bwaiting\s+list))"
                                 r"|\s+(?:[\w-]+\s+){0,2}?(?:(?:on|from)\s+(?:the\s+)?waiting\s+lists?)\s+(?:have\s+|has\s+|had\s+)?"
                                 r"(?:died|passed\s+away)\b", re.IGNORECASE)
_DIED_WAITING_BEFORE = re.compile(r"\b(?:died|deaths?)\s+" + _WAITING + r"[^.;\n]{0,120}$", re.IGNORECASE)
_BRINGING_TO_BEFORE = re.compile(r"\b(?:bringing|raising|taking|pushing|brings|raises|takes)\b[^.;\d]{0,80}$", re.IGNORECASE)
_HELD_OR_ARRESTED_AFTER = re.compile(r"[^.;\d]{0,40}?\b(?:held|arrested|detained|imprisoned|in\s+(?:custody|detention))\b"
                                     r"(?![^.;\d]{0,30}?\b(?:died|deaths?)\b)", re.IGNORECASE)
_SUCH_DEATHS_AFTER = re.compile(r"\s+(?:more\s+|other\s+)?such\s+(?:deaths|cases|fatalities)\b", re.IGNORECASE)
# those serving life are a status of their own ("Prisoners serving life sentences: 271", "64 of them serving life terms");
# "3,248 were serving sentences", "3,312 sentenced prisoners", "1,918 detainees awaiting the conclusion of legal
# proceedings", "held in pretrial detention": within the count's own clause, or in its label
_LEGAL_STATUS_WORDS = (r"\b(?<!not\s)(?<!never\s)(?<!not\sbeen\s)(?<!never\sbeen\s)(?:(?P<life>(?:serving|sentenced\s+to)\s+(?:a\s+)?life(?!\s+or\b)"
                       r"(?:\s+(?:sentences?|terms?|imprisonment))?|(?<!\bor\s)life\s+(?:sentences?|imprisonment)"
                       # ("The remaining 33 were serving sentences, 24 of them life terms")
                       r"|(?<=of\sthem\s)life\s+terms|(?<=of\sthem\s)for\s+life\b)|(?P<sentenced>serving\s+(?:their\s+|a\s+)?(?:long\s+|lengthy\s+|heavy\s+)?"
                       # ("142 Gaza residents as sentenced prisoners or detainees": either status, so none)
                       r"(?:sentences?|prison\s+terms)|sentenced(?!\s+to\s+(?:death|life)|\s+(?:prisoners\s+)?or\b)|convicted"
                       # ("Prisoners with high sentences: 120")
                       r"|with\s+(?:high|long|heavy|lengthy)\s+sentences)|(?<!\bsentenced\sor\s)awaiting\s+(?:trial|sentencing"
                       r"|(?:the\s+)?(?:conclusion|end)\s+of\s+(?:the\s+|their\s+)?(?:legal\s+)?(?:proceedings|trials?))"
                       r"|pre-?trial|remand(?:ed)?|until\s+the\s+(?:end|conclusion)\s+of\s+(?:the\s+|their\s+)?(?:legal\s+)?proceedings"
                       # ("Detainees under interrogation: 486": its own status; not "under interrogation or awaiting trial")
                       r"|(?P<interrogation>(?<=detainees\s)under\s+interrogation(?!\s+(?:or|and|/)\b))"
                       r"|(?:in|during)\s+(?:interrogation\s+or\s+)?legal\s+proceedings"
                       # ("3,136 were detained pending the end of legal proceedings", "detainees whose legal proceedings had not
                       # yet ended")
                       r"|pending\s+(?:the\s+(?:end|conclusion)\s+of\s+)?(?:the\s+|their\s+)?(?:legal\s+)?(?:proceedings|trials?)"
                       r"|(?:whose|their)\s+legal\s+proceedings\s+(?:had|have)\s+not\s+(?:yet\s+)?(?:ended|concluded|been\s+concluded))\b")
_LEGAL_STATUS = re.compile(_LEGAL_STATUS_WORDS, re.IGNORECASE)
_UNDER_INTERROGATION_LABEL = re.compile(r"[\W_]*+under\s+interrogation\b(?!\s+(?:or|and)\b|\s*/)", re.IGNORECASE)
_LEGAL_STATUS_AFTER = re.compile(r"[^.;,:\d]{0,40}?" + _LEGAL_STATUS_WORDS, re.IGNORECASE)
_HUNGER_WORDS = r"(?:famine|malnutrition|starvation|hunger)"
_HUNGER_FRAME = re.compile(rf"\bnumber\s+of\s+(?:[\w-]+\s+){{0,3}}?{_HUNGER_WORDS}\b(?![-\s]strik)[^.;\d]{{0,60}}$", re.IGNORECASE)
_HUNGER_BEFORE = re.compile(rf"\b{_HUNGER_WORDS}\b(?![-\s]strik)", re.IGNORECASE)
_DEATHS_RECORDED_AFTER = re.compile(r"\s+(?:more\s+|new\s+)?deaths\s+(?:have\s+been|had\s+been|were|was)\s+(?:recorded|registered|reported)\b",
                                    re.IGNORECASE)
_VIOLENT_DEATH = re.compile(r"\b(?:kill\w*|strikes?|airstrikes?|bomb\w*|shell\w*|shot|gunfire|fire|raids?|martyr\w*)\b", re.IGNORECASE)
_HUNGER_LABEL = re.compile(rf"\W*+(?:\d{{1,2}}[.)]\s*)?(?:[A-Za-z&,-]++\s++){{0,4}}?{_HUNGER_WORDS}\b(?![-\s]strik)"
                           # ("Famine and malnutrition: the number of deaths has risen to 463", no killing in between)
                           rf"(?:[\s-]++[A-Za-z&,-]++){{0,4}}?:\s*+(?:(?!kill|strik|shot|bomb|shell)[A-Za-z]++\s++){{0,8}}?"
                           rf"(?:(?:at\s+least|more\s+than|about|over|some|nearly|almost|around)\s+)?"
                           rf"(?:\d|(?:{COUNT_WORDS})\b)(?![^.;]*?\bkill(?!\w*\s+(?:by|from)\s+{_HUNGER_WORDS}))", re.IGNORECASE)
# not past "more" or "others" ("has killed 28 children, with thousands more at risk of dying")
_AT_RISK_AFTER = re.compile(r"(?:(?!\b(?:killed|wounded|injured|included|leaving|left|and|more|others?)\b)[^.;\d]){0,40}?\bat\s+"
                            r"(?:imminent\s+|high\s+|serious\s+|grave\s+)?risk\s+of\s+(?:dying|death)\b", re.IGNORECASE)
_CHANGE_AFTER_COUNT = re.compile(r"\d\s*[-–—,(;]\s*(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE)
_NEED_CARE_ABROAD = re.compile(r"[^.;\d]*?\b(?:(?:treatment|care)\s+(?:abroad|outside)|(?:travel|leave|be\s+sent|be\s+transferred)"
                               r"\s+abroad|(?:medical\s+)?evacuation\s+(?:abroad|outside)|medical\s+evacuation|medevac)\b",
                               re.IGNORECASE)
_SENT_ABROAD = re.compile(r"[^.;]*?" + _SENT_ABROAD_WORDS, re.IGNORECASE)
# the verb that moves the patients counted right after it ("able to evacuate 41 patients", "WHO moves 18 more critical
# patients", "transferred 56 patients", "the evacuation of only 181 patients")
_MOVES_BEFORE = re.compile(r"\b(?:evacuat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|transferr?(?:ed|ing|s)?|took|takes|taking|relocat(?:e|es|ed|ing)"
                           r"|the\s+(?:evacuation|transfer|relocation)\s+of)\s+(?:only\s+|about\s+|some\s+|around\s+|roughly\s+"
                           r"|(?:more|fewer)\s+than\s+|over\s+|another\s+|a\s+further\s+|at\s+least\s+|its\s+|the\s+)?$", re.IGNORECASE)
# their verb after them, in their clause ("40 patients were moved to other wards", "25 critical patients moved to the Indonesian
# hospital", "are waiting for approval to leave the territory", "still need to travel")
# ("12,000 wounded and sick people, among them about 2,500 children, are waiting for permission to travel", "18,500
# patients, about 4,000 of them children, still need treatment outside the Strip")
_MOVED_AFTER = re.compile(r"(?:\s+(?!(?:were|was|are|is|remain\w*)\b)[\w'’-]+){0,5}?"
                          r"(?:,\s+(?:(?:including|among\s+them)\s(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}"
                          r"|(?:[^,;.]|(?<=\d)[,.](?=\d)){1,30}\s+of\s+(?:them|whom)\s+[\w-]+),)?,?"
                          r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|are\s+being|were\s+being)"
                          r"\s+(?:later\s+|then\s+|also\s+|safely\s+|urgently\s+)?(?:moved|transferred|relocated|evacuated|taken\s+(?:out|to))"
                          r"|moved\s+to|(?:are|were)\s+(?:still\s+)?(?:waiting|awaiting)\s+(?:for\s+(?:approval|permission)\s+)?to\s+(?:leave|travel)"
                          r"|(?:still\s+)?need(?:s|ed)?\s+to\s+(?:leave|travel|be\s+evacuated)"
                          r"|(?:still\s+)?need(?:s|ed)?\s+(?:medical\s+)?(?:treatment|care)\s+(?:outside|abroad))\b", re.IGNORECASE)
# a part by the state of its health, which only the wounded's parts count ("12 of them in serious condition")
_IN_CONDITION = re.compile(r"\s+(?:of\s+(?:them|whom)\s+)?(?:(?:are|is|were|was|remain|remained)\s+)?in\s+(?:a\s+)?"
                           r"(?:serious|critical|grave|stable|moderate|poor|dire|life-threatening)\b[^.;,]{0,20}?\bconditions?\b", re.IGNORECASE)
# "Of the 251 people taken hostage, 147 have been returned alive": of those taken, the ones freed
# ("148 hostages have returned alive": the noun may come between)
# ("Three hostages back in Israel after 511 days", "Three Israeli men held captive ... crossed back into Israel")
_RETURNED_ALIVE = re.compile(r"(?:\s+(?:[\w-]+\s+)?(?:hostages|captives)\b)?\s+(?:(?:have|had|has|were)\s+(?:since\s+)?(?:been\s+)?(?:released|freed|rescued|returned\s+alive"
                             r"|(?:come|came|returned)\s+home|brought\s+(?:home|back)\s+alive)|came\s+home|returned\s+home"
                             r"|(?:are\s+)?back\s+in\s+Israel|(?:are|were)\s+back\s+home|(?:[\w'’-]++\s++){0,12}?crossed\s+back\s+into\s+Israel"
                             r"|(?:[\w'’-]++\s++){0,12}?crossed\s+into\s+Israel\s+(?:[\w'’-]++\s++){0,4}?after\s+being\s+(?:released|freed|handed))\b",
                             re.IGNORECASE)
_HOSTAGES_REMAIN = re.compile(r"\s+(?:[\w-]+\s+)?(?:hostages|captives)\s+(?:remain|are\s+still)\b", re.IGNORECASE)
_STILL_ALIVE_AFTER = re.compile(r"\s+of\s+(?:the|them|those)\b[^.;\d]{0,30}?\b(?:(?:are|is|remain|remains)\s+(?:still\s+|believed\s+to\s+be\s+)?"
                                r"|were\s+still\s+)alive\b", re.IGNORECASE)
# ("Three more captives came home on Saturday")
_RELEASED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|since\s+|already\s+)?"
                             r"(?:released|freed|handed\s+(?:over|back)|returned|set\s+free)|(?<!to\s)(?<!will\s)(?<!\bhave\s)(?:came|returned)\s+home)\b",
                             re.IGNORECASE)
# "70 of those abducted on 7 October remain in Gaza": of those taken, the ones still held
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|all)\s+$", re.IGNORECASE)
_WHOLE_THEN_REMAIN = re.compile(r"\s+(?:hostages|captives|people\s+(?:taken|abducted|kidnapped))\s*,\s*(?:[\w-]+\s+){0,3}?"
                                r"(?:remain|remains|are\s+still|were\s+still)\s+(?:held\b|in\s+(?:Gaza|captivity)\b|captive\b)"
                                r"(?![^.;,]{0,30}\b(?:alive|living|dead)\b)",
                                re.IGNORECASE)  # (not "Of the 48 hostages, about 20 remain alive": the 48 are held)
_REMAIN_LATER = re.compile(r"\s+of\s+(?:those|the|them)\b[^.;,]{0,60}?\b(?:remain|remains|are\s+still|still\s+held)\b",
                           re.IGNORECASE)
# (and by what hurt them: "112 were caused by tear gas inhalation, 58 by live ammunition and 41 by rubber bullets")
_SPLIT_BY_AGENT = re.compile(r"\s+(?:by|from)\s+(?:Israeli\s+|the\s+)?(?:forces|troops|soldiers|settlers|army|police|fire|gunfire"
                             r"|strikes?|airstrikes?|shelling|drones?|live\s+(?:ammunition|fire|bullets)|rubber(?:-coated)?\s+(?:metal\s+)?"
                             r"(?:bullets|rounds)|tear[-\s]gas|shrapnel|stun\s+grenades)\b", re.IGNORECASE)
_SPLIT_AFTER_COUNT = re.compile(r"[^.;\d]*,\s*", re.IGNORECASE)
# "1,015 were killed in the vicinity of the distribution sites, and 573 along the routes of supply convoys", "12 by Israeli
# forces and two by Israeli settlers": the second count of a split, its verb left out
# (or after a colon: "at least 1,373 Palestinians killed while looking for food: 859 in the vicinity of GHF sites and 514 ...")
_SPLIT_JOINED = re.compile(r"[^.;\d]*(?:,\s*+(?:and\s++|while\s++)?|\sand\s++|:\s*+)(?:another\s++|a\s+further\s++)?", re.IGNORECASE)
_COUNTED_IN_LABEL = re.compile(rf"(?<![\d.:/-])(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[\w-]+\s+)?(?:Palestinians|people|children|women|persons"
                               r"|civilians|of\s+them)\b", re.IGNORECASE)
# ("nine more people were killed in two other strikes, one on a house and one on a tent": the strikes, split)
# a count with its own verb after its place is no elliptic part: "while 1.9 million in the Strip remain displaced", "while
# 250 near the sites were injured", "and 70 inside the school were evacuated"
_OWN_VERB_AFTER_SPLIT = re.compile(r"[^.;,:\d]*?\b(?:were|was|are|is|have|has|had|remain(?:s|ed)?|fac(?:e|es|ed|ing)|need(?:s|ed)?"
                                   r"|lack(?:s|ed)?|live|lived|fled|received|got)\b", re.IGNORECASE)
_OTHER_THINGS_SPLIT = re.compile(r"\b(?:strikes?|airstrikes?|attacks?|raids?|incidents?|shootings?|cases|houses|homes|tents|buildings"
                                 r"|vehicles|cars)\b", re.IGNORECASE)
_NOT_A_COUNT_AFTER_SPLIT = re.compile(r"\s+(?:in|at|on)\s+(?:the\s+)?(?:morning|evening|afternoon|night|day|week|month|year|hospital)s?\b",
                                      re.IGNORECASE)
# "17 of them in Gaza", "two in the occupied West Bank": a part of the count before, by place
PART_BY_PLACE_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom)\s+)?(?:(?:were|was)\s+)?(?:(?:killed|injured|wounded|held|detained)\s+)?"
                                 r"(?:in|at|near|inside)\s+(?:the\s+)?(?:occupied\s+)?(?-i:[A-Z])", re.IGNORECASE)
_IN_A_PLACE_OF_CUSTODY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prisons?|facilities|camps?|jails?|detention"
                                    r"|custody|cent(?:re|er)s?)\b", re.IGNORECASE)
_SPLIT_BY_PLACE = re.compile(r"\s+(?:along|near|in|at|on|inside|outside|around|across)\s+(?:the\s+)?(?-i:[A-Za-z])", re.IGNORECASE)
# (those "deported abroad under the deal" are released into exile; "411 of the returning detainees"; "three of whom were let
# go after questioning")
_RELEASED_OWN = re.compile(r"\s+(?:of\s+(?:whom|them)\s+)?(?:(?:were|was|(?:have|had|has)\s+(?:since\s+|later\s+|subsequently\s+)?been)\s+(?:later\s+|subsequently\s+"
                           r"|since\s+|being\s+)?(?:released|freed|let\s+go(?!\s+of\b)|deported(?=\s+(?:abroad|outside|into\s+exile|under\s+the\s+(?:deal|agreement)"
                           r"|to\s+(?:a\s+third\s+country|third\s+countries|Egypt|Turkey|Qatar|Tunisia|Algeria|Malaysia|Pakistan)\b)))\b"
                           r"|of\s+the\s+(?:returning|returned)\s+"
                           r"(?:detainees|prisoners)(?=\s+(?:had\s+|have\s+)?(?:arrived|reached)\b))", re.IGNORECASE)
# "42 patients in its intensive care unit", "6 of them were in intensive care"
_IN_ICU_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|these)\s+)?(?:patients\s+)?(?:were\s+|are\s+|remain\s+)?(?:still\s+)?"
                           # ("five of them in critical condition in our intensive care room")
                           r"(?:being\s+)?(?:treated\s+|cared\s+for\s+)?(?:in\s+(?:a\s+)?(?:critical|serious)\s+condition\s+)?in\s+"
                           # ("in a 22-bed intensive care unit", "in an improvised intensive care unit")
                           # (not "in the absence of intensive care beds", "in a hospital without intensive care": the care they lack)
                           r"(?:(?:the|its|their|an?|the\s+hospital(?:'s|’s))\s+)?(?:(?!(?:absence|lack|shortage|of|without)\b)[\w-]+\s+){0,2}?"
                           r"(?:ICU|intensive[-\s]care)\b", re.IGNORECASE)
# "Adult ICU: 14 patients", "In the intensive care unit there are 14 patients", "Intensive care units hold 87 patients"
_KILLED_JUST_BEFORE = re.compile(rf"\b(?:killed|killing|kills)\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_ICU_BEFORE = re.compile(r"\b(?:P?ICU|intensive[-\s]care(?:\s+units?)?)(?:,[^,.;\d]{0,40}(?:\d+[^,.;\d]{0,20})?,)?"
                         # ("at Al-Shifa", "of the four hospitals still receiving trauma cases in northern Gaza")
                         r"(?:\s+(?:at|of|in|across)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,3}"
                         r"|\s+(?:of|at|in|across)\s+the\s+[^.;:,\d]{0,80}?)?"
                         # ("Intensive care units are currently treating 96 patients", "the intensive care unit was taking in 30")
                         r"(?:\s*:\s*|\s+(?:there\s+)?(?:(?:are|were|is|was)\s+(?:currently\s+|now\s+|still\s+)?"
                         r"(?=treating|caring|holding|housing|taking\s+in|receiving|admitting))?(?:are|were|is|was"
                         r"|has|had|have|hold|holds|held|holding|treats?|treated|treating|houses?|housed|housing|(?:was\s+|is\s+)?caring\s+for"
                         r"|taking\s+in|took\s+in|takes\s+in|receiving|admitting)\s+"
                         r"(?:only\s+|currently\s+|now\s+)?"
                         r"(?:(?:about|some|at\s+least|more\s+than|nearly|over|around)\s+)?)$", re.IGNORECASE)
_STATES_A_PLAN_MAY_NAME = {"hostages_released", "hostages_held", "released_detainees", "detainees"}
# A release still to come: a modal governing a verb (or noun) of freeing, before the count ("Israel will free
# another 150 prisoners", "is considering early release for about 1,000") or after it ("14 more hostages are
# due to be released"). A modal of something else is no plan of release ("9,000 detainees who will face trials").
_PLAN = (r"\b(?:will|would|shall|(?:is|are)\s+to|(?:is|are)\s+(?:due|set|expected|scheduled|slated|planned)\s+to|due\s+to"
         r"|plans?\s+to|propos(?:es|ed|ing)|consider(?:s|ing|ed)?|agree(?:s|d)?\s+to|provides?\s+for)\b")
_RELEASE = r"\b(?:free[sd]?|freeing|releas(?:e|es|ed|ing)|hand(?:ed|ing)?\s+over|set\s+free|see)\b"
_PLANNED_BEFORE = re.compile(rf"{_PLAN}[^,;.]{{0,60}}?{_RELEASE}[^,;.]{{0,60}}$", re.IGNORECASE)
_PLANNED_AFTER = re.compile(rf"[^,;.\d]{{0,50}}?{_PLAN}\s+(?:\w+\s+){{0,2}}?{_RELEASE}", re.IGNORECASE)
_PLACE_NAME = r"(?:the\s+)?(?:occupied\s+|southern\s+|northern\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2}"
# ("from Gaza and the West Bank": both places)
# ("two refugees from Nur Shams camp", "men from the camp": a place's kind closes its name)
_PLACE_KIND = r"(?:\s+(?:refugee\s+)?(?:camp|village|town|city|district|governorate|neighbou?rhood|area))?"
_FROM_PLACE = re.compile(rf"\bfrom\s+(?:{_PLACE_NAME}{_PLACE_KIND}(?:\s+and\s+{_PLACE_NAME}{_PLACE_KIND})?"
                         r"|the\s+(?:refugee\s+)?(?:camp|village|town|city|area|neighbou?rhood)\b)", re.IGNORECASE)
# "745 people sheltering in UNRWA premises have been killed": where they stayed, no more of what is counted
_WHERE_THEY_STAYED = re.compile(r"\b(?:sheltering|living|staying|residing|seeking\s+refuge|taking\s+shelter|displaced)\s+"
                                r"(?:in|at|inside|under)\s+(?:[^\W\d]+\s+){0,5}?[^\W\d]+(?=\s+(?:have|had|has|were|was|are)\b)", re.IGNORECASE)
# "the number of Palestinians whose names are known who have died in Israeli prisons": which of them, no more of what is
# counted
_KIN_AFTER_ONE = re.compile(rf"[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?[\w-]+(?P<kin>[^\S\n]+and[^\S\n]+(?:his|her)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?"
                            rf"(?:{KIN}))(?=[^\S\n]+(?:were|have[^\S\n]+been|had[^\S\n]+been)\b)", re.IGNORECASE)
_NAMES_KNOWN = re.compile(r"\bwhose\s+(?:names|identities)\s+(?:are|were|have\s+been|had\s+been)\s+(?:known|published|confirmed"
                          r"|documented|verified)\b", re.IGNORECASE)
_PRISON_BEDS = re.compile(r"prison|\bIPS\b|inmates|detainees|\bcells?\b|jail", re.IGNORECASE)
_HOSPITAL = re.compile(r"hospital|medical|clinic|health", re.IGNORECASE)
# "11 members of the hospital staff", "52 of its staff and volunteers": the words before the noun counted
# "One Israeli member of the security forces", "brings to 231 the number of journalists and media workers killed"
_MEMBERS_OF = re.compile(r"\s+(?:[\w-]+\s+)?members?\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                         r"|\s+of\s+(?:its|their)\s+(?:own\s+)?(?=(?:staff|volunteers|employees|personnel|members|colleagues|medics|paramedics)\b)"
                         r"|\s+the\s+(?:total\s+|overall\s+)?number\s+of\s+",
                         re.IGNORECASE)
_OTHERS = re.compile(r"\s*others\b", re.IGNORECASE)
_OTHERS_OR_MORE = re.compile(r"\s*(?:others|more)\b", re.IGNORECASE)
# not inside a relative clause ("Three doctors who are among the health workers held were released")
_AMONG_THE = re.compile(r"(?:(?!\b(?:who|which|that)\b)[^.;\d]){0,120}?\b(?:were|are|was|is|(?:have|has|had)\s+been)\s+(?:also\s+)?"
                        r"among\s+(?:the|those)\s+",
                        re.IGNORECASE)
# "bringing the total since October 2023 to 97" (not "bringing the total death toll in Gaza to 44,000": everyone's)
_TOTAL_BROUGHT = re.compile(r"\b(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+)?"
                            r"(?:total|tally|count)\b(?!\s+(?:number\s+)?of)(?!\s+(?:death|casualty|killed|dead|deaths|toll|number)\b)",
                            re.IGNORECASE)
_TOTAL_BROUGHT_TO = re.compile(_TOTAL_BROUGHT.pattern + rf"(?:[^.;\d]|(?<=\s)\d{{4}}(?=\s))"  # ("since October 2023")
                               rf"{{0,60}}?\s(?:to|past|above|beyond|over)\s+{OPTIONAL_QUALIFIER}$",
                               re.IGNORECASE)
# "Of the 101 hostages still in Gaza, at least 35 ...": a clause headed by the hostages (not "Relatives of the hostages
# rallied as strikes killed 45 Palestinians")
_OF_THE_HOSTAGES = re.compile(r"^\W*(?:of|among)\s+(?:the|these|those)\s+(?:[\d,]+\s+|remaining\s+)?(?:[\w-]+\s+)?hostages\b"
                              r"(?:(?!\b(?:while|meanwhile|as|but)\b)[^;.]){0,80}$", re.IGNORECASE)
# a whole named by its group alone, and the part after it ("Of the 355 children, 94 ...")
_OF_A_GROUP = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+(?P<whole>\d[\d,]*)\s+(?:[^\W\d]+\s+)?"
                         r"(?:children|minors|women|girls|boys|journalists|students),\s*(?:some\s+|about\s+|around\s+|at\s+least\s+)?",
                         re.IGNORECASE)
_QUALIFIER_GAP = re.compile(rf"\s*{OPTIONAL_QUALIFIER}", re.IGNORECASE)
_OF_THE_GROUP = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+(?P<group>children|minors|women|girls|boys|journalists)\b"
                           r"[^,.;\d]{0,60}(?:\d{4}[^,.;\d]{0,20})?,", re.IGNORECASE)
# "99 members of the Civil Defence have been killed while on duty and 319 injured", "178 health and emergency workers had
# now been killed in Lebanon since October last year and 279 injured": still one pair
_PAIR_WORDS = 16
# "163 health workers killed, 272 injured" (not "14 women were killed in Rafah on Sunday, 62 injured in Khan Younis")
_COMMA_PAIR_WORDS = 5
_AND_IN_PAIR = re.compile(r"\sand\s", re.IGNORECASE)
_WERE_BEFORE_HURT = re.compile(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?", re.IGNORECASE)
_NONE_FULLY = re.compile(r"\bnone\s+(?:of\s+them\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:fully\b|(?:at|with|offering|providing)\s+full\s+"
                         r"(?:capacity|services)\b)"
                         # ("all of them partially", "and all of them are partially functioning", "all of them on a partial basis")
                         r"|\b(?:all|each|every\s+one)\s+(?:of\s+them\s+)?(?:are\s+|were\s+|is\s+|was\s+)?(?:only\s+)?"
                         r"(?:partially\b|on\s+a\s+partial\s+basis\b)"
                         r"(?!\s+(?:or|and)\b|\s+(?:destroyed|damaged|closed|collapsed))",  # not "all partially or fully destroyed"
                         re.IGNORECASE)
_WARD = re.compile(r"\b(?:ward|hospital|clinic|ICU|intensive\s+care|emergency\s+department|field\s+hospital)s?\b", re.IGNORECASE)
_HOLDING_BEFORE = re.compile(r"\bholding\s+" + OPTIONAL_QUALIFIER + "$", re.IGNORECASE)
_HELD_WORDS = re.compile(DETENTION_CONTEXT, re.IGNORECASE)
# (and who heard them: "41 former detainees whose testimonies we took", "73 detainees interviewed by the Committee")
_ABUSED_COUNTED = re.compile(r"\s*(?:[-—–,]\s*)?(?:\(\s*\d+\s*(?:%|per\s?cent)\s*\)\s*)?(?:(?:of\s+(?:them|whom|those|the\s+\w+)|former|other|more|released|Palestinian"
                             r"|detainees|prisoners|inmates|people|persons|men|women|children|minors|boys|girls|interviewees"
                             r"|respondents|witnesses|who|had|have|also|later|were|visited|met"
                             # who heard them: "41 former detainees whose testimonies we took", "73 interviewed by the Committee"
                             r"|(?:interviewed|questioned|surveyed|met|visited|seen)(?:\s+by\s+(?:the\s+|our\s+|a\s+|its\s+)?[\w-]+)?"
                             # "58 of the 61 people we interviewed", "those the lawyer met"
                             r"|(?:we|I|they|it|the\s+[\w-]+|our\s+[\w-]+)\s+(?:had\s+|have\s+)?(?:interviewed|met|questioned|visited|surveyed)"
                             r"|whose\s+testimon(?:y|ies)\s+(?:we|it|the\s+\w+)\s+(?:took|collected|gathered|recorded)"
                             # where they are held: "Nine detainees in the Negev told the lawyers" (not "from": "(A.H.), 34, from
                             # Beit Ummar, told the lawyer", an age)
                             r"|(?:held\s+)?(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:prison|camp))?)"
                             r"\s*[-—–,]?\s*)*",
                             re.IGNORECASE)
# "holding roughly 4,700 people beyond its capacity": the excess over the room, not the people held
_BEYOND_CAPACITY = re.compile(r"\s+(?:people\s+|persons\s+|more\s+)?(?:beyond|above|over|in\s+excess\s+of)\s+(?:its|their|the)\s+"
                              r"(?:official\s+)?capacity\b(?!\s+of\s+\d)", re.IGNORECASE)
# "have died in IPS custody, and another 40 or so in military detention": more of the same deaths
_REARRESTED_BEFORE = re.compile(r"\b(?:re-?arrest\w*|re-?detain\w*|arrested|detained)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_RE_ARRESTED = re.compile(r"\bre-?(?:arrest|detain)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)  # ("have re-arrested 64 prisoners")
_ONLY_WHERE = re.compile(r"\s*(?:or\s+so\s+|more\s+)?in\s", re.IGNORECASE)  # "another 40 or so in military detention"
_ANOTHER_BEFORE = re.compile(r"\b(?:and|while)\s+(?:another|a\s+further)\s+$", re.IGNORECASE)
_ARE_AVAILABLE_AFTER = re.compile(r"\s+(?:(?:hospital\s+)?beds\s+)?(?:are|were|is|was|remain(?:s|ed)?)\s+(?:currently\s+|now\s+|still\s+|only\s+)?"
                                  r"(?:available|free|vacant|unoccupied)\b", re.IGNORECASE)
# ("(19) sick prisoners", "19 sick and wounded prisoners")
# ("36 of the freed Gaza detainees had needed hospital treatment", "six detainees who needed hospital treatment", "19 of the
# returning detainees admitted to hospital", "286 security prisoners in isolation")
_WHAT_BEFELL_SOME_OF_THE_HELD_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|those|them)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:security|administrative|Palestinian|sick|female|male|child|minor)\s+)?"
    r"(?:(?:prisoners|detainees|inmates)\s+)?(?:who\s+)?"
    r"(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been|had)\s+)?(?:(?:being|now|still)\s+)?"
    r"(?:treated\s+for|waiting\s+to\s+be\s+(?:admitted|seen|treated|examined)|referred\s+(?:for|to)|(?:(?:held|placed|kept)\s+)?in(?:to)?\s+"
    r"(?:isolation|solitary)|infected\s+with|hospitali[sz]ed\b|taken\s+to\s+hospital|needed\s+(?:hospital\s+)?treatment"
    r"|admitted\s+to\s+(?:a\s+|the\s+)?hospital|seen\s+(?:at|by|in)\b|screened\b|on\s+(?:a|the)\s+waiting\s+list"
    r"|(?:sent|taken|transferred|referred|rushed)\s+to\s+(?:(?:a|the|Israeli|civilian|outside|\w+'s)\s+)*hospitals?\b)"
    r"|\s+(?:suicide\s+attempts|attempted\s+suicides?)\b", re.IGNORECASE)
_WHAT_BEFELL_SOME_OF_THE_HELD_BEFORE = re.compile(
    r"(?:prisoners|detainees|inmates)\s+(?:met|visited|interviewed|examined)\s+by\b[^:\n]{0,40}:\s*$"
    # a service done to some of the held, no count of those held: "lawyers carried out visits to 46 prisoners",
    # "represented 587 detainees before the military courts", "followed the cases of 327 prisoners", "its dentists saw
    # 3,412 prisoners", "was providing dialysis to 21 prisoners", "had referred 23 security prisoners" (not "barred the
    # ICRC from visiting 10,000 Palestinians held in its prisons": those held, whom no one visits)
    r"|\b(?<!\bfrom\s)(?<!\bno\s)(?<!\bnot\s)(?:visits?\s+to|visit(?:ed|ing)|meeting|met\s+(?:with\s+)?|represent(?:ed|ing|s)?|(?:followed|following)\s+the\s+cases\s+of"
    r"|referred|(?:was\s+|is\s+)?treating|(?:dentists?|doctors?|lawyers?)\s+saw|fitted|providing\s+[\w-]+\s+to)"
    r"\s+(?:(?:some|about|around|roughly|nearly|almost|at\s+least|more\s+than|over|only)\s+)?$", re.IGNORECASE)
_SICK_AFTER = re.compile(r"\)?\s+(?:[\w-]+\s+)?(?:sick|ill|wounded|injured|disabled)(?:\s+(?:and|or)\s+(?:sick|ill|wounded|injured|disabled))?"
                         r"\s+(?:prisoners|detainees|inmates)\b", re.IGNORECASE)
_ORDINAL_SURFACE = re.compile(r"\d{1,4}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth",
                              re.IGNORECASE)
# ("Nine field hospitals are operating, four of them with reduced services": partly)
_HOW_MUCH_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(fully|partially|partly|minimally"
                             r"|(?:with|at|offering|providing)\s+(?:only\s+)?(?:reduced|limited)\s+(?:services|capacity))"
                             r"(?=\s*(?:[,.;)]|$|and\b|because\b|due\b|for\b|owing\b))", re.IGNORECASE)
_STATE_OF_HOW_MUCH = {"fully": "hospitals_functioning", "partially": "hospitals_partially_functioning",
                      "partly": "hospitals_partially_functioning", "minimally": "hospitals_minimally_functioning"}
_OF_THE_N_OPENING = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+[\d,]+\s+[^,;:.]{1,40}?,", re.IGNORECASE)
_ARE_A_GROUP_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+(?:children|minors|women|girls|boys)\b", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\band\b", re.IGNORECASE)
_OF_THEM_IN_A_REGIME = re.compile(r"\s+of\s+(?:them|whom)\s+(?:are\s+|were\s+)?(?:held\s+)?(?:in|under)\s+(?:administrative\s+detention"
                                  r"|the\s+unlawful\s+combatants)", re.IGNORECASE)
# (not past another subject: "Its intensive care unit was shelled ... and the hospital now has 140 patients")
_ICU_SUBJECT_BEFORE = re.compile(r"\b(?:ICU|intensive[-\s]care\s+(?:unit|ward|department|section))\b"
                                 r"(?:(?!\b(?:and\s+(?:the|its|it)|while|but|hospital|complex)\b)[^.;:]){0,60}?\b(?:was\s+|is\s+|were\s+"
                                 r"|are\s+)?(?:treating|treats|caring\s+for|cares\s+for|holding|holds|housing|houses|held|had|has)\s+(?:about\s+|some\s+|more\s+than\s+"
                                 r"|over\s+|nearly\s+)?$", re.IGNORECASE)
_IN_ONE_ROOM_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were|are|was|is|had\s+been|have\s+been)\s+(?:held|crammed|kept|packed"
                                r"|detained|locked|squeezed)\s+(?:together\s+)?(?:in|into)\s+(?:a|one|the\s+same|a\s+single)\s+"
                                r"(?:[\w-]+\s+)?(?:cells?|rooms?|tents?|cages?)(?![\w-])", re.IGNORECASE)
_ONE_ROOMS_MOST = 60  # (not "600 detainees were kept in a cage-like enclosure at the base": all held there)
_SAMPLED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|inmates|people|Palestinians|men|women|children|minors"
                            r"|witnesses)\s+(?:(?:we|it|they|PHRI|lawyers|the\s+\w+)\s+)?(?:interviewed|visited|met|surveyed|examined)\b"
                            # (not "119 of the detainees interviewed said they had been beaten", "Nine of the detainees
                            # visited were minors, and seven of them told lawyers ...": what the part reports, who they were)
                            r"(?=\s*(?:[:;,.)]|$)|\s+(?:by|in|at|during|between|since|from|this|last|over)\b)",
                            re.IGNORECASE)
_DAMAGED_AFTER = re.compile(r"\s+(?:others?\s+|more\s+)?(?:have\s+been|has\s+been|had\s+been|were|was)\s+(?:\w+ly\s+)?"
                            r"(?:damaged|hit|struck|shelled|attacked|targeted|bombed|raided|stormed)\b", re.IGNORECASE)
_DISPLACED_PEOPLE = re.compile(r"displaced\s+(?:people|persons|Palestinians|civilians|families)\b", re.IGNORECASE)
_PLACES_AFTER = re.compile(r"\s+(?:places|spaces|beds|berths)\b", re.IGNORECASE)
# What the held counted are ill with, in their own clause (no digit, no clause break before it): "38 prisoners with
# cancer", "Forty-five prisoners have chronic illnesses", "at least 140 prisoners in Megiddo suffer from scabies", "24 of
# them diagnosed with cancer", "of whom 214 were defined as chronically ill"
_ILLNESS = r"(?:(?:chronic|serious|skin|kidney|heart|infectious)\s+)?(?:illness(?:es)?|diseases?|conditions|scabies|cancer|injur(?:y|ies)|wounds|diabetes|ailments|infections|paralysis|disabilit(?:y|ies))"
# A summary line of testimonies: a label naming what was done to them, its count after the colon ("Beaten by guards or
# soldiers: 63 (88%)", "- Held in stress positions for long periods: 49", "Denied medical treatment or medication: 41")
_ABUSE_FINDING_LABEL = re.compile(
    r"[ \t]*(?:[-–•*▪]\s*)?(?P<what>(?:beaten|tortured|kicked|slapped|shackled|blindfolded|starved|humiliated|strip[-\s]searched"
    r"|sexually\s+(?:abused|assaulted|harassed)|subjected\s+to|(?:held|kept|forced)\s+(?:\w+\s+){0,2}?in(?:to)?\s+stress\s+positions"
    r"|(?:attacked|threatened)(?:\s+or\s+(?:attacked|threatened))?\s+(?:with|by)\s+dogs|(?:denied|deprived\s+of)\s+(?:access\s+to\s+)?"
    r"(?:medical|treatment|medication|medicine|food|water|sleep|family\s+visits|lawyers?)|given\s+(?:too\s+little|insufficient|no)\s+"
    r"(?:food|water))\b)[^:\n\d]{0,70}:[^\S\n]*(?=\d)", re.IGNORECASE)
# (not past another subject: "10,000 Palestinians in prisons where hundreds have scabies")
_ILL_AFTER = re.compile(r"(?:(?!\b(?:where|which|whom|hundreds|dozens|thousands|many|some|most)\b)[^\d.;:,()]){0,70}?\b"
                        r"(?:(?:suffer|suffers|suffered|suffering)\s+from\s+(?:[\w-]+\s+){0,2}?" + _ILLNESS
                        # ("at least 400 prisoners in the facility had skin diseases")
                        + r"|(?:have|has|had)\s+(?:(?:serious|chronic|severe|skin|kidney|heart|infectious)\s+)?(?:illness(?:es)?|diseases|medical\s+conditions|scabies)"
                        + r"|diagnosed\s+with|(?:chronically|seriously|critically|terminally)\s+ill\b|under\s+medical\s+follow-up"
                        # ("more than 1,200 prisoners in Israeli prisons are sick or wounded", "some 200 who need regular
                        # medication")
                        + r"|(?:are|were|is)\s+(?:(?:chronically|seriously|critically)\s+)?(?:sick|ill)(?:\s+or\s+(?:wounded|injured))?"
                        + r"|who\s+(?:need|needs|require|requires)\s+(?:regular\s+|daily\s+|constant\s+)?(?:medication|medicines|treatment)"
                        + r"|with\s+(?:cancer|disabilit(?:y|ies)|(?:(?:chronic|serious|severe|terminal|incurable|medical)\s+)?(?:illness(?:es)?"
                        + r"|diseases?)|(?:chronic|serious|severe|medical)\s+(?:conditions?|ailments)))\b", re.IGNORECASE)
_SICK_BEFORE = re.compile(r"\b(?:sick|ill|wounded|disabled)\s+(?:prisoners|detainees|inmates)\b(?:[^.;,\d]{0,60}|,\s*(?:at\s+least|about|some)\s+)$",
                          re.IGNORECASE)  # "the number of sick prisoners has risen to", "Of the 1,200 sick prisoners, at least 300"
_THOSE_HELD_CUE = re.compile(r"among\s+(?:those|the\s+people|the\s+Palestinians)\s+\w+(?:\s+held)?", re.IGNORECASE)
_ITS_CUSTODY = re.compile(r"in\s+(?:its|their)\s+custody", re.IGNORECASE)
_AMONG_STILL_HELD = re.compile(r"among\s+(?:those|the\s+people|the\s+Palestinians)\s+still\s+held", re.IGNORECASE)
_THOSE_BEFORE = re.compile(r"\bthose\s+(?:currently\s+|now\s+)?$", re.IGNORECASE)
_KIN_AMONG_THOSE_HELD = re.compile(r"\s+(?:of\s+(?:my|his|her|their|our)\s+)?(?:sons?|daughters?|brothers?|sisters?|cousins?|relatives"
                                   r"|nephews?|grandsons?|uncles?|family\s+members)\b[^.;\d]{0,30}?\bamong\s+those\b", re.IGNORECASE)
_WITHOUT_BEDS_AFTER = re.compile(r"[^.;,\d]{0,40}?\b(?:sleep(?:ing|s)?\s+on\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?floors?\b"
                                 r"|without\s+(?:a\s+)?(?:beds?|mattress(?:es)?)\b)", re.IGNORECASE)
# "killed four health workers and injured 11": the second count leaves out the noun of the first (but "and injured 30
# others" are other people, see test_others_and_a_verb_that_ends_the_parts)
# ("killed 163 health and rescue workers and wounded 279 more": up to four words of its noun)
# ("killed seven paramedics and wounded another four", "killed 364 health workers and arrested 269 others")
_ACTIVE_PAIR = re.compile(rf"\s+(?:[^\W\d_]+\s+){{1,4}}?and\s+(?:injured|injuring|wounded|wounding|maimed|maiming|arrested|arresting"
                          rf"|detained|detaining)\s+(?:another\s+)?{OPTIONAL_QUALIFIER}", re.IGNORECASE)
_PAIRS_NOUN_LEFT_OUT = re.compile(r"(?:\s+more)?(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|during|when|after|near|while|since)\b)"
                                  r"|\s+more(?=\s+(?:in|on|at|during|when|after|near|while|since)\b)", re.IGNORECASE)
# "and wounded 279 others": others of the trade just counted (not of an age or sex: "killed five children and wounded 30
# others")
_OTHERS_OF_A_TRADE_AFTER = re.compile(r"\s+others(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|during|when|after|near|while|since)\b)",
                                      re.IGNORECASE)
# a part of a count of hospitals in a state, by where they are ("eight in Gaza City", "nine of them in the south")
_STATE_PART_IN_A_PLACE = re.compile(r"\s+(?:of\s+(?:them|those|these)\s+)?(?:(?:are|were|is|was|remain|remained)\s+)?"
                                    r"(?:located\s+)?(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:north|south|middle|cent|east|west))",
                                    re.IGNORECASE)
_PLACE_BEFORE_COUNT = re.compile(r"(?:[(,:]|\band)\s*(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s*[–-]?\s*$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*+(?:[,;)]|\band\b|\.?\s*+$)", re.IGNORECASE)
_STATE_OF_THE_HOSPITALS = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:\d+\s+)?[^.;,\d]{0,30}?\b(?:hospitals|facilities)\b",
                                     re.IGNORECASE)
_OF_THE_STATE_HOSPITALS = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+[^.;,\d]{0,30}?\b(?:hospitals|facilities)\s*,",
                                     re.IGNORECASE)
_PART_HELD_IN = re.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:were|are|was|is)\s+)?(?:(?:held|detained|kept)\s+)?(?:in|under)\s+",
                           re.IGNORECASE)
_HELD_IN = re.compile(r"\s*(?:were|are|was|is|remain|remained)\s+(?:still\s+)?(?:being\s+)?(?:held|detained|kept)\s+(?:in|under|as)\s+",
                      re.IGNORECASE)
_DEATHS_WERE_BODIES_AFTER = re.compile(r"\s+of\s+(?:the|these|them|those)\s+(?:[\w-]+\s+)?(?:deaths|dead|martyrs|fatalities)\s+"
                                       r"(?:were|are|was)\s+(?:bodies\s+)?(?:recovered|retrieved|pulled\s+out)\b", re.IGNORECASE)
# "the remains of 317 people had been recovered from under the rubble"
_WERE_RECOVERED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|had|have|has)\s+(?:also\s+|since\s+|now\s+|already\s+)?(?:been\s+)?"
                             r"(?:recovered|retrieved|pulled\s+out|exhumed)\b",
                             re.IGNORECASE)
# "21 paramedics have been among the dead, and ... 1,900 wounded": the count before is the part, nothing after it
_IS_AMONG = re.compile(r"\b(?:were|are|was|is|been)\s+(?:also\s+)?$", re.IGNORECASE)
# "(1,670) martyrs from the medical staff", "among aid seekers": the group is the people the phrase names
# "632 deaths and 781 injuries among health workers and patients": everyone's, no group's
_WHO_VERIFIED_ATTACKS = re.compile(rf"\bWHO\s+(?:has\s+|had\s+|also\s+)?(?:verified|recorded|documented|confirmed)\s+(?:a\s+further\s+"
                                   rf"|another\s+)?{OPTIONAL_QUALIFIER}(?:\d[\d,]*|(?:{COUNT_WORDS})\b)\s+(?:new\s+|more\s+|further\s+)?"
                                   rf"(?P<noun>attacks)\b")
# soldiers named as those who did it, not those counted: "in 9 further cases it is unclear whether soldiers or settlers were
# responsible"
SOLDIERS_AS_AGENTS = re.compile(r"\b(?:whether|by|from)\s+(?:either\s+)?(?:settlers\s+or\s+)?(?:Israeli\s+)?(?:soldiers|troops|forces)\b"
                                # "in four cases it could not be determined whether the perpetrators were soldiers or settlers"
                                r"|\bwhether\s+(?:the\s+)?(?:perpetrators|attackers|assailants|shooters|killers|those\s+responsible)"
                                r"\s+were\s+(?:Israeli\s+)?(?:soldiers|troops|forces)\b"
                                r"|\b(?:soldiers|troops)\s+or\s+settlers\b",
                                re.IGNORECASE)
_STAFF_NOUN_AFTER = re.compile(r"\s+(?:medical\s+|hospital\s+|health\s+)?(?:staff|health\s+workers|doctors|nurses|personnel|employees"
                               r"|medics|workers)\b"
                               # (nor those sheltering there: "600 patients remain, along with about 1,500 displaced people")
                               r"|\s+(?:internally\s+)?displaced\b", re.IGNORECASE)
_OF_THEIR_COLLEAGUES = re.compile(r"\s+of\s+(?:his|her|their)\s+colleagues\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)
_ARMED_GROUP_SPEAKS = re.compile(r"\b(?:Hezbollah|Hamas|Islamic\s+Jihad|al-Qassam\s+Brigades|Qassam\s+Brigades|al-Quds\s+Brigades)\s+"
                                 r"(?:(?:later|also|has|had|on\s+\w+)\s+)*(?:mourned|announced\s+the\s+deaths?\s+of|said|says|named|eulogi[sz]ed)\s+"
                                 r"(?:that\s+)?$", re.IGNORECASE)
_DISPLACED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:forced\s+(?:from|out\s+of)|displaced"
                              r"|driven\s+(?:from|out)|expelled|uprooted|evicted|made\s+homeless)\b", re.IGNORECASE)
_SHARE_OF_THEM = re.compile(r"(?:\s*+(?:%|per\s?cent))?\s++of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
_WHAT_WAS_HIT_AFTER = re.compile(r"\s+(?:(?!(?:on|at|in|against|targeting|affecting)\b)[\w-]+\s+)?(?:hospitals?|facilities|clinics|centres|centers|ambulances|health\s+(?:centres|centers))\b",
                                 re.IGNORECASE)
_STILL_HELD_BETWEEN = re.compile(r"\b(?:remain(?:s|ed|ing)?|still|holds|holding|keeps|keeping|continues?\s+to\s+(?:hold|keep)|behind\s+bars|re-?arrest\w*)\b",
                                 re.IGNORECASE)
_A_SAMPLE_BEFORE = re.compile(r"\b(?:testimon(?:y|ies)|interview\w*|surveyed|accounts\s+(?:of|from))\b", re.IGNORECASE)
_DIED_WHILE_WAITING = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?died\s+while\s+waiting\b", re.IGNORECASE)
_IN_CASES_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:(?:remaining|other|last)\s+)?$", re.IGNORECASE)
_CASES_UNCLEAR_AFTER = re.compile(r"\s+(?:(?:further|other|more|remaining)\s+)?cases\b[^.;\d]{0,60}?\b(?:unclear|unknown|not\s+(?:clear|known)"
                                  r"|(?:could|can)\s*(?:not|n[’']t)\s+(?:be\s+)?(?:establish|determin|verif|identif)\w*)", re.IGNORECASE)
_AND_ANOTHER_SHARE = re.compile(r"\s+hospitals\s+and\s+\d[\d,]*\s+of\s+(?:its|their|the|Gaza(?:'s|’s))\s+\d[\d,]*\s+"
                                r"(?:[\w-]+\s+){1,4}?(?=(?:have|has|are|were|had)\b)", re.IGNORECASE)
_WOUNDED_IN_ICU_AFTER = re.compile(r"\s+of\s+the\s+(?:wounded|injured)\s+(?:are|were|remain)\s+(?:still\s+|currently\s+|now\s+)?in\s+"
                                   r"(?:the\s+)?(?:intensive[-\s]care|ICUs?\b)", re.IGNORECASE)
_DEATHS_AMONG_WAITING = re.compile(r"\s+deaths\s+among\s+(?:[\w-]+\s+){0,2}?patients\s+" + _WAITING, re.IGNORECASE)
_CASUALTIES_BEFORE = re.compile(r"\bcasualties\b[^.;\d]{0,60}$", re.IGNORECASE)
_BODIES_WORD = re.compile(r"\b(?:bodies|remains)\b", re.IGNORECASE)
_OF_THE_N_WHOLE = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+)?\d[\d,]*\s",
                             re.IGNORECASE)
_STILL_HELD_AFTER = re.compile(r"[^.;,\d]{0,40}?\b(?:remain(?:s|ed)?|still|are\s+(?:being\s+)?held|continue)\b", re.IGNORECASE)
_RELEASED_KIND_AFTER = re.compile(r"\s+(?:others\s+)?(?:(?:were|are)\s+)?(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|people|residents"
                                  r"|Palestinians|Gazans|minors|women|children|serving|held|detained)\b", re.IGNORECASE)
_AND_OTHER_PEOPLE = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(?:patients|civilians|residents|people|others|companions|(?:their\s+)?families)\b",
                               re.IGNORECASE)
_GROUP_AFTER_NOUN = re.compile(r"[\s)]*(?:martyrs|killed|dead|deaths|victims|injured|wounded|casualties)\s+(?:from|among)\s+(?:the\s+)?"
                               r"(?P<who>(?:[\w-]+\s+){0,3}?(?:staff|crews?|workers|personnel|seekers|teams?|journalists|medics"
                               r"|paramedics|doctors|nurses|volunteers|members|children|women))\b(?!" + _AND_OTHER_PEOPLE.pattern + ")",
                               re.IGNORECASE)
# "every hour", "each day", "100 a day" (not "in a single day", "a day after the ceasefire collapsed", "in a week of")
# ("one child killed every two days", "every few hours")
_RATE_AFTER = re.compile(r"[^.;,\d]{0,50}?(?:\b(?:every|each|per)\s+(?:single\s+)?(?:hour|day|week|month|minute)\b"
                         r"|\bevery\s+(?:two|three|four|five|six|ten|few|other|couple\s+of)\s+(?:hours|days|weeks|months|minutes|day|week)\b"
                         r"|(?<!\bin\s)\ba\s+(?:day|week|month|hour)\b(?!\s+(?:after|before|ago|of|earlier|later)\b))", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"\b(?:on\s+average,?|an\s+average\s+of|average\s+of)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$",
                             re.IGNORECASE)
_CLASSIFIED_AS_COMBATANTS = re.compile(r"[^.;\d]{0,60}?\b(?:as|under\s+the(?:\s+(?:category|classification|heading)\s+of)?)\s+[\"“'‘]?"
                                       r"unlawful\s+combatants?\b", re.IGNORECASE)
# what befell those a count of the missing names, in up to two words and a passive: "2 retrieved from under the rubble",
# "4 people were pulled alive from ..."
_WHAT_BEFELL = r"(?:\s+[^\W\d_]+){0,2}?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
# ("Number of martyrs: 69 (including 3 recovered)": a bulletin's bracketed part, the bodies recovered among the dead)
_RETRIEVED_FROM = re.compile(rf"{_WHAT_BEFELL}(?:retrieved|recovered|pulled(?!\s+(?:out\s+)?alive)|extracted|removed|exhumed)"
                             r"(?:\s+(?:out\s+)?from\b|(?<=recovered)\s*\)|(?<=retrieved)\s*\))", re.IGNORECASE)
_RESCUED_ALIVE = re.compile(rf"{_WHAT_BEFELL}(?:pulled\s+|rescued\s+|dug\s+|brought\s+)?(?:out\s+)?alive\b", re.IGNORECASE)
# "continue to withhold the bodies of 88 martyrs", "withholding the bodies of 83 of the prisoners who died": bodies
# kept, counted by who keeps them (no toll, and none of the period the sentence names)
_WITHHELD_BEFORE = re.compile(r"\b(?:withh[oe]ld(?:s|ing)?|hold(?:s|ing)?|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?)\s+(?:the\s+)?"
                              rf"(?:bodies|remains|corpses)\s+of\s+{OPTIONAL_QUALIFIER}$"
                              # "brings the number of withheld prisoners' bodies to 100"
                              rf"|\bwithheld\s+(?:[\w'’]+\s+){{0,2}}?(?:bodies|remains|corpses)\s+(?:to|at|is|was|reached|stands\s+at)\s+"
                              rf"{OPTIONAL_QUALIFIER}$"
                              # "the total number of prisoners whose bodies it holds has reached 85"
                              rf"|\bwhose\s+(?:bodies|remains)\s+(?:it|Israel|the\s+occupation|they)\s+(?:still\s+)?(?:holds?|withholds?|keeps?"
                              rf"|is\s+(?:holding|withholding|keeping))\s+(?:has\s+|have\s+)?(?:reached|risen\s+to|rose\s+to|stands\s+at"
                              rf"|is|to)\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_BODIES_OF_BEFORE = re.compile(rf"\b(?:bodies|remains|corpses)\s+of\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
# ("... are still withheld", "have not been returned"; not "were kept in the hospital's refrigerators")
_WITHHELD_AFTER = re.compile(r"[^.;\d]{0,50}?\b(?:(?:are|is|were|remain|remained|have|has|had)\s+(?:still\s+)?(?:been\s+)?withheld\b"
                             r"|(?:remain|remains|remained|are\s+still|is\s+still|were\s+still)\s+(?:held|kept|retained)\s+by\b"
                             r"|(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:returned|handed\s+(?:over|back)|released))", re.IGNORECASE)
_WITHHELD_LABEL = re.compile(r"\b(?:bodies|remains)\b.*\b(?:withheld|held|kept|not\s+(?:yet\s+)?returned)\b", re.IGNORECASE)
_HANDED_OVER_BEFORE = re.compile(r"\b(?:handover|hand(?:s|ed|ing)?\s+over|return(?:s|ed|ing)?|transfer(?:s|red)?|release[sd]?)"
                                 r"\s+(?:of\s+)?(?:the\s+)?(?:bodies|remains)\s+of\s+(?:another\s+)?$"
                                 r"|\b(?:handover|return|transfer|release)\s+of\s+(?:another\s+)?$", re.IGNORECASE)
_RETURNED_BEFORE = re.compile(r"\b(?:returns?|returned|hands?\s+over|handed\s+over|hands?\s+back|handed\s+back|transfers?|transferred"
                              r"|releases?|released)\s+(?:the\s+)?(?:another\s+)?$",
                              re.IGNORECASE)
# Bodies handed back in an exchange are no toll: "received 195 bodies from Israel", "the bodies of 15 Palestinians today
# through the International Committee of the Red Cross", "97 of the returned bodies", "bringing to 15 the number of
# bodies returned", "the bodies of 15 Palestinians released by the occupation"
_EXCHANGE_ROUTE = (r"(?:from\s+Israel\b|(?:through|via)\s+the\s+(?:International\s+Committee\s+of\s+the\s+Red\s+Cross|ICRC|Red\s+Cross)"
                   r"|(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:returned|released|handed\s+(?:over|back))\b)")
_EXCHANGED_BODIES_AFTER = re.compile(
    r"\s+(?:of\s+the\s+(?:returned|released)\s+bodies\b|(?:more\s+|other\s+)?bodies\s+(?:of\s+[^.;,\d]{0,40}?\s+)?" + _EXCHANGE_ROUTE
    + r"|the\s+number\s+of\s+(?:[\w'’]+\s+)?bodies\s+(?:returned|released|handed\s+(?:over|back))\b)", re.IGNORECASE)
# (after "the bodies of": "15 Palestinians today through the ICRC", "15 unidentified Palestinians released by the occupation")
_EXCHANGED_OF_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:today|yesterday|on\s+\w+|overnight)\s+)?" + _EXCHANGE_ROUTE,
                                 re.IGNORECASE)
# "the total number of bodies returned under the agreement to 360", "the number returned under the agreement to 345", "Of
# the bodies returned, 24 were Israelis", "required to return all 28 bodies"
_BODIES_RECEIVED_TO = re.compile(r"\bbodies\s+(?:received|handed\s+(?:over|back)|returned|released)\s+(?:so\s+far\s+)?"
                                 r"(?:to|at|is|was|stands\s+at|has\s+reached|reached)\s+$", re.IGNORECASE)
_HANDED_BACK = re.compile(r"\bRed\s+Cross\b|\bICRC\b|\breleased\s+by\b|\bhanded\s+(?:over|back)\b|\bexchange\b", re.IGNORECASE)
_EXCHANGED_BODIES_BEFORE = re.compile(r"\b(?:bodies\s+(?:returned|released|handed\s+(?:over|back))|number\s+returned"
                                      # ("bringing the number of bodies received since the exchange began to 210")
                                      r"|bodies\s+received\s+(?:since\s+the\s+(?:exchange|handover|deal|agreement)|through|via|from\s+Israel))"
                                      r"\b[^.;\d]{0,50}$",
                                      re.IGNORECASE)
_RETURN_ALL_BEFORE = re.compile(r"\breturn(?:ed|ing)?\s+(?:all|the)\s+$", re.IGNORECASE)
# "61,130 had been fully identified", "65,870 of the dead have been fully identified": the named dead, not the toll (but
# "6 of them were identified as children" tells who they were)
_IDENTIFIED_AFTER = re.compile(r"\s+(?:of\s+(?:the|those|them|these)\b(?:\s+[\w-]+){0,2}?\s+"
                               # ("only some 24,000 fatalities have been identified")
                               r"|(?:fatalities|victims|martyrs|dead|people|Palestinians|deaths)\s+)?(?:(?:had|have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?"
                               r"been|were|was|are)\s+(?:fully\s+|positively\s+|formally\s+|so\s+far\s+)?identified\b"
                               r"(?!\s+as\s+(?:children|minors|women|men|girls|boys|elderly|journalists|medics|paramedics|civilians))",
                               re.IGNORECASE)
_BODIES_NEAR = re.compile(r"\b(?:bodies|remains)\b", re.IGNORECASE)
# "has identified about 17,100 of those killed as children and 9,200 as women": the dead of a group
_ARMY_NAMED_BEFORE = re.compile(r"\b(?:army|military|IDF|Defen[cs]e\s+Forces)\s+(?:has\s+|had\s+)?(?:also\s+|now\s+)?named\s+"
                                r"(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_IDENTIFIED_BEFORE = re.compile(r"\bidentified\s+[^.;]{0,80}$", re.IGNORECASE)
_AS_A_GROUP_AFTER = re.compile(r"(?:\s+of\s+(?:those|the)\s+(?:killed|dead|victims))?\s+as\s+(?P<who>children|minors|women|men|elderly\s+people)\b",
                               re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"[^.;]{0,60}?,\s+(?:all|both)\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?", re.IGNORECASE)
_OF_THE_VICTIMS_WERE = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|victims|martyrs|injured|wounded|casualties)"
                                  r"(?:\s+(?:in|at|from)\s+[^,.;\d]{1,30}?)?\s+(?:were|are)\s+(?:all\s+)?", re.IGNORECASE)
_PALESTINIANS_AFTER = re.compile(r"\s+(?:Palestinians?|Gazans|Lebanese|prisoners|detainees)\b", re.IGNORECASE)
_N_BED = re.compile(r"-bed\b", re.IGNORECASE)
_RESIDENTS_WORDS = 5  # "112 residents of the kibbutz were killed": the residents, named, are the dead
# "fewer than half of the strip's 36 hospitals", "most of its 22 hospitals": a share of them is in that state, they are all
_PLACE_PHRASE = re.compile(r"\b(?:in|on|at|during|near|after|across|inside|outside|into|since|when|while)\b", re.IGNORECASE)
_SHARE_OF_THE_WHOLE_BEFORE = re.compile(r"\b(?:half|most|many|some|none|all|few|third|thirds|quarter|quarters|majority)\s+of\s+"
                                        r"(?:the\s+|its\s+|their\s+|(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+)?$", re.IGNORECASE)
_AS_STATE = re.compile(r"\s+as\s+(?=(?:fully\s+|partially\s+|partly\s+|minimally\s+|non-?\s?)?(?:functional|functioning|operational"
                       r"|out\s+of\s+service|not\s+functioning)\b)", re.IGNORECASE)
# "Hospitals operating before the war: 36": a state before the war is the count of all hospitals
_BEFORE_THE_WAR = re.compile(r"\b(?:before|prior\s+to)\s+(?:the\s+(?:war|escalation|hostilities)|(?:7\s+)?October(?:\s+7)?(?:,?\s+2023)?)"
                             r"|\bpre-?\s?(?:war|crisis|escalation)\b", re.IGNORECASE)
_OUT_OF_LATER = re.compile(r"\s+(?:hospitals\s+)?(?:[\w'’-]+\s+){0,7}?out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?", re.IGNORECASE)
_HOSPITALS_NEXT = re.compile(r"\s+hospitals\b", re.IGNORECASE)
_OUT_OF_AFTER_STATE = re.compile(r"\s+(?:hospitals\s+)?(?:\w+\s+){0,3}?(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+)?", re.IGNORECASE)
_REPORTS_NOUN = re.compile(r"cases|reports|testimonies|accounts|allegations|complaints?", re.IGNORECASE)
# ("four of the wounded were still being treated in hospital", "nine of them were still being treated on Monday")
_STILL_IN_HOSPITAL_AFTER = re.compile(r"\s+(?:of\s+(?:the|those|them)\s+(?:[\w-]+\s+){0,2}?)?(?:remain(?:s|ed)?|(?:are|were|is|was)\s+still"
                                      r"|still)(?:\s+being\s+treated(?!\s+for\b)(?:\s+in\s+(?:the\s+)?hospitals?)?|\s+(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed)"
                                      # (a hospital's own words: "Nineteen of the wounded remain with us this morning")
                                      r"|\s+with\s+us|\s+in\s+our\s+(?:care|wards?|hospital)"
                                      # ("five of the wounded were still in its intensive care unit", "127 of them were still in
                                      # its wards", "Two of the wounded remain at the Palestine Medical Complex")
                                      r"|\s+in\s+(?:its|their)\s+(?:care|wards?|intensive\s+care(?:\s+unit)?|ICU)"
                                      r"|\s+(?:at|in)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){1,4})(?:Hospital|Medical\s+Complex"
                                      r"|Medical\s+Cent(?:er|re)))\b",
                                      re.IGNORECASE)
# "37 people wounded during the escalation remain hospitalised", "six of the people injured when a rocket struck ... remain in
# the hospital", "six wounded from Kiryat Bialik impact still hospitalized": the count's own words say they were hurt, then
# that they are in hospital now (no number, comma nor finite verb between: not "37 were wounded and 12 remain hospitalised",
# "had taken in 11 of the injured, one of them in serious condition, and that four remained hospitalized")
_INTENSIVE_CARE_WORDS = re.compile(r"intensive\s+care|\bICU\b", re.IGNORECASE)
_HURT_THEN_STILL_IN_HOSPITAL_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|those)\s+)?(?:[\w'’-]+\s+){0,2}?(?:wounded|injured|hurt)\b"
    r"(?:(?!\b(?:were|are|was|is|have|has|had|remain(?:s|ed)?|still)\b)[^\d.,;:!?\n]){0,90}?"
    r"\s(?:remain(?:s|ed)?|(?:are|were)\s+still|still)\s+(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed)\b", re.IGNORECASE)
_ONLY_PARTIALLY_AFTER = re.compile(r"\s+of\s+(?:them|whom|which)\s+(?:are\s+)?(?:only\s+)?(?:partially|partly)\b", re.IGNORECASE)
_OF_THE_HOSPITALS_FIRST = re.compile(r"\W*(?:Of|Among)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?P<field>field\s+)?hospitals"
                                     r"(?:\s+(?:in|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*(?:only\s+|just\s+)?")
_DEAD_NOW_AFTER = re.compile(r"\s+(?:who\s+)?(?:are|were|is)\s+(?:now\s+|believed\s+(?:to\s+be\s+)?|confirmed\s+|presumed\s+)?(?:dead|deceased)\b",
                             re.IGNORECASE)
_HOSTAGES_BEFORE = re.compile(r"\b(?:hostages|captives)\b", re.IGNORECASE)
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:whom|them)\s+$", re.IGNORECASE)
# ("Hospitals in Tyre and Nabatieh are currently treating 46 of the wounded")
_STILL_TREATING_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:still|currently|now)\s+treating\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?$",
                                    re.IGNORECASE)
# "eight of the wounded had died overnight", "96 of those detained were hurt": a part of one count that another thing befell
# (its verb names what it counts, not the whole's noun)
_OF_THOSE_THEN_BEFELL = re.compile(r"\s+of\s+(?:the|those)\s+(?:(?P<hurt>wounded|injured|hurt)|(?P<held>detained|arrested|held|detainees"
                                   r"|prisoners))\s+(?:[\w-]+\s+){0,1}?(?:(?:had|have|has|were|was|later|subsequently|since|also|been)\s+){1,3}"
                                   r"(?:(?P<died>died|killed)|(?P<wounded>hurt|injured|wounded))\b", re.IGNORECASE)
# the accounts after the first of a list, their "said" left out ("..., 31 that they had been stripped")
_ELLIPTIC_ACCOUNT = re.compile(r"\s+(?:more\s+|others?\s+)?that\s+(?!(?:is|was|were|are|has|had)\b)", re.IGNORECASE)
_NEXT_IN_LIST = re.compile(r"[^.;:\d]{0,160}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_KILLING_THEN_WOUNDING_OTHERS = re.compile(r"\s+(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_]+s\s+and\s+(?:\w+ly\s+)?(?:injur|wound)\w*\s+"
                                          rf"{OPTIONAL_QUALIFIER}", re.IGNORECASE)
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their|our)\s+", re.IGNORECASE)
# ("... among them a boy, and the injury of 14 others": a count of its own kind)
# ("killed some 1,200 people, most of them civilians, ... and dragged around 250 others into Gaza": taken, a count of its own)
_OWN_VERB_BEFORE = re.compile(r"(?:,|\band)\s+(?:\w+\s+)?(?:(?:injured|injuring|wounded|wounding|killed|killing|arrested|arresting"
                             r"|detained|detaining|dragged|dragging|abducted|abducting|kidnapped|kidnapping|took|taking|seized|seizing)|the\s+(?:injury|injuries|wounding|killing|martyrdom|arrest|detention)\s+of)"
                             r"\s+(?:another\s+)?" + OPTIONAL_QUALIFIER + "$",
                             re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.:]|\d|\b(?:while|but|whereas|which|who|whose|where|after|when|as)\b")
_FINITE_VERB = re.compile(r"\b(?:are|is|were|was|have|has|had|remain|remains|remained)\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\band\s+(?!(?:are|is|were|was|have|has|had|remain|remains|remained|now|still|been|also)\b)",
                            re.IGNORECASE)
_RESIDENTS = re.compile(r"residents|citizens", re.IGNORECASE)
_WHO = re.compile(r"\bwho(?:se)?\b", re.IGNORECASE)
# (searched in the 60 characters before every number: the word rows' ``\b`` and first letters checked once per place)
_LISTED_ONE_BEFORE = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE_PLURAL}),\s*|\s+(?:[\w-]+\s+){{1,3}}?and\s+", re.IGNORECASE)
_PATIENTS_DIED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?patients\s+(?:have\s+|has\s+|had\s+)?(?:since\s+|also\s+|now\s+)?(?:died|perished)\b",
                                  re.IGNORECASE)
_DETAINED_FROM_AFTER = re.compile(r"\s+of\s+(?:whom|them)\s+(?:had\s+been|have\s+been|were|was)\s+(?:detained|arrested|held|taken|seized)"
                                  r"\s+(?:in|from)\b", re.IGNORECASE)
_COUNTED_ANYWAY_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:beds|deaths)\b", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(word_start_guarded(NOT_A_COUNT_BEFORE, verbose=True), re.IGNORECASE | re.VERBOSE)
# "Of 58 released detainees interviewed by PHRI, 51 said ...": the sample, not a count of the held
# "73 detainees interviewed by the Committee", "Of the 73 detainees interviewed, 36 said ...": a sample of the held
_SAMPLE_AFTER = re.compile(r"(?:\s+[\w’'-]+){1,4}?\s+(?<!not\s)(?<!be\s)(?:(?:interviewed|surveyed|visited|questioned)\s+by\b"
                           r"|(?:interviewed|surveyed)\s*,"
                           # "Of the 52 former detainees we interviewed after their release": those who spoke to us
                           r"|(?:we|our\s+\w+|researchers|lawyers)\s+(?:interviewed|surveyed|met|spoke\s+(?:to|with))\b"
                           r"|whose\s+cases\s+(?:we|it|they|the\s+\w+)\s+(?:documented|examined|reviewed)\b)", re.IGNORECASE)
# "barred the ICRC from visiting 10,000 Palestinians", "unable to visit some 10,000 detainees": the held, unvisited
_VISIT_DENIED_BEFORE = re.compile(r"\b(?:unable|barred|prevented|denied|refused|not\s+(?:been\s+)?(?:allowed|able|permitted)"
                                  r"|cannot|can't|could\s+not|without)\b[^.;\d]{0,40}$", re.IGNORECASE)
_ONE_ROOM = re.compile(word_start_guarded(ONE_ROOM_BEFORE, verbose=True), re.IGNORECASE | re.VERBOSE)
_EXCHANGE = re.compile(EXCHANGE_BEFORE, re.IGNORECASE | re.VERBOSE)
# "Of the 250 hostages seized, 97 remain in Gaza": a number that remains counts those still held
_REMAIN_AFTER = re.compile(r"\s*(?:of\s+(?:whom|them)\s+)?(?:remain|remained|are\s+still|were\s+still|still\s+remain|still\s+held"
                           r"|(?:are|were)\s+still\s+(?:being\s+)?(?:held|detained|imprisoned))\b", re.IGNORECASE)
# (not an "as" naming a state: "lists 16 of its 36 hospitals as partially functioning", "10,000 listed as missing")
# ("6 civilians with light injuries": their injuries name the count)
_STOP = re.compile(r"[;:]|\s(?:and|while|whereas|but|after|before|when|than)\s"
                   # (but "arrested 23 Palestinians with injuries sustained during the raid": how the arrested were)
                   r"|\swith\s(?!(?:light|minor|mild|moderate|serious|severe|critical|slight)\s+(?:injuries|wounds)\b"
                   r"|(?:injuries|wounds)(?:\s*[,.;]|\s+(?:of\s+varying|to\s+the|in\s+the)\b))"
                   r"|\sas\s(?!(?:fully\s+|partially\s+|partly\s+|minimally\s+|non-?\s?)?(?:functional|functioning|operational"
                   r"|out\s+of\s+service|not\s+functioning|missing|dead|deceased)\b)"
                   r"|,(?!\s*(?:including|among))|\s[-–—]\s", re.IGNORECASE)
# "Two aid workers, both employees of a national NGO, were killed", "745 people who had sought the protection of the UN
# flag have been killed": the subject's own predicate, past an aside or a relative clause about them
_PREDICATE_NOUNS = "|".join((
    "people|persons|civilians|palestinians|gazans|israelis|lebanese|children|minors|boys|girls|women|men|journalists",
    "reporters|photographers|medics|doctors|nurses|paramedics|workers|staff|employees|volunteers|rescuers|teachers",
    "members|colleagues|personnel|contractors",
    # one person named by an article ("A teenage girl who was also in the car was lightly hurt")
    "girl|boy|man|woman|child|teenager|toddler|baby|person|palestinian|israeli|soldier|paramedic|journalist",
    "officer|policeman|medic|doctor|nurse|shepherd|farmer|herder|fisherman|worker|volunteer|rescuer|photographer|reservist",
    r"staff\s+member|civilian|resident|student|detainee|prisoner|labou?rer"))
# ("11 WFP staff members and contractors have been killed", "Over 70 UNRWA staff members, among them teachers, doctors and
# social workers, have been detained")
_PREDICATE_REACH = 220  # how far past its count the predicate of a subject with words about it may stand
_PREDICATE_PAST_ASIDE = re.compile(
    rf"\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{_PREDICATE_NOUNS})(?:\s+and\s+(?:[^\W\d_]+\s+)?(?:{_PREDICATE_NOUNS}))?"
    # (or past a participle about them: "848 people sheltering in UNRWA schools have been killed")
    # (or past their employer: "two more staff members of the World Food Programme were killed")
    # (and both: "two paramedics with the Islamic Health Committee, which is affiliated with Hezbollah, were wounded")
    r"(?:\s+(?:of|with|from|for)\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w'’-]*\s*){1,5}(?=,))?"
    # ("a staff member of a local NGO was shot dead")
    r"(?:\s+of\s+(?:an?|the)\s+(?:local|international|national|Palestinian|Lebanese)\s+(?:NGO|charity|organi[sz]ation)(?=\s+(?:was|had|has)\b))?"
    r"(?:,[^,.;:\d\n]{3,80},|,\s*(?:among\s+them|including)\s[^.;:\d\n]{3,100}?,|\s+(?:who|whom|that|(?-i:[a-z]{3,}ing))\s[^,.;:\d\n]{3,100}?"
    r"|\s+(?:of|with|from|for)\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}|)\s*"
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|reportedly|all|later|since|then|(?-i:[a-z]{3,}ly))\s+)?"
    # ("72,641 Palestinians it has recorded as killed": the dead as a body counts them)
    r"|(?:(?:it|they|we|the\s+\w+)\s+)?(?:has\s+|have\s+|had\s+)?(?:recorded|registered|listed|counted|documented)\s+as\s+)",
    re.IGNORECASE)
# Two kinds of people joined by "and" are one count ("40 women and children were killed", "1,200 Israelis and
# foreign nationals"): the "and" ends no clause there. Letters only, so "12 Palestinians and 3 Israelis" stays two.
_PEOPLE = (r"people|persons|civilians|palestinians|gazans|israelis|lebanese|citizens|residents|men|women|children|minors"
           r"|boys|girls|babies|infants|newborns|toddlers|teenagers|elderly|journalists|medics|doctors|nurses|paramedics|soldiers|reservists"
           r"|settlers|fighters|firefighters|rescuers"
           r"|workers|staff|nationals?|foreigners?|visitors|tourists|relatives|police(?:\s?(?:men|officers))?|officers|personnel"
           r"|employees|volunteers|rescuers|responders|students|teachers|members")
# "400 UN and aid workers": two employers or trades sharing one noun
_SHARED_NOUN_MODIFIER = r"UN|UNRWA|aid|health|medical|rescue|relief|media|humanitarian|civil\s+defen[cs]e|emergency"
_LIST_PARTS = re.compile(r",|\band\b", re.IGNORECASE)
_PART_WORDS = r"including|mostly|mainly|among|most|many|some|all|half|both|especially|largely"
_TRADES = (r"doctors|nurses|paramedics|medics|surgeons|midwives|pharmacists|journalists|reporters|photographers|teachers"
           r"|engineers|firefighters|rescuers|drivers|technicians|volunteers")
# A number word after "and" starts a second count: "five children and three women" are two.
_JOINED_PEOPLE = re.compile(rf"\s*(?:(?:[^\W\d_]+\s+){{0,2}}(?:{_PEOPLE})|(?:{_SHARED_NOUN_MODIFIER}))\s+and\s+(?:an?\s+|other\s+)?"
                            rf"(?!(?:{NUMBER_WORDS})\b)(?:[^\W\d_]+\s+){{0,2}}?(?:{_PEOPLE})\b"
                            # "185 doctors, nurses and paramedics", "30 men, women and children": kinds listed with commas
                            # (not "45 people, including women and children", nor "7 people, women and children among
                            # them": parts of them)
                            rf"|\s*(?:[^\W\d_]+\s+)?(?:{_PEOPLE})(?:,\s*(?!(?:{_PART_WORDS})\b)(?:[^\W\d_]+\s+)?(?:{_PEOPLE})){{1,3}},?"
                            rf"\s+and\s+(?:other\s+)?(?:[^\W\d_]+\s+)?(?:{_PEOPLE})\b(?!\s+among\b)",
                            re.IGNORECASE)
# "and" between spaces, which every match of ``_JOINED_PEOPLE`` holds: most counts have none after them in their sentence
_SPACED_AND = re.compile(r"\sand\s", re.IGNORECASE)


def _joined_people(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """``_JOINED_PEOPLE.match(text, start, end)``, its scan spared where no "and" between spaces follows ``start``."""
    end = len(text) if end is None else end
    return _JOINED_PEOPLE.match(text, start, end) if _SPACED_AND.search(text, start, end) else None


_PEOPLE_BEFORE_NEXT = re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,2}}(?:{_PEOPLE})\s*(?:,\s*|\s)(?:and\s+)?(?:(?:more|less|fewer)\s+than\s+"
                                 r"|at\s+least\s+|about\s+|some\s+|nearly\s+|around\s+|over\s+)?", re.IGNORECASE)
# "Children: about 350", and a label aligned to its value by a run of spaces ("Children          about 350")
_LABEL_END = re.compile(r"(?::\s*(?:\*\*|__|\*|_)?\s*|(?<=[^\s\d])[ \t]{3,})(?:(?:at\s+least|more\s+than|over|about|around|some|nearly"
                        r"|almost|only|just|approx\.|approximately|roughly|an\s+estimated|estimated|~)\s*)?$",
                        re.IGNORECASE)
# what every match of ``_LABEL_END`` holds: its colon, or a run of three spaces or tabs (two spaces, or a tab)
_LABEL_END_MARK = re.compile(r":|\t|  ")
_A_DIGIT = re.compile(r"\d")
_DASH = re.compile(r"[–—]")  # one of which every match of ``_DASH_LABEL_END`` holds
_DASH_LABEL_END = re.compile(r"(?<=[^\s\d])[ \t]+[–—][ \t]+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost"
                             r"|approx\.|approximately|roughly|~)\s*)?$", re.IGNORECASE)
_COUNT_ENDS_LINE = re.compile(r"[\d,.]+[ \t]*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*)?[ \t]*[.;]?[ \t]*(?:\n|$)")
# a group the count's clause names before it, as those it is among ("raises the total among aid seekers to 1,516 martyrs",
# "aid seekers have lost 918 martyrs")
_AMONG_GROUP_BEFORE = re.compile(r"(?:\bamong\s+(?:the\s+)?(?P<who>aid[-\s]seekers|journalists|health\s+workers|aid\s+workers)\b"
                                 r"|\b(?P<losers>aid[-\s]seekers|journalists|health\s+workers|aid\s+workers"
                                 # "civil defence crews lost 139 of their members", "the medical staff have lost 1,670 of
                                 # their members"
                                 r"|civil\s+defen[cs]e(?:\s+(?:crews|teams|personnel))?|(?:medical|health)\s+(?:staff|personnel|teams)"
                                 r"|journalists|paramedics|medics)\s+(?:have\s+|has\s+|had\s+)?lost\b)[^.;,]{0,40}$",
                                 re.IGNORECASE)
# "Children accounted for 187 of the week's martyrs": the group is the subject before the count
_BROUGHT_TO = re.compile(rf"\b(?:bringing|raising|taking|pushing)\s+to\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_NUMBER_OF_STAFF = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s+(?:its\s+|their\s+)?(?:staff|colleagues|personnel|employees"
                              r"|members)\b", re.IGNORECASE)
_GROUP_FOR_BEFORE = re.compile(rf"\band\s+(?P<who>[\w-]+)\s+for\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
# ("Women and children make up 248 of the dead": the two together)
_GROUP_ACCOUNTED = re.compile(rf"\b(?P<who>(?:women\s+and\s+children|children\s+and\s+women)|[\w-]+(?:\s+[\w-]+)?)\s+"
                              rf"(?:account(?:s|ed)?\s+for|ma(?:de|kes?)\s+up|represent(?:s|ed)?)"
                              rf"\s+{OPTIONAL_QUALIFIER}$",
                              re.IGNORECASE)
_WOMEN_AND_CHILDREN = re.compile(r"\s*(?:women\s+and\s+children|children\s+and\s+women)\b", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+[^:]*", re.IGNORECASE)  # the agent of a label's verb, up to its colon
_HURT_PATIENTS_AFTER = re.compile(r"\s+(?:wounded|injured)\s+patients\b", re.IGNORECASE)
_TREATING_BEFORE = re.compile(rf"\b(?:treating|caring\s+for)\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_BEING_TREATED = re.compile(r"\s+(?:were|are)\s+(?:still\s+)?being\s+(?:treated|cared\s+for)\b", re.IGNORECASE)
_A_ROLE = re.compile(r"\s*(?:and\s+)?(?:[\w-]+\s+)?(?:volunteers|workers|staff|personnel|employees|rescuers)\s*,?\s*", re.IGNORECASE)
# the one of a family a spouse or a parent is ("his wife and their children", "a man, his wife and ...")
_ONE_OF_A_FAMILY = re.compile(r"(?<=his)\s+wife\b|(?<=her)\s+husband\b|\s+(?:man|father|woman|mother),\s+(?:his\s+wife|her\s+husband)\b",
                              re.IGNORECASE)
_SPOUSE_THEN_KIN = re.compile(r"\s+(?:wife|husband),?\s+(?:and\s+)?(?:their\s+|his\s+|her\s+)?", re.IGNORECASE)
# the groups a running total goes on counting ("Two more soldiers died, raising to 220 the number killed"), not the
# children or women among a day's dead
_RANKS_AND_TRADES = frozenset({"soldiers", "police", "fighters", "civil_defence", "health_workers", "journalists", "aid_workers"})
_RAISING_TO_BEFORE = re.compile(rf"\b(?:raising|bringing|taking|pushing)\s+(?:[\w-]+\s+){{0,3}}?to\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_THE_NUMBER_AFTER = re.compile(r"\s+the\s+(?:number|total|toll|count)\s+(?!of\b)", re.IGNORECASE)
_MEDICS_DID = re.compile(r"\b(?:medics|paramedics|teams|crews)\s+(?:had\s+|have\s+)?(?:took|taken|evacuated|brought|transported"
                         r"|treated)\s+$", re.IGNORECASE)
_ALL_OF_BEFORE = re.compile(r"(?<!almost\s)(?<!nearly\s)(?<!not\s)(?<!virtually\s)\b(?:all|each|every\s+one)\s+of\s+(?:the|these|those)\s+$", re.IGNORECASE)
_ON_HUNGER_STRIKE_AFTER = re.compile(r"[^.;:\d]{0,60}?\b(?:on|joined|join|began|begun|started|launched|declared|staging|waging|went\s+on)"
                                     r"\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:open-ended\s+|collective\s+|mass\s+|new\s+)?hunger[-\s]strike",
                                     re.IGNORECASE)
# "the death of two workers in its custody", "the deaths of 14 Gazans in military custody": those who died held
_DEATH_OF_BEFORE = re.compile(r"\bdeaths?\s+of\s+(?:at\s+least\s+|more\s+than\s+|another\s+|a\s+further\s+)?$", re.IGNORECASE)
_IN_CUSTODY_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|inside)\s+(?:its|their|Israeli|Israel(?:'s|’s)|military|army|IPS|the\s+army(?:'s|’s))"
                               r"\s+(?:custody|detention|prisons?)\b", re.IGNORECASE)
_OF_THE_SAMPLE = re.compile(r"\s+of\s+(?:the|these|those)\s+", re.IGNORECASE)
_PART_STILL_HELD_AFTER = re.compile(r"\s+(?:were|are|remain(?:ed|s)?)\s+(?:still\s+)?(?:in\s+(?:Israeli\s+)?(?:custody|detention|prison)|held|behind\s+bars)\b",
                               re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?$",
                           re.IGNORECASE)
_VERB_AFTER_WORDS = re.compile(r"(?<=\S)\s+(?:were|are|was|is)\s+(?!(?:killed|injured|wounded|among|also|still|being|reported|held"
                               r"|detained|arrested|believed|thought|confirmed|among)\b)", re.IGNORECASE)
# where the words about who was counted end: a clause's mark, a new phrase, or the next number ("Among the seven
# killed were three children": the children are the three)
# (not "drivers contracted by WFP", "workers with World Central Kitchen": the employer names who they are)
_LEFT_PRISONS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:prisoners|detainees|inmates)\s+(?:left|walked\s+out\s+of)\s+(?:its|their|Israeli"
                                 r"|Israel(?:'s|’s)|the\s+occupation(?:'s|’s)|occupation)\s+(?:prisons|jails)\b", re.IGNORECASE)
_HELD_IN_ADMINISTRATIVE_DETENTION_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:are|were|is|was|remain|remained|have\s+been|had\s+been)\s+(?:being\s+|still\s+|now\s+|also\s+)?"
    r"(?:held|placed|kept|detained)\s+(?:in|under)\s+administrative\s+detention\b", re.IGNORECASE)
# what the counted said (not "said to be"): the people named in it are not those counted
_SPEECH_IN_WORDS = re.compile(r"\s(?:said|say|says|told|tell|described|describe|recounted|testified|alleged|complained)\b"
                              r"(?!\s+to\s+(?:be|have)\b)", re.IGNORECASE)
# those held before, arrested again: the verb names them right before the count or in its clause after it
_REARRESTED = re.compile(r"\bre-?arrest(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?$|\bre-?arrests\s+of\s+(?:\w+\s+){0,2}?$"
                         r"|[^.;:\d]{0,60}?\b(?:re-?arrested|arrested\s+(?:again|anew|once\s+more))\b", re.IGNORECASE)
_GROUP_STOP = re.compile(rf"[,;:]|\s(?:and(?!\s+nursing\s+staff\b)(?!\s+(?:rescue|care|medical|emergency)\s+workers\b)"
                         rf"(?!\s+(?:over|above|older)\b)|or(?!\s+(?:over|above|older)\b)|while|but|(?<!workers\s)(?<!staff\s)(?<!volunteers\s)with|including|in|from"
                         rf"|(?<!contracted\s)(?<!employed\s)(?<!hired\s)by|at|when"
                         # ("244 inmates aged 60 or over", "older than 75", "prisoners over 60": an age names who was counted)
                         rf"|after|where|as)\s|(?<!\bunder\s)(?!(?<=\bover\s)[6-9]\d(?![\d,.]))(?!(?<=\babove\s)[6-9]\d(?![\d,.]))(?<!\bage\sof\s)(?<!\baged\s)(?<!\bthan\s)(?<!\d)\d(?![\d,]*-(?:year|month|week|day))"
                         rf"|\b(?:{NUMBER_WORDS})\b(?!-(?:year|month|week|day))", re.IGNORECASE)  # (an age names who was counted)
# "to pressure Hamas to release the 59 hostages", "calls for the release of all 59": a demand names those still held
_DEMANDED_RELEASE = re.compile(r"\b(?:press(?:ure)?(?:s|d|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?"
                               r"|push(?:es|ed|ing)?|force|compel)\s+(?:\w+\s+){0,3}?to\s+(?:release|free|return)"
                               r"|\b(?:must|should)\s+(?:release|free|return)"
                               r"|\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+for\s+(?:the\s+)?(?:release|return)\s+of"
                               r"|\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+the\s+(?:release|return)\s+of"
                               # "working to secure the release of the 48 hostages" (not "helped secure the release of 4")
                               r"|\bto\s+(?:help\s+)?secure\s+the\s+(?:release|return)\s+of",
                               re.IGNORECASE)
# those who hold hostages freeing some ("Hamas released three Israeli women", "Islamic Jihad freed two")
_FREED_BY_CAPTORS_BEFORE = re.compile(r"\b(?:Hamas|Islamic\s+Jihad|militants)\s+(?:(?:has|had|have|also|then|later)\s+)*"
                                      r"(?:released|freed|frees|releases|handed\s+over|hands\s+over|set\s+free)\s+"
                                      r"(?:another\s+|a\s+further\s+|(?:at\s+least|more\s+than|about|some)\s+)?$", re.IGNORECASE)
# ("Israel freed 369 prisoners in return for 19 Israeli hostages": the hostages of the exchange, freed)
_IN_EXCHANGE_FOR = re.compile(r"\bin\s+(?:exchange|return)\s+for\s+(?:the\s+)?(?:release\s+of\s+)?$", re.IGNORECASE)
_HOSTAGE_EVENT = [(re.compile(rf"\b(?:release[sd]?(?!{RELEASED_PUBLICATION})|freed|frees|freeing|handed|(?:hands|handing)\s+(?:over|back)"
                              # (not "refused to let go of the 20 remaining hostages", nor "were let go, but 23 were still held")
                              rf"|returned|rescued|(?<!\bto\s)(?:let|lets|letting)\s+go(?:\s+of)?|(?<!\bto\s)set\s+free)\b"
                              rf"(?:(?!\bbut\b)[^.;]){{0,25}}$", re.IGNORECASE),
                   "hostages_released"),
                  (re.compile(r"\b(?:kidnapp\w+|abduct\w+|seiz\w+|took|taken|taking)\b[^.;]{0,25}$", re.IGNORECASE),
                   "hostages_taken")]
# "rose from 12 to 54", "rose by 61 to 43,665": the last is the figure
_RELEASED_JUST_BEFORE = re.compile(r"\b(?:released|releases|releasing|freed|frees|freeing|set\s+free|setting\s+free)\s+"
                                   r"(?:(?:about|around|some|nearly|more\s+than|over|at\s+least|no\s+(?:fewer|less)\s+than)\s+)?$",
                                   re.IGNORECASE)
_WHOSE_BODIES_HELD = re.compile(r"\s+whose\s+(?:bodies|remains)\s+(?:were|are|have\s+been|had\s+been)\s+(?:still\s+)?(?:held|kept)\b",
                                re.IGNORECASE)
_BODIES_AFTER = re.compile(r"\s+(?:more\s+|other\s+)?(?:(?:Palestinian|Israeli|unidentified|decomposed)\s+)?bodies\b", re.IGNORECASE)
_OF_THE_DEAD_HOSTAGES = re.compile(r"\s+of\s+the\s+(?:\d[\d,]*|[a-z]+)\s+(?:dead|deceased|slain|murdered)\s+(?:hostages|captives)\b",
                                   re.IGNORECASE)
_AND_THEN_ELLIPTIC = re.compile(rf"[^.;,]{{0,80}}?\band\s+{OPTIONAL_QUALIFIER}", re.IGNORECASE)
_BARE_INJURED_AFTER = re.compile(r"\s+(?:(?:were|have\s+been)\s+)?(?:injured|wounded|maimed)\b", re.IGNORECASE)
_OF_THE_NEXT = re.compile(r"\s+of\s+(?:the|those)\s+", re.IGNORECASE)
_OBJECT_OF_BEFORE = re.compile(r"\b(?:into|about|on|over|for|in)\s+(?:(?:at\s+least|more\s+than|some|about)\s+)?$", re.IGNORECASE)
_PART_IS = re.compile(r"[^.;,\d]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?(?:all\s+)?(?P<who>[^.;,\d]{1,40})", re.IGNORECASE)
_OF_THOSE_FREED = re.compile(r"\s+of\s+(?:those|the\s+people|the\s+Palestinians)\s+(?:freed|released|set\s+free)\b", re.IGNORECASE)
_AMONG_THOSE_FREED = re.compile(r"[^.;\d]{0,60}?\bamong\s+those\s+(?:released|freed|set\s+free)\b", re.IGNORECASE)
_STILL_IN_PRISON = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:remain|remained|are\s+still|were\s+still|still\s+remain)\s+"
                              r"(?:held\s+|detained\s+)?(?:in|behind)\s+(?:Israeli\s+)?(?:prisons?|jails?|detention|custody|bars)\b",
                              re.IGNORECASE)
_RESIDENTS_TAKEN = re.compile(r"\s+residents\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?", re.IGNORECASE)
_OF_THOSE_TAKEN_STILL_HELD = re.compile(
    r"\)?\s+of\s+(?:those|the(?:\s+[\w-]+)?)\s+(?:arrested|detained|seized|taken|rounded\s+up)\b[^.;,\d]{0,40}?\s+(?:were|are|was|is"
    r"|remain(?:ed|s)?)\s+(?:still\s+)?(?:(?:held\s+)?in\s+(?:custody|detention|prison|jail)|held|behind\s+bars|detained)\b",
    re.IGNORECASE)
_SHARE_OF_AFTER = re.compile(r"\s*+(?:(?:%|per\s*cent\b|pc\b)\s*+)?(?:of|were|are|was|is|have|has|had)\b", re.IGNORECASE)  # "40 per cent of medicines"
# between one occupancy and a second one in its sentence, another hospital or ward is named; the second is above 100
# (not "the hospital's generators are running at 20 percent", "staff cut by 60 percent")
_ANOTHER_WARD = re.compile(r"hospital|medical|complex|department|ward|unit|\bICU\b", re.IGNORECASE)
# ("while Al-Aqsa Hospital is at 95 percent": a named hospital's, whatever the rate)
_NAMED_HOSPITAL_AT = re.compile(r"(?-i:[A-Z][\w'’-]*\s+(?:Hospital|Medical\s+Complex|Medical\s+Center|Medical\s+Centre))"
                                r"(?:\s+in\s+[\w\s'’-]{1,30}?)?\s+(?:is|was|stands|stood|is\s+running|was\s+running|runs|ran)\s+at\s+"
                                r"(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_OTHER_RATE_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)\s+(?!occupancy|capacity|occupied|full)[a-z]", re.IGNORECASE)  # "50 percent staffing"
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
# ("the recovery of 702 bodies from areas that had been inaccessible")
_RECOVERED_BEFORE = re.compile(r"\b(?:recovered|retrieved|(?:pulled|dug)(?:\s+out)?|exhumed|(?:recovery|retrieval|recovering|retrieving)\s+of)\s+"
                               r"(?:(?:the|at\s+least|more\s+than|about|some|over"
                               r"|another|a\s+further)\s+)*$", re.IGNORECASE)
# "its crews have recovered the bodies of 1,263 people from under the rubble": bodies recovered, not the missing
_RECOVERED_BODIES_OF = re.compile(rf"\b(?:recovered|retrieved|pulled(?:\s+out)?|extracted|exhumed|recovery\s+of)\s+(?:the\s+)?(?:bodies|remains)\s+of\s+"
                                  rf"(?:another\s+)?{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_SPEECH_ASIDE = re.compile(r",\s*(?:it|they|he|she|the\s+\w+)\s+(?:said|says|added|noted|reported|stated)\s*,", re.IGNORECASE)
_DATED_AT = re.compile(rf"\s(?:on|as\s+of|at\s+the\s+(?:start|end|beginning)\s+of)\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})"
                       rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?)(?=\s)", re.IGNORECASE)
_OF_A_PLACE_OR_WAR = re.compile(r"\s(?:in|from|of|across)\s+(?:the\s+)?(?:(?:Gaza|West|occupied|Occupied|southern|northern|central"
                               r"|Israeli|Palestinian|current|ongoing)\s+)?(?:war|conflict|fighting|offensive|aggression|Strip|Gaza"
                               r"|territory|territories|enclave|Bank|Lebanon|Israel|Jerusalem)(?:\s+Strip)?(?=\s)")
_CHANGE_FROM = re.compile(r"\b(?:from|by)\s+[\d,.]+\s+to\b", re.IGNORECASE)
_VISIBLE = re.compile(r"\S")
_ENDS_ON_COUNT = re.compile(r"[\s+*.)\]]*")
# asked of a whole sentence, for most of its counts: a sentence without these letters is not scanned
_HOSTAGES = GatedPattern(re.compile(r"hostage|captiv|abduct", re.IGNORECASE))
_SUCH_ATTACKS = re.compile(r"\b(?:such|these|similar)\s+attacks\b", re.IGNORECASE)
_PRISON = re.compile(rf"prison|detention|detainee|jail|inmate|\b(?:{PRISON_ONLY_NAMES})\b", re.IGNORECASE)
_AND_THEN = re.compile(r"(?:,\s*|\s)and\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|some\s+|at\s+least\s+|nearly\s+"
                       r"|over\s+|another\s+)*$", re.IGNORECASE)
_ELLIPTIC_VERB = re.compile(r"^\s*(?:(?:[^\W\d_]+\s+)?(?:others?|more)\s+)?(?:were|was|have|had|are|remain|remained|remains|still)\b"
                            r"|^\s*others?\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed)\b", re.IGNORECASE)  # "... and three others were wounded"
# "7 (6 new martyrs + 1 recovered)": the parts of 7, never its figures; "61,000 (of whom 18,000 children)" names a part
_BREAKDOWN = re.compile(r"\d\s*\((?!\s*(?:of\s+(?:whom|them)|including|among\s+(?:them|whom))\b)(?P<inside>[^()]*[a-z][^()]*)\)",
                        re.IGNORECASE)
_NEW_AND_RECOVERED = re.compile(r"\s*\d[\d,]*\s+new(?:\s+(?:martyrs?|deaths?|fatalities|killed|dead))?\s*(?:\+|and|,)\s*"
                                r"(?P<recovered>\d[\d,]*)\s+(?:(?:martyrs?|bod(?:y|ies)|deaths?)\s+)?(?:recovered|retrieved)\b[^()]*",
                                re.IGNORECASE)
# a sentence opening on a share of the count before ("Of these, at least 221 were children", "Of the total, 322 were minors"):
# its parts are of a group, or named by their own word
_SHARE_OPENING = re.compile(r"\W*(?:of|among)\s+(?:these|the\s+total|this\s+(?:total|number|figure))\b", re.IGNORECASE)
_RECORDED_SINCE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:recorded|registered"
                                   r"|reported|documented)\s+(?:since|after|in|during|between)\b", re.IGNORECASE)
_KINDS_ASIDE = re.compile(r",\s*(?:among\s+them|including)\s+(?![^,;.]*\d)", re.IGNORECASE)
_RELATIVES = {"who", "whom", "which", "that"}
_A_GROUP_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:children|minors|boys|girls|women|men|elderly|journalists|doctors|nurses|paramedics"
                                 r"|medics|health\s+workers|aid\s+workers|staff|people|persons|civilians)\b", re.IGNORECASE)
_PEOPLE_GROUPS = {"children", "women", "men", "elderly"}  # who people are, not their trade
_OF_THOSE_WERE = re.compile(r"\s+of\s+(?:those|the)\s+(?:killed|dead|injured|wounded|martyrs|victims|fatalities)\b[^.;,]{0,40}?"
                            r"\b(?:(?:were|are)\s+(?:all\s+)?(?:(?P<who>children|minors|boys|girls|women|men|elderly(?:\s+people)?)"
                            r"|(?P<armed>members\s+of\s+(?:its|their|the|an?)\s+"
                            r"(?:(?!(?:medical|ambulance|rescue|emergency|volunteer|civil|health)\b)[\w'’-]+\s+){0,3}?(?:battalions?|brigades?|wing"
                            r"|cells?|units?|militias?)"
                            # "five of those killed in Wadi Faara were Hezbollah members", "claimed two of the dead as members"
                            r"|(?:Hezbollah|Hamas|Islamic\s+Jihad|Amal)\s+(?:members|fighters|operatives|commanders)|militants|fighters))"
                            r"|as\s+(?:its\s+|their\s+)?(?P<armed_as>members|fighters)\s*[.;,])",
                            re.IGNORECASE)
# "6 of them were identified as children", "30 of the dead have been identified as women and children": who they were
_IDENTIFIED_AS_GROUP = re.compile(r"\s+(?:of\s+(?:the|those|them|these)\b(?:\s+[\w-]+){0,2}?\s+)?(?:(?:had|have|has)\s+(?:now\s+)?been"
                                  r"|were|was|are)\s+identified\s+as\s+(?P<who>women\s+and\s+children|[\w-]+(?:\s+people)?)\b", re.IGNORECASE)
_PART_LABEL_OPENING = re.compile(r"[ \t\-–•*]*(?:of\s+(?:whom|them|which)|including|among\s+them)\b", re.IGNORECASE)
_PART_OPENING = re.compile(r"\W*(?:among|of)\s+(?:all\s+)?(?:the|those|these)\b", re.IGNORECASE)
_COUNTED_BY_BEFORE = re.compile(r",\s*(?:[\w'’-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:counted|identified|recorded|documented"
                                r"|registered|listed|verified|confirmed)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+"
                                r"|nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)
# ("Around 4,000 of the injured children have lost one or more limbs")
_AMPUTATED_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|the\s+(?:injured|wounded)(?:\s+(?:children|people|Palestinians))?)\s+)?"
                              r"(?:(?:have|has|had)\s+)?(?:since\s+)?"
                              r"(?:(?:undergone|underwent|suffered|required|needed|lost\s+(?:a\s+)?limbs?\s+(?:to|through|in))\s+"
                              r"(?:(?:an?|limb|one\s+or\s+more)\s+)?amputations?"
                              r"|lost\s+(?:one\s+or\s+(?:more|both)|one|both|a|their)\s+(?:limbs?|legs?|arms?|hands?|feet|foot))\b",
                              re.IGNORECASE)
_DEATHS_OF_A_KIND = {"malnutrition_deaths", "deaths_in_custody"}
_KIN_CHILDREN_AFTER = re.compile(FAMILYS_CHILDREN_AFTER, re.IGNORECASE)
# between the word of the dead and a family's children: the family it befell, the day, the place ("killed a mother and
# her", "was killed together with his wife and", "died on July 27 with his wife and", "killing a man, his wife and their")
_OTHER_FATE = (r"arrest|detain|surviv|leav|left|search|queu|lost|los[ei]|feed|fed|look|seek|wait|orphan|buri|bury|mourn|fled|flee"
               r"|rescu|evacuat|carr|hold|held|call|find|found|sav|miss|tak|took|send|sent|rais|care|car(?:ed|ing)|support|provid")
_WITH_THE_FAMILY_BEFORE = re.compile(rf"(?:(?!\b(?:{_OTHER_FATE})\w*\b)[^;:.!?])" r"{0,90}?"
                                     r"\b(?:with|alongside|and|were|was|including|included)\s+(?:(?:his|her|their)\s+)?(?:\w+\s+)?",
                                     re.IGNORECASE)
_FAMILY_THEN_FATE = re.compile(r"\s*+(?:[—–,-]\s*+)?(?:who|which|all\s+of\s+whom)\s+(?:were|was|had\s+been|have\s+been)\s+"
                               r"(?:\w+ly\s+)?", re.IGNORECASE)
_KIN_OWNER_BEFORE = re.compile(FAMILY_OWNER_BEFORE, re.IGNORECASE)
_AUXILIARIES = {"have", "has", "had", "been", "were", "was", "are", "is", "be"}  # "5,139 people have been killed": its own verb
# "Among the 3,402 held without charge or trial are 91 children and 4 women": the whole opens the sentence, its parts
# come after its verb
_AMONG_THE_WHOLE = re.compile(r"\W*among\s+(?:the|these|those)\s+", re.IGNORECASE)
_ARE_AFTER_THE_WHOLE = re.compile(r"^[^.;:\d]{0,80}?\s(?:are|were)\s", re.IGNORECASE)
# "Forty-nine of them were from Gaza", "Of these, 57 were residents of the Gaza Strip": those of a place (prose.py reads it too)
FROM_A_PLACE_OF_THEM = re.compile(r"\s+(?:were|are|was|is)\s+(?:also\s+)?(?:residents\s+of|from)\s+(?:the\s+)?(?=(?-i:[A-Z]))",
                                  re.IGNORECASE)
# ("10 martyrs, three women among them, and 54 wounded": the parts said, the sentence goes on to another count)
_AND_AFTER_MARK = re.compile(r"\s*,\s*and\s", re.IGNORECASE)
_MARK_CLOSES = re.compile(r"\s*[,;](?!\s*(?:and|as\s+well\s+as|plus|including|among)\b)", re.IGNORECASE)
_SUBGROUP = re.compile(r"\b(?:including|incl(?=\.\s)|includ(?:es|ed|e)|among\s+(?:them|whom|those|these)|of\s+whom|of\s+them|of\s+those|of\s+these"
                       r"|of\s+the\s+(?:weekly\s+|daily\s+|monthly\s+)?total|of\s+this\s+(?:total|number|figure)"
                       r"|among\s+the\s+(?:martyrs|dead|killed|victims|injured|wounded|casualties|detainees|prisoners|arrested)"
                       r"|inclusive\s+of)\b", re.IGNORECASE)
# Every row starts with a literal "," or "(" (the lookbehind of the last row comes after its comma), so
# ``re`` skips to those characters in C instead of trying the pattern at every position.
# a fact box's line, its count first and what it counts after a dash ("60+ - Palestinians who died in custody (PHRI)")
_COUNT_THEN_DASH = re.compile(r"\W{0,3}(?:(?:more\s+than|over|about|some|at\s+least|nearly|almost|around)\s+)?\d[\d,.]*\+?"
                              r"[^\S\n]+(?P<dash>[-–—])[^\S\n]+(?=[^\W\d])", re.IGNORECASE)
_PARENTHETICAL = re.compile(r",(?!\d)\s*(?:"  # (not the comma inside "3,500")
                            # "50 UNRWA staff, including teachers, doctors and clerks, have been detained": kinds listed
                            r"including\s+[a-z-]+(?:,?\s[a-z-]+){1,12}(?=,\s*(?:have|has|had|were|was|are)\b)"
                            r"|including|among\s+them|among\s+whom|of\s+whom|(?:most|many|half|all)\s+of\s+(?:them|whom)"
                            # "Nine people, four of them children, were killed" ("at least 215 of them children")
                            rf"|{OPTIONAL_QUALIFIER}(?:\d[\d,]*|{NUMBER_WORDS})\s+of\s+(?:them|whom)(?=(?:\s+[a-z-]+){{1,6}},)"
                            r"|aged\s+(?=\d)"  # "Two brothers, aged 19 and 25, were killed": their ages, an aside
                            # up to the comma that closes the aside, not one inside "1,640"
                            r"|mostly|the\s+majority)\b(?:[^,;]|,(?=\d{3}))*(?=,)|\([^()]*[a-z][^()]*\)"
                            r"|,(?<=[a-z],)\s*(?:the|a|an)\s[^,;\d]*,(?=\s*(?:have|has|had|were|was|are)\b)",
                            re.IGNORECASE)
# "12 people including 3 paramedics were killed": an aside without its commas, closed by the verb of the whole
_BARE_ASIDE = re.compile(r"(?<=[a-z] )(?:including|among\s+them)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over)\s+)?"
                         r"\d[\d,.]*(?:\s+[a-z-]+){1,2}(?=\s+(?:were|was|have|had|are|is|died)\b)", re.IGNORECASE)
_SHARE_IN_BRACKETS = re.compile(r"(?<=\d)\s*\(\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*\)", re.IGNORECASE)
_ASIDE_CLOSER = re.compile(r",(?<=\s{3},)")  # the comma closing a blanked aside; the literal first, as above
_LINKING_WORDS = re.compile(
    r"""^(?:\s|[:(),"“”]|\b(?:to|at|of|is|was|were|are|has|have|had|been|reached|reach|risen|rose|rises|stands|stood
    |now|total(?:l?ed|s)?|number(?:ed|s)?|hit|climbed|jumped|increased|include[sd]?|the|a|an|only|some|about|around|nearly|almost
    |over|more|than|least|no|fewer|less|up|as|many|approximately|roughly|estimated|passe[sd]|surpass(?:ed|es)|exceed(?:s|ed)
    |this|figure|number|toll|another|additional|further|count|reported|recorded|registered|thousands|hundreds
    |dozens|scores|including|rates?|could|would|may|might|likely|eventually|final|upwards?|in\s+excess)\b)*$""",
    re.IGNORECASE | re.VERBOSE,
)
# After a number, words that say it has no noun of its own: "122 others", "reached 56, ..."
_HEALTH_FACILITY = re.compile(r"hospital|clinic|medical|health\s+(?:facilit|cent)", re.IGNORECASE)
_HOSPITAL_BEDS = re.compile(r"hospital|medical\s+cent|\bbeds?\b", re.IGNORECASE)
# a run of capitalised words is one name ("paramedics of the Islamic Health Committee were killed")
_WORD_RUN = re.compile(r"(?:[A-Z]\S*+(?:[^\S\n]++(?=[A-Z]))?+)++|\S+")
_CLAUSE_BREAK = re.compile(r";|\.(?!\s?\d)|\b(?:while|but)\b")  # not the point of "Oct. 7"
# (not the point of a month's short name: "killed since Oct. 7, including 3,324 children"; nor of "incl.": "947, incl. 192
# children")
_SENTENCE_MARK = re.compile(r";|(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)"
                            r"(?<!\bNov)(?<!\bDec)(?<!\bincl)\.")
# the next place of a list of places and their counts of one kind: ", Tulkarm with 165", "and Ramallah and al-Bireh
# with 92", ", in Bethlehem 29", ", Bethlehem 41" (not past a verb or a noun of its own: "..., 12 were injured")
_LISTED_PLACE_WORD = r"(?-i:(?:the\s+)?(?:al-|el-)?[A-Z][\w’'-]+)"
_PLACE_LIST_ITEM = re.compile(rf"(?:[^\S\n]*(?:[^\w\s]|\bmartyrs|\barrests|\bkilled|\binjured|\bdetained|\barrested|\bcases)){{0,2}}[^\S\n]*"
                              rf"(?:,|;|\band\b)[^\S\n]*(?:and[^\S\n]+)?(?:followed[^\S\n]+by[^\S\n]+)?(?:in[^\S\n]+)?"
                              rf"{_LISTED_PLACE_WORD}(?:[^\S\n]+(?:and[^\S\n]+)?{_LISTED_PLACE_WORD}){{0,3}}"
                              rf"(?:[^\S\n]+(?P<kind>governorate|camp|city|district))?(?:[^\S\n]+(?:(?P<with>with)|recorded|saw|had))?"
                              # ("followed by Tubas (38), Nablus (35) and Tulkarem (31)": a place's count in brackets)
                              rf"[^\S\n]+(?:\([^\S\n]*)?{OPTIONAL_QUALIFIER}")
# a month's count in a list of months, after the first month's ("January (701), February (588) and March (734)")
_MONTH_ITEM = re.compile(rf"[^\S\n]*+\)?+[^\S\n]*+(?:,|;|\band\b)[^\S\n]*+(?:and[^\S\n]++)?(?-i:{MONTHS})[^\S\n]++\(?+[^\S\n]*+")
_MONTH_JUST_BEFORE = re.compile(rf"\b(?-i:{MONTHS})[^\S\n]++\(?+[^\S\n]*+$")
# "\s*(?:\)\s*)?", not "\s*\)?\s*": the same strings, without trying every split of a run of spaces
_COORDINATED = re.compile(r"\s*(?:\)\s*)?(?:[\w’'-]+(?:\s+|(?=,))){0,3}(?:and|,|,\s*and|,?\s*as\s+well\s+as)\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|some\s+"
                          r"|at\s+least\s+|nearly\s+|around\s+|roughly\s+|approximately\s+|almost\s+|over\s+|up\s+to\s+"
                          r"|\(\s*)*")
_BARE_COMMA_LIST = re.compile(r"[^\W\d_],\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|some\s+|at\s+least\s+|nearly\s+|around\s+)?$")
_CONTRAST = re.compile(r"[;]|\b(?:while|but|whereas)\b")
# (and "with 148 cases" after "the highest number of arrests": cases of what was named, not "4,800 cases of diarrhoea")
# "88 were children, 52 were women and 17 were elderly people": parts of one count, told one after the other
_WERE_OF_A_GROUP = re.compile(r"\s+(?:were|are)\s+(?:[\w-]+\s+)?(?:children|minors|boys|girls|women|men|elderly)\b", re.IGNORECASE)
_WERE_OF_A_GROUP_THEN = re.compile(r"\s+(?:were|are)\s+(?:[\w-]+\s+)?(?:children|minors|boys|girls|women|men|elderly)"
                                   r"(?:\s+people)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_ELLIPTIC = re.compile(r"^[\s)]*(?:others?|more|additional|further|in|on|at|from|by|as|who|that|since|according|were|was"
                       r"|cases(?!\s+of\b)"
                       r"|are|is|have|has|had|during|over|across)\b|^\W*$", re.IGNORECASE)


@dataclasses.dataclass(slots=True)
class Link:
    """A number linked to a metric within one sentence (offsets relative to the sentence)."""

    number: NumberMention
    metric: str
    family: str
    qualifier: str = "exact"
    value_max: float | None = None
    group: str | None = None
    population: str | None = None
    parent: int | None = None
    labelled: bool = False  # the value of a label ("Killed 61,709"), not a count a verb reports ("killed 61,709 people")
    period: tuple | None = None  # (kind, detail, start) a table's column states ("2024"), over the sentence's words
    # an earlier value the count before is compared with ("down from 3,600 in March"): a figure only where the words
    # after it date it (``dates.earlier_as_of``)
    earlier: bool = False
    as_of: dt.date | None = None  # the date a table's column states ("1 Nov 2026"), over the sentence's
    place: str | None = None  # the place a table's column states ("West Bank | Gaza Strip | Total"), over the sentence's
    # of a header over lines: the group its lines' bracketed counts are ("(minors in brackets):" over "March 2023 - 1,016 (7)")
    bracketed_group: str | None = None
    # of a header over lines: what the two counts of its lines' "A / B" pairs count ("(martyrs / injured):" over
    # "Sunday 13 April ........ 37 / 102")
    slashed_metrics: tuple[str, str] | None = None
    # of a heading over bulleted lines ("Prisoners in numbers" over "- About 450 children"): its count is only a line's
    # whose count names people ("- 54 machines" under "Patients" counts none)
    people_lines_only: bool = False


_SLASH_NEXT = re.compile(r"[^\S\n]*/[^\S\n]*\d")
_SLASH_BEFORE = re.compile(r"\d[^\S\n]*/[^\S\n]*$")
_COUNT_IN_BRACKETS_AFTER = re.compile(r"[^\S\n]*\(")  # "1,016 (7)": a second count, in brackets, right after the first
_AND_BEFORE = re.compile(r"\band\s+$")
_NOT_A_FIGURE = Link(NumberMention(0, 0, 0, ""), "", "")  # the parent of "including N" was no figure


@dataclasses.dataclass(slots=True)
class Cue:
    start: int
    end: int
    family: str
    metric: str
    kind: str


def cue_starts(text: str) -> list[int] | None:
    """Where a metric word may start in ``text`` (see ``cues_in``)."""
    return _CUES.starts(text)


def implied_cue_starts(text: str) -> list[int]:
    """Where a metric word that only its context makes one starts: "WHO verified 19 attacks" (on health care)."""
    return [match.start("noun") for match in _WHO_VERIFIED_ATTACKS.finditer(text)]


def cues_in(text: str, starts: list[int] | None = None) -> list[Cue]:
    """Every metric word of ``text``, in one scan; where rows overlap, the earlier-starting one
    wins, and at one position the earlier table row. ``starts``: ``cue_starts(text)`` if known."""
    found = [Cue(match.start(), match.end(), *METRIC_CUES[row_of(match)][1:])
             for match in _CUES.finditer(text, starts) if match.end() > match.start()]
    if any(c.metric == "attacks_on_health_care" for c in found):  # "... and 697 such attacks"
        for match in _SUCH_ATTACKS.finditer(text):
            found.append(Cue(match.start(), match.end(), "hospitals", "attacks_on_health_care", "noun"))
        found.sort(key=lambda c: c.start)
    elif "WHO" in text and "attacks" in text:  # "WHO verified 19 attacks": its attacks surveillance counts those on health care
        found.extend(Cue(match.start("noun"), match.end("noun"), "hospitals", "attacks_on_health_care", "noun")
                     for match in _WHO_VERIFIED_ATTACKS.finditer(text))
        found.sort(key=lambda c: c.start)
    return found


def link_sentence(text: str, parent: Link | None = None, list_parent: Link | None = None,
                  numbers: list[NumberMention] | None = None, cues: list[Cue] | None = None) -> list[Link]:
    """Link every number of one sentence.

    ``parent`` is the figure an opening "Among them" refers to; ``list_parent`` the head of a
    list ("5,716 prisoners, including:") whose lines count the same thing unless they say otherwise.
    ``numbers`` is ``find_numbers(text)`` and ``cues`` is ``cues_in(text)`` when the caller
    already has them.
    """
    numbers = find_numbers(text) if numbers is None else numbers
    if not numbers:
        return []
    cues = cues_in(text) if cues is None else cues
    if ("held" in text or "custody" in text) and _HOSTAGES.search(text):
        # "35 of those held are believed dead", "24 in its custody are alive": the hostages, no prisoners
        cues = [c for c in cues if not (c.metric == "detainees" and (_THOSE_HELD_CUE.fullmatch(text, c.start, c.end)
                                                                     or _THOSE_BEFORE.search(text, max(0, c.start - 20), c.start)
                                                                     or _ITS_CUSTODY.fullmatch(text, c.start, c.end)))]
    # (not under a list's head: "Injuries in March, by cause:" over "Beaten by soldiers or settlers: 53")
    finding = _ABUSE_FINDING_LABEL.match(text) if ":" in text and parent is None and list_parent is None else None
    if finding and any(c.start < finding.end() for c in cues if c.metric != "reports_of_abuse"):
        finding = None
    if finding:
        # "Beaten by guards or soldiers ........ 63 (88%)" (its leader read as a colon) under "Findings (of 72 testimonies)":
        # a testimonies summary's line counts those who gave that account
        cues = sorted([*cues, Cue(finding.start("what"), finding.end("what"), "detention", "reports_of_abuse", "noun")],
                      key=lambda c: c.start)
    if "still held" in text:
        # "Among those still held are two soldiers ...": whose, the sentence does not say (hostages as like as not); "340
        # children and 49 women are among those still held" counts before it
        cues = [c for c in cues if not (c.metric == "detainees" and _AMONG_STILL_HELD.fullmatch(text, c.start, c.end)
                                        and c.start < numbers[0].start)]
    skeleton = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), text)
    skeleton = _ASIDE_CLOSER.sub(" ", skeleton)
    if len(numbers) == 1 and not text.rstrip().endswith(".") and (dash := _COUNT_THEN_DASH.match(skeleton)) is not None:
        # "9,881 - Palestinians held by the IPS": a fact box's line (not a numbered point, "1 - The occupation arrested 600",
        # "5 - Detainees ... must be brought before a judge.")
        skeleton = skeleton[:dash.start("dash")] + " " + skeleton[dash.end("dash"):]
    if "%" in text or "cent" in text:  # "19 (53%) are partially functional": a count's share of the whole, no other count
        skeleton = _SHARE_IN_BRACKETS.sub(lambda m: " " * len(m.group()), skeleton)
    if "includ" in text or "among" in text:
        skeleton = _BARE_ASIDE.sub(lambda m: " " * len(m.group()), skeleton)
    links: dict[int, Link] = {}
    skip: set[int] = set()
    combined: set[int] = set()  # counts of two kinds at once ("killed and missing"), no figures, but wholes of parts
    ranges: dict[int, int] = {}
    for i in range(len(numbers) - 1):
        kind = pair_kind(text, numbers[i], numbers[i + 1])
        if kind == "change":
            skip.add(i)
        elif kind == "range":
            ranges[i + 1] = i
            skip.add(i)
    frame = hospitals.share_frame(text, [(n.start, n.end) for n in numbers])
    if frame and not _first_cue(cues, numbers[max(frame)].end, _window_end(skeleton, numbers, max(frame)),
                                ("status",), skeleton) and not (
            (another := _AND_ANOTHER_SHARE.match(text, numbers[max(frame)].end))
            and _first_cue(cues, another.end(), another.end() + 40, ("status",), skeleton)):
        frame = None  # "Of the 19 hospitals, 12 provide ...": a share of something that is not a state
    # "7 (6 new martyrs + 1 recovered)": parts of 7 (the test spares most sentences a scan of every digit)
    # the words before each count that make it no count of people (a capacity, a population, a study's sample), found
    # once per count: ``_link_one`` asks again for each count and the one before it
    # (but a hospital's beds are counted by what it was built for, "The complex was built for 350 beds", and the deaths a
    # report examines are deaths, "examining 44 deaths in military custody")
    not_a_count = [match if (match := _NOT_A_COUNT_BEFORE.search(text, max(0, number.start - 60), number.start)) is None
                   or not _COUNTED_ANYWAY_AFTER.match(text, number.end) else None for number in numbers]
    sampled = False  # "interviews with 72 former prisoners, 55 from the West Bank and 17 from Gaza": the sample's parts
    for index, number in enumerate(numbers):
        if not_a_count[index]:
            sampled = True
        elif sampled and index and _SAMPLE_PART_GAP.fullmatch(text, numbers[index - 1].end, number.start) and \
                _FROM_A_PLACE_AFTER.match(text, number.end):
            skip.add(index)
        else:
            sampled = False
    recovered_parts: list[tuple[int, int]] = []  # (the toll, its part of bodies recovered)
    for breakdown in _BREAKDOWN.finditer(text) if "(" in text else ():
        if parts := _NEW_AND_RECOVERED.fullmatch(text, breakdown.start("inside"), breakdown.end("inside")):
            # "24 (21 new martyrs + 3 recovered)": each part its own figure, the new dead and the bodies found
            toll = next(i for i, n in enumerate(numbers) if n.end > breakdown.start())
            recovered_parts += [(toll, i) for i, n in enumerate(numbers) if n.start == parts.start("recovered")]
            continue
        skip.update(i for i, n in enumerate(numbers) if breakdown.start("inside") <= n.start < breakdown.end())
    labelled = _label_run(text, numbers, cues, skip) if frame is None and parent is None and list_parent is None else None
    no_hospitals: list[int] = []
    bracketed = _places_in_brackets(text, numbers) if "(" in text else {}
    for i, number in enumerate(numbers):
        if i in skip:
            continue
        if labelled is not None:  # "KILLED 61,709 INJURED 159,268": each count is the value of the word before it
            # the label's words, with the two before its metric noun ("the number of child prisoners stands at 350"; not
            # before a verb: "and settlers killed 3" names who killed)
            lead_start = labelled[i].start
            if not text[labelled[i].start:labelled[i].end].lower().endswith("ed"):
                before = _TWO_WORDS_BEFORE.search(text, max(numbers[i - 1].end if i else 0, labelled[i].start - 30),
                                                  labelled[i].start)
                if casualties.group_for_victims(before.group()) in _VICTIM_GROUPS:  # "child prisoners" (not "Settler violence")
                    lead_start = before.start()
            links[i] = _make(text, number, labelled[i].metric, "", lead=text[lead_start:number.start])
            links[i].group = links[i].group or _group_left_out(text, numbers, links, i)
            links[i].labelled = True
            continue
        if number.value == 0 and (number.text.lower() in ("no", "none") or number.text.lower().startswith("not ")):
            # "none is fully functional", "not one is fully functional" (numbers._NO_HOSPITAL)
            no_hospitals.append(i)  # linked last: no count's series or parts
            continue
        link = _link_one(text, skeleton, numbers, i, cues, links, parent, frame, not_a_count, combined)
        if link is None and not number.percent and (subject := _VICTIMS_SUBJECT.match(text)) and \
                _INCLUDED_BEFORE.search(text, subject.end(), number.start):
            # "The dead, all from one family, included seven children and three women": those the subject counts
            link = _make(text, number, "injured" if subject.group("noun").lower() in _HURT else "killed", "")
        elif link is None and not number.percent and _TOLL_INCLUDES_BEFORE.search(text, max(0, number.start - 90), number.start):
            link = _make(text, number, "killed", "")  # "the ministry's toll includes more than 70 civilians and 16 medics"
        elif link is None and not number.percent and _FIELD_HOSPITALS_AFTER.match(text, number.end) and \
                _BESIDES_BEFORE.search(text, max(0, number.start - 30), number.start) and \
                any(other.metric in hospitals.HOSPITAL_COUNTS for other in links.values()):
            # "Only 18 hospitals out of 36 are providing services, all of them partially, in addition to 7 field hospitals":
            # field hospitals working beside the hospitals counted
            link = _make(text, number, "hospitals_functioning", "")
        elif link is None and not number.percent and i - 1 in links and links[i - 1].parent is None \
                and _AMONG_THEM_AFTER.match(text, number.end):
            # "killed 45 people, three children and seven women among them": parts of the count before
            link = _make(text, number, links[i - 1].metric, "")
            link.parent = i
        if link is not None and list_parent is not None and list_parent.metric == "bodies_recovered" and link.metric == "killed":
            link.metric = "bodies_recovered"  # "Recovery figures by governorate:" over "- Rafah: 512 bodies"
        if link is None and list_parent is not None and not number.percent and (
                label := _label_of(text, number.start)) is None and (
                _CHANGE_AFTER_COUNT.search(text, 0, number.start) or _INSIDE_LABEL.match(text, number.end)):
            continue  # "Minors: 319 – down 9": the change since the last count; "Tulkarm, including its two camps: 47": the label's
        if link is None and list_parent is not None and list_parent.bracketed_group and i - 1 in links and \
                links[i - 1].parent is None and _COUNT_IN_BRACKETS_AFTER.fullmatch(text, numbers[i - 1].end, number.start) \
                and text.startswith(")", number.end):
            # "(minors in brackets):" over "March 2023 - 1,016 (7)": the minors among the line's count
            link = _make(text, number, links[i - 1].metric, "")
            link.group, link.parent = list_parent.bracketed_group, i - 1
        if link is None and list_parent is not None and list_parent.slashed_metrics and not number.percent:
            if _SLASH_NEXT.match(text, number.end):  # "37 / 102": the first of the pair the header names
                link = _make(text, number, list_parent.slashed_metrics[0], "")
            elif _SLASH_BEFORE.search(text, max(0, number.start - 8), number.start):
                link = _make(text, number, list_parent.slashed_metrics[1], "")
        if link is None and list_parent is not None and list_parent.metric in hospitals.HOSPITAL_COUNTS and not number.percent \
                and (label := _label_of(text, number.start)) and \
                (status := _first_cue(cues, label[0], label[1], ("status",), skeleton)):
            link = _make(text, number, status.metric, "")  # "Hospitals before the war: 36" over "Out of service: 20"
        if link is None and list_parent is not None and not number.percent:
            label = _label_of(text, number.start)  # "Children: 18,000": the label names the group
            if label and _THINGS_LABEL.match(text, label[0], label[1]):
                continue  # "Ambulances struck or destroyed: 203" under "Martyrs: 71,660": no count of people
            if list_parent.people_lines_only and not (
                    label is None and casualties.group_for_victims(text[number.end:_window_end(skeleton, numbers, i)])):
                continue
            link = _make(text, number, list_parent.metric, "", lead=text[label[0]:label[1]] if label else "")
        if link is not None and list_parent is not None and list_parent.group and link.group is None \
                and link.family == list_parent.family and _label_of(text, number.start) is not None:
            link.group = list_parent.group  # "Status of child detainees (IPS data)" over "Pretrial: 187": children
        if link is None and not number.percent and (whole := max((j for j in links if links[j].parent is None), default=None)) \
                is not None and links[whole].family == "casualties" and _TOTAL_BROUGHT_TO.search(text, numbers[whole].end, number.start):
            # "have killed 1,600 people since March, pushing the total since October 2023 past 51,000": the running total of
            # what the count before counts
            link = _make(text, number, links[whole].metric, "")
            link.group = link.group or links[whole].group
        if link is None and not number.percent and i - 1 in links and links[i - 1].metric == "reports_of_abuse" and \
                _ELLIPTIC_ACCOUNT.match(text, number.end) and _NEXT_IN_LIST.fullmatch(text, numbers[i - 1].end, number.start):
            # "49 said they had been beaten, 31 that they had been stripped and 12 that dogs had been set on them": the
            # accounts listed after the first, their verb left out
            link = _make(text, number, "reports_of_abuse", "")
            link.group = link.group or links[i - 1].group
        if link is None and number.text.lower() in ("a", "an") and i - 1 in links and \
                _LISTED_ONE_BEFORE.fullmatch(text, numbers[i - 1].end, number.start):
            # "shot dead two Palestinians, a 15-year-old boy and a 24-year-old man": the count's people one by one
            link = _make(text, number, links[i - 1].metric, "")
        if link is not None and link.group is None and number.text == "another" and i - 1 in links and \
                _AND_BEFORE.search(text, numbers[i - 1].end, number.start):
            link.group = links[i - 1].group  # "One UNRWA staff member was killed and another injured": one more of them
        if link is None and not number.percent and _N_BED.match(text, number.end) and _HOSPITAL.search(text):
            link = _make(text, number, "beds", "")  # "a 60-bed field hospital": its beds (a word cue cannot start after "-")
        if link is None and i - 1 in links and not number.percent and links[i - 1].parent is None and \
                (item := _PLACE_LIST_ITEM.fullmatch(text, numbers[i - 1].end, number.start)) and \
                not _PERSON.match(text, number.end) and (item.group("with") or places_in(item.group()) or item.group("kind")
                                                         or _MONTH_ITEM.fullmatch(item.group()) and
                                                         _MONTH_JUST_BEFORE.search(text, max(0, numbers[i - 1].start - 20), numbers[i - 1].start)):
            # "followed by Nablus with 170, Tulkarm with 165 and ...", "January (701), February (588) and March (734)"
            link = _make(text, number, links[i - 1].metric, "")
        if i in bracketed and (link is None or link.parent is None and not link.labelled) and \
                (whole := _whole_of_places(text, numbers, links, bracketed[i])) is not None:
            link = _make(text, number, whole.metric, "")  # "nine Palestinians in Jenin (4), Tubas (2) and Hebron (1)"
            link.parent = i
        if link is None and number.percent and i - 1 in links and links[i - 1].metric in _SHARES_OF_CAPACITY and \
                (_ANOTHER_AT.fullmatch(text, numbers[i - 1].end, number.start) or
                 _EACH_AT.fullmatch(text, numbers[i - 1].end, number.start) and _AT_A_PLACE.match(text, number.end)):
            # "occupancy of 240 percent, and al-Shifa at 210 percent"; "128 per cent at Al-Shifa and 141 per cent at Al-Aqsa"
            link = _make(text, number, links[i - 1].metric, "")
        if link is None and i - 1 in links and links[i - 1].metric in hospitals.HOSPITAL_COUNTS and not number.percent and \
                _OTHERS.match(text, number.end) and (state := _first_cue(cues, number.end, _window_end(skeleton, numbers, i),
                                                                         ("status",), skeleton)):
            link = _make(text, number, state.metric, "")  # "... has reached 8, while 7 others are operating partially"
        if link is None and i - 1 in links and links[i - 1].metric in hospitals.STATES and (
                _OUT_OF_AFTER_STATE.fullmatch(text, numbers[i - 1].end, number.start)
                or _OUT_OF_LATER.fullmatch(text, numbers[i - 1].end, number.start) and _HOSPITALS_NEXT.match(text, number.end)):
            # "12 hospitals partially functioning out of 36", "19 hospitals are operating partially across the Strip out of
            # 36 hospitals"
            link = _make(text, number, "hospitals_total", "")
        if link is None or link.metric in _STATES_A_PLAN_MAY_NAME and _planned_release(text, number):
            continue  # "Israel will free another 150 prisoners next week": a plan, not yet a count
        if (link.family == "casualties" or link.metric == "arrests") and (_RATE_AFTER.match(text, number.end) or
                                            _AVERAGE_BEFORE.search(text, max(0, number.start - 30), number.start)):
            # "one woman killed every hour", "an average of 100 children killed every day", "an average of about 20
            # arrests a day": a rate, no toll
            continue
        if (link.metric == "killed" or link.metric == "hostages_dead" and _PALESTINIANS_AFTER.match(text, number.end)) and (
                _HANDED_OVER_BEFORE.search(text, max(0, number.start - 50), number.start)
                or _BODIES_AFTER.match(text, number.end) and _RETURNED_BEFORE.search(text, max(0, number.start - 30), number.start)):
            continue  # "the handover of 330 Palestinian bodies", "returned 45 bodies": bodies handed back, no toll
        if link.metric in ("killed", "killed_identified") and (
                _EXCHANGED_BODIES_AFTER.match(text, number.end)
                or _BODIES_OF_BEFORE.search(text, max(0, number.start - 30), number.start) and _EXCHANGED_OF_AFTER.match(text, number.end)
                or _EXCHANGED_BODIES_BEFORE.search(text, max(0, number.start - 90), number.start)
                or _BODIES_AFTER.match(text, number.end) and _RETURN_ALL_BEFORE.search(text, max(0, number.start - 20), number.start)):
            continue  # "received 195 bodies from Israel", "the number of bodies returned under the agreement to 360": no toll
        if link.metric == "killed" and _BODIES_RECEIVED_TO.search(text, max(0, number.start - 60), number.start) and \
                _HANDED_BACK.search(text):
            continue  # "received, through the ICRC, 15 bodies released by the occupation, bringing the total number of
            # bodies received to 165": bodies handed back, no toll
        if link.metric == "killed_identified" and _IDENTIFIED_AFTER.match(text, number.end) and \
                _BODIES_NEAR.search(text, max(0, number.start - 80), number.end + 40):
            continue  # "received 330 bodies so far, of which only 95 had been identified": bodies named, no toll
        if link.metric == "hostages_dead" and i - 1 in links and links[i - 1].metric == "hostages_dead" and \
                _RELEASED_AFTER.match(text, number.end) and not _OF_THE_NEXT.fullmatch(text, numbers[i - 1].end, number.start):
            # (but "25 of the 28 dead hostages ... have been returned" counts the 28 dead and the 25 of them returned)
            continue  # "Of the 28 deceased captives ..., 15 have been returned": bodies handed back, not more dead
        if link.metric in ("missing", "bodies_recovered", "killed") and _RESCUED_ALIVE.match(text, number.end):
            continue  # "Crews pulled 4 people alive from under the rubble", "... and pulled 19 people out alive": found alive
        if link.metric in ("killed", "deaths_in_custody") and (
                _WITHHELD_BEFORE.search(text, max(0, number.start - 60), number.start)
                or _BODIES_OF_BEFORE.search(text, max(0, number.start - 30), number.start) and _WITHHELD_AFTER.match(text, number.end)
                or (label := _label_of(text, number.start)) and _WITHHELD_LABEL.search(text, *label)):
            # "Israel is withholding the bodies of 88 martyrs", "the bodies of 75 of them are still withheld", "Bodies of
            # deceased prisoners withheld by Israel: 74": bodies kept, no toll
            continue
        if link.metric == "killed" and _HUNGER_LABEL.match(text):
            link.metric = "malnutrition_deaths"  # "Famine and malnutrition: 5 new deaths ...; the total has climbed to 222"
        if link.metric.endswith("_pct") and not number.percent:
            continue  # "occupancy stands at 140%, and 26 children are being treated there": a count, no share
        if link.metric == "killed" and (_OF_THE_COLD.search(text, max(0, number.start - 50), number.end + 60) or (
                cold := _OF_THE_COLD.search(text, max(0, number.start - 120), number.start)) and not _A_DIGIT.search(
                text, cold.end(), number.start)):  # ("the number of deaths caused by the cold since ... rose to 8")
            continue  # "six children have died of hypothermia": deaths from the cold, no one killed
        if link.metric == "killed" and _AT_RISK_AFTER.match(text, number.end):
            continue  # "50,000 children are at risk of dying from malnutrition": a risk, no toll
        if link.metric in ("killed", "missing") and (_KILLED_OR_MISSING.match(text, number.end) or
                                                     _KILLED_OR_MISSING_BEFORE.search(text, max(0, number.start - 60), number.start)):
            combined.add(i)  # its parts are read on their own ("... includes 10,000 under the rubble")
            continue  # "87 people were killed or missing", "the toll of dead and missing stands at 87": both in one count
        if link.metric in ("killed", "injured") and (
                _KILLED_AND_MAIMED_BEFORE.search(text, max(0, number.start - 50), number.start)
                or _KILLED_AND_MAIMED_AFTER.match(text, number.end)):
            combined.add(i)
            continue  # "the killing and maiming of 8,000 children": killed and injured in one count
        if link.metric == "injured" and _AMPUTATED_AFTER.match(text, number.end):
            continue  # "at least 4,800 of them have undergone amputations": a kind of wound, no count of the wounded
        if link.metric in ("patients", "injured") and (label := _label_of(text, number.start)) and (
                link.metric == "patients" and (_EVACUATION.search(text, label[0], label[1])
                                               or _CHRONIC_LABEL_WORDS.search(text, label[0], label[1]))
                or _AWAITING_LABEL.search(text, label[0], label[1])):
            # (but "Injured evacuated: 33" are the wounded crews took to hospital)
            # "Patients awaiting medical evacuation: 18,460", "Patients and wounded awaiting evacuation | ...: 16,400",
            # "Kidney patients on dialysis inside Gaza | ...: 620": no hospital's load, nor the wounded of a day
            continue
        if link.metric == "reports_of_abuse" and i and i - 1 not in links and \
                _OF_THE_SAMPLE.fullmatch(text, numbers[i - 1].end, number.start):
            # "Sixty-eight of the 73 witnesses said they had been beaten": the part reports it, the sample does not
            link = dataclasses.replace(link, number=numbers[i - 1], qualifier=qualifier_of(text, numbers[i - 1]))
            number = numbers[i - 1]
            i -= 1
        if link.metric == "detainees" and i and i - 1 not in links and \
                _OF_THE_SAMPLE.fullmatch(text, numbers[i - 1].end, number.start) and _PART_STILL_HELD_AFTER.match(text, number.end):
            # "By 31 October, 94 of the 163 were still in custody": the part is held, the whole (those taken) is no count
            # of the held
            link = dataclasses.replace(link, number=numbers[i - 1], qualifier=qualifier_of(text, numbers[i - 1]))
            number = numbers[i - 1]
            i -= 1
        if link.metric == "reports_of_abuse" and _WHOLE_BEFORE.search(text, max(0, number.start - 30), number.start) and \
                not _ALL_OF_BEFORE.search(text, max(0, number.start - 30), number.start):  # "all of the 45 said": all
            continue  # "None of the 73 witnesses said ...", "Most of the 73 ...": the sample, not those who report it
        if link.metric == "reports_of_abuse" and link.parent is None and not _counts_the_abused(text, number, cues) and \
                not (finding and number.start == finding.end()) and \
                not (i - 1 in links and links[i - 1].metric == "reports_of_abuse" and _ELLIPTIC_ACCOUNT.match(text, number.end)):
            continue  # "40 protesters said they were beaten by police", "allegations of abuse at 5 prisons"
        if link.metric == "reports_of_abuse" and _COMPLAINTS_FILED_AFTER.match(text, number.end):
            # "more than 1,450 complaints of torture during Shin Bet interrogations have been filed with the Inspector":
            # complaints lodged with an authority, which the labels count apart (complaints_filed), no accounts of abuse
            continue
        if link.metric == "reports_of_abuse" and link.group and \
                (abuse := next((c for c in cues if c.metric == "reports_of_abuse" and c.start >= number.end), None)) and \
                casualties.group_for_victims(text[abuse.start:abuse.end]) == link.group and \
                not casualties.group_for_victims(text[number.end:abuse.start]):
            link.group = None  # "27 said they had been held without seeing a doctor": what befell them, not doctors
        if link.family == "detention" and (_CAPACITY_BEFORE.search(text, max(0, number.start - 50), number.start)
                                           or _BEYOND_CAPACITY.match(text, number.end)):
            continue  # "holding about 3,100 prisoners, against an official capacity of roughly 2,200": room, not people
        if link.metric == "detainees" and _SAMPLED_AFTER.match(text, number.end):
            continue  # "Of the 63 prisoners interviewed:": those a report's lawyers met, a sample, no count of the held
        if link.metric in ("detainees", "administrative_detainees") and _ON_HUNGER_STRIKE_AFTER.match(text, number.end):
            continue  # "63 administrative detainees have been on hunger strike since 1 August": strikers, no count of the held
        if link.metric == "detainees" and (_WHAT_BEFELL_SOME_OF_THE_HELD_AFTER.match(text, number.end)
                                           or _WHAT_BEFELL_SOME_OF_THE_HELD_BEFORE.search(text, max(0, number.start - 60), number.start)):
            # "612 security prisoners were treated for a psychiatric disorder", "47 ... held in isolation", "19 suicide
            # attempts by security prisoners", "Detainees met by PCATI lawyers: 212": what befell some of the held (labelled
            # apart), no count of the held
            continue
        if link.metric == "detainees" and _PLACES_AFTER.match(text, number.end):
            continue  # "the official capacity ... is about 6,100 places": room for the held, no one held
        if link.metric == "patients" and _ICU_SUBJECT_BEFORE.search(text, max(0, number.start - 90), number.start):
            link.metric = "icu_patients"  # "the intensive care unit had 12 beds and was treating 19 patients": the ward's load
        if link.metric == "detainees" and number.value <= _ONE_ROOMS_MOST and _IN_ONE_ROOM_AFTER.match(text, number.end):
            continue  # "12 men were held in a cell built for six": how crowded one room is, no count of the held
        if link.metric == "detainees" and (_SICK_AFTER.match(text, number.end) or _ILL_AFTER.match(text, number.end)
                                           or _SICK_BEFORE.search(text, max(0, number.start - 80), number.start)) or \
                link.metric == "patients" and _SICK_AFTER.match(text, number.end):  # ("19 sick and wounded prisoners")
            link.metric = "sick_prisoners"  # "more than 1,200 sick prisoners": the ill among the held, not all of them
        if link.metric == "detainees" and _KIN_AMONG_THOSE_HELD.match(text, number.end):
            continue  # "whose husband and two sons were among those held": a family's story, no count of the held
        if link.metric == "detainees" and _WITHOUT_BEDS_AFTER.match(text, number.end):
            continue  # "5,900 inmates in all were sleeping on mattresses on the floor": a condition of some, not all held
        if link.metric == "patients" and (_CHRONIC_PATIENTS_AFTER.match(text, number.end)
                                          or _PATIENTS_GONE_AFTER.match(text, number.end)
                                          or _CHRONIC_WARD_BEFORE.search(text, max(0, number.start - 160), number.start)
                                          or _QUOTA_BEFORE.search(text, max(0, number.start - 40), number.start)
                                          or _SUPPLIES_OR_MOVED_BEFORE.search(text, max(0, number.start - 50), number.start)):
            continue  # "700 kidney patients still depend on dialysis", "trauma supplies for 500 patients": no ward's load
        if link.metric == "patients" and _EVACUATED_BEFORE.search(text, max(0, number.start - 50), number.start):
            continue  # "supported the evacuation of 5,325 patients": those sent abroad, not a hospital's load
        if link.family == "casualties" and _STILL_CHECKING_BEFORE.search(text, max(0, number.start - 40), number.start):
            continue  # "still investigating more than 130 other cases": cases under review, no count yet
        if link.metric in ("injured", "patients") and _MOVED_BEFORE.search(text, max(0, number.start - 40), number.start) and \
                _PATIENTS_AFTER.match(text, number.end):
            continue  # "The Ministry's teams transferred 27 critically wounded patients to hospitals in Beirut": moved, no new count
        if link.metric == "beds" and _ARE_AVAILABLE_AFTER.match(text, number.end):
            link.metric = "beds_available"  # "Of our roughly 1,150 beds, only about 700 are currently available"
        if link.metric == "beds_available" and (_PREWAR_CAPACITY_BEFORE.search(text, max(0, number.start - 50), number.start)
                                                or _AVAILABLE_BEFORE_THE_WAR.match(text, number.end)):
            link.metric = "beds"  # "a third of the pre-escalation capacity of 3,500", "the 3,500 beds available before the escalation"
        if link.metric in ("beds", "beds_available") and _PRISON_BEDS.search(text) and not _HOSPITAL.search(text):
            continue  # "the IPS said it had 21,800 beds across its facilities": a prison's, no hospital's
        if link.metric == "killed" and _DEAD_NOW_AFTER.match(text, number.end) and _HOSTAGES_BEFORE.search(text, 0, number.start):
            link.metric = "hostages_dead"  # "... free the 20 hostages believed to be alive and hand over the remains of the 28 who are dead"
        counted_before = max((j for j in links if links[j].parent is None), default=None)
        if counted_before is not None and link.group is None and links[counted_before].metric == link.metric and (
                _TOTAL_BROUGHT.search(text, numbers[counted_before].end, number.start)
                or _BROUGHT_TO.search(text, numbers[counted_before].end, number.start) and _NUMBER_OF_STAFF.match(text, number.end)):
            # ("..., bringing to 68 the number of staff arrested there": the same people; not "the number of Palestinians")
            link.group = links[counted_before].group  # "40 health workers were killed this week, bringing the total to 97"
        elif counted_before is not None and link.group is None and _OTHERS.match(text, number.end) and \
                _OF_ITS_OWN.match(text, numbers[counted_before].end):
            link.group = links[counted_before].group  # "one of its paramedics was killed and two others were injured"
        elif counted_before is not None and link.group is None and \
                links[counted_before].group not in (None, "all", "civilians", *_PEOPLE_GROUPS) and _OTHERS.match(text, number.end) and \
                _KILLING_THEN_WOUNDING_OTHERS.fullmatch(text, numbers[counted_before].end, number.start):
            # "killing two soldiers and injuring eight others", "killed three paramedics and wounded two others": others
            # of that trade (not "killed three children and wounded 14 others": other people, as the labels count them)
            link.group = links[counted_before].group
        if i in ranges:
            low = numbers[ranges[i]]
            link.value_max, link.qualifier = number.value, "range"
            link.number = low
        links[i] = link
    # "12 Palestinians and 3 Israelis were killed": the first count takes the metric of the one it is joined to
    for i in range(len(numbers) - 2, -1, -1):
        if i in links or i in skip or i + 1 not in links or numbers[i].percent:
            continue
        if _PEOPLE_BEFORE_NEXT.fullmatch(skeleton, numbers[i].end, numbers[i + 1].start):
            links[i] = _make(text, numbers[i], links[i + 1].metric, "")
    if any(c.kind == "status" for c in cues):
        _hospitals_by_place(text, numbers, cues, links, skip)
    _carry_qualifiers(text, numbers, links)
    if "amine" in text or "alnutrition" in text or "tarvation" in text or "unger" in text:
        hungry = {i for i, link in links.items() if link.metric == "killed" and link.parent is None and (
            _HUNGER_FRAME.search(text, max(0, numbers[i].start - 100), numbers[i].start)
            or _DEATHS_RECORDED_AFTER.match(text, numbers[i].end) and _HUNGER_BEFORE.search(text, 0, numbers[i].start)
            and not _VIOLENT_DEATH.search(text))}
        for i, link in links.items():
            # "the total number of famine and malnutrition victims to 367 deaths, including 134 children", "Since the IPC
            # declared famine in Gaza Governorate, 89 deaths have been recorded": deaths from hunger, and their parts
            if i in hungry or link.metric == "killed" and link.parent in hungry:
                link.metric = "malnutrition_deaths"
    for i, link in links.items():  # "two brothers aged 6 and 9 were killed": children
        if link.group in (None, "all") and link.family == "casualties" and "aged" in text and \
                (kin := _KIN_OR_YOUNG.match(text, numbers[i].end)) and (ages := _AGES.match(text, kin.end())) and \
                _all_under_18(ages.group("ages")):
            link.group = "children"
    for i, link in links.items():  # "has identified about 17,100 of those killed as children and 9,200 as women"
        if link.metric == "killed" and link.group in (None, "all") and \
                _IDENTIFIED_BEFORE.search(text, max(0, numbers[i].start - 90), numbers[i].start) and \
                (as_group := _AS_A_GROUP_AFTER.match(text, numbers[i].end)):
            link.group = casualties.group_for_victims(as_group.group("who"))
    for i, link in links.items():  # "four Israeli citizens in administrative detention, all of them settlers": who they all were
        if link.group in (None, "all") and link.family in ("casualties", "detention") and \
                (all_of := _ALL_OF_THEM.match(text, numbers[i].end)) and not _A_DIGIT.search(text, numbers[i].end, all_of.end()) and \
                (group := casualties.group_for_victims(text[all_of.end():all_of.end() + 30].split(",")[0])) is not None:
            link.group = group
    for i, link in links.items():  # "NNA said four of the dead in Habboush were paramedics": who those of them were
        if link.family == "casualties" and link.group in (None, "all") and \
                (were := _OF_THE_VICTIMS_WERE.match(text, numbers[i].end)) and \
                (group := casualties.group_for_victims(text[were.end():were.end() + 30].split(",")[0])) in _VICTIM_GROUPS:
            link.group = group
        if link.group in (None, "all") and i - 1 in links and numbers[i].value == 1 and _ORDINAL_AFTER.match(text, numbers[i].end):
            link.group = links[i - 1].group  # "killing two paramedics and wounding a third": a third paramedic
        if link.metric == "killed" and link.group in (None, "all") and _MEMBERS_AFTER.match(text, numbers[i].end) and \
                _ARMED_GROUP_LOST_BEFORE.search(text, max(0, numbers[i].start - 60), numbers[i].start):
            link.group = "fighters"  # "The group has lost at least 119 members since the fighting began": its fighters
    for i in range(len(numbers) - 1):  # "338 fatalities and more than 2,830 injuries among aid seekers": both of them
        if i in links and i + 1 in links and links[i].group is None and links[i + 1].group in _VICTIM_GROUPS and \
                _PAIR_OF_COUNTS.fullmatch(text, numbers[i].end, numbers[i + 1].start) and \
                (noun := _AMONG_AFTER_NOUN.match(text, numbers[i + 1].end)) and \
                casualties.group_for_victims(noun.group()) in (None, "all"):
            links[i].group = links[i + 1].group
        # "19 of the martyrs and 88 of the wounded were aid seekers": the group the verb gives both parts
        if i in links and i + 1 in links and links[i].group is None and links[i + 1].group in _VICTIM_GROUPS and \
                _OF_THE_DEAD_AND.fullmatch(text, numbers[i].end, numbers[i + 1].start) and \
                (were := _OF_THE_HURT_WERE.match(text, numbers[i + 1].end)) and \
                casualties.group_for_victims(text[were.end():were.end() + 40]) == links[i + 1].group:
            links[i].group = links[i + 1].group
    # (not after a part: "has reached 74, among them 15 children, while the number of injured ... is 1,036", "10 martyrs,
    # three women among them, and 54 wounded")
    for i in range(1, len(numbers)):  # "martyrs among those seeking aid has reached 2,641, while the injured exceed 19,300"
        if i in links and i - 1 in links and links[i].metric == "injured" and links[i].group is None and \
                links[i - 1].metric == "killed" and links[i - 1].group in _VICTIM_GROUPS and links[i - 1].parent is None and \
                not _of_no_kind_shared(links[i - 1]) and \
                not _AMONG_THEM_RIGHT_AFTER.match(text, numbers[i - 1].end) and \
                (_THE_INJURED_JOINED.fullmatch(text, numbers[i - 1].end, numbers[i].start)
                 # "18,500 children have been killed in Gaza since October 2023 and more than 42,000 injured"
                 or _AND_THEN_ELLIPTIC.fullmatch(text, numbers[i - 1].end, numbers[i].start)
                 and _BARE_INJURED_AFTER.match(text, numbers[i].end)):
            links[i].group = links[i - 1].group
    for i in sorted(links):  # "ten more have died of malnutrition ..., bringing such deaths to 111, among them 81 children"
        link = links[i]
        # a part ("among them 81 children") is of the nearest whole before it (``Link.parent`` marks a part)
        parent = next((links[j] for j in sorted(links, reverse=True) if j < i and links[j].parent is None), None) \
            if link.parent is not None else None
        if link.metric == "killed" and (_SUCH_DEATHS_BEFORE.search(text, max(0, numbers[i].start - 40), numbers[i].start)
                                        or _SUCH_DEATHS_AFTER.match(text, numbers[i].end)
                                        or parent is not None and parent.metric == "malnutrition_deaths") \
                and (any(links[j].metric == "malnutrition_deaths" for j in links if j < i)
                     # "Since the ministry began recording deaths from malnutrition separately, it has counted 460 such
                     # deaths": the kind its words named before, with no count of its own
                     or any(c.metric == "malnutrition_deaths" and c.start < numbers[i].start for c in cues)):
            link.metric = "malnutrition_deaths"
    for i in sorted(links):  # "at least 11 Palestinians who died in Israeli custody ..., seven in prisons run by the Israel
        # Prison Service and four in facilities run by the military": the deaths, split by where they died
        # ("the deaths of at least 75 Palestinians in Israeli custody since 7 October 2023: 46 in IPS prisons and 29 in
        # military detention facilities": split after a colon, past the date of the whole)
        split = max(numbers[i - 1].end, text.rfind(":", numbers[i - 1].end, numbers[i].start)) if i else 0
        if links[i].metric == "detainees" and i - 1 in links and links[i - 1].metric == "deaths_in_custody" and \
                _IN_A_PLACE_OF_CUSTODY.match(text, numbers[i].end) and _SPLIT_JOINED.fullmatch(text, split, numbers[i].start):
            links[i].metric = "deaths_in_custody"
    for i in sorted(links):  # "Three prisoners died in custody ..., bringing to 97 the number of prisoners and detainees whose
        # deaths ... are known": the running total of the deaths just counted, whatever noun the frame names them by
        before = next((j for j in sorted(links, reverse=True) if j < i), None)
        if before is not None and links[before].metric == "deaths_in_custody" and links[i].metric in ("detainees", "killed") \
                and _BRINGING_TO_BEFORE.search(text, numbers[before].end, numbers[i].start) \
                and not _HELD_OR_ARRESTED_AFTER.match(text, numbers[i].end):
            links[i].metric, links[i].family = "deaths_in_custody", "detention"
    for i in range(len(numbers) - 1):  # "Thirty-eight of the 41 former detainees we interviewed said they were beaten"
        if i in skip or numbers[i].percent or \
                i in links and links[i].metric not in ("detainees", "released_detainees", "reports_of_abuse") or \
                not _OF_THE_SAMPLE.fullmatch(text, numbers[i].end, numbers[i + 1].start) or \
                not _counts_the_abused(text, numbers[i + 1], cues):
            continue
        abuse = next(c for c in cues if c.metric == "reports_of_abuse" and c.start >= numbers[i + 1].end)
        links[i] = _make(text, numbers[i], "reports_of_abuse", "", lead=text[numbers[i + 1].end:abuse.start])
        links.pop(i + 1, None)  # the sample they are a part of is no count
    sample = _OF_THE_SAMPLE_OPENING.match(text)
    if sample and 0 in links and numbers[0].start == sample.start("n") and links[0].metric == "detainees" and \
            1 in links and links[1].metric == "reports_of_abuse":
        del links[0]  # "Of the 70 detainees, 61 described physical violence": the sample, no count of the held
    if sample and 1 in links and links[1].metric == "reports_of_abuse" and links[1].group is None and \
            numbers[0].start == sample.start("n"):
        # "Among the 23 women interviewed, 19 described sexual harassment": those of the sample, of its group
        sampled = casualties.group_for_victims(text[numbers[0].end:sample.end()])
        if sampled in _VICTIM_GROUPS:
            links[1].group = sampled
    for i in range(1, len(numbers)):
        if i in links and links[i].metric == "reports_of_abuse" and links[i].group is None and not_a_count[i - 1] and \
                _PART_AFTER.match(text, numbers[i].end) and (stop := _GROUP_STOP.search(text, numbers[i - 1].end)) and \
                stop.start() < numbers[i].start:
            # "an Addameer lawyer visited 23 children at Ofer; 19 of them said they had been beaten": of the sample's group
            sampled = casualties.group_for_victims(text[numbers[i - 1].end:stop.start()])
            if sampled in _VICTIM_GROUPS:
                links[i].group = sampled
    for i, link in links.items():  # "Nineteen detainees said they had been denied medical care": those who report it
        # (not the sample a later count of those who report is part of, "31 detainees interviewed, 27 of whom described
        # beatings"; but "41 prisoners described beatings ..., and 27 said ..." each report their own)
        if link.metric == "detainees" and link.parent is None and _counts_the_abused(text, numbers[i], cues) and (
                not any(j > i and links[j].metric == "reports_of_abuse" for j in links)
                or _own_abuse_cue_first(numbers, i, cues)):
            link.metric, link.family = "reports_of_abuse", "detention"
        elif link.metric == "detainees" and _REPORTED_BY_BEFORE.search(text, max(0, numbers[i].start - 40), numbers[i].start) \
                and _ABUSE_NAMED.search(text, 0, numbers[i].start):
            link.metric, link.family = "reports_of_abuse", "detention"  # "Denial of medical care was reported by 142 detainees"
    of_group = _OF_THE_GROUP.match(text) if 0 in links and links[0].group is None else None
    if of_group and numbers[0].start >= of_group.end() and _QUALIFIER_GAP.fullmatch(text, of_group.end(), numbers[0].start):
        # "Of the children held in October 2026, 96 were administrative detainees": the part is of that group
        links[0].group = casualties.group_for_victims(of_group.group("group"))
    whole = _OF_A_GROUP.match(text)
    if whole and len(numbers) > 1 and numbers[0].start == whole.start("whole") and numbers[1].start == whole.end() and \
            0 in links and 1 in links and links[0].metric == links[1].metric and not detention.is_generic(links[0].metric) \
            and links[0].family == "detention" and links[0].group in _VICTIM_GROUPS:
        # "Of the 355 children, 94 are held in administrative detention": the children held, and those of them so held
        links[0].metric = "detainees"
        links[1].group = links[1].group or links[0].group
    for i in range(1, len(numbers)):  # "3,410 administrative detainees, some 360 children and 49 women": of all the held
        if i in links and i - 1 in links and links[i].metric in detention.KINDS_OF_THE_HELD and \
                links[i - 1].metric == links[i].metric and links[i].parent is None and links[i].group in _VICTIM_GROUPS and \
                links[i - 1].group in (None, "all") and _BARE_GROUP_AFTER.match(text, numbers[i].end):
            links[i].metric = "detainees"
    for i, link in links.items():  # "including a woman and three of her daughters": children, whatever the count's clause says
        if link.metric in ("killed", "injured") and link.group in (None, "all") and \
                family_children_after(text, numbers[i].start, numbers[i].end):
            link.group = "children"
    for i, number in enumerate(numbers):
        if i in skip or number.value != 1 or not (family := _ONE_OF_A_FAMILY.match(text, number.end)):
            continue
        # "killed a man, his wife and their four children", "A man, his wife and ... were killed": each of the family
        # listed befell what befell the kin counted beside them
        kin = next((links[j] for j in (i + 1, i + 2, i - 1, i - 2) if j in links and links[j].family == "casualties"), None)
        if i not in links and kin is not None:
            links[i] = _make(text, number, kin.metric, "")
        if i in links and links[i].group in (None, "all"):
            one = family.group().lower()
            links[i].group = "women" if "wife" in one and number.text.lower() == "his" or "woman" in one or "mother" in one \
                else "men"
        if i in links and i + 1 < len(numbers) and i + 1 not in links and i + 1 not in skip and \
                _SPOUSE_THEN_KIN.fullmatch(text, number.end, numbers[i + 1].start):
            # "killed with his wife and five children": the verb the spouse took is the children's too
            links[i + 1] = _make(text, numbers[i + 1], links[i].metric, "")
    for i in range(1, len(numbers)):
        if i not in links or links[i].group not in (None, "all") or not _THE_NUMBER_AFTER.match(text, numbers[i].end):
            continue  # (most counts: no running total "to N the number killed")
        whole = max((j for j in links if j < i and links[j].parent is None), default=None)
        if whole is not None and links[whole].group in _RANKS_AND_TRADES and links[i].metric == links[whole].metric \
                and _RAISING_TO_BEFORE.search(text, numbers[i - 1].end, numbers[i].start):
            # "Two more soldiers died, raising to 220 the number killed since ground operations began": the running total
            # of those the count before counted (not of a part of them, nor "... the number of Palestinians killed")
            links[i].group = links[whole].group
    for i, link in links.items():  # a legal status is the count's own, never taken from a count joined to it
        # (prisoners freed keep theirs: "freed 1,968 prisoners, including 250 serving life sentences")
        status = _legal_status(text, numbers[i]) if link.metric in ("detainees", "released_detainees") else None
        if status and link.group in (None, "all"):
            link.group = status
        elif not status and link.group in _LEGAL_STATUSES:
            link.group = None
    for i in range(1, len(numbers)):  # "146 are minors ..., 34 of them in administrative detention": minors so held
        if i in links and i - 1 in links and links[i].metric in detention.KINDS_OF_THE_HELD and links[i].group in (None, "all") \
                and links[i - 1].metric == "detainees" and links[i - 1].group in ("children", "women") and \
                _OF_THEM_IN_A_REGIME.match(text, numbers[i].end) and \
                not _AND_BETWEEN.search(text, numbers[i - 1].end, numbers[i].start) and \
                not (i >= 2 and _AND_BETWEEN.search(text, numbers[i - 2].end, numbers[i - 1].start)):
            # (not "among them 350 children and 52 women, and 3,350 of them are held in administrative detention": of all)
            links[i].group = links[i - 1].group
    for i, number in enumerate(numbers):  # "the 78th Palestinian known to have died in custody", "the third death in custody"
        if _ORDINAL_SURFACE.fullmatch(text, number.start, number.end + 2 if text[number.start].isdigit() else number.end) and \
                (i not in links or links[i].metric in ("killed", "detainees")):
            links[i] = _make(text, number, "deaths_in_custody", "")  # (found only so, see numbers._ORDINAL_DEATH_IN_CUSTODY)
    for i, link in links.items():  # "four of them fully and five partially": how much each part works, right after it
        if link.metric in hospitals.STATES and link.metric != "hospitals_out_of_service" and \
                (how := _HOW_MUCH_AFTER.match(text, numbers[i].end)):  # (not "22 are not functioning, 10 of them fully")
            link.metric = _STATE_OF_HOW_MUCH.get(how.group(1).lower(), "hospitals_partially_functioning")
    if 0 in links and links[0].metric in detention.KINDS_OF_THE_HELD and (opening := _OF_THE_N_OPENING.match(text)) and \
            numbers[0].start < opening.end():
        for i in range(1, len(numbers)):  # "Of the 3,498 administrative detainees, 102 are children and 8 are women": theirs
            if i in links and links[i].metric == "detainees" and links[i].group in ("children", "women") and \
                    _ARE_A_GROUP_AFTER.match(text, numbers[i].end) and ";" not in text[numbers[0].end:numbers[i].start]:
                links[i].metric = links[0].metric
    for toll, part in recovered_parts:
        if toll in links and links[toll].metric == "killed" and part not in links:
            links[part] = _make(text, numbers[part], "bodies_recovered", "")
    for i in no_hospitals:
        links[i] = _make(text, numbers[i], "hospitals_functioning", "")
    for i in sorted(links):
        before = links.get(i - 1)
        if links[i].group is not None or before is None or links[i].metric not in ("killed", "injured") or \
                before.family != "casualties" or before.metric == links[i].metric:
            continue
        # (but not "killed 21 paramedics and wounded 76": everyone, as the labels of four rounds have it against one)
        if before.group in casualties.TRADES and _OF_THEIR_COLLEAGUES.match(text, numbers[i].end):
            links[i].group = before.group  # "killing one paramedic and wounding two of his colleagues"
    for i, link in links.items():
        if link.group is None and link.family == "casualties" and _MEMBERS_AFTER.match(text, numbers[i].end) and \
                _ARMED_GROUP_SPEAKS.search(text, max(0, numbers[i].start - 60), numbers[i].start):
            link.group = "fighters"  # "Hezbollah later mourned two members it said had been killed"
    released = [i for i in sorted(links) if links[i].metric == "released_detainees"]
    released_list = list_parent is not None and list_parent.metric == "released_detainees"
    if (released or parent is not None and parent.metric == "released_detainees" or released_list) and \
            not _A_SAMPLE_BEFORE.search(text, 0, numbers[released[0]].start if released else 0):
        # (not the parts of a sample: "testimonies collected ... from 61 Palestinians released from Israeli custody: 38 ...")
        # "Israel released 1,968 prisoners, among them 250 serving life sentences and 1,718 people detained in Gaza", "the
        # released group comprised 96 prisoners serving life sentences, 254 serving long sentences and 796 Gaza residents":
        # the kinds of those freed are of the release (not "... and it still holds 9,100")
        first = released[0] if released and not released_list else -1
        for i in range(first + 1, len(numbers)):
            # (under "those released were distributed as follows:", a line of those "held without charge" too)
            if i in skip or numbers[i].percent or i in links and links[i].metric not in (
                    ("detainees", "released_detainees", "administrative_detainees") if released_list else ("detainees", "released_detainees")) or \
                    not_a_count[i] or _REMAINS_OF.search(text, max(0, numbers[i].start - 40), numbers[i].start):
                continue  # (not "testimonies of 38 former detainees", "the bodies of 195 Palestinians")
            if _STILL_HELD_BETWEEN.search(text, numbers[first].end if first >= 0 else 0, numbers[i].start) or \
                    _STILL_HELD_AFTER.match(text, numbers[i].end):
                break  # (nor "at least 13 others remain in Israeli custody")
            if i in links:
                links[i].metric, links[i].family = "released_detainees", "detention"
            elif _RELEASED_KIND_AFTER.match(text, numbers[i].end):
                links[i] = _make(text, numbers[i], "released_detainees", "")
                # ("Of these, 250 were serving life sentences": the legal status of those freed, as above)
                links[i].group = _legal_status(text, numbers[i]) or links[i].group
    for i in range(1, len(numbers)):
        if i not in links and i not in skip and (i - 1) in links and links[i - 1].metric == "killed" and \
                _IN_CASES_BEFORE.search(text, max(0, numbers[i].start - 25), numbers[i].start) and \
                _CASES_UNCLEAR_AFTER.match(text, numbers[i].end):
            # "Israeli forces killed 1,034 of them, settlers killed 35, and in 17 cases it remains unclear whether soldiers or
            # settlers were responsible": the rest of the dead, whose killers are not known
            links[i] = _make(text, numbers[i], "killed", "")
    dead = [i for i in sorted(links) if links[i].metric == "deaths_in_custody"]
    if dead:
        # "Of the 98 prisoners who have died since the start of the war, 55 were detainees from the Gaza Strip", "... who have
        # died in Israeli custody since October 2023, the two groups said, 63 of them from Gaza": the parts of those deaths
        first = dead[0]
        opening = first == 0 and (whole := _OF_THE_N_WHOLE.match(text)) is not None and numbers[0].start < whole.end()
        for i in range(first + 1, len(numbers)):
            if _STILL_HELD_BETWEEN.search(text, numbers[first].end, numbers[i].start) or \
                    _BODIES_WORD.search(text, numbers[first].end, numbers[i].start) or ";" in text[numbers[first].end:numbers[i].start]:
                break  # (not "..., and Israel still holds 9,000 detainees", "withholds the bodies of 33, 22 of them since ...")
            if i in skip or numbers[i].percent or not_a_count[i] or i in links and links[i].metric not in ("detainees", "killed") \
                    or _REMAINS_OF.search(text, max(0, numbers[i].start - 40), numbers[i].start):
                continue  # (not "the bodies of 75 of them are still withheld")
            if not (opening or _PART_AFTER.match(text, numbers[i].end)):
                continue
            if i in links:
                links[i].metric, links[i].family = "deaths_in_custody", "detention"
            elif _RELEASED_KIND_AFTER.match(text, numbers[i].end) or _PART_AFTER.match(text, numbers[i].end):
                links[i] = _make(text, numbers[i], "deaths_in_custody", "")
    if frame and (another := _AND_ANOTHER_SHARE.match(text, numbers[max(frame)].end)):
        # (the other facilities' share, "40 of its 72 primary care centres", counts no hospitals)
        for i in [i for i in links if another.start() <= numbers[i].start < another.end()]:
            del links[i]
    previous = None  # the link before each, in the sentence's order
    for i in sorted(links):
        link = links[i]
        # "59 Palestinians have died in Israeli custody ..., 40 of whom had been detained in Gaza": where the dead were
        # taken from, a part of the deaths
        if link.metric in ("arrests", "detainees") and previous is not None and previous.metric == "deaths_in_custody" and \
                _DETAINED_FROM_AFTER.match(text, link.number.end):
            link.metric, link.family = "deaths_in_custody", "detention"
        elif link.metric == "beds_available" and _BEFORE_THE_WAR.match(text, link.number.end + 1, link.number.end + 40):
            link.metric = "beds"  # "1,790 beds are available, against 3,500 before October 2023": all the beds there were
        previous = link
    for i in [i for i, link in links.items() if link.metric in ("patients", "icu_patients")]:
        if _STAFF_NOUN_AFTER.match(text, numbers[i].end):
            del links[i]  # "about 150 health workers and 350 patients remained inside": the staff (or the displaced) are no patients
    if ("food" in text or " aid" in text or "flour" in text or "distribution" in text or "trucks" in text or "lorries" in text
            or "GHF" in text or "Foundation" in text) and \
            (seeking := _WHILE_SEEKING_AID.search(text)):
        _aid_seekers(text, links, seeking)
    if "part" in text and (partly := _WORKING_ONLY_IN_PART.search(text)) and not _FULLY.search(text) and \
            not _OF_THEM_BEFORE_PART.search(text, max(0, partly.start() - 20), partly.start()) and \
            (working := [link for link in links.values() if link.number.end <= partly.start() and link.metric != "hospitals_total"]) \
            and working[-1].metric == "hospitals_functioning" and not any(
                number.start >= working[-1].number.end and number.end <= partly.start() and not any(
                    link.number is number and link.metric == "hospitals_total" for link in links.values()) for number in numbers):
        # (the count right before the words, no other but the whole between: not "seven were operating, five of them only
        # partially", nor
        # "nine field hospitals ..., which says only 17 of Gaza's 36 hospitals are even partly functional")
        for link in links.values():
            if link.metric == "hospitals_functioning":  # (and the parts after it: "seven in the south and seven in the north")
                # "Just 16 of Gaza's 36 hospitals are functioning, and then only in part", "are working, all of them only
                # partly", "are functioning even partially, seven in the south and seven in the north"
                link.metric = "hospitals_partially_functioning"
    return [links[i] for i in sorted(links)]


# "1,857 people killed while trying to obtain food", "891 people have been killed and more than 5,700 wounded while trying to
# reach food", "The ministry's count of people killed while seeking aid ... now stands at 2,344, with over 17,100 injured":
# aid seekers, as the probe labels have them (a settled convention since 2026-11-29: 104 older labels relabelled)
_WHILE_SEEKING_AID = re.compile(
    r"\b(?:while|as\s+they\s+were|when\s+they\s+were)\s+(?:seeking|looking\s+for|waiting\s+for|queu(?:e)?ing\s+for"
    r"|(?:trying|attempting)\s+to\s+(?:get|obtain|reach|access|collect|receive))\s+(?:\w+\s+)?(?:aid|food|flour)\b"
    # ("21 people were killed near an aid distribution site", "as they made their way to a food distribution site"; not a
    # water distribution point's)
    # (not where the wounded lay: "killed ... while trying to reach the wounded near distribution points")
    r"|(?<!the\swounded\s)(?<!the\sinjured\s)\b(?:near|at|around|close\s+to|in\s+the\s+vicinity\s+of|on\s+(?:the\s+|their\s+)?(?:way|road|routes?)\s+to"
    r"|(?:walking|heading|going)\s+(?:to|towards?)|made\s+their\s+way\s+to|approaching)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?<!water\s)(?:(?:aid|food)\s+(?:distribution\s+|collection\s+)?|(?:GHF|distribution)\s+)(?:sites?|points?|hubs?|centres?|centers?)\b"
    # ("crowds waiting for flour trucks", "gathered to wait for UN aid lorries", "crowds gathering for UN trucks", "had been
    # queuing for flour", "gathered to receive flour from aid trucks")
    r"|\b(?:waiting|waited|queu(?:e)?ing|queued|gather(?:ed|ing)|lined\s+up)\s+(?:to\s+(?:wait|receive|get|collect)\s+)?(?:for\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,2}?(?:(?:aid|food|flour)\b|(?:UN|U\.N\.)\s+(?:trucks|lorries|convoys)\b)"
    # ("shot while trying to collect flour", "from the aid distribution areas", "near a site run by the Gaza Humanitarian
    # Foundation")
    r"|\bcollect(?:ing)?\s+flour\b|\bfrom\s+the\s+(?:[\w'’-]+\s+)?(?:aid\s+|food\s+)?distribution\s+(?:areas?|sites?|points?)\b"
    r"|\bsites?\s+run\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:Gaza\s+Humanitarian\s+Foundation|GHF)\b",
    re.IGNORECASE)
# a whole's parts opening before the phrase: the whole is everyone's ("18,600 people killed, among them at least 1,900 who
# died while trying to reach food")
# working, but only in part, said after the count ("and then only in part", "all of them only partly", "even partially")
_FULLY = re.compile(r"\bfully\b", re.IGNORECASE)
_OF_THEM_BEFORE_PART = re.compile(r"\bof\s+(?:them|which|whom)\s*$", re.IGNORECASE)
_WORKING_ONLY_IN_PART = re.compile(r"\b(?:(?:and\s+)?(?:then\s+)?only|even|(?:all|both)\s+of\s+them(?:\s+only)?)\s+(?:partially|partly"
                                   r"|in\s+part)\b", re.IGNORECASE)
_PARTS_OPENING = re.compile(r".*(?:\b(?:including|among\s+(?:them|whom)|of\s+whom)\b|:)", re.IGNORECASE | re.DOTALL)
# a share of the whole, no count of its own: the phrase is about some of them ("57 martyrs and 212 wounded ..., most of them
# people who were shot while trying to ...", "killed at least 46 Palestinians, more than half of them people waiting for food
# near a distribution site", "kills at least 46 in Gaza, many near aid hub")
_SOME_OF_THEM_OPENING = re.compile(r",\s*[\"“]?(?:the\s+)?(?:(?:vast|overwhelming)\s+)?(?:majority|most|many|some|several"
                                   r"|(?:more\s+than\s+|about\s+|nearly\s+|almost\s+)?(?:half|a\s+third|a\s+quarter))\b", re.IGNORECASE)
_OUT_OF_A_TOTAL_BEFORE = re.compile(r"\b(?:out\s+)?of\s+a\s+total\s+of\s+(?:about\s+|some\s+|more\s+than\s+)?$", re.IGNORECASE)
# between two counts of one clause: a new clause ("had passed 59,000, and that 1,021 people had been killed while ...")
_NEW_CLAUSE = re.compile(r"[,;]|\bthat\b")


def _aid_seekers(text: str, links: dict[int, Link], seeking: re.Match[str]) -> None:
    start = text.rfind(";", 0, seeking.start()) + 1
    if _SOME_OF_THEM_OPENING.search(text, start, seeking.start()):
        return
    if parts := _PARTS_OPENING.match(text, start, seeking.start()):
        start = parts.end()
    end = text.find(";", seeking.end())
    end = len(text) if end < 0 else end
    hurt = [link for _, link in sorted(links.items()) if link.metric in ("killed", "injured") and start <= link.number.start < end]
    before = [link for link in hurt if link.number.start < seeking.start()]
    for link, after in zip(before[-2::-1], before[:0:-1]):  # from the count nearest the phrase back, while one clause holds them
        if _NEW_CLAUSE.search(text, link.number.end, after.number.start):
            hurt = [other for other in hurt if other.number.start > link.number.start]
            break
    for link in hurt:
        if link.group is None and not _OUT_OF_A_TOTAL_BEFORE.search(text, max(0, link.number.start - 25), link.number.start):
            link.group = "aid_seekers"  # (not "214 martyrs among citizens waiting for aid, out of a total of 388": everyone's)


_LABEL_RUN_GAP = 8  # words between two counts of a key-figures box ("KILLED 61,709 PALESTINIANS INJURED 159,268")


def _places_in_brackets(text: str, numbers: list[NumberMention]) -> dict[int, list[int]]:
    """For each count in brackets after a place ("Jenin (4), Tubas (2) and Hebron (1)"), the run of such counts it is
    one of (indices into ``numbers``)."""
    runs: list[list[int]] = []
    for i, number in enumerate(numbers):
        if not text.startswith(")", number.end) or number.percent:
            continue
        named = _PLACE_BEFORE_BRACKET.search(text, max(0, number.start - 40), number.start)
        if named is None or not places_in(named.group("place")):
            continue
        if runs and runs[-1][-1] == i - 1 and _NEXT_PLACE.fullmatch(text, numbers[i - 1].end, named.start()):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i: run for run in runs for i in run}


def _whole_of_places(text: str, numbers: list[NumberMention], links: dict[int, Link], run: list[int]) -> Link | None:
    """The count a run of places in brackets breaks down: the one before it they add up to, else the nearest before it
    when they fit in it and nothing else is named in between ("95 structures ... in Area C (78) and East Jerusalem
    (17)" after "killed 12" breaks down no one killed)."""
    total = sum(numbers[i].value for i in run)
    before = [j for j in sorted(links, reverse=True) if j < run[0] and links[j].parent is None]
    summed = next((links[j] for j in before if numbers[j].value == total), None)
    if summed is not None:
        return summed
    if not before:  # "distributed as follows: Jenin (4), Tubas (2)" under "The martyrs of the week": as the first is read
        return links.get(run[0])
    nearest = before[0]
    gap = text[numbers[nearest].end:numbers[run[0]].start]
    return links[nearest] if total <= numbers[nearest].value and not _DIGIT_IN.search(gap) and not _NON_TARGET.search(gap) \
        else None


def _label_run(text: str, numbers: list[NumberMention], cues: list[Cue], skip: set[int]) -> dict[int, Cue] | None:
    """The metric word before each count, when a line reads as labels and values with nothing else: it ends
    on a count, holds two or more, and each follows its own metric word ("Palestinians killed 61,709
    Palestinians injured 159,268", as a key-figures box comes out of a PDF). English prose puts a count
    before its noun, so there the noun after the first count would be read as its own."""
    counted = [i for i in range(len(numbers)) if i not in skip]
    if len(counted) < 2 or any(numbers[i].percent for i in counted) or \
            not _ENDS_ON_COUNT.fullmatch(text, numbers[counted[-1]].end):
        return None
    if any(len(text[numbers[a].end:numbers[b].start].split()) > _LABEL_RUN_GAP for a, b in zip(counted, counted[1:])):
        return None  # a clause between two counts is prose ("the bodies of 89 of them, ..., which brings the total to 100")
    found = {}
    for i in counted:
        before = _cue_before(text, cues, numbers[i], ("noun",))
        if before is None or any(c.start >= before.end and c.end <= numbers[i].start for c in cues):
            return None
        found[i] = before
    return found


def family_children_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words right after the count at [start, end) that make it a family's children ("her five children", "three of
    their children"), else None."""
    kin = _KIN_CHILDREN_AFTER.match(text, end)
    return kin if kin and (kin.group("of") or _KIN_OWNER_BEFORE.search(text, max(0, start - 12), start)) else None


def _link_one(text, skeleton, numbers, i, cues, links, parent, frame, not_a_count, combined=frozenset()) -> Link | None:
    """``not_a_count[j]``: the match of ``_NOT_A_COUNT_BEFORE`` right before ``numbers[j]``, or None."""
    number = numbers[i]
    if _CONDITION_OF_OTHERS.search(text, max(0, number.start - 40), number.end + 8) and \
            not _HURT_OR_STATE_AFTER.match(text, number.end):
        return None  # "concern for the condition of three others": their state unknown, no count of the dead or held
    if _AGE_OF_THE_YOUNGEST.search(text, max(0, number.start - 30), number.start) or \
            _AGE_OF_A_PERSON.search(text, max(0, number.start - 30), number.start) and not _COUNTED_AFTER.match(text, number.end) or \
            _is_age_set_off(text, number) or \
            any(m.start() <= number.start < m.end() for m in _ONE_IN_N.finditer(text, max(0, number.start - 30), number.end + 30)):
        return None  # "the youngest of them 13": an age; "roughly one injury in four": a share
    if _SPEAKING_BODIES_AFTER.match(text, number.end):
        return None  # "The two bodies said that ...", "the two institutions said": who speak, no one counted
    if _MORE_THAN_THEN.match(text, number.end) or _RISEN_BY_BEFORE.search(text, max(0, number.start - 40), number.start) \
            or _FACTOR_BEFORE.search(text, max(0, number.start - 30), number.start) \
            or _DISPLACING_BEFORE.search(text, max(0, number.start - 40), number.start):
        # "9,902 prisoners, 87 more than at the beginning of October", "had risen by almost 5,000", "grown by a factor of
        # about 2.7": a change; "the operation has forced some 40,000 people from their homes": the displaced
        return None
    if _HELD_THEN_FREED.match(text, number.end) and not any(c.metric == "reports_of_abuse" and c.start > number.end for c in cues):
        return None  # "Two men who were held in the same section and released in early December told ...": held no longer
    after = skeleton[number.end:]
    window_end = _window_end(skeleton, numbers, i)
    window = skeleton[number.end:window_end]
    in_aside = not skeleton[number.start:number.end].strip()
    if in_aside:  # "killed 12 Palestinians, including 4 minors, during a raid on Jenin camp": the aside's words are its own
        window = text[number.end:_aside_end(skeleton, number)]
    if frame:
        later = max(frame)  # "N of M hospitals <state>" or "Of the M hospitals, N <state>"
        status = _first_cue(cues, numbers[later].end, _window_end(skeleton, numbers, later), ("status",), skeleton)
        if status is None and (another := _AND_ANOTHER_SHARE.match(text, numbers[later].end)):
            # "18 of Gaza's 35 hospitals and 40 of its 72 primary care centres have stopped working": one state for both
            status = _first_cue(cues, another.end(), another.end() + 40, ("status",), skeleton)
        whole_in_state = frame[0] < frame[1] and status is not None and hospitals.state_names_the_whole(
            text[numbers[later].end:status.start], text[status.end:])
        if i == frame[1]:  # "the three hospitals still functioning" count functioning hospitals, not all of them
            return _make(text, number, status.metric if whole_in_state else "hospitals_total", window)
        if i == frame[0]:
            if status and status.metric == "hospitals_functioning" and _NONE_FULLY.search(text, numbers[later].end):
                return _make(text, number, "hospitals_partially_functioning", window)  # "18 of 36 ..., none of them fully"
            return _make(text, number, status.metric, window) if status and not whole_in_state else None
    if number.text in ("a", "A", "an", "An") and _SHOT_THEN_DIED.match(text, number.end):
        # "a 16-year-old boy was shot in the chest ... and died of his wounds", "an 11-year-old boy wounded in the same
        # strike died of his injuries": hurt, then dead
        return _make(text, number, "killed", window)
    if (befell := _OF_THOSE_THEN_BEFELL.match(text, number.end)) and (
            befell.group("hurt") and befell.group("died") or befell.group("held") and befell.group("wounded")):
        # (who they were, from the words up to the verb: not "for lack of surgeons" after it)
        return _make(text[:befell.end()], number, "killed" if befell.group("died") else "injured", "")
    if not number.percent and (_STILL_IN_HOSPITAL_AFTER.match(text, number.end) or _HURT_THEN_STILL_IN_HOSPITAL_AFTER.match(text, number.end)
                               or _STILL_TREATING_BEFORE.search(text, max(0, number.start - 30), number.start)):
        # "214 of the wounded remain hospitalised", "Nasser is still treating 71 of those wounded": the hospitals' load
        # now, however they were hurt ("1,263 soldiers have been wounded, of whom 241 remain hospitalized": soldiers)
        link = _make(text, number, "patients", window)
        if (still := _STILL_IN_HOSPITAL_AFTER.match(text, number.end)) and _INTENSIVE_CARE_WORDS.search(still.group()):
            link.metric = "icu_patients"  # "five of the wounded were still in its intensive care unit"
        if link.group is None and i - 1 in links and _OF_WHOM_BEFORE.search(text, max(0, number.start - 12), number.start):
            link.group = links[i - 1].group
        return link
    label = None if number.percent else _label_of(text, number.start)
    if label is not None and hospitals.label_names_hospitals(text, label):  # "Hospitals partially functioning: 18 of 36"
        status = _first_cue(cues, label[0], label[1], ("status",), skeleton)
        if status is not None:  # "Hospitals operating before the war: 36": all of them
            before_war = _BEFORE_THE_WAR.search(text, label[0], label[1])
            return _make(text, number, "hospitals_total" if before_war else status.metric, "")
        if i + 1 < len(numbers) and not numbers[i + 1].percent and hospitals.label_share(text, number.end, numbers[i + 1].start) and \
                (status := _first_cue(cues, numbers[i + 1].end, _window_end(skeleton, numbers, i + 1), ("status",), skeleton)):
            return _make(text, number, status.metric, "")  # "Hospitals: 14 of 36 partially functional": the state after the share
        if i and i - 1 in links and links[i - 1].metric.startswith("hospitals_") and \
                hospitals.label_share(text, numbers[i - 1].end, number.start):
            return _make(text, number, "hospitals_total", "")  # and the 36, all of them
    elif label is None and i and not number.percent and i - 1 in links and \
            hospitals.label_share(text, numbers[i - 1].end, number.start):
        previous_label = _label_of(text, numbers[i - 1].start)
        if previous_label is not None and hospitals.label_names_hospitals(text, previous_label):
            return _make(text, number, "hospitals_total", "")
    if number.percent:
        cue = _first_cue(cues, number.end, number.end + 40, ("pct",), skeleton) or _cue_before(text, cues, number, ("pct",))
        if cue is None and (pct_label := _label_of(text, number.start)) is not None:
            # "Bed occupancy, Nasser Medical Complex: 127%": the rate the label names, past the place it is of
            cue = next((c for c in cues if c.kind == "pct" and pct_label[0] <= c.start and c.end <= pct_label[1]), None)
        if cue is None and _REACHED_BEFORE.search(text, max(0, number.start - 40), number.start):
            # "The bed occupancy rate in Gaza's hospitals stands at 300 percent"
            cue = _cue_before(text, cues, number, ("pct",), adjacent=False, numbers=numbers)
        occupancy = next((numbers[j] for j, link in links.items() if link.metric == "bed_occupancy_pct"), None)
        if cue is None and occupancy is not None and \
                (number.value > 100 and _ANOTHER_WARD.search(text, occupancy.end, number.start)
                 or _NAMED_HOSPITAL_AT.search(text, occupancy.end, number.start) and not _OTHER_RATE_AFTER.match(text, number.end)) and \
                not _SHARE_OF_AFTER.match(text, number.end) and not _BY_BEFORE.search(text, max(0, number.start - 10), number.start):
            # "Bed occupancy at Al-Shifa has reached 240 percent, and Nasser Medical Complex is running at 180 percent":
            # another hospital's (not "40 per cent of medicines")
            return _make(text, number, "bed_occupancy_pct", "")
        if cue is None:
            return None
        metric = cue.metric
        if metric in ("bed_occupancy_pct", "hospital_capacity_pct") and _PRISON.search(text) and not _HOSPITAL_BEDS.search(text):
            metric = "occupancy_pct"
        elif metric == "hospital_capacity_pct" and not _HEALTH_FACILITY.search(text):
            return None  # "the power plant was running at 40% capacity"
        elif metric == "hospital_capacity_pct" and number.value > 100:
            metric = "bed_occupancy_pct"  # "operating at 260 per cent of capacity": more patients than beds, an occupancy
        return _make(text, number, metric, "")
    # "8 hospitals have been forced to shut down and 7 are partially functioning": the second counts hospitals too
    # ("Of the territory's field hospitals, eight are working": the hospitals named first, no count of them)
    hospitals_first = _OF_THE_HOSPITALS_FIRST.fullmatch(text, 0, number.start) if text.find("ospitals", 0, number.start) >= 0 else None
    in_hospital_sentence = frame is not None or hospitals_first is not None or hospitals.counts_hospitals(after) or any(
        link.family == "hospitals" and link.metric.startswith("hospitals_") for link in links.values())
    if in_hospital_sentence and (hospitals.counts_hospitals(after) or not _PERSON.match(after.lstrip())
                                 or _OTHERS_OR_MORE.match(after)):
        # "and four others are operating at reduced capacity", "and that 11 more were operating at reduced capacity"
        status = _first_cue(cues, number.end, window_end, ("status",), skeleton)
        if status is None and (state_as := _AS_STATE.match(skeleton, number.end)):
            status = _first_cue(cues, state_as.end(), state_as.end() + 40, ("status",), skeleton)  # "and 17 as out of service"
        if status is None and hospitals.counts_hospitals(after):
            # "Five hospitals have been evacuated and are no longer functioning", "eight hospitals in the south and the
            # Bekaa have been forced to close": the hospitals' state, however far along their own clause
            status = _status_of_subject(skeleton, cues, number)
        if status and _SHARE_OF_THE_WHOLE_BEFORE.search(text, max(0, number.start - 50), number.start):
            return _make(text, number, "hospitals_total", window)  # "fewer than half of the strip's 36 hospitals are working"
        if status and status.metric == "hospitals_functioning" and _NONE_FULLY.search(text, number.end, _state_clause_end(text, numbers, i)):
            return _make(text, number, "hospitals_partially_functioning", window)  # "4 hospitals are receiving patients, all of them partially"
        if status:
            link = _make(text, number, status.metric, window)
            if hospitals_first is not None and hospitals_first.group("field"):
                link.group = "field_hospitals"
            return link
    # a count inside an aside names its own kind inside the aside, never by the verb of the sentence around it
    # ("133 people, including 87 children, have died": "died" is the 133's)
    own = _own_in_aside(text, skeleton, cues, number) if in_aside else \
        _first_cue(cues, number.end, window_end, ("noun",), skeleton)
    if own is None and not in_aside:
        predicates = [c for c in reversed(cues) if number.end < c.start <= number.end + _PREDICATE_REACH and c.kind == "noun"]
        own = next((c for c in predicates if _PREDICATE_PAST_ASIDE.fullmatch(text, number.end, c.start)), None)
        if own is None and predicates and "-old" in text[number.end:predicates[0].start]:
            # "Three Palestinians, one of them a 16-year-old boy, were killed": the aside read with its age blanked
            aged = searchable(text)
            own = next((c for c in predicates if _PREDICATE_PAST_ASIDE.fullmatch(aged, number.end, c.start)), None)
    if own is None and not in_aside and _counts_the_abused(text, number, cues):
        # "Two of the children met by the lawyer said they had been slapped": those who report it, past who heard them
        own = next(c for c in cues if c.metric == "reports_of_abuse" and c.start >= number.end)
    if own and _KINDS_ASIDE.search(text, number.end, own.start) and \
            (told := _cue_before(text, cues, number, ("noun",))) is not None and told.metric != own.metric:
        own = None  # "injured 1,654, among them health workers, patients and their companions": kinds of them, not a count
    stayed = _WHERE_THEY_STAYED.search(text, number.end, own.start) if own else None
    # (up to an apposition about them: "Two staff members, a school counsellor and a guard, were killed")
    apposition = text.find(",", number.end, own.start) if own else -1
    if own and (non_target := _NON_TARGET.search(text, number.end, stayed.start() if stayed else apposition if apposition > 0
                                                 else own.start)) and not any(
            place.start() <= non_target.start() < place.end() for place in _FROM_PLACE.finditer(text, number.end, own.start)) \
            and not (  # (where they are from names no non-target: "Two men from Nur Shams camp were killed")
            _RESIDENTS.fullmatch(text[number.end:own.start].strip().split(" ")[0])
            # ("14 residents of the camp were arrested"; not "requests concerning 2,688 residents of Gaza who were taken into
            # custody", a clause about them)
            and (own.family == "casualties" or own.metric == "arrests" and not _WHO.search(text, number.end, own.start))
            and len(text[number.end:own.start].split()) <= _RESIDENTS_WORDS) and not (
            # (nor do those the verb took in: "More than 60 residents were rounded up")
            own.metric == "arrests" and _RESIDENTS_TAKEN.fullmatch(text, number.end, own.start)) and not (
            # (nor does who they were: "850 internally displaced people sheltering in its schools have been killed")
            own.metric in ("killed", "injured") and _DISPLACED_PEOPLE.match(text, non_target.start())):
        own = None  # "40 shelters were hit", but "112 residents of the kibbutz were killed" counts the dead
    if own and own.metric == "detainees" and i - 1 in links and links[i - 1].metric == "deaths_in_custody" and \
            _ANOTHER_BEFORE.search(text, max(0, number.start - 20), number.start) and _ONLY_WHERE.match(text, number.end):
        return _make(text, number, "deaths_in_custody", window)  # the elliptic "another 40 ... in military detention"
    if own and own.metric == "detainees":
        hurt = next((c for c in cues if c.start >= own.end and c.metric == "injured"), None)
        if hurt and _WERE_BEFORE_HURT.fullmatch(text, own.end, hurt.start):
            own = hurt  # "31 detainees were injured", "Twelve prisoners were wounded": hurt, not held
    if own and own.metric == "patients":
        hurt = next((c for c in cues if c.start >= own.end and c.metric in ("killed", "injured")), None)
        if hurt and _WERE_BEFORE_HURT.fullmatch(text, own.end, hurt.start):
            own = hurt  # "Two patients were killed when a shell struck": the dead, not a ward's load
    if own and own.metric == "hostages_alive" and not _HOSTAGES.search(text) and not (
            parent and parent.metric.startswith("hostages_")):
        own = None  # "5 people were pulled out alive": survivors, not hostages
    if own and own.metric == "patients" and _SENT_ABROAD.match(text, number.end, number.end + 120):
        return None  # "5,405 patients medically evacuated", "12,000 patients awaiting evacuation": no hospital's load
    if own and own.metric in ("patients", "icu_patients") and (
            _MOVES_BEFORE.search(text, max(0, number.start - 40), number.start)
            or _MOVED_AFTER.match(text, number.end, min(len(text), number.end + 120))):
        # "WHO moves 18 more critical patients", "took 41 patients out through Kerem Shalom", "43 patients were transferred to
        # al-Shifa", "more than 10,500 patients are waiting for approval to leave": patients moved or leaving, no ward's load
        # (not "Seven patients whose condition did not allow them to be moved remain")
        return None
    if own and own.metric in ("patients", "injured") and (
            own.end <= number.start and _NEED_CARE_ABROAD.match(text, own.start, number.start)
            or own.start >= number.end and _NEED_CARE_ABROAD.match(text, own.end, min(len(text), own.end + 60))):
        # "the number of patients and wounded needing treatment abroad stands at 18,500", "12,000 wounded need to travel
        # abroad for treatment": those waiting to leave, no count of the hurt nor a ward's load
        return None
    if _DIFFERENCE.search(skeleton, max(0, number.start - 120), number.start):
        return None  # "the gap between reported totals and listed deaths peaked at nearly 11,000"
    if _COMPANIONS_AFTER.match(text, number.end) and \
            _COMPANIONS_BEFORE.search(text, max(0, number.start - 80), number.start):
        return None  # "she shared a room with about 10 other hostages": company kept, not a count
    compares = _EARLIER_VALUE.search(text, max(0, number.start - 40), number.start) is not None
    # "down from 340 at the end of July and 348 at the end of June": a second earlier value, where a time names it
    chained = not compares and i - 1 in links and links[i - 1].earlier and names_an_earlier_time(text, number.end) and \
        _AND_EARLIER.fullmatch(text, numbers[i - 1].end, number.start) is not None
    if compares or chained:
        # "3,327 detainees, down from 3,600 in March": the count before (a whole, not a part of it), as it stood then
        own = _first_cue(cues, number.end, window_end, ("noun",), skeleton)
        counts = [j for j in sorted(links, reverse=True) if links[j].metric != "hospitals_total"]
        wholes = [j for j in counts if links[j].parent is None or links[j].earlier]  # (not "including 400 children")
        compared = links[(wholes or counts)[0]] if counts else None
        if compared is not None and not (own is not None and own.metric != compared.metric
                                         and own.start - number.end < _OWN_NOUN_REACH):
            return Link(number, compared.metric, compared.family, qualifier_of(text, number), group=compared.group,
                        population=compared.population, earlier=True)
        if compares:
            return None  # "killed 40, compared with 120 injured": another count, said only to compare
    sample = not_a_count[i]
    if sample and _VISIT_DENIED_BEFORE.search(text, max(0, sample.start() - 50), sample.start() + 1):
        sample = None
    rest_of_sample = i and not_a_count[i - 1] and _COORDINATED.fullmatch(text, numbers[i - 1].end, number.start)
    if (sample or rest_of_sample) and _counts_the_abused(text, number, cues):
        # "testimony from 31 former detainees who described beatings": the sample, each of whom reports the abuse ("visited
        # 38 children in March, and 31 of them said they had been beaten": those of the sample who report it)
        return _make(text, number, "reports_of_abuse", window)
    if sample or \
            _ONE_ROOM.search(text, max(0, number.start - 120), number.start) or _SAMPLE_AFTER.match(text, number.end) or \
            rest_of_sample:
        # what a cell was built for, a population, a study's sample (and the rest of its list): not people counted
        return None
    non_target = _NON_TARGET.search(window[:60])
    if non_target and _PLACE_PHRASE.search(window, 0, non_target.start()):
        non_target = None  # "killed 12 in the raid": where they were killed, not what was counted
    if non_target and non_target.group().lower() == "cases" and _MOST_CASES.search(text, 0, number.start) and \
            not _CASES_OF.match(window, non_target.end()):
        non_target = None  # "Hebron recorded the highest number of arrests, with 148 cases, followed by ...": of those
    if own is None and non_target and not _PERSON.search(window[:non_target.end() + 15]) and not (
            _RESIDENTS.match(non_target.group()) and _cue_before(text, cues, number, ("noun",))) and not (
            parent is not None and FROM_A_PLACE_OF_THEM.match(text, number.end)):  # ("Of these, 57 were residents of Gaza")
        return None  # "2.2 million residents" is a population; "killed 5 residents" counts the dead
    parent_link = _parent_of(text, numbers, i, links, parent, combined)
    if parent_link is not None and parent_link is not _NOT_A_FIGURE and parent_link.metric == "attacks_on_health_care" and \
            _WHAT_WAS_HIT_AFTER.match(text, number.end):
        return None  # "41 further attacks, most of them in Gaza City, where three hospitals had to suspend admissions"
    if parent_link is _NOT_A_FIGURE:
        if _PART_AFTER.match(text, number.end) and _counts_the_abused(text, number, cues):
            return _make(text, number, "reports_of_abuse", window)  # "31 detainees interviewed, 27 of whom described beatings"
        if own is not None and own.metric in ("killed", "injured") and len(text[number.end:own.start].split()) <= 1 and \
                _CASUALTIES_BEFORE.search(text, max(0, number.start - 80), number.start):
            return _make(text, number, own.metric, window)  # "received 46 casualties this morning, including 7 martyrs"
        return None
    if parent_link is not None and parent_link.metric in hospitals.STATES and _CLOSED_OF_THEM_AFTER.match(text, number.end):
        return None  # "the field hospitals still working has fallen to 7 after two of them closed": no state of the 7
    if parent_link is not None and parent_link.metric != "hospitals_total":
        if own is None and parent_link.family == "detention" and detention.is_generic(parent_link.metric) and \
                (label := _label_of(text, number.start)) is not None and _PART_LABEL_OPENING.match(text, label[0]) and \
                (named := next((c for c in cues if label[0] <= c.start and c.end <= label[1] and c.family == "detention"
                                and not detention.is_generic(c.metric)), None)) is not None:
            # "Child prisoners: 312" over "Of whom in administrative detention: 88": the children so held
            link = _make(text, number, named.metric, window)
            link.parent = i
            link.group = link.group or parent_link.group
            return link
        if parent_link.metric.startswith("hostages_") and own and own.metric in ("killed", "hostages_held", "hostages_alive"):
            # "of whom 40 are dead"; "251 taken hostage, 100 of whom remain in captivity"; "of whom 24 are alive"
            link = _make(text, number, "hostages_dead" if own.metric == "killed" else own.metric, window)
            link.parent = i
            return link
        # "Of them, 3,378 were held in administrative detention": a regime named farther on still beats the plain held count
        # "21 of them were dead on arrival": the part's own word, past its "of them"
        gap = _PART_AFTER.sub("", text[number.end:own.start], 1).split() if own else []
        # ("5,139 people have been killed": its own verb; not "40 who had been arrested", what befell them before)
        gap = gap if any(word.lower() in _RELATIVES for word in gap) else [w for w in gap if w.lower() not in _AUXILIARIES]
        adjacent_own = own if own and (len(gap) <= 2 or (
            own.family == parent_link.family and detention.is_generic(parent_link.metric)
            and not detention.is_generic(own.metric))) else None
        if adjacent_own and adjacent_own.metric == "killed" and parent_link.metric in _DEATHS_OF_A_KIND and \
                not text[adjacent_own.start:adjacent_own.end].lower().startswith("kill"):
            # "Of those, 129 deaths have been recorded since July" after deaths from hunger: those deaths
            link = _make(text, number, parent_link.metric, window)
            link.parent = i
            link.group = link.group or parent_link.group
            return link
        if adjacent_own and (_REMAIN_AFTER.match(text, number.end) or not (  # "of whom 45 remain in detention"
                adjacent_own.family == parent_link.family and detention.is_generic(adjacent_own.metric)
                and not detention.is_generic(parent_link.metric))):
            link = _make(text, number, adjacent_own.metric, window)
            link.group = link.group or parent_link.group  # "64 journalists ..., of whom 45 remain in detention"
            return link
        if parent_link.metric == "patients" and _IN_INCUBATORS_AFTER.match(text, number.end):
            return None  # "caring for 26 newborns, 9 of them in incubators": how they are kept, which the labels count apart
        if parent_link.metric not in ("injured", "patients") and _IN_CONDITION.match(text, number.end):
            # "140 detainees had arrived, 12 of them in serious condition": their health, not a part counted (but "214 of the
            # wounded remain hospitalised, 23 of them in serious condition": the patients worst off, a part)
            return None
        if parent_link.metric == "hostages_dead" and _RELEASED_AFTER.match(text, number.end):
            return None  # "Of the 28 deceased captives ..., 15 have been returned": bodies handed back, not more dead
        # "64 journalists have been arrested, 49 of whom are still held": of the arrested, those held now
        # ("documented the detention of 387 medical staff ... Among those still held are 24 doctors": held now too)
        if parent_link.metric == "hospitals_functioning" and _ONLY_PARTIALLY_AFTER.match(text, number.end):
            link = _make(text, number, "hospitals_partially_functioning", window)  # "Eight field hospitals are functioning,
            link.parent = i                                                         # three of them only partially"
            link.group = link.group or parent_link.group
            return link
        metric = "detainees" if parent_link.metric == "arrests" and (
            _REMAIN_AFTER.match(text, number.end) or _AMONG_STILL_HELD.search(text, 0, number.start)) else parent_link.metric
        link = _make(text, number, metric, window)
        if parent_link is parent and link.group is None and _SHARE_OPENING.match(text) and \
                not _RECORDED_SINCE_AFTER.match(text, number.end) and not (
                    (home := FROM_A_PLACE_OF_THEM.match(text, number.end)) and places_in(text[home.end():home.end() + 40])):
            # (but "Of these, 57 were residents of the Gaza Strip": those of one place, a part)
            # "Of these, 47 needed immediate medical referral": a share of the count before by what befell it, no part (but
            # "Of these deaths, 178 were recorded since 1 July": those of a stretch of its time)
            return None
        link.parent = i
        link.group = link.group or parent_link.group  # "56 journalists, including 45 who ..." are journalists
        return link
    if own:
        # ("59 hostages remain in Gaza. At least 35 of them are believed dead": dead hostages)
        dead_hostages = own.metric == "killed" and parent is not None and parent.metric.startswith("hostages_") and \
            _PART_AFTER.match(text, number.end)
        link = _make(text, number, "hostages_dead" if dead_hostages else own.metric, window)
        if link.group is None and _REACHED_BEFORE.search(text, max(0, number.start - 40), number.start) and \
                (frame := next(reversed(list(_NUMBER_OF.finditer(text, max(0, number.start - 120), number.start))), None)) and \
                not _A_DIGIT.search(text, frame.end(), number.start):
            # "the total number of livelihood martyrs who reached hospitals to 1,713 martyrs": whom the frame names
            link.group = casualties.group_for_victims(_AGENT.sub("", text[frame.end():number.start]))
        previous = links.get(i - 1)
        # "1,003 Palestinians, including 208 children, were killed and 7,150 injured": the pair is the whole's,
        # the aside's group stays in the aside
        previous_index = _whole_before(links, i, text, numbers)
        previous = links.get(previous_index)
        if previous and link.group is None and _ELLIPTIC_VERB.match(window) and \
                not _of_no_kind_shared(previous) and \
                not (_OTHERS.match(window) and previous.group in _PEOPLE_GROUPS and previous.number.text.lower() in ("a", "an")) \
                and not _joined_with_others(text, numbers[previous_index].end, number.start, previous.group):
            # "124 medics were killed, 100 were injured" (but "injured a child ..., where 14 others were treated": other
            # people, not other children)
            link.group = previous.group
        elif previous and link.group is None and previous.family == "casualties" and link.family in ("casualties", "detention") and \
                link.metric != previous.metric and not text[number.end:own.start].strip() and \
                not _of_no_kind_shared(previous) and \
                _SECOND_OF_PAIR.fullmatch(pair := _without_asides(text, numbers[previous_index].end, number.start)) and \
                len(pair.split()) <= (_PAIR_WORDS if _AND_IN_PAIR.search(pair) else _COMMA_PAIR_WORDS):
            link.group = previous.group  # "332 soldiers have been killed and 2,090 injured": the injured are soldiers too
        return link
    if i + 1 < len(numbers) and not number.percent and _OF_THE_NEXT.fullmatch(text, number.end, numbers[i + 1].start):
        # "Five of the 12 people killed were children", "Seven of the nine Palestinian fatalities were killed by
        # Israeli forces": a part of the count after it, of the group the verb names
        whole = _first_cue(cues, numbers[i + 1].end, _window_end(skeleton, numbers, i + 1), ("noun",), skeleton)
        if whole is not None and whole.family == "casualties" and not whole.metric.startswith("hostages_") and \
                not _OBJECT_OF_BEFORE.search(text, 0, number.start):  # ("2 of the 9 men taken ... remain alive": no count)
            part_is = _PART_IS.match(text, whole.end)
            group = casualties.group_for_victims(part_is.group("who")) if part_is else None
            if group is not None or part_is is None or cues_in(part_is.group("who")):
                # ("Three of the 10 people killed on Monday were from the same family": no part the ledger keeps)
                link = _make(text, number, whole.metric, "")
                link.group = group
                return link
    if i + 1 < len(numbers) and _AMONG_AFTER.fullmatch(text, number.end, numbers[i + 1].start):
        whole = _first_cue(cues, numbers[i + 1].end, _window_end(skeleton, numbers, i + 1), ("noun",), skeleton) or next(
            (c for c in cues if numbers[i + 1].end < c.start <= numbers[i + 1].end + _PREDICATE_REACH and c.kind == "noun"
             and _PREDICATE_PAST_ASIDE.fullmatch(text, numbers[i + 1].end, c.start)), None)  # "... among the 72,641 Palestinians it has recorded as killed"
        if whole:
            return _make(text, number, whole.metric, text[number.end:numbers[i + 1].start])
    among = _AMONG_THE.match(skeleton, number.end)
    if among:  # "12 doctors and nurses from al-Shifa are among the health workers still held by Israel"
        clause_end = _CLAUSE_END.search(skeleton, among.end())
        whole = _first_cue(cues, among.end(), clause_end.start() if clause_end else len(skeleton), ("noun",), skeleton)
        if whole:
            return _make(text, number, whole.metric, text[number.end:among.end()])
    before = _cue_before(text, cues, number, ("noun",))
    if before is None and _PART_OPENING.match(text) and \
            (counted := _COUNTED_BY_BEFORE.search(text, max(0, number.start - 60), number.start)) and \
            _A_GROUP_NOUN_AFTER.match(text, number.end):  # (not "... recorded 4,800 amputations")
        # "Among all those killed since October 2023, the Ministry has counted at least 127 children": a part of the
        # whole the opening names, as the body speaking counted it
        before = next((c for c in reversed(cues) if c.kind == "noun" and c.end <= counted.start()), None)
    if before:
        named_by = _NUMBER_OF.search(text, max(0, before.start - 60), before.start)  # "the number of journalists killed at 196"
        if named_by and _A_DIGIT.search(text, named_by.end(), before.start):
            named_by = None  # "The number of child prisoners is 340, while women prisoners number 51": another count's
        lead_start = named_by.end() if named_by else before.start
        if not named_by and not text[before.start:before.end].lower().endswith("ed") and \
                (two := _TWO_WORDS_BEFORE.search(text, max(0, before.start - 30), before.start)):
            # the words past any joining word ("while women prisoners number 51"; not "killed 5 children and injured 30")
            own_start = max([two.start()] + [m.end() for m in _JOINING_WORD.finditer(text, two.start(), before.start)])
            if casualties.group_for_victims(text[own_start:before.start]) in _VICTIM_GROUPS:
                lead_start = own_start  # "Women prisoners number 52": the group before the noun
            elif _SHORT_SUBJECT.fullmatch(text, 0, before.start) and \
                    casualties.group_for_victims(text[:before.start]) in _VICTIM_GROUPS:
                lead_start = 0  # "Women held as security inmates numbered 21": the sentence's subject, the group
        if named_by:
            # "the number of administrative detainees in the occupation's prisons stood at 3,388": where they are held
            named = [c for c in cues if c.kind == "noun" and named_by.end() <= c.start and c.end <= before.start]
            if named and _where_held(text, named[-1].end, before):
                if named[-1].metric == "killed":  # "the number of Palestinians killed in Israeli prisons stood at 75"
                    return _make(text, number, "deaths_in_custody", window, lead=text[lead_start:number.start])
                before = named[-1]
        if ":" in text[before.end:number.start]:  # a label: "Health workers killed: 1,057"
            line_start = max(0, text.rfind("\n", 0, before.start) + 1)
            lead_start = (_label_of(text, number.start) or (line_start,))[0]
            if not casualties.group_for_victims(text[lead_start:number.start]):
                lead_start = line_start  # "Health personnel killed: 1,722; still held: 95" (not "...; journalists: 257")
        link = _make(text, number, before.metric, window, lead=text[lead_start:number.start])
        link.group = link.group or _group_left_out(text, numbers, links, i)
        return link
    label_cue = _label_cue(text, cues, number)
    if label_cue:  # "Palestinians killed in Gaza: 61,000": a key-figures line, its metric anywhere in the label
        label_start = (_label_of(text, number.start) or _label_of(text, number.start, split=False))[0]
        if not casualties.group_for_victims(text[label_start:number.start]):
            label_start = (_label_of(text, number.start, split=False) or (label_start,))[0]  # "Women and children killed; total: 30,000"
        return _make(text, number, label_cue.metric, window, lead=text[label_start:number.start])
    # (the frame nearest the count: "the number of martyrs ... has reached 74, ..., while the number of injured ... is 1,036")
    frame = next(reversed(list(_NUMBER_OF.finditer(text, 0, number.start))), None) if _REACHED_BEFORE.search(
        text, max(0, number.start - 40), number.start) else None
    if frame:
        # "The total number of arrests in the West Bank since ... 7 October 2023 has risen to 22,300": the noun the
        # frame names, however long the clause (dates in it included)
        framed = [c for c in cues if c.kind == "noun" and frame.end() <= c.start and c.end <= number.start]
        held_where = False
        while len(framed) > 1 and _where_held(text, framed[-2].end, framed[-1]):
            framed.pop()  # "the number of administrative detainees in the occupation's prisons stood at 3,388": where they are
            held_where = True
        farther = framed[-1] if framed else None
        if farther and held_where and farther.metric == "killed":
            return _make(text, number, "deaths_in_custody", window, lead=text[frame.end():number.start])
        if farther is None and _HOSPITALS_FRAMED.match(text, frame.end()) and \
                (state := next((c for c in cues if c.kind == "status" and frame.end() <= c.start and c.end <= number.start), None)):
            return _make(text, number, state.metric, window)  # "The number of hospitals forced to stop work has reached 8"
        if farther and (";" in text[farther.end:number.start] or len(text[farther.end:number.start].split()) > 30):
            farther = None
        if farther and farther.metric in ("patients", "injured") and _NEED_CARE_ABROAD.match(text, farther.start, number.start):
            return None  # "the number of patients and wounded needing treatment abroad stands at 18,500": waiting to leave
        if farther:
            return _make(text, number, farther.metric, window, lead=text[frame.end():number.start])
    if _REMAIN_AFTER.match(window):
        farther = _cue_before(text, cues, number, ("noun",), adjacent=False, numbers=numbers)
        if farther and farther.metric.startswith("hostages_"):
            return _make(text, number, "hostages_held", window)
    if _ELLIPTIC.match(window):
        farther = _cue_before(text, cues, number, ("noun",), adjacent=False, numbers=numbers)
        if farther and farther.metric != "reports_of_abuse":  # "of the 1,400 complaints ..., only one has led to"
            # the words before the cue name who was counted, unless they are a part's ("14 Palestinians, including four
            # children, were killed ...: 12 by Israeli forces" counts no children in the 12)
            lead_start = max(0, farther.start - 30)
            a_part = any(lead_start <= numbers[j].end <= farther.start and link.parent is not None for j, link in links.items())
            return _make(text, number, farther.metric, window, lead="" if a_part else text[lead_start:number.start])
        if i - 1 in links and _WERE_OF_A_GROUP.match(window) and _WERE_OF_A_GROUP_THEN.fullmatch(text, numbers[i - 1].end, number.start):
            # "Of the martyrs ..., 88 were children, 52 were women and 17 were elderly people": each part, as the first
            return _make(text, number, links[i - 1].metric, window)
    if i and i - 1 in links and _SPLIT_BY_AGENT.match(text, number.end) and _SPLIT_AFTER_COUNT.fullmatch(
            text, numbers[i - 1].end, number.start):
        return _split_part(text, number, links[i - 1], window)  # "86 were injured on Friday, 61 by Israeli forces and 25 by settlers"
    if i and i - 1 in links and links[i - 1].family == "casualties" and \
            (_SPLIT_BY_AGENT.match(text, number.end) or _SPLIT_BY_PLACE.match(text, number.end)) and \
            _SPLIT_JOINED.fullmatch(text, numbers[i - 1].end, number.start) and \
            not _NOT_A_COUNT_AFTER_SPLIT.match(text, number.end) and \
            not _OWN_VERB_AFTER_SPLIT.match(text, number.end) and \
            not _OTHER_THINGS_SPLIT.search(text, numbers[i - 1].end, number.start):
        # "1,015 were killed near the sites, and 573 along the routes of convoys": the same count, split
        return _split_part(text, number, links[i - 1], window)
    coordinated = _coordinated_with(text, numbers, i, links)
    if coordinated:
        link = _make(text, number, coordinated.metric, window)
        if link.family == "detention" and not detention.is_generic(link.metric) and link.group and \
                not any(c.metric == link.metric and c.end <= numbers[min(links)].start for c in cues):
            # (not "Among those held in administrative detention are 96 children and 14 women": the regime named first,
            # its parts after it)
            link.metric = "detainees"  # "3,300 administrative detainees, 80 women and 250 children": groups of all held
        return link
    if kin := family_children_after(text, number.start, number.end):
        # "killed a mother and her five children", "killed with his wife and three of their children", "a couple and their
        # four children — who were killed": a family's children, counted by what befell the family, told right there (not
        # "is survived by his wife and their four children", "arrested his three sons", "searching for food for his
        # seven children")
        befell = next((c for c in reversed(cues) if c.metric in ("killed", "injured") and c.end <= number.start
                       and _WITH_THE_FAMILY_BEFORE.fullmatch(text, c.end, number.start)), None) or \
            next((c for c in cues if c.metric in ("killed", "injured") and c.start >= kin.end()
                  and _FAMILY_THEN_FATE.fullmatch(text, kin.end(), c.start)), None)
        if befell is not None:
            link = _make(text, number, befell.metric, window)
            link.group = "children"
            return link
    return None


def _hospitals_by_place(text: str, numbers: list[NumberMention], cues: list[Cue], links: dict[int, Link],
                        skip: set[int]) -> None:
    """Hospitals in a state counted by place: "14 are partially functional: eight in Gaza City, five in Khan Younis and
    one in Deir al Balah", "17 of Gaza's 36 hospitals are partially functional, nine of them in the south", "Nine of the
    partially functioning hospitals are in Gaza City, six in Khan Younis" (``links`` is updated in place)."""
    state: Link | None = None
    for i, number in enumerate(numbers):
        if i in links:
            if links[i].metric != "hospitals_total":  # ("17 of Gaza's 36 hospitals are partially functional, nine of them")
                state = links[i] if links[i].metric in hospitals.STATES else None
            continue
        if i in skip or number.percent:
            continue
        # "Of the partially functional hospitals, 11 are in the south", "Nine of the partially functioning hospitals are in"
        named_after = _STATE_OF_THE_HOSPITALS.match(text, number.end)
        by_place = _STATE_PART_IN_A_PLACE.match(text, named_after.end() if named_after else number.end) or \
            _PLACE_BEFORE_COUNT.search(text, numbers[i - 1].end if i else 0, number.start) and _LIST_GOES_ON.match(text, number.end)
        if not by_place:
            state = None
            continue
        if state is not None and not any(numbers[i - 1].end <= c.start < number.start and c.kind != "status" for c in cues):
            links[i] = Link(number, state.metric, state.family, qualifier_of(text, number))
            continue
        named = named_after or _OF_THE_STATE_HOSPITALS.match(text)
        status = next((c for c in cues if c.kind == "status" and named.start() <= c.start < named.end()), None) if named else None
        if status is not None and i == min(j for j in range(len(numbers)) if j not in skip):
            links[i] = state = Link(number, status.metric, "hospitals", qualifier_of(text, number))


def _split_part(text: str, number: NumberMention, before: Link, window: str) -> Link:
    """A count the sentence splits off the one before with its verb and noun left out ("61 by Israeli forces and 25 by
    settlers"): of the same kind and, unless it names its own, of the same people ("Two more UNRWA colleagues lost their
    lives, one in Khan Younis and one in Deir al Balah"; "Fifty children ... were killed in June: 30 in air strikes and 20
    by gunfire")."""
    split = _make(text, number, before.metric, window)
    split.group = split.group or before.group
    return split


def _group_left_out(text: str, numbers: list[NumberMention], links: dict[int, Link], i: int) -> str | None:
    """The group of the count before, when the second of an active pair leaves its noun out: "killed four health workers
    and injured 11", "killed 14 children and injured 39 more"."""
    previous = links.get(i - 1)
    if previous is None or not previous.group or previous.family != "casualties":
        return None
    left_out = _PAIRS_NOUN_LEFT_OUT.match(text, numbers[i].end)
    if left_out is None and previous.group in casualties.TRADES:
        left_out = _OTHERS_OF_A_TRADE_AFTER.match(text, numbers[i].end)  # "killed 163 health workers and wounded 279 others"
    if not (_ACTIVE_PAIR.fullmatch(text, numbers[i - 1].end, numbers[i].start) and left_out):
        return None
    # a trade's, or "more" of any group ("killed 14 children and injured 39 more"; but "killed five children and
    # wounded 30" wounded people of any age)
    return previous.group if previous.group in casualties.TRADES or left_out.group().strip() else None


def _freed_after(text: str, number: NumberMention) -> bool:
    """True when the words after ``number`` say those it counts were freed ("25 of them alive, were handed over", "saw 30
    living hostages freed")."""
    return bool(_RELEASED_AFTER.match(text, number.end) or (
        _SAW_OR_LABEL_BEFORE.search(text, max(0, number.start - 20), number.start) and _FREED_PARTICIPLE.match(text, number.end)))


def _make(text: str, number: NumberMention, metric: str, window: str, lead: str = "") -> Link:
    """A link; who was counted comes from the words after the number, else from ``lead`` (words before it)."""
    after = number.end + (len(or_more.group()) if (or_more := _OR_MORE.match(text, number.end)) else 0)  # "1,000 or more children"
    joined = _joined_people(text, after)  # "40 Palestinian fighters and civilians": both kinds, so everyone
    stop = None if joined else _GROUP_STOP.search(text, after)
    words = text[after:joined.end() if joined else stop.start() if stop else len(text)][:80]
    if said := _SPEECH_IN_WORDS.search(words):
        words = words[:said.start()]  # "44 said officers had photographed them": who did it to them, not who was counted
    verb = _VERB_AFTER_WORDS.search(words) if _WHOLE_BEFORE.search(text, max(0, number.start - 20), number.start) else None
    if verb:  # "two-thirds of the 1,200 killed were civilians": what the verb says is of the part, not of the whole counted
        words = words[:verb.start()]
    if metric.startswith("hostages_") and (remains := _REMAINS_OF.search(text, max(0, number.start - 40), number.start)) \
            and remains.group("noun").lower() != "deaths":
        metric = "hostages_dead"  # "Their release leaves the remains of 28 hostages still in Gaza"
    if metric == "killed" and _HOSTAGES.search(text) and (bodies := _BODIES_AFTER.match(text, number.end)) and \
            _REMAIN_AFTER.match(text, bodies.end()):
        metric = "hostages_dead"  # "the remains of 25 ... have been returned, and three bodies are still held in Gaza"
    if metric == "killed" and _HOSTAGES.search(text) and _WHOSE_BODIES_HELD.match(text, number.end):
        metric = "hostages_dead"  # "the families of the 28 whose bodies were held in Gaza"
    if metric == "killed" and _OF_THE_DEAD_HOSTAGES.match(text, number.end):
        metric = "hostages_dead"  # "25 of the 28 dead hostages covered by the agreement have now been brought back"
    if metric == "killed" and _OF_THE_HOSTAGES.match(text[:number.start]):
        metric = "hostages_dead"  # "Of the 101 hostages still in Gaza, at least 35 have been declared dead"
    if metric.startswith("hostages_") and metric != "hostages_dead" and not _REMAIN_AFTER.match(text, number.end) and \
            not _HOSTAGES_REMAIN.match(text, number.end):  # ("With Saturday's release, 59 hostages remain in Gaza")
        event = "hostages_released" if _IN_EXCHANGE_FOR.search(text, max(0, number.start - 40), number.start) else \
            next((event for pattern, event in _HOSTAGE_EVENT if pattern.search(text[:number.start])), metric)
        demanded = event == "hostages_released" and _DEMANDED_RELEASE.search(text, max(0, number.start - 45), number.start)
        metric = "hostages_held" if demanded else event
    if metric == "hostages_taken" and (_REMAIN_LATER.match(text, number.end) or _REMAIN_AFTER.match(text, number.end)):
        metric = "hostages_held"  # ("Of the 251 abducted, 70 remain in Gaza")
    elif metric == "hostages_held" and _OF_THE_BEFORE.search(text, max(0, number.start - 12), number.start) and \
            _WHOLE_THEN_REMAIN.match(text, number.end):
        metric = "hostages_taken"  # "Of the 251 hostages, 101 remain in Gaza": all those taken, of whom some remain
    if metric in ("hostages_held", "hostages_alive") and _freed_after(text, number) or \
            metric in ("hostages_taken", "hostages_held") and _RETURNED_ALIVE.match(text, number.end):
        metric = "hostages_released"  # "Thirty-three hostages, 25 of them alive, were handed over"; "All 20 living hostages ... were released"
    if metric == "hostages_released" and (_RESCUED_AFTER.match(text, number.end) or
                                          _RESCUED_BEFORE.search(text, max(0, number.start - 30), number.start)):
        metric = "hostages_rescued"  # "eight rescued by troops", "Eight hostages have been rescued alive": no deal's release
    if metric == "hostages_held" and _STILL_ALIVE_AFTER.match(text, number.end):
        metric = "hostages_alive"  # "Officials believe 20 of the hostages are still alive"
    if (metric in ("hostages_held", "hostages_alive") or metric == "killed" and _HOSTAGES.search(text)) and _REMAINS_OF.search(text, max(0, number.start - 40), number.start):
        metric = "hostages_dead"  # "96 hostages in Gaza, including the bodies of at least 34", "... the deaths of 34"
    if metric in ("detainees", "killed", "arrests") and _FATE_OF_BEFORE.search(text, max(0, number.start - 30), number.start) \
            and _UNKNOWN_AFTER.match(text, number.end):
        metric = "missing"  # "the fate of 28 others is still unknown": missing, wherever they were last seen
    if metric == "detainees" and _LEFT_PRISONS_AFTER.match(text, number.end):
        metric = "released_detainees"  # "1,968 inmates left its prisons that day": freed
    if metric in ("detainees", "arrests") and _HELD_IN_ADMINISTRATIVE_DETENTION_AFTER.match(text, number.end):
        # "3,380 prisoners were held in administrative detention", "Forty-one of those arrested were placed under
        # administrative detention orders": the regime the verb names after the count
        metric = "administrative_detainees"
    if metric in ("released_detainees", "detainees") and _REARRESTED_BEFORE.search(text, max(0, number.start - 40), number.start) \
            and (metric == "released_detainees" or _RE_ARRESTED.search(text, max(0, number.start - 40), number.start)):
        metric = "arrests"  # "Israeli forces have rearrested 40 of the freed prisoners"
    if metric in ("arrests", "detainees") and _RELEASED_OWN.match(text, number.end):
        metric = "released_detainees"  # "detained about 4,500 people, of whom around 2,100 were released after questioning"
    if metric == "detainees" and _HOLDING_BEFORE.search(text, max(0, number.start - 40), number.start) and \
            _WARD.search(text) and not _PRISON.search(text) and not _HELD_WORDS.search(text) and \
            not _STAFF_HELD.match(text, number.end):  # (not "still holding 17 members of our crews")
        metric = "patients"  # "The paediatric ward, designed for 40 beds, was holding more than 90 children"
    if metric in ("patients", "icu_patients") and _CAPACITY_BEFORE.search(text, max(0, number.start - 30), number.start):
        metric = "beds"  # "treating roughly 420 inpatients against a capacity of 210": the beds, not more patients
    if metric == "injured" and (hurt := _HURT_PATIENTS_AFTER.match(text, number.end)) and (
            _TREATING_BEFORE.search(text, max(0, number.start - 30), number.start) or _BEING_TREATED.match(text, hurt.end())):
        metric = "patients"  # "the 140-bed facility was treating over 300 wounded patients": its load (not those it received)
    if metric == "injured" and _REMAINS_OF.search(text, max(0, number.start - 40), number.start):
        metric = "killed"  # "the bodies of 97 people had been brought to hospitals": the dead, not the hurt taken there
    if metric == "injured" and _DIED_OF_WOUNDS_AFTER.match(text, number.end):
        metric = "killed"  # "one injured man who died of his wounds at Nasser Medical Complex": a death
    if metric == "icu_patients" and _KILLED_JUST_BEFORE.search(text, max(0, number.start - 30), number.start):
        metric = "killed"  # "the strike killed 4 people in the intensive care unit"
    if metric == "patients" and (_IN_ICU_AFTER.match(text, number.end)
                                 or _ICU_BEFORE.search(text, max(0, number.start - 150), number.start)) or \
            metric == "injured" and (_WOUNDED_IN_ICU_AFTER.match(text, number.end) or
                                     _PART_AFTER.match(text, number.end) and _IN_ICU_AFTER.match(text, number.end)):
        # "420 patients, including 38 in intensive care", "78 of the wounded are currently in intensive care units", "687
        # wounded ..., 94 of them still in intensive care units"
        metric = "icu_patients"
    if metric == "killed" and _IN_CUSTODY_AFTER.match(text, number.end) and \
            (remains := _REMAINS_OF.search(text, max(0, number.start - 50), number.start)) is None and \
            _DEATH_OF_BEFORE.search(text, max(0, number.start - 30), number.start):
        metric = "deaths_in_custody"  # "The army has confirmed the death of two workers in its custody"
    if metric in ("detainees", "administrative_detainees", "killed") and _DIED_HELD_AFTER.match(text, number.end) or \
            metric == "detainees" and _DETAINEES_DIED_AFTER.match(text, number.end):
        # "68 prisoners whose identities are known have died in Israeli custody", "four administrative detainees died in custody"
        metric = "deaths_in_custody"
    if metric in ("detainees", "administrative_detainees", "arrests") and \
            (remains := _REMAINS_OF.search(text, max(0, number.start - 50), number.start)) \
            and remains.group("noun").lower() == "deaths":
        metric = "deaths_in_custody"  # "investigating the deaths of 48 detainees"
    if metric == "killed" and _HELD_WHEN_THEY_DIED.match(text, number.end) and \
            (remains := _REMAINS_OF.search(text, max(0, number.start - 50), number.start)) and remains.group("noun").lower() == "deaths":
        metric = "deaths_in_custody"  # "the Office verified the deaths of 75 Palestinians in the custody of the Israeli authorities"
    if metric == "arrests" and _RELEASED_JUST_BEFORE.search(text, max(0, number.start - 30), number.start):
        metric = "released_detainees"  # "arrested 320 Palestinians and released around 150 of them"
    elif metric == "detainees" and (_HOSTAGE_EVENT[0][0].search(text[:number.start]) or
                                  _EXCHANGE.search(text, max(0, number.start - 60), number.start) or
                                  _RETURN_DONE_BEFORE.search(text, max(0, number.start - 60), number.start)):
        metric = "released_detainees"  # "released 240 prisoners", "in exchange for about 1,900 prisoners"
    if metric == "released_detainees" and _HOSTAGES.search(text) and _AMONG_THOSE_FREED.match(text, number.end):
        metric = "hostages_released"  # "Two Thai nationals were among those released, the hostages forum said"
    if metric == "released_detainees" and (_FREED_BY_CAPTORS_BEFORE.search(text, max(0, number.start - 50), number.start)
                                           or casualties.population_for(words) == "israelis"):
        metric = "hostages_released"  # "Hamas released three Israeli women it had held for 15 months": hostages, not prisoners
    if metric == "detainees" and _OF_THOSE_FREED.match(text, number.end):
        metric = "released_detainees"  # "1,036 of those freed were detainees from Gaza"
    if metric == "released_detainees" and _STILL_IN_PRISON.match(text, number.end):
        metric = "detainees"  # "Even after Monday's release, about 8,100 Palestinians remain in Israeli prisons"
    if metric == "arrests" and _OF_THOSE_TAKEN_STILL_HELD.match(text, number.end):
        metric = "detainees"  # "(19) of those seized were still in custody", "38 of the people arrested in March remain in prison"
    if metric == "killed" and _BODIES_AFTER.match(text, number.end) and \
            _RECOVERED_BEFORE.search(text, max(0, number.start - 40), number.start) or \
            metric in ("killed", "missing") and _RECOVERED_BODIES_OF.search(text, max(0, number.start - 60), number.start) or \
            metric in ("killed", "missing") and _REMAINS_OF.search(text, max(0, number.start - 40), number.start) and \
            _WERE_RECOVERED.match(text, number.end):
        # "its crews recovered 12 bodies", "recovered the bodies of 1,263 people", and "crews pulled 17 bodies from the ruins of
        # the building" of one strike too (as most probe labels say): the bodies crews reached, never a rival of the toll
        metric = "bodies_recovered"
    if metric == "detainees" and _CLASSIFIED_AS_COMBATANTS.match(text, number.end):
        metric = "unlawful_combatants_detainees"  # "classifies a further 1,540 detainees from Gaza as 'unlawful combatants'"
    if metric in ("missing", "killed") and (_RETRIEVED_FROM.match(text, number.end) or _DEATHS_WERE_BODIES_AFTER.match(text, number.end)):
        # ("64 of the deaths were bodies recovered from under the rubble")
        # "7 martyrs, including 2 retrieved from under the rubble", "98 martyrs ..., three of them retrieved from under the
        # rubble": found, no longer missing, and no new deaths
        metric = "bodies_recovered"
    if metric == "killed" and (_NAMED_LIST.search(text, max(0, number.start - 60), number.start)
                               or _IDENTIFIED_AFTER.match(text, number.end)) and \
            not _ARMY_NAMED_BEFORE.search(text, max(0, number.start - 60), number.start):
        # (but "The army has named three more soldiers killed", "named a 38-year-old reservist who was killed": the dead
        # it announces, by name)
        metric = "killed_identified"  # "a detailed list of 34,344 Gazans killed": named victims, not the toll
    if metric == "patients" and _PATIENTS_DIED_AFTER.match(text, number.end):
        metric = "killed"  # "Eight patients died as a result", "40 patients have died in the hospital": deaths, of patients
    if metric in ("killed", "patients") and (_DIED_WAITING_AFTER.match(text, number.end)
                               or _DEATHS_AMONG_WAITING.match(text, number.end)  # "9 deaths among patients on the waiting list"
                               or _DIED_WAITING_BEFORE.search(text, max(0, number.start - 160), number.start)
                               # ("More than 15,600 patients still require evacuation; at least 740 patients have died while
                               # waiting since July 2024")
                               or "vacuat" in text and _DIED_WHILE_WAITING.match(text, number.end)):
        # "1,092 people have died while waiting for approval", "Seven patients on the waiting list died", "Died while
        # awaiting evacuation, since Oct 2023: 1,140": the sick who could not leave, which ministries count apart
        metric = "deaths_awaiting_evacuation"
    if lead:  # "Palestinians killed by Israeli forces or settlers: 112": who killed them is not who was counted
        lead = _AGENT.sub("", lead)
        # (nor the medics who carried or treated them: "its paramedics took nine people to hospital")
        lead = _MEDICS_DID.sub("", lead)
    group = "women_and_children" if _WOMEN_AND_CHILDREN.match(text, number.end) else \
        casualties.group_for_victims(words) or (casualties.group_for_victims(lead) if lead else None)
    if group == "men" and number.value != 1 and not _MEN.search(words) and not (lead and _MEN.search(lead)):
        group = None  # "A young man was martyred ..., raising the toll ... to 406": one man names no group of many
    if group == "soldiers" and SOLDIERS_AS_AGENTS.search(words):
        # "in 9 further cases it is unclear whether soldiers or settlers were responsible" (but "Lebanese soldiers killed by
        # Israeli forces" are soldiers)
        group = casualties.group_for_victims(SOLDIERS_AS_AGENTS.sub(" ", words))
    if group and (stop and _AND_OTHER_PEOPLE.match(text, stop.start()) or joined and _AND_OTHER_PEOPLE.search(joined.group())):
        group = None  # "632 deaths and 781 injuries among health workers and patients": everyone's
    if joined and group is None and (one_more := _AND_ONE_MORE.search(joined.group())) and \
            (own := casualties.group_for_victims(joined.group()[:one_more.start()])) in _PEOPLE_GROUPS:
        group = own  # "two women and an elderly man": the women, and one more person of another kind
    if joined and "," in joined.group():  # "30 men, women and children": everyone; "185 doctors, nurses and paramedics": one
        listed = [kind for kind in _LIST_PARTS.split(joined.group()) if kind.strip()]
        # (a role of no trade beside the trades of one group is of that group: "118 paramedics, nurses and rescue workers",
        # "129 paramedics, nurses, doctors and volunteers")
        kinds = {casualties.group_for_victims(kind) or ("" if _A_ROLE.fullmatch(kind) else "all") for kind in listed} - {""}
        group = kinds.pop() if len(kinds) == 1 else "women_and_children" if kinds == {"women", "children"} else "all"
    if group is None and (part_is := _OF_THOSE_WERE.match(text, number.end)):
        # "Fifty-four of those killed in 2025 were children", "two of the dead were members of its Tulkarem battalion"
        group = "fighters" if part_is.group("armed") or part_is.group("armed_as") else casualties.group_for_victims(part_is.group("who"))
    if group is None and (named := _IDENTIFIED_AS_GROUP.match(text, number.end)):
        group = casualties.group_for_victims(named.group("who"))
    if group is None and (among := _GROUP_AFTER_NOUN.match(text, number.end)):
        group = casualties.group_for_victims(among.group("who"))  # "(1,670) martyrs from the medical staff"
    if group is None and (accounted := _GROUP_FOR_BEFORE.search(text, max(0, number.start - 30), number.start)
                          or _GROUP_ACCOUNTED.search(text, max(0, number.start - 40), number.start)):
        group = casualties.group_for_victims(accounted.group("who"))  # ("Children accounted for 19 ..., and women for 11")
    if group is None and ":" in text[max(0, number.start - 120):number.start] and (label := _label_of(text, number.start)) \
            and not _A_DIGIT.search(text, label[1], number.start) and not _SENTENCE_MARK.search(text, label[1], number.start) \
            and not originator_spans(text[label[0]:label[1]]):
        # (a clause of counts before the colon names the group of its whole only: "14 Palestinians, including four
        # children, were killed ...: 12 by Israeli forces" names none of the 12; "14 Palestinian children, including two
        # girls, were killed ...: 12 by Israeli forces", children)
        # "Livelihood martyrs (aid seekers): hospitals have registered 2,615 martyrs" (not "Bodies recovered by troops: 49",
        # those who did it; nor "Civil Defence: 1,263 bodies recovered", who says so)
        counted = _COUNTED_IN_LABEL.search(text, label[0], label[1])
        label_words = counted.group() if counted else _AGENT.sub("", text[label[0]:label[1]])
        labelled_group = casualties.group_for_victims(label_words)
        if labelled_group in _VICTIM_GROUPS or labelled_group in _ACTOR_GROUPS and not _PERSON.search(words) and \
                not _ACTS_NOUN.search(label_words):  # "Soldiers: 850 killed", not "Settler violence: 1,200 Palestinians injured"
            group = labelled_group
    if group is None and _SECURITY_FORCES.search(words) and _ISRAELIS.search(text) and not _OTHER_FORCES.search(text):
        group = "soldiers"  # "22 Israelis, eight of them members of the security forces" (Gaza's police are security forces too)
    if group is None and (among := _AMONG_GROUP_BEFORE.search(text, max(0, number.start - 80), number.start)):
        group = casualties.group_for_victims(among.group("who") or among.group("losers"))  # "the total among aid seekers ... to 1,516"
    if group in (None, "men") and metric == "arrests" and (_REARRESTED.search(text, max(0, number.start - 40), number.start)
                                                  or _REARRESTED.match(text, number.end)):
        group = "former_prisoners"  # "has re-arrested 87 of the prisoners it freed", "39 freed prisoners were re-arrested"
    if group == "former_prisoners" and metric != "arrests":
        group = None  # those once held are a group of the arrested again, not of the held, the freed or those who testify
    if group == metric or group == "patients" and metric == "icu_patients" or metric.startswith("hospitals_"):
        # "600 patients" counts patients, not a group of them; hospitals have none
        group = None
    return Link(number, metric, _FAMILY_OF[metric], qualifier_of(text, number), group=group,
                population=casualties.population_for(words) or (casualties.population_for(lead) if lead else None))


_AND_ONE_MORE = re.compile(r"\s+and\s+an?\s", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+or\s+(?:more|so)\b", re.IGNORECASE)
_ASIDE_CLOSER_COMMA = re.compile(r"\0,\s*")  # the comma that closed an aside taken out


# "a 16-year-old boy was shot in the chest during a raid ... and died of his wounds the next day", "...; he died of his
# wounds two days later": one person hurt, then dead, in one sentence
_SHOT_THEN_DIED = re.compile(r"[^.;\n]{0,60}?\b(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|hit)\b[^.;\n]{0,160}?"
                             r"(?:,?\s+and\s+(?:later\s+)?|;\s+(?:he|she)\s+(?:later\s+)?)(?:died|succumbed)\s+(?:of|from|to)\s+"
                             r"(?:his|her)\s+(?:wounds|injuries)\b"
                             # ("an 11-year-old boy wounded in the same strike died of his injuries two days later": the
                             # participle right after the one's noun; not "a soldier was injured and another died of his wounds")
                             r"|(?:\s+(?!(?:was|were|is|has|had)\b)[\w-]+){1,4}?\s+(?:wounded|injured|shot)\b[^.;\n]{0,80}?\b(?:died|succumbed)"
                             r"\s+(?:of|from|to)\s+"
                             r"(?:his|her)\s+(?:wounds|injuries)\b", re.IGNORECASE)
_HELD_THEN_FREED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+(?:held|detained"
                              r"|imprisoned|jailed)\b[^.;\d]{0,80}?\band\s+(?:were\s+|was\s+|later\s+|subsequently\s+|then\s+|since\s+)*"
                              r"(?:released|freed)\b", re.IGNORECASE)
_CAPACITY_BEFORE = re.compile(rf"\bcapacity\s+(?:of|for|is|was)\s+(?:only\s+|just\s+)?{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_VICTIMS_SUBJECT = re.compile(r"\W*(?:the|those)\s+(?P<noun>dead|victims|killed|fatalities|wounded|injured)\b", re.IGNORECASE)
_HURT = ("wounded", "injured")
_FIELD_HOSPITALS_AFTER = re.compile(r"\s+field\s+hospitals\b", re.IGNORECASE)
_BESIDES_BEFORE = re.compile(r"\b(?:in\s+addition\s+to|as\s+well\s+as|plus|besides|alongside)\s+$", re.IGNORECASE)
_TOLL_INCLUDES_BEFORE = re.compile(r"\b(?:death\s+)?toll\s+(?:\w+\s+){0,3}?(?:includes|included|include|comprises|comprised)\s+"
                                   r"(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+)?"
                                   r"(?:[^.;\d]{0,40}?\band\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+)?)?$",
                                   re.IGNORECASE)
_INCLUDED_BEFORE = re.compile(r"\b(?:included|include|includes|were|are|comprised|numbered)\s+(?:at\s+least\s+|some\s+|about\s+)?"
                              r"(?:[^.;\d]{0,40}?\band\s+)?$", re.IGNORECASE)
_AMONG_THEM_RIGHT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?among\s+(?:them|whom)\b", re.IGNORECASE)
_AMONG_THEM_AFTER = re.compile(r"[^.;\d]{0,40}?(?:\d[\d,]*[^.;\d]{0,30}?)?\bamong\s+them\b", re.IGNORECASE)
# Patients counted by a chronic illness or by a treatment they need elsewhere are no hospital's load: "700 kidney patients
# still depend on dialysis", "more than 11,000 cancer patients", "About 1,150 patients on haemodialysis", "15,600 patients
# need to travel abroad for treatment"
_CHRONIC_PATIENTS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:kidney|renal|cancer|oncology|dialysis|haemodialysis|hemodialysis|thalass?a?emia|diabetes|diabetic"
    r"|chronic(?:ally)?)\b[^.;,\d]{0,20}?\bpatients\b"
    r"|\s+(?:[\w-]+\s+){0,2}?patients\s+(?:[\w-]+\s+){0,2}?(?:on|receiving|undergoing|needing|need|depend(?:ing)?\s+on)\s+"
    r"(?:regular\s+)?(?:haemo|hemo)?dialysis\b"
    r"|\s+(?:[\w-]+\s+){0,2}?patients\b[^.;,\d]{0,20}?\b(?:need|needing|needs|require|requiring)\s+(?:to\s+travel\s+)?"
    r"(?:\w+\s+){0,2}?(?:abroad|outside)\b"
    # ("620 patients with kidney failure now depend on dialysis")
    r"|\s+(?:[\w-]+\s+){0,2}?patients\s+with\s+(?:kidney|renal|cancer|chronic|thalass?a?emia|diabetes)\b", re.IGNORECASE)
# "The dialysis department, which receives kidney patients from across the area, is serving 230 patients": the same, named
# by the ward that treats them
_CHRONIC_WARD_BEFORE = re.compile(r"\b(?:dialysis|haemodialysis|hemodialysis|oncology|cancer|kidney|renal|thalass?a?emia)\s+"
                                  r"(?:department|unit|centre|center|ward|section|clinic)s?\b(?:(?!\b(?:and|while|but|whereas)\b)[^.;:]){0,80}?"
                                  r"\b(?:serving|serves|served|treating|treats|treated|caring\s+for|cares\s+for|follows\s+up|following\s+up"
                                  r"|has|had|holds|holding)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|around\s+)?$",
                                  re.IGNORECASE)
_AWAITING_LABEL = re.compile(r"\b(?:awaiting|waiting\s+(?:for|to)|waiting\s+lists?|referrals?(?!\s+hospitals?\b)|treatment\s+abroad)\b",
                             re.IGNORECASE)
# "Kidney patients on dialysis: 160": the same, named by a label
_CHRONIC_LABEL_WORDS = re.compile(r"\b(?:kidney|renal|dialysis|haemodialysis|hemodialysis|cancer|oncology|thalass?a?emia|chronic)\b",
                                  re.IGNORECASE)
# Patients who left ("96 patients have left, together with 170 companions", "38 patients left through the Rafah
# crossing") and a quota ("had agreed on 50 patients a day"): evacuations, no ward's load
_PATIENTS_GONE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?patients\s+(?:(?:have|had|were|was)\s+(?:been\s+)?)?(?:(?:left|departed|exited"
                                  r"|crossed|evacuated|transferred\s+abroad|sent\s+abroad)\b)", re.IGNORECASE)
_QUOTA_BEFORE = re.compile(rf"\b(?:agreed\s+(?:on|to)|allowed|permitted|quota\s+of|capped\s+at|limit\s+of)\s+{OPTIONAL_QUALIFIER}$",
                           re.IGNORECASE)
# "trauma supplies for 500 patients", "moved 62 patients to Nasser Medical Complex": supplies and transfers, no load
_SUPPLIES_OR_MOVED_BEFORE = re.compile(rf"\b(?:(?:supplies|kits|medicines|treatment\s+courses)\s+(?:sufficient\s+|enough\s+)?for"
                                       rf"|(?:enough|sufficient)\s+(?:to\s+(?:treat|serve|cover)|for)"
                                       rf"|(?:moved|move|moving|transported|relocated)|able\s+to\s+move)\s+{OPTIONAL_QUALIFIER}$",
                                       re.IGNORECASE)
_PREWAR_CAPACITY_BEFORE = re.compile(r"\b(?:pre-?(?:war|escalation|conflict|crisis)|original|normal|usual|full)\s+(?:bed\s+)?capacity\s+of\s+"
                                     r"(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_AVAILABLE_BEFORE_THE_WAR = re.compile(r"\s+(?:hospital\s+)?beds\s+(?:that\s+were\s+)?available\s+(?:before|prior\s+to)\s+(?:the\s+)?"
                                       r"(?:war|escalation|conflict|hostilities|crisis|October)", re.IGNORECASE)


def _words_right_before_a_count(words: str) -> re.Pattern[str]:
    """``words`` closing the text before a count, past "another" and a qualifier ("transferred another 27", "the
    evacuation of more than 5,000")."""
    return re.compile(rf"\b(?:{words})\s+(?:another\s+)?{OPTIONAL_QUALIFIER}$", re.IGNORECASE)


_STILL_CHECKING_BEFORE = _words_right_before_a_count(r"investigating|examining|reviewing|verifying|looking\s+into|checking")
_MOVED_BEFORE = _words_right_before_a_count(r"transferred|transported|moved|referred|relocated|evacuated|transferring|transporting")
_PATIENTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?patients\b", re.IGNORECASE)
_EVACUATED_BEFORE = _words_right_before_a_count(r"(?:evacuation|evacuations|evacuated|transfer(?:red)?)(?:\s+of)?")


def is_abuse_finding(text: str) -> bool:
    """Whether ``text`` is a testimonies summary's line ("Beaten by guards or soldiers: 63 (88%)")."""
    return ":" in text and _ABUSE_FINDING_LABEL.match(text) is not None


def _own_abuse_cue_first(numbers: list[NumberMention], i: int, cues: list[Cue]) -> bool:
    """True when the first report of abuse after ``numbers[i]`` comes before the next number: that count's own."""
    cue = next((c for c in cues if c.metric == "reports_of_abuse" and c.start >= numbers[i].end), None)
    return cue is not None and (i + 1 == len(numbers) or cue.start < numbers[i + 1].start)


def _counts_the_abused(text: str, number: NumberMention, cues: list[Cue]) -> bool:
    """True when the abuse report named after ``number`` is by the people it counts ("36 former detainees reported
    being beaten", "Eleven reported sexual abuse", "212 complaints of torture"), not by others it names."""
    cue = next((c for c in cues if c.metric == "reports_of_abuse" and c.start >= number.end), None)
    if cue is None or _ABUSED_COUNTED.fullmatch(text, number.end, cue.start) is None:
        return False
    # "120 cases of sexual violence", "212 complaints about abuse": reports of the held only where the sentence says so (or
    # where they name torture, which the held suffer: "PCATI received 163 complaints of torture or ill-treatment")
    return not _REPORTS_NOUN.match(text, cue.start) or bool(_HELD_WORDS.search(text) or _PRISON.search(text)
                                                            or reports_torture(text, number))


_SECURITY_FORCES = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?(?:security\s+)?forces\b", re.IGNORECASE)
_ISRAELIS = re.compile(r"\bIsraelis\b|\bin\s+Israel\b(?!i)")  # (not "Israeli forces killed ...": who killed)
_OTHER_FORCES = re.compile(r"\b(?:Palestinian|Lebanese|Syrian|Hamas|Gaza(?:'s|’s)?)\s+(?:security\s+|police\s+)?forces\b|\bpolice\b",
                           re.IGNORECASE)
_STAFF_HELD = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:members|staff|crews?|doctors|nurses|workers|paramedics|personnel|colleagues"
                         r"|employees|volunteers)\b", re.IGNORECASE)
_SAMPLE_PART_GAP = re.compile(r"[^.;:\d]{0,60}?(?:,|\band)\s*", re.IGNORECASE)
_FROM_A_PLACE_AFTER = re.compile(r"\s+(?:were\s+|are\s+)?from\s(?![^,.;]*?\b(?:remain|remains|are|were|have|has|had|is|was)\b)",
                                 re.IGNORECASE)  # (not "1,200 from Gaza remain held")
_SHARES_OF_CAPACITY = {"bed_occupancy_pct", "hospital_capacity_pct"}
_ANOTHER_AT = re.compile(r"(?:\s*+(?:%|per\s?cent|percent))?,?\s++(?:and|while|with)\s+[^.;\d]{0,60}?"
                         r"\b(?:hospital|medical|complex|ward|clinic|cent(?:er|re)|infirmary|unit)\w*\s+at\s+", re.IGNORECASE)
_FATE_OF_BEFORE = re.compile(rf"\bfate\s+of\s+(?:the\s+)?{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_UNKNOWN_AFTER = re.compile(r"[^.;]{0,60}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+|also\s+)?unknown\b", re.IGNORECASE)
_RESCUED_AFTER = re.compile(r"(?:\s+(?:more\s+)?(?:[\w-]+\s+)?(?:hostages|captives|people|Israelis|others)|\s+of\s+them)?\s+"
                            r"(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|had\s+been\s+)?rescued\b", re.IGNORECASE)
# "The first truce saw 30 living hostages freed" (not "would see the remaining 20 living hostages freed", a plan)
_SAW_OR_LABEL_BEFORE = re.compile(r"\b(?:saw|has\s+seen|had\s+seen)\s+(?:the\s+)?$|:\s*$", re.IGNORECASE)  # (or a label: "ceasefire: 30 ...")
_FREED_PARTICIPLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?hostages\s+(?:freed|released|handed\s+over)\b", re.IGNORECASE)
_RESCUED_BEFORE = re.compile(r"\brescued\s+(?:alive\s+)?$", re.IGNORECASE)
_NEXT_PLACE = re.compile(r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # between "Tubas (2)" and "Nablus (2)"
_DIGIT_IN = re.compile(r"\d")
_PLACE_BEFORE_BRACKET = re.compile(r"(?P<place>(?-i:[A-Z])[\w'’-]*(?:\s+(?:al-|el-)?(?-i:[A-Z])[\w'’-]*){0,2})\s*\($")
_OF_THE_SAMPLE_OPENING = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+(?P<n>\d[\d,]*)\s+[^,.;\d]{1,60},", re.IGNORECASE)
# "a girl of nine", "a woman of 70": an age (not "a family of nine people", "a crew of four paramedics")
# ("nine wounded Palestinians who died after soldiers held up the ambulance": the wounded who died, whatever of)
_DIED_OF_WOUNDS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:later\s+|has\s+since\s+|since\s+)?(?:died|succumbed)\s+"
                                   r"(?:(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\b|after\b|while\s+waiting\b)", re.IGNORECASE)
_AGE_OF_A_PERSON = re.compile(r"\b(?:boy|girl|man|woman|child|teenager|youth|toddler|grandmother|grandfather|father|mother|son|daughter)"
                              r"\s+of\s+$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s+(?:people|persons|children|men|women|members|others)\b", re.IGNORECASE)
# "the man, 76, and his wife, 71, were killed along with their son, 44,", "Ahmad Salah, 23, died": an age set off by commas
# after the one it is of (a person's noun or a two-word name; not "In Jenin, 12 were killed", a count after a place)
_PERSON_BEFORE_AGE = re.compile(
    r"(?:\b(?:man|woman|boy|girl|child|son|daughter|wife|husband|father|mother|brother|sister|grandfather|grandmother|grandson"
    r"|granddaughter|uncle|aunt|cousin|nephew|niece|teenager|farmer|shepherd|fisherman|paramedic|journalist|photographer"
    r"|doctor|nurse|driver|student|worker|resident|detainee|prisoner|soldier|reservist|officer|settler)|(?-i:\b[A-Z][a-z’'-]+\s+[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*))\s*,\s*$", re.IGNORECASE)  # ("Eliav Ben-Ami, 34,")
_AGE_SET_OFF_AFTER = re.compile(r"\s*(?:[,;)]|\.(?:\s|$))")
_OLDEST_AGE = 110


def _is_age_set_off(text: str, number: NumberMention) -> bool:
    return not number.percent and number.value <= _OLDEST_AGE and number.text.isdigit() and \
        _AGE_SET_OFF_AFTER.match(text, number.end) is not None and \
        _PERSON_BEFORE_AGE.search(text, max(0, number.start - 40), number.start) is not None


_AGE_OF_THE_YOUNGEST = re.compile(r"\b(?:youngest|oldest)\b(?:\s+(?:of|among)\s+(?:them|whom|the\s+\w+))?(?:\s+(?:was|being|aged))?\s*,?\s*$",
                                  re.IGNORECASE)
# (a share closes on "in four": "one injury in four", not "one death in 24 hours", "one Palestinian in two separate raids")
_ONE_IN_N = re.compile(r"\b(?:one|1)\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
                       r"(?=\s*(?:[,.;:)]|$|\s+(?:of|were|are|was|is|had|have|killed|injured|wounded|dead|detained|arrested)\b))",
                       re.IGNORECASE)
_MOST_CASES = re.compile(r"\b(?:highest|largest|greatest)\s+number\s+of\b", re.IGNORECASE)
_CASES_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_IN_INCUBATORS_AFTER = re.compile(r"\s+of\s+(?:them|whom|these)\s+(?:were\s+|are\s+)?(?:still\s+)?in\s+incubators\b", re.IGNORECASE)
_DISPLACING_BEFORE = re.compile(r"\b(?:forced|displaced|driven|uprooted|expelled)\s+(?:out\s+)?(?:some\s+|about\s+|around\s+|more\s+than\s+"
                                r"|nearly\s+|over\s+|at\s+least\s+|an\s+estimated\s+|almost\s+)?$", re.IGNORECASE)
_FACTOR_BEFORE = re.compile(r"\bfactor\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$", re.IGNORECASE)
_SPEAKING_BODIES_AFTER = re.compile(r"\s+(?:bodies|institutions|groups|organi[sz]ations|agencies|ministries|NGOs)\s+(?:also\s+)?"
                                    r"(?:said|say|says|added|reported|stated|noted|warned|stressed|urged|called|demanded|affirmed)\b",
                                    re.IGNORECASE)
_RISEN_BY_BEFORE = re.compile(word_start_guarded(
    rf"\b(?:risen|rose|rises|increased|increases|grown|grew|fallen|fell|dropped|decreased|declined|climbed"
    rf"|jumped|gone\s+up|went\s+up|gone\s+down|went\s+down)\s+by\s+{OPTIONAL_QUALIFIER}$"), re.IGNORECASE)
_MORE_THAN_THEN = re.compile(r"\s+(?:more|fewer|less)\s+than\s+(?:at|on|in|during|a|the|last|before|its|their)\b", re.IGNORECASE)
# "the ICRC facilitated the return of 57 detainees": a release done (not "provides for the return of", a plan)
_RETURN_DONE_BEFORE = re.compile(rf"\b(?:facilitated\s+the\s+(?:return|transfer|release)|(?:oversaw|completed|confirmed|carried\s+out)"
                                 rf"\s+the\s+(?:return|release))\s+of\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_BARE_GROUP_AFTER = re.compile(r"\s+(?:children|minors|women|girls|boys|journalists)\b(?!\s+(?:held\s+)?(?:in|under|as)\b)", re.IGNORECASE)
# a list line's label naming things, not people or places ("Ambulances struck or destroyed", "Primary care centres that
# remain out of operation"; not "In shelters and schools", "Residents of shelters", "Sde Teiman camp")
_THINGS_LABEL = re.compile(r"\W*+(?:\d{1,2}[.)]\s*+)?(?!(?:in|at|on|from|inside|near|of|among|residents|people|persons)\b)"
                           r"(?:\w[\w-]*+\s++){0,2}?(?:ambulances?|vehicles?|trucks?|schools?|cent(?:re|er)s?|clinics?|buildings?"
                           r"|homes?|houses?|mosques?|churches?|bakeries|wells|generators)\b"
                           r"(?!\s+(?:staff|workers|residents|crews?|teams?|drivers|personnel|volunteers)\b)",
                           re.IGNORECASE)
# ("Three children die of cold", "the number of cold-related deaths this winter")
_OF_THE_COLD = re.compile(r"\b(?:cold|hypothermia|weather)[-\s]related\s+deaths\b"
                          r"|\b(?:die|dies|died|deaths?|dying)\b[^.;\d]{0,40}?\b(?:of|from|due\s+to|caused\s+by|because\s+of|as\s+a\s+result\s+of)"
                          r"\s+(?:the\s+)?(?:extreme\s+|severe\s+|bitter\s+|intense\s+)?(?:hypothermia|cold|exposure|freezing)\b"
                          r"|\bfrom\s+hypothermia\b", re.IGNORECASE)
_REPORTED_BY_BEFORE = re.compile(rf"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:reported|described|cited|alleged)\s+by\s+"
                                 rf"{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_COMPLAINTS_FILED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?complaints?\b[^.;\d]{0,80}?\b(?:have|has|had|were|was)\s+been\s+"
                                    r"(?:filed|submitted|lodged)\b|\s+(?:[\w-]+\s+){0,2}?complaints?\b[^.;\d]{0,80}?\b(?:filed|submitted"
                                    r"|lodged)\s+(?:with|to)\b", re.IGNORECASE)
_TORTURE_REPORTS_AFTER = re.compile(r"\s+(?:complaints?|cases|reports|allegations|testimonies|accounts)\s+(?:of|about|alleging|over)"
                                   r"\s+(?:\w+\s+){0,2}?(?:tortur|ill-?treat)", re.IGNORECASE)


def speaks_of_hostages(text: str) -> bool:
    """Whether ``text`` is about hostages (a release there frees hostages, not prisoners)."""
    return _HOSTAGES.search(text) is not None


def reports_torture(text: str, number: NumberMention) -> bool:
    """True when ``number`` counts complaints or cases of torture ("163 complaints of torture or ill-treatment"): the held's
    own reports, whatever the sentence says of them."""
    return _TORTURE_REPORTS_AFTER.match(text, number.end) is not None


_ABUSE_NAMED = re.compile(r"\b(?:torture|beatings?|abuse|ill-?treatment|denial\s+of\s+(?:medical|food|water|treatment)|starvation"
                          r"|sexual\s+(?:violence|abuse|assault|humiliation)|humiliation|shackling|solitary\s+confinement)\b",
                          re.IGNORECASE)
# ("the condition of 12 others who were seriously wounded", "of 15 others injured in the strike is stable": the wounded)
_HURT_OR_STATE_AFTER = re.compile(r"\s+others\b[^.;]{0,40}?\b(?:wounded|injured|hurt|stable|critical|serious)\b", re.IGNORECASE)
_CONDITION_OF_OTHERS = re.compile(r"\b(?:condition|wellbeing|well-being)\s+of\s+(?:the\s+)?\S+\s+others\b", re.IGNORECASE)
_EACH_AT = re.compile(r"\s*+(?:%|per\s?cent|percent)\s++at\s+[^.;\d]{1,60}?,?\s+(?:and|while|with)\s+", re.IGNORECASE)
# (a hospital: one named by its word or one of Gaza's known by name; not "30 per cent at Rafah fuel stations")
_AT_A_PLACE = re.compile(r"\s*+(?:%|per\s?cent|percent)\s++at\s+(?:the\s+)?(?:(?:Al[-\s]|el-)?(?:Shifa|Aqsa|Nasser|Ahli|Awda|Quds"
                         r"|Rantisi|Helou|Kamal\s+Adwan|Indonesian|European|Kuwaiti|Emirati|Makassed)\b"
                         r"|(?-i:[A-Z])[^.;,\d]{0,40}?\b(?:Hospital|Medical|Complex)\b)", re.IGNORECASE)
_CLOSED_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|which|these)\s+(?:were\s+|was\s+|had\s+(?:been\s+)?|have\s+(?:been\s+)?)?"
                                  r"(?:closed|shut|stopped|forced)\b", re.IGNORECASE)
_HOSPITALS_FRAMED = re.compile(r"\s+(?:the\s+)?(?:field\s+)?(?:hospitals|health\s+facilities|medical\s+(?:facilities|centres|centers))\b", re.IGNORECASE)
_HOSPITALS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:hospitals?|medical\s+(?:facilities|centres|centers|complexes))\b", re.IGNORECASE)


def _state_clause_end(text: str, numbers: list[NumberMention], i: int) -> int:
    """Where the clause of a hospitals' count ends: the next count or semicolon ("Four hospitals are fully functioning,
    while the other 8 hospitals are open, all of them partially": the 8's "all of them partially", not the four's)."""
    semicolon = text.find(";", numbers[i].end)
    # the next count of hospitals (not "across 3 governorates", "with a combined 1,800 beds")
    ends = [n.start for n in numbers[i + 1:] if _HOSPITALS_AFTER.match(text, n.end)][:1]
    return min(ends + ([semicolon] if semicolon >= 0 else []), default=len(text))


def _status_of_subject(skeleton: str, cues: list[Cue], number: NumberMention) -> Cue | None:
    """The hospitals' state in their own clause, past the words that name them: "Five hospitals in the south have been
    evacuated and are no longer functioning", "eight hospitals in the south and the Bekaa have been forced to close";
    not another subject's ("... are receiving patients and schools nearby have closed")."""
    clause_end = _CLAUSE_END.search(skeleton, number.end)
    end = clause_end.start() if clause_end else len(skeleton)
    verb = _FINITE_VERB.search(skeleton, number.end, end)
    if verb is None:
        return None
    other_subject = _OTHER_SUBJECT.search(skeleton, verb.end(), end)
    return _first_cue(cues, verb.start(), other_subject.start() if other_subject else end, ("status",), skeleton)


def _whole_before(links: dict[int, Link], i: int, text: str, numbers: list[NumberMention]) -> int:
    """The index of the count a pair's second number goes with: the one just before, or, when that is a part in an
    aside ("including 208 children") or a part said to be among the count before it ("10 martyrs, three women among
    them, and 54 wounded"), the whole it belongs to."""
    if i - 1 in links and links[i - 1].parent is not None:
        return next((j for j in range(i - 2, -1, -1) if j in links and links[j].parent is None), i - 1)
    if i - 1 in links and links[i - 1].group not in (None, "all") and _AMONG_THEM_RIGHT_AFTER.match(text, numbers[i - 1].end):
        for j in range(i - 2, -1, -1):  # (back past its fellow parts: "12 children and eight women among them")
            if j not in links:
                break
            if links[j].group in (None, "all"):
                return j if links[j].parent is None else i - 1
    return i - 1


def _without_asides(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its asides between commas or brackets taken out ("including 208 children")."""
    words = text[start:end]
    return _ASIDE_CLOSER_COMMA.sub(" ", _PARENTHETICAL.sub("\0", words)).replace("\0", "")


def _planned_release(text: str, number: NumberMention) -> bool:
    """True when ``number`` counts people a release still to come will free (see ``_PLANNED_BEFORE``)."""
    clause_start = max(text.rfind(";", 0, number.start), text.rfind(".", 0, number.start), number.start - 120, 0)
    return bool(_PLANNED_BEFORE.search(text, clause_start, number.start) or _PLANNED_AFTER.match(text, number.end))


# "two brothers aged 6 and 9", "siblings, aged between four and eleven": the ages of those counted, one phrase (its "and"
# ends no clause), and children when every age is under 18
_AGES = re.compile(rf",?\s+aged\s+(?:between\s+)?(?P<ages>(?:\d{{1,2}}|{NUMBER_WORDS})(?:\s*(?:,|and|to|or|-|–)\s*(?:\d{{1,2}}|{NUMBER_WORDS}))+)\b",
                   re.IGNORECASE)
_AN_AGE = re.compile(rf"\d{{1,2}}|{NUMBER_WORDS}", re.IGNORECASE)
_KIN_OR_YOUNG = re.compile(r"\s+(?:[\w-]+\s+)?(?:brothers|sisters|siblings|cousins|boys|girls|children|friends|sons|daughters)\b",
                           re.IGNORECASE)


def _all_under_18(ages: str) -> bool:
    """True when every age in "6 and 9", "four and eleven" is under 18."""
    values = [parse_number(age.group()) for age in _AN_AGE.finditer(ages)]
    return bool(values) and all(value is not None and value < 18 for value in values)


def _window_end(skeleton: str, numbers: list[NumberMention], i: int) -> int:
    """Where the words that may name what ``numbers[i]`` counts end: at the next visible number, the
    clause's end, or after seven words, whichever comes first."""
    start = numbers[i].end
    # "a woman and her 15-year-old daughter were killed", "a man and his two sons were killed": the one's verb, past her kin
    kin = _KIN_AFTER_ONE.match(skeleton, start) if numbers[i].value == 1 and skeleton.find(" and h", start, start + 60) >= 0 \
        else None
    end = next((n.start for n in numbers[i + 1:] if skeleton[n.start:n.end].strip() and n.start >= (kin.end() if kin else 0)),
               len(skeleton))
    members = _MEMBERS_OF.match(skeleton, start, end)  # "11 members of the hospital staff had been killed": one noun
    joined = _joined_people(skeleton, members.end() if members else start, end)
    # "312 Palestinian children from the occupied West Bank were held": where they are from names no more of them
    places = [m.span() for m in _FROM_PLACE.finditer(skeleton, start, end)] if skeleton.find(" from ", start, end) >= 0 else []
    if skeleton.find(" in", start, end) >= 0 or skeleton.find(" at ", start, end) >= 0:
        places += [m.span() for m in _WHERE_THEY_STAYED.finditer(skeleton, start, end)]
    if skeleton.find("aged", start, end) >= 0:
        places += [m.span() for m in _AGES.finditer(skeleton, start, end)]
    if skeleton.find(" whose ", start, end) >= 0:
        places += [m.span() for m in _NAMES_KNOWN.finditer(skeleton, start, end)]
    if kin:
        places.append(kin.span("kin"))
    stop = _STOP.search(skeleton, joined.end() if joined else start, end)
    while stop and any(s <= stop.start() < e for s, e in places):  # "from Gaza and the West Bank": one place phrase
        stop = _STOP.search(skeleton, next(e for s, e in places if s <= stop.start() < e), end)
    if stop:
        end = stop.start()
        places = [(s, e) for s, e in places if s < end]
    # ("185 doctors, nurses and paramedics are still being held": the list of kinds is one noun)
    counted = _WORD_RUN.finditer(skeleton, joined.end() if joined else members.end() if members else start, end)
    if places:
        counted = (word for word in counted if not any(s <= word.start() < e for s, e in places))
    for count, word in enumerate(counted):
        if count == 7:  # the eighth word starts past the window
            return word.start()
    return end


def _aside_end(skeleton: str, number: NumberMention) -> int:
    """Where the blanked aside holding ``number`` ends."""
    visible = _VISIBLE.search(skeleton, number.end)
    return visible.start() if visible else len(skeleton)


def _own_in_aside(text: str, skeleton: str, cues: list[Cue], number: NumberMention) -> Cue | None:
    """The metric word right after a number inside a blanked aside, in that aside: "113 martyrs (including
    3 recovered bodies)" counts recovered bodies, which the sentence's skeleton no longer shows."""
    aside_end = _aside_end(skeleton, number)
    # ", of whom 3,380 were held in administrative detention,", ", 92 of them in administrative detention,"
    held_in = _HELD_IN.match(text, number.end, aside_end) or _PART_HELD_IN.match(text, number.end, aside_end)
    return next((c for c in cues if number.end <= c.start < aside_end and c.kind == "noun"
                 and (len(text[number.end:c.start].split()) <= 2 or held_in and c.start == held_in.end())), None)


def _where_held(text: str, start: int, cue: Cue) -> bool:
    """True when ``cue`` names, past ``start``, where those counted are ("in the occupation's prisons"), not who."""
    return cue.family == "detention" and bool(_WHERE_HELD_BEFORE.search(text, start, cue.start)
                                              or _IN_A_PLACE.match(text, cue.start))


def _first_cue(cues: list[Cue], start: int, end: int, kinds: tuple[str, ...], skeleton: str) -> Cue | None:
    """The first cue of these kinds in [start, end), ignoring cues inside blanked parentheticals."""
    return next((c for c in cues if start <= c.start < end and c.kind in kinds and skeleton[c.start:c.end].strip()),
                None)


def _cue_before(text, cues, number, kinds, adjacent=True, numbers=()) -> Cue | None:
    for cue in reversed([c for c in cues if c.end <= number.start and c.kind in kinds]):
        between = _CHANGE_FROM.sub(" ", text[cue.end:number.start])
        if adjacent and (" on " in between or " at " in between or " as of " in between):
            between = _DATED_AT.sub(" ", between)  # "Among the security inmates held by the IPS on 1 May were 214 minors"
        if adjacent and (" in " in between or " from " in between or " of " in between or " across " in between):
            between = _OF_A_PLACE_OR_WAR.sub(" ", between)  # "The death toll in Gaza has risen to 37,164 people"
        if adjacent and "," in between:  # "Among those held in administrative detention, it said, are 96 children"
            between = _SPEECH_ASIDE.sub(" ", between)
        if adjacent:
            return cue if _LINKING_WORDS.match(between) else None
        if any(cue.end <= n.start < number.start for n in numbers) or _CLAUSE_BREAK.search(between):
            return None
        return cue if len(between.split()) <= 15 else None
    return None


_OF_THE_DEAD_AND = re.compile(r"\s+of\s+(?:the|those)\s+(?:martyrs|dead|killed|fatalities|victims)\s+and\s+", re.IGNORECASE)
_OF_THE_HURT_WERE = re.compile(r"\s+of\s+(?:the|those)\s+(?:wounded|injured|injuries)\s+(?:were|are)\s+(?:all\s+)?", re.IGNORECASE)
_PAIR_OF_COUNTS = re.compile(rf"\s+[^\W\d_]+\s+and\s+{OPTIONAL_QUALIFIER}", re.IGNORECASE)
_AMONG_AFTER_NOUN = re.compile(r"\s+[^\W\d_]+\s+(?=among\s)", re.IGNORECASE)  # "2,830 injuries among aid seekers"
_THE_INJURED_JOINED = re.compile(rf"[^\d.;]{{0,20}}?,?\s+(?:while|and|with|as)\s+the\s+(?:number\s+(?:of\s+(?:the\s+)?)?)?(?:injured|wounded|injuries)"
                                 rf"(?:\s+(?:exceed(?:s|ed)?|reached|reach(?:es)?|stands?\s+at|stood\s+at|total(?:s|led|ed)?|numbered"
                                 rf"|number|(?:has\s+|have\s+)?(?:risen|rose|climbed)\s+to|(?:is|are|was|were)(?:\s+at)?|at|to))?\s+"
                                 rf"{OPTIONAL_QUALIFIER}", re.IGNORECASE)
# the groups a label names as those counted (settlers, soldiers or police in a label are as often those who acted)
_VICTIM_GROUPS = {"children", "women", "men", "elderly", "journalists", "health_workers", "aid_workers", "aid_seekers",
                  "civil_defence", "women_and_children"}
# groups a label names as those counted only where it names no acts of theirs ("Soldiers: 850 killed"; "Settler attacks:
# 30 injured" counts those the settlers hurt)
_ACTOR_GROUPS = {"soldiers", "police", "settlers", "fighters", "civilians"}
_ACTS_NOUN = re.compile(r"\b(?:violence|attacks?|incidents?|raids?|fire|gunfire|shooting|operations?|strikes?|shelling|assaults?"
                        r"|harassment)\b", re.IGNORECASE)
_JOINING_WORD = re.compile(r"\b(?:and|or|while|but|with)\b", re.IGNORECASE)
_SHORT_SUBJECT = re.compile(r"\W*+(?:[A-Za-z][A-Za-z’'-]*+\s++){1,4}")  # the words a sentence opens with, up to its count's noun
_TWO_WORDS_BEFORE = re.compile(r"(?:[A-Za-z’'-]+\s+){0,2}$")
_FALLS_BACK = re.compile(r"\s*(?:including|of\s+(?:whom|which|them)|among\s+them)?\s*(?:in\s+)?(?:total|overall|all)?\s*", re.IGNORECASE)


_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]\s")


def _label_cue(text, cues, number) -> Cue | None:
    """The metric cue of the label a number is the value of, when its line reads "<label>: N" and the label
    states no number of its own."""
    own = _label_of(text, number.start)
    line = _label_of(text, number.start, split=False)
    if own and line and own != line and not _FALLS_BACK.fullmatch(text, *own) and (
            not casualties.group_for_victims(text[own[0]:own[1]]) or _NON_TARGET.search(text[own[0]:own[1]])):
        line = None  # "Journalists killed: 252; media offices destroyed: 143": an item of its own kind, no part
    for label in (own, line):
        if label is None:
            continue  # "Children killed: 17,000; women: 12,000": the line's label names the count of a later item's
        cue = next((c for c in reversed(cues) if c.kind == "noun" and label[0] <= c.start and c.end <= label[1]), None)
        # a number in the label before its metric word is a count of its own; after it, a date ("deaths since 7 October 2023: 313")
        # (a numbered list's marker opens the label: "12) Detainees arrested from the Gaza Strip: more than 6,700")
        marker = _ITEM_NUMBER.match(text, label[0])
        if cue is not None and not _A_DIGIT.search(text, marker.end() if marker else label[0], cue.end):
            return cue
    return None


def _legal_status(text: str, number: NumberMention) -> str | None:
    """The legal status of a count of the held, which a ledger keeps as its group: "- Sentenced: 2,310", "Remanded /
    awaiting trial: 2,940" (as in a statistics table), "3,248 were serving sentences, 3,109 were awaiting trial"."""
    label = _label_of(text, number.start)
    if label and _UNDER_INTERROGATION_LABEL.match(text, *label):
        return "under_interrogation"  # "Under interrogation, not yet charged: 318": a status of its own, as its label
    return _status_group(label and _LEGAL_STATUS.search(text, *label) or _LEGAL_STATUS_AFTER.match(text, number.end))


def legal_status_in(label: str) -> str | None:
    """The legal status a table row's label names: "Sentenced prisoners", "Pre-trial and on remand"."""
    return _status_group(_LEGAL_STATUS.search(label))


def _status_group(status: re.Match[str] | None) -> str | None:
    if status is None:
        return None
    if status.group("interrogation"):
        return "under_interrogation"
    return "life_sentenced" if status.group("life") else "sentenced" if status.group("sentenced") else "awaiting_trial"


def _label_of(text: str, number_start: int, split: bool = True) -> tuple[int, int] | None:
    """(start, end) of the label a number is the value of, when its line reads "<label>: [qualifier] N"; ``split``:
    a semicolon opens a label of its own ("... staff: 1,722; journalists: 257")."""
    line_start = text.rfind("\n", 0, number_start) + 1
    if split:
        line_start = text.rfind(";", line_start, number_start) + 1 or line_start
    # (most lines hold none of the marks a label ends at: they are spared the scans)
    colon = _LABEL_END.search(text, line_start, number_start) if _LABEL_END_MARK.search(text, line_start, number_start) else None
    if colon is None and _DASH.search(text, line_start, number_start) and \
            (dash := _DASH_LABEL_END.search(text, line_start, number_start)) and _COUNT_ENDS_LINE.match(text, number_start):
        colon = dash  # "Sentenced prisoners – 1,398": a list's line, its label and count parted by a dash
    return (line_start, colon.start()) if colon else None


def _parent_of(text, numbers, i, links, parent, combined=frozenset()) -> Link | None:
    """The figure this number is a part of, when an "including"-like word sits between them (or "of whom"
    right after this number: "100 remain in captivity, at least 34 of whom are believed dead")."""
    part_after = _PART_AFTER.match(text, numbers[i].end) is not None
    for j in range(i - 1, -1, -1):
        if j < i - 1 and _LIST_LEFT.search(text, numbers[i - 1].end, numbers[i].start):
            if not (part_after and _BY_WHOM_AFTER.match(text, numbers[i].end)):
                return None  # "22 dead, including 6 children and 3 women, and said 70 people ...": the parts ended
            if j in links and links[j].parent is not None:
                continue  # "237 Palestinians, including 61 children, have been killed ..., 227 of them by Israeli forces": of the whole
        if j not in links and _SPEAKING_BODIES_AFTER.match(text, numbers[j].end):
            continue  # "the two institutions said those arrested included 70 children": who speak, no whole of the parts
        if j not in links or links[j].parent is None:
            between = text[numbers[j].end:numbers[i].start]
            if _OWN_VERB_BEFORE.search(between):
                return None  # "killed 163 health workers, most of them paramedics, and injured 272 others": a count of its own
            # (not "14 of these incidents", no count, itself a part of something else)
            # (not a mark closing the part before it: "12 children and 19 women among the dead, bringing to more than 700 the
            # number killed")
            opens_part = any(not _IS_AMONG.search(between, 0, m.start()) and (j in links or between[:m.start()].strip())
                             and not (m.group().lower().startswith("among") and "," not in between[:m.start()]
                                      and (_MARK_CLOSES.match(between, m.end()) or _AND_AFTER_MARK.match(between, m.end())))
                             for m in _SUBGROUP.finditer(between)) or \
                j == 0 and j in links and _AMONG_THE_WHOLE.fullmatch(text, 0, numbers[0].start) is not None and \
                _ARE_AFTER_THE_WHOLE.search(between) is not None
            if opens_part and not part_after and j not in links and numbers[j].percent and \
                    _SHARE_OF_THEM.match(text, numbers[j].end):
                opens_part = False  # "16,248 killed, around 70% of them women and children, and 43,616 wounded": the share's
            if not (opens_part or part_after) or _SENTENCE_MARK.search(between) and not (
                    part_after and ";" in between and "." not in between):  # "...; 150 of them were children"
                return None
            return None if j in combined else links.get(j, _NOT_A_FIGURE)  # a count of two kinds heads no part
    if parent is not None and (_SUBGROUP.search(text[:numbers[i].start]) or i == 0 and (
            part_after or _ARE_AMONG_THEM.match(text, numbers[i].end))):
        # ("Nineteen of them were children", "About 360 children are among them", of the count the sentence before stated)
        return parent
    return None


def _joined_with_others(text: str, start: int, end: int, group: str | None) -> bool:
    """Whether the people counted at ``start`` are joined by people of another kind before their verb: "two men and a
    woman were killed, and at least nine were injured" (the nine are of no one group)."""
    subject = _SUBJECT_VERB.search(text, start, end)
    return subject is not None and group not in (None, "all") and _PEOPLE_JOINED.fullmatch(text, start, subject.start()) \
        is not None and casualties.group_for_victims(text[start:subject.start()]) != group


_MEN = re.compile(r"\bmen\b", re.IGNORECASE)
# the groups of one man or woman, which the count paired with theirs is not of ("One Palestinian man was killed and some 390
# injured")
_ONE_PERSONS_GROUPS = {"men", "women"}


def _of_no_kind_shared(link: Link) -> bool:
    """True when the count after ``link`` is not of its group for pairing with it: one man or woman, or men at all
    ("Two young men were killed and seven others injured", "Three young men killed and 14 injured": everyone hurt, as the
    probe labels have them; a sex names no trade or age the next count shares)."""
    return link.group == "men" or link.number.value == 1 and link.group in _ONE_PERSONS_GROUPS
# an armed group (a wire's "the group", named the sentence before) losing its members: its fighters killed
_ARMED_GROUP_LOST_BEFORE = re.compile(r"\b(?:the\s+(?:militant\s+|armed\s+)?(?:group|movement)|Hezbollah|Hamas|(?:Islamic\s+)?Jihad)"
                                      r"\s+(?:has|had|have)\s+(?:now\s+|so\s+far\s+)?lost\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+"
                                      r"|some\s+|nearly\s+)?$", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"\s+(?:of\s+its\s+)?members\b", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\s(?:were|was|have|has|had|are|is)\b", re.IGNORECASE)
_PEOPLE_JOINED = re.compile(r"[^\d,;.]{0,40}?\sand\s[^\d,;.]{0,30}")  # the count's own words, joining another kind of people


def _coordinated_with(text, numbers, i, links) -> Link | None:
    if i - 1 not in links:
        return None
    between = text[numbers[i - 1].end:numbers[i].start]
    if _COORDINATED.fullmatch(between) and (not _BARE_COMMA_LIST.search(between) or _PERSON.match(text[numbers[i].end:numbers[i].end + 40].lstrip())):
        return links[i - 1]  # "178 children, 284 women" (not "detained 12 people in Tubas, 5 from one family")
    # a longer clause closed by ", and [qualifier]": "killed more than 40 ... in 2024 alone, and more than 320 people"
    after = text[numbers[i].end:numbers[i].end + 40]
    if _AND_THEN.search(between) and not _CONTRAST.search(between) and \
            len(between.split()) <= 25 and (_PERSON.match(after.lstrip()) or _ELLIPTIC.match(after)) and \
            not _DISPLACED_AFTER.match(text, numbers[i].end) and \
            not (links[i - 1].family == "hospitals" and _DAMAGED_AFTER.match(text, numbers[i].end)):
        # (not "and more than 1,000 people forced from their homes"; nor "2 hospitals have been forced to close and 6 others
        # have been damaged": what befell the others is no state of theirs)
        return links[i - 1]
    return None


def _carry_qualifiers(text: str, numbers: list[NumberMention], links: dict[int, Link]) -> None:
    for i in sorted(links):
        link = links[i]
        j = _whole_before(links, i, text, numbers) if link.parent is None else i - 1  # past an aside: "At least 25, among them four women, ... and 112"
        previous = links.get(j)
        if previous and link.qualifier == "exact" and previous.qualifier not in ("exact", "range") and \
                carries_qualifier(text, numbers[j], numbers[i], _without_asides(text, numbers[j].end, numbers[i].start)):
            link.qualifier = previous.qualifier
