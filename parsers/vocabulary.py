"""Every word list the extractor knows, in one place.

Rules elsewhere never spell a synonym themselves: they read these tables. Each table is
ordered most- to least-specific where order matters (first match wins), and each entry
is a regular-expression fragment compiled with ``re.IGNORECASE | re.VERBOSE`` by
``compile_table``.
"""

from __future__ import annotations

import re

from parsers.prefilter import (PrefilteredPattern, RowsByFirstLetter, fast_words, first_characters, prefixes,
                               top_level_alternatives)

# The prisons and camps reports name (a death there is a death in custody, an occupancy there a prison's)
PRISON_ONLY_NAMES = r"Sde\s+Teiman|Ofer|Ke?tziot|Nafha|Megiddo|Ramon|Anatot|Gilboa|Damon|Etzion|Nitzan|Eshel|Ayalon|Shikma"
PRISON_NAMES = PRISON_ONLY_NAMES + r"|Negev|Naqab|Ashkelon"  # "died in Ashkelon": the city's prison, after "died in"

# People "believed to be trapped": missing (a cue), and of one building's incident where the sentence says no "missing"
BELIEVED_TRAPPED = r"(?:believed|feared|thought|presumed)\s+(?:to\s+be\s+)?(?:still\s+)?trapped\b"
# Number words a name's modifier is not ("the deaths of two detainees" counts two)
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
COUNT_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
               r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|thousands")

# The words of abuse an account names close after its verb ("29 described prolonged stress positions or shackling"):
# the lookahead of the reports_of_abuse row in METRIC_CUES (every alternative opens with a plain letter, for ``fast_words``)
ABUSE_ACCOUNT_WORDS = (
    r"beat(?:en|ing|ings)?|tortur\w*|abus\w*|ill-?treat\w*|kick(?:ed|ing)|rap(?:e|ed)|sexual\w*"
    r"|strip(?:ped|ping|-search\w*|\s+search\w*)|forced\s+nudity|dogs|stress\s+positions?|shackl\w*|handcuff\w*|blindfold\w*"
    r"|kneel\w*|deprived|deprivation|starv\w*|hunger(?!\s+strik)|hungry"
    r"|insufficient\s+(?:food|rations|meals)|inadequate\s+(?:food|rations|meals)|meagre\s+(?:food|rations|meals)"
    r"|meager\s+(?:food|rations|meals)|scant\s+(?:food|rations|meals)"
    r"|meals\s+too|kilograms|kilos|weight|medical\s+neglect|untreated|isolation(?<!from\sisolation)|solitary|humiliat\w*|slapp\w*"
    r"|assault(?:ed|s)?(?!\s+on\s+(?:the\s+)?(?:(?-i:[A-Z])|southern\b|northern\b|central\b))"
    r"|electric\s+shocks?|stun\s+grenades|mistreat\w*|cruel\w*|degrading"
    # "26 said they had been made to lie on the floor with their hands tied", "13 said their medication had been stopped"
    r"|hands\s+(?:tied|bound|cuffed|zip-?tied)|tied\s+up|made\s+to\s+(?:lie|kneel|crawl)"
    # "Nineteen said they had been restrained for the whole of their stay" (a hospital bed's cuffs)
    r"|restrained|chained|cuffed"
    r"|medications?\s+(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?(?:stopped|withheld|cut|reduced|confiscated|taken\s+away)")

