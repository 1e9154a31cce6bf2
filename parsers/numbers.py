"""Find the numbers a sentence states, with their spans, and drop the ones that are not counts.

>>> [(m.value, m.text) for m in find_numbers("over 29,000 fatalities and 23 000 wounded")]
[(29000.0, '29,000'), (23000.0, '23 000')]
>>> [m.value for m in find_numbers("two thousand and 367 detainees, 11 thousand and 88 others")]
[2367.0, 11088.0]
>>> [m.value for m in find_numbers("Thirteen of 36, 1.2 million, 29k and ٧٣٬٠٠٣")]
[13.0, 36.0, 1200000.0, 29000.0, 73003.0]
>>> [m.value for m in find_numbers("a 27-year-old, Cunio, 34, said at 9:55 AM on June 19, 2024 [1]")]
[]
>>> [(m.value, m.percent) for m in find_numbers("206 percent occupancy")]
[(206.0, True)]
>>> [m.value for m in find_numbers("thousands wounded, dozens of hours, four days and $5 million")]
[]
"""

from __future__ import annotations

import dataclasses
import functools
import re

from parsers.prefilter import GatedPattern, fast_words, first_characters, first_letters, prefixes, scan_words, word_start_words
from parsers.vocabulary import MONTHS, WEEKDAYS

# The rows of the mask that open with a word, as ONE alternation regrouped by first letter
# (``fast_words``): at a word start only the rows its letter opens are tried, where IGNORECASE would
# enter every word of every row. Order kept: "June 19, 2024" before "March 2011" before weekdays ...
_MONTHS = fast_words(MONTHS)


def _each(words: str, suffix: str) -> str:
    """``(?:words)suffix`` as one alternative per word (the same matches, in the same order)."""
    return "|".join(word + suffix for word in words.split("|"))


# ("a PRCS paramedic was hit by a rubber-coated bullet")
_ONE_PERSON_VERB = r"killed|injured|wounded|beaten(?=[^\S\n]+(?:with|by)[^\S\n]+(?:clubs|sticks|batons|iron|rifle|stones|settlers|masked))|shot(?:[^\S\n]+dead)?|(?:pronounced|declared)[^\S\n]+dead|hurt|arrested|detained|abducted|(?:hit|struck)(?=[^\S\n]+(?:in[^\S\n]+the[^\S\n]+[\w-]+[^\S\n]+)?by\b)"
# the people an organisation counts among its own ("one of its paramedics was killed")
_STAFF_PLURALS = (r"paramedics|medics|doctors|nurses|staff(?:[^\S\n]+members)?|colleagues|employees|workers|volunteers|members"
                  r"|journalists|reporters|photographers|crew[^\S\n]+members|rescuers|drivers|soldiers|troops|officers|reservists"
                  r"|policemen|guards|fighters")
_SHARE_REST = (r"[^\S\n]+in[^\S\n]+(?:every[^\S\n]+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
               r"(?![^\S\n]+(?:hours?|hrs|days?|weeks?|months?|years?|minutes?)\b)")
