"""Figures from the Arabic part of the Gaza Ministry of Health's daily bulletins.

The bulletins the Ministry posts on Telegram are Arabic first, then English; some days they
are Arabic only. A bulletin is a few section headers ("خلال الـ 24 ساعة الماضية", "منذ وقف
إطلاق النار (11 أكتوبر)", "الإحصائية التراكمية منذ بداية العدوان في 7 أكتوبر 2023"), each
followed by bullet lines that pair a count with a cue word (شهداء, إصابات, انتشال), and a
closing date line ("15 يونيو 2026") that dates them all.

Lines are matched on a *normalised* copy (hamza forms of alef unified, tashkeel and tatweel
dropped) that keeps a map back to the original offsets, so every span points into the text
passed in. Only lines written in Arabic are read: the English half is the prose extractor's.

>>> text = "خلال الـ 24 ساعة الماضية:\\n• عدد الشهداء ٧ (٦ شهداء جدد + شهيد ١ انتشال)\\n• 6 إصابات\\n22 اغسطس 2026"
>>> [(f.metric, f.value, f.period, f.period_detail, f.as_of.isoformat()) for f in extract_arabic_figures(text)]
[('killed', 7.0, 'period', '24h', '2026-08-22'), ('injured', 6.0, 'period', '24h', '2026-08-22')]
>>> text = "منذ وقف إطلاق النار (11 أكتوبر):\\n• إجمالي حالات الانتشال: ٧٨٤\\n• إجمالي عدد الشهداء: ١٬٠٠٥"
>>> [(f.metric, f.value, f.period_start.isoformat(), f.period_detail) for f in extract_arabic_figures(text)]
[('bodies_recovered', 784.0, '2025-10-11', 'since 2025-10-11'), ('killed', 1005.0, '2025-10-11', 'since 2025-10-11')]
>>> f = extract_arabic_figures("العدد التراكمي للشهداء منذ بداية العدوان في 7 أكتوبر 2023: أكثر من 73,003")[0]
>>> (f.value, f.qualifier, f.period, f.period_start.isoformat())
(73003.0, 'at_least', 'cumulative', '2023-10-07')
>>> [(f.metric, f.value, f.period, f.period_detail) for f in  # records added: no new deaths, no running total
...  extract_arabic_figures("⭕ملاحظة/ تم إضافة 6 شهداء متأثرين بجراحهم على التراكمي")]
[('killed', 6.0, 'period', 'records_added')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import parsers
from parsers.models import DEFAULT_CUMULATIVE_START, Figure
from parsers.numbers import parse_number
from parsers.sentences import split_units

ATTRIBUTED_TO = "Gaza Ministry of Health"
LOCATION = "Gaza Strip"
PARSER = "text"
CEASEFIRE_START = dt.date(2025, 10, 11)  # the Ministry's "منذ وقف إطلاق النار (11 أكتوبر)" counts from here
YEAR_START = dt.date(1, 1, 1)  # stands for the first of January of the text's year ("منذ مطلع العام الجاري")
# Lebanon's Ministry of Public Health writes its statements in Arabic too: its letterhead and its places tell them apart
LEBANESE_MINISTRY = "Lebanese Ministry of Public Health"
LEBANON = "Lebanon"
WEST_BANK_MINISTRY = "Palestinian Ministry of Health (Ramallah)"
WEST_BANK = "West Bank"
LEBANESE_CEASEFIRE_START = dt.date(2024, 11, 27)

# Patterns below are written for the normalised text: bare alef (ا) for أ إ آ, ي for ى, no tashkeel or tatweel.
MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
# --- section headers: (pattern, period kind, period_detail, default start); first match wins ------------
# "منذ فجر اليوم", "منذ صباح اليوم": since this day's dawn or morning, the day's count (a section's header above says it
# more exactly: "خلال الـ 24 ساعة الماضية")
_SINCE_THIS_DAY = r"منذ\s+(?:فجر|صباح)\s+(?:هذا\s+)?اليوم"
PERIOD_HEADERS: list[tuple[str, str, str | None, dt.date | None]] = [
    (r"خلال\s+(?:ال\s*)?(?P<hours>\d+)\s+ساعة|خلال\s+الساعات\s+(?:ال\s*)?(?P<hours2>\d+)", "period", "{hours}h", None),
    (r"(?:ال)?ساعات\s+(?:ال)?اربع\s+و\s*(?:ال)?عشرين", "period", "24h", None),  # "the twenty-four hours", in words
    # "منذ 3 ايام", "خلال 7 ايام": a count of days, no start date
    (r"(?:منذ|خلال)\s+(?:ال\s*)?(?P<days>\d{1,2})\s+(?:ايام|يوما)", "period", "{days}d", None),
    (r"خلال\s+(?:ال)?يوم(?:ين)?\s+(?:ال)?ماضي(?:ين)?|خلال\s+(?:ال)?ساعات\s+(?:ال)?ماضية|" + _SINCE_THIS_DAY, "period", "day", None),
    # "خلال الأيام الأربعة الماضية", "خلال الأيام الماضية": the last few days, a stretch of its own
    (r"(?:خلال|في)\s+(?:ال)?ايام\s+(?:(?:ال)?(?:قليلة|ثلاثة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)\s+)?(?:ال)?(?:ماضية|اخيرة)",
     "period", "recent", None),
    (r"منذ\s+(?:سريان\s+|بدء\s+|دخول\s+|اعلان\s+)?(?:اتفاق\s+)?وقف\s+اطلاق\s+النار", "cumulative", None, CEASEFIRE_START),
    # "منذ مطلع العام الجاري", "منذ بداية العام": since the first of January of the text's year
    (r"منذ\s+(?:مطلع|بداية|بدء)\s+(?:هذا\s+)?العام(?:\s+(?:ال)?(?:جاري|حالي))?(?!\s+(?:ال)?(?:ماضي|سابق|فائت))", "cumulative", None,
     YEAR_START),
    # "خلال شهر آب/أغسطس", "حصاد شهر ...", "الحصيلة الشهرية": a month's counts; "الأسبوع الأول (١–٧ آب)": a week's
    (r"خلال\s+(?:ال)?شهر(?!ين|\s+(?:ال)?(?:مقبل|قادم))|حصاد\s+(?:ال)?شهر|(?:ال)?حصيلة\s+(?:ال)?شهرية|خلال\s+(?:هذا\s+)?الشهر(?!\s+(?:ال)?(?:مقبل|قادم))",
     "period", "month", None),
    (r"(?:ال)?اسبوع\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|ماضي|اخير)(?!\s+من\s+(?:ال)?شهر\s+(?:ال)?(?:مقبل|قادم))"
     r"|خلال\s+(?:ال)?اسبوع(?!\s+(?:ال)?(?:مقبل|قادم))", "period", "week", None),
    (r"الاحصائية\s+التراكمية|العدد\s+التراكمي|الحصيلة\s+التراكمية|منذ\s+بداية\s+العدوان|منذ\s+بدء\s+العدوان"
     r"|منذ\s+السابع\s+من\s+اكتوبر|منذ\s+(?:يوم\s+)?7\s+(?:من\s+)?اكتوبر|منذ\s+(?:بداية|بدء)\s+(?:الحرب|حرب\s+الابادة)",
     "cumulative", None, DEFAULT_CUMULATIVE_START),
    # "حصيلة العدوان منذ 18 مارس 2025": a running count from a stated date (the start is read off the line)
    # "منذ 3 ايام" (for three days) is no start: the day must take a month's name
    (rf"منذ\s+(?:يوم\s+)?(?=\d{{1,2}}\s+(?:من\s+)?(?:{'|'.join(MONTHS)})(?!\w))", "cumulative", None, None),
    # "منذ استئناف العدوان في ١٨ مارس ٢٠٢٥", "منذ استئناف الاحتلال عدوانه على القطاع في ...": since the war resumed
    (rf"منذ\s+(?:استئناف|تجدد|عودة)\s+(?:(?!\S*(?:مفاوضات|محادثات|وقف))\S+\s+){{0,3}}?(?:ال)?(?:عدوان|حرب|قتال)\S*\s+(?:\S+\s+){{0,2}}?(?:في\s+|يوم\s+)?(?=\d{{1,2}}\s+(?:من\s+)?(?:{'|'.join(MONTHS)})(?!\w))",
     "cumulative", None, None),
]
# "ارتفعت حصيلة العدوان إلى ...": a running toll a sentence states with no section header above it (under one,
# the header's period holds: "إجمالي عدد الشهداء" under "منذ وقف إطلاق النار" counts since the ceasefire)
_PHONE_BEFORE = re.compile(r"(?:(?:ال)?خط\s+(?:ال)?ساخن|(?:ال)?هاتف|(?:ال)?رقم)\s*:?\s*$")
_IN_PRISONS = re.compile(r"(?:في|داخل)\s+(?:ال)?(?:سجون|سجن|معتقلات|معتقل|زنازين)(?![\u0621-\u064a])")
_TIMES_OF_DAY = r"(?:ال)?(?:صباح|فجر|مساء|ليل|ساعات)"
_SINCE_THIS_MORNING = re.compile(r"(?<!\S)منذ\s+" + _TIMES_OF_DAY)  # "منذ الصباح": a day's
_SINCE_A_START = re.compile(r"(?<!\S)منذ\s+(?!" + _TIMES_OF_DAY + ")")  # "منذ بداية العدوان": a count since a start
# the verbs of an event that befell people: "was wounded", "was martyred", "killing"
# ("إن المستشفى استقبل منذ مساء أمس 17 شهيداً و31 جريحاً": the dead and hurt a hospital took in; "أدّت، حتى الساعة
# السادسة، إلى سقوط 24 شهيداً و138 جريحاً": the fall of, an event's toll)
_EVENT_VERB = re.compile(r"(?<!\S)و?(?:اصيب|اصيبت|اصيبوا|استشهد|استشهدت|استشهدوا|استشهاد|اصابة|ارتقي|ارتقت|ارتقوا|قتل|مقتل|استقبل"
                         r"|استقبلت|سقوط)(?!\S)")
# the words of a day's, a week's, a raid's or a strike's count: no running toll in their clause
_OF_A_DAY_OR_A_STRIKE = (r"منذ\s+(?:فجر|صباح|مساء|ساعات|ليلة|بداية\s+(?:ال)?عام)|(?<!\S)(?:ال)?يوم(?!\S)|اليوم|الاسبوع"
                         r"|الشهر|صباح|مساء|ليلة|اقتحام|عملية|القصف|استهداف|مجزرة|الغارة|المجزرة|الغارات")
_RUNNING_TOLL = re.compile(r"ارتفعت\s+حصيلة|ارتفع\s+عدد|الحصيلة\s+الاجمالية|حصيلة\s+العدوان"
                           # "ليرتفع إجمالي عدد الشهداء إلى 62,000", "وبهذه الغارات يرتفع عدد الشهداء ... إلى 427 شهيداً" (not
                           # "... 38 شهيداً من منتظري المساعدات، ليرتفع عدد ...": a count, then the total it brings)
                           # ("1- ارتفاع عدد الشهداء ... إلى 9,227 شهيداً": a numbered point's noun, the rise)
                           r"|(?:ل|و)?(?:ي|ت)رتفع\s+(?:ال)?اجمالي|(?<!\S)(?:و?(?:ي|ت)رتفع|ارتفاع)\s+(?:ال)?(?:عدد|حصيلة)"
                           # (not "ترتفع حصيلة ضحايا الغارات على خانيونس منذ فجر اليوم إلى 25", the day's strikes, nor a week's,
                           # a raid's or a year's count)
                           r"(?![^\n،؛]*?(?:" + _OF_A_DAY_OR_A_STRIKE + r"))"
                           # the count named before its verb ("قالت الوزارة إن عدد الشهداء ارتفع إلى 19 شهيداً"), of no day nor
                           # strike either
                           r"|(?<!\S)عدد\s+(?:ال)?(?:شهداء|جرحي|مصابين|اصابات|معتقلين|اسري|مفقودين)"
                           r"(?![^\n،؛]*?(?:" + _OF_A_DAY_OR_A_STRIKE + r"|جراء))"
                           r"(?:\s+\S+){0,14}?\s+(?:قد\s+)?ارتفع(?=\s+(?:\S+\s+){0,3}?الي\s)")
# "بلغ عدد المفقودين 7,780 مواطناً": the count so far, as "ارتفع عدد" is read, in a line of no strike ("غارة ... أدت إلى
# استشهاد 4 مواطنين، وبلغ عدد الجرحى 7": the strike's) and of no day
# ("ويبلغ عدد المفقودين أكثر من 7 آلاف": the present tense too)
_REACHED_COUNT = re.compile(r"(?<!\S)(?:و|ف)?(?:ي|ت)?بلغ(?:ت)?\s+(?:ال)?(?:عدد|حصيلة)(?![^\n،؛]*?(?:منذ\s+(?:فجر|صباح|مساء|ساعات|ليلة)"
                            r"|(?<!\S)(?:ال)?يوم(?!\S)|اليوم|الاسبوع|الشهر|صباح|مساء|ليلة))")
# --- metric cue words: (pattern, family, metric); the cue nearest a number in its clause wins ---------
# Recovered bodies are their own metric (``bodies_recovered``, a vocabulary extension): the Ministry
# counts them apart from the new deaths, and folding them into ``killed`` would double count.
METRIC_CUES: list[tuple[str, str, str]] = [
    (r"انتشال|جثامين|جثث", "casualties", "bodies_recovered"),
    # "١٨٥ حالة وفاة بسبب المجاعة وسوء التغذية": deaths from hunger, before the plain deaths
    (r"(?:حالة\s+|حالات\s+)?(?:وفاة|وفيات)(?=\s+(?:\S+\s+){0,2}?(?:ال)?(?:مجاعة|جوع|تجويع|سوء\s+(?:ال)?تغذية))"
     r"|(?:ضحايا|وفيات|شهداء)\s+(?:ال)?(?:مجاعة|جوع|تجويع|سوء\s+(?:ال)?تغذية)", "casualties", "malnutrition_deaths"),
    # ("135 من موظفيها قتلوا", "مقتل 5 أشخاص")
    # ("أودت بحياة 471 مواطناً": claimed their lives)
    (r"شهيد|شهدا|استشهد|استشهاد|قتلي|قتيل|وفيات|ارتقي|ارتقت|ارتقوا|(?<!\S)(?:و|ف)?(?:قتلوا|قتل|قتلت|مقتل)(?!\S)"
     r"|(?<!\S)(?:ا|ت|ي)?ود(?:ت|ي)\s+بحياة",
     "casualties", "killed"),
    (r"اصاب|اصيب|مصاب|جريح|جرحي", "casualties", "injured"),
    (r"مفقود", "casualties", "missing"),
    # "ولا يزال الاحتلال يعتقل 94 من الكوادر الصحية", "٩٥ من العاملين الصحيين معتقلين": those held now
    # (not a bare "أسرى" or "معتقلين": prisoners freed, or killed, are no count of those held)
    # ("ويقبع في سجون الاحتلال أكثر من 10,800 أسير", "عدد الأسرى في سجون الاحتلال"; not those freed from or taken to them)
    # ("يقبع في سجون الاحتلال أكثر من 10,800 أسير"; "سجون الاحتلال" counts the held only in a clause saying they are
    # held there, see _STILL_HELD: not those freed from, taken to or testifying about them)
    # ("لا يزال الاحتلال يحتجز ما لا يقل عن 99 من العاملين في القطاع الصحي": holds, now)
    (r"يعتقل|(?<!\S)(?:ي|ت)حتجز(?!\S)|رهن\s+(?:ال)?اعتقال|(?:ال)?معتقل\S*\s+(?:لدي|في\s+سجون)|سجون\s+(?:ال)?احتلال",
     "detention", "detainees"),
    # "فيما اعتقل الاحتلال 296 من الكوادر الصحية", "310 من الكوادر الصحية اعتقلهم الاحتلال": taken in, not killed
    # ("واعتقلت 68 من أفراد طاقمه الطبي": the verb right before its count, the occupier its subject before it)
    # ("قوات الاحتلال اعتقلت خلال اقتحام المجمع 12 من الكوادر الطبية": past when, a few words)
    (r"اعتقل(?:ت|هم|هن)?\s+(?:قوات\s+)?(?:ال)?احتلال|(?<!\S)و?اعتقل(?:ت)?(?=\s+(?:(?:خلال|اثناء)\s+(?:[^\d\s،]+\s+){1,3}?)?"
     r"(?:ما\s+لا\s+يقل\s+عن\s+|اكثر\s+من\s+|نحو\s+)?\d)",
     "detention", "arrests"),
    # "أفرجت سلطات الاحتلال خلال الشهر الماضي عن 96 من العاملين الصحيين", "الإفراج عن 10 منهم": freed
    (r"(?<!\S)و?(?:افرج|افرجت|(?:ال)?افراج)\s+(?:[^\d\s]+\s+){0,5}?عن(?=\s+(?:اكثر\s+من\s+|نحو\s+|حوالي\s+)?\d)",
     "detention", "released_detainees"),
    (r"(?<!ت)مريض|مرضي(?!ة)", "hospitals", "patients"),  # "يضم 92 مريضاً وجريحاً": those a hospital holds
    # "وثقت الوزارة 790 اعتداءً على المرافق الصحية", "71 اعتداءً على المستشفيات": attacks on health care
    # (not "اعتداءً على المؤسسات التعليمية", "على الطواقم الصحفية": schools, the press)
    (r"اعتداء\S*(?=\s+علي\s+(?:(?:ال)?مستشفي|(?:ال)?(?:مرافق|منشات|مراكز|مؤسسات)\s+(?:ال)?صحي|(?:ال)?(?:كوادر|طواقم|فرق)\s+(?:ال)?(?:صحي|طبي"
     r"|اسعاف)|(?:ال)?قطاع\s+(?:ال)?صحي|(?:ال)?عاملين\s+(?:ال)?صحيين|(?:ال)?عاملين\s+في\s+(?:ال)?قطاع\s+(?:ال)?صحي"
     r"|(?:ال)?(?:سيارات|مركبات)\s+(?:ال)?اسعاف))",
     "hospitals", "attacks_on_health_care"),
]
# between a label's cue and its count: the rest of the label, a colon, a qualifier ("إجمالي حالات الانتشال: ٧٥٨")
_LABEL_GAP = re.compile(r"[^\d:：،.]{0,20}[:：]\s*(?:اكثر\s+من|نحو|حوالي|قرابة)?\s*")
_JOINED_INJURED = re.compile(r"\s+شهيد[^\s\d،,]*(?:\s+من\s+[^\d،,]{1,30}?)?[،,]\s*و(?:اكثر\s+من\s|نحو\s|حوالي\s|ما\s+يزيد\s+عن\s)?\s*")
# "شهداء جرى انتشالهم", "شهيداً تم انتشاله", "3 شهداء انتشال"
_RECOVERED_AFTER = re.compile(r"[^\s،,.]*\s+(?:(?:جري|تم)\s+)?انتشال")
# Words right before a number: (pattern, qualifier).
QUALIFIERS: list[tuple[str, str]] = [
    # (the text is normalised: "على" is read as "علي")
    (r"اكثر\s+من|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي|يزيد\s+عن|يزيد\s+علي|يتجاوز|تجاوز|(?:ي|ت)?تخطي|تخطت", "at_least"),
    (r"نحو|حوالي|قرابة|ما\s+يقارب|زهاء|تقريبا", "approx"),
    (r"اقل\s+من|حتى", "at_most"),
]
# Lines that restate or revise a total ("a note: 6 martyrs added to the cumulative") are no count.
NOT_A_COUNT = r"ملاحظة(?![^\n]*(?:تم|تمت)\s+اضافة)"
# "تمت إضافة 37 شهيداً إلى الإحصائية التراكمية بعد اكتمال بياناتهم": records the ministry added (late registrations), no new
# deaths and no running total: the dead so counted, of a period of their own (as the English "were added to the cumulative
# statistics" is read)
# (a count right after the words, not "أضيف إليهم 3 شهداء متأثرين بجراحهم": died of wounds, added to the day's; nor "تمت إضافة
# 3 مستشفيات ميدانية")
_RECORDS_ADDED = re.compile(r"(?:(?:تم|تمت)\s+اضافة|اضيف(?:ت)?(?!\S)(?!\s+(?:اليهم|لهم|اليها|اليه)))(?:\s+(?:الي|علي)\s+[^\d\n]{1,30}?)?\s*$")
# "لا يزال 2,160 مواطناً في عداد المفقودين تحت الأنقاض": the missing so far, a running count
# (the count right after the words: not "فيما لا تزال فرق الدفاع المدني تبحث عن مفقودين", a search for some)
# "still", then a qualifier a count may take ("لا يزال نحو ...")
_STILL_AR = r"(?:لا\s+(?:ي|ت)زال|ما\s+(?:ي|ت)?زال|لا\s+زال)\s+(?:(?:نحو|حوالي|اكثر\s+من|قرابة)\s+)?"
_STILL_MISSING = re.compile(_STILL_AR + r"\d[\d,٬.]*\s+(?:\S+\s+){0,2}?(?:في\s+عداد\s+)?(?:ال)?مفقود")
_STATED_DATE_REACH = 30
_RECORDS_ADDED_REACH = 50
_SINCE_CESSATION = re.compile(r"منذ\s+(?:(?:سريان|بدء|دخول|اعلان)\s+){0,2}(?:اتفاق\s+)?وقف\s+(?:ال)?اعمال\s+(?:ال)?عدائية(?:\s+في)?")

_HEADERS = [(re.compile(p), kind, detail, start) for p, kind, detail, start in PERIOD_HEADERS]
_SINCE_THIS_DAY_AT = re.compile(_SINCE_THIS_DAY)
_CUES = [(re.compile(p), family, metric) for p, family, metric in METRIC_CUES]
_QUALIFIERS = [(re.compile(rf"(?:{p})\s*[:：]?\s*$"), name) for p, name in QUALIFIERS]
_NOT_A_COUNT = re.compile(NOT_A_COUNT)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# ("١ أيلول/سبتمبر ٢٠٢٥": both names of the month)
_DATE = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s*/\s*(?:{_MONTH}))?(?:\s*،?\s*(?P<year>\d{{4}})م?)?(?!\w)")
# "ليرتفع العدد الإجمالي ... إلى", "وبذلك يرتفع ... إلى", "ليصل ... إلى": a running total, up to the count
# (not "ارتفع عدد الشهداء منذ فجر اليوم إلى 45", a day's, nor one strike's toll: "ارتفع عدد ضحايا القصف ... إلى 31")
_RISES_TO = re.compile(r"(?:(?:ل|و|مما\s+)?(?:ي|ت)?(?:رتفع|رفع)|(?:ل|و)?(?:ي|ت)صل)\S*"
                       r"(?![^\n،؛]*?(?:منذ\s+(?:فجر|صباح|مساء|ساعات|ليلة)|القصف|استهداف|مجزرة|الغارة|المجزرة))[^\n،؛]*?\sالي\s*"
                       r"(?:[^\d\s]+\s+){0,2}$")
_RISE_REACH = 120
# "الإثنين ٨ ربيع الأول ١٤٤٧هـ الموافق ١ أيلول/سبتمبر ٢٠٢٥": the bulletin's own day (not "منذ ٧ أكتوبر ٢٠٢٣")
_DAY_NAME = re.compile(r"الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الموافق")
_JOINED_PAIR = re.compile(r"\s*[^\s\d،,]+\s*(?:و|،\s*و)\s*")  # "شهيداً و" between the two counts of a pair, no qualifier of its own
_AND_NEXT = re.compile(r"\s*(?:\S+\s+){0,1}(?:و|،\s*و)\s*(?:اكثر\s+من\s+|نحو\s+|حوالي\s+)?")  # "1,083 شهيدا واكثر من 7,275"
# a line with no header of its own that counts some of those the line before counted
_TODAY = re.compile(r"(?<!\S)(?:اليوم|امس|الليلة)(?![^\s،.])")  # today's, yesterday's, last night's dead: no part of a running total
# (past a speaker's "وأوضح المركز أن": "he explained that among the martyrs ...")
_OPENS_ON_THE_DEAD = re.compile(r"^\W*(?:\d{1,2}\s*[-.)–]\s*)?(?:و?(?:اوضح|اشار|اضاف|ذكر|بين|اكد)\S*\s+(?:\S+\s+){0,2}?(?:الي\s+)?ان\s+)?و?من\s+بين\s+(?:ال)?شهداء")
# (past a numbered point's marker: "2- من بين الشهداء 7,112 طفلاً")
_REFERS_BACK = re.compile(r"^(?:\d{1,2}\s*[-.)–]\s*)?[^\d\n]{0,40}?(?:^|\s)و?من\s+بين\s+(?:ال)?شهداء|\d\s+من\s+(?:ال)?شهداء")
_SINGLE_NOUNS = ("شاب|مواطنة|مواطن|رجل|راع|مزارع|سيدة|امراة|طفلة|طفل|فتاة|فتي|مسنة|مسن|مسعف|ممرضة|ممرض|طبيبة|طبيب|عسكري|جندي"
                 r"|ضابط|صحفي|مصور|عنصر(?=\s+(?:من|في)\s+(?:ال)?(?:مديرية\s+(?:ال)?عامة\s+لل?)?(?:ال)?دفاع\s+(?:ال)?مدني)")
# Counts written as words: a dual ("بينهم شهيدان", "من بينهم طفلان") is two, a noun with "واحد" one ("وسيدة واحدة")
# ("مسعفين" is a plural too, so only "مسعفان" is a pair of paramedics)
# eleven to ninety-nine in words ("اثني عشر", "خمسة وعشرين"), as a count's noun follows them (``_WORD_COUNT``) or as a
# figure's span (``count_in_words``)
_COMPOUND_WORDS = (r"(?:(?P<teen_unit>احد|احدي|اثنا|اثني|اثنتا|اثنتي|ثلاثة|ثلاث|اربعة|اربع|خمسة|خمس|ستة|ست"
                   r"|سبعة|سبع|ثمانية|ثماني|ثمان|تسعة|تسع)\s+عشرة?"
                   r"|(?:(?P<tens_unit>واحد|احد|اثنان|اثنين|اثنتان|اثنتين|ثلاثة|ثلاث|اربعة|اربع|خمسة|خمس|ستة|ست|سبعة|سبع"
                   r"|ثمانية|ثماني|ثمان|تسعة|تسع)ا?\s+و\s*)?(?P<tens>عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين))")
_WORD_COUNT = re.compile(r"(?<![^\W\d_])(?:و|ب)?(?:(?P<dual>(?P<dual_noun>شهيد|طفل|سيدت|امرات|جريح|شخص|شاب|مسعف(?=ان)|طبيب|ممرض(?=ان)"
                         r"|صحفي(?=ان)|ممرضت|طفلت|فتي(?=ين)|عنصر(?=(?:ان|ين)\s+(?:من|في)\s+(?:ال)?(?:مديرية\s+(?:ال)?عامة\s+لل?)?(?:ال)?دفاع\s+(?:ال)?مدني))"
                         r"(?:ان|ين)"
                         # ("سيدة وطفلتاها", "مواطن وزوجته وطفلتيهما": her two girls, their two girls)
                         r"|(?P<dual_poss>طفلت)(?:اه|يه)(?:ا|ما))"
                         # "واصابة 11 اخرين بجروح، احدهم في حالة حرجة": the one hurt worse, a part of the wounded before
                         # ("أحدهما بجراح خطيرة", "حالة أحدهم حرجة", "إصابة أحدهما خطيرة": the worse hurt, in other words)
                         r"|(?P<one_of>احدهم|احدهما|احداهن|احداهما)(?P<one_of_child>\s+طفل(?:ة)?)?(?=\s+(?:في\s+حالة|بحالة)\s+(?:حرجة|خطيرة|خطرة|بالغة)"
                         r"|\s+(?:بجروح|بجراح|باصابة)\s+(?:خطيرة|خطرة|بالغة|حرجة)"
                         # ("لا يزال 3 من مصابي الفوار يتلقون العلاج ...، أحدهم في قسم العناية المكثفة": one of the patients in intensive care)
                         r"|(?P<one_in_icu>\s+في\s+(?:(?:ال)?قسم\s+)?(?:ال)?عناية\s+(?:ال)?(?:مركزة|مكثفة|فائقة)))"
                         # ("- سحمر: شهيد و12 جريحاً": one, a list row's lone noun; "جريح واحد")
                         # ("استشهاد أحد العسكريين وإصابة 6 آخرين", "أحد عسكرييها": one of a trade)
                         r"|احد\s+(?P<one_of_trade>(?:ال)?عسكري(?:ين|يها|يه)|(?:ال)?جنود|(?:ال)?مسعفين|(?:ال)?صحفيين)(?![^\W\d_])"
                         r"|(?:(?<=حالة\s)|(?<=اصابة\s))(?P<one_of_worst>احدهم|احدهما)(?=\s+(?:حرجة|خطيرة|خطرة|بالخطيرة|بالحرجة))"
                         # ("استشهاد شاب", "استشهد أمس مسعف", "إصابة راعٍ", "استشهد عنصر من الدفاع المدني": one person, named
                         # right after what befell him; "بينهم طفل", "منهم ضابط": one, a part of those counted)
                         r"|(?:(?<=استشهاد\s)|(?<=استشهد\s)|(?<=استشهدت\s)|(?<=اصابة\s)|(?<=اصيب\s)|(?<=اصيبت\s)|(?<=ارتقي\s)|(?<=ارتقت\s)"
                         r"|(?<=مقتل\s)|(?<=بينهم\s)"
                         r"|(?<=بينها\s)|(?<=منهم\s)|(?<=\sامس\s)|(?<=\sاليوم\s))(?P<single>(?:ال)?(?:" + _SINGLE_NOUNS + r"))(?![^\W\d_])"
                         r"(?!\s*(?:\d|اثن|واحد|ثالث|رابع|خامس|سادس|سابع|ثامن))"
                         # ("وأصيب ثالث", "وإصابة رابع بجروح", "استشهد مسعف ثالث": one more of those just counted)
                         r"|(?:(?<=استشهد\s)|(?<=استشهاد\s)|(?<=اصيب\s)|(?<=اصابة\s)|(?<=مسعف\s)|(?<=عسكري\s)|(?<=جندي\s)|(?<=عنصر\s)"
                         r"|(?<=مواطن\s)|(?<=صحفي\s))(?P<ordinal>ثالث|رابع|خامس|سادس|سابع|ثامن)(?![^\W\d_])"
                         r"|(?P<one>(?P<one_noun>شهيد|طفل|طفلة|سيدة|امراة|جريح)\s+واحد(?:ة)?|(?:(?<=سقوط\s)|(?<=:\s))(?P<one_fallen>شهيد)(?![^\W\d_]))"
                         # "استشهاد مواطنين اثنين": a plural and "two", counted by the cue before them
                         # (not "5 أشخاص اثنان منهم أطفال": two of the five)
                         r"|(?<!\d\s)(?P<two_noun>مواطنين|اشخاص|شبان|اطفال|نساء|سيدات)\s+(?P<two>اثنين|اثنان|اثنتين|اثنتان)(?!\s+منه)"
                         # "ثمانية شهداء، بينهم ثلاثة أطفال": three to nine before the noun counted, as digits are
                         # ("وأصيب اثنان آخران", "اثنان منهم حالتهما حرجة": two, alone, of those counted or others)
                         r"|(?P<few>ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|ثمان|تسع|تسعة|عشر|عشرة"
                         r"|اثنان|اثنتان|اثنين|اثنتين)"
                         # ("خمسة من الشهداء ارتقوا في مخيم الفارعة": five of the dead)
                         r"(?=\s+(?:من\s+ال(?=شهداء|جرحي|مصابين))?(?P<few_noun>شهداء|اطفال|مواطنين|اشخاص|نساء|سيدات|شبان|جرحي|مصابين"
                         r"|اخرين|اخران|مسعفين|منهم|اطباء|ممرضين|ممرضات|صحفيين"
                         # ("إصابة ثلاثة من أفراد الطاقم الطبي": three of the medical staff, named past "من")
                         r"|من(?=\s+(?:افراد\s+)?(?:ال)?(?:كوادر|طواقم|طاقم)\S*\s+(?:ال)?(?:صحية|طبية|طبي|اسعاف))"
                         # ("استشهد ثلاثة عناصر من المديرية العامة للدفاع المدني": members of the civil defence)
                         r"|عناصر(?=\s+(?:من|في)\s+(?:ال)?(?:مديرية\s+(?:ال)?عامة\s+لل?)?(?:ال)?دفاع\s+(?:ال)?مدني)"
                         # ("بينهم ثمانية في العناية الفائقة": a part in intensive care, the ward after the word)
                         r"|في(?=\s+(?:(?:ال)?(?:قسم|اقسام)\s+)?(?:ال)?عناية\s))(?![^\W\d_]))"
                         # "اثني عشر جريحاً", "ثمانية عشر مواطناً", "خمسة وعشرين شهيداً": eleven to ninety-nine, before the
                         # noun counted (in the singular, as Arabic counts past ten)
                         r"|(?P<compound>" + _COMPOUND_WORDS + r")"
                         r"(?=\s+(?P<compound_noun>شهيدا|جريحا|مصابا|طفلا|مواطنا|شخصا|شابا|امراة|سيدة|اخرين|اخر)(?![^\W\d_])))"
                         r"(?![^\W\d_])")
# one person by a noun, and the group the noun names ("شاب" a young man, "راع" a shepherd, "عنصر" a civil defence member)
SINGLE_GROUPS = {"شاب": "men", "مواطن": "men", "رجل": "men", "راع": "men", "مزارع": "men", "سيدة": "women", "امراة": "women",
                 "مواطنة": "women", "طفل": "children", "طفلة": "children", "فتي": "children", "فتاة": "children",
                 "مسن": "elderly", "مسنة": "elderly", "مسعف": "health_workers", "ممرض": "health_workers",
                 "ممرضة": "health_workers", "طبيب": "health_workers", "طبيبة": "health_workers", "عسكري": "soldiers",
                 "جندي": "soldiers", "ضابط": "soldiers", "صحفي": "journalists", "مصور": "journalists", "عنصر": "civil_defence"}
_FEW = {"اثنان": 2, "اثنتان": 2, "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
        "ثماني": 8, "ثمانية": 8, "ثمان": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10}
# three to ten in words, longest first, as an alternation (not "عشر": the ten of a teen, "أحد عشر")
_FEW_WORDS = "|".join(sorted(set(_FEW) - {"عشر"}, key=lambda word: (-len(word), word)))
_UNITS = _FEW | {"احد": 1, "احدي": 1, "واحد": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "اثنان": 2, "اثنين": 2,
                 "اثنتان": 2, "اثنتين": 2}
_TENS = {"عشر": 20, "ثلاث": 30, "اربع": 40, "خمس": 50, "ست": 60, "سبع": 70, "ثمان": 80, "تسع": 90}  # the stem of "عشرون"...


_UNIT_BEFORE = re.compile("(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\s+$")


def _compound_value(word: re.Match[str]) -> float:
    """Eleven to ninety-nine in words: "اثني عشر" 12, "خمسة وعشرين" 25."""
    if word.group("teen_unit"):
        return float(10 + _UNITS[word.group("teen_unit")])
    return float(_TENS[word.group("tens")] + (_UNITS[word.group("tens_unit")] if word.group("tens_unit") else 0))
_A_WORD = re.compile(r"\S++(?:\s++\S++)*+")  # a count in words, as a match of its own span
_WORD_GROUPS = {"شهيد": "all", "طفل": "children", "طفلت": "children", "فتي": "children", "ممرضت": "health_workers",
                "عنصر": "civil_defence", "شاب": "men", "مسعف": "health_workers", "طبيب": "health_workers",
                "ممرض": "health_workers", "صحفي": "journalists", "طفلة": "children", "سيدت": "women",
                "سيدة": "women",
                "امرات": "women", "امراة": "women", "مواطنين": "all", "اشخاص": "all", "شبان": "all", "اطفال": "children",
                "نساء": "women", "سيدات": "women", "شهداء": "all", "جرحي": "all", "مصابين": "all", "اخرين": "all",
                "مسعفين": "health_workers", "شهيدا": "all", "جريحا": "all", "مصابا": "all", "طفلا": "children",
                "مواطنا": "all", "شخصا": "all", "شابا": "all", "امراة": "women", "سيدة": "women", "اخر": "all",
                "جريح": "all", "شخص": "all", "منهم": "all", "في": "all", "اخران": "all", "اطباء": "health_workers",
                "ممرضين": "health_workers", "ممرضات": "health_workers", "صحفيين": "journalists", "من": "health_workers",
                "عناصر": "civil_defence"}
_NEUTRAL_DUALS = {"شخص"}  # "إصابة شخصين": two people, counted by the cue beside them (a dual of a casualty noun is its own cue)
_TRADE = re.compile(r"(?:ال)?(?P<stem>عسكري|جنود|مسعف|صحفي)")  # "أحد العسكريين": one of a trade
_TRADE_GROUPS = {"عسكري": "soldiers", "جنود": "soldiers", "مسعف": "health_workers", "صحفي": "journalists"}
# (past when: "استشهد أمس مسعف", "استُشهد صباح اليوم مسعف")
_CUE_WORD_REST = re.compile(r"\S*\s+(?:(?:صباح|فجر|مساء|ظهر)\s+)?(?:(?:امس|اليوم)\s+)?")
# (and past the noun of one more by an ordinal: "استشهد مسعف ثالث")
_CUE_WORD_NOUN_REST = re.compile(_CUE_WORD_REST.pattern + r"(?:(?:" + _SINGLE_NOUNS + r")\s+)?")
_NOUN_BEFORE_ORDINAL = re.compile(r"(?:" + _SINGLE_NOUNS + r")\s+$")
# a superlative since a start ("أعلى حصيلة لغارة واحدة ... منذ بدء العدوان"): a comparison, the start no period of the count
_HIGHEST_SINCE = re.compile(r"(?:ال)?(?:اعلي|اكبر|اشد|اكثر)\s+(?:حصيلة|عدد)[^\n،.]{0,60}?منذ[^\n،.]*")
# the dead and hurt "fell" in a district, or a district "with" its dead: a toll's parts by place
_FELL_IN_PLACES = re.compile(r"(?<!\S)(?:حيث\s+)?سقط(?:ت)?\s+\d|(?:قضاء|محافظة|بلدة|منطقة)\s+\S+(?:\s+\S+)?\s+ب(?:ـ\s*)?\s*(?:\d|(?:ال)?(?:" + _FEW_WORDS + r")\s+شهداء)")
_STILL_BEFORE_AR = re.compile(_STILL_AR + "$")
# ("ولا يزال 19 من هؤلاء المصابين يرقدون في أقسام المستشفى": lying in its wards)
_UNDER_TREATMENT_AFTER_AR = re.compile(r"[^،.؛\n\d]{0,40}?(?:(?:ي|ت)تلق(?:ون|ي|ين|يان)\s+(?:ال)?علاج|قيد\s+(?:ال)?علاج"
                                       r"|(?:ي|ت)رقد(?:ون|ان)?\s+(?:في|ب)\s*(?:ال)?(?:مستشفي|اقسام|قسم|مجمع))")
# "وإن 9 من الجرحى ما زالوا يتلقون العلاج في أقسامه": the wounded still treated, "still" after the count
_STILL_UNDER_TREATMENT_AFTER_AR = re.compile(r"\s*(?:من\s+(?:ال)?(?:جرحي|مصابين)\s+)?(?:ما\s+(?:ي)?زالوا|لا\s+يزالون)\s+"
                                             r"(?:ي|ت)تلقون\s+(?:ال)?علاج")
_INTENSIVE_CARE = re.compile(r"(?:ال)?عناية\s+(?:ال)?(?:مركزة|مكثفة|فائقة)")
# "لا يوجد قسم عناية مركزة يعمل" (there is none), "بعد خروج أقسام العناية المركزة عن الخدمة" (out of service), "بدون عناية
# مركزة": intensive care the patients lack, not a ward they are in
# (the ward itself, "قسم"/"أقسام" at most between: not "مع توقف المولدات في العناية المركزة", generators stopped in a ward)
_NO_INTENSIVE_CARE = re.compile(r"(?:لا\s+(?:يوجد|توجد|تتوفر|يتوفر)|عدم\s+(?:وجود|توفر)|خروج|توقف|غياب|انعدام|بدون|دون)\s+"
                                r"(?:(?:ال)?(?:قسم|اقسام)\s+(?:لل)?)?(?:ال)?عناية\s+(?:ال)?(?:مركزة|مكثفة|فائقة)")
# "حالة تسعة منهم حرجة", "وحالة 4 منهم خطيرة": the state of some of the wounded (or their wounds), the count between
_CRITICAL_PART = re.compile(r"\s*و?(?:حالة|جراح|اصابات)\s+")  # ("جراح خمسة منهم خطيرة": the wounds of five of them serious)
_CRITICAL_AFTER = re.compile(r"\s*منهم\s+(?:حرجة|خطيرة|خطرة|بالغة\s+(?:ال)?خطورة)(?![^\W\d_])")
# ("اثنان منهم حالتهما حرجة": the state after the part)
_STATE_OF_THE_PART_AFTER = re.compile(r"\s*منهم\s+(?:حالت|جراح)\S*\s+(?:حرجة|خطيرة|خطرة)(?![^\W\d_])")
# "منهم 12 في قسم العناية المكثفة", "ثلاثة منهم في العناية الفائقة": the ward right after a part's count
_IN_INTENSIVE_CARE_AFTER = re.compile(r"\s*(?:منهم\s+)?في\s+(?:(?:ال)?(?:قسم|اقسام)\s+)?(?:ال)?عناية\s+(?:ال)?(?:مركزة|مكثفة|فائقة)")
# a part of the count right before the ward: "200 مريض بينهم 20 في العناية المركزة" (the 20 are in it; but "60 مريضاً بينهم 8
# أطفال في العناية المركزة": all 60 are)
_PART_BETWEEN_AR = re.compile(r"(?:من\s+بينهم|بينهم|منهم)\s+\d+\s+في\s+(?:(?:ال)?(?:قسم|اقسام)\s+)?$")
_OTHERS_AFTER = re.compile(r"\s*(?:اخرين|اخرون|اخران|اخريان)")
_OF_THEM_AFTER = re.compile(r"\s*منهم")
_OF_THEM_RIGHT_AFTER_CUE = re.compile(r"\S*\s+منهم(?![^\W\d_])")  # "عدد الجرحى منهم": the wounded of those just counted
_PEOPLE_GROUPS = {"children", "women", "elderly", "men"}  # who people are, not what they were doing or their trade
# the rest of the cue's word, then "من", "بين", "في صفوف" ("الشهداء من الكوادر الصحية", "الشهداء في صفوف الأطفال")
_RIGHT_AFTER_CUE = re.compile(r"\S*\s+(?:(?:من\s+بين|من|بين|في\s+صفوف)\s+)?")
_WHOLE_BEFORE_AR = re.compile(r"من\s+(?:اصل|مجموع)\s*$")  # "17,000 من أصل 60,000": the whole
# a clause saying the held are held there ("يقبع", "لا يزال", "تعتقل", "عدد الأسرى"), or that they were freed, moved or
# died, or testified ("أفرج", "نقلتهم", "شهادة")
_STILL_HELD = re.compile(r"يقبع|يزال|زال|تزال|تعتقل|تحتجز|يحتجز|عدد\s+(?:ال)?(?:اسري|معتقلين|اسيرات)")
_NOT_HELD = re.compile(r"افرج|الافراج|تحرر|محرر|اعتقلت|اعتقل\s|نقلت|نقلهم|شهاد|توفي|استشهد|ارتقي")
# "يرقد عليها 29 مريضاً", "لا يزال بداخل المستشفى 55 مريضاً", "120 مريضاً محاصرين"
# ("ويوجد في قسم العناية المكثفة 31 مريضاً": there are, in the ward; not "لا يوجد")
# ("وإن في أقسامه 47 مريضاً": in its wards)
_HOLDS = re.compile(r"يضم|تضم|يرقد|ترقد|يعالج|تعالج|يستقبل|تستقبل|يؤوي|تؤوي|داخل|محاصر|في\s+(?:ال)?مستشفي|في\s+مجمع"
                    r"|في\s+اقسام(?:ه|ها)(?!\S)"
                    r"|(?<!لا\s)(?<!\S)و?(?:يوجد|توجد)\s+في\s+(?:ال)?(?:قسم|اقسام|مستشفي|مجمع|وحدة)")
# patients who leave ("تم إجلاء 30 مريضا", "سافر 50 مريضا", "تحويل 20 مريضا") or need treatment abroad: no ward's load
_LEAVING_BEFORE = re.compile(r"(?:اجلاء|اخلاء|سافر|غادر|تحويل|نقل)\S*\s+(?:\S+\s+){0,2}?$")
_ABROAD = re.compile(r"بالخارج|(?:عبر|من\s+خلال)\s+معبر|خارج\s+(?:ال)?قطاع")
# the chronically ill (dialysis, cancer, thalassaemia, diabetes): counted apart from a ward's load
_LYING_IN = re.compile(r"يرقد|ترقد")
_CHRONIC_AR = re.compile(r"(?:ال)?غسيل\s+(?:ال)?كلوي|(?:ال)?كلي(?!\S)|(?:ال)?اورام|(?:ال)?سرطان|(?:ال)?امراض\s+(?:ال)?مزمنة|(?:ال)?ثلاسيميا")
_ILL_WITH_AR = re.compile(r"\S*\s+ب(?:ال)?(?:سرطان|مرض|امراض|فشل|ثلاسيميا|سكري|التهاب|اورام)"
                          # ("إصابات الحبل الشوكي 1,046 إصابة": injuries of one kind, counted apart from the wounded)
                          r"|\S*\s+(?:ال)?(?:حبل|نخاع)\s+(?:ال)?شوكي")
# waiting to leave Gaza for treatment ("بانتظار السفر للعلاج", "على قوائم الانتظار", "أثناء انتظار السفر")
_AWAITING_TRAVEL = re.compile(r"(?:ب|اثناء\s+|خلال\s+)?انتظار\s+(?:ال)?(?:سفر|اجلاء|تحويل)|قوائم\s+(?:ال)?انتظار")
_TREATED_ABROAD = re.compile(r"(?:ال|لل)?علاج\s+(?:في\s+(?:ال)?خارج|بالخارج|خارج\s+(?:ال)?قطاع)")
# a hospital's dead, brought in ("استقبل ... جثامين 58 شهيداً", "وصلت جثامين 12 شهيداً"), not bodies pulled from rubble
_RECEIVED_BEFORE_AR = re.compile(r"(?<!\S)و?(?:استقبل|استقبلت|وصل|وصلت|وصول)(?!\S)")
_RECOVERY_AR = re.compile(r"انتشال")
_MARTYRS_AFTER_AR = re.compile(r"\s*(?:شهيد|شهدا)")
_REHABILITATION_AR = re.compile(r"(?:ال)?تاهيل|غيرت\s+مجري\s+حيات")
_BODIES_AR = re.compile(r"جثام|جثمان|جثث")
_HANDED_BACK_AR = re.compile(r"(?:ال)?مستلمة|استلمت|تسلمت|للصليب\s+الاحمر|(?:ال)?صليب\s+(?:ال)?احمر|افرج\s+عنها|(?:ال)?مفرج\s+عنها")
_OF_THE_COLD_AR = re.compile(r"(?:بسبب|نتيجة|جراء|الناجمة\s+عن|الناتجة\s+عن)\s+(?:ال)?برد")
_KILLING_AR = re.compile(r"شهيد|شهدا|استشهد|استشهاد|ارتقي|قتل|غار|قصف")  # ("استشهاد 8 أطفال بسبب البرد": the ministry's martyrs)
_DIED = re.compile(r"توفي|توفوا|وفاة|وفيات|استشهد|شهيد|شهدا|ارتقي|ارتقوا")
_PART_BEFORE = re.compile(r"(?:من\s+بينهم|من\s+بينها|بينهم|بينها|منهم|منها)\s*$")
# "وبين الشهداء ثلاثة أطفال", "من بينهم 5 أطفال": a part of those just counted, right before its count
_AMONG_THE_COUNTED_BEFORE = re.compile(r"(?:من\s+)?بين\s+(?:ال)?(?:شهداء|جرحي|مصابين)\s*$|" + _PART_BEFORE.pattern)
# (normalised text) Lebanon's letterhead, its ministry's name ("وزارة الصحة العامة") and places; Gaza's names
_LEBANESE = re.compile(r"لبنان|اللبناني|وزارة\s+الصحة\s+العامة|بيروت|النبطية|بعلبك|الهرمل|البقاع|بنت\s+جبيل|مرجعيون|صيدا")
_WEST_BANK = re.compile(r"الضفة|رام\s+الله|جنين|طولكرم|نابلس|الخليل|طوباس|قلقيلية|بيت\s+لحم|اريحا|سلفيت")
_GAZA_ITSELF = re.compile(r"غزة|القطاع(?!\s+(?:ال)?صحي)")  # (not "دولة فلسطين", the state both ministries write under)
_GAZAN = re.compile(r"غزة|فلسطين|القطاع(?!\s+(?:ال)?صحي)")  # (not "القطاع الصحي", the health sector)
_AUTHORITY = re.compile(r"وزارة|الجمهورية|دولة|حكومة|المكتب|مركز")  # a letterhead names who speaks (not "تضامناً مع غزة")
_LETTERHEAD_LINES = 3
# A hospital's own statement ("مستشفى تبنين الحكومي – قضاء بنت جبيل" over "تصريح صادر عن مدير المستشفى", "مدير مجمع ناصر
# الطبي: ..." as its title) speaks for the hospital, by the English name the labels and the English pages give it (the names
# are the normalised text's: ا for أ, ي for ى)
ARABIC_HOSPITALS = [(re.compile(pattern), name) for pattern, name in (
    (r"مجمع\s+ناصر\s+الطبي|مستشفي\s+ناصر", "Nasser Medical Complex"),
    (r"مجمع\s+الشفاء\s+الطبي|مستشفي\s+الشفاء", "Al-Shifa Medical Complex"),
    (r"مستشفي\s+شهداء\s+الاقصي", "Al-Aqsa Martyrs Hospital"),
    (r"مستشفي\s+العودة", "Al-Awda Hospital"),
    (r"مستشفي\s+كمال\s+عدوان", "Kamal Adwan Hospital"),
    (r"(?:ال)?مستشفي\s+(?:ال)?اندونيسي", "Indonesian Hospital"),
    (r"(?:ال)?مستشفي\s+(?:ال)?اهلي(?:\s+(?:ال)?عربي)?|(?:ال)?مستشفي\s+(?:ال)?معمداني", "Al-Ahli Arab Hospital"),
    (r"مستشفي\s+غزة\s+(?:ال)?اوروبي|(?:ال)?مستشفي\s+(?:ال)?اوروبي", "European Gaza Hospital"),
    (r"(?:ال)?مستشفي\s+(?:ال)?كويتي", "Kuwait Specialised Hospital"),
    (r"مستشفي\s+جنين\s+(?:ال)?حكومي", "Jenin Governmental Hospital"),
    (r"مستشفي\s+ثابت\s+ثابت", "Thabet Thabet Governmental Hospital"),
    (r"مستشفي\s+رفيديا", "Rafidia Hospital"),
    (r"مستشفي\s+ابن\s+سينا", "Ibn Sina Specialised Hospital"),
    (r"مستشفي\s+تبنين\s+(?:ال)?حكومي", "Tebnine Governmental Hospital"),
    (r"مستشفي\s+(?:ال)?نبطية\s+(?:ال)?حكومي", "Nabatieh Governmental Hospital"),
    (r"مستشفي\s+نبيه\s+بري", "Nabih Berri Governmental University Hospital"),
    (r"مستشفي\s+جبل\s+عامل", "Jabal Amel Hospital"),
    (r"مستشفي\s+مرجعيون\s+(?:ال)?حكومي", "Marjayoun Governmental Hospital"),
    (r"مستشفي\s+دار\s+(?:ال)?امل", "Dar Al Amal University Hospital"),
    (r"مستشفي\s+حمود", "Hammoud Hospital University Medical Center"),
    (r"مستشفي\s+حيرام", "Hiram Hospital"),
)]
# a letterhead or a title naming the hospital first ("مستشفى ...", "المستشفى الإندونيسي ...", "مدير مجمع ناصر الطبي: ...")
_HOSPITAL_HEAD_REACH = 40
_MINISTRY_AR = re.compile(r"وزارة\s+(?:ال)?صحة|(?<!\S)(?:و|ف)?(?:ب?حسب|وفق)\s+(?:ال)?وزارة(?![^\W\d_])")
# a body a sentence cites for its counts ("أفادت جمعية الهلال الأحمر الفلسطيني بأن طواقمها تعاملت مع 27 إصابة", "وأعلنت قيادة
# الجيش اللبناني ..."): the speaking verb or "بحسب" right before the name, the name before the count (``_cited_before``)
_CITING_BEFORE_AR = r"(?:(?:ا|ت|ي)?(?:فاد|علن|كد|شار|وضح|ذكر|قال)\S*|(?:ب?حسب|وفق|نقلا\s+عن|قال\S*)\s*)\s+(?:\S+\s+){0,1}?"
CITED_BODIES_AR = [(re.compile(_CITING_BEFORE_AR + "(?:" + pattern + ")"), name) for pattern, name in (
    (r"منظمة\s+الصحة\s+العالمية", "WHO"),
    (r"(?:جمعية\s+)?(?:ال)?هلال\s+(?:ال)?احمر\s+(?:ال)?فلسطيني", "Palestine Red Crescent Society"),
    (r"(?:قيادة\s+)?(?:ال)?جيش\s+(?:ال)?لبناني", "Lebanese Army"),
    (r"(?:ال)?وكالة\s+(?:ال)?وطنية\s+(?:لل|ل)?اعلام", "Lebanese News Agency"),
    (r"(?:ال)?صليب\s+(?:ال)?احمر\s+(?:ال)?لبناني", "Lebanese Red Cross"),
    (r"(?:ال)?اونروا|وكالة\s+(?:ال)?غوث", "UNRWA"),
    (r"نادي\s+(?:ال)?اسير", "Palestinian Prisoners' Club"),  # (the name the English alias table gives the Society)
    (r"هيئة\s+شؤون\s+(?:ال)?اسري", "Commission for Prisoners' Affairs"),
)]
_HOSPITAL_HEAD = re.compile(r"^\W*(?:(?:ال)?مدير\s+(?:عام\s+)?)?(?:ال)?(?:مستشفي|مجمع)\s")
_LETTERHEAD_WORDS = 8
# a line telling of one strike: its counts are that strike's, whatever header (or none) is above
# ("التداعيات الكارثية للمجزرة التي ارتكبها الاحتلال في مخيم النصيرات ... 268 شهيداً": a massacre's toll, one event)
_STRIKE = re.compile(r"(?<!\S)(?:ال)?غار(?:ة|ات|تين|تان)(?!\S)|(?<!\S)قصف|(?<!\S)استهداف|(?<!\S)(?:ال)?ضربة(?!\S)"
                     r"|(?<!\S)(?:و|ف)?(?:لل|ال|ل|ب|بال)?مجزر(?:ة|ه)(?!\S)"
                     # a raid's or an attack's toll ("9 مواطنين أصيبوا بالرصاص الحي خلال الاقتحام", "في هجوم للمستعمرين ... أصيب 8
                     # مواطنين", "الاعتداءات الإسرائيلية ... أدت إلى استشهاد خمسة مواطنين")
                     r"|(?<!\S)(?:و|ف)?(?:خلال\s+|اثناء\s+)?(?:ال|بال|لل)?(?:اقتحام|هجوم|اعتداء(?:ات)?)(?:ها|ه)?(?![^\W\d_])")
# a running total or a count "reached" (not one strike's toll): "بلغ عدد شهداء ...", "ترتفع حصيلة ضحايا الغارات ..."
_A_TOTAL = re.compile(r"(?<!\S)(?:و|ف)?بلغ(?:ت)?(?!\S)|حصيلة|(?:ا|ي|ت)رتفع|اجمالي|عدد\s(?!من\s)")  # (not "تبلغ من العمر", "عدد من")
# "وبذلك تكون حصيلة الغارتين سبعة شهداء و18 جريحاً": the toll of the strikes the statement told, no running total
# (not "بلغت حصيلة الغارات الإسرائيلية على لبنان حتى اليوم 3,961 شهيداً": every strike so far, a running total)
_STRIKES_TOLL = re.compile(r"(?:حصيلة\s+(?:(?:هذه\s+)?(?:ال)?(?:غارات|ضربات)|(?:هذين\s+)?(?:ال)?(?:غار(?:ة|تين|تان)|ضرب(?:ة|تين)|قصف))(?!\S)"
                           # ("أن عدد الشهداء جراء الغارة الإسرائيلية التي استهدفت مبنى سكنياً ... ارتفع إلى خمسة وأربعين
                           # شهيداً": one strike's dead, counted anew)
                           r"|عدد\s+(?:ال)?(?:شهداء|ضحايا|قتلي)\s+(?:جراء|نتيجة|في)\s+(?:ال)?(?:غارة|ضربة|مجزرة|قصف|استهداف)(?!\S))"
                           r"(?![^\n]*?(?:حتي|منذ|(?:ال)?اجمالية|(?:ال)?تراكمية))")
# the strike is what the line tells ("غارة على منزل ... أدت إلى استشهاد ..."), whatever count it goes on to
# ("أن اعتداءات العدو الإسرائيلي على المواطنين ... أدت إلى استشهاد 22 مواطناً": attacks, their clause longer)
_STRIKE_LED_TO = re.compile(r"(?:(?:غار(?:ة|ات)|قصف|استهداف|ضربة)[^.\n]{0,100}?(?:ادت|اسفرت|اسفر|ادي)\s+(?:في\s+\S+\s+\S+\s+)?"
                            r"|(?<!\S)(?:ال)?اعتداءات?\s[^.\n]{0,180}?(?:ادت|اسفرت|اسفر|ادي)\s+(?:في\s+\S+\s+\S+\s+)?"
                            # ("أدت الغارة التي استهدفت منزلاً في بلدة الوردانية ... إلى استشهاد سبعة أشخاص": the verb first)
                            r"|(?:ادت|اسفرت|اسفر|ادي)\s+(?:ال)?(?:غار(?:ة|ات)|قصف|ضربة)\s[^.\n]{0,140}?\s)(?:الي|عن)\s+"
                            r"(?!(?:ال)?ارتفاع|(?:ال)?حصيلة|عدد)")  # (not "أدت إلى ارتفاع عدد الشهداء إلى": a running total)
# "وتوزع الجرحى على الأقضية على النحو الآتي:", "موزعين كالتالي:": the parts of the count before follow
_LIST_ITEM_AR = re.compile(r"^\s*(?:[-–•▪*]|[^\d:\n]{1,30}[:：]\s*\d)")  # "- قضاء صور: 54 جريحاً", "شمال غزة: 30"
# a breakdown and its items in one line: "وتوزع الشهداء حسب المحافظة على النحو الآتي: جنين 5، طوباس 3، ..."
# ("وقد توزع الجرحى على مستشفيات: دار الأمل الجامعي (9)، بعلبك الحكومي (5)، والمرتضى (3)": by hospital, counts in brackets)
_INLINE_BREAKDOWN = re.compile(r"\W*(?:و?قد\s+)?و?(?:تتوزع|توزع|توزعت|موزع)\S*\s+(?:(?P<dead>(?:ال)?شهداء)|(?:ال)?(?:جرحي|اصابات|مصابين))\s+"
                               r"[^:\n\d]{0,40}?(?:(?:النحو|الشكل)\s+(?:ال)?اتي|(?:ال)?تالي|كالتالي|كما\s+يلي|(?:علي|في)\s+(?:ال)?مستشفيات)"
                               r"\s*[:：]")
# (possessive spaces, and a place opening on a letter: a long run of spaces is read once)
_BREAKDOWN_ITEM = re.compile(r"(?P<place>[^\d،,:؛.\s(][^\d،,:؛.\n(]{1,29}?)\s+\(?(?P<n>\d{1,5})(?!\d)\)?\s*+(?:[،,]|\.?\s*+$)")
# ("على المحافظات التالية:", "وفق التوزيع الآتي:")
# ("وتوزّع الشهداء على البلدات الآتية:")
_BREAKDOWN_AR = re.compile(r"(?:توزع|موزع|توزيع)\S*[^\n]*(?:(?:النحو|الشكل)\s+(?:ال)?اتي|(?:ال)?تالية?|(?:ال)?اتية|(?<=توزيع\s)(?:ال)?اتي|كالتالي|كما\s+يلي)"
                           r"\s*[:：]?\s*$")
_HEADER_WORDS = 10  # a month's or a week's header is a short line ("الأسبوع الأول (١–٧ آب): ...")
_DATE_LINE = re.compile(rf"^[\W_]*{_DATE.pattern}[\W_]*$")
# ("الساعات الـ24 الماضية": the 24 of "the past 24 hours" with the noun before it)
_DURATION = re.compile(r"(?<!\d)\d+\s+(?:ساعة|ساعات|يوم|ايام|اسبوع|شهر|اشهر|سنة|سنوات|عاما|عام)|(?<=ال)\s*\d+(?=\s+(?:ال)?(?:ماضي|اخير))")
# ("أكثر من 7 آلاف مواطن": thousands in a word after the digits, the count's surface both)
_NUMBER = re.compile(r"(?<![\d,٬])\d{1,3}\s+(?:الاف|الف)(?![^\W\d_])|(?<!\d)\d{1,3}(?:[,٬]\d{3})+(?!\d)|(?<![\d,٬])\d+(?![\d,٬])")
_THOUSANDS_WORD = re.compile(r"(?P<n>\d+)\s+(?:الاف|الف)")
# "التواصل مع مركز المعلومات على الرقم 0599-100-222": a phone number's digit groups are no counts
_PHONE = re.compile(r"(?<![\d-])\d{2,4}(?:-\d{2,4}){2,}(?![\d-])")
# What a count right before these nouns counts is not people: massacres, strikes, homes, trucks, schools,
# families ("ارتكب الاحتلال 3 مجازر": three massacres, not three dead)
_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:مجزر|مجازر|غار|منزل|منازل|مباني|مبني|شاحن|مدرس|مدارس|مركز|مراكز|عائل|اسر(?!ي)|صاروخ|قذيف)")
# A year after a month ("السابع من أكتوبر 2023", "أكتوبر، 2023") is a date, whatever the day is written as
_MONTH_YEAR = re.compile(rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\s*،?\s*(?:19|20)\d\d(?!\d)")
# "livelihood martyrs", "those awaiting aid", "(who went) to wait for aid" (not "أثناء انتظار المساعدات", killed while
# waiting for it, which the labels count among all)
# ("توجهوا إلى نقطة توزيع المساعدات": those who went to an aid distribution point)
_AID_SEEKERS = (r"لقمة\s+(?:ال)?عيش|(?:ال)?(?:منتظري|طالبي)\s+(?:ال)?مساعدات|(?<!\S)لانتظار\s+(?:ال)?مساعدات"
                r"|(?<!\S)(?:الي\s+)?(?:نقطة|نقاط|مركز|مراكز)\s+(?:ال)?توزيع\s+(?:ال)?مساعدات")
_GROUPS_AFTER = [(re.compile(r"\s*(?:اطفال|طفلا|طفل)"), "children"), (re.compile(r"\s*(?:نساء|سيدات|سيدة|امراة)"), "women"),
                 # "و607 من المسنين", "من كبار السن": the elderly
                 (re.compile(r"\s*(?:من\s+)?(?:(?:ال)?(?:مسنين|مسنات)|كبار\s+(?:ال)?سن)"), "elderly"),
                 # "٧٢٤ شهيداً من منتظري المساعدات": those killed seeking aid
                 (re.compile(r"\s*(?:شهيدا\s+|شهداء\s+)?من\s+(?:ال)?(?:منتظري|طالبي)\s+(?:ال)?مساعدات"), "aid_seekers"),
                 # ("364 من العاملين في القطاع الصحي": the health sector's workers)
                 # ("بينهم 16 من طواقم الإسعاف": ambulance crews)
                 # ("واعتقلت 68 من أفراد طاقمه الطبي": a hospital's own staff)
                 (re.compile(r"\s*(?:شهيدا\s+|شهداء\s+)?من\s+(?:افراد\s+)?(?:(?:ال)?(?:كوادر|طواقم|طاقم)\S*\s+(?:ال)?(?:صحية|طبية|طبي|اسعاف)"
                             r"|(?:ال)?عاملين\s+(?:ال)?صحيين"
                             r"|(?:ال)?عاملين\s+في\s+(?:ال)?(?:قطاع|مجال)\s+(?:ال)?صحي)"),
                  "health_workers"),
                 # "استشهد 3 مسعفين من الهيئة الصحية", "12 طبيباً": those of a medical trade
                 (re.compile(r"\s*(?:مسعف|اطباء|طبيبا|طبيب|ممرض)"), "health_workers")]
# A label's group before its count: "الشهداء الأطفال: ١٧٬٨٤١", "الشهداء من النساء:", "من كبار السن", "من الكوادر الصحية"
_GROUPS_IN_LABEL = [(re.compile(pattern), group) for pattern, group in (
    (r"(?:ال)?اطفال|طفل", "children"), (r"(?:ال)?نساء|سيدات", "women"), (r"كبار\s+السن|(?:ال)?مسنين", "elderly"),
    (r"(?:ال)?(?:كوادر|طواقم)\s+(?:ال)?(?:صحية|طبية)|(?:ال)?قطاع\s+(?:ال)?صحي|(?:ال)?اطباء|(?:ال)?مسعفين|(?:ال)?عاملين\s+(?:ال)?صحيين"
     r"|(?:ال)?عاملين\s+في\s+(?:ال)?(?:قطاع|مجال)\s+(?:ال)?صحي",
     "health_workers"),
    (r"(?:ال)?دفاع\s+(?:ال)?مدني", "civil_defence"), (r"(?:ال)?صحفيين|(?:ال)?صحفيون|(?:ال)?اعلاميين", "journalists"),
    (_AID_SEEKERS, "aid_seekers"))]
_AID_SEEKERS_BEFORE = re.compile(_AID_SEEKERS)
# "أعلنت وكالة الأونروا أن 135 من موظفيها قتلوا": the staff of a UN agency or an aid organisation the line names before
_STAFF_AFTER = re.compile(r"\s*من\s+(?:ال)?(?:موظفي|عاملي|العاملين\s+في|العاملين\s+لدي)(?:ها|ه)?(?!\S)")
_AID_AGENCY_BEFORE = re.compile(r"(?:ال)?اونروا|(?:ال)?امم\s+(?:ال)?متحدة|(?:ال)?يونيسف|برنامج\s+(?:ال)?اغذية|(?:ال)?منظمات?\s+(?:ال)?(?:انساني|اغاث|غير\s+(?:ال)?حكومي)")
_AID_SEEKERS_TOPIC = re.compile(rf"\W*(?:و?(?:في\s*ما|فيما)\s+يتعلق\s+ب|و?بخصوص\s*|و?اما\s+|و?علي\s+صعيد\s+)(?:{_AID_SEEKERS})")
# ("من شهداء لقمة العيش", "من المواطنين الذين توجهوا لانتظار المساعدات")
# ("31 شهيداً وأكثر من 170 مصاباً، جميعهم من المواطنين الذين توجهوا إلى نقطة توزيع المساعدات": all of the pair)
_AID_SEEKERS_AFTER = re.compile(rf"\s*[^\s\d،]+(?:\s*،\s*(?:جميعهم|كلهم))?\s+(?:من\s+(?:شهداء\s+|مصابي\s+)?)?(?:(?:ال)?مواطنين\s+(?:ال)?ذين\s+\S+\s+)?(?:{_AID_SEEKERS})")
# "مستشفى شهداء الأقصى" (Al-Aqsa Martyrs Hospital): a name, not a count of the dead
_NAMED_AFTER_MARTYRS = re.compile(r"(?:مستشفي|مجمع|مشفي)\s*$")  # normalised: ي for ى
# hospitals: "N مستشفى من أصل M" and its state; bed occupancy; available beds (all on normalised text)
_NUM = r"\d{1,3}(?:[,٬]\d{3})+|\d+"
_DIGITS = re.compile(r"\d[\d,٬]*")
_PERCENT_AFTER = re.compile(r"\s*[٪%]")
# the share's state is in its own clause, up to the next number or "و" ("... خارج الخدمة و١٤ مستشفى تعمل جزئيا")
_HOSPITAL_WORDS = _FEW_WORDS
_HOSPITAL_SHARE = re.compile(rf"(?<![\d,٬])(?<![^\W\d_])(?P<part>{_NUM}|{_HOSPITAL_WORDS})\s+مستشفي(?:ات)?\s+(?:فقط\s+)?(?:من\s+اصل|من\s+بين|من)\s+(?P<whole>{_NUM})"
                             r"(?P<rest>(?:(?!\s+و|\d)[^،.؛\n])*)")
# "19 فقط من أصل 36 مستشفى ... تعمل بشكل جزئي": the hospitals named after the whole
_HOSPITAL_SHARE_NOUN_AFTER = re.compile(rf"(?<![\d,٬])(?P<part>{_NUM})\s+(?:فقط\s+)?من\s+اصل\s+(?P<whole>{_NUM})\s+مستشفي(?:ات)?"
                                        r"(?P<rest>(?:(?!\s+و|\d)[^،.؛\n])*)")
# "خرج ٢٥ مستشفى من أصل ٣٦ عن الخدمة": the state may open the line
_STATE_BEFORE_SHARE = re.compile(r"خرج\S*\s*$|توقف\S*\s*$")
_SUB_AREA = re.compile(r"في\s+(?:محافظة|مدينة|منطقة|شمال|جنوب|وسط|مخيم)")  # a governorate's share is no Strip-wide count
_ARABIC_STATES = [(re.compile(p), metric) for p, metric in (
    (r"خارج\s+(?:ال)?خدمة|عن\s+(?:ال)?خدمة|متوقف|توقفت|(?:لا|لم|لم\s+تعد)\s+تعمل|اقفال|اغلاق|اقفلت|اغلقت|مغلقة",
     "hospitals_out_of_service"),
    # ("تعمل ثلاثة مستشفيات أخرى بقدرة محدودة": at limited capacity, as the English "reduced capacity" is partial)
    (r"(?:بشكل|بصورة)\s+جزئي|جزئيا|بقدر(?:ة|ات)\s+(?:جزئية|محدودة)", "hospitals_partially_functioning"),
    (r"بالحد\s+الادني", "hospitals_minimally_functioning"),
    # "تعمل بشكل جزئي" is one state, partial; "لا تعمل", "لم تعد تعمل", "لم تعمل" are none
    (r"(?<!لا\s)(?<!تعد\s)(?<!لم\s)تعمل(?!\s+(?:(?:بشكل|بصورة)\s+جزئي|جزئيا|بالحد))", "hospitals_functioning"))]
_PERCENT = r"\s*(?:[٪%]|(?:بال|في\s+ال)م[ئا]+ة)"  # "٢٠٠٪", "250 بالمئة", "في المائة"
# "نسبة إشغال الأسرّة ... ٢٤٠٪", "يعمل بنسبة إشغال تصل إلى ٢٠٠٪"; then "، وفي مستشفى شهداء الأقصى إلى ١٩٠٪": another's
# ("نسبة الإشغال في مجمع ناصر", "نسبة إشغال المستشفيات"; not "إشغال مراكز الإيواء")
_BED_OCCUPANCY = re.compile(rf"(?:اشغال\s+(?:ال)?(?:اسرة|مستشفي)|بنسبة\s+اشغال|(?:ال)?اشغال\s+(?:في|ب)\s*(?:مستشفي|مجمع(?!\s+(?:ال)?ايواء)))"
                            rf"(?:(?!(?<!بلغت\s)بنسبة)[^\d\n]){{0,60}}?(?P<n>{_NUM}){_PERCENT}")  # (not "انخفضت ... بنسبة 20%": a fall)
# another hospital's in the same line, with no other noun between (not "انخفضت إمدادات الوقود بنسبة 50٪")
_NEXT_OCCUPANCY = re.compile(rf"[،,]\s*و(?:في|ب)\s+(?:مستشفي|مجمع)(?:(?!انخفض|تراجع|نقص|وقود|امدادات|بنسبة|غرف|تعمل|تضرر|خرج"
                             rf"|اصابات|مباني|اقسام)[^\d\n،,]){{0,40}}?(?P<n>{_NUM}){_PERCENT}(?!\s*من\s)")  # (not "40٪ من المباني")
# "يحتوي على ١٢٠ سريراً فقط", "يعمل بـ 14 سريراً": a hospital's or a ward's beds (not those below)
# ("يتّسع لـ110 أسرّة": the plural after a count past ten, as some write it)
_BEDS = re.compile(rf"(?<![\d,٬])(?P<n>{_NUM})\s*(?:سرير|اسرة(?![^\W\d_]))")
# beds a hospital does not have: those before a fall ("من 3,500 سرير ... إلى"), needed, destroyed
_NOT_BEDS_HELD_BEFORE = re.compile(r"(?:(?<!اكثر\s)(?<!اقل\s)من|من\s+اصل|تحتاج\s+(?:\S+\s+){0,3}?الي|بحاجة\s+الي|دمر\S*\s+(?:\S+\s+){0,2}?)\s*$")
# beds donated or delivered, right before their count: none a ward has yet
_BEDS_GIVEN = re.compile(r"(?<!\S)(?:تبرع\S*|تسلم\S*|استلم\S*|شحنة|قدمت|قدم)\s+(?:\S+\s+){0,4}?$")
_NOT_BEDS_HELD_AFTER = re.compile(r"\S*\s+(?:اضافي|جديد|قبل)")
# "- المستشفيات التي تعمل بشكل جزئي: ١١ مستشفى": a label naming the state of the hospitals it counts
_HOSPITALS_LABEL = re.compile(rf"^[^\w\d]*(?:ال)?مستشفيات(?P<label>[^\d:\n]{{0,40}})[:：]\s*(?P<n>{_NUM})")
# the beds' count is the one written with "سرير", the last when it fell "from ... to ..."
_BEDS_AVAILABLE = re.compile(rf"(?:ال)?اسرة\s+(?:ال)?متاحة(?P<between>[^\n]{{0,100}}?)(?P<n>{_NUM})\s*سرير(?![^\n]{{0,40}}?الي\s+\d)")
# a rate's qualifier sits between its label and its number ("لا يتجاوز ١٬٩٠٠"), "تجاوزت" just before the label;
# "لا يتجاوز" (does not exceed) first; not "على نحو" (in a manner)
_QUALIFIERS_NEAR = [(re.compile(p), name) for p, name in (
    (r"لا\s+(?:ي|ت)تجاوز|اقل\s+من", "at_most"), (r"(?:ي|ت)?تجاوز\S*|اكثر\s+من|ما\s+يزيد", "at_least"),
    (r"(?<!علي\s)نحو|حوالي|قرابة|زهاء|ما\s+يقارب", "approx"))]
_NOUN_PHRASE_WORDS = 3
_LIST_REACH = 40  # the nouns coordinated before the last one ("من العاملين في القطاع الصحي والمسعفين")
# "8 مستشفيات", "يعمل 16 مستشفى بشكل جزئي": hospitals counted on their own (not "22 مستشفى من أصل 38", a share)
_FIELD_HOSPITALS_AFTER = re.compile(r"\s+مستشفي(?:ات|ا)?\s+ميداني")
# (in words too: "ثمانية مستشفيات أقفلت بالكامل", "سوى مستشفى واحد يعمل بشكل جزئي")
_HOSPITALS_COUNTED = re.compile(rf"(?<![\d,٬])(?:(?P<n>\d{{1,3}})|(?<![^\W\d_])(?P<word>{_HOSPITAL_WORDS}))\s+مستشفي(?:ات)?(?!\s+(?:فقط\s+)?(?:من\s+اصل|من\s+بين|من)\s+\d)"
                                r"|(?<![^\W\d_])مستشفي\s+(?P<one>واحد)(?![^\W\d_])"
                                # ("سوى مستشفيين يعملان جزئياً": two hospitals, the dual)
                                r"|(?<![^\W\d_])(?P<dual>مستشفي(?:ين|ان))(?![^\W\d_])")
_HOSPITAL_WORD_VALUES = _FEW | {"واحد": 1, "مستشفيين": 2, "مستشفيان": 2}
# "فيما تعمل ... ثمانية مستشفيات فقط من أصل 36 مستشفى", "لم يتبق من أصل 36 مستشفى ... سوى 10": the whole, its own count
_WHOLE_OF_HOSPITALS = re.compile(r"من\s+(?:اصل|مجموع)\s+(?P<n>\d{1,3})\s+مستشفي")
_IN_HOSPITALS_BEFORE = re.compile(r"(?<!\S)(?:في|ب|داخل)\s*$")
_NOT_YET = re.compile(r"مهدد|وشك|قد\s+تتوقف|قد\s+تخرج|يوشك|توشك")
_STATE_PRECEDENCE = ("hospitals_partially_functioning", "hospitals_minimally_functioning", "hospitals_out_of_service",
                     "hospitals_functioning")
# a scale the count's own match does not carry ("٢ مليون", "١,٢٠٠ ألف"): not read rather than read as 2 (thousands after
# one to three digits are read, see _NUMBER)
_SCALE_AFTER = re.compile(r"\s*(?:الف|الاف|مليون)")
_CLAUSE_BREAK = re.compile(r"[،؛;]|,\s|\s+و(?=\s*(?:ال|\d))")
_PARENTHESES = re.compile(r"\([^()\n]*\)")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LINE = re.compile(r"[^\n]+")
# One character in, one (or none) out: the normalised text keeps a map back to the original offsets.
_FOLD = str.maketrans("أإآٱىي٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "اااايي" "0123456789" "0123456789")
_DROPPED = re.compile(r"[\u064b-\u065f\u0670\u0640\u200c-\u200f\u2066-\u2069]")  # tashkeel, tatweel, bidi marks


def _cited_before(norm: str, at: int) -> str | None:
    """The body the sentence of the count at ``at`` cites before it ("أفادت جمعية الهلال الأحمر الفلسطيني بأن طواقمها
    تعاملت مع 27 إصابة"), if any."""
    start = max(norm.rfind(mark, 0, at) for mark in (".", "؟", "!")) + 1
    return next((name for pattern, name in CITED_BODIES_AR if pattern.search(norm, start, at)), None)


def extract_arabic_figures(text: str, *, published: dt.date | None = None,
                           publisher: str | None = None) -> list[Figure]:
    """The figures the Arabic lines of ``text`` state; spans point into ``text``."""
    lines = [(m.start(), m.group(), *_normalise(m.group())) for m in _LINE.finditer(text) if _is_arabic(m.group())]
    # the letterhead first (a short line at the top: "وزارة الصحة – غزة"), else which country the text names more
    letterhead = next((norm for _, _, norm, _ in lines[:_LETTERHEAD_LINES]
                       if len(norm.split()) <= _LETTERHEAD_WORDS and _AUTHORITY.search(norm)
                       and (_LEBANESE.search(norm) or _GAZAN.search(norm))), None)
    lebanese = bool(_LEBANESE.search(letterhead)) if letterhead else \
        sum(len(_LEBANESE.findall(norm)) for _, _, norm, _ in lines) > sum(len(_GAZAN.findall(norm)) for _, _, norm, _ in lines)
    source, location = (LEBANESE_MINISTRY, LEBANON) if lebanese else (ATTRIBUTED_TO, LOCATION)
    hospital = next((name for _, _, norm, _ in lines[:_LETTERHEAD_LINES] if _HOSPITAL_HEAD.match(norm)
                     for pattern, name in ARABIC_HOSPITALS if pattern.search(norm, 0, _HOSPITAL_HEAD_REACH)), None)
    if not lebanese and not (letterhead and _GAZA_ITSELF.search(letterhead)) and \
            sum(len(_WEST_BANK.findall(norm)) for _, _, norm, _ in lines) > sum(len(_GAZA_ITSELF.findall(norm)) for _, _, norm, _ in lines):
        # "التقرير الشهري للشهداء والإصابات في الضفة الغربية", dated "رام الله": the ministry in Ramallah, of the West Bank
        source, location = WEST_BANK_MINISTRY, WEST_BANK
    ministry = source  # the page's ministry, whose running totals a hospital's statement repeats
    source = hospital or source  # (its place is still the page's)
    ceasefire = LEBANESE_CEASEFIRE_START if lebanese else CEASEFIRE_START
    as_of = next((_date_of(norm) for _, _, norm, _ in lines if _DATE_LINE.match(norm)), None) or published or next(
        (date for _, _, norm, _ in lines if _DAY_NAME.search(norm) and "منذ" not in norm and (date := _date_of(norm))), None)
    version = parsers.PARSER_VERSIONS["text"]
    units = split_units(text)  # the quote is the unit (sentence or bullet line) the number sits in, as in English
    unit_starts = [unit.start for unit in units]
    section: tuple[str, str | None, dt.date | None] | None = None
    last_stated: tuple[str, str | None, dt.date | None] | None = None  # the period of the line before's last count
    breakdown: tuple[str, str | None, dt.date | None] | None = None  # the period of a breakdown list's count, in the list
    figures: list[Figure] = []
    for offset, line, norm, positions in lines:
        # in a hospital's statement, a line citing the ministry is the ministry's (a body a sentence names before its count,
        # "وأشارت منظمة الصحة العالمية إلى أن 19 فقط من أصل 36 مستشفى ...", is that body's: ``_cited_before``)
        line_source = ministry if hospital and _MINISTRY_AR.search(norm) else source
        header = _period_of(norm, as_of, ceasefire)
        if header and header[0] == "cumulative" and _HIGHEST_SINCE.search(norm):
            # "في أعلى حصيلة لغارة واحدة على الضفة الغربية منذ بدء العدوان": a record since then, not the line's period (the
            # line's own, if any: "خلال شهر أيار الماضي 47 شهيداً ..., وهو أعلى عدد شهري منذ مطلع العام")
            header = _period_of(_HIGHEST_SINCE.sub(" ", norm), as_of, ceasefire)
        if section and header == ("period", "day", None) and _SINCE_THIS_DAY_AT.search(norm):
            header = None
        searchable = _blank(norm, _PARENTHESES, _DATE, _MONTH_YEAR, _DURATION)
        hospital_counts = _hospital_counts(searchable)
        claimed = {number.start() for number, _, _ in hospital_counts}  # a hospital line's numbers are no deaths
        counts = [] if _NOT_A_COUNT.search(norm) else [
            count for count in _counts(searchable)
            if count[0].start() not in claimed and not _PERCENT_AFTER.match(searchable, count[0].end())]
        inline = _INLINE_BREAKDOWN.match(norm) if not claimed and last_stated else None
        items = list(_BREAKDOWN_ITEM.finditer(norm, inline.end())) if inline else []
        if items:
            # "وتوزع الشهداء حسب المحافظة على النحو الآتي: جنين 5، طوباس 3، نابلس 2": the parts of the count before, by place
            metric = "killed" if inline.group("dead") else "injured"
            for item in items:
                number = item.start("n")
                char_start, char_end = offset + positions[number], offset + positions[item.end("n") - 1] + 1
                value = parse_number(text[char_start:char_end])
                if value is not None:
                    figures.append(Figure(
                        family="casualties", metric=metric, value=value, location=location,
                        attributed_to=_cited_before(norm, number) or line_source,
                        period=last_stated[0], period_detail=last_stated[1], period_start=last_stated[2], as_of=as_of,
                        quote=_quote(text, units, unit_starts, char_start) or line.strip(),
                        char_start=char_start, char_end=char_end, parser=PARSER, parser_version=version))
            continue
        if not counts and not claimed and last_stated and _BREAKDOWN_AR.search(norm):
            breakdown = last_stated  # "وتوزع الجرحى على الأقضية على النحو الآتي:": the list below is parts of that count
            continue
        if breakdown and not _LIST_ITEM_AR.match(norm):
            breakdown = None  # the list ended
        if header and not counts and not claimed:
            if header[1] in ("month", "week") and len(norm.split()) > _HEADER_WORDS:
                continue  # "وتحذر الوزارة ... خلال الشهر الجاري ...": a remark in passing heads nothing
            section = header
            continue
        if header is None and (section is None or section[0] == "period" and _STILL_MISSING.search(norm)) and (
                _RUNNING_TOLL.search(norm) or _STILL_MISSING.search(norm) or _REACHED_COUNT.search(norm) and not _STRIKE.search(norm)):
            # ("لا يزال أكثر من 7 آلاف مواطن في عداد المفقودين" under a day's header: those missing so far, not the day's)
            # (from the start the line states: "منذ بدء سريان وقف الأعمال العدائية في 27 تشرين الثاني 2024 إلى 427")
            own = _period_of(norm, as_of, ceasefire)
            if (own is None or own[2] is None) and (cessation := _SINCE_CESSATION.search(norm)):
                stated = _DATE.search(norm, cessation.end(), cessation.end() + _STATED_DATE_REACH)
                start = (_date_of(stated.group()) if stated and stated.group("year") else None) or LEBANESE_CEASEFIRE_START
                own = ("cumulative", f"since {start.isoformat()}", start)
            header = own if own and own[0] == "cumulative" and own[2] else ("cumulative", None, DEFAULT_CUMULATIVE_START)
        for number, metric, qualifier in hospital_counts:  # states at a moment, under any header
            char_start, char_end = offset + positions[number.start()], offset + positions[number.end() - 1] + 1
            word_value = _HOSPITAL_WORD_VALUES.get(searchable[number.start():number.end()])
            value = float(word_value) if word_value else parse_number(text[char_start:char_end])
            # "وتعمل 5 مستشفيات ميدانية فقط": field hospitals, a group of the hospitals working (as the English is read)
            group = "field_hospitals" if metric.startswith("hospitals_") and _FIELD_HOSPITALS_AFTER.match(searchable, number.end()) \
                else "all"
            if value is not None:
                figures.append(Figure(
                    family="hospitals", metric=metric, value=value, group=group, qualifier=qualifier, location=location,
                    attributed_to=_cited_before(norm, number.start()) or line_source, period="point", as_of=as_of,
                    quote=_quote(text, units, unit_starts, char_start) or line.strip(),
                    char_start=char_start, char_end=char_end, parser=PARSER, parser_version=version))
        if header is None and section is None and last_stated and _REFERS_BACK.search(searchable) and (
                last_stated[0] == "period" or _OPENS_ON_THE_DEAD.match(searchable) and not _TODAY.search(searchable)):
            # "ومن بين الشهداء 3 أطفال" after a day's count, or after a running total (not "شهداء اليوم": today's)
            header = last_stated  # "ومن بين الشهداء 3 أطفال", "ارتقى ٥ من الشهداء ...": of those the line before counted
        if header is None and section is None and last_stated == ("period", "incident", None) and \
                _FELL_IN_PLACES.search(searchable) and not _RUNNING_TOLL.search(searchable) and not _REACHED_COUNT.search(searchable):
            # "حيث سقط 8 شهداء و51 جريحاً في بلدات حولا وكفركلا" after the day's attacks: the same toll, by district
            header = last_stated
        period, detail, start = header or breakdown or section or (None, None, None)
        previous_stated, previous_end, previous_qualifier = None, 0, None
        for number, family, metric, group, word_value in counts:
            char_start, char_end = offset + positions[number.start()], offset + positions[number.end() - 1] + 1
            value = word_value or (float(thousands.group("n")) * 1000 if (thousands := _THOUSANDS_WORD.fullmatch(number.group()))
                                   else parse_number(text[char_start:char_end]))
            if value is None:  # a mark inside the digits: the span would not read as the number
                continue
            if _PHONE_BEFORE.search(searchable, max(0, number.start() - 20), number.start()):
                continue  # "عبر الخط الساخن 1214": a number to call, no count
            if metric == "killed" and _IN_PRISONS.search(_clause_around(searchable, number)):
                # "استشهد 4 من الكوادر الصحية داخل السجون", "الكوادر الصحية الذين استشهدوا في السجون: 4": deaths in custody
                family, metric = "detention", "deaths_in_custody"
            if metric in ("killed", "injured") and _RECORDS_ADDED.search(searchable, max(0, number.start() - _RECORDS_ADDED_REACH), number.start()):
                stated = ("period", "records_added", None)  # "تمت إضافة 37 شهيداً", "أضيف إلى الإحصائية التراكمية ٢٤ شهيداً"
            elif previous_stated and previous_stated[1] == "records_added" and \
                    _JOINED_PAIR.fullmatch(searchable, previous_end, number.start()):
                stated = previous_stated  # "تمت إضافة 12 شهيداً و40 إصابة": both added
            elif metric == "released_detainees":  # those freed: an event, of the header's stretch, else of the day or the deal
                stated = (period, detail, start) if period else ("period", "day", None) if _TODAY.search(searchable) \
                    else ("period", "incident", None)
            elif metric in ("attacks_on_health_care", "arrests"):
                # attacks recorded and health workers taken so far ("اعتقل الاحتلال 296 من الكوادر الصحية"), unless a
                # header bounds them
                stated = (period, detail, start) if period else ("cumulative", None, DEFAULT_CUMULATIVE_START)
            elif metric == "deaths_in_custody":  # (the dead in prisons since the war began, as the held are counted)
                stated = (period, detail, start) if period else ("cumulative", None, DEFAULT_CUMULATIVE_START)
            elif family != "casualties":
                stated = ("point", None, None)  # "ولا يزال الاحتلال يعتقل 94", "يضم 92 مريضاً": states now, under any header
            elif period is None and _STRIKE.search(searchable) and (not _A_TOTAL.search(_HIGHEST_SINCE.sub(" ", searchable))
                                                                   or _STRIKE_LED_TO.search(searchable)
                                                                   or _STRIKES_TOLL.search(searchable)):
                stated = ("period", "incident", None)  # "غارة على منزل ... أدت إلى استشهاد 3 مواطنين": one strike's toll
            elif period is None and _EVENT_VERB.search(searchable, max(0, number.start() - 40), number.end() + 40) and \
                    not _SINCE_A_START.search(searchable, 0, number.start()) and \
                    not (_REFERS_BACK.search(searchable) and not _TODAY.search(searchable)):
                # "أصيب 7 مواطنين بالرصاص الحي", "استشهد 4 من الكوادر الصحية داخل السجون": a statement's event, told
                # with its verb, before any section header (a bare count there says nothing of its period: next branch;
                # nor does a count since a start it names, nor a part of a whole not stated); "ومن بين الشهداء الذين
                # ارتقوا أمس 12 طفلا", "تعاملت منذ الصباح مع 17 إصابة": a day's
                day = _TODAY.search(searchable) or _SINCE_THIS_MORNING.search(searchable, 0, number.start())
                stated = ("period", "day", None) if day else ("period", "incident", None)
            elif period is None and previous_stated and (_AND_NEXT.fullmatch(searchable, previous_end, number.start())
                                                         or _AMONG_THE_COUNTED_BEFORE.search(searchable, previous_end, number.start())):
                # "استقبل 31 شهيداً وأكثر من 170 مصاباً، ... وبين الشهداء ثلاثة أطفال": the event's pair, and a part of it
                stated = previous_stated
            elif period is None and previous_stated and word_value == 1.0 and _ONE_OF_AT_AR.match(searchable, number.start()):
                stated = previous_stated  # "أصيب تسعة مواطنين ...، بينهم طفلان، ووُصفت حالة أحدهم بالخطيرة": one of them
            elif period is None:  # a count before any section header says nothing of its period
                continue
            elif period == "period" and (_RISES_TO.search(searchable, max(0, number.start() - _RISE_REACH), number.start())
                                         or previous_stated and previous_stated[0] == "cumulative"
                                         and _AND_NEXT.fullmatch(searchable, previous_end, number.start())):
                # "ليرتفع العدد الإجمالي ... إلى 147": under a day's or a month's header, the running total it brings (from
                # the start its line states: "... منذ 27 مايو إلى 1,083"), and the count joined to it ("و 7,275 إصابة")
                own = _period_of(norm[:number.start()], as_of, ceasefire)
                stated = own if own and own[0] == "cumulative" and own[2] else ("cumulative", None, DEFAULT_CUMULATIVE_START)
            elif previous_stated and _PART_BEFORE.search(searchable, max(0, number.start() - 16), number.start()):
                stated = previous_stated  # "... إلى ٣٣٩ حالة وفاة، من بينهم ١٢٤ طفلاً": a part, of its whole's period
            else:
                stated = (period, detail, start)
            if stated[0] == "cumulative" and word_value == 1.0 and _ONE_PERSON_AT_AR.match(searchable, number.start()) and \
                    not _PART_BEFORE.search(searchable, max(0, number.start() - 16), number.start()):  # (not "بينهم فتى")
                # one person named by a noun, in a line that brings a running total ("استشهد مسعف ...، ليرتفع عدد الشهداء
                # من الكوادر الصحية إلى 1,402"): what befell him is an event, of the day or of an incident
                day = _TODAY.search(searchable) or _SINCE_THIS_MORNING.search(searchable, 0, number.start())
                stated = ("period", "day" if day else "incident", None)
            qualifier = _qualifier(searchable[:number.start()])
            if qualifier == "exact" and previous_qualifier not in (None, "exact") and \
                    _JOINED_PAIR.fullmatch(searchable, previous_end, number.start()):
                qualifier = previous_qualifier  # "نحو 10,311 شهيداً و 43,624 إصابة": "about" opens the pair, both are about
            previous_stated, previous_end, previous_qualifier = stated, number.end(), qualifier
            if family == "casualties":
                last_stated = stated
            figures.append(Figure(
                family=family, metric=metric, value=value, group=group,
                qualifier=qualifier, location=location,
                # (a running total in a hospital's statement is the ministry's: "ليرتفع عدد الشهداء منذ 18 آذار إلى 3,193")
                attributed_to=_cited_before(norm, number.start()) or (
                    ministry if hospital and stated[0] == "cumulative" and not _RECEIVED_BEFORE_AR.search(searchable)
                    else line_source),  # (but "منذ بدء العدوان ... استقبل المستشفى جثامين 11 شهيداً": the hospital's own)
                period=stated[0], period_detail=stated[1], period_start=stated[2], as_of=as_of,
                quote=_quote(text, units, unit_starts, char_start) or line.strip(),
                char_start=char_start, char_end=char_end, parser=PARSER, parser_version=version))
        if counts and last_stated and _BREAKDOWN_AR.search(norm):
            # "... إلى استشهاد 41 شخصاً وإصابة 137 آخرين، توزعوا على الشكل الآتي:": the count and its list's opening in
            # one line; the list below is parts of it
            breakdown = last_stated
    return figures


def _clause_around(line: str, number: re.Match[str], reach: int = 60) -> str:
    """The words of ``number``'s own clause, up to ``reach`` characters either side ("... 1,402 شهيداً منذ بداية العدوان،
    فيما لا يزال 360 منهم في سجون الاحتلال": the 1,402's clause ends at the comma)."""
    before = line[max(0, number.start() - reach):number.start()]
    after = line[number.end():number.end() + reach]
    before = _CLAUSE_BREAK.split(before)[-1]
    after = _CLAUSE_BREAK.split(after)[0]
    return before + number.group() + after


def _quote(text: str, units: list, unit_starts: list[int], position: int) -> str | None:
    index = bisect.bisect_right(unit_starts, position) - 1
    if index >= 0 and units[index].start <= position < units[index].end:
        return text[units[index].start:units[index].end].strip()
    return None


def merge_bilingual(english: list[Figure], arabic: list[Figure]) -> list[Figure]:
    """One figure per statement: the English one where both languages state it, plus the Arabic-only ones.

    >>> en = [Figure("casualties", "killed", 7, period="period", period_detail="24h")]
    >>> ar = [Figure("casualties", "killed", 7, period="period", period_detail="24h", quote="عدد الشهداء 7"),
    ...       Figure("casualties", "bodies_recovered", 784, period="cumulative", period_start=CEASEFIRE_START)]
    >>> [(f.metric, f.quote) for f in merge_bilingual(en, ar)]
    [('killed', ''), ('bodies_recovered', '')]
    """
    stated = {_same_statement(f) for f in english}
    return [*english, *(f for f in arabic if _same_statement(f) not in stated)]


def _same_statement(figure: Figure) -> tuple:
    return figure.metric, figure.value, figure.group, figure.period, figure.period_start


def _is_arabic(line: str) -> bool:
    return len(_ARABIC_LETTER.findall(line)) > len(_LATIN_LETTER.findall(line))


def _normalise(line: str) -> tuple[str, list[int]]:
    """The line folded for matching, and for each of its characters the offset it came from."""
    kept = [(i, ch) for i, ch in enumerate(line) if not _DROPPED.match(ch)]
    return "".join(ch for _, ch in kept).translate(_FOLD), [i for i, _ in kept]


def _blank(text: str, *patterns: re.Pattern[str]) -> str:
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _period_of(line: str, as_of: dt.date | None = None,
               ceasefire: dt.date = CEASEFIRE_START) -> tuple[str, str | None, dt.date | None] | None:
    """The period a header line opens; a start date stated without its year ("منذ 27 مايو") is the last such
    day on or before ``as_of``; a ceasefire with no date stated is ``ceasefire``'s."""
    for pattern, kind, detail, default_start in _HEADERS:
        default_start = ceasefire if default_start is CEASEFIRE_START else default_start
        if default_start is YEAR_START:
            if as_of is None:
                continue  # no year to count from
            default_start = dt.date(as_of.year, 1, 1)
        match = pattern.search(line)
        if not match:
            continue
        if detail and "{hours}" in detail:
            detail = detail.format(hours=match.group("hours") or match.group("hours2"))
        elif detail and "{days}" in detail:
            detail = detail.format(days=match.group("days"))
        start = default_start
        stated = _DATE.search(line, match.end())
        if kind == "cumulative" and stated and stated.group("year"):
            start = _date_of(stated.group()) or start
        elif kind == "cumulative" and stated and default_start:  # "(11 أكتوبر)": the year is the event's
            start = _safe_date(default_start.year, MONTHS[stated.group("month")], int(stated.group("day"))) or start
        elif kind == "cumulative" and stated and as_of:
            start = _safe_date(as_of.year, MONTHS[stated.group("month")], int(stated.group("day")))
            if start and start > as_of:
                start = _safe_date(as_of.year - 1, start.month, start.day)
        if kind == "cumulative" and start and start != DEFAULT_CUMULATIVE_START:
            detail = f"since {start.isoformat()}"  # as the prose extractor words it, so both halves merge
        return kind, detail, start
    return None


def _counts(line: str) -> list[tuple[re.Match[str], str, str, str, float | None]]:
    """(number, family, metric, group, value of a count in words) for each count in the line linked to a cue
    word in its clause; a count of children or women with no cue of its own ("بينها ٣ أطفال") is a part of the
    count before it. A line's label before its colon names the group of all its counts ("شهداء لقمة العيش خلال
    24 ساعة: 3 شهداء و19 إصابة، ليرتفع الإجمالي إلى 2,605")."""
    found = []
    colon = line.find(":")
    label = line[:colon] if colon > 0 and not _DIGITS.search(line, 0, colon) else ""
    line_group = next((name for pattern, name in _GROUPS_IN_LABEL if pattern.search(label)), "all") \
        if label and any(pattern.search(label) for pattern, _, _ in _CUES) else "all"
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(line)), len(line)]
    for clause_start, clause_end in zip(bounds, bounds[1:]):
        cues = [(m.start(), m.end(), family, metric) for pattern, family, metric in _CUES
                for m in pattern.finditer(line, clause_start, clause_end)
                if not _NAMED_AFTER_MARTYRS.search(line, clause_start, m.start())]
        # (keyed by where the number's own word starts: "اثنين" in "مواطنين اثنين", the span the figure points at)
        words = {m.start("two") if m.group("two") else m.start("few") if m.group("few")
                 else m.start("compound") if m.group("compound") else m.start(): m
                 for m in _WORD_COUNT.finditer(line, clause_start, clause_end)
                 # ("ثلاثة عشر فلسطينياً": the "عشر" of a teen whose noun the rows do not know is no ten of its own)
                 if not (m.group("few") in ("عشر", "عشرة") and _UNIT_BEFORE.search(line, clause_start, m.start("few")))}
        phones = [phone.span() for phone in _PHONE.finditer(line, clause_start, clause_end)]
        numbers = sorted([*(m for m in _NUMBER.finditer(line, clause_start, clause_end)
                            if not any(start <= m.start() < end for start, end in phones)),
                          # (one of a trade's span is its "أحد", the number's own word)
                          *(_A_WORD.match(line, start, m.start("one_of_trade") - 1 if m.group("one_of_trade") else m.end())
                            for start, m in words.items())], key=lambda m: m.start())
        for number in numbers:
            word = words.get(number.start())
            part_of = None  # the patients this count is a part of, past a part of them in intensive care
            if word is not None and (word.group("one_of") or word.group("one_of_worst")):
                if word.group("one_of") and word.group("one_in_icu"):
                    if found and found[-1][2] == "patients":
                        found.append((number, "hospitals", "icu_patients", "all", 1.0))
                elif found and found[-1][2] == "injured":
                    # (of the whole, past a part of it: "9 مواطنين أصيبوا ...، بينهم طفلان، ووُصفت حالة أحدهم بالخطيرة")
                    whole = found[-2] if len(found) > 1 and found[-2][2] == "injured" and _PART_BEFORE.search(
                        line, max(0, found[-1][0].start() - 16), found[-1][0].start()) else found[-1]
                    found.append((number, "casualties", "injured", "children" if word.group("one_of_child") else whole[3], 1.0))
                continue
            if word is None and not line[:number.start()].strip() and \
                    line[number.end():number.end() + 1] in (".", ")", "-", "–") and \
                    not line[number.end() + 1:number.end() + 2].isdigit():
                continue  # "1. وصل إلى ...", "2- ...": a numbered list's marker
            before = [c for c in cues if c[1] <= number.start()]
            after = [c for c in cues if c[0] >= number.end()]
            # "عدد الشهداء: 7" names the metric first; "7 شهداء" after; the nearer one wins
            cue = min(before + after, key=lambda c: number.start() - c[1] if c[1] <= number.start()
                      else c[0] - number.end(), default=None)
            if before and _LABEL_GAP.fullmatch(line, before[-1][1], number.start()):
                cue = before[-1]  # "إجمالي حالات الانتشال: ٧٥٨ شهيداً": the label names the count, the noun after is its unit
            if word is not None and not word.group("two") and not word.group("few") and not word.group("compound") and \
                    word.group("dual_noun") not in _NEUTRAL_DUALS:
                # "شهيدان", "جريحين" are their own cue; "طفلان" a part, as "٣ أطفال"
                own = next((c for c in cues if number.start() <= c[0] < number.end()), None)
                cue = own if own and own[3] in ("killed", "injured") else None
                if cue is None and before and before[-1][3] in ("killed", "injured") and \
                        (_CUE_WORD_NOUN_REST if word.group("ordinal") else _CUE_WORD_REST).fullmatch(line, before[-1][1], number.start()):
                    cue = before[-1]  # "استشهاد شابين", "إصابة طفلين": the cue right before the pair counts them
            if cue and cue[3] == "bodies_recovered" and _MARTYRS_AFTER_AR.match(line, number.end()) and \
                    _RECEIVED_BEFORE_AR.search(line, clause_start, cue[0]) and not _RECOVERY_AR.search(line, clause_start, clause_end):
                cue = (cue[0], cue[1], "casualties", "killed")  # "استقبل المستشفى جثامين 58 شهيداً": the dead it took in
            if cue and cue[3] == "killed" and cue[0] >= number.start() and \
                    _RECOVERED_AFTER.match(line, max(cue[1], number.end())):
                cue = (cue[0], cue[1], "casualties", "bodies_recovered")  # "٤ شهداء جرى انتشالهم": bodies recovered
            if word is not None:
                group = _TRADE_GROUPS[_TRADE.match(word.group("one_of_trade")).group("stem")] if word.group("one_of_trade") else \
                    _single_group(line, word) if word.group("single") else \
                    _ordinal_group(line, word.start("ordinal"), found) if word.group("ordinal") else \
                    _WORD_GROUPS[word.group("dual_noun") or word.group("dual_poss") or word.group("one_noun") or word.group("one_fallen")
                                 or word.group("two_noun") or word.group("few_noun") or word.group("compound_noun")]
                if word.group("few_noun") == "منهم" and (of_them := _OF_THEM_AFTER.match(line, number.end())):
                    # "استشهد 5 أشخاص اثنان منهم أطفال": two of them, children
                    group = next((name for pattern, name in _GROUPS_AFTER if pattern.match(line, of_them.end())), group)
            else:
                group = next((name for pattern, name in _GROUPS_AFTER if pattern.match(line, number.end())), "all")
            if group == "all" and cue and cue[3] in ("killed", "injured") and _AID_SEEKERS_TOPIC.match(line) and \
                    not _A_TOTAL.search(line, 0, number.start()):  # (not "وبذلك ترتفع حصيلة الشهداء ... إلى 54,381": the war's)
                group = "aid_seekers"  # "وفي ما يتعلق بمنتظري المساعدات، قالت الوزارة إن 11 شهيداً ...": the line's topic
            elif group == "all" and _AID_SEEKERS_BEFORE.search(line, clause_start, number.start()):
                group = "aid_seekers"  # "إجمالي شهداء لقمة العيش منذ ٢٧ أيار إلى ٢٬٢٩٤ شهيداً"
            elif group == "all" and _AID_SEEKERS_AFTER.match(line, number.end()):
                group = "aid_seekers"  # "١٩ شهيداً و٨٧ إصابة من منتظري المساعدات": the pair's, both of them
                if found and found[-1][3] == "all" and _AND_NEXT.fullmatch(line, found[-1][0].end(), number.start()):
                    found[-1] = (*found[-1][:3], "aid_seekers", found[-1][4])
            if group == "all" and _STAFF_AFTER.match(line, number.end()) and _AID_AGENCY_BEFORE.search(line, 0, number.start()):
                group = "aid_workers"
            # a label: its words before the count name the group ("الشهداء الأطفال: ١٧٬٨٤١"), as do those after a cue
            # of the same kind earlier in the clause ("ارتفع عدد شهداء الكوادر الصحية ... إلى ١٬٧٢٢ شهيداً")
            label_cue = cue if cue and cue[1] <= number.start() else next(
                (c for c in reversed(before) if cue and c[3] == cue[3]), None)
            if group == "all" and label_cue is cue and label_cue is not None:
                words_before = line[label_cue[0]:number.start()]  # the label's own words, not the speaker's name before them
                group = next((name for pattern, name in _GROUPS_IN_LABEL if pattern.search(words_before)), "all")
            elif group == "all" and label_cue is not None and not _WHOLE_BEFORE_AR.search(line, clause_start, number.start()):
                # only the words right after it ("عدد شهداء الكوادر الصحية"), not for a whole ("17,000 من أصل 60,000")
                right_after = _RIGHT_AFTER_CUE.match(line, label_cue[1])
                group = next((name for pattern, name in _GROUPS_IN_LABEL if right_after and pattern.match(line, right_after.end())),
                             "all")
            if group == "all" and label_cue is None and cue and cue[0] >= number.end() and \
                    len(line[clause_start:number.start()].split()) <= _NOUN_PHRASE_WORDS:
                # "عدد الشهداء من العاملين في القطاع الصحي والمسعفين 208 شهداء": the coordinated noun right before the count
                # (its own clause, past "و") names who were counted
                own = {name for pattern, name in _GROUPS_IN_LABEL if pattern.search(line, clause_start, number.start())}
                listed = {name for pattern, name in _GROUPS_IN_LABEL
                          if pattern.search(line, max(0, clause_start - _LIST_REACH), number.start())}
                group = own.pop() if len(own) == 1 and listed == own else "all"  # ("من الأطفال والنساء والمسنين 200": all)
            if group == "all" and cue and cue[3] in ("killed", "injured") and found and found[-1][3] != "all" and before and \
                    before[-1][3] == cue[3] and _OF_THEM_RIGHT_AFTER_CUE.match(line, before[-1][1]):
                group = found[-1][3]  # "ارتفع عدد الشهداء من العاملين في القطاع الصحي إلى 226، فيما بلغ عدد الجرحى منهم 330": theirs
            if group == "all" and cue and cue[3] == "injured" and found and found[-1][2] == "killed" and \
                    found[-1][3] != "all" and _JOINED_INJURED.fullmatch(line, found[-1][0].end(), number.start()):
                group = found[-1][3]  # "... منتظري المساعدات ... نحو ٢٬٦٤٤ شهيداً، وأكثر من ١٩٬٣٤٠ إصابة": theirs too
            if cue is None and found and found[-1][2] in ("patients", "icu_patients") and \
                    _IN_INTENSIVE_CARE_AFTER.match(line, number.end()) and (
                        _PART_BEFORE.search(line, clause_start, number.start()) or _OF_THEM_AFTER.match(line, number.end())):
                # "81 مريضاً، منهم 12 في قسم العناية المكثفة", "46 جريحاً، بينهم ثمانية في العناية الفائقة": a part of the
                # patients just counted, in intensive care (past the comma that ends the patients' clause)
                found.append((number, "hospitals", "icu_patients", group if group != "all" else found[-1][3], _word_value(word)))
                continue
            if cue is None and found and found[-1][2] == "injured" and (
                    _CRITICAL_PART.fullmatch(line, clause_start, number.start()) and _CRITICAL_AFTER.match(line, number.end())
                    or _STATE_OF_THE_PART_AFTER.match(line, number.end())):
                # "استقبل 38 جريحاً، حالة تسعة منهم حرجة": the nine hurt worst, a part of the wounded just counted
                found.append((number, "casualties", "injured", found[-1][3], _word_value(word)))
                continue
            if cue is None and group != "all" and found:
                whole = found[-1]  # "11 إصابة، بينها 3 أطفال": 3 of the 11, children
                if whole[2] == "icu_patients" and not _INTENSIVE_CARE.search(line, number.end(), clause_end):
                    # "منهم 12 في قسم العناية المكثفة و9 أطفال في قسم الأطفال": the 9 are of the patients, not of those in
                    # intensive care
                    whole = part_of = next((count for count in reversed(found) if count[2] == "patients"), whole)
                if whole[2] == "injured" and len(found) > 1 and found[-2][2] == "killed" and \
                        whole[0].start() < clause_start and _AND_NEXT.fullmatch(line, found[-2][0].end(), whole[0].start()):
                    # "1,066 شهيداً و 2,597 إصابة، من بينهم 322 طفلاً": the pair's dead (the Ministry's usage; but "وسبعة جرحى
                    # بينهم مسعفان", the part in the wounded's own clause, is of the wounded)
                    whole = found[-2]
                cue = (0, 0, whole[1], whole[2])
            if group == "all" and cue and found and found[-1][3] != "all" and (
                    _OF_THEM_AFTER.match(line, number.end()) or
                    found[-1][3] not in _PEOPLE_GROUPS and _OTHERS_AFTER.match(line, number.end())):
                # "٧٢٤ شهيداً من منتظري المساعدات، وأصيب أكثر من ٥٬١٠٠ آخرين": others of that group (not "5 أطفال ...
                # وأصيب 20 آخرين": other people); "310 منهم": of them
                group = found[-1][3]
            if group == "all" and cue and not any(c[3] == cue[3] and c[0] > colon for c in before) and \
                    not _WHOLE_BEFORE_AR.search(line, clause_start, number.start()):
                group = line_group  # (not "ليرتفع إجمالي عدد الشهداء ... إلى 62,000", a count its own words name, nor "من أصل 60,000")
            if cue and cue[3] == "injured" and cue[0] > number.start() and _LYING_IN.search(line, clause_start, number.start()):
                cue = (*cue[:2], "hospitals", "patients")  # "ويرقد فيه حالياً 46 جريحاً": the wounded a hospital holds now
            if _STILL_BEFORE_AR.search(line, max(clause_start, number.start() - 30), number.start()) and \
                    _UNDER_TREATMENT_AFTER_AR.match(line, number.end()) or _STILL_UNDER_TREATMENT_AFTER_AR.match(line, number.end()):
                # "لا يزال 3 من مصابي الفوار يتلقون العلاج في مستشفى الخليل", "لا يزال أربعة منهم قيد العلاج": the wounded
                # still treated, a hospital's load now (as the English "still in hospital" is read)
                found.append((number, "hospitals", "patients", "all", _word_value(word)))
                continue
            if cue and cue[3] == "patients" and (
                    _DIED.search(line, clause_start, clause_end)
                    or not _HOLDS.search(line, clause_start, clause_end) and part_of is None  # (its whole's clause holds them)
                    or _LEAVING_BEFORE.search(line, max(clause_start, number.start() - 30), number.start())
                    or _ABROAD.search(line, clause_start, clause_end)
                    or _CHRONIC_AR.search(line, clause_start, clause_end) and not _LYING_IN.search(line, clause_start, clause_end)):
                # "40 مريضا توفوا": deaths; "تم إجلاء 30 مريضا", "بحاجة للعلاج بالخارج", "مرضى الغسيل الكلوي داخل القطاع: 620":
                # no ward's load (but "يرقد في قسم الأورام 40 مريضا": a ward's)
                continue
            if cue and cue[3] == "injured" and any(c[3] == "injured" and _ILL_WITH_AR.match(line, c[1]) for c in (cue, *before)):
                # "ثلاثة أطفال مصابون بسرطان الدم": ill with leukaemia, not wounded; "إصابات الحبل الشوكي 1,046 إصابة": the
                # label names the kind, the noun after is its unit
                continue
            if cue and cue[2] == "casualties" and (_AWAITING_TRAVEL.search(line, clause_start, clause_end)
                                                   or _TREATED_ABROAD.search(line, clause_start, clause_end)
                                                   or _REHABILITATION_AR.search(line, number.end(), clause_end)):
                # "مرضى وجرحى بانتظار السفر للعلاج: 16,400", "توفوا أثناء انتظار السفر", "المرضى والجرحى ... بحاجة إلى
                # العلاج في الخارج 18,500": those waiting to leave; "أكثر من 22 ألف جريح بحاجة إلى تأهيل طويل الأمد": those
                # needing rehabilitation, no count of the wounded
                continue
            if cue and cue[2] == "casualties" and _BODIES_AR.search(line) and _HANDED_BACK_AR.search(line):
                continue  # "استلمت الوزارة عبر الصليب الأحمر 15 جثماناً ... ليرتفع إجمالي الجثامين المستلمة إلى 165": bodies handed back
            if cue and cue[3] == "killed" and _OF_THE_COLD_AR.search(line) and not _KILLING_AR.search(line, clause_start, clause_end):
                continue  # "ليرتفع عدد الوفيات الناجمة عن البرد ... إلى 8 حالات، بينهم 6 أطفال": deaths from the cold, no one killed
            if cue and cue[3] == "detainees" and "سجون" in line[cue[0]:cue[1]] and (
                    not _STILL_HELD.search(line, clause_start, clause_end) or _NOT_HELD.search(line, clause_start, clause_end)):
                continue  # "أفرج الاحتلال عن 50 أسيرا من سجون الاحتلال", "نقلتهم إلى سجون الاحتلال": not those held now
            # (a part's own ward is after it: "منهم ستة في العناية المكثفة وثلاثة أطفال خدّج في الحضانة", the three are not)
            if cue and cue[3] == "patients" and _in_intensive_care(line, number, number.end() if part_of else clause_start, clause_end):
                # "قسم العناية المركزة يعمل بـ 14 سريراً فقط يرقد عليها 29 مريضاً", "يرقد 96 مريضاً في أقسام العناية المركزة"
                cue = (*cue[:3], "icu_patients")
            if cue and not _SCALE_AFTER.match(line, number.end()) and not _NOT_PEOPLE_AFTER.match(line, number.end()):
                found.append((number, cue[2], cue[3], group, _word_value(word)))
    return found