# --- metrics --------------------------------------------------------------------------
# (pattern, family, metric, kind). kind says how the cue links to a number:
#   "noun"   - names what was counted: "8,260 Palestinians were killed", "12 deaths"
#   "status" - a hospital state; links only to numbers counting hospitals
#   "pct"    - a rate; links only to percentages ("206 percent occupancy")
METRIC_CUES: list[tuple[str, str, str, str]] = [
    # hostages before "killed"/"held" so "hostages killed" is not a plain death
    # ("13 hostages, among them foreigners, were killed": past an aside about them)
    (r"hostages?\s*(?:,[^,.;\d\n]{3,40},\s*)?(?:who\s+)?(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|had\s+been\s+)?[\"“]?(?:killed|dead|died|murdered)"
     r"|(?:dead|deceased|slain|murdered)\s+(?:hostages|captives)|bodies\s+of\s+hostages|hostages(?:'|’)\s+(?:bodies|remains)"
     # ("at least 28 are believed to be no longer alive")
     r"|(?<=\sbe\s)no\s+longer\s+(?:alive|living)",
     "casualties", "hostages_dead", "noun"),
    (r"hostages?\s+(?:were\s+|was\s+|(?:have|has|had)\s+(?:now\s+|since\s+|already\s+)?been\s+)?(?:now\s+|since\s+|already\s+|so\s+far\s+)?"
     r"(?:released|freed|returned|rescued|brought\s+(?:home|back)|handed\s+(?:over|back))"
     # ("Three hostages walk free in Khan Younis": a headline's present)
     r"|hostages\s+(?:walk|walked|go|went|set)\s+free"
     r"|released\s+hostages|freed\s+hostages|returned\s+hostages|rescued\s+hostages"
     r"|release\s+of(?=\s+\S+\s+hostages)", "casualties", "hostages_released", "noun"),
    # a singular "hostage" after a count is the idiom "took 251 (others) hostage"
    # "111 hostages abducted on October 7 remain in Gaza": those still held, not those taken
    (r"hostages?\s+(?:were\s+)?(?:taken|seized|abducted|kidnapped)(?!(?:[^.;,]|,\s*\d{4}){0,60}?\b(?:remain|remains|are\s+still|still\s+held"
     r"|are\s+(?:being\s+)?held)\b)|taken\s+hostage"
     # (not "Gazans taken captive by the army", "had taken captive 3 Hamas fighters": the army's captives)
     r"|(?<!had\s)(?<!have\s)(?<!has\s)taken\s+captive(?!\s+by\s+(?:the\s+)?(?:Israeli|Israel|army|military|forces|troops|soldiers)\b)"
     r"|kidnapped|abducted|kidnapping|abducting"
     # "About 240 people were taken into Gaza during the 7 October attack": carried off as hostages
     # (people, not "the bodies of 15 Palestinians were taken into Gaza", nor "40 soldiers were taken into the Strip")
     r"|(?:(?<=people\swere\s)|(?<=persons\swere\s)|(?<=Israelis\swere\s)|(?<=civilians\swere\s)|(?<=others\swere\s)|(?<=\d\swere\s))"
     r"(?:taken|dragged|carried\s+off)\s+(?:back\s+)?(?:into\s+(?:the\s+)?Gaza(?:\s+Strip)?\b(?!\s+City)"
     # ("251 others were taken back to Gaza as hostages", not "40 soldiers were taken to Gaza's hospitals")
     r"|to\s+(?:the\s+)?Gaza(?:\s+Strip)?\s+as\s+(?:hostages|captives)\b)"
     # (not "239 people were being held hostage in Gaza": held now)
     r"|(?<!being\sheld\s)(?<!still\sheld\s)(?<!are\sheld\s)(?<!is\sheld\s)hostage(?=\s*(?:[,.;)]|$|\s+(?:in|on|during|by|from|and|to|into|at|after|when)\b))"
     # "dragged around 250 others into Gaza as hostages": the verb before the count
     r"|(?:dragged|dragging|took|taking|carried|carrying|abducted|abducting)(?=\s+(?:around\s+|about\s+|some\s+|more\s+than\s+|over\s+"
     r"|at\s+least\s+|nearly\s+|roughly\s+|approximately\s+)?\d[\d,]*\s+(?:others|people|Israelis|persons|civilians|hostages)?\s*(?:back\s+)?(?:into|to)\s+"
     r"(?:the\s+)?Gaza\b(?!\s+City))",
     "casualties", "hostages_taken", "noun"),
    # "of whom 24 are believed to be alive", "20 living hostages" (linked only where the sentence speaks of hostages)
    (r"(?:living|surviving)\s+hostages|hostages\s+(?:who\s+are\s+)?(?:still\s+)?alive|(?:are|is|were|be|remain|remains)\s+(?:still\s+)?alive"
     r"|(?:believed|thought|presumed|confirmed|known)\s+(?:to\s+be\s+)?(?:still\s+)?alive|still\s+alive",
     "casualties", "hostages_alive", "noun"),
    (r"(?:remaining\s+)?hostages|captives|remain(?:s|ed)?\s+captive|(?:held\s+)?in\s+captivity"
     # "133 Israelis and foreign nationals still held in Gaza": those Gaza holds are hostages
     r"|held\s+captive|(?<=Israelis\s)(?:still\s+)?held\s+in\s+Gaza|(?<=nationals\s)(?:still\s+)?held\s+in\s+Gaza"
     # ("about 180 people are still being held in Gaza": people Gaza holds, the hostages)
     r"|(?:people|persons)\s+(?:are|were|remain)\s+(?:still\s+)?(?:being\s+)?held\s+in\s+(?:the\s+)?Gaza(?:\s+Strip)?\b(?!\s+City)"
     # "around 30 children are believed to be among those held hostage in Gaza"
     r"|(?<=among\s)those\s+(?:still\s+)?(?:being\s+)?held\s+hostage"
     # "239 people were being held hostage in Gaza", "are still held hostage"
     r"|(?:(?<=were\s)|(?<=are\s)|(?<=is\s)|(?<=was\s))(?:still\s+)?being\s+held\s+hostage|(?:(?<=are\s)|(?<=is\s)|(?<=still\s))held\s+hostage",
     "casualties", "hostages_held", "noun"),
    # detention
    # "1,200 administrative detention orders" counts orders (issued and renewed), not people held
    (r"administrative\s+(?:detainees|detention(?!\s+(?:orders?|renewals?|extensions?))|prisoners)|administrative(?=\s+\(?\d)"
     # "88 are held under administrative detention orders", "59 journalists ..., 17 of them under administrative detention
     # orders": people held under them
     r"|(?:(?:held|detained|imprisoned)\s+)?under\s+administrative\s+detention\s+orders?"
     # "88 were held on administrative orders"
     r"|(?:held|detained|imprisoned)\s+(?:on|under)\s+administrative\s+(?:detention\s+)?orders?"
     r"|(?:held|detained|imprisoned)\s+without\s+(?:charge|trial)(?:\s+(?:or|and|nor)\s+(?:charge|trial))?"
     # "holds 9,500 Palestinians, at least 3,660 of them without charge or trial": a part, its verb left out
     r"|(?<=of\sthem\s)without\s+(?:charge|trial)(?:\s+(?:or|and|nor)\s+(?:charge|trial))?"
     # "when the IPS held 3,241 people without trial": those it held so, the verb before their count
     r"|(?:(?<=people\s)|(?<=Palestinians\s)|(?<=persons\s))without\s+(?:charge|trial)(?:\s+(?:or|and|nor)\s+(?:charge|trial))?",
     "detention", "administrative_detainees", "noun"),
    # held under Israel's Unlawful Combatants Law (most Gazans held since October 2023): a regime of its
    # own, which HaMoked and Addameer count apart from administrative detention (a vocabulary extension)
    (r"(?:detained|held|imprisoned|detainees|prisoners|classified|classed|designated|categori[sz]ed)\s+"
     r"(?:by\s+(?:the\s+)?(?:Israeli\s+)?(?:military|army|occupation|authorities|IPS)\s+)?(?:as\s+|under\s+the\s+(?:Incarceration\s+of\s+)?)?[\"“']?(?:unlawful|illegal)\s+combatants?"
     r"|unlawful\s+combatants?"
     r"|(?<=\sunder\s)(?:the\s+)?combatants\s+law", "detention", "unlawful_combatants_detainees", "noun"),  # ("holds 1,700 under combatants law")
    # ("Deaths in IPS prisons, by the IPS's count: 51", "Deaths in Israeli custody since October 2023: 98")
    (r"died\s+in\s+(?:Israeli\s+|IPS\s+|Israel(?:i)?\s+Prison\s+Service\s+|military\s+|army\s+)?(?:custody|detention|prisons?|facilities)"
     # (not "Police investigations into deaths in IPS prisons: 7", a count of investigations)
     r"|(?<!\binto\s)deaths?\s+in\s+(?:Israeli\s+|IPS\s+|Israel(?:i)?\s+Prison\s+Service\s+|military\s+|army\s+)?(?:custody|detention|prisons)"
     # the camps and prisons reports name: a death there is a death in custody
     r"|died\s+(?:at|in)\s+(?:the\s+)?(?:" + PRISON_NAMES + r")\b"
     # "the martyrs of the prisoner movement": the prisoners' own name for those who died held
     # ("two prisoners martyred in the occupation's prisons", "prisoners and detainees martyred since the beginning of the war")
     r"|(?:prisoners|detainees)(?:\s+and\s+(?:prisoners|detainees))?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?martyred\s+(?:in\s+(?:Israeli\s+|occupation\s+"
     r"|the\s+occupation(?:'s|’s)\s+)?(?:custody|prisons?|detention|jails?)|since\s+the\s+(?:beginning|start)\s+of\s+the\s+war)"
     # ("the number of martyrs among the prisoners and detainees ... rises to 94")
     r"|martyrs\s+among\s+(?:the\s+)?(?:prisoners|detainees)(?:\s+and\s+(?:prisoners|detainees))?"
     r"|deaths\s+of\s+(?:(?!(?:" + COUNT_WORDS + r")\b)[^\W\d]\w*\s+)?(?:detainees|prisoners)|martyrs\s+of\s+the\s+(?:prisoners?(?:'|’)?|captive)\s+movement"
     # ("brings the number of the movement's martyrs since 1967 to 293", "prisoners' movement martyrs")
     r"|movement(?:'s|’s)\s+martyrs|prisoners?(?:'|’)?\s+movement\s+martyrs|(?:martyred|deceased)\s+(?:prisoners|detainees)(?:\s+and\s+(?:prisoners|detainees))?"
     # ("the number of prisoners and detainees whose martyrdom is known ... rises to (63)", "custody deaths pass 100")
     r"|(?:prisoners|detainees)(?:\s+and\s+(?:prisoners|detainees))?\s+whose\s+(?:martyrdom|deaths)|custody\s+deaths"
     # ("the number of prisoners' martyrs since 1967", "the detainee martyrs", "custody death toll passes 100")
     r"|(?:prisoners|detainees)(?:'|’)\s+martyrs|(?:prisoner|detainee)\s+martyrs|custody\s+death\s+toll"
     # "have died while held by Israel", "died while in custody"
     r"|died\s+while\s+(?:being\s+)?(?:(?:held|detained|imprisoned)(?!\s+up\b)|in\s+(?:Israeli\s+)?(?:custody|detention|prison))"
     r"|(?:detainees|prisoners|inmates)(?:\s+and\s+(?:detainees|prisoners))?\s+(?:from\s+(?:the\s+)?(?:Gaza(?:\s+Strip)?|West\s+Bank|[\w-]+)\s+)?(?:who\s+)?(?:have\s+|had\s+)?"
     # ("two prisoners die in custody": a headline's present)
     r"(?:died|(?:were\s+|have\s+been\s+)?killed|die(?=\s+in\s+(?:Israeli\s+)?(?:custody|detention|prisons?|jails?)\b))"
     r"(?:\s+in\s+(?:Israeli\s+|occupation\s+)?(?:custody|detention|prisons?|jails?))?",
     "detention", "deaths_in_custody", "noun"),
    # "88 of the freed prisoners" (a bare "11 freed prisoners ... were rearrested" are ex-prisoners held again)
    # ("41 of the freed Palestinians"; "the 247 freed included 36 men serving life sentences": those freed, named by the verb)
    (r"released\s+(?:detainees|prisoners)|(?<=the\s)freed\s+(?:Palestinian\s+)?(?:detainees|prisoners|Palestinians)"
     r"|(?<=\d\s)(?:freed|released)(?=\s+(?:included|include|includes|comprised|were|are)\b)"
     # "Israel has released more than 1,100 Palestinians": the count after the verb
     r"|(?:released|freed|releases|frees|releasing|freeing|(?<!\bto\s)set\s+free|sets\s+free)(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|another\s+"
     r"|no\s+(?:fewer|less)\s+than\s+|around\s+)?\d[\d,]*"
     r"\s+(?:more\s+|other\s+)?(?:Palestinian\s+)?(?:Palestinians|prisoners|detainees))"
     r"|(?:detainees|prisoners)(?:\s+and\s+(?:detainees|prisoners))?"
     r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w-]+(?:\s+Strip)?)?\s+(?:(?:were|have\s+been|had\s+been|has\s+been|are\s+being)\s+)?(?:released|freed)"
     # ("those released were distributed as follows:" over the list of those freed, by kind)
     r"|(?<=those\s)(?:released|freed)(?=\s+(?:were\s+|are\s+)?(?:distributed|divided|broken\s+down|as\s+follows)\b)"
     # ("1,968 Palestinians walked free from Israeli prisons")
     r"|(?:Palestinians|prisoners|detainees)(?:\s+and\s+(?:detainees|prisoners))?\s+(?:(?:have|had)\s+)?walked\s+free\b"
     # ("(640) prisoners and detainees regain their freedom")
     r"|(?:prisoners|detainees)(?:\s+and\s+(?:detainees|prisoners))?\s+(?:(?:have|had)\s+)?regain(?:s|ed)?\s+their\s+freedom"
     r"|among\s+those\s+(?:released|freed|set\s+free)"  # "71 minors were among those released" (hostages: linking)
     # ("1,968 Palestinians left its prisons on 13 October": walked out, freed)
     r"|(?:left|walked\s+out\s+of)\s+(?:its|their|Israeli|Israel(?:'s|’s)|the\s+occupation(?:'s|’s)|occupation)\s+(?:prisons|jails)"
     # "Among the Palestinians released so far were 120 women and children"
     r"|among\s+(?:the|those)\s+(?:(?!hostages|captives)[\w-]+\s+){0,2}?(?:released|freed)\b(?:\s+(?:so\s+far|to\s+date|on\s+(?:Monday|Tuesday"
     r"|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|that)\s+(?:week|month|year)))?(?=\s+(?:were|are)\s)"
     # "- Gaza residents released since October 2023: over 2,600", "Palestinians freed under the deal: 1,968"
     r"|(?:(?<=residents\s)|(?<=Palestinians\s)|(?<=Gazans\s))(?:released|freed)(?=(?:(?!\b(?:who|re-?arrest\w*|later|report\w*)\b)[^.;:\n]){0,50}:)",
     "detention", "released_detainees", "noun"),
    # ("journalists detained since October 2023": those arrested since; not those who "remain detained since")
    # ("63 UNRWA staff detained in Gaza since the start of the war")
    (r"(?:re-?)?arrests|(?:re-?)?arrested|arrest\s+campaigns?|arrest\s+cases|cases\s+of\s+arrest|(?<!remain\s)(?<!still\s)(?<!currently\s)detained"
     r"(?=(?:\s+(?:in|from)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+since\b)"
     r"(?![^.;,]{0,80}?\b(?:are\s+(?:being\s+)?held|remain|still\s+held|without\s+charge|under\s+the))"
     # "Gaza residents taken prisoner by the occupation army", "Medical personnel taken into detention"
     r"|taken\s+prisoner(?=\s+by\s+(?:the\s+)?(?:Israeli|Israel|occupation|army|forces))|taken\s+into\s+(?:Israeli\s+|military\s+)?(?:detention|custody)"
     # ("at least 44 health workers were taken away by Israeli forces")
     r"|taken\s+away\s+by\s+(?:the\s+)?(?:Israeli\s+|occupation\s+)?(?:forces|troops|soldiers|army)"
     # "put the number detained at 124": those taken in
     r"|number\s+detained(?!\s+(?:since|by|without|under|as|in\s+(?:administrative|Israeli|occupation|its|the\s+occupation(?:'s|’s)?)"
     r"|in\s+(?:prisons?|jails?|custody|detention))\b)"
     # "Those detained included 58 children", "Among those detained were 14 women": the ones taken in
     r"|(?<=those\s)(?:detained|seized)(?=\s+(?:included|were|comprised)\b|\s+(?:during|in)\s+(?:the|that|this)\s+"
     r"(?:month|raid|operation|period|campaign|week)\b)"
     # ("raids across the West Bank, arresting some 1,150 Palestinians in March alone")
     r"|arresting(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?(?:\d|(?:" + COUNT_WORDS + r")\b))"
     # ("UNRWA has recorded the detention of at least 11 of its staff members": those taken in, as an arrest)
     r"|(?:arrest|(?:(?<=recorded\sthe\s)|(?<=documented\sthe\s)|(?<=confirmed\sthe\s)|(?<=verified\sthe\s))detention)"
     r"(?=\s+of\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+)?(?:\d|(?:" + COUNT_WORDS + r")\b))|apprehended|rounded\s+up|(?<=have\s)detained|(?<=has\s)detained|(?<=been\s)detained"
     # "at least 11 people have been seized by Israeli forces", "soldiers seized 23 men", "swept up at least nine children"
     # (not "the remaining 1,718 had been seized in Gaza": how those freed were once taken)
     r"|(?:(?<=were\s)|(?<=was\s)|(?<=have\sbeen\s)|(?<=has\sbeen\s))(?:seized|swept\s+up)\b"
     # (things seized are no arrests: "seized two cars", "demolished or seized 212 Palestinian-owned structures")
     r"|(?:seized|seizing|swept\s+up|sweeping\s+up)(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|some\s+|nearly\s+|over\s+"
     r"|no\s+(?:fewer|less)\s+than\s+)?(?:\d[\d,]*|(?:" + COUNT_WORDS + r"))\b(?!\s+(?:[\w-]+\s+)?(?:cars?|vehicles?|structures|homes?|houses?"
     r"|buildings?|weapons|rifles|guns|tonnes?|tons?|kilograms?|kg|items|boats?|trucks?|lorries|phones|devices|documents|dunums?)\b))"
     # "detained 17 Palestinians", "detained four young men": a count taken in, in digits or in words
     r"|(?<=had\s)detained|(?:detained|(?<!still\s)(?<!currently\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)detaining)(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+"
     # ("detained no fewer than 22 citizens")
     r"|no\s+(?:fewer|less)\s+than\s+|not\s+less\s+than\s+|close\s+to\s+|almost\s+|approximately\s+)?(?:\d|(?:" + COUNT_WORDS + r")\b))"
     # "Nine people were detained by Israeli troops during the raid": taken in, an event
     # ("25 people were detained in Qalqilya governorate during the raid": where, then the event)
     r"|(?:(?<=were\s)|(?<=was\s)|(?<=were\sreportedly\s)|(?<=were\sallegedly\s)|(?<=were\salso\s))detained(?=(?:\s+(?:in|from|across|near|around)\s+(?!(?:" + PRISON_NAMES + r")\b)(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
     r"(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:governorate|district|camp|refugee\s+camp|area|city|village|town))?)?"
     r"\s+(?:by|during|in\s+(?:a|an|the)\s+(?:raid|raids|arrest|operation|campaign)|overnight|after|when|on)\b"
     # "41 children were detained in November": a stretch's (a sentence-final "were detained" after a stretch: prose.py)
     r"|\s+(?:in\s+(?:" + MONTHS + r")\b|in\s+(?:the\s+)?(?:past|last|first|same|previous)\b|(?:this|last)\s+(?:month|week|year)\b"
     r"|over\s+the\s+course\s+of\b|so\s+far\b)"
     # ("three health workers were detained at a checkpoint", "27 people were detained there", "25 were detained in overnight
     # raids", "about 200 people were detained in Qabatiya near Jenin over five days", "were also detained, and released the
     # same day", "140 Palestinians were detained, most of whom were interrogated in the field": taken in, an event)
     r"|\s+at\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:checkpoints?|crossings?)\b|\s+there\b"
     r"|\s+in\s+(?:(?:overnight|night|dawn|early[-\s]morning)\s+)?raids\b|\s+over\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:days|nights)\b"
     r"|,?\s+and\s+(?:were\s+)?(?:later\s+|then\s+)?(?:released|freed)\b"
     r"|,\s+(?:most|many|some|all)\s+of\s+(?:whom|them)\s+(?:were\s+)?(?:later\s+|then\s+)?(?:interrogated|released|freed)\b"
     # ("129 paramedics, nurses, doctors and volunteers were detained, some of them for an hour, others for months")
     r"|,\s+(?:most|many|some|all)\s+of\s+(?:whom|them)\s+(?:only\s+)?for\s+(?:an?|one|a\s+few|several|\d+)\s"
     r"|\s+in\s+(?-i:[A-Z])[\w'’-]*\s+near\b"
     # "Nine were detained in Nablus and the surrounding villages": taken in a place, an event
     r"|\s+in\s+(?!(?:" + PRISON_NAMES + r")\b|Israel\s+and\s+(?:held|imprisoned|kept|jailed)\b)(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:and|governorate|district|village|camp|city|town|refugee)\b)"
     # "Two Israeli suspects were taken in for questioning", "three suspects were detained for questioning": taken in
     # (not "held for interrogation or until the end of legal proceedings", a legal status)
     r"|(?:taken\s+in|detained|arrested)\s+for\s+questioning"
     # a headline's "Army: 37 detained overnight", "12 detained in dawn raids": taken in, an event
     r"|(?<=\d\s)detained(?=\s+(?:overnight|in\s+(?:overnight\s+|night\s+|dawn\s+)?raids\b|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday"
     r"|Thursday|Friday|Saturday|Sunday|night)\b|yesterday\b))",
     "detention", "arrests", "noun"),
    # a legal status labelling the count of the held on its line ("- Sentenced: 2,310", "Remanded / awaiting trial: 2,940")
    (r"(?:sentenced|remand(?:ed)?|awaiting\s+trial|pre-?trial|under\s+interrogation"
     r"|serving\s+(?:a\s+|their\s+)?(?:sentences?|prison\s+terms?))[^:\n\d]{0,50}?(?=\s*:)"
     # "3,248 were serving sentences": the held, serving them
     r"|(?<=were\s)serving\s+(?:their\s+)?(?:sentences|prison\s+terms)|(?<=are\s)serving\s+(?:their\s+)?(?:sentences"
     r"|prison\s+terms)", "detention", "detainees", "noun"),
    # "inmates": the Prison Service's own word ("10,221 security inmates")
    # "prisoners' groups say", "the Prisoners' Affairs Commission": bodies named for the held, no count of them
    # (not "34 former detainees", "two former inmates": freed, no longer held)
    (r"(?<!\bformer\s)(?<!\bex-)(?:detainees|prisoners)(?!(?:'|’)?s?(?:'|’)?\s+(?:groups?|rights\s+groups?|society|club|affairs|commission|associations?|organi[sz]ations?)\b)"
     r"|(?<!\bformer\s)(?<!\bex-)inmates|detained|in\s+(?:Israeli\s+|IPS\s+|military\s+|army\s+|pre-?trial\s+)?(?:detention|custody)|incarcerated|imprisoned"
     # "show 10,140 Palestinians in its custody" (not "bodies that had been in its custody", "two soldiers are in its custody")
     r"|(?:(?<=Palestinians\s)|(?<=prisoners\s)|(?<=detainees\s)|(?<=people\s)|(?<=children\s)|(?<=minors\s)|(?<=women\s)"
     r"|(?<=remain\s)|(?<=remained\s)|(?<=remains\s)|(?<=\d\s))in\s+(?:its|their)\s+custody"
     # "the prison population includes:" over "- 47 women;": the held
     r"|prison\s+population"
     # "52 Palestinian journalists remain behind bars"
     r"|(?:(?<=remain\s)|(?<=remained\s)|(?<=remains\s)|(?<=are\s)|(?<=were\s)|(?<=still\s)|(?<=is\s))behind\s+bars"
     r"|in\s+(?:its\s+|Israeli\s+|Israel(?:'s|’s)\s+|(?:the\s+)?occupation(?:'s|’s)?\s+|the\s+)?(?:prisons|jails)"
     # "9,623 Palestinians were held in Israel Prison Service facilities", "are held by Israel"
     r"|held\s+(?:in|at)\s+(?:the\s+)?(?:Israel(?:i)?\s+Prison\s+Service|IPS|Israeli|military|army)\s+(?:\w+\s+)?(?:facilities"
     r"|prisons?|camps?|jails?|centers|centres)|held\s+by\s+(?:the\s+)?(?:Israel|Israeli\s+(?:authorities|forces|army|military)"
     r"|(?:Israel(?:i)?\s+)?Prison\s+Service|IPS)"
     # "More than 10,000 Palestinians are now held on security grounds"
     r"|held\s+on\s+security\s+grounds"
     r"|(?<=was\s)holding|(?<=is\s)holding|(?<=were\s)holding|(?<=are\s)holding"
     # "The IPS was also holding 44 women as security inmates" (not "Hamas is also holding two Israeli civilians")
     r"|(?:(?<=was\salso\s)|(?<=is\salso\s)|(?<=were\salso\s)|(?<=are\salso\s))holding"
     r"(?!\s+(?:[\w-]+\s+){1,3}?(?:Israelis?|soldiers?|hostages?|captives?|bodies|civilians)\b)"
     # "said it was still holding about 2,350 Palestinians" (not "still holding 59 hostages")
     r"|(?<=still\s)holding(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+|around\s+)?\d[\d,]*\s+"
     r"(?:Palestinians|people|detainees|prisoners|men|children|women|minors|Gazans))"
     # "The IPS reported holding 11,056 Palestinians", "said it was holding": a holder's own count
     r"|(?<=reported\s)holding|(?<=reports\s)holding|(?<=acknowledged\s)holding|(?<=admitted\s)holding"
     # "The IPS continues to hold more than 10,000 Palestinians"
     r"|(?:(?<=continues\sto\s)|(?<=continue\sto\s))hold(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+|around\s+)?"
     r"\d[\d,]*\s+(?:Palestinian\s+)?(?:Palestinians|people|detainees|prisoners|men|children|women|minors|Gazans))"
     # "The occupation is still detaining more than 360 health workers"
     r"|(?:(?<=still\s)|(?<=currently\s)|(?<=is\s)|(?<=are\s))(?:detaining|holding)(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+)?\d)"
     r"|(?<=being\s)held(?!\s+(?:captive|hostage|in\s+captivity|in\s+Gaza|without|in\s+administrative|under|as\b))"
     # "Israel holds 9,950 Palestinians": the holder named, the count after it
     r"|(?:(?<=Israel\s)|(?<=IPS\s)|(?<=IPS\)\s)|(?<=Service\s)|(?<=authorities\s)|(?<=army\s)|(?<=military\s)|(?<=forces\s))"
     r"(?:still\s+|currently\s+|now\s+|also\s+)?(?:holds|hold|held)(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?\d)"
     # "Ketziot holds 64 men over the age of 60", "Ofer prison now holds some 1,200 detainees": a prison's own count
     r"|(?<![\w-])(?-i:" + PRISON_ONLY_NAMES + r")(?:\s+(?:prison|camp|jail|detention\s+(?:camp|facility|centre|center)))?\s+"
     r"(?:still\s+|currently\s+|now\s+|also\s+)?holds(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+|around\s+"
     r"|nearly\s+|almost\s+|roughly\s+)?\d)"
     # "The Israel Prison Service says it holds about 7,200 Palestinians": the holder as "it", its count of people
     r"|(?<=\bit\s)(?:still\s+|currently\s+|now\s+|also\s+)?holds(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+|around\s+)?"
     r"\d[\d,]*\s+(?:Palestinian\s+)?(?:Palestinians|detainees|prisoners|Gazans)\b)"
     # a bare "were held" is the plain count, unless a more specific regime follows ("held in administrative detention")
     r"|(?<=were\s)held(?!\s+(?:captive|hostage|in\s+captivity|in\s+Gaza|without|in\s+administrative|under|as\b))"
     r"|(?<=are\s)held(?!\s+(?:captive|hostage|in\s+captivity|in\s+Gaza|without|in\s+administrative|under|as\b))"
     # "9,180 Palestinians are currently held for what it terms security reasons", "27 of those currently held"
     # (hostages are "held" too: not where the sentence speaks of them, see linking._HOSTAGES)
     r"|(?:(?<=are\scurrently\s)|(?<=those\scurrently\s)|(?<=those\s))held"
     r"(?!\s+(?:captive|hostage|in\s+captivity|in\s+Gaza|without|in\s+administrative|under|as\b|by\s+(?:Hamas|militants))"
     r"|\s+(?:are|is|were|remain)\s+(?:still\s+|believed\s+to\s+be\s+)?(?:alive|dead)|[^.;]*\b(?:hostages?|captives?|captivity)\b)"
     # "340 children and 49 women among those held"
     r"|among\s+(?:those|the\s+people|the\s+Palestinians)\s+(?:still\s+|currently\s+|now\s+)?(?:held|imprisoned)"
     r"(?!\s+(?:captive|hostage|in\s+captivity|in\s+Gaza|without|in\s+administrative|under|as\b|by\s+(?:Hamas|militants)))"
     # "were held as 'security prisoners'", "still held": the plain count
     r"|(?:(?<=were\s)|(?<=are\s)|(?<=being\s)|(?<=still\s)|(?<=Palestinians\s)|(?<=people\s)|(?<=\d\s))held(?=\s+as\s+[\"“']?security)"
     # "10,620 Palestinians were held as of 1 December" (not "59 people were held as of Monday", hostages as like as not)
     r"|(?:(?<=Palestinians\s)|(?<=prisoners\s)|(?<=detainees\s)|(?<=inmates\s)|(?<=children\s)|(?<=minors\s)|(?<=women\s)"
     r"|(?<=Gazans\s))(?:were\s+|are\s+)(?:being\s+)?held(?=\s+as\s+of\b)"
     r"(?![^.;]*\b(?:Hamas|hostages?|captives?|captivity|militants)\b)"
     # "the IPS reported 9,406 people held", "May: 10,068 held, 3,577 of them in administrative detention"
     r"|(?:(?<=people\s)|(?<=persons\s)|(?<=Palestinians\s)|(?<=minors\s)|(?<=children\s)|(?<=\d\s))held(?=\s*[,.;:)]|\s*$|\s+(?:in|at|by|on)\s)"
     r"(?!\s+(?:captive|hostage|in\s+captivity|in\s+Gaza|without|in\s+administrative|under|as\b|by\s+(?:Hamas|militants"
     r"|Islamic\s+Jihad|armed\s+groups|Hezbollah)))",
     "detention", "detainees", "noun"),
    # "36 reported being beaten", "Eleven reported sexual abuse", "212 complaints of torture": those who say they were
    # abused, counted (read only near a detention statement, see prose.py; a vocabulary extension)
    (r"(?:reported|said|say|says|described|recounted|testified(?:\s+to)?|alleged|complained\s+of|spoke\s+of|told\s+(?:us|them|lawyers|researchers"
     r"|the\s+[\w-]+|our\s+[\w-]+)(?:\s+(?:of|about))?)\s+(?:that\s+)?(?:they\s+|he\s+|she\s+)?"
     r"(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+|being\s+)?(?:repeatedly\s+|severely\s+|systematically\s+)?"
     # "described receiving meagre food rations", "said they had spent weeks blindfolded"
     r"(?:(?:receiving|received|getting|spent|spending)\s+(?:[\w-]+\s+){0,2}?)?"
     r"(?:beaten|tortured|abused|kicked|raped|attacked\s+by\s+dogs|physical\s+violence|violence\s+(?:by|from|at\s+the\s+hands\s+of)|sexually\s+(?:abused|assaulted|harassed)|sexual\s+(?:abuse|violence|assault)"
     r"|torture|abuse|ill-?treatment|beatings|(?:denied|(?<=been\s)refused)\s+(?:access\s+to\s+)?(?:medical|treatment|medicine|food|water)"
     r"|deprived\s+of\s+(?:adequate\s+|sufficient\s+|enough\s+)?(?:food|water|medical\s+care|treatment|medicine|sleep)"
     r"|(?:held|kept|forced)\s+(?:\w+\s+){0,5}?(?:in|into)\s+stress\s+positions|subjected\s+to|starved|humiliated|shackled|blindfolded"
     # "described losing a great deal of weight", "said that wounds sustained during arrest had never been treated"
     r"|los(?:ing|t)\s+(?:a\s+(?:great\s+deal|lot)\s+of\s+|much\s+|significant\s+)?weight"
     r"|(?:wounds|injuries|fractures|illnesses|conditions)\b[^.;\d]{0,50}?\b(?:had|have|were|was)\s+never\s+(?:been\s+)?treated"
     # "reported medical conditions that had gone untreated", "said they did not receive enough food"
     r"|(?:medical\s+)?(?:conditions|illnesses|injuries|wounds)\s+(?:that\s+)?(?:had\s+|have\s+)?(?:gone|went|been\s+left|were\s+left)\s+untreated"
     r"|(?:did\s+not|didn[’']t|do\s+not|could\s+not)\s+(?:receive|get)\s+(?:enough|adequate|sufficient|any)\s+(?:food|water|medical|treatment)"
     # "said they had been held for weeks without seeing a doctor", "said requests to see a doctor had been ignored",
     # "said they had lost more than 15 kilograms", "described humiliating strip searches", "slapped and kicked"
     r"|(?:held|kept|left)\s+(?:\w+\s+){0,3}?without\s+(?:seeing\s+a\s+doctor|(?:any\s+)?(?:medical\s+(?:care|attention|treatment)"
     r"|treatment|medicine))|(?:requests?|calls?|pleas?|appeals?)\s+(?:to\s+see|for)\s+(?:a\s+doctor|medical\s+(?:care|help|attention"
     r"|treatment))\s+(?:had\s+|have\s+)?(?:been\s+|were\s+|was\s+)?(?:ignored|refused|denied|rejected)"
     r"|los(?:ing|t)\s+(?:more\s+than\s+|over\s+|about\s+|up\s+to\s+|some\s+)?\d+\s*(?:kilograms|kilos|kg|pounds)\b"
     r"|(?:humiliating\s+|forced\s+)?strip[-\s]search(?:es|ed)|slapped"
     r"|(?:kept|left|held)\s+(?:\w+\s+)?hungry|(?:gone|went)\s+hungry|(?:meagre|meager|insufficient|inadequate|scant)\s+(?:food|rations|meals)"
     # "described meals too small to live on", "told lawyers they were not given enough food", "said guards beat them"
     r"|meals\s+too\s+(?:small|meagre|meager)|not\s+(?:given|provided\s+with)\s+enough\s+(?:food|water)"
     r"|(?:guards|soldiers|interrogators|jailers|wardens)(?:\s+or\s+(?:guards|soldiers|interrogators))?\s+(?:had\s+|have\s+)?"
     r"(?:beat|beaten|kicked|tortured|assaulted)\s+(?:them|him|her))"
     # "* 39 had gone hungry in detention": a testimonies list's line
     r"|(?<=had\s)gone\s+hungry"
     # a testimonies list's "57 were hand-tied", "58 were interrogated without a lawyer present"
     r"|(?<=were\s)(?:hand-?tied|handcuffed|blindfolded|shackled|strip[-\s]searched|tortured|kicked|abused|interrogated\s+without"
     # (not "Nine villagers were beaten with clubs by settlers": hurt in an attack)
     r"|beaten(?!\s+(?:\w+\s+){0,2}?(?:with|by)\s+(?:masked\s+|Israeli\s+|armed\s+)?(?:clubs|sticks|rods|batons|iron\s+bars"
     r"|metal\s+bars|rifle\s+butts|stones|settlers)\b)"
     r"|held\s+in\s+solitary\s+confinement|kept\s+in\s+solitary\s+confinement)"
     # any wording of abuse their account names, close after the verb of those who give it: "29 described prolonged
     # stress positions or shackling", "Seventeen detainees described sexual humiliation", "33 described raids on their
     # cells with dogs", "52 said they had lost more than ten kilograms"
     r"|(?:reported|described|recounted|testified(?:\s+to)?|alleged|complained\s+of|spoke\s+of|said|told\s+[^.;\d]{0,25}?)"
     # (not an account of no abuse, "15 said they had not been beaten", "were never beaten" — but "not only beaten", "guards
     # did not stop beating them" are; nor the war's "assault on Khan Younis", a "hunger strike" joined or a release "from
     # isolation")
     # (the lookahead tries each place up to 60 characters on: it checks the cheap word start and first letter before
     # the lookbehinds, and the words regrouped by first letter, ``fast_words``; same places found as the plain order)
     r"(?=[^.;:\d]{0,60}?\b(?=(?-i:[" + first_characters(ABUSE_ACCOUNT_WORDS) + r"]))"
     r"(?<!\bnot\s)(?<!\bnever\s)(?<!n[’']t\s)(?<!\bnot\sbeen\s)(?<!\bnever\sbeen\s)(?<!n[’']t\sbeen\s)"
     r"(?:" + fast_words(ABUSE_ACCOUNT_WORDS) + r")\b)"
     r"|complaints?\s+(?:of|about|alleging|over)\s+(?:\w+\s+){0,2}?(?:torture|abuse|ill-?treatment|beatings?|sexual\s+violence|mistreatment)"
     r"|(?:cases|reports|testimonies|accounts|allegations)\s+of\s+(?:torture|abuse|ill-?treatment|beatings|sexual\s+(?:abuse|violence))"
     # ("gathered 52 accounts from released detainees of beatings", "24 testimonies from detainees describing beatings":
     # accounts, whoever gave them)
     r"|(?:testimonies|accounts|affidavits|statements)\s+(?:from|by)\s+(?:[\w'’-]+\s+){0,4}?(?:of|describing|detailing|about|alleging)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:torture|abuse|ill-?treatment|beatings|sexual\s+(?:abuse|violence|humiliation)|starvation|stress\s+positions)",
     "detention", "reports_of_abuse", "noun"),
    (r"prison\s+occupancy|overcrowding\s+rate", "detention", "occupancy_pct", "pct"),
    # hospitals
    (r"partially\s+(?:functional|functioning|operational|operating|working)|(?:operating|functioning|working)\s+(?:only\s+)?(?:partially|partly)"
     r"|partially(?=\s*(?:[,.;)]|$|and\b))|partly\s+(?:functional|functioning|operational|operating|working)"
     r"|(?:operating|working|functioning|running|operate|work|function|run)\s+at\s+(?:a\s+)?(?:reduced|limited|partial|minimal|diminished)"
     r"\s+capacity"
     # "just 18 of Gaza's 36 hospitals still work even in part"
     r"|(?:operating|working|functioning|running|operate|work|function|run)\s+(?:even\s+|only\s+)?in\s+part\b"
     # "16 of Gaza's 36 hospitals are functioning, and only partially", "another seven are able to offer only partial
     # services", "16 hospitals out of 36 still provide some services", "the 18 hospitals still providing some level of care"
     r"|(?:operating|working|functioning|running)\s*,?\s+(?:and|but)\s+only\s+(?:partially|partly|in\s+part)\b"
     r"|(?:offer|offering|provide|providing|offers|provides)\s+(?:only\s+)?(?:partial|some|limited)\s+(?:services|care)\b"
     r"|(?:providing|provide|provides|offering|offer)\s+some\s+level\s+of\s+(?:care|services)\b"
     # ("four others are running only some of their services")
     r"|running\s+only\s+(?:some|part)\s+of\s+(?:their|its)\s+services\b",
     "hospitals", "hospitals_partially_functioning", "status"),
    (r"minimally\s+(?:functional|functioning|operational)", "hospitals", "hospitals_minimally_functioning", "status"),
    # "Total hospitals: 36", "Hospitals (total, pre-war): 36"
    (r"total\s+(?:number\s+of\s+)?hospitals|hospitals\s*\(\s*total", "hospitals", "hospitals_total", "noun"),
    (r"out\s+of\s+(?:service|operation|action)|not\s+(?:functional|functioning|operational|working)"
     r"|(?:stopped|ceased)\s+(?:working|functioning|operating|operations)|ceased\s+to\s+(?:function|operate|work)"
     r"|no\s+longer\s+(?:working|operational|functional|operating)"
     r"|non-?\s?functional|non-?\s?operational|closed|shut\s+down|no\s+longer\s+functioning"
     r"|(?:forced|had)\s+to\s+(?:close|shut(?:\s+down)?|stop\s+(?:work(?:ing)?|functioning|operating))"
     r"|(?:suspended|stopped|halted)\s+(?:all\s+)?(?:their\s+|its\s+)?(?:services|operations)"
     # ("Two of the three hospitals serving Rafah have stopped admitting patients", "had to suspend services")
     r"|(?:stopped|ceased)\s+(?:admitting|receiving|taking\s+in)\s+(?:new\s+)?patients|no\s+longer\s+(?:admitting|receiving)\s+patients"
     r"|(?:had|have|has)\s+to\s+suspend\s+(?:all\s+)?(?:their\s+|its\s+)?services",
     "hospitals", "hospitals_out_of_service", "status"),
    # ("still providing any services", "receiving patients": working, in some way)
    # ("four of them fully and five partially": a split of those working, by how much)
    (r"(?:fully\s+)?(?:functional|functioning|operational|operating|working|open)|(?:still\s+)?providing\s+(?:any\s+|some\s+)?services"
     r"|fully(?=\s*(?:[,.;)]|$|and\b))"
     r"|(?<=are\s)receiving\s+patients|(?<=are\s)admitting\s+patients|(?<=still\s)(?:receiving|admitting)\s+patients"
     # ("are also receiving patients", "Field hospitals receiving patients: 6", "still receiving casualties")
     r"|(?:(?<=also\s)|(?<=hospitals\s))(?:receiving|admitting)\s+patients|(?<=still\s)(?:receiving|admitting)\s+casualties"
     # ("11 field hospitals still running"; not "running out of fuel", "running low")
     r"|(?:(?<=are\s)|(?<=were\s)|(?<=still\s))running\b(?!\s+(?:out|low|short|on|at|with|only)\b)"
     # ("only 12 of 36 hospitals are in service", "Hospitals: 12 of 36 in service")
     # (not "about 1,950 hospital beds remain in service": beds, not hospitals)
     r"|(?:(?<=are\s)|(?<=were\s)|(?<=still\s)|(?<=remain\s)|(?<=\d\s))(?<!beds\sare\s)(?<!beds\swere\s)(?<!beds\sstill\s)"
     r"(?<!beds\sremain\s)in\s+(?:service|operation)\b",
     "hospitals", "hospitals_functioning", "status"),
    # ("Nasser's 350 beds were 180% occupied": the rate, right after it; not "the occupied West Bank")
    (r"bed\s+occupancy|occupancy|(?:of\s+(?:its|their|the)\s+)?bed\s+capacity|(?:(?<=%\s)|(?<=percent\s)|(?<=\scent\s))occupied\b",
     "hospitals", "bed_occupancy_pct", "pct"),
    # "operating at 15 per cent capacity": how much of its work a hospital still does (a vocabulary extension)
    (r"(?:of\s+(?:its|their|the)\s+(?:normal\s+|usual\s+|full\s+)?)?capacity", "hospitals", "hospital_capacity_pct", "pct"),
    # ("1,850 beds remained available", "inpatient beds are now available")
    (r"(?:hospital\s+)?beds\s+(?:(?:remain|remained|remains|are|were|is|was|still|now|currently|only)\s+){0,2}available"
     r"|available\s+(?:hospital\s+)?beds"
     r"|beds\s+(?:free|vacant|empty|unoccupied)|(?:free|vacant|empty|unoccupied)\s+beds",  # a key figure's "Beds free: 9"
     "hospitals", "beds_available", "noun"),
    # "Beds occupied: 145", "occupied beds": the patients in them
    (r"beds\s+occupied|occupied\s+beds|beds\s+in\s+use(?=\s*:)", "hospitals", "patients", "noun"),  # "Beds in use: 145"
    (r"(?:hospital\s+)?beds", "hospitals", "beds", "noun"),
    # "14 children in intensive care"
    (r"(?<!killed\s)(?<!killing\s)(?:ICU|intensive[-\s]care)\s+patients|patients\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:ICU|intensive[-\s]care)"
     # (not "killed 4 people in the intensive care unit", "Four babies in intensive care died")
     r"|(?:children|people|babies|infants|women|men)\s+(?:were\s+|are\s+)?(?:still\s+)?in\s+(?:the\s+)?(?:ICU|intensive[-\s]care)\b"
     r"(?![^.;]*\b(?:died|dead|killed|death|deaths|dying)\b)",
     "hospitals", "icu_patients", "noun"),
    # "271 were still hospitalized", "11 remained hospitalized", "Still in hospital: 1,180": the hospitals' load now
    (r"(?:remain(?:s|ed)?|still)\s+(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed)\b", "hospitals", "patients", "noun"),
    # "treating more than 700 wounded and sick people": a hospital's load, the hurt and the ill together
    (r"patients|inpatients|in-patients|(?:wounded|injured)\s+and\s+(?:sick|ill)\b|sick\s+and\s+(?:wounded|injured)\b",
     "hospitals", "patients", "noun"),
    # "its neonatal intensive care unit was caring for 37 newborns": a ward's load, whoever it holds
    # ("Al Helou International Hospital, one of the last facilities in the north offering neonatal care, was caring for 26
    # newborns": past an aside, those the count's own noun names as patients)
    (r"(?:units?|wards?|departments?)\s+(?:was|is|were|are)\s+(?:now\s+|still\s+|currently\s+)?(?:treating|caring\s+for|housing)"
     r"|(?:was|is|were|are)\s+(?:now\s+|still\s+|currently\s+)?caring\s+for(?=\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?"
     r"\d[\d,]*\s+(?:newborns|babies|infants|premature|patients|wounded|sick)\b)",
     "hospitals", "patients", "noun"),
    # ("214 attacks by the occupation on health care", "211 attacks on the health sector")
    (r"attacks\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:on|affecting|targeting)\s+(?:the\s+)?(?:health|medical|hospitals?|ambulances?|emergency\s+(?:services|teams|crews))[\w\s]{0,20}?(?:care|facilities|workers|staff)?"
     r"|attacks\s+against\s+health", "hospitals", "attacks_on_health_care", "noun"),
    # casualties last: the most general words. Recovered bodies are their own count (the Ministry
    # reports them apart, as the Arabic half's حالات الانتشال): not a second killed total.
    # ("The 4 recovered martyrs were retrieved by civil defence crews", "Among the recovered martyrs are 3 children")
    # ("nearly 340 bodies dug up at Nasser hospital", "35 of the bodies had been recovered on Monday": graves opened)
    (r"recovered\s+(?:bodies|martyrs)|bodies\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:recovered|retrieved|dug\s+up|exhumed"
     r"|unearthed)(?:\s+from\s+(?:under\s+)?(?:the\s+)?rubble)?"
     r"|recoveries\s+of\s+bodies"
     # "the total number of bodies our crews have recovered"
     r"|bodies\s+(?:our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?(?:recovered|retrieved|pulled\s+out)"
     r"|recovery\s+(?:figures|counts?|totals?|numbers)",
     "casualties", "bodies_recovered", "noun"),
    # deaths from hunger, which ministries count apart from those killed (a vocabulary extension); not a risk ("at
    # risk of dying from malnutrition"), not a hunger strike, not one cause among several ("died of malnutrition,
    # disease, and other preventable causes": a projection's)
    # ("died of causes related to malnutrition", "deaths resulting from famine")
    (r"(?:deaths?|died|(?<!risk\sof\s)dying|fatalities)\s+(?:from|of|due\s+to|as\s+a\s+result\s+of|related\s+to|caused\s+by"
     r"|attributed\s+to|resulting\s+from|linked\s+to|associated\s+with)\s+"
     r"(?:(?:the\s+)?effects\s+of\s+|causes\s+(?:related|linked)\s+to\s+|\w+\s+)?(?:malnutrition|starvation|hunger(?![-\s]strik)|famine)"
     r"(?!\s*(?:,|\band|\bor)\s+(?:other\s+)?(?:preventable\s+)?(?:diseases?|illness(?:es)?|causes|dehydration\s+and))"
     # ("the total number of famine and malnutrition victims to 367 deaths")
     r"|(?:malnutrition|starvation|hunger(?![-\s]strik)|famine)(?:\s+and\s+(?:malnutrition|starvation|hunger|famine))?"
     r"[-\s](?:related\s+)?(?:deaths?|victims|martyrs)|starved\s+to\s+death"
     # ("Hunger has killed 428 people", "Malnutrition has now claimed the lives of 122": the hunger does the killing)
     r"|(?<![\w-])(?:malnutrition|starvation|hunger|famine)\s+(?:has|had|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed"
     r"|claimed\s+(?:the\s+lives\s+of|\d))",
     "casualties", "malnutrition_deaths", "noun"),
    # ("recorded ... the martyrdom of 17 citizens": the ministries' own word; "Ministry: toll since ceasefire passes 450")
    (r"shot\s+and\s+killed|shot\s+dead|death\s+toll|deaths?|dead|killed|killings?|kills|fatalities|martyrs?|martyred|martyrdom"
     r"|lost\s+(?:their\s+lives|(?:his|her)\s+life)"
     # ("Eleven people were brought to us without signs of life", "nine were dead on arrival"; "cost the lives of 1,054")
     r"|without\s+(?:any\s+)?(?:signs\s+of\s+life|a\s+pulse|vital\s+signs)|(?:dead|lifeless)\s+on\s+arrival"
     r"|cost\s+the\s+lives\s+of"
     r"|bodies\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:brought|taken)\s+to"
     r"|slain|died|die|dying|kill(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?(?:\d|one|two|three"
     r"|four|five|six|seven|eight|nine|ten|dozens))|(?<=the\s)toll|toll(?=\s+(?:since\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:passes|passed|tops|topped|rises|rose|reaches|reached|hits|climbs|exceeds|surpasses)\b)|eliminated|neutrali[sz]ed"
     # "UNRWA alone has lost 284 staff": colleagues lost are colleagues killed
     r"|lost(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+)?(?:\d[\d,]*|(?:" + COUNT_WORDS + r")(?:-\w+)?)\s+(?:of\s+(?:its|their)\s+)?(?:\w+\s+)?"
     r"(?:staff|colleagues|members|workers|personnel|employees|journalists|medics|doctors|nurses|paramedics|fighters|soldiers"
     r"|troops|combatants|officers))"
     # "the number of fighters it has lost since October 8 to 40": a side's own dead
     r"|(?<=fighters\s)(?:it|they)\s+(?:has|have|had)\s+lost|(?<=soldiers\s)(?:it|they)\s+(?:has|have|had)\s+lost"
     # "the hospital received 17 bodies": the dead brought in (not "bodies recovered", a row above)
     # (not "Bodies withheld by the occupation | 89": bodies kept from families, dead long before)
     r"|bodies(?!\s+(?:said|say|says|stated|added|issued|called|urged|warned|noted|reported|withheld|retained)\b)", "casualties", "killed", "noun"),
    # "70 people had been brought to al-Ahli hospital with injuries": the wounded, before "brought to" reads as bodies
    # "maimed", "the maiming of 2,047 children": the UN's word for children injured (its annual reports on children)
    (r"shot\s+and\s+(?:injured|wounded)"  # ("An UNRWA sanitation worker was shot and injured")
     # ("a paramedic ... was shot in the thigh", "Three Palestinians were shot in the legs"; not "shot in the head and killed",
     # nor "the dead included a 15-year-old boy who was shot in the chest": how one of the dead died)
     r"|(?<!who\swas\s)(?<!who\swere\s)(?<!who\shad\sbeen\s)shot\s+(?:[\w-]+\s+)?in\s+the\s+(?:head|neck|face|eye|chest|abdomen|stomach|back|shoulders?|arms?|hands?|legs?|thighs?|knees?"
     r"|feet|foot|pelvis|hip)\b(?![^.;\n]{0,60}?\b(?:killed|died|dead|fatally|succumbed|martyred)\b)"
     # ("a PRCS paramedic was hit by a rubber-coated bullet", "Two young men were also hit by live ammunition", "a boy struck in
     # the head by a tear gas canister"; not one hit and killed)
     r"|(?<!who\swas\s)(?<!who\swere\s)(?:hit|struck)\s+(?:in\s+the\s+[\w-]+\s+)?by\s+(?:an?\s+)?(?:live\s+(?:fire|ammunition|rounds?|bullets?)"
     r"|(?:rubber(?:-coated)?\s+(?:steel\s+)?|sniper\s+|stray\s+)(?:bullets?|fire|rounds?)|bullets?|shrapnel|gunfire|tear[-\s]gas\s+canisters?)"
     r"(?![^.;\n]{0,60}?\b(?:killed|died|dead|fatally|succumbed|martyred)\b)"
     r"|injured|injuries|injury|injuring|wounded|wounding|hurt|maimed|maiming|(?:gunshot|bullet|shrapnel|stab|burn)\s+(?:wounds|injuries)"
     r"|(?:brought|taken|admitted|rushed|transferred)\s+to\s+(?:the\s+)?[\w\s'’-]{0,40}?(?:hospitals?|medical\s+(?:cent(?:er|re)s?|complex))"
     r"\s+(?:with|for|suffering)\s+(?:\w+\s+){0,2}?(?:injuries|wounds)"
     r"|treated\s+for\s+(?:their\s+|his\s+|her\s+)?(?:\w+\s+)?wounds"
     # "94 people were brought to hospitals during the night", "1,874 casualties of the missile attacks have been evacuated
     # to hospitals": the hurt an attack sent to hospital (not patients moved, nor freed detainees taken there for care)
     r"|(?<![\w-])(?:people|persons|casualties|Israelis|civilians)(?:\s+(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|barrages?"
     r"|salvos?|strikes?|explosions?|blasts?))?\s+(?:(?:were|have\s+been|had\s+been|are\s+being)\s+)(?:taken|brought|evacuated|rushed)"
     r"\s+(?:straight\s+|directly\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?hospitals?\b"
     # "its crews had taken 67 people to hospital", "its teams evacuated 67 people from the base to hospitals"
     r"|(?:(?<=medics\s)|(?<=paramedics\s)|(?<=teams\s)|(?<=crews\s)|(?<=medics\shad\s)|(?<=paramedics\shad\s)|(?<=teams\shad\s)"
     r"|(?<=crews\shad\s))"
     r"(?:took|taken|evacuated|brought|transported)(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?"
     r"(?:\d[\d,]*|(?:" + COUNT_WORDS + r")(?:-\w+)?)\s+(?:(?:more\s+|other\s+)?(?:people|persons|Israelis|civilians|wounded|injured)\s+)?"
     r"(?:[^.;\d]{0,40}?\s)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?hospitals?\b)"
     # "MDA said it had taken 16 people to hospital": people a rescue service took there (not "it had taken six of them",
     # the freed prisoners of the sentence before)
     r"|(?:(?<=\bit\s)|(?<=\bit\shad\s)|(?<=\bit\shas\s)|(?<=\bwe\s)|(?<=\bwe\shave\s))(?:took|taken|evacuated|brought|transported)"
     r"(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?(?:\d[\d,]*|(?:" + COUNT_WORDS + r")(?:-\w+)?)\s+"
     r"(?:more\s+|other\s+)?(?:people|persons|Israelis|civilians|wounded|injured|casualties)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     r"hospitals?\b)"
     # "its paramedics had given first aid at the scene to 13 people": the hurt they treated
     r"|(?:gave|given|giving|provided|providing)\s+(?:first\s+aid|emergency\s+(?:care|treatment)|medical\s+(?:care|treatment|aid))"
     r"(?:\s+(?:at|on)\s+the\s+(?:scene|spot))?\s+to(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|another\s+)?"
     r"(?:\d[\d,]*|(?:" + COUNT_WORDS + r")(?:-\w+)?)\s+(?:(?:more\s+|other\s+)?(?:people|persons|Israelis|Palestinians|civilians"
     r"|wounded|injured|casualties)\b|of\s+them\b))"
     # "Two are in serious condition and three in moderate condition": a hospital's update of the hurt, by their state
     # (not "5 children, two of whom are in a critical condition": a part, read as one)
     r"|(?:(?<=are\s)|(?<=were\s))(?<!whom\sare\s)(?<!them\sare\s)(?<!whom\swere\s)(?<!them\swere\s)"
     r"in\s+(?:a\s+)?(?:serious|moderate|critical|grave|light|mild|life-threatening)\s+condition\b"
     # "a 58-year-old farmer was beaten with clubs by settlers": hurt in an attack (not "beaten by guards", an account)
     r"|(?:(?<=was\s)|(?<=were\s)|(?<=been\s))beaten(?=\s+(?:\w+\s+){0,2}?(?:with|by)\s+(?:masked\s+|Israeli\s+|armed\s+)?"
     r"(?:clubs|sticks|rods|batons|iron\s+bars|metal\s+bars|rifle\s+butts|stones|settlers)\b)"
     # "nine Palestinians were treated for smoke inhalation or beaten": hurt in the attack
     r"|treated\s+for\s+(?:(?:smoke|tear[-\s]gas)\s+inhalation|(?:inhaling|inhalation\s+of)\s+(?:tear[-\s]gas|smoke))"
     r"|treated\s+for\s+(?:burns|fractures|bruises)"
     # "had received 94 people with gunshot and shrapnel wounds": the hurt, by their wounds
     r"|people\s+with\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries)\b"
     # "its paramedics treated 13 people at the scene": those medics treat are the hurt
     r"|(?:(?<=medics\s)|(?<=paramedics\s)|(?<=teams\s)|(?<=crews\s)|(?<=medics\shad\s)|(?<=paramedics\shad\s)|(?<=teams\shad\s)"
     r"|(?<=crews\shad\s)|(?<=\bit\s)|(?<=\bit\shad\s)|(?<=\bwe\s)|(?<=\bwe\shave\s))treated(?=\s+(?:a\s+further\s+|another\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?(?:\d[\d,]*|(?:" + COUNT_WORDS
     # (not "treated nine people for shock and panic": frightened, not hurt)
     + r")(?:-\w+)?)(?!\s+(?:[\w-]+\s+){0,2}?for\s+(?:shock|panic|anxiety|fear|fright)\b)\s[^.;]{0,80}?"
     r"(?:\bat\s+the\s+scene|\bon\s+the\s+spot|\bwounds?\b|\binjur|\bfractures\b|\bburns\b|\bbeat(?:en|ings?)\b|\btear[-\s]gas"
     r"|\bcasualties\b"
     r"|\bhit\s+by\b|\brubber[-\s](?:coated\s+)?(?:bullets|rounds)|\bhurt\b|\bstruck\s+(?:on|in)\s+the\b|\bstones?\b"
     r"|\b(?:rocket|missile|drone)\s+(?:fire|salvos?|strikes?|attacks?|impacts?|barrages?)\b"
     r"|\blive\s+(?:fire|ammunition|bullets)|\bshrapnel\b|\b(?:after|during|in)\s+the\s+(?:attack|raid|assault|strike|shooting"
     r"|incident|clashes)\b))",
     "casualties", "injured", "noun"),
    (r"missing|unaccounted\s+for|(?:buried\s+|trapped\s+)?(?:under|in|beneath)\s+the\s+rubble"
     r"|trapped\s+(?:under|beneath|in)\s+(?:the\s+|a\s+)?(?:debris|ruins|collapsed|destroyed|bombed|concrete|wreckage)"
     # "searching the rubble ... for at least five people believed to be trapped"
     r"|" + BELIEVED_TRAPPED,
     "casualties", "missing", "noun"),
]