_AGE_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
_PLACE_WORDS = r"(?:Governorate|District|City|Camp|Strip|Hospital|Village|Town|Province|Region|Area|Bank|Valley|Refugee)"
_WORD_ROWS = fast_words("|".join([
    r"https?://\S+|www\.\S+",                                                             # URLs
    _each(MONTHS, r"[^\S\n]+\d{1,2}(?:st|nd|rd|th)?\b(?!,\d{3}\b)"                     # June 19, 2024 (not "August 9,881")
          # (not "since October 7 to 41,000": a count after the date, its thousands grouped)
          # (a day of the month: "bringing its losses since the ground offensive began on Oct. 27 to 77")
          r"(?:[^\S\n]*[-–][^\S\n]*(?:3[01]|[12]\d|0?[1-9])\b(?![,.]\d{3}\b)|[^\S\n]+(?:to|and|until)[^\S\n]+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![,.]\d{3}\b)"  # June 13-19
          r"(?![^\S\n]+(?!and\b|to\b|in\b|of\b)[a-z]))?(?:,?[^\S\n]+\d{4})?"),
    _each(MONTHS, r"[^\S\n]+\d{4}"),                                                      # March 2011
    # "Monday 5 May", "Friday, 12 July" (not "Friday, 61 by ...", "On Monday, 21 people were killed": a count after the day)
    _each(WEEKDAYS, r",?[^\S\n]+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?=[^\S\n]+(?:" + MONTHS + r")\b|[^\S\n]*(?:[.;:)]|$))"),
    r"aged[^\S\n]+\d+(?:[^\S\n]*(?:,|and|to|or|-|–)[^\S\n]*\d+)+\b",                     # "two brothers aged 11 and 14"
    # "aged four and seven", "two brothers aged seven and 12"
    rf"aged[^\S\n]+(?:{_AGE_WORDS})\b(?:[^\S\n]*(?:,|and|to|or)[^\S\n]*(?:{_AGE_WORDS}|\d{{1,3}})\b)*",
    _each(r"aged?|ages|age[^\S\n]+of|turned|No\.|no\.|Resolution|page|pp?\.|vol\.", r"[^\S\n]+\d+"),
    r"number[^\S\n]+\d+\b(?![^\S\n]*(?:[,.;:]|$))",  # "prisoner number 4512 said" (not "Women prisoners number 52, ...")
    rf"age[^\S\n]+of[^\S\n]+(?:{_AGE_WORDS})\b",                                         # "under the age of eighteen"
    _each(r"mother|father|parent|mothers|fathers|parents", rf"[^\S\n]+of[^\S\n]+(?:\d{{1,2}}|{_AGE_WORDS})\b"),  # "a mother of five"
    # "articles 2 and 16 of the Convention", "paragraphs 12-14": a text's parts, not counts
    _each(r"articles?|paragraphs?|sections?|chapters?|rules?|regulations?|clauses?|annex(?:es)?",
          r"[^\S\n]+\d+(?:[^\S\n]*(?:,|and|to|-|–)[^\S\n]*\d+)*\b"),
    _each(r"children|adults|individuals|people|men|women|those|elderly|aged|minors|boys|girls|teenagers|youths",  # "children under five": an age
          r"[^\S\n]+(?:between|under|over|above|below)[^\S\n]+(?:\d+|" + _AGE_WORDS + r")\b"
          # ("children under 18 and 9,126 are women": the next count, not the age range's end)
          r"(?:[^\S\n]+(?:and|to)[^\S\n]+(?:\d+(?![,.]\d)|" + _AGE_WORDS + r")\b)?"),
    # "seven prisoners over 60 have died", "inmates under 18": the held by their age (two digits: an age, not a count)
    _each(r"prisoners|detainees|inmates|patients|residents|Palestinians|hostages|captives",
          r"[^\S\n]+(?:under|over|above|below)[^\S\n]+(?:the[^\S\n]+age[^\S\n]+of[^\S\n]+)?\d{1,2}\b(?![,.]?\d)"),
    # "children (under 18)", "men (18-59)", "older people (60 and over)": a group's ages in brackets
    _each(r"children|adults|people|persons|men|women|elderly|boys|girls|youths?|minors",
          r"[^\S\n]*\((?:aged?[^\S\n]+|under[^\S\n]+|over[^\S\n]+)?\d{1,2}(?:[^\S\n]*[-–][^\S\n]*\d{1,2}"
          r"|[^\S\n]+(?:and|or)[^\S\n]+(?:over|above|older)|\+)?(?:[^\S\n]+years)?\)"),
    # "one of the captives" is not a count, but "one of its paramedics was killed" counts the one
    r"one[^\S\n]+of\b(?![^\S\n]+(?:its|their|our|his|her|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:" + _STAFF_PLURALS + r")"
    r"[^\S\n]+(?:was|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:\w+ly[^\S\n]+)?(?:" + _ONE_PERSON_VERB + r")\b"
    # "killed five Palestinians, one of them a child": a part of the count before
    # ("one of them a 16-year-old boy": most rounds label the one, a few leave a person by age unlabelled)
    # ("one of the dead was a 16-year-old boy", "One of the martyrs was a 9-year-old boy": the one, a part of the dead)
    # ("one of those killed was a Thai citizen", "One of the injured is a paramedic")
    r"|[^\S\n]+(?:them(?:[^\S\n]+(?:was|is))?|(?:the[^\S\n]+(?:dead|martyrs|victims|fatalities|wounded|injured)"
    r"|those[^\S\n]+(?:killed|wounded|injured|hurt))[^\S\n]+(?:was|is))"
    # ("one of them a Red Crescent paramedic", "one of them a deputy commander")
    r"[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:child|boy|girl|woman|man|teenager|minor|journalist|photojournalist|paramedic"
    r"|medic|doctor|nurse|national|citizen|soldier|officer|commander|reservist|detainee|prisoner|rescuer|volunteer|teacher|surgeon"
    r"|driver|cameraman|shepherd|farmer|student|mother|father|labou?rer|worker|employee|guard|fighter|gunman|patient|pharmacist)\b"
    # ("one of them a 17-year-old", "one of them a boy of 16": one named by an age; "one of them the director of Kamal
    # Adwan Hospital": by a post)
    r"|[^\S\n]+them[^\S\n]+(?:an?[^\S\n]+\d{1,2}-year-old\b|an?[^\S\n]+(?:boy|girl|man|woman)[^\S\n]+of[^\S\n]+\d{1,2}\b"
    r"|the[^\S\n]+(?:director|head|chief)\b)"
    # ("One of the wounded is in critical condition at Dar al-Amal", "One of the injured had a fractured skull and was in
    # serious condition": the one hurt worse, a part of the wounded counted before)
    r"|[^\S\n]+the[^\S\n]+(?:wounded|injured)[^\S\n]+(?:is|was|remains|remained|had|has)\b[^.;\n]{0,60}?"
    r"\b(?:serious|critical|severe|grave)[^\S\n]+condition"
    # "Eight others were wounded, one of whom later died": the one of the wounded who died
    r"|[^\S\n]+(?:whom|them)[^\S\n]+(?:(?:later|subsequently|since|has|had|then)[^\S\n]+)?(?:died|succumbed)\b"
    # "two other people were wounded, one of them seriously": the one hurt worse, a part of the count before
    # ("one of whom remains in critical condition"; "one of them, a cameraman, is in critical condition": past who she is)
    r"|[^\S\n]+(?:them|whom)(?:,[^,;.\n]{3,60},)?(?:[^\S\n]+(?:is|was|remains|remained))?[^\S\n]+(?:seriously|critically|severely|gravely|moderately|serious|critical"
    r"|in[^\S\n]+(?:a[^\S\n]+)?(?:serious|critical|severe|grave)[^\S\n]+condition"
    # ("injuring six Palestinians, one of them with a gunshot wound to the head")
    r"|with[^\S\n]+an?[^\S\n]+(?:gunshot|bullet|shrapnel|stab|head)[^\S\n]+(?:wound|injury)"
    # ("Five were still in hospital, one of them in intensive care")
    r"|in[^\S\n]+(?:the[^\S\n]+)?intensive[^\S\n]+care)\b)",
    r"as[^\S\n]+(?:young|old)[^\S\n]+as[^\S\n]+\d+\b",           # "children as young as 12": an age
    r"all[^\S\n]+but[^\S\n]+(?:one|two|three|four|five|\d{1,3})\b",
    _each("older|younger", r"[^\S\n]+than[^\S\n]+\d{1,2}\b"),          # "21 of whom are older than 75": an age
    # "The youngest child in administrative detention is 14": an age
    _each("youngest|oldest", r"\b[^.;\d\n]{0,80}?\b(?:is|was|aged)[^\S\n]+\d{1,2}\b"),
    # "held incommunicado for between four and 17 weeks", "held for between two and eight days": a duration, both ends
    r"between[^\S\n]+(?:\d{1,3}|" + _AGE_WORDS + r")[^\S\n]+and[^\S\n]+(?:\d{1,3}|" + _AGE_WORDS
    + r"|twenty|thirty)[^\S\n]+(?:weeks|days|months|years|hours)\b",
    # "one in four detainees": a share, not two counts (not "30 in 24 hours")
    _each("one|two|three|four|five|six|seven|eight|nine", _SHARE_REST),  # ("Four in five of the people in custody")
    # "are under 18", "were aged over 60": an age limit, not a count
    _each("are|were|is|was|aged", r"[^\S\n]+(?:under|over|below|above)[^\S\n]+(?:the[^\S\n]+age[^\S\n]+of[^\S\n]+)?\d{1,2}\b"
          r"(?![^\S\n]*(?:%|per))"),  # "all but one described abuse": the rest, not the one
    r"single[^\S\n]+one\b",
    # "seven children from one extended family": one family, house or strike, no one counted
    r"one[^\S\n]+(?:(?:extended|single|large|same|big)[^\S\n]+)?(?:family|families|household|house|home|building|strike|attack"
    r"|incident|raid|area|place|room|tent|car|vehicle)\b(?![^\S\n]+(?:members?|residents?|relatives?))",                                     # "not a single one is fully functional"                                           # "one of the captives" is not a count
    r"no[^\S\n]+one\b|no-one\b",                                  # "no one is held accountable"
]))
_RATIO = fast_words(r"ratio[^\S\n]+of[^\S\n]+\S+")  # after the optional "per" row, as it always was

# Arabic-Indic and Persian digits map one character to one, so spans stay valid.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "0123456789" "0123456789" ",.")
_NON_ASCII_DIGIT = re.compile("[٠-٩۰-۹٬٫]")

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
NUMBER_WORDS = _WORD  # "one" ... "ninety", longest first: an alternation for other modules' patterns
# a count as a sentence may open with it: "22", "3,500", "Twenty-two" (an alternation for other modules' patterns)
WRITTEN_COUNT = rf"\d[\d,]*|(?:{_WORD})(?:-(?:{_WORD}))?"
_DIGITS_RE = r"\d{1,3},\d{1,2}(?=\s*(?:million|billion))|\d{1,3}(?:(?:,|\.|[ \u00a0\u2009\u202f](?=\d{3}(?!\d)))\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"
# the number words regrouped by first letter (``fast_words``) for NUMBER, which is IGNORECASE: a word start is tried
# with the words of its letter, where ``re`` entered all 28 at every digit and word start (same matches)
_WORD_GROUPED = fast_words(_WORD)
_ATOM = rf"(?:{_DIGITS_RE}|(?:{_WORD_GROUPED})(?:-(?:{_WORD_GROUPED}))?)"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion)|(?:k|m|bn)(?![a-z]))"
_REMAINDER = rf"(?:\s+and\s+|\s+)(?:\d{{1,3}}(?![\d,.])|(?:{_WORD_GROUPED})(?:-(?:{_WORD_GROUPED}))?)"

# Where a number can start (implied by _ATOM; lets the scan skip other word starts at once).
_NUMBER_START = rf"(?=\d|{first_letters(_WORD)})"

NUMBER = re.compile(
    rf"""(?<![\w.,/-]){_NUMBER_START}
    (?P<num>{_ATOM}(?:{_SCALE}(?:{_REMAINDER})?)*)
    (?P<pct>\s*(?:%|percent\b|per\s+cent\b))?
    (?![\w/]|[.,]\d|-(?:year|month|week|day|hour)|:\d)""",
    re.IGNORECASE | re.VERBOSE,
)

# NUMBER as ``find_numbers`` scans for it: one character wide, at the number's first character (a
# digit or a number word's first letter), with the number in the groups. A pattern opening with a
# lookbehind is tried at every position; one opening with a class lets ``re`` skip to the characters
# of the class in C. The scan reports every place NUMBER matches, also inside a number already
# found ("thousand" in "two thousand"): ``find_numbers`` skips those, as NUMBER's own scan does.
_NUMBER_LOOKBEHIND = r"(?<![\w.,/-])"
assert NUMBER.pattern.startswith(_NUMBER_LOOKBEHIND)
_NUMBER_AT = re.compile(rf"(?-i:[\d{re.escape(first_characters(_WORD))}])(?<![\w.,/-].)"
                        + "(?<=(?=" + NUMBER.pattern[len(_NUMBER_LOOKBEHIND):] + "\n).)",  # a line break ends any comment
                        NUMBER.flags)

