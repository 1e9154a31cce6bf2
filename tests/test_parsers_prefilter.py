"""The fast scans (parsers/prefilter.py) find exactly what the plain regex scans find."""

import re

import pytest

from bench.extraction import real_texts, synthetic_corpus
from parsers import attribution, carry, casualties, dates, linking, numbers, places, prose, qualifiers
from parsers.prefilter import (_ODD_FOLDS, GatedPattern, PrefilteredPattern, _trie, fast_words, first_letters, prefixes,
                               scan_words, starts_together, word_start_words)
from parsers.sentences import split_units
from parsers.vocabulary import CARRY_SOURCE_CUES, DETENTION_CONTEXT, MONTHS, WEEKDAYS

TABLES = {"originators": attribution._ORIGINATORS, "speakers": attribution._SPEAKERS,
          "locations": places._LOCATIONS, "metric cues": linking._CUES}
# Texts where a shortcut could go wrong: a hyphen or letter before a name, case folds that
# str.lower does not make (Kelvin sign, long s, dotted/dotless i), a text lowercasing changes the length of.
TRICKY = ["non-Gaza sources, ex-WHO staff and anti-UNRWA laws", "GAZA HEALTH MINISTRY: 5 KILLED",
          "the \u212aILLED and the ſtaff in Gaza", "İsrael and ıNJURED people", "İİİ Gaza 5 killed İ",
          "Gaza\nStrip", "-killed 5", "UN", "u.n. agency", "",
          # prefixes reach past whitespace ("the st" for the\s+Strip): any whitespace, one or many
          "the\u00a0Strip and the\t\tenclave", "the\n\nStrip", "Gaza  Health\u2009Ministry", "the Strip", "thestrip"]


@pytest.fixture(scope="module")
def texts():
    return list(real_texts().values()) + synthetic_corpus(0.3, seed=5) + TRICKY


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_prefiltered_table_finds_the_same_matches_as_the_plain_scan(name, texts):
    table = TABLES[name]
    assert table.keys, "every row of the table starts with a few fixed letters"
    # and the letters select: a row opening with a class ("[A-Z][a-z]+ Hospital") gives keys of every pair of
    # letters, every word start then passes and the table is tried everywhere (it once cost a fifth of the
    # extractor's throughput). Each table's keys start at a few per cent of the real texts' words.
    real = "\n\n".join(real_texts().values())
    assert len(table.starts(real)) < 0.2 * len(re.findall(r"(?<![\w-])\w", real))
    for text in texts:
        fast = [(m.span(), m.lastgroup) for m in table.finditer(text)]
        plain = [(m.span(), m.lastgroup) for m in table.pattern.finditer(text)]
        assert fast == plain, text[:80]


def test_candidate_starts_passed_in_for_slices_give_the_same_matches(texts):
    for text in texts[:20]:
        starts = linking._CUES.starts(text)
        for line in re.finditer(r"[^\n]+", text):
            share = None if starts is None else [s - line.start() for s in starts if line.start() <= s < line.end()]
            assert ([m.span() for m in linking._CUES.finditer(line.group(), share)] ==
                    [m.span() for m in linking._CUES.pattern.finditer(line.group())])


GATED = ([("non-target nouns", linking._NON_TARGET),
          ("difference subjects", linking._DIFFERENCE)]
         + [(f"condition {name}", pattern) for pattern, name in prose._CONDITIONS]
         + [(f"group {name}", pattern) for pattern, name in casualties._GROUPS])


@pytest.mark.parametrize("name,gated", GATED, ids=[name for name, _ in GATED])
def test_a_gated_rule_answers_as_the_plain_rule_on_every_sentence(name, gated, texts):
    for text in texts:
        for sentence in re.split(r"(?<=[.:\n])", text):
            assert [m.span() for m in gated.finditer(sentence)] == [m.span() for m in gated.pattern.finditer(sentence)]
            assert bool(gated.search(sentence)) == bool(gated.pattern.search(sentence))


