"""Detention figures and condition reports from real sentences."""

import pytest

from parsers import extract_figures


def triples(text):
    figures, _ = extract_figures(text)
    return [(f.metric, f.value, f.group) for f in figures]


CASES = [
    # NGO statistics quoted by the press
    ("The number of Palestinian prisoners in Israeli Occupation prisons has reached more than 9,500 prisoners, "
     "according to recent data.", [("detainees", 9500, "all")]),
    ("According to the statement, the prisoners include 80 women and more than 200 children who are held in Megiddo.",
     [("detainees", 80, "women"), ("detainees", 200, "children")]),
    ("The statement said the number of administrative detainees who are held without charge had risen to more than "
     "3,660, as of the beginning of this April, including 22 women and more than 40 children.",
     [("administrative_detainees", 3660, "all"), ("administrative_detainees", 22, "women"),
      ("administrative_detainees", 40, "children")]),
    ("The number of detained journalists also reached 56, including 45 who had been arrested after 7 October and are "
     "still in detention, including four female journalists, according to the same source.",
     [("detainees", 56, "journalists"), ("detainees", 45, "journalists"), ("detainees", 4, "journalists")]),
    # statistics page, number-first lines
    ("5,716 Palestinian political prisoners in Israeli detention, including:", [("detainees", 5716, "all")]),
    ("217 administrative detainees, including 3 women and 9 PLC members",
     [("administrative_detainees", 217, "all"), ("administrative_detainees", 3, "women"),
      ("administrative_detainees", 9, "all")]),
    ("224 child prisoners, including 46 under the age of 16", [("detainees", 224, "children"),
                                                              ("detainees", 46, "children")]),
    ("136 prisoners who have been imprisoned for more than 20 years", [("detainees", 136, "all")]),
    ("835 approximate number of Palestinians arrested by Israel during the first quarter of 2011",
     [("arrests", 835, "all")]),
    # without the sentence before it, "Among them" has no parent: the counts describe themselves, and
    # "160 children" is listed with "30 female prisoners", so it counts prisoners too
    ("Among them are 160 children, 30 female prisoners, and 1,083 administrative prisoners.",
     [("detainees", 160, "children"), ("detainees", 30, "women"), ("administrative_detainees", 1083, "all")]),
    ("The IDF said it apprehended more than 15 people.", [("arrests", 15, "all")]),
    ("Israeli forces have detained 2,300 Palestinians in the West Bank since October 7.", [("arrests", 2300, "all")]),
    ("Israel is currently holding 9,100 Palestinians in its prisons, including 3,400 held without charge.",
     [("detainees", 9100, "all"), ("administrative_detainees", 3400, "all")]),
    ("Israel has released 240 Palestinian prisoners.", [("released_detainees", 240, "all")]),
    ("Some 53 Palestinians have died in Israeli custody since October 7.", [("deaths_in_custody", 53, "all")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_detention_figures(text, expected):
    assert triples(text) == expected


def test_list_lines_inherit_the_head_of_the_list():
    text = ("5,716 Palestinian political prisoners in Israeli detention, including:\n37 women, including 1 under the "
            "age of 16\n13 members of the Palestinian Legislative Council\n182 Palestinians from the 1948 Territories")
    assert triples(text) == [("detainees", 5716, "all"), ("detainees", 37, "women"), ("detainees", 1, "children"),
                             ("detainees", 13, "all"), ("detainees", 182, "all")]


def test_among_them_refers_to_the_previous_sentence():
    text = ("The number of prisoners reached about 5,000 prisoners languishing in occupation prisons.\n"
            "Among them are 160 children, 30 female prisoners, and 1,083 administrative prisoners.")
    assert triples(text) == [("detainees", 5000, "all"), ("detainees", 160, "children"), ("detainees", 30, "women"),
                             ("administrative_detainees", 1083, "all")]


def test_arrests_are_a_period_and_held_counts_a_point():
    figures, _ = extract_figures("Israeli forces arrested 30 Palestinians overnight. Some 9,000 prisoners are held.")
    assert [(f.metric, f.period) for f in figures] == [("arrests", "period"), ("detainees", "point")]


CONDITIONS = [
    ("The ongoing violence has drawn attention to the treatment of Palestinian detainees in Israeli prisons, with "
     "reports of abuse and torture emerging.", {"abuse", "torture"}),
    ("The United Nations has expressed alarm over the treatment of women and girls in detention, citing reports of "
     "sexual assault and degrading treatment.", {"sexual_violence", "humiliation"}),
    ("Detainees were held incommunicado and denied medical care.", {"incommunicado", "denial_of_medical_care"}),
    ("Prisons are overcrowded, prisoners say.", {"overcrowding"}),
]


@pytest.mark.parametrize("text,conditions", CONDITIONS)
def test_condition_reports(text, conditions):
    _, reports = extract_figures(text)
    assert {r.condition for r in reports} == conditions
    for report in reports:
        assert text[report.char_start:report.char_end].lower() in report.quote.lower()


def test_conditions_need_a_detention_context():
    _, reports = extract_figures("Gaza faces catastrophic hunger and starvation, with hospitals overcrowded.")
    assert reports == []


def test_condition_reporter_is_attributed():
    _, reports = extract_figures("Addameer said detainees in Ofer prison were tortured.")
    assert [(r.condition, r.reported_by) for r in reports] == [("torture", "Addameer")]


# Held under Israel's Unlawful Combatants Law: a regime of its own, counted apart (HaMoked, Addameer).
# Real-style sentences outside the corpus.
@pytest.mark.parametrize("text,expected", [
    ("As of July, the prison service held 2,673 people under the Unlawful Combatants Law.",
     [("unlawful_combatants_detainees", 2673, "point")]),
    ("Israel is holding 1,584 unlawful combatants from Gaza, HaMoked said.",
     [("unlawful_combatants_detainees", 1584, "point")]),
    ("The prison service holds 9,623 prisoners, including 3,327 administrative detainees and 1,584 detained as "
     "'unlawful combatants'.",
     [("detainees", 9623, "point"), ("administrative_detainees", 3327, "point"),
      ("unlawful_combatants_detainees", 1584, "point")]),
])
def test_detainees_held_as_unlawful_combatants_are_their_own_count(text, expected):
    figures, _ = extract_figures(text)
    assert [(f.metric, f.value, f.period) for f in figures] == expected


# The company someone was kept in is no count of the people held (corpus 050: "which she shared with
# about 10 other hostages"). Real-style sentences outside the corpus, and counts that stay.
@pytest.mark.parametrize("text,expected", [
    ("He shared a cell built for six with 14 other detainees, he told the group.", []),
    ("Former detainees said they were crammed into a tent with some 40 other prisoners.", []),
    ("She said she was held in a tunnel with about 10 other hostages for 50 days.", []),
    ("Israel released him along with 30 other prisoners on Thursday.", [("released_detainees", 30)]),
    ("Hamas still holds 59 hostages, along with 4 others taken before the war.",
     [("hostages_held", 59), ("hostages_held", 4)]),
])
def test_the_company_someone_was_held_in_is_no_count(text, expected):
    figures, _ = extract_figures(text)
    assert [(f.metric, f.value) for f in figures] == expected