# Spans blanked out before numbers are looked for: none of their digits are figures.
# The rows that start a word sit behind one guard, (?<!\w), and are split by their first character
# (a digit or a letter, never both, so splitting keeps which row wins); the rows opening with a
# listed word are regrouped by its first letter (``_WORD_ROWS``): a scan then pays for a row only
# where it can start, which keeps ``mask`` close to one cheap pass over the text. The ratio row
# starts with either and sits in both groups. No row crosses a line break ([^\S\n] for spaces), so
# masking a whole document equals masking it line by line.
# Phone numbers, "+(972) 555 1234": one row per character a number opens with ("+", "(", a digit), the
# same matches as ``\+?\(?\d{3}`` + this. ``re`` tries this last alternative at every position of a text;
# an alternative opening with a character (not a lookahead) is dismissed with one look at it.
_PHONE_REST = r"\)?(?:[^\S\n]|-)\d{3,4}(?:[^\S\n]|-)\d{3,4}\b"
# "call the hotline on 1214": one row per first letter (``fast_words``), each opening with a class of it, for the
# same reason
_HOTLINE_ROWS = fast_words(_each(r"hotline|helpline|toll-free[^\S\n]+number",
                                 r"[^\S\n]+(?:on[^\S\n]+|number[^\S\n]+|at[^\S\n]+)?\d{3,6}\b"))
_MASK_TEMPLATE = (
    rf"""(?<!\w)(?:
    (?=\d)(?:
      \d{{1,2}}:\d{{2}}(?:[^\S\n]*[AP]\.?M\.?)?                      # times
    | \d{{4}}-\d{{2}}-\d{{2}}\b                                 # ISO dates
    | (?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?(?:{_MONTHS})\b(?:,?[^\S\n]+\d{{4}})?)   # 7 October 2023
    | \d{{1,2}}(?:st|nd|rd|th)?(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+(?:and|to|until)[^\S\n]+)      # the first day of "13 and 20 November"
      (?=\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?(?:{_MONTHS})\b)
    | [\d.,]+[^\S\n]*(?:million|billion|bn)?[^\S\n]*(?:dollars|euros|shekels|USD|EUR|NIS|ILS)\b   # money in words
    {{per}}
    | \d+[^\S\n]*(?:-|–|[^\S\n])?[^\S\n]*(?:year|month|week|day|hour|minute)s?(?:-|[^\S\n])old\b
    | \d+(?:st|nd|rd|th)\b                                      # ordinals
    | (?<![^\n])\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}(?=[^\S\n]+(?!million|billion|thousand)(?-i:[A-Z][a-z]))   # a section number at a line's start: "2.2 Prisoners held"
    | (?<![^\n])\d{{1,2}}\)(?=[^\S\n]+\S)                           # a list item's number at a line's start: "7) Citizens arrested"
    | (?<=(?<![^\n])\()\d{{1,2}}\)(?=[^\S\n]+(?-i:[A-Z][a-z]))            # a note's number at a line's start: "(1) The toll includes ..." (not "(12) journalists")
    | (?<![^\n])\d{{1,2}}\.(?=[^\S\n]+(?-i:[a-z]))                     # and "1. the abolition of administrative detention;"
    | [1-3]{_SHARE_REST}                                         # "1 in 4 detainees": a share
    | (?:(?:\d[\d.,]*)?\d(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+(?:to|and)[^\S\n]+))?[\d.,]+[^\S\n]*(?:kilograms?|kilos|kg|pounds|lbs)\b   # weights ("15 and 30 kilograms")
    | \d+[x×]\d+\b | \d{{4}};[^\S\n]*\d+(?:\(\d+\))?:[^\S\n]*\d+(?:[–-]\d+)?   # sizes, citations "2024; 403: 23–24"
    )
    | (?<!-)(?=[^\W\d])(?:                                        # not inside "Thirty-one of them"
      {_WORD_ROWS}
    | (?-i:[A-Z][a-z]+,[^\S\n]\d{{1,2}},[^\S\n]+and[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){{0,3}}[A-Z][\w'’-]*,[^\S\n]\d{{1,2}}\b(?![,.]\d))   # "Nakhleh, 17, and Ahmad Alyan, 24."
    | (?-i:[A-Z][a-z]+,[^\S\n]\d{{1,2}},(?!\d))                      # "Cunio, 34," (a name and an age; not "Service, 1,772")
    | (?-i:(?!(?:Deir|Beit|Khan|Tel|Kafr|Ein|Bir|Wadi|Jabal|Ras|Umm|Abu[^\S\n]+Dis|Tal)\b)[A-Z][a-z]+[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?
        (?:al|el|Abu|Abou|Bin|bin)[-\s][A-Z][a-z]+,[^\S\n]\d{{1,2}},(?!\d))   # "Mahmoud Adel al-Najjar, 33," (not "Deir al-Balah, 13,")
    | (?-i:[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+[^\S\n]+(?!{_PLACE_WORDS}\b)(?:a[ls]-)?[A-Z][a-z][\w'’-]*)[^\S\n]*\(\d{{1,2}}\)   # "Mohammad Ali Kmail (23)": a full name and an age (not "Nablus (9)", "Khan Younis Governorate (23)")
    {{per}}
    | {_RATIO}
    )
    # an indented "   1.3.1 children" (at a line's start, so after no word character: behind the guard, which spares
    # every other position a second look; it opens with a space, which no other row does, so no row wins anew)
    | (?<![^\n])[^\S\n]+\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}(?=[^\S\n]+(?!million|billion|thousand)[A-Za-z])
    )
    {{at}}
    {{brackets}}
    {{currency}}
    | \+\(?\d{{3}}{_PHONE_REST} | \(\d{{3}}{_PHONE_REST} | \d\d{{2}}{_PHONE_REST}   # phone numbers (see _PHONE_REST)
    | {_HOTLINE_ROWS}                                              # "call the hotline on 1214"
    """
)
# Rows that can only match where a text holds some word or sign. A scan tries every row at every
# position, so each text is masked by the variant made of the rows it can match at all ("per"
# ratios cost a scan of every word; most texts hold no e-mail, link, footnote or currency sign).
_OPTIONAL_ROWS = {
    "per": r"""| (?:[\w,.]++[^\S\n]++(?:[\w-]++[^\S\n]++){0,2})?per[^\S\n]+(?:one|each|every|\d+|day|week|month|hour)\b   # ratios, rates""",
    "at": r"""| (?<!\S)\S+@\S+\.\w+                                      # e-mails""",
    "brackets": r"""| \]\([^)]*\)                                          # markdown link targets
    | \[\d+(?:[,–-][^\S\n]*\d+)*\]                                   # footnote markers [1]""",
    "currency": r"""| (?:[$€£¥₪]|(?-i:NIS|USD|EUR|ILS)(?=[^\S\n]?\d))[^\S\n]?[\d.,]+(?:[^\S\n]*(?:million|billion|bn|m|k))?   # money ("NIS 160,000")""",
}
_CURRENCY_CODES = ("NIS", "USD", "EUR", "ILS")  # written before an amount ("NIS 160,000"), as the signs are
# The signs are substring tests (``in`` finds a character faster than a scan of ``re``, and most texts are ASCII,
# where no other currency sign can be); "per" a pattern opening with a character class, which ``re`` scans for in C.
_NEEDS = {"per": re.compile(word_start_words("per") + r"\b", re.IGNORECASE).search, "at": lambda text: "@" in text,
          "brackets": lambda text: "[" in text or "]" in text,
          "currency": lambda text: "$" in text or not text.isascii() and any(sign in text for sign in "€£¥₪")
          or any(code in text for code in _CURRENCY_CODES)}