def test_period_rows_tried_at_the_starts_found_together_match_as_the_plain_rows(texts):
    samples = ["In the past 24 hours: 5 killed", "OVERNIGHT and in total", "ſince the start of the war, ıN 2024 alone",
               "pre-overnight, non-cumulative, the-toll", "in  the\npast 48 hours", "on Tuesday 5 October"]
    for text in texts + samples:
        for sentence in re.split(r"(?<=[.:\n])", text):
            starts = starts_together(dates._PERIOD_TABLES, sentence)
            for (table, _, detail), table_starts in zip(dates._PERIODS, starts):
                assert [m.span() for m in table.finditer(sentence, table_starts)] == \
                    [m.span() for m in table.pattern.finditer(sentence)], (detail, sentence[:80])


def test_a_gate_is_dropped_when_its_prefixes_are_everywhere():
    assert GatedPattern(re.compile(r"\bin\s+the\s+past\s+week", re.I)).keys is None
    assert GatedPattern(re.compile(r"\btortur(?:e|ed)", re.I)).keys == ("tort",)


def test_prefixes_follow_optional_parts_branches_and_case_sensitive_groups():
    assert prefixes(r"(?:remaining\s+|living\s+)?hostages") == {"rema", "livi", "host"}
    assert prefixes(r"ill-?treatment") == {"ill-", "illt"}
    assert prefixes(r"(?-i:\bOCHA\b)|Office\s+for") == {"ocha", "offi"}
    assert prefixes(r"(?<=the\s)toll") == {"toll"}
    assert prefixes(r"IPS") == {"ips"}
    assert prefixes(r"[^\s]+ killed") is None and prefixes(r"\d+ killed") is None


def test_first_letters_guard_every_month_name():
    guard = re.compile(first_letters(MONTHS), re.IGNORECASE)
    for month in re.split(r"\|", MONTHS):
        assert guard.match(month.rstrip(r"\.?")), month


def test_the_odd_case_folds_are_exactly_the_non_ascii_characters_ignorecase_folds_to_ascii_letters():
    every_bmp_character = "".join(chr(code) for code in range(128, 0x10000) if not 0xD800 <= code < 0xE000)
    odd = set(re.findall("[a-z]", every_bmp_character, re.IGNORECASE))
    assert odd == set(_ODD_FOLDS.pattern.strip("[]"))


def test_the_mask_of_a_text_is_the_mask_with_every_optional_row(texts):
    every_row = numbers._masks(frozenset(numbers._OPTIONAL_ROWS))
    for text in texts + ["ratio 4 per one, mail a@b.org, [3] and $5 million", "Cunio, 34, said"]:
        ascii_text = numbers.to_ascii_digits(text)
        assert numbers.mask(ascii_text) == every_row.sub(lambda m: " " * len(m.group()), ascii_text)


def test_may_hold_numbers_never_skips_a_unit_with_numbers(texts):
    for text in texts:
        for line in text.split("\n"):
            if not numbers.may_hold_numbers(line):
                assert numbers.find_numbers(line) == []


def test_prefixes_for_the_table_scan_reach_past_whitespace():
    assert prefixes(r"Gaza(?:\s+Strip)?|the\s+Strip|the\s+enclave", depth=7, spaces=True) == \
        {"gaza", "gaza st", "the str", "the enc"}
    assert prefixes(r"the\s+Strip") == {"the"}  # plain prefixes stay letters, for substring tests


def test_a_trie_matches_exactly_where_one_of_its_keys_starts():
    keys = ["gaza", "gov", "un", "the st", "the en", "a", "ab"]
    trie = re.compile(_trie(keys))
    for text in ["gazans", "government", "the  strip", "the\nenclave", "thestrip", "ab", "b", "g", "the s"]:
        expected = any(re.match(re.escape(k).replace("\\ ", r"\s+"), text) for k in keys)
        assert bool(trie.match(text)) == expected, text


def test_the_group_and_population_shortcuts_answer_as_their_rows(texts):
    for text in texts[:40]:
        for words in re.findall(r"[^,;:.]{1,80}", text):
            assert (casualties._ANY_GROUP.search(words) is None) == \
                all(pattern.search(words) is None for pattern, _ in casualties._GROUPS)
            found, plain = casualties._ANY_GROUP.search(words), casualties._ANY_GROUP.pattern.search(words)
            assert (found and (found.span(), found.lastgroup)) == (plain and (plain.span(), plain.lastgroup)), words
            assert (casualties._ANY_POPULATION.search(words) is None) == \
                all(pattern.search(words) is None for pattern, _ in casualties._POPULATIONS)