_ONE_OF_AT_AR = re.compile(r"(?:احدهم|احدهما|احداهن|احداهما)(?![^\W\d_])")
_ONE_PERSON_AT_AR = re.compile(r"(?:و|ب)?(?:(?:ال)?(?:" + _SINGLE_NOUNS + r")|ثالث|رابع|خامس|سادس|سابع|ثامن)(?![^\W\d_])")
_PARAMEDIC_AFTER = re.compile(r"\s+(?:ال)?اسعاف")


def _single_group(line: str, word: re.Match[str]) -> str:
    """The group of one person named by a noun ("استشهاد شاب": men), an ambulance officer a health worker ("استشهد
    ضابط إسعاف")."""
    noun = word.group("single").removeprefix("ال")
    if noun == "ضابط" and _PARAMEDIC_AFTER.match(line, word.end("single")):
        return "health_workers"
    return SINGLE_GROUPS[noun]


def _ordinal_group(line: str, at: int, found: list) -> str:
    """The group of one more person named by an ordinal: his noun's ("استشهد مسعف ثالث"), else that of those just
    counted ("استشهد ثلاثة عناصر من الدفاع المدني وأصيب رابع")."""
    noun = _NOUN_BEFORE_ORDINAL.search(line, max(0, at - 12), at)
    if noun:
        return SINGLE_GROUPS[noun.group().strip()]
    return found[-1][3] if found else "all"


