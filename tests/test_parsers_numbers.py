"""Numbers as written in real reports: which are counts, and what they are worth."""

import pytest

from parsers.numbers import find_numbers, parse_number

# (sentence, the values find_numbers must return), grouped by where the wording came from.
COUNTS = [
    # news (AP, BBC, NBC rewrites)
    ("More Than 29,000 Palestinians Killed In Israel-Hamas War", [29000]),
    ("The Palestinian death toll in the Israel-Hamas war has reached 8,805", [8805]),
    ("Thirteen of Gaza’s 36 hospitals are partially functional", [13, 36]),
    ("An additional eight people, including a child, were killed", [8, 1]),  # one child, as the corpus labels "a ... herder"
    ("A man said he had lost a brother. A strike was reported on a house", []),
    # separators and scales
    ("more than 23 000 wounded", [23000]),
    ("about 1,4 million displaced", [1400000]),
    ("29k killed", [29000]),
    ("1.2 million people", [1200000]),
    ("two thousand and 367 detainees", [2367]),
    ("11 thousand and 88 martyrs", [11088]),
    ("10 thousand missing", [10000]),
    ("Twenty-one were injured", [21]),
    # Arabic-Indic digits and separators (MoH bulletins)
    ("العدد التراكمي للشهداء: ٧٣٬٠٠٣", [73003]),
    ("عدد الإصابات: ۱۲", [12]),
    # parenthesised counts (prisoners' statistics page)
    ("Among them are (36) female prisoners and about (170) children", [36, 170]),
    ("the number of administrative detainees is (1,264)", [1264]),
    # percentages stay, flagged
    ("some 32 per cent of those injuries", [32]),
]

NOT_COUNTS = [
    ("A 27-year-old died of a gunshot wound", "age"),
    ("two 17-year-olds", "age (the count 'two' stays, 17 goes)"),
    ("Cunio, 34, said she was held", "age after a name"),
    ("aged 5 and under", "age"),
    ("9:55 AM: Strike on displaced Gazans", "time"),
    ("since October 7", "date"),
    ("By June 19, 2024, the toll rose", "date"),
    ("on 7 October 2023", "date"),
    ("date 2023-10-31 NNA", "ISO date"),
    ("in 2023 alone", "year"),
    ("released in 2011 and re-arrested in 2014", "years"),
    ("the death[9] toll [1]", "footnote markers"),
    ("$5 million in aid", "money"),
    ("besieged for four days", "duration"),
    ("for over 35 hours", "duration"),
    ("imprisoned for more than 20 years", "duration"),
    ("thousands wounded and dozens of hours", "vague words"),
    ("hundreds of patients", "vague words"),
    ("https://unosat.org/products/3804", "URL"),
    ("four indirect deaths per one direct death", "ratio"),
    ("the 2016 6th International Jerusalem Conference", "year and ordinal"),
    ("One of the captives was rescued", "'one of' idiom"),
    ("Lancet 2024; 403: 23–24.", "citation volume and pages"),
    ("the toll rose to 1.212.5 killed", "separators no reading makes one number of (it used to raise)"),
]


@pytest.mark.parametrize("sentence,values", COUNTS)
def test_counts_are_found_with_their_values(sentence, values):
    assert [m.value for m in find_numbers(sentence)] == values


@pytest.mark.parametrize("sentence,why", NOT_COUNTS)
def test_not_counts_are_dropped(sentence, why):
    found = [m.value for m in find_numbers(sentence)]
    assert found in ([], [2]) if "two 17" in sentence else found == [], why


def test_spans_point_at_the_number_as_written():
    text = "reached about (1,264), including four female prisoners"
    assert [text[m.start:m.end] for m in find_numbers(text)] == ["1,264", "four"]


def test_percentages_are_flagged():
    [number] = find_numbers("Gaza hospitals run at 206 percent occupancy")
    assert (number.value, number.percent) == (206, True)


@pytest.mark.parametrize("written,value", [("8,382", 8382), ("12.001", 12001), ("2.5", 2.5), ("ten", 10),
                                           ("one hundred", 100), ("1,4 million", 1400000), ("nonsense", None)])
def test_parse_number(written, value):
    assert parse_number(written) == value


# One document-wide mask must read like sentence-by-sentence masks: no mask row crosses a line.
@pytest.mark.parametrize("text", [
    "Number of Martyrs: 7\n\nJune 15, 2026",
    "Injuries: 12\nOctober 2025 summary",
    "Children aged\n12 were among the 40 killed",
])
def test_masking_a_document_equals_masking_each_line(text):
    from parsers.numbers import mask
    assert mask(text) == "\n".join(mask(line) for line in text.split("\n"))


@pytest.mark.parametrize("text", ["over 29,000 fatalities and 23 000 wounded", "4 deaths per one direct death, 12 more"])
def test_find_numbers_with_a_precomputed_mask_is_the_same(text):
    from parsers.numbers import find_numbers, searchable
    assert find_numbers(text, searchable(text)) == find_numbers(text)


def test_a_name_and_an_age_are_masked_but_not_a_count_after_a_name():
    assert [m.value for m in find_numbers("Cunio, 34, said she was held")] == []
    assert [m.value for m in find_numbers("According to the Israel Prison Service, 1,772 Gazans are held")] == [1772]
    assert [m.value for m in find_numbers("Gaza, 5, said the ministry; Rafah, 1,200 displaced")] == [1200]
