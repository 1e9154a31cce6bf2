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
    "bystanders gathered at the scene",  # a speaker only counts where a reporting verb makes it one
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


# --- source rules on wording that is not in the corpus -------------------------------------------
def _sources(text, **kwargs):
    figures, _ = extract_figures(text, **kwargs)
    return [(f.metric, f.value, f.attributed_to) for f in figures]


SPEAKERS = [
    # Reuters / AP / Al Jazeera: speakers without a named body, only with a reporting verb
    ("At least 12 people were killed in the strike, witnesses said.", [("killed", 12, "witnesses")]),
    ("Officials in Gaza said at least 40 people were killed.", [("killed", 40, "Gaza officials")]),
    ("Israeli officials said about 1,200 people were killed in the attack.", [("killed", 1200, "Israeli officials")]),
    ("At least 7 people were killed in the south, Lebanese officials said.", [("killed", 7, "Lebanese officials")]),
    ("Gaza's Civil Defence said 26 people were killed in the strike.", [("killed", 26, "Palestinian Civil Defence")]),
    ("Officials say only four of 36 hospitals in the enclave are functioning.",
     [("hospitals_functioning", 4, "Gaza officials"), ("hospitals_total", 36, "Gaza officials")]),
]
CARRIERS = [
    # HaMoked / Prisoners' Club pages relaying Israel Prison Service data: the service originates
    ("According to figures from the Israel Prison Service cited by HaMoked, 3,379 people were held in administrative "
     "detention.", [("administrative_detainees", 3379, "Israel Prison Service")]),
    ("Data from the Israeli Prison Service, quoted by the Palestinian Prisoners' Club, put the number of detainees at "
     "10,000.", [("detainees", 10000, "Israel Prison Service")]),
    ("Figures from the Israel Prison Service, obtained by HaMoked, show 3,600 administrative detainees.",
     [("administrative_detainees", 3600, "Israel Prison Service")]),
]
CARRIED = [
    # a lead names the source one sentence later
    ("More than 300 health workers have been killed, according to new figures. The World Health Organization "
     "released the data on Friday.", [("killed", 300, "WHO")]),
    # a quotation closed by "the agency said", the agency named right after
    ("“Only 12 of Gaza's 36 hospitals remain partially functional,” the agency said. OCHA added that fuel was "
     "running out.", [("hospitals_partially_functioning", 12, "OCHA"), ("hospitals_total", 36, "OCHA")]),
    # a person introduced by role speaks for the body later on
    ("Ashraf al-Qudra, spokesperson for the Gaza Health Ministry, briefed reporters on Monday. The hospitals are out "
     "of fuel. Power is cut. The wards are full. Dr al-Qudra said 60 patients were in intensive care units.",
     [("icu_patients", 60, "Gaza Ministry of Health")]),
    # a headline restated in the body shares the body's source
    ("Strike kills 16 in Rafah\n\nAn Israeli strike killed 16 people in Rafah overnight, the Palestine Red Crescent "
     "said.", [("killed", 16, "Palestine Red Crescent Society"), ("killed", 16, "Palestine Red Crescent Society")]),
    # a carried Gaza source does not cover Israeli victims
    ("The Gaza Health Ministry says 35,000 have been killed. Hamas's attack on Israel killed about 1,200 people.",
     [("killed", 35000, "Gaza Ministry of Health"), ("killed", 1200, None)]),
    ("The Gaza Health Ministry says 35,000 have been killed. About 1,200 Israelis were killed, most of them civilians.",
     [("killed", 35000, "Gaza Ministry of Health"), ("killed", 1200, None)]),
]
OWN_VOICE = [
    # statistics pages that speak for themselves
    ("Monthly update\n\nB'Tselem's fieldworkers documented the following in June:\n\n14 Palestinians were killed by "
     "Israeli security forces.", {}, [("killed", 14, "B'Tselem")]),
    ("Quarterly report\n\nThis update summarises HaMoked's legal work.\n\n3,291 administrative detainees",
     {}, [("administrative_detainees", 3291, "HaMoked")]),
    ("12 administrative detainees were released this month.", {"publisher": "HaMoked"},
     [("administrative_detainees", 12, "HaMoked")]),
    ("Figures at a glance\n\n1,200 patients were admitted.", {"publisher": "World Health Organization"},
     [("patients", 1200, "WHO")]),
    # a news outlet publishing is not the originator of what it reports
    ("12 administrative detainees were released this month.", {"publisher": "Al Jazeera"},
     [("administrative_detainees", 12, None)]),
]