def test_the_mask_needs_per_test_answers_as_the_plain_pattern(texts):
    plain = re.compile(r"\bper\b", re.IGNORECASE)
    for text in texts + ["5 per day", "PER", "upper", "per", "pers", "-per-", "Perı", "ſper", "_per"]:
        for line in text.splitlines():
            assert (numbers._NEEDS["per"](line) is None) == (plain.search(line) is None), line


def test_the_tables_scanned_together_find_the_starts_each_finds_alone(texts):
    tables = prose._DOCUMENT_TABLES
    for text in texts:
        assert starts_together(tables, text) == [table.starts(text) for table in tables], text[:80]


def _variants(text):
    """A text as written, in capitals, and with the odd case folds in place of s, i and k."""
    return [text, text.upper(), text.replace("s", "\u017f").replace("i", "\u0131").replace("K", "\u212a")]


ALTERNATIONS = {"months": MONTHS, "weekdays": WEEKDAYS, "carry cues": CARRY_SOURCE_CUES,
                "age words": r"aged?|ages|age[^\S\n]+of|turned|No\.|no\.|number|Resolution|page|pp?\.|vol\.",
                "urls": r"https?://\S+|www\.\S+", "detention context": DETENTION_CONTEXT}


@pytest.mark.parametrize("name", sorted(ALTERNATIONS))
def test_regrouped_word_lists_match_as_the_plain_alternation(name, texts):
    words = ALTERNATIONS[name]
    flags = re.IGNORECASE | re.VERBOSE
    plain, fast = re.compile(f"(?:{words})", flags), re.compile(f"(?:{fast_words(words)})", flags)
    plain_word, fast_word = re.compile(rf"\b(?:{words})\b", flags), re.compile(rf"{word_start_words(words)}\b", flags)
    scanned = re.compile(scan_words(words), flags)
    samples = ["Sept. 7 and sept 8, ſeptember, MONDAY", "the  ministry said; IT SAID; ıt said; lit said; -the report",
               "aged 5, No. 3 and pp. 4", "see https://x.org or WWW.X.ORG",
               "ex-Prisoners redetained in DETENTION; İNCARCERATED, ıncarcerated, jaıl, captıvıty"]
    for text in texts[:60] + samples:
        for variant in _variants(text):
            assert [m.span() for m in fast.finditer(variant)] == [m.span() for m in plain.finditer(variant)]
            assert [m.span() for m in fast_word.finditer(variant)] == [m.span() for m in plain_word.finditer(variant)]
            assert [m.span() for m in scanned.finditer(variant)] == [m.span() for m in plain.finditer(variant)]


@pytest.mark.parametrize("alternation", [r"s?he|it", r"(?:a|b)c|d", r"\d+|one", r"x*y"])
def test_word_lists_that_cannot_be_regrouped_are_refused(alternation):
    for regroup in (fast_words, word_start_words, scan_words):
        with pytest.raises(ValueError):
            regroup(alternation)


def test_the_number_scan_finds_the_spans_number_finds(texts):
    samples = ["two thousand and 367 detainees", "1.2 million, 29k and 12.5% or 206 percent", "x12 and 12x, 3,5 and 3.5.",
               "Thirteen of 36", "ſeven and SEVEN-hundred", "a/5 and -5 and 5-year-old"]
    for text in texts[:80] + samples:
        for line in text.splitlines():
            masked = numbers.searchable(line)
            plain = [(m.span("num"), m.group("pct")) for m in numbers.NUMBER.finditer(masked)]
            fast, resume = [], 0
            for m in numbers._NUMBER_AT.finditer(masked):
                if m.start() >= resume:
                    fast.append((m.span("num"), m.group("pct")))
                    resume = m.end("pct") if m.group("pct") is not None else m.end("num")
            assert fast == plain, line[:80]


def test_a_slice_gate_passes_every_unit_the_gate_passes(texts):
    for text in texts[:80] + TRICKY:
        for gated in (GatedPattern(re.compile(DETENTION_CONTEXT, re.IGNORECASE)), carry._UNNAMED_REPORT):
            over = gated.over(text)
            for unit in split_units(text):
                if gated.may_match(text[unit.start:unit.end]):
                    assert over.may_match(unit.start, unit.end), text[unit.start:unit.end]


