"""The prose extractor: clean text in, figures and detention condition reports out.

Each rule table is scanned ONCE over the whole document (the number mask, originators,
places) and every unit (sentence, headline or bullet line) takes its slice, so the cost stays
close to linear in the text. The walk then links each number to a metric (``linking``) and
fills in what the surrounding text says: who reported it (``attribution``; carried across
sentences and quotations by ``carry``), the period (``periods``, also from a section header
like "in the past 24 hours:"), the place (``places``) and the date it applies to.

>>> figures, _ = extract_figures("More Than 29,000 Palestinians Killed In Israel-Hamas War, Says Gaza Health Ministry")
>>> f = figures[0]
>>> (f.metric, f.value, f.qualifier, f.population, f.attributed_to, f.period)
('killed', 29000.0, 'at_least', 'palestinians', 'Gaza Ministry of Health', 'cumulative')
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from parsers import attribution, casualties, detention, grids, hospitals, linking, places
from parsers.attribution import (BARE_HEALTH_MINISTRY, originator_in, originator_spans, originators_in, resolve,
                                 speaks_for)
from parsers.carry import UnitSources, covers, forward_source, is_israeli_source, plan_sources, share_restated_sources
from parsers.dates import (WAR_START, as_of_for, as_of_in, date_range_in, earlier_as_of, forget_sentences, page_date,
                           parse_date, period_in, periods_in, years_before)
from parsers.linking import FROM_A_PLACE_OF_THEM, Cue, Link, cues_in, implied_cue_starts, legal_status_in, link_sentence
from parsers.models import ConditionReport, Figure
from parsers.numbers import NUMBER_WORDS, WRITTEN_COUNT, NumberMention, find_numbers, may_hold_numbers, searchable
from parsers.periods import PART_OF_THOSE, Period, figure_period
from parsers.prefilter import GatedPattern, scan_words, starts_together, word_start_guarded
from parsers.places import place_of, places_in, single_places
from parsers.qualifiers import qualifier_of
from parsers.sentences import Unit, split_units
from parsers.vocabulary import (CONDITIONS, COUNT_WORDS, DETENTION_CONTEXT, HOSPITAL_OFFICIALS, LOCATIONS, MONTHS, OPTIONAL_QUALIFIER,
                                OWN_STAFF, PRISONERS_BODIES, PRISONERS_ORGANISATIONS, REFERS_TO_MINISTRY, REPORTING,
                                STAFF_GROUP_OF_SOURCE, compile_table)

PARSER = "text"
# 0.2: the rules of the 2026-11-26 sessions (periods, parts, footnotes, table rows in pages...); 0.3: the rules
# from the probe reports (text tables, one person named by an article, planned releases, clause-level periods
# and speakers...); 0.4: the fourth probe round's (deaths in custody named after the count, a pair's whole past
# an aside, bulletin headings, bodies named again by their head noun, "Commission for Prisoners' Affairs" as the
# corpus names it); 0.5: the sixth and seventh rounds' (counted abuse reports, malnutrition_deaths and the
# aid_seekers group, "it had risen to", headings without a colon, hospitals by state in tables, Arabic hospital
# lines); 0.6: the eighth and ninth rounds' ("since the start of the year" as a running count from that day, a
# round of a deal as an event, headings with dates naming their lines' group and source, numbered footnotes, samples
# of those visited, year columns, lists of places, "a hundred and forty"); 0.7: the tenth to thirteenth rounds' (named
# hospitals as sources, legal statuses as groups, hospital key figures, intensive care, accounts of abuse in reports
# about the held, lists of places in prose, bracketed counts, Arabic months and weeks); 0.8: the fifteenth to eighteenth
# rounds' (earlier values compared with, dated by the words after them; "by the end of <month>" as its last day; tables
# with a column per date; bracketed footnote marks; breakdown lists' periods; news releases' bodies; findings lists of
# abuse reports); 0.9: the nineteenth to twenty-first rounds' (no hospital fully working as a zero, hostages rescued
# apart from released, the living and dead of hostages counted a few sentences after them, withheld bodies however
# the sentence goes on, key-figure cards with dated labels, tables by governorate under a hospital caption, columns
# for the year so far, a publisher's byline, places in brackets, samples "we interviewed"); 0.10: the twenty-second
# round's and the Arabic prose bulletins' (paragraphs with no header that count parts of the one before, duals,
# health workers named between the cue and the count, a line's label naming its group, detainees and hospital lines in
# Arabic; a run of capitalised words as one word of the window; another hospital's occupancy in the same sentence;
# rounds 23 to 25's field hospitals as a group of their own, those serving life as a legal status, rows split by who
# did it, accounts of abuse as counts of their sample's period, tables headed by days in digits or by a month and the
# months so far, heading rows inside tables); 0.11: rounds 26 and 27's (subjects past an aside or a relative clause,
# a body's own staff counted bare, openings naming their own whole, those held "in its custody" or "currently held",
# hospitals in a state counted by place, the second of an active pair leaving its noun out, Lebanon's ministry's
# Arabic statements and one strike's lines in Arabic); 0.12: sources from the page itself (OCHA's product titles as its
# voice, a note's default source "unless otherwise indicated", a marked key-figures box's note, incidents told in the
# page's own words, no health ministry's aid workers, PCATI by its name); 0.13: rounds 33 to 65's rules, 300 commits in
# which 0.12 was not raised (single people by noun, age or kin, parts and splits by agent or place, groups carried to
# "others", hospitals named first or in words, patients still treated, releases and legal statuses in their own words,
# accounts listed with their verb left out, Arabic counts with no header above them, dates read off a page's heading):
# a reparse re-reads every document the earlier rules read; 0.14: rounds 66 to 69's rules (a sample's group for its
# accounts, aid seekers as settled, the still held among the taken, releases with no word for prisoners, "seized" as
# arrests, a statistics page's figures as the body asked for them, one person past an age in decades, hit by fire as hurt,
# hospitals working only in part in other words, Arabic events told with their verb and deaths in prisons); 0.15: rounds
# 70 to 73's rules (what an Arabic hospital statement says it took in and holds, the hurt still in hospital past the words
# of their hurt, a hospital's spokeswoman as its voice, a side's war as no place, one person named by a post among a
# count, more of those the sentence before counted, "were detained" told as an event, the parts of those freed in the
# sentence after, Lebanese nationals held as foreign nationals, aid seekers in other words, a weekday before a count;
# then rounds 74 to 76's: those let go, patients moved or leaving as no ward's load, hunger that killed, an agency's team
# members, people held in Gaza as hostages, and Arabic tolls "سقوط", the wounds of some, two in words); 0.16: rounds 77
# to 84's rules (one of them named by an age, a post or a trade, the worst hurt of a group, a bulletin's details of the
# day, a hospital's director speaking for it, the Red Crescent's, an army's and a hospital's own people, the elderly by
# an age, the regime a verb names after a count, what befell some of the held, the hurt still in a hospital's care,
# hostages no longer alive, one person who was killed; and in Arabic: thousands in a word, accusative and dual forms,
# one person named by a noun, an ordinal or a post, a hospital's own statement and the bodies a sentence cites); 0.17:
# rounds 86 to 91's rules (a list of parts past a sentence that says more of its whole, a heading over bulleted counts of
# people, the hurt an attack sent to hospital, a family listed with its spouse, a running total of a rank or trade, tables
# whose caption names a regime or a legal status, deaths in custody and releases in other words, a hospital's management,
# a bare ministry about Israel, hospitals in service or no longer admitting); 0.18: rounds 92 to 99's (a service done to
# some of the held, those named in what the counted said, a body's staff it has lost, the hurt a rescue service treated or
# took to hospital, prisoners by their age who died in custody, a table of the held split by when they were arrested,
# bodies dug up, deaths linked to malnutrition, patients waiting to leave past an aside, hospitals with reduced services
# or still receiving patients, a child beside her parent by an age, ranks, farmers and shepherds, one who lost his life
# or is named by an ordinal, the beaten, the re-arrested, hunger strikers, deaths in its custody, soldiers and civilians,
# the casualties a rescue service treated, a hospital's update of the hurt by their state, a hospital's own wards)
VERSION = "0.18.0"
_PLACE_ORDER = {place: order for order, (_, place) in enumerate(LOCATIONS)}
# "Two colleagues were killed ..., UNRWA said", "NRC has lost four colleagues": a body's word for its own people
# (and "UNRWA said 80 staff members had been detained": its staff, named bare right before what befell them)
# ("UNRWA has now lost 258 members of its team", "161 team members")
_COLLEAGUES_AFTER = re.compile(r"\s+(?:(?:more|other)\s+)?(?:colleagues\b|team\s+members\b|members\s+of\s+(?:its|their)\s+(?:own\s+)?(?:team|staff)\b"
                               r"|staff(?:\s+members)?(?=\s+(?:were|was|have|had|are|remain)\b|\s*[,.;]))", re.IGNORECASE)
# "the Society has lost 19 staff and volunteers", "has now lost 56 staff members since the war began": a body's staff
# lost are its own
_LOST_BEFORE = re.compile(rf"\b(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?lost\s+{OPTIONAL_QUALIFIER}$", re.IGNORECASE)
_STAFF_LOST_AFTER = re.compile(r"\s+(?:of\s+(?:its|their)\s+(?:own\s+)?)?(?:staff(?:\s+members)?|colleagues|employees|personnel"
                               r"|volunteers|(?:crew|team)\s+members|members\s+of\s+(?:its|their|our)\s+(?:own\s+)?staff)\b",
                               re.IGNORECASE)
# "six of our crew members were killed": the staff of the body whose statement this is (its letterhead)
# ("23 of them members of our staff")
_OUR_STAFF_AFTER = re.compile(r"\s+(?:(?:more|other)\s+)?(?:of\s+them\s+)?(?:members\s+)?of\s+our\s+(?:own\s+)?(?:staff(?:\s+members)?|colleagues|team\s+members"
                              r"|crew\s+members|members|crews|personnel|paramedics|rescuers)\b", re.IGNORECASE)
# "- Members killed on duty: 141" in a body's own statement: its staff, as "of our members" would say
_OWN_STAFF_LABEL = re.compile(r"^\s*(?:[-•*▪]\s*)?(?:our\s+)?(?:members|staff(?:\s+members)?|personnel|crew\s+members|colleagues)\b"
                              r"(?!\s+of\b)[^:\d]{0,40}:\s*$", re.IGNORECASE)  # not "Members of armed groups killed: 3"
_CONDITIONS = [(GatedPattern(pattern), condition) for pattern, condition in compile_table(CONDITIONS)]
# asked of every unit: the words in a form ``re`` scans in C (``scan_words``), cheaper than finding them in the
# whole document first and asking each unit whether one lies inside it
_DETENTION = re.compile(scan_words(DETENTION_CONTEXT), re.IGNORECASE)
# the Israel Prison Service by its initials (case kept: not "ships", "tips"), and the guards of a prison (not a country's
# "Revolutionary Guards", nor "security guards")
_HELD_SIGNS = re.compile(r"\bIPS\b|(?<!Revolutionary\s)(?<!Republican\s)(?<![Ss]ecurity\s)(?<![Bb]order\s)(?<!National\s)\bguards\b")
_OPENS_WITH_PART = re.compile(r"^\W*(?:according\s+to\s+[^,.;\d]{1,60},\s*)?"
                              r"(?:among\s+(?:them|whom|those|these)|including|of\s+(?:them|whom|those|which|these"
                              r"|the\s+(?:weekly\s+|daily\s+|monthly\s+)?total|this\s+(?:total|number|figure))\b"
                              # "This figure includes around 1,820 children", "the total includes 318 minors", "They
                              # included 71 children and 14 women" after the month's arrests
                              r"|(?:it|they|these|this\s+total)\s+(?:also\s+)?includ(?:es|ed|e)\b"
                              # "The detainees included 61 children and 17 women", after the month's arrests
                              r"|the\s+(?:detainees|detained|arrested|arrestees|dead|victims|wounded|injured|casualties)\s+(?:also\s+)?"
                              r"includ(?:ed|e|es)\b"
                              r"|(?:this|the)\s+(?:total|figure|number)\s+(?:also\s+)?includes?"
                              r"(?=\s+(?:[^\W\d]+\s+){0,3}?\d)"
                              r"|among\s+the\s+(?:martyrs|dead|killed|victims|injured|wounded|casualties|detainees|prisoners))\b",
                              re.IGNORECASE)
# a part of the count just before, by its own number ("Twenty-two of them remain in detention")
# ("At least 223 of them were children")
_SOME_OF_THEM = re.compile(rf"^\W*(?:as\s+of\s+[^,.;]{{1,30}},\s*)?{OPTIONAL_QUALIFIER}(?:{WRITTEN_COUNT})\s+of\s+(?:them|those|these)\b",
                           re.IGNORECASE)
# "Another 180 have been injured", "It says 310 more remain in Israeli custody": more of those the sentence before counted,
# with no noun of their own (the verb right after the count)
_MORE_OF_THEM = re.compile(rf"\b(?:(?:another|a\s+further)\s+(?P<count>{WRITTEN_COUNT})|(?P<count2>{WRITTEN_COUNT})\s+more)\s+"
                           r"(?=(?:have|has|had|were|was|are|is|remain|remained|remains|still)\b)", re.IGNORECASE)
# who "another N" may be more of: people by age, sex, trade or side (not a legal status: "1,200 are serving sentences.
# Another 1,374 are held as unlawful combatants"; nor hospitals counted after the staff of some)
_MORE_OF_WHOM = {"children", "women", "men", "elderly", "journalists", "health_workers", "aid_workers", "aid_seekers",
                 "civil_defence", "women_and_children", "soldiers", "police", "fighters", "civilians", "foreign_nationals"}
_WHAT_BEFELL_THEM_LATER = re.compile(r"\b(?:later|since|subsequently|afterwards)\b", re.IGNORECASE)
_ARE_AMONG_THEM_CLOSING = re.compile(rf"^\W*(?:[^\d.;]{{0,60}}?\s)?{OPTIONAL_QUALIFIER}(?:{WRITTEN_COUNT})\s+(?:[\w-]+\s+){{1,2}}?"
                                     r"(?:are|were)\s+(?:also\s+)?among\s+them\s*[.;]?\s*$", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\bsame\s+period\b", re.IGNORECASE)
_SAME_STRETCH = re.compile(r"\b(?:during|in|over|throughout|within)\s+the\s+same\s+(?:week|fortnight|month|reporting\s+period"
                           r"|(?:\d+|two|three|four|five|six|seven)[-\s](?:day|week)\s+period)\b", re.IGNORECASE)
_NO_STRETCH = {"incident", "day", "overnight", "recent", None}
# ("It said 61 of them were released by the evening")
_SAID_SOME_OF_THEM = re.compile(rf"^\W*(?:[\w'’-]+\s+){{1,4}}?(?:said|says|added)\s+(?:that\s+)?{OPTIONAL_QUALIFIER}(?:{WRITTEN_COUNT})\s+of\s+"
                                r"(?:them|those)\b",
                                re.IGNORECASE)
_RELEASED_OF_THEM = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:later\s+|subsequently\s+|since\s+)?(?:released|freed)\b",
                               re.IGNORECASE)
# a line of a place's name only, a heading ("Gaza Strip", "West Bank, including east Jerusalem", "2. West Bank:")
_PLACE_HEADING = re.compile(r"[\W\d_]{0,6}(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
                            r"(?:\s*(?:,|\(|[-–—])\s*(?:including|incl\.|and)\s+[\w\s'’-]{1,30}\)?)?\s*:?\s*", re.IGNORECASE)
_STILL_CAPTIVE = re.compile(r"\b(?:still\s+(?:held|in\s+Gaza|captive)|remain(?:s|ed)?\s+(?:in\s+Gaza|in\s+captivity|captive)"
                            r"|in\s+captivity)\b", re.IGNORECASE)
_THE_SAME_PERIOD = re.compile(r"\b(?:during|in|over|throughout|within)\s+the\s+same\s+period\b", re.IGNORECASE)
_SAME_SPAN_REACH = 12  # units from a running total's span to a paragraph naming "the same period"
_HELD_WHOLES = frozenset({"detainees", "administrative_detainees", "unlawful_combatants_detainees"})
_A_GROUP_OF_THEM = re.compile(r"\s+(?:were|are|was|is)\s+(?:also\s+)?(?:children|minors|women|girls|boys|journalists|paramedics"
                              r"|doctors|nurses|health\s+workers|aid\s+workers|under\s+(?:the\s+age\s+of\s+)?18|children\s+under)\b",
                              re.IGNORECASE)
# "Among those held without charge are ...", "Of those killed, ...": an opening that names the whole it takes a part of
# ("Of the total martyrs, ...", "The wounded included 12 children" after the dead and the wounded: its own whole)
# ("Among the injured were 11 children" after "9 martyrs and 63 injured": of the injured, not of the last head)
_THOSE_NAMED = re.compile(r"\W*(?:(?:among|of)\s+(?:those|these|the\s+total|the(?=\s+(?:martyrs|dead|killed|victims|injured|wounded"
                          r"|casualties)\b))\s+(?=[^\W\d])|the\s+(?=[^\W\d]+\s+(?:also\s+)?includ))",
                          re.IGNORECASE)
_THOSE_NAMED_REACH = 40
_KILLED_AFTER = re.compile(r"\s+(?:people\s+|Palestinians\s+)?killed\b", re.IGNORECASE)  # ("... to 61,900 killed": a toll)
_TOTAL_RAISED_OPENING = re.compile(r"^\W*(?:this|which|that|it)\s+(?:raises|brings|takes|pushes|raised|brought|took|pushed)\s+the\s+"
                                   r"(?:total|toll|tally|count)\s+(?:number\s+)?to\b", re.IGNORECASE)
_KINDS_OF_DEATH = {"malnutrition_deaths", "deaths_in_custody", "hostages_dead"}
_KILLING = re.compile(r"kill", re.IGNORECASE)  # ("Of those killed near aid sites" after deaths from hunger: a killing)
# ("According to the Prisoners' Society, the detainees include about 350 children" after a count held in administrative
# detention: all the held)
_AMONG_THE_HELD = re.compile(r"\W*(?:according\s+to\s+[^,.;\d]{1,60},\s*)?(?:(?:among|of)\s+(?:(?:the|all\s+the)\s+(?:prisoners|inmates)"
                             r"|(?:all\s+)?those\s+held)|the\s+(?:prisoners|inmates|detainees)\s+(?:also\s+)?includ(?:e|es|ed)\b)\b",
                             re.IGNORECASE)
# "The two were killed on October 7", "The 15 were killed as they slept": the people of a count, spoken of again
_THE_N_AGAIN = re.compile(rf"\W*The\s+(?P<n>{WRITTEN_COUNT}),?\s+"
                          r"(?:were|was|are|had|have|died|remain|remained)\b", re.IGNORECASE)
# the living among the hostages counted just before, the sentence naming no hostages itself
_ALIVE_WITHOUT_HOSTAGES = re.compile(r"^(?![^.]*\b(?:hostage|captiv|abduct|rubble|pulled|rescued|found|Palestinian|detainee|prisoner"
                                     rf"|custody))[^.]*?(?:\d|\b(?:{NUMBER_WORDS})\b)(?:(?:\s+(?![\d,])[^\s\d]+){{1,5}}?\s+alive\b"
                                     # "At least 35 of them are believed dead"
                                     r"|\s+of\s+(?:them|those)\s+(?:are|were|is)\s+(?:now\s+)?(?:believed|thought|presumed|confirmed|known)"
                                     r"\s+(?:to\s+be\s+)?dead\b)",
                                     re.IGNORECASE)
_LIST_LINE = 80  # a numbered item after a longer sentence than this is a numbered paragraph, not a list's line
_LIST_MARKER = re.compile(r"\s*\(?\d{1,2}[.)]\s*")  # "1." split off a numbered list's item: no count, no break in the text
_DIGIT = re.compile(r"\d")
_ABUSED_AS_SPEAKERS = {"witnesses"}
_EYEWITNESSES = {"witnesses", "bystanders", "residents"}  # people who saw it: their account of one scene, not a body's count
_BY_THE = re.compile(r"\bby\s+(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_ACCUSED = {"Israel Prison Service", "Israeli military"}  # the abuse reported is of them: they count no such reports  # speakers who are the people a count of abuse reports counts
_SUBCATEGORY_OF = {"administrative_detainees": "detainees", "unlawful_combatants_detainees": "detainees"}
_BULLETS = {"-", "•", "*", "▪", "–", "·", "◦"}  # a bullet before a line's text: the line is still whole
# A sentence that goes on about the figure before it: it is dated as that figure unless it states a date.
_CONTINUES = re.compile(r"^\W*(?:(?:this|that|the)\s+(?:number|figure|total|toll|count)\s+(?:also\s+)?(?:includes|included"
                        r"|comprises|covers)|(?:these|they|those)\s+(?:include[sd]?|comprised?)|among\s+(?:them|whom|those|these)|including|of\s+(?:them|whom|those|these|the\s+total|this\s+(?:total|number|figure)))\b",
                        re.IGNORECASE)
_GAZA_MINISTRY, _ISRAELI_MINISTRY = "Gaza Ministry of Health", "Israeli Ministry of Health"
_COUNTRY = {"Gaza Strip": "Palestine", "West Bank": "Palestine", "East Jerusalem": "Palestine"}
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:,|[-–—]|\()")  # after a place opening a unit: "GAZA, Dec 5 (Reuters) -"
# A footnote: a line opening with its mark ("* According to ...", "** Source: ...", "† Figures from ...")
# ("** compiled by OCHA from reports of UN agencies and NGOs")
_FOOTNOTE = re.compile(r"^[^\S\n]*(?P<mark>\*{1,3}|†{1,2}|‡|\[\d{1,2}\])[^\S\n]*(?P<note>(?:according\s+to|sources?\s*:|(?:compiled|collected|verified)\s+by|(?:(?:casualty\s+)?figures?|data)"
                       r"\s+(?:from|by|provided\s+by|of|are\s+those\s+of)|(?:as\s+)?reported\s+by)[^\n*†‡]+)$", re.MULTILINE | re.IGNORECASE)
# "KEY FIGURES*" over its box: the note of its mark is of every line of the box (a line with no count of its own)
_MARKED_HEADER = re.compile(r"^[^\S\n]*(?=[^\n]*[^\W\d])[^\n\d*†‡]{2,60}?(?P<mark>\*{1,3}|†{1,2}|‡)[^\S\n]*$", re.MULTILINE)
_CASUALTY_NOTE = re.compile(r"\bcasualt", re.IGNORECASE)  # "* Casualty figures are those of the MoH": of the casualties only
_MARK_CLOSING_LABEL = re.compile(r"[^\S\n]*[^\W\d][^\n\d*†‡|]{1,60}?(?P<mark>\*{1,3}|†{1,2}|‡)(?:[ \t]{2,}|[^\S\n]*\|)")
_MARK_AFTER = re.compile(r"\+?(?P<mark>\*{1,3}|†{1,2}|‡)(?![*†‡])")
# "87 Palestinians were killed and 246 injured.[1]": a numbered mark closing the number's sentence
_NUMBERED_MARK_AFTER = re.compile(r"[^\n.!?\[]{0,200}?[.!?]?(?<=\S)(?P<mark>\[\d{1,2}\])")
# "34,183    Palestinians killed (1)" over a footnote "(1) MoH Gaza.": a bracketed number closing a key figure's line
# a note of a key-figures box that only names its body, at its start ("*Ministry of Health, Gaza, as of 19 November 2024")
_BARE_NOTE = re.compile(r"^[^\S\n]*(?P<mark>\*{1,3}|†{1,2}|‡)[^\S\n]*(?P<note>(?:the\s+)?(?-i:[A-Z])[^\n*†‡]{2,100})$", re.MULTILINE)
_NOTE_NAMES_AT_START = 4
_MARK_USED_BEFORE = re.compile(r"[\w%)][*†‡]")  # a mark closing a count or a label above: its note follows
_FOOTNOTE_MARK = re.compile(r"[^\S\n]*(?:\*{1,3}|†{1,2}|‡)[^\S\n]*")  # what a footnote's line opens with, before its text
_PAREN_FOOTNOTE = re.compile(r"^[^\S\n]*(?P<mark>\(\d{1,2}\))[^\S\n]+(?P<note>[^\n]+)$", re.MULTILINE)
_PAREN_MARK_ENDING_LINE = re.compile(r"[^\n]{0,80}?(?<=\w)[^\S\n]*(?P<mark>\(\d{1,2}\))(?=[^\S\n]*(?:$|[^\S\n]{2,}))", re.MULTILINE)
_NOTE_NAMES_AT = 40  # a bracketed footnote names its source at its start ("(1) MoH Gaza. ...")
_MARK_ENDING_LINE = re.compile(r"[^\n\d*†‡]{0,60}?(?<=\w)(?P<mark>\*{1,3}|†{1,2}|‡)[^\S\n]*$", re.MULTILINE)
# (gated: asked of every unit that names something, and a unit naming no "data", "figures", ... cannot match)
_VALID_AS_OF = GatedPattern(re.compile(r"\b(?:information|data|figures|numbers|statistics)\s+(?:is\s+|are\s+)?(?:valid"
                                       r"|correct|current|accurate|up\s+to\s+date)\s+as\s+(?:of|at)\b", re.IGNORECASE))
# A source the sentence names without naming a body: the carried one is not its source.
_UNNAMED_PERSON = r"(?:an?|one)\s+(?:[\w-]+\s+)?(?:reporter|journalist|correspondent|photographer|witness|resident|relative|doctor)\b"
_UNNAMED_SOURCE = re.compile(rf"\baccording\s+to\s+{_UNNAMED_PERSON}|\b{_UNNAMED_PERSON}\s+(?:who\s+)?(?:said|says|told|counted|saw)\b"
                             # "Palestinian rights organizations say ...": bodies not named, whose word no carried source is
                             r"|\b(?:rights|human\s+rights|prisoners(?:'|’)?|aid|humanitarian)\s+(?:organi[sz]ations|groups|institutions)\s+(?:say|said)\b",
                             re.IGNORECASE)
# A line that is only a count: "61,000", "1,200+", "Over 18,000", "11,000*"
_BARE_NUMBER_LINE = re.compile(r"^\W*(?:(?:over|more\s+than|about|around|nearly|some|at\s+least|up\s+to)\s+)?\d[\d,.\s]*"
                               r"(?:\s*(?:k|K|million|m))?\s*[+*%]*\W*$", re.IGNORECASE)
_WIDGET_LABEL_WORDS = 8
_YEAR_LINE = re.compile(r"^\W*(?:19|20)\d\d\W*$")  # "2025" alone on a line is a year, never a widget's count
_LABEL_LINE = re.compile(r"^\W*(?P<label>[^\W\d][^:\d]{0,40}):\s*(?:(?:about|around|over|more\s+than|nearly|some)\s+)?\d")
# the count of a place's line, then nothing, an aside, or the count's own noun ("Hebron: 187 arrests, 18 of them children")
_PLACE_VALUE_END = re.compile(r"[\d,.]*+[ \t]*(?:$|[(\[,;–—-]|(?:[^\W\d_][\w-]*[ \t]+){0,2}?(?:arrests?|arrested|killed|dead|martyrs|injured|wounded"
                              r"|detained|detainees|prisoners)\b)", re.IGNORECASE)  # "Hebron: 187 people arrested"
# what a place's label may hold besides its name: "Tulkarm, including its two camps", "Ramallah and al-Bireh"
_PLACE_FILLERS = re.compile(r"\b(?:and|governorate|district|city|camps?|including|its|two|three|the|refugee|area|region)\b"
                            r"|\([^)]*\)", re.IGNORECASE)
_RECIPIENT_BEFORE = re.compile(r"\b(?:(?:provided|sent|given|supplied|submitted|disclosed)\s+to|obtained\s+by|received\s+by)\s+(?:the\s+)?$",
                               re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\W*(?:sources?|data)\s*:", re.IGNORECASE)
# (gated, as the two below: every match opens with "figures", "data", ...; the units asked seldom hold one)
_PAGE_DATA_FROM = GatedPattern(re.compile(
    r"\b(?:figures|data|statistics|numbers)\s+(?:below|above|here|on\s+this\s+page|in\s+(?:this|the)\s+(?:page|table|chart)"
    # ("Below are the figures the IPS provided for the beginning of February 2026")
    r"|(?:that\s+|which\s+)?(?:the\s+)?[\w'’()-]+(?:\s+[\w'’()-]+){0,4}?\s+(?:provided|provides|supplied|supplies)\s+(?:to|for)"
    r"|(?:were|are)\s+(?:provided|supplied)\s+(?:to\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?by)\b"
    # the body a statistics page asks for its figures, or that sends them ("Each month HaMoked asks the Israel Prison
    # Service (IPS) how many ...", "puts the same question to the IPS", "the figures the IPS gives us", "the IPS sends
    # HaMoked ... a breakdown", "The IPS informed HaMoked that ... it was holding 9,012")
    # (the asking body right before the verb: ``_PUBLISHER_ASKS``)
    r"|\b(?P<asks>asks|asked|(?:puts|put)\s+(?:the\s+same\s+|this\s+|a\s+)?question\s+to|receives\s+from|received\s+from)\s+"
    r"(?:the\s+)?[\w'’()-]+(?:\s+[\w'’()-]+){0,5}"
    # (to the page's own publisher: not "Figures that the IPS gave HaMoked" on B'Tselem's page, which cites them; the
    # body that gives them is named before the verb: ``_GIVER_REACH``)
    # ("Source: IPS reply to HaMoked of 14 May 2026 under the Freedom of Information Law")
    r"|\b(?:gives|gave|sends|sent|informed|informs|(?:reply|response|answer)\s+to)\s+(?P<to>us|HaMoked|B'Tselem|Addameer)\b",
    re.IGNORECASE))
_GIVER_REACH = 60  # characters before "sends HaMoked" in which the body that sends is named
_PUBLISHER_ASKS = re.compile(r"\b(?:HaMoked|we|B'Tselem|Addameer|PHRI|PCATI|Gisha|Adalah)\s+(?:also\s+|again\s+|then\s+|regularly\s+)?$",
                             re.IGNORECASE)
# "based on data the IPS provides to lawyers and on the records of the prisoners' institutions": figures the publisher
# compiled from several bodies' records, its own
_AND_OTHER_RECORDS = re.compile(r"\band\s+(?:on\s+|from\s+)?(?:the\s+|its\s+|our\s+)?(?:own\s+)?(?:[\w'’-]+\s+){0,2}?"
                                r"(?:records|data|information|figures|documentation|monitoring|reports)\b", re.IGNORECASE)
# a title that ends with a stop still heads its table: "Table 3. Children killed and injured, by governorate." (not a
# sentence before it: "Many of the victims were children.")
_TABLE_TITLE = re.compile(r"\W*(?:table|figure|chart|annex)\b", re.IGNORECASE)
_ISRAEL = re.compile(r"\bIsrael|\bIDF\b|\bSde\s+Teiman\b")
_BEFORE_A_COURT = re.compile(r"\b(?:petition\w*|High\s+Court|Supreme\s+Court|court|judges?|hearing"
                             r"|in\s+(?:its|the\s+State(?:'s|’s))\s+(?:\w+\s+)?(?:response|reply))\b", re.IGNORECASE)
_TABLE_SHOWS = GatedPattern(re.compile(r"\b(?:table|chart|list|figures)\s+(?:below|above)\s+(?:sets?\s+out|shows?|gives?|lists?"
                                       r"|presents?)\s+(?:the\s+)?(?=[^.;]{0,60}?\b(?:figures|data|numbers|statistics)\b)",
                                       re.IGNORECASE))
# a name as written: capitalised words, with the small words names hold ("Observatory for Human Rights")
_CAPITALISED_NAME = r"(?P<name>(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:(?-i:[A-Z][\w'’&.-]*)|of|for|on|and|the|in)){0,7})"
_ACCORDING_TO_NAMED = re.compile(r"\baccording\s+to\s+(?:the\s+)?" + _CAPITALISED_NAME, re.IGNORECASE)
_NAMED_SUBJECT_REPORTS = re.compile(r"^\W*(?:The\s+)?(?:(?:rights|aid|advocacy|monitoring|watchdog|research)\s+(?:group|organi[sz]ation|body)\s+)?"
                                    + _CAPITALISED_NAME +
                                    r"(?:\s+\([A-Z]{2,8}\))?\s+(?:has\s+|had\s+)?(?:recorded|documented|counted|reported|verified|says|said"
                                    r"|estimates|estimated)\b", re.IGNORECASE)
_TRAILING_SMALL_WORDS = re.compile(r"(?:\s+(?:of|for|on|and|the|in))+$")
_ORGANISATION_WORD = re.compile(r"\b(?:Observatory|Database|Association|Society|Centre|Center|Council|Committee|Commission|Foundation"
                                r"|Institute|Network|Union|Agency|Office|Ministry|Organi[sz]ation|Monitor|Group|Project|Coalition|Forum"
                                r"|Watch|Alliance|Federation|Bureau|Authority|Service|Department|Syndicate|Fund|Trust|Initiative)\b")
_ACRONYM = re.compile(r"[A-Z]{3,}")
_MONTH_YEAR = re.compile(rf"\b(?:{MONTHS})\s+\d{{4}}\b", re.IGNORECASE)  # searched in a caption, matched whole for a dateline
_DATED_ROW = re.compile(rf"^\s*(?P<month>(?:{MONTHS})\s+\d{{4}})(?:[^\S\n]{{2,}}|\t|\s*[:|]\s*)(?=[^\n]*\d)", re.IGNORECASE)
# "it had risen to", "the figure stood at", "that number has climbed to about": the count just stated, again
# a sample of the held met or interviewed by those who report on them, and the lines that go on describing it
# (searched in every unit with a digit: ``word_start_guarded`` dismisses a word start no verb opens with one look)
_MET_A_SAMPLE = re.compile(word_start_guarded(
    r"\b(?:met|visit(?:ed)?|interviewed|surveyed|examined|spoke\s+(?:to|with)|(?:took|collected|gathered|recorded)\s+"
    r"(?:the\s+)?(?:sworn\s+)?(?:testimon(?:y|ies)|affidavits)\s+(?:of|from)|testimon(?:y|ies)\s+(?:of|from))\s+"
    r"(?:some\s+|about\s+|more\s+than\s+|over\s+)?\d"
    # "The report is based on 63 testimonies collected by PHRI lawyers"
    r"|\d\s+(?:testimonies|interviews)\s+(?:collected|gathered|recorded|taken|conducted)\b"), re.IGNORECASE)
_SAMPLE_PART_OPENING = re.compile(rf"\W*+(?:\d[\d,]*|(?:{COUNT_WORDS})(?:-(?:{COUNT_WORDS}))?)\s+(?:of\s+(?:them|these|those|whom)\s+"
                                  r"|of\s+the\s+(?:\d+\s+)?(?:[\w-]+\s+){0,3}?)?(?:were|was|had|have|has|said|say|are|is|suffer\w*|reported"
                                  r"|described|told)\b", re.IGNORECASE)
_ACCOUNTS_OF_A_SAMPLE = {"reports_of_abuse", "sick_prisoners"}
# those of the held the sentence says were freed, past who they were ("118 of the relatives were released", "17 were let go")
# (not those a sample was drawn from: "interviewed 33 Palestinians who had been released")
_WERE_LET_GO_AFTER = re.compile(r"(?P<who>(?:\s+of\s+(?:them|whom|those|these|the\s+[\w-]+)|\s+(?!(?:who|whom|that|which)\b)[\w-]+){0,3}?)\s+(?:were|was|had\s+been|have\s+been"
                                r"|has\s+been)\s+(?:(?:later|subsequently|quickly|eventually|all|then|also)\s+)?(?:released|freed|let\s+go"
                                r"|set\s+free)\b", re.IGNORECASE)
_WHO_DID_IT = {"soldiers", "police", "settlers"}
# the sample's own words, from its count to the end of its clause ("58 boys and girls aged 13 to 17", "14 Lebanese detainees")
_WHO_THE_SAMPLE_WERE = re.compile(r"[^,;:.()]{0,60}")
_AND = re.compile(r"\band\b")
_HOSPITALS_DIRECTOR = re.compile(r"(?P<hospital>.+?(?:[Hh]ospital|[Mm]edical\s+(?:[Cc]omplex|[Cc]ent(?:er|re)))) director")
# a bulletin's section heading opened by a pictograph ("🔴 ", "📌 ", "🏥 "): the emoji blocks, not a list's bullet
_PICTOGRAPH_HEADING = re.compile(r"[^\S\n]*[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B55]")
_WORST_HURT_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)(?:,[^,;.\n]{3,60},)?\s+(?:(?:is|was|are|were|remains?|remained)\s+)?"
                                       r"(?:seriously|critically|severely|gravely|in\s+(?:a\s+)?(?:serious|critical|severe|grave)"
                                       r"\s+condition)\b", re.IGNORECASE)
_ON_DUTY_AFTER = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+(?:killed\s+)?)?(?:while\s+)?on\s+duty\b", re.IGNORECASE)
_KEY_FIGURES_HEADING = re.compile(r"\W*(?:key\s+(?:figures|facts|numbers|data)|at\s+a\s+glance|in\s+numbers|snapshot|figures\s+at\s+a\s+glance)\b",
                                  re.IGNORECASE)
# a sentence right after a count of hostages still held that speaks of them again ("They include the bodies of at least 35",
# "the deaths of 31 of those still held", "24 of them are alive")
_HOSTAGES_STILL_HELD = {"hostages_held", "hostages_alive", "hostages_dead"}
# ("Of the 58, Israel believes 20 are alive and 35 are dead", "Among the dead are the bodies of three soldiers")
_THEIR_DEAD_OPENING = re.compile(r"\W*(?:They|These)\s+include\b|\W*Of\s+the\s+\d[\d,]*\s*,|.*?\bthe\s+bodies\s+of\b")
_OF_THOSE_HELD = re.compile(r"\s+of\s+(?:those|them)\s+still\s+held\b")
_OF_THEM_ALIVE = re.compile(r"\s+of\s+(?:those|them)\s+(?:are|were|remain)\s+(?:still\s+|believed\s+(?:to\s+be\s+)?)?alive\b")
# the cheap question first: does the sentence hold any of them at all
_HOSTAGE_WORDS_BACK = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in (_OF_THOSE_HELD, _OF_THEM_ALIVE))
                                 + r"|^(?:" + _THEIR_DEAD_OPENING.pattern + ")")
_SAME_COUNT_AGAIN = re.compile(r"(?:\b(?:it|the\s+(?:figure|total|number|tally|count|toll)|that\s+(?:figure|number|total))\s+"
                               r"(?:had\s+|has\s+|have\s+)?(?:already\s+|since\s+|now\s+)?(?:risen|rose|fallen|fell|dropped|climbed|stood|stands|reached|increased"
                               r"|decreased|grown|grew|jumped)(?:\s+(?:slightly|sharply|again|further))?\s*,?\s*(?:to|at)?\s*"
                               # "The Government Media Office gives a higher figure of 244", "uses a higher figure, 61,709", "PHRI
                               # ... puts the figure at more than 90": another body's count of the same
                               r"|\b(?:gives|uses|cites|offers|reports|publishes|has)\s+(?:a|the|its\s+own)\s+(?:(?:much\s+)?(?:higher|lower"
                               r"|different|smaller|larger|separate)\s+)?(?:figure|toll|count|tally|estimate)(?:\s+of|\s*[,:])\s*"
                               r"|\bputs\s+(?:the|its)\s+(?:figure|toll|count|number|tally)\s+(?:(?:even\s+|much\s+)?(?:higher|lower)\s+)?at\s+"
                               # "Before the war, the number was around 5,200": the same count at another time
                               r"|\b(?:the\s+(?:figure|total|number|count)|that\s+(?:figure|number|total))\s+(?:was|is|had\s+been|has\s+been)"
                               r"\s+(?:only\s+|just\s+)?"
                               # "A month earlier, on 1 May 2026, the IPS reported 9,305.": a count with no noun, ending the
                               # sentence, the one just stated at another time
                               r"|\b(?:reported|recorded|counted|registered|listed)\s+(?=(?:[a-z]+\s+){0,3}\d[\d,.]*\s*[.;]?\s*$))"
                               + OPTIONAL_QUALIFIER + r"(?=\d)", re.IGNORECASE)
_CITES_ANOTHER = re.compile(r"\b(?:according\s+to|reports?|reported|said|says|stated|estimates?)\b", re.IGNORECASE)
_OTHER_HOSPITALS_OPENING = re.compile(rf"^\W*(?:another|a\s+further|the\s+other|the\s+remaining)\s+(?P<n>\d[\d,]*|(?:{COUNT_WORDS})\b)"
                                      r"\s+(?:hospitals\s+)?(?:are|were|is|was|remain|remained|have\s+been|had\s+been)\b", re.IGNORECASE)
_RUNNING_TOTAL_SIZE = 1000  # a count this large, restated, is no day's ("65,382 killed": the war's)
_RESTATED_WITHIN = 1500  # characters from a headline to the body restating its count
_HEADLINE_LENGTH = 100
_NOTHING_ELSE_COUNTED = re.compile(r"\s*(?:[,.;)]|$|\s[-–—]\s|\s(?:in|on|by|at|as|from|since|before|after|last|this|according|people"
                                   r"|Palestinians|persons|detainees|prisoners)\b)", re.IGNORECASE)
_LABEL_COLON = re.compile(r"\s*:\s")
_TITLE_MARKS = " \t*#•-–—|📊📢🔴"
# a release says what it is near its top; its title names its body as the subject of a stance
_RELEASE_LINE = re.compile(r"^[^\S\n]*(?:news|press|media)\s+(?:release|statement|briefing)|^[^\S\n]*(?:statement|briefing\s+note)s?\b",
                           re.IGNORECASE | re.MULTILINE)
_RELEASE_LINES_END = 400
# The titles OCHA gives its own regular products: a page under one of them speaks for OCHA though it may never name
# itself ("Humanitarian Situation Update #318 | Gaza Strip", "Hostilities in the Gaza Strip and Israel - reported
# impact | Day 320", "LEBANON: Flash Update #44", "Protection of Civilians Snapshot | West Bank")
_MASTHEAD_BAR = re.compile(r"[^\S\n]*\|")  # a page's masthead: its body, a bar, then what the page is
_OCHA_PRODUCT_TITLE = re.compile(r"\A\W*(?:[^\n]{0,60}?\b(?:Humanitarian\s+(?:Situation|Response)\s+Update|Flash\s+Update\s+\#"
                                 r"|Protection\s+of\s+Civilians\s+(?:Report|Snapshot))\b"
                                 r"|Hostilities\s+in\s+the\s+Gaza\s+Strip\s+and\s+Israel\b[^\n]{0,20}\breported\s+impact\b)",
                                 re.IGNORECASE)
_STANCE_AFTER = re.compile(r"(?:\s*\([A-Z’'-]{2,8}\))?\s+(?:strongly\s+)?(?:condemns|calls|warns|urges|welcomes|deplores|appeals|expresses"
                           r"|demands|denounces|alarmed|concerned|says|reports|decries|mourns|deeply)\b")
_AUTHOR_AFTER = re.compile(r"(?:\s*\([A-Z’'-]{2,8}\))?(?:(?:'|’)s)?\s*(?:(?:weekly|monthly|daily|annual|quarterly)\s+)?"
                           r"(?:report|bulletin|statement|update|press\s+release|situation\s+report|sitrep|fact\s*sheet"
                           r"|snapshot|briefing|summary|figures|statistics|data)\b\s*[:–—|]?"
                           # "Palestinian Prisoners' Society: 2025 in figures" (not a headline's "UNRWA: 3 staff killed")
                           r"|\s*:(?=[^\n]{0,40}\b(?:figures|statistics|report|bulletin|summary|data|update|in\s+numbers)\b)",
                           re.IGNORECASE)
_TITLE_WORDS = 24  # "Daily report of the Ministry of Health on the humanitarian situation, 22 July 2025": the author
_OPENING_LINES = 4  # a document says whose it is in its first lines (a council's name may come before its update's)
_AUTHORED_BY = re.compile(r"\b(?:report|bulletin|statement|update|release|briefing|sitrep)\s+(?:of|by|from|issued\s+by)\s+(?:the\s+)?",
                          re.IGNORECASE)
# Bodies that count only some kinds of figure: carried to a figure of another kind, they are not its source
# ("Some 120 trucks of aid entered, COGAT said. Fifty hostages remain in Gaza" is no COGAT count).
_ALL = frozenset({"casualties", "detention", "hospitals"})
# the bodies that count only some families: a carried source of another family's figure is not theirs ("The Prisoners'
# Society said 12 were arrested. ... the number of martyrs has risen to 41": the ministry's)
_FAMILIES_COUNTED_BY = {"COGAT": frozenset(), "Israel Prison Service": frozenset({"detention"}),
                        **{body: frozenset({"detention"}) for body in (*PRISONERS_BODIES, PRISONERS_ORGANISATIONS)}}
# a count with no noun of its own at its sentence's start ("Eleven remain in detention", "As of 20 May, 8 remain held",
# "A further 89 were seriously injured")
_BARE_COUNT_BEFORE = re.compile(r"\W*(?:(?!(?:of|among|in|from)\s)[^.,;:]{0,40},\s*)?(?:(?:a\s+further|another|some|about|at\s+least|more\s+than|over|nearly"
                                r"|only|all)\s+)?", re.IGNORECASE)
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:still\s+)?(?:remain|remains|remained|are|were|is|was|have|has|had)\b",
                               re.IGNORECASE)
# ("In the past 48 hours alone 97 citizens were detained, most of them in Hebron": the clause's end, a part after it)
_WERE_DETAINED_LAST = re.compile(r"[^.;,\d]{0,40}?\bwere\s+(?:also\s+)?detained\s*(?:[.;!]?\s*$|,)", re.IGNORECASE)
_AT_THE_HOSPITAL = re.compile(r"(?:^|[^\w-])(?:at|in|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_LEDE_UNITS = 3  # a headline, a standfirst and a lede: the units a story opens with, naming their speaker after them
_HOSPITAL_NAMED_WITHIN = 6  # units back to the hospital whose officials speak of "the hospital"
_HOSPITAL_PEOPLE = frozenset({"medics", HOSPITAL_OFFICIALS})  # who speak for the hospital they work at
_HEALTH_MINISTRIES = frozenset({"Gaza Ministry of Health", "Palestinian Ministry of Health (Ramallah)",
                                 "Lebanese Ministry of Public Health"})
# each ministry's ground: (the West Bank's, Lebanon's)
_MINISTRY_PLACES = {"Gaza Ministry of Health": (False, False), "Palestinian Ministry of Health (Ramallah)": (True, False),
                    "Lebanese Ministry of Public Health": (False, True)}
# the UN's own pages, which tell incidents in their own words
_UN_BODIES = frozenset({"OCHA", "WHO", "UNRWA", "UNICEF", "OHCHR", "UNFPA", "United Nations", "UN", "WFP", "Health Cluster",
                        "UN Secretary-General"})
_CARRY_UNITS = 4  # a source named this many units back still covers a sentence that names none
# A dated incident the page tells in its own words ("On 15 September, a strike near a water point killed six people";
# "Shortly after midnight on 14 August, an airstrike hit ..."; "In one incident reported on 22 April, ..."): the
# page's account, not the count of a body it cited for the week's toll before
# A page's note naming the body its figures come from when a line names none: "Casualty figures are those of the Ministry
# of Health (MoH) in Gaza unless otherwise indicated", "Unless otherwise indicated, figures come from OCHA's Protection of
# Civilians database" (not "have not been independently verified by OCHA unless stated": no source, a disclaimer)
_DEFAULT_SOURCE_NOTE = re.compile(r"\b(?:figures|data|numbers|casualt(?:y|ies))\b[^.;]{0,40}?\b(?:(?:are|is)\s+(?:those\s+)?"
                                  r"(?:of|from|published\s+by|reported\s+by|provided\s+by|compiled\s+by|based\s+on\s+data"
                                  r"\s+(?:collected|provided|published)(?:\s+and\s+verified)?\s+by)|come\s+from)\s+(?:the\s+)?",
                                  re.IGNORECASE)
_UNLESS = re.compile(r"\bunless\s+(?:otherwise\s+)?(?:stated|indicated|noted|specified)\b", re.IGNORECASE)
_INCIDENT_OPENING = re.compile(rf"[\W\d]{{0,6}}(?:(?:[\w:.,]+\s+){{0,4}}?on\s+(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}})\b"
                               r"|In\s+(?:one|another|a\s+separate|the\s+deadliest)\b[^,.]{0,40}?\bincidents?\b)", re.IGNORECASE)
_OPENING = 3000  # a document names the body it speaks for near its top
_HEADING_WORDS = 8
_REPORTING_PERIOD = re.compile(r"\W*(?:reporting\s+period|period\s+covered|period\s+under\s+review|covering(?:\s+the\s+period)?)\b\s*:?",
                               re.IGNORECASE)
_REPORTING_PERIOD_UNITS = 5  # a report states the stretch it covers under its title
# "The Commission ... and the Palestinian Prisoners' Society said in their joint monthly statement on Tuesday that ...": an
# opening that makes the page that statement
# (a periodic one: a news story's "said in a statement" quotes a body, it is not that body's page)
_SAID_IN_A_STATEMENT = re.compile(r"\bsaid\s+in\s+(?:its|their)\s+(?:joint\s+)?(?:monthly|weekly|daily|annual|quarterly|periodic)\s+"
                                  r"(?:statement|report|bulletin)\b", re.IGNORECASE)
_STATEMENT_OPENING_UNITS = 6
# The line after a heading is a "label: number" line ("January: 612", "- 2024: 49")
# a digit not of a year nor of a date: a heading states no count ("Status of child detainees on 31 October 2025")
# what else a heading's brackets may hold around the body that gave its figures: "(IPS data)", "(source: OCHA)"
_CITED_IN_BRACKETS = re.compile(r"[\s:,;-]*(?:(?:data|figures|source|sources|according\s+to|per|by|statistics|numbers|count|as\s+reported)"
                                r"[\s:,;-]*)*", re.IGNORECASE)
# a body heading its page with a dash and its description (a body's own: never a headline's "UNICEF, WHO and WFP warn
# that ...")
_BODY_LETTERHEAD_TAIL = re.compile(r"\s*[-–—|]\s+(?-i:[A-Z])[^.!?,]*$")
# "Published 9 June 2026 by ...", "Issued by ...": a page's publisher, near its top
_PUBLISHED_BY = re.compile(r"\W*(?:published|issued|produced|prepared|released|compiled)\b[^.:;]{0,40}?\bby\s+(?:the\s+)?"
                           r"(?:United\s+Nations\s+|UN\s+)?", re.IGNORECASE)
_BYLINE_UNITS = 6
# a body's name ending its letterhead line, or followed by its unit ("Palestinian Civil Defence - General Directorate")
_LETTERHEAD_TAIL = re.compile(r"\s*(?:$|[-–—|,(/]\s*(?-i:[A-Z(])[^.!?]*$)", re.IGNORECASE)
# the unit of a body before its name on a letterhead line: "General Directorate of Civil Defence", "The Media Office of"
_BODYS_UNIT_BEFORE = re.compile(r"(?:the\s+)?(?:general\s+)?(?:directorate|department|administration|headquarters|command"
                                r"|(?:media\s+|press\s+)?office)(?:\s+general)?\s+of\s+(?:the\s+)?", re.IGNORECASE)
_SOURCE_NOTE = re.compile(r"\W*(?:sources?|data\s+source)\s*:", re.IGNORECASE)  # a note on where the figures come from
_IN_BRACKETS_NOTE = re.compile(r"\(\s*(?P<what>[^()\d]{2,40}?)\s+(?:are\s+|shown\s+)?in\s+(?:brackets|parenthes[ie]s)\s*\)",
                              re.IGNORECASE)
_SLASHED_PAIR_NOTE = re.compile(r"\(\s*(?P<first>[^()/\d]{2,30}?)\s*/\s*(?P<second>[^()/\d]{2,30}?)\s*\)")
_EXCLUDING = re.compile(r"\b(?:excluding|except|other\s+than|not\s+including|apart\s+from|besides)\b", re.IGNORECASE)
_COUNT_LIKE = re.compile(rf"(?<![\d,.])(?!(?:19|20)\d\d\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b)\d", re.IGNORECASE)
# (not a date: "Last updated: 4 June 2025" under a headline)
_LABEL_LINE_NEXT = re.compile(rf"\r?\n(?:\r?\n)?[ \t]*(?:[-•*▪]\s*)?[^\n:\d][^\n:]{{0,60}}:[ \t]*"
                              rf"(?!\d{{1,2}}\s+(?:{MONTHS})\b|\d{{1,2}}[/.-]\d)[\d٠-٩]"
                              r"|\r?\n(?:\r?\n)?[ \t]*(?:[-•*▪]\s*)?(?:19|20)\d\d:[ \t]*\d")
# "Prisoners in numbers (as of August 2025)" over "- About 450 children": a bulleted line opening with its count
_BULLET_COUNT_NEXT = re.compile(r"\r?\n(?:\r?\n)?[ \t]*[-•*▪][ \t]*(?:[A-Za-z]+[ \t]+){0,2}\d")
# "Toll of the past 24 hours (Monday 28 October, 06:00 to Tuesday 06:00)": a heading that states its period and hours
# in brackets, or a numbered one ("4) Since the resumption of the aggression on 18 March 2025"), or one opening with
# "Since", is longer than a plain one (10 words; a longer line without these is a headline)
_HEADING_PERIOD_WORDS = 14
_NUMBERED_OR_SINCE = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s|since\b)", re.IGNORECASE)
_SEPARATOR_LINE = re.compile(r"\s*(?:[-—–_=*~•·]\s*){3,}")  # "———", "* * *": one document's part ends
# "18:40 GMT", "12:30 local time", "10:05": a live page's entry opens on its time; the entry before it ends
# (or with the entry's headline after it: "08:00 GMT - Welcome to our live coverage")
_ENTRY_TIME_LINE = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EET|EEST|IDT|local(?:\s+time)?|\(\w+\)))?\s*"
                              r"|\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EET|EEST|IDT|local(?:\s+time)?|\(\w+\))\s*[-–—|]\s*\S.*",
                              re.IGNORECASE)
_SENTENCE_ENDS = set(".:;,!?\"”'’)")
_ASIDE_OPENS = re.compile(r"[,;(]|\s[-–—]\s")
_MODELLED = {"projection", "projected_total"}
_AND_CIVILIANS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops)\s+and\s+civilians\b", re.IGNORECASE)
_THE_HOSPITAL_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+hospital\b(?![’']s)(?!\s+(?:director|officials|spokes\w+))")
_HOSPITAL_NAMED = re.compile(r"\b(?:Hospital|Medical\s+(?:Complex|Cent(?:er|re)))\b")
_MEMBERS = re.compile(r"\bcrew\s+members\b|\bmembers\s+of\b|(?<!staff\s)(?<!team\s)\bmembers\b", re.IGNORECASE)
# ("one more of their staff members was killed")
_MEMBERS_OF_STAFF_AFTER = re.compile(r"\s+(?:members\s+of\s+staff|staff\s+members)\b", re.IGNORECASE)  # ("injured four members of staff")
_OWN_STAFF_AFTER = re.compile(rf"\s+(?:more\s+)?(?:members\s+)?(?:of\s+)?(?:{OWN_STAFF})", re.IGNORECASE | re.VERBOSE)
# ("brings to 152 the number of its staff killed", "brought to 19 the number of its members killed")
_OWN_STAFF_NAMED_AFTER = re.compile(rf"\s+the\s+(?:number|total|toll|count)\s+of\s+(?:{OWN_STAFF})", re.IGNORECASE | re.VERBOSE)
_OWN_STAFF_NAMED = re.compile(rf"\b(?:number|total|toll|count|tally)\s+of\s+(?:{OWN_STAFF})[^\d.;]*$"
                              # ("The agency's tally of staff killed since the war began now stands at 233")
                              rf"|\b(?:its|their|the\s+\w+(?:'s|’s))\s+(?:own\s+)?(?:number|total|toll|count|tally)\s+of\s+"
                              rf"(?:staff|employees|personnel|colleagues|workers)\b[^\d.;]*$", re.IGNORECASE | re.VERBOSE)
_TO_MINISTRY = re.compile(REFERS_TO_MINISTRY, re.IGNORECASE)
# a table's caption that goes on from the table above: "Table 2: Selected groups within the total (same date)"
_TABLE_REFERS_BACK = re.compile(r"^\s*(?:table\s+\d+[.:]?\s*)?$|\b(?:within\s+the\s+total|same\s+(?:date|period|day|month)"
                                r"|continued|cont(?:\.|inued)|of\s+(?:whom|them|these)|selected\s+groups?|by\s+(?:group|category|age|sex|gender))\b",
                                re.IGNORECASE)
# "RAMALLAH, West Bank", "Khan Younis, Gaza Strip": a place and its region, not a section's title ("HEALTH, NUTRITION")
_DATELINE = re.compile(r"^\s*[A-Z][\w'’ -]+,\s+(?:the\s+)?(?:occupied\s+)?(?:West\s+Bank|Gaza(?:\s+Strip)?|Lebanon|Israel|Syria|Jordan|Egypt"
                       r"|East\s+Jerusalem|Jerusalem)\b", re.IGNORECASE)
_PARTS_FOLLOW = re.compile(r"\s*(?:of\s+(?:these|them|whom|those)|among\s+(?:them|these|whom|the\s+dead|the\s+victims)(?:\s+(?:were|are))?"
                           r"|including|(?:they|these)\s+(?:also\s+)?include|it\s+(?:also\s+)?includes"
                           r"|(?:this|the|that)\s+(?:figure|number|total|count|toll)\s+(?:also\s+)?includes?|this\s+includes?"
                           r"|(?:broken\s+down|as\s+follows|broke\s+down\s+as\s+follows))\s*:\s*", re.IGNORECASE)
# a line whose label is a hospital state and nothing else: "Partially functioning: 15", "- Out of service: 20"
# (not "Functional: 12 primary health care centres")
_STATE_LABEL_LINE = re.compile(r"\W*(?:(?:fully|partially|partly|minimally)\s+)?(?:functional|functioning|operational|working"
                               r"|non-?\s?functional|out\s+of\s+service|not\s+functioning|closed)\s*:\s*\d[\d,]*+"
                               r"(?!\s*(?:primary|PHC|health\s+(?:care\s+)?cent|clinics?|cent(?:re|er)s|ambulances|schools|bakeries"
                               r"|wells|points|posts|field\s+hospitals))", re.IGNORECASE)
_HOSPITALS_HEAD = Link(NumberMention(0.0, 0, 0, ""), "hospitals_total", "hospitals")
# the publisher speaking of its own work: its figures
_FIRST_PERSON_SOURCE = re.compile(r"\b(?:our\s+(?:Office|organi[sz]ation|agency|teams?|field\s*workers|fieldworkers|monitors|researchers"
                                  r"|lawyers|staff|documentation|monitoring|data|records)|we\s+(?:have\s+)?(?:documented|recorded|verified"
                                  r"|counted|registered|confirmed|monitored|received|admitted|treated)"
                                  # ("Of the injured who reached us alive, one is in critical condition": a hospital's own)
                                  r"|(?:reached|brought\s+to|arrived\s+at|admitted\s+to)\s+us|our\s+(?:hospital|wards?|emergency\s+(?:room|department)"
                                  r"|trauma\s+(?:unit|team|centre|center)|doctors|surgeons|intensive\s+care(?:\s+unit)?))\b", re.IGNORECASE)
_ROW_HEADING = re.compile(r"[^\W\d][\w'’ -]{0,40}")  # a few words, no digits, no stop: "Palestinians killed"
# a running total the day's count brought up to date ("The death toll ... thus rises to 62,744"), not one that opens on a
# span of its own ("Since 7 October 2023, hospitals have recorded 62,744 deaths. In the same period, 313 new deaths ...")
_OWN_SPAN_FIRST = re.compile(r"\W*(?:since|between|from|during|throughout|over\s+the\s+(?:whole|entire))\b", re.IGNORECASE)
_OF_A_PERIODS_TOTAL = re.compile(r"\W*(?:of|among)\s+the\s+(?:weekly|daily|monthly)\s+total\b", re.IGNORECASE)
# a blow told between a toll of deaths in custody and "N of the dead" makes the dead that blow's
_BLOW = re.compile(r"\b(?:strikes?|airstrikes?|air\s+strikes?|bomb\w*|shell\w*|missiles?|drones?|explosions?|rockets?)\b",
                   re.IGNORECASE)  # (not "attacks by guards", "shot or beaten during interrogation": abuse in custody)
_NEW_IN_THE_SAME_PERIOD = re.compile(r"\b(?:during|in|over)\s+the\s+same\s+(?:period|24\s+hours|day)\b[^.;]*\bnew\b",
                                     re.IGNORECASE)
# an army's own toll, named before its count (not "the army says the death toll ...": another's, which it reports)
_ARMY_TOLL_BEFORE = re.compile(r"(?:\b(?:IDF|army|military)(?:'s|’s)?\s+(?:own\s+)?(?:death\s+)?toll"
                               r"|\bground\s+(?:offensive|operation|invasion)\s+(?:death\s+)?toll"
                               r"|\b(?:death\s+)?toll\s+(?:in|of)\s+the\s+ground\s+(?:offensive|operation|invasion))\b[^.;\d]*$",
                               re.IGNORECASE)
_ARMY_TOLL_REACH = 100
_FIELD_COUNTED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?field\s+hospitals?\b", re.IGNORECASE)  # ("7 of the 11 field hospitals")
_FIELD_COUNT = re.compile(rf"\b(?:{WRITTEN_COUNT})\s+(?:[\w-]+\s+){{0,2}}?field\s+hospitals\b", re.IGNORECASE)
# "- Field hospitals operating: 11", a key-figures line "Field hospitals operating        6"
_FIELD_FRAMED_BEFORE = re.compile(r"\bnumber\s+of\s+field\s+hospitals\b[^.;\d]*$", re.IGNORECASE)  # "... has fallen to 7"
_FIELD_LABEL = re.compile(r"\W*field\s+hospitals?\b[^:\d\n]{0,40}?(?::|[ \t]{2,})", re.IGNORECASE)
_PLAIN_HOSPITALS = re.compile(r"(?<!field\s)(?<!Field\s)\bhospitals?\b")  # ("... but only 18 of the 36 hospitals are ...")
_NO_NOUN_AFTER = re.compile(r"\s+(?:are|were|is|was|of|remain|have|partially|fully|operating|functioning)\b|\s*[,.;)]|\s*$",
                            re.IGNORECASE)
_FROM_A_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?(?:occupied\s+)?(?-i:[A-Z])")
_HELD_NOW = re.compile(r"\b(?:remain|remains|still|currently|are\s+(?:being\s+)?held|is\s+(?:being\s+)?held)\b", re.IGNORECASE)
_PART_OF_THE_DEAD = re.compile(rf"^\W*(?:{WRITTEN_COUNT})\s+of\s+(?:the|these|those)\s+(?:dead|deceased|deaths)\b", re.IGNORECASE)
# a death, not a killing ("Eight of the deaths occurred after August", "104 deaths", "had died"), and the words of
# a war's violence (a strike's dead are no deaths in custody, whatever the report is about)
_DEATHS_NEAR = re.compile(r"\s*(?:of\s+(?:the|these|them)\s+)?(?:[\w-]+\s+){0,2}?(?:deaths?|died|dead)\b", re.IGNORECASE)
_NUMBER_OF_SUCH_DEATHS = re.compile(r"\b(?:number|total|toll|count)\s+of\s+such\s+(?:deaths|cases|fatalities)\b[^.;]{0,60}$",
                                   re.IGNORECASE)  # "The total number of such deaths has risen to 243"
_SUCH_DEATHS_AFTER = re.compile(r"\s+such\s+(?:deaths|cases|fatalities)\b", re.IGNORECASE)  # the count's own noun
_HELD_PLACE_AFTER = re.compile(r"[^.;,\d]{0,40}?\b(?:custody|detention|prisons?|camps?|jails?|Sde\s+Teiman|Ofer|Ketziot|Megiddo"
                               r"|Negev)\b(?![-\s](?:area|centre|center|clinic))", re.IGNORECASE)
_STATE_OR_ARMED = re.compile(r"Israel|IDF|COGAT|Hamas|Hezbollah|Islamic\s+Jihad", re.IGNORECASE)
# ("Of the 94 deaths, ...", "Twenty-nine of the deaths occurred in military detention facilities")
_OF_THE_DEATHS_OPENING = re.compile(rf"\W*(?:\d{{1,2}}\.\s+)?(?:(?:{WRITTEN_COUNT})\s+)?of\s+(?:the|these|those)\s+(?:(?:{WRITTEN_COUNT})\s+)?(?:deaths|dead|deceased)\b",
                                    re.IGNORECASE)
# where the first of them happened, right after "occurred": "52 occurred in facilities run by the Israel Prison Service"
_CUSTODY_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:Israeli\s+)?(?:custody|prisons?|(?:military\s+)?(?:detention|military)\s+(?:facilities|centres"
                            r"|centers|camps)|facilities\s+(?:run|operated)\s+by|(?:Israel\s+)?Prison\s+Service|Sde\s+Teiman|Ofer"
                            r"|Ketziot|Megiddo)\b", re.IGNORECASE)
_NOT_CUSTODY = re.compile(r"\b(?:raids?|checkpoints?|hospitals?|on\s+duty|strikes?|shelling)\b", re.IGNORECASE)
_THESE_DEATHS_BEFORE = re.compile(r"\b(?:these|(?:of\s+)?the)\s+$", re.IGNORECASE)  # "these 75 deaths", "Of the 98 deaths recorded"
_OF_THESE_DEATHS = re.compile(r"\s+of\s+(?:these|the|those)\s+(?:deaths|dead|deceased)\b|\s+of\s+those\s+who\s+died\b", re.IGNORECASE)
_DEATHS_TOOK_PLACE = re.compile(r"\b(?:occurred|took\s+place|happened|died)\b", re.IGNORECASE)
_CUSTODY_TOLL_REACH = 3  # units after a toll of deaths in custody in which "these deaths" are still its
_DIED_BEFORE = re.compile(r"\b(?:died|deaths)\b[^.;\d]{0,80}$", re.IGNORECASE)  # "known by name to have died ... has risen to 112"
_WAR_VIOLENCE = re.compile(r"\b(?:strikes?|airstrikes?|air\s+strikes?|bomb\w*|shell\w*|shot|gunfire|fire|raids?|missiles?|drones?"
                           r"|killed|attacks?|explosions?|rockets?|Gaza\s+Strip|settlers?|soldiers|troops|forces"
                           r"|(?:health\s+)?ministry|toll|ceasefire|since\s+the\s+war"
                           r"|army|military|police|West\s+Bank)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")  # a quoted "we counted 40 in our cell" is the witness's, not the publisher's
_DETENTION_DOCUMENT = 5  # units about the held from which on a document is about them
_KEY_FIGURE_LINE = re.compile(r"[^:\n]{1,80}:\s*(?:[-–]\s*)?(?:about|over|some|around|nearly|at\s+least|more\s+than\s+)?\s*\d")


def _label_line(sentence: str) -> bool:
    """True for a key-figure line: "Hospitals operating before the war: 36"."""
    return bool(_KEY_FIGURE_LINE.match(sentence))


_BULLET = re.compile(r"\s*(?:[-–•*·▪►]|\(?\d{1,2}[.)])\s")  # a list's line: "- 32 were killed by settlers", "2. ..."
# a line with a full date ("Ramallah, Sunday 9 March 2025") dates the page; it names no day the lines under it count
_DATED_LINE = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}\b|\b(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}\b", re.IGNORECASE)
_CONTENTS = re.compile(r"^\s*(?:table\s+of\s+)?contents\s*:?\s*$", re.IGNORECASE | re.MULTILINE)
_DOT_LEADER = re.compile(r"(?<=\S)[^\S\n]*(?:\.{4,}|…{2,})[^\S\n]*(?=[~<>]?\d)")
_ARROW = re.compile("[\u27a1\u2192\u21d2]")  # ➡ → ⇒
_ARROW_AS_COLON = str.maketrans({"\u27a1": ":", "\u2192": ":", "\u21d2": ":", "\ufe0f": " "})
_OF_THE_TOTAL = re.compile(r"\W*(?:of|among)\s+(?:the|this)\s+(?:weekly\s+|daily\s+|monthly\s+)?total\b", re.IGNORECASE)
# "They are distributed by district as follows:", "Broken down by governorate:": the parts of the count just stated follow
# the whole heading: "Breakdown by governorate (March 2026)", "By district:" (not "Breakdown of demolished structures by
# governorate": another count's)
_BREAKDOWN_HEADING = re.compile(r"\W*(?:(?:breakdown|distribution)\s+by|by)\s+(?:governorates?|districts?|regions?|areas?|provinces?"
                                r"|cities)\b(?:\s*\([^()\n]{0,30}\))?\s*:?\s*", re.IGNORECASE)
_OVER_TIME_HEADING = re.compile(r"\W*(?:(?:the\s+)?(?:recent|past|last|previous)\s+(?:months|years|weeks)|(?:by|each)\s+(?:month|year)"
                                r"|month\s+by\s+month|year\s+by\s+year|monthly\s+(?:figures|counts|totals|series))\b"
                                r"(?:\s*\([^()\n\d]{0,60}\))?\s*:?\s*", re.IGNORECASE)
_BRACKETED_MONTH = re.compile(rf"\((?:{MONTHS})\s+(?:19|20)\d\d\)", re.IGNORECASE)
_BREAKDOWN_REACH = 4  # units from the count to the heading of its parts
_BY_PLACE_CAPTION = re.compile(r"\b(?:distribution|breakdown|distributed|broken\s+down)\s+by\s+(?:governorate|district|region|area"
                               r"|province|place)\b", re.IGNORECASE)
_BY_PLACE_REACH = 6  # units above a table "by governorate" its whole may be stated in
_BY_PLACE_ROWS = 20  # rows of such a table its "Total" row may come after
_TOTAL_LINE = re.compile(r"\s*(?:total|all\s+governorates|overall)\b", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d[\d,]*")
_BREAKDOWN_HEADER = re.compile(r"\b(?:distributed|broken\s+down|divided|breakdown|as\s+follows|by\s+(?:governorate|district|region"
                               r"|area|province))\b[^.;\d]{0,40}:\s*$", re.IGNORECASE)
# Bodies whose names do not hold the noun they are called by: "the Agency" of an UNRWA report
_KNOWN_AS = {"agency": ("UNRWA", "WHO", "UNICEF", "OCHA", "WFP", "UNFPA", "UNHCR", "Palestinian Civil Defence"),
             "office": ("OCHA", "OHCHR", "Israeli Prime Minister's Office", "Gaza Government Media Office"),
             "service": ("Israel Prison Service", "Shin Bet"), "society": ("Palestinian Prisoners' Club",),
             # "the institutions said", after the prisoners' bodies that issue their statements together
             "institutions": (*sorted(PRISONERS_BODIES), PRISONERS_ORGANISATIONS)}
# A body named again by the head noun of its name, as the subject of a statement: "The office said", "The
# Commission and the Society said", "The Forum, which keeps its own count, put the number at 168"
# ("according to the society", "the two groups said": the bodies named before, when they are prisoners' bodies)
_NAMED_BACK_NOUNS = (r"office|commission|society|club|committee|forum|agency|service|council|union|institutions|groups|organi[sz]ations"
                     r"|syndicate|directorate|authority|observatory|network|coalition|centre|center|movement")
_THE_BODY_SAYS = re.compile(rf"\bthe\s+(?:two\s+|three\s+)?(?P<noun>{_NAMED_BACK_NOUNS})\b(?!\s+(?:of|for)\b)"
                            # ("The Agency has lost 362 team members": a body counting its own dead)
                            rf"[^.;]{{0,80}}?(?:{REPORTING}|\bput\b|\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?lost\b|\bmourns\b)"
                            rf"|\baccording\s+to\s+the\s+(?:two\s+|three\s+)?(?P<noun2>{_NAMED_BACK_NOUNS})\b(?!\s+(?:of|for)\b)",
                            re.IGNORECASE | re.VERBOSE)
# The tables every document is scanned with, in the order ``_Scans`` takes their candidate starts.
_DOCUMENT_TABLES = (linking.CUE_TABLE, attribution.BODY_TABLE, attribution.SPEAKER_TABLE, places.PLACE_TABLE)


@dataclasses.dataclass(slots=True)
class _Context:
    published: dt.date | None
    source: str | None = None
    source_unit: int = -99
    source_places: tuple[str, ...] = ()  # the places the sentence naming ``source`` was about
    source_line: int = -1  # the line it stands on
    letterhead: str | None = None
    default_source: tuple[str, bool] | None = None  # (body, of casualty figures only) a page's note names for its figures
    defaulted: dict[int, str] = dataclasses.field(default_factory=dict)  # id of a figure left to that body: the body
    opening_voice: str | None = None  # the letterhead as the document's opening gives it (later lines may change it)
    section_period: tuple | None = None
    location: str | None = None
    places_seen: dict = dataclasses.field(default_factory=dict)
    section_as_of: dt.date | None = None
    last_head: Link | None = None
    last_head_index: int = -99  # the unit ``last_head`` was stated in
    # each metric's last whole, and the unit it was stated in (a sentence of "9 martyrs and 63 injured" heads both)
    heads_by_metric: dict = dataclasses.field(default_factory=dict)
    data_recipients: set = dataclasses.field(default_factory=set)  # who a page's figures were provided to ("... provided to HaMoked")
    last_head_end: int = 0  # where that unit ends in the text
    whole_here: bool = False  # whether ``whole_period`` is of a figure of the sentence being read
    parts_parent: Link | None = None  # the count an "Of these:" line breaks down, and its source
    parts_source: str | None = None
    last_head_source: str | None = None  # the source of ``last_head``'s figure, stated in unit ``last_head_unit``
    last_head_unit: int = -99
    recent_values: list[tuple[int, float]] = dataclasses.field(default_factory=list)  # (unit, value) of the figures made
    last_head_group: str | None = None  # the group of ``last_head``'s figure (its staff's, named by who reports it)
    last_head_place: str | None = None  # the place of ``last_head``'s figure
    reporting_period: Period | None = None  # the stretch a report's "Reporting period: 3–9 June 2024" line says it covers
    text: str = ""  # the document
    label_parent: Link | None = None  # the figure of the last "Killed: 61,000" line, for a "Children: 18,000" under it
    label_paragraph: int = -1
    list_parent: Link | None = None
    list_paragraph: int = -1
    detention_unit: int = -99
    detention_paragraph: int = -1
    detention_units: int = 0  # the units about the held so far
    plan: list[UnitSources] = dataclasses.field(default_factory=list)
    paragraphs: list[int] = dataclasses.field(default_factory=list)  # the paragraph of each unit
    unit_spans: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # (start, end) of each unit in ``text``
    previous_period: Period | None = None  # of the last figure of the previous unit with figures
    previous_period_unit: int = -99
    # the last stretch of time (a period, not a running count) a unit's figures had, and that unit's index
    last_window: Period | None = None
    last_span: Period | None = None  # the period of the last running total from a stated start, and its unit
    last_span_unit: int = -99
    last_window_unit: int = -99
    last_stretch: Period | None = None  # the last window longer than one event's or day's ("between 13 and 19 January")
    last_stretch_unit: int = -99
    by_whom_unit: int = -99  # the last line splitting the count above it by who did it
    key_box_paragraph: int = -1  # the paragraph of a key-figures box
    sample_unit: int = -99  # the last unit naming a sample met or interviewed, or a part of it
    sample_of_the_held: bool = False  # whether that sample is of the held (prisoners met by a lawyer)
    sample_group: str | None = None  # who the sample were ("met 17 journalists"): the group of its parts
    previous_text: str = ""  # the last unit with figures
    whole_period: Period | None = None  # of the figure just before the one being read (this unit's, else the last unit's)
    previous_as_of: dt.date | None = None  # of the last figure of the previous unit with figures
    last_ministry: str | None = None  # the ministry named last, for "the ministry said"
    named_bodies: list = dataclasses.field(default_factory=list)  # (words as written, name) of each body named so far
    last_named: list = dataclasses.field(default_factory=list)  # the bodies the last sentence naming any named
    grid_group: str | None = None  # the group a table's caption names ("Children in IPS custody ...")
    grid_status: str | None = None  # the legal status a table's caption names ("Sentenced inmates by length of sentence")
    grid_families: set[str] = dataclasses.field(default_factory=set)  # the families the rows read so far counted
    grid_hospitals: bool = False  # the table's caption or header names hospitals ("Hospital status by governorate")
    grid_custody: bool = False  # a row of the table named a place of detention: its deaths are in custody
    custody_list: Link | None = None  # the list header whose lines named a place of detention: their deaths are in custody
    breakdown_period: tuple | None = None  # the period of a count whose parts a list below it gives, by the list's header
    breakdown_paragraph: int = -2
    breakdown_ceiling: float = 0  # the largest count it breaks down: a line larger is no part of it
    previous_largest: float = 0  # the largest count of the last unit with figures
    previous_kinds: set[str] = dataclasses.field(default_factory=set)  # the kinds of period of its figures
    previous_groups: set[str] = dataclasses.field(default_factory=set)  # and their groups
    grid: list | None = None  # the columns of the text table whose rows are being read (``grids``)
    grid_metric: tuple | None = None  # (family, metric) of the last text table, for a next one whose caption names none
    label_heads: int = 0  # the label lines with a count of their own in ``label_paragraph`` ("Killed: 1,000" is one)
    label_parent_place: bool = False  # ``label_parent``'s line is a place's ("- Hebron: 187 arrests")
    grid_row_group: str | None = None  # the group of the table row above, for an "of whom" row under it
    grid_row_reading: tuple[str, str] | None = None  # the (metric, family) of the table row above, for the same
    grid_outer_period: tuple | None = None  # the section period around that table, back when it ends
    hospital_label_unit: int = -99  # the last line labelling a count of hospitals ("Hospitals before the war: 36")


@dataclasses.dataclass(slots=True)
class _Sentence:
    """One unit with what the document-wide scans found inside it (offsets relative to the unit)."""

    text: str
    unit: Unit
    index: int
    origins: list[tuple[int, int, str]]
    places: list[tuple[int, int, str]]
    quote: str | None = None  # the document's own words, where ``text`` joins two lines of it (a key-figures widget)


class _Scans:
    """Each rule table scanned ONCE over the whole document; units take their slices.

    The number mask is the exception: most lines state no number, so each line is masked only
    when a unit of it may hold one (no mask row crosses a line break: masking a line equals
    slicing the masked document).
    """

    def __init__(self, text: str):
        self.text = text
        self._masked_lines: dict[int, str] = {}
        self._cue_starts, body_starts, speaker_starts, place_starts = starts_together(_DOCUMENT_TABLES, text)
        if self._cue_starts is not None and "WHO" in text and "attacks" in text:  # ("WHO verified 19 attacks")
            self._cue_starts = sorted({*self._cue_starts, *implied_cue_starts(text)})
        self.origins = originator_spans(text, body_starts, speaker_starts)
        if any(text[start:end].lower() == "the state" for start, end, _ in self.origins) and not (
                _BEFORE_A_COURT.search(text) and _ISRAEL.search(text)):
            # "the State reported" answers for Israel in a petition's story; elsewhere a state is any state
            self.origins = [span for span in self.origins if text[span[0]:span[1]].lower() != "the state"]
        self.places = places_in(text, place_starts)
        self._origin_starts = [span[0] for span in self.origins]
        self._place_starts = [span[0] for span in self.places]

    def numbers(self, sentence: str, unit: Unit) -> list[NumberMention]:
        """``find_numbers`` of one unit, reading its slice of the masked document (asked only of units
        that ``may_hold_numbers``: masking the line of one that cannot would be wasted)."""
        line_start = self.text.rfind("\n", 0, unit.start) + 1
        masked = self._masked_lines.get(line_start)
        if masked is None:
            line_end = self.text.find("\n", unit.end)
            masked = searchable(self.text[line_start:line_end if line_end >= 0 else len(self.text)])
            self._masked_lines[line_start] = masked
        return find_numbers(sentence, masked[unit.start - line_start:unit.end - line_start])

    def may_hold_cues(self, unit: Unit) -> bool:
        """False when no metric word can start inside ``unit`` (``cues`` would be empty)."""
        if self._cue_starts is None:
            return True
        at = bisect.bisect_left(self._cue_starts, unit.start)
        return at < len(self._cue_starts) and self._cue_starts[at] < unit.end

    def cues(self, sentence: str, unit: Unit) -> list[Cue]:
        """``cues_in`` of one unit, trying only where the document scan found a metric word may start."""
        if self._cue_starts is None:
            return cues_in(sentence)
        first = bisect.bisect_left(self._cue_starts, unit.start)
        last = bisect.bisect_left(self._cue_starts, unit.end)
        if first == last:
            return []
        return cues_in(sentence, [start - unit.start for start in self._cue_starts[first:last]])

    def sentence(self, text: str, unit: Unit, index: int) -> _Sentence:
        return _Sentence(text[unit.start:unit.end], unit, index, _inside(self.origins, self._origin_starts, unit),
                         _inside(self.places, self._place_starts, unit))


# (or after the words that bring a count: "rises to (94), among them (58)", "the bodies of (86)", "reached (3,940)")
_COLON_BRACKETED_COUNT = re.compile(r"(?::|\b(?:to|of|reached|them|including|than|and|as))\s*(?:(?:more\s+than|about|nearly|over|some)\s+)?"
                                    r"\(\d")
_NAME_JUST_BEFORE = re.compile(r"(?-i:[A-Z][a-z’'-]+)[^\S\n]*$")
_BRACKETED_STYLE = 3  # counts bracketed after a label, from which on a document brackets its counts as a style
# every match of _COLON_BRACKETED_COUNT ends in its own "(<digit>": a text with fewer of these is not of the style,
# and this scan (a literal first character) is far cheaper than that one's, tried at every word
_BRACKET_DIGIT = re.compile(r"\(\d")
_BRACKETED_COUNT = re.compile(r"\((\d[\d,.]*%?)\)")


def _layout_as_read(text: str) -> str:
    """``text`` with its key-figure and table layouts written as the rules read them, at the same length (so every
    span still points into the text): an arrow or dot leaders between a label and its count become the label's
    colon ("women ➡️ 10,987", "women ........ 2,391", but not a table of contents' page numbers), and columns
    aligned with spaces get "|" between their cells."""
    if _ARROW.search(text):
        text = text.translate(_ARROW_AS_COLON)
    if ("...." in text or "……" in text) and not _CONTENTS.search(text):
        text = _DOT_LEADER.sub(lambda leader: ":" + " " * (len(leader.group()) - 1), text)
    if "  " in text or "\t" in text:
        text = grids.aligned_as_pipes(text)
    if "(" in text and len(_BRACKET_DIGIT.findall(text)) >= _BRACKETED_STYLE and \
            len(_COLON_BRACKETED_COUNT.findall(text)) >= _BRACKETED_STYLE:
        # "Injured: (171,905), among them (4,920) cases of amputation": a statement that brackets every count (the Gaza
        # Government Media Office's style) is read as if it did not
        text = _BRACKETED_COUNT.sub(lambda count: count.group() if _NAME_JUST_BEFORE.search(text, max(0, count.start() - 30), count.start())
                                    else " " + count.group(1) + " ", text)  # (not a name's age: "Mohammad Ali Kmail (23)")
    return text


def _inside(spans: list[tuple[int, int, str]], starts: list[int], unit: Unit) -> list[tuple[int, int, str]]:
    """The spans lying inside ``unit``, their offsets made relative to it."""
    first = bisect.bisect_left(starts, unit.start)
    last = bisect.bisect_left(starts, unit.end, first)
    if first == last:  # most units name no body and no place
        return []
    return [(start - unit.start, end - unit.start, name) for start, end, name in spans[first:last] if end <= unit.end]


def extract_figures(text: str, *, published: dt.date | None = None, publisher: str | None = None
                    ) -> tuple[list[Figure], list[ConditionReport]]:
    """All figures and condition reports stated in ``text``; spans point into ``text``."""
    forget_sentences()  # a sentence cached for its figures is this document's (see dates.forget_sentences)
    written, text = text, _layout_as_read(text)  # quotes are put back as written at the end
    context = _Context(published=page_date(text) or published, text=text)
    figures: list[Figure] = []
    conditions: list[ConditionReport] = []
    seen: set[tuple] = set()
    scans = _Scans(text)
    units = split_units(text)
    sentences = [scans.sentence(text, unit, index) for index, unit in enumerate(units)]
    context.plan = plan_sources(text, units, [current.origins for current in sentences])
    context.paragraphs = [unit.paragraph for unit in units]
    context.unit_spans = [(unit.start, unit.end) for unit in units]
    context.letterhead = context.opening_voice = _own_voice(text, scans, publisher)
    context.default_source = _default_source(sentences, context)
    for index, unit in enumerate(units):
        current = sentences[index]
        sentence = current.text
        if _LIST_MARKER.fullmatch(sentence):
            if index and units[index - 1].paragraph != unit.paragraph and len(sentences[index - 1].text) > _LIST_LINE:
                context.source = None  # "2. The total number of UNRWA staff killed ...": a numbered paragraph, a new statement
            for name in ("previous_period_unit", "last_head_unit", "source_unit", "sample_unit"):
                if getattr(context, name) == index - 1:  # the item after the marker follows the one before it
                    setattr(context, name, index)
            continue
        _update_context_before(context, sentence, unit, index, scans)
        opening_parent = context.last_head if _OPENS_WITH_PART.match(sentence) else None
        parent_period = None
        if opening_parent is not None and _OF_A_PERIODS_TOTAL.match(sentence) and (
                index - context.last_head_index > 3 or _DIGIT.search(context.text, context.last_head_end, unit.start)):
            opening_parent = None  # "Of the weekly total, 610 entered through Zikim": of trucks named just before, not of a toll
        if opening_parent is not None and _OF_THE_TOTAL.match(sentence):
            # "Of the total, 355 are children" under a list: of the list's whole, not of its last line
            opening_parent = context.list_parent or opening_parent
            if opening_parent.metric in _SUBCATEGORY_OF:  # ("- Held under the 'Unlawful Combatants' Law: 1,850")
                opening_parent = dataclasses.replace(opening_parent, metric=_SUBCATEGORY_OF[opening_parent.metric],
                                                     group=None)
        if opening_parent is not None and not opening_parent.metric.startswith("hostages_") and \
                _STILL_CAPTIVE.search(sentence) and (taken := next(
                    (head for metric, head in context.heads_by_metric.items()
                     if metric.startswith("hostages_") and index - head[1] <= 1), None)) is not None:
            # "... killing some 1,200 people and taking 251 hostages. Of those, 94 are still held in Gaza": the hostages
            opening_parent = dataclasses.replace(taken[0], metric="hostages_held", group=None)
        own_whole = None
        if opening_parent is not None and (named := _THOSE_NAMED.match(sentence)):
            reach = min(named.end() + _THOSE_NAMED_REACH, next((m.start() for m in _DIGIT.finditer(sentence)), len(sentence)))
            own_whole = next((c for c in scans.cues(sentence, unit) if c.kind == "noun" and c.end > named.end() and c.start < reach), None)
        if opening_parent is not None and opening_parent.metric in detention.KINDS_OF_THE_HELD and _AMONG_THE_HELD.match(sentence) \
                and not (own_whole is not None and own_whole.metric == opening_parent.metric):
            # "Among the prisoners are 312 children" under a table's last row ("Unlawful combatants 1,644"): all the held
            # (but "Among those held in administrative detention are 96 children": those of that regime)
            opening_parent = dataclasses.replace(opening_parent, metric="detainees", group=None)
        if opening_parent is not None and own_whole is not None and own_whole.metric != opening_parent.metric and \
                (same := context.heads_by_metric.get(own_whole.metric)) is not None and index - same[1] <= 2:
            opening_parent = same[0]  # "... 9 martyrs and 63 injured ... Among the injured were 11 children": the injured
            parent_period = same[2]  # (and of their period, whatever a sentence between says)
        elif opening_parent is not None and own_whole is not None and own_whole.family != opening_parent.family and \
                "hospitals" in (own_whole.family, opening_parent.family):
            # "The hospital has 80 beds. Among those released were 23 minors": the released, no beds (but "Among the dead"
            # after deaths in custody are those deaths)
            opening_parent = None
        if opening_parent is not None and own_whole is not None and own_whole.metric != opening_parent.metric and not (
                own_whole.family == opening_parent.family and detention.is_generic(own_whole.metric)) and not (
                own_whole.metric == "killed" and opening_parent.metric in _KINDS_OF_DEATH
                and not _KILLING.match(sentence, own_whole.start)):
            # "Among those held without charge are 24 children" after deaths in custody: its own whole (but "Among
            # those detained were 14 children" after arrests: those arrested, "detained" names no other whole; "Of these
            # deaths, 178 ..." after deaths from malnutrition: those deaths)
            opening_parent = None
        if opening_parent is None and context.last_head is not None and index - context.last_head_unit == 1 and \
                (context.last_head.family == "casualties" or context.last_head.metric in ("deaths_in_custody", "arrests")) and \
                not context.last_head.metric.startswith("hostages_") and \
                sum(seen == index - 1 for seen, _ in context.recent_values) == 1 and \
                (part := _SOME_OF_THEM.match(sentence) or _SAID_SOME_OF_THEM.match(sentence)) and (
                    _A_GROUP_OF_THEM.match(sentence, part.end()) or _from_another_place(current, part.end(), context)):
            # (only after a sentence of one count: after "wounded 70 people and killed 30", "them" is not told)
            # "... killed 71 Palestinians. Nineteen of them were children." (or "It says 51 of them were children."), "... the
            # deaths of 75 Palestinians in custody.
            # Forty-nine of them were residents of the Gaza Strip", "In all, 147 people were arrested. Twenty-one of them were
            # women"
            opening_parent = context.last_head
        if opening_parent is None and context.last_head is not None and index - context.last_head_unit == 1 and \
                context.last_head.metric in _HELD_WHOLES and sum(seen == index - 1 for seen, _ in context.recent_values) == 1 \
                and (part := _SOME_OF_THEM.match(sentence) or _SAID_SOME_OF_THEM.match(sentence)) and \
                _A_GROUP_OF_THEM.match(sentence, part.end()):
            # "... 3,327 Palestinians were held in administrative detention. Fifty-nine of them were minors.": a group of
            # the held, as of the dead above
            opening_parent = context.last_head
        if opening_parent is None and context.last_head is not None and index - context.last_head_unit == 1 and \
                context.last_head.metric in ("arrests", "detainees") and \
                (part := _SOME_OF_THEM.match(sentence) or _SAID_SOME_OF_THEM.match(sentence)) and \
                _RELEASED_OF_THEM.match(sentence, part.end()):
            # "Israeli forces arrested 84 people in Beit Ummar. It said 61 of them were released by the evening": a part of
            # those arrested, freed since
            opening_parent = context.last_head
        if opening_parent is None and context.last_head is not None and index - context.last_head_unit == 1 and \
                context.last_head.metric == "released_detainees" and _SOME_OF_THEM.match(sentence) and \
                sum(seen == index - 1 for seen, _ in context.recent_values) == 1 and not _WHAT_BEFELL_THEM_LATER.search(sentence):
            # "Israel released 1,968 prisoners on Monday. Some 250 of them were serving sentences": of those freed, who
            # they were (their sentences or how they were taken are no count of the held now; only after a sentence of one
            # count, and not what befell them later: "120 had been released ..., while 31 were taken to detention centres.
            # Seven of those were later placed in administrative detention")
            opening_parent = context.last_head
        if opening_parent is None and context.last_head is not None and index - context.last_head_unit == 1 and \
                _ARE_AMONG_THEM_CLOSING.match(sentence):
            opening_parent = context.last_head  # "... was holding some 9,100 Palestinians ... About 360 children are among them."
        if opening_parent is None and index - context.last_head_unit <= 3 and context.last_head is not None and \
                context.last_head.metric.startswith("hostages_") and _ALIVE_WITHOUT_HOSTAGES.search(sentence):
            opening_parent = context.last_head  # "Hamas holds 48 hostages. Officials believe 20 are still alive."
        list_parent = _list_parent_of(context, unit)
        by_whom = (index - context.previous_period_unit == 1 or index - context.by_whom_unit == 1) and _by_whom_line(sentence)
        if by_whom:
            context.by_whom_unit = index  # ("Palestinians displaced .... 212 / by Israeli forces .... 190": no toll's row)
        if list_parent is None and context.label_paragraph == unit.paragraph and (
                _group_label_line(sentence) or by_whom or (context.label_parent_place or context.label_heads == 1)
                and _place_label_line(current)):
            # "Killed: 61,000\nChildren: 18,000": the line above's count, of children; "- Hebron: 187 arrests\n- Jenin:
            # 121": the same count, of the next place
            list_parent = context.label_parent
        if list_parent is None and index - context.hospital_label_unit == 1 and _STATE_LABEL_LINE.match(sentence):
            list_parent = _HOSPITALS_HEAD  # "Hospitals before the war: 36" over "Functioning: 1", "Out of service: 20"
        has_parent = opening_parent is not None or list_parent is not None
        if list_parent is not None and index - context.source_unit <= _CARRY_UNITS:
            context.source_unit = index - 1  # a list under its header is one statement: "as follows:" over "Hebron: 17", ...
        links = []
        if "|" in sentence and grids.is_row(sentence):  # a table written as text: its header names each column's count
            # a header line also ends the table above it (two tables parted by a blank line); inside a
            # table, a row without digits ("Total | – | –") heads nothing unless it names its own count
            table_metric = (list_parent.family, list_parent.metric) if list_parent and context.grid is None else None
            if table_metric is None and context.grid is None and index and (
                    not _DIGIT.search(sentence) or grids.periods_header(sentence) or grids.dates_header(sentence)):
                # "Table 1: Palestinian "security" inmates held by the IPS, ..." over "Category | Number"
                caption = sentences[index - 1].text
                table_metric = grids.caption_metric(caption) or (
                    context.grid_metric if _TABLE_REFERS_BACK.search(caption) else None)
                if table_metric is None and _BY_PLACE_CAPTION.search(caption):
                    # "Distribution by governorate" over "Governorate | September 2025 | Since 1 January 2025": a count
                    # stated just above, by place
                    table_metric = _count_by_place(figures, sentences, units, index)
            # a row of years heads a table only as its first row (past a blank line, a new table's)
            first_row = context.grid is None or not index or units[index - 1].paragraph != unit.paragraph
            header = grids.read_header(sentence, table_metric, years=first_row)
            if header is not None:
                if context.grid is not None:
                    context.section_period = context.grid_outer_period
                context.grid, context.grid_outer_period = header, context.section_period
                context.grid_custody = False
                context.grid_row_group = context.grid_row_reading = None  # no "of which" row reaches into another table
                context.grid_families = set()
                context.grid_metric = next(((c.family, c.metric) for c in header if c and c.metric), None)
                caption = sentences[index - 1].text if index else ""
                if index and sentences[index - 1].origins and not _DIGIT.search(caption) and len(caption.split()) <= _HEADING_WORDS + 4:
                    # "Key figures (OCHA)" over the header: the rows are that body's, whoever the prose above cited
                    context.source = resolve(sentences[index - 1].origins[-1][2], context.location)
                    context.source_unit = index - 1
                # (the caption may stand a source line or two above the header)
                context.grid_hospitals = any("hospital" in sentences[j].text.lower() for j in range(max(0, index - 3), index + 1))
                # "Children in IPS custody at the end of each month" over "Month | Total | In administrative detention"
                context.grid_group = casualties.group_for_victims(caption) if len(caption.split()) <= _HEADING_WORDS + 4 \
                    and not _DIGIT.search(caption) and (not caption.rstrip().endswith((".", "!", "?")) or _TABLE_TITLE.match(caption)
                                                        or index > 1 and _TABLE_TITLE.match(sentences[index - 2].text)) else None
                context.grid_status = legal_status_in(caption) if len(caption.split()) <= _HEADING_WORDS + 4 and \
                    not caption.rstrip().endswith((".", "!", "?")) else None
                # "Table 1: Casualties ..., by governorate (8-21 June)", "Distribution of the week's casualties",
                # "Table 1. Palestinian casualties, West Bank, October 2025": the caption's period is the rows'
                stated = period_in(caption, context.published)
                month = _MONTH_YEAR.search(caption)
                if stated and (stated[0] == "period" or stated[0] == "cumulative" and stated[2]):
                    # ("Palestinian fatalities by perpetrator, 7 Oct 2023 – 19 Jan 2026": counted since the first day)
                    context.section_period = stated
                elif month:
                    context.section_period = ("period", "month", parse_date("1 " + month.group()))
            elif context.grid is not None and not grids.is_separator(sentence):
                # "  of which children | 790", "  by Israeli forces | 14 | 51": a part of the row (or heading) above
                part = _OPENS_WITH_PART.match(sentence) or grids.BY_WHOM_LABEL.match(sentence.split("|")[grids.label_index(sentence)])
                links = grids.row_links(sentence, context.grid, context.grid_row_reading if part else None,
                                        places_are_hospitals=context.grid_hospitals,
                                        rows_held=context.grid_families == {"detention"})
                context.grid_families.update(link.family for link in links)
                if any(link.metric == "killed" for link in links) and (
                        context.grid_custody or grids.names_a_place_of_custody(sentence)):
                    # "Sde Teiman camp | 31", "Ketziot prison | 13" under "Place of death | Deaths", and the rows after them
                    # ("Not disclosed | 4", "Total | 98"): deaths in custody, by the place of detention
                    context.grid_custody = True
                    for link in links:
                        link.metric = "deaths_in_custody" if link.metric == "killed" else link.metric
                if context.grid_group:
                    for link in links:
                        link.group = link.group if link.group not in (None, "all") else context.grid_group
                if context.grid_status:  # "Sentenced inmates by length of sentence" over "Up to one year | 684": sentenced
                    for link in links:
                        if link.metric == "detainees" and link.group in (None, "all"):
                            link.group = context.grid_status
                if links and part and context.grid_row_group:
                    for link in links:  # "Minors | 296" over "  of whom administrative detainees | 88": minors too
                        link.group = link.group or context.grid_row_group
                elif links and not part:
                    context.grid_row_group = links[0].group
                    context.grid_row_reading = (links[0].metric, links[0].family)  # "Arrests | 9,460" over "of which children"
                if index - context.source_unit <= _CARRY_UNITS:  # a table's rows are one statement: its caption's
                    context.source_unit = index - 1
        elif context.grid is not None and _ROW_HEADING.fullmatch(sentence) and not _DIGIT.search(sentence) and \
                index + 1 < len(sentences) and "|" in sentences[index + 1].text:
            # "Palestinians killed" over "  by Israeli forces    14    51": a heading row naming what the rows below count
            # (or only where they are, "West Bank": the table goes on)
            heading = next((c for c in scans.cues(sentence, unit) if c.kind == "noun"), None)
            context.grid_row_reading = (heading.metric, heading.family) if heading else None
            context.grid_row_group = casualties.group_for_victims(sentence) if heading else None
        elif context.grid is not None and not grids.is_separator(sentence):  # "-----+-----" rules inside a table
            context.grid, context.section_period, context.grid_outer_period = None, context.grid_outer_period, None
        # every linking rule needs a metric word or a parent, and a number: most units lack one of them,
        # and the cheap questions (may a metric word start here? may a number?) are asked first
        # a testimonies summary's line, "Beaten by guards or soldiers: 63", names no metric word
        finding = linking.is_abuse_finding(sentence)
        if links or context.grid is not None and "|" in sentence:
            pass  # a text table's header or row, read above
        elif (has_parent or finding or scans.may_hold_cues(unit)) and may_hold_numbers(sentence):
            cues = scans.cues(sentence, unit)
            if cues and current.origins:  # "the Palestinian Prisoners' Society", "the Detainees' Affairs Commission": a name, no count
                cues = [c for c in cues if not any(s <= c.start and c.end <= e for s, e, _ in current.origins)]
            if cues or has_parent or finding:
                links = link_sentence(sentence, parent=opening_parent, list_parent=list_parent,
                                      numbers=scans.numbers(sentence, unit), cues=cues)
            if list_parent is not None and any(link.metric == "killed" for link in links) and (
                    context.custody_list is list_parent or grids.names_a_place_of_custody(sentence)):
                # "Ketziot (Negev) prison | 9" under "Place of death | Deaths in 2025", and the list's "Total | 33"; "- Ofer
                # prison: 4" under "Deaths by place of detention:"
                context.custody_list = list_parent
                for link in links:
                    link.metric = "deaths_in_custody" if link.metric == "killed" else link.metric
            if links and links[0].group is None and (some := _SOME_OF_THEM.match(sentence)) and \
                    links[0].number.start < some.end() and context.last_head is not None and \
                    index - context.last_head_unit == 1 and context.last_head_group not in (None, "all"):
                links[0].group = context.last_head_group  # "50 UNRWA staff have been detained. Twenty-two of them remain ..."
            if links and context.last_head is not None and index - context.last_head_unit == 1 and \
                    context.last_head_group in _MORE_OF_WHOM and ("nother" in sentence or "urther" in sentence or " more " in sentence):
                for more in _MORE_OF_THEM.finditer(sentence):
                    start = more.start("count") if more.group("count") else more.start("count2")
                    link = next((link for link in links if link.number.start == start), None)
                    if link is not None and link.group is None and link.family != "hospitals":
                        link.group = context.last_head_group  # "UNICEF said 67 children had been killed. Another 180 have been injured."
        elif _BARE_NUMBER_LINE.match(sentence) and not _YEAR_LINE.match(sentence) and _whole_line(text, unit):
            widget = _widget(text, sentences, index)
            if widget is not None:  # a key-figures widget: "61,000" over "Palestinians killed"
                current = widget
                links = link_sentence(widget.text)
        said_again = False
        # (every match ends before a digit: a unit without one is not scanned)
        if not links and context.last_head is not None and index - context.last_head_index <= 2 and \
                _DIGIT.search(sentence) and (referent := _SAME_COUNT_AGAIN.search(sentence)) is not None:
            links = _same_count_again(sentence, referent, context.last_head, scans.numbers(sentence, unit))
            said_again = bool(links)
        if not links and (other := _OTHER_HOSPITALS_OPENING.match(sentence)) and any(
                metric in hospitals.HOSPITAL_COUNTS and index - head[1] == 1 for metric, head in context.heads_by_metric.items()):
            links = _other_hospitals(sentence, other, scans.numbers(sentence, unit))
        if _HOSTAGE_WORDS_BACK.search(sentence) and any(
                metric in _HOSTAGES_STILL_HELD and index - head[1] <= 1 for metric, head in context.heads_by_metric.items()):
            # "... 59 remain in Gaza. They include the bodies of at least 35 confirmed dead by the IDF. Israel believes 24 of
            # them are alive", "The IDF has confirmed the deaths of 31 of those still held": the hostages just counted
            links = _of_the_hostages(sentence, links, scans.numbers(sentence, unit))
        if index - context.sample_unit == 1 and _SAMPLE_PART_OPENING.match(sentence):
            # "PHRI lawyers met 41 prisoners ... Thirty-five of them were held in administrative detention ... 11 had visible
            # injuries": who the sample were and what they told, no count of the held or the hurt
            context.sample_unit = index
            if context.sample_of_the_held:
                context.detention_unit = index  # (the lines about a sample of the held are about the held)
            links = [link for link in links if link.metric in _ACCOUNTS_OF_A_SAMPLE]
            for link in links:
                # "Addameer's lawyers visited 17 journalists ... Fourteen of them said they had been beaten"; "five described
                # soldiers setting dogs on them": who told, not who did it
                if link.group is None or link.group in _WHO_DID_IT:
                    link.group = context.sample_group
        elif _DIGIT.search(sentence) and (sample := _MET_A_SAMPLE.search(sentence)):  # (every match ends in a digit: most units hold none)
            context.sample_unit, context.sample_of_the_held = index, context.detention_unit == index
            sample_group = casualties.group_for_victims(_WHO_THE_SAMPLE_WERE.match(sentence, sample.end() - 1).group())
            # ("spoke to 12 of the released men": the men are the released, not a group of them)
            context.sample_group = None if sample_group == "men" else sample_group
        elif index - context.sample_unit == 1 and len(sentence) <= 60 and not _DIGIT.search(sentence):
            context.sample_unit = index  # (past a heading: "Key findings" over "- 33 of the 41 prisoners said ...")
        if index - context.detention_unit > 1 and context.detention_paragraph != unit.paragraph and \
                context.detention_units < _DETENTION_DOCUMENT:
            # "36 reported being beaten" counts detainees' accounts only: in or right after a paragraph about the held, or
            # anywhere in a report about them ("Health. Nineteen said they had been refused medical treatment")
            links = [link for link in links if link.metric != "reports_of_abuse" or linking.reports_torture(sentence, link.number)]
        if (index - context.detention_unit <= 2 or context.detention_units >= _DETENTION_DOCUMENT) and \
                (" released" in sentence or " freed" in sentence or " let go" in sentence or " set free" in sentence):
            links += _let_go(sentence, links, scans.numbers(sentence, unit), context, index)
        if context.detention_units >= _DETENTION_DOCUMENT and \
                any(link.metric == "killed" for link in links) and not _WAR_VIOLENCE.search(sentence):
            converted = False
            for link in links:  # "Each of these 104 deaths was preventable", in a report about the held: deaths in custody
                if link.metric == "killed" and (_DEATHS_NEAR.match(sentence, link.number.end, link.number.end + 40) or
                                                _DIED_BEFORE.search(sentence, max(0, link.number.start - 100), link.number.start)
                                                or converted and link.parent is not None):  # "... to 112, 72 of them from Gaza"
                    link.metric, link.family = "deaths_in_custody", "detention"
                    converted = True
        if links and context.last_head is not None and context.last_head.metric == "malnutrition_deaths" and \
                index - context.last_head_unit <= _CUSTODY_TOLL_REACH:
            such = False
            for link in links:  # "... died of malnutrition. In July, it counted 63 such deaths, among them 24 children"
                such = link.metric == "killed" and (
                    _SUCH_DEATHS_AFTER.match(sentence, link.number.end)
                    or link.parent is None and _TOTAL_RAISED_OPENING.match(sentence)  # "This raises the total to 227 deaths"
                    and not _KILLED_AFTER.match(sentence, link.number.end) and index - context.last_head_unit == 1
                    or _NUMBER_OF_SUCH_DEATHS.search(sentence, max(0, link.number.start - 80), link.number.start)
                    or such and link.parent is not None)
                if such:
                    link.metric = "malnutrition_deaths"
        after_custody_toll = links and context.last_head is not None and context.last_head.metric == "deaths_in_custody" and \
            index - context.last_head_unit <= _CUSTODY_TOLL_REACH and not _BLOW.search(text, context.last_head_end, unit.end)
        if links and (deaths := _OF_THE_DEATHS_OPENING.match(sentence)) and \
                (place := _DEATHS_TOOK_PLACE.search(sentence, deaths.end())) and \
                _CUSTODY_PLACE.match(sentence, place.end()) and not _BLOW.search(sentence) and not _NOT_CUSTODY.search(sentence):
            # "Of the 94 deaths, 52 occurred in facilities run by the Israel Prison Service and 42 in facilities run by the
            # military": deaths in custody, by where they happened, wherever the toll was stated
            for link in links:
                if link.metric in ("killed", "detainees"):
                    link.metric, link.family = "deaths_in_custody", "detention"
        if after_custody_toll and links[0].metric == "killed" and _PART_OF_THE_DEAD.match(sentence):
            for link in links:  # "Fifty-two of the dead were detainees from the Gaza Strip", after a toll of deaths in custody
                if link.metric == "killed":
                    link.metric, link.family = "deaths_in_custody", "detention"
        elif after_custody_toll:
            for position, link in enumerate(links):
                if link.metric == "killed" and not any(other.metric == "killed" for other in links[:position]) and (
                        _OF_THESE_DEATHS.match(sentence, link.number.end)
                        or _DEATHS_NEAR.match(sentence, link.number.end) and (
                            _THESE_DEATHS_BEFORE.search(sentence, max(0, link.number.start - 20), link.number.start)
                            or _HELD_PLACE_AFTER.match(sentence, link.number.end))):  # ("48 deaths were recorded in military camps")
                    # (not "60 people were killed on Monday and 12 of these deaths were in Khan Younis": the 60's)
                    # "The Office was able to verify 58 of these deaths", "Behind each of these 75 deaths": the same deaths
                    link.metric, link.family = "deaths_in_custody", "detention"
                elif link.metric == "detainees" and opening_parent is not None and \
                        opening_parent.metric == "deaths_in_custody" and (
                            _DEATHS_TOOK_PLACE.search(sentence) or _FROM_A_PLACE.search(sentence) and not _HELD_NOW.search(sentence)):
                    # "Of those, 37 occurred in military detention facilities, 24 of them at Sde Teiman": where they died; "Of
                    # these, 52 were detainees from Gaza and 27 from the West Bank": where the dead came from
                    link.metric = "deaths_in_custody"
        if links and (again := _THE_N_AGAIN.match(sentence)) and links[0].number.start == again.start("n") and \
                any(index - seen <= 3 and value == links[0].number.value for seen, value in context.recent_values):
            links = links[1:]  # "... the bodies of two hostages. The two were killed on October 7": those just counted
        sources_of_links, groups_of_links, places_of_links, made = {}, {}, {}, []
        head_periods = {}  # the period of each whole this sentence states, by its link
        whole = None  # the last figure of this sentence that is no part
        stated_as_of = None  # the day of the last count this sentence states (what an earlier value is compared with)
        compared = None  # that count's figure, when a whole
        context.whole_period = parent_period or (context.previous_period if index - context.previous_period_unit == 1 else None)
        context.whole_here = False
        for link in links:
            figure = _figure(link, current, context)
            if link.earlier:  # "down from 3,600 in March": the count as it stood then, or nothing when no time is named
                figure.as_of = earlier_as_of(current.text, link.number.end, stated_as_of)
                if compared is not None:  # the same series: its period and group ("370 of its staff ..., compared with 360")
                    # (a running count from the same start; a window of the same length, at its own dates)
                    figure.period, figure.period_detail = compared.period, compared.period_detail
                    figure.period_start = compared.period_start if compared.period == "cumulative" else None
                    figure.group = compared.group
                    if figure.period_start and figure.as_of and stated_as_of and figure.as_of < figure.period_start and \
                            (figure.as_of.month, figure.as_of.day) == (stated_as_of.month, stated_as_of.day):
                        # "41 since the start of this year, compared with 27 in the same period of last year": the
                        # same running count a year (or years) before, from its own start
                        years = stated_as_of.year - figure.as_of.year
                        figure.period_start = years_before(figure.period_start, years)
                        figure.period_detail = f"since {figure.period_start.isoformat()}"
                if compared is not None and compared.period == "cumulative" and compared.period_start and stated_as_of and \
                        (stated_as_of - compared.period_start).days > 366 and \
                        _SAME_PERIOD.search(current.text, link.number.end, link.number.end + 60):
                    continue  # "since 7 October 2023 ..., compared with 150 in the same period of the previous year": no series
                if figure.as_of is None or figure.period_start is not None and figure.as_of < figure.period_start:
                    continue  # no time named, or one before the count began ("since 7 October ..., compared with 10 before the war")
                if figure.metric == "beds_available" and figure.as_of < WAR_START:
                    figure.metric = "beds"  # "2,000 beds are available, compared with 3,500 before the war": its capacity
            else:
                stated_as_of = figure.as_of
                if link.parent is None and figure.metric != "hospitals_total":
                    compared = figure
            if figure.period_detail != "change":  # "(+207)" is its own number's period, not the next count's
                context.whole_period, context.whole_here = (figure.period, figure.period_detail, figure.period_start), True
            # "it had risen to 1,310": the count just stated is its source's, over a letterhead's or a carried one
            if (opening_parent is not None or said_again) and index - context.last_head_unit <= (2 if said_again else 1) \
                    and (figure.attributed_to is None or said_again and not current.origins and context.last_head_source):
                figure.attributed_to = context.last_head_source  # "Of them, 3,378 ...": the parts of the figure just before
            elif list_parent is not None and list_parent is context.parts_parent and not current.origins \
                    and context.parts_source:
                figure.attributed_to = context.parts_source  # "... 9,284 Palestinians. Of these:" over "women: 2,391"
            sources_of_links[id(link)] = figure.attributed_to
            groups_of_links[id(link)] = figure.group
            places_of_links[id(link)] = figure.location
            if link.parent is None:
                whole = figure
                head_periods[id(link)] = (figure.period, figure.period_detail, figure.period_start)
            elif figure.group == "all" and whole is not None and whole.metric == figure.metric and \
                    whole.group in casualties.TRADES and (linking.PART_BY_PLACE_AFTER.match(sentence, link.number.end)
                                                          or _ON_DUTY_AFTER.match(sentence, link.number.end)):
                # "19 of its staff ... had been killed, 17 of them in Gaza", "54 of its staff and volunteers, 21 of them while
                # on duty": of that trade
                figure.group = whole.group
            elif figure.group == "all" and _WORST_HURT_OF_THEM_AFTER.match(sentence, link.number.end) and (
                    counted := [other for other in links if other.number.end <= link.number.start]) and \
                    counted[-1].metric == figure.metric and groups_of_links.get(id(counted[-1])) not in (None, "all") and \
                    counted[-1].number.value > 1 and not _AND.search(sentence, counted[-1].number.end, link.number.start):
                # "two of his colleagues were wounded, one of them critically", "4 children, one of whom is in a critical
                # condition": the worst hurt of those just counted, of their group (not of the last of a list: "The wounded
                # include 14 children and 12 women, and three of them are in critical condition")
                figure.group = groups_of_links[id(counted[-1])]
            key = (figure.metric, figure.value, figure.group, figure.char_start)
            if key not in seen:
                seen.add(key)
                figures.append(figure)
                made.append(figure)
        if not links and index - context.previous_period_unit == 1 and _BREAKDOWN_HEADER.search(sentence) and \
                period_in(sentence, context.published) in (None, ("cumulative", None, None)):
            # ("Toll of the past week by governorate:" states its own; a bare "The toll by district" does not)
            # a line announcing the parts of the count just stated: its list lines share that count's period
            context.breakdown_period, context.breakdown_paragraph = context.previous_period, unit.paragraph
            context.breakdown_ceiling = context.previous_largest
        if made:
            context.recent_values.extend((index, figure.value) for figure in made)
        if links:
            context.previous_period = (figures[-1].period, figures[-1].period_detail, figures[-1].period_start)
            context.previous_largest = max((figure.value for figure in made), default=0)
            context.previous_kinds = {figure.period for figure in made}
            context.previous_groups = {figure.group for figure in made}
            context.previous_period_unit = index
            context.previous_text = sentence
            window = next((f for f in reversed(made) if f.period == "period"), None)
            if window is not None:
                context.last_window, context.last_window_unit = (window.period, window.period_detail, window.period_start), index
            span = next((f for f in reversed(made) if f.period == "cumulative" and f.period_start is not None), None)
            if span is not None:
                context.last_span, context.last_span_unit = (span.period, span.period_detail, span.period_start), index
            stretch = next((f for f in reversed(made) if f.period == "period" and f.period_detail not in _NO_STRETCH), None)
            if stretch is not None:
                context.last_stretch, context.last_stretch_unit = \
                    (stretch.period, stretch.period_detail, stretch.period_start), index
            context.previous_as_of = stated_as_of or figures[-1].as_of
        if index - context.detention_unit <= 1 or any(link.metric == "reports_of_abuse" for link in links):
            # conditions are read only in and right after a detention unit, or where abuse reports are counted
            if any(link.metric == "reports_of_abuse" for link in links):
                context.detention_unit = index  # ("- 57 of the 63 said ...;" over "- 49 described ..."): the accounts go on
            reports = _conditions(current, context)
            _count_conditions(reports, [figure for figure in made if figure.metric == "reports_of_abuse"], current.text,
                              current.unit.start)
            conditions.extend(reports)
        if any(link.metric in hospitals.HOSPITAL_COUNTS for link in links) and _label_line(sentence):
            context.hospital_label_unit = index
        _update_context_after(context, current, links)
        for head in reversed([link for link in links if link.parent is None]):  # the first of each metric in the sentence
            context.heads_by_metric[head.metric] = (head, index, head_periods.get(id(head)))
        if context.letterhead is None and index <= _STATEMENT_OPENING_UNITS and context.source and \
                _SAID_IN_A_STATEMENT.search(sentence):
            context.letterhead = context.source  # the whole page is that statement, its sections too
        if id(context.last_head) in sources_of_links:
            context.last_head_source, context.last_head_unit = sources_of_links[id(context.last_head)], index
            context.last_head_group = groups_of_links[id(context.last_head)]
            context.last_head_place = places_of_links[id(context.last_head)]
    _source_lines(figures, sentences, context)
    # the footnotes are read once, for both their uses (a note's body depends only on the text and the place)
    notes = _footnotes(text, context) if "*" in text or "†" in text or "[" in text else {}
    if notes:
        _footnoted_sources(text, figures, notes)
    if "(" in text:
        figures = _bracketed_footnotes(text, figures, context)
    if context.defaulted:
        _give_default_source(figures, context)
    share_restated_sources(figures)
    _share_restated_running_totals(figures)
    if notes and ("*" in text or "†" in text):  # (a "[1]" note marks no box)
        _footnoted_boxes(text, figures, context, notes)
    _restated_named_lists(figures)
    for figure in figures:
        if figure.attributed_to and (director := _HOSPITALS_DIRECTOR.fullmatch(figure.attributed_to)):
            # "the director of Al-Awda Hospital said": he speaks for the hospital, as the probe labels name it (43 sources
            # of 48 where a director spoke)
            figure.attributed_to = director.group("hospital")
    if written != text:
        as_written = {text[unit.start:unit.end]: written[unit.start:unit.end] for unit in units}
        for found in (*figures, *conditions):
            found.quote = as_written.get(found.quote, found.quote)
    return figures, conditions


def _source_lines(figures: list[Figure], sentences: list[_Sentence], context: _Context) -> None:
    """A "Source: MoH Gaza, as of 12 December 2024" line under a block of figures (a key-figures box, a
    statistics table) names the source, and dates, the figures above it in its block that state neither (the
    block before it when the line stands apart)."""
    for index, current in enumerate(sentences):
        if not _SOURCE_LINE.match(current.text):
            continue
        named = originators_in(current.text, context.location, current.origins)
        stated = as_of_in(current.text, None)
        block = current.unit.paragraph
        if index and sentences[index - 1].unit.paragraph != block:
            block -= 1
        starts = [s.unit.start for s in sentences if s.unit.paragraph == block] or [current.unit.start]
        for figure in figures:
            if not starts[0] <= figure.char_start < current.unit.start:
                continue
            if named and (figure.attributed_to is None or figure.attributed_to == context.letterhead and not any(
                    name == context.letterhead and not _RECIPIENT_BEFORE.search(current.text, 0, start) for start, name in named)):
                # (over the page's own voice too: "Source: IPS data provided to HaMoked" under HaMoked's table, unless the
                # line names the page's body as a source: "IPS figures ..., and Addameer's own documentation")
                figure.attributed_to = named[0][1]
            if stated and figure.as_of == context.published:
                figure.as_of = stated


def _footnoted_sources(text: str, figures: list[Figure], notes: dict[str, str]) -> None:
    """"Palestinians killed: 62,895*" over a note "* According to the Ministry of Health in Gaza.": the note
    names the source of every figure its mark follows (a snapshot's key figures name theirs this way). ``notes``:
    ``_footnotes``."""
    for figure in figures:
        # the mark right after the number, or closing its key-figures line ("45,885 killed in the Gaza Strip*")
        mark = _MARK_AFTER.match(text, figure.char_end) or _MARK_ENDING_LINE.match(text, figure.char_end)
        if mark is None and (numbered := _NUMBERED_MARK_AFTER.match(text, figure.char_end)) and \
                not originator_spans(figure.quote):  # a numbered mark closes a sentence: one that names a body keeps it
            mark = numbered
        if mark is None:  # "Aid workers killed**      2      588": the mark closing the row's label is of its counts
            line_start = text.rfind("\n", 0, figure.char_start) + 1
            mark = _MARK_CLOSING_LABEL.match(text, line_start, figure.char_start)
        if mark and mark.group("mark") in notes:
            figure.attributed_to = notes[mark.group("mark")]


def _give_default_source(figures: list[Figure], context: _Context) -> None:
    """The body a page's note names for the figures no line credits ("Casualty figures are those of the MoH unless
    otherwise indicated"), unless a line restating the figure names its own body ("411 aid workers have been killed,
    according to the Aid Worker Security Database")."""
    named = {}
    for figure in figures:
        if figure.attributed_to and id(figure) not in context.defaulted and (
                figure.attributed_to.lower() in figure.quote.lower()
                or any(resolve(name, figure.location) == figure.attributed_to for _, name in originators_in(figure.quote))):
            named.setdefault((figure.metric, figure.value, figure.value_max, figure.group), figure.attributed_to)
    for figure in figures:
        if id(figure) in context.defaulted and figure.attributed_to is None:
            figure.attributed_to = named.get((figure.metric, figure.value, figure.value_max, figure.group),
                                             context.defaulted[id(figure)])


def _footnotes(text: str, context: _Context) -> dict[str, str]:
    """The source each footnote mark's note names ("* According to the Ministry of Health in Gaza.")."""
    notes = {}
    for note in _FOOTNOTE.finditer(text):
        named = attribution.reporting_originators(note.group("note"), context.location) or \
            originators_in(note.group("note"), context.location)
        if named:
            notes[note.group("mark")] = named[0][1]
    for note in _BARE_NOTE.finditer(text):  # "*Ministry of Health, Gaza, as of 19 November 2024": a note that names its body
        named = originators_in(note.group("note"), context.location)
        if note.group("mark") not in notes and named and named[0][0] <= _NOTE_NAMES_AT_START:
            notes[note.group("mark")] = named[0][1]
    return notes


def _footnoted_boxes(text: str, figures: list[Figure], context: _Context, notes: dict[str, str]) -> None:
    """"KEY FIGURES*" over a box and "* Casualty figures are those of the MoH in Gaza unless otherwise indicated"
    under it: the note's body gave the box's figures that no line of their own, nor a restatement, credits to
    another (a note on casualty figures only the casualty counts). ``notes``: ``_footnotes``."""
    restated = {}
    for figure in figures:
        if figure.attributed_to not in (None, context.opening_voice):
            restated.setdefault((figure.metric, figure.value, figure.group), figure.attributed_to)
    for header in _MARKED_HEADER.finditer(text):
        mark = header.group("mark")
        if mark not in notes:
            continue
        end = text.find("\n\n", header.end() + 1)
        end = len(text) if end < 0 else end
        casualties_only = any(_CASUALTY_NOTE.search(note.group("note")) for note in _FOOTNOTE.finditer(text)
                              if note.group("mark") == mark)
        for figure in figures:
            if header.end() < figure.char_start < end and figure.attributed_to in (None, context.opening_voice) and \
                    not originator_spans(figure.quote):
                # (the body a restatement names keeps its figure: "Aid workers killed: 411+" and later "411 aid workers
                # have been killed, according to the Aid Worker Security Database")
                figure.attributed_to = restated.get((figure.metric, figure.value, figure.group)) or (
                    notes[mark] if (not casualties_only or figure.family == "casualties") and not (
                        notes[mark] in _HEALTH_MINISTRIES and figure.metric.startswith("hostages_"))
                    else figure.attributed_to)


def _bracketed_footnotes(text: str, figures: list[Figure], context: _Context) -> list[Figure]:
    """A key figure's line closed by "(1)" over a footnote "(1) MoH Gaza.": the note names its source, and the mark is
    no count. Only where such notes exist ("Nablus (9)" in a list is a count)."""
    notes: dict[str, list[tuple[int, str]]] = {}  # a mark's notes in text order (a PDF numbers them again on each page)
    for note in _PAREN_FOOTNOTE.finditer(text):
        head = note.group("note")[:_NOTE_NAMES_AT]
        named = originator_spans(head)  # speakers too: "(3) Israeli official sources, cited in media."
        if named and named[0][0] <= _NOTE_NAMES_AT // 4:
            notes.setdefault(note.group("mark"), []).append((note.start("mark"), resolve(named[0][2], context.location)))
    if not notes:
        return figures
    starts = {figure.char_start for figure in figures}
    marks = set()
    for figure in figures:
        # the first mark after the number on its line, with no other count between ("Killed: 34,183 (1)  Injured: ... (2)")
        mark = _PAREN_MARK_ENDING_LINE.match(text, figure.char_end)
        if mark is None or any(figure.char_end < start < mark.start("mark") for start in starts):
            continue
        note = next((name for at, name in notes.get(mark.group("mark"), ()) if at > mark.start("mark")), None)
        if note:
            figure.attributed_to = note
            marks.add(mark.start("mark") + 1)
    notes_at = {at + 1 for found in notes.values() for at, _ in found}
    return [figure for figure in figures if figure.char_start not in marks and figure.char_start not in notes_at]


def _restated_named_lists(figures: list[Figure]) -> None:
    """A death count the document states elsewhere as its named list ("a list of 34,344 Gazans killed")
    is that list again ("Of the 34,344 deaths recorded, 11,355 are children"), and so are the groups
    its sentence breaks it into: none of them is the toll."""
    listed = {f.value for f in figures if f.metric == "killed_identified" and f.group == "all"}
    restated = [f for f in figures if f.metric == "killed" and f.group == "all" and f.value in listed]
    for total in restated:
        total.metric = "killed_identified"
        for part in figures:
            if part.metric == "killed" and part.group != "all" and part.quote == total.quote and \
                    0 < part.char_start - total.char_start < len(total.quote):
                part.metric = "killed_identified"


def _own_voice(text: str, scans: _Scans, publisher: str | None) -> str | None:
    """The body a document speaks for: a publisher that is an originator itself, else a body the
    document names as itself near its top ("Addameer's activities")."""
    if publisher:
        named = originators_in(publisher)
        if named:
            return named[0][1]
    opening = [span for span in scans.origins if span[0] < _OPENING]
    spoken = speaks_for(text[:_OPENING + 100], opening)
    if spoken is None and opening and _RELEASE_LINE.search(text, 0, _RELEASE_LINES_END) and \
            not text[:opening[0][0]].strip() and _STANCE_AFTER.match(text, opening[0][1]):
        # "WHO condemns the detention of health workers ..." over "News release": the release of the body its title names
        spoken = opening[0][2]
    if spoken is None and _OCHA_PRODUCT_TITLE.match(text):
        spoken = "OCHA"
    if spoken is None and opening and not text[:opening[0][0]].strip() and _MASTHEAD_BAR.match(text, opening[0][1]) and \
            not any(start < text.find("\n") for start, _, _ in opening[1:]):
        spoken = opening[0][2]  # "OCHA | Occupied Palestinian Territory", "Health Cluster | oPt": the one body a masthead names
    return spoken


def _default_source(sentences: list[_Sentence], context: _Context) -> tuple[str, bool] | None:
    """The body a page's note names as the source of its figures "unless otherwise indicated", and whether the note is
    of its casualty figures only."""
    for current in sentences:
        if not current.origins or "nless" not in current.text or not _UNLESS.search(current.text):
            continue
        for note in _DEFAULT_SOURCE_NOTE.finditer(current.text):
            body = next((name for start, _, name in current.origins if note.end() <= start <= note.end() + 12), None)
            if body:
                return resolve(body, context.location), "casualt" in note.group().lower()
    return None


def _update_context_before(context: _Context, sentence: str, unit: Unit, index: int, scans: _Scans) -> None:
    if index and (context.source is not None or context.section_period is not None) and (
            _is_section_heading(sentence, unit, scans.text) or _SEPARATOR_LINE.fullmatch(sentence)):
        # "HUMANITARIAN ACCESS AND AID WORKERS": a new section, whose figures neither the last body gave nor the
        # last list's header ("incidents reported between 17 and 20 August:") dates
        context.source = context.section_period = None
    elif index and context.source is not None and _ENTRY_TIME_LINE.fullmatch(sentence) and _whole_line(scans.text, unit):
        context.source = None  # "18:40 GMT": a live page's next entry, whose figures the last entry's body did not give
    if context.reporting_period is None and index <= _REPORTING_PERIOD_UNITS and _REPORTING_PERIOD.match(sentence) and \
            (span := date_range_in(sentence, context.published)) and (stated := period_in(sentence, context.published)):
        # "Reporting period: 3–9 June 2024" under a report's title: the stretch its counts cover, section after section,
        # unless their own words say otherwise ("Period covered: 8 October 2023 - 3 December 2024": the war's toll)
        context.reporting_period = stated
        context.section_as_of = context.section_as_of or span[3]
    if len(sentence) <= 60 and _KEY_FIGURES_HEADING.match(sentence) and _whole_line(scans.text, unit):
        # "Key figures (Gaza Strip)" under "Issue 22 | 16–29 January 2024": the box's running totals, not the issue's stretch
        # (unless the heading states its own: "Key figures (1 January – 30 June 2025)")
        context.section_period, context.key_box_paragraph = None, unit.paragraph
    if unit.header:
        period = period_in(sentence, context.published)
        if period:
            context.section_period = period
        elif _PICTOGRAPH_HEADING.match(scans.text, scans.text.rfind("\n", 0, unit.start) + 1):
            # "🏥 Health situation:" after "📌 Details of the day:": a bulletin's next section, which the day no longer dates
            context.section_period = None
    elif len(sentence) <= 80 and ("–" in sentence or "-" in sentence) and _whole_line(scans.text, unit):
        span = date_range_in(sentence, context.published)  # "Key figures (1 January – 30 June 2025)": the box's period
        if span and len(sentence.split()) <= 10:
            context.section_period = period_in(sentence, context.published)
            context.section_as_of = span[3]
    # (a testimonies summary's line, "Held in stress positions for long periods: 49", is about the held)
    if _DETENTION.search(sentence) or ("IPS" in sentence or "guards" in sentence) and _HELD_SIGNS.search(sentence) \
            or linking.is_abuse_finding(sentence):
        context.detention_unit, context.detention_paragraph = index, unit.paragraph
        context.detention_units += 1
    if _DIGIT.search(sentence) is None:  # every date below holds a digit
        return
    dateline = page_date(sentence)
    if dateline or _MONTH_YEAR.fullmatch(sentence.strip()):  # a line that is only a date dates what follows it
        context.section_as_of = dateline or parse_date("1 " + sentence.strip())


def _widget(text: str, sentences: list[_Sentence], index: int) -> _Sentence | None:
    """A number alone on its line read with a short label line next to it: how a page's key-figures widgets
    come out as text, the label below ("61,000" / "Palestinians killed") or above ("Total killed" / "61,000").

    A run of such pairs has one layout: the labels are above when the line over the run's first number is a
    label naming a metric and the line under its last number is not; else they are below. A label states no
    count (a date it may), and only white space lies between it and its number.
    """
    def label_like(other: int) -> bool:
        if not 0 <= other < len(sentences) or not _whole_line(text, sentences[other].unit):
            return False
        found, near = sentences[other], sentences[other + 1 if other < index else other - 1]
        between = text[found.unit.end:near.unit.start] if other < index else text[near.unit.end:found.unit.start]
        # (a date in it is no count: "Prisoners killed in custody since 7 October 2023")
        return not between.strip() and len(found.text.split()) <= _WIDGET_LABEL_WORDS and \
            not (_DIGIT.search(found.text) and find_numbers(found.text))

    def number_line(other: int) -> bool:
        return 0 <= other < len(sentences) and _BARE_NUMBER_LINE.match(sentences[other].text) is not None

    def names_metric(other: int) -> bool:
        return label_like(other) and bool(cues_in(sentences[other].text))

    first, last = index, index
    while number_line(first - 2) and label_like(first - 1):
        first -= 2
    while number_line(last + 2) and label_like(last + 1):
        last += 2
    labels_above = names_metric(first - 1) and not names_metric(last + 1)
    other = index - 1 if labels_above else index + 1
    if not names_metric(other):
        return None
    number, label = sentences[index], sentences[other]
    quote = text[min(label.unit.start, number.unit.start):max(label.unit.end, number.unit.end)]
    if labels_above:
        unit = dataclasses.replace(number.unit, start=number.unit.start - len(label.text) - 2)
        return _Sentence(f"{label.text}: {number.text}", unit, index, [], [], quote)
    return _Sentence(f"{number.text} {label.text}", number.unit, index, [], [], quote)


def _place_label_line(current: _Sentence) -> bool:
    """True for a list line whose label is only a place: "- Jenin: 121 (including 14 children)", "Tubas: 18"."""
    if not current.places:
        return False  # (the cheap test first: such a label names a place)
    label = _LABEL_LINE.match(current.text)
    if not label or not _PLACE_VALUE_END.match(current.text, label.end() - 1) or cues_in(label.group("label")):
        return False  # "Jenin: 11 days of raids", "Gaza Strip: 2.1 million": a place's other numbers
    start, end = label.span("label")
    covered = "".join(current.text[s:e] for s, e, _ in current.places if start <= s and e <= end)
    rest = _PLACE_FILLERS.sub("", current.text[start:end].replace(covered, "", 1) if covered else current.text[start:end])
    return bool(covered) and not rest.strip(" ,-–")


def _running_just_before(context: _Context, index: int) -> bool:
    """Whether the unit before ``index`` states a running count's start ("Since the war began, UNRWA premises have been hit
    on 331 occasions."), which the next sentence's counts go on with, whatever stretch the report covers."""
    if not index:
        return False
    start, end = context.unit_spans[index - 1]
    stated = period_in(context.text[start:end], context.published)
    return stated is not None and stated[0] == "cumulative"


def _count_by_place(figures: list[Figure], sentences: list[_Sentence], units: list[Unit], index: int
                    ) -> tuple[str, str] | None:
    """(family, metric) of the count a table "by governorate" under unit ``index`` breaks down: of the wholes stated in
    the units just above, the one its "Total" row restates, else the only kind there is."""
    above = units[max(0, index - _BY_PLACE_REACH)].start
    wholes = [f for f in figures if f.char_start is not None and f.char_start >= above and f.family == "casualties"
              and f.group == "all"]
    total_row = next((current.text for current in sentences[index + 1:index + 1 + _BY_PLACE_ROWS]
                      if _TOTAL_LINE.match(current.text)), "")
    totals = {float(run.replace(",", "")) for run in _DIGIT_RUN.findall(total_row)}
    restated = next((f for f in reversed(wholes) if f.value in totals), None)
    if restated is not None:
        return restated.family, restated.metric
    kinds = {(f.family, f.metric) for f in wholes}
    return kinds.pop() if len(kinds) == 1 else None


def _from_another_place(current: _Sentence, at: int, context: _Context) -> bool:
    """Whether the sentence goes on at ``at`` with "were from <place>", a place that parts the count before by where its
    people came from ("Forty-nine of them were residents of the Gaza Strip and 26 were from the West Bank" of deaths in
    custody). A place inside the count's own ("25 killed across Gaza. Fifteen of them were from Khan Younis") or no
    place of the ledger's ("from Al Jazeera") tells where some of them lived, not a count of its own."""
    stated = FROM_A_PLACE_OF_THEM.match(current.text, at)
    if stated is None:
        return False
    # (the places the document scan found in the sentence: no second scan)
    place = next((name for start, _, name in current.places if start == stated.end()), None)
    # (a whole of two places parts into either: "75 Palestinians from Gaza and the West Bank ... Forty-nine of them were from
    # the Gaza Strip")
    return place is not None and (context.last_head_place is None or len(single_places(context.last_head_place)) > 1
                                  or not set(single_places(place)) & set(single_places(context.last_head_place)))


def _group_label_line(sentence: str) -> bool:
    """True for a key-figures line whose label names only who was counted: "Children: 18,000", "- Women: 12,400"."""
    label = _LABEL_LINE.match(sentence)
    return bool(label and len(label.group("label").split()) <= 3 and casualties.group_for_victims(label.group("label"))
                and not cues_in(label.group("label")))


def _by_whom_line(sentence: str) -> bool:
    """True for a line that splits the count right above it by who did it: "   by Israeli settlers .... 2"."""
    label = _LABEL_LINE.match(sentence) if ":" in sentence else None  # (asked of every unit; a label ends at a colon)
    return bool(label and grids.BY_WHOM_LABEL.fullmatch(label.group("label")))



def _title_author(sentence: str, unit: Unit, index: int, text: str, named: list[tuple[int, str]]) -> str | None:
    """The author a title line among a document's first ``_OPENING_LINES`` names, as a title is written (no full
    stop), up to ``_TITLE_WORDS`` words: "Daily report of the Ministry of Health on the humanitarian situation, 22 July
    2025", "Oral update of the Independent International Commission of Inquiry on ..., and Israel" (the body right
    after "of", not one named later; not a story's title about a body: "Ministry of Health improves accuracy in latest
    casualty report")."""
    if index >= _OPENING_LINES or len(sentence.split()) > _TITLE_WORDS or sentence.rstrip().endswith(".") \
            or not _whole_line(text, unit):
        return None
    # below the first line only a line that opens as a title does ("Oral update of ...", not a standfirst's "Israel
    # rejected the latest report of UNRWA ...")
    return next((name for match in _AUTHORED_BY.finditer(sentence) for position, name in named
                 if match.end() == position and (index == 0 or len(sentence[:match.start()].split()) <= 1)), None)


def _opens_with_author(sentence: str, origins) -> bool:
    """A title that opens with its author: "B'Tselem report: ...", "Palestinian Prisoners' Society: 2025 in figures"."""
    return any(sentence[:start].strip(_TITLE_MARKS) == "" and _AUTHOR_AFTER.match(sentence, end) for start, end, _ in origins)


def _is_section_heading(sentence: str, unit: Unit, text: str) -> bool:
    """A line of its own that titles a section: a few words, no number, no sentence's end, in capitals or
    with every longer word capitalised ("HEALTH", "Humanitarian Access and Aid Workers")."""
    if len(sentence) > 90 or not _whole_line(text, unit):  # the cheap tests first: most units are sentences of a paragraph
        return False
    if text[text.rfind("\n", 0, unit.start) + 1:unit.start].strip() in _BULLETS:
        return False  # "- West Bank" over "Palestinians killed: 6": an item of the list, under its heading still
    words = sentence.split()
    if not words or len(words) > _HEADING_WORDS or sentence.rstrip()[-1] in _SENTENCE_ENDS or _DIGIT.search(sentence) \
            or "|" in sentence or words[0] in ("By", "BY") or _DATELINE.match(sentence):
        return False  # "By Jane Doe" (a byline), "RAMALLAH, West Bank" (a dateline) title nothing
    # "WEST BANK (including East Jerusalem)": a heading in capitals with a note in brackets
    return sentence.split("(")[0].strip().isupper() or all(word[0].isupper() for word in words if len(word) > 3)


def _whole_line(text: str, unit: Unit) -> bool:
    """True when ``unit`` is a line of its own (a title, a box's heading), not a sentence of a paragraph."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    marker = text[line_start:unit.start].strip()
    return (unit.start == line_start or _LIST_MARKER.fullmatch(marker) or marker in _BULLETS) \
        and (unit.end == len(text) or text[unit.end] in "\r\n")  # "2. Toll of the past 24 hours": past its marker


def _update_context_after(context: _Context, current: _Sentence, links: list[Link]) -> None:
    sentence, unit, index = current.text, current.unit, current.index
    if unit.header and not links and _PARTS_FOLLOW.fullmatch(sentence) and (
            context.last_head_index == index - 1 or context.last_head_index == index - 2
            and "\n\n" not in context.text[context.last_head_end:unit.start]):
        # "... verified the deaths of 9,284 Palestinians. Of these:" over "women: 2,391": parts of that count (past a
        # sentence between that says more of it: "That total leaves out Gazans held in military camps. It includes:")
        blank_after = context.text.startswith("\n\n", unit.end)
        context.list_parent = context.parts_parent = context.last_head
        context.parts_source = context.last_head_source
        context.list_paragraph = unit.paragraph + 1 if blank_after else unit.paragraph
    elif unit.header and not links:
        _read_table_header(context, sentence, unit)
    elif not links and not unit.header and len(sentence) <= 90 and _whole_line(context.text, unit) \
            and sentence.rstrip()[-1:] not in ".!?" and len(sentence.split()) <= (
                _HEADING_PERIOD_WORDS if "(" in sentence or _NUMBERED_OR_SINCE.match(sentence) else 10):
        # "West Bank – past 24 hours (ministry daily report)", "📊 Toll since 7 October 2023": a heading's period
        # is the lines' under it; a line that is only a date ("Sunday 21 July 2024") dates them, and a headline's
        # blow ("Israeli strike on Gaza school kills dozens") is its story's, not every count's under it
        bulleted = not _LABEL_LINE_NEXT.match(context.text, unit.end) and _BULLET_COUNT_NEXT.match(context.text, unit.end)
        if (bulleted or _LABEL_LINE_NEXT.match(context.text, unit.end)) and not _COUNT_LIKE.search(sentence):
            heading_before = context.list_parent
            _read_table_header(context, sentence, unit, heading=True, index=index)  # "Monthly arrests, West Bank (2025)" over "January: 612"
            if bulleted and context.list_parent is not heading_before:
                # (of the held or the dead and hurt: under "Patients", "- 12,000 patients await evacuation" is
                # left out on its own line and no heading brings it back)
                if context.list_parent.family == "hospitals":
                    context.list_parent = heading_before
                else:
                    context.list_parent.people_lines_only = True
            cited = [name for start, end, name in current.origins if _cited_in_brackets(sentence, start, end)]
            if cited:  # "Status of child detainees (IPS data)": the body in its brackets gave the lines under it
                context.source, context.source_unit = resolve(cited[-1], context.location), index
        stated = period_in(sentence, context.published) or (
            ("period", "month_or_year", None) if _BREAKDOWN_HEADING.fullmatch(sentence) and _BRACKETED_MONTH.search(sentence)
            else None)  # "Breakdown by governorate (March 2026)" (not "Casualties in Gaza (May 2025)" over running totals)
        if stated and (stated[0] == "period" and stated[1] != "incident" and not page_date(sentence)
                       and not (stated[1] == "day" and _DATED_LINE.search(sentence))
                       or stated[0] == "cumulative" and stated[2]):
            context.section_period = stated
    planned = context.plan[index]
    if not (current.origins or current.places or links or planned.reporting or planned.refers_back
            or ((" as of " in sentence or " as at " in sentence) and _VALID_AS_OF.search(sentence))):
        return  # most units: nothing named, nothing found, nothing that moves the context
    named = originators_in(sentence, context.location, current.origins) if current.origins else []  # (most units name none)
    if current.origins:
        context.last_named = [name for _, _, name in current.origins]
        context.named_bodies.extend((sentence[start:end].lower(), name) for start, end, name in current.origins
                                    if any(found == name for _, found in named))
    ministries = [name for _, name in named if "Ministry" in name]
    if ministries:
        context.last_ministry = ministries[-1]
    reporting = planned.reporting
    if reporting and not links and resolve(reporting[-1], context.location) in _EYEWITNESSES:
        pass  # "According to witnesses we spoke to, neither man posed a threat": what they saw, no count they give on
    elif reporting and not links and resolve(reporting[-1], context.location) in context.data_recipients:
        pass  # "This is the highest number HaMoked has recorded" on a page of IPS figures provided to HaMoked
    elif reporting:
        carried = reporting[-1]
        if links and len(reporting) > 1:
            # "... according to the Lebanese Ministry of Public Health, UNICEF said today": the sentence's counts are the
            # ministry's, and so are the next sentence's (UNICEF relays them)
            carried = originator_in(sentence, near=links[-1].number.start, location=context.location,
                                    spans=current.origins) or carried
        context.source, context.source_unit = resolve(carried, context.location), index
        context.source_places = tuple(_places_spoken_of(current)) or ((context.location,) if context.location else ())
        context.source_line = unit.line
    elif planned.refers_back:
        context.source_unit = index
        # "..., the ministry added": the statement goes on in the ministry's voice, whoever spoke in between
        context.source = _body_named_back(current, context) or context.source
    elif links and (named_back := _body_named_back(current, context)):
        # "..., according to the two groups. They said it was the second death of a prisoner this month": they go on
        context.source, context.source_unit = named_back, index
    author = _title_author(sentence, unit, index, context.text, named) if named and not links else None
    if author:
        context.letterhead = author
    elif named and (index == 0 and _opens_with_author(sentence, current.origins) or not links and len(sentence.split()) <= 12
                    # (a source note naming two bodies, "Source: IPS data obtained by the prisoners' institutions", is no
                    # letterhead; "Source: Ministry of Health" is the page's source)
                    and not (_SOURCE_NOTE.match(sentence) and len({name for _, name in named}) > 1)
                    # (nor a footnote under a key-figures box, "*Ministry of Health, Gaza, as of 19 November 2024": the
                    # marked lines' source, read by ``_footnotes``)
                    and not (index > 1 and _FOOTNOTE_MARK.fullmatch(context.text, context.text.rfind("\n", 0, unit.start) + 1,
                                                                     unit.start)
                             and _MARK_USED_BEFORE.search(context.text, 0, unit.start))  # (a bullet "* Ministry of Health" is one)
                    and not (_ENTRY_TIME_LINE.fullmatch(context.text, context.text.rfind("\n", 0, max(0, unit.start - 1)) + 1,
                                                        max(0, unit.start - 1)))
                    and not _ENTRY_TIME_LINE.fullmatch(sentence)):
        # (not a live page's entry headline: "16:20 GMT" over "WHO: Gaza hospitals 'beyond breaking point'", "12:30 GMT -
        # WHO: Gaza's health system 'barely standing'")
        context.letterhead = named[-1][1]
    elif named and not links and index <= _BYLINE_UNITS and named[0][0] == current.origins[0][0] and \
            _PUBLISHED_BY.fullmatch(sentence, 0, current.origins[0][0]):
        context.letterhead = named[0][1]  # "Published 9 June 2026 by the United Nations Office for the Coordination of ..."
    elif named and index == 0 and not links and current.origins[0][0] == 0 and _whole_line(context.text, unit) \
            and _BODY_LETTERHEAD_TAIL.match(sentence, current.origins[0][1]):
        # "B'Tselem - The Israeli Information Center for Human Rights in the Occupied Territories": its name heads its page
        context.letterhead = named[0][1]
    elif index == 0 and not named and not links and current.origins and \
            (current.origins[0][0] == 0 or _BODYS_UNIT_BEFORE.fullmatch(sentence, 0, current.origins[0][0])) \
            and _whole_line(context.text, unit) and _LETTERHEAD_TAIL.match(sentence, current.origins[0][1]):
        # "Palestinian Civil Defence - General Directorate, Gaza Governorates", "General Directorate of Civil Defence –
        # Gaza Strip": a body that is otherwise only a speaker (civil defence crews are also a group of victims) heads its
        # own statement
        context.letterhead = resolve(current.origins[0][2], context.location)
    if not (current.origins or reporting):
        pass  # (the two statements below name their body: a unit that names none is not scanned for them)
    elif (shown := _TABLE_SHOWS.search(sentence)) and (cited := [name for start, _, name in current.origins if start >= shown.end()]):
        # "The table below sets out the IPS figures for ...": the table's figures are that body's
        context.letterhead = context.source = resolve(cited[0], context.location)
        context.source_unit = index
    elif (data_from := _PAGE_DATA_FROM.search(sentence)) and not _AND_OTHER_RECORDS.search(sentence, data_from.end()) and \
            (provider := _page_data_provider(sentence, data_from, current, reporting, context.letterhead)):
        # "The figures below were provided to HaMoked by the IPS", "according to figures the IPS provided to
        # B'Tselem", "Below are the figures the IPS provided for ...": a statistics page's figures are that body's, all
        # the way down; the first named is the one that compiled them ("compiled by Addameer from data that the IPS
        # discloses")
        # (the body asked, not the asker who reports: "HaMoked puts the same question to the IPS")
        context.letterhead = context.source = resolve(provider[0], context.location)
        # the body the figures were provided to publishes them; its own remarks later ("the highest number HaMoked has
        # recorded") give no count of its own
        context.data_recipients = {name for _, _, name in current.origins} - {context.letterhead}
    if not links and _VALID_AS_OF.search(sentence):  # "All information valid as of 13 May 2025": the report's date
        context.section_as_of = as_of_in(sentence, None) or context.section_as_of
    named_places = [single for _, _, place in current.places for single in single_places(place)]
    for place in sorted(named_places, key=_PLACE_ORDER.get):  # ties: table order
        context.places_seen[place] = context.places_seen.get(place, 0) + 1
    if named_places and not links and _PLACE_HEADING.fullmatch(sentence) and _whole_line(context.text, unit):
        # a heading naming a place ("West Bank, including east Jerusalem" over a box's lines): what follows is about it,
        # however often the lines above named another
        context.places_seen[named_places[0]] = max(context.places_seen.values()) + 1
    if named_places:  # the place the document talks about most so far (unchanged if none is named)
        context.location = max(context.places_seen, key=context.places_seen.get)
    heads = [link for link in links if link.parent is None]
    if heads:
        context.last_head, context.last_head_index, context.last_head_end = heads[0], index, unit.end
        if ":" in sentence and _whole_line(context.text, unit) and not (
                context.label_paragraph == unit.paragraph and context.label_parent is not None
                and _SUBCATEGORY_OF.get(heads[0].metric) == context.label_parent.metric):
            # "Total held: 10,188 / Administrative detainees: 3,577 / Minors: 319": the minors are of the total
            context.label_heads = context.label_heads + 1 if context.label_paragraph == unit.paragraph else 1
            context.label_parent, context.label_paragraph = heads[0], unit.paragraph
            context.label_parent_place = _place_label_line(current)  # "- Hebron: 187 arrests" heads a list of places
    if unit.header and heads:
        context.list_parent, context.list_paragraph = heads[-1], unit.paragraph


def _cited_in_brackets(sentence: str, start: int, end: int) -> bool:
    """True when the body at ``start:end`` stands in brackets that cite it as the source: "(IPS data)", "(source: OCHA)"
    (not "Administrative detainees held by Israel (in IPS facilities)")."""
    opening = sentence.rfind("(", 0, start)
    if opening < 0 or ")" in sentence[opening:start]:
        return False
    closing = sentence.find(")", end)
    rest = sentence[opening + 1:start] + " " + sentence[end:closing if closing >= 0 else len(sentence)]
    return _CITED_IN_BRACKETS.fullmatch(rest) is not None


def _read_table_header(context: _Context, sentence: str, unit: Unit, heading: bool = False, index: int = -99) -> None:
    """A header naming what the lines under it count, with no count of its own ("Palestinians held in
    administrative detention by the IPS, end of month:" over "July 2025   3,577" lines): its metric heads them,
    in its paragraph or, past a blank line, the next. A heading without a colon names its count first ("Arrests by
    month, including children detained"); one that names two counts ("Killed and injured by governorate") heads none."""
    nouns = [cue for cue in cues_in(sentence) if cue.kind == "noun"]
    if heading:
        specific = {cue.metric for cue in nouns if not detention.is_generic(cue.metric)}
        nouns = [] if len(specific) > 1 else sorted(nouns, key=lambda cue: detention.is_generic(cue.metric))[:1]
    if not nouns and (heading or unit.header) and (_BREAKDOWN_HEADING.fullmatch(sentence) or _OVER_TIME_HEADING.fullmatch(sentence)) \
            and context.last_head is not None and index - context.last_head_unit <= _BREAKDOWN_REACH:
        # "Breakdown by governorate (March 2026)" over "Jenin .... 8": the parts, by place, of the count just told;
        # "Recent months (figures for the last day of each month):" over "End of March 2024: 3,558": its values over time
        metric, family = context.last_head.metric, context.last_head.family
    elif not nouns:
        return
    else:
        # "Number of administrative detainees held by the IPS at the end of each year:": the regime named, not "held"
        named = nouns[-1] if not detention.is_generic(nouns[-1].metric) else next(
            (cue for cue in reversed(nouns) if cue.family == nouns[-1].family and not detention.is_generic(cue.metric)),
            nouns[-1])
        metric, family = named.metric, named.family
    in_brackets = _IN_BRACKETS_NOTE.search(sentence)  # "(minors in brackets)": what the lines' bracketed counts are
    if in_brackets:
        sentence = sentence[:in_brackets.start()] + sentence[in_brackets.end():]
    group = casualties.group_for_victims(sentence) if heading and not _EXCLUDING.search(sentence) else None
    head = Link(NumberMention(0.0, 0, 0, ""), metric, family, group=group,  # "Status of child detainees"
                bracketed_group=casualties.group_for_victims(in_brackets.group("what")) if in_brackets else None)
    if (pair := _SLASHED_PAIR_NOTE.search(sentence)) and \
            (first := [c for c in cues_in(pair.group("first")) if c.kind == "noun"]) and \
            (second := [c for c in cues_in(pair.group("second")) if c.kind == "noun"]):
        head.slashed_metrics = (first[0].metric, second[0].metric)  # "(martyrs / injured):" over "... 37 / 102"
    blank_after = context.text.startswith("\n\n", unit.end) or context.text.startswith("\r\n\r\n", unit.end)
    context.list_parent, context.list_paragraph = head, unit.paragraph + 1 if blank_after else unit.paragraph


def _figure(link: Link, current: _Sentence, context: _Context) -> Figure:
    sentence, unit, index = current.text, current.unit, current.index
    location = link.place or place_of(current.places, sentence, link.number.start, link.number.end) or context.location
    previous = context.previous_period if index - context.previous_period_unit == 1 else None
    if (previous is None or previous[0] == "cumulative" and not _OWN_SPAN_FIRST.match(context.previous_text)) and \
            context.last_window and index - context.last_window_unit <= 5 and _NEW_IN_THE_SAME_PERIOD.search(sentence):
        # "Over the last 24 hours, 76 martyrs ... The death toll since 7 October 2023 thus rises to 62,744 ... In the same
        # period, hospitals recorded six new deaths caused by famine": the stretch before the running total
        previous = context.last_window
    if (previous is None or previous[0] == "period" and previous[1] in _NO_STRETCH) and context.last_stretch and \
            index - context.last_stretch_unit <= 5 and _SAME_STRETCH.search(sentence):
        # "Between 13 and 19 January, four Palestinians were killed ... Three of them died when an air strike hit a car ...
        # During the same week, 61 Palestinians were injured": the week, not the strike told in between
        previous = context.last_stretch
    if context.last_span and index - context.last_span_unit <= _SAME_SPAN_REACH and \
            context.paragraphs[context.previous_period_unit] != unit.paragraph and _THE_SAME_PERIOD.search(sentence) and \
            not _NEW_IN_THE_SAME_PERIOD.search(sentence):  # (the new deaths "in the same period" are the window's, above)
        # "Since 7 October 2023, 912 were killed ... Over the past week alone, 14 ... On 8 January, a strike ... \n\n Over the
        # same period, five Israelis ...": a paragraph opening on "the same period" goes back to the running total's span,
        # past the windows and incidents told after it
        previous = context.last_span
    if previous and link.number.value > context.previous_largest and PART_OF_THOSE.match(sentence):
        previous = None  # "1,050 of the Palestinians killed" after "killed 3 on Wednesday": no part of those 3
    line_start = context.text.rfind("\n", 0, unit.start) + 1
    list_line = bool(_BULLET.match(context.text, line_start, unit.start + 1)) or _list_parent_of(context, unit) is not None
    section_period = context.section_period
    if section_period is None and context.reporting_period and not list_line and not _running_just_before(context, index) \
            and unit.paragraph != context.key_box_paragraph:
        section_period = context.reporting_period
    if list_line and context.breakdown_period and unit.paragraph - context.breakdown_paragraph in (0, 1) and \
            link.number.value <= context.breakdown_ceiling:  # (a line larger than the count is no part of it)
        section_period = context.breakdown_period  # "... resulted in 19 martyrs. They are distributed by district as follows:"
    period, detail, start = link.period or figure_period(
        link, sentence, context.published, section_period, previous, whole=context.whole_period,
        whole_here=context.whole_here, list_line=list_line,
        stretch_before=previous if previous and previous[0] == "period" and context.previous_kinds == {"period"}
        and link.number.value <= context.previous_largest else None)
    defaulted = None
    # a sentence that names no body gives no source (most figures' sentences)
    source = _label_source(sentence, current.origins, link.number.start, location) or (
        originator_in(sentence, near=link.number.start, location=location, spans=current.origins)
        if current.origins else None)
    if location == "Israel" and source == _GAZA_MINISTRY and any(name == BARE_HEALTH_MINISTRY for _, _, name in current.origins) \
            and not _places_spoken_of(current) - {"Israel"}:  # (not "Israeli air strikes on ... Lebanon killed 31")
        # "1,874 casualties ... evacuated to hospitals across Israel, the Ministry of Health said": a bare ministry the
        # figure's own sentence names, about Israel, is Israel's (a document's place, guessed from what it names most, is
        # too weak a sign: a story headed "Israel hands back 15 bodies" quotes Gaza's)
        source = _ISRAELI_MINISTRY
    if source is None and ("ccording" in sentence or _NAMED_SUBJECT_REPORTS.search(sentence)):
        source = _unlisted_body(sentence)  # "according to the Syrian Observatory for Human Rights": named, if not listed
    if context.letterhead and _FIRST_PERSON_SOURCE.search(sentence) and not _QUOTE_MARK.search(sentence) and \
            all(attribution.holds_them(sentence, start) for start, _, _ in current.origins):
        source = context.letterhead  # "Our Office documented 187 settler attacks", "according to information gathered by our Office"
    if source is None and context.last_head_source and current.index - context.last_head_unit == 1 and \
            _OPENS_WITH_PART.match(sentence):
        source = context.last_head_source  # "..., the IPS was holding 3,362. Among them were 88 minors": the IPS's too
    if source is None and detail not in _MODELLED and not _UNNAMED_SOURCE.search(sentence):
        # a projection is its modeller's, never a carried counter's; "according to an AP reporter" names its own
        source = _carried_source(current, context, location)
        # a body named in this paragraph goes on speaking in it ("Its spokesperson said a further 30 were injured")
        this_paragraph = source is not None and source == context.source and context.source_unit >= 0 and \
            context.paragraphs[context.source_unit] == unit.paragraph
        clause = sentence[max(0, link.number.start - 60):link.number.end + 60]
        covered = covers(source, clause, link.population)
        if not covered or link.family not in _FAMILIES_COUNTED_BY.get(source, _ALL) or not _counts_there(source, link, None) \
                or not this_paragraph and (
                    link.group == "aid_workers" and context.letterhead in _UN_BODIES and source not in _UN_BODIES
                    or link.metric.startswith("hospitals_") and context.letterhead == "WHO" and source in _HEALTH_MINISTRIES
                    # (nor does one hospital, carried from a paragraph before, count the Strip's hospitals, but on its own page)
                    or link.metric.startswith("hospitals_") and source != context.letterhead
                    and (_HOSPITAL_NAMED.search(source or "") or source == HOSPITAL_OFFICIALS)
                    or context.letterhead in _UN_BODIES and source in _UN_BODIES and source != context.letterhead
                    and not context.plan[index].refers_back):
            # (a UN page keeps the aid workers' tally, which the UN keeps, and WHO's page the hospitals' state, which WHO
            # tracks, over a body cited before for another count, a ministry's toll; a UN body's page speaks in its own
            # voice again past the paragraph that cited another UN body: OHCHR's notes after "OCHA has recorded ...")
            letterhead = context.letterhead
            if letterhead not in (None, source) and covers(letterhead, clause, link.population) and \
                    link.family in _FAMILIES_COUNTED_BY.get(letterhead, _ALL):
                source = letterhead
            elif not (context.plan[index].refers_back and _body_named_back(current, context) == source
                      or covered and source in PRISONERS_BODIES and source == letterhead):
                # (a body the sentence names back keeps its count: "The State further said 23 detainees had died"; a
                # prisoners' body keeps a casualty count on its own page)
                source = None
        default = context.default_source
        default = default[0] if default and (not default[1] or link.family == "casualties") and \
            covers(default[0], clause, link.population) and _counts_there(default[0], link, location, stated=True) else None
        if source is not None and context.letterhead in _UN_BODIES and context.letterhead != source and \
                not context.plan[index].refers_back and period == "period" and _INCIDENT_OPENING.match(sentence) and \
                covers(context.letterhead, clause, link.population):
            source = default or context.letterhead
        elif default and (source in (None, context.letterhead) or not context.plan[index].refers_back and not this_paragraph):
            # the page's note names the body its figures come from, where no line names one, over a body carried from
            # another line ("unless otherwise stated": this line states none); given once the whole page is read: a
            # restatement naming another body keeps its figure (``_give_default_source``)
            source, defaulted = None, default
    if source is None and link.family == "casualties" and _TO_MINISTRY.search(sentence):
        # "the ministry said" with no ministry named before: in a casualty report, the health ministry of the place
        source = resolve(BARE_HEALTH_MINISTRY, location)
    if source == PRISONERS_ORGANISATIONS:
        # the prisoners' bodies together, named as such: the one whose page it is (it cites itself among them), or the one
        # the next lines name ("... published by Palestinian Prisoner Rights institutions. ... Addameer released the data")
        named = context.letterhead if context.letterhead in PRISONERS_BODIES else forward_source(context.plan, index)
        source = resolve(named, location) if named in PRISONERS_BODIES else source
    if link.metric == "reports_of_abuse" and source in _ACCUSED and not any(
            resolve(name, location) == source and not _BY_THE.search(sentence, max(0, start - 20), start)
            for start, _, name in current.origins):
        # (the IPS or the army as the one they were beaten by: "48 said they had been beaten by IPS guards"; not where it
        # speaks: "The IPS said that 36 prisoners reported ...", "..., the IPS told Haaretz")
        source = context.letterhead  # "violence by guards and by the IPS's special units. Of the 72 ..., 66 said ...": not the IPS's count
    if link.metric == "reports_of_abuse" and source in _ABUSED_AS_SPEAKERS:
        source = context.letterhead  # "Sixty-eight of the 73 witnesses said ...": the counted speak; the collector counts
    if source == "Gaza Ministry of Health" and location in ("West Bank", "East Jerusalem") and \
            "gaza" not in sentence.lower():
        source = "Palestinian Ministry of Health (Ramallah)"
    if source in _HOSPITAL_PEOPLE and "ospital" in context.text:
        source = _their_hospital(source, current, context)
    group = link.group or _own_staff(sentence, link, source, context.letterhead) or _trade_left_out(link, current, context) or "all"
    if link.metric in ("killed", "injured") and group == "all" and casualties.is_soldier_toll(linking.SOLDIERS_AS_AGENTS.sub(
            " ", _ASIDE_OPENS.split(sentence[link.number.end:link.number.end + 40], 1)[0])) and \
            not _AND_CIVILIANS_AFTER.match(sentence, link.number.end):  # not "16 people, including five soldiers"
        # (nor "389 soldiers and civilians wounded": both kinds)
        # (nor "in 9 further cases it is unclear whether soldiers or settlers were responsible": who killed them)
        group = "soldiers"
    if link.metric == "killed" and group == "all" and \
            _ARMY_TOLL_BEFORE.search(sentence, max(0, link.number.start - _ARMY_TOLL_REACH), link.number.start):
        group = "soldiers"  # "The IDF's death toll rose to 227", "the death toll in the ground offensive against Hamas to 227"
    if link.metric in hospitals.HOSPITAL_COUNTS and group == "all" and "ield hospital" in sentence and (
            _FIELD_COUNTED.match(sentence, link.number.end) or _FIELD_LABEL.match(sentence)
            or _FIELD_FRAMED_BEFORE.search(sentence, 0, link.number.start)
            or _NO_NOUN_AFTER.match(sentence, link.number.end)
            and any(m.end() <= link.number.start for m in _FIELD_COUNT.finditer(sentence))
            and not _PLAIN_HOSPITALS.search(sentence)):
        # "Eleven field hospitals are operating, of which eight are fully functional": those counted are field hospitals
        # (not "12 health facilities ..., including the Jordanian field hospital")
        group = "field_hospitals"  # "Eleven field hospitals are operating": not the Strip's hospitals, a series of their own
    metric = link.metric
    if metric == "detainees" and _WERE_DETAINED_LAST.match(sentence, link.number.end) and \
            (stretch := next((cue for cue in periods_in(sentence, context.published) if cue[1] == "period"), None)):
        # "In the first nineteen days of November alone, 41 children were detained.": taken in, in that stretch
        metric, period, detail, start = "arrests", "period", stretch[2], stretch[3]
    figure = Figure(
        family=link.family, metric=metric, value=link.number.value, qualifier=link.qualifier,
        value_max=link.value_max, group=group, population=link.population, location=location,
        attributed_to=source, period=period, period_detail=detail, period_start=start,
        as_of=link.as_of or _row_date(sentence) or as_of_for(sentence, _as_of_base(sentence, context, previous is not None),
                                               link.number.start, link.number.end), quote=current.quote or sentence,
        char_start=unit.start + link.number.start, char_end=unit.start + link.number.end,
        parser=PARSER, parser_version=VERSION,
    )
    if defaulted:
        context.defaulted[id(figure)] = defaulted
    return figure


def _other_hospitals(sentence: str, other: re.Match[str], numbers: list[NumberMention]) -> list[Link]:
    """"... eight hospitals had been forced to close. Another seven are only partly functioning": more of the hospitals
    just counted, in the state the sentence names."""
    number = next((n for n in numbers if n.start == other.start("n")), None)
    state = next((c for c in cues_in(sentence) if c.kind == "status" and c.start >= other.end()), None)
    if number is None or number.percent or state is None:
        return []
    return [Link(number, state.metric, state.family, qualifier_of(sentence, number))]


def _share_restated_running_totals(figures: list[Figure]) -> None:
    """A headline's large count that the body restates as a running total is that total: "Health ministry: 65,382
    killed" over "That takes the toll since the start of the war to 65,382 killed" (a live blog's entry heading, which
    the entries before would otherwise give their day)."""
    totals = {(f.metric, f.value, f.group): f for f in figures if f.period == "cumulative" and f.char_start is not None}
    for figure in figures:
        total = totals.get((figure.metric, figure.value, figure.group))
        if total is not None and figure.period == "period" and figure.value >= _RUNNING_TOTAL_SIZE and \
                figure.char_start is not None and 0 < total.char_start - figure.char_start <= _RESTATED_WITHIN and \
                len(figure.quote) <= _HEADLINE_LENGTH:
            figure.period, figure.period_detail, figure.period_start = total.period, total.period_detail, total.period_start


def _of_the_hostages(sentence: str, links: list[Link], numbers: list[NumberMention]) -> list[Link]:
    """The dead and the living among the hostages the sentence before counted."""
    for link in links:
        if link.metric == "killed" and (_THEIR_DEAD_OPENING.match(sentence) or _OF_THOSE_HELD.match(sentence, link.number.end)):
            link.metric, link.period = "hostages_dead", ("point", None, None)  # the bodies held now, as the living
    if not links:
        links = [Link(number, "hostages_alive", "casualties", qualifier_of(sentence, number)) for number in numbers
                 if _OF_THEM_ALIVE.match(sentence, number.end)]
    return links


def _same_count_again(sentence: str, referent: re.Match[str], head: Link, numbers: list[NumberMention]) -> list[Link]:
    """"... was holding 866 Palestinians in administrative detention. By September it had risen to 1,310": the count
    a sentence names only by "it", "the figure" or "the total" is the one stated just before, at a new value."""
    number = next((n for n in numbers if n.start == referent.end()), None)
    if number is None or number.percent or not _NOTHING_ELSE_COUNTED.match(sentence, number.end):
        return []  # "it stood at 80% in May", "the count stands at 48 still held": another thing, or another count
    return [Link(number, head.metric, head.family, qualifier_of(sentence, number), group=head.group,
                 population=head.population)]


def _page_data_provider(sentence: str, data_from: re.Match[str], current: _Sentence, reporting: list[str],
                        letterhead: str | None) -> list[str]:
    """The body whose figures a statistics page says it gives (first), from a ``_PAGE_DATA_FROM`` match: the one the
    sentence reports, else the one named in the match; for a page's publisher asking, the body asked ("HaMoked asks the
    IPS"); for a body sending them to it, the body named before the verb ("the IPS sends HaMoked"). None for a body asked
    by no publisher, or sending its figures to another publisher than the page's."""
    if data_from.group("asks") and not _PUBLISHER_ASKS.search(sentence, 0, data_from.start()):
        return []
    if (to := data_from.group("to")) and to.lower() != "us" and to != letterhead:
        return []
    if reporting and not data_from.group("asks"):
        return reporting
    if to:
        named = [name for start, end, name in current.origins if data_from.start() - _GIVER_REACH <= start and end <= data_from.start()][-1:]
    else:
        named = [name for start, _, name in current.origins if data_from.start() <= start < data_from.end()]
    return named or reporting


def _let_go(sentence: str, links: list[Link], numbers: list[NumberMention], context: _Context, index: int) -> list[Link]:
    """"17 were let go the next morning", "118 of the relatives were released within 48 hours", "The two were let go the
    following night": those of the held the sentence says were freed, with no word for prisoners, where the lines are
    about the held (and not about hostages, nor a sample's accounts: "16 were released with untreated fractures"). Of the
    group of the count they are a part of ("Five journalists were also detained; ... the other two were freed")."""
    if linking.speaks_of_hostages(sentence) or linking.speaks_of_hostages(context.previous_text) or context.sample_unit == index or \
            any(link.metric == "reports_of_abuse" for link in links):  # (a list of accounts: "...; 16 were released with ...")
        return []
    linked = {link.number.start for link in links}
    freed_links = []
    for number in numbers:
        if number.start in linked or number.percent or not (freed := _WERE_LET_GO_AFTER.match(sentence, number.end)):
            continue
        group = casualties.group_for_victims(freed.group("who"))
        if group is None and "whom" in freed.group("who") and \
                (previous := next((other for other in reversed(numbers) if other.end <= number.start), None)):
            # "as well as 5 journalists, two of whom were released": of the count right before, named by its own noun
            group = casualties.group_for_victims(sentence[previous.end:number.start])
        if group is None:  # of the count before, in the sentence or the one before it
            before = [link.group for link in links if link.number.end <= number.start and link.group not in (None, "all")]
            group = before[-1] if before else context.last_head_group if index - context.last_head_unit == 1 else None
            group = None if group == "men" else group  # (which names no group of many: "detained five men ...; four were released")
        freed_links.append(Link(number, "released_detainees", "detention", qualifier_of(sentence, number), group=group))
    return freed_links


def _label_source(sentence: str, origins, number_start: int, location: str | None) -> str | None:
    """The body a line opens with as its label: "* Israeli military: 317 soldiers killed in Gaza" is the army's count."""
    for start, end, name in origins:
        if not sentence[:start].strip(_TITLE_MARKS) and _LABEL_COLON.match(sentence, end) and end < number_start and \
                not _CITES_ANOTHER.search(sentence, end):  # not "UNRWA: The Ministry of Health in Gaza reports that ..."
            return resolve(name, location)
    return None


def _unlisted_body(sentence: str) -> str | None:
    """A body the alias table does not list, named after "according to" or as the subject of a report ("The Aid
    Worker Security Database recorded ..."): its name as written, when it reads as an organisation's ("the Syrian
    Observatory for Human Rights", "the Aid Worker Security Database", "SANA")."""
    for match in (*_ACCORDING_TO_NAMED.finditer(sentence), *_NAMED_SUBJECT_REPORTS.finditer(sentence)):
        name = _TRAILING_SMALL_WORDS.sub("", match.group("name").rstrip(".’'"))
        first = name.split(" and ")[0]
        name = first if _ORGANISATION_WORD.search(first) else name  # "the Aid Worker Security Database and UN records"
        if name.lower().startswith(("our ", "my ")):
            continue  # "Our Office documented ...": the publisher's own (``_FIRST_PERSON``)
        if _ORGANISATION_WORD.search(name) and " " in name or _ACRONYM.fullmatch(name):  # not "the Agency": the one named before
            return name
    return None


def _row_date(sentence: str) -> dt.date | None:
    """The month a table row is labelled with ("July 2025        3,577"): the date its count is of."""
    row = _DATED_ROW.match(sentence)
    return parse_date("1 " + row.group("month")) if row else None


def _as_of_base(sentence: str, context: _Context, follows_figures: bool) -> dt.date | None:
    """The date a sentence's figures are as of when it states none: "As of July 2024, 9,623 were held.
    This number includes 3,380 ..." dates the second sentence too."""
    if follows_figures and context.previous_as_of and _CONTINUES.match(sentence):
        return context.previous_as_of
    return context.section_as_of or context.published


def _own_staff(sentence: str, link: Link, source: str | None, letterhead: str | None) -> str | None:
    """"UNRWA said the number of its workers killed stands at 70": the body's own staff are its group; "six of our
    crew members", "Members killed on duty: 141": the staff of the body whose statement this is."""
    if link.family not in ("casualties", "detention"):
        return None
    if _OUR_STAFF_AFTER.match(sentence, link.number.end) or _OWN_STAFF_LABEL.match(sentence[:link.number.start]):
        # "The PRCS said that three of our staff members were killed": the speaker's own, when the sentence names it
        speaker = source if source and any(name == source for _, name in attribution.reporting_originators(sentence)) else None
        return STAFF_GROUP_OF_SOURCE.get(speaker) or STAFF_GROUP_OF_SOURCE.get(letterhead) or STAFF_GROUP_OF_SOURCE.get(source) \
            or ("health_workers" if any(body and _HOSPITAL_NAMED.search(body) for body in (speaker, letterhead, source)) else None)
            # (a hospital's own: "wounding two of our staff, a nurse and an ambulance driver")
    # (a hospital's own staff are health workers: "the hospital has lost nine of its staff", said its director)
    staff_group = STAFF_GROUP_OF_SOURCE.get(source) or ("health_workers" if source and _HOSPITAL_NAMED.search(source) else None)
    if staff_group is None and _THE_HOSPITAL_BEFORE.search(sentence, 0, link.number.start) and \
            (_OWN_STAFF_AFTER.match(sentence, link.number.end) or _MEMBERS_OF_STAFF_AFTER.match(sentence, link.number.end)):
        # "The hospital said four members of its staff had been killed", "a strike on the hospital wounded nine of its
        # staff": the hospital's own, whoever reports them
        return "health_workers"
    if staff_group is None:
        return None
    # the staff must be who is counted: "13 of its staff", "the number of its workers killed stands at 70" (not "WFP
    # said its staff reached the site of the strike, in which 45 people were killed")
    own = _OWN_STAFF_AFTER.match(sentence, link.number.end) or _COLLEAGUES_AFTER.match(sentence, link.number.end) or \
        _OWN_STAFF_NAMED.search(sentence, max(0, link.number.start - 80), link.number.start) or \
        _OWN_STAFF_NAMED_AFTER.match(sentence, link.number.end) or \
        _LOST_BEFORE.search(sentence, max(0, link.number.start - 40), link.number.start) and \
        _STAFF_LOST_AFTER.match(sentence, link.number.end)
    if own and _MEMBERS.search(own.group()) and \
            source not in (resolve(name, None) for _, _, name in originator_spans(sentence[:link.number.start])):
        # "139 of its crew members", "four members of its staff": any body's (a municipality's, a hospital's), so the
        # source's own only when the sentence names it before them ("the Civil Defence reports that 139 of its crew ..."),
        # a hospital's its health workers ("A strike near the Lebanese Italian Hospital wounded four members of its staff")
        return "health_workers" if _HOSPITAL_NAMED.search(sentence, 0, link.number.start) or \
            _THE_HOSPITAL_BEFORE.search(sentence, 0, link.number.start) else None
    return staff_group if own else None


def _counts_there(source: str, link: Link, location: str | None, stated: bool = False) -> bool:
    """False where a body's count would be out of its remit: a health ministry counts the dead, not the hostages, nor,
    unless the page says its figures are the ministry's (``stated``), which of the dead were aid workers (the UN and the
    aid bodies count those); Gaza's ministry not the West Bank's or Lebanon's dead."""
    if source not in _HEALTH_MINISTRIES:
        return True
    if link.metric.startswith("hostages_") or link.group == "aid_workers" and not stated:
        return False
    return location is None or _MINISTRY_PLACES[source] == (location in ("West Bank", "East Jerusalem"),
                                                              location == "Lebanon")


def _trade_left_out(link: Link, current: _Sentence, context: _Context) -> str | None:
    """The trade of the people the sentence before counted, when this one counts them with no noun: "57 UNRWA staff
    members have been detained since October 2023. Eleven remain in detention without charge."; "... 15 of its staff
    were killed. A further 89 were seriously injured"."""
    if current.index - context.previous_period_unit != 1 or len(context.previous_groups) != 1:
        return None
    trade = next(iter(context.previous_groups))
    sentence = current.text
    if trade not in casualties.TRADES or not _BARE_COUNT_BEFORE.fullmatch(sentence, 0, link.number.start) or \
            not _VERB_RIGHT_AFTER.match(sentence, link.number.end):
        return None
    return trade


def _their_hospital(source: str, current: _Sentence, context: _Context) -> str:
    """The hospital whose medics or officials speak: the one their sentence says they are at ("At Al-Ahli Arab hospital in
    Gaza City, medics said ..."), else, for its officials, the one named in the units before, in their paragraph or the
    one before ("... al-Shifa Hospital ... It now has 230 beds, hospital officials say"), else, for a headline or a lede
    ("... kill at least 14, including 5 children, hospital says"), the one the story names right after."""
    found = attribution.hospitals_named(current.text)
    named = {name.lower(): name for _, name in found}
    if len(named) == 1:
        # where they are ("At Al-Ahli Arab hospital in Gaza City, medics said"), not a place named for another reason ("a
        # strike near Nasser hospital killed 5, medics said", "the bodies were taken to Al-Awda Hospital")
        # (its officials speak for it wherever the sentence names it: "troops stormed al-Awda Hospital ..., hospital
        # officials said")
        return found[0][1] if source == HOSPITAL_OFFICIALS or all(
            _AT_THE_HOSPITAL.search(current.text, max(0, start - 12), start) for start, _ in found) else source
    if named or source != HOSPITAL_OFFICIALS:
        return source
    for earlier in range(current.index - 1, max(-1, current.index - _HOSPITAL_NAMED_WITHIN), -1):
        if context.paragraphs[earlier] < current.unit.paragraph - 1:
            break  # (the paragraph before may name it: "... at Nasser Hospital." over "The hospital's director said ...")
        start, end = context.unit_spans[earlier]
        named = {name.lower(): name for _, name in attribution.hospitals_named(context.text[start:end])}
        if named:
            return next(iter(named.values())) if len(named) == 1 else source
    if current.index < _LEDE_UNITS:
        for later in range(current.index + 1, min(len(context.unit_spans), current.index + _LEDE_UNITS + 1)):
            start, end = context.unit_spans[later]
            named = {name.lower(): name for _, name in attribution.hospitals_named(context.text[start:end])}
            if named:
                return next(iter(named.values())) if len(named) == 1 else source
    return source


def _carried_source(current: _Sentence, context: _Context, location: str | None) -> str | None:
    """The source of a figure whose sentence names none (see ``carry``)."""
    index, plan = current.index, context.plan
    closer = plan[index].quote_closer
    if closer is not None and closer != index:
        if plan[closer].reporting:
            return resolve(plan[closer].reporting[-1], location)
        if context.source is None and plan[closer].asks_for_source:
            forward = forward_source(plan, closer)
            if forward:
                return resolve(forward, location)
    body = _body_named_back(current, context)
    if body:
        return body
    if index - context.source_unit <= _CARRY_UNITS or plan[index].refers_back:
        if context.source and (plan[index].refers_back or not _elsewhere(current, context)):
            return context.source
    if plan[index].asks_for_source:
        forward = forward_source(plan, index)
        if forward:
            return resolve(forward, location)
    return context.letterhead


def _list_parent_of(context: _Context, unit: Unit) -> Link | None:
    """The count a list line is a part of, when ``unit`` stands under a list header."""
    return context.list_parent if context.list_paragraph == unit.paragraph else None


def _body_named_back(current: _Sentence, context: _Context) -> str | None:
    """The body a sentence names again by a common noun: "the ministry said" (the last ministry named), "The office
    said 274 people had been killed" (the office named before, not the last speaker)."""
    if context.last_ministry and _TO_MINISTRY.search(current.text):
        return context.last_ministry
    named_back = _THE_BODY_SAYS.search(current.text) if context.named_bodies else None
    if named_back is None:
        return None
    noun = (named_back.group("noun") or named_back.group("noun2")).lower()
    # one named in the sentence itself first ("UNRWA personnel killed ..., the Agency said"), then the last before
    named_here = [(current.text[start:end].lower(), name) for start, end, name in current.origins]
    candidates = (*reversed(named_here), *reversed(context.named_bodies))
    if noun in ("institutions", "groups", "organisations", "organizations"):
        # "The two institutions said": the bodies named last, when they are prisoners' bodies; "the groups", "the two
        # organisations" a paragraph after the army spoke: the prisoners' bodies named before it
        last = named_here or [(name.lower(), name) for name in context.last_named]
        # (only past a single organisation named last: two named last are "the two organisations"; an army or an armed
        # group is no organisation of these)
        organisations = [name for _, name in last if not _STATE_OR_ARMED.match(name)]
        earlier = () if noun == "institutions" or len(organisations) >= 2 else tuple(reversed(context.named_bodies))
        return next((name for _, name in (*reversed(last), *earlier) if name in _KNOWN_AS["institutions"]), None)
    return next((name for words, name in candidates
                 if noun in words or noun in name.lower() or name in _KNOWN_AS.get(noun, ())), None)


def _elsewhere(current: _Sentence, context: _Context) -> bool:
    """True when a sentence is about another place than the one a source was named for: a bullet "According
    to UNRWA, 246 of its staff have been killed [in Gaza]." and the next "In the West Bank, 11 Palestinians
    were killed" are two statements. On the source's own line, only another country ends its word ("WHO
    recorded 1,248 attacks in Gaza. In the West Bank, 667 attacks were recorded" is still WHO)."""
    named = _places_spoken_of(current)
    if not (named and context.source_places) or named & set(context.source_places):
        return False
    return current.unit.line != context.source_line or \
        {_COUNTRY.get(place, place) for place in named}.isdisjoint(_COUNTRY.get(place, place) for place in context.source_places)


def _places_spoken_of(current: _Sentence) -> set[str]:
    """The places a unit names, but for a dateline ("Ramallah - ...", "BEIRUT, Nov 14 (AP) —"): where the
    story was filed says nothing about what its figures are about; nor does an Israeli body's name, which counts
    on every front ("according to Israel Prison Service data" is about no place in Israel; "the Gaza health ministry
    said" is about Gaza)."""
    return {single for start, end, place in current.places
            if not (start <= 2 and _DATELINE_AFTER.match(current.text, end))
            and not any(named_start <= start and end <= named_end and is_israeli_source(name)
                        for named_start, named_end, name in current.origins)
            for single in single_places(place)}


def _count_conditions(reports: list[ConditionReport], counts: list[Figure], sentence: str, unit_start: int) -> None:
    """"31 described being denied medical treatment": the condition named right after a count of abuse reports
    is what that count counts."""
    for figure in counts:
        # the condition named first after the count, wherever else the sentence names it
        after = sorted(((match.start(), condition) for pattern, condition in _CONDITIONS
                        if (match := pattern.search(sentence, figure.char_end - unit_start)) is not None))
        if after and after[0][0] - (figure.char_end - unit_start) <= 80:
            named = next((report for report in reports if report.condition == after[0][1] and report.count is None), None)
            if named is not None:
                named.count = figure.value


# "15 said they had not been beaten", "were never tortured": a condition its words deny (not "not only beaten", "did not
# stop beating them", "no day without beatings")
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:been|be|being)\s+)?$", re.IGNORECASE)


def _conditions(current: _Sentence, context: _Context) -> list[ConditionReport]:
    sentence, unit = current.text, current.unit
    reports, seen = [], set()
    for pattern, condition in _CONDITIONS:
        match = next((found for found in pattern.finditer(sentence)
                      if not _DENIED_BEFORE.search(sentence, max(0, found.start() - 40), found.start())), None)
        if match and condition not in seen:
            seen.add(condition)
            reports.append(ConditionReport(
                condition=condition, quote=sentence, char_start=unit.start + match.start(),
                char_end=unit.start + match.end(), reported_by=originator_in(sentence, location=context.location, spans=current.origins),
                location=context.location, as_of=as_of_in(sentence, context.published), parser=PARSER,
                parser_version=VERSION))
    return reports