@functools.lru_cache(maxsize=None)  # at most 16 variants
def _masks(present: frozenset[str]) -> re.Pattern[str]:
    template = _MASK_TEMPLATE
    for name, row in _OPTIONAL_ROWS.items():
        template = template.replace("{" + name + "}", row if name in present else "")
    return re.compile(template, re.IGNORECASE | re.VERBOSE)



# A cheap test on a text not yet masked (``may_hold_numbers``): every NUMBER match starts with a digit
# or a number word, and masking only blanks characters, so whatever NUMBER finds in the masked text
# these find in the raw one (no \b: blanking can open a word boundary).
# Literal rows over the lowercased text let ``re`` skip to the letters that can start one.
_A_DIGIT = re.compile(r"\d")
# (opening with a class of the first letters, ``scan_words``: ``re`` skips to them in C)
_A_SCALE_GATE = re.compile(scan_words(r"hundred\b|thousand\b"), re.IGNORECASE)
# "a hundred" / "a thousand", and where the number they open would start ("a hundred and forty")
_A_SCALE = re.compile(r"(?<![\w-])(?P<a>a)\s+(?P<scale>hundred|thousand)\b(?!-)(?:\s+(?P<times>thousand|million)\b)?"
                      r"(?:\s+and\s+|\s+(?=\w))?", re.IGNORECASE)  # "a hundred thousand": 100,000
_NUMBER_WORD_LETTERS = re.compile(rf"{_WORD}|hundred|thousand|million|billion")

# What may follow a number and makes it a duration, a year, a size or a ratio.
# "\s*(?:[-–]\s*)?", not "\s*(?:-|–)?\s*": the same strings, without trying every split of a run of spaces
_NOT_A_COUNT_AFTER = re.compile(
    r"""^\s*(?:[-–]\s*)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries
    |thirds?|quarters?|fifths?|tenths?|halves                               # "two-thirds of the dead": a share
    |times|fold|square|sq\.?|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|ft|cm|mm|kg|am\b|pm\b
    |a\.m\.|p\.m\.|o'clock|GMT|UTC|to\s+\d+\s+times|per\s+(?:one|\d)
    # the first of a range whose second names the unit: "between 2 and 4 a.m.", "for 3 to 5 days"
    |(?:(?:and|to|or)\s+)?\d{1,3}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hours?\b|days?\b|weeks?\b|months?\b|years?\b))""",
    re.IGNORECASE | re.VERBOSE,
)
_YEAR = re.compile(r"^(?:19[4-9]\d|20[0-4]\d)$")
_AGE_OF_MAJORITY = 18
_UNDER_BEFORE = re.compile(r"\b(?:under|below)\s+(?:the\s+age\s+of\s+)?$", re.IGNORECASE)
_AGE_CLOSES = re.compile(r"\s*(?:[,.;:)]|$|\s(?:at|in|on|when|and|or|were|was|are|is|who|compared)\b)", re.IGNORECASE)
# "Twenty-one-year-old": a tens word joined to an age (not "5 one-year-old children", five of them)
_TENS_AGE_AFTER = re.compile(r"[-–](?:one|two|three|four|five|six|seven|eight|nine)[-–](?:years?|months?|weeks?|days?)\b", re.IGNORECASE)
_YEAR_CONTEXT_BEFORE = re.compile(r"(?:\bin|\bsince|\bof|\bfrom|\buntil|\bto|\bby|\bearly|\blate|\bmid-?|,|–|-)\s*$",
                                  re.IGNORECASE)

_WORD_AFTER = re.compile(r"\s+\w")
_COUNTED_AFTER_YEAR = re.compile(r"\s+(?:people|Palestinians|killed|dead|deaths|detainees|prisoners|patients|beds)",
                                 re.IGNORECASE)  # "2023 people": a count that looks like a year
# One person named by an article, as incident reports count the dead and hurt one by one: "A Palestinian was
# killed by settler gunfire", "a 15-year-old boy was shot and killed", "killing a paramedic", "including a child".
_ONE_PERSON_NOUN = (r"Palestinian|Israeli|Lebanese|man|woman|boy|girl|child|teenager|toddler|baby|infant|youth|paramedic|medic|mother|father"
                    r"|journalist|photographer|soldier|reservist|settler|civilian|farmer|herder|shepherd|fisherman|worker|doctor"
                    r"|nurse|student|resident|person|detainee|prisoner|staff[^\S\n]+member|officer|volunteer|rescuer|national"
                    r"|neighbou?r|passer-by|bystander|photojournalist|cameraman|surgeon|labou?rer|teen|patient"
                    r"|sergeant|corporal|captain|lieutenant"
                    # ("A member of the Lebanese Civil Defence was killed": one of a body, named by it)
                    r"|member(?=[^\S\n]+of[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+|an?[^\S\n]+)?(?-i:[A-Z]))")
# the words between the article and the noun describe one person ("a 15-year-old boy", "a young Palestinian");
# a number or a word of amount among them makes the article another count's ("an estimated 30 civilians")
_ONE_PERSON_GAP_WORD = (rf"(?:(?!(?:{_WORD}|hundreds?|thousands?|millions?|dozens?|scores?|estimated|further|total|number"
                        r"|additional|other|more|reported|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
                        r"[^\W\d_][\w-]*|\d+-(?:year|month|week|day)-old"
                        # ("a two-year-old girl was shot dead": an age in words)
                        rf"|(?:{_AGE_WORDS})-(?:year|month|week|day)-old)[^\S\n]+")  # ("A third child was wounded": one more, counted)
KIN = (r"sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|child|children|baby|babies|grandsons?|granddaughters?"
        r"|grandchildren|nephews?|nieces?|cousins?|family|relatives|parents?")
