"""Sentence and line units keep their offsets."""

import re

from parsers.sentences import _lines, split_units

BULLETIN = "🔴 Since the ceasefire (October 11):\n\n• Total number of martyrs: 992\n\n• Total number of injuries: 3,144"


def test_bullets_and_headers_are_units():
    units = split_units(BULLETIN)
    assert [BULLETIN[u.start:u.end] for u in units] == [
        "Since the ceasefire (October 11):", "Total number of martyrs: 992", "Total number of injuries: 3,144"]
    assert [u.header for u in units] == [True, False, False]


def test_abbreviations_do_not_end_sentences():
    text = "Israeli forces killed 5 on Oct. 7 near the U.N. school. Rep. Rashida Tlaib (D-Mich.) voted against it."
    assert [text[u.start:u.end] for u in split_units(text)] == [
        "Israeli forces killed 5 on Oct. 7 near the U.N. school.", "Rep. Rashida Tlaib (D-Mich.) voted against it."]


def test_headline_is_its_own_unit():
    text = "Death toll among UNRWA staff in Gaza rises to 70\nThe agency said the number stands at 70."
    assert len(split_units(text)) == 2


def test_quotes_close_sentences():
    text = "“Only 19 of 36 hospitals remain operational,” the report says. It adds that 28 attacks happened."
    assert [text[u.start:u.end] for u in split_units(text)][1] == "It adds that 28 attacks happened."


def test_abbreviations_and_chains_of_initials_never_end_a_sentence_however_long_the_line():
    text = ("Staff of U.N.E.S.C.O. met. " * 3 + "5 died, said Gen. Smith of the Calif. unit. Then approx. 12 more! "
            "Mr. X agreed. Killed: 931, incl. 185 children; est. 10,000 missing.")
    assert [text[u.start:u.end] for u in split_units(text)] == [
        "Staff of U.N.E.S.C.O. met."] * 3 + ["5 died, said Gen. Smith of the Calif. unit.", "Then approx. 12 more!",
                                             "Mr. X agreed.", "Killed: 931, incl. 185 children; est. 10,000 missing."]


def test_lines_are_the_runs_a_line_regex_finds():
    for text in ["", "\n", "a", "a\n\nb", "\n\na\r\nb\n", " \n\t\n x ", "one\u2028two\nthree\x0cfour\n\n\n", BULLETIN]:
        assert _lines(text) == [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)], repr(text)
