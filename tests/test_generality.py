"""General extraction rules, each tried on sentences written for it in the styles of the report kinds
(news wires, OCHA and WHO updates, detention statistics pages, ministry bulletins) — none taken from
the dev corpus, so a rule that only fits one corpus sentence fails here."""

import datetime as dt
import json
import pathlib

import pytest

from parsers import extract_figures, parse_document


def figures_of(text, published="2024-11-21"):
    figures, _ = extract_figures(text, published=dt.date.fromisoformat(published))
    return figures


def one(text, value, published="2024-11-21", metric=None):
    """The single figure of ``text`` with this value (and metric, if given)."""
    found = [f for f in figures_of(text, published) if f.value == value and (metric is None or f.metric == metric)]
    assert len(found) == 1, [(f.metric, f.value) for f in figures_of(text, published)]
    return found[0]


# --- attribution: the sentence's own speaker beats a source carried from before --------------------

OWN_SPEAKER = [
    ("Rescuers pulled 12 bodies from a house, the civil defence agency said.\n\n"
     "The Israeli military says 402 soldiers have been killed since the ground operation began.", 402, "Israeli military"),
    ("Medics said 30 people were killed in Khan Younis.\n\nIsrael's army said 17 soldiers were wounded in the "
     "fighting on Tuesday.", 17, "Israeli military"),
    ("The health ministry said 41 people were killed. The army said 3 soldiers were killed in northern Gaza.",
     3, "Israeli military"),
    ("According to figures from the Israel Prison Service, 9,900 Palestinians are held.\n\n"
     "At least 53 detainees have died in Israeli custody since the war began, the Palestinian Prisoners' Society said.",
     53, "Palestinian Prisoners' Club"),
    ("The Prisoners Society said 220 Palestinians were arrested in the West Bank this week.", 220,
     "Palestinian Prisoners' Club"),
    ("Israel says 101 hostages remain in Gaza.", 101, "Israeli officials"),
    ("Israel estimated that 60 hostages were still held in Gaza.", 60, "Israeli officials"),
    ("Since the truce began, 81 hostages have been freed, according to the Prime Minister's Office.", 81,
     "Israeli Prime Minister's Office"),
    ("Netanyahu's office said 24 hostages were released on Sunday.", 24, "Israeli Prime Minister's Office"),
]


@pytest.mark.parametrize("text,value,source", OWN_SPEAKER)
def test_a_speaker_in_the_figures_own_sentence_is_its_source(text, value, source):
    assert one(text, value).attributed_to == source


def test_a_bare_army_of_another_country_is_not_the_israeli_military():
    text = "The Jordanian army said 2 aid packages fell short; 14 people were injured, the Jordanian army said."
    assert all(f.attributed_to != "Israeli military" for f in figures_of(text))


# --- attribution: a carried source stays with the place it was named for ---------------------------

OTHER_PLACE = [
    "According to UNRWA, 258 of its staff have been killed in Gaza.\nIn the West Bank, 14 Palestinians were killed "
    "by Israeli forces.",
    "The Gaza health ministry said 44,100 people have been killed. In Lebanon, 31 people were killed "
    "in strikes on the south.",
    "WHO said 16 of 36 hospitals in Gaza are partially functional.\nIn Jenin, 9 Palestinians were killed in a raid.",
]


@pytest.mark.parametrize("text", OTHER_PLACE)
def test_a_source_named_for_one_place_is_not_carried_to_a_sentence_about_another(text):
    last = figures_of(text)[-1]
    assert last.attributed_to is None, last


def test_a_source_is_still_carried_within_its_place():
    text = "The Gaza health ministry said 44,100 people have been killed.\n\nIn Rafah, 22 people were killed overnight."
    assert one(text, 22).attributed_to == "Gaza Ministry of Health"


# --- periods: a stated span of dates -------------------------------------------------------------

SPANS = [
    # (text, value, published, period, period_start, as_of)
    ("From 3 to 9 December, 187 Palestinians were killed in Gaza, OCHA said.", 187, "2024-12-12",
     "period", "2024-12-03", "2024-12-09"),
    ("Between November 26 and December 2, at least 64 people were injured in the West Bank.", 64, "2024-12-05",
     "period", "2024-11-26", "2024-12-02"),
    ("Between 1 and 14 January 2025, 14 children were killed.", 14, "2025-01-20",
     "period", "2025-01-01", "2025-01-14"),
    ("In the week of 5-11 February, 42 Palestinians were killed and 210 injured.", 42, "2025-02-13",
     "period", "2025-02-05", "2025-02-11"),
    ("Between 7 October 2023 and 3 March 2025, at least 1,402 health workers were killed.", 1402, "2025-03-05",
     "cumulative", "2023-10-07", "2025-03-03"),
    ("From October 2023 to June 2024, 9,241 Palestinians were arrested in the West Bank.", 9241, "2024-07-01",
     "cumulative", "2023-10-07", "2024-06-01"),
    ("At least 33 detainees died in Israeli custody between October 2023 and May 2024.", 33, "2024-06-10",
     "cumulative", "2023-10-07", "2024-05-01"),
]


@pytest.mark.parametrize("text,value,published,period,start,as_of", SPANS)
def test_a_span_of_dates_is_a_period_unless_it_opens_at_the_war(text, value, published, period, start, as_of):
    figure = one(text, value, published)
    assert (figure.period, str(figure.period_start), str(figure.as_of)) == (period, start, as_of)


@pytest.mark.parametrize("text", [
    "Between 12 and 18 November, 11 Palestinians were killed by Israeli forces.",
    "From 3 to 9 June, 40 people were killed in Rafah.",
    "During 20–26 August, 95 Palestinians were killed.",
    "Between August 20 and 26, 95 Palestinians were killed.",
    "From September 2 to 8, 95 Palestinians were killed.",
])
def test_the_days_of_a_span_are_not_figures(text):
    assert [f.value for f in figures_of(text)] in ([11], [40], [95])


def test_a_change_between_two_counts_is_not_a_span_of_days():
    figure = one("The number of dead rose from 12 to 54 in Khan Younis.", 54)
    assert figure.period_start is None


# --- periods: the war's start, however it is written ---------------------------------------------

WAR_START_WORDINGS = [
    ("Since October 7, at least 48 Palestinians have died in Israeli custody.", 48, "2024-11-21"),
    ("Since 7 October, 2,310 children have been killed in Gaza, UNICEF said.", 2310, "2025-02-01"),
    ("Since October 2023, 3,961 people have been killed in Lebanon, the health ministry said.", 3961, "2024-12-01"),
    ("Since Oct. 7, Israeli forces have arrested more than 12,000 Palestinians in the West Bank.", 12000, "2025-01-10"),
]


@pytest.mark.parametrize("text,value,published", WAR_START_WORDINGS)
def test_since_october_without_a_year_or_day_is_the_wars_start(text, value, published):
    figure = one(text, value, published)
    assert (figure.period, str(figure.period_start), figure.period_detail) == ("cumulative", "2023-10-07", None)


def test_since_another_month_keeps_its_own_start():
    figure = one("Since January 2024, 41 journalists have been killed in Gaza, CPJ said.", 41, "2024-06-01")
    assert (figure.period, str(figure.period_start)) == ("cumulative", "2024-01-01")


# --- not counts: what a place was built for, a population, a study's sample ----------------------

@pytest.mark.parametrize("text,kept", [
    ("Cells designed for eight prisoners now hold as many as 20, the Commission of Detainees said.", []),
    ("Rooms meant for 10 detainees held 30 or more, according to released prisoners.", []),
    ("The ward, built to accommodate 40 patients, now treats 130 patients.", [130]),
    ("Nasser Hospital is treating 700 patients in a facility designed for 350.", [700]),
    ("There are 1,500 hospital beds for a population of 2.2 million.", [1500]),
    ("Gaza has 2,000 beds; its population is about 2.1 million people.", [2000]),
    ("The report draws on testimonies of 40 former detainees held at Sde Teiman.", []),
    ("Researchers interviewed 27 released prisoners about their detention.", []),
    ("The group collected accounts from 120 detainees released since January.", []),
])
def test_capacities_populations_and_samples_are_not_figures(text, kept):
    assert [f.value for f in figures_of(text)] == kept


# --- prisoners a deal frees, hostages returned, hostages still held ------------------------------

@pytest.mark.parametrize("text,value,metric", [
    ("Under the deal, 50 hostages were freed in exchange for 150 Palestinian prisoners.", 150, "released_detainees"),
    ("Hamas handed over 4 hostages in return for some 200 Palestinian detainees.", 200, "released_detainees"),
    ("In exchange for more than 1,000 prisoners, 25 hostages will be freed.", 1000, "released_detainees"),
    ("So far 135 hostages have been returned to Israel, officials said.", 135, "hostages_released"),
    ("Eight hostages were rescued in military operations, the army said.", 8, "hostages_rescued"),
    ("A total of 105 hostages had been brought home by the end of November.", 105, "hostages_released"),
    ("Of the 251 hostages abducted on October 7, 59 remain in Gaza.", 59, "hostages_held"),
    ("Of the 240 captives taken to Gaza, 101 are still held there, including 35 believed dead.", 101, "hostages_held"),
    ("Of the hostages kidnapped that day, 130 remain in captivity.", 130, "hostages_held"),
])
def test_prisoners_freed_in_a_deal_and_hostages_returned_or_still_held(text, value, metric):
    assert one(text, value).metric == metric


def test_a_part_of_the_hostages_still_held_said_to_be_dead_is_hostages_dead():
    text = "Of the 251 hostages seized, 97 remain in Gaza, including 34 the military says are dead."
    assert one(text, 34).metric == "hostages_dead"


# --- detention: held in the prison service's facilities; a list's last item ----------------------

@pytest.mark.parametrize("text,value,metric", [
    ("As of July 2024, some 9,400 Palestinians were held in Israel Prison Service facilities, according to HaMoked, "
     "of them 3,300 in administrative detention.", 3300, "administrative_detainees"),
    ("In March, 9,500 Palestinians were held in Israeli military camps, B'Tselem said.", 9500, "detainees"),
    ("About 10,000 Palestinians are held by Israel, the Prisoners' Club said.", 10000, "detainees"),
    ("About 4,500 Palestinians were held in IPS prisons as security prisoners.", 4500, "detainees"),
    ("At least 33 detainees died in Israeli custody.", 33, "deaths_in_custody"),
    ("Some 18 prisoners have died since October, Addameer said.", 18, "deaths_in_custody"),
    ("Six Palestinian prisoners were killed in Israeli jails in 2024.", 6, "deaths_in_custody"),
])
def test_detention_wordings(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text,value,group", [
    ("The total includes 3,300 administrative detainees, 80 women and around 250 children.", 250, "children"),
    ("Among them are 60 journalists, 12 doctors and roughly 300 children.", 300, "children"),
    ("They include 1,200 administrative detainees, 21 women and approximately 340 children.", 340, "children"),
])
def test_a_qualified_last_item_of_a_list_counts_what_the_list_counts(text, value, group):
    figure = one("Israel holds 10,000 Palestinian prisoners. " + text, value)
    assert (figure.metric, figure.group) == ("detainees", group)


# --- attribution: "according to" names the body after it -----------------------------------------

def test_a_body_before_according_to_is_not_the_source():
    text = "Some 9,400 Palestinians were held in Israel Prison Service facilities, according to HaMoked."
    assert one(text, 9400).attributed_to == "HaMoked"


# --- as of: a stated date governs its sentence and the one that goes on about its figure ----------

@pytest.mark.parametrize("text,value,as_of", [
    ("As of July 2024, some 9,623 Palestinians were held. This number includes 3,380 administrative detainees.",
     3380, "2024-07-01"),
    ("As of 1 December, 10,200 prisoners were held. Among them are 95 women.", 95, "2024-12-01"),
    ("By early November 2024, 3,443 Palestinians were held in administrative detention.", 3443, "2024-11-01"),
    ("As of mid-October 2024, 3,398 administrative detainees were held, HaMoked said.", 3398, "2024-10-01"),
])
def test_a_stated_date_dates_its_figures(text, value, as_of):
    assert str(one(text, value, "2024-12-10").as_of) == as_of


def test_a_sentence_that_does_not_go_on_about_the_figure_keeps_the_publication_date():
    text = "As of July 2024, some 9,623 Palestinians were held. Separately, 40 people were arrested in Hebron."
    assert str(one(text, 40, "2024-12-10").as_of) == "2024-12-10"


# --- attribution: speakers need their verb close; employers are not sources -----------------------

@pytest.mark.parametrize("text,value,source", [
    ("A strike on a civil defence centre killed 12 rescuers, the Lebanese health ministry said.", 12,
     "Lebanese Ministry of Public Health"),
    ("Shelling killed 5 paramedics near the hospital, the Palestine Red Crescent said.", 5,
     "Palestine Red Crescent Society"),
    ("The raid wounded 9 people in the camp, according to the Palestinian Health Ministry in Ramallah.", 9,
     "Palestinian Ministry of Health (Ramallah)"),
    ("Palestinian medics at the scene said 14 people were killed.", 14, "medics"),
    ("In Jabalia, a strike killed 11 people, the civil emergency service said.", 11, "Palestinian Civil Defence"),
])
def test_a_speaker_named_among_the_victims_is_not_their_source(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,value", [
    ("Between October 2023 and December 2024, 263 UNRWA staff were killed.", 263),
    ("Three WHO clinics were hit; 12 people were killed in a UNICEF school.", 12),
    ("At least 7 ICRC staff members have been injured since the war began.", 7),
])
def test_a_body_named_as_the_employer_of_the_victims_is_not_their_source(text, value):
    assert one(text, value).attributed_to is None


# --- periods: more wordings of the war's start, months, hours -------------------------------------

@pytest.mark.parametrize("text,value,period,detail,start", [
    ("Since the beginning of the genocide, arrests have exceeded 12,300.", 12300, "cumulative", None, "2023-10-07"),
    ("WHO has verified 1,247 attacks on health care since the escalation of hostilities.", 1247, "cumulative", None,
     "2023-10-07"),
    ("Since the start of the current escalation, 3,002 people have been killed in Lebanon.", 3002, "cumulative", None,
     "2023-10-07"),
    ("Forces arrested some 520 Palestinians during November 2024.", 520, "period", "month_or_year", None),
    ("Throughout August, 160 Palestinians were arrested in Hebron.", 160, "period", "month_or_year", None),
    ("Israeli strikes killed 47 people in 24 hours, the ministry said.", 47, "period", "24h", None),
    ("At least 61 people were killed within 48 hours in northern Gaza.", 61, "period", "48h", None),
])
def test_period_wordings(text, value, period, detail, start):
    figure = one(text, value, "2024-12-05")
    assert (figure.period, figure.period_detail, figure.period_start and str(figure.period_start)) == \
        (period, detail, start)


@pytest.mark.parametrize("text,value,as_of", [
    ("The number of prisoners has exceeded 10,300 by the beginning of December 2024, Addameer said.", 10300,
     "2024-12-01"),
    ("By the end of September 2024, 3,323 administrative detainees were held.", 3323, "2024-09-30"),  # its last day
    ("As of the start of November 2024, 9,900 Palestinians were held by the IPS.", 9900, "2024-11-01"),
])
def test_as_of_the_start_or_end_of_a_month(text, value, as_of):
    assert str(one(text, value, "2024-12-20").as_of) == as_of


@pytest.mark.parametrize("text,value", [
    ("The number of Palestinians held by the Israel Prison Service stood at 10,100.", 10100),
    ("Some 9,900 Palestinians are held by the IPS, HaMoked said.", 9900),
    ("In October, 10,000 Palestinians were held in Israeli prisons.", 10000),
])
def test_held_by_the_prison_service_counts_detainees(text, value):
    assert one(text, value).metric == "detainees"


@pytest.mark.parametrize("text,value,metric", [
    ("The raid wounded 9 residents of the camp, medics said.", 9, "injured"),
    ("An airstrike killed 14 residents of Beit Lahiya overnight.", 14, "killed"),
    ("Settlers injured 6 residents of the village, OCHA said.", 6, "injured"),
])
def test_residents_after_a_casualty_verb_are_victims(text, value, metric):
    assert one(text, value).metric == metric


def test_residents_without_a_casualty_verb_are_a_population():
    assert figures_of("Some 2.2 million residents of Gaza face famine; 40 were killed on Monday.")[0].value == 40


# --- more wordings met in probes of each report kind ----------------------------------------------

@pytest.mark.parametrize("text,value,source", [
    ("The UN children's agency said at least 74 children had been killed in the first week of 2025.", 74, "UNICEF"),
    ("According to the United Nations Children's Fund, 13,000 children have been killed in Gaza.", 13000, "UNICEF"),
    ("Hamas says 3 hostages were killed in an Israeli strike.", 3, "Hamas"),
    ("Hamas' armed wing said 2 hostages had been wounded.", 2, "Hamas"),
    ("Red Crescent: 9 killed in strike on Nuseirat", 9, "Palestine Red Crescent Society"),
])
def test_more_originator_names(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies after the attack by Hamas and 1,200 people were killed, Israeli officials said.",
    "The four hostages released by Hamas on Saturday are in good health; 94 hostages remain, officials said.",
    "Settlers attacked the village; 5 people were injured by settlers, OCHA said.",
])
def test_a_party_named_as_an_agent_is_not_a_speaker(text):
    assert all(f.attributed_to not in ("Hamas", "settlers") for f in figures_of(text))


@pytest.mark.parametrize("text,value,period,detail", [
    ("Eight babies were killed in strikes in recent weeks, the ministry said.", 8, "period", "recent"),
    ("Over the past few days, 120 people were killed in Jabalia.", 120, "period", "recent"),
    ("At least 74 children were killed in the first week of January.", 74, "period", "week"),
])
def test_recent_stretches_and_weeks_are_periods(text, value, period, detail):
    figure = one(text, value, "2025-01-09")
    assert (figure.period, figure.period_detail) == (period, detail)


@pytest.mark.parametrize("text,value,group", [
    ("Eight babies died in the strike, the ministry said.", 8, "children"),
    ("Three newborns died in the incubators after the power cut.", 3, "children"),
    ("Some 12 infants were killed in the strike.", 12, "children"),
])
def test_babies_and_infants_are_children(text, value, group):
    assert one(text, value).group == group


@pytest.mark.parametrize("text,value,metric", [
    ("The number of prisoners who died in custody since the start of the genocide has reached 54.", 54,
     "deaths_in_custody"),
    ("The total number of journalists killed in Gaza since October 2023 has risen to 196.", 196, "killed"),
    ("The number of Palestinians arrested in the West Bank since the start of the war stands at 12,100.", 12100,
     "arrests"),
    ("According to the IPS, as of October 2024 it was holding 9,881 Palestinians.", 9881, "detainees"),
    ("Israel is holding some 10,000 Palestinians, Addameer said.", 10000, "detainees"),
])
def test_the_number_of_frame_and_holding(text, value, metric):
    assert one(text, value).metric == metric


def test_a_dateline_is_not_the_place_a_story_is_about():
    text = ("Ramallah - The number of prisoners exceeded 10,400 in January, according to the Palestinian Prisoners' "
            "Society.\n\nThe number of prisoners from Gaza who died in custody has reached 54.")
    assert one(text, 54).attributed_to == "Palestinian Prisoners' Club"


# --- Arabic ministry statements in prose: massacres and years are not counts ----------------------

ARABIC_STATEMENTS = [
    ("ارتكب الاحتلال الإسرائيلي 3 مجازر ضد العائلات في قطاع غزة وصل منها للمستشفيات 38 شهيدا و 121 إصابة خلال الـ 24 "
     "ساعة الماضية.", {("killed", 38), ("injured", 121)}),
    ("ارتكب الاحتلال 5 مجازر راح ضحيتها 61 شهيدا و 140 إصابة خلال الـ 24 ساعة الماضية", {("killed", 61), ("injured", 140)}),
    ("ارتفاع حصيلة العدوان الإسرائيلي إلى 44,875 شهيدا و 106,454 إصابة منذ السابع من أكتوبر 2023.",
     {("killed", 44875), ("injured", 106454)}),
    ("ارتفاع حصيلة العدوان إلى 45,028 شهيدا و 106,962 إصابة منذ 7 أكتوبر، 2023",
     {("killed", 45028), ("injured", 106962)}),
]


@pytest.mark.parametrize("text,expected", ARABIC_STATEMENTS)
def test_arabic_statements_count_people_not_massacres_or_years(text, expected):
    figures = parse_document("وزارة الصحة - غزة\n\n" + text, published=dt.date(2024, 12, 5)).figures
    assert {(f.metric, f.value) for f in figures} == expected


# --- a qualifier opening a pair carries over a longer verb phrase ---------------------------------

@pytest.mark.parametrize("text,value", [
    ("Since 23 September, at least 1,974 people have been killed and 9,384 injured, the ministry said.", 9384),
    ("More than 40 people were killed overnight and 120 wounded in Gaza City.", 120),
    ("At least 12 Palestinians were killed in Tubas and 30 injured, the ministry said.", 30),
])
def test_a_qualifier_opening_a_pair_carries_to_the_second_number(text, value):
    assert one(text, value).qualifier == "at_least"


def test_a_qualifier_does_not_carry_past_a_new_clause():
    text = "At least 12 Palestinians were killed in Jenin, while the army said 30 were arrested."
    assert one(text, 30).qualifier == "exact"


# --- a carried Israeli source covers only Israel's side -------------------------------------------

@pytest.mark.parametrize("text,value,source", [
    ("According to the Israeli military, 390 soldiers have been killed in Gaza.\n\nThe total number of UNRWA team "
     "members killed since the beginning of the war is 258.", 258, None),
    ("The IDF said 2 soldiers were killed on Sunday. Nearly 650 people have been killed while sheltering in UN "
     "premises.", 650, None),
    ("Israeli officials said 1,200 people were killed on October 7. In Rafah, 30 Palestinians were killed overnight.",
     30, None),
    ("The IDF said 2 soldiers were killed on Sunday. Another 7 troops were wounded in the same battle.", 7,
     "Israel Defense Forces"),
])
def test_a_carried_israeli_source_covers_only_israels_side(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,value,metric,source", [
    ("Gunmen attacked Israel on Oct. 7, 2023, killing 1,200 people and taking 253 hostages, according to Israeli "
     "tallies.", 253, "hostages_taken", "Israeli officials"),
    ("Some 1,139 people were killed on October 7, according to an AFP tally of Israeli official figures.", 1139,
     "killed", "Israeli officials"),
    ("Militants took 251 hostages during the attack, Israeli figures show.", 251, "hostages_taken", "Israeli officials"),
])
def test_israeli_tallies_and_hostages_taken(text, value, metric, source):
    figure = one(text, value)
    assert (figure.metric, figure.attributed_to) == (metric, source)


@pytest.mark.parametrize("text,value,source", [
    ("At least 370 Palestinians have been killed since the ceasefire, the health ministry in the Hamas-run territory "
     "said.", 370, "Gaza Ministry of Health"),
    ("Hamas-led gunmen killed 1,200 people, Israeli officials said.", 1200, "Israeli officials"),
    ("Hezbollah says 500 of its fighters have been killed.", 500, "Hezbollah"),
    ("The Hezbollah-run Islamic Health Committee said 3 paramedics were killed, the Lebanese health ministry said.", 3,
     "Lebanese Ministry of Public Health"),
])
def test_hamas_run_names_the_ministry_not_a_speaker(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,value", [
    ("Israeli attacks since October 2023 have killed 4,047 people and wounded 16,638, most of them since September 23.",
     16638),
    ("More than 3,000 people were killed in Lebanon since October 2023, the majority since 23 September.", 3000),
    ("Since October 2023, 9,500 Palestinians were arrested, many of them since the summer of 2024.", 9500),
])
def test_a_share_since_a_later_date_does_not_restart_the_count(text, value):
    figure = one(text, value, "2024-11-20")
    assert (figure.period, str(figure.period_start)) == ("cumulative", "2023-10-07")


# --- parts of a whole, named before or after ------------------------------------------------------

@pytest.mark.parametrize("text,value,metric,group", [
    ("The CPJ said at least 137 journalists were among the more than 45,000 people killed in Gaza.", 137, "killed",
     "journalists"),
    ("Some 40 doctors are among the 1,000 health workers killed since October.", 40, "killed", "health_workers"),
    ("At least 60 children were among the 250 people injured in the strikes, medics said.", 60, "injured", "children"),
])
def test_a_part_said_to_be_among_a_count_counts_what_it_counts(text, value, metric, group):
    figure = one(text, value)
    assert (figure.metric, figure.group) == (metric, group)


@pytest.mark.parametrize("text,value,metric", [
    ("Of the hostages, 100 remain in captivity, at least 34 of whom are believed to be dead.", 34, "hostages_dead"),
    ("Some 96 hostages are still held in Gaza, 34 of them thought to be dead.", 34, "hostages_dead"),
    ("The attack killed 1,200 people and 251 were taken hostage, 100 of whom remain in captivity.", 100,
     "hostages_held"),
])
def test_of_whom_after_a_number_makes_it_a_part(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text,value,metric,group", [
    ("The CPJ counted 137 journalists killed. Of those, 130 were Palestinian.", 130, "killed", "journalists"),
    ("Some 40 medics were killed. Of those, 12 were paramedics.", 12, "killed", "health_workers"),
    ("Israel holds 10,000 prisoners. Of those, 3,300 are administrative detainees.", 3300, "administrative_detainees",
     "all"),
])
def test_of_those_opens_a_part_of_the_figure_before(text, value, metric, group):
    figure = one(text, value)
    assert (figure.metric, figure.group) == (metric, group)


@pytest.mark.parametrize("text,value", [
    ("Hamas-led gunmen attacked southern Israel, killing about 1,200 people and taking 251 others hostage.", 251),
    ("Militants took 240 people hostage on October 7.", 240),
    ("About 250 people were taken hostage, Israeli officials said.", 250),
])
def test_taking_people_hostage_is_hostages_taken(text, value):
    assert one(text, value).metric == "hostages_taken"


@pytest.mark.parametrize("text", [
    "Of the hostages, 100 remain in captivity. Gaza's health ministry said 45,000 people were killed.",
    "The Gaza health ministry said 45,000 people were killed. Some 100 hostages remain in captivity.",
    "The Gaza health ministry said 45,000 people were killed. Of the 251 captives, 96 are still held.",
])
def test_a_carried_palestinian_source_does_not_cover_hostage_counts(text):
    assert all(f.attributed_to is None for f in figures_of(text) if f.metric.startswith("hostages_"))


@pytest.mark.parametrize("text,value,group", [
    ("Gaza's Government Media Office puts the number of journalists killed at 196.", 196, "journalists"),
    ("The ministry put the number of children killed at 17,400.", 17400, "children"),
    ("UNRWA puts the number of its staff killed at 258.", 258, "aid_workers"),
])
def test_the_number_of_a_group_put_at_a_value(text, value, group):
    assert one(text, value).group == group


@pytest.mark.parametrize("text,value,metric,qualifier", [
    ("The number of bodies still under the rubble is likely large, with estimates of more than 10,000.", 10000,
     "missing", "at_least"),
    ("The number of people missing in Gaza is estimated at about 11,000.", 11000, "missing", "approx"),
    # (detained since a day: those arrested since, as the probe rounds label it)
    ("The total number of Palestinians detained since October was put at over 12,000 by Addameer.", 12000,
     "arrests", "at_least"),
])
def test_the_number_of_frame_with_estimates(text, value, metric, qualifier):
    figure = one(text, value)
    assert (figure.metric, figure.qualifier) == (metric, qualifier)


@pytest.mark.parametrize("text,value", [
    ("There are currently 96 hostages in Gaza, including the bodies of at least 34.", 34),
    ("Of the 100 hostages still held, the remains of 35 are in Gaza.", 35),
    ("Hamas holds 97 hostages, among them the bodies of some 33.", 33),
])
def test_the_bodies_of_hostages_are_dead_hostages(text, value):
    assert one(text, value).metric == "hostages_dead"


@pytest.mark.parametrize("text,value,metric,source", [
    ("More than 250 children are currently held in Israeli prisons, DCI-P said.", 250, "detainees",
     "Defense for Children International - Palestine"),
    ("At least 12 Palestinians from Gaza have died at Sde Teiman, according to Haaretz.", 12, "deaths_in_custody", None),
    ("Two more detainees died in Ofer prison last month, the Commission of Detainees said.", 2, "deaths_in_custody",
     "Commission for Prisoners' Affairs"),
    ("Five men died at the Ktziot camp in the Negev, Physicians for Human Rights said.", 5, "deaths_in_custody",
     "Physicians for Human Rights - Israel"),
])
def test_deaths_in_named_camps_and_prisons(text, value, metric, source):
    figure = one(text, value)
    assert (figure.metric, figure.attributed_to) == (metric, source)


@pytest.mark.parametrize("text,value", [
    ("The bed occupancy rate in Gaza's hospitals stands at 300 percent.", 300),
    ("Bed occupancy at Nasser hospital has reached 250%.", 250),
    ("Occupancy in the remaining hospitals in the north was 180 per cent, WHO said.", 180),
])
def test_an_occupancy_rate_stated_further_on(text, value):
    assert one(text, value).metric == "bed_occupancy_pct"


@pytest.mark.parametrize("text,value,period,detail", [
    ("UNRWA said four more of its staff were killed last week, bringing the total since the war began to 258.", 4,
     "period", "week"),
    ("UNRWA said four more of its staff were killed last week, bringing the total since the war began to 258.", 258,
     "cumulative", None),
    ("A soldier was killed in fighting on Monday, bringing the number of soldiers killed in the ground offensive to "
     "391.", 391, "cumulative", None),
    ("Strikes on Tuesday killed 30 people, raising the death toll to 44,500.", 44500, "cumulative", None),
    ("Strikes on Tuesday killed 30 people, raising the death toll to 44,500.", 30, "period", "day"),
])
def test_bringing_the_total_to_is_the_running_total(text, value, period, detail):
    figure = one(text, value)
    assert (figure.period, figure.period_detail) == (period, detail)


@pytest.mark.parametrize("text,value,detail", [
    # "since the start of 2025" and "so far this year" state their start: running counts
    # (test_periods_of_stated_starts_and_of_events)
    ("In the first ten months of 2024, Israeli forces killed 426 Palestinians in the West Bank.", 426, "months"),
    ("Over the past three months, 1,200 Palestinians were arrested.", 1200, "months"),
])
def test_parts_of_a_year_are_periods(text, value, detail):
    figure = one(text, value, "2025-03-01")
    assert (figure.period, figure.period_detail) == ("period", detail)


@pytest.mark.parametrize("text,value,as_of", [
    ("As at 1 December 2024, 3,376 Palestinians were held in administrative detention.", 3376, "2024-12-01"),
    ("As of the end of November, there were 10,221 Palestinians held by the IPS.", 10221, "2024-11-30"),  # its last day
    ("As of mid-October, 3,398 administrative detainees were held.", 3398, "2024-10-01"),
])
def test_as_at_and_a_part_of_a_month(text, value, as_of):
    assert str(one(text, value, "2024-12-10").as_of) == as_of


def test_by_a_bare_month_is_not_a_date_of_the_figure():
    assert str(one("Aid groups warned that by March 500 more children could die.", 500, "2024-12-10").as_of) != \
        "2024-03-01"


@pytest.mark.parametrize("text,value,metric", [
    ("Israeli officials said 1 hostage was killed in the strike.", 1, "hostages_dead"),
    ("One more hostage has been released, bringing the total freed to 118.", 118, "hostages_released"),
    ("Hamas took 251 people hostage on October 7.", 251, "hostages_taken"),
])
def test_a_singular_hostage_after_a_count(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text,value,source", [
    ("The UN health agency said only 16 of 36 hospitals were partially functional.", 16, "WHO"),
    ("According to the U.N. humanitarian office, 90 people were killed in the West Bank in October.", 90, "OCHA"),
    ("The United Nations' aid office said 1,300 people were injured.", 1300, "OCHA"),
    ("The UN Palestinian refugee agency said 263 of its staff had been killed.", 263, "UNRWA"),
    ("The U.N. refugee agency for Palestinians said 12 people were killed in one of its schools.", 12, "UNRWA"),
])
def test_un_bodies_named_by_what_they_do(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,value,period,source", [
    ("Gaza's Health Ministry said 52 bodies had been brought to hospitals over the past 24 hours.", 52, "period",
     "Gaza Ministry of Health"),
    ("Israeli forces killed 3 Palestinians in Tubas, the official Palestinian news agency WAFA reported.", 3, "period",
     "WAFA"),
    ("An AFP tally based on official Israeli figures shows 1,208 people were killed in the October 7 attack.", 1208,
     "period", "Israeli officials"),
    ("Since the October 7 attack, 44,000 Palestinians have been killed, the health ministry in Gaza said.", 44000,
     "cumulative", "Gaza Ministry of Health"),
    ("The army said 3 soldiers had been killed in a roadside bombing.", 3, "period", "Israeli military"),
])
def test_news_wordings_of_events_and_agencies(text, value, period, source):
    figure = one(text, value)
    assert (figure.period, figure.attributed_to) == (period, source)


@pytest.mark.parametrize("text,expected", [
    ("In Lebanon, 8 hospitals have been forced to shut down and 7 are partially functioning.",
     [("hospitals_out_of_service", 8), ("hospitals_partially_functioning", 7)]),
    ("At least 18 of 22 hospitals in northern Gaza have been forced to close, the UN said.",
     [("hospitals_out_of_service", 18), ("hospitals_total", 22)]),
    ("Two hospitals had to shut down this week, while 9 remain partially functional.",
     [("hospitals_out_of_service", 2), ("hospitals_partially_functioning", 9)]),
])
def test_hospital_states_in_one_sentence(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,value,group", [
    ("Health workers killed: 1,057", 1057, "health_workers"),
    ("Journalists killed: 196", 196, "journalists"),
    ("Children killed: 17,400", 17400, "children"),
])
def test_a_label_line_names_the_group(text, value, group):
    assert one("Key figures\n" + text, value).group == group


@pytest.mark.parametrize("text,value,value_max", [
    ("Some 30 to 40 people were killed in the attack on the school.", 30, 40),
    ("Medics said 12 to 15 people were wounded.", 12, 15),
    ("An estimated 8,000 to 10,000 people remain missing under the rubble.", 8000, 10000),
])
def test_x_to_y_of_one_thing_is_a_range(text, value, value_max):
    figure = one(text, value)
    assert (figure.qualifier, figure.value_max) == ("range", value_max)


def test_from_x_to_y_is_still_a_change():
    figure = one("The number of dead rose from 12 to 54.", 54)
    assert (figure.qualifier, figure.value_max) == ("exact", None)


@pytest.mark.parametrize("text", [
    "Roughly two-thirds of the dead are women and children.",
    "Three-quarters of the wounded are civilians, the ministry said.",
    "About one-fifth of the detainees are held without charge.",
])
def test_fractions_are_shares_not_counts(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text,value,metric", [
    ("More than 40 people, most of them women and children, were killed.", 40, "killed"),
    ("At least 25 people, many of them children, were injured in the strike.", 25, "injured"),
    ("Some 300 Palestinians, mostly from Jenin, were arrested this week.", 300, "arrests"),
])
def test_an_aside_about_most_of_them_does_not_cut_the_count_from_its_verb(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text,value,source", [
    ("WHO has recorded 1,248 attacks on health care in Gaza. In the West Bank, 667 attacks were recorded, with 25 "
     "deaths.", 25, "WHO"),
    ("OCHA said 553 Palestinians were killed in Gaza this week. In the West Bank, 8 were killed.", 8, "OCHA"),
    ("The ministry in Ramallah said 3 were killed in Jenin; in Tubas, 2 were killed, the Palestinian health ministry "
     "said.", 2, "Palestinian Ministry of Health (Ramallah)"),
])
def test_a_source_carries_across_places_within_its_own_line(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,value,source,as_of", [
    ("Key figures\n45,097 killed*\n107,244 injured*\n*Source: MoH Gaza, as of 12 December 2024", 107244,
     "Gaza Ministry of Health", "2024-12-12"),
    ("Total number of prisoners: more than 10,400\nAdministrative detainees: 3,376\n\nSource: Addameer", 3376,
     "Addameer", "2025-01-10"),
    ("Killed in the West Bank: 806\nof whom children: 174\nSources: OCHA, as of 9 December 2024", 806, "OCHA",
     "2024-12-09"),
])
def test_a_source_line_under_a_block_names_and_dates_its_figures(text, value, source, as_of):
    figure = one(text, value, "2025-01-10")
    assert (figure.attributed_to, str(figure.as_of)) == (source, as_of)


def test_a_source_line_does_not_reach_back_past_its_block():
    text = "Gaza: 45,097 killed.\n\nIn other news, prices rose.\n\nWest Bank: 806 killed\nSource: OCHA"
    assert one(text, 45097).attributed_to is None


@pytest.mark.parametrize("text,value,source", [
    ("Lebanese authorities said 33 people were killed in strikes on Tyre.", 33, "Lebanese officials"),
    ("The Lebanese government said 1.2 million people were displaced and 3,500 killed.", 3500, "Lebanese officials"),
    ("Palestinian authorities said 6 people were killed in Jenin.", 6, "Palestinian officials"),
])
def test_authorities_and_governments_speak_for_their_officials(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,value,metric", [
    ("The institutions documented 64 journalists arrested since the war began, of whom 45 remain in detention.", 45,
     "detainees"),
    ("Some 12,000 Palestinians were arrested, of whom 9,000 are still in detention.", 9000, "detainees"),
    ("Israeli forces arrested 300 people this week; of them, 120 remain in custody.", 120, "detainees"),
])
def test_those_of_the_arrested_still_held_are_detainees(text, value, metric):
    assert one(text, value).metric == metric


def test_a_part_keeps_the_group_of_its_whole():
    text = "The institutions documented 64 journalists arrested since the war began, of whom 45 remain in detention."
    assert one(text, 45).group == "journalists"


@pytest.mark.parametrize("text,value,source", [
    # a hospital's medics speak for it (the probes label the hospital 18 times in 18, 2026-11-28)
    ("Medics at Nasser hospital in Khan Younis said 18 people were killed.", 18, "Nasser hospital"),
    ("Medics in Khan Younis said 18 people were killed.", 18, "medics"),
    ("Witnesses in the camp told reporters that 7 people were wounded.", 7, "witnesses"),
    ("Residents of Beit Lahia said 11 people were killed overnight.", 11, "residents"),
])
def test_a_speaker_with_its_verb_in_the_same_clause_reports(text, value, source):
    assert one(text, value).attributed_to == source


# --- periods: "during the same period" is the period of the figures just before -----------------------

SAME_PERIOD = [
    ("Between 3 and 9 March 2025, 14 Palestinians were killed in the West Bank. Another 120 were injured during the "
     "same period, 30 of them by live ammunition.", 120, ("period", "7d", dt.date(2025, 3, 3))),
    ("Between 3 and 9 March 2025, 14 Palestinians were killed in the West Bank. Another 120 were injured during the "
     "same period, 30 of them by live ammunition.", 30, ("period", "7d", dt.date(2025, 3, 3))),
    ("In the past 24 hours, 38 people were killed across the Strip. In the same period, 96 were injured.", 96,
     ("period", "24h", None)),
    ("Since 7 October 2023, 640 Palestinians have been killed in the West Bank. Over the same period, about 5,400 "
     "were injured.", 5400, ("cumulative", None, dt.date(2023, 10, 7))),
]


@pytest.mark.parametrize("text,value,period", SAME_PERIOD)
def test_the_same_period_is_the_period_of_the_figures_just_before(text, value, period):
    figure = one(text, value)
    assert (figure.period, figure.period_detail, figure.period_start) == period


def test_at_the_same_time_is_no_period_of_its_own():
    text = ("In the past 24 hours, 38 people were killed across the Strip. At the same time, 1,200 detainees are "
            "held without charge, the Prisoners' Club said.")
    assert one(text, 1200).period == "point"


# --- hostages: "the deaths of N" among those held are the dead ---------------------------------------

DEATHS_OF_HELD = [
    ("Day 480: 94 hostages remain in captivity in Gaza. Of them, the army has confirmed the deaths of 34.", 34),
    ("Hamas still holds 59 hostages in Gaza.\n\nOf those, Israeli officials have confirmed the deaths of 35.", 35),
    ("There are 101 hostages in Gaza. Among them, the military has confirmed the deaths of at least 36.", 36),
]


@pytest.mark.parametrize("text,value", DEATHS_OF_HELD)
def test_the_confirmed_deaths_of_hostages_held_are_the_dead(text, value):
    assert one(text, value).metric == "hostages_dead"


def test_the_deaths_of_n_of_them_after_a_hostage_count():
    text = "Hamas still holds 59 hostages, including 24 believed alive; officials have confirmed the deaths of 35 of them."
    assert (one(text, 35).metric, one(text, 24).metric) == ("hostages_dead", "hostages_alive")


# --- detention: "inmates", the Prison Service's own word ----------------------------------------------

INMATES = [
    ("As of January 2025, the Israel Prison Service held 10,221 Palestinian \"security\" inmates.", 10221),
    ("The Israel Prison Service said it was holding 9,800 security inmates at the end of March.", 9800),
    ("According to the IPS, 2,100 inmates were held in Ketziot prison in May 2024.", 2100),
]


@pytest.mark.parametrize("text,value", INMATES)
def test_security_inmates_are_detainees(text, value):
    assert one(text, value).metric == "detainees"


# --- two kinds of people joined by "and" are one count -------------------------------------------------

JOINED_PEOPLE = [
    ("More than 40 women and children were killed in the strike on the school.", 40, "killed", "women_and_children"),
    ("At least 12 children and women were among the dead, medics said.", 12, "killed", "women_and_children"),
    ("Over 1,200 Israelis and foreign nationals were killed in the attack.", 1200, "killed", "all"),
    ("Some 70 Palestinians and a foreign national were injured in Rafah on Friday.", 70, "injured", "all"),
    ("The strike killed 18 women and children sheltering in the house.", 18, "killed", "women_and_children"),
]


@pytest.mark.parametrize("text,value,metric,group", JOINED_PEOPLE)
def test_people_joined_by_and_are_one_count(text, value, metric, group):
    figure = one(text, value)
    assert (figure.metric, figure.group) == (metric, group)


def test_two_counts_joined_by_and_stay_two():
    figures = {(f.metric, f.value) for f in figures_of("At least 40 people were killed and 120 injured in Khan Younis.")}
    assert figures == {("killed", 40), ("injured", 120)}


# --- a count listed before another takes its metric ------------------------------------------------------

LISTED_BEFORE = [
    ("12 Palestinians and 3 Israelis were killed in the clashes.", 12, "killed"),
    ("The clashes left 5 soldiers and 11 fighters dead.", 11, "killed"),
    ("In 2024, 9 journalists and 4 paramedics were killed in Lebanon.", 9, "killed"),
    ("Some 40 children, 12 women and 300 men are held without charge.", 40, "administrative_detainees"),
]


@pytest.mark.parametrize("text,value,metric", LISTED_BEFORE)
def test_a_count_listed_before_another_takes_its_metric(text, value, metric):
    assert one(text, value).metric == metric


def test_things_listed_before_a_count_of_people_are_no_figure():
    assert {f.value for f in figures_of("The 3 hospitals and 12 clinics were damaged, and 40 people were injured.")} == {40}


# --- hospitals: a key-figures label line states the state and the whole --------------------------------

HOSPITAL_LABELS = [
    ("Hospitals partially functioning: 18 of 36", {("hospitals_partially_functioning", 18), ("hospitals_total", 36)}),
    ("Functional hospitals: 17 out of 36 (WHO, 5 August 2025)", {("hospitals_functioning", 17), ("hospitals_total", 36)}),
    ("Key figures\nKilled: 61,000\nHospitals out of service: 19", {("killed", 61000), ("hospitals_out_of_service", 19)}),
]


@pytest.mark.parametrize("text,expected", HOSPITAL_LABELS)
def test_a_hospital_label_line_gives_its_state_and_total(text, expected):
    assert {(f.metric, f.value) for f in figures_of(text)} == expected


# --- Lebanon's Ministry of Public Health, however it is written ------------------------------------------

LEBANON_MINISTRY = [
    "Since 8 October 2023, the Ministry of Public Health (MoPH) has reported 4,047 people killed in Lebanon.",
    "In Lebanon, the MoPH said 42 people were killed over the past week.",
    "Israeli strikes on southern Lebanon killed 12 people, the Ministry of Public Health said.",
]


@pytest.mark.parametrize("text", LEBANON_MINISTRY)
def test_the_ministry_of_public_health_in_lebanon(text):
    assert {f.attributed_to for f in figures_of(text)} == {"Lebanese Ministry of Public Health"}


# --- one event: "died in the attack", and the figures of an aside take the sentence's verb --------------

ONE_EVENT = [
    ("Twelve people died in an Israeli airstrike on Rafah on Sunday night.", 12),
    ("Five people lost their lives in the shelling of the camp.", 5),
    ("Nine people, including four children, died in the attack.", 9),
    ("Nine people, including four children, died in the attack.", 4),
    ("At least 20 people, including 6 children, were killed in an Israeli airstrike on a house.", 6),
]


@pytest.mark.parametrize("text,value", ONE_EVENT)
def test_deaths_in_one_attack_are_an_incident(text, value):
    assert one(text, value).period == "period"


@pytest.mark.parametrize("text", ["More than 100 people have died in the attacks since the war began.",
                                  "Nine people, including four children, have been killed since the war began."])
def test_deaths_over_a_campaign_are_no_incident(text):
    assert {f.period for f in figures_of(text)} == {"cumulative"}


# --- detention: orders are not people -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The occupation authorities issued 1,200 administrative detention orders in the first half of 2024.",
    "Israeli authorities issued or renewed 9,000 administrative detention orders in 2024, Addameer said.",
    "In March, the military courts issued 812 administrative detention orders.",
])
def test_administrative_detention_orders_are_not_detainees(text):
    assert figures_of(text) == []


def test_people_in_administrative_detention_still_count():
    assert one("Israel holds 3,376 Palestinians in administrative detention.", 3376).metric == "administrative_detainees"


# --- hospitals: "Of the M hospitals in <place>, N <state>" -----------------------------------------------

OF_THE_HOSPITALS_IN = [
    ("Of the 36 hospitals in Gaza, 12 are partially functional, 4 are minimally functional and 20 are not functional.",
     {("hospitals_total", 36), ("hospitals_partially_functioning", 12), ("hospitals_minimally_functioning", 4),
      ("hospitals_out_of_service", 20)}),
    ("Of the 36 hospitals in the Gaza Strip, only 16 are partially functioning.",
     {("hospitals_total", 36), ("hospitals_partially_functioning", 16)}),
    ("Of the 22 hospitals in northern Gaza, 3 remain operational.", {("hospitals_total", 22), ("hospitals_functioning", 3)}),
]


@pytest.mark.parametrize("text,expected", OF_THE_HOSPITALS_IN)
def test_of_the_hospitals_in_a_place(text, expected):
    assert {(f.metric, f.value) for f in figures_of(text)} == expected


# --- "the ministry said" with no ministry named before: the health ministry of the place -------------------

BARE_MINISTRY = [
    ("Gaza: 404 people have been killed since Tuesday in the renewed strikes, the ministry said.", 404,
     "Gaza Ministry of Health"),
    ("In the West Bank, 12 Palestinians were killed this week, the ministry said.", 12,
     "Palestinian Ministry of Health (Ramallah)"),
    ("In Lebanon, 30 people were killed in strikes on the south, the ministry said.", 30,
     "Lebanese Ministry of Public Health"),
]


@pytest.mark.parametrize("text,value,source", BARE_MINISTRY)
def test_a_bare_ministry_of_a_casualty_count_is_the_health_ministry_of_the_place(text, value, source):
    assert one(text, value).attributed_to == source


def test_a_bare_ministry_gives_no_detention_count_a_health_ministry():
    figures = figures_of("In the West Bank, 25 Palestinians were arrested overnight, the ministry said.")
    assert [f.attributed_to for f in figures if f.value == 25] == [None]


# --- the day a running total was stated is not its period ------------------------------------------------

STATED_ON_A_DAY = [
    ("The death toll from Israel's war on Gaza rose to 41,182 on Friday, with 95,280 wounded.", 41182, "cumulative"),
    ("The death toll from Israel's war on Gaza rose to 41,182 on Friday, with 95,280 wounded.", 95280, "cumulative"),
    ("Gaza's death toll climbed to 45,000 on Monday, the health ministry said.", 45000, "cumulative"),
    ("The toll of the war rose to 52,000 killed on Sunday, after 27 people were killed on Saturday.", 27, "period"),
    ("Israeli strikes killed 50 people on Friday, bringing the toll to 41,000.", 50, "period"),
]


@pytest.mark.parametrize("text,value,period", STATED_ON_A_DAY)
def test_the_day_a_running_total_was_stated_is_not_its_period(text, value, period):
    assert one(text, value).period == period


# --- West Bank towns, "shot dead", "over the weekend" -------------------------------------------------------

@pytest.mark.parametrize("text,value,expected", [
    ("Israeli troops shot dead two Palestinians in Qalqilya, the Palestinian health ministry said.", 2,
     ("West Bank", "Palestinian Ministry of Health (Ramallah)", "period")),
    ("Israeli forces shot dead at least 3 Palestinians during a raid on Tubas.", 3, ("West Bank", None, "period")),
    ("Settlers shot dead one Palestinian in Huwara, the ministry said.", 1,
     ("West Bank", "Palestinian Ministry of Health (Ramallah)", "period")),
])
def test_a_west_bank_shooting(text, value, expected):
    figure = one(text, value)
    assert (figure.location, figure.attributed_to, figure.period) == expected


def test_over_the_weekend_is_a_period():
    figure = one("Over the weekend, 60 people were killed across the Strip.", 60)
    assert (figure.period, figure.period_detail) == ("period", "weekend")


# --- key-figures lines: the metric anywhere in the label, the group of a list line from its label ----------

@pytest.mark.parametrize("text,value,expected", [
    ("Palestinians killed in Gaza: 61,000", 61000, ("killed", "all", "exact")),
    ("People killed in the West Bank since 7 October: more than 900", 900, ("killed", "all", "at_least")),
    ("Journalists killed since the war began: 192 (CPJ)", 192, ("killed", "journalists", "exact")),
    ("Palestinians killed in Gaza: 61,000, including:\nChildren: 18,000\nWomen: 12,400", 18000,
     ("killed", "children", "exact")),
])
def test_a_key_figures_line(text, value, expected):
    figure = one(text, value)
    assert (figure.metric, figure.group, figure.qualifier) == expected


# --- periods: "since dawn" is today's count; "since X resumed ..." a running count from that restart ------
# ("since dawn" is a window of its own, "since_dawn": unlike a day named, it dates no statement, so a sentence it opens is
# framed by it even far from the count: "the raids carried out since dawn today on the towns of ... led to 9 martyrs")

@pytest.mark.parametrize("text,value,expected", [
    ("Israeli strikes have killed at least 41 people across Gaza since dawn, medics said.", 41, ("period", "since_dawn")),
    ("Eleven Palestinians were killed in Khan Younis since early morning, hospital officials said.", 11, ("period", "since_dawn")),
    ("The civil defence said 19 people have been killed since midnight.", 19, ("period", "since_dawn")),
    ("At least 70 people have been killed since Sunday, the health ministry said.", 70, ("period", "recent")),
])
def test_since_dawn_or_a_weekday_is_a_short_period(text, value, expected):
    figure = one(text, value)
    assert (figure.period, figure.period_detail) == expected


def test_since_a_side_resumed_its_offensive_is_a_count_from_that_day():
    figure = one("Gaza's health ministry said 3,870 people had been killed since Israel resumed its offensive on March 18.", 3870,
                 published="2025-05-02")
    assert (figure.period, figure.period_start, figure.location) == ("cumulative", dt.date(2025, 3, 18), "Gaza Strip")


# --- places: a side that acts is not where the count is --------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("In Gaza, the toll passed 50,000. The ministry said 1,400 people have been killed since Israel broke the truce.", 1400),
    ("In Gaza, 210 people were killed this week, after Israel launched new strikes.", 210),
])
def test_a_country_that_acts_is_not_the_location(text, value):
    assert one(text, value).location == "Gaza Strip"


# --- parts named farther on: a regime, the hostages still alive, a count in brackets -------------------

@pytest.mark.parametrize("text,value,metric", [
    ("The Prison Service held 9,400 Palestinians. Of them, 3,210 were being held in administrative detention.",
     3210, "administrative_detainees"),
    ("Israel holds 9,950 Palestinians, 2,960 of whom are detained without charge under administrative detention.",
     2960, "administrative_detainees"),
    ("The Prison Service held 9,400 Palestinians. Of them, 1,580 were classified as unlawful combatants.",
     1580, "unlawful_combatants_detainees"),
])
def test_a_part_that_names_a_regime_farther_on_takes_it(text, value, metric):
    assert one(text, value).metric == metric


def test_a_part_of_the_figure_before_keeps_its_source():
    text = "The Israel Prison Service was holding 10,121 Palestinians. Of them, 3,040 were held in administrative detention."
    assert one(text, 3040).attributed_to == "Israel Prison Service"


@pytest.mark.parametrize("text,value,metric", [
    ("Officials say 48 hostages remain in Gaza, of whom 20 are believed to be alive.", 20, "hostages_alive"),
    ("Some 58 hostages are still held; 22 of them are thought to be alive.", 22, "hostages_alive"),
    ("Hamas still holds 20 living hostages and the bodies of 28 others.", 20, "hostages_alive"),
    ("Hamas still holds 20 living hostages and the bodies of 28 others.", 28, "hostages_dead"),
])
def test_hostages_still_alive(text, value, metric):
    assert one(text, value).metric == metric


def test_alive_outside_a_hostage_story_is_no_figure():
    assert figures_of("Rescuers said 6 people were pulled out still alive from the rubble of the building.") == []


def test_a_count_in_brackets_names_its_own_kind():
    text = "In the past 24 hours, 91 martyrs (including 4 recovered bodies) and 320 injured reached hospitals."
    assert (one(text, 4).metric, one(text, 91).metric) == ("bodies_recovered", "killed")


@pytest.mark.parametrize("text,value", [
    ("In Khan Younis, two more hospitals have stopped working this week.", 2),
    ("WHO said 4 hospitals in the north had ceased functioning.", 4),
])
def test_hospitals_that_stopped_working_are_out_of_service(text, value):
    assert one(text, value).metric == "hospitals_out_of_service"


def test_an_aside_without_its_commas():
    text = "In Tyre, 14 people including 2 paramedics were killed when a strike hit a civil defence post."
    assert [(f.value, f.metric, f.group) for f in figures_of(text)] == [(14, "killed", "all"), (2, "killed", "health_workers")]


def test_a_count_since_an_escalation_that_began_in_a_month():
    text = "Strikes killed 22 people on Friday, bringing the toll since the escalation began in September to 1,650."
    figure = one(text, 1650, published="2024-10-25")
    assert (figure.period, figure.period_start) == ("cumulative", dt.date(2024, 9, 1))


@pytest.mark.parametrize("text,value,source", [
    ("Three people were wounded by shrapnel in Kiryat Shmona, according to Magen David Adom.", 3, "Magen David Adom"),
    ("Israel's health ministry said 1,163 people were killed in the October 7 attack.", 1163, "Israeli Ministry of Health"),
    ("The Detainees' Affairs Commission said 260 Palestinians were arrested in the past week.", 260,
     "Commission for Prisoners' Affairs"),
])
def test_more_originators(text, value, source):
    assert one(text, value).attributed_to == source


def test_a_footnote_mark_names_the_source_of_the_figures_it_follows():
    text = ("Key figures\nPalestinians killed: 58,100*\nPalestinians injured: 138,300*\nIsraelis killed: 1,200+**\n\n"
            "* According to the Ministry of Health in Gaza.\n** According to Israeli official sources.\n")
    assert [(f.value, f.attributed_to) for f in figures_of(text)] == [
        (58100, "Gaza Ministry of Health"), (138300, "Gaza Ministry of Health"), (1200, "Israeli officials")]


def test_a_label_may_date_its_count():
    text = "Famine-related deaths since 7 October 2023: 290, including 112 children"
    assert [(f.value, f.metric, f.group, f.period) for f in figures_of(text)] == [
        (290, "malnutrition_deaths", "all", "cumulative"), (112, "malnutrition_deaths", "children", "cumulative")]


def test_the_parts_a_figure_was_said_to_include_keep_its_date():
    text = ("As of early June 2025 there were 10,400 Palestinians held by the Prison Service. These included 3,560 "
            "administrative detainees.")
    assert one(text, 3560).as_of == dt.date(2025, 6, 1)


def test_hostages_dead_in_a_sentence_about_the_attack_are_no_event_of_it():
    text = "Of the 251 people abducted in the October 7 attack, 47 remain in Gaza, including the remains of 25 believed dead."
    figure = one(text, 25)
    assert (figure.metric, figure.period) == ("hostages_dead", "point")  # bodies held now, like the living


@pytest.mark.parametrize("text,value,metric", [
    ("Nasser hospital is operating at 210 per cent of its bed capacity.", 210, "bed_occupancy_pct"),
    ("The Indonesian hospital is working at less than 20 per cent capacity, WHO said.", 20, "hospital_capacity_pct"),
    ("Ofer prison is at 170% capacity, the Prisoners' Club said.", 170, "occupancy_pct"),
])
def test_a_share_of_capacity(text, value, metric):
    assert one(text, value).metric == metric


def test_a_share_of_capacity_of_no_health_facility_is_no_figure():
    assert figures_of("The desalination plant was running at 40% capacity.") == []


@pytest.mark.parametrize("text,value,expected", [
    ("Roughly half of the 860 killed were women.", 860, ("killed", "all")),
    ("Of the dead, 14 were women.", 14, ("killed", "women")),
    ("210 detainees were children.", 210, ("detainees", "children")),
    ("The toll rose by 54 to 44,502.", 44502, ("killed", "all")),
])
def test_who_was_counted_and_what_changed(text, value, expected):
    figure = one(text, value)
    assert (figure.metric, figure.group) == expected


def test_a_rise_by_a_number_is_no_figure_of_its_own():
    assert [f.value for f in figures_of("The toll rose by 54 to 44,502.")] == [44502]


def test_a_minimum_of_is_a_lower_bound():
    assert one("A minimum of 61 people were killed in the strikes.", 61).qualifier == "at_least"


def test_the_deaths_of_the_october_7_attack_are_its_event():
    text = "Hamas's October 7, 2023 attack on Israel resulted in the deaths of 1,218 people, according to an AFP tally."
    assert one(text, 1218).period == "period"


@pytest.mark.parametrize("text,value,metric", [
    ("Israeli forces arrested 280 Palestinians this week and released about 120 of them.", 120, "released_detainees"),
    ("Some 8,800 Palestinians have been detained in the West Bank since the war began.", 8800, "arrests"),
    ("At least 45 detainees from Gaza have died in Israeli custody.", 45, "deaths_in_custody"),
])
def test_detention_events(text, value, metric):
    assert one(text, value).metric == metric


def test_a_report_wide_valid_as_of_line_dates_its_figures():
    text = ("Situation Report #150\n\nAll information valid as of 2 March 2025, at 22:00 (local time).\n\n"
            "The total number of UNRWA staff killed since the start of the war is 280.")
    assert one(text, 280, published="2025-03-04").as_of == dt.date(2025, 3, 2)


def test_the_west_bank_including_east_jerusalem_is_the_west_bank():
    text = "Since 7 October 2023, 890 Palestinians have been killed in the West Bank, including East Jerusalem."
    assert one(text, 890).location == "West Bank"


def test_a_key_figures_box_dated_by_a_span_gives_its_figures_that_period():
    text = ("Key figures (1 January – 31 May 2025)\nPalestinians killed by Israeli forces or settlers: 98, including 18 children\n"
            "Palestinians injured: 1,210\n")
    figures = figures_of(text, published="2025-06-04")
    assert [(f.value, f.group, f.period, f.period_start, f.as_of) for f in figures] == [
        (98, "all", "period", dt.date(2025, 1, 1), dt.date(2025, 5, 31)),
        (18, "children", "period", dt.date(2025, 1, 1), dt.date(2025, 5, 31)),
        (1210, "all", "period", dt.date(2025, 1, 1), dt.date(2025, 5, 31))]


def test_who_killed_them_is_not_who_was_counted():
    figure = one("Israelis killed by Palestinians: 9", 9)
    assert (figure.group, figure.population) == ("all", "israelis")


@pytest.mark.parametrize("text,value", [
    ("The bodies of 11 people, including four women, were taken to Al-Awda hospital after the strike.", 11),
    ("Shifa hospital said it received 23 bodies after overnight shelling.", 23),
])
def test_bodies_brought_to_a_hospital_are_one_event(text, value):
    figure = one(text, value)
    assert (figure.metric, figure.period) == ("killed", "period")


def test_a_source_named_without_a_body_stops_the_carried_one():
    text = ("Hospital officials said 40 people were killed across the Strip.\n\n"
            "The bodies of 9 people were taken to the hospital, according to a reporter who counted them.")
    assert one(text, 9).attributed_to is None


def test_health_workers_who_have_been_detained_are_arrests_so_far():
    figure = one("The ministry said 296 health workers have been detained.", 296)
    assert (figure.metric, figure.period) == ("arrests", "cumulative")


def test_a_long_title_naming_the_ministry_is_the_author():
    text = ("Daily report of the Ministry of Health on the humanitarian situation in Gaza, 14 August 2025\n\n"
            "During the past 24 hours, 98 martyrs and 412 injured arrived at hospitals.")
    assert [f.attributed_to for f in figures_of(text, published="2025-08-14")] == ["Gaza Ministry of Health"] * 2


@pytest.mark.parametrize("text,condition", [
    ("Former detainees said guards beat them and set dogs on them at the camp.", "abuse"),
    ("Prisoners were held in stress positions for hours, the detainees said.", "abuse"),
    ("In Ofer prison, cells built for 8 detainees now hold 20.", "overcrowding"),
    ("Lawyers said the prisoners were denied access to medical treatment.", "denial_of_medical_care"),
])
def test_detention_conditions_in_other_words(text, condition):
    _, conditions = extract_figures(text, published=dt.date(2024, 11, 21))
    assert condition in {c.condition for c in conditions}


def test_the_toll_of_many_counted_attacks_is_no_single_event():
    text = "WHO has verified 702 attacks on health care in Gaza, which killed 760 people and injured 1,010."
    assert [(f.metric, f.period) for f in figures_of(text)] == [
        ("attacks_on_health_care", "cumulative"), ("killed", "cumulative"), ("injured", "cumulative")]


def test_patients_in_intensive_care_are_no_group_of_patients():
    figure = one("The hospital has 40 patients in intensive care.", 40)
    assert (figure.metric, figure.group) == ("icu_patients", "all")


@pytest.mark.parametrize("text,value,expected", [
    ("One soldier was killed in Rafah, the army said, bringing the number of soldiers killed since the ground operation "
     "began to 412.", 412, "cumulative"),
    ("Three soldiers were killed in northern Gaza, the army said, bringing the number of soldiers killed since the ground "
     "operation began to 415.", 3, "period"),
    ("The ministry said 61 people were killed, bringing the toll to 45,200.", 61, "period"),
])
def test_what_a_running_total_was_brought_to_by(text, value, expected):
    assert one(text, value).period == expected


@pytest.mark.parametrize("text,value,group", [
    ("The army says it has killed more than 19,000 militants in Gaza.", 19000, "fighters"),
    ("Israel says it has killed around 17,000 Hamas fighters.", 17000, "fighters"),
    ("Israeli forces killed more than 50 Palestinian fighters and civilians in Jenin this year.", 50, "all"),
])
def test_fighters_the_army_counts_are_their_own_group(text, value, group):
    assert one(text, value).group == group


def test_a_state_that_speaks_is_not_where_its_count_is():
    assert one("Israel says it has killed around 17,000 Hamas fighters.", 17000).location is None


STATISTICS_PAGE = """<html><head><title>Palestinians in custody</title></head><body><nav>Home</nav><main>
<h1>Palestinians held by the Israeli security forces</h1><p>Figures provided by the Israel Prison Service.</p>
<table><thead><tr><th>Month</th><th>Administrative detainees</th><th>Unlawful combatants</th><th>Total</th></tr></thead>
<tbody><tr><td>October 2025</td><td>3,380</td><td>1,460</td><td>10,270</td></tr>
<tr><td>September 2025</td><td>3,412</td><td>1,502</td><td>10,390</td></tr></tbody></table>
<p>In addition, the army held 2,650 Gazans in its own camps at the end of October.</p></main></body></html>"""


def test_a_statistics_page_gives_its_table_figures_and_its_prose_figures():
    document = parse_document(STATISTICS_PAGE, content_type="text/html", published=dt.date(2025, 11, 5))
    found = {(f.metric, f.value, f.as_of) for f in document.figures}
    assert {("administrative_detainees", 3380, dt.date(2025, 10, 1)), ("unlawful_combatants_detainees", 1502,
            dt.date(2025, 9, 1)), ("detainees", 10270, dt.date(2025, 10, 1))} <= found
    assert all(document.text[f.char_start:f.char_end].replace(",", "") == str(int(f.value)) for f in document.figures)
    assert len(document.figures) == 7  # six table cells and the army's 2,650, each once


def test_a_table_row_is_one_line_of_the_page_text():
    document = parse_document(STATISTICS_PAGE, content_type="text/html")
    assert "October 2025 | 3,380 | 1,460 | 10,270" in document.text.splitlines()


@pytest.mark.parametrize("text", [
    "Israeli troops killed 9 Palestinians, among them 3 minors, during a raid on Nur Shams refugee camp.",
    "Forces killed 9 people, including 3 children, in a strike on a school sheltering displaced families.",
])
def test_an_aside_is_read_in_its_own_words_not_those_after_it(text):
    assert [(f.value, f.group) for f in figures_of(text)] == [(9, "all"), (3, "children")]


@pytest.mark.parametrize("text,value,detail", [
    ("Israeli forces killed 38 Palestinians in the West Bank last month.", 38, "month"),
    ("In a single day, 91 people were killed across Gaza.", 91, "day"),
    ("At least 57 people were killed in the three days since the truce collapsed.", 57, "3d"),
    ("The toll for the week stood at 205 killed.", 205, "week"),
])
def test_more_periods_in_other_words(text, value, detail):
    figure = one(text, value)
    assert (figure.period, figure.period_detail) == ("period", detail)


def test_bodies_a_body_recovered_are_not_its_own_staff():
    figure = one("The Gaza Civil Defence said its crews recovered 12 bodies from the rubble.", 12)
    assert (figure.metric, figure.group) == ("bodies_recovered", "all")


def test_the_hamas_run_government_speaks_for_gaza():
    assert one("Officials from the Hamas-run government said 45 people had been killed.", 45).attributed_to == "Gaza officials"


def test_ocha_weekly_span_between_the_afternoons_of_two_days():
    text = ("Between the afternoons of 21 and 28 May 2025, 610 Palestinians were killed and 2,300 injured, according to "
            "the MoH in Gaza. The MoH noted that 17 bodies were retrieved from under the rubble during this period.")
    assert [(f.value, f.period, f.period_start) for f in figures_of(text, published="2025-05-30")] == [
        (610, "period", dt.date(2025, 5, 21)), (2300, "period", dt.date(2025, 5, 21)), (17, "period", dt.date(2025, 5, 21))]


# --- key figures: a group line under a metric line, a part in brackets, widgets split over two lines -----

def test_a_group_line_under_a_metric_line_counts_that_metric():
    text = "Key figures\nKilled: 58,000\nChildren: 17,400\nWomen: 9,100\nInjured: 138,000\nTrucks: 90\n"
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("killed", 58000, "all"), ("killed", 17400, "children"), ("killed", 9100, "women"), ("injured", 138000, "all")]


def test_a_part_in_brackets_after_a_count():
    text = "- Killed: 58,000 (of whom 17,400 children)\n- Injured: 138,000"
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("killed", 58000, "all"), ("killed", 17400, "children"), ("injured", 138000, "all")]


@pytest.mark.parametrize("text", [
    "Reported impact\n\n58,000\n\nPalestinians killed\n\n138,000+\n\nPalestinians injured\n\n1.9 million\n\npeople displaced\n",
    "Total killed\n58,000\n\nTotal injured\n138,000+\n\nSource: MoH\n",
])
def test_a_key_figures_widget_split_over_two_lines(text):
    found = [(f.metric, f.value, f.qualifier) for f in figures_of(text)]
    assert found == [("killed", 58000, "exact"), ("injured", 138000, "at_least")]
    assert all(text[f.char_start:f.char_end].replace(",", "") == str(int(f.value)) for f in figures_of(text))


def test_a_year_alone_on_a_line_is_no_widget_count():
    assert figures_of("Annual report\n\n2024\n\nkilled in the West Bank\n") == []


def test_since_october_8_in_a_later_year_is_the_lebanese_front():
    text = "Lebanon's health ministry said 3,823 people had been killed since October 8."
    assert one(text, 3823, published="2024-11-20").period_start == dt.date(2023, 10, 8)


def test_toddlers_and_newborns_are_children():
    text = "Twelve toddlers and 5 newborns died of malnutrition, the ministry said."
    assert [(f.value, f.metric, f.group) for f in figures_of(text)] == [
        (12, "malnutrition_deaths", "children"), (5, "malnutrition_deaths", "children")]


def test_hospitals_that_report_counts_are_their_source_and_count_the_day():
    text = ("Israeli strikes killed at least 48 Palestinians across Gaza on Sunday, according to local hospitals.\n\n"
            "Shifa Hospital said it received the bodies of 20 people, while Nasser Hospital in Khan Younis reported 17 dead.")
    found = {f.value: (f.attributed_to, f.period) for f in figures_of(text, published="2025-07-27")}
    assert found == {48: ("hospital officials", "period"), 20: ("Shifa Hospital", "period"),
                     17: ("Nasser Hospital", "period")}


def test_a_part_counted_in_its_own_clause_takes_that_clause_s_period():
    text = ("The ministry said 127 people, including 85 children, have died of malnutrition since the war began, "
            "five of them in the past 24 hours.")
    found = [(f.value, f.group, f.period) for f in figures_of(text)]
    assert found == [(127, "all", "cumulative"), (85, "children", "cumulative"), (5, "all", "period")]


def test_a_body_that_counts_no_such_figure_is_not_carried_to_it():
    text = "Some 120 trucks of aid entered on Sunday, COGAT said. Fifty hostages remain in Gaza."
    assert one(text, 50).attributed_to is None


def test_abducting_is_taking_hostages():
    text = "Militants stormed southern Israel, killing some 1,200 people and abducting 251."
    assert one(text, 251).metric == "hostages_taken"


def test_killings_counted_and_children_under_five_is_an_age():
    text = ("OHCHR said it had recorded 1,054 killings of Palestinians trying to get food since 27 May. According to "
            "WHO, there have been 63 malnutrition-related deaths in July, including 24 children under five.")
    found = [(f.value, f.metric, f.group) for f in figures_of(text, published="2025-07-22")]
    # deaths from hunger are their own count since prose 0.5.0 (the Ministry reports them apart from those killed)
    # those killed trying to get food are the aid_seekers group since prose 0.5.0
    assert found == [(1054, "killed", "aid_seekers"), (63, "malnutrition_deaths", "all"), (24, "malnutrition_deaths", "children")]


def test_a_prisoners_statistics_box():
    text = ("Prisoners statistics\nChild prisoners: 350 (approx.)\n"
            "Prisoners killed in Israeli prisons since 1967: 305, including 68 since October 2023\n")
    found = [(f.metric, f.value, f.group, f.qualifier, f.period_start) for f in figures_of(text, published="2025-09-01")]
    assert found == [("detainees", 350, "children", "approx", None),
                     ("deaths_in_custody", 305, "all", "exact", dt.date(1967, 1, 1)),
                     ("deaths_in_custody", 68, "all", "exact", dt.date(2023, 10, 7))]


def test_a_markdown_key_figures_line():
    text = "**Hospitals partially functioning:** 17 of 36\n\n- **Killed:** 60,100\n"
    assert [(f.metric, f.value) for f in figures_of(text)] == [
        ("hospitals_partially_functioning", 17), ("hospitals_total", 36), ("killed", 60100)]


@pytest.mark.parametrize("text", ["Palestinians killed 59,100 Palestinians injured 142,800",
                                  "KILLED 59,100 INJURED 142,800 MISSING 11,000"])
def test_labels_and_values_on_one_line_as_a_pdf_gives_them(text):
    found = [(f.metric, f.value, f.period) for f in figures_of(text)][:2]
    assert found == [("killed", 59100, "cumulative"), ("injured", 142800, "cumulative")]


def test_prose_ending_on_a_count_still_reads_as_prose():
    text = "Israeli strikes killed 30 people and injured 50."
    assert [(f.metric, f.value) for f in figures_of(text)] == [("killed", 30), ("injured", 50)]


# --- probe round 2026-11-26: texts written in the corpus styles by reviewers, failures fixed by rule ---

ONE_EVENT_BARE = [
    ("Israeli medics said 4 people were wounded in Safed.", 4),
    ("Two soldiers were killed and three others were wounded, the military said.", 2),
    ("Two soldiers were killed and three others were wounded, the military said.", 3),
    ("At least 35 people were killed and 120 wounded when missiles struck a school in Gaza City.", 35),
    ("At least 35 people were killed and 120 wounded when missiles struck a school in Gaza City.", 120),
    ("Israeli raid in northern West Bank kills 10 Palestinians, health officials say", 10),
]


@pytest.mark.parametrize("text,value", ONE_EVENT_BARE)
def test_a_small_count_in_the_simple_past_or_dated_by_its_blow_is_one_event(text, value):
    assert one(text, value).period == "period"


@pytest.mark.parametrize("text", [
    "The ministry said in its report that 8,260 Palestinians were killed in the Gaza Strip.",
    "Since the war began, 41 journalists were killed in Gaza, the press union said.",
])
def test_a_large_or_running_count_in_the_simple_past_stays_cumulative(text):
    assert [f.period for f in figures_of(text)] == ["cumulative"]


def test_a_span_opening_at_the_war_is_cumulative_for_the_count_and_its_part():
    text = ("Israeli forces and settlers killed 870 Palestinians in the West Bank between the start of the war and "
            "the end of January, among them 181 children, OCHA said.")
    assert [(f.value, f.period) for f in figures_of(text)] == [(870, "cumulative"), (181, "cumulative")]


def test_the_previous_two_days_is_a_period():
    assert one("The ministry said 89 people were killed in the previous two days.", 89).period_detail == "2d"


def test_hostages_abducted_who_remain_are_held_and_their_bodies_a_point():
    text = ("It is believed that 111 hostages abducted by Hamas on October 7 remain in Gaza, including the bodies "
            "of 39 confirmed dead by the IDF.")
    assert [(f.value, f.metric, f.period) for f in figures_of(text)] == [
        (111, "hostages_held", "point"), (39, "hostages_dead", "point")]
    assert one("The remains of 4 deceased hostages are still in Gaza, officials said.", 4).period == "point"


@pytest.mark.parametrize("text,value,group", [
    ("Overall, 689 soldiers and police officers have been killed since October 7, according to IDF figures.", 689,
     "soldiers"),
    ("Some 400 UN and aid workers have been killed in Gaza since the war began, according to the UN.", 400,
     "aid_workers"),
])
def test_two_kinds_of_people_sharing_a_noun_are_one_count(text, value, group):
    assert one(text, value, metric="killed").group == group


def test_others_after_a_group_are_of_that_group():
    text = "Two soldiers were killed and three others were wounded, the military said."
    assert one(text, 3).group == "soldiers"


def test_the_deaths_of_detainees_are_deaths_in_custody():
    text = "The Israeli military says it is investigating the deaths of 48 detainees from Gaza who were held in its facilities."
    assert one(text, 48).metric == "deaths_in_custody"


def test_people_brought_to_hospital_with_injuries_are_injured_and_no_part_of_the_toll_before():
    text = ("The ministry put the toll at 22 dead, including 6 children and 3 women, and said 70 people had been "
            "brought to al-Ahli Arab hospital with injuries.")
    assert [(f.value, f.metric) for f in figures_of(text)] == [
        (22, "killed"), (6, "killed"), (3, "killed"), (70, "injured")]


def test_a_part_of_them_takes_the_period_and_its_own_word():
    text = ("Nasser received 112 wounded people after shooting near a distribution point, MSF said; 21 of them were "
            "dead on arrival.\n\nHospitals received 164 injured people over the previous 24 hours. Sixteen of the "
            "injured were in critical condition.")
    found = [(f.value, f.metric, f.period, f.period_detail) for f in figures_of(text)]
    assert found == [(112, "injured", "period", "incident"), (21, "killed", "period", "incident"),
                     (164, "injured", "period", "24h"), (16, "injured", "period", "24h")]


def test_the_days_casualties_broken_down_under_a_header_are_of_that_day():
    text = ("The cumulative toll since October 8, 2023 has risen to 2,412 killed and 11,285 wounded, the ministry said."
            "\n\nThe statement broke down the day's casualties by governorate:\nNabatieh: 19 killed, 64 wounded\n"
            "South: 13 killed, 51 wounded\n")
    assert [f.period for f in figures_of(text)] == ["cumulative"] * 2 + ["period"] * 4


def test_number_words_in_a_list_of_parts_name_their_own_groups():
    text = ("An Israeli airstrike on a house in Deir al-Balah killed 15 Palestinians, including five children and "
            "three women.")
    assert [(f.value, f.group, f.period) for f in figures_of(text)] == [
        (15, "all", "period"), (5, "children", "period"), (3, "women", "period")]


def test_a_part_after_a_semicolon():
    text = ("Since January, 622 Palestinians have been killed in the West Bank, according to the MoH in Ramallah; "
            "150 of them were children.")
    assert (one(text, 150).metric, one(text, 150).group) == ("killed", "children")


def test_soldiers_inside_an_aside_are_not_the_whole_counts_group():
    text = "Sixteen people, including five soldiers, were killed in the attack."
    assert [(f.value, f.group) for f in figures_of(text)] == [(16, "all"), (5, "soldiers")]


def test_the_second_count_of_a_killed_and_injured_pair_keeps_the_group():
    text = "Since October 2023, 332 soldiers have been killed and 2,090 injured in Gaza."
    assert one(text, 2090).group == "soldiers"
    listed = "Among them are 160 children, 30 female prisoners, and 1,083 administrative prisoners."
    assert one(listed, 1083).group == "all"


@pytest.mark.parametrize("text,value,qualifier", [
    ("Another 6,400-plus Palestinians were injured.", 6400, "at_least"),
    ("Bed occupancy in some facilities is exceeding 300 per cent.", 300, "at_least"),
])
def test_plus_after_and_exceeding_before_are_lower_bounds(text, value, qualifier):
    assert one(text, value).qualifier == qualifier


@pytest.mark.parametrize("text", [
    "Two brothers aged 11 and 14 were killed in the strike.",
    "PCATI said it had filed more than 1,500 complaints on behalf of Palestinian detainees.",
    "The report is based on 112 testimonies from released detainees.",
    '"They are dying in custody and no one is held accountable," the Prisoners\' Society said.',
    "Since October 2023, 5,405 patients have been medically evacuated, WHO said.",
    "More than 12,000 patients, including about 4,500 children, are awaiting medical evacuation.",
])
def test_ages_documents_no_one_and_evacuees_are_no_figures(text):
    assert [(f.metric, f.value) for f in figures_of(text) if f.metric != "killed" or f.value != 2] == []


@pytest.mark.parametrize("text,value,metric", [
    ("According to the Prisoners' Society, 318 of the prisoners were minors under 18.", 318, "detainees"),
    ("The total number of martyrs of the prisoner movement since 1967 stands at 318.", 318, "deaths_in_custody"),
    ("Since 7 October 2023, 84 prisoners and detainees have been killed in Israeli prisons.", 84, "deaths_in_custody"),
    ("On Saturday, 183 prisoners and detainees were released.", 183, "released_detainees"),
    ("Around 1,500 detainees from Gaza had been released by the end of the month.", 1500, "released_detainees"),
    ("There are 47 patients in the intensive care unit, the director said.", 47, "icu_patients"),
])
def test_detention_and_hospital_wordings(text, value, metric):
    assert [(f.metric, f.value) for f in figures_of(text)] == [(metric, value)]


def test_a_section_heading_ends_the_carried_source_and_the_lists_period():
    text = ("The MoH in Gaza reports that at least 885 health workers have been killed since October 2023.\n\n"
            "- The following are among the deadly incidents reported between 17 and 20 August:\n"
            "  * On 19 August, seven Palestinians were reportedly killed in an air strike on Khan Younis.\n\n"
            "HUMANITARIAN ACCESS AND AID WORKERS\n\n"
            "At least 289 aid workers have been killed in Gaza since October 2023.\n\n"
            "HEALTH\n\n"
            "Per the Government Media Office in Gaza, 168 journalists have also been killed.")
    assert (one(text, 289).attributed_to, one(text, 289).period) == (None, "cumulative")
    assert one(text, 168).period == "cumulative"
    assert one(text, 7).period == "period"


def test_the_prison_services_word_carries_to_the_parts_of_its_count():
    text = ("Israel was holding 11,056 Palestinians, the Israel Prison Service said. The total is more than twice the "
            "number held on the eve of the war. Of them, 3,248 were serving sentences.")
    assert one(text, 3248).attributed_to == "Israel Prison Service"


@pytest.mark.parametrize("text,value,source,location", [
    ("An Israeli strike on the town of Qana in south Lebanon killed 11 people, the health ministry said.", 11,
     "Lebanese Ministry of Public Health", "Lebanon"),
    ("An Israeli strike killed 5 paramedics, the Lebanese Civil Defence said.", 5, "Lebanese Civil Defence", None),
])
def test_lebanese_bodies_and_places(text, value, source, location):
    figure = one(text, value)
    assert figure.attributed_to == source and (location is None or figure.location == location)


@pytest.mark.parametrize("text,value,source", [
    ("The director of Al-Shifa Medical Complex, Dr Mohammed Abu Salmiya, said on Tuesday that bed occupancy at the "
     "hospital had reached 300 percent.", 300, "Al-Shifa Medical Complex"),
    ('"We have 45 beds and today we had more than 60 wounded people in the building," said Dr. Wisam Bakr, the '
     "hospital's director.", 60, "hospital officials"),
])
def test_a_named_hospital_director_speaks_for_the_hospital(text, value, source):
    assert one(text, value).attributed_to == source


def test_a_semicolon_parts_two_speakers():
    text = "Israel says it killed 17 fighters; Hamas says 3 civilians died."
    assert [(f.value, f.attributed_to) for f in figures_of(text)] == [(17, "Israeli officials"), (3, "Hamas")]


@pytest.mark.parametrize("text,value", [
    ("Another 6 people died in Khan Younis, in the south.", 6),
    ("The army said one reservist had been lightly wounded.", 1),
    ('The Israeli military said its aircraft had struck "a terrorist cell" and that troops had killed 6 gunmen '
     "during exchanges of fire.", 6),
])
def test_small_counts_in_the_past_or_past_perfect_are_one_event(text, value):
    assert one(text, value).period == "period"


@pytest.mark.parametrize("text", [
    "At least 28 children died of malnutrition, the ministry said.",
    "Three Israelis died in attacks by Palestinians in the West Bank.",
])
def test_deaths_of_hunger_or_of_many_attacks_are_no_one_event(text):
    assert [f.period for f in figures_of(text)] == ["cumulative"]


def test_a_date_after_a_reporting_verb_is_the_statements_not_the_counts():
    text = "Military data published last week showed that 2,219 soldiers have been wounded in the ground operation."
    assert one(text, 2219).period == "cumulative"


def test_others_wounded_without_a_verb_are_of_the_group_before_and_the_day_after():
    text = ("Two Israel Defense Forces soldiers were killed and three others seriously wounded during fighting in the "
            "southern Gaza Strip on Tuesday, the military announced Wednesday morning.")
    assert (one(text, 3).group, one(text, 3).period) == ("soldiers", "period")


def test_a_window_opening_a_long_sentence_dates_all_its_counts():
    text = ("Hospitals in the Gaza Strip received, over the past 48 hours, 9 martyrs (3 new martyrs and 6 bodies "
            "recovered from under the rubble) in addition to 21 injured, among them 5 children.")
    assert {f.period_detail for f in figures_of(text)} == {"48h"}


@pytest.mark.parametrize("text,value,source", [
    ("Over 1,200 Israelis and foreign nationals killed (Israeli sources)", 1200, "Israeli officials"),
    ("Figures from the Israeli Prison Service, obtained by the Israeli rights group HaMoked, show that as of early "
     "August 9,881 Palestinians were being held in Israeli prisons.", 9881, "Israel Prison Service"),
    ("As of 1 March 2025, the Israeli Prison Service was holding 9,900 Palestinians on security grounds, according "
     "to data obtained by HaMoked.", 9900, "Israel Prison Service"),
    ("According to figures provided to HaMoked by the Israel Prison Service, 3,405 people are held in administrative "
     "detention.", 3405, "Israel Prison Service"),
])
def test_the_body_whose_count_it_is_not_the_one_that_obtained_it(text, value, source):
    assert one(text, value).attributed_to == source


def test_a_footnote_mark_closing_a_key_figures_line():
    text = ("45,885 killed in the Gaza Strip*\n109,196 injured in the Gaza Strip*\n\n"
            "* According to the Ministry of Health (MoH) in Gaza, as of 6 January 2025.")
    assert {f.attributed_to for f in figures_of(text)} == {"Gaza Ministry of Health"}


@pytest.mark.parametrize("text,value,metric", [
    ("Thirty-three hostages, 25 of them alive and 8 dead, were handed over during the first phase.", 33,
     "hostages_released"),
    ("16 Israeli hostages have now been released since the ceasefire took effect.", 16, "hostages_released"),
    ("Of the 36 hospitals in Gaza, just 18 are partially functioning, WHO said.", 18, "hospitals_partially_functioning"),
    ("Israeli strikes across Lebanon kill dozens as toll passes 2,300", 2300, "killed"),
    ("That brings the number of people killed since the ceasefire began on Oct. 10 to 312, with 871 wounded.", 312,
     "killed"),
    ("The army said at least 19 militants had been eliminated in the operation.", 19, "killed"),
    ("UNRWA alone has lost 284 staff since the war began.", 284, "killed"),
    ("Medics treated 9 people for gunshot wounds.", 9, "injured"),
    ("An Israeli strike on a building in Qana killed 11 people, three of them children, and wounded 27.", 27, "injured"),
    ("Five hospitals in the south have been forced to close and four others are operating at reduced capacity.", 4,
     "hospitals_partially_functioning"),
    ("The ministry has documented 218 attacks on ambulances, emergency teams and hospitals.", 218,
     "attacks_on_health_care"),
    ("The union recorded the arrest of more than 80 journalists.", 80, "arrests"),
    ("The army is investigating 48 deaths of detainees held by the army.", 48, "deaths_in_custody"),
    ("The total number of arrests in the West Bank since the beginning of the war of genocide on 7 October 2023 has "
     "risen to 22,300.", 22300, "arrests"),
])
def test_wordings_of_news_and_un_reports(text, value, metric):
    assert one(text, value).metric == metric


def test_the_agencys_staff_are_aid_workers():
    assert one("According to UNRWA, 273 of the agency's staff had been killed.", 273).group == "aid_workers"


def test_an_arabic_header_since_a_stated_date_and_a_part_of_children():
    from parsers.arabic import extract_arabic_figures
    text = ("🔴 حصيلة العدوان منذ 18 مارس 2025:\n• 10,218 شهيداً\n\n🔴 خلال 24 ساعة الماضية:\n"
            "• عدد الإصابات: ١١ إصابة، بينها ٣ أطفال\n• فيما أصيب ٥ مواطنين آخرين في قصف مدفعي\n"
            "ليرتفع إجمالي الشهداء منذ 27 مايو إلى 1,881 شهيداً\n")
    found = [(f.metric, f.value, f.group, f.period, f.period_start)
             for f in extract_arabic_figures(text, published=dt.date(2025, 8, 2))]
    assert found == [("killed", 10218, "all", "cumulative", dt.date(2025, 3, 18)),
                     ("injured", 11, "all", "period", None), ("injured", 3, "children", "period", None),
                     ("injured", 5, "all", "period", None),
                     ("killed", 1881, "all", "cumulative", dt.date(2025, 5, 27))]


def test_a_share_written_with_a_slash():
    text = "18/36 hospitals partially functional\n\nThe clinic is open 24/7 and its staff worked 12/05 shifts."
    assert [(f.metric, f.value) for f in figures_of(text)] == [
        ("hospitals_partially_functioning", 18), ("hospitals_total", 36)]


def test_a_header_naming_the_count_heads_the_dated_rows_under_it():
    text = ("As of the end of December 2025, the IPS was holding 3,362 Palestinians in administrative detention.\n\n"
            "Palestinians held in administrative detention by the IPS, end of month:\n\n"
            "July 2025        3,577\nAugust 2025      3,629\n")
    found = [(f.metric, f.value, f.as_of) for f in figures_of(text, published="2026-01-18")][1:]
    assert found == [("administrative_detainees", 3577, dt.date(2025, 7, 1)),
                     ("administrative_detainees", 3629, dt.date(2025, 8, 1))]


@pytest.mark.parametrize("text,value,metric,group", [
    # (one man is group men since 2026-11-29, as most probe labels have it)
    ("A young man was killed and eleven other citizens were injured when settlers stormed the village.", 1, "killed",
     "men"),
    ("A Palestinian was killed by settler gunfire on Sunday, the health ministry said.", 1, "killed", "all"),
    ("Israeli forces killed two Palestinians in Tubas, including a child.", 1, "killed", "children"),
    ("On 20 August, a 15-year-old boy was shot and killed near Hebron.", 1, "killed", "children"),
    ("An Israeli strike hit a car, killing a paramedic.", 1, "killed", "health_workers"),
])
def test_one_person_named_by_an_article_is_a_count_of_one(text, value, metric, group):
    figure = one(text, value, metric=metric)
    assert (figure.group, text[figure.char_start:figure.char_end].lower()) == (group, "a")


def test_an_article_before_no_person_or_no_event_is_no_count():
    assert figures_of("A man said he had lost a brother. A strike was reported on a house in Gaza.") == []


def test_a_prisoners_society_named_as_source_is_no_detention_word_and_were_detained_by_is_an_arrest():
    text = ("Israeli forces arrested 18 citizens in the West Bank overnight, among them three children, according to "
            "the Palestinian Prisoners' Society.\n\nNine people were detained by Israeli troops during the raid.")
    assert [(f.metric, f.value) for f in figures_of(text)] == [("arrests", 18), ("arrests", 3), ("arrests", 9)]


def test_a_cue_in_the_numbers_own_clause_beats_the_sentences_running_frame():
    text = ("The MoH said that 1,580 health workers have been killed since October 2023, while PRCS reported that two "
            "of its paramedics were injured on 19 June.")
    assert [(f.value, f.period) for f in figures_of(text)] == [(1580, "cumulative"), (2, "period")]
    shared = ("Since October 8 of last year, 163 paramedics have been killed, while the ministry has documented 218 "
              "attacks on ambulances and hospitals.")
    assert one(shared, 218).period == "cumulative"


@pytest.mark.parametrize("text,value", [
    ("Palestinians killed (reporting period): 612", 612),
    ("Some 612 Palestinians were killed and 2,347 injured over the two-week period.", 2347),
    ("Three soldiers were killed in southern Gaza during the reporting period.", 3),
])
def test_the_reporting_period_is_a_period(text, value):
    assert one(text, value).period == "period"


def test_the_split_of_a_count_by_who_caused_it():
    text = "Some 86 Palestinians were injured on Friday, 61 by Israeli forces and 25 by settlers."
    assert [(f.metric, f.value, f.period) for f in figures_of(text)] == [
        ("injured", 86, "period"), ("injured", 61, "period"), ("injured", 25, "period")]


def test_a_table_written_with_pipes_under_a_dated_caption():
    text = ("Table 1: Casualties reported by the MoH, by governorate (8-21 June)\nGovernorate | Killed | Injured\n"
            "North Gaza | 141 | 512\nKhan Younis | 161 | 583\n\nThe crossings stayed closed.")
    found = [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2025-06-22")]
    assert found == [("killed", 141, "period", "14d"), ("injured", 512, "period", "14d"),
                     ("killed", 161, "period", "14d"), ("injured", 583, "period", "14d")]


def test_a_monthly_detention_table_with_a_group_column():
    text = ("Month      | Security inmates | Administrative detainees | Minors\n"
            "|---|---|---|---|\nJan 2025   | 10,221           | 3,405                    | 320\n")
    found = [(f.metric, f.value, f.group, f.as_of) for f in figures_of(text, published="2025-06-22")]
    assert found == [("detainees", 10221, "all", dt.date(2025, 1, 1)),
                     ("administrative_detainees", 3405, "all", dt.date(2025, 1, 1)),
                     ("detainees", 320, "children", dt.date(2025, 1, 1))]


@pytest.mark.parametrize("text,value,metric,group,qualifier", [
    ("Children killed: >14,100", 14100, "killed", "children", "at_least"),
    ("Al-Ahli Arab Hospital had 92 inpatients on Monday.", 92, "patients", "all", "exact"),
    ("Nasser Medical Complex had 420 patients on Sunday, including 38 in intensive care.", 38, "icu_patients", "all",
     "exact"),
    ("The army detained about 4,500 people in Gaza, of whom around 2,100 were released after questioning.", 2100,
     "released_detainees", "all", "approx"),
    ("Six Palestinian inmates died in IPS custody in October 2025 alone.", 6, "deaths_in_custody", "all", "exact"),
    ("Four members of the Israeli forces were injured.", 4, "injured", "soldiers", "exact"),
    ("Over 1,000 health and care workers have been killed.", 1000, "killed", "health_workers", "at_least"),
    ("29 Palestinian women and girls are held, among them 11 administrative detainees.", 29, "detainees", "women",
     "exact"),
    ("8 hospitals have been forced to close completely and 7 others are operating only partially.", 7,
     "hospitals_partially_functioning", "all", "exact"),
    # field hospitals are a series of their own (group field_hospitals since 2026-11-27)
    ("6 field hospitals are currently operating, 4 of them fully and 2 partially.", 2,
     "hospitals_partially_functioning", "field_hospitals", "exact"),
    ("Bed occupancy averages 146%.", 146, "bed_occupancy_pct", "all", "exact"),
])
def test_round_two_wordings(text, value, metric, group, qualifier):
    figure = one(text, value)
    assert (figure.metric, figure.group, figure.qualifier) == (metric, group, qualifier)


@pytest.mark.parametrize("text", [
    "Israel will free another 150 prisoners next week if the second stage goes ahead as planned, officials said.",
    "14 more hostages are due to be released on Saturday.",
    "The deal would see 50 hostages freed in exchange for 150 Palestinian prisoners.",  # its terms, not yet done
])
def test_a_planned_release_is_no_count(text):
    assert figures_of(text) == []


def test_lebanons_ministry_of_public_health_and_its_operations_centre():
    text = ("Republic of Lebanon – Ministry of Public Health\n\nThe cumulative toll since 8 October 2023 has risen to "
            "3,103 martyrs and 13,856 wounded, the Public Health Emergency Operations Centre announced.")
    assert {f.attributed_to for f in figures_of(text)} == {"Lebanese Ministry of Public Health"}


def test_a_statistics_page_whose_figures_a_body_provided_is_that_bodys_all_the_way_down():
    text = ("As of the beginning of May 2025, the Israel Prison Service (IPS) was holding 10,068 Palestinians as "
            '"security" inmates, according to figures the IPS provided to B\'Tselem. Of these:\n\n'
            "- 3,577 were held in administrative detention;\n\nThe rest were awaiting trial.\n\n"
            "Children\n\nAt the end of April, 331 Palestinian minors were held.\n\nMonth | Administrative detainees\n"
            "Jan 2025 | 3,405\nFeb 2025 | 3,382\nMar 2025 | 3,498\nApr 2025 | 3,577\nMay 2025 | 3,590\n")
    assert {f.attributed_to for f in figures_of(text, published="2025-05-14")} == {"Israel Prison Service"}


def test_a_un_special_rapporteur():
    text = ("The Special Rapporteur said that in the 12 months to January 2026, 14 Palestinians had died in Israeli "
            "prisons.")
    assert one(text, 14).attributed_to == "UN Special Rapporteur"


@pytest.mark.parametrize("text,value,source", [
    ("According to the Syrian Observatory for Human Rights, a Britain-based monitor, Israeli strikes and raids have "
     "killed at least 112 people in Syria this year.", 112, "Syrian Observatory for Human Rights"),
    ("More than 411 aid workers have been killed, according to the Aid Worker Security Database and UN records.", 411,
     "Aid Worker Security Database"),
    ('OCHA puts the number of aid workers killed in Gaza since the start of the war at "at least 540", a figure that '
     "includes 49 staff and volunteers of the Palestine Red Crescent Society.", 49, "OCHA"),
    ("The Health Ministry says more than 340 people have been killed and 950 wounded in Israeli attacks since the "
     "truce, while the UN human rights office said at least 127 of those killed were civilians.", 950,
     "Gaza Ministry of Health"),
])
def test_unlisted_bodies_puts_and_a_while_clauses_speaker(text, value, source):
    assert one(text, value).attributed_to == source


def test_a_weekdays_possessive_is_no_period():
    text = ("With Saturday's handover, 19 Israeli hostages have been freed since the ceasefire took hold on "
            "January 19.")
    assert one(text, 19, published="2025-02-16").period == "cumulative"


def test_the_agency_named_before_is_not_an_unlisted_body():
    text = "UNRWA said 254 of its staff were killed. More than 20 staff members remain in detention, according to the Agency."
    assert one(text, 20).attributed_to == "UNRWA"


def test_a_numbered_lists_markers_break_no_part_of_its_whole():
    text = ("1. Gaza Strip hospitals received 79 martyrs and 163 injuries over the past 48 hours.\n"
            "2. Among the martyrs are 31 children and 17 women.\n")
    assert [(f.value, f.period_detail) for f in figures_of(text)] == [(79, "48h"), (163, "48h"), (31, "48h"), (17, "48h")]


def test_a_header_of_the_past_week_dates_its_lines():
    text = "Toll of the past week by governorate:\n– Nabatieh: 97 martyrs, 312 wounded\n"
    assert {f.period_detail for f in figures_of(text)} == {"week"}


def test_a_separator_and_a_press_statements_heading_end_the_carried_source():
    text = ("WHO said 18 hospitals were partially functional.\n\n———\n\nPress statement by the Director General of "
            "Al-Shifa Medical Complex\n\nThe complex now operates with only 250 beds.")
    assert one(text, 250).attributed_to == "Al-Shifa Medical Complex"


def test_arabic_running_toll_without_a_header_and_the_twenty_four_hours_in_words():
    from parsers.arabic import extract_arabic_figures
    text = ("ارتفعت حصيلة العدوان الإسرائيلي إلى 1,021 شهيداً و 6,511 إصابة.\n"
            "1. وصل إلى مستشفيات قطاع غزة خلال الساعات الأربع والعشرين الماضية 94 شهيداً و 412 إصابة.\n")
    found = [(f.value, f.period, f.period_detail) for f in extract_arabic_figures(text)]
    assert found == [(1021, "cumulative", None), (6511, "cumulative", None), (94, "period", "24h"),
                     (412, "period", "24h")]


@pytest.mark.parametrize("text,value,metric", [
    ("In Beit Jinn, three residents were killed and at least six others wounded.", 3, "killed"),
    ("Israel has released more than 1,100 Palestinians in that time.", 1100, "released_detainees"),
    ("At least 15 people were believed to be trapped beneath a collapsed building.", 15, "missing"),
    ("Israeli strikes kill four in south Lebanon", 4, "killed"),
    ("The Israeli Prison Service (IPS) held 10,800 Palestinians at the start of the month.", 10800, "detainees"),
])
def test_round_two_news_and_detention_wordings(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text,kept", [
    ("The strike killed six people, two of them children aged four and seven.", [6, 2]),
    ("The number of administrative detainees fell by 143 from the previous month.", []),
])
def test_ages_in_words_and_a_change_by_are_no_counts(text, kept):
    assert [f.value for f in figures_of(text)] == kept


def test_six_others_wounded_after_three_killed_are_of_the_same_event():
    assert one("In Beit Jinn, three residents were killed and at least six others wounded.", 6).period == "period"


@pytest.mark.parametrize("text,value,period_detail", [
    ("On 12 and 13 May, 103 people were killed and 221 injured, the Ministry said.", 221, "2d"),
    ("Hospitals received 20 martyrs and 65 injured during the week.", 65, "week"),
])
def test_two_named_days_and_during_the_week(text, value, period_detail):
    assert one(text, value, published="2025-05-14").period_detail == period_detail


@pytest.mark.parametrize("text,value,metric,group", [
    ("More than 1,580 health workers have been killed since October 2023, and at least 360 remain in detention.", 360,
     "detainees", "health_workers"),
    ("He added that 11 members of the hospital staff had been killed since the start of the war.", 11, "killed",
     "health_workers"),
    ("1,402 members of the health cadres have been martyred since the start of the aggression.", 1402, "killed",
     "health_workers"),
])
def test_the_group_reaches_an_elliptic_clause_and_members_of_a_staff(text, value, metric, group):
    figure = one(text, value)
    assert (figure.metric, figure.group) == (metric, group)


@pytest.mark.parametrize("text", [
    "The boy Yazan Mahmoud Zakarneh (16) and Mohammad Ali Kmail (23) were named by the ministry.",
    "The daily average was about 6 martyrs per day.",
])
def test_a_full_names_age_and_a_rate_are_no_counts(text):
    assert figures_of(text) == []


def test_a_place_and_its_count_in_brackets_stay_a_count():
    text = "Arrests were highest in Hebron governorate, where 17 people were detained, followed by Nablus (9)."
    assert 9 in [f.value for f in figures_of(text)]


@pytest.mark.parametrize("text,value,metric,group", [
    ('Some 312 Palestinian children from the occupied West Bank were held as "security prisoners" at the end of April.',
     312, "detainees", "children"),
    ("According to IPS data obtained by HaMoked, 164 minors were held as security inmates on 31 December 2025.", 164,
     "detainees", "children"),
    ("64 Palestinian journalists have been arrested since October 2023, 49 of whom are still held.", 49, "detainees",
     "journalists"),
])
def test_round_three_detention_wordings(text, value, metric, group):
    figure = one(text, value)
    assert (figure.metric, figure.group) == (metric, group)


@pytest.mark.parametrize("text", [
    "The IPS said it had 21,800 beds in total across its facilities.",
    "The two bodies said in a joint statement that the man had been arrested.",
    "The Justice Ministry is considering early release for about 1,000 criminal prisoners.",
])
def test_prison_beds_organisations_and_a_considered_release_are_no_counts(text):
    assert figures_of(text) == []


def test_captions_headings_and_a_further_count_give_their_periods():
    text = ("During October 2025, OHCHR verified the killing of 17 Palestinians in the West Bank. A further 212 "
            "Palestinians were injured, including 61 by live ammunition.\n\n"
            "Table 1. Palestinian casualties, West Bank, October 2025\nGovernorate | Killed | Injured\nJenin | 6 | 41\n\n"
            "Distribution of the week's casualties by governorate\nGovernorate | Martyrs | Injured\nRafah | 3 | 7\n\n"
            "West Bank – past 24 hours (ministry daily report)\n• Martyrs: 4\n• Injured: 26\n")
    found = {f.value: f.period_detail for f in figures_of(text, published="2025-11-05")}
    assert found[212] == found[61] == found[17] and found[6] == found[41] == "month"
    assert found[3] == found[7] == "week" and found[4] == found[26] == "24h"


def test_a_month_after_said_dates_the_statement():
    text = ("The Committee to Protect Journalists said in December that 249 journalists had been killed since the war "
            "began.")
    assert one(text, 249).period == "cumulative"


@pytest.mark.parametrize("text,value,source", [
    ("Reporters Without Borders (RSF) says Israel's army has killed over 220 journalists in Gaza.", 220,
     "Reporters Without Borders"),
    ("Magen David Adom paramedics said 4 people were lightly hurt.", 4, "Magen David Adom"),
])
def test_the_agent_of_a_killing_is_no_speaker_and_a_bodys_own_people_speak_for_it(text, value, source):
    assert one(text, value).attributed_to == source


def test_unnamed_rights_groups_and_a_body_that_disputes_the_number_give_no_source():
    text = ("RSF says 220 journalists have been killed.\n\nPalestinian rights organizations say at least 77 detainees "
            "have died in Israeli custody since the war began, a number the IPS does not confirm.")
    assert one(text, 77).attributed_to is None


# --- review of the probe rules: each wrong reading the review found ---------------------------------

def test_a_second_text_table_after_a_blank_line_reads_its_own_header():
    text = ("Governorate | Killed | Injured\nNorth Gaza | 141 | 512\n\n"
            "Governorate | Detainees\nHebron | 45\n")
    found = [(f.metric, f.value) for f in figures_of(text, published="2025-06-03")]
    assert found == [("killed", 141), ("injured", 512), ("detainees", 45)]


@pytest.mark.parametrize("text,value,period", [
    ("Airstrikes hit Rafah on Monday, killing an estimated 30 Palestinian civilians.", 30, "period"),
    ("Airstrikes hit Rafah, killing an estimated 30 people.", 30, "period"),
    ("Settlers attacked the village, injuring a further 12 Palestinian farmers.", 12, "period"),
])
def test_an_article_before_a_number_is_the_numbers_not_one_person(text, value, period):
    found = figures_of(text, published="2025-06-03")
    assert [f.value for f in found] == [value] and found[0].period == period


def test_an_article_before_the_age_of_one_person_still_counts_one():
    assert one("A 15-year-old boy was shot dead in Jenin on Tuesday.", 1).group == "children"


@pytest.mark.parametrize("text,value,metric", [
    ("Israel is holding 9,000 detainees who will face military trials, the IPS said.", 9000, "detainees"),
    ("Some 3,400 Palestinians are held in administrative detention; the court would hear appeals in May.", 3400,
     "administrative_detainees"),
    ("The army said 120 hostages are still held in Gaza and it will continue the operation.", 120, "hostages_held"),
])
def test_a_modal_about_something_else_is_no_planned_release(text, value, metric):
    assert one(text, value).metric == metric


def test_arabic_since_a_count_of_days_is_a_period_not_a_running_total():
    from parsers.arabic import extract_arabic_figures

    figure = extract_arabic_figures("منذ 3 أيام:\n• الشهداء: 12")[0]
    assert (figure.value, figure.period, figure.period_detail, figure.period_start) == (12, "period", "3d", None)


def test_a_place_and_a_count_in_brackets_is_no_name_and_age():
    from parsers.numbers import find_numbers

    text = "Killed in the past week: Khan Younis Governorate (23), Jenin Refugee Camp (12); Mohammad Ali Kmail (23)."
    assert [n.value for n in find_numbers(text)] == [23, 12]


def test_were_released_in_a_month_is_the_event_not_the_statement():
    assert one("Some 1,200 prisoners were released in March under the deal, the Commission said.", 1200,
               published="2025-06-01").period_detail == "month_or_year"


def test_a_byline_between_two_paragraphs_does_not_end_the_carried_source():
    text = ("The Gaza health ministry said 44,100 people have been killed since the war began.\nBy Jane Doe\n"
            "In Rafah, 22 people were killed overnight.")
    assert one(text, 22).attributed_to == "Gaza Ministry of Health"


# --- round four of the probes ------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,group,qualifier", [
    ("Since 7 October 2023, 1,003 Palestinians, including 208 children, were killed and 7,150 injured.", 7150, "all",
     "exact"),
    ("At least 25 Palestinians, among them four women, have been killed and 112 injured in the past 24 hours.", 112,
     "all", "at_least"),
    ("At least 25 soldiers, among them four women, have been killed and 112 injured.", 112, "soldiers", "at_least"),
])
def test_the_second_of_a_pair_takes_the_wholes_group_and_qualifier_past_an_aside(text, value, group, qualifier):
    figure = one(text, value)
    assert (figure.group, figure.qualifier) == (group, qualifier)


@pytest.mark.parametrize("text,value", [
    ("The Commission said that 68 prisoners and detainees whose identities are known have died in Israeli custody "
     "since the start of the war, 41 of them from Gaza.", 68),
    ("The Commission said that 68 prisoners and detainees whose identities are known have died in Israeli custody "
     "since the start of the war, 41 of them from Gaza.", 41),
    ("PHRI said at least 61 Palestinians had died in the custody of the Prison Service and the army since October 2023.",
     61),
    ("The military said it was aware of the deaths of 36 detainees held in its facilities.", 36),
    ("Israel holds 9,500 prisoners in its jails, where 75 have died in custody since 2023.", 75),
])
def test_a_death_in_custody_named_after_the_count(text, value):
    assert one(text, value).metric == "deaths_in_custody"


def test_a_death_in_custody_in_another_clause_leaves_the_count_alone():
    text = "Twelve people were killed in the strike, and a detainee died in Israeli custody on the same day."
    assert one(text, 12).metric == "killed"


def test_bulletin_headings_with_emoji_a_weekday_date_line_and_numbered_sections():
    text = ("Sunday 21 July 2024\n\n🕐 Last 24 hrs\n⚰️ 64 martyrs\n\n📊 Toll since 7 October 2023\nMartyrs: 38,983\n\n"
            "2. Toll of the past 24 hours\n- Nabatieh: 19 killed\n")
    found = {f.value: (f.period, f.period_detail, f.period_start) for f in figures_of(text, published="2024-07-21")}
    assert found[64] == ("period", "24h", None) and found[19] == ("period", "24h", None)
    assert found[38983] == ("cumulative", None, dt.date(2023, 10, 7))


def test_the_days_wounded_are_that_days():
    assert one("The Lebanese Italian Hospital alone admitted 37 of the day's wounded.", 37).period == "period"


@pytest.mark.parametrize("text,value,group", [
    ("Among the seven newly killed were three children and one woman.", 7, "all"),
    ("Among the seven newly killed were three children and one woman.", 3, "children"),
    ("Nine people, four of them children, were killed when a drone struck a house.", 9, "all"),
    ("Nine people, four of them children, were killed when a drone struck a house.", 4, "children"),
])
def test_who_was_counted_ends_at_the_next_number_and_a_counted_aside(text, value, group):
    assert one(text, value).group == group


def test_a_counted_aside_with_its_own_pair_is_no_aside():
    text = "Field hospitals: 6 field hospitals are currently operating, 4 of them fully and 2 partially."
    assert one(text, 2).metric == "hospitals_partially_functioning"


def test_a_headline_about_one_strike_does_not_date_the_story_under_it():
    text = ("Israeli strike on Gaza school kills dozens, rescuers say\n\nBy The Associated Press\n\n"
            "Since the ceasefire collapsed, 2,701 Palestinians have been killed, the Gaza Health Ministry said.")
    assert one(text, 2701).period == "cumulative"


def test_a_blow_told_under_a_running_totals_heading_is_one_event_but_its_list_lines_are_the_total():
    text = ("Casualties since 7 October 2023\n\n1,016 Palestinians were killed in the West Bank. Of these:\n"
            "- 32 were killed by settlers\n\nFour paramedics were injured while on duty.")
    found = {f.value: f.period for f in figures_of(text, published="2025-09-01")}
    assert found == {1016: "cumulative", 32: "cumulative", 4: "period"}


@pytest.mark.parametrize("text,value,source", [
    ("The Hamas-run government media office has kept its own tally. Meanwhile, aid was blocked, according to UNICEF.\n\n"
     "The office said 274 people had been killed since the ceasefire collapsed.", 274, "Gaza Government Media Office"),
    ("The Commission of Detainees' Affairs and the Palestinian Prisoners' Society issued a joint statement on Monday. "
     "Separately, Addameer said it was worried.\n\nThe Commission and the Society said that 68 prisoners have died in "
     "Israeli custody since the start of the war.", 68, "Commission for Prisoners' Affairs"),
    ("The Hostages and Missing Families Forum held a rally. The army said troops were in Rafah.\n\n"
     "The Forum, which keeps its own count, put the number of hostages returned alive at 168.", 168,
     "Hostages and Missing Families Forum"),
])
def test_a_body_named_again_by_the_head_noun_of_its_name(text, value, source):
    assert one(text, value).attributed_to == source


def test_upward_of_is_a_lower_bound():
    assert one("The office said upward of 2,100 people were injured.", 2100).qualifier == "at_least"


def test_an_arrow_between_a_label_and_its_count_is_its_colon_and_the_quote_keeps_the_arrow():
    text = "📊 Toll since 7 October 2023\n⚰️ Martyrs ➡️ 38,983\n👩 women ➡️ 10,987\n✅ hospitals partly working ➡️ 12 out of 36\n"
    found = {f.value: f for f in figures_of(text, published="2024-07-21")}
    assert (found[10987].metric, found[10987].group) == ("killed", "women")
    assert found[12].metric == "hospitals_partially_functioning" and found[36].metric == "hospitals_total"
    assert found[10987].quote == "👩 women ➡️ 10,987"
    assert text[found[10987].char_start:found[10987].char_end] == "10,987"


def test_arabic_labels_name_their_group_and_a_hospitals_name_is_no_count_of_martyrs():
    from parsers.arabic import extract_arabic_figures

    text = ("منذ بدء العدوان:\nالشهداء الأطفال: ١٧٬٨٤١\nالشهداء من النساء: ١٢٬٢٩٨\n"
            "مستشفى شهداء الأقصى يعمل بنسبة إشغال تصل إلى ٢٠٠٪ ويحتوي على ١٢٠ سريراً\n")
    # the hospital's line gives its occupancy and beds (since 2026-11-27), never a count of martyrs
    assert [(f.metric, f.value, f.group) for f in extract_arabic_figures(text)] == [
        ("killed", 17841, "children"), ("killed", 12298, "women"), ("bed_occupancy_pct", 200, "all"), ("beds", 120, "all")]


def test_a_table_aligned_with_spaces_under_a_captions_source():
    text = ("The ICRC said its teams had facilitated the transfer of the released men.\n\n"
            "According to the Palestinian Commission of Detainees' Affairs, the releases broke down as follows:\n\n"
            "Category                                   Released\nServing life sentences                          18\n"
            "Serving long sentences                          54\nGaza residents detained after Oct 7            111\n"
            "Total                                          183\n")
    found = [(f.metric, f.value, f.attributed_to) for f in figures_of(text, published="2025-02-08")]
    assert found == [("released_detainees", value, "Commission for Prisoners' Affairs") for value in (18, 54, 111, 183)]
    assert all(text[f.char_start:f.char_end] == str(int(f.value)) for f in figures_of(text, published="2025-02-08"))


@pytest.mark.parametrize("text,value,metric", [
    ("Israel says it is fighting to pressure Hamas to release the 59 hostages it still holds.", 59, "hostages_held"),
    ("Families called for the release of all 59 hostages.", 59, "hostages_held"),
    ("Hamas released 33 hostages during the truce.", 33, "hostages_released"),
])
def test_a_demanded_release_counts_the_hostages_still_held(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text", [
    "Hamas agreed to release 33 hostages in the first phase.",
    "The deal provides for the release of 33 Israeli hostages in exchange for 1,900 prisoners.",
])
def test_an_agreed_release_is_a_plan(text):
    assert figures_of(text) == []


def test_an_of_these_list_with_dot_leaders_breaks_down_the_count_before_it():
    text = ("As of 30 April, OHCHR had verified the deaths of 9,284 Palestinians killed in the Gaza Strip. Of these:\n"
            "  children (under 18) .......... 4,012\n  women ........................ 2,391\n"
            "  men (18-59) .................. 2,263\n  older people (60 and over) ..... 618\n")
    found = [(f.value, f.group, f.attributed_to) for f in figures_of(text, published="2025-05-01")]
    assert found == [(9284, "all", "OHCHR"), (4012, "children", "OHCHR"), (2391, "women", "OHCHR"),
                     (2263, "men", "OHCHR"), (618, "elderly", "OHCHR")]
    assert figures_of(text, published="2025-05-01")[1].quote == "children (under 18) .......... 4,012"


def test_a_category_number_table_under_a_caption_and_a_second_table_of_groups():
    text = ("Table 1: Palestinian \"security\" inmates held by the IPS, as of 1 February 2025\n\nCategory | Number\n"
            "Administrative detainees (held without charge or trial) | 3,405\nTotal | 11,358\n\n"
            "Table 2: Selected groups within the total (same date)\n\nCategory | Number\nMinors (under 18) | 296\n"
            "  of whom administrative detainees | 88\nWomen | 41\n")
    found = [(f.metric, f.value, f.group) for f in figures_of(text, published="2025-02-01")]
    assert found == [("administrative_detainees", 3405, "all"), ("detainees", 11358, "all"), ("detainees", 296, "children"),
                     ("administrative_detainees", 88, "children"), ("detainees", 41, "women")]


def test_a_change_from_a_dated_count_keeps_the_last():
    text = "The number of administrative detainees went from 3,211 on 1 January to 3,405 this month."
    assert [f.value for f in figures_of(text, published="2025-02-01")] == [3405]


@pytest.mark.parametrize("text,value,metric", [
    ("Israeli forces have arrested about 12,000 Palestinians in the West Bank since October 2023, prisoners' groups "
     "say in a joint update.", 12000, "arrests"),
    ("With Ronen's return, the bodies of 25 of the 28 deceased hostages have now been brought back to Israel.", 28,
     "hostages_dead"),
    ("All 20 living hostages still held at the time the truce took effect were released on October 13.", 20,
     "hostages_released"),
])
def test_round_four_metrics(text, value, metric):
    assert one(text, value, published="2025-10-20").metric == metric


@pytest.mark.parametrize("text", [
    "Only 6 of 22 UNRWA health centres were operational.",
    "WHO has supported the medical evacuation of 5,325 patients since October 2023.",
])
def test_health_centres_and_evacuated_patients_are_no_hospital_figures(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text,value,metric,group", [
    ('The army said it had "eliminated" two Hezbollah operatives in the area.', 2, "killed", "fighters"),
    ('He said the army had killed "more than 1,400 people, a third of them children".', 1400, "killed", "all"),
    ("At least nine Palestinians died in Ketziot between October 2023 and September 2025.", 9, "deaths_in_custody", "all"),
    ("Our bed occupancy is above 300 percent, the director said.", 300, "bed_occupancy_pct", "all"),
])
def test_round_five_wordings(text, value, metric, group):
    figure = one(text, value)
    assert (figure.metric, figure.group) == (metric, group)


@pytest.mark.parametrize("text", [
    "He has lost 23 kilograms during the hunger strike, his lawyer said of the detainee.",
    "The Committee urged compliance with articles 2 and 16 of the Convention on detainees.",
])
def test_weights_and_articles_are_no_counts(text):
    assert figures_of(text) == []


def test_a_capacity_is_no_count_of_the_held():
    text = "Ketziot was holding about 3,100 prisoners, against an official capacity of roughly 2,200."
    assert [f.value for f in figures_of(text)] == [3100]


def test_the_preceding_day_and_a_journalists_syndicate():
    found = figures_of("The ministry recorded 58 deaths over the preceding day.\n\nThe deaths bring to 231 the number of "
                       "journalists killed, the Palestinian Journalists Syndicate said.")
    assert found[0].period_detail == "24h" and found[1].attributed_to == "Palestinian Journalists Syndicate"


@pytest.mark.parametrize("text,value,expected", [
    ("Two brothers, aged 19 and 25, were killed in a strike on their car.", 2, ("killed", "exact")),
    ("A further 200 or so were wounded in the strike.", 200, ("injured", "approx")),
    ("Bed occupancy at the hospital is estimated at 240 per cent.", 240, ("bed_occupancy_pct", "approx")),
])
def test_an_aside_of_ages_and_qualifiers_after_or_around_the_count(text, value, expected):
    figure = one(text, value)
    assert (figure.metric, figure.qualifier) == expected


@pytest.mark.parametrize("text", [
    "Children as young as 12 are being arrested in the raids.",
    "Nineteen hospitals are partially functional and not a single one is fully functional.",
])
def test_an_age_floor_and_not_a_single_one_are_no_counts(text):
    assert all(f.value not in (1, 12) for f in figures_of(text))


def test_a_statement_with_its_own_unnamed_speaker_does_not_take_the_other_clauses():
    text = ("The Gaza Ministry of Health held a press conference.\n\nThe Ministry reports 17,121 children killed, while "
            "the UN estimates that close to 10,000 women have lost their lives.")
    assert [f.attributed_to for f in figures_of(text)] == ["Gaza Ministry of Health", "United Nations"]


def test_the_injured_half_of_a_pair_past_an_aside_of_parts_keeps_the_days_period():
    text = ("At least 1,974 people have been killed since October 2023. On 23 September alone, Israeli strikes killed "
            "558 people, among them 50 children and 94 women, and injured 1,835.")
    assert one(text, 1835, published="2025-09-24").period == "period"


@pytest.mark.parametrize("text,value,period", [
    ("The ministry said 12 people were killed and around 2,750 wounded in that incident.", 2750, "period"),
    ("In the 48 hours to 9 April, the Ministry said 22 children were among those killed.", 22, "period"),
])
def test_that_incident_and_the_hours_to_a_date(text, value, period):
    assert one(text, value, published="2025-04-10").period == period


def test_the_agency_named_in_its_own_staff_count_is_the_agency_that_said_it():
    text = ("UNRWA issued its situation report on Friday. OCHA said crossings were closed.\n\n"
            "This brought the number of UNRWA personnel killed since the start of the war to 220, the Agency said.")
    assert one(text, 220).attributed_to == "UNRWA"


@pytest.mark.parametrize("text,expected", [
    ("The IPS reported holding 11,056 Palestinians, including 3,472 administrative detainees.",
     [("detainees", 11056), ("administrative_detainees", 3472)]),
    ("Of the Strip's 38 hospitals, 22 are partially functioning.",
     [("hospitals_total", 38), ("hospitals_partially_functioning", 22)]),
])
def test_a_holder_reporting_its_count_and_a_possessive_before_the_hospitals(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_a_numbered_paragraph_does_not_carry_the_source_of_the_one_before():
    text = ("Situation report No. 170\n\n1. According to the Ministry of Health in Gaza, 92 Palestinians have been killed "
            "and 240 injured over the past 48 hours, bringing the toll to 45,000.\n\n"
            "2. The total number of UNRWA team members killed since the war began is 273.\n")
    assert one(text, 92).attributed_to == "Gaza Ministry of Health" and one(text, 273).attributed_to is None


def test_a_list_under_a_sources_header_keeps_the_source_to_its_last_row():
    text = ("The Palestinian Prisoners' Society (PPS) said that Israeli forces arrested at least 53 citizens over the "
            "weekend.\nThe arrests were distributed across the governorates as follows:\nHebron: 17\nNablus: 11\nJenin: 8\n"
            "Ramallah and al-Bireh: 6\nBethlehem: 5\nTubas: 3\n")
    assert {f.attributed_to for f in figures_of(text)} == {"Palestinian Prisoners' Club"}


def test_the_ministry_added_takes_the_statement_back_from_a_speaker_in_between():
    text = ("The Ministry of Health in Ramallah said 905 Palestinians have been killed in the West Bank since 7 October "
            "2023.\n\nIn a separate statement, the Palestinian Red Crescent said its crews treated 11 injuries on Monday.\n\n"
            "Since the beginning of 2025, 70 Palestinians have been killed in the West Bank, the ministry added.\n\n"
            "Breakdown of West Bank martyrs by governorate:\nJenin: 253\nTulkarm: 187\nNablus: 139\nTubas: 76\nHebron: 71\n")
    assert one(text, 71, published="2025-02-04").attributed_to == "Palestinian Ministry of Health (Ramallah)"


# --- the review of this session's rules: each wrong reading it found ---------------------------------

def test_it_said_after_a_semicolon_goes_on_in_the_same_voice():
    text = "The Gaza Health Ministry said 40 people were killed in the past 24 hours; it said 120 others were wounded."
    assert one(text, 120).attributed_to == "Gaza Ministry of Health"


@pytest.mark.parametrize("text,value,metric", [
    ("Israel is holding more than 10,000 Palestinian prisoners, dozens of whom have died in detention since October "
     "2023, the Palestinian Prisoners Society said.", 10000, "detainees"),
    ("Israeli strikes killed 12 people on Monday as a prisoner died in Israeli custody, the ministry said.", 12, "killed"),
    ("The ceasefire deal led to the release of 20 living hostages on Monday.", 20, "hostages_released"),
    ("Monday's exchange between 20 living Israeli hostages and 1,968 Palestinian prisoners went ahead, the Red Cross "
     "said.", 1968, "detainees"),
    ("According to WHO, the 18 partially functioning hospitals in Gaza have a combined capacity of 1,800 beds.", 1800,
     "beds"),
])
def test_review_of_the_new_rules_keeps_these_readings(text, value, metric):
    assert one(text, value).metric == metric


def test_an_arabic_speakers_name_gives_no_group():
    from parsers.arabic import extract_arabic_figures

    text = "الحصيلة التراكمية منذ بداية العدوان:\nأفاد الدفاع المدني بأن عدد الشهداء ارتفع إلى 120\n"
    assert [(f.value, f.group) for f in extract_arabic_figures(text)] == [(120, "all")]


def test_text_tables_a_sum_column_a_hostages_release_and_an_unrelated_next_table():
    text = "Group | Killed | Injured | Total\nChildren | 12 | 140 | 152\nTotal | 46 | 610 | 656\n"
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("killed", 12, "children"), ("injured", 140, "children"), ("killed", 46, "all"), ("injured", 610, "all")]
    hostages = ("Hostages handed over by Hamas, January-February 2025\n\nNationality      Released\nIsraeli              25\n"
                "Thai                  5\nTotal                30\n")
    assert {f.metric for f in figures_of(hostages)} == {"hostages_released"}
    trucks = ("Table 1: Palestinian security inmates held by the IPS\n\nCategory | Number\nTotal | 11,358\n\n"
              "Table 2: Aid trucks entering Gaza by crossing, June 2025\n\nCrossing | Number\nTotal | 1,500\n")
    assert [f.value for f in figures_of(trucks)] == [11358]


def test_a_heading_with_a_comma_still_ends_a_section_and_a_day_heading_dates_its_lines():
    text = ("The Gaza health ministry said 44,100 people have been killed.\n\nHEALTH, NUTRITION\n"
            "Only 12 hospitals in Gaza are partially functioning.")
    assert one(text, 12).attributed_to is None
    assert one("Casualties on Sunday 1 June\n- Killed: 45\n- Injured: 120\n", 45, published="2025-06-02").period == "period"


def test_the_injured_half_of_a_pair_is_of_its_own_sentence_only():
    text = ("Israeli forces and settlers have killed 1,003 Palestinians in the West Bank since October 2023, OCHA said. "
            "Settlers attacked the village of Sinjil and injured 5 residents.")
    assert one(text, 5).period == "period"


def test_a_list_line_under_a_running_totals_heading_keeps_its_period_with_or_without_a_full_stop():
    text = "Toll since 7 October 2023\n- 94 civil defence personnel were killed.\n- 40 paramedics were killed\n"
    assert {f.period for f in figures_of(text, published="2025-04-10")} == {"cumulative"}


def test_page_numbers_after_dot_leaders_in_a_table_of_contents_are_no_counts():
    text = "CONTENTS\nKilled and injured in Gaza .................... 4\nDetainees in Israeli prisons .................. 9\n"
    assert figures_of(text) == []


def test_the_office_said_is_the_office_named_last():
    text = ("The Government Media Office in Gaza said Israel had blocked 300 aid trucks this week.\n\nOn Tuesday, OCHA "
            "reported that 12 Palestinians were killed in the West Bank. The Office said 40 others were injured.")
    assert one(text, 40).attributed_to == "OCHA"


@pytest.mark.parametrize("text,expected", [
    ("The dead, all from the Abu Samra family, included seven children and three women, the civil defence spokesman "
     "said.", [("killed", 7, "children"), ("killed", 3, "women")]),
    ("The strike had killed 45 people, three children and seven women among them.",
     [("killed", 45, "all"), ("killed", 3, "children"), ("killed", 7, "women")]),
    ("Those wounded included 12 children.", [("injured", 12, "children")]),
    ("The society said 52 of its staff and volunteers have been killed since the start of the war.",
     [("killed", 52, "all")]),
])
def test_the_dead_included_parts_among_them_and_of_its_staff(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_the_first_ten_days_after_is_a_period():
    figure = one("At least 322 children were killed in the first ten days after the truce collapsed.", 322)
    assert (figure.period, figure.period_detail) == ("period", "10d")


# --- round five's leftovers (session of 2026-11-27, second) ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the staff of a body that speaks: "one of its paramedics", "two others", "colleagues", "four colleagues lost"
    ("The Palestine Red Crescent Society said one of its paramedics was killed and two others were injured when "
     "their ambulance came under fire.", [("killed", 1, "health_workers"), ("injured", 2, "health_workers")]),
    ("Two colleagues were killed on Friday when the building they sheltered in was hit, UNRWA said.",
     [("killed", 2, "aid_workers")]),
    ("The Norwegian Refugee Council said it has lost four colleagues in Gaza since the war began.",
     [("killed", 4, "aid_workers")]),
    # "one of" a group stays no count when nothing happened to the one
    ("One of its paramedics told reporters that 12 people were killed.", [("killed", 12, "all")]),
    # a singular member of the forces, and the injured of the pair with them
    ("One Israeli member of the security forces was killed and two others injured near Jenin.",
     [("killed", 1, "soldiers"), ("injured", 2, "soldiers")]),
    # "brings to N the number of ...": the noun counted comes after the running total
    ("The deaths bring to 231 the number of journalists and media workers killed in Gaza since October 2023.",
     [("killed", 231, "journalists")]),
    # a running total brought up by the count before it keeps that count's group
    ("The ministry reports that 40 health workers were killed this week, bringing the total since October 2023 to 97.",
     [("killed", 40, "health_workers"), ("killed", 97, "health_workers")]),
    # a count "among the" people the clause names further on
    ("He said 12 doctors and nurses from al-Shifa are among the health workers still held by Israel.",
     [("detainees", 12, "health_workers")]),
    ("Three paramedics of the Islamic Health Committee and one Lebanese Red Cross volunteer were among those killed "
     "in the Nabatieh district.", [("killed", 3, "health_workers"), ("killed", 1, "health_workers")]),
    # an age in words with a hyphenated unit is no count
    ("Twenty-one-year-old Mahmoud Abu Aker was among those killed on Wednesday.", []),
    # a list after a label, joined by commas only; a pair joined by a comma shares its group
    ("Of the martyrs: 178 children, 284 women", [("killed", 178, "children"), ("killed", 284, "women")]),
    ("Health sector: 163 health and rescue workers killed, 272 injured",
     [("killed", 163, "health_workers"), ("injured", 272, "health_workers")]),
    ("5 children were killed, 30 people injured", [("killed", 5, "children"), ("injured", 30, "all")]),
])
def test_staff_members_running_totals_and_among_the(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Five hospitals in the south have been evacuated and are no longer functioning, and another 3 are only partially "
     "operational.", [("hospitals_out_of_service", 5), ("hospitals_partially_functioning", 3)]),
    ("The minister said that eight hospitals in the south and the Bekaa have been forced to close, while seven others "
     "are working at reduced capacity.", [("hospitals_out_of_service", 8), ("hospitals_partially_functioning", 7)]),
    # the state of something else in the hospitals' clause is not theirs
    ("Three hospitals were shelled overnight, which forced two bakeries to close.", []),
])
def test_a_hospitals_state_along_its_own_clause(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_a_heading_that_states_its_hours_dates_the_lines_under_it():
    text = ("1. Headline figures\nTotal since 8 October 2023: 2,787 martyrs\n\n"
            "2. Toll of the past 24 hours (Monday 28 October, 06:00 to Tuesday 06:00)\n"
            "- Nabatieh: 19 killed, 36 wounded\n\nThree paramedics were among those killed in the Nabatieh district.\n")
    periods = {f.value: (f.period, f.period_detail) for f in figures_of(text, published="2024-10-29")}
    assert periods[2787][0] == "cumulative"
    assert periods[19] == periods[36] == periods[3] == ("period", "24h")


@pytest.mark.parametrize("text,expected", [
    ("Ketziot Prison holds 3,100 prisoners. Of the former detainees interviewed, 29 said they had been attacked by dogs "
     "during cell searches, and 31 described being denied medical treatment. Eleven reported sexual abuse.",
     [("detainees", 3100), ("reports_of_abuse", 29), ("reports_of_abuse", 31), ("reports_of_abuse", 11)]),
    ("Rights groups in the prison system filed 212 complaints about abuse at Ketziot with the Justice Ministry.",
     [("reports_of_abuse", 212)]),
    # far from any word of detention, a beating reported is no count of detainees' accounts
    ("Settlers raided the village of Sinjil on Friday. Residents said 12 people reported being beaten.", []),
    # "all but one": the rest, which the text does not count
    ("B'Tselem spoke with 55 Palestinians released from Israeli prisons; all but one described being abused.", []),
])
def test_counted_reports_of_abuse_near_a_detention_statement(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_a_condition_report_takes_the_count_of_those_who_reported_it():
    text = "Of the 40 former detainees interviewed, 31 described being denied medical treatment in Ofer prison."
    _, conditions = extract_figures(text, published=dt.date(2025, 7, 1))
    counted = {report.condition: report.count for report in conditions}
    assert counted["denial_of_medical_care"] == 31


def test_an_occupancy_rate_in_a_named_prison_is_the_prisons():
    assert one("Ketziot's occupancy rate stood at 141 percent, the service said.", 141).metric == "occupancy_pct"


def test_a_heading_without_a_colon_heads_the_label_lines_under_it_and_year_labels_are_periods():
    text = ("Palestinian Prisoners' Society annual summary\n\nThe society said 7,420 arrests were made in 2025.\n\n"
            "Monthly arrests, West Bank and Jerusalem (2025)\nJanuary: 612\nFebruary: 540\n\n"
            "Deaths in custody by year\n2024: 49\n2025: 21\n")
    found = {(f.metric, f.value, f.period, f.attributed_to) for f in figures_of(text, published="2026-01-03")}
    assert {("arrests", 612, "period", "Palestinian Prisoners' Club"), ("arrests", 540, "period", "Palestinian Prisoners' Club"),
            ("deaths_in_custody", 49, "period", "Palestinian Prisoners' Club")} <= found


def test_a_line_stating_a_count_heads_no_lines_under_it():
    text = "beds in service across the Strip: approx.\nfield hospitals: 8\nambulances destroyed: 130\n"
    assert [f.metric for f in figures_of(text)] == []


@pytest.mark.parametrize("text,value,source", [
    # a title that opens with its author makes the report's own counts the author's
    ("B'Tselem report: Ketziot Prison since October 2023\n\nField researchers took testimonies from former inmates "
     "of Ketziot prison. Twenty-nine said they had been attacked by dogs during cell searches.", 29, "B'Tselem"),
    # a body that runs a facility reports nothing by it
    ("Ketziot Prison is the largest facility run by the Israel Prison Service.\n\nMedics said 12 people were killed "
     "in Khan Younis.", 12, "medics"),
    ("The society said arrests rose sharply.\n\nMonthly arrests, West Bank (2025)\nJanuary: 612\n", 612, None),
])
def test_a_titles_author_and_a_body_that_runs_a_place(text, value, source):
    assert one(text, value).attributed_to == source


def test_held_under_the_unlawful_combatants_law_and_israeli_members_of_the_forces():
    text = ("The Israel Prison Service held 10,930 security prisoners, and a further 1,210 persons were held by the "
            "military under the Incarceration of Unlawful Combatants Law.")
    assert one(text, 1210).metric == "unlawful_combatants_detainees"
    text = ("The Gaza Ministry of Health said 30 Palestinians were killed.\n\nOne Israeli member of the security forces "
            "was killed and two others injured by Palestinians near Jenin.")
    assert {f.attributed_to for f in figures_of(text) if f.group == "soldiers"} == {None}


@pytest.mark.parametrize("text,expected", [
    # a text table with empty cells ("--") is still a table
    ("Governorate                     Killed    Injured\nSouth                              812      3,406\n"
     "North and Akkar                     --         --\nTotal                            2,412     11,285\n",
     [("killed", 812), ("injured", 3406), ("killed", 2412), ("injured", 11285)]),
    # deaths in custody: "died while held by", "the deaths of two detainees", "deaths in custody of 11 detainees"
    ("At least 98 Palestinians have died while held by Israel since October 2023.", [("deaths_in_custody", 98)]),
    ("PHRI confirmed the deaths of two detainees in January.", [("deaths_in_custody", 2)]),
    ("The Commission documented the deaths in custody of 11 detainees during the reporting period.",
     [("deaths_in_custody", 11)]),
    # hostages: the remains of, "Of the N hostages, M ... dead", bodies recovered, handed to the Red Cross
    ("Their release leaves the remains of 28 hostages still in Gaza.", [("hostages_dead", 28)]),
    ("Of the 101 hostages still in Gaza, at least 35 have been declared dead.",
     [("hostages_held", 101), ("hostages_dead", 35)]),
    ("Six hostages' bodies recovered from Rafah tunnel", [("hostages_dead", 6)]),
    ("Hamas handed the last 20 living Israeli hostages to the Red Cross on Monday.", [("hostages_released", 20)]),
])
def test_empty_cells_deaths_in_custody_and_hostages(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of its own ends the parts; "others" are other people, of no trade the text names
    ("The strikes, which killed 163 health workers, most of them paramedics, and injured 272 others, continued.",
     [("killed", 163, "health_workers"), ("injured", 272, "all")]),
    ("Israeli strikes killed 5 children and injured 30 others.", [("killed", 5, "children"), ("injured", 30, "all")]),
    ("4 journalists were killed in a strike that also wounded 9 others.", [("killed", 4, "journalists"), ("injured", 9, "all")]),
])
def test_others_and_a_verb_that_ends_the_parts(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Three hundred and seventy United Nations personnel have been killed in Gaza.", [("killed", 370, "aid_workers")]),
    ("Eight MSF staff members have been killed since October 2023, and more than 20 have been injured.",
     [("killed", 8, "aid_workers"), ("injured", 20, "aid_workers")]),
    # a body's teams that treated the wounded are not the wounded
    ("MSF said its teams in the north had treated some 800 wounded in November alone.", [("injured", 800, "all")]),
    ("Since 7 October 2023, 99 members of the Civil Defence have been killed while on duty and 319 injured.",
     [("killed", 99, "civil_defence"), ("injured", 319, "civil_defence")]),
])
def test_aid_groups_staff_and_long_pairs(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The directorate said its crews have recovered the bodies of 1,263 people from under the rubble.",
     [("bodies_recovered", 1263)]),
    ("Recovery figures by governorate since 19 January:\n\n- Rafah: 512 bodies\n- Khan Younis: 338 bodies\n",
     [("bodies_recovered", 512), ("bodies_recovered", 338)]),
    ("Missing: approx. 9,500\nTotal hospitals: 36\nBed occupancy, Nasser Medical Complex: 127%\n",
     [("missing", 9500), ("hospitals_total", 36), ("bed_occupancy_pct", 127)]),
])
def test_recovered_bodies_and_key_value_labels(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_the_secretary_general_speaks_for_himself():
    text = "More than 380 U.N. staff have been killed, Secretary-General Antonio Guterres said this month."
    assert one(text, 380).attributed_to == "UN Secretary-General"


@pytest.mark.parametrize("text,expected", [
    ("31 detainees were injured, four of them with broken bones.", [("injured", 31), ("injured", 4)]),
    ("Twelve prisoners were wounded when guards raided the section.", [("injured", 12)]),
    # samples and shares are no counts: interviewees (and the rest of their list), "one in four", an age limit
    ("The report is based on interviews with 41 former detainees, 12 relatives and 9 lawyers.", []),
    ("He was beaten, according to two former detainees.", []),
    ("About one in four detainees reported being beaten in Ofer prison.", []),
    ("Israeli strikes killed 30 in 24 hours.", [("killed", 30)]),
    ("61 of those held as unlawful combatants are under 18.", [("unlawful_combatants_detainees", 61)]),
    ("The ICRC carried out 1,135 visits to prisoners and detainees in 2023.", []),
    # hospitals: "N hospitals out of M", "none of them fully", a ward holding children
    ("Across Gaza, WHO counts 17 hospitals out of 36 that are partially functional.",
     [("hospitals_partially_functioning", 17), ("hospitals_total", 36)]),
    ("Only 18 of 36 hospitals were functioning, none of them fully.",  # (and none functioning fully: a zero)
     [("hospitals_partially_functioning", 18), ("hospitals_total", 36), ("hospitals_functioning", 0)]),
    ("The paediatric ward at Al-Aqsa Hospital was holding more than 90 children.", [("patients", 90)]),
    ("Israeli forces are holding 12 paramedics detained at Kamal Adwan hospital.", [("detainees", 12)]),
])
def test_hurt_detainees_samples_shares_and_hospital_shares(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


# --- review of this session's rules (2026-11-27, second session) ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Relatives of the hostages rallied in Tel Aviv on Saturday as Israeli strikes killed 45 Palestinians across Gaza.",
     [("killed", 45, "all")]),
    ("At least 5 children were killed in the strike on Jabalia, bringing the total death toll in Gaza to 44,000.",
     [("killed", 5, "children"), ("killed", 44000, "all")]),
    ("On the other hand, 48 hostages are in Gaza.", [("hostages_held", 48, "all")]),
    ("Five hospitals in southern Lebanon have taken in the wounded from towns whose health centres have closed.", []),
    ("Three doctors who are among the health workers held by Israel were released on Tuesday.", []),
    ("Israeli strikes killed 5 one-year-old children in Deir al-Balah on Monday.", [("killed", 5, "children")]),
    ("Israeli forces detained 12 people in Tubas, 5 from one family.", [("arrests", 12, "all")]),
    ("The ministry said 14 women were killed in Rafah on Sunday, 62 injured in Khan Younis.",
     [("killed", 14, "women"), ("injured", 62, "all")]),
    ("Barzilai Medical Center in Ashkelon was operating at 130% occupancy after the rocket barrage.",
     [("bed_occupancy_pct", 130, "all")]),
    ("Four babies died while held up at checkpoints on the way to hospital.", [("killed", 4, "children")]),
    ("Nasser hospital lost its staff of 1,500 after the evacuation order.", []),
    ("Two Red Cross staff were killed when the ICRC office in al-Mawasi was shelled.", [("killed", 2, "aid_workers")]),
])
def test_review_rules_fire_only_where_they_should(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text", [
    "Israeli forces detained 30 people in Jenin overnight. In Tel Aviv, 40 protesters said they were beaten by police.",
    "Israeli forces detained 14 Palestinians. Yesh Din said police received 230 complaints about settler violence in 2024.",
    "Israel holds more than 10,000 Palestinians in its prisons.\n\nIn Gaza, UNICEF said it had documented 120 cases of "
    "sexual violence against women in shelters.",
    "The report on Israeli prisons documents allegations of abuse at 5 prisons and 3 military camps.",
])
def test_reports_of_abuse_count_only_the_held_who_report_it(text):
    assert all(f.metric != "reports_of_abuse" for f in figures_of(text))


@pytest.mark.parametrize("text,value,source", [
    ("WFP said its staff had reached the site shortly after the strike, in which 45 people were killed.", 45, "WFP"),
    ("UNRWA: 3 staff killed in Gaza school strike\n\nThe school sheltered families. In the West Bank, "
     "4 Palestinians were killed in Jenin.", 4, None),
    ("Mediators met again on Tuesday. In the West Bank, the committee overseeing the ceasefire met, while Israeli forces "
     "killed 3 Palestinians in Jenin.", 3, None),
])
def test_review_sources_and_groups(text, value, source):
    figure = one(text, value)
    assert (figure.attributed_to, figure.group) == (source, "all")


def test_a_hospitals_state_is_never_another_subjects():
    text = "Three hospitals in the north are receiving patients from Jabalia and schools nearby have closed."
    assert all(f.metric != "hospitals_out_of_service" for f in figures_of(text))


def test_headings_name_their_count_first_and_two_counts_head_nothing():
    text = ("Arrests by month, including children and journalists detained\nJanuary: 612\n\n"
            "Killed and injured by governorate\nNorth Gaza: 1,204\n\n"
            "Administrative detainees held by the IPS, end of month\nJanuary 2025: 3,327\n")
    assert [(f.metric, f.value) for f in figures_of(text)] == [("arrests", 612), ("administrative_detainees", 3327)]


def test_a_long_headline_without_brackets_dates_nothing_under_it():
    text = ("Israeli forces raid Jenin camp for the third time in the past week\n\n"
            "The ministry said 900 Palestinians have been killed in the West Bank since October 2023.")
    assert one(text, 900).period == "cumulative"


def test_each_count_of_abuse_reports_takes_the_condition_named_after_it():
    text = ("Former detainees of Sde Teiman prison spoke of sexual abuse; 22 reported being tortured and 9 said they "
            "were raped.")
    _, conditions = extract_figures(text, published=dt.date(2025, 1, 1))
    assert {report.condition: report.count for report in conditions} == {"sexual_violence": 9, "torture": 22, "abuse": None}


@pytest.mark.parametrize("text,expected", [
    ("The Ministry of Health in Gaza reported 63 deaths from malnutrition in July alone, 24 of them children under five.",
     [("malnutrition_deaths", 63, "all"), ("malnutrition_deaths", 24, "children")]),
    # one cause among several is no count of hunger deaths
    ("At least 6,000 additional people would likely have died of malnutrition, disease, and other preventable causes.",
     [("killed", 6000, "all")]),
])
def test_deaths_from_hunger_are_their_own_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("WHO counted 12 hospitals partially functioning out of 36.",
     [("hospitals_partially_functioning", 12), ("hospitals_total", 36)]),
    ("The ministry's figure for the injured climbed from 66,139 in March to 83,530 in June.", [("injured", 83530)]),
    ("112 residents of the kibbutz were killed on October 7.", [("killed", 112)]),
    ("Israeli strikes killed 12 people in 3 of the camps.", [("killed", 12)]),
])
def test_out_of_the_whole_after_a_state_a_figure_for_and_residents_of(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_an_arabic_bulletins_hospital_lines_and_medical_staff_martyred():
    text = ("خلال الـ 48 ساعة الماضية:\n🔴 ارتقى ٣ من الكوادر الطبية خلال اليومين الماضيين\n"
            "• ٢٢ مستشفى من أصل ٣٦ تعمل بشكل جزئي وبقدرات محدودة جداً.\n"
            "• تجاوزت نسبة إشغال الأسرّة في مجمع ناصر الطبي ١٨٠٪ ويُعالج المرضى في الممرات.\n"
            "• عدد الأسرّة المتاحة في جميع مستشفيات القطاع لا يتجاوز ١٬٩٠٠ سرير.\n")
    found = [(f.metric, f.value, f.qualifier, f.group) for f in parse_document(text, published=dt.date(2025, 5, 1)).figures]
    assert found == [("killed", 3, "exact", "health_workers"), ("hospitals_partially_functioning", 22, "exact", "all"),
                     ("hospitals_total", 36, "exact", "all"), ("bed_occupancy_pct", 180, "at_least", "all"),
                     ("beds_available", 1900, "at_most", "all")]


@pytest.mark.parametrize("text,expected", [
    ("Buses carrying 88 of the freed prisoners arrived in Ramallah.", [("released_detainees", 88)]),
    # ex-prisoners held again are held, not released
    ("In addition, there are 11 freed prisoners, who were arrested before Oslo and rearrested in 2014.", [("detainees", 11)]),
    ("The IPS is holding roughly 4,700 people beyond its capacity.", []),
    ("At least 61 Palestinians have died in IPS custody since October 2023, and another 40 or so in military detention.",
     [("deaths_in_custody", 61), ("deaths_in_custody", 40)]),
])
def test_freed_prisoners_room_beyond_capacity_and_another_in_detention(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,value,expected", [
    # a change since the last update in brackets is a period of its own
    ("* 37,925 Palestinians killed (+207), according to the Ministry of Health (MoH) in Gaza.", 207, ("period", "change")),
    ("* 37,925 Palestinians killed (+207), according to the Ministry of Health (MoH) in Gaza.", 37925, ("cumulative", None)),
    ("In the West Bank, eight Palestinians were killed during the reporting week.", 8, ("period", "reporting_period")),
])
def test_a_change_in_brackets_and_the_reporting_week(text, value, expected):
    figure = one(text, value, published="2024-07-01")
    assert (figure.period, figure.period_detail) == expected


@pytest.mark.parametrize("text,value,source", [
    ("* Israeli military: 317 soldiers killed in Gaza since the ground operation began, and 1,950 soldiers injured.",
     1950, "Israeli military"),
    ("Some 59 hostages remain captive in Gaza, Israeli sources say.\n\nWEST BANK (including East Jerusalem)\n\n"
     "* 553 Palestinians killed since 7 October 2023.\n", 553, None),
])
def test_a_body_as_a_lines_label_and_a_capitals_heading_with_a_note(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text,expected", [
    ("At the end of December 2022, the Israel Prison Service (IPS) was holding 866 Palestinians in administrative "
     "detention. By the end of September 2023 it had risen to 1,310.",
     [("administrative_detainees", 866, "Israel Prison Service"), ("administrative_detainees", 1310, "Israel Prison Service")]),
    ("In January the IPS reported holding 10,221 Palestinians in total. In February the total fell slightly, to 10,084.",
     [("detainees", 10221, "Israel Prison Service"), ("detainees", 10084, "Israel Prison Service")]),
    # far from the count, or with a count of its own, "it rose to" names nothing
    ("The IPS held 10,221 Palestinians in January.\n\nPrices rose.\n\nFuel ran short.\n\nBy June it had risen to 300 "
     "shekels.", [("detainees", 10221, "Israel Prison Service")]),
])
def test_it_had_risen_to_the_figure_stood_at(text, expected):
    assert [(f.metric, f.value, f.attributed_to) for f in figures_of(text)] == expected


# --- second review of this session's rules -----------------------------------------------------------

@pytest.mark.parametrize("line,expected", [
    ("• ٢٥ مستشفى من أصل ٣٦ لم تعد تعمل بسبب نفاد الوقود.", [("hospitals_out_of_service", 25, "exact"), ("hospitals_total", 36, "exact")]),
    ("• ٢٢ مستشفى من أصل ٣٦ خارج الخدمة و١٤ مستشفى تعمل بشكل جزئي",  # (the 14 in their own clause's state)
     [("hospitals_out_of_service", 22, "exact"), ("hospitals_total", 36, "exact"), ("hospitals_partially_functioning", 14, "exact")]),
    ("• انخفض عدد الأسرّة المتاحة من ٣٬٥٠٠ سرير قبل العدوان إلى ١٬٩٠٠ سرير فقط", [("beds_available", 1900, "exact")]),
    ("• عدد الأسرّة المتاحة في ١٦ مستشفى تعمل جزئياً لا يتجاوز ١٬٩٠٠ سرير", [("beds_available", 1900, "at_most")]),
    ("• وصل أكثر من ٥٠٠ جريح إلى المستشفيات ونسبة إشغال الأسرّة ٢٥٠٪",
     [("bed_occupancy_pct", 250, "exact"), ("injured", 500, "at_least")]),
    ("• ارتفعت على نحو خطير نسبة إشغال الأسرّة في مجمع الشفاء الطبي إلى ٢٤٠٪", [("bed_occupancy_pct", 240, "exact")]),
    ("• ارتقت نسبة إشغال الأسرّة في مستشفيات الجنوب إلى ٣٠٠٪", [("bed_occupancy_pct", 300, "exact")]),
    ("• استشهد ٤ مرضى في ٣ مستشفيات من أصل ٣٦ تعمل بشكل جزئي بسبب نقص الأدوية",
     [("hospitals_partially_functioning", 3, "exact"), ("hospitals_total", 36, "exact"), ("killed", 4, "exact")]),
    # a governorate's share is not the Strip's
    ("• ٢ مستشفى من أصل ٥ في محافظة شمال غزة تعمل بشكل جزئي", []),
    ("• خرج ٢٥ مستشفى من أصل ٣٦ عن الخدمة", [("hospitals_out_of_service", 25, "exact"), ("hospitals_total", 36, "exact")]),
])
def test_arabic_hospital_lines_read_their_own_clause(line, expected):
    text = "خلال الـ 24 ساعة الماضية:\n" + line + "\n15 يونيو 2026"
    assert [(f.metric, f.value, f.qualifier) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize("text,expected", [
    ("Four children died of malnutrition, and several others were killed in strikes on Khan Younis.",
     [("malnutrition_deaths", 4)]),
    ("Twelve children died from the effects of malnutrition.", [("malnutrition_deaths", 12)]),
    ("Since 1967, 5 Palestinians have died as a result of hunger strikes.", [("killed", 5)]),
])
def test_hunger_deaths_are_not_hunger_strikes_and_others_are_people(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


# --- round seven's first failures ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a thousands comma inside an aside does not close it
    ("Since 7 October 2023, 9,870 Palestinians, including 1,640 children, have been injured.",
     [("injured", 9870, "exact", "all"), ("injured", 1640, "exact", "children")]),
    ("The IPS held 10,930 security prisoners, of whom 3,380 were held in administrative detention, and a further 1,210 "
     "persons were held by the military.", [("detainees", 10930, "exact", "all"),
                                            ("administrative_detainees", 3380, "exact", "all"),
                                            ("detainees", 1210, "exact", "all")]),
    ("Of the 59 hostages still held in Gaza, it is believed that no more than 20 of them are alive.",
     [("hostages_held", 59, "exact", "all"), ("hostages_alive", 20, "at_most", "all")]),
    ("A 60-bed ICRC field hospital in Rafah remains open.", [("beds", 60, "exact", "all")]),
    ("At least 96 female health workers have been killed.", [("killed", 96, "at_least", "health_workers")]),
    ("5 women and 3 children were killed.", [("killed", 5, "exact", "women"), ("killed", 3, "exact", "children")]),
])
def test_round_seven_asides_no_more_than_beds_and_female_trades(text, expected):
    assert [(f.metric, f.value, f.qualifier, f.group) for f in figures_of(text)] == expected


def test_a_table_of_facilities_by_state_counts_only_its_hospitals():
    text = ("Table 1: Health facilities by status\n\nFacility type | Total | Functional | Partially functional | Non-functional\n"
            "Hospitals | 36 | 2 | 16 | 18\nPrimary health care centres | 141 | 20 | 40 | 81\n")
    assert [(f.metric, f.value) for f in figures_of(text)] == [
        ("hospitals_total", 36), ("hospitals_functioning", 2), ("hospitals_partially_functioning", 16),
        ("hospitals_out_of_service", 18)]


@pytest.mark.parametrize("text,expected", [
    ("A house in Gaza City collapsed in heavy rain, killing four members of one family, the civil defence said.",
     [("killed", 4, "all", "period")]),
    ("Lebanon's Health Ministry says 21 paramedics have been among the dead, and that around 1,900 people have been "
     "wounded.", [("killed", 21, "health_workers", "cumulative"), ("injured", 1900, "all", "cumulative")]),
    ("The ministry added that the remains of 317 people had been recovered from under the rubble since the truce.",
     [("bodies_recovered", 317, "all", "cumulative")]),
    ("The war has raged for a year, killing more than 40,000 people.", [("killed", 40000, "all", "cumulative")]),
])
def test_killing_tells_of_one_event_among_the_dead_is_a_predicate_and_remains_recovered(text, expected):
    assert [(f.metric, f.value, f.group, f.period) for f in figures_of(text, published="2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("(1,670) martyrs from the medical staff.", [("killed", 1670, "health_workers")]),
    ("(139) martyrs from the civil defence crews.", [("killed", 139, "civil_defence")]),
    ("(2,615) martyrs among aid seekers killed near the distribution centres since 27 May 2025.",
     [("killed", 2615, "aid_seekers")]),
    ("Israeli strikes killed 30 people from the same family.", [("killed", 30, "all")]),
])
def test_a_group_named_after_the_dead(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_a_numbered_since_heading_starts_a_running_count():
    text = ("1) Arrivals at hospitals in the past 24 hours\n   - Martyrs: 87\n"
            "4) Since the resumption of the aggression on 18 March 2025\n   - Martyrs: 9,350\n")
    periods = {f.value: (f.period, f.period_start) for f in figures_of(text, published="2025-05-01")}
    assert periods == {87: ("period", None), 9350: ("cumulative", dt.date(2025, 3, 18))}


@pytest.mark.parametrize("text,expected", [
    ("On average, one woman or girl was killed every hour in Gaza.", []),
    ("An average of about 100 children were killed or maimed every day.", []),
    # a hospital's daily intake is its load, not a rate of deaths
    ("The complex receives between 450 and 500 patients a day at its emergency department.", [("patients", 450)]),
    ("The ICRC facilitated the handover of 330 Palestinian bodies to the Gaza authorities.", []),
    ("Israel proposed to return the bodies of 15 Palestinians for every deceased hostage.", []),
    ("The army returned 45 bodies of Palestinians killed in Gaza.", []),
    ("Hamas returned the bodies of 4 hostages on Thursday.", [("hostages_dead", 4)]),
    ("The ICRC has exchanged more than 4,300 messages between detainees and their families.", []),
])
def test_rates_bodies_handed_back_and_messages_are_no_tolls(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_a_hospital_official_is_a_speaker_of_its_own():
    text = ("Civil Defence said it recovered 31 bodies from the school.\n\n"
            "A hospital official said the facility had received 27 bodies and 46 injured people.")
    assert [(f.value, f.attributed_to) for f in figures_of(text)][1:] == [(27, "hospital officials"), (46, "hospital officials")]


def test_the_rights_group_x_says_names_x():
    text = ("The ministry said 40 people were killed.\n\nThe rights group Healthcare Workers Watch says at least 185 Gaza "
            "health workers are still in Israeli custody.")
    assert one(text, 185).attributed_to == "Healthcare Workers Watch"


# --- third review of this session's rules ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The ministry has recorded 175 hunger-related deaths, including 93 children.",
     [("malnutrition_deaths", 175, "cumulative"), ("malnutrition_deaths", 93, "cumulative")]),
    ("At least 91 Palestinians were killed in a single day of Israeli strikes, the ministry said.", [("killed", 91, "period")]),
    ("Israeli strikes killed 12 people a day after the ceasefire collapsed, medics said.", [("killed", 12, "period")]),
    ("The ministry said 104 people were killed in a week of intensified bombardment in Khan Younis.",
     [("killed", 104, "cumulative")]),
    ("At least 61 Palestinians have died in IPS custody since October 2023, and another 1,500 are detained in military "
     "camps, according to HaMoked.", [("deaths_in_custody", 61, "cumulative"), ("detainees", 1500, "point")]),
    ("The ministry said 54,000 Palestinians have been killed. Unemployment has soared since the war began; it stood at "
     "80% in May.", [("killed", 54000, "cumulative")]),
    ("Hamas released 20 living hostages on Monday. It has freed 25 since January, and the count stands at 48 still held.",
     [("hostages_released", 20, "period")]),
    ("The Health Ministry said 37,925 Palestinians have been killed (+207) and 87,141 injured.",
     [("killed", 37925, "cumulative"), ("killed", 207, "period"), ("injured", 87141, "cumulative")]),
    ("Israel has kept up near-daily strikes on Lebanon despite the ceasefire, killing more than 330 people.",
     [("killed", 330, "cumulative")]),
    ("Famine has spread across Gaza, killing 175 people, the ministry said.", [("killed", 175, "cumulative")]),
    ("Israeli forces have rearrested 40 of the freed prisoners since January, the Prisoners Society said.",
     [("arrests", 40, "cumulative")]),
    ("The IPS is holding 21,000 prisoners above its official capacity of 14,500, the state told the court.",
     [("detainees", 21000, "point")]),
    # people held by Hamas are no detainees
    ("Hamas took 251 hostages on 7 October 2023. Of the 251 people held by Hamas, 48 remain in Gaza.",
     [("hostages_taken", 251, "period")]),
])
def test_third_review_rules_fire_only_where_they_should(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, published="2025-06-01")] == expected


def test_a_lines_label_gives_way_to_the_body_the_line_cites_and_groups_after_the_dead_name_people():
    assert one("OCHA: According to Israeli authorities, about 1,200 people were killed in Israel on 7 October 2023.",
               1200).attributed_to == "Israeli officials"
    assert one("Medics reported 20 people killed from the strike on the civil defence centre in Jabalia.", 20).group == "all"


def test_field_hospitals_and_all_facilities_are_not_the_hospitals_counted():
    text = ("Facility type | Total | Functional | Partially functional | Non-functional\nHospitals | 36 | 2 | 16 | 18\n"
            "Field hospitals | 11 | 6 | 3 | 2\nAll health facilities | 177 | 22 | 56 | 99\n")
    assert [f.value for f in figures_of(text)] == [36, 2, 16, 18]


def test_a_body_reports_past_a_relative_clause_and_it_said_carries_it():
    text = ("Gaza's Health Ministry, which does not distinguish between civilians and combatants, said on Wednesday that "
            "55,637 people had been killed. Another 129,880 people have been wounded, it said.")
    assert one(text, 129880).attributed_to == "Gaza Ministry of Health"


@pytest.mark.parametrize("text,value,source", [
    ("Since Hezbollah began firing, more than 500 people have been killed in Lebanon, according to an AFP tally.",
     500, "AFP"),
    ("The attack resulted in the deaths of 1,219 people, according to an AFP tally based on official Israeli figures.",
     1219, "Israeli officials"),
])
def test_a_news_agencys_own_tally(text, value, source):
    assert one(text, value).attributed_to == source


# --- session of 2026-11-27 (third): periods of stated starts and of events --------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a stated start makes a running count from that day, as "since 18 March" does
    ("Since the start of the year, more than 600 Palestinians have been arrested in the West Bank, it said.",
     [("arrests", 600, "cumulative", "since 2025-01-01")]),
    ("Since the beginning of 2024, 70 Palestinians have been killed in the West Bank.",
     [("killed", 70, "cumulative", "since 2024-01-01")]),
    # ... while a year's count with no start stated stays this year's
    ("So far this year, 70 Palestinians have been killed in the West Bank.", [("killed", 70, "cumulative", "since 2025-01-01")]),
    # one round of a deal is an event
    ("Thirty-three hostages were handed over during the first phase of the truce.",
     [("hostages_released", 33, "period", "exchange")]),
    ("Some 1,200 people were killed in the Hamas-led attack of October 7, 2023, according to Israeli tallies.",
     [("killed", 1200, "period", "incident")]),
    # those a medic treated are one event's injured, not a running count
    ("The Palestine Red Crescent said its crews treated 9 people for gunshot wounds in Beita.",
     [("injured", 9, "period", "incident")]),
])
def test_periods_of_stated_starts_and_of_events(text, expected):
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2025-06-01")] == expected


def test_a_heading_with_a_date_names_the_group_of_the_label_lines_under_it():
    text = ("DCIP monthly note\n\nStatus of child detainees on 31 October 2025 (IPS data)\n"
            "  Administrative detention (no charge or trial) ........  91\n"
            "  Pretrial / awaiting end of legal proceedings ......... 187\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("administrative_detainees", 91, "children"), ("detainees", 187, "children")]
    assert {f.attributed_to for f in figures_of(text)} == {"Israel Prison Service"}  # the body in its brackets


def test_a_group_that_accounted_for_a_count():
    assert one("Children accounted for 187 of the week's martyrs, the ministry said.", 187).group == "children"


@pytest.mark.parametrize("text,expected", [
    ("HaMoked received notice of 2 deaths of Palestinians in IPS custody during May.", [("deaths_in_custody", 2)]),
    # those a lawyer visited or a group interviewed are a sample, not the held
    ("The Commission's lawyer met 46 detainees in Ofer, most of them held in administrative detention.", []),
    ("Its lawyers were able to visit 118 prisoners in three prisons during the last two weeks of February.", []),
    ("Of 58 released detainees interviewed by PHRI, 51 said they had been beaten.", [("reports_of_abuse", 51)]),
    ("Only 16 of Gaza's 36 hospitals are functioning, all of them partially.",
     [("hospitals_partially_functioning", 16), ("hospitals_total", 36)]),
    ("Of Gaza's 36 hospitals, just 14 are working at all, and each of them only partially.",
     [("hospitals_total", 36), ("hospitals_partially_functioning", 14)]),
])
def test_round_eight_detention_and_hospital_phrasings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,value,source", [
    # a body that is otherwise only a speaker heads its own statement, whose first person is its own
    ("Palestinian Civil Defence - General Directorate, Gaza Governorates\nStatement on World Civil Defence Day\n\n"
     "According to our estimates, about 9,500 people are still missing under the rubble.", 9500, "Palestinian Civil Defence"),
    ("Civil defence crews were hit.\n\n9,500 people were killed.", 9500, None),
    ("PRESS BRIEFING NOTES\n\nSpokesperson for the UN High Commissioner for Human Rights: Leila Haddadi\n\n"
     "Since the start of this year, we have verified that 152 Palestinians were killed in the West Bank.", 152, "OHCHR"),
    # a numbered footnote's body gave the figures of the sentence its mark closes
    ("1. In the 24 hours to midday on 11 April, 87 Palestinians were killed and 246 injured.[1] Among the dead were 31 "
     "children.[1]\n\n[1] According to the Ministry of Health (MoH) in Gaza.", 246, "Gaza Ministry of Health"),
])
def test_letterheads_offices_and_numbered_footnotes(text, value, source):
    assert one(text, value).attributed_to == source


# --- review of this session's rules (2026-11-27, third session): each was a reproduced regression -------------------

@pytest.mark.parametrize("text,expected", [
    ("Hamas has released 30 hostages in exchange for 1,900 Palestinian prisoners since 19 January.",
     [("hostages_released", 30, "cumulative", "since 2025-01-19"), ("released_detainees", 1900, "cumulative", "since 2025-01-19")]),
    ("In the first phase of the war, more than 15,000 Palestinians were killed.", [("killed", 15000, "cumulative", None)]),
    ("Three Palestinians were killed in an exchange of fire with Israeli forces in Jenin.", [("killed", 3, "period", "incident")]),
    ("Israel has arrested more than 14,000 Palestinians in the West Bank, including those freed in exchange deals.",
     [("arrests", 14000, "cumulative", None)]),
    ("The war, triggered by the Hamas-led attack, has killed more than 55,000 people, according to the health ministry.",
     [("killed", 55000, "cumulative", None)]),
    ("Israel's military campaign, which followed the attack of October 7, has killed 54,000 people in Gaza.",
     [("killed", 54000, "cumulative", None)]),
    ("Since the beginning of the year 2024, 152 Palestinians were killed in the West Bank.",
     [("killed", 152, "cumulative", "since 2024-01-01")]),
    ("In the first half of this year, 320 Palestinians were killed in the West Bank, OCHA said.",
     [("killed", 320, "period", "year_to_date")]),
    ("By the end of May of this year, 2,100 Palestinians had been arrested.", [("arrests", 2100, "period", "year_to_date")]),
    ("Doctors at Nasser Medical Complex treated more than 6,000 wounded people over the course of the war.",
     [("injured", 6000, "cumulative", None)]),
])
def test_review_periods(text, expected):
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2025-06-01")] == expected


def test_review_a_year_start_in_a_text_of_no_known_year_is_no_war_total():
    [figure] = extract_figures("Since the start of the year, 152 Palestinians were killed in the West Bank.")[0]
    assert (figure.period, figure.period_detail) == ("cumulative", "since_year_start")


@pytest.mark.parametrize("text,expected", [
    # a dated line under a headline is no label line: the headline heads nothing
    ("Israeli strike on Gaza school kills children on 3 June\nLast updated: 4 June 2025 10:42 GMT\n\n"
     "An Israeli strike on a school killed 30 people and wounded 70, medics said.", [("killed", 30, "all"), ("injured", 70, "all")]),
    # a heading's group is its label lines', not the prose after them
    ("Status of child detainees on 1 May 2025 (IPS data)\nPretrial: 187\nIn total, 10,100 Palestinians were held by the IPS.",
     [("detainees", 187, "children"), ("detainees", 10100, "all")]),
    ("Palestinian detainees, excluding children, on 1 May 2025\nAdministrative detainees: 3,400\nSentenced prisoners: 1,200",
     [("administrative_detainees", 3400, "all"), ("detainees", 1200, "sentenced")]),  # (the held of that status)
    # the held a visit was denied are counted; those a lawyer met are a sample
    ("Since October 2023 Israel has barred the ICRC from visiting 10,000 Palestinians held in its prisons.",
     [("detainees", 10000, "all")]),
    ("More than 10,000 Palestinian detainees not visited by the Red Cross remain in Israeli prisons.", [("detainees", 10000, "all")]),
    ("Only 16 of Gaza's 36 hospitals are functioning, while the other 20 were all partially or completely destroyed.",
     [("hospitals_functioning", 16, "all"), ("hospitals_total", 36, "all")]),
])
def test_review_layouts_samples_and_states(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, published="2025-06-01")] == expected


@pytest.mark.parametrize("text,value,source", [
    ("B'Tselem data\n\nAdministrative detainees held by Israel (in IPS facilities), March 2025\nMen: 3,400\nWomen: 20",
     3400, "B'Tselem"),  # a body in brackets as a place, not as the figures' source
    ("Witnesses describe chaos at Gaza aid distribution site\n\nMore than 500 people have been killed near aid sites since "
     "late May.", 500, None),  # a headline that opens with a speaker is no letterhead
    ("1. On 10 April, UNRWA said 12 of its staff were killed in a strike on a school, and the MoH reported 87 Palestinians "
     "killed in the past 24 hours.[1]\n\n[1] According to the Ministry of Health (MoH) in Gaza.", 12, "UNRWA"),
])
def test_review_sources(text, value, source):
    assert one(text, value).attributed_to == source


@pytest.mark.parametrize("text", [
    # a "-----+-----" rule inside a text table, and a header over the count columns only
    "Admissions in the past 24 hours\n\n  Governorate   | Killed | Injured\n  --------------+--------+--------\n"
    "  North Gaza    |    3   |   11\n  Gaza City     |    9   |   27\n",
    "Admissions in the past 24 hours\n\n                  Killed   Injured\nNorth Gaza           3        11\n"
    "Gaza City            9        27\n",
])
def test_text_tables_with_rules_and_unlabelled_headers(text):
    assert [(f.metric, f.value) for f in figures_of(text)] == [("killed", 3), ("injured", 11), ("killed", 9), ("injured", 27)]


@pytest.mark.parametrize("text,expected", [
    # a body's own statement: "of our crew members", "Members killed on duty" are its staff (not those of a body it names)
    ("Palestinian Civil Defence - General Directorate, Gaza Governorates\nStatement\n\nOur losses in figures\n"
     "- Members killed on duty: 141\n\nIn Rafah, six of our crew members were killed together with eight paramedics of the "
     "Palestine Red Crescent Society.", [("killed", 141, "civil_defence"), ("killed", 6, "civil_defence")]),
    # a pair keeps its group past any qualifier
    ("More than 18,400 children have been killed and upwards of 39,000 injured in the Gaza Strip.",
     [("killed", 18400, "children"), ("injured", 39000, "children")]),
    ("The European Gaza Hospital had 42 patients in its intensive care unit.", [("icu_patients", 42, "all")]),
    ("KEY FIGURES\n  Beds occupied: 145\n  Beds free: 9\n", [("patients", 145, "all"), ("beds_available", 9, "all")]),
])
def test_own_statements_pairs_and_key_figures(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_a_table_of_year_columns_with_rules_and_of_which_rows():
    text = ("Table 2.1 – Detention indicators, West Bank\n"
            "----------------------------------------------\n"
            "Indicator                       2024        2025\n"
            "----------------------------------------------\n"
            "Arrests (all ages)             9,460       7,815\n"
            "  of which children              790         684\n"
            "----------------------------------------------\n"
            "Source: Addameer documentation unit.\n")
    assert [(f.metric, f.value, f.group, f.period, f.period_detail) for f in figures_of(text)] == [
        ("arrests", 9460, "all", "period", "year 2024"), ("arrests", 7815, "all", "period", "year 2025"),
        ("arrests", 790, "children", "period", "year 2024"), ("arrests", 684, "children", "period", "year 2025")]


def test_a_section_number_at_a_lines_start_is_no_count():
    text = "2.2 Prisoners held at year end\n\nAs of 31 December, some 10,420 prisoners were held.\n\n2.3 Deaths in custody\n"
    assert [(f.metric, f.value) for f in figures_of(text)] == [("detainees", 10420)]


def test_a_hyphenated_number_word_before_of_them_is_read_whole():
    text = ("The Commission's lawyer met 46 detainees in Ofer. Thirty-one of them said they had been beaten during the "
            "count.")
    assert [(f.metric, f.value) for f in figures_of(text)] == [("reports_of_abuse", 31)]


@pytest.mark.parametrize("text,expected", [
    ("The army said 23 detainees held at the facility had died.", [("deaths_in_custody", 23, "all")]),
    ("Children account for 171 of the martyrs, the ministry said.", [("killed", 171, "children")]),
    ("Patients evacuated since the closure of the crossing: 3,640", []),  # an evacuation count is no hospital's load
    # one count of the dead and the missing is neither
    ("Rescuers said 87 people were killed or missing.", []),
    ("The civil defence said 120 people were killed and 40 others are missing under the rubble.",
     [("killed", 120, "all"), ("missing", 40, "all")]),
])
def test_round_nine_phrasings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_an_of_which_column_is_a_part_of_the_count_on_its_left():
    text = "Month | Killed | of which children | Injured | of which children\nJanuary | 67 | 14 | 412 | 73\n"
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("killed", 67, "all"), ("killed", 14, "children"), ("injured", 412, "all"), ("injured", 73, "children")]
    # a plain group column of a detention table counts that group's held
    text = "Month | Administrative detainees | Minors\nJan 2025 | 3,405 | 320\n"
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("administrative_detainees", 3405, "all"), ("detainees", 320, "children")]


def test_a_list_of_places_takes_the_count_of_its_first_line():
    text = ("Breakdown by governorate\n\n- Hebron: 187 arrests, 18 of them children\n- Jenin: 121 (including 14 children)\n"
            "- Tulkarm, including its two camps: 47\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("arrests", 187, "all"), ("arrests", 18, "children"), ("arrests", 121, "all"), ("arrests", 14, "children"),
        ("arrests", 47, "all")]


def test_a_glance_list_keeps_its_total_as_the_parent_of_group_lines_and_drops_changes():
    text = ("AT A GLANCE\n• Total held by the IPS: 10,188 – up 120 from May\n"
            "• Administrative detainees: 3,577 – up 63\n• Minors: 319 – down 9\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("detainees", 10188, "all"), ("administrative_detainees", 3577, "all"), ("detainees", 319, "children")]


@pytest.mark.parametrize("text,expected", [
    ("Two UN staff members were killed in Deir al Balah on 10 April, bringing to 295 the number of UN personnel killed "
     "since the start of the hostilities.", [("killed", 2, "period", "day"), ("killed", 295, "cumulative", None)]),
    ("The total toll of the aggression on Lebanon from 2 March 2026 until today has thus reached 1,368 martyrs.",
     [("killed", 1368, "cumulative", "since 2026-03-02")]),
    ("Over the same six months, five Israelis were killed by Palestinians in the West Bank.",
     [("killed", 5, "period", "months")]),
    ("Overall, 127 Palestinians were injured across the West Bank during the fortnight.",
     [("injured", 127, "period", "fortnight")]),
    ("The ministry said 62,744 people had been killed since the war began, including 58 in the previous day, with "
     "158,259 wounded in total.", [("killed", 62744, "cumulative", None), ("killed", 58, "period", "24h"),
                                  ("injured", 158259, "cumulative", None)]),
])
def test_running_totals_stated_spans_and_sums(text, expected):
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2026-06-01")] == expected


@pytest.mark.parametrize("text,value,source", [
    # a title among the first lines names the body the document speaks for: the one right after "of"
    ("Human Rights Council – Sixty-first session\nOral update of the Independent International Commission of Inquiry on "
     "the Occupied Palestinian Territory, including East Jerusalem, and Israel\n\nWe have verified the identities of 131 "
     "children among the dead.", 131, "Commission of Inquiry"),
])
def test_the_author_of_a_title_among_the_first_lines(text, value, source):
    assert one(text, value).attributed_to == source


# --- second review of this session's rules (2026-11-27, third session): each was a reproduced regression ------------

@pytest.mark.parametrize("text,expected", [
    # counts that look like years are no year header
    ("Governorate | Killed | Injured\nNorth Gaza | 2031 | 1950\nGaza City | 812 | 3100",
     [("killed", 2031, "all"), ("injured", 1950, "all"), ("killed", 812, "all"), ("injured", 3100, "all")]),
    # two aligned tables parted by a rule are read as two
    ("Governorate        Killed    Injured\nNorth Gaza             31         80\nKhan Younis            12         40\n"
     "------------------------------------\nGovernorate        Killed    Injured\nJenin                   5         11\n"
     "Nablus                  2          6", [("killed", 31, "all"), ("injured", 80, "all"), ("killed", 12, "all"),
                                           ("injured", 40, "all"), ("killed", 5, "all"), ("injured", 11, "all"),
                                           ("killed", 2, "all"), ("injured", 6, "all")]),
    # a place's other numbers, and places under a line of another count, inherit nothing
    ("West Bank operations\nKilled: 12\nJenin: 11 days of raids\nTulkarm: 3 refugee camps emptied", [("killed", 12, "all")]),
    ("West Bank, 1-7 June\nKilled: 6\nInjured: 41\nJenin: 3\nNablus: 2", [("killed", 6, "all"), ("injured", 41, "all")]),
    ("Arrests by governorate:\n- Hebron: 187\n- Nablus 40, Tulkarm: 33",
     [("arrests", 187, "all"), ("arrests", 40, "all"), ("arrests", 33, "all")]),
    # others' members (armed groups' are fighters, as the probe labels have them), and the speaker's own staff over a
    # letterhead's
    ("UNRWA Situation Report #171\n\n- Members of Palestinian armed groups killed: 3", [("killed", 3, "fighters")]),
    ("UNRWA Situation Report #170\n\nThe Palestinian Civil Defence said that three of our staff members were killed "
     "in Rafah on Tuesday.", [("killed", 3, "civil_defence")]),
    ("B'Tselem\n\nGaza update\n\nUNRWA said on Monday that 13 of our staff were killed in the past week.",
     [("killed", 13, "aid_workers")]),
    ("The UK-Med field hospital in al-Mawasi now has 72 beds in use.", [("beds", 72, "all")]),
    ("Israel is holding 300 detainees from Gaza whose parents have died in the bombardment.", [("detainees", 300, "all")]),
    ("Civil defence crews, still searching for the dead and missing, said 32 people were killed overnight in Gaza City.",
     [("killed", 32, "all")]),
    ("At least 27 people were killed and the missing are believed to be buried under the rubble.", [("killed", 27, "all")]),
    ("The toll of killed or missing stands at 87.", []),
    ("Patients at the referral hospital: 800", [("patients", 800, "all")]),
])
def test_second_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_second_review_periods_of_year_columns_and_bulleted_subheadings():
    text = "Indicator | 2023 | 2024\nPrisoners held | 8,800 | 10,100\nArrests | 5,000 | 6,000"
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text)] == [
        ("detainees", 8800, "point", None), ("detainees", 10100, "point", None),
        ("arrests", 5000, "period", "year 2023"), ("arrests", 6000, "period", "year 2024")]
    text = "According to OCHA, in the week of 1-7 June:\n- West Bank\nPalestinians killed: 6\n- Gaza Strip\nPalestinians killed: 412"
    assert [(f.value, f.period, f.period_detail) for f in figures_of(text)] == [(6, "period", "7d"), (412, "period", "7d")]


@pytest.mark.parametrize("text,expected", [
    ("More than a hundred and forty people were killed, the ministry said.", [("killed", 140)]),
    ("Israeli strikes killed a hundred people in Khan Younis.", [("killed", 100)]),
    ("The strike hit a hundred metres from the hospital, killing 12 people.", [("killed", 12)]),
    ("UNICEF warned that 50,000 children are at risk of dying from malnutrition.", []),
])
def test_a_hundred_and_risks(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a count taken in is an arrest whether it is written in digits or in words
    ("Israeli forces detained four young men in Beita before releasing two of them.",
     [("arrests", 4, "men"), ("released_detainees", 2, "men")]),
    ("Israeli forces detained four Palestinians in Beita.", [("arrests", 4, "all")]),
])
def test_detained_with_a_number_word_is_an_arrest(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The anchor said seventy-two thousand and ninety dead had been registered by the ministry.", [("killed", 72090)]),
    ("Nasser is running at roughly a hundred and forty percent of its bed capacity.", [("bed_occupancy_pct", 140)]),
    # the part of a sample reports the abuse, the sample does not
    ("B'Tselem interviewed former detainees held in Israeli prisons. Sixty-eight of the 73 witnesses said they had been "
     "beaten.", [("reports_of_abuse", 68)]),
    ("Former prisoners held in Ofer told the lawyer of their conditions. Fifty-five described being deprived of adequate "
     "food.", [("reports_of_abuse", 55)]),
])
def test_round_ten_numbers_and_samples(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_a_hunger_label_makes_the_deaths_of_its_line_hunger_deaths():
    text = ("3. Famine and malnutrition: 5 new deaths in the past 24 hours, 2 of them children; the total has climbed to "
            "222 deaths, of whom 101 are children.")
    assert {f.metric for f in figures_of(text)} == {"malnutrition_deaths"}
    assert [f.metric for f in figures_of("Hunger strike: 3 prisoners died in custody.")] == ["deaths_in_custody"]


# --- third review of this session's rules (2026-11-27, third session): each was a reproduced regression -------------

@pytest.mark.parametrize("text,expected", [
    ("Overall, 53,000 people have been killed in Gaza, including 200 in the last 24 hours.",
     [("killed", 53000, "cumulative", None), ("killed", 200, "period", "24h")]),
    ("Israeli strikes killed 45 people, leaving many at risk of death from their wounds.",
     [("killed", 45, "period", "incident")]),
    ("At least 36 detainees at Sde Teiman have died since October 2023, the army said.",
     [("deaths_in_custody", 36, "cumulative", None)]),
    ("Rescue teams were prevented from reaching the area until today, when they found 3 dead.",
     [("killed", 3, "period", "day")]),
    ("Strikes killed 12 people in Rafah on Monday, bringing to 40 the number killed in the city this week.",
     [("killed", 12, "period", "day"), ("killed", 40, "period", "day")]),
    ("Indicator | 2025 | 2024\nKilled | 1,200 | 900",
     [("killed", 1200, "period", "year 2025"), ("killed", 900, "period", "year 2024")]),
])
def test_third_review_periods_and_metrics(text, expected):
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("87 people were killed and missing, the civil defence said.", []),
    ("Nearly a hundred thousand people have been injured since the start of the war.", [("injured", 100000, "all")]),
    ("A hundred and fifty thousand people were injured.", [("injured", 150000, "all")]),
    ("B'Tselem interviewed former detainees held in Israeli prisons. None of the 73 witnesses said they had been beaten.",
     []),
    ("Palestinians killed: 1,000\nJenin: 250\nTulkarm: 140",
     [("killed", 1000, "all"), ("killed", 250, "all"), ("killed", 140, "all")]),
    ("Israeli forces carried out raids this week.\n- Hebron: 187 people arrested\n- Jenin: 121",
     [("arrests", 187, "all"), ("arrests", 121, "all")]),
    ("Arrests by governorate:\n- Jenin (2 camps), Tubas: 18\n- Hebron: 40", [("arrests", 18, "all"), ("arrests", 40, "all")]),
    ("Hospital status\nBeds in use: 145\nBeds available: 9", [("patients", 145, "all"), ("beds_available", 9, "all")]),
])
def test_third_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,value", [
    ("Netanyahu rejects calls for state commission of inquiry\n\nAt least 45 people were killed in Israeli strikes overnight.",
     45),
    ("Gaza: strikes continue as talks stall\nIsrael rejected the latest report of UNRWA on Monday, calling its findings "
     "baseless\n\nAt least 45 people were killed in Israeli strikes overnight.", 45),
])
def test_third_review_no_letterhead_from_a_story(text, value):
    assert one(text, value).attributed_to is None


# --- fourth review of this session's rules (2026-11-27, third session): each was a reproduced regression ------------

@pytest.mark.parametrize("text,expected", [
    ("Famine: 5 killed in a strike on a food queue.", [("killed", 5, "period", "incident")]),
    ("Overall, 127 Palestinians were injured across the West Bank, including 30 children, during the reporting period.",
     [("injured", 127, "period", "reporting_period"), ("injured", 30, "period", "reporting_period")]),
    ("In total, 45 people were killed, 12 of them children, in the past 24 hours.",
     [("killed", 45, "period", "24h"), ("killed", 12, "period", "24h")]),
    ("Strikes killed 12 people on Monday, bringing to 54,000 the number of people killed in Gaza since October 2023, "
     "including 300 this week.", [("killed", 12, "period", "day"), ("killed", 54000, "cumulative", None),
                                  ("killed", 300, "period", "week")]),
])
def test_fourth_review_periods(text, expected):
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Gaza hunger crisis: Israeli strikes killed 27 people near Rafah on Tuesday, the ministry said.", [("killed", 27)]),
    ("At least 45 people were killed and missing people remain under the rubble, civil defence said.", [("killed", 45)]),
    ("(76,700) martyrs and missing persons.", []),
    ("At least 200 people, most of them children, are at risk of dying without evacuation.", []),
    # (no deaths in custody, the review's point; since round 41 former detainees are no longer counted as held either:
    # three people who died of their injuries)
    ("Three former detainees from Khan Younis released last month have died of their injuries.", [("killed", 3)]),
    ("Governorate | Killed | Injured\nDeir al-Balah | 2012 | 2010\nKhan Younis | 1,950 | 1,500",
     [("killed", 2012), ("injured", 2010), ("killed", 1950), ("injured", 1500)]),
    ("Killed: 54,000\nGaza: 2,100,000 people", [("killed", 54000)]),
    ("HaMoked lawyers visited Ofer prison; all of the 45 said they had been beaten.", [("reports_of_abuse", 45)]),
])
def test_fourth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,source", [
    ("A U.N. commission of inquiry said on Tuesday that 45 detainees had died in custody.", "Commission of Inquiry"),
    ("The Israeli State Commission of Inquiry said 1,200 people were killed.", "Israeli State Commission of Inquiry"),
])
def test_fourth_review_the_commission_of_inquiry(text, source):
    [figure] = figures_of(text)
    assert figure.attributed_to == source


# --- fifth review (2026-11-28): the fourth review's fixes, reviewed; each was a reproduced regression ----------------

@pytest.mark.parametrize("text,expected", [
    ("Famine and malnutrition: at least 5 new deaths, including 2 children, in the past 24 hours.",
     [("malnutrition_deaths", 5), ("malnutrition_deaths", 2)]),
    ("Malnutrition-related deaths: Five new deaths in the past 24 hours.", [("malnutrition_deaths", 5)]),
    ("Famine and malnutrition: 5 new deaths in the past 24 hours, bringing the total number of people killed by "
     "starvation to 222.", [("malnutrition_deaths", 5), ("malnutrition_deaths", 222)]),
    # (hunger doing the killing is a death from hunger, as the labels of round 72 count "Hunger has killed 428 people")
    ("UNICEF said malnutrition has killed 28 children, with thousands more at risk of dying.", [("malnutrition_deaths", 28)]),
    ("At least 76,700 martyrs and missing as of 5 May.", []),
    ("The ministry counts 62,000 killed and missing according to its latest update.", []),
    ("More than 61,000 Palestinians dead and missing and 150,000 injured.", [("injured", 150000)]),
    ("At least 53 Palestinian prisoners detained after the start of the war have died, the Commission of Detainees' "
     "Affairs said.", [("deaths_in_custody", 53)]),
    ("HaMoked lawyers visited Ofer prison; almost all of the 45 said they had been beaten.", []),
    ("Table 1: Casualties by governorate\nGovernorate | Killed | Injured\nNorth Gaza | 100 | 200\n\n"
     "Indicator | 2024 | 2025\nKilled | 1,100 | 2,200",
     [("killed", 100), ("injured", 200), ("killed", 1100), ("killed", 2200)]),
])
def test_fifth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,detail", [
    ("Overall, 46 Palestinians were injured in 12 separate incidents during the reporting period.", "reporting_period"),
    ("Overall, 1,200 people were killed across 5 governorates in the past week.", "week"),
])
def test_fifth_review_overall_keeps_its_window_past_a_count_in_its_clause(text, detail):
    [figure] = figures_of(text, published="2025-06-01")
    assert (figure.period, figure.period_detail) == ("period", detail)


@pytest.mark.parametrize("text,source", [
    ("The Or Commission of Inquiry found that police had killed 13 Arab citizens in October 2000.", None),
    ("Sri Lanka's Presidential Commission of Inquiry said 1,200 people were killed.",
     "Sri Lanka's Presidential Commission of Inquiry"),
    ("The Commission of Inquiry said 45 detainees had died in custody.", "Commission of Inquiry"),
])
def test_fifth_review_only_the_un_commission_of_inquiry(text, source):
    [figure] = figures_of(text)
    assert figure.attributed_to == source


# --- a named hospital speaks for itself (2026-11-28) ------------------------------------------------------------------

@pytest.mark.parametrize("text,source", [
    ("Nasser Medical Complex said 23 bodies had been brought in overnight.", "Nasser Medical Complex"),
    ("The director of Al-Shifa Medical Complex, Dr Mohammed Abu Salmiya, said 50 patients were in intensive care.",
     "Al-Shifa Medical Complex"),
    ("Kamal Adwan Hospital's director said 4 people had died.", "Kamal Adwan Hospital"),
    ("According to Al-Awda Hospital, 12 people were injured in the strike.", "Al-Awda Hospital"),
    ("Al-Aqsa Martyrs Hospital in Deir al-Balah said it received 15 bodies on Tuesday.", "Al-Aqsa Martyrs Hospital"),
    ("Officials at the Indonesian Hospital said 7 people were killed.", "Indonesian Hospital"),
    ("Al-Awda Hospital – Weekly update, 3 May 2025\nIn the past week the hospital received 140 injured people.",
     "Al-Awda Hospital"),
    # no name: the hospital's officials, or no one
    ("Hospital officials said 9 people were killed.", "hospital officials"),
    ("A strike near Nasser Hospital killed 5 people, the ministry said.", "Gaza Ministry of Health"),
    ("At Nasser Hospital, 9 people were killed.", None),
])
def test_a_named_hospital_is_its_own_source(text, source):
    [figure] = figures_of(text)
    assert figure.attributed_to == source


# --- hospital key figures, legal statuses, operators, the UN's "maimed" (2026-11-28) ------------------------------

def test_state_lines_under_a_count_of_hospitals_count_hospitals():
    text = ("TOTALS FOR THE STRIP\n  Hospitals operating before the war: 36\n  Functioning: 1\n  Partially functioning: 15\n"
            "  Out of service: 20\n")
    assert [(f.metric, f.value) for f in figures_of(text)] == [
        ("hospitals_total", 36), ("hospitals_functioning", 1), ("hospitals_partially_functioning", 15),
        ("hospitals_out_of_service", 20)]


def test_state_lines_under_no_count_of_hospitals_count_nothing():
    assert figures_of("Primary health care centres\nFunctional: 5\nClosed: 3\n") == []


@pytest.mark.parametrize("text,expected", [
    ("- Sentenced: 2,310\n- Remanded / awaiting trial: 2,940\n- Administrative detainees (no charge, no trial): 3,380",
     [("detainees", 2310, "sentenced"), ("detainees", 2940, "awaiting_trial"), ("administrative_detainees", 3380, "all")]),
    ("Of them, 3,248 were serving sentences, 3,109 were detainees awaiting trial, and 3,325 were in administrative "
     "detention.", [("detainees", 3248, "sentenced"), ("detainees", 3109, "awaiting_trial"),
                    ("administrative_detainees", 3325, "all")]),
    ("The IPS held 10,412 security inmates: 3,312 sentenced prisoners; 1,918 detainees awaiting the conclusion of legal "
     "proceedings.", [("detainees", 10412, "all"), ("detainees", 3312, "sentenced"), ("detainees", 1918, "awaiting_trial")]),
    ("Another 3,212 were in pretrial detention, and 3,145 were serving sentences.",
     [("detainees", 3212, "awaiting_trial"), ("detainees", 3145, "sentenced")]),
    ("Table 1: Palestinian security inmates held by the IPS\n\nCategory | Number\nSentenced prisoners | 2,814\nDetainees (interrogation, pre-trial and awaiting sentencing) | 3,367",
     [("detainees", 2814, "sentenced"), ("detainees", 3367, "awaiting_trial")]),
    # life terms are a status of their own (its own group since 2026-11-27); a child's status stays under the child group
    ("Prisoners sentenced to life imprisonment: 117", [("detainees", 117, "life_sentenced")]),
    ("A further 68 children were held in pretrial detention.", [("detainees", 68, "children")]),
    ("A court sentenced 3 men to prison.", []),
])
def test_a_count_of_the_held_keeps_its_legal_status_as_its_group(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_a_column_headed_admin_counts_administrative_detainees():
    text = ("Facility                      Held   Admin.   Minors\nOfer                         1,412      520      180\n"
            "Megiddo                      1,236      410      165\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [
        ("detainees", 1412, "all"), ("administrative_detainees", 520, "all"), ("detainees", 180, "children"),
        ("detainees", 1236, "all"), ("administrative_detainees", 410, "all"), ("detainees", 165, "children")]


def test_the_body_running_a_hospital_is_no_source():
    text = "MINISTRY OF HEALTH - GAZA\nAl-Quds Hospital (PRCS) - out of service\n\nThe hospitals have 1,960 beds."
    assert [(f.value, f.attributed_to) for f in figures_of(text)] == [(1960, "Gaza Ministry of Health")]


@pytest.mark.parametrize("text,expected", [
    ("The United Nations verified the killing (1,126) and maiming (2,047) of children.", [("killed", 1126), ("injured", 2047)]),
    ("In Lebanon, 1,841 children were maimed.", [("injured", 1841)]),
])
def test_maimed_is_the_uns_word_for_injured(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,source", [
    ("Of the 59 hostages remaining in the enclave, Israeli authorities believe 24 are alive.", "Israeli officials"),
    ("Army says 2,350 Gaza detainees still in military custody, first figure in eight months", "Israeli military"),
    ("His death brings the number of soldiers killed since the ground offensive began in late October 2023 to 391, "
     "according to military figures.", "Israeli military"),
    ("36 Gaza detainees had died at Sde Teiman alone, the newspaper reported, citing military figures.", "Israeli military"),
    ("Palestinian prisoners' groups say Israeli forces have arrested about 21,000 people in the West Bank.",
     "Palestinian prisoners' organisations"),
    ("That means occupancy of 146 percent, the IPS acknowledged in its response to the court.", "Israel Prison Service"),
    # "believed to be" reports nothing: the minister speaks
    ("Rescuers were still looking for 15 people believed to be missing, Health Minister Firass Abiad told reporters in "
     "Beirut.", None),
])
def test_more_ways_to_attribute(text, source):
    assert {f.attributed_to for f in figures_of(text)} == {source}


def test_prisoners_organisations_named_together_are_the_ones_named_next():
    text = ("The number of Palestinian prisoners has reached more than 9,500, according to data published by Palestinian "
            "Prisoner Rights institutions on Tuesday.\n\nThe Addameer Prisoner Support and Human Rights Association "
            "released the data in a statement.")
    assert [(f.value, f.attributed_to) for f in figures_of(text)] == [(9500, "Addameer")]


@pytest.mark.parametrize("text,expected", [
    ("The Israeli military said it was still holding about 2,350 Palestinians from Gaza in its own facilities.",
     [("detainees", 2350)]),
    ("Hamas is still holding 59 hostages.", [("hostages_held", 59)]),
])
def test_still_holding(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("WHO lists 19 of Gaza's 36 hospitals as partially functioning and 17 as out of service.",
     [("hospitals_partially_functioning", 19), ("hospitals_total", 36), ("hospitals_out_of_service", 17)]),
    ("Of Gaza's 36 hospitals, 19 (53%) are partially functional and 17 (47%) remain out of service.",
     [("hospitals_total", 36), ("hospitals_partially_functioning", 19), ("hospitals_out_of_service", 17)]),
    ("Intensive care units hold 87 patients, 19 of them children.", [("icu_patients", 87), ("icu_patients", 19)]),
    ("In the intensive care unit there are 14 patients.", [("icu_patients", 14)]),
    ("Adult ICU: 14 patients on 12 beds", [("icu_patients", 14), ("beds", 12)]),
    ("The hospital was treating 85 patients; its director said 6 of them were in intensive care.",
     [("patients", 85), ("icu_patients", 6)]),
    ("There are 14 children in intensive care.", [("icu_patients", 14)]),
    ("The hospital has 12 ICU beds and 140 patients.", [("beds", 12), ("patients", 140)]),
])
def test_hospital_shares_and_intensive_care(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Since the cessation of hostilities came into force on 27 November 2024, the Centre has recorded a total of 331 "
     "martyrs.", [("killed", 331, "cumulative", "since 2024-11-27")]),
    ("During the aggression from 8 October 2023 to 26 November 2024, the Ministry recorded 4,047 martyrs.",
     [("killed", 4047, "cumulative", "since 2023-10-08")]),
    ("By evening, the health ministry says at least 413 people have been killed - the deadliest single day since the "
     "war began.", [("killed", 413, "period", "day")]),
    ("The toll for the month of October has been revised to 1,071 martyrs.", [("killed", 1071, "period", "month_or_year")]),
    ("Fighting has largely stopped since the truce came into force on Friday, though the civil defence said on Sunday "
     "that Israeli fire had killed 3 people.", [("killed", 3, "period", "incident")]),
])
def test_more_periods(text, expected):
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures_of(text, published="2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Gaza health ministry says the Palestinian death toll since Oct. 7, 2023 has reached 46,719.", [("killed", 46719)]),
    ("That night Israel frees 90 Palestinian prisoners and detainees, the Israel Prison Service says.",
     [("released_detainees", 90)]),
    ("Gaza's civil defence says its crews have pulled 612 bodies from under rubble since the truce began, and that some "
     "10,000 people are still listed as missing.", [("bodies_recovered", 612), ("missing", 10000)]),
    # (the bodies crews pulled from a building are bodies recovered, never a rival of the toll: most probe labels)
    ("The Civil Defence said rescuers had pulled eight bodies from the ruins of the house.", [("bodies_recovered", 8)]),
    ("Ten more people have died of malnutrition in a day, bringing such deaths to 111, among them 81 children.",
     [("malnutrition_deaths", 10), ("malnutrition_deaths", 111), ("malnutrition_deaths", 81)]),
])
def test_wire_wordings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


# --- sixth review (2026-11-28): this session's rules, reviewed; each was a reproduced regression ---------------------

@pytest.mark.parametrize("text,source", [
    ("The UN said Al-Shifa Hospital, once Gaza's largest, now has only 14 patients.", "UN"),
    ("Gaza's health ministry said Kamal Adwan Hospital, the last functioning facility in the north, had received 30 "
     "bodies overnight.", "Gaza Ministry of Health"),
    ("MSF says the Al-Awda Hospital, which it supports, received 60 wounded on Monday.", "MSF"),
    ("Residents believe more than 40 people are still trapped under the rubble, civil defence said.",
     "Palestinian Civil Defence"),
    ("BEIRUT\nArmy says 2 soldiers killed in Israeli strike on checkpoint in south Lebanon", None),
])
def test_sixth_review_sources(text, source):
    assert {f.attributed_to for f in figures_of(text)} == {source}


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes damaged 3 hospitals as troops killed 40 people in Khan Younis, the ministry said.",
     [("killed", 40, "all")]),
    ("Its ICU is no longer working and 150 patients remain inside the hospital, WHO said.", [("patients", 150, "all")]),
    ("An Israeli strike on the hospital killed 4 people in the intensive care unit, the ministry said.",
     [("killed", 4, "all")]),
    ("Four babies in intensive care died after the power was cut, the ministry said.", [("killed", 4, "children")]),
    ("Israel holds 9,500 prisoners who have not been convicted, according to HaMoked.", [("detainees", 9500, "all")]),
    ("The IPS is holding 10,800 security prisoners awaiting the end of the war.", [("detainees", 10800, "all")]),
    ("The UN verified the killing and maiming of 8,000 children in 2024.", []),
    ("The toll of 70,000 killed and missing as of March includes 10,000 under the rubble.", [("missing", 10000, "all")]),
    ("Hospitals out of service: 18\nFunctional: 12 primary health care centres", [("hospitals_out_of_service", 18, "all")]),
])
def test_sixth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("In the last 24 hours, though fighting eased in the north, 38 people were killed in Gaza.", ("period", "24h")),
    ("Over the past week, even as mediators pressed for calm, Israeli strikes killed 85 people in Gaza.",
     ("period", "week")),
    ("Since the ceasefire took effect on 10 October, though, Israeli fire has killed at least 360 people.",
     ("cumulative", "since 2025-10-10")),
    ("Between 8 and 14 October 2023, 2,300 Palestinians were killed in Gaza, OCHA said.", ("period", "7d")),
    ("Between 1 and 31 October 2023, 8,500 Palestinians were killed in Gaza.", ("period", "31d")),
])
def test_sixth_review_periods(text, expected):
    [figure] = figures_of(text, published="2025-11-20")
    assert (figure.period, figure.period_detail) == expected


def test_a_statement_that_brackets_every_count():
    text = ("First: human losses\n1) Total number of martyrs and missing: more than (81,600).\n"
            "2) Martyrs whose bodies arrived at hospitals: (72,130), of them (20,412) children.\n"
            "6) Martyrs of the medical staff: (1,722); martyrs of the civil defence: (140); martyred journalists: (257).\n"
            "8) Medical staff arrested: (362), of whom (97) remain in detention.\n"
            "10) Hospitals out of service: (22) out of (38) hospitals in the Gaza Strip.\n"
            "11) Hospitals working partially: (16), with total bed capacity not exceeding (2,100) beds.\n")
    assert [(f.metric, f.value, f.group, f.qualifier) for f in figures_of(text)] == [
        ("killed", 72130, "all", "exact"), ("killed", 20412, "children", "exact"),
        ("killed", 1722, "health_workers", "exact"), ("killed", 140, "civil_defence", "exact"),
        ("killed", 257, "journalists", "exact"), ("arrests", 362, "health_workers", "exact"),
        ("detainees", 97, "health_workers", "exact"), ("hospitals_out_of_service", 22, "all", "exact"),
        ("hospitals_total", 38, "all", "exact"), ("hospitals_partially_functioning", 16, "all", "exact"),
        ("beds", 2100, "all", "at_most")]


@pytest.mark.parametrize("text,expected", [
    ("8. Mahmoud Adel al-Najjar, 33, from Khan Younis, died in Sde Teiman camp.", []),
    ("Health personnel killed since the start of the aggression: 1,722; still held in occupation prisons: 95.",
     [("killed", 1722, "health_workers"), ("detainees", 95, "health_workers")]),
])
def test_ages_after_names_and_labels_after_a_semicolon(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,values", [
    ("Jenin governorate has the largest share with 277 martyrs, followed by Nablus with 170, Tulkarm with 165, Tubas with "
     "148, Hebron with 121 and Ramallah and al-Bireh with 92.", [277, 170, 165, 148, 121, 92]),
    ("In Jerusalem governorate 38 citizens were killed, in Qalqilya 31, in Bethlehem 29 and in Salfit 10.", [38, 31, 29, 10]),
    ("Jenin saw 63 arrests; Ramallah and al-Bireh recorded 58, Bethlehem 41 and Tulkarm 37.", [63, 58, 41, 37]),
])
def test_a_list_of_places_and_their_counts_in_prose(text, values):
    figures = figures_of(text)
    assert [f.value for f in figures] == values and len({f.metric for f in figures}) == 1


@pytest.mark.parametrize("text,expected", [
    ("Israel holds 9,500 detainees. 36 former detainees reported being beaten.",
     [("detainees", 9500, "all"), ("reports_of_abuse", 36, "all")]),
    ("Israel holds 9,500 detainees. Nineteen detainees said they had been refused medical treatment.",
     [("detainees", 9500, "all"), ("reports_of_abuse", 19, "all")]),
    ("Israel holds 9,500 detainees. Thirty-eight of the 41 former detainees whose testimonies we took said they had been "
     "beaten by guards.", [("detainees", 9500, "all"), ("reports_of_abuse", 38, "all")]),
    ("Israel holds 9,500 detainees. Of the 73 detainees interviewed, 36 said they had been beaten.",
     [("detainees", 9500, "all"), ("reports_of_abuse", 36, "all")]),
    ("Israel holds 9,500 detainees. Nine of the 14 children said they had been beaten in Megiddo.",
     [("detainees", 9500, "all"), ("reports_of_abuse", 9, "children")]),
    ("Israel holds 9,500 detainees, and 40 protesters said they were beaten by police.", [("detainees", 9500, "all")]),
])
def test_the_held_who_say_they_were_abused(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_a_report_about_the_held_counts_their_accounts_in_any_section():
    text = ("Megiddo prison: a report\n\nThe prison held 1,450 detainees in 2025. Detainees described overcrowded cells. "
            "Prisoners slept on the floor. Detainees were held in cells built for six.\n\nViolence. Guards beat the "
            "prisoners during counts.\n\nHealth. Nineteen said they had been refused medical treatment.")
    assert ("reports_of_abuse", 19) in [(f.metric, f.value) for f in figures_of(text)]


@pytest.mark.parametrize("text,sources", [
    ("B'Tselem - The Israeli Information Center for Human Rights in the Occupied Territories\n\nReport summary\n\n"
     "Twenty-seven of the detainees said they had been attacked by dogs in Megiddo prison.", ["B'Tselem"]),
    ("B'Tselem - The Israeli Information Center for Human Rights\n\nAs of the end of December 2025, the IPS was holding "
     "3,362 Palestinians in administrative detention. Among them were 88 minors.",
     ["Israel Prison Service", "Israel Prison Service"]),
    ("OHCHR press briefing note\nOur Office documented 187 settler attacks in August, in which 96 Palestinians were "
     "injured.", ["OHCHR"]),
    ("OHCHR press briefing note\nAt least 76 Palestinians have died in Israeli custody since 7 October 2023, according to "
     "information gathered by our Office.", ["OHCHR"]),
    ("Palestinian detainee organizations report that about 350 children are currently in Israeli detention.",
     ["Palestinian prisoners' organisations"]),
])
def test_letterheads_first_person_and_parts(text, sources):
    assert [f.attributed_to for f in figures_of(text)] == sources


@pytest.mark.parametrize("text,expected", [
    ("The Israel Defense Forces says 70 of those abducted on 7 October remain in Gaza.", [("hostages_held", 70)]),
    ("Three more captives came home on Saturday.", [("hostages_released", 3)]),
    ("Of the 251 hostages abducted on 7 October, 48 remain in Gaza.", [("hostages_taken", 251), ("hostages_held", 48)]),
    ("111 hostages abducted on October 7 remain in Gaza.", [("hostages_held", 111)]),
])
def test_hostages_taken_held_and_home(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The total number of martyrs among those seeking aid stands at 2,615, with more than 19,180 injured, according to the "
     "ministry.", [("killed", 2615, "aid_seekers"), ("injured", 19180, "aid_seekers")]),
    ("Gaza's Government Media Office puts the toll of journalists killed at 212.", [("killed", 212, "journalists")]),
    ("The office says 409 journalists have been wounded and 48 arrested by Israeli forces in Gaza.",
     [("injured", 409, "journalists"), ("arrests", 48, "journalists")]),
    ("Israeli forces killed 40 people and arrested 12 in the raid.", [("killed", 40, "all"), ("arrests", 12, "all")]),
    ("The World Health Organization says fewer than half of the strip's 36 hospitals are working at all.",
     [("hospitals_total", 36, "all")]),
    ("All 36 hospitals are out of service.", [("hospitals_out_of_service", 36, "all")]),
])
def test_pairs_tolls_and_shares_of_hospitals(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces killed 12 in the raid, the ministry said.", [("killed", 12)]),
    ("Israeli forces killed 40 people and arrested 12 in the raid.", [("killed", 40), ("arrests", 12)]),
    ("The army carried out 12 raids in Jenin.", []),
    ("About 500 trucks entered Gaza.", []),
])
def test_a_place_after_a_count_is_not_what_it_counts(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


_ABOUT_THE_HELD = ("Physicians for Human Rights Israel\nDetainees held by the IPS were denied medical care. The prisoners "
                   "lacked medicine. Detainees in Ketziot had scabies. Prisoners were held in overcrowded cells. Detainees "
                   "were beaten.\n\n")


@pytest.mark.parametrize("text,expected", [
    ("At least 104 detainees have died. Eight of the deaths occurred after the beginning of August. Each of these 104 "
     "deaths was preventable.", [("deaths_in_custody", 104), ("deaths_in_custody", 8), ("deaths_in_custody", 104)]),
    ("In the West Bank, 152 Palestinians were killed this year. Settlers were responsible for at least 19 of those deaths.",
     [("killed", 152), ("killed", 19)]),
    ("Their accounts show a pattern:\n  * 57 were hand-tied and 52 were blindfolded\n  * 58 were interrogated without a "
     "lawyer present", [("reports_of_abuse", 57), ("reports_of_abuse", 52), ("reports_of_abuse", 58)]),
    ("1. Physical violence: 97 of the 112 (87 per cent) said they had been beaten repeatedly.", [("reports_of_abuse", 97)]),
])
def test_in_a_report_about_the_held(text, expected):
    assert [(f.metric, f.value) for f in figures_of(_ABOUT_THE_HELD + text)] == expected


def test_indented_section_numbers_are_no_counts():
    text = "1. Martyrs and wounded\n   1.1 Total martyrs ................ 3,365\n   1.3 Among the martyrs:\n" \
           "       1.3.1 children ............... 219\n"
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == [("killed", 3365, "all"), ("killed", 219, "children")]


# --- seventh review (2026-11-28): the rules since the sixth review, reviewed; each was a reproduced regression --------

@pytest.mark.parametrize("text,expected", [
    ("Gaza at a glance: Killed 54,470, Injured 124,693, Displaced 1.9 million, Trucks 90 a day.",
     [("killed", 54470, "all"), ("injured", 124693, "all")]),
    ("Since 18 March, Israeli strikes have killed 3,924, Amputations 4,700 and Orphans 39,000.", [("killed", 3924, "all")]),
    ("Children killed: 17,000; women: 12,000; elderly: 4,000.",
     [("killed", 17000, "children"), ("killed", 12000, "women"), ("killed", 4000, "elderly")]),
    ("Killed in the West Bank since 7 October: 1,000; including children: 200.",
     [("killed", 1000, "all"), ("killed", 200, "children")]),
    ("Women and children killed; total: 30,000.", [("killed", 30000, "women_and_children")]),
    ("Israel is currently holding more than 10,000 Palestinian prisoners, who the Commission says have been tortured.",
     [("detainees", 10000, "all")]),
    ("Some 50 detainees said they had refused food for a week in protest against their conditions.",
     [("detainees", 50, "all")]),
    ("Hamas still holds 58 hostages, whose families are desperate for them to come home.", [("hostages_held", 58, "all")]),
    ("Some 111 hostages abducted on October 7, 2023 remain in Gaza, the Israeli military said.",
     [("hostages_held", 111, "all")]),
    ("Israel is holding 2,000 Gazans who cannot be visited, according to HaMoked.", [("detainees", 2000, "all")]),
    ("Killed: (54,000)\nInjured: (124,693)\nMissing: (10,000)\nThe Ministry of Health said Mohammad Ali Kmail (23) was "
     "killed in Jenin.", [("killed", 54000, "all"), ("injured", 124693, "all"), ("missing", 10000, "all")]),
    ("Jenin has the largest share with 277 martyrs, followed by Nablus with 170, Tubas and the Northern Valleys with 60 and "
     "Ramallah and al-Bireh with 92.", [("killed", 277, "all"), ("killed", 170, "all"), ("killed", 60, "all"),
                                         ("killed", 92, "all")]),
])
def test_seventh_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_seventh_review_a_headline_naming_bodies_is_no_letterhead():
    text = ("UNICEF, WHO and WFP warn that thousands of children are at imminent risk\n"
            "Israeli strikes killed at least 45 people across the Gaza Strip on Wednesday.")
    assert [f.attributed_to for f in figures_of(text)] == [None]


@pytest.mark.parametrize("text,expected", [
    ("The number of aid-seeker martyrs who reached hospitals has reached 2,621, with more than 19,200 injured.",
     [("killed", 2621, "aid_seekers"), ("injured", 19200, "aid_seekers")]),
    ("   4.1 Health and emergency workers martyred ........ 226", [("killed", 226, "health_workers")]),
    ("The number of arrest cases recorded in the West Bank since October 2023 has risen to approximately 22,300, among "
     "them about 1,820 children.", [("arrests", 22300, "all"), ("arrests", 1820, "children")]),
    ("The arrest of the seven journalists raises to 213 the number of journalists detained since October 2023, 49 of whom "
     "remain in prison.", [("arrests", 213, "journalists"), ("detainees", 49, "journalists")]),
    ("The Ministry of Health reports 271 deaths attributed to starvation and malnutrition, 112 of them children.",
     [("malnutrition_deaths", 271, "all"), ("malnutrition_deaths", 112, "children")]),
])
def test_round_thirteen_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_the_held_known_to_have_died():
    text = _ABOUT_THE_HELD + ("The number of prisoners and detainees known by name to have died since the start of the war "
                              "has risen to 112, 72 of them from Gaza.")
    assert [(f.metric, f.value) for f in figures_of(text)] == [("deaths_in_custody", 112), ("deaths_in_custody", 72)]


@pytest.mark.parametrize("text,expected", [
    ("This raises the total among aid seekers since 27 May 2025 to 1,516 martyrs and more than 11,000 injuries.",
     [("killed", 1516, "aid_seekers"), ("injured", 11000, "aid_seekers")]),
    ("Since 27 May 2025, aid seekers have lost 918 martyrs, with over 6,100 injured.",
     [("killed", 918, "aid_seekers"), ("injured", 6100, "aid_seekers")]),
    # speakers are no group: "Medics said 14 ...", "Civil Defence crews say at least 8,000 ..."
    ("Medics said 14 of the dead were killed when a strike hit a house.", [("killed", 14, "all")]),
    # "killed while seeking aid": aid seekers too (the probe labels' convention, settled 2026-11-29)
    ("It said 875 people had been killed while seeking aid since the end of May.", [("killed", 875, "aid_seekers")]),
])
def test_aid_seekers_named_as_those_counted_among(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


# --- eighth review (2026-11-28): the rules since the seventh review, reviewed; each was a reproduced regression --------

_A_PRISONER_RELEASE_STORY = ("Israel freed 90 prisoners on Sunday. The prisoners were held in Ofer prison. Detainees from Gaza "
                             "were also released. The Prison Service said the detainees were processed overnight. Prisoners' "
                             "families waited outside the jail. Detainees described their conditions.\n\n")


@pytest.mark.parametrize("text,expected", [
    ("The Gaza health ministry says more than 67,800 Palestinians have died since the war began in October 2023, most of "
     "them women and children.", [("killed", 67800)]),
    ("According to the ministry, the number of deaths since the start of the war has reached 68,000, including 18,000 "
     "children.", [("killed", 68000), ("killed", 18000)]),
])
def test_eighth_review_a_story_naming_prisons_keeps_the_wars_dead(text, expected):
    figures = figures_of(_A_PRISONER_RELEASE_STORY + text)
    assert [(f.metric, f.value) for f in figures][0] == ("released_detainees", 90)
    assert [(f.metric, f.value) for f in figures][1:] == expected


@pytest.mark.parametrize("text,expected", [
    ("According to the Palestinian Journalists Syndicate, 49 journalists remain detained since the start of the war.",
     [("detainees", 49)]),
    ("At least 1,800 Palestinians from Gaza detained since October 2023 are being held under the Unlawful Combatants Law.",
     [("detainees", 1800)]),
    ("UNRWA team members killed: 370; UNRWA schools damaged or destroyed: 300", [("killed", 370)]),
    ("Journalists killed: 252; media offices destroyed: 143", [("killed", 252)]),
    ("Palestinians killed in the West Bank since 7 October 2023: 1,050; settler attacks: 2,700", [("killed", 1050)]),
    ("Children killed: 17,000; orphaned: 39,000", [("killed", 17000)]),
])
def test_eighth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("According to the Israel Prison Service, 10,620 Palestinians were held as of 1 December, 3,290 of them in "
     "administrative detention.", [("detainees", 10620, "all"), ("administrative_detainees", 3290, "all")]),
    # (the security forces are Israeli soldiers only where named so: Gaza's police are "security forces" too)
    ("Over the same period, 22 Israelis, eight of them members of the Israeli security forces, were killed in attacks by "
     "Palestinians.", [("killed", 22, "all"), ("killed", 8, "soldiers")]),
    ("Only 16 of Gaza's 36 hospitals are still providing any services, all of them partially; the other 20 are out of "
     "service.", [("hospitals_partially_functioning", 16, "all"), ("hospitals_total", 36, "all"),
                  ("hospitals_out_of_service", 20, "all")]),
    ("In the northern governorates, only 4 hospitals are receiving patients, all of them partially.",
     [("hospitals_partially_functioning", 4, "all")]),
    ("Hamas said 59 hostages were held as bargaining chips.", [("hostages_held", 59, "all")]),
])
def test_round_fourteen_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The number of child prisoners stands at about 350, and the number of women prisoners at 49.",
     [("detainees", 350, "children"), ("detainees", 49, "women")]),
    ("Livelihood martyrs (aid seekers): hospitals have registered 2,615 martyrs and more than 19,170 injured among people "
     "who went to seek aid since 27 May 2025.", [("killed", 2615, "aid_seekers"), ("injured", 19170, "aid_seekers")]),
    ("Israeli forces killed 14 of them, and settlers killed 3.", [("killed", 14, "all"), ("killed", 3, "all")]),
    ("Civil Defence: 1,263 bodies recovered since the ceasefire.", [("bodies_recovered", 1263, "all")]),
    ("- Bodies recovered by troops: 49", [("bodies_recovered", 49, "all")]),
])
def test_groups_in_labels_and_label_runs(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected



# --- ninth review (2026-11-28): the last rules, reviewed; each was a reproduced regression ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Settler violence: 1,200 Palestinians injured since October 2023.", [("injured", 1200, "all")]),
    ("Police raids: 20 people arrested in East Jerusalem.", [("arrests", 20, "all")]),
    ("Journalists: 250 killed.", [("killed", 250, "journalists")]),
    ("Four hospitals are fully functioning, while the other 8 hospitals are open, all of them partially.",
     [("hospitals_functioning", 4, "all"), ("hospitals_partially_functioning", 8, "all")]),
    ("Two hospitals are working in Gaza City; in Khan Younis, 3 hospitals are operating, all partially.",
     [("hospitals_functioning", 2, "all"), ("hospitals_partially_functioning", 3, "all")]),
    ("Hamas said 59 people were held as of Monday in Gaza.", []),
    ("Settler violence deaths 12 injuries 240", [("killed", 12, "all"), ("injured", 240, "all")]),
    ("An Israeli strike on a police post in Gaza City killed 9 people, 4 of them members of the security forces, the "
     "interior ministry said.", [("killed", 9, "all"), ("killed", 4, "all")]),
])
def test_ninth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Of the 350 life- and long-sentence prisoners, 167 were being deported abroad under the terms of the deal.",
     [("released_detainees", 167)]),
    ("At the European Hospital, officials said 411 of the returning detainees had arrived by nightfall.",
     [("released_detainees", 411)]),
])
def test_the_deported_and_the_returning_were_released(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


# --- tenth review (2026-11-28): the ninth review's fixes, reviewed; each was a reproduced regression ----------------

@pytest.mark.parametrize("text,expected", [
    ("The Israel Prison Service said 10,221 Palestinians are held as of 1 March.", [("detainees", 10221)]),
    ("HaMoked said 9,900 Palestinians were being held as of 1 April, 3,300 of them in administrative detention.",
     [("detainees", 9900), ("administrative_detainees", 3300)]),
    ("At the European Hospital, officials said 411 of the returning detainees had arrived by nightfall.",
     [("released_detainees", 411)]),
])
def test_tenth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text)] == expected


def test_tenth_review_a_hospital_in_capitals_after_said_is_no_speaker():
    text = "AL-AQSA HOSPITAL, already overwhelmed, received 30 bodies overnight, the ministry said."
    assert [f.attributed_to for f in figures_of(text)] == ["Gaza Ministry of Health"]


def test_the_institutions_are_the_prisoners_bodies_named_before():
    text = ("The Palestinian Prisoners' Society and the Commission of Detainees' Affairs held a press conference on "
            "Tuesday about conditions in the prisons.\n\nThe number of child prisoners was unchanged. Prisoners complained "
            "of hunger. Visits remain banned.\n\nThe total number of prisoners in the occupation's prisons exceeded 10,300, "
            "the two institutions said.")
    assert [(f.value, f.attributed_to) for f in figures_of(text)] == [(10300, "Commission for Prisoners' Affairs")]


# --- earlier values compared with: the count as it stood then, dated by the words after it ---------------------------

@pytest.mark.parametrize("text,published,expected", [
    ("By the end of October 2025, Addameer counted 10,480 Palestinian prisoners in Israel Prison Service facilities, "
     "compared with 10,910 at the end of September.", "2025-11-03",
     [("detainees", 10480, "2025-10-31"), ("detainees", 10910, "2025-09-30")]),
    ("As of 31 December 2025, some 10,420 Palestinians were held in Israeli prisons, compared with 10,300 a year earlier.",
     "2026-01-10", [("detainees", 10420, "2025-12-31"), ("detainees", 10300, "2024-12-31")]),
    ("WHO said 18 of Gaza's 36 hospitals were partially functioning, up from 14 in October.", "2026-02-18",
     [("hospitals_partially_functioning", 18, "2026-02-18"), ("hospitals_total", 36, "2026-02-18"),
      ("hospitals_partially_functioning", 14, "2025-10-31")]),
    ("Six Palestinians were killed across the West Bank this week, up from four the previous week, the ministry said.",
     "2026-05-17", [("killed", 6, "2026-05-17"), ("killed", 4, "2026-05-10")]),
    ("As of the end of August 2026, 331 children were held in IPS facilities, down from 340 at the end of July and 348 "
     "at the end of June.", "2026-09-05",
     [("detainees", 331, "2026-08-31"), ("detainees", 340, "2026-07-31"), ("detainees", 348, "2026-06-30")]),
    # the pre-war count of beds available is the bed capacity the war took away
    ("Across the Strip, some 2,000 inpatient beds are available, compared with roughly 3,500 before October 2023.",
     "2025-03-01", [("beds_available", 2000, "2025-03-01"), ("beds", 3500, "2023-10-06")]),
    # no time named, or one that cannot be placed before the count: no figure
    ("Israel now holds 3,327 administrative detainees, down from 3,600 previously, HaMoked said.", "2024-06-01",
     [("administrative_detainees", 3327, "2024-06-01")]),
    ("The ministry registered 112 injured this week, compared with 149 in week 46.", "2026-11-20",
     [("injured", 112, "2026-11-20")]),
    ("The number of injured reached 2,100, up from about 1,500 reported on Sunday.", "2024-06-01",
     [("injured", 2100, "2024-06-01")]),
    # a count of another kind after "compared with" is not the first count's earlier value
    ("The army said 40 soldiers were killed, compared with 120 injured.", "2024-06-01", [("killed", 40, "2024-06-01")]),
])
def test_an_earlier_value_is_a_figure_of_the_day_the_words_after_it_name(text, published, expected):
    assert [(f.metric, f.value, f.as_of.isoformat()) for f in figures_of(text, published)] == expected


def test_an_earlier_value_keeps_the_count_s_group_source_and_own_qualifier():
    earlier = one("According to HaMoked, 3,260 Palestinians were held in administrative detention in April 2026, compared "
                  "with about 1,310 in September 2023, on the eve of the war.", 1310, published="2026-05-04")
    assert (earlier.metric, earlier.qualifier, earlier.attributed_to, earlier.as_of) == \
        ("administrative_detainees", "approx", "HaMoked", dt.date(2023, 9, 30))


def test_an_israeli_body_s_name_says_nothing_of_the_place_its_figures_are_about():
    text = ("Defense for Children International - Palestine\n\nRamallah, September 9, 2026 - The number of Palestinian "
            "children held in Israeli prisons fell slightly in August, according to Israel Prison Service (IPS) data "
            "obtained by Defense for Children International - Palestine (DCIP).\n\nAs of the end of August 2026, 331 "
            "Palestinian children from the occupied West Bank, including East Jerusalem, were held in IPS facilities.")
    assert one(text, 331, published="2026-09-09").attributed_to == "Israel Prison Service"


# --- round fifteen: wordings of its first score's misses, written anew ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the number of X in a place: the place is where they are held, X is what is counted
    ("As of 1 March, the number of administrative detainees in Israeli prisons stood at 3,410.",
     [("administrative_detainees", 3410, "all")]),
    ("The number of Palestinians killed in Israeli prisons stood at 75, the commission said.",
     [("deaths_in_custody", 75, "all")]),
    ("The number of child prisoners in Israeli jails stood at 350.", [("detainees", 350, "children")]),
    # bodies kept are no toll; bodies found are recovered, no longer missing
    ("Israel continues to withhold the bodies of 91 martyrs killed since October 2023.", []),
    ("The occupation is still withholding the bodies of 64 of the prisoners who died in custody.", []),
    ("Hospitals admitted 9 martyrs in the past 24 hours, including 3 retrieved from under the rubble, and 22 injured.",
     [("killed", 9, "all"), ("bodies_recovered", 3, "all"), ("injured", 22, "all")]),
    ("Crews pulled 4 people alive from under the rubble, and 6 remain missing.", [("missing", 6, "all")]),
    ("The hospital said 17 other people were being treated for wounds.", [("injured", 17, "all")]),
    ("At Nasser Medical Complex, 19 patients were being treated in the intensive care unit.",
     [("icu_patients", 19, "all")]),
    # a group named after a pair of counts is both counts'; "the injured" joined to a group's dead are theirs
    ("The ministry has counted 412 fatalities and more than 3,100 injuries among aid seekers.",
     [("killed", 412, "aid_seekers"), ("injured", 3100, "aid_seekers")]),
    ("The number of martyrs among aid seekers has reached 2,700, while the injured exceed 19,800.",
     [("killed", 2700, "aid_seekers"), ("injured", 19800, "aid_seekers")]),
    # not a verb of the next count, nor a part's group
    ("Strikes killed 11 people, three of them children, and wounded 27.",
     [("killed", 11, "all"), ("killed", 3, "children"), ("injured", 27, "all")]),
])
def test_round_fifteen_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


# --- eleventh review (2026-11-27): the last session's rules, reviewed; each was a reproduced regression ---------------

@pytest.mark.parametrize("text,expected", [
    # the security forces named among Israelis are its soldiers; a label names its group, unless it names their acts
    ("46 Israelis have been killed in the West Bank, 31 of them members of the security forces, OCHA said.",
     [("killed", 46, "all"), ("killed", 31, "soldiers")]),
    ("Soldiers: 850 killed", [("killed", 850, "soldiers")]),
    ("Police officers: 59 killed", [("killed", 59, "police")]),
    ("Civilians: 800 killed", [("killed", 800, "civilians")]),
    ("Journalists: 206 Palestinians killed since October 2023", [("killed", 206, "journalists")]),
    ("Settler violence: 1,200 Palestinians injured since October 2023.", [("injured", 1200, "all")]),
    # deported to a prison is no release; returning to jail is no release
    ("Israeli forces detained at least 25 Palestinians in Hebron, 14 of whom were deported to Ofer prison, WAFA reported.",
     [("arrests", 25, "all"), ("arrests", 14, "all")]),
    ("The Society said 15 of the returned prisoners have returned to Israeli jails since the exchange.",
     [("detainees", 15, "all")]),
    # held as of a day, of children and women too
    ("Some 350 children were held as of the end of September, the Palestinian Prisoners' Society said.",
     [("detainees", 350, "children")]),
    ("According to the IPS, 89 women were held as of 1 November.", [("detainees", 89, "women")]),
    # "all of them partially" past a count of something else
    ("Just 18 hospitals remain functional across 3 governorates, all of them only partially, according to WHO.",
     [("hospitals_partially_functioning", 18, "all")]),
    ("Four hospitals are fully functioning, while the other 8 hospitals are open, all of them partially.",
     [("hospitals_functioning", 4, "all"), ("hospitals_partially_functioning", 8, "all")]),
])
def test_eleventh_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("between,source", [
    ("Al-Shifa Hospital and Al-Ahli Hospital reported a surge in casualties.", "Al-Ahli Hospital"),
    ("The Gaza Ministry of Health and the Civil Defence reported new strikes.", "Palestinian Civil Defence"),
])
def test_the_institutions_are_only_the_bodies_named_last(between, source):
    text = (f"The Palestinian Prisoners' Society said 9,900 Palestinians are held. {between} The two institutions said "
            "they had received 64 bodies since dawn.")
    assert one(text, 64).attributed_to == source


def test_list_lines_under_a_breakdown_header_share_the_count_s_period():
    text = ("The strikes on Lebanese towns on Friday, 20 March 2026, resulted in 19 martyrs and 64 wounded. They are "
            "distributed by district as follows:\n\n- Nabatieh district: 6 martyrs and 22 wounded.\n- Tyre district: 5 "
            "martyrs and 17 wounded.\n\nWith these figures, the cumulative toll since 2 March 2026 rises to 437 martyrs.")
    periods = {f.value: f.period for f in figures_of(text, "2026-03-21")}
    assert periods == {19: "period", 64: "period", 6: "period", 22: "period", 5: "period", 17: "period",
                       437: "cumulative"}


@pytest.mark.parametrize("text,expected", [
    # a share opening the next sentence: of a group, or named by its own word; "14 of these incidents" counts no one
    ("Between 7 October 2023 and 9 February 2026, 1,086 Palestinians were killed in the West Bank. Of these, at least "
     "221 were children.", [("killed", 1086, "all"), ("killed", 221, "children")]),
    ("Killed in shelters: 31 people. Of these, 37 have since been released.", [("killed", 31, "all")]),
    ("The ministry said 55,297 people have been killed and 128,426 wounded. Of the total, 5,139 people have been killed "
     "since the offensive resumed on March 18.",
     [("killed", 55297, "all"), ("injured", 128426, "all"), ("killed", 5139, "all")]),
    ("OCHA documented 61 incidents. In 14 of these incidents, Palestinians were injured: 27 people in total, including "
     "five children, were hurt by settlers.", [("injured", 27, "all"), ("injured", 5, "children")]),
    ("- Sentenced: 2,310\n- Held under the Unlawful Combatants Law: 1,850\n\nOf the total, 355 are children and 48 are "
     "women.", [("detainees", 2310, "sentenced"), ("unlawful_combatants_detainees", 1850, "all"),
                ("detainees", 355, "children"), ("detainees", 48, "women")]),
    ("All 20 living hostages were freed; the commission met the families of several of the 28 whose bodies were held in "
     "Gaza.", [("hostages_released", 20, "all"), ("hostages_dead", 28, "all")]),
])
def test_shares_of_the_count_before(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Nasser hospital said it had received the bodies of 11 people, including five children, and that 14 other people "
     "were being treated for wounds.", [("killed", 11, "all"), ("killed", 5, "children"), ("injured", 14, "all")]),
    ("Women prisoners number 52, two of them minor girls.", [("detainees", 52, "women"), ("detainees", 2, "children")]),
    ("Resolution number 2712 was adopted.", []),
    ("At least 98 Palestinians from Gaza and the West Bank have died in Israeli custody since 7 October 2023.",
     [("deaths_in_custody", 98, "all")]),
    ("Four of those killed were children under the age of eighteen.", [("killed", 4, "children")]),
    ("Of those arrested, 11 were still being held on Thursday.", [("detainees", 11, "all")]),
    ("Since the ceasefire, the total number of bodies our crews have recovered has reached 803.",
     [("bodies_recovered", 803, "all")]),
    ("The Ministry said 3 hospitals in the South have suspended their services, while 12 others continue to operate at "
     "reduced capacity.", [("hospitals_out_of_service", 3, "all"), ("hospitals_partially_functioning", 12, "all")]),
    ("The number of child prisoners is no fewer than 340, while women prisoners number 51, among them a mother of five.",
     [("detainees", 340, "children"), ("detainees", 51, "women")]),
    ("The prison administration classifies a further 1,540 detainees from Gaza as \"unlawful combatants\".",
     [("unlawful_combatants_detainees", 1540, "all")]),
])
def test_round_fifteen_wordings_second_batch(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


# --- twelfth review (2026-11-27): this session's rules, reviewed; each was a reproduced regression --------------------

@pytest.mark.parametrize("text,expected", [
    # a count joined after an earlier value is its own when it names its own kind or no time
    ("The ministry said 68,875 people had been killed, up from 68,858 the day before, and 170,679 injured.",
     [("killed", 68875, "all", "2025-11-05"), ("killed", 68858, "all", "2025-11-04"),
      ("injured", 170679, "all", "2025-11-05")]),
    # the earlier value is of the whole, in its series: its group and its running count
    ("The IPS was holding 10,800 Palestinians, including 400 children, compared with 5,200 a year earlier.",
     [("detainees", 10800, "all", "2025-11-05"), ("detainees", 400, "children", "2025-11-05"),
      ("detainees", 5200, "all", "2024-11-05")]),
    ("UNRWA said 370 of its staff had been killed, compared with 360 at the end of September.",
     [("killed", 370, "aid_workers", "2025-11-05"), ("killed", 360, "aid_workers", "2025-09-30")]),
    ("Palestinians killed by settlers since 7 October 2023 reached 32, compared with 10 before the war.",
     [("killed", 32, "all", "2025-11-05")]),
])
def test_twelfth_review_earlier_values(text, expected):
    assert [(f.metric, f.value, f.group, f.as_of.isoformat()) for f in figures_of(text, "2025-11-05")] == expected


def test_twelfth_review_an_earlier_running_count_keeps_its_period():
    earlier = one("The total number of journalists killed since 7 October 2023 reached 254, compared with 250 last week.",
                  250, published="2025-11-05")
    assert (earlier.group, earlier.period, earlier.as_of) == ("journalists", "cumulative", dt.date(2025, 10, 29))


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces killed 3 Palestinians in Jenin, including two members of the security forces, the Palestinian "
     "health ministry said.", [("killed", 3, "all"), ("killed", 2, "all")]),
    ("At least 79 Palestinians have died in Israeli custody since October 2023, among them 40 who had been arrested in "
     "Gaza.", [("deaths_in_custody", 79, "all"), ("deaths_in_custody", 40, "all")]),
    ("The strike on the school left 20 dead and 15 children among the injured.",
     [("killed", 20, "all"), ("injured", 15, "children")]),
    ("Some 30 children were held as of 1 December 2023 by Hamas, the army said.", []),
    ("The number of Palestinians killed in Israeli prisons since the war began has reached 76.",
     [("deaths_in_custody", 76, "all")]),
    ("Israeli civilians: 12 Palestinians killed", [("killed", 12, "all")]),
])
def test_twelfth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_twelfth_review_a_list_line_larger_than_the_count_is_no_part_of_it():
    text = ("In the past 24 hours, 19 people were killed in strikes. They are distributed by district as follows:\n\n"
            "- Nabatieh: 160 martyrs\n- Tyre: 5 martyrs\n")
    periods = {f.value: f.period_detail for f in figures_of(text, "2026-03-21")}
    assert periods[5] == "24h" and periods[160] != "24h"


# --- round sixteen: wordings of its first score's misses, written anew -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("These strikes killed 980 people and injured 1,702, among them health workers, patients and their companions.",
     [("killed", 980, "all"), ("injured", 1702, "all")]),
    ("An additional eight people, including a child, were killed by settlers.",
     [("killed", 8, "all"), ("killed", 1, "children")]),
    ("Six children from one extended family were killed in a strike on a house.", [("killed", 6, "children")]),
    ("The intensive care units are treating 88 patients, many of them on the floor.", [("icu_patients", 88, "all")]),
    ("Its intensive care unit, which has 10 beds, was treating 24 patients.",
     [("beds", 10, "all"), ("icu_patients", 24, "all")]),
    ("The number of hospitals that have been forced to stop work altogether has reached 9, while 6 others are operating "
     "partially.", [("hospitals_out_of_service", 9, "all"), ("hospitals_partially_functioning", 6, "all")]),
    ("Nasser Medical Complex is at a bed occupancy of 230 percent, and al-Shifa Medical Complex at 190 percent.",
     [("bed_occupancy_pct", 230, "all"), ("bed_occupancy_pct", 190, "all")]),
    ("Eleven detainees told us they had been subjected to sexual humiliation.", [("reports_of_abuse", 11, "all")]),
    ("Forty detainees reported medical conditions that had gone untreated for weeks.", [("reports_of_abuse", 40, "all")]),
    ("Fifty detainees said they did not receive enough food.", [("reports_of_abuse", 50, "all")]),
    ("His death brings to 91 the number of Palestinian prisoners and detainees whose names are known who have died in "
     "Israeli custody since October 2023.", [("deaths_in_custody", 91, "all")]),
    ("The occupation is still detaining more than 340 health workers, among them 4 hospital directors.",
     [("detainees", 340, "health_workers"), ("detainees", 4, "health_workers")]),
    ("The army says it has killed more than 300 Hezbollah members since the ceasefire began.", [("killed", 300, "fighters")]),
    ("The occupation is still holding 17 members of our crews, most of them arrested in raids on hospitals.",
     [("detainees", 17, "all")]),
])
def test_round_sixteen_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_a_release_is_the_body_its_title_names_and_its_verified_attacks_carry():
    text = ("WHO condemns the continued attacks on hospitals in Gaza\n\nNews release\nGeneva, 12 November 2025\n\n"
            "The World Health Organization is deeply concerned by the attacks.\n\nBetween 7 October 2023 and 9 November "
            "2025, WHO verified 822 attacks on health care in the Gaza Strip. These attacks killed 1,011 people.\n\n"
            "Roughly 2,100 hospital beds are available across the Gaza Strip.")
    found = {f.value: (f.attributed_to, f.period) for f in figures_of(text, "2025-11-12")}
    assert found == {822: ("WHO", "cumulative"), 1011: ("WHO", "cumulative"), 2100: ("WHO", "point")}


def test_a_prisoners_body_carries_to_no_casualty_count():
    text = ("State of Palestine\nMinistry of Health – Ramallah\n\nThe ministry said three young men were killed in Ya'bad. "
            "The Palestinian Prisoners' Society said the occupation forces arrested at least 12 residents of the town.\n\n"
            "With today's martyrs, the number of martyrs in the West Bank since the beginning of 2026 has risen to 41.")
    found = {f.value: f.attributed_to for f in figures_of(text, "2026-03-11")}
    assert found[12] == "Palestinian Prisoners' Club" and found[41] == "Palestinian Ministry of Health (Ramallah)"


def test_a_storming_of_a_town_is_one_event():
    assert one("Three martyrs and seven injured in the occupation's storming of Ya'bad", 3).period_detail == "incident"


@pytest.mark.parametrize("text,source", [
    ("OHCHR press briefing note\n\nAccording to information gathered by our Office, at least 88 Palestinians have died in "
     "the custody of the Israel Prison Service since October 2023.", "OHCHR"),
    ("In its response to the petition before Israel's High Court of Justice, the State reported that 614 detainees were "
     "being held at the facility.", "Israeli officials"),
])
def test_the_holder_is_no_source_and_the_state_answers_for_israel(text, source):
    figure = figures_of(text, "2026-01-20")[0]
    assert figure.attributed_to == source


# --- round seventeen: wordings and layouts of its first score's misses, written anew ------------------------------------

def test_a_key_figure_closed_by_a_bracketed_mark_takes_its_footnote_s_source_and_the_mark_is_no_count():
    text = ("KEY FIGURES\n\nGaza Strip\n  35,000    Palestinians killed (1)\n  10,000+   people reported missing (2)\n\n"
            "Israel\n  1,139     people killed in Israel, most on 7 October (3)\n\nFOOTNOTES\n(1) MoH Gaza. Figures are "
            "not verified.\n(2) Government Media Office in Gaza.\n(3) Israeli official sources, cited in media.\n")
    found = sorted((f.value, f.attributed_to) for f in figures_of(text, "2024-04-24"))
    assert found == [(1139, "Israeli officials"), (10000, "Gaza Government Media Office"),
                     (35000, "Gaza Ministry of Health")]


def test_a_bracketed_number_with_no_footnotes_is_still_a_count():
    text = "Killed by governorate:\n- Jenin (12)\n- Nablus (9)\n"
    assert sorted(f.value for f in figures_of(text)) == [9, 12]


def test_a_table_with_a_column_per_date_dates_each_cell_and_its_caption_names_the_source():
    text = ("HaMoked receives figures from the Israel Prison Service. The table below sets out the IPS figures for "
            "the first day of each month, by legal status.\n\n"
            "  Legal status                 1 Sep 2026   1 Oct 2026\n"
            "  Sentenced prisoners               1,402        1,396\n"
            "  Administrative detainees          3,367        3,401\n")
    found = [(f.metric, f.value, f.group, f.as_of.isoformat(), f.attributed_to) for f in figures_of(text, "2026-11-23")]
    assert found == [("detainees", 1402, "sentenced", "2026-09-01", "Israel Prison Service"),
                     ("detainees", 1396, "sentenced", "2026-10-01", "Israel Prison Service"),
                     ("administrative_detainees", 3367, "all", "2026-09-01", "Israel Prison Service"),
                     ("administrative_detainees", 3401, "all", "2026-10-01", "Israel Prison Service")]


# --- thirteenth review (2026-11-27): round 16's fixes, reviewed; each was a reproduced regression -----------------------

@pytest.mark.parametrize("text,expected", [
    ("Since the start of the occupation's storming of Jenin camp on 21 January, 40 Palestinians have been killed, the "
     "ministry said.", [("killed", 40, "cumulative")]),
    ("Bed occupancy at Nasser Medical Complex stood at 180 percent, while fuel reserves were at 10 percent, WHO said.",
     [("bed_occupancy_pct", 180, "point")]),
    ("The Palestinian Ministry of Health said 12 people were killed in Tulkarm on Tuesday hours after the Prisoners' Club "
     "announced the death of a detainee in Negev prison.", [("killed", 12, "period")]),
    ("One family member was killed and three others were injured when a drone struck their car in Tyre.",
     [("killed", 1, "period"), ("injured", 3, "period")]),
])
def test_thirteenth_review_readings(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2025-01-30")] == expected


@pytest.mark.parametrize("text,source", [
    # a prisoners' body keeps a casualty count no other body named can take
    ("Commission of Detainees' Affairs\n\nThe Commission's lawyers visited Ofer prison. 31 detainees were injured, "
     "according to testimonies gathered by the Commission.", "Commission for Prisoners' Affairs"),
    # a state is Israel only in a petition's story
    ("In Lebanon, the State said 1,200 people had been killed since September.", None),
])
def test_thirteenth_review_sources(text, source):
    assert figures_of(text, "2025-01-30")[0].attributed_to == source


def test_thirteenth_review_legislators_are_no_fighters_and_verifying_a_figure_carries_nothing():
    assert one("Israel is holding 12 Hamas members of the Palestinian Legislative Council in administrative detention, "
               "Addameer said.", 12).group == "all"
    assert one("Israeli officials said 1,200 people were killed on 7 October, a figure OHCHR verified. Since then, 44,000 "
               "Palestinians have been killed in Gaza.", 44000).attributed_to is None


def test_a_detention_report_s_findings_list_counts_those_who_report_abuse_and_its_sample_is_no_count():
    text = ("B'Tselem - The Israeli Information Center for Human Rights in the Occupied Territories\n\n"
            "The report is based on interviews with 72 former prisoners and detainees, 55 from the West Bank and 17 from "
            "the Gaza Strip.\n\nKey findings\nAlmost all of those interviewed described violence by guards and by the "
            "IPS's special units. Of the 72 people who gave testimony:\n* 66 said they were beaten repeatedly;\n"
            "* 61 described being kept hungry for weeks;\n* 47 said they had been denied medical treatment.\n")
    found = [(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2026-10-21")]
    assert found == [("reports_of_abuse", 66, "B'Tselem"), ("reports_of_abuse", 61, "B'Tselem"),
                     ("reports_of_abuse", 47, "B'Tselem")]


def test_a_table_s_caption_group_and_its_whole_before_a_kind_of_the_held():
    text = ("Children in IPS custody at the end of each month\n  Month           Total   In administrative detention\n"
            "  June 2026       322     98\n  July 2026       331     104\n")
    found = [(f.metric, f.value, f.group) for f in figures_of(text, "2026-09-10")]
    assert found == [("detainees", 322, "children"), ("administrative_detainees", 98, "children"),
                     ("detainees", 331, "children"), ("administrative_detainees", 104, "children")]


def test_a_label_aligned_to_its_value_names_its_group():
    text = ("At the close of 2025, more than 9,300 Palestinians were held. Among them:\n\n"
            "  Administrative detainees          3,285\n  Children                          about 350\n"
            "  Women                             49\n")
    found = [(f.metric, f.value, f.group) for f in figures_of(text, "2026-01-05")]
    assert found == [("detainees", 9300, "all"), ("administrative_detainees", 3285, "all"), ("detainees", 350, "children"),
                     ("detainees", 49, "women")]


@pytest.mark.parametrize("text,expected", [
    ("The intensive care unit at Nasser Medical Complex was caring for 34 patients, nearly double its capacity.",
     [("icu_patients", 34, "all")]),
    ("KEY FIGURES\n  133       Israelis and foreign nationals still held in Gaza\n", [("hostages_held", 133, "all")]),
])
def test_round_seventeen_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


# --- fourteenth review (2026-11-27): round 17's fixes, reviewed; each was a reproduced regression ----------------------

@pytest.mark.parametrize("text,expected", [
    # "guards" of a country and "ships" in words mark no text about the held
    ("Iran's Revolutionary Guards said the strikes continued. At least 30 people have died of cholera in Hodeidah since "
     "January, the WHO said.", [("killed", 30, "all", "WHO")]),
    # a prisoners' body named before takes no casualty count of another
    ("The Palestinian Prisoners' Society said more than 10,800 Palestinians are held. Since October 2023, more than 68,000 "
     "Palestinians have been killed in Gaza.",
     [("detainees", 10800, "all", "Palestinian Prisoners' Club"), ("killed", 68000, "all", None)]),
    # the UN verifying killings reports them
    ("The United Nations verified the killing of 41 children in Lebanon.", [("killed", 41, "children", "United Nations")]),
    # the army counting complaints of abuse it received is their source
    ("The Israeli military said it had received 250 complaints of abuse by detainees.",
     [("reports_of_abuse", 250, "all", "Israeli military")]),
    ("Three detainees injured during their arrest died in custody this year.", [("deaths_in_custody", 3, "all", None)]),
])
def test_fourteenth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group, f.attributed_to) for f in figures_of(text, "2026-11-05")] == expected


def test_fourteenth_review_each_footnote_mark_takes_the_note_after_it_and_its_own_mark():
    text = ("KEY FIGURES\n  Killed: 34,183 (1)   Injured: 77,143 (2)\n\nFOOTNOTES\n(1) MoH Gaza.\n(2) OCHA estimate.\n\n"
            "ISRAEL\n  1,139     people killed in Israel (1)\n\nFOOTNOTES\n(1) Israeli official sources.\n")
    found = sorted((f.value, f.attributed_to) for f in figures_of(text, "2024-04-24"))
    assert found == [(1139, "Israeli officials"), (34183, "Gaza Ministry of Health"), (77143, "OCHA")]


def test_fourteenth_review_counts_of_events_under_month_columns_are_each_month_s():
    text = "  Indicator              Sep 2026   Oct 2026\n  Palestinians killed        12          9\n  Arrests   450   520\n"
    found = [(f.value, f.period, f.period_detail, f.as_of.isoformat()) for f in figures_of(text, "2026-11-05")]
    assert found == [(12, "period", "month", "2026-09-30"), (9, "period", "month", "2026-10-31"),
                     (450, "period", "month", "2026-09-30"), (520, "period", "month", "2026-10-31")]


def test_fourteenth_review_a_sentence_before_a_table_is_no_caption_of_its_group():
    text = ("Many of the victims were children.\n\n  Governorate     Killed   Injured\n  Jenin             12       40\n"
            "  Nablus             9       31\n")
    assert {f.group for f in figures_of(text)} == {"all"}


# --- round eighteen: wordings of its first score's misses, written anew ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A monitoring group says 185 doctors, nurses and paramedics are still being held by Israel.",
     [("detainees", 185, "health_workers")]),
    ("The Red Crescent said its teams treated 13 people at the scene.", [("injured", 13, "all")]),
    ("Its paramedics had treated 11 people for live-fire wounds on Thursday alone.", [("injured", 11, "all")]),
    ("The martyrs are Mu'tasim Jamal Abu al-Rub (19) and Ahmad Kamal Zakarneh (22).", []),
])
def test_round_eighteen_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


def test_of_the_hospitals_at_most_n_are_still_receiving_patients_none_at_full_capacity():
    text = ("Of the 36 hospitals in the Strip, no more than 14 are still receiving patients, none of them at full capacity; "
            "the other 22 are out of service.")
    assert [(f.metric, f.value, f.qualifier) for f in figures_of(text)] == [
        ("hospitals_total", 36, "exact"), ("hospitals_partially_functioning", 14, "at_most"),
        ("hospitals_functioning", 0, "exact"), ("hospitals_out_of_service", 22, "exact")]


# --- fifteenth review (2026-11-27): the last batch, reviewed; each was a reproduced regression --------------------------

@pytest.mark.parametrize("text,expected", [
    # a part of the count in an aside is no group of the whole
    ("Israeli strikes killed 45 people, including women and children, across Gaza on Tuesday.", [("killed", 45, "all")]),
    # medics treating illness count no one hurt
    ("MSF teams treated 85 people for respiratory infections in Gaza City this week.", []),
    ("The Red Crescent said its crews treated 14 people after the attack on Tuesday night.", [("injured", 14, "all")]),
])
def test_fifteenth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text,value,source", [
    # the IPS named after the count is who the detainees accuse, not who counted them
    ("B'Tselem interviewed 55 former detainees. Of them, 48 said they had been beaten by IPS guards.", 48, "B'Tselem"),
    ("The IPS said that 36 prisoners reported being beaten.", 36, "Israel Prison Service"),
    # the State named back keeps its count of the held
    ("In its response to the court, the State said 614 detainees were held at Sde Teiman. The State further said 23 "
     "detainees had died at the facility.", 23, "Israeli officials"),
])
def test_fifteenth_review_sources(text, value, source):
    assert one(text, value).attributed_to == source


def test_fifteenth_review_a_title_ending_in_a_stop_still_names_its_table_s_group_and_since_rows_keep_running():
    text = ("Table 3. Children killed and injured, by governorate.\n  Governorate     Killed   Injured\n"
            "  Jenin             12       40\n  Nablus             9       31\n")
    assert {f.group for f in figures_of(text)} == {"children"}
    text = ("  Indicator                                  Sep 2026   Oct 2026\n"
            "  Palestinians killed since 7 October 2023      1,050      1,059\n"
            "  Arrests                                         450        520\n")
    assert [(f.value, f.period) for f in figures_of(text, "2026-11-05")] == [
        (1050, "cumulative"), (1059, "cumulative"), (450, "period"), (520, "period")]


@pytest.mark.parametrize("text,expected", [
    ("Of the 251 people taken hostage on October 7, 147 have been returned alive, most in two truce deals.",
     [("hostages_taken", 251), ("hostages_released", 147)]),
    ("Officials believe 20 of the hostages are still alive.", [("hostages_alive", 20)]),
    # (the 15 are bodies handed back, no more dead: a count the schema does not score)
    ("Of the 28 deceased captives Hamas agreed to hand over, 15 have been returned so far.", [("hostages_dead", 28)]),
    ("Of the 251 abducted, 70 remain in Gaza.", [("hostages_taken", 251), ("hostages_held", 70)]),
])
def test_hostages_returned_alive_still_alive_deceased_and_remaining(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-20")] == expected


# --- sixteenth review (2026-11-27): the last rules, reviewed; each was a reproduced regression -------------------------

@pytest.mark.parametrize("text,expected", [
    # kinds listed with commas: everyone, unless all of one group; a part after "including" is no list of kinds
    ("The strike killed 30 men, women and children sheltering in the school.", [("killed", 30, "all")]),
    ("Some 310 health workers, aid workers and journalists have been killed in Gaza since October 2023.",
     [("killed", 310, "all")]),
    ("A monitoring group says 185 doctors, nurses and paramedics are still being held by Israel.",
     [("detainees", 185, "health_workers")]),
    # medics treating the hurt, the hurt word past a clause
    ("PRCS teams treated 62 people, 15 of them for live-ammunition wounds, after the raid on Jenin camp.",
     [("injured", 62, "all"), ("injured", 15, "all")]),
    ("Of those abducted, 51 have been returned in coffins.", [("hostages_taken", 51, "all")]),
    ("The army said 12 of the hostages were alive when they were abducted.", [("hostages_held", 12, "all")]),
])
def test_sixteenth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-20")] == expected


@pytest.mark.parametrize("text,value,source", [
    ("36 prisoners reported being beaten by guards in 2025, the IPS told Haaretz.", 36, "Israel Prison Service"),
    ("Kenya's High Court heard the petition on Monday. The State said 65 protesters had been arrested.", 65, None),
])
def test_sixteenth_review_sources(text, value, source):
    assert one(text, value, published="2025-10-20").attributed_to == source


def test_sixteenth_review_a_sentence_with_no_stated_verb_before_a_table_is_no_caption_and_released_so_far_run_on():
    text = ("Women and children made up most of the victims.\n\n  Governorate     Killed   Injured\n"
            "  Jenin             12       40\n  Nablus             9       31\n")
    assert {f.group for f in figures_of(text)} == {"all"}
    released = one("Of the 251 people taken hostage on October 7, 147 have been returned alive.", 147, "2025-10-20")
    assert (released.metric, released.period) == ("hostages_released", "cumulative")


# --- left from the last session's note (2026-11-27): known misses, written anew ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the living among hostages: "remain alive", and a count of the living after the sentence naming the hostages
    ("Of the 48 hostages, about 20 remain alive.", [("hostages_held", 48), ("hostages_alive", 20)]),
    ("Israeli officials say 50 hostages remain in Gaza. They believe 20 are still alive.",
     [("hostages_held", 50), ("hostages_alive", 20)]),
    ("Israeli officials say 50 hostages remain in Gaza. Rescuers pulled 3 people out alive.", [("hostages_held", 50)]),
    # a part by its health is no part of a count other than the wounded's
    ("The Red Crescent said 140 released detainees had arrived at the hospital, 12 of them in serious condition.",
     [("released_detainees", 140)]),
    ("The strike injured 20 people, 5 of them in critical condition.", [("injured", 20), ("injured", 5)]),
])
def test_living_hostages_and_parts_by_their_health(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-20")] == expected


# --- round nineteen: wordings of its first score's misses, written anew ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # withheld bodies are no toll, however the sentence goes on; the deceased held are deaths in custody
    ("The occupation continues to hold the bodies of 64 of them.", []),
    ("Israel is withholding the bodies of 71 of them, which brings the number of withheld prisoners' bodies to 90.", []),
    ("Of the 88 deceased prisoners and detainees, 41 came from the Gaza Strip.",
     [("deaths_in_custody", 88, "all"), ("deaths_in_custody", 41, "all")]),
    # the parts of a total just stated; a whole named by its group alone, with a part held under a regime
    ("Arrests in the West Bank since the war began have reached some 19,400. This figure includes around 1,500 children "
     "and no fewer than 540 women.", [("arrests", 19400, "all"), ("arrests", 1500, "children"), ("arrests", 540, "women")]),
    ("The IPS holds 9,870 prisoners. According to the IPS, the total includes 290 minors.",
     [("detainees", 9870, "all"), ("detainees", 290, "children")]),
    ("Of the 310 children, 72 are held in administrative detention.",
     [("detainees", 310, "children"), ("administrative_detainees", 72, "children")]),
    ("Of the 310 child prisoners, 72 are held under administrative detention orders.",
     [("detainees", 310, "children"), ("administrative_detainees", 72, "children")]),
    # a release by its other names; arrests by "the number detained"
    ("The ICRC said it had facilitated the return of 44 detainees, among them three minors.",
     [("released_detainees", 44, "all"), ("released_detainees", 3, "children")]),
    ("The Prisoners' Society put the number detained at 96, including 11 children.",
     [("arrests", 96, "all"), ("arrests", 11, "children")]),
    ("There are also about 290 children and 44 women in the prisons.",
     [("detainees", 290, "children"), ("detainees", 44, "women")]),
])
def test_round_nineteen_detention_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_nineteen_a_list_of_accounts_goes_on_past_a_line_naming_no_detainee():
    text = ("Nearly all of the released detainees described violence by guards:\n\n"
            "- 51 of the 60 said they had been beaten;\n"
            "- 44 described receiving meagre rations that left them constantly hungry;\n"
            "- 20 said they had spent weeks blindfolded;\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == [
        ("reports_of_abuse", 51), ("reports_of_abuse", 44), ("reports_of_abuse", 20)]


@pytest.mark.parametrize("text,value,source", [
    ("Israeli strike on a tent camp in Mawasi kills 23, Gaza rescuers say", 23, "Palestinian Civil Defence"),
    ("An Israeli strike on a house in Nabatieh killed 6 people, rescuers said.", 6, "Lebanese Civil Defence"),
    ("More than 1,700 people have been killed while seeking food since May, according to the United Nations human rights "
     "office.", 1700, "OHCHR"),
])
def test_round_nineteen_sources(text, value, source):
    assert one(text, value, published="2026-05-01").attributed_to == source


def test_round_nineteen_demanding_a_release_counts_those_held():
    assert [(f.metric, f.value) for f in figures_of("Israel demanded the release of 20 hostages.", "2026-05-01")] == [
        ("hostages_held", 20)]


@pytest.mark.parametrize("text,expected", [
    # no hospital fully working is a count of zero, where the sentence speaks of hospitals
    ("Seventeen hospitals remain partially functional; none is fully functional.",
     [("hospitals_partially_functioning", 17), ("hospitals_functioning", 0)]),
    ("No hospital in Gaza is fully functional, WHO said.", [("hospitals_functioning", 0)]),
    ("The raid left none of north Gaza's four hospitals functioning.",
     [("hospitals_functioning", 0), ("hospitals_total", 4)]),
    ("Only 19 of 36 hospitals were functioning, none of them fully, and the number of hospital beds had fallen to 2,100.",
     [("hospitals_partially_functioning", 19), ("hospitals_total", 36), ("hospitals_functioning", 0), ("beds", 2100)]),
    ("Water: none of the 12 wells is fully functional.", []),
    # a governorate's row of a table of hospitals counts its hospitals (not a row of other facilities, nor a row of a
    # table of other facilities)
    ("Hospital status by governorate\n\nGovernorate       Total   Partially functional   Out of service\nNorth Gaza          5"
     "               1                   4\nPrimary health care centres   40   12   28\nField hospitals in Rafah   3   2   1\n",
     [("hospitals_total", 5), ("hospitals_partially_functioning", 1), ("hospitals_out_of_service", 4)]),
    ("Medical points by governorate\n\nGovernorate | Functional | Partially functional | Non-functional\n"
     "North Gaza | 0 | 5 | 20\nGaza | 3 | 10 | 30\n", []),
    # a key-figures card whose label holds a date; a weight's range is no count
    ("Statistics\n\n97\nPrisoners killed in custody since 7 October 2023\n\n334\nPrisoners killed in custody since 1967\n",
     [("deaths_in_custody", 97), ("deaths_in_custody", 334)]),
    ("Prisoners report losing between 15 and 30 kilograms during their detention.", []),
])
def test_round_nineteen_hospitals_and_cards(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Intensive care units across Gaza were caring for 58 patients on 30 January.", [("icu_patients", 58, "all")]),
    ("Two patients were killed when a shell struck the hospital's courtyard.", [("killed", 2, "patients")]),
    ("The intensive care unit is treating 40 patients with only 12 ventilators in working order.",
     [("icu_patients", 40, "all")]),
    ("Bed occupancy averaged 131 per cent at Al-Shifa Medical Complex and 147 per cent at Nasser Medical Complex.",
     [("bed_occupancy_pct", 131, "all"), ("bed_occupancy_pct", 147, "all")]),
    ("Of the 251 people abducted during the attack, 148 have come home alive.",
     [("hostages_taken", 251, "all"), ("hostages_released", 148, "all")]),
    ("Officials said there was serious concern for the condition of three others.", []),
    ("A further 340 health workers remain in Israeli detention, and the fate of 31 others is still unknown.",
     [("detainees", 340, "health_workers"), ("missing", 31, "health_workers")]),
])
def test_round_nineteen_patients_hostages_and_the_unknown(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_nineteen_the_living_and_the_dead_a_few_sentences_after_the_hostages():
    text = ("Israeli forces recovered the bodies of two hostages in Gaza, leaving 49 captives in the enclave, the office said.\n\n"
            "The two were killed on October 7. Their families asked for privacy.\n\n"
            "Israeli authorities believe that 20 of those still held are alive, and that at least 26 are dead.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")][-2:] == [("hostages_alive", 20), ("hostages_dead", 26)]


@pytest.mark.parametrize("text,expected", [
    ("• Bodies recovered from under the rubble: 4", [("bodies_recovered", 4, "all")]),
    ("The ministry has so far documented 241 attacks on emergency services and hospitals.",
     [("attacks_on_health_care", 241, "all")]),
    ("This brings the number of health workers martyred since the start of the aggression to 176, and the number wounded "
     "to 298.", [("killed", 176, "health_workers"), ("injured", 298, "health_workers")]),
])
def test_round_nineteen_bulletin_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_nineteen_a_running_count_compared_with_the_same_period_of_last_year():
    text = ("The number of martyrs in the West Bank since the start of this year has risen to 38, compared with 25 martyrs "
            "in the same period of last year.")
    assert [(f.value, f.period_start, f.as_of) for f in figures_of(text, "2026-05-01")] == [
        (38, dt.date(2026, 1, 1), dt.date(2026, 5, 1)), (25, dt.date(2025, 1, 1), dt.date(2025, 5, 1))]


def test_round_nineteen_arabic_aid_seekers_after_a_pair_the_resumed_war_and_parts_of_the_dead():
    from parsers.arabic import extract_arabic_figures
    text = ("وصل إلى المستشفيات خلال الساعات الـ٢٤ الماضية ١٧ شهيداً و٨٢ إصابة من منتظري المساعدات.\n"
            "أما الحصيلة منذ استئناف العدوان في ١٨ مارس ٢٠٢٥ فقد بلغت ١١٬٩٠٠ شهيداً و٥٠٬١٠٠ إصابة، من بينهم ٣٠٠ طفل.\n")
    found = [(f.metric, f.value, f.group, f.period_start) for f in extract_arabic_figures(text, published=dt.date(2026, 5, 1))]
    assert found == [("killed", 17, "aid_seekers", None), ("injured", 82, "aid_seekers", None),
                     ("killed", 11900, "all", dt.date(2025, 3, 18)), ("injured", 50100, "all", dt.date(2025, 3, 18)),
                     ("killed", 300, "children", dt.date(2025, 3, 18))]


@pytest.mark.parametrize("text,expected", [
    # where people stayed is no more of what is counted; a list of kinds in an aside closed by a comma
    ("At least 702 people sheltering in UNRWA premises have been killed since October 2023.", [("killed", 702, "all")]),
    ("At least 702 people sheltering in schools have been killed.", [("killed", 702, "all")]),
    ("Over 45 UNRWA staff, including teachers, doctors, social workers and clerks, have been detained by Israeli forces.",
     [("arrests", 45, "aid_workers")]),
    ("Over 45 UNRWA staff have been detained by Israeli forces. Nineteen of them remain in detention.",
     [("arrests", 45, "aid_workers"), ("detainees", 19, "aid_workers")]),
    # held, taken in, trapped
    ("The IPS continues to hold more than 9,800 Palestinians.", [("detainees", 9800, "all")]),
    ("Troops stormed the hospital, detaining 12 medical staff.", [("arrests", 12, "health_workers")]),
    ("The occupation is still detaining more than 340 health workers.", [("detainees", 340, "health_workers")]),
    ("Crews were still searching for five people believed to be trapped under the concrete.", [("missing", 5, "all")]),
])
def test_round_nineteen_where_people_stayed_asides_and_the_held(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


# --- round twenty: wordings of its first score's misses, written anew --------------------------------------------------

def test_round_twenty_a_numbered_list_under_a_running_intro_that_runs_up_to_a_weekday():
    text = ("The Office sets out below the main figures of the war on the Gaza Strip since 7 October 2023, as documented "
            "up to Monday, 2 March 2026:\n\n1. Martyrs registered in hospital records: 72,110\n"
            "2. Gaza residents taken prisoner by the occupation army: 6,900\n3. Medical staff taken into detention: 370\n"
            "4. Ambulances struck or destroyed: 210\n")
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2026-03-02")] == [
        ("killed", 72110, "cumulative"), ("arrests", 6900, "cumulative"), ("arrests", 370, "cumulative")]


@pytest.mark.parametrize("text,expected", [
    ("Denial of medical care was reported by 131 detainees held at Ofer.", [("reports_of_abuse", 131, "all")]),
    ("Of the children held in September 2026, 91 were administrative detainees.",
     [("administrative_detainees", 91, "children")]),
    ("The IPS held 9,870 security prisoners, 64 more than at the beginning of September.", [("detainees", 9870, "all")]),
    ("The two bodies said that Israeli forces arrested 380 Palestinians in the West Bank.", [("arrests", 380, "all")]),
    ("More than 17,000 patients remain on the waiting list.", []),
])
def test_round_twenty_detention_and_patients_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_twenty_a_list_line_of_those_who_went_hungry():
    text = "Of the 52 former detainees we interviewed after their release from prison:\n* 33 had gone hungry in detention;\n"
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == [("reports_of_abuse", 33)]


# --- seventeenth review (2026-11-27): this session's first rules, reviewed; each was a reproduced regression ----------

@pytest.mark.parametrize("text,expected", [
    ("Qatar and Egypt helped secure the release of 4 hostages on Saturday.", [("hostages_released", 4)]),
    ("The deal provides for the return of all 48 hostages still held in Gaza.", [("hostages_held", 48)]),
    ("The agreement provides for the return of 1,968 Palestinian prisoners and detainees.", [("detainees", 1968)]),
    ("The number detained without charge or trial reached 3,400 in March, HaMoked said.",
     [("administrative_detainees", 3400)]),
    ("Israeli forces arrested 14, and 200 kg of explosives were seized, the army said.", [("arrests", 14)]),
    ("Of the 12 primary health care centres in Rafah, none is fully functional; Nasser hospital is overwhelmed.", []),
    ("Gaza has 11 field hospitals, 7 of them operating but none of them fully, WHO said, adding that hospitals lack fuel.",
     []),
    ("The bodies of 4 hostages were handed over on Tuesday. Only 2 of the 9 men taken from the Nova festival remain "
     "alive, relatives said.", [("hostages_dead", 4)]),
    ("Some 251 people were taken hostage on Oct. 7. About 3,000 Palestinians were alive in Israeli custody, the group said.",
     [("hostages_taken", 251)]),
])
def test_seventeenth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == expected


@pytest.mark.parametrize("text,value,source", [
    ("The strike killed at least 25 people, according to rescuers from the Palestine Red Crescent Society.", 25,
     "Palestine Red Crescent Society"),
    ("The UN rights body said at least 875 people were killed near aid sites.", 875, None),
])
def test_seventeenth_review_sources(text, value, source):
    assert one(text, value, published="2026-05-01").attributed_to == source


@pytest.mark.parametrize("text,expected", [
    ("Six children have died of hypothermia in Gaza since the start of winter, the ministry said.", []),
    ("The ministry recorded the deaths of eight infants from hypothermia since mid-December.", []),
    ("The IPS is holding 3,390 administrative detainees, some 350 children and 47 women, the Commission said.",
     [("administrative_detainees", 3390, "all"), ("detainees", 350, "children"), ("detainees", 47, "women")]),
    ("The IPS holds 3,390 administrative detainees, including 85 children.",
     [("administrative_detainees", 3390, "all"), ("administrative_detainees", 85, "children")]),
    ("The IPS released figures showing 10,150 Palestinians held.", [("detainees", 10150, "all")]),
])
def test_round_twenty_cold_deaths_lists_of_the_held_and_published_figures(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_twenty_an_actor_freeing_people_is_no_source_and_a_count_since_an_opening_runs_on():
    freed = figures_of("Hamas released three Israeli hostages on Saturday, and Israel freed 369 Palestinian prisoners.",
                       "2026-05-01")
    assert [(f.metric, f.value, f.attributed_to) for f in freed] == [
        ("hostages_released", 3, None), ("released_detainees", 369, None)]
    since = one("The number of aid seekers killed near the sites has risen to 96 since the sites opened last week.", 96,
                published="2026-05-01")
    assert since.period == "cumulative"


def test_round_twenty_arabic_pairs_carry_about_and_the_aid_seekers_named_after_them():
    from parsers.arabic import extract_arabic_figures
    text = ("- الحصيلة منذ 18 مارس 2025: نحو 10,200 شهيداً و 43,100 إصابة.\n"
            "- 26 شهيداً من شهداء لقمة العيش، وأكثر من 170 إصابة خلال 24 ساعة.\n")
    found = [(f.value, f.qualifier, f.group) for f in extract_arabic_figures(text, published=dt.date(2026, 5, 1))]
    assert found == [(10200, "approx", "all"), (43100, "approx", "all"), (26, "exact", "aid_seekers"),
                     (170, "at_least", "aid_seekers")]


def test_round_twenty_figures_a_body_released_are_its_own():
    assert one("Figures the army released in the spring put the number of militants it had killed at roughly 21,000.",
               21000, published="2026-05-01").attributed_to == "Israeli military"


@pytest.mark.parametrize("text,expected", [
    ("Settlers set fire to two homes, and eight Palestinians, among them two children, were treated for smoke inhalation.",
     [("injured", 8, "all"), ("injured", 2, "children")]),
    ("In August alone, WHO recorded 21 attacks affecting health facilities, ambulances and personnel.",
     [("attacks_on_health_care", 21, "all")]),
    ("Of the 205 detainees whose cases we documented, 180 reported that they had been subjected to torture.",
     [("reports_of_abuse", 180, "all")]),
    ("More than 14,000 patients, including some 3,600 children, are still waiting to leave the Strip for care.", []),
    ("The report draws on the accounts of 30 former detainees interviewed after their release, 26 of whom described "
     "beatings.", [("reports_of_abuse", 26, "all")]),
    ("The IPS holds 10,050 Palestinians. Around 3,450 of them were administrative detainees.",
     [("detainees", 10050, "all"), ("administrative_detainees", 3450, "all")]),
    ("UNRWA said 78 staff members had been detained. As of 18 November, 47 of them remained in detention.",
     [("arrests", 78, "aid_workers"), ("detainees", 47, "aid_workers")]),
])
def test_round_twenty_treated_attacks_samples_and_staff(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_twenty_the_health_cluster_counts_as_itself_only_as_the_subject_of_its_count():
    assert one("The Health Cluster recorded 16 attacks affecting health care in the period.", 16,
               published="2026-05-01").attributed_to == "Health Cluster"
    assert one("Health Cluster Bulletin No. 12. WHO says 17 of 36 hospitals are partially functional.", 17,
               published="2026-05-01").attributed_to == "WHO"


@pytest.mark.parametrize("text,expected", [
    ("According to the two institutions, the prison population includes:\n\n- 45 women, two of whom are from Gaza;\n"
     "- 47 journalists.\n", [("detainees", 45, "women"), ("detainees", 2, "women"), ("detainees", 47, "journalists")]),
    ("Table 1: Prisoners held at the start of each month\n\nMonth            Total held   Administrative detainees\n"
     "May 2026           10,210             3,400\nJune 2026          10,150             3,380\n",
     [("detainees", 10210, "all"), ("administrative_detainees", 3400, "all"), ("detainees", 10150, "all"),
      ("administrative_detainees", 3380, "all")]),
    ("- Serving a sentence: 1,380 (-11)", [("detainees", 1380, "sentenced")]),
    ("ACRI noted that the prison population had risen by almost 4,800 since the start of the war.", []),
])
def test_round_twenty_the_held_in_lists_tables_and_changes(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_twenty_a_floor_is_a_lower_bound():
    floor = one("The number of administrative detainees has not fallen below 3,100 in any month.", 3100, published="2026-05-01")
    assert floor.qualifier == "at_least"
    assert one("The toll fell below 3,100.", 3100, published="2026-05-01").qualifier == "at_most"


# --- eighteenth review (2026-11-27): rounds 19 and 20's fixes, reviewed; each was a reproduced regression --------------

@pytest.mark.parametrize("text,expected", [
    ("Qatar and Egypt are working to secure the release of the 48 hostages still held in Gaza.", [("hostages_held", 48)]),
    # held, not arrests; and held without charge or trial, administrative detention (as 3 of 3 probe labels read it)
    ("Israel is detaining 3,400 Palestinians without charge or trial, B'Tselem said.", [("administrative_detainees", 3400)]),
    ("Nasser Medical Complex is treating 600 patients, and 2,000 more are on a waiting list for surgery.",
     [("patients", 600), ("patients", 2000)]),
    ("Occupancy stood at 110 per cent at Al-Aqsa, while 65 per cent in Khan Younis had no access to clean water.",
     [("bed_occupancy_pct", 110)]),
    ("Israeli forces raided Nablus and put the number detained in the raid at 40.", [("arrests", 40)]),
    ("Of the 251 people abducted, 147 came home alive and 8 were rescued by the army.",
     [("hostages_taken", 251), ("hostages_released", 147), ("hostages_rescued", 8)]),
    ("Israeli authorities carried out the transfer of 300 detainees from Sde Teiman to Ofer.", [("detainees", 300)]),
    ("Five people were killed, and medics expressed concern over the condition of 12 others who were seriously wounded.",
     [("killed", 5), ("injured", 12)]),
    ("An airstrike hit the home of the Abu Nasr family before dawn. The 15 were killed as they slept, the civil defence said.",
     [("killed", 15)]),
    ("Since 7 October 2023, 700 Palestinians have been killed in the West Bank, compared with 150 in the same period of "
     "the previous year.", [("killed", 700)]),
    ("Three soldiers were taken prisoner in the ambush, Hamas claimed.", []),
    ("Israel continues to hold 5 positions in southern Lebanon.", []),
])
def test_eighteenth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == expected


def test_eighteenth_review_key_figures_with_commas_and_lists_naming_places_or_crews():
    assert [(f.metric, f.period) for f in figures_of("Killed 61,709, injured 159,268, missing 11,000", "2026-05-01")] == [
        ("killed", "cumulative"), ("injured", "cumulative"), ("missing", "cumulative")]
    text = ("Martyrs by place of death:\n- In their homes: 30,000\n- In shelters and schools: 4,500\n"
            "- Paramedics and ambulance crews: 142\n- Ambulances struck or destroyed: 203\n")
    assert [f.value for f in figures_of(text, "2026-05-01")] == [30000, 4500, 142]


def test_eighteenth_review_a_hospital_caption_above_a_source_line_still_heads_its_table():
    text = ("Hospital functionality by governorate\n\nSource: WHO HeRAMS, 31 January 2026\n\n"
            "Governorate | Total | Partially functional | Out of service\nNorth Gaza | 5 | 1 | 4\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == [
        ("hospitals_total", 5), ("hospitals_partially_functioning", 1), ("hospitals_out_of_service", 4)]


# --- round twenty-one: wordings of its first score's misses, written anew ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Aid-related martyrs in the past 24 hours: 4 martyrs and 21 injuries.",
     [("killed", 4, "aid_seekers"), ("injured", 21, "aid_seekers")]),
    ("This week the occupation killed eight Palestinians in Jenin (3), Tubas (2), Nablus (2) and Hebron (1).",
     [("killed", 8, "all"), ("killed", 3, "all"), ("killed", 2, "all"), ("killed", 2, "all"), ("killed", 1, "all")]),
    ("Eighteen patients are being treated in an intensive care unit designed for 12.", [("icu_patients", 18, "all")]),
    ("Israeli forces killed 19 Palestinians in May, the youngest of them 14.", [("killed", 19, "all")]),
    ("Settlers caused roughly one injury in four.", []),
    ("Of the 66 detainees, 58 described physical violence and 40 spoke of being blindfolded for days.",
     [("reports_of_abuse", 58, "all"), ("reports_of_abuse", 40, "all")]),
])
def test_round_twenty_one_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_twenty_one_a_ceiling_and_a_part_of_those_just_counted():
    assert one("The number of available beds does not exceed 1,850.", 1850, published="2026-05-01").qualifier == "at_most"
    text = ("In May, 20 Palestinians were killed in the West Bank. Four of the Palestinians killed were children. "
            "Over the same month, 250 Palestinians were injured.")
    assert [(f.value, f.period) for f in figures_of(text, "2026-05-01")] == [(20, "period"), (4, "period"), (250, "period")]


def test_round_twenty_one_a_publishers_byline_and_a_column_for_the_year_so_far():
    text = ("West Bank | Monthly Humanitarian Snapshot\nApril 2026\n\nPublished 8 May 2026 by the United Nations Office for "
            "the Coordination of Humanitarian Affairs (OCHA)\n\nOVERVIEW\n\nIn all, 19 Palestinians were killed across the "
            "West Bank in April.\n\nKEY FIGURES\n\n                        April 2026    1 Jan - 30 Apr 2026\n"
            "Palestinians killed         19               53\n  of whom children           4               12\n")
    found = [(f.value, f.group, f.period, f.period_start, f.attributed_to) for f in figures_of(text, "2026-05-08")]
    assert found[0] == (19, "all", "period", None, "OCHA")
    assert (53, "all", "cumulative", dt.date(2026, 1, 1), "OCHA") in found
    assert (12, "children", "cumulative", dt.date(2026, 1, 1), "OCHA") in found


@pytest.mark.parametrize("text,expected", [
    ("Status                          1 Jul 2026   1 Aug 2026\nSentenced                            1,360        1,370\n"
     "Administrative detainees             3,400        3,380\nTotal                                9,280        9,250\n",
     [("detainees", 1360, "sentenced"), ("detainees", 1370, "sentenced"), ("administrative_detainees", 3400, "all"),
      ("administrative_detainees", 3380, "all"), ("detainees", 9280, "all"), ("detainees", 9250, "all")]),
    ("OHCHR verified the deaths in custody of at least 95 Palestinians detained since October 2023.",
     [("deaths_in_custody", 95, "all")]),
    ("The hospital is operating at 250 per cent of capacity.", [("bed_occupancy_pct", 250, "all")]),
    ("The prison service holds 1,900 unlawful combatants. Among the prisoners are 310 children and 50 women.",
     [("unlawful_combatants_detainees", 1900, "all"), ("detainees", 310, "children"), ("detainees", 50, "women")]),
    ("Sixty of the detainees visited told the lawyers that they had been beaten.", [("reports_of_abuse", 60, "all")]),
])
def test_round_twenty_one_detention_tables_deaths_and_parts_of_the_held(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_round_twenty_one_living_hostages_freed_in_a_truce():
    text = "The first truce in November 2023 saw 28 living hostages freed, 23 of them Israelis and five Thais."
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == [
        ("hostages_released", 28), ("hostages_released", 23), ("hostages_released", 5)]


# --- nineteenth review (2026-11-27): rounds 20 and 21's fixes, reviewed; each was a reproduced regression --------------

@pytest.mark.parametrize("text,expected", [
    ("Between 1 and 7 July, Israeli forces killed 12 Palestinians in the West Bank, and 95 structures were demolished in "
     "Area C (78) and East Jerusalem (17).", [("killed", 12)]),
    ("Israeli strikes on southern Lebanon killed 15 people, while 4,000 people were displaced from Tyre (2,500) and "
     "Bint Jbeil (1,500).", [("killed", 15)]),
    ("Israeli forces killed 6 Palestinians and injured 20 others in raids on Jenin (4) and Nablus (2) on Tuesday.",
     [("killed", 6), ("injured", 20), ("killed", 4), ("killed", 2)]),
    ("Hospitals received 38 martyrs and 140 injuries over the past 24 hours, distributed as follows: North Gaza (10), "
     "Gaza (15), Deir al-Balah (5) and Khan Younis (8).",
     [("killed", 38), ("injured", 140), ("killed", 10), ("killed", 15), ("killed", 5), ("killed", 8)]),
    ("Gaza hospitals received one martyr in 48 hours, the lowest toll since the ceasefire, the ministry said.",
     [("killed", 1)]),
    ("Of the 9,500 Palestinians held in Israeli prisons, 3,400 are administrative detainees, and 250 reported being "
     "beaten, the Prisoners Society said.",
     [("detainees", 9500), ("administrative_detainees", 3400), ("reports_of_abuse", 250)]),
    ("Hamas freed 25 hostages while troops rescued 4 in a raid on Nuseirat.", [("hostages_released", 25)]),
])
def test_nineteenth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == expected


def test_nineteenth_review_a_larger_part_takes_no_period_of_a_smaller_count_before_it():
    text = ("Israeli forces killed 3 Palestinians in Jenin on Wednesday. 1,050 of the Palestinians killed in the West Bank "
            "were shot by troops, OCHA said.")
    assert [(f.value, f.period) for f in figures_of(text, "2026-05-01")] == [(3, "period"), (1050, "cumulative")]


# --- twentieth review (2026-11-27): round 21's fixes, reviewed; each was a reproduced regression ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Hospitals in Gaza\n\nStatus | 1 May 2026 | 1 Jun 2026\nFully functional | 0 | 0\nTotal | 36 | 36\n", []),
    ("Four Israeli hostages were rescued from Nuseirat on Saturday.", [("hostages_rescued", 4)]),
    ("Administrative detention, June 2026\n\n- Administrative detainees: 3,380\n\nOf these detainees, 110 are children.",
     [("administrative_detainees", 3380), ("administrative_detainees", 110)]),
    ("The second phase would see the remaining 20 living hostages freed in exchange for 2,000 prisoners.",
     [("hostages_alive", 20)]),
    ("One person in every two killed was a woman or child.", []),
])
def test_twentieth_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-01")] == expected


def test_twentieth_review_a_byline_names_the_body_right_after_its_by():
    text = ("Gaza\nPublished 9 June 2026 by the Israeli army on its Telegram channel, a day after talks with the World Health "
            "Organization\n\nTroops killed 12 gunmen in Rafah on Monday.")
    assert one(text, 12, published="2026-06-09").attributed_to is None


def test_twentieth_review_a_weeks_span_column_is_that_weeks_count():
    text = ("Indicator         27 May - 2 Jun 2026    20 May - 26 May 2026\nPalestinians killed        7                  5\n"
            "Palestinians injured      40                 31\n")
    assert [(f.value, f.period, f.period_detail) for f in figures_of(text, "2026-06-03")] == [
        (7, "period", "7d"), (5, "period", "7d"), (40, "period", "7d"), (31, "period", "7d")]


# --- Arabic prose bulletins (2026-11-27): counts a paragraph states with no section header above it ------------------

def arabic(text, published="2025-04-21"):
    from parsers.arabic import extract_arabic_figures
    return [(f.metric, f.value, f.group, f.period, f.period_detail)
            for f in extract_arabic_figures(text, published=dt.date.fromisoformat(published))]


def test_arabic_parts_in_the_paragraph_after_take_its_period_and_duals_count_two():
    text = ("وصل إلى مستشفيات قطاع غزة خلال الـ ٤٨ ساعة الماضية ٨ شهداء، بينهم شهيدان جرى انتشالهما من تحت الأنقاض، و٢٦ إصابة.\n\n"
            "ومن بين الشهداء 3 أطفال وسيدة واحدة، ارتقوا في قصف استهدف خيمة للنازحين.\n\n"
            "ارتقى ٥ من الشهداء برصاص قوات الاحتلال قرب الخط الأصفر.")
    assert arabic(text) == [
        ("killed", 8, "all", "period", "48h"), ("bodies_recovered", 2, "all", "period", "48h"),
        ("injured", 26, "all", "period", "48h"), ("killed", 3, "children", "period", "48h"),
        ("killed", 1, "women", "period", "48h"), ("killed", 5, "all", "period", "48h")]


def test_an_arabic_paragraph_with_no_header_and_no_reference_back_is_still_not_read():
    # a count no header dates and that refers to no count before it says nothing of its period
    assert arabic("وأشارت الوزارة إلى 40 شهيداً في القصف.") == []


def test_arabic_health_workers_named_between_the_cue_and_the_count_and_those_still_held():
    text = ("ارتفع عدد شهداء الكوادر الصحية منذ بداية العدوان إلى ١٬٧٢٢ شهيداً، فيما لا يزال ٩٥ من العاملين الصحيين "
            "رهن الاعتقال في سجون الاحتلال.\n"
            "ارتفع عدد الشهداء من الكوادر الصحية منذ بدء العدوان إلى 1047 شهيداً، فيما لا يزال 310 منهم رهن الاعتقال لدى الاحتلال.\n"
            "- الكوادر الصحية المعتقلة لدى الاحتلال: أكثر من ٣٦٠ معتقلاً")
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text)] == [
        ("killed", 1722, "health_workers", "cumulative"), ("detainees", 95, "health_workers", "point"),
        ("killed", 1047, "health_workers", "cumulative"), ("detainees", 310, "health_workers", "point"),
        ("detainees", 360, "health_workers", "point")]


def test_arabic_since_the_occupation_resumed_its_aggression_and_since_the_ceasefire_came_into_force():
    text = ("أما منذ استئناف الاحتلال عدوانه على القطاع في 18 آذار/مارس 2025، فقد بلغت الحصيلة 1,864 شهيدًا و4,856 إصابة.\n"
            "وبذلك ترتفع حصيلة الضحايا منذ دخول وقف إطلاق النار حيز التنفيذ في 11 أكتوبر الماضي إلى 357 شهيداً")
    assert arabic(text, "2025-12-01") == [
        ("killed", 1864, "all", "cumulative", "since 2025-03-18"), ("injured", 4856, "all", "cumulative", "since 2025-03-18"),
        ("killed", 357, "all", "cumulative", "since 2025-10-11")]


def test_an_arabic_lines_label_names_the_group_of_all_its_counts_and_others_keep_the_group_before():
    text = ("- شهداء لقمة العيش خلال 24 ساعة: 3 شهداء و19 إصابة، ليرتفع الإجمالي إلى 2,605 شهداء وأكثر من 19,100 إصابة\n"
            "ارتقى خلال الشهر ٧٢٤ شهيداً من منتظري المساعدات، وأصيب أكثر من ٥٬١٠٠ آخرين قرب مراكز التوزيع.")
    assert [(m, v, g) for m, v, g, _, _ in arabic(text)] == [
        ("killed", 3, "aid_seekers"), ("injured", 19, "aid_seekers"), ("killed", 2605, "aid_seekers"),
        ("injured", 19100, "aid_seekers"), ("killed", 724, "aid_seekers"), ("injured", 5100, "aid_seekers")]


def test_arabic_hospital_lines_labelled_by_state_only_of_and_occupancies_of_several_hospitals():
    text = ("- المستشفيات الخارجة عن الخدمة: ٢٥ مستشفى من أصل ٣٦\n"
            "- المستشفيات التي تعمل بشكل جزئي: ١١ مستشفى\n"
            "▪️ ١٦ مستشفى فقط من أصل ٣٦ تعمل بشكل جزئي في قطاع غزة.\n"
            "▪️ نسبة إشغال الأسرّة في مجمع الشفاء الطبي وصلت إلى ٢٤٠٪، وفي مستشفى شهداء الأقصى إلى ١٩٠٪، و37٪ من الأدوية رصيدها صفر\n"
            "نسبة إشغال الأسرة في مستشفى ناصر الطبي تجاوزت 250 بالمئة\n"
            "- مستشفى شهداء الأقصى يعمل بنسبة إشغال تصل إلى ٢٠٠٪ ويحتوي على ١٢٠ سريراً فقط.")
    assert [(m, v) for m, v, _, _, _ in arabic(text)] == [
        ("hospitals_out_of_service", 25), ("hospitals_total", 36), ("hospitals_partially_functioning", 11),
        ("hospitals_partially_functioning", 16), ("hospitals_total", 36), ("bed_occupancy_pct", 240),
        ("bed_occupancy_pct", 190), ("bed_occupancy_pct", 250), ("bed_occupancy_pct", 200), ("beds", 120)]


def test_a_run_of_capitalised_words_is_one_word_of_the_window_after_a_count():
    text = "Three paramedics of the Islamic Health Committee were killed in the strike on Tuesday."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-01")] == [("killed", 3, "health_workers")]


# --- round twenty-two (2026-11-27) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Between 20 and 23 July, 19 people, four of them children, died of causes related to malnutrition, the MoH said.",
     [("malnutrition_deaths", 19), ("malnutrition_deaths", 4)]),
    ("During the same period, the hospitals recorded 8 new deaths resulting from famine and malnutrition.",
     [("malnutrition_deaths", 8)]),
    ("Since October 2023, more than 50,000 children have reportedly been killed or injured in the Gaza Strip.", []),
    ("In the past 24 hours, 98 martyrs were brought to the hospitals, three of them retrieved from under the rubble, "
     "together with 385 injured people.", [("killed", 98), ("bodies_recovered", 3), ("injured", 385)]),
    ("Over the whole period since the war began, crews have pulled 1,322 bodies from the rubble.",
     [("bodies_recovered", 1322)]),
    # one strike's bodies pulled from the ruins are bodies recovered too (as rounds 11-32 label them; round 9's label said
    # killed, and was relabelled)
    ("The Civil Defence said rescuers had pulled eight bodies from the ruins of the house.", [("bodies_recovered", 8)]),
    ("Bed occupancy at Al-Shifa has reached 240 percent, the agency said, and Nasser Medical Complex in Khan Younis is "
     "running at 180 percent.", [("bed_occupancy_pct", 240), ("bed_occupancy_pct", 180)]),
    ("Bed occupancy is 200 percent, and 40 percent of essential medicines are out of stock.", [("bed_occupancy_pct", 200)]),
    ("Bed occupancy at Nasser Medical Complex stood at 180 percent, while fuel reserves were at 10 percent.",
     [("bed_occupancy_pct", 180)]),
    ("MSF said 15 of its own staff members had been killed during the war.", [("killed", 15)]),
    ("Israeli forces killed five Palestinians in the West Bank, one of them a child.", [("killed", 5), ("killed", 1)]),
    ("One of the captives was freed on Monday.", []),
    ("Even after Monday's release, about 8,100 Palestinians remain in Israeli prisons.", [("detainees", 8100)]),
    ("Thirty-nine women and 71 minors were among those released, it added.",
     [("released_detainees", 39), ("released_detainees", 71)]),
    ("Two Thai nationals were among those released, the hostages forum said.", [("hostages_released", 2)]),
    ("On October 13, Hamas let go of the last 20 hostages who were still alive.", [("hostages_released", 20)]),
    ("In all, it says, 148 hostages have returned alive over the course of the war.", [("hostages_released", 148)]),
    ("The bodies have been slower: 25 of the 28 dead hostages covered by the agreement have now been brought back.",
     [("hostages_dead", 25), ("hostages_dead", 28)]),
    ("In exchange for the living captives, Israel set free 1,968 Palestinians in mid-October.", [("released_detainees", 1968)]),
    ("The Media Office said 1,036 of those freed were detainees from Gaza.", [("released_detainees", 1036)]),
    ("Seven of the nine Palestinian fatalities were killed by Israeli forces in Jenin.", [("killed", 7), ("killed", 9)]),
    ("The military police opened criminal investigations into nine of the 14 deaths.", [("killed", 14)]),
])
def test_round_twenty_two_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-24")] == expected


def test_a_part_of_the_count_after_it_takes_the_group_its_verb_names():
    assert [(f.metric, f.value, f.group) for f in figures_of("Five of the 12 people killed were children.", "2025-07-24")] == [
        ("killed", 5, "children"), ("killed", 12, "all")]


def test_those_who_shot_are_no_group_of_those_counted():
    assert [(f.value, f.group) for f in figures_of("Nine people were shot dead by troops.", "2025-07-24")] == [(9, "all")]
    assert [(f.value, f.group) for f in figures_of("Two soldiers were killed.", "2025-07-24")] == [(2, "soldiers")]


def test_arabic_patients_in_intensive_care_and_a_wards_beds():
    assert [(m, v) for m, v, _, _, _ in arabic("وأن قسم العناية المركزة يعمل بـ 14 سريراً فقط يرقد عليها 29 مريضاً")] == [
        ("beds", 14), ("icu_patients", 29)]


@pytest.mark.parametrize("text,group", [
    ("Prisoners serving life sentences: 271", "life_sentenced"),
    ("Sentenced prisoners: 2,100", "sentenced"),
])
def test_those_serving_life_are_a_legal_status_of_their_own(text, group):
    assert [(f.metric, f.group) for f in figures_of(text, "2025-06-01")] == [("detainees", group)]


def test_a_part_of_the_held_serving_life_is_no_count_of_all_of_them():
    text = "The Prison Service holds 9,500 Palestinian prisoners; 412 of them are serving life terms."
    assert [(f.value, f.group) for f in figures_of(text, "2025-06-01")] == [(9500, "all"), (412, "life_sentenced")]


# --- twenty-first review (2026-11-27): the Arabic prose rules and round 22's, reviewed; each a reproduced regression -----

@pytest.mark.parametrize("text,expected", [
    # a new event with "بينهم" is no part of the running total the paragraph before stated: one strike's toll
    ("ارتفع عدد الشهداء إلى 60,000 شهيد منذ 7 أكتوبر 2023.\n\nاستشهد خلال الليلة 12 مواطنا، بينهم 4 أطفال، في قصف على خان يونس.",
     [("killed", 60000, "all", "cumulative"), ("killed", 12, "all", "period"), ("killed", 4, "children", "period")]),
    # prisoners killed, or freed, are no count of those held
    ("منذ 7 أكتوبر 2023 بلغ عدد الشهداء من الأسرى 75 شهيدا.", [("killed", 75, "all", "cumulative")]),
    # (those freed are read as such since 2026-11-30)
    ("خلال 24 ساعة الماضية أفرجت سلطات الاحتلال عن 90 معتقلا من غزة، منهم 10 أطفال.",
     [("released_detainees", 90, "all", "period"), ("released_detainees", 10, "children", "period")]),
    # a label's group is not the group of a total its line goes on to, nor of a whole, nor of a hospital's name
    ("- شهداء الكوادر الصحية: ارتقى 3 من الكوادر الصحية اليوم، ليرتفع إجمالي عدد الشهداء في القطاع إلى 62,000 شهيد منذ 7 أكتوبر 2023",
     [("killed", 3, "health_workers", "cumulative"), ("killed", 62000, "all", "cumulative")]),
    ("- الشهداء الأطفال: 17,000 من أصل 60,000 شهيد منذ 7 أكتوبر 2023",
     [("killed", 17000, "children", "cumulative"), ("killed", 60000, "all", "cumulative")]),
    ("ارتفع عدد شهداء القصف قرب مستشفى الرنتيسي للأطفال إلى 12 شهيدا منذ 7 أكتوبر 2023", [("killed", 12, "all", "cumulative")]),
    # "others" after children are other people
    ("استشهد 5 أطفال في قصف منزل في جباليا خلال 24 ساعة الماضية، وأصيب 20 آخرين بجراح مختلفة.",
     [("killed", 5, "children", "period"), ("injured", 20, "all", "period")]),
    # a fuel cut, a shelter's occupancy, beds before the war or needed, dialysis patients, nursing students
    ("نسبة إشغال الأسرة في مجمع الشفاء الطبي وصلت إلى 240٪، وفي مستشفى ناصر انخفضت إمدادات الوقود بنسبة 50٪.",
     [("bed_occupancy_pct", 240, "all", "point")]),
    ("نسبة إشغال مراكز الإيواء في خان يونس تجاوزت 150%.", []),
    # the beds left after the fall, not those before it
    ("انخفض عدد الأسرة في المستشفيات من 3,500 سرير قبل العدوان إلى 1,500 سرير فقط.", [("beds", 1500, "all", "point")]),
    ("تحتاج مستشفيات القطاع إلى 2,000 سرير إضافي", []),
    ("وأشارت إلى أن قسم العناية المركزة في مستشفى الشفاء خرج عن الخدمة، وأن 500 مريض بحاجة إلى غسيل الكلى.", []),
    ("تخرج 120 طالبا من كلية التمريض في الجامعة الإسلامية.", []),
    ("منذ استئناف المفاوضات بشأن وقف الحرب في 15 يناير 2025 استشهد 500 شهيد", []),
])
def test_twenty_first_review_arabic_readings(text, expected):
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Bed occupancy at Al-Aqsa Hospital stands at 300 percent, and the hospital's staff has been cut by 60 percent.",
     [("bed_occupancy_pct", 300)]),
    ("Bed occupancy at Al-Aqsa Hospital stands at 300 percent, and the hospital's generators are running at 20 percent.",
     [("bed_occupancy_pct", 300)]),
    ("Since dawn, rescuers have pulled 30 bodies from the rubble of homes struck overnight in Jabalia.",
     [("bodies_recovered", 30)]),
    ("Residents said the building had stood since the 1970s; crews pulled eight bodies from the ruins on Tuesday.",
     [("bodies_recovered", 8)]),
    ("Dozens were detained in the raid and were then let go, but at least 23 were still being held on Thursday.",
     [("detainees", 23)]),
    ("Hamas has refused to let go of the 20 remaining hostages.", [("hostages_held", 20)]),
    ("Israel refused to set free 250 prisoners.", [("detainees", 250)]),
    ("Three of the 10 people killed on Monday were from the same family.", [("killed", 10)]),
])
def test_twenty_first_review_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-06-01")] == expected


def test_twenty_first_review_todays_dead_take_no_running_totals_period():
    text = ("وصل إلى المستشفيات 50 شهيدا، ليرتفع إجمالي عدد الشهداء منذ 7 أكتوبر 2023 إلى 60,000 شهيد.\n\n"
            "ومن بين شهداء اليوم 10 أطفال و5 سيدات.")
    assert not [v for _, v, g, p, _ in arabic(text, "2025-06-01") if g != "all"]  # not parts of the running total


# --- round twenty-three (2026-11-27) -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Citizens who need to ask about the wounded may call the Ministry's hotline on 1214.", []),
    ("The two bodies stressed that this total covers only those held by the Prison Service.", []),
    ("Israel is withholding the bodies of 76 prisoners who died after October 2023, and the total number of prisoners whose "
     "bodies it holds has reached 85.", []),
    ("Two staff members of a national NGO were killed in Gaza city on 14 August, bringing to 536 the number of "
     "humanitarian personnel killed since the start of hostilities.", [("killed", 2, "aid_workers"), ("killed", 536, "aid_workers")]),
    ("Seventeen Palestinians were killed in the West Bank, three of them by settlers.", [("killed", 17, "all"), ("killed", 3, "all")]),
    ("More than 18,500 children have been killed in Gaza since October 2023 and more than 42,000 injured.",
     [("killed", 18500, "children"), ("injured", 42000, "children")]),
    ("Eleven field hospitals are operating, of which eight are fully functional and three partially.",
     [("hospitals_functioning", 11, "field_hospitals"), ("hospitals_functioning", 8, "field_hospitals"),
      ("hospitals_partially_functioning", 3, "field_hospitals")]),
    ("Only 16 of the 36 hospitals are partially functioning, and 11 field hospitals add 600 beds.",
     [("hospitals_partially_functioning", 16, "all"), ("hospitals_total", 36, "all"), ("beds", 600, "all")]),
])
def test_round_twenty_three_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-09-01")] == expected


def test_a_part_of_a_weekly_total_and_the_rows_of_who_did_it():
    text = "The MoH reported 512 Palestinians killed during the week. Of the weekly total, the ministry listed 77 women."
    assert [(f.value, f.group) for f in figures_of(text, "2025-09-01")] == [(512, "all"), (77, "women")]
    table = ("CASUALTIES IN MARCH 2026\nPalestinians killed ..................... 17\n   by Israeli forces .................... 14\n"
             "   by Israeli settlers ................... 2\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(table, "2026-04-01")] == [
        ("killed", 17, "all"), ("killed", 14, "all"), ("killed", 2, "all")]


def test_the_dead_of_a_toll_of_deaths_in_custody_are_deaths_in_custody():
    text = ("Since October 2023, at least 102 Palestinians have died in Israeli custody, according to PHRI. Fifty-three of the "
            "dead were held by the Israel Prison Service at the time of death and 49 by the military.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-06-01")] == [
        ("deaths_in_custody", 102), ("deaths_in_custody", 53), ("deaths_in_custody", 49)]
    assert [(f.metric, f.value) for f in figures_of("An airstrike killed 40 people in Rafah. Twelve of the dead were children.",
                                                     "2026-06-01")] == [("killed", 40), ("killed", 12)]


def test_detained_around_a_number_is_an_arrest_count_and_among_those_detained_its_parts():
    text = ("Israeli troops pulled out of Qalqilya on Thursday after a four-day operation in which they detained around 150 "
            "Palestinians. Among those detained were 14 children and five women.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-23")] == [
        ("arrests", 150, "all"), ("arrests", 14, "children"), ("arrests", 5, "women")]


def test_accounts_of_abuse_in_a_sample_are_that_samples_count_and_since_makes_a_running_one():
    text = ("Addameer lawyers visited 71 prisoners in Ofer between May and July. Fifty-four of the 71 prisoners said they had "
            "been beaten by guards.")
    assert [(f.metric, f.period) for f in figures_of(text, "2026-08-01") if f.metric == "reports_of_abuse"] == [
        ("reports_of_abuse", "period")]
    text = "Since October 2023, 212 detainees have said they were beaten in custody, the group said."
    assert [(f.metric, f.period) for f in figures_of(text, "2026-06-01")] == [("reports_of_abuse", "cumulative")]


def test_a_bare_toll_by_district_header_shares_the_days_period_with_its_lines():
    text = ("The Ministry of Public Health announces that strikes on Wednesday, 23 October 2024, killed 43 people and wounded "
            "157 others.\n\nThe toll by district is as follows:\n\n- Tyre: 15 martyrs and 49 wounded\n"
            "- Nabatieh: 9 martyrs and 38 wounded\n")
    assert [(f.value, f.period) for f in figures_of(text, "2024-10-23")] == [
        (43, "period"), (157, "period"), (15, "period"), (49, "period"), (9, "period"), (38, "period")]


def test_new_deaths_in_the_same_period_take_the_stretch_before_a_running_total():
    text = ("Over the last 24 hours, 76 martyrs reached the hospitals of the Gaza Strip. The death toll since 7 October 2023 "
            "thus rises to 62,744. In the same period, hospitals recorded six new deaths caused by famine and malnutrition.")
    assert [(f.value, f.period, f.period_detail) for f in figures_of(text, "2025-08-25")] == [
        (76, "period", "24h"), (62744, "cumulative", None), (6, "period", "24h")]


# --- twenty-second review (2026-11-27): rounds 22 and 23's rules and the twenty-first review's fixes, reviewed -----------

@pytest.mark.parametrize("text,expected", [
    ("ارتفع عدد الشهداء في صفوف الكوادر الصحية منذ 7 أكتوبر 2023 إلى 1,722 شهيداً.", [("killed", 1722, "health_workers", "cumulative")]),
    ("ارتفع عدد الشهداء بين الأطفال منذ 7 أكتوبر 2023 إلى 18,500 شهيد.", [("killed", 18500, "children", "cumulative")]),
    # a running total on a line of its own, and its parts
    ("- وصل إلى المستشفيات خلال الساعات الـ24 الماضية 71 شهيدا و 339 إصابة.\n"
     "- ليرتفع إجمالي عدد الشهداء إلى 62,000 شهيد و 157,000 إصابة، من بينهم 18,000 طفل.",
     [("killed", 71, "all", "period"), ("injured", 339, "all", "period"), ("killed", 62000, "all", "cumulative"),
      ("injured", 157000, "all", "cumulative"), ("killed", 18000, "children", "cumulative")]),
    ("ارتفعت حصيلة العدوان منذ 7 أكتوبر 2023 إلى 62,895 شهيدا.\n\nومن بين الشهداء 18,500 طفل و 12,400 سيدة.",
     [("killed", 62895, "all", "cumulative"), ("killed", 18500, "children", "cumulative"), ("killed", 12400, "women", "cumulative")]),
    # beds and patients of one ward
    ("يرقد في مستشفى كمال عدوان 45 مريضاً على 20 سريراً فقط.", [("beds", 20, "all", "point"), ("patients", 45, "all", "point")]),
    ("ولا يزال بداخل المستشفى الإندونيسي 55 مريضاً.", [("patients", 55, "all", "point")]),
    ("ويقبع في سجون الاحتلال أكثر من 10,800 أسير، بينهم 450 طفلا.",
     [("detainees", 10800, "all", "point"), ("detainees", 450, "children", "point")]),
    ("وبلغت نسبة إشغال الأسرة في مجمع الشفاء الطبي 240٪، وفي مستشفى شهداء الأقصى 190٪.",
     [("bed_occupancy_pct", 240, "all", "point"), ("bed_occupancy_pct", 190, "all", "point")]),
    ("وتجاوزت نسبة إشغال المستشفيات 300%", [("bed_occupancy_pct", 300, "all", "point")]),
])
def test_twenty_second_review_arabic_readings(text, expected):
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("CASUALTIES\nPalestinians killed ..................... 17\n   by Israeli forces .................... 14\n"
     "Palestinians displaced .................. 212\n   by Israeli forces .................... 190\n",
     [("killed", 17, "all"), ("killed", 14, "all")]),
    ("The ministry said 60,000 Palestinians have been killed since October 2023.\n\nUNRWA said 4,200 trucks entered Gaza in July, "
     "most of them commercial. Of the weekly total, 610 entered through Zikim.", [("killed", 60000, "all")]),
    ("At least 75 prisoners have died in Israeli custody since October 2023, the Commission said. On Sunday, an airstrike hit a "
     "crowded school in Gaza City. Twelve of the dead were children.",
     [("deaths_in_custody", 75, "all"), ("killed", 12, "children")]),
    ("WHO said 12 health facilities are still functioning in the north, including the Jordanian field hospital.",
     [("hospitals_functioning", 12, "all")]),
    ("Bed occupancy at Al-Shifa has reached 240 percent, while Al-Aqsa Hospital is at 95 percent.",
     [("bed_occupancy_pct", 240, "all"), ("bed_occupancy_pct", 95, "all")]),
    ("Prisoners serving life or long sentences: 560", [("detainees", 560, "all")]),
])
def test_twenty_second_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-01")] == expected


# --- round twenty-four (2026-11-27) ------------------------------------------------------------------------------------

def test_a_table_with_a_column_per_day_written_in_digits():
    text = ("Status                               1.10.2023   1.10.2024   1.1.2025\n"
            "Sentenced prisoners                      1,319       1,893      1,958\n"
            "Administrative detainees                 1,310       3,443      3,327\n")
    assert [(f.metric, f.value, f.group, f.as_of.isoformat()) for f in figures_of(text, "2025-01-12")] == [
        ("detainees", 1319, "sentenced", "2023-10-01"), ("detainees", 1893, "sentenced", "2024-10-01"),
        ("detainees", 1958, "sentenced", "2025-01-01"), ("administrative_detainees", 1310, "all", "2023-10-01"),
        ("administrative_detainees", 3443, "all", "2024-10-01"), ("administrative_detainees", 3327, "all", "2025-01-01")]


def test_no_fewer_than_between_a_verb_and_its_count():
    assert [(f.metric, f.value, f.qualifier, f.group) for f in figures_of(
        "Israeli forces have arrested no fewer than 640 children.", "2025-11-20")] == [("arrests", 640, "at_least", "children")]


def test_a_source_line_under_a_pages_table_names_whose_data_it_is():
    table = ("HaMoked - Center for the Defence of the Individual\n\nFIGURES\n\n"
             "Status                               1.10.2023   1.1.2025\n"
             "Administrative detainees                 1,310      3,327\n\nSource: IPS data provided to HaMoked.\n")
    assert {f.attributed_to for f in figures_of(table, "2025-01-12")} == {"Israel Prison Service"}
    own = ("Addameer\n\nPrisoners who died in custody since 1967: 334\n\n"
           "Source: Israel Prison Service figures obtained by prisoners' institutions, and Addameer's own documentation.\n")
    assert {f.attributed_to for f in figures_of(own, "2025-01-12")} == {"Addameer"}


def test_accounts_of_hunger_and_of_guards_who_beat_them():
    text = ("B'Tselem collected testimonies from 73 Palestinians held in Israeli prisons. Sixty-eight of the 73 witnesses "
            "described meals too small to live on. In all, 64 said guards or soldiers beat them, some repeatedly.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-05-01") if f.metric == "reports_of_abuse"] == [
        ("reports_of_abuse", 68), ("reports_of_abuse", 64)]


# --- twenty-third review (2026-11-27): the rules since the twenty-second review, reviewed --------------------------------

@pytest.mark.parametrize("text,expected", [
    # (no count of the held; those freed are read as such since 2026-11-30)
    ("أفرج الاحتلال اليوم عن 50 أسيرا من سجون الاحتلال ضمن صفقة التبادل.", [("released_detainees", 50, "all", "period")]),
    ("وثقت المؤسسات 300 شهادة لأسرى تعرضوا للتعذيب في سجون الاحتلال.", []),
    ("وبلغت نسبة إشغال الأسرة في مجمع الشفاء الطبي 240٪، وفي مستشفى ناصر تضررت 40٪ من المباني.",
     [("bed_occupancy_pct", 240, "all", "point")]),
    ("بلغت نسبة الإشغال في مجمع الإيواء بمدرسة الرمال 150%.", []),
    ("تم إجلاء 30 مريضا من داخل مستشفى الشفاء إلى مستشفى ناصر.", []),
    ("يوجد 10,000 مريض سرطان في قطاع غزة بحاجة للعلاج بالخارج.", []),
    ("تبرعت منظمة الصحة العالمية بـ 100 سرير لمستشفى ناصر.", []),
    ("يعمل مستشفى ناصر بـ 350 سريراً فقط من أصل 700 سرير.", [("beds", 350, "all", "point")]),
    ("يضم المستشفى أكثر من 100 سرير.", [("beds", 100, "all", "point")]),
    # (yesterday's dead children are no part of the running total; since 2026-11-29 they are read as a day's count, as
    # the probe labels have such counts)
    ("ارتفعت حصيلة العدوان منذ 7 أكتوبر 2023 إلى 62,895 شهيدا.\n\nومن بين الشهداء الذين ارتقوا أمس 12 طفلا.",
     [("killed", 62895, "all", "cumulative"), ("killed", 12, "children", "period")]),
])
def test_twenty_third_review_arabic_readings(text, expected):
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2025-06-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Over the last 24 hours, 76 martyrs reached the hospitals of the Gaza Strip. Since 7 October 2023, hospitals have "
     "recorded 62,744 deaths. In the same period, 313 new deaths from famine and malnutrition were recorded.",
     [("killed", 76, "period"), ("killed", 62744, "cumulative"), ("malnutrition_deaths", 313, "cumulative")]),
    ("At least 75 prisoners have died in Israeli custody since October 2023, the Commission said. Rights groups blame torture "
     "and attacks by guards. Forty of the dead were from Gaza.",
     [("deaths_in_custody", 75, "cumulative"), ("deaths_in_custody", 40, "cumulative")]),
    ("Throughout the war, 640 detainees have reported being tortured by guards, the group said.",
     [("reports_of_abuse", 640, "cumulative")]),
    ("The army arrested no fewer than 30 people, including 4 women, and released no fewer than 10.",
     [("arrests", 30, "period"), ("arrests", 4, "period"), ("released_detainees", 10, "period")]),
])
def test_twenty_third_review_readings(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2025-08-25")] == expected


def test_twenty_third_review_a_periods_total_two_sentences_on_with_no_number_between():
    text = ("The ministry said 310 people were killed this week. Rescue teams were still searching the rubble in Jabalia. Of "
            "the weekly total, 95 were children.")
    # (the part's period is still not the week's: a known gap, see the session note)
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-25")] == [
        ("killed", 310, "all"), ("killed", 95, "children")]


def test_twenty_third_review_groups_rows_and_days():
    table = ("CASUALTIES (since 1 January 2025)\nPalestinians killed .... 170\n   of whom children .... 40\n"
             "   by Israeli forces .... 150\n   by Israeli settlers .... 20\n")
    assert [(f.value, f.group) for f in figures_of(table, "2025-08-25")] == [(170, "all"), (40, "children"), (150, "all"), (20, "all")]
    text = "Eleven field hospitals are operating in Gaza, and more are being set up at distribution points."
    assert [(f.value, f.group) for f in figures_of(text, "2025-08-25")] == [(11, "field_hospitals")]
    text = "B'Tselem collected testimonies from 73 Palestinians held in Israeli prisons. In all, 64 said soldiers beat them."
    assert [(f.value, f.group) for f in figures_of(text, "2025-08-25") if f.metric == "reports_of_abuse"] == [(64, "all")]
    text = "Bed occupancy at Al-Shifa has reached 240 percent, while Al-Ahli Hospital is at 50 percent staffing."
    assert [f.value for f in figures_of(text, "2025-08-25")] == [240]
    table = ("Status                      10/25/2024   11/5/2024   12/5/2024\n"
             "Administrative detainees         3,100       3,200       3,300\n"
             "Sentenced prisoners              1,900       1,950       1,990\n")
    assert [f.as_of.isoformat() for f in figures_of(table, "2025-01-12")][:3] == ["2024-10-25", "2024-11-05", "2024-12-05"]


# --- round twenty-five (2026-11-27) ------------------------------------------------------------------------------------

def test_a_table_of_a_month_and_the_months_so_far_with_heading_rows_and_rows_by_perpetrator():
    text = ("Casualties at a glance\n\n"
            "                                     April 2026    January-April 2026\n"
            "Palestinians killed\n"
            "  by Israeli forces                      14                51\n"
            "  of whom children                        4                12\n"
            "Palestinians injured\n"
            "  by Israeli settlers                    88               301\n"
            "Israelis killed by Palestinians           1                 3\n")
    assert [(f.metric, f.value, f.group, f.period, f.period_detail) for f in figures_of(text, "2026-05-08")] == [
        ("killed", 14, "all", "period", "month"), ("killed", 51, "all", "cumulative", "since 2026-01-01"),
        ("killed", 4, "children", "period", "month"), ("killed", 12, "children", "cumulative", "since 2026-01-01"),
        ("injured", 88, "all", "period", "month"), ("injured", 301, "all", "cumulative", "since 2026-01-01"),
        ("killed", 1, "all", "period", "month"), ("killed", 3, "all", "cumulative", "since 2026-01-01")]


# --- twenty-fourth review (2026-11-27): the twenty-third review's fixes and round 25's tables, reviewed --------------------

@pytest.mark.parametrize("text,expected", [
    ("يقبع 10,800 أسير في سجون الاحتلال، بينهم 400 طفل.", [("detainees", 10800, "all", "point"), ("detainees", 400, "children", "point")]),
    ("بلغ عدد الأسرى الفلسطينيين في سجون الاحتلال 10,800 أسير.", [("detainees", 10800, "all", "point")]),
    ("وتعتقل سلطات الاحتلال 350 طفلا في سجون الاحتلال.", [("detainees", 350, "children", "point")]),
    # (those taken to prisons are no count of the held, but the month's arrests: 2026-11-29)
    ("اعتقلت قوات الاحتلال 320 مواطنا خلال الشهر الماضي ونقلتهم إلى سجون الاحتلال.", [("arrests", 320, "all", "period")]),
    ("لا يزال داخل المستشفى 55 مريضاً بحاجة إلى رعاية.", [("patients", 55, "all", "point")]),
    ("يرقد في قسم الأورام 40 مريضا بالسرطان.", [("patients", 40, "all", "point")]),
    ("وفي مقدمتها مستشفى الشفاء الذي يعمل بـ 40 سريرا.", [("beds", 40, "all", "point")]),
    ("ارتفعت حصيلة الشهداء إلى 62,000 شهيد.\n\nومن بين الشهداء 17,000 طفل، بينهم 900 دون سن الخامسة.",
     [("killed", 62000, "all", "cumulative"), ("killed", 17000, "children", "cumulative")]),
    ("نسبة الإشغال في مجمع ناصر 200%، وفي مستشفى الكويتي ارتفعت إلى 170%",
     [("bed_occupancy_pct", 200, "all", "point"), ("bed_occupancy_pct", 170, "all", "point")]),
    ("نسبة إشغال الأسرة في المستشفيات بلغت بنسبة 300%", [("bed_occupancy_pct", 300, "all", "point")]),
])
def test_twenty_fourth_review_arabic_readings(text, expected):
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2025-06-01")] == expected


def test_twenty_fourth_review_a_caption_between_two_tables_and_a_place_heading_inside_one():
    text = ("                                     April 2026    March 2026\n"
            "Palestinians killed                      14                11\n"
            "Palestinians injured                    162               140\n"
            "Casualties by governorate\n"
            "Governorate                          Killed           Injured\n"
            "Jenin                                     6                80\n"
            "Tubas                                     4                30\n")
    assert [f.value for f in figures_of(text, "2026-05-08")] == [14, 11, 162, 140, 6, 80, 4, 30]
    text = ("                                     April 2026    January-April 2026\nWest Bank\n"
            "  Palestinians killed                    14                51\n"
            "  Palestinians injured                  162               690\n")
    assert [(f.value, f.period) for f in figures_of(text, "2026-05-08")] == [
        (14, "period"), (51, "cumulative"), (162, "period"), (690, "cumulative")]


@pytest.mark.parametrize("text,expected", [
    ("- Field hospitals operating: 11", [(11, "field_hospitals")]),
    ("Two field hospitals opened this month, but only 18 of the 36 hospitals are partially functional.",
     [(18, "all"), (36, "all")]),
])
def test_twenty_fourth_review_field_hospitals(text, expected):
    assert [(f.value, f.group) for f in figures_of(text, "2026-05-08") if f.metric.startswith("hospitals")] == expected


def test_twenty_fourth_review_the_same_period_after_a_total_that_now_stands_at():
    text = ("Over the past 24 hours, 76 people were killed. The death toll now stands at 62,744. In the same period, hospitals "
            "recorded six new deaths caused by famine.")
    assert [(f.value, f.period) for f in figures_of(text, "2025-08-25")] == [(76, "period"), (62744, "cumulative"), (6, "period")]


def test_a_second_occupancy_in_an_intensive_care_unit():
    text = "Bed occupancy at Al-Shifa has reached 240 percent, and in the ICU it has reached 160 percent."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-08-01")] == [("bed_occupancy_pct", 240), ("bed_occupancy_pct", 160)]


# --- rounds 1-25's remaining misses (2026-11-27) ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Two aid workers, both employees of a national NGO, were killed on 12 September in Khan Younis.",
     [("killed", 2, "aid_workers")]),
    ("At least 745 people who had sought the protection of the UN flag have been killed while sheltering in our buildings.",
     [("killed", 745, "all")]),
    ("Five doctors, who had treated patients at Kamal Adwan for months, were detained by Israeli forces.",
     [("arrests", 5, "health_workers")]),
    ("Three children, the ministry said, were killed in the strike.", [("killed", 3, "children")]),
    # an aside about a place, not about those counted, is no subject of theirs
    ("Five hospitals, the ministry said, were shelled.", []),
])
def test_a_subjects_predicate_past_an_aside_or_a_relative_clause(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("UNRWA alone has lost 284 staff, the agency said.", [(284, "aid_workers")]),
    ("In a separate count, the Civil Defence reports that 139 of its crew members have been killed since the start of the war.",
     [(139, "civil_defence")]),
    ("A strike near the Lebanese Italian Hospital in Tyre wounded four members of its staff, the health ministry said.",
     [(4, "health_workers")]),
    ("I must also report that 57 UNRWA staff members have been detained by Israeli forces since October 2023.",
     [(57, "aid_workers")]),
    ("Two UNRWA teachers were killed with their families when a house in Jabalya was struck.", [(2, "aid_workers")]),
    ("Israeli soldiers had detained 14 members of the medical team.", [(14, "health_workers")]),
    # a family's members are no body's staff
    ("Nasser hospital said five members of one family, including three children, died when a tent was hit.",
     [(5, "all"), (3, "children")]),
])
def test_staff_counted_bare_are_of_the_body_that_says_so(text, expected):
    assert [(f.value, f.group) for f in figures_of(text, "2025-10-01")] == expected


def test_a_body_those_counted_are_from_is_no_source():
    text = "Among the 310 UN personnel killed, the majority from UNRWA, 61 were women."
    assert [(f.value, f.group, f.attributed_to) for f in figures_of(text, "2025-06-01")] == [
        (310, "aid_workers", None), (61, "women", None)]
    text = "Among the 310 UN personnel killed, 61 were women, according to figures from UNRWA."
    assert {f.attributed_to for f in figures_of(text, "2025-06-01")} == {"UNRWA"}


# --- rounds twenty-six and twenty-seven (2026-11-27) ------------------------------------------------------------------

def test_an_opening_that_names_its_own_whole_is_no_part_of_the_count_before():
    text = ("Two prisoners died in custody in October. Among those held without charge are 24 children.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-05")] == [
        ("deaths_in_custody", 2, "all"), ("administrative_detainees", 24, "children")]
    # "detained" names no other whole than the arrests before it
    text = "Israeli forces arrested 320 Palestinians last month. Among those detained were 14 children and five women."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-05")] == [
        ("arrests", 320, "all"), ("arrests", 14, "children"), ("arrests", 5, "women")]


@pytest.mark.parametrize("text,expected", [
    ("It said 350 Palestinian minors were in Israeli jails at the end of September, 92 of them in administrative detention, "
     "citing figures from the Prison Service.",
     [("detainees", 350, "children"), ("administrative_detainees", 92, "children")]),
    ("Of the 318 minors held at the end of January, 94 were in administrative detention.",
     [("detainees", 318, "children"), ("administrative_detainees", 94, "children")]),
])
def test_a_part_held_in_administrative_detention_of_a_group_held(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-05")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The society counted 340 children and 49 women among those held.", [(340, "children"), (49, "women")]),
    ("Some 370 of those held are children, the expert noted.", [(370, "children")]),
    ("The State also told the court that 27 of those currently held are under the age of 18.", [(27, "children")]),
    ("Figures published by the Israel Prison Service earlier this month show 10,140 Palestinians in its custody.",
     [(10140, "all")]),
    ("According to the Israel Prison Service, 9,180 Palestinians are currently held for what it terms security reasons.",
     [(9180, "all")]),
    ('Israel Prison Service data cited in the report showed 10,812 Palestinians held as "security" prisoners as of Nov. 1.',
     [(10812, "all")]),
    # hostages: those held who are alive or dead are no count of the held in prisons
    ("Israeli authorities believe that 20 of those held are alive.", []),
])
def test_those_held_in_its_custody_and_currently_held(text, expected):
    assert [(f.value, f.group) for f in figures_of(text, "2026-11-05") if f.metric == "detainees"] == expected


def test_inmates_sleeping_on_the_floor_are_no_count_of_all_held():
    text = ("The service said that 10,050 of those held were classified as security prisoners, and that 5,900 inmates in all "
            "were sleeping on mattresses on the floor because there were not enough beds.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-11-05")] == [("detainees", 10050)]


@pytest.mark.parametrize("text,expected", [
    ("WHO has verified 9 attacks on health care since 5 March, which killed four health workers and injured 11.",
     [("killed", 4, "health_workers"), ("injured", 11, "health_workers")]),
    ("The raid killed 3 journalists and injured 5.", [("killed", 3, "journalists"), ("injured", 5, "journalists")]),
    ("In the past seven days, at least 14 children were killed and 39 more were injured in the Gaza Strip.",
     [("killed", 14, "children"), ("injured", 39, "children")]),
    # the second count names its own kind
    ("The strike killed 3 paramedics and injured 12 people.", [("killed", 3, "health_workers"), ("injured", 12, "all")]),
])
def test_the_second_of_a_pair_that_leaves_its_noun_out_keeps_the_first_ones_group(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-04-24")
            if f.family == "casualties"] == expected


@pytest.mark.parametrize("text,expected", [
    ("Of the 36 hospitals in the Gaza Strip, only 14 are partially functional: eight in Gaza City, five in Khan Younis and "
     "one in Deir al Balah.", [36, 14, 8, 5, 1]),
    ("WHO reports that 17 of Gaza's 36 hospitals are partially functional, nine of them in the south.", [17, 36, 9]),
    ("Only 16 of the 36 hospitals in Gaza are partially functional - seven in the north and nine in the south - while none "
     "is fully functional.", [16, 36, 7, 9, 0]),
    ("Nine of the partially functioning hospitals are in Gaza City, six in Khan Younis and two in Deir al Balah.", [9, 6, 2]),
    ("Of the partially functional hospitals, 11 are in the south and seven in Gaza City.", [11, 7]),
    # a place's count of something else is no part of the hospitals' state
    ("Only 14 of 36 hospitals are partially functional, and 40 people were killed in Khan Younis.", [14, 36]),
])
def test_hospitals_in_a_state_counted_by_place(text, expected):
    assert [f.value for f in figures_of(text, "2025-09-01") if f.family == "hospitals"] == expected


def test_a_lebanese_ministry_statement_in_arabic():
    from parsers.arabic import extract_arabic_figures
    text = ("الجمهورية اللبنانية\nوزارة الصحة العامة\n\n"
            "- غارة على سيارة على طريق بلدة عيتا الجبل في قضاء بنت جبيل أدت إلى استشهاد مواطنين اثنين.\n"
            "- غارة على منزل في بلدة كفررمان في قضاء النبطية أدت إلى استشهاد 3 مواطنين بينهم طفلان، وإصابة 7 آخرين بجروح.\n\n"
            "وبذلك ترتفع الحصيلة الإجمالية لاعتداءات العدو الإسرائيلي منذ إعلان وقف إطلاق النار في 27 تشرين الثاني 2024 "
            "إلى 402 شهيد و1,071 جريحاً.\n")
    figures = extract_arabic_figures(text, published=dt.date(2026, 4, 5))
    assert [(f.metric, f.value, f.group, f.period, f.period_detail) for f in figures] == [
        ("killed", 2, "all", "period", "incident"), ("killed", 3, "all", "period", "incident"),
        ("killed", 2, "children", "period", "incident"), ("injured", 7, "all", "period", "incident"),
        ("killed", 402, "all", "cumulative", "since 2024-11-27"), ("injured", 1071, "all", "cumulative", "since 2024-11-27")]
    assert {(f.attributed_to, f.location) for f in figures} == {("Lebanese Ministry of Public Health", "Lebanon")}
    assert text[figures[0].char_start:figures[0].char_end] == "اثنين"
    # a Gaza bulletin stays the Gaza ministry's, its ceasefire the Strip's
    gaza = extract_arabic_figures("منذ وقف إطلاق النار:\n• إجمالي عدد الشهداء في قطاع غزة: ١٬٠٠٥", published=dt.date(2026, 1, 5))
    assert [(f.attributed_to, f.location, f.period_start) for f in gaza] == [
        ("Gaza Ministry of Health", "Gaza Strip", dt.date(2025, 10, 11))]


def test_a_total_column_after_the_held_by_legal_status_counts_all_of_them():
    text = ("Palestinians held by the Israel Prison Service as security inmates\n\n"
            "Month            Sentenced   Remand   Administrative   Unlawful combatants   Total\n"
            "July 2026          1,512      3,388        3,271              1,804            9,975\n"
            "August 2026        1,497      3,431        3,302              1,826           10,056\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-12") if f.value in (9975, 10056, 1512)] == [
        ("detainees", 1512, "sentenced"), ("detainees", 9975, "all"), ("detainees", 10056, "all")]
    # a total of the killed and the injured is no figure of either
    text = "Casualties by group\n\nGroup        Killed   Injured   Total\nChildren       12        30       42\nWomen           8        21       29\n"
    assert [f.value for f in figures_of(text, "2026-11-12")] == [12, 30, 8, 21]


@pytest.mark.parametrize("text,expected", [
    ("The U.N. humanitarian office has counted 398 Palestinians killed in the West Bank so far this year.",
     ("cumulative", dt.date(2025, 1, 1))),
    ("Israeli strikes have killed 112 people in Syria this year.", ("period", None)),
    ("In the whole of 2022, Addameer recorded two deaths of Palestinian prisoners.", ("period", None)),
    ("At least 2,860 citizens were injured over the year.", ("period", None)),
    ("December alone saw 14 Palestinians killed.", ("period", None)),
    ("The first three weeks of January saw nine Palestinians killed by Israeli forces.", ("period", None)),
    ("39 people died of malnutrition in the two weeks, according to the MoH.", ("period", None)),
    ("Of these, 2,089 were killed and 8,122 injured since the previous situation report.", ("period", None)),
])
def test_stretches_of_a_year_month_or_weeks_and_so_far_this_year(text, expected):
    figure = figures_of(text, "2025-08-01")[0]
    assert (figure.period, figure.period_start) == expected


# --- twenty-fifth review (2026-11-27): rounds 26 and 27's rules, reviewed; each a reproduced regression -----------------

@pytest.mark.parametrize("text,expected", [
    # hostages are "those held" too
    ("Hamas released 33 hostages in the first phase; eight of those held had died in captivity.",
     [("hostages_released", 33, "all"), ("hostages_dead", 8, "all")]),
    ("Of the 59 hostages still in Gaza, 35 of those held are believed dead.",
     [("hostages_held", 59, "all"), ("hostages_dead", 35, "all")]),
    # the prison total stands when some of the held sleep on the floor
    ("The IPS holds 10,800 inmates, with 2,600 sleeping on the floor, its figures show.", [("detainees", 10800, "all")]),
    ("The prison service holds 11,000 inmates, though many sleep on the floor, the court heard.", [("detainees", 11000, "all")]),
    # a bare second count after children or women counts people of any age
    ("An Israeli air strike on the house killed five children and wounded 30, medics said.",
     [("killed", 5, "children"), ("injured", 30, "all")]),
    # a municipality's crew, or a family's story, are no counts of a source's staff or of the held
    ("The municipality of Gaza said 30 of its crew members were killed while clearing rubble, the health ministry said.",
     [("killed", 30, "all")]),
    ("Samira Obeid, whose husband and two sons were among those held, spoke to reporters.", []),
    ("Three of my cousins are among those currently held in Ofer prison, he said.", []),
    # the administrative detainees' parts
    ("Some 3,400 Palestinians are held in administrative detention, the society said. Among those held in administrative "
     "detention, it said, are 96 children and 14 women.",
     [("administrative_detainees", 3400, "all"), ("administrative_detainees", 96, "children"),
      ("administrative_detainees", 14, "women")]),
    # "in its custody" of the held only
    ("Israel returned the bodies of 15 Palestinians that had been in its custody.", []),
    ("Hezbollah said two Israeli soldiers are in its custody.", []),
])
def test_twenty_fifth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-01")
            if f.metric not in ("bodies_recovered",)] == expected


def test_twenty_fifth_review_sources_and_deaths():
    text = "The figures, all from the Gaza Health Ministry, show that 61,000 people have been killed since October 2023."
    assert [f.attributed_to for f in figures_of(text, "2025-06-01")] == ["Gaza Ministry of Health"]
    text = "The ministry said 289 people have died of malnutrition. Of these deaths, 178 were recorded since 1 July."
    assert {f.metric for f in figures_of(text, "2025-08-01")} == {"malnutrition_deaths"}


@pytest.mark.parametrize("text,expected", [
    # running totals with a strike word are no one strike's toll
    ("بلغ عدد شهداء لقمة العيش جراء استهداف منتظري المساعدات 2,300 شهيد وأكثر من 17,000 إصابة.", []),
    # (since this day's dawn: the day's toll of those strikes, a period the line states, no one strike's)
    ("وبذلك ترتفع حصيلة ضحايا الغارات على خانيونس منذ فجر اليوم إلى 25 شهيداً.", [("killed", 25, "all", "period")]),
    # two of the five, children (a part, as the labels count "two of them children"), not two more
    ("استشهد 5 أشخاص اثنان منهم أطفال في قصف على خانيونس", [("killed", 5, "all", "period"), ("killed", 2, "children", "period")]),
])
def test_twenty_fifth_review_arabic_readings(text, expected):
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2026-06-15")] == expected


def test_twenty_fifth_review_a_gaza_letterhead_over_lebanese_places():
    from parsers.arabic import extract_arabic_figures
    text = ("وزارة الصحة – غزة\nخلال الـ 24 ساعة الماضية: 12 شهيداً و40 إصابة.\n"
            "وتدين الوزارة استهداف المستشفيات في لبنان، بما فيها مستشفيات صور والنبطية وبنت جبيل.\n")
    assert {(f.attributed_to, f.location) for f in extract_arabic_figures(text, published=dt.date(2026, 6, 15))} == {
        ("Gaza Ministry of Health", "Gaza Strip")}


# --- round twenty-eight (2026-11-27) ------------------------------------------------------------------------------------

def test_these_deaths_after_a_toll_of_deaths_in_custody_are_its_deaths_and_where_they_occurred():
    text = ("At least 75 Palestinians died while in Israeli custody between 7 October 2023 and 31 December 2025, according to "
            "a report by OHCHR. The Office was able to verify 58 of these deaths. Of those, 37 occurred in military detention "
            "facilities, 24 of them at the Sde Teiman camp, and 21 occurred in prisons run by the Israel Prison Service. "
            "\"Behind each of these 75 deaths is a family,\" the High Commissioner said.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-10")] == [
        ("deaths_in_custody", 75), ("deaths_in_custody", 58), ("deaths_in_custody", 37), ("deaths_in_custody", 24),
        ("deaths_in_custody", 21), ("deaths_in_custody", 75)]
    # a strike's dead after such a toll are killed
    text = ("At least 75 Palestinians died while in Israeli custody, OHCHR said. An air strike on Khan Younis killed 12 "
            "people, and 5 of the dead were children.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-10")] == [
        ("deaths_in_custody", 75), ("killed", 12), ("killed", 5)]


@pytest.mark.parametrize("text", [
    "The bodies of at least 40 of those who died have not been returned to their families.",
    "Since 1967, 324 prisoners have died in occupation prisons, and the bodies of 75 of them are still withheld.",
    "Bodies of deceased prisoners withheld by Israel: 74",
])
def test_bodies_withheld_are_no_toll(text):
    assert [f.value for f in figures_of(text, "2026-03-01") if f.value in (40, 75, 74)] == []


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces arrested 468 Palestinians in the West Bank during October. The detainees included 61 children and "
     "17 women.", [("arrests", 468, "all"), ("arrests", 61, "children"), ("arrests", 17, "women")]),
    ("It said at least 25 people were detained in Qalqilya governorate during the raid.", [("arrests", 25, "all")]),
    ("Another 3,607 were detainees held during interrogation or legal proceedings.", [("detainees", 3607, "awaiting_trial")]),
    ('The Prison Service listed 1,942 detainees from Gaza under the category of "unlawful combatants".',
     [("unlawful_combatants_detainees", 1942, "all")]),
    ("More than 9,300 Palestinians were held, among them 3,380 administrative detainees and 1,260 classed as unlawful "
     "combatants.", [("detainees", 9300, "all"), ("administrative_detainees", 3380, "all"),
                     ("unlawful_combatants_detainees", 1260, "all")]),
    # the sick among the held are no count of all of them; those of one illness are sick prisoners too (as every probe
    # label of such a count says: rounds 2, 15, 19, 21, 22, 28, 32, 33)
    ("The Commission said the number of sick prisoners has risen to more than 1,200, among them 38 prisoners with cancer.",
     [("sick_prisoners", 1200, "all"), ("sick_prisoners", 38, "all")]),
])
def test_round_twenty_eight_detention_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Among those held in administrative detention, it said, are 96 children and 14 women.",
     [("administrative_detainees", 96, "children"), ("administrative_detainees", 14, "women")]),
    ("Israel holds 3,300 administrative detainees, 80 women and 250 children.",
     [("administrative_detainees", 3300, "all"), ("detainees", 80, "women"), ("detainees", 250, "children")]),
])
def test_parts_after_a_regime_named_first_are_of_that_regime(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-01")] == expected


@pytest.mark.parametrize("text,expected", [
    # (under a list whose last line counts the wounded)
    ("Cumulative toll since 8 October 2023:\n- Martyrs: 4,112\n- Wounded: 16,790\n\nOf the total martyrs, 226 are children "
     "and 658 are women.", [("killed", 4112, "all"), ("injured", 16790, "all"), ("killed", 226, "children"),
                            ("killed", 658, "women")]),
    ("• Gaza residents released since October 2023: over 2,600", [("released_detainees", 2600, "all")]),
    ("- 63 UNRWA staff detained in Gaza since the start of the war", [("arrests", 63, "aid_workers")]),
    ("Thirty journalists remain detained since October.", [("detainees", 30, "journalists")]),
])
def test_labels_and_openings_that_name_their_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-01")] == expected


def test_the_groups_and_the_society_named_back_are_the_prisoners_bodies_named_before():
    text = ("In a joint statement, the Palestinian Prisoners' Society and the Commission of Detainees' Affairs said soldiers had "
            "stormed homes in Hebron.\n\nThe Israeli army said in a statement that its forces had apprehended 30 suspects.\n\n"
            "According to the two organisations, more than 21,000 Palestinians have been detained there since the start of "
            "the war on Gaza. In total, more than 9,300 Palestinians were in Israeli prisons at the start of February, the "
            "groups said.")
    figures = figures_of(text, "2026-02-05")
    assert [(f.value, f.attributed_to) for f in figures if f.value in (21000, 9300)] == [
        (21000, "Commission for Prisoners' Affairs"), (9300, "Commission for Prisoners' Affairs")]
    text = ("The Palestinian Prisoners' Society said the arrests continued overnight. Israeli forces have arrested more than "
            "22,000 Palestinians in the West Bank since October 2023, according to the society.")
    assert [f.attributed_to for f in figures_of(text, "2026-02-05")] == ["Palestinian Prisoners' Club"]


# --- twenty-sixth review (2026-11-27): rounds 26-28's fixes and the twenty-fifth review's, reviewed -----------------------

@pytest.mark.parametrize("text,expected", [
    # deaths named again only where they are the custody toll's
    ("At least 75 Palestinians have died in Israeli custody since October 2023, the commission said. Separately, the "
     "ministry said 40 people had died of their wounds in hospitals over the past day.",
     [("deaths_in_custody", 75, "all"), ("killed", 40, "all")]),
    ("At least 75 Palestinians have died in Israeli custody. In Gaza, 60 people were killed on Monday and 12 of these "
     "deaths were in Khan Younis.", [("deaths_in_custody", 75, "all"), ("killed", 60, "all"), ("killed", 12, "all")]),
    ("An airstrike killed 25 people and wounded 60. The wounded included 12 children.",
     [("killed", 25, "all"), ("injured", 60, "all"), ("injured", 12, "children")]),
    ("The ministry said 175 people, including 93 children, have died of malnutrition. Of those killed near aid sites, "
     "1,300 were shot by Israeli forces.",  # (those killed near aid sites are aid seekers, as settled on 2026-11-29)
     [("malnutrition_deaths", 175, "all"), ("malnutrition_deaths", 93, "children"), ("killed", 1300, "aid_seekers")]),
    ("The ministry said 289 people have died of malnutrition. Of these deaths, 178 were recorded since 1 July.",
     [("malnutrition_deaths", 289, "all"), ("malnutrition_deaths", 178, "all")]),
    ("The bodies of 20 people killed in the overnight strike were kept in the hospital's refrigerators.", [("killed", 20, "all")]),
    # the held
    ("Sick prisoners are denied care, the society said, and 9,900 detainees are held in overcrowded cells.",
     [("detainees", 9900, "all")]),
    ("The society said 340 children and 49 women are among those still held.",
     [("detainees", 340, "children"), ("detainees", 49, "women")]),
    ("The Prison Service said there were 10,100 in its custody at the start of November.", [("detainees", 10100, "all")]),
    ("The IPS holds 10,000 detainees with chronic shortages of food and water, the group said.", [("detainees", 10000, "all")]),
    # (held, not taken in; since 2026-11-30 the regime the verb names is read too)
    ("More than 3,400 Palestinians were detained in administrative detention on 1 November, the IPS said.",
     [("administrative_detainees", 3400, "all")]),
    ("The official capacity of the prisons for these inmates is about 6,100 places, so that thousands sleep on the floor.", []),
    ("Israeli forces killed 14 children and injured 39 more.", [("killed", 14, "children"), ("injured", 39, "children")]),
])
def test_twenty_sixth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("At least 52,000 Palestinians have been killed, including 300 since the last update.",
     [(52000, "cumulative"), (300, "period")]),
    ("318 UNRWA team members killed (2 since the last situation report)", [(318, "cumulative"), (2, "period")]),
    ("The death toll in Gaza rose over the year to 45,500, the ministry said.", [(45500, "cumulative")]),
    ("On 4 March alone, 40 people were killed in Gaza.", [(40, "period")]),
])
def test_twenty_sixth_review_periods(text, expected):
    assert [(f.value, f.period) for f in figures_of(text, "2025-08-01")] == expected
    if "alone" in text:
        assert figures_of(text, "2025-08-01")[0].period_detail == "day"


def test_twenty_sixth_review_sources_and_tables():
    assert [f.attributed_to for f in figures_of("Israeli forces killed 12 aid workers, some from UNRWA, the UN said.")] == ["UN"]
    text = ("Month              Administrative detainees   Unlawful combatants   Total\n"
            "January 2026                 3,400                  1,800           5,200\n"
            "February 2026                3,350                  1,850           5,200\n")
    assert 5200 not in [f.value for f in figures_of(text, "2026-03-01")]


@pytest.mark.parametrize("text,expected", [
    ("وزارة الصحة العامة\nأدت الغارة الإسرائيلية على بلدة حولا إلى استشهاد 3 مواطنين وإصابة عدد من الأشخاص بجروح.",
     [("killed", 3, "all", "period")]),
    ("وزارة الصحة العامة\nغارة على منزل في النبطية أدت إلى استشهاد 4 مواطنين بينهم طفلان، وبلغ عدد الجرحى 7.",
     [("killed", 4, "all", "period"), ("killed", 2, "children", "period"), ("injured", 7, "all", "period")]),
])
def test_twenty_sixth_review_arabic_readings(text, expected):
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2026-06-15")] == expected


def test_twenty_sixth_review_a_heading_that_names_a_sector_is_no_gaza_letterhead():
    from parsers.arabic import extract_arabic_figures
    text = ("حصيلة الاعتداءات على القطاع الصحي\n"
            "أعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة في بيروت أن الغارة الإسرائيلية على النبطية أدت إلى "
            "استشهاد 3 مواطنين وإصابة 9 آخرين.\n")
    assert {f.attributed_to for f in extract_arabic_figures(text, published=dt.date(2026, 6, 15))} == {
        "Lebanese Ministry of Public Health"}


# --- round twenty-nine (2026-11-28) ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Only 16 of Gaza's 36 hospitals are partially functional, and not one is fully functional.",
     [("hospitals_partially_functioning", 16, "all"), ("hospitals_total", 36, "all"), ("hospitals_functioning", 0, "all")]),
    # (one more child, as rounds 39-56 label "a third soldier was seriously wounded" five times; round 29 had left it out)
    ("A third child was wounded in the leg.", [("injured", 1, "children")]),
    ("Children accounted for 19 of those killed, and women for 11.", [("killed", 19, "children"), ("killed", 11, "women")]),
    ("Two UNRWA staff members were arrested in the West Bank during the reporting period, bringing to 68 the number of "
     "staff arrested there since October 2023.", [("arrests", 2, "aid_workers"), ("arrests", 68, "aid_workers")]),
    ("Nine were detained in Nablus and the surrounding villages and five in Jenin.", [("arrests", 9, "all"), ("arrests", 5, "all")]),
    ("With Saturday's release, 59 hostages remain in Gaza. At least 35 of them are believed dead.",
     [("hostages_held", 59, "all"), ("hostages_dead", 35, "all")]),
    ("Three hostages back in Israel after 511 days.", [("hostages_released", 3, "all")]),
    ("The ministry says 193 people have died of malnutrition. In July, it counted 63 such deaths, among them 24 children.",
     [("malnutrition_deaths", 193, "all"), ("malnutrition_deaths", 63, "all"), ("malnutrition_deaths", 24, "children")]),
])
def test_round_twenty_nine_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-05")] == expected


def test_an_arabic_breakdown_header_gives_its_lines_the_period_of_the_count_before():
    text = ("وزارة الصحة العامة\n"
            "أدت الغارات على بلدات في الجنوب إلى استشهاد 63 شخصاً وإصابة 187 آخرين بجروح.\n\n"
            "وتوزع الجرحى على الأقضية على النحو الآتي:\n- قضاء صور: 54 جريحاً\n- قضاء مرجعيون: 9 جرحى\n\n"
            "وفي قضاء النبطية، استشهد 3 مسعفين من الهيئة الصحية الإسلامية جراء غارة استهدفت مركزاً للإسعاف.\n")
    assert [(m, v, g, p) for m, v, g, p, _ in arabic(text, "2024-10-29")] == [
        ("killed", 63, "all", "period"), ("injured", 187, "all", "period"), ("injured", 54, "all", "period"),
        ("injured", 9, "all", "period"), ("killed", 3, "health_workers", "period")]


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces have killed 71 Palestinians in the West Bank since January. Nineteen of them were children.",
     [("killed", 71, "all"), ("killed", 19, "children")]),
    ("The ministry said 17 Palestinians were killed during February. Four of them were children under eighteen.",
     [("killed", 17, "all"), ("killed", 4, "children")]),
])
def test_a_group_of_them_in_the_sentence_after_a_toll(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-08")] == expected


# --- twenty-seventh review (2026-11-28): round 29's rules and the twenty-sixth review's fixes, reviewed --------------------

@pytest.mark.parametrize("text,expected", [
    ("Hamas is still holding 101 hostages out of the 251 people seized when its fighters crossed into Israel on October 7.",
     [("hostages_held", 101, "all")]),
    ("Netanyahu vowed to bring the remaining 59 hostages back home.", [("hostages_held", 59, "all")]),
    ("An Israeli drone strike on a car near Tulkarm killed two women, the ministry said, taking to 812 the number of "
     "Palestinians killed in the West Bank.", [("killed", 2, "women"), ("killed", 812, "all")]),
    ("Two more children died of malnutrition on Sunday, the ministry said. Israeli strikes killed 41 people across Gaza on "
     "Monday, the ministry said, and such deaths have become routine.",
     [("malnutrition_deaths", 2, "children"), ("killed", 41, "all")]),
    ("The ministry said 90 people have died of malnutrition. The total number of such deaths has risen to 243, including "
     "107 children.", [("malnutrition_deaths", 90, "all"), ("malnutrition_deaths", 243, "all"),
                       ("malnutrition_deaths", 107, "children")]),
    ("At least 75 Palestinians have died in Israeli custody since October 2023, the Commission said. Forty-eight deaths were "
     "recorded in military camps.", [("deaths_in_custody", 75, "all"), ("deaths_in_custody", 48, "all")]),
    ("More than 3,000 Gazans were detained in Israel and held without charge under the Unlawful Combatants Law.",
     [("unlawful_combatants_detainees", 3000, "all")]),
    ("Hamas said 59 hostages remain in Gaza, and that 24 in its custody are alive.",
     [("hostages_held", 59, "all"), ("hostages_alive", 24, "all")]),
    ("According to HaMoked, the IPS, which has cells for only 14,500 people, is holding 10,800 Palestinians.",
     [("detainees", 10800, "all")]),
    # (the re-arrested are arrests of former prisoners, as 60 probe labels have them: not those released)
    ("Palestinians released under the deal who have since been re-arrested: 54", [("arrests", 54, "former_prisoners")]),
])
def test_twenty_seventh_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-01")] == expected


def test_twenty_seventh_review_sources_and_periods():
    text = ("The Prisoners' Society said 9,900 Palestinians were held in Israeli jails. Two Israeli groups, Physicians for "
            "Human Rights and B'Tselem, published reports. According to the two organisations, 60 detainees have died in "
            "custody since the war began.")
    assert [f.attributed_to for f in figures_of(text, "2025-06-01") if f.value == 60] == ["B'Tselem"]
    assert figures_of("The first ten days of August alone saw 300 people killed.", "2025-09-01")[0].period == "period"


def test_twenty_seventh_review_arabic():
    from parsers.arabic import extract_arabic_figures
    text = ("وزارة الصحة - غزة\nوصل إلى المستشفيات خلال الـ24 ساعة الماضية 93 شهيداً و278 إصابة.\nويتوزع الشهداء كالتالي:\n"
            "شمال غزة: 30\nخانيونس: 20\nوبلغت حصيلة العدوان الإسرائيلي 58,000 شهيد و138,000 إصابة.\n")
    assert [(f.value, f.period) for f in extract_arabic_figures(text, published=dt.date(2026, 6, 15)) if f.value > 1000] == [
        (58000, "cumulative"), (138000, "cumulative")]
    text = "وزارة الصحة العامة\nأدت الغارات الإسرائيلية على الجنوب إلى ارتفاع عدد الشهداء إلى 3,961\n"
    assert [f.period for f in extract_arabic_figures(text, published=dt.date(2026, 6, 15))] in ([], ["cumulative"])
    text = "بيان صحفي\nارتفعت حصيلة الشهداء في القطاع إلى 58,000 شهيد.\nوصل إلى مستشفيات القطاع 12 شهيداً بينهم شهيد من بيروت.\n"
    assert {f.attributed_to for f in extract_arabic_figures(text, published=dt.date(2026, 6, 15))} == {"Gaza Ministry of Health"}


def test_the_martyrdom_of_and_the_injury_of_are_counts_of_their_own():
    text = ("The Ministry of Health announced the martyrdom of three citizens, among them a boy, and the injury of 14 others, "
            "four of them in critical condition.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-01")][:3] == [
        ("killed", 3, "all"), ("killed", 1, "children"), ("injured", 14, "all")]
    text = "The Ministry of Health recorded during the month of April 2026 the martyrdom of 17 citizens in the West Bank."
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2026-05-02")] == [("killed", 17, "period")]
    assert figures_of("Citizens arrested by the occupation during the war: 6,910", "2026-05-02")[0].period == "cumulative"


# --- round thirty (2026-11-28) ------------------------------------------------------------------------------------------

def test_a_table_whose_cells_carry_note_marks():
    text = ("Date of data     Total held    Administrative detention    \"Unlawful combatants\"    Of all held: minors\n"
            "1 Oct 2026       9,857         3,380                       1,829                    340\n"
            "1 Nov 2026       9,796 (1)     3,366                       1,796 (2)                337 (3)\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-20")] == [
        ("detainees", 9857, "all"), ("administrative_detainees", 3380, "all"), ("unlawful_combatants_detainees", 1829, "all"),
        ("detainees", 340, "children"), ("detainees", 9796, "all"), ("administrative_detainees", 3366, "all"),
        ("unlawful_combatants_detainees", 1796, "all"), ("detainees", 337, "children")]


def test_a_table_whose_header_names_its_counts_month():
    text = ("Governorate                                Arrests, October 2026\n"
            "Hebron                                     211\n"
            "Jenin                                      102\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-11-05")] == [("arrests", 211), ("arrests", 102)]


# --- twenty-eighth review (2026-11-28): the twenty-seventh review's fixes and round 30's, reviewed -------------------------

@pytest.mark.parametrize("text,expected", [
    ("At least 12 children died of malnutrition in Gaza last week, the ministry said. This brings the number of such deaths "
     "since October 2023 to 474, among them 162 children.",
     [("malnutrition_deaths", 12, "children"), ("malnutrition_deaths", 474, "all"), ("malnutrition_deaths", 162, "children")]),
    ("Four hostages crossed into Israel on Monday after being released, the army said.", [("hostages_released", 4, "all")]),
    ("Nine Palestinians were detained in Israel and the West Bank on Sunday, the Society said.", [("arrests", 9, "all")]),
    ("Since October 2023, 75 Palestinians have died in Israeli custody, the Commission said. Separately, the ministry "
     "recorded 54 deaths in Gaza hospitals in the past day.", [("deaths_in_custody", 75, "all"), ("killed", 54, "all")]),
    # after a sentence of two counts, "them" is not told
    ("The strike wounded 70 people and killed 30 others. Nineteen of them were children.",
     [("injured", 70, "all"), ("killed", 30, "all")]),
])
def test_twenty_eighth_review_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-01")] == expected


def test_twenty_eighth_review_during_the_war_only_as_the_counts_span():
    assert figures_of("Israel released 90 Palestinians detained in Gaza during the war on Thursday, the ICRC said.",
                      "2025-06-01")[0].period == "period"
    assert figures_of("Citizens arrested by the occupation during the war: 6,910", "2025-06-01")[0].period == "cumulative"


# --- sources from the page itself (2026-11-28): rounds 1-30's source misses ----------------------------------------------

OCHA_UPDATE = ("Humanitarian Situation Update #402 | Gaza Strip\n\n9 October 2026\n\n"
               "Between 1 and 8 October, the Ministry of Health (MoH) in Gaza reported 211 Palestinians killed and 640 "
               "injured. The ministry said 68,200 people had been killed since October 2023.\n\n"
               "- On 4 October, a strike on a school used as a shelter in Jabalia reportedly killed 17 people, among them six "
               "children.\n"
               "- Shortly after midnight on 6 October, a house in Bani Suheila was hit, killing a family of five.\n\n"
               "Since October 2023, 603 aid workers have been killed in the Gaza Strip.\n")


def test_an_ocha_product_title_is_the_pages_voice():
    found = {(f.metric, f.value, f.group): f.attributed_to for f in figures_of(OCHA_UPDATE, "2026-10-09")}
    assert found[("killed", 211, "all")] == "Gaza Ministry of Health"
    assert found[("killed", 68200, "all")] == "Gaza Ministry of Health"
    # the update's own aid-worker count, and the incidents it tells in its own words, are OCHA's
    assert found[("killed", 603, "aid_workers")] == "OCHA"
    assert found[("killed", 17, "all")] == found[("killed", 6, "children")] == "OCHA"
    # a page that is no OCHA product keeps the carried ministry (no voice of its own to fall back on)
    plain = OCHA_UPDATE.replace("Humanitarian Situation Update #402 | Gaza Strip", "Gaza: a week of strikes")
    assert {f.attributed_to for f in figures_of(plain, "2026-10-09") if f.value == 17} == {"Gaza Ministry of Health"}


def test_a_notes_default_source_covers_the_lines_that_name_none():
    text = OCHA_UPDATE.replace("9 October 2026\n\n", "9 October 2026\n\nCasualty figures are those reported by the Ministry "
                               "of Health (MoH) in Gaza unless otherwise indicated.\n\n")
    found = {(f.metric, f.value, f.group): f.attributed_to for f in figures_of(text, "2026-10-09")}
    assert found[("killed", 17, "all")] == found[("killed", 603, "aid_workers")] == "Gaza Ministry of Health"
    # a disclaimer names no source
    text = OCHA_UPDATE.replace("9 October 2026\n\n", "9 October 2026\n\nCasualty figures have not been independently "
                               "verified by OCHA unless otherwise indicated.\n\n")
    assert {f.attributed_to for f in figures_of(text, "2026-10-09") if f.value == 603} == {"OCHA"}


def test_a_marked_key_figures_box_takes_its_notes_source():
    text = ("Gaza Humanitarian Response Update | 1 - 14 September 2026\n\nKEY FIGURES*\n"
            "Palestinians killed since 7 Oct 2023: 67,900\nAid workers killed since 7 Oct 2023: 590\n"
            "Hospitals partially functioning: 17 of 36\n\n"
            "* Casualty figures are those of the Ministry of Health (MoH) in Gaza unless otherwise indicated.\n\n"
            "According to the Aid Worker Security Database, 590 aid workers have been killed since October 2023.\n")
    found = {(f.metric, f.value, f.group): f.attributed_to for f in figures_of(text, "2026-09-15")}
    assert found[("killed", 67900, "all")] == "Gaza Ministry of Health"
    assert found[("killed", 590, "aid_workers")] == "Aid Worker Security Database"  # named where it is restated
    assert found[("hospitals_partially_functioning", 17, "all")] == "OCHA"  # the note is of casualty figures only


def test_pcati_is_named_as_it_names_itself():
    text = "The Public Committee Against Torture in Israel said 41 detainees had described beatings during interrogation."
    assert {f.attributed_to for f in figures_of(text, "2026-09-15")} == {"PCATI"}


# --- a toll that says no time, after a stretch's toll (2026-11-28): rounds 1-30's period misses -----------------------------

@pytest.mark.parametrize("text,value,expected", [
    # the parts of a strike's toll told in the next sentence
    ("A strike on a house in Jabalia killed 11 people overnight, the civil defence said. The dead, all members of one "
     "family, included five children and two women, its spokesman said in a statement.", 5, ("period", "overnight")),
    # a month's toll broken down by who did it
    ("During September, 23 Palestinians were killed and 240 injured in the West Bank, the ministry said. Settlers were "
     "responsible for 3 of the deaths and 41 of the injuries.", 41, ("period", "month_or_year")),
    # a running count after a day's toll is not that day's: larger than it, or told as "have been killed"
    ("Twelve people were killed in Gaza on Monday, the ministry said. 61,300 were killed since the war began.", 61300,
     ("cumulative", None)),
    ("The strike killed nine people on Monday, the ministry said. Eight soldiers have been killed in the north.", 8,
     ("cumulative", None)),
])
def test_a_toll_saying_no_time_after_a_stretchs_toll(text, value, expected):
    assert (one(text, value, "2025-10-02").period, one(text, value, "2025-10-02").period_detail) == expected


@pytest.mark.parametrize("text,value,start", [
    ("Of these, 302 were killed and 790 injured after the ceasefire began on 10 October.", 302, dt.date(2025, 10, 10)),
    ("Since the U.S.-brokered truce took effect on Nov. 27, 2024, Israeli strikes have killed 390 people in Lebanon.", 390,
     dt.date(2024, 11, 27)),
    ("The ministry puts 12,900 of those deaths in the period after hostilities resumed on 18 March 2025.", 12900,
     dt.date(2025, 3, 18)),
    ("Its figures for the war that began on 8 October 2023 stand at 4,310 killed.", 4310, dt.date(2023, 10, 8)),
    # today's deaths are in the running count, not its span
    ("With today's martyrs, 1,122 people have been killed in the West Bank since 7 October 2023.", 1122,
     dt.date(2023, 10, 7)),
])
def test_a_running_counts_start_told_as_an_events_day(text, value, start):
    figure = one(text, value, "2025-11-20")
    assert (figure.period, figure.period_start) == ("cumulative", start)


def test_an_events_day_alone_is_still_a_days_count():
    assert one("An air strike on 12 November killed 9 people in Khan Younis.", 9, "2025-11-20").period == "period"


@pytest.mark.parametrize("text", [
    "Figures that the Israel Prison Service gave HaMoked this month show that on 1 November it held 9,480 Palestinian "
    "prisoners.",
    "Figures the IPS sent to HaMoked in reply to a request show that on 1 November it held 9,480 Palestinian prisoners.",
    "The data, which the IPS hands every month to the HaMoked rights group, show it held 9,480 Palestinian prisoners.",
    "According to the latest Prison Service data, obtained by HaMoked, Israel was holding 9,480 Palestinians on 1 November.",
    "Some 9,480 Palestinians were held in Israeli prisons, the rights group HaMoked said, citing figures from the Israel "
    "Prison Service.",
])
def test_figures_a_go_between_carries_are_the_givers(text):
    assert {f.attributed_to for f in figures_of(text, "2026-11-10")} == {"Israel Prison Service"}


@pytest.mark.parametrize("text,source", [
    # a speaker cited, or several sources summed, leave the count to the one who cites them
    ("Nine people were detained by Israeli troops, SANA said, citing local officials.", "SANA"),
    ("Human Rights Watch said at least 98 Palestinians had died in Israeli custody, citing Israeli military data and "
     "medical sources.", "Human Rights Watch"),
])
def test_a_citer_of_a_speaker_or_of_several_sources_keeps_its_count(text, source):
    assert {f.attributed_to for f in figures_of(text, "2026-11-10")} == {source}


# --- detention wordings of rounds 31 and 32 (2026-11-28) ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a numbered list of demands holds no counts
    ("Addameer calls for:\n1. the abolition of administrative detention;\n2. the release of all administrative detainees;\n"
     "3. access to lawyers.\n", []),
    # those taken in: "were detained" with a stretch or nothing after it, "those detained included"
    ("In the first two weeks of October alone, 37 children were detained.", [("arrests", 37, "children")]),
    ("Israeli forces arrested 385 Palestinians in October, the society said. Those detained included 61 children and 9 women.",
     [("arrests", 385, "all"), ("arrests", 61, "children"), ("arrests", 9, "women")]),
    # deaths by where they happened, wherever the toll was stated
    ("Of the 97 deaths, 55 occurred in facilities run by the Israel Prison Service and 42 in military detention camps.",
     [("deaths_in_custody", 97, "all"), ("deaths_in_custody", 55, "all"), ("deaths_in_custody", 42, "all")]),
    # a testimonies list's lines
    ("Of the 58 former detainees interviewed, 51 said guards had beaten them repeatedly, 33 described being forced to kneel "
     "or stand in stress positions, 17 testified to sexual violence and 29 described losing a great deal of weight.",
     [("reports_of_abuse", 51, "all"), ("reports_of_abuse", 33, "all"), ("reports_of_abuse", 17, "all"),
      ("reports_of_abuse", 29, "all")]),
])
def test_detention_wordings_of_rounds_31_and_32(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-20")] == expected


def test_prisoners_still_held_are_no_arrests():
    assert [(f.metric, f.value) for f in figures_of("Some 9,100 Palestinians are detained in Israeli prisons.", "2026-11-20")] \
        == [("detainees", 9100)]


def test_a_live_pages_entries_each_name_their_own_source():
    text = ("LIVE: strikes across Gaza\n\n"
            "16:20 GMT\nWHO: Gaza hospitals 'beyond breaking point'\n\n"
            "The World Health Organization says only 17 of Gaza's 36 hospitals are functioning, all of them partially.\n\n"
            "14:05 GMT\nSettlers kill three Palestinians near Nablus\n\n"
            "Three men were shot dead by settlers in the village of Beita, residents said.\n")
    found = {(f.metric, f.value): f.attributed_to for f in figures_of(text, "2025-07-20")}
    assert found[("hospitals_partially_functioning", 17)] == "WHO"
    assert found[("killed", 3)] != "WHO"  # the entry before it is no source of this one's headline


@pytest.mark.parametrize("text,source", [
    ("A drone strike killed four people near a water point in Deir al-Balah, medics at Al-Aqsa Martyrs Hospital said.",
     "Al-Aqsa Martyrs Hospital"),
    ("At Al-Ahli Arab hospital in Gaza City, medics said they had received the bodies of 14 people since dawn.",
     "Al-Ahli Arab hospital"),
    ("Medical sources at al-Shifa Hospital say 14 aid seekers were killed near the Zikim crossing.", "al-Shifa Hospital"),
    ("Al-Awda Hospital in Jabalia was shelled twice on Monday. It now has 40 beds, hospital officials say.", "Al-Awda Hospital"),
    # who speak for themselves, not for the hospital
    ("Witnesses at Nasser Hospital said 5 people were killed.", "witnesses"),
])
def test_a_hospitals_medics_and_officials_speak_for_it(text, source):
    assert {f.attributed_to for f in figures_of(text, "2025-07-01")} == {source}


@pytest.mark.parametrize("text,value,group", [
    ("Since October 2023, 57 UNRWA staff members have been detained by Israeli forces. Eleven remain in detention without "
     "charge.", 11, "aid_workers"),
    ("MSF said 15 of its staff had been killed in Gaza. A further 9 were seriously injured.", 9, "aid_workers"),
    ("Five journalists were detained in October. As of 20 November, 3 remain in custody.", 3, "journalists"),
    # a noun of its own, or another sentence between: everyone
    ("Israeli forces killed 4 journalists in Gaza on Monday. 12 people were injured.", 12, "all"),
    ("Israeli forces killed 4 journalists in Gaza on Monday. The strikes hit Rafah and Khan Younis. 12 were injured.", 12,
     "all"),
])
def test_a_count_with_no_noun_after_a_trades_count_keeps_its_trade(text, value, group):
    assert one(text, value, "2025-11-20").group == group


@pytest.mark.parametrize("text,expected", [
    ("Two men from Nur Shams camp were killed in an airstrike on 21 February.", [("killed", 2, "men")]),
    ("Three residents from the camp were killed in the strike.", [("killed", 3, "all")]),
    ("The army says one of its soldiers was killed in that attack and two more were wounded.",
     [("killed", 1, "soldiers"), ("injured", 2, "soldiers")]),
    ("Two midwives from a UNFPA-supported clinic were killed in a strike on 14 January.", [("killed", 2, "health_workers")]),
    # a place's camps are still no people: "40 shelters and camps were hit" counts nothing
    ("Forty camps were hit by strikes in the past week.", []),
])
def test_people_from_a_camp_one_of_its_soldiers_and_midwives(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-20")] == expected


# --- twenty-ninth review (2026-11-28): this session's source, period and detention rules, reviewed -----------------------

@pytest.mark.parametrize("text,value,expected", [
    # a running count told with its verb first keeps its own span after a stretch's toll
    ("Between 10 and 17 July, 320 Palestinians were killed in Gaza. Israel has killed 227 journalists in Gaza, the press "
     "union said.", 227, "cumulative"),
    ("On Monday, Israeli strikes killed 60 people in Gaza. Hostilities have killed at least 55 journalists, the union said.",
     55, "cumulative"),
    # an event's day and "that day alone": that day's count
    ("After the ceasefire collapsed on 18 March, strikes killed 400 people on that day alone.", 400, "period"),
])
def test_twenty_ninth_review_periods(text, value, expected):
    assert one(text, value, "2025-07-20").period == expected


def test_twenty_ninth_review_still_held_are_not_taken_in():
    text = "According to Addameer, 250 children were detained. They remain in Israeli prisons."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-20")] == [("detainees", 250)]


@pytest.mark.parametrize("text", [
    # deaths not in custody, or in custody only in part
    "Of the 120 deaths recorded in the West Bank in 2024, 30 occurred during raids on Jenin refugee camp and 5 in Israeli "
    "custody.",
    "Of the 54 deaths among health workers, 20 occurred while they were on duty and 4 in detention facilities.",
    "Of the 75 dead, 40 died near the Ofer checkpoint during an Israeli raid.",
])
def test_twenty_ninth_review_deaths_elsewhere_are_no_deaths_in_custody(text):
    assert "deaths_in_custody" not in {f.metric for f in figures_of(text, "2025-07-20")}


@pytest.mark.parametrize("text,value,source", [
    # a hospital named for another reason is not the medics'
    ("A strike near Nasser hospital killed 5 people, medics said.", 5, "medics"),
    ("At least 15 people were killed in strikes across Gaza, medics said, including 6 in a tent camp near Nasser hospital.",
     15, "medics"),
    # its officials speak for it wherever the sentence names it
    ("Israeli troops stormed al-Awda Hospital on Thursday, detaining 14 medical staff, hospital officials said.", 14,
     "al-Awda Hospital"),
    ("Palestinian health officials at Nasser Hospital said 21 people were killed.", 21, "Nasser Hospital"),
    # a prisoners' body's or an NGO's page tells incidents in no voice of its own: the ministry cited stays
    ("Palestinian Prisoners' Society: weekly statement\n\nAccording to the Ministry of Health, 14 Palestinians were killed "
     "in the West Bank during the week. On 12 March, Israeli forces killed 3 young men in Jenin during a raid.\n", 3,
     "Palestinian Ministry of Health (Ramallah)"),
])
def test_twenty_ninth_review_sources(text, value, source):
    assert one(text, value, "2025-07-20").attributed_to == source


def test_twenty_ninth_review_a_default_note_stays_in_its_place_and_remit():
    note = "Casualty figures are those of the Ministry of Health (MoH) in Gaza unless otherwise indicated.\n\n"
    assert one(note + "Israeli forces killed 12 Palestinians in the West Bank between 10 and 17 July.\n", 12,
               "2025-07-20").attributed_to != "Gaza Ministry of Health"
    box = ("Gaza Humanitarian Response Update | 1 - 14 July 2025\n\nKEY FIGURES*\nPalestinians killed since 7 Oct 2023: "
           "58,000\nHostages held in Gaza: 50\n\n* " + note)
    found = {(f.metric, f.value): f.attributed_to for f in figures_of(box, "2025-07-20")}
    assert found[("killed", 58000)] == "Gaza Ministry of Health" and found[("hostages_held", 50)] != "Gaza Ministry of Health"
    # a restatement keeps the default only where it names its body itself, not where it carries one
    page = ("OCHA | Protection of Civilians Update - West Bank\n\n- 236 Palestinians were injured during the month.\n\n"
            "Two men were killed by settlers on 21 November; the Palestinian Ministry of Health said a third man was "
            "critically injured. Of the 236 injuries recorded in November, 112 were caused by tear gas.\n\n"
            "Notes: Casualty figures are based on data collected and verified by OCHA unless otherwise stated.\n")
    assert {f.attributed_to for f in figures_of(page, "2025-12-01") if f.value == 236 and f.quote.startswith("236")} == {"OCHA"}


@pytest.mark.parametrize("text,source", [
    # the service as the holder or the classifier, on a prisoners' body's page: the page's count
    ("Addameer Prisoner Support and Human Rights Association\n\nTwo detainees died in IPS custody in October.\n", "Addameer"),
    ("Addameer Prisoner Support and Human Rights Association\n\nDetainees classified as \"unlawful combatants\" by the IPS: "
     "1,747\n", "Addameer"),
    # the service as a speaker is still its own source
    ("Addameer Prisoner Support and Human Rights Association\n\nThe IPS said 9,100 Palestinians were held in its prisons.\n",
     "Israel Prison Service"),
])
def test_the_prison_service_as_holder_or_classifier_is_no_source(text, source):
    assert {f.attributed_to for f in figures_of(text, "2025-11-20") if f.value > 1} == {source}


def test_a_pages_own_tallies_over_a_body_cited_before():
    # a note's default source beats a body carried from another paragraph
    page = ("OCHA | Protection of Civilians - West Bank\n\nTwo men were killed on 21 November; the Palestinian Ministry of "
            "Health said a third man was critically injured.\n\nSince the beginning of 2025, 219 Palestinians have been "
            "killed in the West Bank.\n\nNotes: Casualty figures are based on data collected and verified by OCHA unless "
            "otherwise stated.\n")
    assert one(page, 219, "2025-12-01").attributed_to == "OCHA"
    # an employer named for one of the dead is no source, and a UN page keeps its aid workers' tally (in a paragraph of
    # its own: in the paragraph naming a body, that body goes on speaking)
    update = ("Humanitarian Situation Update #301 | Gaza Strip\n\n12 July 2025\n\nAt least 31 aid seekers were killed near "
              "a site in Rafah, according to the Palestine Red Crescent Society.\n\nTwo humanitarian workers were killed "
              "during the week, including a paramedic with the Palestine Red Crescent Society. This brings to 421 the "
              "number of aid workers killed since October 2023.\n")
    found = {(f.metric, f.value, f.group): f.attributed_to for f in figures_of(update, "2025-07-12")}
    assert found[("killed", 31, "aid_seekers")] == "Palestine Red Crescent Society"
    assert found[("killed", 421, "aid_workers")] == "OCHA"
    # WHO's page keeps the hospitals' state over the ministry's toll cited in the paragraph before
    who = ("World Health Organization\nEmergency Situation Report 12\n\nThe Ministry of Health reported 58,000 people killed "
           "since October 2023.\n\nOnly 14 of 36 hospitals are partially functional.\n")
    assert one(who, 14, "2025-07-12").attributed_to == "WHO"


# --- round thirty-four's breakdowns (2026-11-28) ---------------------------------------------------------------------------

def test_a_breakdown_heading_over_dotted_place_lines_counts_the_toll_told_before():
    text = ("In March 2026, 21 Palestinians were killed in the West Bank.\n\nBreakdown by governorate (March 2026)\n"
            "Jenin .............................. 9\nNablus ............................. 7\nHebron ............................. 5\n")
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2026-04-01")] == [
        ("killed", 21, "period"), ("killed", 9, "period"), ("killed", 7, "period"), ("killed", 5, "period")]


def test_an_arabic_breakdown_on_the_shape_that_follows():
    from parsers.arabic import extract_arabic_figures
    text = ("وزارة الصحة العامة\nأدت الغارات الإسرائيلية يوم أمس إلى استشهاد 30 شخصاً وإصابة 90 آخرين.\n"
            "وتوزعت الحصيلة على الأقضية على الشكل الآتي:\n- قضاء النبطية: 18 شهيداً و50 جريحاً\n- قضاء صور: 12 شهيداً و40 جريحاً\n")
    assert [(f.metric, f.value) for f in extract_arabic_figures(text, published=dt.date(2024, 10, 19))] == [
        ("killed", 30), ("injured", 90), ("killed", 18), ("injured", 50), ("killed", 12), ("injured", 40)]


@pytest.mark.parametrize("text,expected", [
    ("Rescuers said the bodies of four people had also been recovered from the rubble.", [("bodies_recovered", 4)]),
    ("Of the 251 hostages, 101 remain in Gaza.", [("hostages_taken", 251), ("hostages_held", 101)]),
    ("Of the 59 hostages still in Gaza, 24 are believed alive.", [("hostages_held", 59), ("hostages_alive", 24)]),
])
def test_bodies_recovered_later_and_the_hostages_taken_of_whom_some_remain(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-01")] == expected


@pytest.mark.parametrize("text,expected", [
    # an age after "a girl of" is no count
    ("Six Palestinians were injured, among them a woman of 70.", [("injured", 6, "all"), ("injured", 1, "women")]),
    ("Among the day's martyrs is a girl of nine.", []),
    # one wounded who died of the wounds is a death
    ("The toll includes one injured man who died of his wounds at Nasser Medical Complex.", [("killed", 1, "men")]),
    # "the number killed ... has risen to": the participle names the count
    ("With these deaths, the number killed in the West Bank since the beginning of 2026 has risen to 112, including 22 "
     "children.", [("killed", 112, "all"), ("killed", 22, "children")]),
])
def test_round_thirty_three_wordings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-01")] == expected


def test_arabic_counts_from_three_to_nine_in_words():
    from parsers.arabic import extract_arabic_figures
    text = ("وزارة الصحة العامة\nأدت الغارة على منزل في بلدة قانا إلى سقوط ثمانية شهداء، بينهم ثلاثة أطفال وامرأتان.\n"
            "أدت الغارة إلى استشهاد ثلاثة مواطنين وإصابة سبعة آخرين.\n"
            "وتستمر عمليات البحث منذ ثلاثة أيام.\n")  # days are no people
    assert [(f.metric, f.value, f.group) for f in extract_arabic_figures(text, published=dt.date(2024, 10, 19))] == [
        ("killed", 8, "all"), ("killed", 3, "children"), ("killed", 2, "women"), ("killed", 3, "all"), ("injured", 7, "all")]


# --- thirtieth review (2026-11-28): the rules since the twenty-ninth review, reviewed; each a reproduced regression -------

def test_thirtieth_review_a_bracketed_month_dates_only_a_breakdown():
    text = ("UNRWA Situation Report #170\n\nCasualties in Gaza (May 2025)\nPalestinians killed: 54,381\n"
            "Palestinians injured: 124,054\n")
    assert {f.period for f in figures_of(text, "2025-06-01")} == {"cumulative"}


def test_thirtieth_review_a_breakdown_of_another_count_is_no_toll():
    text = ("Since the start of 2026, Israeli forces have killed 38 Palestinians in the West Bank, the Ministry of Health "
            "said.\n\nBreakdown of demolished structures by governorate (March 2026)\nJenin ........ 41\nTubas ........ 23\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-04-01")] == [("killed", 38)]


@pytest.mark.parametrize("text", [
    "Of the 59 hostages, 24 are still believed alive.",
    "Of the 59 hostages, 35 are still presumed dead, Israeli officials say.",
    "Of the 50 hostages, about 20 are still in captivity alive, officials say.",
])
def test_thirtieth_review_the_hostages_of_whom_some_live_are_those_held(text):
    assert "hostages_taken" not in {f.metric for f in figures_of(text, "2025-06-01")}


@pytest.mark.parametrize("text,value,source", [
    # the body's staff speak for it, or count (not the employer of one counted)
    ("Volunteers with the Palestine Red Crescent Society evacuated 37 injured people from the area, the society said.", 37,
     "Palestine Red Crescent Society"),
    ("Medics from the Palestine Red Crescent Society, who reached the site after dawn, said 14 people had been killed.", 14,
     "Palestine Red Crescent Society"),
    # the prison service's own division is its source, not where anyone is held
    ("According to data from the Israel Prison Service's detention division, 3,400 Palestinians are held in "
     "administrative detention.", 3400, "Israel Prison Service"),
])
def test_thirtieth_review_speakers_kept(text, value, source):
    assert one(text, value, "2025-06-01").attributed_to == source


def test_thirtieth_review_a_body_named_in_the_paragraph_goes_on_speaking_in_it():
    page = ("Humanitarian Situation Update #290 | Gaza Strip\n\nCasualty figures are those of the Ministry of Health (MoH) "
            "unless otherwise indicated.\n\nOn 28 May, the Palestinian Civil Defence reported that a strike on a school in "
            "Jabalya killed 19 people. Its spokesperson said a further 30 people were injured.\n")
    assert one(page, 30, "2025-06-01").attributed_to == "Palestinian Civil Defence"
    who = ("WHO Gaza Situation Report 62\n\nAccording to the Ministry of Health, 19 of Gaza's 36 hospitals are partially "
           "functional. Two more hospitals went out of service this week.\n")
    assert one(who, 2, "2025-06-01").attributed_to == "Gaza Ministry of Health"
    ocha = ("Humanitarian Situation Update #291 | Gaza Strip\n\nOn 10 June, the Palestine Red Crescent Society said its "
            "ambulance crews came under fire near Khan Younis. Two aid workers were killed in the incident.\n")
    assert one(ocha, 2, "2025-06-11").attributed_to == "Palestine Red Crescent Society"


# --- a family's children, one of the dead (2026-11-28, session 2): rounds 1-34's killed misses ---------------------------
@pytest.mark.parametrize("text,value", [
    ("A strike on a tent in Al Mawasi killed a mother and her five children, the ministry said.", 5),
    ("Rami, a teacher, was killed together with his wife and three of their children when a strike hit their tent.", 3),
    ("The surgeon died on 27 July with his wife and four of their children when a missile struck their home.", 4),
    ("A staff member of an NGO was killed together with her two children in Deir al Balah.", 2),
    ("An airstrike on a tent killed a couple and their three children, according to Nasser Hospital.", 3),
])
def test_a_familys_children_killed_with_them_are_counted(text, value):
    assert (f := one(text, value, "2025-06-01")).metric == "killed" and f.group == "children"


@pytest.mark.parametrize("text", [
    "The parents of three children were killed in the strike.",  # the children survive: no count of them
    "A father of five children was killed in the strike.",
])
def test_a_familys_children_who_survive_are_no_count(text):
    assert [f for f in figures_of(text, "2025-06-01") if f.group == "children"] == []


@pytest.mark.parametrize("text,value,group", [
    ("Israeli forces killed a 16-year-old boy near Jenin on Monday, the ministry said.", 1, "children"),
    ("Three Palestinians were killed. The ministry said one of the dead was a 16-year-old boy shot in the chest.", 1, "children"),
    ("Seven martyrs arrived at the hospitals. One of the martyrs was a 9-year-old boy shot near the yellow line.", 1, "children"),
    ("A strike on a tent in Al Mawasi killed a woman and five children, the ministry said.", 5, "children"),
])
def test_one_person_named_by_the_verb_or_among_the_dead(text, value, group):
    assert (f := one(text, value, "2025-06-01")).metric == "killed" and f.group == group


@pytest.mark.parametrize("text", [
    "He was killed a day later in the same street.",
    "The strike killed a Hamas commander, the army said.",
    "It said one of those killed in the car was a commander in the group's Radwan force.",
])
def test_one_person_by_an_article_needs_a_person_counted(text):
    assert [f for f in figures_of(text, "2025-06-01") if f.value == 1] == []


# --- round thirty-five and thirty-six (2026-11-28, session 2) -----------------------------------------------------------
@pytest.mark.parametrize("text,value,group", [
    ("Among all those killed since October 2023, the Ministry has counted at least 127 children and 261 women.", 127,
     "children"),
    ("Among all those killed since October 2023, the Ministry has counted at least 127 children and 261 women.", 261, "women"),
    ("Among the 118 people killed in the 24-hour period, the MoH counted 41 children and 23 women.", 41, "children"),
])
def test_a_part_of_the_whole_an_opening_names_as_the_speaker_counted_it(text, value, group):
    assert (f := one(text, value, "2025-06-01")).metric == "killed" and f.group == group


_INTERVIEWS = "We interviewed 61 former detainees released from Israeli prisons.\n"


@pytest.mark.parametrize("text,value,group", [
    ("• 58 of the 61 people we interviewed said guards or soldiers had beaten them, often repeatedly.", 58, "all"),
    ("Nearly all described neglect, and 27 said they had been held for weeks without seeing a doctor despite wounds.", 27,
     "all"),
    ("Twenty-three detainees told us of sexual violence, from forced nudity to assault with objects.", 23, "all"),
    ("Sixty-eight detainees said they had lost more than 15 kilograms while in custody.", 68, "all"),
    ("Fifty-one of those interviewed said requests to see a doctor had been ignored for weeks.", 51, "all"),
    ("A lawyer who visited Damon took the statements of 14 women prisoners, who described humiliating strip searches.", 14,
     "women"),
    ("The group said it had documented testimony from 31 former detainees who described beatings and shackling.", 31, "all"),
    ("Two of the children met by the lawyer said they had been slapped and kicked during the head count.", 2, "children"),
])
def test_abuse_reported_in_more_wordings(text, value, group):
    f = one(_INTERVIEWS + text, value, "2025-06-01")
    assert f.metric == "reports_of_abuse" and f.group == group


@pytest.mark.parametrize("text", [
    "B'Tselem collected testimonies from 55 former detainees, most of whom described beatings.",  # most, not all 55
    "The report draws on interviews with 40 guards who said they had never beaten anyone.",
])
def test_a_sample_of_whom_not_all_report_abuse_is_no_count(text):
    assert [f for f in figures_of(_INTERVIEWS + text, "2025-06-01") if f.metric == "reports_of_abuse"] == []


@pytest.mark.parametrize("text,hours", [
    ("The ministry said 118 people were killed in the 24-hour period.", "24h"),
    ("In the same 48-hour period, 118 people were killed, the ministry said.", "48h"),
])
def test_an_n_hour_period_is_its_window(text, hours):
    f = one(text, 118, "2025-06-01")
    assert (f.period, f.period_detail) == ("period", hours)


_LEBANESE_HEAD = "الجمهورية اللبنانية\nوزارة الصحة العامة\n\n"


def arabic_figures_of(text, published):
    from parsers.arabic import extract_arabic_figures
    return extract_arabic_figures(text, published=dt.date.fromisoformat(published))


def test_arabic_a_count_and_its_breakdown_opening_in_one_line():
    text = _LEBANESE_HEAD + ("أدت الغارات خلال الساعات الأربع والعشرين الماضية إلى استشهاد 41 شخصاً وإصابة 137 آخرين بجروح، "
                             "توزعوا على الشكل الآتي:\n- محافظة النبطية: 17 شهيداً و 52 جريحاً\n- محافظة الجنوب: 13 شهيداً و 46 جريحاً\n")
    got = {(f.metric, f.value, f.period, f.period_detail) for f in arabic_figures_of(text, "2024-11-12")}
    assert {("killed", 17, "period", "24h"), ("injured", 52, "period", "24h"), ("killed", 13, "period", "24h")} <= got


def test_arabic_parts_after_a_speaker_and_a_group_before_the_count():
    text = _LEBANESE_HEAD + ("ارتفعت الحصيلة منذ 8 تشرين الأول 2023 إلى 3,289 شهيداً و 14,236 جريحاً.\n"
                             "وأوضح المركز أن من بين الشهداء 219 طفلاً و 672 امرأة.\n"
                             "بلغ عدد الشهداء من العاملين في القطاع الصحي والمسعفين 208 شهداء، فيما أصيب 317 منهم بجروح، منذ بدء العدوان.\n")
    got = {(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2024-11-12")}
    assert {("killed", 219, "children"), ("killed", 672, "women"), ("killed", 208, "health_workers"),
            ("injured", 317, "health_workers")} <= got


@pytest.mark.parametrize("line,expected", [
    ("وسجّلت الوزارة 71 اعتداءً على المستشفيات، ما أدى إلى إقفال 8 مستشفيات بشكل كامل، فيما تعمل 7 مستشفيات أخرى بقدرة جزئية.",
     {("attacks_on_health_care", 71), ("hospitals_out_of_service", 8), ("hospitals_partially_functioning", 7)}),
    ("من أصل 38 مستشفى في قطاع غزة، يعمل 18 مستشفى بشكل جزئي و20 مستشفى خارج الخدمة.",
     {("hospitals_partially_functioning", 18), ("hospitals_out_of_service", 20)}),
])
def test_arabic_hospitals_in_a_state_and_attacks_on_health_care(line, expected):
    got = {(f.metric, f.value) for f in arabic_figures_of("وزارة الصحة - غزة\n\n" + line + "\n", "2025-06-01") if f.family == "hospitals"}
    assert expected <= got and not any(value == 38 and metric != "hospitals_total" for metric, value in got)


def test_a_table_by_perpetrator_counts_the_caption_s_dead_since_its_first_day():
    text = ("Since 7 October 2023, 1,094 Palestinians have been killed in the West Bank.\n\n"
            "Palestinian fatalities by perpetrator, 7 Oct 2023 – 19 Jan 2026\n"
            "Perpetrator                     Total    Children\n"
            "Israeli forces                  1,031       224\n"
            "Israeli settlers                   37         5\n"
            "Forces or settlers (unclear)       26         2\n")
    got = {(f.metric, f.value, f.group, f.period, f.period_start) for f in figures_of(text, "2026-01-20") if f.value != 1094}
    start = dt.date(2023, 10, 7)
    assert got == {("killed", 1031, "all", "cumulative", start), ("killed", 224, "children", "cumulative", start),
                   ("killed", 37, "all", "cumulative", start), ("killed", 5, "children", "cumulative", start),
                   ("killed", 26, "all", "cumulative", start), ("killed", 2, "children", "cumulative", start)}


@pytest.mark.parametrize("text,kept", [
    ("168,536 wounded have reached hospitals; at least 4,800 of them have undergone amputations.", {168536}),
    ("The ministry recorded 2,900 injuries during the year, and said 38 of the injured had suffered amputations.", {2900}),
    # those found alive are neither dead, recovered bodies nor missing
    ("Civil Defence crews had recovered 23 bodies by mid-morning, 11 of them children, and pulled 19 people out alive.",
     {23, 11}),
    # patients who left for treatment abroad are no ward's load
    ("Only 43 patients left the Strip for treatment during the reporting period.", set()),
    ("Since 10 October, 1,184 patients and 1,960 companions have left Gaza through the Kerem Shalom crossing for treatment "
     "in Egypt and Jordan.", set()),
])
def test_counts_of_another_kind_inside_a_toll_or_a_ward(text, kept):
    assert {f.value for f in figures_of(text, "2025-06-01")} == kept


def test_a_part_of_deaths_of_a_kind_stays_of_that_kind():
    text = ("The health ministry says 227 people have died of malnutrition and starvation since the war began, 98 of them "
            "children. Of those, 129 deaths have been recorded since the start of July alone, it says.")
    assert one(text, 129, "2025-08-01").metric == "malnutrition_deaths"
    custody = ("PHRI says 98 Palestinians have died in Israeli custody since October 2023: 52 in IPS prisons and 46 in military "
               "facilities. Of these, 23 died in 2025.")
    assert one(custody, 23, "2026-01-10").metric == "deaths_in_custody"


def test_a_bodys_unit_heads_its_own_statement():
    text = ("General Directorate of Civil Defence – Gaza Strip\nMedia and Public Relations Office\n\nPRESS STATEMENT\n\n"
            "Gaza, Saturday 6 December 2025\n\nOur crews have this week recovered the remains of 37 people from under the "
            "rubble.\n\nWe estimate that around 9,500 citizens are still missing under the rubble across the Gaza Strip.\n")
    assert {f.attributed_to for f in figures_of(text, "2025-12-06")} == {"Palestinian Civil Defence"}


def test_a_hospital_described_in_apposition_speaks():
    text = ("Israeli strikes killed at least 17 people, Gaza's civil defence agency said.\n\nNasser hospital, the main "
            "medical facility still operating in southern Gaza, said it had received 15 bodies and more than 40 wounded.\n")
    assert one(text, 15, "2025-07-16").attributed_to == one(text, 40, "2025-07-16").attributed_to == "Nasser hospital"
    # (not a hospital spoken of: "the UN said Al-Shifa Hospital, once the largest, has 14 patients")
    assert one("The UN said Al-Shifa Hospital, once the largest in Gaza, has 14 patients.", 14, "2025-07-16").attributed_to \
        != "Al-Shifa Hospital"


@pytest.mark.parametrize("text,value,metric,group", [
    ("The intensive care units of the four hospitals still receiving trauma cases in northern Gaza held 61 patients on "
     "12 September, 14 of them children.", 61, "icu_patients", "all"),
    ("The intensive care units of the four hospitals still receiving trauma cases in northern Gaza held 61 patients on "
     "12 September, 14 of them children.", 14, "icu_patients", "children"),
    ("The Emirati hospital reported that its neonatal intensive care unit was caring for 37 newborns.", 37, "icu_patients",
     "children"),
    ("The neonatal unit was caring for 38 newborns last week.", 38, "patients", "children"),
])
def test_a_wards_load_by_what_the_ward_is(text, value, metric, group):
    f = one(text, value, "2025-10-13")
    assert (f.metric, f.group) == (metric, group)


def test_they_included_after_a_count_are_its_parts():
    text = "The Society documented 610 cases of arrest across the West Bank in February. They included 71 children and 14 women."
    got = {(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-01")}
    assert {("arrests", 71, "children"), ("arrests", 14, "women")} <= got


def test_behind_bars_are_the_held():
    text = "The Society said 52 Palestinian journalists remain behind bars, 19 of whom are held in administrative detention."
    assert (one(text, 52, "2026-03-01").metric, one(text, 19, "2026-03-01").metric) == ("detainees", "administrative_detainees")


def test_a_dash_list_of_legal_statuses_under_the_figures_a_body_provided():
    text = ("HaMoked: Center for the Defence of the Individual\n\nHaMoked receives figures each month from the Israel Prison "
            "Service (IPS). Below are the figures the IPS provided for the beginning of February 2026.\n\n"
            "Breakdown by legal status:\nSentenced prisoners – 1,398\n"
            "Detainees held pending trial or during legal proceedings – 3,195\n"
            "Administrative detainees (held without charge or trial) – 3,471\n")
    got = {(f.value, f.metric, f.group, f.attributed_to) for f in figures_of(text, "2026-02-10")}
    assert got == {(1398, "detainees", "sentenced", "Israel Prison Service"),
                   (3195, "detainees", "awaiting_trial", "Israel Prison Service"),
                   (3471, "administrative_detainees", "all", "Israel Prison Service")}


def test_a_dash_in_running_text_is_no_label():
    text = "KHAN YOUNIS (AP) — 27 people were killed in strikes on tents, the ministry said, including 9 children."
    assert one(text, 27, "2025-06-01").group == "all"


@pytest.mark.parametrize("text,value", [
    ("The war was triggered by the Hamas-led attack on southern Israel in which around 1,200 people were killed.", 1200),
    ("Hamas's October 2023 attack on Israel that triggered the war left 1,219 people dead, most of them civilians.", 1219),
    ("That attack resulted in the deaths of 1,219 people, mostly civilians, according to an AFP tally.", 1219),
    ("Over 1,200 people were killed in the onslaught.", 1200),
])
def test_the_toll_of_one_attack_is_of_that_event(text, value):
    assert one(text, value, "2025-06-01").period == "period"


def test_a_running_toll_after_an_attack_named_is_still_running():
    text = "Israel's offensive after the October 7 attack has killed 60,000 Palestinians, the ministry said."
    assert one(text, 60000, "2025-06-01").period == "cumulative"


def test_during_the_same_week_is_the_week_stated_before_not_the_strike_told_in_between():
    text = ("Between 13 and 19 January 2026, four Palestinians were killed by Israeli forces. Three of them died when an air "
            "strike hit a car near Tammun on 16 January.\n\nDuring the same week, 61 Palestinians were injured across the "
            "West Bank: 38 by Israeli forces and 23 by settlers.\n")
    assert {(f.value, f.period, f.period_detail) for f in figures_of(text, "2026-01-20") if f.metric == "injured"} == \
        {(61, "period", "7d"), (38, "period", "7d"), (23, "period", "7d")}


# --- thirty-first review (2026-11-28): this session's rules since 15a5bf6, reviewed; each a reproduced regression -------
@pytest.mark.parametrize("text", [
    "A man was killed in Jenin on Monday, and soldiers later arrested his three sons.",
    "A woman was injured in the strike; she had been searching for her two children, who are still missing.",
    "Ahmed, who was killed on Friday, is survived by his wife and their four children.",
    "Two parents were killed in the strike on Monday, leaving their 5 children orphaned.",
    "A man was killed on Tuesday while searching for food for his seven children.",
    "The strike killed a displaced father as he queued for flour for his six children near the distribution site.",
])
def test_thirty_first_review_a_familys_children_not_what_befell_them(text):
    assert [f for f in figures_of(text, "2025-06-01") if f.group == "children"] == []


def test_thirty_first_review_a_family_among_a_days_toll_keeps_its_period():
    text = ("The Ministry of Health said 45 people were killed in the past 24 hours. A father and his two sons were among "
            "those killed in Gaza City.")
    assert one(text, 2, "2025-06-01").period_detail == "24h"


@pytest.mark.parametrize("text", [
    "The strike killed a boy's father and injured his mother.",  # the father, no boy
    "Israeli forces abducted a child from Silwan on Saturday.",  # an arrest, no hostage
    "Troops detained a child for several hours and then released him.",
])
def test_thirty_first_review_one_person_by_an_active_verb_only_where_one_is_counted(text):
    assert [f for f in figures_of(text, "2025-06-01") if f.value == 1] == []


def test_thirty_first_review_others_after_one_child_are_other_people():
    text = ("Israeli forces injured a child with a rubber-coated bullet in Kafr Qaddum, where 14 others were treated for tear "
            "gas inhalation.")
    assert one(text, 14, "2025-06-01").group == "all"


def test_thirty_first_review_an_opening_whole_counts_people_not_wounds():
    text = "Among those injured since 7 October, the ministry has recorded more than 4,800 amputations."
    assert figures_of(text, "2025-06-01") == []


@pytest.mark.parametrize("line", [
    "وقع 35 اعتداءً على الفرق الصحفية العاملة في القطاع",  # the press
    "سجل 18 اعتداءً على المؤسسات التعليمية",  # schools
    "رصد المركز 64 اعتداءً على المنشآت الدينية والمساجد",
    "توقفت المولدات الكهربائية في 5 مستشفيات بسبب نفاد الوقود",  # what stopped in them
    "توقفت أقسام غسيل الكلى في 4 مستشفيات",
    "تم إقفال 8 أقسام في 3 مستشفيات",
    "بسبب إغلاق المعابر باتت 9 مستشفيات مهددة بالتوقف",  # a threat
    "تعمل الطواقم الطبية في 5 مستشفيات على مدار الساعة",
])
def test_thirty_first_review_arabic_no_hospital_state_or_attack_on_health_care(line):
    assert [f for f in arabic_figures_of("وزارة الصحة - غزة\n\n" + line + "\n", "2025-06-01") if f.family == "hospitals"] == []


def test_thirty_first_review_arabic_a_list_of_groups_is_everyone():
    text = "وزارة الصحة العامة - لبنان\n\nارتفع عدد الشهداء من الأطفال والنساء والمسنين 200 شهيد منذ بدء العدوان\n"
    assert [(f.value, f.group) for f in arabic_figures_of(text, "2025-06-01")] == [(200, "all")]


@pytest.mark.parametrize("text,value,group", [
    ("The final count remains 2,615 martyrs and more than 19,180 injured among those who went to obtain food at the "
     "distribution points.", 19180, "aid_seekers"),
    ("Health personnel martyred: 1,670, while civil defence crews lost 139 of their members.", 139, "civil_defence"),
    ("The medical staff have lost 1,670 of their members in direct and repeated targeting.", 1670, "health_workers"),
])
def test_who_was_counted_named_around_the_count(text, value, group):
    assert one(text, value, "2025-12-01").group == group


def test_arabic_a_lines_topic_names_its_groups():
    text = ("وزارة الصحة - غزة\n\nوفي ما يتعلق بمنتظري المساعدات، قالت الوزارة إن 11 شهيداً وأكثر من 96 إصابة وصلوا إلى "
            "المستشفيات خلال الساعات الأربع والعشرين الماضية.\n")
    assert {(f.value, f.group) for f in arabic_figures_of(text, "2025-08-01")} == {(11, "aid_seekers"), (96, "aid_seekers")}


@pytest.mark.parametrize("text,value,metric,group", [
    ("Fifty-four of those killed in 2025 were children and nine were women, the ministry said.", 54, "killed", "children"),
    ("11 WFP staff members and contractors have been killed in Gaza since October 2023.", 11, "killed", "aid_workers"),
    ("Over 70 UNRWA staff members, among them teachers, doctors and social workers, have been detained by Israeli forces "
     "since the war began.", 70, "arrests", "aid_workers"),
    ("One UNRWA colleague was killed in Deir al Balah on 1 February.", 1, "killed", "aid_workers"),
    ("Since 7 October 2023, 19 PRCS staff members and volunteers have been killed while on duty.", 19, "killed",
     "health_workers"),
])
def test_staff_counted_past_their_kinds(text, value, metric, group):
    f = one(text, value, "2025-06-01")
    assert (f.metric, f.group) == (metric, group)


def test_a_part_label_names_the_regime_of_the_group_above():
    text = "Addameer statistics\n\nChild prisoners: 312\n   Of whom in administrative detention: 88\nFemale prisoners: 47\n"
    assert (one(text, 88, "2025-06-01").metric, one(text, 88, "2025-06-01").group) == ("administrative_detainees", "children")


def test_the_dead_who_were_members_of_an_armed_unit_are_fighters():
    text = "The armed wing of Islamic Jihad said two of the dead were members of its Tulkarem battalion."
    assert one(text, 2, "2025-06-01").group == "fighters"


def test_a_source_note_under_the_letterhead_does_not_replace_it():
    text = ("Addameer Prisoner Support and Human Rights Association\nStatistics > Prisoners and detainees\n\n"
            "Figures as of 1 November 2026. Source: Israel Prison Service data obtained by the prisoners' institutions.\n\n"
            "Total number of political prisoners: 9,342\nAdministrative detainees: 3,215\nUnlawful combatants: 1,847\n"
            "Sentenced prisoners: 1,604\nChild prisoners: 362\nFemale prisoners: 48\n")
    assert {f.attributed_to for f in figures_of(text, "2026-11-05")} <= {"Addameer", "Israel Prison Service"}


def test_an_aligned_table_with_note_marks_and_the_minors_so_held():
    text = ("HaMoked regularly asks the Israel Prison Service (IPS) for the number of Palestinian minors it holds. The figures "
            "below were provided by the IPS and refer to the first day of each month.\n\n"
            "Month        Minors held   In administrative detention   Held as \"unlawful combatants\"\n"
            "October      296           85                            14\n"
            "November     288 (a)       83                            14 (b)\n\nNotes:\n(a) Including 2 girls.\n")
    got = {(f.value, f.metric, f.group) for f in figures_of(text, "2025-11-20")}
    assert {(288, "detainees", "children"), (83, "administrative_detainees", "children"),
            (14, "unlawful_combatants_detainees", "children")} <= got


# --- thirty-second review (2026-11-28): the rules since f7d1564, reviewed; each a reproduced regression -------------------
def test_thirty_second_review_an_arabic_topic_names_its_own_counts_not_the_wars_toll():
    text = ("وزارة الصحة - غزة\n\nوفي ما يتعلق بمنتظري المساعدات، وصل 11 شهيداً، وبذلك ترتفع حصيلة الشهداء منذ بدء العدوان "
            "إلى 54,381 شهيداً.\n")
    assert {(f.value, f.group) for f in arabic_figures_of(text, "2025-06-01")} == {(11, "aid_seekers"), (54381, "all")}


def test_thirty_second_review_an_assault_in_which_many_have_been_killed_is_a_running_toll():
    text = ("Israel's military assault on Gaza, in which at least 54,381 Palestinians have been killed according to the "
            "territory's health ministry, has displaced most of the population.")
    assert one(text, 54381, "2025-06-01").period == "cumulative"


def test_thirty_second_review_members_of_a_medical_unit_are_no_fighters():
    text = "The PRCS said 4 people were killed; two of those killed were members of its emergency medical unit."
    assert one(text, 2, "2025-06-01").group != "fighters"


def test_thirty_second_review_a_source_line_naming_one_body_is_the_pages_source():
    text = "Source: Ministry of Health\n\nAt least 54,381 Palestinians have been killed since 7 October 2023.\n"
    assert one(text, 54381, "2025-06-01").attributed_to == "Gaza Ministry of Health"


def test_thirty_second_review_an_arabic_danger_word_keeps_the_hospitals_state():
    text = "وزارة الصحة - غزة\n\nخرج 22 مستشفى عن الخدمة مما يشكل خطراً على حياة المرضى.\n"
    assert [(f.metric, f.value) for f in arabic_figures_of(text, "2025-06-01")] == [("hospitals_out_of_service", 22)]


def test_thirty_second_review_minors_beside_a_total_leave_the_prisons_regimes_to_all():
    text = ("Prison figures\n\n| Date | Child prisoners | Administrative detainees | Total |\n"
            "| 1 Feb 2026 | 312 | 3,385 | 10,221 |\n")
    assert one(text, 3385, "2026-02-05").group == "all"


# --- the held counted by what they are ill with: the sick among them ----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("At least 620 prisoners suffer from chronic illnesses or injuries, 24 of them diagnosed with cancer, the statement said.",
     [("sick_prisoners", 620), ("sick_prisoners", 24)]),
    ('The Israel Prison Service said that 1,870 prisoners in its facilities were "under medical follow-up" as of June 2025, '
     "of whom 214 were defined as chronically ill.", [("sick_prisoners", 1870), ("sick_prisoners", 214)]),
    ("Forty-five prisoners have chronic illnesses, among them heart disease, and receive only painkillers.",
     [("sick_prisoners", 45)]),
    ("Twelve of the prisoners visited suffer from skin disease (scabies), the lawyers reported, and nine others have chronic "
     "illnesses including diabetes.", [("sick_prisoners", 12), ("sick_prisoners", 9)]),
    ("According to the lawyer, at least 140 prisoners in Megiddo suffer from scabies.", [("sick_prisoners", 140)]),
    # what they lack or endure is no illness: all the held
    ("The IPS holds 10,000 detainees with chronic shortages of food and water, the group said.", [("detainees", 10000)]),
    ("Israel holds 9,300 prisoners, who suffer from overcrowding.", [("detainees", 9300)]),
    ("Israel holds 9,300 prisoners; many suffer from scabies.", [("detainees", 9300)]),
])
def test_the_held_counted_by_an_illness_are_the_sick(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-06-01")] == expected


# --- bodies handed back in an exchange, and the dead identified by name, are no toll ---------------------------------

@pytest.mark.parametrize("text", [
    "The Health Ministry in Hamas-run Gaza said it has received 195 bodies from Israel so far.",
    "Through the International Committee of the Red Cross, the ministry took delivery of 15 bodies of unidentified "
    "Palestinians released by the occupation, bringing the total number of bodies returned under the agreement to 360.",
    "The ministry received the bodies of 15 Palestinians today through the International Committee of the Red Cross, "
    "bringing the number returned under the agreement to 345.",
    "Families can view photographs at the ministry's forensic unit; 97 of the returned bodies have been identified so far.",
    "The Prime Minister's Office said the handover brings to 15 the number of bodies returned since the ceasefire.",
    "Under the agreement, Hamas was required to return all 28 bodies of dead captives within 72 hours.",
    "Of the bodies returned, 24 were Israelis, and one was a Thai national.",
    "The Gaza health ministry said it had received 330 bodies from Israel so far, of which only 95 had been identified.",
])
def test_bodies_handed_back_are_no_toll(text):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-11-01") if f.metric == "killed"] == []


@pytest.mark.parametrize("text,expected", [
    ("Of the dead, it said 61,130 had been fully identified, with a name and ID number.", [("killed_identified", 61130, "all")]),
    ("According to the ministry, 65,870 of the dead have been fully identified, with a name and an identity number.",
     [("killed_identified", 65870, "all")]),
    ("The ministry has identified about 17,100 of those killed as children and 9,200 as women, and it estimates that "
     "another 11,000 people are missing.",
     [("killed", 17100, "children"), ("killed", 9200, "women"), ("missing", 11000, "all")]),
    # bodies a hospital received are the day's dead; a return home is no exchange of bodies
    ("Hospitals received 52 bodies and 187 injured people over the previous 24 hours.", [("killed", 52, "all"), ("injured", 187, "all")]),
    ("The ministry said hospitals received 37 bodies as displaced families returned to the north.", [("killed", 37, "all")]),
])
def test_the_dead_identified_by_name(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-01")] == expected


# --- deaths in custody: the dead of a place, and where they died ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Between 7 October 2023 and 30 June 2025, the Office verified the deaths of 75 Palestinians in the custody of the "
     "Israeli authorities. Forty-nine of them were residents of the Gaza Strip and 26 were from the West Bank.",
     [("deaths_in_custody", 75), ("deaths_in_custody", 49), ("deaths_in_custody", 26)]),
    ("Twenty-nine of the deaths occurred in military detention facilities, including 17 at the Sde Teiman camp, and the "
     "remaining 46 in facilities run by the Israel Prison Service.",
     [("deaths_in_custody", 29), ("deaths_in_custody", 17), ("deaths_in_custody", 46)]),
    # a place inside the whole's own: where some of them lived, which as a toll of its own would sit in the whole's series
    # (same metric, group, place and period) as a second value
    ("Israeli forces killed 71 Palestinians in the West Bank in January, the ministry said. Forty of them were from Jenin.",
     [("killed", 71)]),
    # the arrested of a place are no part the sentence after can take without a metric of its own
    ("Israeli forces arrested 120 people in the West Bank. 40 of them were from Hebron.", [("arrests", 120)]),
])
def test_deaths_in_custody_by_place(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-09-09")] == expected


def test_the_body_running_a_prison_named_by_its_short_name_is_no_source():
    text = ("OHCHR said 75 Palestinians had died in Israeli custody. Twenty-nine of the deaths occurred in military "
            "detention facilities, and the remaining 46 in facilities run by the Israel Prison Service (IPS).")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2025-09-09")] == [(75, "OHCHR"), (29, "OHCHR"), (46, "OHCHR")]


@pytest.mark.parametrize("text,expected", [
    ("At least 848 people sheltering in UNRWA schools and other premises have been killed since 7 October 2023, and 2,630 "
     "injured.", [("killed", 848), ("injured", 2630)]),
    ("At least 761 people sheltering under the UN flag have been killed and some 2,540 injured in these incidents.",
     [("killed", 761), ("injured", 2540)]),
])
def test_the_subjects_predicate_past_where_they_sheltered(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Palestinian Red Crescent said its medics treated four people hit by rubber-coated bullets and dozens of others "
     "for tear gas inhalation.", [("injured", 4)]),
    ("The Palestinian Red Crescent said its medics treated seven people at the scene, four of them for injuries from "
     "beatings with clubs and stones and three for tear gas inhalation.", [("injured", 7), ("injured", 4), ("injured", 3)]),
    ("Of the injured, 22 were hurt by Israeli settlers; a further 14 Palestinians were treated for inhaling tear gas.",
     [("injured", 22), ("injured", 14)]),
    # those medics treat at a clinic for an illness are no casualties
    ("Its medics treated seven people for chronic illnesses at the clinic.", []),
])
def test_those_medics_treated_in_number_words(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-01")] == expected


# --- Arabic counts in words past ten, and in the dual ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("أعلن المركز أن الغارة على منزل في بلدة الخيام أدت في حصيلة نهائية إلى سقوط سبعة شهداء بينهم طفلان، وإصابة ثمانية عشر "
     "مواطناً بجروح.",
     [("killed", 7, "all"), ("killed", 2, "children"), ("injured", 18, "all")]),
    ("أدت الغارة إلى استشهاد خمسة وعشرين شخصاً وإصابة ثلاثة عشر آخرين.", [("killed", 25, "all"), ("injured", 13, "all")]),
    ("أدت غارة على سيارة على طريق كفررمان – النبطية إلى سقوط شهيد وإصابة شخصين بجروح.", [("killed", 1, "all"), ("injured", 2, "all")]),
    ("أسفرت الغارة على البلدة عن جريحين.", [("injured", 2, "all")]),
    # the "عشر" of a teen whose noun is not counted is no ten
    ("أدت الغارة إلى إصابة ثلاثة عشر فلسطينياً.", []),
])
def test_arabic_counts_in_words(text, expected):
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2026-03-01")] == expected


# --- patients: those in intensive care wherever the unit is named; those counted by an illness are no ward's load -----

@pytest.mark.parametrize("text,expected", [
    ("At Nasser Medical Complex, 60 patients were being cared for in a 22-bed intensive care unit.",
     [("icu_patients", 60), ("beds", 22)]),
    ("Its 350 beds were all occupied, WHO said, and the intensive care unit was taking in 30 patients.",
     [("beds", 350), ("icu_patients", 30)]),
    ("Its intensive care unit is currently caring for 26 patients, more than twice the number it was built for.",
     [("icu_patients", 26)]),
    ("Al-Awda Hospital is caring for 147 patients, 11 of them in an improvised intensive care unit.",
     [("patients", 147), ("icu_patients", 11)]),
    ("The ministry recalls that about 700 kidney patients still depend on dialysis sessions, and that more than 11,000 "
     "cancer patients have no access to chemotherapy.", []),
    ("About 1,150 patients on haemodialysis are being served by 54 machines in three centres.", []),
    ("More than 15,600 patients need to travel abroad for treatment, 3,800 of them children.", []),
    ("WHO delivered trauma supplies for 500 patients to Nasser and Al-Aqsa hospitals.", []),
    ("WHO and the Palestine Red Crescent Society moved 62 patients to Nasser Medical Complex.", []),
    ("Nasser Medical Complex is treating 700 patients, twice its capacity.", [("patients", 700)]),
])
def test_patients_in_intensive_care_and_patients_of_an_illness(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-01")] == expected


def test_arabic_patients_in_intensive_care_named_after_them():
    figures = arabic_figures_of("يرقد 96 مريضاً في أقسام العناية المركزة على 41 سريراً فقط.", "2025-07-01")
    assert [(f.metric, f.value) for f in figures] == [("beds", 41), ("icu_patients", 96)]


# --- abuse in any wording the account names, close after the verb of those who give it --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Of the 41 former detainees interviewed, 29 described prolonged stress positions or shackling.", [("reports_of_abuse", 29, "all")]),
    ("Seventeen detainees described sexual humiliation, including forced nudity during searches.", [("reports_of_abuse", 17, "all")]),
    ("Sixty-nine said they were regularly given insufficient food, and 52 said they had lost more than ten kilograms.",
     [("reports_of_abuse", 69, "all"), ("reports_of_abuse", 52, "all")]),
    ("* 33 described raids on their cells with dogs or stun grenades.", [("reports_of_abuse", 33, "all")]),
    # each reports their own (no sample and part)
    ("At least 41 prisoners described beatings during transfers, and 27 said they had been held in shackles in hospital.",
     [("reports_of_abuse", 41, "all"), ("reports_of_abuse", 27, "all")]),
    ("Among the 23 women interviewed, 19 described sexual harassment or the threat of sexual violence.",
     [("reports_of_abuse", 19, "women")]),
    # what they said names no abuse
    ("Twelve said they had been held in Ofer for a month before being moved.", []),
])
def test_abuse_in_any_wording_after_the_verb_of_those_who_report_it(text, expected):
    text = "Addameer interviewed Palestinians held in Israeli prisons and detention camps. " + text
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("7. Famine and malnutrition: 5 new deaths recorded in the past 24 hours, 2 of them children; the total has climbed to "
     "222 deaths, of whom 101 are children.",
     [(5, "period"), (2, "period"), (222, "cumulative"), (101, "cumulative")]),
    ("Five people were killed in the past 24 hours, and the total has risen to 222 deaths.", [(5, "period"), (222, "cumulative")]),
])
def test_a_total_risen_to_after_a_window_is_a_running_total(text, expected):
    assert [(f.value, f.period) for f in figures_of(text, "2025-07-01")] == expected


def test_a_stretch_of_days_named_by_its_owner():
    text = "Over its 58 days the Gaza health ministry recorded 170 Palestinians killed by Israeli fire and 690 injured."
    assert [(f.value, f.period, f.period_detail) for f in figures_of(text, "2025-07-01")] == [(170, "period", "58d"),
                                                                                            (690, "period", "58d")]


def test_according_to_information_received_by_a_speaker():
    text = ("Figures published by the Israel Prison Service earlier this month show 10,140 Palestinians in its custody. "
            "According to information received by the Special Rapporteur, at least 101 Palestinians have died in Israeli "
            "custody since October 2023.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2026-06-26")] == [
        (10140, "Israel Prison Service"), (101, "UN Special Rapporteur")]


@pytest.mark.parametrize("text,expected", [
    ("Of the 38 hospitals that served the Strip before the war, only 18 are working today.",
     [("hospitals_total", 38), ("hospitals_functioning", 18)]),
    ("Across the Gaza Strip, only 14 hospitals are functioning, and all of them are partially functioning.",
     [("hospitals_partially_functioning", 14)]),
])
def test_hospitals_of_a_whole_named_with_a_clause_and_all_of_them_partially(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The day before, two brothers aged 6 and 9 were killed in an airstrike in Nabatieh governorate.", [("killed", 2, "children")]),
    ("Two brothers, aged 12 and 15, were among the dead, according to the European Gaza Hospital.", [("killed", 2, "children")]),
    ("Two boys aged 6 and 9 were killed in an airstrike.", [("killed", 2, "children")]),
    # grown men are no children
    ("Two men, aged 24 and 31, were killed in the strike.", [("killed", 2, "men")]),
    ("Two brothers aged 17 and 22 were killed in the strike.", [("killed", 2, "all")]),
])
def test_counted_by_ages_all_under_eighteen_are_children(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-01")] == expected


def test_an_aid_bodys_people_named_before_their_employer():
    text = ("Yesterday, two more staff members of the World Food Programme were killed when the building where they were "
            "sheltering in Deir al Balah was hit.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-01")] == [("killed", 2, "aid_workers")]


@pytest.mark.parametrize("text,expected", [
    # (those killed in the vicinity of distribution sites are aid seekers, as settled on 2026-11-29)
    ("Of these, 1,015 were killed in the vicinity of the militarised distribution sites, and 573 along the routes of "
     "supply convoys.", [("killed", 1015, "aid_seekers"), ("killed", 573, "aid_seekers")]),
    ("14 Palestinians, including four children, were killed in the West Bank in November: 12 by Israeli forces and two by "
     "Israeli settlers.", [("killed", 14, "all"), ("killed", 4, "children"), ("killed", 12, "all"), ("killed", 2, "all")]),
    ("Five people were killed in Khan Younis and 3 in Rafah.", [("killed", 5, "all"), ("killed", 3, "all")]),
])
def test_a_count_split_by_place_or_agent_with_its_verb_left_out(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-01")] == expected


def test_strikes_split_by_place_are_no_dead():
    text = ("Medics said at least nine more people were killed in two other strikes on Monday, one on a house in Gaza City "
            "and one on a tent in the Mawasi area.")
    assert 1 not in [f.value for f in figures_of(text, "2025-11-01")]


@pytest.mark.parametrize("text,expected", [
    # a place inside the count's own, or no place of the ledger's, tells where some lived: no second toll
    ("At least 25 people were killed in Israeli strikes across Gaza on Tuesday. Fifteen of them were from Khan Younis.",
     [("killed", 25, None)]),
    ("Israeli forces killed 12 Palestinians in the West Bank this week. Four of them were residents of Jenin refugee camp.",
     [("killed", 12, "West Bank")]),
    ("Three journalists were killed in the strike on Tuesday. Two of them were from Al Jazeera.", [("killed", 3, None)]),
    # a count of the dead by where they came from is its parts
    ("Since October 2023, 75 Palestinians have died in Israeli custody. Forty-nine of them were residents of the Gaza "
     "Strip and 26 were from the West Bank.",
     [("deaths_in_custody", 75, None), ("deaths_in_custody", 49, "Gaza Strip"), ("deaths_in_custody", 26, "West Bank")]),
])
def test_a_part_from_a_place_is_a_count_only_when_it_parts_the_whole_by_place(text, expected):
    found = [(f.metric, f.value, f.location) for f in figures_of(text, "2026-06-01")]
    assert [(metric, value) for metric, value, _ in found] == [(metric, value) for metric, value, _ in expected]
    assert all(place is None or where == place for (_, _, where), (_, _, place) in zip(found, expected))


@pytest.mark.parametrize("text,expected", [
    ("An Israeli strike killed 15 people in Deir al-Balah, and 6 of them were identified as children, the hospital said.",
     [("killed", 15, "all"), ("killed", 6, "children")]),
    ("The ministry said 52 people were killed in the past 24 hours, and 30 of the dead have been identified as women and "
     "children.", [("killed", 52, "all"), ("killed", 30, "women_and_children")]),
    # identified, with no group named: the named dead
    ("The ministry said 61,130 of those killed had been fully identified.", [("killed_identified", 61130, "all")]),
])
def test_identified_as_a_group_tells_who_the_dead_were(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-06-01")] == expected


@pytest.mark.parametrize("text", [
    "The Prisoners' Society said there are more than 600 prisoners with chronic diseases in Israeli jails.",
    "Among the detainees are 40 prisoners with disabilities, the Commission said.",
    "Israeli prisons hold 700 prisoners with serious illnesses, the Commission said.",
])
def test_prisoners_with_an_illness_in_the_plural_are_the_sick_not_all_held(text):
    assert [f.metric for f in figures_of(text, "2026-06-01")] == ["sick_prisoners"]


@pytest.mark.parametrize("text,metric", [
    ("Of the 60 detainees interviewed, 40 said they were arrested during the ground assault on Khan Younis.", "arrests"),
    ("Forty detainees told the lawyer they had joined the open hunger strike.", "detainees"),
    ("Five prisoners said they had been released from isolation last week.", "detainees"),
    ("Twenty detainees reported that they had been interrogated about the Hamas assault on Israel.", "detainees"),
    # the accounts of abuse stay
    ("Forty detainees told the lawyer they had been beaten during interrogation.", "reports_of_abuse"),
    ("Twelve detainees said they had been held in isolation for weeks.", "reports_of_abuse"),
])
def test_the_wars_assault_a_hunger_strike_and_a_release_are_no_accounts_of_abuse(text, metric):
    assert [f.metric for f in figures_of(text, "2026-06-01")][-1] == metric


def test_an_account_of_no_beating_is_neither_an_abuse_count_nor_a_condition():
    figures, conditions = extract_figures("Of the 20 detainees visited by the lawyer, 15 said they had not been beaten "
                                          "since their transfer to Ofer.", published=dt.date(2026, 6, 1))
    assert "reports_of_abuse" not in [f.metric for f in figures]
    assert conditions == []


@pytest.mark.parametrize("text,metric", [
    ("Al-Aqsa Hospital is treating 400 patients in the absence of intensive care beds.", "patients"),
    ("The hospital is caring for 300 patients in a hospital without intensive care or oxygen.", "patients"),
    ("The hospital is caring for 42 patients in its intensive care unit.", "icu_patients"),
])
def test_intensive_care_a_hospital_lacks_holds_no_patients(text, metric):
    assert [f.metric for f in figures_of(text, "2026-06-01")] == [metric]


@pytest.mark.parametrize("text,expected", [
    ("يرقد في المستشفى 200 مريض بينهم 20 في العناية المركزة.", [("patients", 200), ("icu_patients", 20)]),
    ("يوجد في مجمع ناصر الطبي 350 مريضاً ولا يوجد قسم عناية مركزة يعمل.", [("patients", 350)]),
    ("أفادت الوزارة بوجود 1200 مريض في المستشفيات الجنوبية بعد خروج أقسام العناية المركزة في الشمال عن الخدمة.",
     [("patients", 1200)]),
    ("يرقد 96 مريضاً في أقسام العناية المركزة.", [("icu_patients", 96)]),
])
def test_arabic_intensive_care_of_a_part_or_one_lacking_is_not_the_wholes(text, expected):
    from parsers.arabic import extract_arabic_figures
    assert [(f.metric, f.value) for f in extract_arabic_figures(text, published=dt.date(2026, 6, 1))] == expected


@pytest.mark.parametrize("text,expected", [
    ("PRCS said its medics treated two victims of a settler attack in Turmus Ayya, one hit by a stone.",
     [("injured", 2, "all")]),
    ("The Red Crescent said its teams treated nine people for shock and panic during the raid on Nur Shams camp.", []),
    ("Israel returned 15 Palestinian bodies on Tuesday under the ceasefire deal.", []),
])
def test_victims_of_settlers_the_frightened_and_bodies_handed_back(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-06-01")] == expected


@pytest.mark.parametrize("text", [
    "Since medical evacuations through Rafah resumed on 2 February, 96 patients have left, together with 170 companions.",
    "Last week only 38 patients left through the Rafah crossing, although the parties had agreed on 50 patients a day.",
    "Some 620 patients with kidney failure now depend on dialysis at the four units still operating.",
    "Kidney patients on dialysis: 160, now receiving two sessions a week instead of three",
])
def test_patients_who_left_a_quota_and_the_chronically_ill_are_no_wards_load(text):
    assert "patients" not in [f.metric for f in figures_of(text, "2026-02-10")]


def test_patients_in_a_ward_are_still_its_load():
    assert [(f.metric, f.value) for f in figures_of("Nasser Medical Complex is treating 350 patients, twice its capacity.",
                                                    "2026-02-10")] == [("patients", 350)]


@pytest.mark.parametrize("text,expected", [
    ("Since the ministry began recording deaths from malnutrition separately, it has counted 460 such deaths, 154 of them "
     "children.", [("malnutrition_deaths", 460, "all"), ("malnutrition_deaths", 154, "children")]),
    ("The UN says 370 of its own staff have died, the great majority of them employees of UNRWA.",
     [("killed", 370, "aid_workers")]),
    ("The ministry says more than 37,100 people have been killed, though only some 24,000 fatalities have been identified.",
     [("killed", 37100, "all"), ("killed_identified", 24000, "all")]),
    ("Since the ceasefire, the MoH has recorded 512 Palestinians killed and 1,406 injured, and the recovery of 702 bodies "
     "from areas that had been inaccessible.", [("killed", 512, "all"), ("injured", 1406, "all"), ("bodies_recovered", 702, "all")]),
    ("More than 18,500 patients are waiting for medical evacuation, and 1,092 people have died while waiting for approval "
     "since July 2024.", [("deaths_awaiting_evacuation", 1092, "all")]),
    ("Died while awaiting evacuation, since Oct 2023: 1,140", [("deaths_awaiting_evacuation", 1140, "all")]),
    # waiting for aid is no wait to leave: those were killed (aid seekers)
    ("Ten people were killed while waiting for aid near the Zikim crossing.", [("killed", 10, "aid_seekers")]),
    ("Over 600 arrests in October; two prisoners die in custody, bringing the known toll since the war began to 104",
     [("arrests", 600, "all"), ("deaths_in_custody", 2, "all"), ("deaths_in_custody", 104, "all")]),
    ("At least 118 doctors and nurses remained in custody, including four hospital directors.",
     [("detainees", 118, "health_workers"), ("detainees", 4, "health_workers")]),
])
def test_deaths_of_a_kind_and_who_they_were(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-02-10")] == expected


@pytest.mark.parametrize("text,kept", [
    ("That is roughly one child killed every two days, in what is supposed to be a time of peace.", []),
    ("Israeli forces carried out 615 arrests in the West Bank during October, an average of about 20 arrests a day.", [615]),
    ("Around 4,000 of the injured children have lost one or more limbs, UNICEF said.", []),
])
def test_rates_and_lost_limbs_are_no_counts(text, kept):
    assert [f.value for f in figures_of(text, "2026-02-10")] == kept


def test_an_arabic_phone_number_is_no_count():
    from parsers.arabic import extract_arabic_figures
    text = ("ارتفع عدد المفقودين إلى 11200 مفقود منذ بدء العدوان.\n"
            "وتهيب الوزارة بالمواطنين التواصل مع مركز المعلومات على الرقم 0599-100-222 للإبلاغ عن المفقودين.")
    assert [f.value for f in extract_arabic_figures(text, published=dt.date(2026, 2, 10))] == [11200]


def test_a_table_aligned_by_spaces_with_a_column_per_period():
    text = ("MINISTRY OF HEALTH | GAZA STRIP\nDaily report — Monday 9 February 2026\n\n"
            "                      Past 24 hours    Since ceasefire (11 Oct 2025)    Since 7 Oct 2023\n"
            "Killed                      3                    574                        71,862\n"
            "Injured                    11                  1,529                       171,637\n")
    found = [(f.metric, f.value, f.period, f.period_start) for f in figures_of(text, "2026-02-09")]
    assert found == [("killed", 3, "period", None), ("killed", 574, "cumulative", dt.date(2025, 10, 11)),
                     ("killed", 71862, "cumulative", dt.date(2023, 10, 7)), ("injured", 11, "period", None),
                     ("injured", 1529, "cumulative", dt.date(2025, 10, 11)),
                     ("injured", 171637, "cumulative", dt.date(2023, 10, 7))]


def test_a_table_of_two_dates_and_their_change_counts_no_change():
    text = ("Category                                   1 Oct 2026    1 Nov 2026    Change\n"
            "Total political prisoners                       9,610         9,740       +130\n"
            "Administrative detainees                        3,318         3,402        +84\n")
    found = [(f.metric, f.value, f.as_of) for f in figures_of(text, "2026-11-09")]
    assert found == [("detainees", 9610, dt.date(2026, 10, 1)), ("detainees", 9740, dt.date(2026, 11, 1)),
                     ("administrative_detainees", 3318, dt.date(2026, 10, 1)),
                     ("administrative_detainees", 3402, dt.date(2026, 11, 1))]


def test_a_table_of_days_without_a_year_and_its_captions_source():
    text = ("On 24 February an Israeli settler was killed near Ariel, according to Israeli sources.\n\nKey figures (OCHA)\n\n"
            "                                   17 Feb-2 Mar   Since 1 Jan 2026   Since 7 Oct 2023\n"
            "Palestinians killed                       8               41              1,129\n"
            "Israelis killed                           1                2                 64\n")
    rows = [(f.value, f.period, f.period_detail, f.attributed_to) for f in figures_of(text, "2026-03-03")
            if f.quote.startswith(("Palestinians killed", "Israelis killed"))]
    assert rows == [(8, "period", "14d", "OCHA"), (41, "cumulative", None, "OCHA"), (1129, "cumulative", None, "OCHA"),
                    (1, "period", "14d", "OCHA"), (2, "cumulative", None, "OCHA"), (64, "cumulative", None, "OCHA")]


def test_a_testimonies_summary_counts_each_account():
    text = ("PCATI took testimonies from 72 Palestinians released from Israeli detention.\n\n"
            "Findings at a glance (of 72 testimonies)\n\n"
            "Beaten by guards or soldiers ........................ 63 (88%)\n"
            "Held in stress positions for long periods ........... 49 (68%)\n"
            "Attacked or threatened with dogs .................... 12 (17%)\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-10-20")] == [
        ("reports_of_abuse", 63), ("reports_of_abuse", 49), ("reports_of_abuse", 12)]


def test_a_cause_of_injury_under_its_list_is_no_account_of_abuse():
    text = ("Injuries in March, by cause:\nLive ammunition: 62\nBeaten by soldiers or settlers: 53\nTotal: 115\n")
    assert "reports_of_abuse" not in [f.metric for f in figures_of(text, "2025-04-01")]


def test_numbers_compiled_from_several_sources_are_the_compilers():
    text = ("Numbers are compiled by Addameer from the Israel Prison Service, lawyers' visits and the prisoners' "
            "institutions. Israel holds 9,740 political prisoners.")
    assert [f.attributed_to for f in figures_of(text, "2026-11-09")] == ["Addameer"]
    text = "The figures, compiled by HaMoked from data provided by the Israel Prison Service, show 10,221 held."
    assert [f.attributed_to for f in figures_of(text, "2026-11-09")] == ["Israel Prison Service"]


def test_a_table_with_a_column_per_place_and_its_total_row():
    text = ("The Israel Prison Service provided the following breakdown of Palestinians it holds as security inmates.\n\n"
            "Legal status                              West Bank*    Gaza Strip     Total\n"
            "Sentenced prisoners                           1,531            96      1,627\n"
            "Administrative detainees                      3,377             -      3,377\n"
            "Total                                         4,908            96      5,004\n\n* Including East Jerusalem.\n")
    found = [(f.metric, f.value, f.location) for f in figures_of(text, "2026-11-09")]
    assert found[:2] == [("detainees", 1531, "West Bank"), ("detainees", 96, "Gaza Strip")]
    assert found[-3:] == [("detainees", 4908, "West Bank"), ("detainees", 96, "Gaza Strip"), ("detainees", 5004, "Israel")]


@pytest.mark.parametrize("text,expected", [
    ("Among the 3,402 held without charge or trial are 91 children and 4 women, and 17 journalists.",
     [("administrative_detainees", 3402, "all"), ("administrative_detainees", 91, "children"),
      ("administrative_detainees", 4, "women"), ("administrative_detainees", 17, "journalists")]),
    ("Among the 64 Israelis killed in the same period were 25 members of Israeli forces.",
     [("killed", 64, "all"), ("killed", 25, "soldiers")]),
])
def test_among_the_whole_opening_a_sentence_its_parts_come_after_its_verb(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-09")] == expected


def test_an_arabic_west_bank_report_is_the_ramallah_ministrys_and_its_inline_breakdown():
    from parsers.arabic import extract_arabic_figures
    text = ("دولة فلسطين\nوزارة الصحة\n\nالتقرير الشهري للشهداء والإصابات في الضفة الغربية\nرام الله، 3 شباط 2026\n\n"
            "رصدت وزارة الصحة خلال شهر كانون الثاني 2026 استشهاد 14 مواطناً برصاص قوات الاحتلال في محافظات الضفة الغربية.\n"
            "وتوزع الشهداء حسب المحافظة على النحو الآتي: جنين 5، طوباس 3، نابلس 2، الخليل 2، القدس 1، رام الله والبيرة 1.\n")
    found = [(f.metric, f.value, f.period, f.location, f.attributed_to)
             for f in extract_arabic_figures(text, published=dt.date(2026, 2, 3))]
    ramallah = ("West Bank", "Palestinian Ministry of Health (Ramallah)")
    assert found == [("killed", value, "period", *ramallah) for value in (14, 5, 3, 2, 2, 1, 1)]


def test_an_arabic_breakdown_header_over_its_list_lines_is_read_as_before():
    from parsers.arabic import extract_arabic_figures
    text = ("وزارة الصحة العامة اللبنانية\nأعلنت الوزارة أن الغارات خلال الساعات الـ24 الماضية أدت إلى إصابة 95 مواطناً.\n"
            "وتوزع الجرحى على الأقضية على النحو الآتي:\n- قضاء صور: 54 جريحاً\n- قضاء النبطية: 41 جريحاً\n")
    found = [(f.metric, f.value, f.attributed_to) for f in extract_arabic_figures(text, published=dt.date(2026, 2, 3))]
    assert found == [("injured", value, "Lebanese Ministry of Public Health") for value in (95, 54, 41)]


@pytest.mark.parametrize("text,expected", [
    ("Patients and wounded awaiting evacuation | مرضى وجرحى بانتظار السفر للعلاج: 16,400\n"
     "Kidney patients on dialysis inside Gaza | مرضى الغسيل الكلوي داخل القطاع: 620\n"
     "Died while awaiting evacuation, since Oct 2023 | توفوا أثناء انتظار السفر منذ أكتوبر 2023: 1,140\n",
     [("deaths_awaiting_evacuation", 1140)]),
    # the wounded crews took to hospital are the wounded
    ("Civil Defence operations, 24 hours\n- Injured evacuated: 33\n", [("injured", 33)]),
])
def test_bilingual_labels_of_those_waiting_to_leave_and_the_chronically_ill(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-03-04")] == expected


@pytest.mark.parametrize("text", [
    "وأوضحت الوزارة أن سبعة مرضى من المسجلين على قوائم الانتظار توفوا خلال شهر فبراير، بينهم ثلاثة أطفال مصابون بسرطان الدم.",
    "مرضى وجرحى بانتظار السفر للعلاج: 16,400",
    "مرضى الغسيل الكلوي داخل القطاع: 620",
])
def test_arabic_the_ill_and_those_waiting_to_leave_are_no_wounded_nor_a_wards_load(text):
    from parsers.arabic import extract_arabic_figures
    assert extract_arabic_figures("وزارة الصحة – غزة\n" + text, published=dt.date(2026, 3, 4)) == []


@pytest.mark.parametrize("text,expected", [
    ("Three hostages walk free in Khan Younis as 247 Palestinians return to Ramallah and Gaza", [("hostages_released", 3)]),
    ("According to the Palestinian Prisoners' Media Office, the 247 freed included 36 men serving life sentences.",
     [("released_detainees", 247), ("released_detainees", 36)]),
    ("Two Red Cross buses carrying 41 of the freed Palestinians pulled into Beitunia, near Ramallah.",
     [("released_detainees", 41)]),
])
def test_those_freed_named_by_the_verb(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-02-08")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Of the total on 1 November, 1,412 were serving sentences and 3,222 were detainees whose legal proceedings had not "
     "yet ended.", [(1412, "sentenced"), (3222, "awaiting_trial")]),
    ("Of those held, 2,981 were serving sentences and 3,136 were detained pending the end of legal proceedings.",
     [(2981, "sentenced"), (3136, "awaiting_trial")]),
    ("Detainees (pending legal proceedings) ...... 3,231", [(3231, "awaiting_trial")]),
])
def test_held_pending_the_end_of_legal_proceedings_await_trial(text, expected):
    assert [(f.value, f.group) for f in figures_of(text, "2026-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Three prisoners died in custody during October, bringing to 97 the number of prisoners and detainees whose deaths "
     "since the start of the war are known.", [("deaths_in_custody", 3), ("deaths_in_custody", 97)]),
    ("The institutions said 31 prisoners and detainees died in custody during 2025, bringing to 88 the number of those "
     "whose deaths have been confirmed since the start of the war.", [("deaths_in_custody", 31), ("deaths_in_custody", 88)]),
    # a running total of those held is theirs
    ("Two prisoners died in custody this week, while the number of prisoners held rose to 9,900.",
     [("deaths_in_custody", 2), ("detainees", 9900)]),
])
def test_a_running_total_brought_by_deaths_in_custody_is_of_those_deaths(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-11-02")] == expected


def test_a_periodic_joint_statements_sections_are_still_its_own():
    text = ("The Commission for Prisoners' Affairs and the Palestinian Prisoners' Society said in their joint monthly "
            "statement on Tuesday that the occupation forces arrested 734 Palestinians in the West Bank in October.\n\n"
            "Prisoners held\n\nBy the beginning of November, the number of prisoners in occupation prisons exceeded 9,750.\n\n"
            "Deaths in custody\n\nThree prisoners died in custody during October.\n")
    sources = {f.attributed_to for f in figures_of(text, "2026-11-03")}
    assert len(sources) == 1 and None not in sources


def test_a_news_storys_said_in_a_statement_is_no_page_of_that_body():
    text = ("The Israeli military said in a statement that 20 hostages were freed on Monday.\n\n"
            "Released prisoners\n\nIsrael released some 2,000 Palestinian prisoners the same day.\n")
    assert [f.attributed_to for f in figures_of(text, "2025-10-13")][-1] != "Israeli military"


@pytest.mark.parametrize("text,expected", [
    ("Two drivers contracted by WFP were shot dead on 14 September while waiting to load supplies near Kerem Shalom.",
     [(2, "aid_workers", None)]),
    ("Two days later, a strike near the Agency's distribution centre in Deir al Balah killed one UNRWA guard and a "
     "contractor.", [(1, "aid_workers", None)]),
    ("Two more UNRWA colleagues lost their lives this week, one in Khan Younis and one in Deir al Balah.",
     [(2, "aid_workers", None), (1, "aid_workers", None), (1, "aid_workers", None)]),
    ("Our colleagues at UNRWA tell us that one more of their staff members was killed yesterday in Khan Younis.",
     [(1, "aid_workers", "UNRWA")]),
    # (health workers since 2026-11-30: the Red Crescent's own, as the brief has PRCS crews)
    ("The Palestine Red Crescent Society said 19 of its staff had been killed while on duty since October, 17 of them in "
     "Gaza and two in the occupied West Bank.", [(19, "health_workers", "Palestine Red Crescent Society"),
                                                (17, "health_workers", "Palestine Red Crescent Society"),
                                                (2, "health_workers", "Palestine Red Crescent Society")]),
])
def test_an_aid_bodys_people_by_their_employer_and_their_parts_by_place(text, expected):
    assert [(f.value, f.group, f.attributed_to) for f in figures_of(text, "2025-09-20")] == expected


def test_a_part_by_place_of_everyone_stays_everyone():
    text = "The ministry said 40 people were killed, 25 of them in Gaza City."
    assert [(f.value, f.group) for f in figures_of(text, "2025-09-20")] == [(40, "all"), (25, "all")]


def test_a_table_by_governorate_breaks_down_the_count_its_total_restates():
    text = ("Ministry of Health - Ramallah\n\nThe ministry said 19 citizens were killed in the West Bank in September 2025.\n\n"
            "Ministry facilities documented 364 injuries over the month.\n\nDistribution by governorate\n\n"
            "Governorate            September 2025    Since 1 January 2025\n"
            "Jenin                        6                   58\n"
            "Tubas                       13                  133\n"
            "Total                       19                  191\n")
    rows = [(f.metric, f.value, f.period) for f in figures_of(text, "2025-10-05") if f.value in (6, 58, 13, 133, 191)]
    assert rows == [("killed", 6, "period"), ("killed", 58, "cumulative"), ("killed", 13, "period"),
                    ("killed", 133, "cumulative"), ("killed", 191, "cumulative")]


@pytest.mark.parametrize("text,expected", [
    ("Under the agreement, Israel is releasing 1,968 Palestinians, the commission said.", [("released_detainees", 1968)]),
    ("Israeli forces arrested 84 people in Beit Ummar on Monday. It said 61 of them were released by the evening after "
     "being interrogated in the field.", [("arrests", 84), ("released_detainees", 61)]),
])
def test_those_released_of_the_arrested_and_a_release_under_way(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-13")] == expected


def test_a_group_of_the_arrested_is_no_release():
    text = "Israeli forces arrested 84 people in Beit Ummar on Monday. Twelve of them were children."
    assert "released_detainees" not in [f.metric for f in figures_of(text, "2025-10-13")]


def test_deaths_in_custody_split_by_where_and_a_reports_own_stretch():
    text = ("PCATI is aware of at least 11 Palestinians who died in Israeli custody during the eight months covered by this "
            "summary, seven in prisons run by the Israel Prison Service and four in facilities run by the military.")
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2026-09-01")] == [
        ("deaths_in_custody", 11, "period"), ("deaths_in_custody", 7, "period"), ("deaths_in_custody", 4, "period")]


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces killed 530 Palestinians in the West Bank in 2025, the ministry said. At least 223 of them were "
     "children.", [(530, "all"), (223, "children")]),
    ("Since the beginning of 2026, the number of martyrs in the West Bank has reached 74, among them 15 children, while "
     "the number of injured since January is 1,036.", [(74, "all"), (15, "children"), (1036, "all")]),
    ("Of the 236 injuries recorded in November, 112 were caused by tear gas inhalation, 58 by live ammunition and 41 by "
     "rubber bullets.", [(236, "all"), (112, "all"), (58, "all"), (41, "all")]),
])
def test_parts_qualified_the_nearest_frame_and_a_split_by_cause(text, expected):
    assert [(f.value, f.group) for f in figures_of(text, "2026-02-01")] == expected


def test_a_reports_stated_period_and_its_date_line():
    text = ("Palestine Red Crescent Society\nOperations Update #87\nReporting period: 3–9 June 2024\n\nHIGHLIGHTS\n\n"
            "PRCS teams dealt with 58 injuries in the West Bank.\n\n"
            "Since the war began, PRCS premises have been hit 40 times. At least 19 staff have been killed.\n")
    assert [(f.value, f.period) for f in figures_of(text, "2024-06-10")] == [(58, "period"), (19, "cumulative")]


def test_a_span_from_the_gaza_ceasefire_is_the_count_since_it():
    text = ("Date: 5 December 2025\n\nBetween 10 October and 3 December, our Office verified the killing of at least 214 "
            "Palestinians by Israeli forces in Gaza.")
    [figure] = figures_of(text, "2025-12-05")
    assert (figure.period, figure.period_start) == ("cumulative", dt.date(2025, 10, 10))


@pytest.mark.parametrize("text,expected", [
    ("Nineteen civilians were wounded, among them a man of about 55 who was hit in the chest.", [19, 1]),
    ("The strike killed a man of 60 and his two sons, the ministry said.", [1, 2]),
    ("Israel frees 39 more Palestinians as hostages return home", [39]),
])
def test_a_persons_age_after_of_and_more_freed(text, expected):
    assert [f.value for f in figures_of(text, "2025-11-27")] == expected


# --- review 34: the rules of 4e652c9..12f45fc, read on sentences written against them ---------------------------------

@pytest.mark.parametrize("text,expected", [
    # a count with its own verb after its place is no elliptic part of the toll before
    ("At least 30 people were killed across Gaza on Sunday, while 1.9 million in the Strip remain displaced.",
     [("killed", 30, "all")]),
    ("Three people were killed in Tulkarm, while 2 in Tubas were released later that day.", [("killed", 3, "all")]),
    # the split part keeps the people of the whole
    ("Fifty children, 20 of them girls, were killed in June: 30 in air strikes.",
     [("killed", 50, "children"), ("killed", 20, "children"), ("killed", 30, "children")]),
    ("Between 1 and 7 July, 14 Palestinian children, including two girls, were killed in the West Bank: 12 by Israeli "
     "forces and two by settlers.", [("killed", 14, "children"), ("killed", 2, "children"), ("killed", 12, "children"),
                                     ("killed", 2, "children")]),
    # a subset of hospitals named by its clause is no total
    ("Of the 22 hospitals that WHO supports in Gaza, 10 are out of service.", []),
    # a whole of two places parts into either
    ("At least 75 Palestinians from Gaza and the West Bank have died in Israeli custody since October 2023. Forty-nine of "
     "them were from the Gaza Strip.", [("deaths_in_custody", 75, "all"), ("deaths_in_custody", 49, "all")]),
])
def test_review_34_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-06-01")] == expected


@pytest.mark.xfail(strict=True, reason="the second part after the colon is read by the elliptic-cue path, which takes the "
                                      "group from its own words only ('20 by gunfire' -> all)")
def test_review_34_the_second_part_after_a_colon_keeps_the_wholes_people():
    text = "Fifty children, 20 of them girls, were killed in June: 30 in air strikes and 20 by gunfire."
    assert [f.group for f in figures_of(text, "2026-06-01")][-1] == "children"


@pytest.mark.parametrize("text", [
    "Thirty-one detainees said they had no access to medical care and were beaten repeatedly.",
    "Of the 60 detainees, 42 said they were not only beaten but also deprived of sleep.",
    "Twenty-two former detainees said guards did not stop beating them during transfers.",
    "Eighteen detainees told the lawyer that there was no day without beatings.",
    "Thirty detainees described a violent assault by the Keter unit on their cells.",
])
def test_review_34_accounts_of_abuse_that_are_no_denials(text):
    figures, conditions = extract_figures(text, published=dt.date(2026, 6, 1))
    assert [f.metric for f in figures][-1] == "reports_of_abuse"


@pytest.mark.parametrize("text,expected", [
    ("يرقد 29 مريضاً على 14 سريراً فقط في قسم العناية المركزة.", ("icu_patients", 29)),
    ("يرقد 60 مريضاً بينهم 8 أطفال في العناية المركزة في المستشفى.", ("icu_patients", 60)),
    ("مع توقف المولدات في العناية المركزة يرقد 29 مريضاً في المستشفى.", ("icu_patients", 29)),
    ("يرقد في المستشفى 200 مريض بينهم 20 في العناية المركزة.", ("patients", 200)),
])
def test_review_34_arabic_intensive_care(text, expected):
    from parsers.arabic import extract_arabic_figures
    found = [(f.metric, f.value) for f in extract_arabic_figures(text, published=dt.date(2026, 6, 1))]
    assert expected in found


def test_review_34_workers_with_an_aid_body_are_aid_workers_not_its_voice():
    text = "Seven workers with World Central Kitchen were killed in the strike on their convoy."
    assert [(f.value, f.group, f.attributed_to) for f in figures_of(text, "2026-06-01")] == [(7, "aid_workers", None)]


@pytest.mark.parametrize("text,expected", [
    ("The Society estimates that more than 1,200 prisoners in Israeli prisons are sick or wounded, among them at least 25 "
     "with cancer and some 200 who need regular medication they do not receive.",
     [("sick_prisoners", 1200), ("sick_prisoners", 25), ("sick_prisoners", 200)]),
    # a statement that brackets every count, after the words that bring it
    ("With their martyrdom, the number of martyrs among the prisoners and detainees whose identities are known rises to "
     "(94), among them (58) from the Gaza Strip. The number of arrests since the start of the year reached (3,940), "
     "including (412) children.",
     [("deaths_in_custody", 94), ("deaths_in_custody", 58), ("arrests", 3940), ("arrests", 412)]),
])
def test_the_sick_among_the_held_and_a_statement_that_brackets_its_counts(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-07-05")] == expected


def test_places_counts_in_brackets_after_followed_by_and_the_ramallah_ministry():
    text = ("Jenin governorate again had the highest toll, with 63 dead, followed by Tubas (38), Nablus (35) and Tulkarem "
            "(31), according to the Ramallah ministry's year-end report.")
    found = [(f.value, f.attributed_to) for f in figures_of(text, "2026-01-05")]
    assert found == [(value, "Palestinian Ministry of Health (Ramallah)") for value in (63, 38, 35, 31)]


# --- round 40's failures, by general rules (sentences written for them, not the probe's) --------------

@pytest.mark.parametrize("text,expected", [
    # the holder named as "it": its count of the held, and a regime's part of them
    ("The prison service says it holds about 8,300 Palestinians, more than 2,500 of them in administrative detention.",
     [("detainees", 8300, "approx"), ("administrative_detainees", 2500, "at_least")]),
    ("The IPS also holds 90 residents of Gaza as sentenced prisoners or detainees.", [("detainees", 90, "exact")]),
    # carried off into Gaza on the day of the attack: taken hostage
    ("Some 250 people were dragged into Gaza during the attack, in which about 1,200 were killed.",
     [("hostages_taken", 250, "approx"), ("killed", 1200, "approx")]),
    ("Twelve wounded Palestinians were taken to Gaza City hospitals after the strike.", [("injured", 12, "exact")]),
])
def test_round_40_the_held_and_the_taken(text, expected):
    assert [(f.metric, f.value, f.qualifier) for f in figures_of(text, "2024-01-10")] == expected


def test_round_40_sentenced_or_detained_is_no_one_status():
    found = figures_of("The IPS also holds 90 residents of Gaza as sentenced prisoners or detainees.", "2024-01-10")
    assert [f.group for f in found] == ["all"]


def test_round_40_a_markdown_table_by_legal_status_reads_each_rows_label():
    text = ("Security inmates held by the IPS on 1 March 2025, by legal status:\n\n"
            "| Legal status                         | Inmates | Of whom minors |\n"
            "|--------------------------------------|--------:|---------------:|\n"
            "| Sentenced prisoners                  |   1,402 |             33 |\n"
            "| Detainees until the end of proceedings |  2,615 |            120 |\n"
            "| Administrative detainees             |   3,402 |             81 |\n"
            "| Held under the Unlawful Combatants Law |  1,555 |              4 |\n")
    found = [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-05")]
    assert ("detainees", 1402, "sentenced") in found and ("detainees", 2615, "awaiting_trial") in found
    assert ("administrative_detainees", 3402, "all") in found and ("administrative_detainees", 81, "children") in found
    assert ("unlawful_combatants_detainees", 1555, "all") in found


def test_round_40_a_list_of_months_in_brackets_after_the_first_months_count():
    text = ("The Commission recorded 4,020 arrests in the first half of the year, distributed by month as follows: "
            "January (702), February (590), March (731), April (615), May (690) and June (692).")
    assert [f.value for f in figures_of(text, "2025-07-10") if f.metric == "arrests"] == [4020, 702, 590, 731, 615, 690, 692]


def test_round_40_a_fact_box_of_counts_before_a_dash():
    text = ("BY THE NUMBERS\n"
            "* 75+ - Palestinians who died in Israeli custody since October 2023 (PHRI)\n"
            "* 10,100 - Palestinians held by the Israel Prison Service as of March 1 (IPS)\n"
            "* 31 - detainees still held at the army camp in February (State Attorney)\n")
    found = [(f.metric, f.value, f.qualifier) for f in figures_of(text, "2025-03-05")]
    assert found == [("deaths_in_custody", 75, "at_least"), ("detainees", 10100, "exact"), ("detainees", 31, "exact")]


def test_round_40_the_military_police_investigate_they_are_not_the_dead():
    found = figures_of("* 41 - deaths under military police investigation (Israeli military)", "2025-03-05")
    assert all(f.group != "police" for f in found)


@pytest.mark.parametrize("text,expected", [
    # a present "يرتفع عدد" is a running total, from the start its line states (Lebanon's cessation of hostilities)
    ("وزارة الصحة العامة - لبنان\nوبهذه الغارة يرتفع عدد الشهداء منذ بدء سريان وقف الأعمال العدائية في 27 تشرين الثاني 2024 "
     "إلى 388 شهيداً.", [("killed", 388, "cumulative", "2024-11-27")]),
    # the toll of the strikes the statement told: one incident's
    ("وزارة الصحة العامة - لبنان\nوبذلك تكون حصيلة الغارتين خمسة شهداء و21 جريحاً.",
     [("killed", 5, "period", None), ("injured", 21, "period", None)]),
    # records added to the cumulative: the dead so counted, of no day and no running total
    ("تمت إضافة 41 شهيداً إلى الإحصائية التراكمية بعد اكتمال بياناتهم.", [("killed", 41, "period", None)]),
])
def test_round_40_arabic_statements(text, expected):
    from parsers.arabic import extract_arabic_figures
    found = [(f.metric, f.value, f.period, f.period_start and f.period_start.isoformat())
             for f in extract_arabic_figures(text, published=dt.date(2026, 4, 1))]
    assert found == expected


def test_round_40_arabic_wounded_by_hospital_in_brackets():
    from parsers.arabic import extract_arabic_figures
    text = ("وزارة الصحة العامة - لبنان\nأدت الغارة إلى استشهاد ثلاثة مواطنين وإصابة 12 بجروح.\n"
            "وقد توزع الجرحى على مستشفيات: تبنين الحكومي (7)، جبل عامل (3)، واللبناني الإيطالي (2).")
    found = [(f.metric, f.value) for f in extract_arabic_figures(text, published=dt.date(2026, 4, 1))]
    assert found[-3:] == [("injured", 7), ("injured", 3), ("injured", 2)]


def test_round_40_a_span_from_a_date_to_date_and_a_notes_number():
    from parsers.dates import period_in
    assert period_in("Cumulative toll, 7 October 2023 to date", None) == ("cumulative", None, dt.date(2023, 10, 7))
    text = "Notes\n(2) The cumulative toll includes 52 martyrs whose files were completed by their families."
    assert [(f.metric, f.value) for f in figures_of(text, "2026-03-12")] == [("killed", 52)]


@pytest.mark.parametrize("text", [
    "Note: 52 martyrs were added to the cumulative statistics after their data were completed.",
    "The ministry said 52 martyrs had been added to its records over the past week.",
])
def test_round_40_records_added_are_a_period_of_their_own(text):
    found = one(text, 52, "2026-03-12")
    assert (found.metric, found.period, found.period_detail) == ("killed", "period", "records_added")


@pytest.mark.parametrize("text,expected", [
    ("According to Israeli figures, 46 civilians and 80 soldiers and reservists have been killed on the northern front.",
     [("killed", 46, "civilians"), ("killed", 80, "soldiers")]),
    ("Haifa's Rambam hospital said it had received 8 civilians with light injuries.", [("injured", 8, "civilians")]),
    ("Ministry: toll since ceasefire passes 470", [("killed", 470, "all")]),
])
def test_round_40_soldiers_and_reservists_light_injuries_and_a_headlines_toll(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-01-10")] == expected


def test_round_40_an_indented_header_of_a_weeks_span_and_a_running_total():
    text = ("KEY FIGURES\n"
            "                                      3–9 Mar       Since 7 Oct 2023\n"
            "Palestinians killed                        48            72,901\n"
            "Palestinians injured                      131           173,220\n")
    found = [(f.value, f.period) for f in figures_of(text, "2026-03-11")]
    assert found == [(48, "period"), (72901, "cumulative"), (131, "period"), (173220, "cumulative")]


def test_round_40_bodies_withheld_are_no_toll():
    text = ("Indicator                                  February       January\n"
            "Palestinians killed                            13             11\n"
            "Bodies withheld by the occupation              91             89\n")
    assert [f.value for f in figures_of(text, "2026-03-05")] == [13, 11]


def test_round_40_among_the_injured_after_the_dead_and_the_injured_and_a_sentence_between():
    text = ("During the week the hospital received 12 martyrs and 70 injured. Three of the martyrs were brought in as "
            "remains. Among the injured were 14 children and 6 women.")
    found = [(f.metric, f.value, f.group, f.period, f.period_detail) for f in figures_of(text, "2026-06-07")]
    assert found[-2:] == [("injured", 14, "children", "period", "week"), ("injured", 6, "women", "period", "week")]


def test_round_40_a_window_opening_the_sentence_frames_its_while_clause():
    text = ("Over the last 24 hours, 64 martyrs reached the hospitals of the Gaza Strip, while the hospitals admitted 377 "
            "injured people.")
    assert [(f.value, f.period_detail) for f in figures_of(text, "2025-08-01")] == [(64, "24h"), (377, "24h")]
    # (but a running total in the while-clause is its own: review 35)
    text = ("Over the past 24 hours, 40 martyrs reached the hospitals, while the number of health workers killed has reached "
            "1,580.")
    assert [(f.value, f.period) for f in figures_of(text, "2025-08-01")] == [(40, "period"), (1580, "cumulative")]


def test_round_40_a_footnote_mark_closing_a_rows_label_names_its_source():
    text = ("Unless otherwise indicated, casualty figures are those reported by the Ministry of Health in Gaza.\n\n"
            "KEY FIGURES\n"
            "                                      3–9 Mar       Since 7 Oct 2023\n"
            "Palestinians killed                        48            72,901\n"
            "Aid workers killed**                        1               590\n\n"
            "** compiled by OCHA from reports of UN agencies and NGOs\n")
    found = {f.value: f.attributed_to for f in figures_of(text, "2026-03-11")}
    assert found[590] == "OCHA" and found[72901] == "Gaza Ministry of Health"


# --- round 41's failures (ordinary reports), by general rules ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Israeli forces shot dead a 19-year-old man during a raid on Qalqilya, the ministry said.", [("killed", 1, "men")]),
    ("Troops killed four Palestinians, including a 16-year-old, during a raid on the camp.",
     [("killed", 4, "all"), ("killed", 1, "children")]),
    ("UNIFIL said three of its peacekeepers had been lightly wounded this week.", [("injured", 3, "peacekeepers")]),
    ("Soldiers swept through the northern West Bank, arresting some 340 Palestinians, among them 41 children.",
     [("arrests", 340, "all"), ("arrests", 41, "children")]),
    ("On October 7, 2023, about 1,200 people were killed in Israel and more than 250 were taken captive.",
     [("killed", 1200, "all"), ("hostages_taken", 250, "all")]),
    ("Israel transfers 45 Palestinian bodies in return for the remains.", []),
])
def test_round_41_news_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-06")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The IPS held 9,500 security inmates on 1 May. Of the total, 150 are minors, 41 of them in administrative detention.",
     [("detainees", 9500, "all"), ("detainees", 150, "children"), ("administrative_detainees", 41, "children")]),
    ("It said at least 350 prisoners in the prison had skin diseases.", [("sick_prisoners", 350, "all")]),
    ("Former detainees said 14 men were held in a cell built for five.", []),
])
def test_round_41_detention_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-06")] == expected


def test_round_41_the_rest_of_a_visited_sample_reports_abuse():
    text = ("Israel holds more than 9,900 Palestinian prisoners. Lawyers visited 44 children in April, and 29 of them said "
            "they had been beaten during their arrest.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-05-06")][-1] == ("reports_of_abuse", 29)


@pytest.mark.parametrize("text,expected", [
    ("The hospital's director said its intensive care unit had 10 beds and was treating 17 patients.",
     ("icu_patients", 17)),
    ("Number of martyrs: 52 (including 4 recovered)", ("bodies_recovered", 4)),
])
def test_round_41_a_wards_load_and_a_bulletins_bracketed_recovered(text, expected):
    assert expected in [(f.metric, f.value) for f in figures_of(text, "2025-08-11")]


def test_round_41_a_total_raised_after_malnutrition_deaths_is_theirs():
    text = ("Hospitals recorded 4 deaths from famine and malnutrition in the past 24 hours, including 1 child.\n"
            "This raises the total to 235 deaths, including 106 children.")
    found = [(f.metric, f.value, f.period) for f in figures_of(text, "2025-08-11")]
    assert found[-2:] == [("malnutrition_deaths", 235, "cumulative"), ("malnutrition_deaths", 106, "cumulative")]


@pytest.mark.parametrize("text,expected", [
    # a massacre's toll, one event, with no section above it
    ("تتابع وزارة الصحة تداعيات المجزرة التي ارتكبها الاحتلال في المخيم، والتي وصل منها إلى المستشفيات 140 شهيداً "
     "وأكثر من 400 مصاب.", [("killed", 140, "period"), ("injured", 400, "period")]),
    ("ويوجد في قسم العناية المكثفة 24 مريضاً على أجهزة التنفس.", [("icu_patients", 24, "point")]),
    ("لا يوجد في قسم العناية المكثفة أي سرير فارغ، و24 مريضاً ينتظرون.", []),
])
def test_round_41_arabic_a_massacres_toll_and_an_intensive_care_ward(text, expected):
    from parsers.arabic import extract_arabic_figures
    found = [(f.metric, f.value, f.period) for f in extract_arabic_figures(text, published=dt.date(2024, 6, 10))]
    assert found == expected


# --- review 35: the readings a review found the round-40 rules had broken stay unbroken ---------------

REVIEW_35 = json.loads((pathlib.Path(__file__).parent / "fixtures" / "reviews" / "review35.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", REVIEW_35, ids=[case["case"] for case in REVIEW_35])
def test_review_35_regressions_stay_fixed(case):
    # each case holds a reviewer's input and the wrong reading the rules of ddbdf9f gave it (a later "<date> to date" clause
    # re-dating a running total, Lebanon's cessation of hostilities over a stated start, translated "(12) journalists" read
    # as a note's number, numbered points read as a fact box, ...); the reading must not come back
    from parsers.arabic import extract_arabic_figures
    published = dt.date(2026, 6, 1)
    found = extract_arabic_figures(case["text"], published=published) if case["arabic"] else figures_of(case["text"], "2026-06-01")
    assert [[f.metric, f.value, f.group, f.period, f.period_detail] for f in found] != case["regressed"]


def test_round_41_a_key_figures_boxs_bare_footnote_names_its_lines_source_and_is_no_letterhead():
    text = ("World Health Organization\noPt Emergency Situation Report\n\n"
            "KEY FIGURES\n44,100 deaths*\n104,500 injuries*\n16 of 36 hospitals partially functional\n"
            "*Ministry of Health, Gaza, as of 2 December 2024\n\n"
            "HEALTH SYSTEM STATUS\nAs of 2 December, 16 of the 36 hospitals in Gaza are partially functional and 20 are not "
            "functioning.\n")
    found = {(f.metric, f.value): f.attributed_to for f in figures_of(text, "2024-12-03")}
    assert found[("killed", 44100)] == found[("injured", 104500)] == "Gaza Ministry of Health"
    assert found[("hospitals_out_of_service", 20)] == "WHO"


def test_round_41_eyewitnesses_account_of_a_scene_gives_the_next_sentences_no_source():
    text = ("OHCHR press briefing note\n\nOn 9 March, Israeli forces shot dead two men during a raid on the camp. According to "
            "witnesses we spoke to, neither man posed a threat. Two days later, a 14-year-old boy was killed near the "
            "barrier. Over the same period, 12 Israelis were killed in attacks by Palestinians.")
    found = {f.value: f.attributed_to for f in figures_of(text, "2026-03-20")}
    assert "witnesses" not in found.values()


@pytest.mark.parametrize("text,expected", [
    ("Of the 3,520 administrative detainees, 98 are children and 7 are women.",
     [("administrative_detainees", 3520, "all"), ("administrative_detainees", 98, "children"),
      ("administrative_detainees", 7, "women")]),
    ("Nineteen of the 41 former detainees had been held at Ofer camp.", []),
    ("The group reviewed medical records for twelve of the former prisoners.", []),
])
def test_round_41_parts_of_a_regimes_whole_and_former_detainees_no_longer_held(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-06")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Seven field hospitals are operating, two of them fully and five partially.",
     [("hospitals_functioning", 7), ("hospitals_functioning", 2), ("hospitals_partially_functioning", 5)]),
    ("Of the 36 hospitals, 14 are functioning partially and 2 fully.",
     [("hospitals_total", 36), ("hospitals_partially_functioning", 14), ("hospitals_functioning", 2)]),
])
def test_round_41_hospitals_split_by_how_much_they_work(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-11-20")] == expected


def test_round_41_a_count_an_estimate_gives_is_approximate():
    found = one("Israeli authorities estimate that 121 Israelis have been killed in the north.", 121, "2025-01-10")
    assert found.qualifier == "approx"


def test_round_41_the_body_a_pages_figures_were_provided_to_gives_no_count_of_its_own():
    text = ("HaMoked - Center for the Defence of the Individual\n\n"
            "According to figures the Israel Prison Service (IPS) provided to HaMoked, as of 1 March 2024 the IPS was holding "
            "9,077 Palestinians it classifies as security inmates. This is the highest number HaMoked has recorded since it "
            "began following the IPS figures.\n\nBreakdown by legal status:\n\nSentenced prisoners: 1,301\n"
            "Administrative detainees: 3,558\n")
    assert {f.attributed_to for f in figures_of(text, "2024-03-10")} == {"Israel Prison Service"}


def test_a_count_after_a_month_first_date_keeps_its_thousands():
    text = "The strikes killed 30 people, bringing the death toll since October 7 to 41,000, the ministry said."
    assert [(f.value, f.period) for f in figures_of(text, "2024-08-15")] == [(30, "period"), (41000, "cumulative")]


def test_an_age_limit_does_not_swallow_the_next_count():
    text = "Of the 52,000 killed, 17,400 are children under 18 and 9,300 are women."
    assert [(f.value, f.group) for f in figures_of(text, "2024-08-15")] == [(52000, "all"), (17400, "children"), (9300, "women")]


def test_round_41_where_the_dead_in_custody_came_from_parts_their_toll():
    text = ("The report documents the deaths of 81 Palestinians in Israeli custody since October 2023. Of these, 53 were "
            "detainees from Gaza and 28 from the West Bank.")
    assert ("deaths_in_custody", 28) in [(f.metric, f.value) for f in figures_of(text, "2026-02-01")]
    assert "detainees" not in [f.metric for f in figures_of(text, "2026-02-01")]


def test_round_41_detainees_under_interrogation_are_a_status_of_their_own():
    text = ("Breakdown by legal status:\n\nSentenced prisoners: 1,301\nDetainees under interrogation: 512\n"
            "Detainees held for interrogation or until the end of legal proceedings: 2,980\n")
    assert [(f.value, f.group) for f in figures_of(text, "2024-03-10")] == \
        [(1301, "sentenced"), (512, "under_interrogation"), (2980, "awaiting_trial")]


@pytest.mark.parametrize("text,expected", [
    ("Abu Hamed is at least the 81st Palestinian known to have died in Israeli custody since October 2023.",
     [("deaths_in_custody", 81, "at_least")]),
    ("The group said he was the sixth detainee to die at Sde Teiman since June.", [("deaths_in_custody", 6, "exact")]),
    ("It was the fourth death in custody reported this month, the Society said.", [("deaths_in_custody", 4, "exact")]),
    ("He was the second prisoner released on Tuesday.", []),
    ("She was the third patient to die in the intensive care unit this week.", []),
])
def test_round_41_a_death_in_custody_counted_by_its_rank(text, expected):
    assert [(f.metric, f.value, f.qualifier) for f in figures_of(text, "2025-05-20")] == expected


# --- review 36 (of the round-41 rules), first cases ----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Israeli forces detained 14 Palestinians, including a 60-year-old, in raids on Nablus and Tubas.", [("arrests", 14, "all")]),
    ("Israel holds more than 9,100 prisoners, among them 350 children and 52 women, and 3,350 of them are held in "
     "administrative detention.", [("detainees", 9100, "all"), ("detainees", 350, "children"), ("detainees", 52, "women"),
                                   ("administrative_detainees", 3350, "all")]),
    ("Israel holds some 10,000 Palestinians in prisons where hundreds have scabies, the Commission said.",
     [("detainees", 10000, "all")]),
    ("Around 600 detainees were kept in a cage-like enclosure at the base, whistleblowers told CNN.",
     [("detainees", 600, "all")]),
    ("Its intensive care unit was shelled last week and the hospital now has 140 patients, the director said.",
     [("patients", 140, "all")]),
])
def test_review_36_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-06-01")] == expected


def test_review_36_a_place_a_body_keeps_is_no_source():
    text = "An Israeli strike killed three people in the southern town of Naqoura, where UNIFIL has its headquarters."
    assert [f.attributed_to for f in figures_of(text, "2026-06-01")] == [None]


REVIEW_36 = json.loads((pathlib.Path(__file__).parent / "fixtures" / "reviews" / "review36.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", REVIEW_36, ids=[case["case"] for case in REVIEW_36])
def test_review_36_regressions_stay_fixed(case):
    # a reviewer's input and the wrong reading the round-41 rules gave it ("22 are not functioning, 10 of them fully" read
    # as working, an ICU named earlier making a hospital's patients its own, a tent camp's count dropped as one cell,
    # "taken captive by the army" as hostages, UNIFIL named in passing as the source, ...); it must not come back
    from parsers.arabic import extract_arabic_figures
    published = dt.date(2026, 6, 1)
    found = extract_arabic_figures(case["text"], published=published) if case["arabic"] else figures_of(case["text"], "2026-06-01")
    assert [[f.metric, f.value, f.group, f.period, f.period_detail, f.attributed_to] for f in found] != case["regressed"]


# --- round 42 (ordinary reports: detention and UN styles) ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a list under a heading naming a regime counts that regime, not the plain "held" the heading also says
    ("Number of administrative detainees held by the IPS at the end of each year:\n2021: 500\n2022: 866",
     [("administrative_detainees", 500, "all"), ("administrative_detainees", 866, "all")]),
    # a label naming the status of those under interrogation alone
    ("Figures provided by the IPS:\nUnder interrogation, not yet charged: 318", [("detainees", 318, "under_interrogation")]),
    # a sample's group carries to those of it who report abuse
    ("Most child prisoners are held at Megiddo and Ofer prisons. In February, an Addameer lawyer visited 23 children at Ofer; "
     "19 of them said they had been beaten during their arrest.",
     [("reports_of_abuse", 19, "children")]),
    # "whose names are known" says which of them, no more of what is counted
    ("His death brings to 52 the number of Palestinians whose names are known who have died in Israeli prisons since "
     "October 7, 2023.", [("deaths_in_custody", 52, "all")]),
    # health workers and patients together are everyone
    ("These attacks resulted in 632 deaths and 781 injuries among health workers and patients.",
     [("killed", 632, "all"), ("injured", 781, "all")]),
    # soldiers named as those who may have done it are not those counted (but Lebanese soldiers killed are)
    ("Of these, at least 26 were killed by settlers, and in 9 further cases it is unclear whether soldiers or settlers were "
     "responsible.", [("killed", 26, "all"), ("killed", 9, "all")]),
    ("Two Lebanese soldiers were killed by Israeli forces in the south.", [("killed", 2, "soldiers")]),
])
def test_round_42_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-02-10")] == expected


@pytest.mark.parametrize("text,expected", [
    # "on behalf of N" counts those an action was taken for
    ("HaMoked has filed habeas corpus petitions to the High Court of Justice on behalf of 38 of the missing.", []),
    # the two groups who speak are no count
    ("His death brings to 52 the number of Palestinians who have died in Israeli prisons since October 7, 2023, according to "
     "the two groups.", [("deaths_in_custody", 52)]),
    # men held and released since are no count of the held
    ("Two men who were held in the same section of Ketziot and released in early December told Wire that guards raided it.", []),
    # the staff inside a hospital are no patients of it
    ("Staff told WHO that about 150 health workers and 350 patients remained inside.", [("patients", 350)]),
    ("Hospital staff reported to WHO that 76 patients and about 130 staff were inside.", [("patients", 76)]),
    # "the number was N" restates the count just told, at another time
    ("The IPS was holding more than 10,200 Palestinians at the beginning of December. Before the war, the number was around "
     "5,200.", [("detainees", 10200), ("detainees", 5200)]),
    # a death in custody counted by its rank
    ("Prisoners' groups said a detainee from Hebron had died. It was the second death of a prisoner this month.",
     [("deaths_in_custody", 2)]),
    # "were reportedly detained ... by Israeli forces": taken in, an event
    ("Around 300 people were reportedly detained by Israeli forces at checkpoints between 15 and 19 November.", [("arrests", 300)]),
    # WHO's verified attacks are on health care; a hospital that had to close is no attack (but "67 on hospitals" is)
    ("During the reporting period alone, WHO verified 19 attacks, including three on Nasser Medical Complex.",
     [("attacks_on_health_care", 19), ("attacks_on_health_care", 3)]),
    ("Since 1 September, WHO has verified 41 further attacks, most of them in Gaza City, where three hospitals had to suspend "
     "admissions.", [("attacks_on_health_care", 41)]),
    ("The ministry has recorded 238 attacks on health care since the start of the aggression, among them 67 on hospitals.",
     [("attacks_on_health_care", 238), ("attacks_on_health_care", 67)]),
])
def test_round_42_counts(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-10")] == expected


def test_round_42_a_sample_met_and_its_lines_count_no_one_held_or_hurt():
    text = ("Between 26 October and 30 November 2023, PHRI lawyers met 41 prisoners and detainees in five Israel Prison Service "
            "(IPS) facilities. Thirty-five of them "
            "were held in administrative detention or awaiting trial, and six were serving sentences.\n\nKey findings\n\n"
            "- 26 said they had been made to lie on the floor with their hands tied.\n"
            "- 17 suffer from chronic illnesses; 13 of them said their medication had been stopped.\n"
            "- 11 had visible injuries that had not been examined by a doctor.\n\n"
            "The IPS held about 7,800 prisoners at the end of November.")
    assert [(f.metric, f.value) for f in figures_of(text, "2023-12-21")] == [
        ("reports_of_abuse", 26), ("reports_of_abuse", 13), ("detainees", 7800)]


def test_round_42_the_start_of_an_operation_past_a_list_of_places():
    text = ("Since the start of the Israeli forces' operation in Jenin, Tulkarm and Tubas governorates on 28 August, 36 "
            "Palestinians have been killed.")
    [figure] = figures_of(text, "2024-09-03")
    assert (figure.period, figure.period_start) == ("cumulative", dt.date(2024, 8, 28))


def test_round_42_a_key_figures_box_keeps_its_running_totals_under_an_issues_dates():
    text = ("EMERGENCY SITUATION REPORT\nIssue 22 | 16–29 January 2024\n\nKey figures (Gaza Strip)\n26,480 deaths*\n"
            "65,170 injuries*\n*Ministry of Health in Gaza, as of 29 January 2024\n\nSituation overview\n"
            "The Ministry of Health reported 1,690 deaths between 16 and 29 January.")
    assert [(f.value, f.period) for f in figures_of(text, "2024-01-30")] == [
        (26480, "cumulative"), (65170, "cumulative"), (1690, "period")]


# --- round 42 (news style) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the parts of a toll split after a colon, by where they were killed
    ("OHCHR said it had recorded at least 1,373 Palestinians killed while looking for food over the same period: 859 in the "
     "vicinity of GHF sites and 514 along the routes of aid convoys.", [("killed", 1373), ("killed", 859), ("killed", 514)]),
    # a share's "of them" opens no part of the count after it
    ("The ministry said 16,248 Palestinians had been killed since Oct. 7, around 70% of them women and children, and 43,616 "
     "wounded.", [("killed", 16248), ("injured", 43616)]),
    # a month's day ends at 31: "Oct. 27 to 77" is the count 77 after a date
    ("It said two soldiers had been killed in northern Gaza, bringing its losses since the ground offensive began on Oct. 27 "
     "to 77.", [("killed", 2), ("killed", 77)]),
    # hospitals that "still work even in part"
    ("According to the World Health Organization, just 18 of Gaza's 36 hospitals still work even in part.",
     [("hospitals_partially_functioning", 18), ("hospitals_total", 36)]),
    # two names with their ages
    ("The ministry identified the dead as Yousef Nakhleh, 17, and Ahmad Alyan, 24.", []),
    # people forced from their homes are no toll
    ("OCHA has counted 8 Palestinians killed by settlers over the same period, and more than 1,000 people forced from their "
     "homes.", [("killed", 8)]),
])
def test_round_42_news_counts(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-08-14")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Another strike hit a civil defence centre, killing one paramedic and wounding two of his colleagues.",
     [("killed", 1, "health_workers"), ("injured", 2, "health_workers")]),
    ('Hezbollah later mourned two members it said had been killed "on the road to Jerusalem".', [("killed", 2, "fighters")]),
    # (the second count of "killed 21 paramedics and wounded 76" stays everyone's, as four rounds' labels have it)
    ("Israeli attacks had killed 21 paramedics and other health workers and wounded 76 since October.",
     [("killed", 21, "health_workers"), ("injured", 76, "all")]),
])
def test_round_42_news_groups(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-08-15")] == expected


@pytest.mark.parametrize("text,expected", [
    # the October 7 attacks (plural), the attacks "by Hamas of 7 October", "Hamas-led gunmen attacked southern Israel"
    ("In Israel, the revised death toll from Hamas's October 7 attacks stands at 1,139.", [(1139, "period")]),
    ("The war began when Hamas-led gunmen attacked southern Israel, killing about 1,200 people.", [(1200, "period")]),
    ("He recalled the atrocious attacks by Hamas of 7 October 2023, in which some 1,200 people were killed in Israel.",
     [(1200, "period")]),
    # a headline's strike and named operation
    ("16:05 GMT - Two killed in drone strike in south Lebanon", [(2, "period")]),
    ("19:10 GMT - Israeli army says 90 fighters killed in al-Shifa operation", [(90, "period")]),
    # what a toll "had risen to" is a running count, whatever stretch the sentence before told
    ("It said 316 people had been killed in the previous 24 hours. The ministry said the number of medical workers killed "
     "had risen to 286.", [(316, "period"), (286, "cumulative")]),
    # the count that brings "its losses" to a total is what was added
    ("It said two soldiers had been killed in northern Gaza, bringing its losses since the ground offensive began on Oct. 27 "
     "to 77.", [(2, "period"), (77, "cumulative")]),
    # the day a statement was made to reporters is no period of its count
    ("Health Minister Firass Abiad told reporters last week that Israeli attacks had killed 21 paramedics since October.",
     [(21, "cumulative")]),
])
def test_round_42_news_periods(text, expected):
    assert [(f.value, f.period) for f in figures_of(text, "2024-03-20")] == expected


def test_round_42_a_live_entrys_headline_after_its_time_names_no_letterhead_and_ends_the_entry_above():
    text = ("Israel's war on Gaza live\n\n12:30 GMT - WHO: Gaza's health system 'barely standing'\n\n"
            "The World Health Organization says just 10 of Gaza's 36 hospitals are even partially functioning.\n\n"
            "08:00 GMT - Welcome to our live coverage\n\n"
            "At least 31,884 Palestinians have been killed and 74,026 wounded in Israeli attacks on Gaza since October 7.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2024-03-20")] == [
        (10, "WHO"), (36, "WHO"), (31884, None), (74026, None)]


def test_round_42_one_person_told_past_a_clause_about_her():
    text = "A teenage girl who was also in the car was lightly hurt by shattered glass, the ambulance service said."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-02-17")] == [("injured", 1, "children")]


def test_round_42_a_body_named_back_goes_on_speaking():
    text = ("The Palestinian Prisoners' Society and the Commission for Prisoners' Affairs named the man. The Israel Prison Service "
            "said the circumstances were being examined. His death brings to 52 the number of Palestinians who have died in "
            "Israeli prisons since October 7, 2023, according to the two groups. They said it was the second death of a "
            "prisoner this month.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2024-12-17")] == [
        (52, "Commission for Prisoners' Affairs"), (2, "Commission for Prisoners' Affairs")]


def test_round_42_the_originator_a_relaying_body_cites_goes_on_for_the_next_sentence():
    text = ("At least 231 children have been killed in Lebanon since 23 September, according to the Lebanese Ministry of Public "
            "Health, UNICEF said today. In the past week alone, 27 children were killed.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2024-11-21")] == [
        (231, "Lebanese Ministry of Public Health"), (27, "Lebanese Ministry of Public Health")]


def test_since_dawn_frames_a_long_sentence_it_opens():
    text = ("The Public Health Emergency Operations Centre announced that the raids carried out by the Israeli enemy since dawn "
            "today on the towns of Srifa, Deir Qanoun al-Nahr and Maarakeh in the Tyre district led to 9 martyrs, including "
            "two children, and 23 wounded.")
    assert [(f.value, f.period) for f in figures_of(text, "2024-10-01")] == [(9, "period"), (2, "period"), (23, "period")]


@pytest.mark.parametrize("text,expected", [
    # patients admitted, received, seen or moved are a flow over a stretch; those a ward holds are its load at a time
    ("The PRCS field hospital in al-Mawasi admitted 57 patients; it has 50 beds.",
     [("patients", 57, "period"), ("beds", 50, "point")]),
    ("- Emergency department: 2,140 patients seen", [("patients", 2140, "period")]),
    ("On 30 September the hospital had 203 patients admitted for its 194 beds.", [("patients", 203, "point"), ("beds", 194, "point")]),
    ("318 patients were admitted this week, and 41 patients were receiving inpatient care on 11 February.",
     [("patients", 318, "period"), ("patients", 41, "point")]),
])
def test_patients_admitted_are_a_flow(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2025-02-11")] == expected


@pytest.mark.parametrize("text,expected", [
    # the kinds of those a release freed are of the release
    ("In return for the living hostages, Israel released 1,968 Palestinian prisoners and detainees, among them 250 serving life "
     "sentences for deadly attacks and 1,718 people detained in Gaza during the war.",
     [("released_detainees", 1968), ("released_detainees", 250), ("released_detainees", 1718)]),
    ("The Israel Prison Service said the released group comprised 96 prisoners serving life sentences, 254 serving long "
     "sentences and 796 Gaza residents who had been detained during the war.",
     [("released_detainees", 96), ("released_detainees", 254), ("released_detainees", 796)]),
    # but not those still held, nor bodies handed over
    ("Four Lebanese detainees were freed by Israel in March, but Beirut says at least 13 others remain in Israeli custody.",
     [("released_detainees", 4), ("detainees", 13)]),
    ("In exchange, Israel released 1,968 Palestinian prisoners and transferred the bodies of 195 Palestinians.",
     [("released_detainees", 1968)]),
])
def test_the_kinds_of_those_freed_are_of_the_release(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-14")] == expected


@pytest.mark.parametrize("text,expected", [
    # the parts of a toll of deaths in custody are deaths in custody, whoever the part names
    ("Of the 87 prisoners killed in custody since the start of the war, at least 51 were detainees from the Gaza Strip.",
     [("deaths_in_custody", 87), ("deaths_in_custody", 51)]),
    ("His death raises to 102 the number of Palestinian prisoners who have died in Israeli custody since October 2023, the "
     "two groups said, 63 of them from Gaza.", [("deaths_in_custody", 102), ("deaths_in_custody", 63)]),
    # (not the bodies withheld of some of them)
    ("Since 1967, 324 prisoners have died in occupation prisons, and the bodies of 75 of them are still withheld.",
     [("deaths_in_custody", 324)]),
])
def test_the_parts_of_deaths_in_custody(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-14")] == expected


@pytest.mark.parametrize("text,expected", [
    # the rest of the dead, whose killers are not known, are dead all the same
    ("Israeli forces killed 1,034 of them, Israeli settlers killed 35, and in 17 cases it remains unclear whether soldiers or "
     "settlers were responsible.", [("killed", 1034, "all"), ("killed", 35, "all"), ("killed", 17, "all")]),
    # soldiers named only as who may have killed them
    ("At least 41 of them were killed by settlers and another 11 by either settlers or soldiers.",
     [("killed", 41, "all"), ("killed", 11, "all")]),
])
def test_the_dead_whose_killers_are_not_known(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-14")] == expected


def test_a_list_with_leader_dots_under_by_governorate():
    text = ("With this week's deaths, the number of citizens killed in the West Bank since the beginning of 2026 rises to 41. "
            "By governorate:\n\n  Jenin .................... 12\n  Tubas ..................... 8\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-14")] == [("killed", 41), ("killed", 12), ("killed", 8)]


@pytest.mark.parametrize("text,expected", [
    # an apposition about the people counted names no thing instead of them ("school" is no count of schools here)
    ("Two staff members, a school counsellor and a guard, were killed in North Gaza during the past week.", [("killed", 2)]),
    ("- Two hospitals in Marjayoun and Bint Jbeil districts have suspended services owing to damage.",
     [("hospitals_out_of_service", 2)]),
])
def test_round_43_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-10-22")] == expected


@pytest.mark.parametrize("text,expected", [
    ("More than 15,600 patients still require evacuation; at least 740 patients have died while waiting since July 2024.",
     [("deaths_awaiting_evacuation", 740)]),
    # what supplies suffice for is no count of patients
    ("WHO delivered 23 trucks of medical supplies to hospitals, enough to treat about 60,000 patients.", []),
])
def test_round_43_patients(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-09-10")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Israel will free another 150 prisoners next week.", []),
    # carried into Gaza, told by the verb before the count
    ("Hamas-led militants killed some 1,200 people in southern Israel and dragged around 250 others into Gaza as hostages.",
     [("killed", 1200), ("hostages_taken", 250)]),
    # "another 1,000 terrorists" after a count of combatants killed
    ("Israel says it has killed some 17,000 combatants in battle as of August, and another 1,000 terrorists inside Israel.",
     [("killed", 17000), ("killed", 1000)]),
])
def test_round_43_news_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-03-12")] == expected


def test_round_43_a_hospitals_share_joined_to_another_facilitys_share_takes_their_one_state():
    text = ("The health ministry says 18 of Gaza's 35 hospitals and 40 of its 72 primary care centres have stopped working "
            "because of bombardment or lack of fuel.")
    assert [(f.metric, f.value) for f in figures_of(text, "2023-11-10")] == [
        ("hospitals_out_of_service", 18), ("hospitals_total", 35)]


@pytest.mark.parametrize("text,expected", [
    # the dead among casualties (a count of the dead and hurt together, no figure itself) are a toll
    ("The field hospital has received more than 2,900 casualties, among them 163 martyrs.", [("killed", 163)]),
    ("The hospital received 46 casualties this morning, including 7 martyrs, after forces opened fire.", [("killed", 7)]),
])
def test_the_dead_among_casualties(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-08")] == expected


def test_explain_reads_no_month_inside_a_word():
    import re
    from parsers.explain import REJECTION_CATEGORIES
    dates = [pattern for name, pattern in REJECTION_CATEGORIES if name == "date"]
    assert not any(re.search(pattern, "including 7 martyrs", re.IGNORECASE) for pattern in dates)
    assert any(re.search(pattern, "on 7 Mar 2024", re.IGNORECASE) for pattern in dates)


@pytest.mark.parametrize("text,expected", [
    ("Since the start of the aggression, 97 paramedics and firefighters have been killed.", [("killed", 97)]),
    ("The ministry recorded 9 deaths among patients on the waiting list during May.", [("deaths_awaiting_evacuation", 9)]),
    ("The Center indicated that 78 of the wounded are currently in intensive care units.", [("icu_patients", 78)]),
])
def test_round_43_bulletins_readings(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-10-03")] == expected


@pytest.mark.parametrize("text,expected", [
    # a daily's bracketed parts of its toll: the new dead and the bodies recovered, each a figure of the same day
    ("Number of martyrs: 24 (21 new martyrs + 3 recovered)", [("killed", 24), ("killed", 21), ("bodies_recovered", 3)]),
    ("Martyrs: 7 (6 new martyrs + 1 martyr recovered).", [("killed", 7), ("killed", 6), ("bodies_recovered", 1)]),
    # (other bracketed parts stay no figures of their own)
    ("Martyrs: 7 (Gaza City 4, Khan Younis 3).", [("killed", 7)]),
])
def test_a_tolls_new_dead_and_recovered_bodies_in_brackets(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-11-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # a ward named as the subject holds its own load
    ("The intensive care unit, which has 12 beds, now holds 27 patients, among them 8 children.",
     [("beds", 12), ("icu_patients", 27), ("icu_patients", 8)]),
    # a ward of the chronically ill treats no hospital's load (dialysis_patients, which the extractor leaves out)
    ("The dialysis department, which receives kidney patients from across the Middle Area, is serving 230 patients.", []),
    ("Dialysis units are serving more than 400 patients under extremely difficult conditions.", []),
    # the hurt and the ill together are the hospital's patients, not a toll of the wounded
    ("The hospital has 160 beds, but we are currently treating more than 700 wounded and sick people.",
     [("beds", 160), ("patients", 700)]),
])
def test_a_wards_load_named_by_the_ward(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-08-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # "held on <date>" after the people held; a holder "also holding" people (not Hamas "also holding" Israelis)
    ("Of the 8,146 Palestinians held on 1 March, 318 were minors, 97 of them in administrative detention.",
     [("detainees", 8146, "all"), ("detainees", 318, "children"), ("administrative_detainees", 97, "children")]),
    ("The IPS was also holding 44 women as security inmates, six of whom were administrative detainees.",
     [("detainees", 44, "women"), ("administrative_detainees", 6, "women")]),
    ("Hamas is also holding two Israeli civilians who entered the Strip in 2014 and 2015.", []),
    # a group of the held counted in the next sentence, as of the dead
    ("B'Tselem said 3,327 Palestinians were held in administrative detention at the end of December. "
     "Fifty-nine of them were minors.", [("administrative_detainees", 3327, "all"), ("administrative_detainees", 59, "children")]),
    # those a report's lawyers interviewed are its sample, no count of the held, nor are the sample's parts
    ("The report is based on 63 testimonies collected by PHRI lawyers. Forty-four of the prisoners interviewed are residents "
     "of the West Bank and 19 are residents of the Gaza Strip. Seven of them were minors at the time of the visit.", []),
    ("Of the 63 prisoners interviewed: 51 reported being beaten by guards.", [("reports_of_abuse", 51, "all")]),
])
def test_groups_of_the_held_and_samples_of_them(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-05")] == expected


@pytest.mark.parametrize("text,expected", [
    # two kinds of people joined by "and" are one subject, however far its verb ("members" of the forces)
    ("A total of 899 soldiers and members of the security forces have been killed since October 7, 2023.",
     [("killed", 899, "soldiers")]),
    # a holder's count after "around"
    ("The IPS holds around 9,200 Palestinians classed as security prisoners, about 3,300 of them in administrative detention.",
     [("detainees", 9200, "all"), ("administrative_detainees", 3300, "all")]),
    # displaced people are the dead when the verb says so (a count of the displaced alone stays no figure)
    ("An estimated 850 internally displaced people sheltering in these installations have been killed and over 2,600 injured.",
     [("killed", 850, "all"), ("injured", 2600, "all")]),
    ("Some 1,900 displaced people are sheltering in the school.", []),
    # attacks "by" someone "on health care"
    ("The ministry has also documented 214 attacks by the occupation on health care since 7 October.",
     [("attacks_on_health_care", 214, "all")]),
    # the parts of a toll that "includes" them
    ("Most of the dead are fighters, but the ministry's toll includes more than 70 civilians and 16 health workers.",
     [("killed", 70, "civilians"), ("killed", 16, "health_workers")]),
])
def test_round_46_readings(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-14")] == expected


@pytest.mark.parametrize("text,expected", [
    # bodies recovered among the dead, and the recovered martyrs, are bodies recovered, not new deaths
    ("According to the ministry, 64 of the deaths were bodies recovered from under the rubble.", [("bodies_recovered", 64)]),
    ("The 4 recovered martyrs were retrieved by civil defence crews from the rubble of a house.", [("bodies_recovered", 4)]),
    ("Among the recovered martyrs are 3 children and 2 women.", [("bodies_recovered", 3), ("bodies_recovered", 2)]),
    # what befell "others" that is no hospital's state
    ("The ministry said 2 hospitals have been forced to close and 6 others have been damaged by strikes in their vicinity.",
     [("hospitals_out_of_service", 2)]),
    # deaths in custody split by place after a colon, past the date of the whole
    ("PHRI has documented the deaths of at least 75 Palestinians in Israeli custody since 7 October 2023: 46 in IPS prisons "
     "and 29 in military detention facilities.",
     [("deaths_in_custody", 75), ("deaths_in_custody", 46), ("deaths_in_custody", 29)]),
    # requests are no one held (nor are those a body approves)
    ("PHRI filed 142 requests for medical examinations of prisoners between January and June 2025; the IPS approved 31 of "
     "them.", []),
])
def test_round_46_bodies_requests_and_places_of_custody(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-08-06")] == expected


def test_a_place_heading_places_the_lines_under_it_and_a_note_names_which_ministry():
    text = ("Key figures\nGaza Strip\n  48,467   deaths*\n  111,913  injuries*\nWest Bank, including east Jerusalem\n"
            "  928      deaths**\n  7,310    injuries**\n* Ministry of Health (MoH), Gaza, as of 9 March 2025\n"
            "** MoH, Ramallah, as of 9 March 2025\n")
    assert [(f.value, f.location, f.attributed_to) for f in figures_of(text, "2025-03-10")] == [
        (48467, "Gaza Strip", "Gaza Ministry of Health"), (111913, "Gaza Strip", "Gaza Ministry of Health"),
        (928, "West Bank", "Palestinian Ministry of Health (Ramallah)"),
        (7310, "West Bank", "Palestinian Ministry of Health (Ramallah)")]


def test_a_hospitals_people_speak_for_the_hospital_named_a_few_sentences_before():
    text = ("Israeli strikes on Khan Younis killed 30 people, health officials said.\n\n"
            "Most of the wounded were taken to Nasser Hospital, the city's largest. Ambulances queued at its gates.\n\n"
            "A surgeon at the hospital said it had 412 beds but was caring for about 1,100 patients on Tuesday.")
    assert [(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2024-01-16") if f.family == "hospitals"] == [
        ("beds", 412, "Nasser Hospital"), ("patients", 1100, "Nasser Hospital")]


@pytest.mark.parametrize("text,expected", [
    # a headline's bare participle with where or how it befell them: one event
    ("Two soldiers killed by bomb in Jabalia as IDF presses northern Gaza offensive", ("period", "incident")),
    ("19:05 GMT - Israeli army says five fighters killed near Tubas", ("period", "incident")),
    # (not a running count told in the present perfect, nor a large count)
    ("On the Israeli side, 10 soldiers and eight civilians have been killed by fire from Lebanon.", ("cumulative", None)),
    ("More than 40,000 Palestinians killed in Gaza, ministry says", ("cumulative", None)),
])
def test_a_headlines_participle_tells_one_event(text, expected):
    assert [(f.period, f.period_detail) for f in figures_of(text, "2024-08-20")][-1] == expected


def test_a_paragraph_on_the_same_period_goes_back_to_the_running_totals_span():
    text = ("Since 7 October 2023, WHO has recorded 323 attacks on health care in the Gaza Strip. During the reporting period "
            "alone, WHO verified 19 attacks.\n\nIn the West Bank, 346 attacks on health care were recorded over the same "
            "period, resulting in 11 deaths and 84 injuries.")
    assert [(f.value, f.period, str(f.period_start)) for f in figures_of(text, "2024-01-30")][-3:] == [
        (346, "cumulative", "2023-10-07"), (11, "cumulative", "2023-10-07"), (84, "cumulative", "2023-10-07")]


@pytest.mark.parametrize("text,expected", [
    # the held counted past the date they were counted on
    ("Among the security inmates held by the IPS on 1 May were 214 minors, 49 of them held in administrative detention.",
     [("detainees", 214, "children"), ("administrative_detainees", 49, "children")]),
    # a second person named by an article after "and"
    ("An Israeli strike on a house in Hanine killed three people, including a woman and a girl, and wounded four others.",
     [("killed", 3, "all"), ("killed", 1, "women"), ("killed", 1, "children"), ("injured", 4, "all")]),
])
def test_round_46_parts_of_the_held_and_the_dead(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-05-13")] == expected


@pytest.mark.parametrize("text,expected", [
    # "another <person>" is one more person; one person named by an article is struck once
    ("The Israeli military says a 21-year-old reservist was killed and another soldier seriously wounded during fighting in "
     "Rafah.", [("killed", 1, "soldiers", "period"), ("injured", 1, "soldiers", "period")]),
    ("Two days later, a 15-year-old boy was killed by live fire near the separation barrier, and another boy was injured.",
     [("killed", 1, "children", "period"), ("injured", 1, "children", "period")]),
    # (not "another 12", which is a count of its own)
    ("Five people were killed and another 12 were wounded.", [("killed", 5, "all", "period"), ("injured", 12, "all", "period")]),
])
def test_another_person_is_one_more(text, expected):
    assert [(f.metric, f.value, f.group, f.period) for f in figures_of(text, "2024-05-20")] == expected


def test_members_of_our_medical_and_nursing_staff_are_health_workers():
    text = "Five members of our medical and nursing staff have been killed in that time, three of them while on duty."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-05-20")] == [
        ("killed", 5, "health_workers"), ("killed", 3, "health_workers")]


def test_those_still_held_of_a_sentence_of_the_dead_and_the_taken_are_the_hostages():
    text = ("The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people and "
            "taking 251 hostages. Of those, 94 are still held in Gaza, including 34 the military has declared dead.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-01-08")] == [
        ("killed", 1200), ("hostages_taken", 251), ("hostages_held", 94), ("hostages_dead", 34)]


def test_lebanons_army_speaks_for_itself():
    text = "The Lebanese Armed Forces report that 39 of their soldiers have been killed since 23 September."
    assert [(f.value, f.group, f.attributed_to) for f in figures_of(text, "2024-11-14")] == [(39, "soldiers", "Lebanese Army")]


def test_bodies_received_since_an_exchange_are_no_toll():
    text = ("On Wednesday the ministry received, through the International Committee of the Red Cross, the bodies of 15 "
            "Palestinians released by the occupation, bringing the number of bodies received since the exchange began to 210.")
    assert figures_of(text, "2025-11-06") == []


def test_the_movements_martyrs_are_deaths_in_custody():
    text = ("This is the bloodiest period in the history of the prisoners' movement, the institutions said, and brings the "
            "number of the movement's martyrs since 1967 to 293.")
    assert [(f.metric, f.value) for f in figures_of(text, "2024-02-05")] == [("deaths_in_custody", 293)]


def test_a_headlines_hospital_is_the_one_the_story_names_after_it():
    text = ("Israeli strikes on Rafah homes kill at least 14, including 5 children, hospital says\n\n"
            "RAFAH, Gaza Strip (AP) — Israeli airstrikes on two homes in Rafah killed at least 14 people overnight, according "
            "to the Kuwaiti Hospital, where the bodies were taken.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2024-02-08") if f.value == 14] == [
        (14, "Kuwaiti Hospital"), (14, "Kuwaiti Hospital")]


def test_a_share_of_the_field_hospitals_counts_field_hospitals():
    text = "Of the seven field hospitals in Gaza, five are partially functional; together they add about 600 beds."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-06-05")] == [
        ("hospitals_total", 7, "field_hospitals"), ("hospitals_partially_functioning", 5, "field_hospitals"), ("beds", 600, "all")]


def test_one_of_them_is_a_boy():
    text = ("The two new martyrs were shot by occupation forces east of Bani Suheila while inspecting the remains of their "
            "homes; one of them is a 15-year-old boy.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-06")] == [
        ("killed", 2, "all"), ("killed", 1, "children")]


def test_arabic_health_workers_taken_by_the_occupation_are_arrests_not_deaths():
    text = ("- ارتفع عدد الشهداء من الكوادر الصحية منذ بداية العدوان إلى 1,007 شهداء، فيما اعتقل الاحتلال 296 من الكوادر "
            "الصحية لا يزال مصير غالبيتهم مجهولاً.\n- اعتقل الاحتلال خلال الحرب 364 من العاملين في القطاع الصحي.\n")
    from parsers import parse_document

    assert [(f.metric, f.value, f.group, f.period) for f in parse_document(text, published=dt.date.fromisoformat("2024-10-21")).figures] == [
        ("killed", 1007, "health_workers", "cumulative"), ("arrests", 296, "health_workers", "cumulative"),
        ("arrests", 364, "health_workers", "cumulative")]


def test_a_bare_health_ministry_of_the_west_bank_and_east_jerusalem_is_ramallahs():
    text = ("According to the Health Ministry, 1,143 Palestinians have been killed in the West Bank and east Jerusalem by "
            "Israeli troops or settlers since October 2023.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2026-05-13")] == [
        (1143, "Palestinian Ministry of Health (Ramallah)")]


def test_roughly_n_carried_into_gaza_are_hostages_taken():
    text = ("Hamas-led militants killed about 1,200 people in their Oct. 7 attack on southern Israel and carried roughly 250 "
            "into Gaza as hostages.")
    assert [(f.metric, f.value, f.qualifier) for f in figures_of(text, "2024-09-19")] == [
        ("killed", 1200, "approx"), ("hostages_taken", 250, "approx")]


@pytest.mark.parametrize("text,expected", [
    ("The two institutions said 1,200 citizens were arrested in March, while two prisoners were martyred in the "
     "occupation's prisons during the same month.", [("arrests", 1200), ("deaths_in_custody", 2)]),
    ("This raises the number of prisoners and detainees martyred since the beginning of the war whose identities are known "
     "to 92, among them 53 from Gaza.", [("deaths_in_custody", 92), ("deaths_in_custody", 53)]),
])
def test_prisoners_martyred_in_the_occupations_prisons_are_deaths_in_custody(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-04-05")] == expected


@pytest.mark.parametrize("heading", [
    "The table below shows the number of administrative detainees held by the IPS at the end of each month (minors in "
    "brackets):",
    "Administrative detainees at the end of each month, April-September 2025 (minors in brackets):",
])
def test_a_headers_note_of_what_its_bracketed_counts_are_gives_their_group(heading):
    text = f"{heading}\n\nOctober 2022 - 798 (3)\nNovember 2022 - 820 (4)\n"
    from parsers import parse_document

    assert [(f.metric, f.value, f.group) for f in parse_document(text, published=dt.date.fromisoformat("2023-04-18")).figures] == [
        ("administrative_detainees", 798, "all"), ("administrative_detainees", 3, "children"),
        ("administrative_detainees", 820, "all"), ("administrative_detainees", 4, "children")]



@pytest.mark.parametrize("text", [
    "Among those now held without charge or trial are 101 children and nine women.",
    "Among those currently held without charge and trial are 101 children and nine women.",
])
def test_held_without_charge_or_trial_is_administrative_detention(text):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-05")] == [
        ("administrative_detainees", 101, "children"), ("administrative_detainees", 9, "women")]


def test_a_data_note_naming_the_prison_service_and_other_records_leaves_the_figures_the_publishers():
    text = ("Addameer Prisoner Support and Human Rights Association\n\nImprisonment Statistics - June 2025\n\n"
            "Number of administrative detainees: 3,562\n\n"
            "These figures were updated at the start of June 2025. They are based on data the Israel Prison Service (IPS) "
            "provides to lawyers and on the records of the Palestinian prisoners' institutions.\n\n"
            "During May, Israeli forces arrested some 720 Palestinians across the West Bank.\n")
    from parsers import parse_document

    assert [(f.metric, f.value, f.attributed_to) for f in parse_document(text, published=dt.date.fromisoformat("2025-06-05")).figures] == [
        ("administrative_detainees", 3562, "Addameer"), ("arrests", 720, "Addameer")]


def test_a_data_note_naming_the_prison_service_alone_makes_the_figures_below_its():
    text = ("HaMoked - Center for the Defence of the Individual\n\n"
            "The figures below were provided to HaMoked by the Israel Prison Service.\n\n"
            "Number of administrative detainees: 3,562\n")
    from parsers import parse_document

    assert [(f.value, f.attributed_to) for f in parse_document(text, published=dt.date.fromisoformat("2025-06-05")).figures] == [
        (3562, "Israel Prison Service")]


@pytest.mark.parametrize("text", [
    "The number of patients and wounded registered with the ministry as needing treatment abroad stands at 18,500, among "
    "them 4,100 children.",
    "Some 12,000 wounded need to travel abroad for treatment.",
])
def test_the_wounded_waiting_to_be_treated_abroad_are_no_count_of_the_injured(text):
    assert figures_of(text, "2026-01-27") == []


def test_the_wounded_taken_to_a_hospital_are_still_the_injured():
    text = "Israeli strikes killed 20 and wounded 45, most of whom were taken to Nasser hospital."
    assert [(f.metric, f.value) for f in figures_of(text, "2026-01-27")] == [("killed", 20), ("injured", 45)]


def test_a_count_after_a_share_is_no_share():
    text = ("Bed occupancy in the paediatric ward of Nasser Medical Complex stands at 140%, and 26 children are being "
            "treated there for severe acute malnutrition with complications.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-09-29")] == [("bed_occupancy_pct", 140)]


def test_deaths_caused_by_the_cold_are_no_one_killed():
    text = "The number of deaths caused by the cold since the start of winter rose to 8, among them 6 children."
    assert [f for f in figures_of(text, "2026-01-27") if f.metric == "killed"] == []


def test_an_age_in_digits_after_an_age_in_words_is_an_age():
    text = "A week earlier, two brothers aged seven and 12 were killed while collecting water in Jabalia."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-22")] == [("killed", 2, "children")]


def test_the_number_had_already_reached_is_the_count_before_again():
    text = ("At the end of September 2023, 1,310 Palestinians were held in administrative detention. By December, the "
            "number had already reached 3,291.")
    assert [(f.metric, f.value) for f in figures_of(text, "2024-07-22")] == [
        ("administrative_detainees", 1310), ("administrative_detainees", 3291)]


def test_a_heading_of_recent_months_lists_the_count_before_over_time():
    text = ("As of the end of June 2024, Israel was holding 3,661 Palestinians in administrative detention.\n\n"
            "Recent months (figures for the last day of each month):\nEnd of March 2024: 3,558\nEnd of April 2024: 3,602\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2024-07-22")] == [
        ("administrative_detainees", 3661), ("administrative_detainees", 3558), ("administrative_detainees", 3602)]


def test_this_figure_includes_over_a_list_makes_its_lines_parts():
    text = ("The total number of prisoners in the occupation's prisons at the beginning of August 2025 exceeded 10,800. "
            "This figure includes:\n- 3,629 administrative detainees\n- more than 450 children\n- 50 women prisoners\n")
    assert [(f.metric, f.value, f.group, f.qualifier) for f in figures_of(text, "2025-08-05")] == [
        ("detainees", 10800, "all", "at_least"), ("administrative_detainees", 3629, "all", "exact"),
        ("detainees", 450, "children", "at_least"), ("detainees", 50, "women", "exact")]


def test_of_these_n_were_residents_of_a_place_is_a_part():
    text = ("At least 104 Palestinians have died in Israeli custody since October 2023. Of these, 57 were residents of the "
            "Gaza Strip.")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-06-24")] == [
        ("deaths_in_custody", 104), ("deaths_in_custody", 57)]


def test_held_until_the_conclusion_of_legal_proceedings_is_awaiting_trial():
    text = "These included 1,611 sentenced prisoners and 2,147 detainees held until the conclusion of legal proceedings."
    assert [(f.value, f.group) for f in figures_of(text, "2024-09-01")] == [(1611, "sentenced"), (2147, "awaiting_trial")]



_GAZA_DAILY_AR = ("🇵🇸 وزارة الصحة الفلسطينية – غزة 🇵🇸\n\n"
                  "🔴 الإحصائية التراكمية منذ بداية العدوان في 7 أكتوبر 2023:\n"
                  "• العدد التراكمي للشهداء: 71,662\n• العدد التراكمي للإصابات: 171,391\n\n")


@pytest.mark.parametrize("line", [
    "⭕ يبلغ عدد المرضى والجرحى المسجلين لدى الوزارة بحاجة إلى العلاج في الخارج 18,500، بينهم 4,100 طفل.",
    "❄️ سُجلت حالة وفاة لرضيع بسبب البرد الشديد، ليرتفع عدد الوفيات الناجمة عن البرد منذ بداية فصل الشتاء إلى 8 حالات، "
    "بينهم 6 أطفال.",
])
def test_arabic_those_needing_treatment_abroad_and_deaths_from_the_cold_are_no_casualties(line):
    from parsers.arabic import extract_arabic_figures

    figures = extract_arabic_figures(_GAZA_DAILY_AR + line + "\n", published=dt.date(2026, 1, 27))
    assert [(f.metric, f.value) for f in figures] == [("killed", 71662), ("injured", 171391)]


@pytest.mark.parametrize("text,group", [
    ("One UNRWA staff member was killed and another injured on 20 May.", "aid_workers"),
    ("The Israeli military says a soldier was killed and another moderately wounded during an exchange of fire.", "soldiers"),
])
def test_and_another_injured_after_one_killed_is_one_more_of_them(text, group):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-05-22")] == [
        ("killed", 1, group), ("injured", 1, group)]


def test_the_elliptic_injured_after_men_and_a_woman_killed_are_of_no_one_group():
    text = "In Kfar Kila, two men and a woman were killed, and at least nine were injured."
    # (the woman is one person counted, as rounds since 28 label one person named after a count; round 49 left a doubt)
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-01-28")] == [
        ("killed", 2, "men"), ("killed", 1, "women"), ("injured", 9, "all")]


def test_the_elliptic_injured_after_members_of_a_service_killed_are_of_it():
    text = "Since the start of the war, 118 members of the Civil Defence have been killed and 306 have been injured."
    assert [(f.value, f.group) for f in figures_of(text, "2025-01-28")] == [(118, "civil_defence"), (306, "civil_defence")]


@pytest.mark.parametrize("text,expected", [
    ("The war was triggered by the Hamas-led attack on southern Israel, in which about 1,200 people were killed and 251 "
     "others were taken back to Gaza as hostages.", [("killed", 1200), ("hostages_taken", 251)]),
    ("Forty soldiers were taken to Gaza City hospitals.", []),
])
def test_taken_back_to_gaza_as_hostages_are_hostages_taken(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-02-19")] == expected


@pytest.mark.parametrize("text,group", [
    ("Israel says it has killed about 20,000 members of Hamas and other armed groups.", "fighters"),
    ("The strike killed two members of Hamas's political bureau.", "all"),
])
def test_members_of_hamas_and_other_armed_groups_are_fighters(text, group):
    assert [f.group for f in figures_of(text, "2025-02-19")] == [group]


def test_of_the_dead_and_of_the_wounded_were_aid_seekers_both():
    text = "Since dawn, 19 of the martyrs and 88 of the wounded were aid seekers shot by occupation forces."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-18")] == [
        ("killed", 19, "aid_seekers"), ("injured", 88, "aid_seekers")]


@pytest.mark.parametrize("text,expected", [
    ("UNRWA has recorded the detention of at least 11 of its staff members by Israeli forces since October 2023.",
     [("arrests", 11, "aid_workers")]),
    ("In all, the group has documented the detention of 387 doctors, nurses, paramedics and other medical staff since "
     "October 2023. Among those still held are 24 doctors.", [("arrests", 387, "health_workers"), ("detainees", 24, "health_workers")]),
])
def test_a_recorded_detention_of_n_is_their_arrest(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-05-22")] == expected


def test_n_children_are_among_them_are_a_part_of_the_held_before():
    text = "Israel holds 9,900 Palestinians. About 360 children are among them."
    assert [(f.metric, f.value, f.group, f.qualifier) for f in figures_of(text, "2026-03-10")] == [
        ("detainees", 9900, "all", "exact"), ("detainees", 360, "children", "approx")]


def test_a_un_bodys_page_speaks_for_itself_again_past_a_paragraph_citing_another_un_body():
    text = ("Press briefing notes on the Occupied Palestinian Territory\n\n"
            "Spokesperson for the UN High Commissioner for Human Rights\n\n"
            "On 6 March, settlers attacked the village of Khirbet Zanuta. In total, OCHA has recorded more than 260 settler "
            "attacks causing casualties since 1 January.\n\n"
            "Since 7 October 2023, at least 84 Palestinians have died in Israeli custody, including four since the start "
            "of this year.\n")
    assert [(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2026-03-10")] == [
        ("deaths_in_custody", 84, "OHCHR"), ("deaths_in_custody", 4, "OHCHR")]


def test_patients_of_a_hospital_under_evacuation_orders_are_its_load():
    text = ("A WHO team that reached Al-Aqsa Martyrs Hospital on Monday found about 600 patients in a hospital built for "
            "160, with most staff having fled after evacuation orders covering the surrounding area.")
    assert [(f.metric, f.value) for f in figures_of(text, "2024-01-10")][:1] == [("patients", 600)]


@pytest.mark.parametrize("words,group", [
    ("staff members of an international NGO", "aid_workers"),
    ("staff members of a Palestinian NGO", "aid_workers"),
    ("UN national staff members", "aid_workers"),
    ("hospital staff members", "health_workers"),
])
def test_staff_members_of_an_ngo_or_the_un_are_aid_workers(words, group):
    from parsers.casualties import group_for_victims

    assert group_for_victims(words) == group


@pytest.mark.parametrize("text,expected", [
    ("The Committee to Protect Journalists says at least 192 journalists have been killed in Gaza. The Hamas-run "
     "Government Media Office in Gaza gives a higher figure of 244, as it includes media workers.",
     [("killed", 192, "journalists"), ("killed", 244, "journalists")]),
    ("At least 69 Palestinians have died in Israeli custody since October 2023, the two groups said. Physicians for Human "
     "Rights Israel, which tracks deaths in custody separately, puts the figure at more than 90.",
     [("deaths_in_custody", 69, "all"), ("deaths_in_custody", 90, "all")]),
    ("As of the end of April 2026, Israel held 3,400 Palestinians in administrative detention. On the eve of the war, in "
     "September 2023, the number was just over 1,300 - less than half the current figure.",
     [("administrative_detainees", 3400, "all"), ("administrative_detainees", 1300, "all")]),
])
def test_another_bodys_figure_for_the_same_count_is_that_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-27")] == expected


@pytest.mark.parametrize("second,metric", [
    ("Another seven are only partly functioning, he said.", "hospitals_partially_functioning"),
    ("Another 14 were operating only partly, he said.", "hospitals_partially_functioning"),
])
def test_another_n_in_a_state_after_hospitals_are_hospitals(second, metric):
    text = f"Abiad said 178 health workers had been killed and that eight hospitals had been forced to close. {second}"
    assert [(f.metric, f.value) for f in figures_of(text, "2024-10-29")][1:] == [("hospitals_out_of_service", 8), (metric, 7 if "seven" in second else 14)]


@pytest.mark.parametrize("text,expected", [
    ("Hezbollah says it has lost two more fighters in Israeli strikes.", [("killed", 2, "fighters")]),
    ("The group says the number of fighters it has lost since October 8 has risen to 40.", [("killed", 40, "fighters")]),
    ("NNA said four of the dead in Habboush were paramedics.", [("killed", 4, "health_workers")]),
    ("Of these, 546 were killed by Israeli security forces, 11 by settlers, and in four cases it could not be determined "
     "whether the perpetrators were soldiers or settlers.", [("killed", 546, "all"), ("killed", 11, "all"), ("killed", 4, "all")]),
])
def test_who_the_dead_were(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-10-29")] == expected


@pytest.mark.parametrize("text", [
    "The Ministry's teams transferred 27 critically wounded patients from hospitals in the South to hospitals in Beirut.",
    "Only one investigation into a killing in the West Bank since 7 October had led to an indictment.",
])
def test_patients_moved_and_investigations_are_no_casualties(text):
    assert figures_of(text, "2024-11-20") == []


def test_cases_still_under_review_are_no_toll():
    text = "CPJ says at least 192 journalists have been killed and that it is still investigating more than 130 other cases."
    assert [f.value for f in figures_of(text, "2025-08-27")] == [192]


@pytest.mark.parametrize("text,expected", [
    ("Women held as security inmates numbered 21; nine of them were administrative detainees.",
     [("detainees", 21, "women"), ("administrative_detainees", 9, "women")]),
    ("At the end of April, it was holding four Israeli citizens in administrative detention, all of them settlers from the "
     "West Bank.", [("administrative_detainees", 4, "settlers")]),
])
def test_the_group_of_the_held_from_the_subject_or_all_of_them(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-01")] == expected


def test_a_list_of_accounts_under_a_heading_of_testimonies_counts_reports_of_abuse():
    text = ("PCATI published figures on the testimonies it collected in 2023.\n\nWhat the testimonies describe\n"
            "Among the 131 testimonies relating to the period after 7 October:\n"
            "- 97 people said they had been beaten, many of them repeatedly and while handcuffed;\n"
            "- 64 described being held in stress positions, kneeling or bound to a chair, for hours;\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2024-02-06")] == [("reports_of_abuse", 97), ("reports_of_abuse", 64)]


def test_bodies_received_through_the_red_cross_are_no_toll_in_either_language():
    english = ("Today the Ministry received, through the International Committee of the Red Cross, 15 bodies released by "
               "the occupation, bringing the total number of bodies received to 165, of which 32 have so far been "
               "identified by their families.")
    assert figures_of(english, "2025-10-20") == []
    from parsers.arabic import extract_arabic_figures

    arabic_line = ("⭕ استلمت الوزارة اليوم عبر اللجنة الدولية للصليب الأحمر 15 جثماناً أفرج عنها الاحتلال، ليرتفع إجمالي "
                   "الجثامين المستلمة إلى 165 جثماناً، وقد تعرّف الأهالي على 32 منها.")
    figures = extract_arabic_figures(_GAZA_DAILY_AR + arabic_line + "\n", published=dt.date(2025, 10, 20))
    assert [(f.metric, f.value) for f in figures] == [("killed", 71662), ("injured", 171391)]


@pytest.mark.parametrize("text,expected", [
    ("This raises the total number of famine and malnutrition victims to 367 deaths, including 134 children.",
     [("malnutrition_deaths", 367, "all"), ("malnutrition_deaths", 134, "children")]),
    ("Since the Integrated Food Security Phase Classification (IPC) declared famine in Gaza Governorate, 89 deaths have "
     "been recorded, including 17 children.", [("malnutrition_deaths", 89, "all"), ("malnutrition_deaths", 17, "children")]),
    ("Despite the famine, strikes continued: 89 deaths have been recorded.", [("killed", 89, "all")]),
])
def test_deaths_a_sentence_puts_down_to_famine_are_deaths_from_hunger(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-09-03")] == expected


def test_a_pair_of_counts_joined_by_an_article_keeps_the_first_its_group():
    text = "Our crews dealt with 7 injuries resulting from beating, among them two women and an elderly man of 70."
    # (and the elderly man, one person more, as round 51 labels him with a doubt)
    assert [(f.value, f.group) for f in figures_of(text, "2025-03-21")] == [(7, "all"), (2, "women"), (1, "elderly")]


@pytest.mark.parametrize("text,expected", [
    ("A security source in Lebanon told Reuters that at least five of those killed in Wadi Faara were Hezbollah members.",
     [("killed", 5, "fighters")]),
    ("The Islamic Jihad movement's armed wing, the Al-Quds Brigades, claimed two of the dead as members.",
     [("killed", 2, "fighters")]),
    ("Among the dead are nine people who were waiting for aid near the Zikim crossing in the north.",
     [("killed", 9, "aid_seekers")]),
])
def test_the_dead_named_as_members_or_as_waiting_for_aid(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-15")] == expected


@pytest.mark.parametrize("text,expected", [
    ("In Israel, 33 children were killed on 7 October, and around 30 children are believed to be among those held hostage "
     "in Gaza.", [("killed", 33, "children"), ("hostages_held", 30, "children")]),
    ("At Al-Shifa hospital, the paediatric and neonatal wards were caring for 62 children on 1 November.",
     [("patients", 62, "children")]),
    ("Another 1,000 or more children are reported missing and are believed to be trapped under the rubble.",
     [("missing", 1000, "children")]),
])
def test_children_among_hostages_in_wards_and_missing(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2023-11-03")] == expected


@pytest.mark.parametrize("text", [
    "Overall, 1,940 hospital beds are available across Gaza, roughly a third of the pre-escalation capacity of 3,500.",
    "Bed capacity across Gaza has fallen to an estimated 1,650 beds, less than half of the 3,500 beds available before the "
    "escalation.",
])
def test_beds_before_the_war_are_the_capacity_not_beds_free_now(text):
    assert ("beds", 3500) in [(f.metric, f.value) for f in figures_of(text, "2025-07-01")]


@pytest.mark.parametrize("text,expected", [
    ("At least 574 people sheltering in UNRWA facilities have been killed and 1,900 injured since the start of the war.",
     [("killed", "at_least"), ("injured", "at_least")]),
    ("At least 12 people were killed in Rafah on Monday, and in Khan Younis 40 were injured.",
     [("killed", "at_least"), ("injured", "exact")]),
])
def test_a_qualifier_opening_a_long_toll_pair_carries_to_the_injured(text, expected):
    assert [(f.metric, f.qualifier) for f in figures_of(text, "2024-12-04")] == expected


def test_a_headlines_large_count_the_body_restates_as_the_running_total_is_that_total():
    text = ("14:05 GMT\nDeath toll since dawn rises\nMedical sources tell Al Jazeera that at least 44 people have been killed "
            "across Gaza since dawn.\n\n12:30 GMT\nHealth ministry: 65,382 killed\nGaza's Health Ministry says 79 bodies were "
            "brought to hospitals over the past 24 hours, along with 312 injured people.\nThat takes the toll since the start "
            "of the war to 65,382 killed and 166,985 wounded.\n")
    periods = {(f.value, f.period) for f in figures_of(text, "2025-09-23") if f.value == 65382}
    assert periods == {(65382, "cumulative")}


@pytest.mark.parametrize("text,expected", [
    # complaints of torture are the held's own reports, though the sentence names no prison
    ("Over the year the committee received 212 complaints of torture or ill-treatment.", [("reports_of_abuse", 212)]),
    ("Yesh Din said police received 230 complaints about settler violence in 2024.", []),
])
def test_complaints_of_torture_are_reports_of_abuse_without_a_prison_word(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-06-26")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The two institutions said those arrested included 70 children and 21 women, as well as 8 journalists.",
     [("arrests", 70, "children"), ("arrests", 21, "women"), ("arrests", 8, "journalists")]),
    ("3,300 administrative detainees, 80 women and 250 children are held.",
     [("administrative_detainees", 3300, "all"), ("detainees", 80, "women"), ("detainees", 250, "children")]),
])
def test_the_parts_of_those_arrested_after_the_bodies_that_say_so(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-07-02")] == expected


def test_held_under_administrative_detention_orders_without_a_verb():
    text = "Some 62 Palestinian journalists remain in detention, 19 of them under administrative detention orders."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-01")] == [
        ("detainees", 62, "journalists"), ("administrative_detainees", 19, "journalists")]


@pytest.mark.parametrize("text", [
    "Most are arrested during night raids on their homes between 2 and 4 a.m.",
    "Detainees were held incommunicado for 3 to 5 days before the first hearing.",
])
def test_the_first_of_a_range_whose_second_names_a_time_or_a_duration_is_no_count(text):
    assert figures_of(text, "2025-10-01") == []


def test_former_inmates_are_not_held():
    text = "Two former inmates released from Ofer last week told lawyers that the prisoner was beaten in his cell."
    assert [f for f in figures_of(text, "2025-01-10") if f.metric == "detainees"] == []


@pytest.mark.parametrize("text,expected", [
    ("The ministry said the woman, 63, and her husband, 70, were killed along with their grandson, 12, in the strike.", []),
    ("In Jenin, 12 were killed.", [("killed", 12)]),
])
def test_an_age_set_off_by_commas_after_a_person_is_no_count(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2023-12-27")] == expected


def test_those_under_18_are_children_and_the_18_no_count():
    text = "At the end of March, 95 of the administrative detainees were under 18, compared with 40 a year earlier."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-04-01")] == [
        ("administrative_detainees", 95, "children"), ("administrative_detainees", 40, "children")]


def test_people_held_without_trial_are_administrative_detainees():
    text = "In April the IPS held 3,380 people without charge or trial."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-05-01")] == [("administrative_detainees", 3380)]


def test_the_group_a_running_total_frame_names_holds_for_its_count():
    text = "This raises the total number of livelihood martyrs who reached hospitals to 1,800 martyrs and 13,000 injuries."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-10")] == [
        ("killed", 1800, "aid_seekers"), ("injured", 13000, "aid_seekers")]


def test_attacks_on_the_health_sector_are_attacks_on_health_care():
    text = "The ministry has documented 190 attacks on the health sector since October."
    assert [(f.metric, f.value) for f in figures_of(text, "2024-10-07")] == [("attacks_on_health_care", 190)]


def test_those_of_the_wounded_still_in_intensive_care_are_icu_patients():
    text = "Hospitals in the south were treating 540 wounded people, 71 of them still in intensive care units."
    assert [(f.metric, f.value) for f in figures_of(text, "2024-10-07")] == [("injured", 540), ("icu_patients", 71)]


@pytest.mark.parametrize("text,expected", [
    ("Only 17 hospitals out of 36 are working, all of them partially, in addition to 6 field hospitals.",
     [("hospitals_partially_functioning", 17, "all"), ("hospitals_total", 36, "all"),
      ("hospitals_functioning", 6, "field_hospitals")]),
    ("Israeli strikes hit 17 hospitals, in addition to 6 field hospitals.", []),
])
def test_field_hospitals_counted_beside_the_hospitals_working(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-01-05")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The ministry said a 41-year-old man was killed by army gunfire near Tubas.", [("killed", 1, "men")]),
    ("An elderly man was lightly hurt by shrapnel in Sderot.", [("injured", 1, "elderly")]),
    # one man names no group of the many counted with him or after him
    ("One Palestinian man was killed and some 300 injured, mostly by tear gas.", [("killed", 1, "men"), ("injured", 300, "all")]),
    ("A young man was martyred in Tammun, raising the West Bank toll since 7 October to 410.",
     [("killed", 410, "all")]),
    ("Israeli forces detained nine Palestinians, including two brothers of the man who was killed.",
     [("arrests", 9, "all"), ("arrests", 2, "all")]),
])
def test_one_man_is_of_the_men_and_of_no_count_beside_him(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-02-27")] == expected


def test_an_arabic_numbered_point_on_the_rise_of_the_toll_is_the_running_total():
    text = ("1- ارتفاع عدد الشهداء جراء العدوان على قطاع غزة إلى 8,525 شهيداً، منهم 3,542 طفلاً و2,187 سيدة و486 من المسنين، "
            "فيما بلغ عدد الإصابات 21,543 إصابة.\n"
            "2- ارتفع عدد الشهداء من الكوادر الصحية إلى 130 شهيداً، بينهم 18 من طواقم الإسعاف.\n"
            "3- لا يزال 2,030 مواطناً في عداد المفقودين تحت الأنقاض، منهم 1,150 طفلاً.\n")
    figures = parse_document(text, published=dt.date(2023, 10, 31)).figures
    assert [(f.metric, f.value, f.group, f.period) for f in figures] == [
        ("killed", 8525, "all", "cumulative"), ("killed", 3542, "children", "cumulative"),
        ("killed", 2187, "women", "cumulative"), ("killed", 486, "elderly", "cumulative"),
        ("injured", 21543, "all", "cumulative"), ("killed", 130, "health_workers", "cumulative"),
        ("killed", 18, "health_workers", "cumulative"), ("missing", 2030, "all", "cumulative"),
        ("missing", 1150, "children", "cumulative")]


def test_a_search_for_the_missing_is_no_running_count():
    text = ("وأدت الغارة إلى استشهاد 12 مواطناً بينهم 4 أطفال، فيما لا تزال فرق الدفاع المدني تبحث عن مفقودين تحت الأنقاض.")
    assert {f.period for f in parse_document(text, published=dt.date(2024, 9, 25)).figures} == {"period"}


@pytest.mark.parametrize("text", [
    "• وصل إلى المستشفيات خلال الـ 24 ساعة الماضية 27 شهيداً وأكثر من 170 إصابة من المواطنين الذين توجهوا لانتظار المساعدات.",
    "• In the past 24 hours, 27 martyrs and more than 170 injuries among citizens who went to wait for aid arrived at hospitals.",
])
def test_citizens_who_went_to_wait_for_aid_are_aid_seekers(text):
    figures = parse_document(text, published=dt.date(2025, 7, 14)).figures
    assert [(f.metric, f.group) for f in figures] == [("killed", "aid_seekers"), ("injured", "aid_seekers")]


def test_a_bare_count_reported_right_after_a_count_is_that_count_at_another_time():
    text = ("As of July 2025, the Israel Prison Service is holding 10,800 Palestinians classified as security inmates. "
            "A month earlier, on 1 June 2025, the IPS reported 10,900.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-05")] == [("detainees", 10800), ("detainees", 10900)]


@pytest.mark.parametrize("text", [
    "The death toll in Gaza has risen to 38,011 people, the ministry said.",
    "The ministry said the overall death toll in the war had risen to 38,011 people, with 87,445 wounded.",
])
def test_a_toll_of_a_place_or_a_war_before_its_count(text):
    assert ("killed", 38011) in [(f.metric, f.value) for f in figures_of(text, "2024-06-20")]


def test_held_on_security_grounds_are_detainees():
    text = "According to the IPS, more than 9,900 Palestinians are now held on security grounds."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-05-20")] == [("detainees", 9900)]


@pytest.mark.parametrize("text,expected", [
    ("Of the 251 hostages abducted on October 7, 58 remain in Gaza. They include the bodies of at least 34 confirmed dead by "
     "the IDF. Israel believes 20 of them are alive.",
     [("hostages_taken", 251, "period"), ("hostages_held", 58, "point"), ("hostages_dead", 34, "point"),
      ("hostages_alive", 20, "point")]),
    ("It is believed that 130 hostages remain in Gaza. The IDF has confirmed the deaths of 29 of those still held.",
     [("hostages_held", 130, "point"), ("hostages_dead", 29, "point")]),
])
def test_the_dead_and_the_living_of_the_hostages_just_counted(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2025-05-20")] == expected


def test_people_counted_past_their_employer_and_a_relative_clause_about_it():
    text = ("The ministry said two paramedics with the Islamic Health Committee, which runs ambulances in the south, were "
            "wounded when a drone struck their vehicle.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2023-12-27")] == [("injured", 2, "health_workers")]


@pytest.mark.parametrize("text,expected", [
    ("The group has lost at least 130 members since the fighting began on Oct. 8.", [("killed", 130, "fighters")]),
    ("UNRWA has lost 284 members of its staff.", [("killed", 284, "aid_workers")]),
])
def test_an_armed_group_that_lost_members_lost_fighters(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2023-12-27")] == expected


@pytest.mark.parametrize("text,group", [
    ("Two soldiers were killed in Khan Younis, raising the death toll in the ground offensive against Hamas to 230.", "soldiers"),
    ("The IDF's death toll rose to 230.", "soldiers"),
    ("The Israeli army says the death toll in Gaza has risen to 40,000.", "all"),
])
def test_an_armys_own_toll_counts_its_soldiers(text, group):
    assert [f.group for f in figures_of(text, "2024-02-06") if f.value in (230, 40000)] == [group]


@pytest.mark.parametrize("text,expected", [
    ("Since 2001, more than 1,400 complaints of torture in Shin Bet interrogations have been filed with the Inspector.", []),
    ("Of the 1,300 complaints of torture lodged with the Justice Ministry since 2001, one led to an investigation.", []),
    ("Over the year the committee received 212 complaints of torture or ill-treatment.", [("reports_of_abuse", 212)]),
])
def test_complaints_lodged_with_an_authority_are_no_accounts_of_abuse(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-06-26")] == expected


@pytest.mark.parametrize("text", [
    "Military courts imposed fines totalling more than NIS 150,000 on child prisoners in 2024.",
    "The flash appeal seeks USD 2.8 billion.",
])
def test_money_after_a_currency_code_is_no_count(text):
    assert figures_of(text, "2025-01-10") == []


@pytest.mark.parametrize("text,expected", [
    ("In Israel, 30 children were among the roughly 1,200 people killed in the attack.",
     [("killed", 30, "children"), ("killed", 1200, "all")]),
    ("More than 20,000 children were among the 70,000 Palestinians it has recorded as killed in Gaza.",
     [("killed", 20000, "children"), ("killed", 70000, "all")]),
])
def test_a_part_among_a_roughly_counted_or_recorded_whole(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-05-20")] == expected


@pytest.mark.parametrize("text,expected", [
    ("An Israeli strike hit an ambulance near Yater, killing two paramedics and wounding a third.",
     [("killed", 2, "health_workers"), ("injured", 1, "health_workers")]),
    ("Israeli strikes killed a third of the victims' relatives.", []),
])
def test_one_more_named_by_an_ordinal(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-13")] == expected


def test_a_growth_by_a_factor_is_no_count():
    assert figures_of("The number of administrative detainees grew by a factor of about 2.6 in a year.", "2024-10-31") == []


def test_hospitals_out_of_a_whole_and_field_hospitals_framed_in_a_second_clause():
    text = ("The ministry reports that 18 hospitals are operating partially across the Strip out of 36 hospitals, while the "
            "number of field hospitals still working has fallen to 6 after two of them closed last month.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-10-13")] == [
        ("hospitals_partially_functioning", 18, "all"), ("hospitals_total", 36, "all"),
        ("hospitals_functioning", 6, "field_hospitals")]


def test_the_most_arrests_with_n_cases_and_the_places_after():
    text = ("Hebron governorate recorded the highest number of arrests during the month, with 150 cases, followed by "
            "Jerusalem with 90 and Nablus with 70.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-06-02")] == [("arrests", 150), ("arrests", 90), ("arrests", 70)]


@pytest.mark.parametrize("text,expected", [
    ("Al Helou Hospital, one of the last facilities in the north offering neonatal care, was caring for 24 newborns, 8 of "
     "them in incubators, when strikes hit nearby.", [("patients", 24, "children")]),
    ("She was caring for 5 children at home.", []),
])
def test_a_hospital_caring_for_newborns_past_an_aside(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-09-17")] == expected


def test_the_displaced_are_no_part_of_the_arrests_before():
    text = ("Addameer documented around 410 arrests in March, including 28 children, most of them in the northern West Bank, "
            "where the military operation has forced some 40,000 people from their homes since 21 January.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-04-02")] == [("arrests", 410), ("arrests", 28)]


@pytest.mark.parametrize("text,expected", [
    ("The ministry said 8,300 people had been killed since Oct. 7, including 3,400 children and 2,100 women.",
     [("killed", 8300, "all"), ("killed", 3400, "children"), ("killed", 2100, "women")]),
    ("Militants killed some 1,200 people, most of them civilians, in their Oct. 7 assault and dragged around 250 others into "
     "Gaza as hostages.", [("killed", 1200, "all"), ("hostages_taken", 250, "all")]),
])
def test_a_months_short_name_ends_no_sentence_and_a_verb_of_taking_its_own_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2023-10-29")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The ministry said 90 people were killed on Wednesday, with 10 children and 15 women among the dead, bringing to more "
     "than 600 the number killed since Monday.",
     [("killed", 90, "all"), ("killed", 10, "children"), ("killed", 15, "women"), ("killed", 600, "all")]),
    ("Its figures include 316 children and 790 women among the dead, as well as 222 health workers.",
     [("killed", 316, "children"), ("killed", 790, "women"), ("killed", 222, "health_workers")]),
])
def test_a_mark_closing_the_parts_before_it_opens_no_part_after(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-09-25")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The military said Sunday that 224 people were being held hostage in Gaza, up from an earlier estimate of 222.",
     [("hostages_held", 224)]),
    ("About 130 people are still held hostage in Gaza.", [("hostages_held", 130)]),
    ("Some 250 people were taken hostage on October 7.", [("hostages_taken", 250)]),
])
def test_people_being_held_hostage_are_held_and_an_earlier_estimate_is_no_count(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2023-10-29")] == expected


def test_the_dead_of_the_hostages_counted_just_before_by_of_the_n_and_their_bodies():
    text = ("Crowds called for a deal to bring home all 57 hostages still held in the Gaza Strip. Of the 57, Israel believes "
            "21 are alive and 33 are dead. Among the dead are the bodies of two soldiers, one of whom was killed in 2014.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-27")] == [
        ("hostages_held", 57, "all"), ("hostages_alive", 21, "all"), ("hostages_dead", 33, "all"),
        ("hostages_dead", 2, "soldiers")]


def test_staff_of_a_charity_are_aid_workers():
    text = "In July this year, four staff of a local charity were killed in an air strike."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-19")] == [("killed", 4, "aid_workers")]


@pytest.mark.parametrize("text,expected", [
    ("Crews were still searching the rubble of a building in Nabatieh for at least six people believed to be trapped.",
     [("missing", 6, "period")]),
    ("He said about 7,000 people remain missing, many of them thought to be trapped under destroyed buildings.",
     [("missing", 7000, "cumulative")]),
])
def test_people_believed_trapped_are_missing_under_one_building(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2024-09-26")] == expected


def test_a_field_hospital_key_figures_line_without_a_colon():
    text = "Key figures\nHospitals partially functioning            17\nField hospitals operating                   6\n"
    assert ("hospitals_functioning", 6, "field_hospitals") in [(f.metric, f.value, f.group) for f in figures_of(text, "2024-06-18")]


def test_an_arabic_numbered_point_on_the_dead_of_the_point_before():
    text = ("1- ارتفاع عدد الشهداء إلى 15,899 شهيداً و 42,000 إصابة منذ السابع من أكتوبر.\n"
            "2- من بين الشهداء 6,900 طفلاً و 4,700 امرأة، ويشكل الأطفال والنساء ما نسبته 70% من إجمالي الضحايا.\n")
    figures = parse_document(text, published=dt.date(2023, 12, 5)).figures
    assert [(f.metric, f.value, f.group, f.period) for f in figures] == [
        ("killed", 15899, "all", "cumulative"), ("injured", 42000, "all", "cumulative"),
        ("killed", 6900, "children", "cumulative"), ("killed", 4700, "women", "cumulative")]


@pytest.mark.parametrize("text,expected", [
    # (invented wordings, in the styles of the probe rounds)
    ("Six other people were wounded by live fire in the raid, one of them critically, the ministry said.",
     [("injured", 6, "all"), ("injured", 1, "all")]),
    ("The army said nine soldiers were hurt, one of them in serious condition.",
     [("injured", 9, "soldiers"), ("injured", 1, "soldiers")]),
    ("Medics reported 4 injuries by live bullets on Friday, one of them serious.",
     [("injured", 4, "all"), ("injured", 1, "all")]),
    # "one of them" with no word of how badly is no count of its own
    ("Three people were detained, one of them from Jenin.", [("detainees", 3, "all")]),
])
def test_one_of_the_wounded_hurt_worse_is_a_part_of_them(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-11")] == expected


def test_an_age_in_months_names_a_child():
    text = "A strike on a tent in Al-Mawasi killed three people, among them a 7-month-old boy, the hospital said."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-11")] == [
        ("killed", 3, "all"), ("killed", 1, "children")]


@pytest.mark.parametrize("text,expected", [
    ("Three young men were killed and 14 others injured during the raid on the camp, the ministry said.",
     [("killed", 3, "men"), ("injured", 14, "all")]),
    ("Two young men killed and nine wounded as occupation forces storm Tubas", [("killed", 2, "men"), ("injured", 9, "all")]),
    # a trade is shared by the count paired with it
    ("Four paramedics were killed and six injured in the strike.", [("killed", 4, "health_workers"), ("injured", 6, "health_workers")]),
])
def test_the_count_paired_with_men_killed_is_of_everyone(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-11")] == expected


@pytest.mark.parametrize("text,expected", [
    # one more person, in a sentence of its own that holds no other count
    ("A soldier was killed in the blast. Another soldier was seriously wounded in the same incident, the army said.",
     [("killed", 1, "soldiers"), ("injured", 1, "soldiers")]),
    ("Two soldiers were killed in the clash. A third soldier was moderately wounded, it said.",
     [("killed", 2, "soldiers"), ("injured", 1, "soldiers")]),
    # no one counted: a habit, not an event ("we hear of another child killed"), a share ("a third of")
    ("Every month we hear of another child killed near the fence.", []),
    ("A third of the wounded were children.", []),
])
def test_one_more_person_by_another_or_an_ordinal_in_a_sentence_of_its_own(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-03")] == expected


def test_a_hospitals_key_figures_line_with_its_state_after_the_share():
    text = "AT A GLANCE\n- Hospitals: 17 of 35 partially functional; none fully functional\n"
    assert [(f.metric, f.value) for f in figures_of(text, "2025-09-23")] == [
        ("hospitals_partially_functioning", 17), ("hospitals_total", 35), ("hospitals_functioning", 0)]


@pytest.mark.parametrize("text,expected", [
    ("The ministry said the dead included a 14-year-old boy who was shot near the camp's entrance.", [("killed", 1, "children")]),
    ("Nine people were killed. Among the dead is a 16-year-old from the village of Beita, the ministry said.",
     [("killed", 9, "all"), ("killed", 1, "children")]),
    # an adult named by age alone is no part the ledger keeps
    ("Nine people were killed. Among the dead is a 61-year-old from the village of Beita, the ministry said.", [("killed", 9, "all")]),
])
def test_one_person_named_among_the_dead_by_included_or_among_the_dead_is(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-12")] == expected


def test_a_page_masthead_names_the_body_the_page_speaks_for():
    text = ("Health Cluster | occupied Palestinian territory\nHospital Functionality Update\n\n"
            "- Inpatient beds: 1,800\n- Hospitals: 15 of 36 partially functional\n")
    assert {(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2025-09-23")} == {
        ("beds", 1800, "Health Cluster"), ("hospitals_partially_functioning", 15, "Health Cluster"),
        ("hospitals_total", 36, "Health Cluster")}


@pytest.mark.parametrize("text,expected", [
    ("Since the truce, 20 Israeli hostages and four Thai nationals have been freed from Gaza.",
     [("hostages_released", 20, "all"), ("hostages_released", 4, "foreign_nationals")]),
    ("A drone strike on a car near Tyre killed a Syrian national, the ministry said.", [("killed", 1, "foreign_nationals")]),
    ("A strike on a house wounded three citizens, one of them a Syrian national.",
     [("injured", 3, "all"), ("injured", 1, "foreign_nationals")]),
    # joined to others, foreigners name no group of the count
    ("The army says 133 Israelis and foreign nationals are still held hostage in Gaza.", [("hostages_held", 133, "all")]),
])
def test_foreigners_among_the_counted_are_foreign_nationals(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-10")] == expected


def test_captors_freeing_israelis_release_hostages_not_prisoners():
    text = "Israel freed 110 Palestinian prisoners on Saturday, and Hamas released two Israeli women it had held since October."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-01-26")] == [("released_detainees", 110), ("hostages_released", 2)]


@pytest.mark.parametrize("text,expected", [
    # the displaced sheltering in a hospital are no patients of it
    ("Some 500 patients remain in the hospital, along with about 2,000 displaced people sheltering in its yard.",
     [("patients", 500)]),
    # bodies pulled from the ruins: found, no new deaths
    ("Civil defence crews pulled the bodies of 38 people from the ruins of a building, the ministry said.",
     [("bodies_recovered", 38)]),
    # what a hospital was built for is its beds (a cell's is no count of the held)
    ("The hospital was built for 240 beds and is now treating 600 patients.", [("beds", 240), ("patients", 600)]),
    ("The European Hospital said it was caring for about 500 inpatients against a capacity of 240.", [("patients", 500), ("beds", 240)]),
    ("The hospital's 300 beds were 190% occupied on Monday.", [("beds", 300), ("bed_occupancy_pct", 190)]),
    ("About 60% of the occupied West Bank is Area C.", []),
])
def test_hospital_capacity_occupancy_and_those_who_are_no_patients(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-03-02")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The strikes brought to 71 the number of health and rescue workers killed since October.", [("killed", 71, "health_workers")]),
    ("Of those killed, 40 are children and 19 are health and rescue workers.",
     [("killed", 40, "children"), ("killed", 19, "health_workers")]),
])
def test_health_and_rescue_workers_are_one_trade(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-20")] == expected


def test_medics_treating_a_further_count_treat_the_hurt_of_the_incident():
    text = "The Palestine Red Crescent said its crews treated a further 31 people for tear-gas inhalation in Beita."
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2026-03-11")] == [("injured", 31, "period")]


@pytest.mark.parametrize("text,expected", [
    # those doctors examined or met are a sample, not the held
    ("PHRI's doctors asked to examine 64 prisoners in the first half of the year.", []),
    ("The paper draws on meetings its lawyers held with 98 prisoners in four prisons.", []),
    # but the deaths a report examines are deaths
    ("The Military Advocate General said it was examining 52 deaths in military custody.", [("deaths_in_custody", 52)]),
])
def test_prisoners_examined_or_met_are_a_sample_but_deaths_examined_are_deaths(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-15")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes have killed 1,300 people since March, bringing the total to 52,000.",
     [("killed", 1300, "exact"), ("killed", 52000, "exact")]),
    ("More than 1,600 people have been killed since hostilities resumed, pushing the total since October 2023 past 51,000.",
     [("killed", 1600, "at_least"), ("killed", 51000, "at_least")]),
])
def test_a_running_total_brought_to_or_past_a_count_after_the_count_it_grows_by(text, expected):
    assert [(f.metric, f.value, f.qualifier) for f in figures_of(text, "2025-04-20")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Among the prisoners released on Sunday were 30 children.", [("released_detainees", 30, "children")]),
    ("Among the Palestinians released so far were 120 women and children.", [("released_detainees", 120, "women_and_children")]),
])
def test_among_those_released_were_a_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-10")] == expected


def test_administrative_detainees_who_died_in_custody_are_deaths_in_custody():
    text = "At least three administrative detainees died in Israeli custody during the year, Addameer said."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-01-20")] == [("deaths_in_custody", 3)]


def test_a_hospitals_own_staff_are_health_workers():
    text = ("Statement by the Director of Al-Awda Hospital\n\n"
            "\"Since October 2023, the hospital has lost six of its staff,\" Al-Awda Hospital director Dr Ahmad Salem said.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-12-03")] == [("killed", 6, "health_workers")]


@pytest.mark.parametrize("text,expected", [
    ("Across the south, 1,640 beds remained available on 15 October.", [("beds_available", 1640)]),
    # what was available before the war is every bed there was
    ("Across Gaza, some 1,700 hospital beds are now available, against 3,500 before October 2023.",
     [("beds_available", 1700), ("beds", 3500)]),
])
def test_beds_that_remain_available_and_the_beds_before_the_war(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-10-16")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces arrested 23 people in Nablus, including six children and a woman, the society said.",
     [("arrests", 23, "all"), ("arrests", 6, "children"), ("arrests", 1, "women")]),
    ("The strikes killed four paramedics and a nurse at a hospital in Bint Jbeil.",
     [("killed", 4, "health_workers"), ("killed", 1, "health_workers")]),
    # former prisoners arrested again are a group of the arrests
    ("Israeli forces arrested at least 19 Palestinians overnight, including two children and a former prisoner.",
     [("arrests", 19, "all"), ("arrests", 2, "children"), ("arrests", 1, "former_prisoners")]),
    # (not a possessive: "a man's brother" is no one counted apart)
    ("The strike killed three children and a man's brother.", [("killed", 3, "children")]),
])
def test_one_person_more_after_a_count_of_another_kind(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-14")] == expected


def test_former_prisoners_are_a_group_of_the_arrested_only():
    text = "Of the 40 former detainees interviewed, 31 described beatings during interrogation."
    assert all(f.group != "former_prisoners" for f in figures_of(text, "2025-02-14"))


@pytest.mark.parametrize("text,expected", [
    ("About 30 army personnel have been killed in the fighting, the military said.", [("killed", 30, "soldiers")]),
    ("UNRWA: four more staffers killed", [("killed", 4, "aid_workers")]),
    ("Two foreign volunteers were injured by settlers during the olive harvest.", [("injured", 2, "foreign_nationals")]),
    ("Israel holds over 1,600 under combatants law", [("unlawful_combatants_detainees", 1600, "all")]),
])
def test_army_personnel_staffers_foreign_volunteers_and_the_combatants_law(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-20")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Six others were wounded, one of whom later died.", [("injured", 6), ("killed", 1)]),
    ("At least 52 Palestinians have died in Israeli custody since October 2023, 31 of whom had been detained in Gaza.",
     [("deaths_in_custody", 52), ("deaths_in_custody", 31)]),
])
def test_a_part_whose_own_verb_tells_what_became_of_it(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-08-13")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Six patients died as a result of the power cut, the hospital said.", [("killed", 6, "patients")]),
    ("The director said 30 patients have died in the hospital since the generators stopped.", [("killed", 30, "patients")]),
    # (patients still there are the hospital's load)
    ("The hospital is still treating 300 patients, the director said.", [("patients", 300, "all")]),
])
def test_patients_who_died_are_deaths_of_patients(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-02-20")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The group documented the arrest of 310 health workers, of whom 150 have since been released.",
     [("arrests", 310, "health_workers"), ("released_detainees", 150, "health_workers")]),
    ("Israeli forces shot dead two Palestinians, a 16-year-old boy and a 30-year-old man, in Qabatiya.",
     [("killed", 2, "all"), ("killed", 1, "children"), ("killed", 1, "men")]),
    ("An airstrike killed seven people, among them a mother and five of her children.",
     [("killed", 7, "all"), ("killed", 1, "women"), ("killed", 5, "children")]),
])
def test_a_counts_people_one_by_one_and_those_since_released(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-01-22")] == expected


@pytest.mark.parametrize("text,expected", [
    ("An UNRWA sanitation worker was shot and injured in Jenin on Tuesday.", [("injured", 1, "aid_workers")]),
    ("Settlers attacked the village, injuring five Palestinians, one of them with a gunshot wound to the head.",
     [("injured", 5, "all"), ("injured", 1, "all")]),
    # (a UN body's health staff are health workers)
    ("Three UNRWA health staff were injured in the strike.", [("injured", 3, "health_workers")]),
])
def test_shot_and_injured_a_gunshot_wound_and_a_un_bodys_worker_of_a_trade(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-12-04")] == expected


def test_an_age_set_off_after_a_hyphenated_name_is_no_count():
    text = "The army announced the death of a reservist, Master Sgt (res) Eliav Ben-Ami, 34, from Haifa."
    assert [(f.metric, f.value) for f in figures_of(text, "2024-08-21")] == []


def test_arabic_field_hospitals_working_are_the_field_hospitals_group():
    text = "📌 تعمل 18 مستشفى من أصل 36 مستشفى في قطاع غزة بشكل جزئي، وتعمل 6 مستشفيات ميدانية فقط.\n"
    figures = parse_document(text, published=dt.date(2025, 4, 14)).figures
    assert [(f.metric, f.value, f.group) for f in figures] == [
        ("hospitals_partially_functioning", 18, "all"), ("hospitals_total", 36, "all"),
        ("hospitals_functioning", 6, "field_hospitals")]


# --- 2026-11-29: one person beside her kin, by an age alone, or shot and dead of the wounds ------------------------------

@pytest.mark.parametrize("text,expected", [
    # the one beside her kin is her own count, as the labels of rounds 42-60 count her ("a man and his son" included)
    ("Israeli forces killed a man and his son in Tubas on Sunday.", [("killed", 1, "men")]),
    ("A strike on a tent in Al Mawasi killed a woman and her two young daughters, he said.",
     [("killed", 1, "women"), ("killed", 2, "children")]),
    # (and her child named by an age under 18 is one more, as 11 labels count her: 2026-11-30)
    ("On 26 August, a woman and her 15-year-old daughter were reportedly killed when a tent was hit.",
     [("killed", 1, "women"), ("killed", 1, "children")]),
    ("On 12 March, a man and his two sons were killed when their vehicle was struck.",
     [("killed", 1, "men"), ("killed", 2, "children")]),
])
def test_one_person_beside_her_kin_is_her_own_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-28")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The ministry says a 16-year-old was shot dead by Israeli forces in Qabatiya.", [("killed", 1, "children")]),
    ("A 45-year-old was killed in the strike, the ministry said.", []),  # an adult by age alone: no one the labels name
])
def test_a_child_named_by_an_age_alone(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-28")] == expected


@pytest.mark.parametrize("text,expected", [
    ("On 9 October, a 16-year-old boy was shot in the chest during a raid in Qabatiya, south of Jenin, and died of his "
     "wounds in hospital the next day.", [("killed", 1, "children")]),
    ("On 12 February, a 15-year-old boy was shot in the back in Tammun; he died of his wounds two days later.",
     [("killed", 1, "children")]),
    ("A 45-year-old man was shot and injured near Jenin; his brother later died of his wounds.", [("injured", 1, "men")]),
    ("A soldier was injured in the blast and another died of his wounds.", [("injured", 1, "soldiers")]),  # the first one lives
])
def test_one_person_shot_who_died_of_the_wounds_is_a_death(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-12")] == expected


@pytest.mark.parametrize("text,expected", [
    # since this day's dawn or morning: the day's count (with no header above, a count's period was unknown and it was left out)
    ("أعلنت وزارة الصحة استشهاد أحد عشر مواطناً برصاص قوات الاحتلال منذ فجر اليوم في جنين.\n",
     [("killed", 11, "period", "day")]),
    # "five of the martyrs", a number word before "of the" and the noun
    ("وأوضحت الوزارة أن خمسة من الشهداء ارتقوا في مخيم الفارعة منذ صباح اليوم.\n", [("killed", 5, "period", "day")]),
    # since the start of this year: from the first of January of the text's year
    ("وتبقى محافظة طولكرم الأكثر نزفاً منذ مطلع العام الجاري، إذ ارتقى فيها 89 شهيداً.\n",
     [("killed", 89, "cumulative", "since 2024-01-01")]),
])
def test_arabic_since_dawn_since_the_year_began_and_n_of_the_martyrs(text, expected):
    figures = parse_document(text, published=dt.date(2024, 8, 28)).figures
    assert [(f.metric, f.value, f.period, f.period_detail) for f in figures] == expected


@pytest.mark.parametrize("text,expected", [
    # others wounded after a trade's dead are of that trade (rounds 21 and 61 label them so), and so is the one hurt worse
    ("An explosive device detonated under a military vehicle, killing two soldiers and injuring eight others, one of them "
     "seriously, the Israeli military said.",
     [("killed", 2, "soldiers"), ("injured", 8, "soldiers"), ("injured", 1, "soldiers")]),
    ("The strike killed three paramedics and wounded two others.", [("killed", 3, "health_workers"), ("injured", 2, "health_workers")]),
    # (other people after children: 11 labels count them all)
    ("The strike killed three children and wounded 14 others.", [("killed", 3, "children"), ("injured", 14, "all")]),
])
def test_others_wounded_after_a_trades_dead_are_of_the_trade(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-03")] == expected


def test_prisoners_freed_keep_their_life_sentences():
    text = ("In the exchange, Israel freed 1,968 Palestinian prisoners and detainees, including 250 serving life sentences, "
            "on Monday.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-14")] == [
        ("released_detainees", 1968, "all"), ("released_detainees", 250, "life_sentenced")]


@pytest.mark.parametrize("text,expected", [
    # the wounded still in hospital are the hospitals' load now, however they were hurt (and those of them in serious condition
    # a part of it, as the labels of rounds 58, 64 and 70 count them)
    ("As of this morning, 214 of the wounded remain hospitalised, 23 of them in serious condition.",
     [("patients", 214, "all"), ("patients", 23, "all")]),
    ("By midnight, 11 remained hospitalized, two of them in the intensive care unit.",
     [("patients", 11, "all"), ("icu_patients", 2, "all")]),
    ("Nasser Medical Complex is still treating 71 of those wounded in the massacre on its wards.", [("patients", 71, "all")]),
    ("Since October 27, 1,263 soldiers have been wounded, of whom 241 remain hospitalized.",
     [("injured", 1263, "soldiers"), ("patients", 241, "soldiers")]),
    ("Injured: 2,750\nStill in hospital: 1,180\n", [("injured", 2750, "all"), ("patients", 1180, "all")]),
])
def test_the_wounded_still_in_hospital_are_patients(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-09-18")] == expected


def test_a_headers_slashed_pair_names_each_count_of_its_lines():
    text = ("Ministry of Health – Gaza Strip\nWeekly summary, 13 to 19 April 2025\n\n"
            "3. Daily arrivals at hospitals (martyrs / injured):\n"
            "Sunday 13 April ........ 37 / 102\nMonday 14 April ........ 41 / 96\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-04-20")] == [
        ("killed", 37), ("injured", 102), ("killed", 41), ("injured", 96)]


def test_parts_told_one_after_the_other_are_each_a_part():
    text = ("During the week, the hospitals received 274 martyrs and 695 injured.\n\n"
            "Of the martyrs whose data are complete, 88 were children, 52 were women and 17 were elderly people over 60.\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-04-20")][2:] == [
        ("killed", 88, "children"), ("killed", 52, "women"), ("killed", 17, "elderly")]


@pytest.mark.parametrize("text,expected", [
    ("On 26 January, a two-year-old girl was shot dead inside her family's home in Jenin.", [("killed", 1, "children")]),
    ("The ministry said 40 people had been wounded, and that a 16-year-old boy was among the dead.",
     [("injured", 40, "all"), ("killed", 1, "children")]),
    ("A neighbor was also hurt.", [("injured", 1, "all")]),
    ("Gaza's Government Media Office says a photojournalist was killed in an airstrike in Beit Lahia.", [("killed", 1, "journalists")]),
    ("At least 14 people were killed in the raid, among them six members of the Palestinian police and a young journalist.",
     [("killed", 14, "all"), ("killed", 6, "police"), ("killed", 1, "journalists")]),
    ("A strike next to the hospital injured two nurses and a patient.", [("injured", 2, "health_workers"), ("injured", 1, "patients")]),
    ("An UNRWA sanitation labourer was shot and injured in Jenin Camp on 31 August.", [("injured", 1, "aid_workers")]),
])
def test_one_person_by_an_age_in_words_among_the_dead_and_of_more_kinds(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-03")] == expected


@pytest.mark.parametrize("line,expected", [
    ("Page updated 11 March 2026", dt.date(2026, 3, 11)),
    ("Issued Sunday 20 April 2025", dt.date(2025, 4, 20)),
    ("Last updated: 3 June 2025", dt.date(2025, 6, 3)),
])
def test_a_pages_updated_or_issued_line_dates_it(line, expected):
    # a yearless date in the page is then read in the page's year (it was read in 2023, the war's first)
    text = f"HaMoked data update\n{line}\n\nThe IPS said it was holding 17 Lebanese nationals as of 1 March.\n"
    [figure] = parse_document(text).figures
    assert figure.as_of == dt.date(expected.year, 3, 1)


def test_deaths_by_place_of_detention_are_deaths_in_custody():
    text = ("Deaths in custody\nPHRI documented 33 deaths of Palestinians in Israeli custody in 2025. Our figures by place of "
            "death:\n\nPlace of death | Deaths in 2025\nKetziot (Negev) prison | 9\nMegiddo prison | 6\n"
            "Sde Teiman and other military camps | 18\nTotal | 33\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-10")] == [
        ("deaths_in_custody", 33), ("deaths_in_custody", 9), ("deaths_in_custody", 6), ("deaths_in_custody", 18),
        ("deaths_in_custody", 33)]


@pytest.mark.parametrize("heading,start", [
    ("World Health Organization\nStatement\nBeirut, 11 October 2024\n", dt.date(2024, 9, 23)),
    ("UNRWA Situation Report #160\nAll information is valid as of 13 February 2025, unless otherwise stated\n",
     dt.date(2024, 9, 23)),
    ("OCHA Lebanon update\nPeriod covered: 8 October 2023 - 3 December 2024\n", dt.date(2024, 9, 23)),
])
def test_a_page_read_alone_is_dated_by_its_heading(heading, start):
    # (a file read with no published date: a yearless "since 23 September" was read in 2023)
    text = heading + "\nSince 23 September, 600 people have been killed in Lebanon, the ministry said.\n"
    [figure] = parse_document(text.encode(), content_type="text/plain").figures
    assert figure.period_start == start


@pytest.mark.parametrize("text,expected", [
    ("Of the 302 minors held on 1 March, 211 were detained until the end of legal proceedings, 88 were held on "
     "administrative orders and three were serving sentences.",
     [("detainees", 302, "children"), ("detainees", 211, "children"), ("administrative_detainees", 88, "children"),
      ("detainees", 3, "children")]),
    ("On 9 October, exchanges of fire across the Blue Line killed three members of Hizbullah, according to the group.",
     [("killed", 3, "fighters")]),
])
def test_held_on_administrative_orders_and_hizbullahs_members(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-11")] == expected


@pytest.mark.parametrize("text,expected", [
    ("An airstrike on a house in Rafah killed four children and their mother, the hospital said.",
     [("killed", 4, "children"), ("killed", 1, "women")]),
    ("At least eight people, including three children and their mother, were killed in the strike.",
     [("killed", 8, "all"), ("killed", 3, "children"), ("killed", 1, "women")]),
])
def test_children_and_their_mother_count_her_too(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-05-15")] == expected


def test_more_hospitals_in_another_state_are_hospitals_too():
    text = ("The health minister said that eight hospitals in the south had been forced to shut completely and that 11 more "
            "were operating at reduced capacity.")
    assert [(f.metric, f.value) for f in figures_of(text, "2024-11-06")] == [
        ("hospitals_out_of_service", 8), ("hospitals_partially_functioning", 11)]


def test_a_table_of_minors_held_by_date_with_an_age_column():
    text = ("Minors (under 18) in IPS custody\n\n"
            "Date | All minors | Of these, administrative detention | Of these, aged 12–15\n"
            "1 November 2025 | 341 | 102 | 37\n1 December 2025 | 318 | 97 | 31\n")
    assert [(f.metric, f.value, f.group, f.as_of) for f in figures_of(text, "2026-03-11")] == [
        ("detainees", 341, "children", dt.date(2025, 11, 1)), ("administrative_detainees", 102, "children", dt.date(2025, 11, 1)),
        ("detainees", 37, "children", dt.date(2025, 11, 1)), ("detainees", 318, "children", dt.date(2025, 12, 1)),
        ("administrative_detainees", 97, "children", dt.date(2025, 12, 1)), ("detainees", 31, "children", dt.date(2025, 12, 1))]


@pytest.mark.parametrize("text,expected", [
    ("Three Palestinians, one of them a 16-year-old boy, were killed by Israeli forces during the week.",
     [("killed", 3, "all"), ("killed", 1, "children")]),
    ("Four health workers were killed during 2025, one of them a Red Crescent paramedic shot at the entrance of Tammun.",
     [("killed", 4, "health_workers"), ("killed", 1, "health_workers")]),
    ("Exchanges of fire killed two Israeli soldiers, one of them a deputy commander, the military said.",
     [("killed", 2, "soldiers"), ("killed", 1, "soldiers")]),
])
def test_one_of_them_named_past_an_age_or_a_trades_words(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-10")] == expected


def test_a_part_of_the_wounded_listed_one_by_one():
    text = "Settlers wounded five Palestinians. Two of the wounded, a 16-year-old boy and a woman in her 50s, were taken to Rafidia."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-04-09")] == [
        ("injured", 5, "all"), ("injured", 2, "all"), ("injured", 1, "children"), ("injured", 1, "women")]


@pytest.mark.parametrize("text,expected", [
    ("Two men were shot dead east of Salah ad Deen Road, and a third was injured, UNRWA staff reported.",
     [("killed", 2, "men"), ("injured", 1, "men")]),
    ("A drone strike in Tammun killed four young men; an 11-year-old boy wounded in the same strike died of his injuries "
     "two days later.", [("killed", 4, "men"), ("killed", 1, "children")]),
    ("Eight field hospitals are functioning, three of them only partially.",
     [("hospitals_functioning", 8, "field_hospitals"), ("hospitals_partially_functioning", 3, "field_hospitals")]),
    ("A building in a UN compound was struck, killing two UN staff members and seriously injuring four others.",
     [("killed", 2, "aid_workers"), ("injured", 4, "aid_workers")]),
])
def test_a_third_one_hurt_then_dead_only_partially_and_seriously_injuring_others(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-20")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Of the territory's field hospitals, eight are working, all of them in the south.",
     [("hospitals_functioning", 8, "field_hospitals")]),
    ("Of Gaza's hospitals, 12 are partially functioning, according to WHO.", [("hospitals_partially_functioning", 12, "all")]),
    ("Hamas' armed wing says 13 hostages, among them foreigners, were killed in Israeli strikes.", [("hostages_dead", 13, "all")]),
    ("MSF said its clinic in the Shati camp had received 94 people with gunshot and shrapnel wounds in three days.",
     [("injured", 94, "all")]),
])
def test_hospitals_named_first_hostages_past_an_aside_and_people_with_wounds(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-09-17")] == expected


def test_the_dead_of_the_hostages_named_before_them():
    text = ("Hamas is due today to free the 20 hostages believed to be alive and to begin handing over the remains of the 28 "
            "who are dead.")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-13")] == [("hostages_held", 20), ("hostages_dead", 28)]


@pytest.mark.parametrize("line,expected", [
    # the verb before the strike ("أدت الغارة ... إلى"): one strike's toll; the one hurt worse among the wounded
    ("وفي حصيلة نهائية، أدت الغارة التي استهدفت منزلاً في بلدة الوردانية فجر اليوم إلى استشهاد سبعة أشخاص، من بينهم ثلاث نساء، "
     "وإصابة 11 آخرين بجروح، أحدهم في حالة حرجة.",
     [("killed", 7, "all"), ("killed", 3, "women"), ("injured", 11, "all"), ("injured", 1, "all")]),
    ("📌 من بين الإصابات التسع، ستة مصابين برصاص قوات الاحتلال قرب دوار الكويت، أحدهم طفل في حالة خطيرة.",
     [("injured", 6, "all"), ("injured", 1, "children")]),
])
def test_arabic_a_strikes_toll_verb_first_and_one_of_them_critical(line, expected):
    text = "وزارة الصحة العامة\nخلال الـ 24 ساعة الماضية:\n" + line + "\n"
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2024-10-23")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Two Israeli suspects were taken in for questioning, Israel Police said.", [("arrests", 2, "all")]),
    ("Israeli police said four suspects had been detained for questioning.", [("arrests", 4, "all")]),
])
def test_taken_in_for_questioning_is_an_arrest(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-04-09")] == expected


@pytest.mark.parametrize("line,expected", [
    # "بلغ عدد ...": the count so far, as "ارتفع عدد ..." is read, with no section header above it
    ("ثالثاً: بلغ عدد المفقودين 7,780 مواطناً، أغلبهم من الأطفال والنساء.", [("missing", 7780, "all", "cumulative")]),
    # the occupier holds (present tense), or took, staff: a hospital's own medical staff
    ("سادساً: لا يزال الاحتلال يحتجز ما لا يقل عن 99 من العاملين في القطاع الصحي.",
     [("detainees", 99, "health_workers", "point")]),
    ("رابعاً: اقتحمت قوات الاحتلال مستشفى كمال عدوان، واعتقلت 68 من أفراد طاقمه الطبي.",
     [("arrests", 68, "health_workers", "cumulative")]),
    # "قتلوا" (were killed); the staff of the UN agency the line names
    ("عاشراً: أعلنت وكالة الأونروا أن 135 من موظفيها قُتلوا في قطاع غزة منذ بدء العدوان.",
     [("killed", 135, "aid_workers", "cumulative")]),
    # injuries of one kind (the spinal cord) are no count of the wounded
    ("ومنذ بداية العدوان بلغ عدد حالات البتر 5,130 حالة، فيما بلغت إصابات الحبل الشوكي 1,046 إصابة.", []),
])
def test_arabic_a_count_so_far_the_held_and_the_taken_and_injuries_of_a_kind(line, expected):
    text = "وزارة الصحة – غزة\nالأحد 17 ديسمبر 2023\n" + line + "\n"
    assert [(f.metric, f.value, f.group, f.period) for f in arabic_figures_of(text, "2023-12-17")] == expected


def test_arabic_patients_in_a_ward_beyond_intensive_care_words():
    text = ("وزارة الصحة العامة\nخلال الـ 24 ساعة الماضية:\nوأوضح مدير مستشفى تبنين أن المستشفى يرقد فيه حالياً 46 مريضاً "
            "في العناية الفائقة.\n")
    assert [(f.metric, f.value) for f in arabic_figures_of(text, "2024-10-23")] == [("icu_patients", 46)]


@pytest.mark.parametrize("text,expected", [
    # the wounded a hospital is treating now, or who are still being treated, are its patients
    ("Hospitals in Tyre and Nabatieh are currently treating 46 of the wounded, seven of them in intensive care.",
     [("patients", 46, "all"), ("icu_patients", 7, "all")]),
    ("The Ministry said on 3 March that four of the wounded were still being treated in hospital in Baalbek.",
     [("patients", 4, "all")]),
    # "incl." is "including"
    ("Palestinians killed: 947, incl. 192 children", [("killed", 947, "all"), ("killed", 192, "children")]),
    # UNRWA's "Agency staff" are its own people
    ("UNRWA said the number of Agency staff killed since the start of the war had reached 193.", [("killed", 193, "aid_workers")]),
])
def test_patients_now_treated_incl_and_agency_staff(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-05")] == expected


def test_a_hamoked_row_held_until_the_end_of_proceedings_awaits_trial():
    text = ("Status | 1 Oct 2023 | 1 Oct 2024\n--- | --- | ---\nSentenced | 1,319 | 1,402\n"
            "Held until the end of proceedings | 1,319 | 2,871\n")
    found = {(f.metric, f.value, f.group) for f in figures_of(text, "2024-10-05")}
    assert {("detainees", 1319, "awaiting_trial"), ("detainees", 2871, "awaiting_trial")} <= found


@pytest.mark.parametrize("text,expected", [
    # freed in other words, and the parts of those freed after a colon
    ("That day, 1,968 Palestinians walked free from Israeli prisons: 250 of them had been serving life terms, and the other "
     "1,718 were Gaza residents.",
     [("released_detainees", 1968, "all"), ("released_detainees", 250, "life_sentenced"), ("released_detainees", 1718, "all")]),
    # detained in a stretch, the clause going on with a part: taken in, not held
    ("In the past 48 hours alone 97 citizens were detained, most of them in Hebron governorate.", [("arrests", 97, "all")]),
    # a part of one count that another thing befell: its verb names what it counts (and who, up to the verb)
    ("At least 96 of those detained were hurt in the course of their detention, 14 of them badly enough to need treatment.",
     [("injured", 96, "all"), ("injured", 14, "all")]),
    ("The director said eight of the wounded had died overnight for lack of surgeons.", [("killed", 8, "all")]),
])
def test_walked_free_detained_in_a_stretch_and_a_part_that_another_thing_befell(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-14")] == expected


@pytest.mark.parametrize("line,expected", [
    # a raid's or an attack's toll, with no header above it: the incident's
    ("وأضافت أن 9 مواطنين أصيبوا بالرصاص الحي خلال الاقتحام، بينهم طفلان.",
     [("injured", 9, "all", "incident"), ("injured", 2, "children", "incident")]),
    ("وفي هجوم للمستعمرين على قرية الديرات شرق يطا، أصيب 8 مواطنين برضوض وكسور، بينهم امرأتان.",
     [("injured", 8, "all", "incident"), ("injured", 2, "women", "incident")]),
    # a pair right after its cue ("استشهاد شابين": two young men)
    ("أعلنت وزارة الصحة استشهاد شابين برصاص قوات الاحتلال خلال اقتحامها مخيم الفوار.", [("killed", 2, "men", "incident")]),
    # the wounded still treated are patients, one of them in intensive care; "أربعة منهم": four of them
    ("ولا يزال 3 من مصابي الفوار يتلقون العلاج في مستشفى الخليل الحكومي، أحدهم في قسم العناية المكثفة.",
     [("patients", 3, "all", None), ("icu_patients", 1, "all", None)]),
    ("ونُقل الجرحى إلى مستشفى نبيه بري، حيث لا يزال أربعة منهم قيد العلاج.", [("patients", 4, "all", None)]),
])
def test_arabic_a_raids_toll_a_pair_after_its_cue_and_the_wounded_still_treated(line, expected):
    text = "دولة فلسطين\nوزارة الصحة\n\n" + line + "\n"
    assert [(f.metric, f.value, f.group, f.period_detail) for f in arabic_figures_of(text, "2024-06-12")] == expected


@pytest.mark.parametrize("line,expected", [
    # hospitals counted in words, in the state their clause names; the state before a share; the whole named first
    ("سابعاً: لم يبقَ في محافظتي غزة والشمال سوى مستشفى واحد يعمل بشكل جزئي، فيما تعمل في المحافظات الجنوبية ثمانية مستشفيات "
     "فقط من أصل 36 مستشفى في القطاع.",
     [("hospitals_functioning", 8), ("hospitals_total", 36), ("hospitals_partially_functioning", 1)]),
    ("ولفتت الوزارة إلى أن ثمانية مستشفيات أُقفلت بالكامل في الجنوب، فيما تعمل سبعة مستشفيات أخرى بقدرة جزئية.",
     [("hospitals_out_of_service", 8), ("hospitals_partially_functioning", 7)]),
    ("أولاً: لم يتبقَّ من أصل 36 مستشفى في قطاع غزة سوى 10 مستشفيات تعمل بشكل جزئي، فيما خرج 26 مستشفى عن الخدمة بشكل كامل.",
     [("hospitals_partially_functioning", 10), ("hospitals_out_of_service", 26), ("hospitals_total", 36)]),
    # the wounded a hospital holds now ("يرقد فيه")
    ("وأوضح مدير مستشفى تبنين أن المستشفى ما زال يستقبل الجرحى، ويرقد فيه حالياً 46 جريحاً.", [("patients", 46)]),
])
def test_arabic_hospitals_in_words_the_whole_first_and_the_wounded_a_hospital_holds(line, expected):
    text = "وزارة الصحة – غزة\n\n" + line + "\n"
    found = [(f.metric, f.value) for f in arabic_figures_of(text, "2023-12-17")]
    assert found == expected and all(isinstance(value, float) for value in (f.value for f in arabic_figures_of(text, "2023-12-17")))


@pytest.mark.parametrize("text,expected", [
    # one person past a relative clause, or past who employs her
    ("A police officer who chased the car was lightly injured when it rammed his motorcycle, police said.",
     [("injured", 1, "police")]),
    ("On 6 May, a paramedic of the Palestine Red Crescent Society was shot in the thigh while trying to reach a man.",
     [("injured", 1, "health_workers")]),
    ("On 16 November, a staff member of a local NGO was shot dead near the yellow line.", [("killed", 1, "aid_workers")]),
    ("An international NGO worker was killed in Deir al Balah on 19 February.", [("killed", 1, "aid_workers")]),
    # shot in a part of the body: hurt (not how one of the dead died)
    ("Three Palestinians were shot in the legs during the raid.", [("injured", 3, "all")]),
    ("The ministry said the dead included a 15-year-old boy who was shot in the chest near the camp.",
     [("killed", 1, "children")]),
])
def test_one_person_past_a_clause_or_an_employer_and_shot_in_a_limb(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-07")] == expected


def test_upwards_of_between_a_verb_and_its_count():
    text = "Israeli strikes have killed upwards of 2,250 people in Lebanon since October, over 1,400 of them since September."
    assert [(f.metric, f.value, f.qualifier) for f in figures_of(text, "2024-10-11")] == [
        ("killed", 2250, "at_least"), ("killed", 1400, "at_least")]


def test_a_table_columns_legal_status_in_its_own_words():
    text = ("Month | Serving a sentence | Detained – interrogation and legal proceedings | Administrative detainees\n"
            "October 2025 | 1,468 | 3,352 | 3,368\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-01-14")] == [
        ("detainees", 1468, "sentenced"), ("detainees", 3352, "awaiting_trial"), ("administrative_detainees", 3368, "all")]


@pytest.mark.parametrize("text,expected", [
    # the accounts after the first of a list, their "said" left out
    ("Of the 62 detainees whose accounts the Commission was able to document, 49 said they had been beaten, 31 that they had "
     "been stripped and photographed, and 12 that dogs had been set on them.",
     [("reports_of_abuse", 49), ("reports_of_abuse", 31), ("reports_of_abuse", 12)]),
    ("Of 40 prisoners interviewed, 25 said they had been beaten and 14 that is more than a third of them.",
     [("reports_of_abuse", 25)]),
    # restrained to a bed is an account of abuse too
    ("Of the 35 detainees PHRI interviewed, nineteen said they had been restrained for the whole of their stay, 16 that they "
     "had been kept blindfolded during medical procedures.", [("reports_of_abuse", 19), ("reports_of_abuse", 16)]),
])
def test_accounts_listed_with_their_verb_left_out(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-05-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # a part's legal status, its verb left out
    ("The IPS holds 9,500 Palestinians, at least 3,660 of them without charge or trial.",
     [("detainees", 9500, "all"), ("administrative_detainees", 3660, "all")]),
    ("Israel holds 9,500 Palestinians, 559 of them life terms.", [("detainees", 9500, "all"), ("detainees", 559, "life_sentenced")]),
])
def test_a_parts_legal_status_with_its_verb_left_out(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-04-17")] == expected


@pytest.mark.parametrize("text,expected", [
    # "N of them by <who>" after the whole's parts and its verb, or after a semicolon: parts of the whole by who killed
    ("Since 7 October, 237 Palestinians, including 61 children, have been killed in the West Bank, 227 of them by Israeli "
     "forces and eight by settlers.",
     [("killed", 237, "all"), ("killed", 61, "children"), ("killed", 227, "all"), ("killed", 8, "all")]),
    ("652 Palestinians killed in the West Bank, including 150 children; 640 of them by Israeli forces, 10 by settlers and "
     "two by either.",
     [("killed", 652, "all"), ("killed", 150, "children"), ("killed", 640, "all"), ("killed", 10, "all"), ("killed", 2, "all")]),
])
def test_parts_by_who_killed_after_the_wholes_own_parts(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-09-20")] == expected


def test_arabic_attacks_toll_with_a_long_clause_and_its_parts_by_district():
    text = ("الجمهورية اللبنانية\nوزارة الصحة العامة\n\n"
            "أعلن مركز عمليات طوارئ الصحة العامة في حصيلة محدثة حتى السادسة من مساء اليوم، أن اعتداءات العدو الإسرائيلي على "
            "المواطنين الذين توجهوا منذ ساعات الفجر إلى قراهم في الجنوب، مع انتهاء مهلة الستين يوماً، أدت إلى استشهاد 22 مواطناً، "
            "وإصابة 124 بجروح.\n\n"
            "وسُجّل العدد الأكبر من الإصابات في قضاء مرجعيون، حيث سقط 8 شهداء و51 جريحاً في بلدات حولا وكفركلا، ثم قضاء صور "
            "بخمسة شهداء و26 جريحاً.\n")
    assert [(f.metric, f.value, f.period_detail) for f in arabic_figures_of(text, "2025-01-26")] == [
        ("killed", 22, "incident"), ("injured", 124, "incident"), ("killed", 8, "incident"), ("injured", 51, "incident"),
        ("killed", 5, "incident"), ("injured", 26, "incident")]


@pytest.mark.parametrize("text,expected", [
    ("Five were still in hospital on Saturday, one of them in intensive care, the ministry said.",
     [("patients", 5), ("icu_patients", 1)]),
    ("Of the 41 people wounded, nine of them were still being treated on Monday afternoon.", [("injured", 41), ("patients", 9)]),
])
def test_one_of_the_patients_in_intensive_care_and_the_wounded_still_being_treated(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-08-17")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Only 21 of Gaza's 36 hospitals are partially functional, and none is functioning fully.",
     [("hospitals_partially_functioning", 21), ("hospitals_total", 36), ("hospitals_functioning", 0)]),
    ("Gaza toll since ceasefire collapse passes 500", [("killed", 500)]),
])
def test_none_functioning_fully_and_a_toll_since_an_event_passing_a_mark(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-04-14")] == expected


def test_a_list_of_those_released_by_kind_and_the_held_after_it():
    text = ("(640) prisoners and detainees regain their freedom in the second batch, among them (118) serving life sentences, "
            "while the occupation keeps more than (8,900) in its prisons\n\n"
            "According to the two institutions, those released were distributed as follows:\n"
            "- Prisoners serving life sentences: 118\n"
            "- Prisoners with high sentences from the West Bank and Jerusalem: 120\n"
            "- Detainees from the Gaza Strip arrested after 7 October 2023 and held without charge: 402\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-02-18")] == [
        ("released_detainees", 640, "all"), ("released_detainees", 118, "life_sentenced"), ("detainees", 8900, "all"),
        ("released_detainees", 118, "life_sentenced"), ("released_detainees", 120, "sentenced"),
        ("released_detainees", 402, "all")]


@pytest.mark.parametrize("text,expected", [
    # a part set off by commas with a qualifier of its own
    ("OCHA says 1,046 Palestinians, at least 215 of them children, have been killed in the West Bank since October 2023.",
     [("killed", 1046, "all"), ("killed", 215, "children")]),
    # a UN report's "national staff"
    ("One national staff member was killed and two others were injured, one of them critically.",
     [("killed", 1, "aid_workers"), ("injured", 2, "aid_workers"), ("injured", 1, "aid_workers")]),
])
def test_a_qualified_part_in_an_aside_and_national_staff(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-29")] == expected


def test_a_group_of_those_arrested_told_in_the_next_sentence():
    text = "In all, 147 people were arrested. Twenty-one of them were women."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-18")] == [
        ("arrests", 147, "all"), ("arrests", 21, "women")]


def test_arabic_rows_on_the_following_governorates_and_a_record_since_a_start():
    text = ("دولة فلسطين\nوزارة الصحة\n\n"
            "أعلنت وزارة الصحة ارتقاء ثمانية عشر شهيداً جراء قصف طائرات الاحتلال تجمعاً للمواطنين في حارة الحمّام بمخيم طولكرم "
            "مساء أمس الخميس، في أعلى حصيلة لغارة واحدة على الضفة الغربية منذ بدء العدوان.\n\n"
            "وبلغ عدد الشهداء في الضفة الغربية منذ السابع من تشرين الأول 2023 ما مجموعه 733 شهيداً.\n\n"
            "وتتوزع أعلى حصيلة للشهداء على المحافظات التالية:\n- جنين: 231 شهيداً\n- نابلس: 112 شهيداً\n")
    assert [(f.metric, f.value, f.period, f.period_detail) for f in arabic_figures_of(text, "2024-10-04")] == [
        ("killed", 18, "period", "incident"), ("killed", 733, "cumulative", None), ("killed", 231, "cumulative", None),
        ("killed", 112, "cumulative", None)]


def test_a_text_tables_deaths_by_place_of_detention_are_in_custody():
    text = ("Where they died\nPlace of death | Deaths\nSde Teiman camp | 31\nKetziot prison | 13\nNot disclosed | 4\n"
            "Total | 48\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2025-10-20")] == [
        ("deaths_in_custody", 31), ("deaths_in_custody", 13), ("deaths_in_custody", 4), ("deaths_in_custody", 48)]


def test_arabic_one_strikes_toll_counted_anew_and_its_rows_by_place():
    text = ("الجمهورية اللبنانية\nوزارة الصحة العامة\n\n"
            "أعلن المركز أن عدد الشهداء جراء الغارة الإسرائيلية التي استهدفت مبنى سكنياً في منطقة الجاموس ارتفع إلى خمسة وأربعين "
            "شهيداً، بينهم ثلاثة أطفال.\n\n"
            "أما الغارات الإسرائيلية على الجنوب خلال الساعات الأربع والعشرين الماضية، فقد أدت إلى استشهاد ثمانية أشخاص وإصابة 59 "
            "آخرين، وفق التوزيع الآتي:\n"
            "- عيتا الشعب (قضاء بنت جبيل): شهيدان.\n"
            "- الخيام (قضاء مرجعيون): ثلاثة شهداء، وسبعة جرحى بينهم مسعفان من الهيئة الصحية الإسلامية.\n"
            "- سحمر (البقاع الغربي): شهيد و12 جريحاً.\n")
    assert [(f.metric, f.value, f.group, f.period_detail) for f in arabic_figures_of(text, "2024-09-22")] == [
        ("killed", 45, "all", "incident"), ("killed", 3, "children", "incident"), ("killed", 8, "all", "24h"),
        ("injured", 59, "all", "24h"), ("killed", 2, "all", "24h"), ("killed", 3, "all", "24h"), ("injured", 7, "all", "24h"),
        ("injured", 2, "health_workers", "24h"), ("killed", 1, "all", "24h"), ("injured", 12, "all", "24h")]


def test_arabic_a_plural_in_yn_is_no_pair():
    text = "وزارة الصحة العامة\nخلال الساعات الأربع والعشرين الماضية:\nوفي قضاء النبطية، استشهد 3 مسعفين من الهيئة الصحية الإسلامية.\n"
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2024-09-22")] == [("killed", 3, "health_workers")]


def test_arabic_one_of_a_trade_and_the_others_of_it():
    text = ("الجمهورية اللبنانية\nوزارة الصحة العامة\n\n"
            "من جهتها، أعلنت قيادة الجيش استشهاد أحد العسكريين وإصابة 6 آخرين بجروح جراء استهدافهم.\n")
    figures = arabic_figures_of(text, "2025-01-26")
    assert [(f.metric, f.value, f.group) for f in figures] == [("killed", 1, "soldiers"), ("injured", 6, "soldiers")]
    assert text[figures[0].char_start:figures[0].char_end] == "أحد"  # the span is the number's own word


@pytest.mark.parametrize("text,expected", [
    ("Israel released 240 Palestinian women and minors in exchange for 105 hostages held in Gaza.",
     [("hostages_released", 105)]),
    ("Israel freed 369 prisoners in return for 19 Israeli hostages.", [("released_detainees", 369), ("hostages_released", 19)]),
])
def test_hostages_an_exchange_was_made_for_are_freed(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-02-15")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Between January and April 2025, Addameer's lawyers visited 17 journalists in Ofer, Ketziot and Megiddo prisons. "
     "Fourteen of them said they had been beaten during their arrest or transfer.", [("reports_of_abuse", 14, "journalists")]),
    ("In 2024, PCATI's lawyers took sworn affidavits from 58 boys and girls aged 13 to 17 who had been interrogated. "
     "Fifty-one of them described being slapped, punched or kicked during their arrest.", [("reports_of_abuse", 51, "children")]),
    ("The Commission's lawyers were able to visit 23 of the detained health workers in Ofer during February. "
     "Twenty of them said they had been beaten during their arrest.", [("reports_of_abuse", 20, "health_workers")]),
    # who did it is not who told it
    ("PCATI's lawyers met 40 detainees at Ofer prison in March. Twelve said soldiers had set dogs on them.",
     [("reports_of_abuse", 12, "all")]),
    # the released men are the released, not a group of them
    ("Reuters spoke to 12 of the released men at the hospital. Ten said they had been beaten during interrogation.",
     [("reports_of_abuse", 10, "all")]),
])
def test_accounts_of_a_sample_are_of_the_samples_group(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-01")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Gaza Health Ministry says more than 800 people have been killed and over 5,200 wounded while seeking food since "
     "the GHF began operating on May 27.", [("killed", 800, "aid_seekers"), ("injured", 5200, "aid_seekers")]),
    ("Since 27 May, our Office has recorded at least 1,857 people killed while trying to obtain food, 1,021 of them in the "
     "vicinity of the militarised distribution sites.", [("killed", 1857, "aid_seekers"), ("killed", 1021, "aid_seekers")]),
    ("The ministry's count of people killed while seeking aid since 27 May 2025 now stands at 2,344, with over 17,100 injured.",
     [("killed", 2344, "aid_seekers"), ("injured", 17100, "aid_seekers")]),
    # a whole that includes them is everyone's
    ("The ministry counted more than 18,600 people killed, among them at least 1,900 who died while trying to reach food "
     "distribution points.", [("killed", 18600, "all"), ("killed", 1900, "aid_seekers")]),
    ("The ministry said the number of people killed since 7 October 2023 had passed 59,000, and that 1,021 people had been "
     "killed while trying to get food since late May.", [("killed", 59000, "all"), ("killed", 1021, "aid_seekers")]),
    ("The hospital had received 57 martyrs and 212 wounded over the past 48 hours, most of them people who were shot while "
     "trying to reach food distribution points.", [("killed", 57, "all"), ("injured", 212, "all")]),
])
def test_the_killed_while_seeking_aid_are_aid_seekers(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-10")] == expected


@pytest.mark.parametrize("text,expected", [
    # those of the taken still held are held, not taken
    ("By noon, (19) of those seized were still in custody and had been transferred to the Etzion detention centre.",
     [("detainees", 19)]),
    ("Israeli forces arrested 52 people in Hebron. 38 of the people arrested in March were still in custody at the end of "
     "the month.", [("arrests", 52), ("detainees", 38)]),
    # residents a verb took in are counted
    ("More than 60 residents were rounded up for field interrogation.", [("arrests", 60)]),
    ("HaMoked has received tracing requests concerning 2,688 residents of Gaza who were taken into custody.", []),
    # the people a place shelters are a population, not its dead
    ("A strike on a school in Nuseirat that hosts more than 5,000 people killed six people and wounded 21.",
     [("killed", 6), ("injured", 21)]),
])
def test_the_still_held_the_rounded_up_and_those_a_place_shelters(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-17")] == expected


@pytest.mark.parametrize("text,expected", [
    # one of the killed or hurt named by what they were
    ("The Thai Embassy later confirmed that one of those killed was a Thai citizen employed at an orchard.",
     [("killed", 1, "foreign_nationals")]),
    ("Twelve people were wounded. One of the injured is a paramedic.", [("injured", 12, "all"), ("injured", 1, "health_workers")]),
    # a hospital's own words for those it still holds
    ("Nineteen of the wounded remain with us this morning, five of them in intensive care.",
     [("patients", 19, "all"), ("icu_patients", 5, "all")]),
    ("Sixteen of the wounded are still in our wards this morning.", [("patients", 16, "all")]),
])
def test_one_of_the_hurt_named_and_those_a_hospital_still_holds(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-05-27")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Later that day, at least 31 people were killed and around 200 injured near a food distribution site west of Rafah.",
     [("killed", 31, "aid_seekers"), ("injured", 200, "aid_seekers")]),
    ("Israeli troops opened fire on crowds walking toward a food distribution hub, killing at least 32 people.",
     [("killed", 32, "aid_seekers")]),
    # a water distribution point's dead are no aid seekers
    ("A strike near a water distribution point in An Nuseirat killed five people.", [("killed", 5, "all")]),
    # a whole some of whom were near one is everyone's
    ("Israeli strikes and gunfire killed at least 46 Palestinians on Tuesday, more than half of them people waiting for food "
     "near a distribution site.", [("killed", 46, "all")]),
    ("The hospital received 41 wounded people on Sunday alone, most of them shot near aid distribution sites, and 9 of them "
     "died before they reached the operating theatre.", [("injured", 41, "all"), ("killed", 9, "all")]),
    # nor are those killed reaching the wounded there
    ("Twelve paramedics and civil defence personnel were killed while trying to reach the wounded near distribution points.",
     [("killed", 12, "all")]),
])
def test_the_killed_near_an_aid_site_are_aid_seekers(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-30")] == expected


@pytest.mark.parametrize("text,expected", [
    # "no fewer than" before the count an arrest verb takes in
    ("The occupation forces detained no fewer than 22 citizens across the West Bank between Monday evening and Tuesday "
     "morning.", [("arrests", 22, "all")]),
    # "well over" qualifies the second count of a pair, which is of the first's group
    ("Since 18 March, more than 1,400 children have been killed and well over 3,500 injured.",
     [("killed", 1400, "children"), ("injured", 3500, "children")]),
    # parts said to be among the count before are no whole of the count after them
    ("At least 44 people were killed, 12 children and eight women among them, and hospitals received 117 wounded.",
     [("killed", 44, "all"), ("killed", 12, "children"), ("killed", 8, "women"), ("injured", 117, "all")]),
    ("Baalbek-Hermel: 10 martyrs, three women among them, and 54 wounded",
     [("killed", 10, "all"), ("killed", 3, "women"), ("injured", 54, "all")]),
    # UNRWA's own word for its people, past "of"
    ("Three UNRWA staff members were killed, bringing to 155 the number of Agency personnel killed since 7 October.",
     [("killed", 3, "aid_workers"), ("killed", 155, "aid_workers")]),
])
def test_pairs_parts_among_the_count_before_and_agency_personnel(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-04-10")] == expected


@pytest.mark.parametrize("text,expected", [
    # the sick among the held, in brackets or past where they are held
    ("After a lawyer's visit: (19) sick prisoners held permanently in the so-called Ramla prison clinic",
     [("sick_prisoners", 19)]),
    ("The Commission said that the number of sick prisoners in the occupation's prisons has exceeded 1,100.",
     [("sick_prisoners", 1100)]),
    ("Its lawyer found 19 sick and wounded prisoners held there on a permanent basis.", [("sick_prisoners", 19)]),
    # a share of the beds said to be available
    ("Of our roughly 1,150 beds, only about 700 are currently available, all of them in protected spaces.",
     [("beds", 1150), ("beds_available", 700)]),
])
def test_sick_prisoners_and_the_beds_still_available(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-05-18")] == expected


def test_a_hospitals_own_staff_are_health_workers():
    text = ("Soroka Medical Center\n\nOur emergency department has treated 32 people who were hurt inside the hospital, 23 of "
            "them members of our staff.\n\nA shell landed near the main gate, wounding two of our staff.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-19")] == [
        ("injured", 32, "all"), ("injured", 23, "health_workers"), ("injured", 2, "health_workers")]


@pytest.mark.parametrize("text,expected", [
    # those of the held said to be freed, with no word for prisoners, where the lines are about the held
    ("In a raid on the campus, soldiers detained 23 students; 17 were let go the next morning after being questioned.",
     [("arrests", 23, "all"), ("released_detainees", 17, "all")]),
    ("Since October, 310 health workers have been detained. Of these, 258 have been released, many of them with marks of "
     "torture.", [("arrests", 310, "health_workers"), ("released_detainees", 258, "health_workers")]),
    # not hostages
    ("Hamas freed three hostages on Saturday. Two of them were released in Khan Younis.", [("hostages_released", 3, "all")]),
    # nor a sample drawn from the freed
    ("Between January and March, our colleagues interviewed 33 Palestinians who had been released from Israeli detention.",
     []),
])
def test_those_of_the_held_let_go(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-10")] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Lebanese Army says that at least 11 people have been seized by Israeli forces since the ceasefire.",
     [("arrests", 11, "all")]),
    ("Israeli forces swept up at least nine children and two journalists in the raids.",
     [("arrests", 9, "children"), ("arrests", 2, "journalists")]),
    ("Soldiers seized 23 men from the village on Tuesday.", [("arrests", 23, "men")]),
    # things seized, and how the freed were once taken, are no arrests
    ("Israeli authorities demolished or seized 212 Palestinian-owned structures in Area C.", []),
    ("Soldiers damaged at least four homes and seized two cars.", []),
])
def test_seized_and_swept_up_as_arrests(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-01")] == expected


def test_a_column_of_a_group_among_the_column_on_its_left():
    text = ("HaMoked\n\nTime held without a break | Administrative detainees | Minors among them\n"
            "Under 6 months | 1,047 | 38\n6 to 12 months | 1,139 | 31\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-12-11")] == [
        ("administrative_detainees", 1047, "all"), ("administrative_detainees", 38, "children"),
        ("administrative_detainees", 1139, "all"), ("administrative_detainees", 31, "children")]


@pytest.mark.parametrize("opening", [
    "Each month HaMoked asks the Israel Prison Service (IPS) how many Palestinians it holds as \"security\" inmates.",
    "Once a month HaMoked puts the same question to the Israel Prison Service (IPS).",
    "Every month the Israel Prison Service (IPS) sends HaMoked, in answer to a standing request, a breakdown of the people it "
    "holds.",
])
def test_the_body_a_statistics_page_asks_for_its_figures_is_their_source(opening):
    text = ("HaMoked – Center for the Defence of the Individual\nFigures | Security inmates, March 2026\n\n" + opening +
            "\n\nLegal status | 1 Feb 2026 | 1 Mar 2026\nAdministrative detainees | 3,302 | 3,349\n")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2026-03-10")] == [
        (3302, "Israel Prison Service"), (3349, "Israel Prison Service")]


def test_figures_a_body_gave_another_publisher_leave_the_page_its_own():
    text = ("B'Tselem – The Israeli Information Center for Human Rights\n\nFigures that the Israel Prison Service gave HaMoked "
            "show 14 Lebanese nationals held as \"unlawful combatants\".\n\nB'Tselem's field researchers spoke with nine "
            "Lebanese men who were held by Israel. Seven of the nine said they had been blindfolded and handcuffed throughout "
            "their detention.\n")
    assert [(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2025-06-01")][-1] == (
        "reports_of_abuse", 7, "B'Tselem")


def test_arabic_a_running_toll_named_before_its_verb():
    text = "وزارة الصحة\n\nقالت وزارة الصحة إن عدد الشهداء ارتفع إلى 19 شهيداً، بينهم 4 أطفال.\n"
    assert [(f.metric, f.value, f.group, f.period) for f in arabic_figures_of(text, "2025-01-22")] == [
        ("killed", 19, "all", "cumulative"), ("killed", 4, "children", "cumulative")]


@pytest.mark.parametrize("text,expected", [
    # an event told with its verb, before any section header
    ("وزارة الصحة\n\nوأوضحت الوزارة أن سبعة مواطنين آخرين أصيبوا بالرصاص الحي.\n", [("injured", 7, "period")]),
    # deaths in prisons are deaths in custody
    ("وزارة الصحة\n\n- الكوادر الصحية الذين استشهدوا في السجون: 4\n", [("deaths_in_custody", 4, "cumulative")]),
    # (not a clause after the count's own: "... 1,402 شهيداً منذ بداية العدوان، فيما لا يزال 360 منهم في سجون الاحتلال")
    ("وزارة الصحة\n\n5. ارتقى من الكوادر الصحية 1,402 شهيداً منذ بداية العدوان، فيما لا يزال 360 منهم في سجون الاحتلال.\n",
     [("killed", 1402, "cumulative"), ("detainees", 360, "point")]),
    # a number to call is no count (the one man hurt is, since one person named by a noun is read: 2026-11-30)
    ("وزارة الصحة\n\nأصيب مواطن بجروح، ودعت الوزارة إلى الإبلاغ عن أي إصابة عبر الخط الساخن 1214.\n", [("injured", 1, "period")]),
])
def test_arabic_events_told_with_their_verb_and_deaths_in_prisons(text, expected):
    assert [(f.metric, f.value, f.period) for f in arabic_figures_of(text, "2025-06-25")] == expected


@pytest.mark.parametrize("text,expected", [
    ("In Aitaroun, a man in his sixties was shot dead on 28 January as he tried to reach his house.", [("killed", 1, "men")]),
    ("East of Khan Younis, a woman in her sixties was shot dead on 15 October.", [("killed", 1, "women")]),
    ("A man in his 50s was moderately hurt.", [("injured", 1, "men")]),
])
def test_one_person_past_an_age_in_decades(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-01-31")] == expected


@pytest.mark.parametrize("text,expected", [
    ("On 8 November, a PRCS paramedic was hit by a rubber-coated bullet while carrying a stretcher.",
     [("injured", 1, "health_workers")]),
    ("Two young men were also hit by live ammunition and are in stable condition.", [("injured", 2, "men")]),
    ("A medic was struck in the leg by a rubber-coated bullet.", [("injured", 1, "health_workers")]),
    # a thing hit is no one hurt
    ("A house was hit by a missile.", []),
])
def test_hit_by_fire_as_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-10")] == expected


def test_a_pair_of_a_trade_past_a_long_stretch_of_time():
    text = ("The ministry said 178 health and emergency workers had now been killed in Lebanon since October last year and "
            "279 injured.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-05")] == [
        ("killed", 178, "health_workers"), ("injured", 279, "health_workers")]


@pytest.mark.parametrize("text,expected", [
    ("The World Health Organization says just 16 of Gaza's 36 hospitals are functioning, and only partially.",
     [("hospitals_partially_functioning", 16), ("hospitals_total", 36)]),
    ("WHO reports that 16 hospitals out of 36 still provide some services, all of them only partially.",
     [("hospitals_partially_functioning", 16), ("hospitals_total", 36)]),
    ("The ministry reports that eight hospitals have stopped functioning altogether and that another seven are able to "
     "offer only partial services.", [("hospitals_out_of_service", 8), ("hospitals_partially_functioning", 7)]),
])
def test_hospitals_working_only_in_part_in_other_words(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-08-15")] == expected


@pytest.mark.parametrize("text,expected", [
    # a part of the patients just counted, in intensive care, past the comma that ends their clause (in digits or words)
    ("وأوضح مدير المستشفى أن في داخله 64 مريضاً، منهم 11 في قسم العناية المكثفة و7 أطفال في قسم الأطفال.",
     [("patients", 64, "all"), ("icu_patients", 11, "all"), ("patients", 7, "children")]),
    ("ويرقد فيه حالياً 52 جريحاً، بينهم سبعة في العناية الفائقة.", [("patients", 52, "all"), ("icu_patients", 7, "all")]),
    # "in its wards" holds them; the babies after the ward are no part of those in it
    ("وقال إن في أقسامه 39 مريضاً، منهم خمسة في العناية المكثفة وأربعة أطفال خدّج في الحضانة.",
     [("patients", 39, "all"), ("icu_patients", 5, "all"), ("patients", 4, "children")]),
    # the wounded still treated, "still" after the count, and the worst of them
    ("وإن 12 من الجرحى ما زالوا يتلقون العلاج في أقسامه، أربعة منهم في العناية المركزة.",
     [("patients", 12, "all"), ("icu_patients", 4, "all")]),
    # staff beside the patients are no part of them
    ("ولا يزال بداخله ٤٠ مريضاً و١٥ من الكوادر الطبية دون ماء.", [("patients", 40, "all")]),
])
def test_arabic_a_hospitals_patients_and_those_in_intensive_care(text, expected):
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2025-01-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # the dead and hurt a hospital took in, with no section header: a day's since this morning or last night, else one event's
    ("وقال مدير المستشفى إن المستشفى استقبل منذ مساء أمس 22 شهيداً و40 جريحاً.",
     [("killed", 22, "all", "day"), ("injured", 40, "all", "day")]),
    ("وأفاد مدير المستشفى بأن المستشفى استقبل 18 جريحاً من موقع الغارة، حالة خمسة منهم حرجة.",
     [("injured", 18, "all", "incident"), ("injured", 5, "all", "incident")]),
    # the pair's second and a part "among the dead" take the first's period; those who went to an aid point are aid seekers
    ("قال مدير المجمع إن المجمع استقبل منذ ساعات الفجر 27 شهيداً وأكثر من 140 مصاباً، جميعهم من المواطنين الذين توجهوا "
     "إلى نقطة توزيع المساعدات، وبين الشهداء أربعة أطفال.",
     [("killed", 27, "aid_seekers", "day"), ("injured", 140, "aid_seekers", "day"), ("killed", 4, "children", "day")]),
])
def test_arabic_the_dead_and_hurt_a_hospital_took_in(text, expected):
    assert [(f.metric, f.value, f.group, f.period_detail) for f in arabic_figures_of(text, "2025-06-10")] == expected


@pytest.mark.parametrize("text,expected", [
    # the count's own words say they were hurt, then that they are in hospital now: the hospitals' load
    ("The hospital says 42 people wounded in the shelling remain hospitalised, some of them awaiting surgery.",
     [("patients", 42, "all")]),
    ("Nine of the people injured when the missile hit the market this morning remain in the hospital, one of them in "
     "critical condition.", [("patients", 9, "all"), ("patients", 1, "all")]),
    ("Five wounded from the Haifa strike still hospitalized", [("patients", 5, "all")]),
    # a comma or a finite verb between: the wounded, and those still in hospital counted apart
    ("It had taken in 14 of the injured, two of them in serious condition, and said three remained hospitalized.",
     [("injured", 14, "all"), ("injured", 2, "all"), ("patients", 3, "all")]),
    ("In all, 30 people were wounded and 12 remain hospitalised.", [("injured", 30, "all"), ("patients", 12, "all")]),
])
def test_the_hurt_still_in_hospital_past_the_words_of_their_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-10-22")] == expected


@pytest.mark.parametrize("text,expected", [
    # a side's war is no place: the bare ministry of a Gaza toll is Gaza's
    ("In Gaza, the health ministry says more than 31,000 Palestinians have been killed in Israel's offensive.",
     "Gaza Ministry of Health"),
    ("In Gaza, the health ministry says Israel's bombardment and ground offensive have killed more than 16,000 people.",
     "Gaza Ministry of Health"),
    # a hospital's spokeswoman speaks for the hospital the sentence names; so does a hospital that "reports"
    ("At Rambam Medical Center in Haifa, 23 people wounded in the barrage were still hospitalized on Monday, a hospital "
     "spokeswoman said.", "Rambam Medical Center"),
    ("In Sidon, Hammoud Hospital reports that 29 people wounded in the strikes remain hospitalised.", "Hammoud Hospital"),
])
def test_the_place_and_the_speaker_a_bare_source_is_read_by(text, expected):
    assert {f.attributed_to for f in figures_of(text, "2025-06-17")} == {expected}


@pytest.mark.parametrize("text,expected", [
    # one person named by a post among a count: a part of it, of the post's trade
    ("At least 210 health workers remain in Israeli detention, among them the director of Al-Awda Hospital.",
     [("detainees", 210, "health_workers"), ("detainees", 1, "health_workers")]),
    ("The ministry says 298 remain in detention, including the director of a northern hospital.",
     [("detainees", 298, "all"), ("detainees", 1, "health_workers")]),
    ("WHO said 15 medical staff were detained during the raid, among them the head of the surgery department.",
     [("arrests", 15, "health_workers"), ("arrests", 1, "health_workers")]),
    ("Eleven members of the Civil Defence were killed, including the head of the local civil defence.",
     [("killed", 11, "civil_defence"), ("killed", 1, "civil_defence")]),
    # the directors of some hospitals are counted by their number, no one more
    ("More than 300 health workers remain in detention, among them the directors of two hospitals.",
     [("detainees", 300, "health_workers"), ("detainees", 2, "health_workers")]),
])
def test_one_person_named_by_a_post_among_a_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-10")] == expected


@pytest.mark.parametrize("text,expected", [
    # more of those the sentence before counted, with no noun of their own: their group
    ("UNICEF said 54 children had been killed in the past week. Another 130 have been injured.",
     [("killed", 54, "children"), ("injured", 130, "children")]),
    ("The ministry says 1,400 health workers have been killed. It says 240 more remain in Israeli custody.",
     [("killed", 1400, "health_workers"), ("detainees", 240, "health_workers")]),
    # not a legal status, nor hospitals counted after staff
    ("The IPS said 1,210 were serving sentences. Another 1,300 are held as unlawful combatants.",
     [("detainees", 1210, "sentenced"), ("unlawful_combatants_detainees", 1300, "all")]),
])
def test_more_of_those_the_sentence_before_counted(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # "were detained" told as an event: where, how or what became of them after
    ("WHO has received reports that four nurses were detained at a checkpoint on 3 May.", [("arrests", 4, "health_workers")]),
    ("The Society said at least 19 people were detained there, among them two children.",
     [("arrests", 19, "all"), ("arrests", 2, "children")]),
    ("At least 33 Palestinians were detained in overnight raids across the West Bank.", [("arrests", 33, "all")]),
    ("About 150 people were detained in Tammun near Tubas over three days.", [("arrests", 150, "all")]),
    ("Local sources say about 90 men were detained, most of whom were interrogated in the field.", [("arrests", 90, "men")]),
    # held now is no arrest
    ("Some 9,400 Palestinians were detained in Israeli prisons at the end of June.", [("detainees", 9400, "all")]),
])
def test_were_detained_told_as_an_event(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # the parts of those freed, in the sentence after: who they were, not the held now
    ("Israel freed 1,700 prisoners on Monday. They include 240 prisoners serving life sentences and 1,460 people detained in "
     "Gaza during the war.", [("released_detainees", 1700, "all"), ("released_detainees", 240, "life_sentenced"),
                              ("released_detainees", 1460, "all")]),
    ("Israel released 1,700 prisoners on Monday. Some 240 of them were serving sentences.",
     [("released_detainees", 1700, "all"), ("released_detainees", 240, "sentenced")]),
    # what befell some of them later is their own count
    ("About 90 had been released after interrogation by Thursday. Six of those were later placed in administrative detention.",
     [("released_detainees", 90, "all"), ("administrative_detainees", 6, "all")]),
])
def test_the_parts_of_those_freed_in_the_sentence_after(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-14")] == expected


@pytest.mark.parametrize("text,expected", [
    # Lebanese nationals held by Israel are foreigners there
    ("In its reply the IPS said it was holding 19 Lebanese nationals as of 1 June.", [("detainees", 19, "foreign_nationals")]),
    ("According to the Lebanese Army, 12 Lebanese nationals remain in Israeli detention.",
     [("detainees", 12, "foreign_nationals")]),
])
def test_lebanese_nationals_held_by_israel_are_foreign_nationals(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # crowds waiting for aid or flour trucks, arriving from a distribution area, near a GHF site: aid seekers
    ("Nine people were killed when troops opened fire on crowds waiting for flour trucks near the Kuwait roundabout.",
     [("killed", 9, "aid_seekers")]),
    ("Further north, 18 people were killed when Israeli troops opened fire on crowds gathering for UN trucks, medics said.",
     [("killed", 18, "aid_seekers")]),
    ("The field hospital received 96 wounded people from the Rafah distribution area on Sunday.", [("injured", 96, "aid_seekers")]),
    # the whole the aid seekers are part of stays everyone's
    ("The hospital has received 214 martyrs among citizens waiting for aid, out of a total of 388 martyrs received over the "
     "same period.", [("killed", 214, "aid_seekers"), ("killed", 388, "all")]),
    # a weekday before a count is no date ("On Monday, 21 people"; "Monday, 21 July" is)
    ("On Monday, 21 people were killed in Rafah, the health ministry said.", [("killed", 21, "all")]),
    ("On Monday, 21 July, 12 people were killed in Rafah.", [("killed", 12, "all")]),
])
def test_aid_seekers_in_other_words(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-22")] == expected


@pytest.mark.parametrize("text,expected", [
    # "the arrest of seven": a count in words after the arrest; those of them "let go", a release
    ("The Society documented the arrest of nine journalists in May, four of whom were let go after questioning.",
     [("arrests", 9, "journalists"), ("released_detainees", 4, "journalists")]),
    ("Israeli forces arrested 52 people in Kafr Qaddum, 30 of whom were let go by the evening.",
     [("arrests", 52, "all"), ("released_detainees", 30, "all")]),
])
def test_the_arrest_of_a_count_in_words_and_those_let_go(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-03")] == expected


def test_those_let_go_of_a_count_named_right_before_take_its_group():
    text = ("Addameer documents the detention of Palestinians.\n\nThe Society said those arrested in June included 61 children "
            "and 12 women, as well as 4 journalists, two of whom were released within days.")
    assert ("released_detainees", 2, "journalists") in [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-01")]


@pytest.mark.parametrize("text,expected", [
    # patients moved, evacuated or waiting to leave: no hospital's load
    ("Since the start of the ceasefire WHO has been able to evacuate 57 patients.", []),
    ("At Al-Awda hospital, 38 patients were transferred to Al-Shifa on Sunday.", []),
    ("WHO: Al-Ahli out of service; 19 critical patients moved to the Baptist hospital", []),
    ("WHO says more than 12,000 patients are waiting for approval to leave the territory for treatment.", []),
    # those left in the ward are its load
    ("Nine patients whose condition did not allow them to be moved remain in the hospital.", [("patients", 9)]),
    ("Nasser has 400 patients, and 40 patients were moved to other wards.", [("patients", 400)]),
])
def test_patients_moved_or_leaving_are_no_wards_load(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-02-14")] == expected


@pytest.mark.parametrize("text,expected", [
    # hunger doing the killing: deaths from hunger, counted apart from those killed
    ("Hunger has killed 311 people in Gaza, 119 of them children, the ministry said.",
     [("malnutrition_deaths", 311, "all"), ("malnutrition_deaths", 119, "children")]),
    ("Starvation has now claimed the lives of 97 people.", [("malnutrition_deaths", 97, "all")]),
])
def test_hunger_that_killed(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-20")] == expected


def test_an_agencys_own_team_members():
    text = "UNRWA Situation Report #160\n\nUNRWA has now lost 241 members of its team since the start of the war."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-01-10")] == [("killed", 241, "aid_workers")]


def test_arabic_the_fall_of_an_events_dead_and_its_breakdown_by_town():
    text = ("وأعلن المركز أن هذه الاعتداءات أدّت، حتى مساء اليوم، إلى سقوط 19 شهيداً و104 جرحى.\n\n"
            "وتوزّع الشهداء على البلدات الآتية:\n- بلدة أ: أربعة شهداء، بينهم امرأتان.\n- بلدة ب: ستة شهداء و12 جريحاً.\n")
    assert [(f.metric, f.value, f.group, f.period) for f in arabic_figures_of(text, "2025-01-26")] == [
        ("killed", 19, "all", "period"), ("injured", 104, "all", "period"), ("killed", 4, "all", "period"),
        ("killed", 2, "women", "period"), ("killed", 6, "all", "period"), ("injured", 12, "all", "period")]


def test_arabic_the_wounds_of_some_and_those_still_lying_in_the_wards():
    text = ("ومنذ بدء العدوان على المدينة، استقبل المستشفى 38 مصاباً، جراح أربعة منهم خطيرة.\n\n"
            "ولا يزال 15 من هؤلاء المصابين يرقدون في أقسام المستشفى، اثنان منهم في العناية المكثفة.")
    got = [(f.metric, f.value) for f in arabic_figures_of(text, "2025-01-23")]
    assert ("injured", 4) in got and ("patients", 15) in got


@pytest.mark.parametrize("text,expected", [
    # people Gaza holds are the hostages; people Israel holds are detainees
    ("Israel says about 130 people are still being held in Gaza.", [("hostages_held", 130)]),
    ("Some 9,000 people are held in Israeli prisons.", [("detainees", 9000)]),
])
def test_people_held_in_gaza_are_hostages(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-03-01")] == expected


@pytest.mark.parametrize("text,expected", [
    # two, alone, as a part of those counted or as others
    ("وأصيب 9 مواطنين في الغارة، اثنان منهم حالتهما حرجة.", [("injured", 9), ("injured", 2)]),
    ("استشهد 4 مواطنين وأصيب اثنان آخران بجروح في غارة على البلدة.", [("killed", 4), ("injured", 2)]),
])
def test_arabic_two_alone_as_a_part_or_others(text, expected):
    assert [(f.metric, f.value) for f in arabic_figures_of(text, "2024-11-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # the wounded of a trade just counted: "others", "more", or "منهم" after the cue
    ("Israeli attacks have killed 151 health and rescue workers and wounded 264 others.",
     [("killed", 151, "health_workers"), ("injured", 264, "health_workers")]),
    ("Israeli attacks have killed 151 health and rescue workers and wounded 264 more while they were on duty.",
     [("killed", 151, "health_workers"), ("injured", 264, "health_workers")]),
    # (others of an age are other people)
    ("Strikes killed five children and wounded 30 others.", [("killed", 5, "children"), ("injured", 30, "all")]),
])
def test_the_wounded_of_a_trade_just_counted(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-02")] == expected


def test_arabic_the_wounded_of_them_after_the_cue():
    text = "ارتفع عدد الشهداء من العاملين في القطاع الصحي إلى 214 شهيداً، فيما بلغ عدد الجرحى منهم 305 جريحاً."
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2024-11-02")] == [
        ("killed", 214, "health_workers"), ("injured", 305, "health_workers")]


@pytest.mark.parametrize("text,expected", [
    # one of those counted, named by an age, a post or a trade outside the short list of nouns
    ("Troops shot dead three Palestinians near Qalqilya, one of them a 16-year-old, the ministry said.",
     [("killed", 3, "all"), ("killed", 1, "children")]),
    ("The union says 212 health workers remain in detention, one of them the director of Al-Awda Hospital.",
     [("detainees", 212, "health_workers"), ("detainees", 1, "health_workers")]),
    ("Five of the agency's staff were killed last week, one of them a guard at its Rafah warehouse.",
     [("killed", 5, "aid_workers"), ("killed", 1, "aid_workers")]),
    # the worst hurt of them, past "whom" or past who she is
    ("Four residents were wounded by shrapnel, one of whom remains in critical condition.",
     [("injured", 4, "all"), ("injured", 1, "all")]),
    ("Two photographers were hurt in the blast; one of them, a freelancer, is in serious condition.",
     [("injured", 2, "journalists"), ("injured", 1, "journalists")]),
])
def test_one_of_them_named_or_worst_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # the worst hurt of those just counted are of their group
    ("A medic was killed and three of his colleagues were injured, one of them seriously.",
     [("killed", 1, "health_workers"), ("injured", 3, "health_workers"), ("injured", 1, "health_workers")]),
    ("The hospital treated 12 injured, among them 5 children, two of whom are in a critical condition.",
     [("injured", 12, "all"), ("injured", 5, "children"), ("injured", 2, "children")]),
])
def test_the_worst_hurt_are_of_the_group_just_counted(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-02")] == expected


def test_a_bulletins_details_of_the_day_and_its_next_pictograph_section():
    text = ("🔴 Cumulative statistics since the beginning of the aggression on October 7, 2023:\n\n"
            "• Cumulative number of martyrs: 70,102\n\n"
            "📌 Details of the day:\n"
            "Among the injured were 6 children, two of whom are in critical condition at Al-Awda Hospital.\n\n"
            "🏥 Health situation:\n"
            "The ministry's records also hold about 4,900 reports of missing persons.\n")
    got = {(f.metric, f.value): f.period for f in figures_of(text, "2026-03-02")}
    assert got[("injured", 6)] == "period" and got[("injured", 2)] == "period"
    assert got[("missing", 4900)] == "cumulative"


@pytest.mark.parametrize("text,expected", [
    # thousands in a word after the digits, and "يبلغ" in the present
    ("ويبلغ عدد المفقودين أكثر من 9 آلاف مواطن تحت الركام.", [("missing", 9000, "at_least")]),
    # a unit's accusative alif in a compound ("واحداً وثلاثين"), and the part after it
    ("بلغت حصيلة الغارة واحداً وثلاثين شهيداً وستة جرحى، أحدهم في حالة حرجة.",
     [("killed", 31, "exact"), ("injured", 6, "exact"), ("injured", 1, "exact")]),
])
def test_arabic_number_forms(text, expected):
    assert [(f.metric, f.value, f.qualifier) for f in arabic_figures_of(text, "2024-10-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # beds in the plural past ten; hospitals named after the whole; limited capacity is partial; two hospitals, the dual
    ("وأوضح المدير أن المستشفى الذي يتسع لـ120 أسرّة يعمل بمولد واحد.", [("beds", 120)]),
    ("وقالت المنظمة إن 17 فقط من أصل 36 مستشفى ما زالت تعمل بشكل جزئي.",
     [("hospitals_partially_functioning", 17), ("hospitals_total", 36)]),
    ("وأغلقت خمسة مستشفيات بشكل كامل، فيما تعمل أربعة مستشفيات أخرى بقدرة محدودة.",
     [("hospitals_out_of_service", 5), ("hospitals_partially_functioning", 4)]),
    ("ولم يبق في الشمال سوى مستشفيين يعملان جزئياً.", [("hospitals_partially_functioning", 2)]),
])
def test_arabic_hospital_counts_in_other_forms(text, expected):
    assert [(f.metric, f.value) for f in arabic_figures_of(text, "2024-10-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # the dead a hospital took in ("جثامين" after "استقبل"), over the last few days
    ("استقبل المستشفى خلال الأيام الثلاثة الماضية جثامين 41 شهيداً، من بينهم 15 طفلاً.",
     [("killed", 41, "all", "period"), ("killed", 15, "children", "period")]),
    # three of the medical staff, in words; doctors among them; two doctors, the dual
    ("ما أدى إلى إصابة أربعة من أفراد الطواقم الطبية بجروح.", [("injured", 4, "health_workers", "period")]),
    ("وقال إن قوات الاحتلال اعتقلت خلال اقتحام المستشفى 9 من الكوادر الطبية، بينهم خمسة أطباء، كما استشهد طبيبان.",
     [("arrests", 9, "health_workers", "cumulative"), ("arrests", 5, "health_workers", "cumulative"),
      ("killed", 2, "health_workers", "period")]),
])
def test_arabic_a_hospitals_dead_and_its_staff(text, expected):
    assert [(f.metric, f.value, f.group, f.period) for f in arabic_figures_of(text, "2024-10-20")] == expected


def test_arabic_wounded_needing_rehabilitation_are_no_count_of_the_wounded():
    text = "وتؤكد الوزارة أن أكثر من 25,000 جريح منذ بداية العدوان بحاجة إلى تأهيل طويل الأمد."
    assert arabic_figures_of(text, "2024-10-20") == []


def test_arabic_more_than_on_normalised_text():
    # "ما يزيد على" (more than), its "على" read as the normalised "علي"
    text = "وأوضح أن المستشفى استقبل منذ فجر اليوم 12 شهيداً وما يزيد على 40 جريحاً."
    assert [(f.metric, f.value, f.qualifier) for f in arabic_figures_of(text, "2024-10-20")] == [
        ("killed", 12, "exact"), ("injured", 40, "at_least")]


def test_a_hospital_directors_words_are_the_hospitals():
    text = ("The director of Al-Najjar Hospital, Dr Marwan Salem, said the hospital had received 17 bodies since dawn.")
    assert [(f.value, f.attributed_to) for f in figures_of(text, "2024-05-02")] == [(17, "Al-Najjar Hospital")]


def test_arabic_a_hospitals_statement_is_the_hospitals_and_what_it_cites_is_theirs():
    text = ("مستشفى كمال عدوان – محافظة شمال غزة\n"
            "تصريح صادر عن مدير المستشفى\n"
            "الأحد 3 تشرين الثاني 2024\n"
            "قال مدير المستشفى إن المستشفى استقبل منذ فجر اليوم 23 شهيداً و61 جريحاً.\n"
            "وأشارت منظمة الصحة العالمية إلى أن 15 فقط من أصل 36 مستشفى تعمل بشكل جزئي.\n"
            "وأفادت جمعية الهلال الأحمر الفلسطيني بأن طواقمها نقلت 14 إصابة من مخيم جباليا.\n"
            "وارتفعت حصيلة العدوان منذ السابع من أكتوبر إلى 43,314 شهيداً.\n")
    got = {(f.metric, f.value): f.attributed_to for f in arabic_figures_of(text, "2024-11-03")}
    assert got[("killed", 23)] == got[("injured", 61)] == "Kamal Adwan Hospital"
    assert got[("hospitals_partially_functioning", 15)] == "WHO"
    assert got[("injured", 14)] == "Palestine Red Crescent Society"
    assert got[("killed", 43314)] == "Gaza Ministry of Health"


@pytest.mark.parametrize("text,expected", [
    # one person named by a noun right after what befell him, or past when
    ("وأفادت الوكالة الوطنية للإعلام بأن غارة على سيارة عند مدخل بلدة حولا أدت إلى استشهاد شاب.", [("killed", 1, "men")]),
    ("- استشهد صباح اليوم مسعف من طواقم الدفاع المدني خلال مهمة إنقاذ في جباليا.", [("killed", 1, "health_workers")]),
    ("كما استشهد عنصر من الدفاع المدني أثناء محاولته إخماد حريق في بلدة صريفا.", [("killed", 1, "civil_defence")]),
    # a part named singly, and one more by an ordinal, of those just counted
    ("ارتقى أربعة مواطنين، بينهم فتى، برصاص قوات الاحتلال في بلدة قباطية.",
     [("killed", 4, "all"), ("killed", 1, "children")]),
    ("استشهد ثلاثة عناصر من الدفاع المدني وأصيب رابع بجروح في غارة على مركزهم.",
     [("killed", 3, "civil_defence"), ("injured", 1, "civil_defence")]),
    ("واعتقلت قوات الاحتلال اثنين من أفراد طواقم الإسعاف، فيما استشهد مسعف ثالث برصاص قناص.",
     [("arrests", 2, "health_workers"), ("killed", 1, "health_workers")]),
    # the worst hurt of them in other words, of the whole past its part
    ("وأصيب تسعة مواطنين بالرصاص الحي، بينهم طفلان، ووُصفت حالة أحدهم بالخطيرة.",
     [("injured", 9, "all"), ("injured", 2, "children"), ("injured", 1, "all")]),
    ("وأصيب اثنان آخران أحدهما بجراح خطيرة في القصف.", [("injured", 2, "all"), ("injured", 1, "all")]),
])
def test_arabic_one_person_named_by_a_noun(text, expected):
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2024-10-20")] == expected


def test_arabic_one_person_beside_a_running_total_is_an_event():
    text = ("- استشهد مسعف من جمعية الهلال الأحمر الفلسطيني في حي الشجاعية، ليرتفع عدد الشهداء من الكوادر الصحية إلى 1,420 "
            "شهيداً منذ بدء العدوان.")
    got = {(f.metric, f.value): f.period for f in arabic_figures_of(text, "2024-10-20")}
    assert got == {("killed", 1): "period", ("killed", 1420): "cumulative"}


@pytest.mark.parametrize("text,expected", [
    # the elderly by an age after the noun, and an age limit is no count
    ("The IPS holds 231 inmates aged 60 or over, 19 of whom are older than 75.",
     [("detainees", 231, "elderly"), ("detainees", 19, "elderly")]),
    ("Twenty-two prisoners are over the age of 70, the Commission said.", [("detainees", 22, "elderly")]),
])
def test_the_elderly_by_an_age(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # the regime the verb names after the count
    ("Of them, 3,120 prisoners were held in administrative detention.", [("administrative_detainees", 3120, "all")]),
    ("Thirty-eight of those arrested were placed under administrative detention orders, 12 of them journalists.",
     [("administrative_detainees", 38, "all"), ("administrative_detainees", 12, "journalists")]),
])
def test_held_in_administrative_detention_after_the_count(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # a body's own people, by the body: the Red Crescent's are health workers, an army's soldiers, a hospital's health workers
    ("The Palestine Red Crescent Society said 22 of its staff and volunteers had been killed since October 2023.",
     [("killed", 22, "health_workers")]),
    ("The Lebanese army says 37 of its personnel have been killed since the war began.", [("killed", 37, "soldiers")]),
    ("The hospital said three members of its staff had been killed since the siege began.", [("killed", 3, "health_workers")]),
])
def test_a_bodys_own_people(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # a body's own people named after the count ("brings to N the number of its staff killed")
    ("UNRWA says the strike brings to 171 the number of its staff killed since the war began.",
     [("killed", 171, "aid_workers")]),
    # hostages "no longer alive" are dead
    ("Of the 101 hostages still held, at least 33 are believed to be no longer alive.",
     [("hostages_held", 101, "all"), ("hostages_dead", 33, "all")]),
])
def test_own_staff_named_after_and_hostages_no_longer_alive(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-02")] == expected


@pytest.mark.parametrize("text", [
    # what befell some of the held is no count of the held
    "In 2025, 540 security prisoners were treated for a psychiatric disorder.",
    "Another 63 security prisoners are waiting to be admitted to the psychiatric ward.",
    "At least 38 security prisoners were held in isolation for more than a month.",
    "The IPS recorded 17 suicide attempts by security prisoners.",
    "Detainees met by PCATI lawyers in 2025: 198",
    "Close to 1,800 prisoners have been infected with scabies.",
])
def test_what_befell_some_of_the_held_is_no_count_of_the_held(text):
    assert [f for f in figures_of(text, "2025-03-02") if f.metric == "detainees"] == []


@pytest.mark.parametrize("text,expected", [
    # duals of trades and of girls with a possessive, a woman killed (feminine verb), claimed lives, and "exceeded"
    ("وأدت الغارة إلى استشهاد عنصرين من الدفاع المدني في بلدة صريفا.", [("killed", 2, "civil_defence", "exact")]),
    ("استشهدت سيدة وطفلتاها في الغارة على بلدة عيناثا.", [("killed", 1, "women", "exact"), ("killed", 2, "children", "exact")]),
    ("وأصيبت ممرضتان بجروح طفيفة في القصف.", [("injured", 2, "health_workers", "exact")]),
    ("وأكد أن الغارات أودت بحياة 388 مواطناً منذ مطلع الشهر.", [("killed", 388, "all", "exact")]),
    ("أما الحصيلة الإجمالية منذ بدء العدوان فقد تخطّت 3950 شهيداً.", [("killed", 3950, "all", "at_least")]),
])
def test_arabic_duals_feminine_verbs_and_claimed_lives(text, expected):
    assert [(f.metric, f.value, f.group, f.qualifier) for f in arabic_figures_of(text, "2024-10-20")] == expected


@pytest.mark.parametrize("text,expected", [
    # one person right before "who was killed", and the army naming its dead is no identification of bodies
    ("The army has named a 41-year-old reservist who was killed in southern Lebanon on Monday.", [("killed", 1, "soldiers")]),
    ("The Israeli military has named two more soldiers killed in the fighting.", [("killed", 2, "soldiers")]),
    # (not one whose earlier arrest a sentence of his death recalls)
    ("A 44-year-old man from Rafah who was arrested in Gaza in January 2024 has died in Israeli military custody.", []),
])
def test_one_person_who_was_killed_and_the_armys_named_dead(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-02") if f.metric != "deaths_in_custody"] == expected


@pytest.mark.parametrize("text,expected", [
    # the hurt still in a hospital's wards, care or intensive care, or at a named hospital, are its patients now
    ("The hospital took in 38 wounded; six of the wounded were still in its intensive care unit on Monday.",
     [("injured", 38), ("icu_patients", 6)]),
    ("Thirteen of the wounded were still in its care on 3 March.", [("patients", 13)]),
    ("Three of the wounded remain at the Rafidia Surgical Hospital.", [("patients", 3)]),
])
def test_the_hurt_still_in_a_hospitals_care(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-03-04")] == expected


@pytest.mark.parametrize("text", [
    # a duration's ends in words are no counts
    "Most of those detained were held for between two and eight days, the group said.",
    "Twenty of them were placed in administrative detention on orders of between three and six months.",
])
def test_a_duration_in_words_is_no_count(text):
    assert [f.value for f in figures_of(text, "2025-03-04") if f.value < 10] == []


def test_a_part_in_the_sentence_after_past_who_says_it():
    text = ("The health ministry in Ramallah says 204 Palestinians have been killed in the West Bank since October 7. "
            "It says 55 of them were children.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2023-11-20")] == [
        ("killed", 204, "all"), ("killed", 55, "children")]


@pytest.mark.parametrize("text,expected", [
    # others of a trade just counted, arrested or wounded "another" few
    ("Since October the occupation has killed 301 health workers and arrested 244 others.",
     [("killed", 301, "health_workers"), ("arrests", 244, "health_workers")]),
    ("The strike killed six paramedics and wounded another three.",
     [("killed", 6, "health_workers"), ("injured", 3, "health_workers")]),
])
def test_others_of_a_trade_arrested_or_wounded_another_few(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-02")] == expected


@pytest.mark.parametrize("text", [
    # deaths from the cold are no one killed
    "Three children die of cold in Gaza tents",
    "The ministry said the deaths brought to 16 the number of cold-related deaths this winter, 12 of them children.",
])
def test_deaths_from_the_cold_in_other_words(text):
    assert [f for f in figures_of(text, "2026-01-08") if f.metric == "killed"] == []


@pytest.mark.parametrize("text,expected", [
    # treated, admitted to hospital or isolated: what befell some of the held, no count of the held
    ("Doctors said 29 of the freed Gaza detainees had needed hospital treatment on arrival.", []),
    ("The IPS said that on 1 March it was holding 241 security prisoners in isolation.", []),
    # prisoners re-arrested are arrests, and "four in five" is a share
    ("The occupation forces have re-arrested 57 prisoners who had been freed in the exchange deals.", [("arrests", 57)]),
    ("Four in five of the people in military custody are held under that law.", []),
])
def test_what_befell_some_of_the_held_and_the_rearrested(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # the prisoners' own words for deaths in custody
    ("The number of prisoners and detainees whose martyrdom has been announced since the start of the war rose to (79), "
     "(48) of them from Gaza.", [("deaths_in_custody", 79), ("deaths_in_custody", 48)]),
    ("Court gives state 30 days to explain Red Cross ban as custody deaths pass 90", [("deaths_in_custody", 90)]),
])
def test_deaths_in_custody_as_martyrdom_of_prisoners(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # residents arrested are counted; taken into Israeli detention or away by its forces are arrests
    ("During the same operation, 16 residents of the camp were arrested.", [("arrests", 16, "all")]),
    ("More than 70 UNRWA staff have been taken into Israeli detention since the start of the war.", [("arrests", 70, "aid_workers")]),
    ("At least 31 health workers were taken away by Israeli forces, the ministry said.", [("arrests", 31, "health_workers")]),
])
def test_arrests_of_residents_and_people_taken_into_detention(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # those who left its prisons were freed
    ("According to the IPS, 1,830 Palestinians left its prisons on 13 October 2025.", [("released_detainees", 1830)]),
    ("The IPS said 1,830 inmates left its prisons that day.", [("released_detainees", 1830)]),
])
def test_those_who_left_its_prisons_were_freed(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # working, but only in part, said after the count
    ("Just 15 of Gaza's 36 hospitals are functioning, and then only in part.",
     [("hospitals_partially_functioning", 15), ("hospitals_total", 36)]),
    ("WHO says 18 of the Strip's 36 hospitals are working, all of them only partly.",
     [("hospitals_partially_functioning", 18), ("hospitals_total", 36)]),
    # (not the whole of a part said to work in part)
    ("Of the nine field hospitals in the territory, six were operating on Monday, four of them only partially.",
     [("hospitals_total", 9), ("hospitals_functioning", 6), ("hospitals_partially_functioning", 4)]),
])
def test_hospitals_working_only_in_part_said_after_the_count(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-11-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # hospitals still running, or running only some of their services (not running out of fuel)
    ("WHO says 9 field hospitals are still running across the Strip.", [("hospitals_functioning", 9, "field_hospitals")]),
    ("Five hospitals have been forced to close, and three others are running only some of their services.",
     [("hospitals_out_of_service", 5, "all"), ("hospitals_partially_functioning", 3, "all")]),
    ("The 14 hospitals are running out of fuel.", []),
])
def test_hospitals_still_running(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-11-02")] == expected


def test_arabic_those_freed():
    text = "وأفرجت سلطات الاحتلال خلال الشهر الماضي عن 88 من العاملين الصحيين."
    assert [(f.metric, f.value, f.group) for f in arabic_figures_of(text, "2025-05-12")] == [
        ("released_detainees", 88, "health_workers")]


def test_arabic_cited_prisoners_society_has_the_english_readers_name():
    from parsers.vocabulary import PRISONERS_BODIES
    text = "وقال نادي الأسير إن قوات الاحتلال اعتقلت 45 مواطناً منذ مساء أمس."
    sources = {f.attributed_to for f in arabic_figures_of(text, "2025-05-12")}
    assert sources and sources <= PRISONERS_BODIES


@pytest.mark.parametrize("text,expected", [
    # a list of parts opened past a sentence that says more of its whole, or by "Among them were:"
    ("At the end of June the number of Palestinians in Israeli prisons had passed 10,100, the commission said. "
     "That figure leaves out those held in army camps. It includes:\n- 41 women\n- about 310 children\n",
     [("detainees", 10100, "all"), ("detainees", 41, "women"), ("detainees", 310, "children")]),
    ("More than 10,100 Palestinians were held in Israeli prisons at the end of June. Among them were:\n"
     "- about 310 children, most in Ofer;\n- 41 women.\n",
     [("detainees", 10100, "all"), ("detainees", 310, "children"), ("detainees", 41, "women")]),
])
def test_list_of_parts_after_its_whole(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-02")] == expected


def test_heading_over_bulleted_counts_of_people():
    text = ("Detainees at a glance (end of June 2025)\n"
            "- More than 10,100 prisoners in Israeli jails\n- Around 310 minors\n- 41 women\n- 23 reporters\n- 5 prisons\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-07-02")] == [
        ("detainees", 10100, "all"), ("detainees", 310, "children"), ("detainees", 41, "women"),
        ("detainees", 23, "journalists")]


def test_patients_heading_over_bulleted_lines_brings_back_no_count_left_out():
    text = "Patients\n- More than 14,000 patients and wounded await medical evacuation abroad.\n"
    assert [(f.metric, f.value) for f in figures_of(text, "2025-07-02")] == []


def test_legal_status_of_those_freed_told_in_the_next_sentence():
    text = "Israel released 342 Palestinians on Saturday. Of these, 36 were serving life sentences."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-23")] == [
        ("released_detainees", 342, "all"), ("released_detainees", 36, "life_sentenced")]


@pytest.mark.parametrize("text,expected", [
    # the hurt an attack sent to hospital, by the ministry or by the medics who carried them
    ("The Health Ministry said 1,120 people had been taken to hospitals since the barrage began, five of them in serious "
     "condition.", [("injured", 1120, "all"), ("injured", 5, "all")]),
    ("Overnight, 210 casualties of the missile strikes were brought to hospitals in the centre, the ministry said.",
     [("injured", 210, "all")]),
    ("Magen David Adom said its paramedics had taken 38 people to hospitals after the salvo.", [("injured", 38, "all")]),
    # (not the dead brought in, nor patients moved, nor freed detainees taken there for care)
    ("The ministry said the bodies of 64 people had been brought to hospitals in the past day.", [("killed", 64, "all")]),
    ("After the strike, 40 patients were transferred to hospitals in Tyre.", []),  # (moved: no ward's load either)
    ("The ICRC said 12 of the released detainees were taken to hospital in Khan Younis.", [("released_detainees", 12, "all")]),
])
def test_people_taken_to_hospital_after_an_attack_are_the_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-16")] == expected


def test_prisoners_and_detainees_walked_free():
    text = "Some 1,900 Palestinian prisoners and detainees walked free in February, 190 of them serving life sentences."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-02")] == [
        ("released_detainees", 1900, "all"), ("released_detainees", 190, "life_sentenced")]


def test_few_people_medics_took_to_hospital_are_one_events():
    figure = one("Magen David Adom said its teams evacuated 23 people from the scene to hospitals.", 23, "2025-06-16")
    assert (figure.metric, figure.period) == ("injured", "period")


def test_bare_health_ministry_of_figures_about_israel_is_israels():
    text = ("Ministry of Health - Update on casualties\nJerusalem, 18 June 2025\n\n"
            "Since Friday, 1,530 casualties of the missile attacks have been evacuated to hospitals across Israel, the "
            "Ministry of Health said.")
    assert [(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2025-06-18")] == [
        ("injured", 1530, "Israeli Ministry of Health")]


@pytest.mark.parametrize("text,expected", [
    # deaths in custody in other words
    ("The number of prisoners' martyrs since 1967 has risen to 310.", [("deaths_in_custody", 310)]),
    ("Custody death toll passes 90, prisoners' groups say", [("deaths_in_custody", 90)]),
    ("Of the 96 detainees whose deaths the groups have recorded, 61 were from Gaza.",
     [("deaths_in_custody", 96), ("deaths_in_custody", 61)]),
    # those held "as security prisoners", in the progressive
    ('At the start of the month, 9,750 people were being held as "security prisoners", the IPS said.', [("detainees", 9750)]),
    # a headline's bare "detained" with its time: taken in
    ("Army: 29 detained overnight", [("arrests", 29)]),
    ("Hebron: 14 detained in dawn raids", [("arrests", 14)]),
])
def test_custody_deaths_holding_and_headline_arrests_in_other_words(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-02-17")] == expected


def test_the_detainees_include_parts_of_all_the_held_after_a_regime():
    text = ("Israel holds about 10,800 Palestinians, the IPS said. Of them, 3,420 were in administrative detention.\n\n"
            "According to Addameer, the detainees include about 330 children and 52 women.")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-02-17")][2:] == [
        ("detainees", 330, "children"), ("detainees", 52, "women")]


@pytest.mark.parametrize("text,expected", [
    # a part named by its own whole of another kind than the count before it
    ("The clinic has 60 beds. Among those released were 17 minors.", [("beds", 60, "all"), ("released_detainees", 17, "children")]),
    # the hurt a hospital is treating are its load; the hurt who died are dead
    ("The director said the hospital was treating more than 210 wounded patients on Monday.", [("patients", 210, "all")]),
    ("The group knows of seven wounded Palestinians who died after soldiers held up their ambulances.", [("killed", 7, "all")]),
])
def test_parts_of_another_whole_and_the_hurt_treated_or_dead(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-02")] == expected


def test_hospital_management_speaks_for_its_hospital_but_not_for_the_strips_hospitals():
    text = ("At Al-Awda Hospital in Jabalia, hospital management told WHO that 52 wounded patients were being treated on "
            "Sunday.\n\nAcross the Gaza Strip, only 17 of the 36 hospitals are even partially functional.")
    got = [(f.metric, f.value, f.attributed_to) for f in figures_of(text, "2024-11-12")]
    assert got[0] == ("patients", 52, "Al-Awda Hospital")
    assert all(source != "Al-Awda Hospital" for metric, _, source in got if metric.startswith("hospitals_"))


def test_caption_naming_a_regime_over_a_plain_detainees_column():
    text = ("Administrative detainees in IPS custody by time held, 1 June 2026\n"
            "Time held | Detainees | Of them minors\n"
            "Under 6 months | 1,204 | 38\n"
            "Total | 3,310 | 70\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-06-20")] == [
        ("administrative_detainees", 1204, "all"), ("administrative_detainees", 38, "children"),
        ("administrative_detainees", 3310, "all"), ("administrative_detainees", 70, "children")]


def test_parts_of_a_column_of_complaints_are_no_people_held():
    text = ("Complaints filed over arrests in East Jerusalem, 2025\n"
            "Neighbourhood | Complaints | Of them minors\n"
            "Silwan | 21 | 8\n"
            "Total | 80 | 25\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-03-20")] == []


def test_table_caption_naming_a_legal_status_and_rows_of_statuses():
    text = ("HaMoked – Center for the Defence of the Individual\n"
            "Page updated 3 June 2026 | Source: IPS reply to HaMoked of 30 May 2026\n\n"
            "Inmates by legal status, 1 June 2026\n"
            "Legal status | Inmates\n"
            "Under interrogation | 205\n"
            "\"Unlawful combatants\" | 1,102\n\n"
            "Sentenced inmates by length of sentence, 1 June 2026\n"
            "Sentence | Inmates | Of whom minors\n"
            "Up to one year | 671 | 19\n")
    got = [(f.metric, f.value, f.group, f.attributed_to) for f in figures_of(text, "2026-06-03")]
    assert got == [("detainees", 205, "under_interrogation", "Israel Prison Service"),
                   ("unlawful_combatants_detainees", 1102, "all", "Israel Prison Service"),
                   ("detainees", 671, "sentenced", "Israel Prison Service"),
                   ("detainees", 19, "children", "Israel Prison Service")]


@pytest.mark.parametrize("text,expected", [
    # hospitals "in service" (not beds)
    ("Only 14 of 36 hospitals are in service, all of them only partially.",
     [("hospitals_partially_functioning", 14, "all"), ("hospitals_total", 36, "all")]),
    ("About 1,900 hospital beds remain in service across the Strip.", [("beds", 1900, "all")]),
    # a prison's own count, of men of an age
    ("Ketziot holds 71 men over the age of 60, the group said.", [("detainees", 71, "elderly")]),
    # (two groups listed are no elderly group)
    ("Settlers injured five people, among them two women and an elderly man.",
     [("injured", 5, "all"), ("injured", 2, "women"), ("injured", 1, "elderly")]),
])
def test_hospitals_in_service_and_a_prisons_elderly(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-08-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # the dead in other words
    ("Nine people were brought to us without signs of life, the director said.", [("killed", 9, "all")]),
    ("The war has cost the lives of 1,020 health workers, WHO said.", [("killed", 1020, "health_workers")]),
    # a hospital's (or a medical complex's) own staff
    ("Since October 2023, 19 members of the complex's staff have been killed.", [("killed", 19, "health_workers")]),
    ("The strike on the hospital wounded three members of staff.", [("injured", 3, "health_workers")]),
])
def test_the_dead_in_other_words_and_a_hospitals_members_of_staff(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-09-18")] == expected


def test_place_after_a_list_of_directions_and_a_bare_ministry_of_another_country():
    text = ("Israeli air strikes on northern, eastern and southern Lebanon killed at least 27 people on Wednesday, the "
            "health ministry said, as Israel widened its campaign.")
    assert [(f.metric, f.value, f.location, f.attributed_to) for f in figures_of(text, "2024-10-17")] == [
        ("killed", 27, "Lebanon", "Lebanese Ministry of Public Health")]


@pytest.mark.parametrize("text,expected", [
    # a role of no trade listed beside trades of one group
    ("Israeli strikes have killed 97 paramedics, nurses and rescue workers since the war began.", [("killed", 97, "health_workers")]),
    # those held "for an hour" or "for months": taken in, an event
    ("In 2025, 88 paramedics, nurses, doctors and volunteers were detained, some of them for an hour, others for months.",
     [("arrests", 88, "health_workers")]),
])
def test_trades_listed_with_a_role_and_detentions_by_their_length(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-12-02")] == expected


@pytest.mark.parametrize("text,expected", [
    # a family listed: each of them one, the spouse too
    ("A man, his wife and their three children were killed in the strike.",
     [("killed", 1, "men"), ("killed", 1, "women"), ("killed", 3, "children")]),
    ("The strike on the tent killed a woman and her husband.", [("killed", 1, "women"), ("killed", 1, "men")]),
    ("A nurse from Rafah was killed with his wife and four children when their home was hit.",
     [("killed", 1, "women"), ("killed", 4, "children")]),
])
def test_a_family_listed_counts_its_spouse(text, expected):
    figures = figures_of(text, "2025-02-10")
    assert [(f.metric, f.value, f.group) for f in figures][-len(expected):] == expected
    assert {f.period for f in figures} == {"period"}  # (one family, struck at once)


def test_monthly_table_of_the_held_on_the_1st_and_those_released_during_the_month():
    text = ("\"Security\" inmates held by the IPS on the first of each month, and released during the month\n"
            "Month | Held on the 1st | Of them, administrative detainees | Released during the month\n"
            "March 2026 | 9,350 | 3,260 | 590\n")
    assert [(f.metric, f.value) for f in figures_of(text, "2026-04-20")] == [
        ("detainees", 9350), ("administrative_detainees", 3260), ("released_detainees", 590)]


@pytest.mark.parametrize("text,expected", [
    ("Deaths in IPS prisons, by the IPS's count: 49", [("deaths_in_custody", 49)]),
    ("Deaths in Israeli custody since October 2023: 96", [("deaths_in_custody", 96)]),
])
def test_deaths_in_a_named_custody_as_a_label(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2026-03-26")] == expected


@pytest.mark.parametrize("text,expected", [
    # hospitals that no longer take patients are out of service (not a count of patients)
    ("Two of the three hospitals serving Rafah have stopped admitting patients.",
     [("hospitals_out_of_service", 2), ("hospitals_total", 3)]),
    ("Two hospitals in the north have had to suspend services.", [("hospitals_out_of_service", 2)]),
])
def test_hospitals_that_stopped_admitting_patients(text, expected):
    assert [(f.metric, f.value) for f in figures_of(text, "2024-05-17")] == expected


def test_those_freed_serving_long_sentences_and_some_of_them_for_life():
    text = "Israel released 1,968 prisoners on Monday: 244 were serving long sentences, 157 of them for life."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-14")] == [
        ("released_detainees", 1968, "all"), ("released_detainees", 244, "sentenced"),
        ("released_detainees", 157, "life_sentenced")]


def test_a_statistics_tables_label_in_quotation_marks():
    from parsers.tables import category_of
    assert category_of('"Unlawful combatants"') == ("unlawful_combatants_detainees", "all")


@pytest.mark.parametrize("text", [
    "The strike wounded six people. One of the wounded is in critical condition at the government hospital.",
    "Settlers injured four villagers. One of the injured had a broken arm and was in serious condition.",
])
def test_one_of_the_wounded_in_a_grave_condition_said_in_its_own_sentence(text):
    assert ("injured", 1, "all") in [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-23")]


@pytest.mark.parametrize("text,expected", [
    # a running total of those just counted, by their trade or rank
    ("Two more soldiers were killed in Gaza, raising to 231 the number killed since ground operations began.",
     [("killed", 2, "soldiers"), ("killed", 231, "soldiers")]),
    # (not of a part of a day's dead, nor a total that names its own people)
    ("The ministry said 70 people were killed, 11 women among them, bringing to 650 the number killed since Monday.",
     [("killed", 70, "all"), ("killed", 11, "women"), ("killed", 650, "all")]),
    ("Two journalists were killed, bringing to 130 the number of Palestinians killed in the city this year.",
     [("killed", 2, "journalists"), ("killed", 130, "all")]),
])
def test_a_running_total_of_those_just_counted_keeps_their_trade(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-01-29")] == expected


@pytest.mark.parametrize("text", [
    # a service done to some of the held is no count of those held
    "During August, Addameer's lawyers carried out visits to 46 prisoners held in the Negev and Ofer prisons.",
    "During the year Addameer's lawyers represented 587 detainees before the military courts.",
    "In March our lawyers followed the cases of 327 prisoners and detainees in the military courts.",
    "During 2025 its dentists saw 3,412 security prisoners and pulled 2,195 teeth.",
    "The Israel Prison Service said it was providing dialysis to 21 prisoners and detainees.",
    "The IPS said it had referred 23 security prisoners under the age of 18 for psychological assessment.",
    "It said that 15 prisoners had been sent to civilian hospitals with complications of skin infections.",
    "The IPS said 47 prisoners were seen at the prison clinic with heat-related symptoms.",
])
def test_a_service_done_to_some_prisoners_is_no_count_of_the_held(text):
    assert [f.metric for f in figures_of(text, "2025-10-01") if f.metric == "detainees"] == []


def test_prisoners_held_are_still_counted_beside_a_service_verb():
    text = "The IPS said it was holding 10,800 prisoners, and that its doctors saw 312 of them in May."
    assert ("detainees", 10800) in [(f.metric, f.value) for f in figures_of(text, "2025-10-01")]


@pytest.mark.parametrize("text,expected", [
    # those named in what the counted said did it to them; they are not the counted
    ("Addameer's lawyers took affidavits from 200 detainees. Of them, 44 said officers had photographed them kneeling.",
     ("reports_of_abuse", 44, "all")),
    ("Addameer followed the interrogations of 212 children. In 164 of them the child was questioned alone; 58 children "
     "told our lawyers that officers had slapped or kicked them during the arrest.", ("reports_of_abuse", 58, "children")),
])
def test_people_named_in_what_the_counted_said_are_not_the_counted(text, expected):
    assert expected in [(f.metric, f.value, f.group) for f in figures_of(text, "2025-10-01")]


@pytest.mark.parametrize("text,expected", [
    # a body's staff it has lost are its own staff, killed
    ("The Palestine Red Crescent Society has lost 19 staff and volunteers, most of them paramedics killed on duty.",
     ("killed", 19, "health_workers")),
    ("UNRWA says it has now lost 101 staff members in Gaza, up from 99 on Friday.", ("killed", 101, "aid_workers")),
])
def test_staff_a_body_has_lost_are_its_own(text, expected):
    assert expected in [(f.metric, f.value, f.group) for f in figures_of(text, "2024-03-01")]


@pytest.mark.parametrize("text,expected", [
    # those a rescue service says it treated after an attack are the hurt
    ("Magen David Adom says it treated seven people, among them a woman in her 40s who was moderately hurt by "
     "shrapnel, after a rocket salvo struck Kiryat Ata.", [("injured", 7, "all"), ("injured", 1, "women")]),
    ("The Red Crescent says its medics treated 12 people, among them a woman struck on the head by a stone.",
     [("injured", 12, "all"), ("injured", 1, "women")]),
    # (not the sick a body treats)
    ("The clinic says it treated 40 people for diarrhoea last week.", []),
])
def test_people_a_rescue_service_treated_after_an_attack_are_the_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-10-07")] == expected


def test_a_bodys_tally_of_its_staff_killed():
    text = ("UNRWA says two more of its employees were killed in Gaza over the past week. The agency's tally of staff "
            "killed since the war began now stands at 233.")
    assert ("killed", 233, "aid_workers") in [(f.metric, f.value, f.group) for f in figures_of(text, "2024-06-01")]


@pytest.mark.parametrize("text,expected", [
    # the held by their age: the age is no count, and who died in custody died in custody
    ("At least seven prisoners over 60 have died in IPS custody since October 2023.",
     [("deaths_in_custody", 7, "elderly")]),
    ("At least seven prisoners aged 60 or over have died in Israeli custody since October 2023.",
     [("deaths_in_custody", 7, "elderly")]),
    # (not a count of over 300 patients)
    ("The director said the 140-bed hospital was treating over 300 patients.", [("beds", 140, "all"), ("patients", 300, "all")]),
])
def test_prisoners_by_their_age_who_died_in_custody(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-24")] == expected


@pytest.mark.parametrize("header", [
    "Legal status | Arrested before 7 Oct. 2023 | Arrested on or after 7 Oct. 2023 | Total",
    "Legal status | Held before the war | Held since the war | Total",
])
def test_a_table_of_the_held_split_by_when_they_were_arrested(header):
    text = ('"Security" inmates held by the IPS on 1 March 2026, by legal status and date of arrest\n' + header + "\n"
            "Serving a sentence | 1,402 | 618 | 2,020\n"
            "Administrative detention | 41 | 3,319 | 3,360\n"
            "Total | 1,443 | 3,937 | 5,380\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-19")] == [
        ("detainees", 1402, "sentenced"), ("detainees", 618, "sentenced"), ("detainees", 2020, "sentenced"),
        ("administrative_detainees", 41, "all"), ("administrative_detainees", 3319, "all"),
        ("administrative_detainees", 3360, "all"),
        ("detainees", 1443, "all"), ("detainees", 3937, "all"), ("detainees", 5380, "all")]


@pytest.mark.parametrize("text,expected", [
    # those a rescue service gave first aid to or took to hospital are the hurt, of that attack
    ("Magen David Adom said its teams had given first aid at the scene to 13 people and taken two of them, both "
     "moderately hurt, to Rambam.", [("injured", 13, "all", "period"), ("injured", 2, "all", "period")]),
    ("MDA said it had taken 16 people to hospital, among them a man in critical condition.",
     [("injured", 16, "all", "period"), ("injured", 1, "men", "period")]),
    # (not the freed prisoners "it" took there)
    ("The buses reached Ramallah. The Red Crescent said it had taken six of them to hospital for treatment.", []),
])
def test_people_a_rescue_service_gave_first_aid_or_took_to_hospital(text, expected):
    assert [(f.metric, f.value, f.group, f.period) for f in figures_of(text, "2025-03-14")] == expected


@pytest.mark.parametrize("text", [
    "Gaza rescuers say nearly 340 bodies dug up at Nasser hospital.",
    "A civil defence official told AFP that 35 of the bodies had been recovered on Monday.",
])
def test_bodies_dug_up_or_recovered_are_no_new_dead(text):
    assert [f.metric for f in figures_of(text, "2024-04-23")] == ["bodies_recovered"]


def test_a_body_counting_its_own_dead_by_its_common_noun():
    text = ("UNRWA Situation Report #184 on the Gaza Strip\n\nCasualty figures are those of the Ministry of Health in "
            "Gaza.\n\nThe Agency has lost 362 team members since 7 October 2023.")
    assert [(f.metric, f.value, f.group, f.attributed_to) for f in figures_of(text, "2025-08-05")] == [
        ("killed", 362, "aid_workers", "UNRWA")]


def test_deaths_linked_to_malnutrition():
    text = "The Ministry reported 29 deaths linked to malnutrition in the past week, seven of them children."
    assert [(f.metric, f.value) for f in figures_of(text, "2025-08-05")] == [
        ("malnutrition_deaths", 29), ("malnutrition_deaths", 7)]


@pytest.mark.parametrize("text", [
    # patients who must leave for care are no hospital's load, whatever aside names a part of them
    "More than 18,500 patients, about 4,000 of them children, still need treatment outside the Strip.",
    "Some 12,000 wounded and sick people, among them about 2,500 children, are waiting for permission to travel.",
])
def test_patients_waiting_to_leave_past_an_aside_are_no_hospitals_load(text):
    assert [f.metric for f in figures_of(text, "2026-01-23") if f.metric == "patients"] == []


def test_hospitals_working_with_reduced_services_are_partly_functioning():
    text = "Nine field hospitals are operating, four of them with reduced services because of staff shortages."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-01-23")] == [
        ("hospitals_functioning", 9, "field_hospitals"), ("hospitals_partially_functioning", 4, "field_hospitals")]


@pytest.mark.parametrize("text,expected", [
    # one person and their child named by an age under 18: each a count of one
    ("The strike killed a woman and her 12-year-old daughter.", [("killed", 1, "women"), ("killed", 1, "children")]),
    ("In Gaza City, a man and his six-year-old daughter were killed when a tank shell landed nearby.",
     [("killed", 1, "men"), ("killed", 1, "children")]),
    # (an adult child is no child: "her 24-year-old son")
    ("The strike killed a woman and her 24-year-old son.", [("killed", 1, "women")]),
])
def test_one_person_and_their_child_by_an_age(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-10-10")] == expected


@pytest.mark.parametrize("text,expected", [
    # one member of a body named by it, and one pronounced dead
    ("A member of the Lebanese Civil Defence was killed and two of his colleagues were wounded, one of them critically.",
     [("killed", 1, "civil_defence"), ("injured", 2, "civil_defence"), ("injured", 1, "civil_defence")]),
    ("A paramedic was pronounced dead at the scene.", [("killed", 1, "health_workers")]),
])
def test_one_member_of_a_body_and_one_pronounced_dead(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-06-12")] == expected


@pytest.mark.parametrize("text,value", [
    # accounts or testimonies of abuse, from whoever gave them
    ("PCATI said it had gathered 52 accounts from released detainees of beatings, sexual abuse and starvation.", 52),
    ("PHRI gathered 24 testimonies from detainees describing beatings and stress positions.", 24),
])
def test_accounts_from_detainees_of_abuse(text, value):
    assert [(f.metric, f.value) for f in figures_of(text, "2025-04-09")] == [("reports_of_abuse", value)]


@pytest.mark.parametrize("text,expected", [
    # the re-arrested are former prisoners, arrested again
    ("Since the exchanges, the occupation has re-arrested 87 of the prisoners it freed.", ("arrests", 87, "former_prisoners")),
    ("Soldiers re-arrested 64 men freed in the 2025 exchanges, the Society said.", ("arrests", 64, "former_prisoners")),
    # (not an arrest of people never held)
    ("Soldiers arrested 39 people in Nablus in March.", ("arrests", 39, "all")),
])
def test_the_rearrested_are_former_prisoners(text, expected):
    assert expected in [(f.metric, f.value, f.group) for f in figures_of(text, "2026-03-30")]


def test_a_table_column_of_the_rearrested():
    text = ("Freed prisoners re-arrested since the 2025 exchanges, by governorate\n"
            "Governorate | Re-arrested\nNablus | 19\nJenin | 17\nTotal | 36\n")
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-02-10")] == [
        ("arrests", 19, "former_prisoners"), ("arrests", 17, "former_prisoners"), ("arrests", 36, "former_prisoners")]


def test_those_re_arrested_since_a_date_are_a_running_count():
    text = "Since the end of January, the occupation has re-arrested 39 of those freed in the deals."
    assert [(f.metric, f.value, f.group, f.period) for f in figures_of(text, "2025-06-01")] == [
        ("arrests", 39, "former_prisoners", "cumulative")]


@pytest.mark.parametrize("text,expected", [
    # one soldier named by a rank, and one who died of wounds or shortly after
    ("The Israeli military said a 19-year-old staff sergeant was killed in fighting in Beit Lahia overnight.",
     [("killed", 1, "soldiers")]),
    ("Israeli army says a captain was killed in south Lebanon.", [("killed", 1, "soldiers")]),
    ("Despite every effort of our teams, a 12-year-old girl died of her wounds shortly before midnight.",
     [("killed", 1, "children")]),
    # (not a police rank, nor one who died in a prison: the labels count those unevenly)
    ("A police sergeant was lightly hurt.", [("injured", 1, "police")]),
])
def test_one_soldier_by_rank_and_one_who_died_of_wounds(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-11-02")] == expected


def test_the_army_of_a_sentence_naming_lebanons_army_is_lebanons():
    text = ("Israeli strikes continued in the south. A Lebanese army sergeant was killed when a drone struck a military "
            "vehicle near Sarafand, the army said in a statement.")
    assert [(f.metric, f.value, f.group, f.attributed_to) for f in figures_of(text, "2024-11-02")] == [
        ("killed", 1, "soldiers", "Lebanese Army")]


@pytest.mark.parametrize("text", [
    # one farmer, shepherd or fisherman is one man, as the labels count him
    "In a separate incident, a 52-year-old Palestinian shepherd was wounded when settlers attacked him.",
    "On 19 January, a 47-year-old farmer was shot dead by settlers while working his land near Sinjil.",
])
def test_one_farmer_or_shepherd_is_one_man(text):
    assert [(f.value, f.group) for f in figures_of(text, "2025-02-01")] == [(1, "men")]


@pytest.mark.parametrize("text,expected", [
    # one beaten with clubs or by settlers is hurt in the attack
    ("In Sinjil, a 58-year-old farmer was beaten with clubs by Israeli settlers while working his land.",
     [("injured", 1, "men")]),
    ("Nine villagers were beaten with iron bars by settlers who raided the village.", [("injured", 9, "all")]),
    # (not those beaten by guards, an account of abuse in custody)
    ("Released detainees said they were beaten by guards.", []),
])
def test_people_beaten_in_an_attack_are_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-02-01")] == expected


@pytest.mark.parametrize("text,expected", [
    # one who lost his life
    ("A paramedic lost his life when the ambulance was hit.", [("killed", 1, "health_workers")]),
    # the part of those taken who are still held is the count held, not the whole
    ("Soldiers arrested 163 people in the campaign. By 31 October, 94 of the 163 were still in custody.",
     [("arrests", 163, "all"), ("detainees", 94, "all")]),
    # (those freed and the others still held stay apart)
    ("Four Lebanese detainees were freed by Israel in March, but Beirut says at least 13 others remain in Israeli custody.",
     [("released_detainees", 4, "all"), ("detainees", 13, "all")]),
])
def test_one_who_lost_his_life_and_the_part_still_held(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2026-11-02")] == expected


@pytest.mark.parametrize("text", [
    # those on hunger strike are strikers, no count of the held
    "Sixty-three administrative detainees in Ketziot have been on hunger strike since 1 August.",
    "Forty prisoners joined the open-ended hunger strike on Monday, the Society said.",
])
def test_hunger_strikers_are_no_count_of_the_held(text):
    assert [f.metric for f in figures_of(text, "2026-08-21") if f.family == "detention"] == []


def test_the_death_of_people_in_custody():
    text = "The army has confirmed the death of two workers in its custody, B'Tselem said."
    assert [(f.metric, f.value) for f in figures_of(text, "2024-04-30")] == [("deaths_in_custody", 2)]


@pytest.mark.parametrize("text,expected", [
    # held somewhere, they speak of what befell them
    ("The lawyers visited 46 detainees in the Negev. Nine detainees in the Negev told the lawyers that they had been "
     "beaten during a raid on their section.", [("reports_of_abuse", 9, "all")]),
    # a hospital's staff it has lost are health workers
    ("Al-Ahli Arab Hospital\nStatement by the director\n\nSince October 2023, this hospital has lost 11 members of its "
     "staff.", [("killed", 11, "health_workers")]),
])
def test_accounts_of_those_held_somewhere_and_a_hospitals_staff_lost(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-12-09")] == expected


def test_medical_trades_are_health_workers():
    text = ("Of the 297 people detained, 128 were still in Israeli custody in September. They include 37 physicians "
            "and 20 laboratory technicians.")
    assert [(f.value, f.group) for f in figures_of(text, "2025-09-23") if f.value in (37, 20)] == [
        (37, "health_workers"), (20, "health_workers")]


@pytest.mark.parametrize("text,expected", [
    # one more of those just counted, named by an ordinal alone
    ("Four paramedics were killed instantly; a fifth died of his wounds in hospital the following day.",
     [("killed", 4, "health_workers"), ("killed", 1, "health_workers")]),
    ("Israeli settlers killed eight Palestinians this week, and a ninth was shot dead by settlers on Friday.",
     [("killed", 8, "all"), ("killed", 1, "all")]),
    # (not a share)
    ("A third of the dead were children.", []),
])
def test_one_more_named_by_an_ordinal_alone(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-05-01")] == expected


@pytest.mark.parametrize("text", [
    # soldiers and civilians counted together are everyone
    "Since 7 October 2023, the hospital has treated 389 soldiers and civilians wounded in the north.",
    "The attack wounded 12 soldiers and civilians.",
])
def test_soldiers_and_civilians_together_are_everyone(text):
    assert [f.group for f in figures_of(text, "2024-10-16")] == ["all"]


@pytest.mark.parametrize("text,expected", [
    # hospitals still receiving patients or casualties are working
    ("Key figures\n- Field hospitals receiving patients: 6\n", [("hospitals_functioning", 6, "field_hospitals")]),
    ("The 31 hospitals still receiving casualties are treating 450 patients.",
     [("hospitals_functioning", 31, "all"), ("patients", 450, "all")]),
])
def test_hospitals_still_receiving_patients_or_casualties_are_working(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2024-12-30")] == expected


@pytest.mark.parametrize("text,expected", [
    # the casualties a rescue service treated are the hurt
    ("Magen David Adom said its teams had treated 17 casualties at the impact sites.", [("injured", 17, "all")]),
    ("MDA said it treated 71 casualties, among them a man of about 50 in serious condition.",
     [("injured", 71, "all"), ("injured", 1, "men")]),
])
def test_casualties_a_rescue_service_treated_are_the_hurt(text, expected):
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-06-19")] == expected


@pytest.mark.parametrize("text,expected", [
    # a hospital's update of the hurt by their state: the hurt, of the event it tells of
    ("Emek Medical Center has received 13 people wounded in the attack. Two are in serious condition.",
     [("injured", 13, "period"), ("injured", 2, "period")]),
    ("Three people are in moderate condition, the hospital said.", [("injured", 3, "period")]),
    # (not the patients a hospital treats, by their state)
    ("The hospital is treating 40 patients, 12 of them in critical condition.", [("patients", 40, "point"), ("patients", 12, "point")]),
])
def test_a_hospitals_update_of_the_hurt_by_their_state(text, expected):
    assert [(f.metric, f.value, f.period) for f in figures_of(text, "2025-03-14")] == expected


def test_a_hospitals_own_wards_speak_for_it():
    text = ("Nabih Berri Governmental University Hospital\nStatement by the director\n\n"
            "The strike hit the town at dawn, the civil defence said. Sixteen of the wounded are still in our wards this "
            "morning, five of them in intensive care.")
    assert {f.attributed_to for f in figures_of(text, "2024-10-10")} == {"Nabih Berri Governmental University Hospital"}


def test_women_and_children_who_make_up_a_part_of_the_dead():
    text = "Women and children make up 248 of the dead, the ministry said."
    assert [(f.metric, f.value, f.group) for f in figures_of(text, "2025-03-18")] == [("killed", 248, "women_and_children")]