_ALSO_OR_HOW = r"(?:also[^\S\n]+)?(?:\w+ly[^\S\n]+)?"  # "was also hurt", "was seriously wounded"
_ONE_PERSON = re.compile(
    # (one scan of the words about the one, then what befell her: the gap and the noun are tried once per article)
    rf"(?<![\w-])(?P<one>[Aa]n?)(?:[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})(?:"
    # ("A teenage girl who was also in the car was lightly hurt": past a short clause about her)
    # ("a paramedic of the Palestine Red Crescent Society was shot", "a staff member of a local NGO was shot dead": past who
    # employs her)
    # ("a 38-year-old reservist who was killed": right after "who", unless the sentence goes on to another fate, "a man who
    # was arrested in December 2023 has died in custody", "the remains ... as those of X, who was killed")
    rf"(?:[^\S\n]+who[^\S\n]+(?:[^\W\d][\w'’-]*[^\S\n]+){{1,6}}?(?=was|had)"
    rf"|[^\S\n]+who[^\S\n]+(?![^.;\n]*\b(?:died|dies|identified|remains)\b)(?=was|had)"
    rf"|[^\S\n]+(?:of|with|from|for)[^\S\n]+(?:the[^\S\n]+|an?[^\S\n]+)?(?:(?-i:[A-Z])[\w'’-]*[^\S\n]+|local[^\S\n]+|international[^\S\n]+"
    # ("a 34-year-old reservist from Modiin who was killed")
    rf"|national[^\S\n]+){{1,5}}?(?:NGO[^\S\n]+|charity[^\S\n]+|organi[sz]ation[^\S\n]+)?"
    rf"(?:who[^\S\n]+(?![^.;\n]*\b(?:died|dies|identified|remains)\b))?(?=was|had|has)"
    # ("a man in his sixties was shot dead", "a woman in her 50s was moderately hurt": past an age in decades)
    rf"|[^\S\n]+in[^\S\n]+(?:his|her)[^\S\n]+(?:(?:early|late|mid)[-\s])?(?:teens|twenties|thirties|forties|fifties|sixties"
    rf"|seventies|eighties|nineties|[1-9]0s)[^\S\n]+|[^\S\n]+)(?:was|has[^\S\n]+been|had[^\S\n]+been)"
    rf"[^\S\n]+{_ALSO_OR_HOW}(?:{_ONE_PERSON_VERB})\b"
    # ("a woman and her 15-year-old daughter were killed", "a man and his two sons were killed": the one, and her kin
    # counted apart)
    rf"|[^\S\n]+and[^\S\n]+(?:his|her)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?(?:{KIN})[^\S\n]+(?:were|have[^\S\n]+been|had[^\S\n]+been)"
    rf"[^\S\n]+{_ALSO_OR_HOW}(?:{_ONE_PERSON_VERB})\b"
    # ("an 11-year-old boy wounded in the same strike died of his injuries two days later": one, hurt then dead)
    rf"|[^\S\n]+(?:wounded|injured|shot)\b[^.;\n]{{0,80}}?\bdied[^\S\n]+(?:of|from)[^\S\n]+(?:his|her)[^\S\n]+(?:wounds|injuries)\b"
    # ("a 12-year-old girl died of her wounds", "a man from Jenin died shortly after": one the attack killed; not "died in
    # Ketziot prison", a single death in custody, which the labels count unevenly)
    rf"|(?:[^\S\n]+from[^\S\n]+(?:(?:(?-i:[A-Z])|al-)[\w'’-]*[^\S\n]+){{1,3}}?|[^\S\n]+)(?:has[^\S\n]+|had[^\S\n]+)?(?:died"
    rf"[^\S\n]+(?:(?:of|from)[^\S\n]+(?:his|her)[^\S\n]+(?:wounds|injuries)|(?:shortly|hours|days|minutes)[^\S\n]+(?:after|later)"
    rf"|on[^\S\n]+the[^\S\n]+way|before[^\S\n]+(?:an[^\S\n]+ambulance|reaching|he|she))\b"
    # ("a paramedic lost his life when the ambulance was hit")
    rf"|lost[^\S\n]+(?:his|her)[^\S\n]+life\b)"
    # ("a 16-year-old boy was among the dead": one of them)
    rf"|[^\S\n]+(?:was|is)[^\S\n]+(?:also[^\S\n]+)?among[^\S\n]+(?:the|those)[^\S\n]+"
    rf"(?:dead|killed|wounded|injured|victims|martyrs|fatalities)\b)"
    # ("a 16-year-old was shot dead": the age, blanked, names the one; an adult's age alone is left out below)
    rf"|[^\S\n]{{11,14}}(?:was|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+{_ALSO_OR_HOW}(?:{_ONE_PERSON_VERB})\b)"
    # ("the dead included a 15-year-old boy", "Among the dead is a 17-year-old from Kafr Malik")
    rf"|\b(?:including|included|among[^\S\n]+(?:them|whom)|[Aa]mong[^\S\n]+the[^\S\n]+(?:dead|killed|victims|martyrs|wounded|injured)"
    rf"[^\S\n]+(?:is|was)|killing|injuring|wounding|arresting|detaining|abducting)[^\S\n]+"
    # ("killed three Palestinians, including a 15-year-old, during a raid": the age names the one; it is read masked,
    # its "15-year-old" blanked to a run of spaces before the comma)
    rf"(?P<one2>an?)(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})\b"
    rf"|[^\S\n]{{11,12}}(?:[,;.)]|[^\S\n]+(?:from|who)\b))"
    # "Israeli forces killed a 16-year-old boy": the one the verb befell (not "killed a boy's father"; "killed a man and his
    # son" is the man, one, as the labels count him)
    rf"|\b(?:killed|injured|wounded|shot|shot[^\S\n]+dead|shot[^\S\n]+and[^\S\n]+killed)[^\S\n]+"
    rf"(?P<one3>an?)(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})\b(?![’']s\b))")
_AND_ANOTHER_ONE = re.compile(rf"[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})[^\S\n]+and[^\S\n]+(?P<one>an?)"
                              rf"(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})\b)")
# "arrested 20 people, including six children and a woman", "killed four paramedics and a nurse": one person more, after
# a count of people of another kind (the count's own word is plural; the one's singular)
PEOPLE_PLURAL = (r"children|women|men|boys|girls|minors|people|persons|civilians|Palestinians|paramedics|medics|doctors|nurses"
                  r"|journalists|soldiers|workers|volunteers|rescuers|farmers|students|fishermen|detainees|prisoners|police|policemen"
                  r"|officers|staff")
_AND_ONE_AFTER_COUNT = re.compile(rf"[^\S\n]+(?:[^\W\d_][\w-]*[^\S\n]+){{0,4}}?(?:{PEOPLE_PLURAL})[^\S\n]+and[^\S\n]+(?P<one>an?)"
                                  rf"(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})\b(?![’']s\b))")
# "killing four children and their mother": one parent more, after a count of her children
_AND_THEIR_PARENT = re.compile(r"[^\S\n]+(?:[^\W\d_][\w-]*[^\S\n]+){0,2}?(?:children|sons|daughters|siblings|boys|girls)[^\S\n]+"
                               r"(?:and|with|together[^\S\n]+with)[^\S\n]+(?P<one>their)(?=[^\S\n]+(?:mother|father)\b)")
# "killed a man, his wife and their four children", "a teacher killed with his wife and three children", "a woman and her
# husband": a spouse listed in a family, one person; and "A man, his wife and their children were killed": the one first named
_SPOUSE_IN_A_FAMILY = re.compile(rf"(?:(?:{_ONE_PERSON_NOUN}|teacher|counsellor|driver|engineer),?[^\S\n]+(?:and[^\S\n]+)?"
                                 r"|\b(?:killed|died|wounded|injured)[^\S\n]+(?:together[^\S\n]+)?with[^\S\n]+)"
                                 r"(?P<one>his|her)(?=[^\S\n]+(?:(?<=his[^\S\n])wife|(?<=her[^\S\n])husband)\b)")
# "a woman and her 12-year-old daughter": a child of the family, by an age under 18 (read in the text itself: the
# searchable text blanks ages)
_CHILD_OF_ONE_PERSON = re.compile(rf"(?:{_ONE_PERSON_NOUN}),?[^\S\n]+and[^\S\n]+(?P<one>his|her)(?=[^\S\n]+"
                                  rf"(?:1[0-7]|[1-9]|{_AGE_WORDS.replace('|eighteen', '')})-(?:year|month|week)-old[^\S\n]+"
                                  rf"(?:son|daughter|brother|sister|grandson|granddaughter|nephew|niece|child|baby|boy|girl)\b)")
_FIRST_OF_A_FAMILY = re.compile(rf"(?<![\w-])(?P<one>[Aa])(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:man|father|woman|mother),"
                                r"[^\S\n]+(?:his[^\S\n]+wife|her[^\S\n]+husband)\b)")
# "shot dead two Palestinians, a 15-year-old boy and a 24-year-old man": the count's people one by one, after a comma
# ("Two of the wounded, a 16-year-old boy and a woman in her 50s, were taken to Rafidia")
_LISTED_AFTER_COUNT = re.compile(rf"[^\S\n]+(?:(?:[^\W\d_][\w-]*[^\S\n]+){{0,2}}?(?:{PEOPLE_PLURAL})"
                                 rf"|of[^\S\n]+the[^\S\n]+(?:wounded|injured|dead|killed|victims|martyrs)),[^\S\n]+(?P<one>an?)"
                                 rf"(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})[^\S\n]+and[^\S\n]+an?[^\S\n])")
# "The strike killed two people and wounded a third", "injuring a fourth": one more person, named by an ordinal (not "a
# third of the dead", a share)
_ONE_MORE_BY_ORDINAL = re.compile(r"(?:(?<=\bwounded)|(?<=\binjured)|(?<=\bwounding)|(?<=\binjuring)|(?<=\bkilled)|(?<=\bkilling))"
                                  r"[^\S\n]+(?P<one>a)(?=[^\S\n]+(?:third|fourth|fifth)\b(?![^\S\n]+(?:of|time)\b))", re.IGNORECASE)
# "A third soldier was seriously wounded", "a second paramedic has died": one more person, numbered by an ordinal
_ORDINAL_PERSON = re.compile(rf"(?<![\w-])(?P<one>[Aa])(?=[^\S\n]+(?:second|third|fourth|fifth)[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,2}}?"
                             rf"(?:{_ONE_PERSON_NOUN})[^\S\n]+(?:was|had[^\S\n]+been|has[^\S\n]+been)[^\S\n]+(?:\w+ly[^\S\n]+)?"
                             rf"(?:{_ONE_PERSON_VERB})\b)")