def count_in_words(written: str) -> float | None:
    """The count a figure's Arabic span states where it is written in words, or in digits with thousands in a word:
    "ثلاثة" (three), "شهيدان" (two martyrs), "شاب" or "أحدهم" or "ثالث" (one person), "10 آلاف" (10,000). A figure read
    from words points at the word that counts, as one read from digits points at them; None for any other span (plain
    digits included: ``numbers.parse_number`` reads those)."""
    folded, _ = _normalise(written.strip())
    folded = folded[1:] if folded[:1] in ("و", "ب") and len(folded) > 2 else folded  # ("وثلاثة": and three)
    if thousands := _THOUSANDS_SPAN.fullmatch(folded):
        return (parse_number(thousands.group("digits")) or 0) * 1000
    if folded in _UNITS:
        return float(_UNITS[folded])
    if _ONE_PERSON_SPAN.fullmatch(folded):
        return 1.0
    if compound := _COMPOUND_SPAN.fullmatch(folded):
        return _compound_value(compound)
    if _DUAL_SPAN.fullmatch(folded):
        return 2.0  # "شهيدان", "عنصران", "مستشفيين": two, in the noun's own ending
    return _word_value(_WORD_COUNT.fullmatch(folded))


# (a figure's span: digits and the thousands after them; one person by a noun, a pronoun of one of them, or an ordinal)
_THOUSANDS_SPAN = re.compile(r"(?P<digits>[\d٠-٩۰-۹][\d٠-٩۰-۹,٬.]*)\s*(?:الاف|الف|الفا)")
_ONE_PERSON_SPAN = re.compile(r"(?:ال)?(?:" + _SINGLE_NOUNS + r"|شهيد|جريح|عنصر)|احد(?:هم|هما|هن)?(?:\s+طفلة?)?|احدي|احداهن|احداهما"
                              r"|ثان|ثالث|رابع|خامس|سادس|سابع|ثامن")