@pytest.mark.parametrize("text,expected", SPEAKERS + CARRIERS + CARRIED)
def test_source_rules(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize("text,kwargs,expected", OWN_VOICE)
def test_a_document_speaking_for_a_body(text, kwargs, expected):
    assert _sources(text, **kwargs) == expected


def test_lebanese_news_agency_is_one_name():
    for text in ("The official Lebanese News Agency reported 8 people killed in Tyre.",
                 "Lebanon's National News Agency said 8 people were killed in Tyre.",
                 "8 people were killed in Tyre, the National News Agency (NNA) reported."):
        assert {source for _, _, source in _sources(text)} == {"Lebanese News Agency"}, text


# "the ministry said" is the ministry named last, even when another body spoke in between
@pytest.mark.parametrize("text,expected", [
    ("The Lebanese Health Ministry reported new strikes. UNICEF said schools were closed. The ministry said 31 people "
     "were killed in the strikes on Tuesday.", [("killed", 31, "Lebanese Ministry of Public Health")]),
    ("The Gaza Health Ministry issued its daily update. OCHA said aid trucks were blocked. The ministry added that 96 "
     "people had been killed in the past 24 hours.", [("killed", 96, "Gaza Ministry of Health")]),
    ("According to the Palestinian Ministry of Health in Ramallah, there were new raids. The WHO said clinics were "
     "damaged. The ministry said 14 Palestinians were killed in Jenin over two days.",
     [("killed", 14, "Palestinian Ministry of Health (Ramallah)")]),
])
def test_the_ministry_is_the_last_ministry_named(text, expected):
    assert _sources(text) == expected


MORE_CARRIED = [
    # forward: a lead names its source one sentence later
    ("At least 1,100 detainees are held without charge, according to a joint statement. Addameer published the "
     "statement on Monday.", [("detainees", 1100, "Addameer")]),
    ("More than 60 journalists have been killed, according to data released by press freedom groups. The Committee "
     "to Protect Journalists said the count was provisional.", [("killed", 60, "Committee to Protect Journalists")]),
    ("Some 320 attacks on health care have been recorded, according to the latest figures. The World Health "
     "Organization published them on Tuesday.", [("attacks_on_health_care", 320, "WHO")]),
    # a quotation takes the source of the words that close it
    ("“We have recorded 73 attacks on health care since January,” the organization said. The WHO added that most "
     "were in the north.", [("attacks_on_health_care", 73, "WHO")]),
    ("“At least 15 children died of malnutrition this week,” UNICEF said in a statement.",
     [("malnutrition_deaths", 15, "UNICEF")]),
    ("“Twenty-two people were killed in the strike, among them 9 children,” the Palestine Red Crescent said.",
     [("killed", 22, "Palestine Red Crescent Society"), ("killed", 9, "Palestine Red Crescent Society")]),
    # a person introduced by role speaks for the body
    ("Juliette Touma, spokesperson for UNRWA, briefed reporters in Amman. Fuel is short. Touma said 190 of its staff "
     "had been killed.", [("killed", 190, "UNRWA")]),
    ("Tedros Adhanom Ghebreyesus, head of the World Health Organization, spoke on Monday. Ghebreyesus said only 10 "
     "hospitals remain functional.", [("hospitals_functioning", 10, "WHO")]),
    ("Ismail al-Thawabta, director of the Gaza Government Media Office, spoke to reporters. Fuel is gone. Roads are "
     "cut. Mr al-Thawabta said 34 hospitals were out of service.",
     [("hospitals_out_of_service", 34, "Gaza Government Media Office")]),
    # a headline and its body share the source either names
    ("WHO: 10 hospitals remain functional\n\nOnly 10 hospitals remain functional across Gaza, the WHO said.",
     [("hospitals_functioning", 10, "WHO"), ("hospitals_functioning", 10, "WHO")]),
    ("Death toll in Gaza passes 40,000\n\nThe death toll in Gaza has passed 40,000, the Gaza Health Ministry said.",
     [("killed", 40000, "Gaza Ministry of Health"), ("killed", 40000, "Gaza Ministry of Health")]),
    # Israeli victims are not the Lebanese ministry's
    ("The Lebanese Health Ministry said 2,000 people had been killed. Hezbollah rockets killed 12 Israeli soldiers in "
     "northern Israel.", [("killed", 2000, "Lebanese Ministry of Public Health"), ("killed", 12, None)]),
]


@pytest.mark.parametrize("text,expected", MORE_CARRIED)
def test_more_carried_sources(text, expected):
    assert _sources(text) == expected


# the UN itself (not one of its named bodies) as the source
@pytest.mark.parametrize("text,expected", [
    ("The number surpasses the UN's figure of about 5,400 killed in Gaza in previous conflicts.", [(5400, "UN")]),
    ("120 aid workers have been killed, the U.N. said.", [(120, "UN")]),
    ("U.N. figures show 180 aid workers have been killed.", [(180, "UN")]),
    ("OCHA said 5 were killed in Jenin. The UN body said 7 more were injured.", [(5, "OCHA"), (7, "OCHA")]),
    ("The UN Security Council met on Tuesday as 30 people were killed in Rafah.", [(30, None)]),
])
def test_the_un_itself(text, expected):
    assert [(value, source) for _, value, source in _sources(text)] == expected


# a body cited for one figure is that figure's source only; an agency reporting both sides covers both
@pytest.mark.parametrize("text,expected", [
    ("The number surpasses the UN's figure of about 5,400 killed in Gaza in previous conflicts. Israel began bombing "
     "Gaza after Hamas killed 1,400 people on 7 October.", [(5400, "UN"), (1400, None)]),
    ("The toll is above OCHA's estimate of 30,000 deaths. Another 52 people were killed overnight in Rafah.",
     [(30000, "OCHA"), (52, None)]),
    ("It exceeds the WHO's count of 500 attacks on health care. Hospitals reported 40 patients in intensive care.",
     [(500, "WHO"), (40, None)]),
    ("OCHA said 8 people were killed by settlers in the West Bank, while three Israelis died in attacks by "
     "Palestinians.", [(8, "OCHA"), (3, "OCHA")]),
])
def test_cited_figures_and_both_sides(text, expected):
    assert [(value, source) for _, value, source in _sources(text)] == expected
