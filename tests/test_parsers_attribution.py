"""Who a number comes from: aliases, reporting verbs, carried sources."""

import pytest

from parsers import extract_figures
from parsers.attribution import originator_in, reporting_originators

ALIASES = [
    # Gaza ministry, every way the press names it
    ("More Than 29,000 Palestinians Killed In Israel-Hamas War, Says Gaza Health Ministry", "Gaza Ministry of Health"),
    ("reported by the territory’s Health Ministry since October 7", "Gaza Ministry of Health"),
    ("The Hamas-run health ministry in Gaza says more than 10,000 people", "Gaza Ministry of Health"),
    ("according to the Hamas-run Health Ministry in Gaza", "Gaza Ministry of Health"),
    ("🇵🇸 Palestinian Ministry of Health – Gaza 🇵🇸", "Gaza Ministry of Health"),
    ("The Gaza Ministry of Health (MoH) has released a new, detailed list", "Gaza Ministry of Health"),
    # Ramallah ministry
    ("A 27-year-old died, the Ramallah-based Palestinian Health Ministry said.",
     "Palestinian Ministry of Health (Ramallah)"),
    # UN and others
    ("the World Health Organization said in December", "WHO"),
    ("the U.N. Office for the Coordination of Humanitarian Affairs said", "OCHA"),
    ("In its latest situation update, OCHA said", "OCHA"),
    ("the Palestine Red Crescent said", "Palestine Red Crescent Society"),
    ("The Israel Defense Forces told the Times of Israel", "Israel Defense Forces"),
    ("director of the government media office in Gaza, told The National", "Gaza Government Media Office"),
    ("according to a statement by the Prisoner’s Club", "Palestinian Prisoners' Club"),
    ("the Lebanese Ministry of Health announced", "Lebanese Ministry of Public Health"),
    ("Detention statistics are based on reports from the Israeli Prison Service", "Israel Prison Service"),
    ("according to B'Tselem", "B'Tselem"),
]


@pytest.mark.parametrize("text,name", ALIASES)
def test_aliases_normalise(text, name):
    assert originator_in(text) == name


@pytest.mark.parametrize("text", [
    "The total number of casualties who arrived at hospitals",  # "who" is not WHO
    "bystanders said at the scene",
    "the Israeli military aggression",
])
def test_no_originator(text):
    assert originator_in(text) is None


def test_bare_ministry_resolves_by_place():
    assert originator_in("the Palestinian Health Ministry said", location="West Bank") == \
        "Palestinian Ministry of Health (Ramallah)"
    assert originator_in("The Ministry of Health announced", location="Lebanon") == "Lebanese Ministry of Public Health"
    assert originator_in("The Ministry of Health announced", location="Gaza Strip") == "Gaza Ministry of Health"


def test_joint_statement_names_the_body_that_released_it():
    text = ("The PLO’s Commission for Prisoners’ and Ex-Prisoners’ Affairs, the Prisoners’ Club and the Addameer "
            "Prisoner Support and Human Rights Association, released the data in a joint statement")
    assert [name for _, name in reporting_originators(text)] == ["Addameer"]


def test_a_body_only_mentioned_is_not_a_reporting_source():
    assert reporting_originators("88 people working for UNRWA have been killed, the WHO said") == [(50, "WHO")]


def test_source_carries_to_the_next_sentences():
    figures, _ = extract_figures(
        "The Lebanese Ministry of Health announced a rise in fatalities. "
        "The updated figures reveal that the death toll has reached 2,574. "
        "The ministry's statement highlighted 28 deaths on Tuesday.")
    assert [(f.value, f.attributed_to) for f in figures] == [
        (2574, "Lebanese Ministry of Public Health"), (28, "Lebanese Ministry of Public Health")]


def test_letterhead_attributes_a_bulletin():
    figures, _ = extract_figures("Palestinian Ministry of Health – Gaza\n\nDaily report\n\nNumber of Martyrs: 7\n\n"
                                 "Number of Injuries: 6.\n\nMore text\n\nMore\n\nMore\n\nMore\n\n"
                                 "Cumulative number of martyrs: 73,003")
    assert {f.attributed_to for f in figures} == {"Gaza Ministry of Health"}


def test_no_source_named_gives_none():
    figures, _ = extract_figures("In the occupied West Bank, 130 Palestinians have been killed in violence.")
    assert figures[0].attributed_to is None