# Words right before a death count that make it a count of NAMED victims (a published list), not the
# toll: the Ministry's list of identified dead trails its total, and read as the toll it would show a
# false fall of the series. Such counts get the metric ``killed_identified`` (a vocabulary extension).
NAMED_LIST_BEFORE = r"""\b(?:lists?|register|registry|database|roll)\s+(?:\w+\s+){0,2}?(?:of|with|contain(?:s|ing)|includ(?:es|ing)|naming)\s+
    (?:the\s+)?(?:names\s+of\s+(?:the\s+)?)?$
    |\b(?:list|register|registry|database)\s+(?:now\s+)?(?:lists|names|holds|contains|includes)\s+$
    |\bnames\s+of\s+(?:the\s+)?$
    |\b(?:identified|named)\s+(?:by\s+name\s+)?$"""

# Nouns that say a number counts something that is not a target figure. Checked on the
# words right after a number, before any metric cue.
NON_TARGET_NOUNS = r"""
    trucks?|lorries|shelters?|schools?|ambulances?|vehicles?|homes?(?<!c[ao]me\shome)|houses?|buildings?|housing|sites?|facilities
    |targets?|rockets?|missiles?|massacres?|incidents?|operations?|strikes?|airstrikes?|raids?|attacks?|tunnels?|families|households|residents
    |population|displaced|citizens\s+(?:living|sheltering)|pregnant|postpartum|cases|centres?|centers?|camps?
    |entries|tonnes|tons|litres|liters|meals|kilometres?|kilometers?|km|miles?|metres?|meters?|feet|acres
    |dunums?|square|times|fold|percent|per\s+cent|diseases?|trucksloads?|units?|kg|dollars|shekels|euros
    |visas|permits|crossings?|deals?|resolutions?|votes|members\s+of\s+(?:congress|parliament)
    |testimonies|testimony|complaints|petitions|affidavits|autopsies|lawsuits|appeals|interviews|visits|messages|letters
    |requests|applications|inquiries|inquiry|investigations?|indictments?
    |ventilators|incubators|respirators|generators|dialysis\s+machines|oxygen\s+(?:concentrators|cylinders)
    |groups|organi[sz]ations|institutions|agencies|ministries
"""