_COMPOUND_SPAN = re.compile(_COMPOUND_WORDS)
_DUAL_SPAN = re.compile(r"(?:ال)?[^\W\d_]{2,}?(?:ان|ين)")


def _word_value(word: re.Match[str] | None) -> float | None:
    """The value of a count in words (None for digits, read off the text)."""
    if word is None:
        return None
    if word.group("dual") or word.group("two") or word.group("dual_poss"):
        return 2.0
    if word.group("few"):
        return float(_FEW[word.group("few")])
    return _compound_value(word) if word.group("compound") else 1.0


def _in_intensive_care(line: str, number: re.Match[str], clause_start: int, clause_end: int) -> bool:
    """Whether the patients counted at ``number`` lie in intensive care: a ward its clause names ("يرقد 96 مريضاً في أقسام
    العناية المركزة"), not one it lacks, and not one a part after the count is in ("200 مريض بينهم 20 في العناية المركزة":
    the 20 are, not the 200)."""
    for ward in _INTENSIVE_CARE.finditer(line, clause_start, clause_end):
        if _NO_INTENSIVE_CARE.search(line, max(clause_start, ward.start() - 40), ward.end()):
            continue
        if ward.start() >= number.end() and _PART_BETWEEN_AR.search(line, number.end(), ward.start()):
            continue
        return True
    return False


