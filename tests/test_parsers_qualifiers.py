"""Qualifiers, ranges and changes, on real wording."""

import pytest

from parsers import extract_figures
from parsers.numbers import find_numbers
from parsers.qualifiers import pair_kind, qualifier_of

QUALIFIED = [
    # at_least
    ("More Than 29,000 Palestinians Killed", "at_least"),
    ("with over 29,000 fatalities reported", "at_least"),
    ("At least 66 Palestinians have been injured by settlers", "at_least"),
    ("Hamas-run health ministry says Gaza death toll passes 10,000", "at_least"),
    ("the toll exceeds 40,000", "at_least"),
    ("1,000+ detainees", "at_least"),
    # at_most
    ("up to 186,000 or even more deaths", "at_most"),
    ("as many as 300 people", "at_most"),
    ("operating at less than 15 per cent capacity", "at_most"),
    ("fewer than 20 patients", "at_most"),
    # approx
    ("around 130 individuals remain captive", "approx"),
    ("about (170) children", "approx"),
    ("Some 27 per cent were in the context of demonstrations", "approx"),
    ("nearly 11,000 deaths", "approx"),
    ("almost 500 arrested", "approx"),
    ("close to 2,000 beds", "approx"),
    ("roughly 400 people", "approx"),
    ("an estimated 10,000 people", "approx"),
    ("835 approximate number of Palestinians arrested", "approx"),
    # exact
    ("the death toll has reached 2,574", "exact"),
    ("Only 19 of Gaza Strip’s 36 hospitals", "exact"),
]


@pytest.mark.parametrize("text,qualifier", QUALIFIED)
def test_qualifier_of_the_first_number(text, qualifier):
    assert qualifier_of(text, find_numbers(text)[0]) == qualifier


@pytest.mark.parametrize("text,kind", [
    ("estimated that there would be between 58,260 deaths (without an epidemic) and 85,750 deaths", "range"),
    ("anywhere between 58,269 and 74,290 additional people", "range"),
    ("the toll rose from 12 to 54", "change"),
    ("8 people were killed and 42 were wounded", None),
])
def test_pairs_of_numbers(text, kind):
    first, second = find_numbers(text)[:2]
    assert pair_kind(text, first, second) == kind


def test_range_becomes_one_figure_with_value_max():
    figures, _ = extract_figures("The researchers predicted that anywhere between 58,269 and 74,290 additional "
                                 "people would die in Gaza.")
    assert [(f.value, f.value_max, f.qualifier) for f in figures] == [(58269, 74290, "range")]


def test_change_keeps_only_the_new_value():
    figures, _ = extract_figures("The number of patients rose from 12 to 54 overnight.")
    assert [(f.metric, f.value) for f in figures] == [("patients", 54)]


def test_qualifier_opening_a_pair_carries_to_both():
    figures, _ = extract_figures("Gaza's health ministry says at least 28,663 killed and 68,395 injured.")
    assert [(f.metric, f.value, f.qualifier) for f in figures] == [
        ("killed", 28663, "at_least"), ("injured", 68395, "at_least")]


def test_each_number_keeps_its_own_qualifier():
    figures, _ = extract_figures("the death toll has risen to 8,382 dead and more than 23,000 wounded.")
    assert [(f.value, f.qualifier) for f in figures] == [(8382, "exact"), (23000, "at_least")]