# Subjects that make a number a difference between two counts, not a count: "the gap ... reached 11,000".
DIFFERENCE_SUBJECTS = r"""\b(?:gap|difference|discrepancy|shortfall|disparity|mismatch)\b[^.;\d]{0,100}$"""

# What a body "releases" when it publishes, not frees: "the IPS released figures showing ...", "released a report".
RELEASED_PUBLICATION = (r"\s+(?:its\s+|the\s+|new\s+|updated\s+|a\s+)?(?:figures|data|statements?|statistics|reports?|numbers"
                        r"|details|lists?|tallies|tally|findings)\b")

# Words before a number (and "other(s)" after it) that make it the company someone was kept in, not a
# count: "she shared a room with about 10 other hostages", "crammed into a tent with some 40 other prisoners".
COMPANIONS_BEFORE = r"""\b(?:shar(?:e|es|ed|ing)|held|kept|locked|crammed|confined|housed|packed)\b[^.;\d]{0,50}?
    \bwith\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+)?$"""
COMPANIONS_AFTER = r"""\s+others?\b"""  # matched right after the number

# Words right before a number that make it something other than a count of people affected: what a place
# was built to hold ("cells designed for six prisoners", "a facility built for 120"), the population a
# count is set against ("for a population of 2.1 million"), the sample behind a report ("testimonies of
# 55 former detainees", "interviewed 30 released prisoners", a lawyer who "visited 40 detainees").
NOT_A_COUNT_BEFORE = r"""\b(?:designed|built|intended|meant|made|planned|equipped)\s+(?:to\s+(?:hold|house|accommodate|serve|take)\s+
    |for\s+)(?:up\s+to\s+|about\s+|around\s+|only\s+|just\s+|some\s+|a\s+maximum\s+of\s+)?$
    |\bpopulation\s+(?:of|is|was|stands\s+at|numbers|totals)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+
    |roughly\s+|an\s+estimated\s+|approximately\s+)?$
    |\b(?:hosts|hosting|hosted|shelters|sheltering|sheltered|home\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+
    |over\s+|more\s+than\s+|roughly\s+|an\s+estimated\s+|approximately\s+|up\s+to\s+)?$
    |\b(?:testimon(?:y|ies)|accounts|interviews?|statements|affidavits|surveys?)\s+(?:of|from|with|by)\s+(?:some\s+|about\s+
    |more\s+than\s+|over\s+)?$|\b(?:interviewed|surveyed|spoke\s+(?:to|with)|testimonies\s+from
    |visit|visits|visited|visiting|met(?:\s+with)?|examine[ds]?|examining|(?:meetings?\s+)?held\s+with)\s+(?:some\s+|about\s+|more\s+than\s+
    |over\s+)?$
    |\baccording\s+to\s+(?:some\s+|about\s+)?$
    |\bon\s+behalf\s+of\s+(?:some\s+|about\s+|more\s+than\s+|over\s+)?$
    |\b(?:fell|dropped|declined|decreased|rose|increased|grew|jumped|climbed)\s+by\s+(?:some\s+|about\s+|more\s+than\s+|nearly\s+)?$
    |[-–—,(;]\s*(?:up|down)\s+(?:by\s+)?$
    |\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|child|youth|teenager|person|grandmother|grandfather)\s+of\s+
    (?:about\s+|around\s+|some\s+|roughly\s+)?$"""  # "Minors: 319 – down 9": the change since the last count; "a man of about 55": an age;
# "a school in Nuseirat that hosts more than 5,000 people": those a place shelters, a population;
# "petitions on behalf of 38 of the missing": those an action was taken for, not a count of them
# A sentence about one cell, room or tent counts its occupants, not the detained: "Cells designed for six
# prisoners now hold up to 14".
# ("cells of 22 square meters at Ketziot holding 12 to 14 prisoners")
ONE_ROOM_BEFORE = r"""\b(?:cells?|rooms?|tents?|wards?|sections?|barracks|cages?)\s+(?:\w+\s+)?(?:designed|built|intended|meant)\b[^.;]{0,80}$
    |\b(?:cells?|rooms?|tents?|cages?)\b[^.;,]{0,60}?\bholding\s+(?:between\s+)?$"""

# Words before a number of prisoners that make them the ones a deal frees: "in exchange for about 1,900
# Palestinian prisoners".
EXCHANGE_BEFORE = r"""\bin\s+(?:exchange|return)\s+for\s+(?:the\s+(?:release|freeing)\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+
    |up\s+to\s+|more\s+than\s+|at\s+least\s+|roughly\s+|over\s+)?$"""

# Words right before a number that make it an earlier value the sentence compares with, not a new
# statement of it: "3,327 administrative detainees, down from 3,600 in March" (read as a figure, the
# earlier value would be dated with the new one and conflict with it).
# ("up from an earlier estimate of 229", "down from a previous figure of 12")
EARLIER_VALUE_BEFORE = r"""\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|as\s+against)\s+(?:the\s+)?
    (?:(?:an?\s+|the\s+)?(?:earlier|previous|prior|initial)\s+(?:estimate|figure|count|toll|tally|total)\s+of\s+)?
    (?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?$"""

# Who "its staff" are, by the body that says so: "UNRWA said 13 of its staff were killed".
OWN_STAFF = r"""\b(?:(?:its|their)\s+(?:own\s+)?(?:workers|staff(?:\s+members)?|employees|colleagues|personnel|(?:team|crew)\s+members|members|teams|crews)
    |staffers)\b
    (?!(?:\s+(?!(?:were|was|are|is|have|had|has)\b)[\w-]+){0,3}?\s+(?:have\s+|had\s+|has\s+)?(?:recovered|retrieved|pulled|found|evacuated|rescued|treated|transported|counted|carried
    |collected|received|registered|documented)\b)"""  # "its crews recovered 12 bodies": the crews did the counting