# "among them the director of Kamal Adwan Hospital", "including the hospital's director", "among them its director": one
# person named by a post, a part of the count before (not "the directors of two hospitals", counted by their number)
_ONE_BY_POST = re.compile(r"\b(?i:including|among[^\S\n]+(?:them|whom))[^\S\n]+(?P<one>the|its|their)(?=[^\S\n]+"
                          r"(?:hospital(?:'s|’s)[^\S\n]+|(?:[\w'’-]+[^\S\n]+){0,2}?)?(?:director|head|chief)(?:[^\S\n]*[,.;)]"
                          r"|[^\S\n]+(?:of|at)[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+)?(?:[^\W\d_][\w'’-]*)(?<!\bone)(?<!\btwo)(?<!\bthree)"
                          r"(?<!\bfour)(?<!\bfive)(?<!\bsix)|[^\S\n]*$))")
_REMAINS_AS_THOSE_OF = re.compile(r"\bremains\b[^.;\n]*\bas\s+(?:those|that)\s+of\b[^.;\n]*$", re.IGNORECASE)
_PERSON_ORDINALS = ("second ", "third ", "fourth ", "fifth ")  # (the words _ORDINAL_PERSON may number one more by)
# "a fifth died of his wounds", "and a ninth, a 52-year-old man, was shot dead": one more of those just counted, named by an
# ordinal alone (not "a third of the dead", a share: no verb right after)
_ORDINAL_ALONE = re.compile(rf"(?<![\w-])(?P<one>a)(?=[^\S\n]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                            rf"(?:,[^,.;\n]{{1,60}},)?[^\S\n]+(?:(?:was|had[^\S\n]+been|has[^\S\n]+been)[^\S\n]+(?:\w+ly[^\S\n]+)?"
                            rf"(?:{_ONE_PERSON_VERB})\b|(?:has[^\S\n]+|had[^\S\n]+|later[^\S\n]+)?died\b))")
_ORDINAL_ALONE_GATE = re.compile(r"\ba\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")
# (not "every week we hear of another child killed": no one counted)
_ANOTHER_PERSON = re.compile(rf"(?<![\w-])(?<!\bof\s)(?P<one>[Aa]nother)(?=[^\S\n]+(?:{_ONE_PERSON_GAP_WORD}){{0,3}}?(?:{_ONE_PERSON_NOUN})"
                             rf"[^\S\n]+(?:(?:was|had[^\S\n]+been)[^\S\n]+)?(?:\w+ly[^\S\n]+)?(?:{_ONE_PERSON_VERB}|suffered)\b)"
                             # "a soldier was killed and another moderately wounded": one more of those just named
                             rf"|(?<=\band[^\S\n])(?P<elliptic>another)(?=[^\S\n]+(?:(?:was|had[^\S\n]+been)[^\S\n]+)?"
                             rf"(?:\w+ly[^\S\n]+)?(?:injured|wounded|hurt|killed)\b)"
                             # "two men were shot dead ..., and a third was injured": one more of those just named
                             rf"|(?<=\band[^\S\n])(?P<ordinal>a)(?=[^\S\n]+(?:second|third|fourth|fifth)[^\S\n]+(?:was|had[^\S\n]+been)"
                             rf"[^\S\n]+(?:\w+ly[^\S\n]+)?(?:injured|wounded|hurt|killed)\b)")
# _ONE_PERSON as a scan, as _NUMBER_AT is NUMBER's: one character wide, at the first letter of a match, the match
# in the groups ("whole" spans it). Every row of _ONE_PERSON opens a word (after no word character), so a letter
# inside a word is dismissed with one look back, where a scan of _ONE_PERSON tried its three rows at every position.
# The first letters come from the pattern itself, in both cases (it is case-sensitive; ``prefixes`` lowercases).
_ONE_PERSON_FIRST = "".join(sorted({case for letter in prefixes(_ONE_PERSON.pattern, _ONE_PERSON.flags, depth=1)
                                    for case in (letter, letter.upper())}))
assert _ONE_PERSON_FIRST.isascii() and _ONE_PERSON_FIRST.isalpha(), _ONE_PERSON_FIRST
_ONE_PERSON_AT = re.compile(rf"[{_ONE_PERSON_FIRST}](?<!\w.)(?<=(?=(?P<whole>{_ONE_PERSON.pattern})).)", _ONE_PERSON.flags)
_ONE_PERSON_HINTS = (" was ", " been ", " and his ", " and her ", "died ", " life", "including a", "included a", "among them a", "among whom a", " is a", "ing a ", "ing an ", "ed a ", "ed an ",
                     "shot a")


# "none is fully functional", "No hospital in Gaza is fully functional", "leaving none of its four hospitals functioning":
# no hospital in that state, a count of zero (read only in a sentence that speaks of hospitals)
# ("none is functioning fully": the adverb after)
_FULLY_WORKING = (r"(?:fully[^\S\n]+(?:functional|functioning|operational|operating)|(?:operating[^\S\n]+)?at[^\S\n]+full[^\S\n]+capacity"
                  r"|(?:functioning|operating|working)[^\S\n]+fully\b)")
_NO_HOSPITAL = re.compile(
    rf"\b(?P<none>[Nn]one|[Nn]ot[^\S\n]+(?:a[^\S\n]+single|one))(?:[^\S\n]+of[^\S\n]+(?:them|these|those))?,?[^\S\n]+(?:(?:is|was|are|were)[^\S\n]+)?"
    rf"(?:currently[^\S\n]+|now[^\S\n]+)?"
    rf"(?:{_FULLY_WORKING}|fully(?=[^\S\n]*(?:[,.;)]|$)))"  # ("and none of them fully")
    rf"|\b(?P<no>[Nn]o)[^\S\n]+(?:single[^\S\n]+)?hospital(?:[^\S\n]+(?:in|across)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){{0,2}})?"
    rf"[^\S\n]+(?:is|was|remains)[^\S\n]+(?:currently[^\S\n]+|now[^\S\n]+)?{_FULLY_WORKING}"
    rf"|\b(?:leaving|left|leaves)[^\S\n]+(?P<left>none)[^\S\n]+of[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,4}}?hospitals[^\S\n]+"
    rf"(?:fully[^\S\n]+)?(?:functioning|functional|operational)\b")
_NO_HOSPITAL_HINTS = ("full", "leav", "left")
_NOT_ONE = re.compile(r"not\s+(?:a\s+single|one)", re.IGNORECASE)  # "not one is fully functional": none
# the last kind of facility named before a "none": hospitals, or others ("Of the 105 primary health care centres, ...")
_FACILITIES = re.compile(r"\b(?:(?P<field>field[^\S\n]+)?hospitals?|cent(?:re|er)s|clinics|points|PHCs?|facilities|bakeries|wells)\b",
                         re.IGNORECASE)


def _of_hospitals(text: str, end: int) -> bool:
    """True when the facilities a "none" at ``end`` speaks of are hospitals (not field hospitals or clinics)."""
    last = None
    for last in _FACILITIES.finditer(text, 0, end):
        pass
    return last is not None and last.group().lower().startswith("hospital")


def _one_person_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_ONE_PERSON.finditer(text)`` (read by their groups), from ``_ONE_PERSON_AT``: a match
    starting inside the one before is skipped, as ``finditer`` goes on after a match."""
    found, resume = [], 0
    for match in _ONE_PERSON_AT.finditer(text):
        if match.start() >= resume:
            found.append(match)
            resume = match.end("whole")
    return found


def _may_name_one_person(text: str) -> bool:
    """False when ``_ONE_PERSON`` surely finds nothing: substring tests, far cheaper than the scan."""
    return any(hint in text for hint in _ONE_PERSON_HINTS)
# "18/36 hospitals", "12/36 health facilities": what a key-figures line writes as "18 of 36 hospitals"
_SLASH_SHARE = re.compile(r"(?<![\w.,/-])(?P<part>\d{1,3})/(?P<whole>\d{1,3})(?![\w/.,])(?=[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}?"
                          r"(?:hospitals|health\s+facilities|medical\s+facilities|health\s+cent(?:re|er)s|PHCs?)\b)", re.IGNORECASE)
# (an infant's "3-month-old" too is left out: the age names no group the part could take)
_AGE_ALONE = re.compile(r"[^\S\n]+(\d{1,3})-(year|month|week|day)-old(?=[^\S\n]*[,;.)]|[^\S\n]+(?:from|who|was|has|had)\b)")
_ADULT_AGE = 18
_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_GATE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b|\s{3,}",
                           re.IGNORECASE)  # (a masked "78th" is a run of spaces in the searchable text)
# (gated: twelve words tried at every position cost ~3x the substring tests for their first four letters in the lowercased
# text, and a text holding none of those cannot match; the regex runs only where one occurs)
_CUSTODY_WORDS = GatedPattern(re.compile(r"custody|detention|prison|jail|Teiman|Ketziot|Megiddo|Ofer|Ramon|Nafha|Damon|Ramla",
                                         re.IGNORECASE))
_ORDINAL_DEATH_IN_CUSTODY = re.compile(
    r"\bthe\s+(?:(?P<digits>\d{1,4})(?:st|nd|rd|th)|(?P<word>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth))\s+(?:(?:(?:Palestinian|Gazan)\s+)?(?:detainee|prisoner|Palestinian|inmate|person)\b"
    r"(?=[^.;\n]{0,70}?\b(?:custody|detention|prisons?|jails?|Sde\s+Teiman|Ketziot|Megiddo|Ofer|Ramon|Nafha|Damon|Ramla)\b)"
    r"(?=[^.;\n]{0,50}?\b(?:to\s+die|to\s+have\s+died|died|death)\b)"
    r"|death\s+(?=in\s+(?:Israeli\s+)?(?:custody|detention|prisons?|jails?)\b"
    r"|of\s+an?\s+(?:Palestinian\s+)?(?:prisoner|detainee|inmate)\b))", re.IGNORECASE)  # ("the second death of a prisoner")
_NUMBER_TOKENS = re.compile(r"[\d., ]*\d|[a-z]+")
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_SEPARATORS = re.compile(r"[.,]")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")

# The longest word of _YEAR_CONTEXT_BEFORE ("since", "until", "early"), with room to spare.
_YEAR_CONTEXT_REACH = 8


def _year_context_before(text: str, end: int) -> bool:
    """``_YEAR_CONTEXT_BEFORE.search(text, 0, end)``, tried only where a match can start.

    A match is a short word followed by whitespace up to ``end``: it ends where the whitespace run
    before ``end`` starts, so it starts at most _YEAR_CONTEXT_REACH characters before that (the search
    still sees the characters before its start, for the word boundary). Searching from 0 tried the
    pattern at every position of the sentence before every year-like number.

    >>> _year_context_before("in    2023", 6), _year_context_before("begin 2023", 6), _year_context_before("x 2023", 2)
    (True, False, False)
    """
    word_end = len(text[:end].rstrip())
    return _YEAR_CONTEXT_BEFORE.search(text, max(0, word_end - _YEAR_CONTEXT_REACH), end) is not None


@dataclasses.dataclass(slots=True, frozen=True)
class NumberMention:
    """A number as written in a sentence: ``text[start:end]`` is the number without its % sign."""

    value: float
    start: int
    end: int
    text: str
    percent: bool = False


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic digits and separators as ASCII, same length.

    >>> to_ascii_digits("٧٣٬٠٠٣")
    '73,003'
    """
    if _NON_ASCII_DIGIT.search(text) is None:  # the usual case: ``translate`` looks up every character
        return text
    return text.translate(_DIGITS)


def parse_number(written: str) -> float | None:
    """The value of a number as written, or None.

    >>> [parse_number(s) for s in ("8,382", "1,4 million", "1.2 million", "29k", "ten thousand", "twenty-one")]
    [8382.0, 1400000.0, 1200000.0, 29000.0, 10000.0, 21.0]
    >>> parse_number("12.001"), parse_number("2.5"), parse_number("1.212.5")
    (12001.0, 2.5, None)
    """
    if written.isascii() and written.isdigit():  # plain digits, the most common case
        return float(written)
    if written.lower() in ("a", "an"):  # "A young man was killed" (see ``_ONE_PERSON``)
        return 1.0
    if written.lower() in ("no", "none") or _NOT_ONE.fullmatch(written):  # "none is fully functional" (``_NO_HOSPITAL``)
        return 0.0
    text = to_ascii_digits(written).lower().replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    total, current = 0.0, 0.0
    for token in _NUMBER_TOKENS.findall(text):
        token = token.strip()
        if token in ("and", ""):
            continue
        if token[0].isdigit():
            digits = _digits_value(token)
            if digits is None:
                return None
            current += digits
        elif "-" not in token and token in _UNITS:
            current += _UNITS[token]
        elif token in _SCALES or token in ("k", "m", "bn"):
            scale = _SCALES.get(token) or {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}[token]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            return None
    return total + current  # "twenty-one": 20 + 1; "seventy-two thousand and ninety": 72,090


def _digits_value(token: str) -> float | None:
    token = token.replace(" ", "")
    if _GROUPED_THOUSANDS.fullmatch(token):
        return float(_SEPARATORS.sub("", token))
    if _COMMA_DECIMAL.fullmatch(token):  # comma decimal: "1,4 million"
        return float(token.replace(",", "."))
    try:
        return float(token.replace(",", ""))
    except ValueError:  # "1.212.5": separators no reading makes one number of
        return None


def mask(text: str) -> str:
    """The text with URLs, dates, times, ages, money... blanked to spaces (same length)."""
    masks = _masks(frozenset(name for name, needed in _NEEDS.items() if needed(text)))
    return masks.sub(lambda m: " " * len(m.group()), text)


def searchable(text: str) -> str:
    """``text`` as ``find_numbers`` reads it: ASCII digits, non-count spans blanked (same length).

    A caller reading many sentences of one document computes this once for the document and
    passes each sentence its slice as ``masked``.
    """
    return mask(to_ascii_digits(text))


def may_hold_numbers(text: str) -> bool:
    """False when ``find_numbers(text)`` is surely empty, without masking ``text`` first.

    >>> may_hold_numbers("No count here."), may_hold_numbers("Someone said 5"), may_hold_numbers("٧ killed")
    (False, True, True)
    """
    return _A_DIGIT.search(text) is not None or _NUMBER_WORD_LETTERS.search(text.lower()) is not None or (
        _may_name_one_person(text) and _ONE_PERSON_AT.search(text) is not None) or (
        "nother " in text and _ANOTHER_PERSON.search(text) is not None) or (  # "Another soldier was seriously wounded"
        any(word in text for word in _PERSON_ORDINALS) and _ORDINAL_PERSON.search(text) is not None) or (
        "full" in text and "ospital" in text and _NO_HOSPITAL.search(text) is not None) or (
        _CUSTODY_WORDS.search(text) is not None and _ORDINAL_DEATH_IN_CUSTODY.search(text) is not None)  # "the third death in custody"


def _with_a_scale(searchable_text: str, text: str, found: list[NumberMention]) -> list[NumberMention]:
    """``found`` with "a hundred", "a thousand" read, and joined to the number they open ("a hundred and forty": 140).
    The number scan starts only at digits and number words: letting it start at every "a" would cost every text."""
    starts = {number.start: number for number in found}
    for scale in _A_SCALE.finditer(searchable_text):
        size = _SCALES[scale.group("scale").lower()] * (_SCALES[scale.group("times").lower()] if scale.group("times") else 1)
        rest = starts.get(scale.end())
        if rest is not None and size == 100 and rest.text.lower().endswith("thousand") and rest.value < 100_000:
            found.remove(rest)  # "a hundred and fifty thousand": 150,000
            found.append(NumberMention(100_000 + rest.value, scale.start("a"), rest.end, text[scale.start("a"):rest.end]))
        elif rest is not None and rest.value < size:  # "a hundred and forty": 140 ("a hundred and forty percent": 140%)
            found.remove(rest)
            found.append(NumberMention(size + rest.value, scale.start("a"), rest.end, text[scale.start("a"):rest.end],
                                       percent=rest.percent))
        elif not any(number.start <= scale.start("a") < number.end for number in found) and \
                not _NOT_A_COUNT_AFTER.match(searchable_text[scale.end():scale.end() + 30]):  # "a hundred people"
            end = scale.end("times") if scale.group("times") else scale.end("scale")
            found.append(NumberMention(float(size), scale.start("a"), end, text[scale.start("a"):end]))
    return sorted(found, key=lambda number: number.start)


def find_numbers(text: str, masked: str | None = None) -> list[NumberMention]:
    """Every number in ``text`` that could be a count or a percentage, in order.

    ``masked`` is ``searchable(text)`` when the caller already has it.
    """
    searchable_text = masked if masked is not None else searchable(text)
    # no pre-test for "any number at all" here: one costs about as much as the NUMBER scan itself
    found = []
    resume = 0
    for match in _NUMBER_AT.finditer(searchable_text):
        if match.start() < resume:  # inside the number before: NUMBER's scan would not look here
            continue
        percent = match.group("pct")
        start, end = match.span("num")
        resume = match.end("pct") if percent is not None else end
        written = match.group("num")
        value = parse_number(written)
        if value is None:
            continue
        after = searchable_text[resume:resume + 30]
        if _NOT_A_COUNT_AFTER.match(after) or written[-2:].lower() == "ty" and _TENS_AGE_AFTER.match(after):
            continue
        if value == _AGE_OF_MAJORITY and _UNDER_BEFORE.search(searchable_text, max(0, start - 20), start) and \
                _AGE_CLOSES.match(after):
            continue  # "88 of the administrative detainees were under 18, compared with 41": an age, the group's mark
        if _YEAR.match(written) and (_year_context_before(searchable_text, start) or not _WORD_AFTER.match(after)
                                      or not _COUNTED_AFTER_YEAR.match(after)):
            continue
        found.append(NumberMention(value, start, end, text[start:end], percent=bool(percent)))
    if _A_SCALE_GATE.search(searchable_text):  # "a hundred and forty people": the scan reads no "a"
        found = _with_a_scale(searchable_text, text, found)
    ones = []
    if _may_name_one_person(searchable_text):  # "A Palestinian was killed", "including a child": one person
        ones = [NumberMention(1.0, m.start(g), m.end(g), m.group(g)) for m in _one_person_matches(searchable_text)
                for g in (next(name for name in ("one", "one2", "one3") if m.group(name)),)
                # ("including a 15-year-old," names a child; "including a 60-year-old," an adult, no part the ledger keeps;
                # "a 16-year-old was shot dead" a child, "a 45-year-old was killed" no one the labels name)
                if not (g in ("one", "one2") and (age := _AGE_ALONE.match(text, m.end(g))) and (
                    age.group(2) != "year" or int(age.group(1)) >= _ADULT_AGE))
                # ("identified the remains ... as those of Eyal B., 54, a farmer ... who was killed": who the remains are)
                and not _REMAINS_AS_THOSE_OF.search(searchable_text, max(0, m.start(g) - 160), m.start(g))]
        # "including a woman and a girl": the second article names one more
        ones += [NumberMention(1.0, second.start("one"), second.end("one"), second.group("one"))
                 for one in ones if (second := _AND_ANOTHER_ONE.match(searchable_text, one.end))]
    if " their mother" in searchable_text or " their father" in searchable_text:  # "four children and their mother"
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for number in found
                 if (m := _AND_THEIR_PARENT.match(searchable_text, number.end))]
    if " his wife" in searchable_text or " her husband" in searchable_text:  # "killed a man, his wife and their children"
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one"))
                 for pattern in (_SPOUSE_IN_A_FAMILY, _FIRST_OF_A_FAMILY) for m in pattern.finditer(searchable_text)
                 if not any(one.start == m.start("one") for one in ones)]
    if "-old " in text and (" his " in text or " her " in text):  # "a woman and her 12-year-old daughter"
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for m in _CHILD_OF_ONE_PERSON.finditer(text)
                 if not any(one.start == m.start("one") for one in ones)]
    if " and a" in searchable_text:  # "including six children and a woman": one more, after a count
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for number in found
                 if (m := _AND_ONE_AFTER_COUNT.match(searchable_text, number.end))]
        listed = [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for number in found
                  if (m := _LISTED_AFTER_COUNT.match(searchable_text, number.end))]
        ones += listed + [NumberMention(1.0, second.start("one"), second.end("one"), second.group("one"))
                          for one in listed if (second := _AND_ANOTHER_ONE.match(searchable_text, one.end))]
    if "nother " in searchable_text or " and a " in searchable_text and any(word in searchable_text for word in _PERSON_ORDINALS):
        # "another soldier was seriously wounded", "and another boy was injured", "and a third was injured": one more
        ones += [NumberMention(1.0, m.start(g), m.end(g), m.group(g))
                 for m in _ANOTHER_PERSON.finditer(searchable_text)
                 for g in (next(name for name in ("one", "elliptic", "ordinal") if m.group(name)),)]
    if any(word in searchable_text for word in _PERSON_ORDINALS):  # "A third soldier was seriously wounded": one more
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for m in _ORDINAL_PERSON.finditer(searchable_text)]
    if _ORDINAL_ALONE_GATE.search(searchable_text):  # "a fifth died of his wounds": one more
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for m in _ORDINAL_ALONE.finditer(searchable_text)
                 if not any(one.start == m.start("one") for one in ones)]
    if any(ordinal in searchable_text for ordinal in (" a third", " a fourth", " a fifth")):  # "... and wounded a third": one more
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for m in _ONE_MORE_BY_ORDINAL.finditer(searchable_text)]
    if "director" in searchable_text or "head" in searchable_text or "chief" in searchable_text:
        # "among them the director of Kamal Adwan Hospital": one more, named by a post
        ones += [NumberMention(1.0, m.start("one"), m.end("one"), m.group("one")) for m in _ONE_BY_POST.finditer(searchable_text)]
    if ones:
        found = sorted(found + ones, key=lambda n: n.start)
    if ("one" in searchable_text or "No" in searchable_text or "no " in searchable_text) and \
            any(hint in searchable_text for hint in _NO_HOSPITAL_HINTS) and "hospital" in searchable_text.lower():
        zeros = [NumberMention(0.0, m.start(g), m.end(g), m.group(g)) for m in _NO_HOSPITAL.finditer(searchable_text)
                 for g in ("none", "no", "left") if m.group(g) and (g != "none" or _of_hospitals(searchable_text, m.start()))]
        if zeros:  # ("not one is fully functional": the "one" inside it is no count of its own)
            found = sorted([n for n in found if not any(z.start <= n.start < z.end for z in zeros)] + zeros, key=lambda n: n.start)
    if _CUSTODY_WORDS.search(searchable_text) and _ORDINAL_GATE.search(searchable_text):
        # "Abu Rukba is at least the 78th Palestinian known to have died in Israeli custody", "the fifth detainee to die in
        # custody": a death in custody counted by its rank, the count so far
        ranks = [NumberMention(float(m.group("digits") or _ORDINAL_WORDS[m.group("word").lower()]),
                               m.start("digits") if m.group("digits") else m.start("word"),
                               m.end("digits") if m.group("digits") else m.end("word"),
                               m.group("digits") or m.group("word")) for m in _ORDINAL_DEATH_IN_CUSTODY.finditer(text)]
        if ranks:
            found = sorted(found + ranks, key=lambda n: n.start)
    if "/" in searchable_text:  # "18/36 hospitals partially functional": a share written with a slash, both counts
        shares = [NumberMention(float(m.group(g)), m.start(g), m.end(g), m.group(g))
                  for m in _SLASH_SHARE.finditer(searchable_text) for g in ("part", "whole")]
        if shares:
            found = sorted(found + shares, key=lambda n: n.start)
    return found
