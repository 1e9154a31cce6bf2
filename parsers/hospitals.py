"""Hospital figures: how many function, partly or not at all, beds, patients, attacks.

The awkward shape is the share: "Thirteen of Gaza's 36 hospitals are partially functional,
two were minimally functioning, and 21 were not working at all". The first number takes
the state that follows the hospitals noun; 36 is ``hospitals_total``; later bare numbers
in the same sentence take their own state words. States only ever attach to hospital
counts, so "25 [ambulances] completely out of service" is not a hospital figure.

>>> text = "Only 19 of Gaza Strip’s 36 hospitals remain operational"
>>> frame = share_frame(text, [(5, 7), (24, 26)])
>>> frame
(0, 1)
>>> share_frame("Of the 36 hospitals, 17 are partially functional", [(7, 9), (21, 23)])
(1, 0)
"""

from __future__ import annotations

import re

FAMILY = "hospitals"
# Hospitals and health facilities; not health (care) centres or clinics, which the hospital counts leave out
# ("6 of 22 UNRWA health centres operational" is no count of hospitals)
HOSPITAL_NOUN = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:of\s+)?(?:hospitals?|health\s+facilities|medical\s+facilities"
                           r"|medical\s+centers)\b", re.IGNORECASE)
_SHARE = re.compile(r"^/$|^\s*(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|[\w’'-]+(?:’s|'s)\s+|Gaza\s+Strip(?:’s|'s)\s+)*$",
                    re.IGNORECASE)
# "Of the 36 hospitals", "of its 22", "Of the Strip's 38 hospitals", "of Gaza's 36"
_OF_THE = re.compile(r"(?:^|[,;:.]\s*|\b)of\s+(?:the\s+)?(?:its\s+|(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+)?$", re.IGNORECASE)
# "Of the 36 hospitals, only 12 ...", "Of the 36 hospitals in the Gaza Strip, 12 ...", "Of the 38 hospitals that served the
# Strip before the war, only 18 ..."
# (a clause that names the whole as it was before the war: "that served the Strip before the war"; not a subset, "that WHO
# supports in Gaza", "that were besieged")
_HOSPITALS_COMMA = re.compile(r"^\s*(?:field\s+)?hospitals(?:\s+(?:in|across)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
                              r"|\s+(?:that|which)\s+[^,.;\d]{0,60}?\b(?:before|prior\s+to)\s+(?:the\s+war|October|the\s+escalation"
                              r"|the\s+hostilities)[^,.;\d]{0,20}?)?"
                              r"\s*,\s*(?:only\s+|just\s+)?"
                              r"(?:(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|fewer\s+than|less\s+than|about|some|around"
                              r"|nearly|at\s+least|more\s+than)\s+)?$",
                              re.IGNORECASE)  # ("Of the 36 hospitals in the Strip, no more than 14 are ...")
_NOUN_THEN_SHARE = re.compile(r"^\s*(?:\w+\s+)?(?:hospitals|health\s+facilities|medical\s+facilities)\s+(?:out\s+of|of)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# The states a count of hospitals may be in (its whole is hospitals_total)
STATES = frozenset({"hospitals_functioning", "hospitals_partially_functioning", "hospitals_minimally_functioning",
                    "hospitals_out_of_service"})
HOSPITAL_COUNTS = STATES | {"hospitals_total"}  # the counts of hospitals (not of their beds or patients)
_DEFAULT_PERIODS = {"attacks_on_health_care": ("cumulative", None)}
FIXED_PERIOD = {"hospitals_functioning", "hospitals_partially_functioning", "hospitals_minimally_functioning",
                "hospitals_out_of_service", "hospitals_total", "beds", "beds_available", "bed_occupancy_pct", "hospital_capacity_pct",
                "patients", "icu_patients"}


def default_period(metric: str) -> tuple[str, str | None]:
    return _DEFAULT_PERIODS.get(metric, ("point", None))


def counts_hospitals(text_after_number: str) -> bool:
    """True when the words right after a number say it counts hospitals."""
    return bool(HOSPITAL_NOUN.match(text_after_number))


_MODIFIER_BETWEEN = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:of\s+)?(?:hospitals?|health\s+facilities|medical\s+facilities"
                               r"|medical\s+centers)\s+(?:that\s+are\s+|which\s+are\s+)?(?:still|currently|now"
                               r"|left|remaining)\s+$", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:are|were|is|was|have|has|had|face|faces|lack|risk|need)\b", re.IGNORECASE)


def state_names_the_whole(between: str, after: str) -> bool:
    """True when the state word describes the whole of "N of the M hospitals still functioning are ...":
    the M hospitals are the functioning ones, and N is what the sentence goes on to say about them.

    >>> state_names_the_whole(" hospitals still ", " in Gaza are on the verge of shutting down")
    True
    >>> state_names_the_whole(" hospitals remain ", ", WHO said")
    False
    """
    return bool(_MODIFIER_BETWEEN.match(between) and _FINITE_AFTER.match(after))


def share_frame(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Indexes (part, whole) of the first "N of [the] M hospitals" in ``text``, given number spans."""
    for i in range(len(spans) - 1):
        between = text[spans[i][1]:spans[i + 1][0]]
        if _SHARE.match(between) and counts_hospitals(text[spans[i + 1][1]:]) or _NOUN_THEN_SHARE.match(between):
            return i, i + 1  # "12 of the 36 hospitals", "17 hospitals out of 36"
        # "Of the 36 hospitals, 17 are partially functional"
        if _HOSPITALS_COMMA.match(between) and _OF_THE.search(text[:spans[i][0]]):  # the cheap test first
            return i + 1, i
    return None


# A key-figures label that names hospitals: "Hospitals partially functioning: 18 of 36", "Functional hospitals: 17".
_LABEL_NAMES_HOSPITALS = re.compile(r"\b(?:hospitals?|health\s+facilities|medical\s+facilities)\b",
                                    re.IGNORECASE)
_LABEL_SHARE = re.compile(r"\s*(?:of|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def label_names_hospitals(text: str, label: tuple[int, int]) -> bool:
    """True when the label ``text[start:end]`` of a key-figures line names hospitals.

    >>> label_names_hospitals("Hospitals partially functioning: 18 of 36", (0, 31))
    True
    >>> label_names_hospitals("Killed: 61,000", (0, 6))
    False
    """
    return _LABEL_NAMES_HOSPITALS.search(text, *label) is not None


def label_share(text: str, first_end: int, second_start: int) -> bool:
    """True when the words between a label's value and the next number make that number the whole: "18 of 36"."""
    return _LABEL_SHARE.fullmatch(text, first_end, second_start) is not None