STAFF_GROUP_OF_SOURCE = {"UNRWA": "aid_workers", "United Nations": "aid_workers", "OCHA": "aid_workers", "UNICEF": "aid_workers", "WHO": "aid_workers",
                         # (the Red Crescent's crews are health workers, as the brief and 60 labels in 73 have them)
                         "OHCHR": "aid_workers", "Palestine Red Crescent Society": "health_workers",
                         "NRC": "aid_workers", "IRC": "aid_workers",
                         "Oxfam": "aid_workers", "WFP": "aid_workers", "World Central Kitchen": "aid_workers",
                         "Save the Children": "aid_workers", "ICRC": "aid_workers", "MSF": "aid_workers",
                         "Palestinian Civil Defence": "civil_defence", "Gaza Ministry of Health": "health_workers",
                         "Palestinian Ministry of Health (Ramallah)": "health_workers",
                         "Lebanese Ministry of Public Health": "health_workers",
                         # an army's own ("The Lebanese army says 41 of its personnel have been killed")
                         "Lebanese Army": "soldiers", "Israeli military": "soldiers"}

# People nouns: a number followed by one of these still needs a verb cue ("were killed").
PERSON_NOUNS = r"""
    people|persons|individuals|others|other|civilians|palestinians|gazans|israelis|lebanese|citizens|victims
    |men|women|children|minors|boys|girls|babies|infants|newborns|toddlers|teenagers|elderly|adults|journalists|reporters|medics|doctors
    |nurses|paramedics|staff|workers|personnel|drivers|crews|teams|employees|colleagues|soldiers|troops|officers|settlers|fighters|militants|members
    |terrorists|combatants|gunmen|operatives|firefighters|rescuers|more|of\s+them|of\s+whom|who|new|additional|further|Palestinian|Israeli
"""

# --- groups ---------------------------------------------------------------------------
GROUPS: list[tuple[str, str]] = [
    # a UN body's or an aid group's own people, before "staff member" reads as health staff
    (r"(?:United\s+Nations|UN|U\.N\.|UNRWA|MSF|NRC|IRC|Oxfam|WFP|UNICEF|World\s+Central\s+Kitchen|WCK|Save\s+the\s+Children|ICRC"
     r"|Norwegian\s+Refugee\s+Council|International\s+Rescue\s+Committee|Doctors\s+Without\s+Borders|Red\s+Cross)\s+"
     # ("an UNRWA sanitation worker was shot and injured": one word of their trade between)
     r"(?:(?!(?:health|medical|nursing|healthcare)\b)(?-i:[a-z])[\w-]+\s+)?(?:staff(?:\s+members?)?|personnel|workers?|employees?|colleagues|team\s+members|aid\s+workers|teachers?|guards?|drivers?"
     r"|contractors?|labou?rers?)"
     r"|(?:international|national)\s+staff(?:\s+members?)?(?!\s+of\s+(?:the\s+)?(?:ministry|hospital))", "aid_workers"),
    (r"women\s+and\s+children|children\s+and\s+women", "women_and_children"),
    # those held before and arrested again ("including two children and a former prisoner"), as 11 labels have them
    (r"(?:former\s+|ex-)(?:prisoners?|detainees?)(?=\s+(?:in|from|who|and)\b|\s*[,.;)]|\s*$)", "former_prisoners"),
    # foreigners among the dead, hurt or held ("24 foreign nationals, most of them Thai farmworkers", "five Thais", "a Syrian
    # national"), as the probe labels have them (24 labels); not joined to others ("133 Israelis and foreign nationals": all)
    (r"(?<!\band\s)(?<!\bor\s)(?<!\band\sa\s)(?<!\band\sone\s)(?:foreign\s+(?:nationals?|citizens|workers|volunteers|activists)|foreigners|Thais|(?:Thai|Nepalese|Nepali|Filipino|Sri\s+Lankan"
     r"|Chinese|Syrian|Tanzanian|Sudanese|Egyptian|Jordanian)\s+(?:nationals?|farm\s*workers?|agricultural\s+workers?|workers?|citizens?)"
     # ("the IPS was holding 17 Lebanese nationals": held by Israel, foreigners; 15 labels against 1, while "Lebanese
     # citizens" killed or held are labelled either way)
     r"|Lebanese\s+nationals?)"
     r"(?!\s+(?:and|or)\s)", "foreign_nationals"),
    (r"women\s+and\s+girls", "women"),
    (r"journalists?|reporters?|media\s+workers|press|photographers?|photojournalists?|cameram[ae]n|female\s+journalists", "journalists"),
    (r"health(?:care)?\s+(?:personnel|workers?|staff)|medical\s+(?:staff|personnel|workers?|teams?|crews?)|medics?"
     r"|doctors?|nurses?|paramedics?|midwi(?:fe|ves)|surgeons?|pharmacists?|anaesthetists?|anesthetists?"
     # ("37 physicians", "20 laboratory technicians", "a radiographer")
     r"|physicians?|(?:laboratory|lab|x-ray|radiology)\s+technicians?|radiographers?|radiologists?|dentists?|paediatricians?|pediatricians?"
     # (not "a staff member of an international NGO", "a UN national staff member": an aid body's)
     r"|ambulance\s+(?:drivers?|crews?|workers?)|(?<!national\s)(?<!international\s)staff\s+member"
     r"(?!s?\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:NGO|organi[sz]ation|agency|charity|UN|United\s+Nations)\b)|hospital\s+directors?|directors?\s+of\s+(?:the\s+)?hospitals?"
     # ("among them the director of Kamal Adwan Hospital", "the hospital's director")
     # ("the director of a northern hospital", "the director of al-Shifa hospital")
     r"|directors?\s+of\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,3}?(?:hospital|medical\s+(?:complex|cent(?:er|re)))\b|hospital(?:'s|’s)\s+director"
     # ("among them the head of the orthopaedics department", "the head of surgery": a hospital's)
     r"|head\s+of\s+(?:the\s+)?(?:surgery|nursing|(?:[\w-]+\s+){1,2}?(?:department|ward|unit))\b"
     r"|health\s+and\s+(?:care|rescue|medical|emergency)\s+workers|(?:health|medical)\s+cadres?"
     r"|Red\s+(?:Cross|Crescent)\s+(?:volunteers?|medics?|paramedics?)"
     r"|(?:PRCS|Red\s+Crescent)\s+(?:staff(?:\s+members?)?|workers|employees|personnel|team\s+members)", "health_workers"),
    (r"UNRWA\s+(?:staff(?:\s+members?)?|workers?|employees?|colleagues?|team\s+members?|personnel)|UN\s+staff|working\s+for\s+(?:UNRWA|the\s+UN)"
     r"|(?:the\s+)?agency(?:'s|’s)\s+(?:staff|workers|employees|colleagues|personnel)|UN\s+(?:workers|employees|personnel)"
     # ("the number of Agency staff killed": UNRWA's word for itself, capitalised)
     # ("bringing to 155 the number of Agency personnel killed"; not a news agency's)
     r"|(?<!News\s)(?<!Press\s)(?<!Anadolu\s)(?-i:Agency)\s+(?:staff(?:\s+members?)?|personnel|employees|team\s+members|colleagues)"
     r"|international\s+staff"
     # ("seven staff of the US-based charity World Central Kitchen", "four staff of a local charity")
     r"|aid\s+workers?|humanitarian\s+(?:workers?|personnel|staff)|(?:staff(?:\s+members?)?|employees)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:NGO|charity|aid\s+(?:group|agency|organi[sz]ation))"
     r"|(?:UN|United\s+Nations)\s+(?:national\s+|international\s+)?staff(?:\s+members?)?"
     # "staff members of the World Food Programme", "drivers contracted by WFP": an aid body's people, named after them
     # ("An international NGO worker was killed")
     r"|(?:NGO|charity)\s+(?:workers?|staff(?:\s+members?)?|employees?)"
     r"|(?:staff(?:\s+members?)?|employees|workers?|personnel|drivers|contractors|colleagues)\s+(?:of|with|from|for|contracted\s+by)\s+"
     r"(?:the\s+)?(?:United\s+Nations|UN|UNRWA|(?-i:Agency)|WFP|World\s+Food\s+Programme|UNICEF|WHO|World\s+Health\s+Organi[sz]ation|OCHA|ICRC"
     r"|MSF|NRC|IRC|Oxfam|World\s+Central\s+Kitchen|Save\s+the\s+Children|Norwegian\s+Refugee\s+Council)\b",
     "aid_workers"),
    # ("including the head of the civil defence centre": its chief)
    (r"civil\s+defen[cs]e(?:\s+(?:workers|personnel|members|crews))?|(?:head|chief|director)\s+of\s+(?:the\s+)?(?:local\s+)?civil\s+defen[cs]e",
     "civil_defence"),
    # ("five of its peacekeepers had been wounded", "Two UNIFIL peacekeepers were injured": the UN force's own)
    (r"(?:UNIFIL\s+|UN\s+|U\.N\.\s+)?peacekeepers?(?![’'])|blue\s+helmets", "peacekeepers"),  # (not "peacekeepers' drivers")
    # those killed at or on the way to food distribution points
    # ("aid-seeker martyrs", "livelihood martyrs", the Ministry's own name for them; "killed while seeking aid", after the
    # verb, is ``linking._aid_seekers``'s)
    # ("citizens who went to wait for aid", the Ministry's English)
    (r"aid[-\s]seekers?|livelihood\s+martyrs|aid[-\s]related\s+martyrs|(?:people|those|civilians|Palestinians|citizens)\s+(?:who\s+(?:went|had\s+gone|were\s+going)\s+to\s+"
     r"(?:seek|get|collect|receive|fetch|obtain|wait\s+for)|(?:who\s+(?:were|had\s+been)\s+)?(?:waiting|queuing|queueing)\s+for|seeking"
     r"|trying\s+to\s+(?:get|obtain|reach))\s+(?:food\s+|humanitarian\s+)?"
     r"(?:aid|food)",
     "aid_seekers"),
    # (not those who shot: "Nine people killed were shot by troops")
    # (nor those who beat: "64 said soldiers beat them")
    (r"military\s+police(?:men|\s+officers)?(?!\s+(?:investigation|investigators?|probe|inquiry))|(?:army|military)\s+personnel|(?<!\bby\s)(?<!\bby\sIsraeli\s)(?:soldiers?|troops|reservists?|servicemen)(?!\s+(?:or\s+\w+\s+)?(?:had\s+)?(?:beat|beaten|kicked|tortured"
     r"|assaulted|abused|raped|humiliated)\b)|members?\s+of\s+(?:the\s+)?Israeli\s+(?:security\s+)?forces"
     r"|Israeli\s+members?\s+of\s+(?:the\s+)?(?:security\s+)?forces"
     # ("a 19-year-old staff sergeant was killed", "an army captain": a rank, not a police officer's)
     r"|(?<!police\s)(?<!Police\s)(?:(?:staff|first|master)\s+)?(?:sergeants?|corporals?|captains?|lieutenants?)\b", "soldiers"),
    # (not those who investigate: "36 - deaths under military police investigation")
    (r"(?<!military\s)police(?:men|\s+officers)?|officers", "police"),
    # (not those who did it: "Killed by Israeli settlers 3", "two victims of a settler attack")
    (r"(?<!\bby\s)(?<!\bby\sIsraeli\s)settlers?(?![-\s](?:attacks?|violence|raids?|assaults?|rampages?|mobs?|shootings?|incursions?"
     r"|gunfire|fire|militias?|terror|pogroms?)\b)", "settlers"),
    (r"patients?", "patients"),
    # ("members of our medical and nursing staff")
    # ("24 members of the complex's staff": a medical complex's)
    (r"(?:members\s+of\s+(?:the\s+|our\s+)?)?(?:hospital(?:'s|’s)?|medical|complex(?:'s|’s))\s+(?:and\s+nursing\s+)?staff"
     r"|staff\s+members\s+of\s+the\s+(?:hospital|medical\s+complex)", "health_workers"),
    # ("a man and his six-year-old daughter": an age in words too)
    (r"(?:1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
     r"|seventeen)-year-olds?|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)-(?:month|week|day)-olds?"
     r"|children|child|minors?|boys?|girls?|under\s+the\s+age\s+of|under\s+18|kids"
     # ("Of these, aged 12–15": a column of the youngest minors)
     r"|aged\s+(?:between\s+)?(?:1[0-7]|[1-9])\s*(?:[-–]|and|to)\s*(?:1[0-7]|[1-9])\b"
     r"|babies|infants|newborns|toddlers|teenagers|adolescents", "children"),
    (r"women|female|woman|mothers?(?![\w-])", "women"),
    # ("an elderly man": one of the elderly; "inmates aged 60 or over", "over the age of 70", "in their seventies": by age)
    (r"elderly(?:\s+m[ae]n\b)?|older\s+(?:people|persons|inmates|prisoners|detainees)"
     r"|aged\s+(?:[6-9]\d)\s*(?:\+|(?:or|and)\s+(?:over|above|older))|(?:over|above)\s+the\s+age\s+of\s+[6-9]\d"
     r"|aged\s+(?:over|above)\s+[6-9]\d|older\s+than\s+[6-9]\d|in\s+their\s+(?:sixties|seventies|eighties|nineties)"
     # ("seven prisoners over 60", "Twelve of the patients were over 60")
     r"|(?:(?<=prisoners\s)|(?<=detainees\s)|(?<=inmates\s)|(?<=patients\s)|(?<=people\s)|(?<=were\s)|(?<=are\s))(?:over|above)\s+[6-9]\d"
     r"(?![\d,.])", "elderly"),
    # and one man, "A Palestinian man was shot dead" (as the probe labels have had it since round 40; not "man-made")
    # (and one farmer, shepherd or fisherman: "a 47-year-old farmer was shot dead", as 17 labels have them against 3)
    (r"men(?!\w)|(?<!\bof\sthe\s)man(?![\w-])|fathers?(?![\w-])|(?:farmer|shepherd|herder|fisherman)(?![\w-])",
     "men"),  # (not "two brothers of the man who was killed")
    (r"civilians", "civilians"),
    # the army's counts of those it says it killed: never a rival of everyone killed
    (r"militants|fighters|gunmen|terrorists|operatives|(?<!unlawful\s)(?<!illegal\s)(?<![\"“'])combatants(?!\s+law)"
     r"|(?:Hezbollah|Hizb[ou]llah|Hizballah|Hamas|Islamic\s+Jihad)\s+(?:members|commanders|men)(?!\s+of\s+(?:the\s+)?(?:Palestinian\s+)?(?:Legislative|parliament"
     r"|political|municipal))"
     # "about 20,000 members of Hamas and other armed groups" (not "members of Hamas's political bureau")
     r"|(?:members|operatives|fighters)\s+of\s+(?:the\s+)?(?:Hamas|Hezbollah|Hizb[ou]llah|Hizballah|Islamic\s+Jihad|(?:Palestinian\s+)?(?:armed|militant)\s+groups)"
     r"(?![’']s\s+political|\s+political)", "fighters"),
]

POPULATIONS: list[tuple[str, str]] = [
    (r"Palestinians?|Gazans", "palestinians"),
    (r"Israelis|Israeli\s+(?:\w+\s+)?(?:civilians|citizens|soldiers?|reservists?|troops|hostages?)"
     r"|Israeli\s+members?\s+of\s+(?:the\s+)?(?:security\s+)?forces", "israelis"),
    (r"Lebanese", "lebanese"),
]

# --- locations: normalised names, most specific first ---------------------------------
LOCATIONS: list[tuple[str, str]] = [
    (r"East(?:ern)?\s+Jerusalem", "East Jerusalem"),
    (r"(?:occupied\s+)?West\s+Bank|Jenin|Tulkare?m|Nablus|Hebron|Ramallah|Bethlehem|Nur\s+Shams|Balata|Qalqil[iy]a|Tubas"
     r"|Jericho|Salfit|Tammun|Qalandi(?:y)?a|Huwara|Far(?:'|’)?a\b|Aqabat\s+Jabr|Beita|Silwad|Masafer\s+Yatta",
     "West Bank"),
    (r"Gaza(?:\s+Strip)?|the\s+Strip|the\s+enclave|Rafah|Khan\s+Youn[ie]s|Deir\s+(?:Al|el)[\s-]Balah|Jabalia",
     "Gaza Strip"),
    (r"Lebanon|Lebanese|Beirut|Nabatieh|Bekaa|Baalbek|Tyre|Sidon", "Lebanon"),
    (r"(?:southern\s+)?Israel(?![i-])", "Israel"),
]

# --- qualifiers -----------------------------------------------------------------------
# Phrases right before a number, longest first. "+" and "or more" after a number are in
# qualifiers.py.
QUALIFIERS_BEFORE: list[tuple[str, str]] = [
    (r"no\s+(?:fewer|less)\s+than|(?<!no\s)(?<!not\s)more\s+than|well\s+(?:over|above|beyond)|over|at\s+least|in\s+excess\s+of|upwards?\s+of"
     r"|(?<!not\s)exceed(?:s|ed|ing)?|not\s+(?:fallen|dropped|gone|fell|dipped)\s+below"
     r"|a\s+minimum\s+of"
     r"|pass(?:es|ed)?|surpass(?:es|ed)?|topp?(?:s|ed)|just\s+over|above|beyond|>|≥|&gt;"
     r"|(?<!\bthe\s)(?<!\blast\s)past", "at_least"),  # "pushing the total past 51,000" (not "the past 24 hours")
    (r"up\s+to|as\s+many\s+as|less\s+than|fewer\s+than|under|no\s+more\s+than|at\s+most|a\s+maximum\s+of"
     r"|not\s+(?:exceeding|more\s+than)|(?:does|do|did|will|would)\s+not\s+exceed"
     r"|below|<|≤|&lt;", "at_most"),
    # ("Israeli authorities estimate that 116 Israelis ...": the number an estimate gives)
    (r"about|around|some|nearly|almost|close\s+to|roughly|approximately|an?\s+estimated|estimated(?:\s+at)?|approx\.?"
     r"|(?:estimates?|estimated)\s+that"
     r"|circa|~|an\s+approximate", "approx"),
]
QUALIFIER_AFTER = r"^\s*(?:\+|or\s+more\b)|^-plus\b"  # "6,400-plus"
QUALIFIER_APPROX_AFTER = r"^\s*(?:approximate(?:ly)?\b|or\s+so\b|\(\s*(?:approx(?:imately|imate)?\.?|est(?:imated|\.)?|estimate)\s*\))"
# "killing a further 12", "wounding another three": more of the same, counted as they are
ONE_MORE = r"(?:a\s+further\s+|another\s+|an\s+additional\s+)?"
# one optional qualifier before a number, for the patterns that end at it ("killing an estimated ")
OPTIONAL_QUALIFIER = rf"(?:(?:{'|'.join(words for words, _ in QUALIFIERS_BEFORE)})\s+)?"

