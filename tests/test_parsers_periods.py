"""Periods, starts and as-of dates, on real wording."""

import datetime as dt

import pytest

from parsers import extract_figures
from parsers.dates import as_of_in, page_date, period_in

PUBLISHED = dt.date(2024, 1, 18)

PERIODS = [
    # cumulative, with the start when stated
    ("with over 29,000 fatalities reported by the territory’s Health Ministry since October 7",
     ("cumulative", None, dt.date(2023, 10, 7))),
    ("Since the beginning of hostilities, Israeli forces have injured 2,552 Palestinians",
     ("cumulative", None, None)),
    ("Cumulative statistics since the beginning of the aggression on October 7, 2023:",
     ("cumulative", None, dt.date(2023, 10, 7))),
    ("Since the ceasefire (October 11):", ("cumulative", None, dt.date(2023, 10, 11))),
    ("the death toll has reached 2,574", ("cumulative", None, None)),
    # periods
    ("The total number of casualties who arrived at Gaza Strip hospitals in the past 24 hours is as follows:",
     ("period", "24h", None)),
    ("admitted to Gaza Strip hospitals in the past 48 hours", ("period", "48h", None)),
    ("more than 200 martyrs were reported in the overnight massacres", ("period", "overnight", None)),
    ("At least 10 Palestinians killed in two days of Israeli raids", ("period", "2d", None)),
    ("Israeli airstrikes on Tuesday, which resulted in 28 deaths", ("period", "day", None)),
    ("A strike Thursday on a home in Rafah killed at least 16 people", ("period", "day", None)),
    ("an Israeli airstrike killed four people in the Balata refugee camp", ("period", "incident", None)),
    ("more than 40 Palestinians in the West Bank in 2024 alone", ("period", "month_or_year", None)),
]


@pytest.mark.parametrize("sentence,expected", PERIODS)
def test_period_in(sentence, expected):
    assert period_in(sentence, PUBLISHED) == expected


@pytest.mark.parametrize("sentence,as_of", [
    ("By June 19, 2024, 37,396 people had been killed", dt.date(2024, 6, 19)),
    ("As of May 10, 2024, 30% of the 35,091 deaths were unidentified.", dt.date(2024, 5, 10)),
    ("As of February 19, the ministry said about 29,000 had been killed", dt.date(2024, 2, 19)),
    ("No date here: 5 killed", dt.date(2024, 3, 1)),
])
def test_as_of(sentence, as_of):
    assert as_of_in(sentence, dt.date(2024, 3, 1)) == as_of


def test_page_date_from_a_bulletin_signature():
    assert page_date("Ministry of Health\n\nJune 15, 2026\n") == dt.date(2026, 6, 15)


def test_section_header_sets_the_period_of_bullets_below_it():
    text = ("The total number of casualties who arrived at hospitals in the past 24 hours is as follows:\n\n"
            "• Number of Martyrs: 7\n\n Since the ceasefire (October 11):\n\n• Total number of martyrs: 992\n\n"
            "Cumulative statistics since the beginning of the aggression on October 7, 2023:\n\n"
            "• Cumulative number of martyrs: 73,003")
    figures, _ = extract_figures(text, published=dt.date(2026, 6, 15))
    assert [(f.value, f.period, f.period_detail, f.period_start) for f in figures] == [
        (7, "period", "24h", None),
        (992, "cumulative", "since 2025-10-11", dt.date(2025, 10, 11)),
        (73003, "cumulative", None, dt.date(2023, 10, 7)),
    ]


def test_reporting_day_is_not_the_period():
    figures, _ = extract_figures("The Gaza Health Ministry said Tuesday that 34,183 Palestinians have been killed "
                                 "since the war began.")
    assert [(f.period, f.period_start) for f in figures] == [("cumulative", dt.date(2023, 10, 7))]


def test_period_phrase_before_the_number_governs_it():
    figures, _ = extract_figures("Israeli forces have killed more than 40 Palestinians in the West Bank in 2024 alone, "
                                 "and more than 320 people overall since Oct. 7.")
    assert [(f.value, f.period) for f in figures] == [(40, "period"), (320, "cumulative")]


def test_held_counts_are_points_whatever_the_sentence_says():
    figures, _ = extract_figures("Since October 7, the number of prisoners has reached more than 9,500 prisoners.")
    assert [(f.metric, f.period) for f in figures] == [("detainees", "point")]


def test_casualty_toll_without_period_cue_defaults_to_cumulative():
    figures, _ = extract_figures("In the occupied West Bank, 130 Palestinians have been killed in violence.")
    assert [(f.value, f.period) for f in figures] == [(130, "cumulative")]
