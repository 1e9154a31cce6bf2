"""Hospital figures from real sentences (WHO, OCHA, news)."""

import pytest

from parsers import extract_figures


def triples(text):
    figures, _ = extract_figures(text)
    return [(f.metric, f.value) for f in figures]


CASES = [
    ("Thirteen of Gaza’s 36 hospitals are partially functional, two were minimally functioning, and 21 were not "
     "working at all, the World Health Organization said in December.",
     [("hospitals_partially_functioning", 13), ("hospitals_total", 36), ("hospitals_minimally_functioning", 2),
      ("hospitals_out_of_service", 21)]),
    ("“Only 19 of Gaza Strip’s 36 hospitals remain operational, including one hospital providing basic care",
     [("hospitals_functioning", 19), ("hospitals_total", 36)]),
    ("Ofer prison runs at 180 percent occupancy, the Prisoners' Club said.", [("occupancy_pct", 180)]),
    ("Officials say only three out of 36 hospitals in enclave are still functioning, one at just 15 per cent capacity",
     # the one hospital's 15 per cent is how much of its work it still does (the gold's hospital_capacity_pct)
     [("hospitals_functioning", 3), ("hospitals_total", 36), ("hospital_capacity_pct", 15)]),
    ("Currently, across the Gaza Strip, only 2,000 hospital beds remain available, for a population of over 2 million "
     "people.", [("beds_available", 2000)]),
    ("Al Aqsa is currently treating more than 600 patients.", [("patients", 600)]),
    ("WHO has recorded 28 attacks on medical facilities, and since October 2023, there have been at least 697 such "
     "attacks.", [("attacks_on_health_care", 28), ("attacks_on_health_care", 697)]),
    ("Al-Shifa hospital is at 206 percent bed occupancy.", [("bed_occupancy_pct", 206)]),
    ("Hospitals in the north report bed occupancy rates of 300%.", [("bed_occupancy_pct", 300)]),
    ("Twelve hospitals are partially functioning, OCHA said.", [("hospitals_partially_functioning", 12)]),
    ("Of the 36 hospitals, 17 are partially functional, according to WHO.",
     [("hospitals_total", 36), ("hospitals_partially_functioning", 17)]),
    ("The hospital has 40 ICU patients and 300 beds.", [("icu_patients", 40), ("beds", 300)]),
]

NOTHING = [
    "50 ambulances were damaged, including 25 that were completely out of service.",
    "65% of primary health care centers are closed",
    "Of the 19 hospitals, 12 provide a variety of health services",
    "At least 94% of all hospitals in the Gaza Strip are damaged or destroyed",
    "48 of its sites were damaged",
    "15 schools remain closed and 3 are out of service",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_hospital_figures(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_not_hospital_figures(text):
    assert triples(text) == []


def test_hospital_states_are_points_with_their_source():
    figures, _ = extract_figures("Thirteen of Gaza’s 36 hospitals are partially functional, the World Health "
                                 "Organization said.")
    assert {(f.period, f.attributed_to, f.location) for f in figures} == {("point", "WHO", "Gaza Strip")}


@pytest.mark.xfail(strict=True, reason="'the only functioning medical facility' implies a count of 1 without a number")
def test_implied_single_hospital():
    assert triples("It left Al Ahli Arab Hospital as the only functioning medical facility there") == [
        ("hospitals_functioning", 1)]


# "N of the M hospitals still functioning are ...": the M are the functioning ones; N's own predicate is no state.
@pytest.mark.parametrize("text,expected", [
    ("Two of the five hospitals still operating in the north were hit overnight, the WHO said.",
     [("hospitals_functioning", 5)]),
    ("Three of the 12 health facilities still functioning in Rafah face closure within days.",
     [("hospitals_functioning", 12)]),
    ("One of the two hospitals currently operational in northern Gaza is running out of fuel.",
     [("hospitals_functioning", 2)]),
    # ... while a state after a verb is the share's own
    ("Only 17 of the 36 hospitals are still partially functioning.",
     [("hospitals_partially_functioning", 17), ("hospitals_total", 36)]),
])
def test_a_state_inside_the_whole_describes_the_whole(text, expected):
    assert [(f.metric, f.value) for f in extract_figures(text)[0]] == expected