# --- originators: (pattern, normalised name); checked in order ---------------------------
PRISONERS_ORGANISATIONS = "Palestinian prisoners' organisations"
# the Palestinian bodies that speak for the prisoners: one of them citing "prisoners' institutions" cites itself among them
PRISONERS_BODIES = frozenset({"Addameer", "Palestinian Prisoners' Club", "Commission for Prisoners' Affairs"})
ORIGINATORS: list[tuple[str, str]] = [
    # ("according to the Ramallah ministry's year-end report")
    (r"Ramallah(?:-based)?\s+(?:health\s+)?ministry|Ramallah-based\s+(?:Palestinian\s+)?(?:Health\s+Ministry|Ministry\s+of\s+Health)"
     # (a note's "** MoH, Ramallah", "the MoH in Ramallah")
     r"|(?:Health\s+Ministry|Ministry\s+of\s+Health|(?-i:\bMoH))(?:\s*\((?-i:MoH)\))?(?:\s+in|,)\s+Ramallah\b",
     "Palestinian Ministry of Health (Ramallah)"),
    (r"Palestinian\s+Ministry\s+of\s+Health\s*[–-]\s*Gaza|(?:Hamas-run|Hamas-controlled|Gaza(?:'s|’s)?|Gazan"
     r"|territory(?:'s|’s)|enclave(?:'s|’s)|Gaza\s+Strip(?:'s|’s)?)\s+(?:health\s+ministry|ministry\s+of\s+health"
     r"|Health\s+Ministry)|(?:health\s+ministry|ministry\s+of\s+health)\s+in\s+Gaza"
     # (a note's "* Ministry of Health (MoH), Gaza")
     r"|(?:health\s+ministry|ministry\s+of\s+health)(?:\s*\((?-i:MoH)\))?,\s+Gaza\b|(?-i:\bMoH\b)", "Gaza Ministry of Health"),
    # Lebanon's ministry is "of Public Health" (Gaza's and Ramallah's are "of Health"), with its Emergency Operations Centre
    (r"(?:Republic\s+of\s+Lebanon\s*[–-]\s*)?Ministry\s+of\s+Public\s+Health|(?-i:\bMoPH\b)|(?:Public\s+Health\s+)?Emergency\s+Operations\s+Cent(?:re|er)"
     r"|Lebanese\s+(?:Ministry\s+of\s+(?:Public\s+)?Health|Health\s+Ministry)|Lebanon(?:'s|’s)\s+(?:health\s+ministry"
     r"|ministry\s+of\s+(?:public\s+)?health)", "Lebanese Ministry of Public Health"),
    # ("according to the latest Prison Service data": the service's own figures)
    (r"Israel(?:i|(?:'s|’s))?\s+Prison\s+Service|(?-i:\bIPS\b)|(?<=the\s)Prison\s+Service"
     r"|(?-i:Prison\s+Service)(?=\s+(?:data|figures|statistics|numbers)\b)", "Israel Prison Service"),
    (r"(?:Gaza\s+)?government\s+media\s+office|(?-i:\bGMO\b)", "Gaza Government Media Office"),
    # the Prisoners' Club is also called the Prisoners' Society (Nadi al-Asir): one body
    (r"(?:Palestinian\s+)?Prisoner(?:s)?(?:'|’)?(?:s)?(?:'|’)?\s+(?:Club|Society)|(?-i:\bPPS\b)",
     "Palestinian Prisoners' Club"),
    (r"Commission\s+(?:for|of)\s+(?:Detainees|Prisoners)|Detainees(?:'|’)?\s+(?:and\s+Ex-Detainees(?:'|’)?\s+)?Affairs\s+Commission",
     "Commission for Prisoners' Affairs"),
    # "Palestinian prisoners' groups say", "prisoners' rights organisations": the bodies speaking for the prisoners together
    (r"(?:Palestinian\s+)?(?:prisoners?|detainees?)(?:'|’)?s?(?:'|’)?\s+(?:rights\s+)?(?:groups|organi[sz]ations|institutions|associations"
     r"|advocacy\s+groups)", PRISONERS_ORGANISATIONS),
    (r"Addameer", "Addameer"),
    (r"HaMoked", "HaMoked"),
    (r"B(?:'|’)?Tselem", "B'Tselem"),
    (r"(?:Palestin(?:e|ian)\s+)?Red\s+Crescent(?:\s+Society)?|(?-i:\bPRCS\b)", "Palestine Red Crescent Society"),
    (r"Israel\s+Defen[cs]e\s+Forces|(?-i:\bIDF\b)", "Israel Defense Forces"),
    (r"Israel(?:i|(?:'s|’s))\s+(?:health\s+ministry|ministry\s+of\s+health)", "Israeli Ministry of Health"),
    (r"Magen\s+David\s+Adom|(?-i:\bMDA\b)", "Magen David Adom"),
    (r"Military\s+Court\s+Watch|(?-i:\bMCW\b)", "Military Court Watch"),
    (r"Public\s+Committee\s+Against\s+Torture(?:\s+in\s+Israel)?|(?-i:\bPCATI\b)", "PCATI"),
    (r"Palestinian\s+Central\s+Bureau\s+of\s+Statistics|(?-i:\bPCBS\b)", "Palestinian Central Bureau of Statistics"),
    (r"(?:Israeli\s+)?Prime\s+Minister(?:'s|’s)\s+Office|Netanyahu(?:'s|’s)\s+office", "Israeli Prime Minister's Office"),
    (r"Hostages?\s+and\s+Missing\s+Famil(?:y|ies)\s+Forum", "Hostages and Missing Families Forum"),
    (r"(?-i:\bCOGAT\b)|Coordinator\s+of\s+Government\s+Activities\s+in\s+the\s+Territories", "COGAT"),
    (r"M[ée]decins\s+Sans\s+Fronti[èe]res|Doctors\s+Without\s+Borders|(?-i:\bMSF\b)", "MSF"),
    (r"International\s+Committee\s+of\s+the\s+Red\s+Cross|(?-i:\bICRC\b)", "ICRC"),
    (r"Save\s+the\s+Children", "Save the Children"),
    (r"Norwegian\s+Refugee\s+Council|(?-i:\bNRC\b)", "NRC"),
    (r"International\s+Rescue\s+Committee|(?-i:\bIRC\b)", "IRC"),
    (r"Oxfam(?:\s+International)?", "Oxfam"),
    (r"World\s+Food\s+Programme|(?-i:\bWFP\b)", "WFP"),
    (r"World\s+Central\s+Kitchen|(?-i:\bWCK\b)", "World Central Kitchen"),
    (r"Medical\s+Aid\s+for\s+Palestinians", "Medical Aid for Palestinians"),
    (r"Amnesty\s+International", "Amnesty International"),
    # the Human Rights Council's "Independent International Commission of Inquiry on the Occupied Palestinian Territory"
    # "the UN commission of inquiry", "A UN-backed Commission of Inquiry", "the Commission of Inquiry" (not "a state
    # commission of inquiry", "the Israeli State Commission of Inquiry", "the Or Commission of Inquiry")
    (r"(?:Independent\s+International|(?-i:UN|U\.N\.)|United\s+Nations)(?:'s|’s)?(?:-backed|-mandated)?\s+commission\s+of\s+inquiry"
     # a bare name only right after "the" ("The Kahan Commission of Inquiry", "Israel's Commission of Inquiry" are others)
     r"|(?<=\bthe\s)(?-i:Commission\s+of\s+Inquiry)|(?-i:Commission\s+of\s+Inquiry)(?=\s+on\s+(?:the\s+)?Occupied)",
     "Commission of Inquiry"),
    (r"Human\s+Rights\s+Watch|(?-i:\bHRW\b)", "Human Rights Watch"),
    # the press names UN bodies by what they do: "the UN health agency", "the U.N. humanitarian office"
    # the health partners WHO leads in a crisis, a source only as the subject of its own count ("The Health Cluster
    # recorded 17 attacks"; a "Health Cluster Bulletin" is WHO's page), or as the masthead of its own page ("Health Cluster |
    # occupied Palestinian territory")
    (r"(?-i:Health\s+Cluster)(?=\s+(?:partners\s+)?(?:recorded|reported|documented|counted|verified|said|says|noted|notes)\b"
     r"|[^\S\n]+\|)",
     "Health Cluster"),
    (r"World\s+Health\s+Organi[sz]ation|(?-i:\bWHO\b)|(?:U\.?N\.?|United\s+Nations)(?:'s|’s|'|’)?\s+health\s+(?:agency|body)", "WHO"),
    (r"(?-i:\bOCHA\b)|Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs"
     r"|(?:U\.?N\.?|United\s+Nations)(?:'s|’s|'|’)?\s+(?:humanitarian|aid)\s+(?:office|agency|coordination\s+office)", "OCHA"),
    (r"(?-i:\bUNRWA\b|\bUNWRA\b)|Relief\s+and\s+Works\s+Agency|U\.?N\.?\s+agency\s+for\s+Palestin(?:e|ian)\s+refugees"
     r"|(?:U\.?N\.?|United\s+Nations)(?:'s|’s|'|’)?\s+(?:Palestinian\s+)?refugee\s+agency(?:\s+for\s+Palestin(?:e|ian)s?)?",
     "UNRWA"),
    (r"(?-i:\bUNICEF\b)|U\.?N\.?\s+children(?:'s|’s)?\s+(?:agency|fund)|United\s+Nations\s+Children(?:'s|’s)\s+Fund", "UNICEF"),
    # ("The UN peacekeeping force UNIFIL said two of its peacekeepers had been lightly wounded")
    (r"(?-i:\bUNIFIL\b)|(?:U\.?N\.?|United\s+Nations)\s+Interim\s+Force\s+in\s+Lebanon", "UNIFIL"),
    # "the Office of the UN High Commissioner for Human Rights", "the UN human rights chief": the office speaks
    (r"(?-i:\bOHCHR\b)|UN\s+(?:Human\s+Rights\s+Office|rights\s+office)"
     r"|(?:Office\s+of\s+the\s+)?(?:(?-i:UN|U\.N\.)|United\s+Nations)\s+High\s+Commissioner\s+for\s+Human\s+Rights"
     r"|(?:(?-i:UN|U\.N\.)|United\s+Nations)(?:'s|’s)?\s+(?:human\s+)?rights\s+(?:chief|office)", "OHCHR"),
    (r"Committee\s+to\s+Protect\s+Journalists|(?-i:\bCPJ\b)", "Committee to Protect Journalists"),
    (r"(?:Palestinian\s+)?Journalists(?:'|’)?\s+Syndicate|(?-i:\bPJS\b)", "Palestinian Journalists Syndicate"),
    # the UN as a whole, only as the subject of a statement ("while the UN estimates that ..."); its agencies are named
    # and only of a count it states at once ("the UN estimates that close to 10,000 women"), not of one further on
    (r"(?:(?-i:\bUN\b)|United\s+Nations)(?=\s+(?:says|said|estimates?|estimated|reported|reports|has\s+(?:said|reported|estimated)"
     r"|counts?|counted|recorded|documented|verified)\b(?:\s+that)?[^.;,\d]{0,40}\d)", "United Nations"),
    (r"International\s+Federation\s+of\s+Journalists|(?-i:\bIFJ\b)", "International Federation of Journalists"),
    (r"(?:The\s+)?Lancet(?=\s+(?:study|estimate|paper|analysis|research|letter|article)\b|\s+(?:said|estimated|found|reported)\b)"
     r"|(?<=published\s)in\s+The\s+Lancet", "The Lancet"),
    (r"Reporters\s+Without\s+Borders|(?-i:\bRSF\b)", "Reporters Without Borders"),
    # a news agency's own count ("according to an AFP tally"), not the agency as the carrier of a body's figure
    # ("an AFP tally based on official Israeli figures" is Israel's)
    (r"(?:(?-i:\bAFP\b)|Agence\s+France-Presse)(?=\s+(?:tally|count|toll|calculation|compilation)\b(?!\s+(?:based\s+on|of|from)\b))", "AFP"),
    (r"(?-i:\bReuters\b)(?=\s+(?:tally|count|toll|calculation|compilation)\b(?!\s+(?:based\s+on|of|from)\b))", "Reuters"),
    (r"Euro-Med(?:iterranean)?\s+(?:Human\s+Rights\s+)?Monitor", "Euro-Med Human Rights Monitor"),
    (r"Defen[cs]e\s+for\s+Children\s+International(?:\s*[–-]\s*Palestine)?|(?-i:\bDCI-?P\b)",
     "Defense for Children International - Palestine"),
    (r"Al[-\s]Mezan(?:\s+Center(?:\s+for\s+Human\s+Rights)?)?", "Al Mezan"),
    (r"Palestinian\s+Cent(?:re|er)\s+for\s+Human\s+Rights|(?-i:\bPCHR\b)", "Palestinian Centre for Human Rights"),
    (r"Physicians\s+for\s+Human\s+Rights(?:\s*[–-]\s*Israel)?|(?-i:\bPHRI\b)", "Physicians for Human Rights - Israel"),
    (r"(?:Lebanese|Lebanon(?:'s|’s))\s+(?:official\s+)?(?:National\s+)?News\s+Agency|National\s+News\s+Agency"
     r"|(?-i:\bNNA\b)", "Lebanese News Agency"),
    (r"(?-i:\bWAFA\b)|(?:official\s+)?Palestinian\s+news\s+agency", "WAFA"),
    (r"(?-i:\bSANA\b|\bSana\b)(?=\s+(?:news\s+agency\s+)?(?:said|says|reported|reports)\b)|Syrian\s+Arab\s+News\s+Agency"
     r"|Syria(?:'s|’s)\s+(?:official\s+|state\s+)?news\s+agency|(?:state|official)\s+news\s+agency\s+(?-i:SANA|Sana)", "SANA"),
    (r"Syrian\s+Observatory\s+for\s+Human\s+Rights|(?-i:\bSOHR\b)", "Syrian Observatory for Human Rights"),
    # a bare health ministry or health officials: resolved by location in attribution.py
    (r"Palestinian\s+(?:Health\s+Ministry|Ministry\s+of\s+Health)|(?:Palestinian\s+)?health\s+(?:ministry|officials)"
     r"|ministry\s+of\s+health|health\s+authorities", "health ministry"),
]