def test_the_year_context_search_near_the_number_answers_as_the_search_from_the_start(texts):
    words = re.findall(r"[a-z-]+", numbers._YEAR_CONTEXT_BEFORE.pattern.replace(r"\b", " ").replace(r"\s", " "))
    assert max(map(len, words)) <= numbers._YEAR_CONTEXT_REACH, "a longer word needs a longer reach"
    samples = ["since    2023", "in\n2024", "Berlin 2023", "-   2020", "mid-2024", "EARLY 2023", "ſince 2023",
               "from\u00a0\u2009 2021", "within 2022", "in 2023 and until   2024", "x" * 50 + " by " + " " * 40 + "2020"]
    for text in texts[:60] + samples:
        for line in text.splitlines():
            masked = numbers.searchable(line)
            for end in [m.start() for m in re.finditer(r"\d", masked)] + [len(masked)]:
                assert numbers._year_context_before(masked, end) == \
                    (numbers._YEAR_CONTEXT_BEFORE.search(masked, 0, end) is not None), (line[:80], end)


def test_the_phone_rows_mask_as_the_one_row_with_optional_signs(texts):
    rest = numbers._PHONE_REST
    every_row = numbers._masks(frozenset(numbers._OPTIONAL_ROWS))
    split_rows = rf"\+\(?\d{{3}}{rest} | \(\d{{3}}{rest} | \d\d{{2}}{rest}"
    assert every_row.pattern.count(split_rows) == 1
    plain = re.compile(every_row.pattern.replace(split_rows, rf"(?=[+(\d])\+?\(?\d{{3}}{rest}"), every_row.flags)
    samples = ["+(972) 555 1234, +972 555-1234, (972) 555 1234 and 972-555-12345", "+( 972) 555 1234", "x9725551234",
               "a972 555 1234b", "++972 555 1234", "((972) 555 1234", "+(97) 555 1234", "1972-555-1234 5"]
    for text in texts[:60] + samples:
        for line in text.splitlines():
            assert every_row.sub("#", line) == plain.sub("#", line), line[:80]


@pytest.mark.parametrize("pattern, linear, quadratic", [
    (numbers._NOT_A_COUNT_AFTER, r"^\s*(?:[-–]\s*)?", r"^\s*(?:-|–)?\s*"),
    (linking._COORDINATED, r"\s*(?:\)\s*)?", r"\s*\)?\s*")])
def test_patterns_rewritten_to_stay_linear_accept_the_same_strings(pattern, linear, quadratic, texts):
    assert pattern.pattern.startswith(linear)
    before = re.compile(quadratic + pattern.pattern[len(linear):], pattern.flags)
    samples = [" - years", "  –  days", "-- years", " -", "years", " ) and 5", ") , and ", "  )  word and more than ",
               " and (", "))and ", " ,  and about "]
    for text in samples + [piece for text in texts[:40] for piece in re.findall(r"[^\d]{0,40}", text)]:
        assert (pattern.match(text) is None) == (before.match(text) is None), text
        assert (pattern.fullmatch(text) is None) == (before.fullmatch(text) is None), text


def test_the_qualifier_shortcut_matches_exactly_when_a_row_matches(texts):
    samples = ["more than ", "at least (", "up to only ", "some a total of ", "~", "an estimated the ", "over-",
               "non-more than ", "MORE THAN  ", "about\n", "roughly x", "close to\t"]
    for text in texts[:40]:
        samples += [text[max(0, m.start() - 40):m.start()] for m in re.finditer(r"\d+", text)]
    for before in samples:
        assert (qualifiers._ANY_BEFORE.search(before) is None) == \
            all(pattern.search(before) is None for pattern, _ in qualifiers._BEFORE), before


def test_a_unit_said_to_hold_no_metric_word_has_no_cues(texts):
    for text in texts[:80] + TRICKY:
        scans = prose._Scans(text)
        for unit in split_units(text):
            if not scans.may_hold_cues(unit):
                assert scans.cues(text[unit.start:unit.end], unit) == [], text[unit.start:unit.end]