def _hospital_counts(line: str) -> list[tuple[re.Match[str], str, str]]:
    """(number, metric, qualifier) of the hospital figures a line states: "٢٢ مستشفى من أصل ٣٦ تعمل بشكل جزئي"
    (22 partially functioning of 36), "نسبة إشغال الأسرّة ... ١٨٠٪", "الأسرّة المتاحة ... لا يتجاوز ١٬٩٠٠ سرير"."""
    found = []
    share = _HOSPITAL_SHARE.search(line) or _HOSPITAL_SHARE_NOUN_AFTER.search(line)
    labelled = _HOSPITALS_LABEL.match(line)
    if share and not _SUB_AREA.search(share.group("rest")):
        rest = share.group("rest") + (" عن الخدمة" if _STATE_BEFORE_SHARE.search(line, 0, share.start()) else "")
        states = [(match.start(), metric) for pattern, metric in _ARABIC_STATES if (match := pattern.search(rest))]
        if not states and labelled and labelled.start("n") == share.start("part"):
            states = _states(labelled.group("label"))  # "- المستشفيات الخارجة عن الخدمة: ٢٥ مستشفى من أصل ٣٦"
        if not states:  # "فيما تعمل في المحافظات الجنوبية ثمانية مستشفيات فقط من أصل 36": the state before, in its clause
            clause_start = max([0] + [m.end() for m in _CLAUSE_BREAK.finditer(line) if m.end() <= share.start()])
            states = [(match.start(), metric) for pattern, metric in _ARABIC_STATES
                      if (match := pattern.search(line, clause_start, share.start()))]
        if states:
            found.append((_span(share, "part"), min(states)[1], "exact"))  # the state named first
        found.append((_group_span(share, "whole"), "hospitals_total", "exact"))
    elif labelled and (states := _states(labelled.group("label"))):
        found.append((_group_span(labelled, "n"), min(states)[1], "exact"))
    taken = [(share.start(), share.end())] if share else []
    for counted in _HOSPITALS_COUNTED.finditer(line):
        count = _span(counted, "n" if counted.group("n") else "word" if counted.group("word") else "one" if counted.group("one")
                      else "dual")
        if any(start <= counted.start() < end for start, end in taken) or \
                labelled and labelled.start("n") == count.start() or \
                _WHOLE_BEFORE_AR.search(line, max(0, counted.start() - 12), counted.start()):
            continue  # (not "من أصل 38 مستشفى": the whole, no state of its own)
        # "ما أدى إلى إقفال 8 مستشفيات بشكل كامل، فيما تعمل 7 مستشفيات أخرى بقدرة جزئية": hospitals in the state
        # their own clause names (partial over plain working: "تعمل ... بقدرة جزئية" is partial)
        clause_start = max([0] + [m.end() for m in _CLAUSE_BREAK.finditer(line) if m.end() <= counted.start()])
        clause_end = next((m.start() for m in _CLAUSE_BREAK.finditer(line, counted.end())), len(line))
        if _SUB_AREA.search(line, clause_start, clause_end) or _IN_HOSPITALS_BEFORE.search(line, clause_start, counted.start()) \
                or _NOT_YET.search(line, clause_start, clause_end):
            # a governorate's hospitals, no Strip-wide count; "توقفت المولدات في 5 مستشفيات": what stopped in them; "باتت 9
            # مستشفيات مهددة بالتوقف": a threat, no state yet
            continue
        states = {metric for pattern, metric in _ARABIC_STATES if pattern.search(line, clause_start, clause_end)}
        state = next((metric for metric in _STATE_PRECEDENCE if metric in states), None)
        if state is not None:
            found.append((count, state, "exact"))
    if not share and found and (whole := _WHOLE_OF_HOSPITALS.search(line)):
        found.append((_group_span(whole, "n"), "hospitals_total", "exact"))  # "لم يتبق من أصل 36 مستشفى ... سوى 10 ..."
    for pattern, metric in ((_BED_OCCUPANCY, "bed_occupancy_pct"), (_BEDS_AVAILABLE, "beds_available")):
        match = pattern.search(line)
        if match:
            near = line[max(0, match.start() - 12):match.start("n")]  # "تجاوزت نسبة إشغال ...": just before the label too
            found.append((_group_span(match, "n"), metric, next(
                (name for qualifier, name in _QUALIFIERS_NEAR if qualifier.search(near)), "exact")))
            if metric == "bed_occupancy_pct":
                found += [(_group_span(other, "n"), metric, "exact") for other in _NEXT_OCCUPANCY.finditer(line, match.end())]
    if not any(metric == "beds_available" for _, metric, _ in found):  # ("من ٣٬٥٠٠ سرير قبل العدوان": the beds before)
        found += [(_group_span(beds, "n"), "beds", "exact") for beds in _BEDS.finditer(line)
                  if not _NOT_BEDS_HELD_BEFORE.search(line, max(0, beds.start() - 40), beds.start())
                  and not _NOT_BEDS_HELD_AFTER.match(line, beds.end())
                  and not _BEDS_GIVEN.search(line, max(0, beds.start() - 40), beds.start())]
    return found


def _states(words: str) -> list[tuple[int, str]]:
    """(position, metric) of each hospital state ``words`` name."""
    return [(match.start(), metric) for pattern, metric in _ARABIC_STATES if (match := pattern.search(words))]


def _span(match: re.Match[str], group: str) -> re.Match[str]:
    """The match of one named group, digits or a number word, as a match object of its own."""
    return (_DIGITS if match.group(group)[0].isdigit() else _A_WORD).match(match.string, match.start(group), match.end(group))


def _group_span(match: re.Match[str], group: str) -> re.Match[str]:
    """The match of one named group, as a match object of its own (``start()``/``end()`` of the group)."""
    return _DIGITS.match(match.string, match.start(group), match.end(group))


def _qualifier(before: str) -> str:
    return next((name for pattern, name in _QUALIFIERS if pattern.search(before)), "exact")


def _date_of(line: str) -> dt.date | None:
    match = _DATE.search(line)
    if not match or not match.group("year"):
        return None
    return _safe_date(int(match.group("year")), MONTHS[match.group("month")], int(match.group("day")))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