# Speakers the press quotes without naming a body: a source only where a reporting verb makes
# them one ("bystanders said", "officials told"), never a letterhead or a mere mention.
# "{place}" is filled from where the figure is: bare "officials" in a Gaza story are Gaza officials.
HOSPITAL_OFFICIALS = "hospital officials"
# Rescuers who give a toll are the civil defence of the place they dig in ("kills 19, Gaza rescuers say").
PLACE_RESCUERS = "{rescuers}"
NAMED_HOSPITAL = "{hospital}"  # a hospital's own name, read from the text by attribution.originator_spans
SPEAKERS: list[tuple[str, str]] = [
    (r"Palestinian\s+(?:security\s+|government\s+|local\s+)?officials|Palestinian\s+authorities", "Palestinian officials"),
    (r"Israeli\s+(?:military\s+|army\s+|government\s+|security\s+)?officials|Israeli\s+(?:authorities|government)"
     r"|Israeli\s+(?:official\s+)?(?:tallies|tally|figures|counts?|statistics|sources)",
     "Israeli officials"),
    # Lebanon's army ("The Lebanese Armed Forces report that 39 of their soldiers have been killed")
    (r"Lebanese\s+(?:Armed\s+Forces|army|military)|Lebanon(?:'s|’s)\s+(?:army|military|armed\s+forces)", "Lebanese Army"),
    # the army speaks for itself ("the Israeli military says", "34 the military says are dead"); a bare
    # "the army" only with "the" before it, as a story names other armies with their adjective
    (r"Israeli\s+(?:military|army)|Israel(?:'s|’s)\s+(?:military|army)|the\s+(?:military|army)(?!\s+(?:of|officials))",
     "Israeli military"),
    # the state as a speaker: "Israel says 98 hostages are still held"
    (r"Israel(?=\s+(?:says|said|estimates|estimated|believes|announced|confirmed)\b)", "Israeli officials"),
    # before Israel's courts: "the State reported that 614 detainees were being held" (its answer to a petition)
    (r"(?-i:[Tt]he\s+State)(?=\s+(?:further\s+|also\s+|later\s+)?(?:reported|said|told|responded|informed|stated|answered|replied|argued"
     r"|claimed|admitted)\b)",
     "Israeli officials"),
    # "according to military figures", "citing army data"; a headline's "Army says 2,350 Gaza detainees still held"
    (r"(?<=according\sto\s)(?:military|army)(?=\s+(?:figures|data|statistics|sources)\b)"
     r"|(?<=citing\s)(?:military|army)(?=\s+(?:figures|data|statistics|sources)\b)"
     # (not a headline about another army: "Army says 2 soldiers killed ... in south Lebanon")
     r"|(?<![^\n])(?-i:Army|Military)(?=\s+(?:says|said)\b)(?![^\n]*\b(?:Leban|Syria|Jordan|Egypt))", "Israeli military"),
    (r"Lebanese\s+(?:security\s+|government\s+|local\s+)?officials|Lebanese\s+(?:authorities|government)", "Lebanese officials"),
    (r"Gazan?\s+officials|officials\s+in\s+Gaza|Hamas[-‐](?:run|led|controlled)\s+(?:government|authorities|administration)"
     r"|Gaza(?:'s|’s)?\s+(?:authorities|government)(?!\s+media)", "Gaza officials"),
    # "according to local hospitals", "hospital officials said"; "Kamal Adwan Hospital's director" is that hospital's
    # (attribution.originator_spans names a hospital from the words before "Hospital")
    (r"(?:hospital|medical)(?:'s|’s)?\s+(?:officials?|staff|sources?|director|management|administration|spokes(?:man|woman|person))|(?:local|nearby|area)\s+hospitals"
     # ("A surgeon at the hospital said it had 412 beds")
     r"|(?:surgeons?|doctors?|physicians?|nurses?|officials?)\s+at\s+the\s+(?:hospital|medical\s+complex)\b",
     HOSPITAL_OFFICIALS),
    # "The director of Al-Shifa Medical Complex, Dr Mohammed Abu Salmiya, said"
    (r"(?:director|head|chief)(?:[-\s]general)?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?-i:Hospital|Medical\s+(?:Complex|Cent(?:er|re)))",
     NAMED_HOSPITAL),
    # a named hospital that reports ("Shifa Hospital said it received the bodies of 22 people", "Al-Aqsa Martyrs
    # Hospital in Deir al-Balah said", "according to Al-Awda Hospital,"): the row starts at the word "Hospital", as
    # every row starts at a word the document scan can skip to, and the name before it is taken in afterwards
    (r"(?:Hospital|(?-i:Medical\s+(?:Complex|Center|Centre)))(?=\s+(?:in\s+(?-i:[A-Z])[\w\s’'-]{0,25}?\s+)?"
     r"(?:said|says|reported|reports|told|announced|stated|added)\b|[ \t]*(?:[,;)\n]|[-–—|][ \t]|$))", NAMED_HOSPITAL),
    (r"(?:Lebanese|Lebanon(?:'s|’s))\s+civil\s+defen[cs]e(?:\s+(?:agency|service|spokesperson|spokesman))?", "Lebanese Civil Defence"),
    (r"(?:Palestinian\s+|Gaza(?:'s|’s)?\s+)?civil\s+(?:defen[cs]e|emergency)(?:\s+(?:agency|service|spokesperson|spokesman))?",
     "Palestinian Civil Defence"),
    (r"(?:local\s+|senior\s+|government\s+)?officials", "{place} officials"),
    # the UN itself, not one of its bodies ("the UN body said" carries the body named before)
    (r"(?:(?-i:UN|U\.N\.)|United\s+Nations)(?=(?:'s|’s)?\s+(?:figures?|count|data|tally|estimates?|said|says|reported"
     r"|reports)\b|,?\s*$|[,.]\s)", "UN"),
    # not "Hamas-run" or "Hamas-led": those name the ministry or the attackers
    (r"Hamas(?:'|’)?(?:s)?\s+(?:armed\s+wing|military\s+wing)|(?:Ezzedine\s+|Izz\s+ad-Din\s+)?al-Qassam\s+Brigades|Hamas(?![-‐])",
     "Hamas"),
    (r"Hezbollah(?![-‐])", "Hezbollah"),
    # the mandate is part of the name: the rapporteur on torture is not the one on the occupied territory
    (r"(?:UN\s+|United\s+Nations\s+)?Special\s+Rapporteur\s+on\s+torture(?:\s+and\s+other\s+cruel,?\s+inhuman\s+or\s+degrading"
     r"\s+treatment\s+or\s+punishment)?", "UN Special Rapporteur on torture"),
    (r"(?:UN\s+|United\s+Nations\s+)?Special\s+Rapporteur(?:\s+on\s+(?:the\s+)?[\w\s]{0,60}?(?=\s+(?:said|says|told|found|reported|noted)\b))?",
     "UN Special Rapporteur"),
    (r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?Secretary[-\s]General(?:\s+Ant[oó]nio\s+Guterres)?|(?-i:Guterres)", "UN Secretary-General"),
    (r"bystanders", "bystanders"),
    (r"(?:eye)?witnesses", "witnesses"),
    (r"(?:local\s+)?residents", "residents"),
    (r"(?:para)?medics", "medics"),
    # (not "rescuers from the Palestine Red Crescent Society": that body's)
    (r"(?:rescuers|rescue\s+workers)(?!\s+(?:from|of|with)\s+(?:the\s+)?(?-i:[A-Z]))", PLACE_RESCUERS),
]
PLACE_ADJECTIVES = {"Gaza Strip": "Gaza", "West Bank": "Palestinian", "East Jerusalem": "Palestinian",
                    "Lebanon": "Lebanese", "Israel": "Israeli"}

# Verbs and phrases that make a named body the source of a sentence's numbers.
_REPORTING_WORDS = (r"said|says|say|told|tells|according\s+to|reported|reports|reporting|announced|announces|stated|states"
                    r"|added|adds|recorded|documented|confirmed|estimated|estimates|figures?\s+(?:from|by|of)|data\s+(?:from|by|of)"
                    r"|statement|update|report|released|published|showed|shows|show|noted|indicated|detailed|details"
                    r"|counted|tallied|citing|cited|listed|registered|warned|puts|put|acknowledged|acknowledges"
                    r"|admits|admitted|logged|verified(?=\s+(?:more\s+than\s+|at\s+least\s+|some\s+|about\s+)?\d"
                    r"|\s+the\s+(?:killing|maiming|deaths?|injur\w+|recruitment|abduction|detention)\b)")
# The words regrouped by first letter (``fast_words``): this is tried at every character after a name.
REPORTING = rf"""\b(?:{fast_words(_REPORTING_WORDS)})\b|(?:'|’)s\s+(?:figures?|count|data|tally|estimates?|numbers?)\b"""

# Words before a body that make it the outlet carrying a figure, not its originator: "figures from
# the Israel Prison Service cited by HaMoked" come from the service.
CARRIER_BEFORE = r"""(?:cited|quoted|relayed|carried|obtained|reviewed|seen|compiled\s+and\s+published)\s+by\s+(?:the\s+)?(?:(?!by\b|from\b)[\w’'-]+\s+){0,3}?$
    |\b(?:provided|given|submitted|released)\s+to\s+(?:the\s+)?(?:(?!by\b|from\b)[\w’'-]+\s+){0,3}?$|\bvia\s+(?:the\s+)?$
    |\b(?:gave|gives|sent|sends|handed|hands|passed|passes|provides|supplied|supplies|delivered|delivers|disclosed)\s+
     (?:(?:every|each)\s+(?:month|week|quarter)\s+|monthly\s+|regularly\s+)?(?:to\s+)?(?:the\s+)?(?:(?!by\b|from\b)[\w’'-]+\s+){0,3}?$"""

# A sentence that says someone reported its figures without naming a known body: the source is
# looked for in the next sentences ("according to data published by rights groups").
UNNAMED_REPORT = r"""\baccording\s+to\s+(?:recent\s+|new\s+|the\s+latest\s+|official\s+)?(?:data|figures|statistics|a\s+statement
    |a\s+report|a\s+joint\s+statement)|\b(?:published|released|issued|compiled)\s+by\b"""

# Words that say a figure counts Israeli victims: a carried Palestinian or Lebanese source does not cover it.
# Words that say a figure is about Israel's side (its soldiers, the hostages, those it says it killed): the
# only figures a carried Israeli source covers.
ISRAELI_SIDE = r"""\b(?:Israelis?|soldiers?|troops|reservists?|hostages?|captives|militants|terrorists|combatants|gunmen|fighters
    |Hamas|Hezbollah)\b"""
OTHER_SIDE_VICTIMS = r"""\bHamas(?:'s|’s)?\s+(?:killed|kidnapped|abducted|took|attack|rampage|incursion|assault|massacre)
    |\b(?:Oct(?:ober|\.)?\s+7|7\s+October)(?:,?\s+2023)?\s+(?:Hamas\s+)?(?:attack|rampage|incursion|assault)
    |\bin\s+(?:southern\s+)?Israel\b(?![i-])|\bIsraelis\b|\bIsraeli\s+(?:civilians|soldiers|troops|reservists?|citizens|members?\s+of\s+(?:the\s+)?(?:security\s+)?forces)
    |\b(?:killed|injured|wounded|shot)\s+by\s+Palestinians\b
    |\bhostages?\b|\bcaptives\b|\bin\s+captivity\b"""

# A document that speaks for a body it names: "Addameer's activities", "B'Tselem's fieldworkers".
SELF_REFERENCE_AFTER = r"""(?:'|’|‘)s\s+(?:activities|work|lawyers|fieldworkers|field\s+researchers|researchers|staff|team|teams
    |database|data|statistics|figures|documentation|monitoring|records|own|mission|programmes?|programs?|legal\s+unit|unit)\b"""

# Sentences that break down the figure just before them: they share its period.
BREAKDOWN_CUES = r"""\b(?:detailed|broke\s+down|broken\s+down|breakdown|distributed\s+(?:as\s+follows|across|among)
    |across\s+(?:the\s+)?(?:various\s+)?(?:regions|governorates|areas|districts)|by\s+(?:region|governorate|district|area)
    |of\s+(?:these|them|those|whom)|among\s+(?:them|those|whom)|as\s+follows)\b"""

# Projections and estimates of what would happen or could be true.
PROJECTION = r"""\b(?:would|could|might|will)\s+(?:likely\s+|probably\s+|even\s+)?(?:be|have|die|reach|rise|exceed|climb|top|see|occur)\b
    |\b(?:predicted|projected|projections?|forecasts?|modell?ed|barring|without\s+a\s+ceasefire|in\s+the\s+event\s+of)\b"""
# ... of more deaths over a coming period (a period figure), not a projected total (a point).
PROJECTION_ADDED = r"""\b(?:additional|excess|would\s+die|would\s+(?:likely\s+)?have\s+died
    |there\s+would\s+be|over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming)|by\s+(?:the\s+end\s+of\s+)?(?:"""\
    + r"January|February|March|April|May|June|July|August|September|October|November|December|next|20\d\d)\b)"

# A count added to a running total ("Six martyrs ... have been added to the cumulative total"): not the total.
ADDED_TO_TOTAL = r"""\b(?:added|adding)\s+to\s+(?:the\s+)?(?:cumulative\s+|overall\s+|total\s+|official\s+)?(?:death\s+|casualty\s+)?
    (?:total|toll|count|tally|number|figures?)\b"""

# Events of one moment. Without another period cue, a figure these verbs state counts one incident,
# not a running toll ("have been killed"): "one other Palestinian was killed", "12 were wounded by Israeli
# fire", "fired ..., injuring two", "airstrikes that killed at least nine people". A bare "8,260 Palestinians
# were killed" in a ministry report is its running toll, so plural passives need the event named.
INCIDENT_PASSIVE_AFTER = r"""[^.;,\d]{0,40}?\b(?:was\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot(?:\s+dead)?|hurt)\b
    |(?:was|were)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot(?:\s+dead)?|hurt)\s+(?:by\s+(?:Israeli\s+)?(?:fire|gunfire|live\s+fire
    |a\s+strike|an\s+(?:air)?strike|shelling|a\s+drone|shrapnel|forces|troops|soldiers|settlers|police)|in\s+(?:an?|the)\s+(?:strike
    |airstrike|attack|raid|shooting|explosion|blast|bombing|onslaught|assault|incursion|rampage|massacre))
    |(?<!have\s)(?<!has\s)(?<!had\s)(?:died|lost\s+their\s+lives)\s+in\s+(?:an?|the)\s+(?:(?:Israeli\s+)?(?:air)?strike|attack
    |raid|shooting|explosion|blast|bombing|shelling)\b(?!s)
    |(?:was|were|had\s+been|have\s+been)\s+(?:taken|brought|carried|transferred|rushed|admitted)\s+to\s+(?:the\s+)?[\w\s'’-]{0,40}?(?:hospital|morgue|medical\s+(?:center|centre|complex))
    |(?:was|were)\s+(?:\w+ly\s+)?beaten\s+(?:\w+\s+){0,2}?(?:with|by)\s+(?:masked\s+|Israeli\s+|armed\s+)?(?:clubs|sticks|rods|batons
    |iron\s+bars|metal\s+bars|rifle\s+butts|stones|settlers)\b)"""
# A bare simple past, "4 people were wounded", "two soldiers were killed and three others were wounded":
# one event when the count is small (a ministry's "8,260 Palestinians were killed" is its running toll).
INCIDENT_BARE_PASSIVE_AFTER = r"""[^.;,\d]{0,40}?(?:(?<!\bbeen\s)\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot(?:\s+dead)?|hurt)\b
    |(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\bdied\b(?!\s+(?:of|from)\s+(?:\w+\s+)?(?:malnutrition|starvation|hunger|famine|disease|dehydration
    |cold|hypothermia|lack)|\s+in\s+(?:\w+\s+){0,2}?(?:attacks|strikes|airstrikes|raids|incidents|clashes)))  # many events, "died in attacks"
    (?!\s+(?:since|so\s+far|to\s+date|in\s+total|overall|(?:during|in|throughout)\s+(?:the\s+)?(?:war|conflict|offensive|hostilities)))"""
# "a mother and her five children", "his wife and three of their children": a family's children, counted after
# their parent ("her", "his", "their" right before the number, or "of their" after it)
FAMILYS_CHILDREN_AFTER = (r"\s+(?P<of>of\s+(?:her|his|their)\s+)?(?:(?:own|young|teenage|infant|small)\s+)?"
                          r"(?:children|sons|daughters|kids|grandchildren)\b")
FAMILY_OWNER_BEFORE = r"\b(?:her|his|their)\s+$"
# "... were killed and 120 wounded when missiles struck a school": a clause naming one blow dates the counts before it
INCIDENT_WHEN_AFTER = r"""[^.;]{0,120}?\b(?:when|as|after)\s+(?:an?\s+|the\s+|Israeli\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}?
    (?:missiles?|rockets?|shells?|strikes?|airstrikes?|air\s+strikes?|drones?|bombs?|warplanes?|jets?|troops|forces|soldiers|settlers|gunmen|a\s+car)
    \s+(?:\w+\s+)?(?:struck|hit|slammed|targeted|opened\s+fire|fired|stormed|raided|shelled|bombed|attacked|rammed|exploded)\b"""
# The same event past an aside: "Nine people, including four children, died in the attack" — only an event
# noun, not an agent: "eight people, including a child, were killed by settlers" may be a running count.
INCIDENT_AFTER_ASIDE = r"""[^.;,\d]{0,40}?,\s*(?:including|among\s+them|most\s+of\s+them)\b[^,.;]{0,40},\s*
    (?:(?:(?:was|were)\s+(?:\w+ly\s+)?(?:killed|injured|wounded)|(?:died|lost\s+their\s+lives))
    \s+in\s+(?:an?|the)\s+(?:(?:Israeli\s+)?(?:air)?strike|attack|raid|shooting|explosion|blast|bombing|shelling)\b(?!s)
    |(?:was|were)\s+(?:taken|brought|carried|transferred)\s+to\s+(?:the\s+)?[\w\s'’-]{0,40}?(?:hospital|morgue|medical\s+(?:center|centre|complex)))"""
INCIDENT_PARTICIPLE_BEFORE = rf"""\b(?:fired|opened\s+fire|struck|hit|shelled|bombed|stormed|raided|targeted|attacked)\b[^.;\d]{{0,80}}?
    \b(?:killing|injuring|wounding)\s+{ONE_MORE}{OPTIONAL_QUALIFIER}$"""
# "collapsed in heavy rain, killing four members of one family": the participle tells of one event too
INCIDENT_ACTIVE_BEFORE = rf"""\b(?:killed|injured|wounded|kills?|injures?|wounds|killing|injuring|wounding|shot\s+dead
    |received(?:\s+the\s+(?:bodies|remains)\s+of)?)\s+{ONE_MORE}{OPTIONAL_QUALIFIER}$"""
# the few injured a medic "treated" or "dealt with" (thousands treated over a war are a running count)
INCIDENT_TREATED_BEFORE = rf"""\b(?:treated|treating|dealt\s+with|dealing\s+with|took|taken|evacuated|transported
    |(?:gave|given|giving|provided|providing)\s+(?:first\s+aid|emergency\s+(?:care|treatment)|medical\s+(?:care|treatment|aid))
    (?:\s+(?:at|on)\s+the\s+(?:scene|spot))?\s+to)\s+(?:a\s+further\s+|another\s+)?{OPTIONAL_QUALIFIER}$"""
# ... unless a perfect tense or an ongoing campaign is the subject: "the war has killed", "the offensive killed".
NOT_ONE_EVENT_BEFORE = r"""\b(?:has|have|had)\s+(?:\w+\s+){0,2}$|\b(?:war|offensive|campaign|bombardment|famine
    |near-daily|daily\s+strikes|for\s+(?:months|weeks|years)
    |aggression|conflict|fighting|hostilities|genocide|assault\s+on\s+Gaza)\b[^.;]{0,60}$
    |\d[\d,.]*\s+(?:\w+\s+)?(?:attacks|incidents|strikes|airstrikes|raids)\b[^.;]{0,60}$"""  # "686 attacks ..., which killed 747"

# "The ministry said" is the ministry named last, even when another body spoke in between.
REFERS_TO_MINISTRY = r"\b(?:the|that|this)\s+ministry\b"

# Words that carry a source named earlier into this sentence: "The Ministry said ...".
# Matched as whole words; "the" once: ``re`` tries it once per word.
CARRY_SOURCE_CUES = r"""the\s+(?:ministry|statement|report|(?:UN\s+)?body|organi[sz]ation|agency|group|office
    |(?:society|club|commission|committee|syndicate|bulletin|service)(?=\s+(?:said|says|added|reported|stated|noted|stressed
    |announced|documented|recorded|counted)\b)
    |same\s+(?:sources?|groups?|organi[sz]ations?|bodies|agency|ministry))|it\s+(?:said|added|stated|reported|says)"""

# --- periods --------------------------------------------------------------------------

# (pattern, period kind, period_detail); first match in a sentence wins.
PERIOD_CUES: list[tuple[str, str, str | None]] = [
    # "14 martyrs were added to the cumulative statistics after their data were completed": records the ministry added
    # (late registrations), no new deaths and no running total (the probe labels' convention, every round)
    (r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+added\s+to\s+(?:the\s+|its\s+|their\s+)?(?:cumulative\s+|statistical\s+)?"
     r"(?:statistics|records?|toll|count|tally|database|registry)\b"
     # "37 martyrs whose files were completed by their families ... and approved by the judicial committee this week"
     r"|(?:whose|their)\s+(?:identification\s+)?(?:files|data)\s+(?:were|was|have\s+been|had\s+been)\s+(?:completed|approved)\b"
     r"|judicial\s+committee\s+(?:has\s+|had\s+)?(?:approved|completed|verified)\b", "period", "records_added"),
    # "in the past 48 hours", "over 72 hours", a heading's "Last 24 hrs"
    # ("in the 24-hour period", "over the same 48-hour period")
    (r"(?:(?:in|over|during|within)\s+(?:the\s+(?:(?:past|last|previous)\s+)?)?|\b(?:past|last|previous)\s+)(?P<hours>\d+)\s+h(?:ou)?rs\b"
     r"|(?:in|over|during|within|for)\s+(?:the|a)\s+(?:same\s+|previous\s+|past\s+|last\s+)?(?P<hours2>\d+)[-\s]hour\s+(?:period|window|span)\b",
     "period", "{hours}h"),
    (r"(?:in|over|during|within|of)\s+the\s+(?:past|last|previous|preceding)\s+(?:24\s+hours|day)|\bpast\s+24\s+hours", "period", "24h"),
    # ("over its 58 days": a truce's)
    (r"(?:in|over|during|within)\s+(?:(?:the|its|their)\s+(?:past\s+|last\s+|previous\s+|first\s+)?)?"
     r"(?P<days>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
     r"|nineteen|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirty|\d+)\s+days", "period", "{days}d"),
    # "- the deadliest single day since the war began": that day's toll
    (r"(?:deadliest|bloodiest|worst)\s+(?:single\s+)?day|(?:in|on|over|during)\s+(?:a\s+single|one)\s+day|\bthe\s+day(?:'s|’s)\s+(?:toll|casualties|deaths|dead|victims|figures|wounded|injured|killed)"
     # a bulletin's heading over the day's events: "Details of the day:", "Events of the day"
     r"|\b(?:details|events|highlights)\s+of\s+the\s+day\b(?!['’])", "period", "day"),
    (r"overnight|\b(?:on|during)\s+the\s+night\s+of\b", "period", "overnight"),
    # "handed over during the first phase of the truce", "freed in the sixth swap": one round of a deal is an event
    # (not "an exchange of fire", "the first phase of the war")
    (r"(?:during|in|under)\s+(?:the\s+|a\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:phase|stage|round)\s+of\s+(?:the\s+|a\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?:deal|truce|ceasefire|agreement|exchange|accord)\b"
     r"|(?:during|in)\s+(?:the\s+|a\s+|this\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest"
     r"|final|\d{1,2}(?:st|nd|rd|th))\s+(?:swap|exchange|handover)\b(?!\s+of\s+fire)"
     # "freed in exchange for three hostages": that exchange (a stated start wins: "... since 19 January")
     r"|in\s+exchange\s+for\b", "period", "exchange"),
    # "during the reporting period", "Killed (reporting period): 612", "over the two-week period", "over the same 48 hours"
    (r"(?:during|in|over|for)\s+the\s+reporting\s+(?:period|week|month)|\(reporting\s+period\)|over\s+the\s+(?:same\s+)?[\w-]+[-\s](?:week|day|month)\s+period"
     r"|over\s+the\s+same\s+(?:\d+|twenty-four)\s+hours"
     # "killed since the previous situation report": the stretch between two reports
     r"|since\s+the\s+(?:previous|last|preceding)\s+(?:situation\s+|flash\s+)?(?:report|update|sitrep|briefing)", "period", "reporting_period"),
    # "killed 35 people since dawn": a count of today (or of the days since a weekday), not the running total
    (r"since\s+(?:dawn|daybreak|midnight|(?:early\s+|this\s+)?morning|last\s+night)\b", "period", "since_dawn"),
    (r"since\s+(?:yesterday|(?:" + WEEKDAYS + r"))\b", "period", "recent"),
    (r"(?:over|during|at)\s+the\s+weekend", "period", "weekend"),
    (r"(?:in|over|during|of)\s+the\s+(?:past|last)\s+week|during\s+the\s+week\b|\bweek(?:'s|’s)\s+(?:toll|casualties|deaths|dead|victims|figures|martyrs)|this\s+week|last\s+week|the\s+previous\s+week|for\s+the\s+week"
     r"|(?:in|during)\s+the\s+(?:first|second|third|fourth|last|final)"
     r"\s+week\s+of", "period", "week"),
    # "in the two weeks", "the first three weeks of January": a stretch of weeks
    (r"(?:in|over|during|within)\s+the\s+(?:past\s+|last\s+|first\s+|previous\s+)?(?:two|three|four|five|six|\d)\s+weeks\b"
     r"|\bthe\s+(?:first|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days|weeks)\s+of\b", "period", "weeks"),
    # "in recent weeks", "over the past few days": a recent stretch, not the running total
    (r"(?:in|over|during)\s+(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+(?:days|weeks|months)", "period", "recent"),
    (r"(?:in|during)\s+(?:the\s+(?:first|second|third|fourth)\s+quarter)", "period", "quarter"),
    # ("documented up to Sunday, 1 February": the day a count runs to, no day's count)
    (r"\b(?:yesterday|(?<!issued\s)(?<!published\s)today"
     r"|(?<!up\sto\s)(?<!until\s)(?<!through\s)(?<!as\sof\s)(?<!till\s)(?:on\s+)?(?:" + WEEKDAYS + r")(?!['’]s)"
     r"|on\s+(?:\d{1,2}\s+(?:" + MONTHS + r")|(?:" + MONTHS + r")\s+\d{1,2}(?!\d)))\b", "period", "day"),
    (r"\b(?:an?|the)\s+(?:Israeli\s+)?(?:air\s?)?strikes?\b|\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:bombing|shelling|explosion|blast|ambush)\b"
     r"|\b(?:the|Hamas(?:'s|’s|'|’)?)\s+(?:Oct(?:ober|\.)?\s+7|7\s+October)(?:,?\s+2023)?\s+(?:attacks?|assaults?|massacres?|rampage|incursion)"
     # "in the Hamas-led attack of October 7, 2023", "the assault on 7 October", "the atrocious attacks by Hamas of 7 October
     # 2023": that day's toll, not a running one
     r"|\b(?:the|Hamas(?:'s|’s|'|’)?)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|onslaught|massacres?|rampage|incursion)\s+(?:by\s+Hamas\s+)?"
     r"(?:of|on)\s+(?:Oct(?:ober|\.)?\s+7|7\s+October)"
     r"|\bthe\s+Hamas-led\s+(?:attacks?|assault|incursion)"
     # "The war began when Hamas-led gunmen attacked southern Israel, killing about 1,200 people"
     r"|\bHamas(?:-led)?\s+(?:gunmen|militants|fighters)\s+(?:attacked|stormed)\s+(?:southern\s+)?Israel\b"
     r"|\ban?\s+(?:attack|raid)\s+(?:on|in)\b|\b(?:strike|raid)\s+on\b"
     # a headline's "Two killed in drone strike in south Lebanon", "90 fighters killed in al-Shifa operation"
     r"|\bin\s+(?:Israeli\s+)?(?:drone|air|missile|artillery)[\s-]?strike\b(?!s)"
     r"|\bin\s+(?:al-|el-)?(?-i:[A-Z])[\w'’-]*\s+(?:raid|operation)\b"
     r"|\b(?:storming|incursion)\s+(?:of|on|into)\b"
     r"|\b(?:in|during)\s+(?:that|this|the\s+same)\s+(?:incident|attack|strike|raid|shooting|bombing)\b", "period", "incident"),
    # before the cumulative row: "this year" is this year's count; "since the start of the year", "so far this year" and
    # "year to date" count from its first day, a running count as "since 18 March" is (the cumulative row; the corpus
    # labels "so far this year" so six times in seven, but "so far in 2025" as the year's count)
    (r"(?<!so\sfar\s)(?<!start\sof\s)(?<!beginning\sof\s)this\s+year(?![-\s]to[-\s]date)|so\s+far\s+in\s+20[12]\d",
     "period", "year_to_date"),
    (r"(?:last|this|(?:in|during|over)\s+the\s+(?:past|previous))\s+month\b", "period", "month"),
    # "in the first ten months of 2024", "over the past three months"
    (r"(?:in|during|over|within)\s+the\s+(?:first|last|past|previous|same)\s+(?:[\w-]+\s+)?months", "period", "months"),
    # "during the eight months covered by this summary": the report's own stretch
    (r"(?:in|during|over|within)\s+the\s+(?:[\w-]+\s+)?(?:months|weeks)\s+(?:covered\s+by|under\s+review|of\s+(?:the|this)\s+"
     r"(?:report|summary|reporting\s+period))", "period", "months"),
    (r"(?:in|during|over|within)\s+the\s+(?:past\s+|last\s+|same\s+|previous\s+)?fortnight", "period", "fortnight"),
    # "in January", "for the month of October"
    # ("December alone saw 14 Palestinians killed", "In the whole of 2022", "over the year" in a year's report)
    (r"\b(?:(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?|for\s+the\s+month\s+of\s+)(?:" + MONTHS + r")(?:\s+\d{4})?\b"
     r"|\b(?:in|during|throughout|over)\s+(?:the\s+(?:whole|entire|course)\s+of\s+)?(?:20[12]\d)(?:\s+alone)?\b"
     # (not "On 4 March alone", "the first ten days of August alone": a day's, a stretch's)
     r"|(?<!\d\s)(?<!of\s)\b(?:" + MONTHS + r")(?:\s+20[12]\d)?\s+alone\b"
     # (not "rose over the year to 45,500", "the year-long offensive")
     r"|(?<!rose\s)(?<!risen\s)(?<!climbed\s)(?<!grew\s)\b(?:over|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?year\b"
     r"(?![-\s](?:long|since|before|after|to\b))",
     "period", "month_or_year"),
    # ("Citizens arrested by the occupation during the war: 6,910": all the war's)
    (r"(?:since|(?:between|from)\s+the\s+(?=\w+\s+of\s+the\s+(?:war|conflict|hostilities|escalation|aggression|offensive)))\s*(?:the\s+)?(?:start|beginning|outbreak|onset)\b|since\s+(?:the\s+)?(?:war|conflict|hostilities|aggression)"
     # (not "Gaza residents who had been detained during the war": how those counted were taken, not the count's span)
     r"|(?<!detained\s)(?<!arrested\s)(?<!seized\s)(?<!taken\s)(?<!held\s)(?:during|throughout)\s+the\s+(?:war|aggression|genocide)"
     r"(?=\s*(?::|,|\.|;|$|\s+(?:on|in|against)\s+Gaza\b))"
     r"|since\s+(?:\d{1,2}\s+)?(?:" + MONTHS + r")|since\s+(?:19|20)\d\d\b|since\s+the\s+(?:ceasefire|attack|invasion|escalation)|since\s+Oct\.?\s+\d|cumulative|in\s+total"
     # "since Israel resumed its offensive on March 18": a running count from that restart
     r"|since\s+(?:[\w’'-]+\s+){1,4}?(?:resumed|began|launched|started|broke|collapsed|ended|took\s+effect|opened|reopened"
     r"|(?:came|entered|went)\s+into\s+(?:effect|force))\b|since\s+the\s+(?:cessation\s+of\s+hostilities|truce|armistice)"
     # "Since the resumption of the aggression on 18 March 2025"
     r"|since\s+the\s+(?:resumption|renewal|restart)\s+of\s+(?:the\s+)?(?:aggression|war|offensive|hostilities|fighting|attacks|strikes)"
     # "from 2 March 2026 until today": a running count from that day
     r"|from\s+(?:\d{1,2}\s+(?:" + MONTHS + r")|(?:" + MONTHS + r")\s+\d{1,2})(?:,?\s+\d{4})?\s+(?:until|till|up\s+to)\s+(?:today|now|the\s+present)\b"
     r"|total\s+(?:number|death\s+toll)|overall|so\s+far|year[-\s]to[-\s]date|to\s+date|death\s+toll|toll"
     # "..., bringing the number of soldiers killed in the ground offensive to 391": the running total
     # "bringing to 295 the number of UN personnel killed": the running total, its number before its noun
     r"|(?:bringing|raising|taking|pushing)\s+to(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?\d[\d,]*\s+the\s+"
     r"(?:total\s+)?(?:number|toll|count|tally)(?![^.;,]{0,80}?\b(?:this|last|past|previous)\s+(?:week|month|day|24\s+hours|48\s+hours)))"
     r"|(?:bringing|raising|taking|pushing)\s+(?:the|its)\s+(?:[\w-]+\s+){0,12}?(?:to|at)(?=\s+(?:at\s+least\s+|more\s+than\s+"
     r"|over\s+|about\s+|some\s+|nearly\s+)?\d)"
     # "This raises the total to 227 deaths", "which brings the toll to 64": the running total the sentence before adds to
     # (not "killed 9, which brought the toll to 23": the 9 is that strike's)
     r"|(?<![,;]\s)(?:this|that)\s+(?:raises|brings|takes|pushes|raised|brought|took|pushed)\s+the\s+(?:total|toll|tally|count)\s+"
     r"(?:number\s+)?to(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?\d)", "cumulative", None),
]

# --- detention conditions (ConditionReport) ---------------------------------------------
CONDITIONS: list[tuple[str, str]] = [
    (r"sexual\s+(?:assault|violence|abuse|harassment)|rape[sd]?|raping|sexually\s+(?:abused|assaulted)", "sexual_violence"),
    (r"tortur(?:e|ed|ing)", "torture"),
    (r"abuse[sd]?|ill-?treatment|mistreat(?:ment|ed)|physical\s+violence|beat(?:en|ings?|s)?\b|(?:set|unleashed)\s+dogs"
     r"|attacked\s+by\s+dogs|stress\s+positions?|shackled|kicked", "abuse"),
    (r"humiliat(?:ion|ed|ing)|degrading\s+treatment", "humiliation"),
    # "cells designed for 6 prisoners now hold 14"
    (r"overcrowd(?:ing|ed)|(?:designed|built|intended|meant)\s+(?:for|to\s+hold)\s+[^.;]{0,40}?\b(?:now\s+)?(?:hold|holds|held|house"
     r"|houses|housed)\b|crammed|packed\s+(?:into|in)", "overcrowding"),
    (r"denied\s+(?:access\s+to\s+)?(?:medical|health)\s+(?:care|treatment)|medical\s+neglect|denial\s+of\s+(?:access\s+to\s+)?medical"
     r"|medical\s+crimes"
     r"|deprived\s+of\s+(?:medical|treatment)", "denial_of_medical_care"),
    (r"starv(?:ation|ed|ing)|deprived\s+of\s+food", "starvation"),
    (r"incommunicado|enforced\s+disappearance", "incommunicado"),
]
DETENTION_CONTEXT = r"detain|prison|detention|custody|jail|incarcerat|interrogat|captiv|inmate|testimonies"


def compile_table(table: list[tuple]) -> list[tuple]:
    """Compile the pattern (first item) of each row; the other items are kept as they are."""
    flags = re.IGNORECASE | re.VERBOSE
    return [(re.compile(r"(?<![\w-])(?:" + row[0] + r")(?![\w])", flags), *row[1:]) for row in table]


def compile_alternation(table: list[tuple], only: list[int] | None = None,
                        letters: frozenset[str] | None = None) -> re.Pattern[str]:
    r"""A whole table as ONE ordered alternation: a single scan, and at each position the first row wins.

    ``match.lastgroup`` is ``"r<index>"`` of the row that matched (``row_of``). Every row starts
    with a word character, so the guard ``(?=\w)`` lets the scan skip the inside of words cheaply.
    ``only``: the indices of the rows to keep (the others left out, the names unchanged).
    ``letters``: the pattern is tried only where one of these (lowercase ASCII) letters starts, in either
    case; each row keeps only its branches that may start with one of them.
    """
    indices = range(len(table)) if only is None else only
    rows = "|".join(f"(?P<r{index}>{table[index][0] if letters is None else _branches_for(table[index][0], letters)})"
                    for index in indices)
    return re.compile(r"(?<![\w-])(?=\w)(?:" + rows + r")(?![\w])", re.IGNORECASE | re.VERBOSE)


def _branches_for(row: str, letters: frozenset[str]) -> str:
    """The top-level branches of ``row`` that may start with one of ``letters`` (or whose first letters are unknown),
    in their order. ``re`` enters every branch of an IGNORECASE alternation at each place it is tried; a branch
    that cannot start with the letter there cannot match there, so leaving it out finds the same match."""
    return "|".join(branch for branch in top_level_alternatives(row)
                    if (firsts := prefixes(branch, depth=1)) is None or not firsts.isdisjoint(letters))


def prefiltered_alternation(table: list[tuple]) -> PrefilteredPattern:
    """``compile_alternation(table)`` tried only where a row's prefix starts a word, with the rows
    its first letter admits (see ``prefilter``), and of those rows only the branches that letter admits."""
    return PrefilteredPattern(compile_alternation(table), word_start=True, by_first_letter=RowsByFirstLetter(
        [row[0] for row in table], lambda only, letter: compile_alternation(table, only, frozenset({letter}))))


def row_of(match: re.Match[str]) -> int:
    """The table row an alternation from ``compile_alternation`` matched."""
    return int(match.lastgroup[1:])


def alternation(pattern: str) -> re.Pattern[str]:
    """A word list as one compiled, bounded alternation.

    Its words are regrouped by first letter (``fast_words``) when each opens with a plain letter: at a word start
    ``re`` then enters only the words of that letter, where it entered every word of the list (the same matches).
    """
    words = "|".join(word.strip() for word in top_level_alternatives(pattern))  # (VERBOSE: the spaces around a word are none of it)
    try:
        words = fast_words(words)
    except ValueError:  # a word opening otherwise: the list as written
        words = pattern
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w])", re.IGNORECASE | re.VERBOSE)
