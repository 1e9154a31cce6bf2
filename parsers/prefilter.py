"""Fast scans of a rule-table alternation: try it only where one of its word prefixes starts.

Python's ``re`` tries every alternative of a big alternation at every position of a text, so
one scan of a 50 kB document costs tens of milliseconds. Every row of a table starts with a few
fixed letters ("ministry", "gaza", "un"), so the places where the table can match at all are the
places where one of those prefixes occurs. For a table whose rows start words, one scan of the
lowercased text finds them: a pattern opening with a character class (a character no word follows)
lets ``re`` skip the rest in C, and the prefixes, merged into a trie and reaching past whitespace
("the st" for ``the\\s+Strip``), are tried only there; ``starts_together`` scans once for several
tables. Other patterns take one literal scan per prefix. The prefixes are derived from the table's own patterns (``prefixes``), so the tables stay the one
source of truth, and ``PrefilteredPattern.finditer`` yields exactly the matches of
``pattern.finditer``. ``GatedPattern`` does the same for a rule asked of one sentence: no prefix
in the sentence, no scan.

>>> sorted(prefixes(r"(?:Gaza\\s+)?government\\s+media\\s+office|(?-i:\\bGMO\\b)"))
['gaza', 'gmo', 'gove']
>>> prefixes(r"\\w+\\s+killed") is None
True
>>> table = PrefilteredPattern(re.compile(r"(?<![\\w-])(?:(?P<r0>Gaza(?:\\s+Strip)?)|(?P<r1>West\\s+Bank))", re.I))
>>> [m.group() for m in table.finditer("From the gaza strip to the West Bank, Gazans")]
['gaza strip', 'West Bank', 'Gaza']
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from re import _constants as _sre  # the parse tree of a pattern: no public API exposes it
from re import _parser as _sre_parse

_DEPTH = 4  # letters per prefix: long enough to be rare inside words, short enough to stay literal
_SCAN_DEPTH = 8  # the same for the one regex scan of ``PrefilteredPattern``, where prefixes need not stay short
# Characters ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` does not make them
# one (the test suite recomputes this list): a text holding one is scanned the plain way.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_Prefix = tuple[str, bool]  # (lowercase letters, whether later letters may still extend it)


def prefixes(pattern: str, flags: int = re.IGNORECASE | re.VERBOSE, depth: int = _DEPTH,
             spaces: bool = False) -> set[str] | None:
    """Lowercase strings (up to ``depth`` letters) one of which starts every match of ``pattern``,
    or None when a match may start with a character class no short list of letters covers.

    ``spaces``: whitespace (``\\s``, ``\\s+``) goes on the prefix as one " ", standing for a run of
    whitespace characters, so a prefix reaches past the first word ("the st" for ``the\\s+Strip``);
    such prefixes are for ``_trie`` (which reads " " as ``\\s+``), never for substring tests.
    """
    found = {text for text, _ in _sequence(list(_sre_parse.parse(pattern, flags)), depth, spaces)}
    return None if "" in found else found


def _sequence(items: list, depth: int, spaces: bool) -> set[_Prefix]:
    results: set[_Prefix] = {("", True)}
    for op, argument in items:
        growing = {(text, open_) for text, open_ in results if open_ and len(text) < depth}
        if not growing:
            break
        done = results - growing
        step = _element(op, argument, depth, spaces)
        if step is None:  # anything may follow: these prefixes end here
            results = done | {(text, False) for text, _ in growing}
        else:
            results = done | {((text + more)[:depth], open_) for text, _ in growing for more, open_ in step}
    return results


def _element(op, argument, depth: int, spaces: bool) -> set[_Prefix] | None:
    if op is _sre.LITERAL:
        return {(chr(argument).lower(), True)}
    if op is _sre.IN:
        if spaces and argument == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]:
            return {(" ", True)}
        letters = set()
        for kind, value in argument:
            if kind is _sre.LITERAL:
                letters.add(chr(value).lower())
            elif kind is _sre.RANGE and value[1] - value[0] < 30:
                letters.update(chr(code).lower() for code in range(value[0], value[1] + 1))
            else:
                return None
        return {(letter, True) for letter in letters}
    if op is _sre.BRANCH:
        return set().union(*(_sequence(list(alternative), depth, spaces) for alternative in argument[1]))
    if op is _sre.SUBPATTERN:
        return _sequence(list(argument[3]), depth, spaces)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, repeated = argument
        if spaces and low >= 1 and list(repeated) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]:
            return {(" ", True)}  # a run of whitespace: " " in a prefix stands for one or more
        once = _sequence(list(repeated), depth, spaces)
        if low == 0:
            return once | {("", True)}
        return once if high == 1 else {(text, False) for text, _ in once}
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero-width: consumes no letter
        return {("", True)}
    return None


def first_letters(pattern: str) -> str:
    r"""A zero-width guard ``(?=[...])`` for the letters every match of ``pattern`` starts with
    (to be compiled with ``re.IGNORECASE``, which folds them as the pattern does); "" when unknown.

    >>> first_letters(r"January|February|Jun\.?")
    '(?=[fj])'
    """
    found = prefixes(pattern)
    if found is None:
        return ""
    return "(?=[" + "".join(re.escape(letter) for letter in sorted({key[0] for key in found})) + "])"


def fast_words(alternation: str) -> str:
    r"""``alternation`` (``|``-separated, each alternative opening with a plain letter) regrouped by
    first letter, each group behind a case-sensitive class of the characters that letter matches
    under ``re.IGNORECASE``.

    Under IGNORECASE, ``re`` enters every alternative at every position it is tried; a branch that
    opens with a case-sensitive class is skipped by one look at the character, so a position no
    alternative can start at costs a few checks. Same matches, same order: alternatives with
    different first letters never match at one position, and those sharing one keep their order.

    >>> fast_words(r"June|July|Jun\.?|May")
    '(?-i:[Jj])(?:une|uly|un\\.?)|(?-i:[Mm])(?:ay)'
    >>> fast_words(r"the\s+(?:ministry|office)|it\s+said")
    '(?-i:[Tt])(?:he\\s+(?:ministry|office))|(?-i:[Iiİı])(?:t\\s+said)'
    """
    groups: dict[str, list[str]] = {}
    for word in top_level_alternatives(alternation):
        if not (word[:1].isascii() and word[:1].isalpha()) or word[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"fast_words needs alternatives opening with a plain letter, not {word!r}")
        groups.setdefault(word[0].lower(), []).append(word[1:])
    return "|".join(f"(?-i:[{_folds(first)}])(?:{'|'.join(rests)})" for first, rests in groups.items())


def word_start_words(alternation: str) -> str:
    r"""``\b(?:alternation)`` (alternatives as for ``fast_words``) in a form ``re`` scans in C.

    A pattern opening with ``\b`` is tried at every position of a text; this one opens with a
    class of the first letters, so ``re`` skips every other character without trying anything, and
    checks the word boundary, then which letter it was, only where a first letter stands. Same
    matches: the letter is consumed, the boundary is checked before it (in a lookbehind), and each
    group of alternatives goes on from the second letter.

    >>> pattern = re.compile(word_start_words(r"the\s+ministry|it\s+said"), re.IGNORECASE)
    >>> [m.group() for m in pattern.finditer("IT SAID; lit said; The  ministry")]
    ['IT SAID', 'The  ministry']
    """
    letters, branches = _after_first_letter(alternation, "word_start_words")
    return rf"(?-i:[{letters}])(?<=\b.)(?:{branches})"


def scan_words(alternation: str) -> str:
    r"""``(?:alternation)`` (alternatives as for ``fast_words``, matched anywhere, inside words too) in
    a form ``re`` scans in C: ``word_start_words`` without the word boundary.

    >>> pattern = re.compile(scan_words(r"detain|prison|detention"), re.IGNORECASE)
    >>> [m.group() for m in pattern.finditer("DETENTION; ex-Prisoners redetained")]
    ['DETENTION', 'Prison', 'detain']
    """
    letters, branches = _after_first_letter(alternation, "scan_words")
    return rf"(?-i:[{letters}])(?:{branches})"


def _after_first_letter(alternation: str, caller: str) -> tuple[str, str]:
    """The characters the alternatives of ``alternation`` may open with (for a case-sensitive class),
    and the alternatives regrouped by first letter, each group behind a lookbehind for its letter and
    going on from the second letter (the letter is consumed by the class before them)."""
    groups: dict[str, list[str]] = {}
    for word in top_level_alternatives(alternation):
        if not (word[:1].isascii() and word[:1].isalpha()) or word[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"{caller} needs alternatives opening with a plain letter, not {word!r}")
        groups.setdefault(word[0].lower(), []).append(word[1:])
    letters = "".join(sorted(set("".join(_folds(first) for first in groups))))
    branches = "|".join(f"(?<=(?-i:[{_folds(first)}]))(?:{'|'.join(rests)})" for first, rests in groups.items())
    return letters, branches


def word_start_guarded(alternation: str, verbose: bool = False) -> str:
    r"""``alternation`` with each run of alternatives opening with ``\b`` checking that boundary once, then
    (where known) a case-sensitive class of the characters the run's alternatives start with.

    A searched alternation whose alternatives each open with ``\b`` enters every one of them at every
    position; here a position inside a word fails at the one ``\b``, and a word start no alternative can
    open fails at the class. Same matches, same order: the alternatives keep their order, each run the
    ``\b`` it opened with and a guard every one of its matches passes (the class is for
    ``re.IGNORECASE``: letters stand with all they match). ``verbose``: the pattern is for ``re.VERBOSE``
    (whitespace around an alternative is no part of it; it must hold no comment).

    >>> word_start_guarded(r"\bfell\s+by|\b(?:rose|grew)\s+by|[-,]\s*up|\bthe\s+man")
    '\\b(?=(?-i:[FGRfgr]))(?:fell\\s+by|(?:rose|grew)\\s+by)|[-,]\\s*up|\\b(?=(?-i:[Tt]))(?:the\\s+man)'
    """
    runs: list[list[str]] = []
    for alternative in top_level_alternatives(alternation):
        alternative = alternative.strip() if verbose else alternative
        word = alternative.startswith(r"\b")
        if word and runs and runs[-1][0] == "word":
            runs[-1].append(alternative[2:])
        else:
            runs.append(["word", alternative[2:]] if word else ["other", alternative])
    parts = []
    for kind, *alternatives in runs:
        if kind == "other":
            parts.append(alternatives[0])
            continue
        starts = first_characters("|".join(alternatives))
        guard = "(?=(?-i:[" + re.escape(starts) + "]))" if starts else ""
        parts.append(r"\b" + guard + "(?:" + "|".join(alternatives) + ")")
    return "|".join(parts)


def first_characters(pattern: str) -> str | None:
    """Every character a match of ``pattern`` (compiled with ``re.IGNORECASE``) can start with, for a
    case-sensitive class, or None when unknown; letters stand with all they match ("Ssſ" for s)."""
    found = prefixes(pattern, depth=1)
    if found is None or not all(key.isascii() for key in found):
        return None
    return "".join(sorted({char for key in found for char in (_folds(key) if key.isalpha() else key)}))


def top_level_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (a ``|`` inside a group or a class is no split)."""
    parts, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*parts, pattern[start:]]


def _folds(letter: str) -> str:
    """Every character ``letter`` matches under IGNORECASE: its two cases and the odd folds ("ſ" for s)."""
    odd = (char for char in _ODD_FOLDS.pattern.strip("[]") if re.fullmatch(letter, char, re.IGNORECASE))
    return "".join(sorted({letter.lower(), letter.upper(), *odd}))


def _trie(keys: list[str]) -> str:
    """An alternation of literal ``keys`` sharing their common starts, which ``re`` tries faster
    than a flat list: ``_trie(["gaza", "gov", "un"])`` is ``g(?:aza|ov)|un``."""
    by_first: dict[str, list[str]] = {}
    for key in sorted(set(keys)):
        by_first.setdefault(key[:1], []).append(key[1:])
    branches = []
    for first, rests in by_first.items():
        if "" in rests:  # the shorter key matches wherever a longer one would
            branches.append(_literal(first))
        else:
            rest = _trie(rests)
            top_level_choice = len({r[:1] for r in rests}) > 1
            branches.append(_literal(first) + (f"(?:{rest})" if top_level_choice else rest))
    return "|".join(branches)


def _literal(character: str) -> str:
    return r"\s+" if character == " " else re.escape(character)  # " ": a run of whitespace (``prefixes``)


class PrefilteredPattern:
    """A compiled pattern whose ``finditer`` tries a match only where one of its prefixes starts.

    Falls back to the plain scan when the pattern has no short prefixes, or when lowercasing
    would change the text's length (then offsets in the lowercase copy would not be the text's).
    """

    def __init__(self, pattern: re.Pattern[str], word_start: bool = False,
                 by_first_letter: RowsByFirstLetter | None = None):
        """``word_start``: every match of ``pattern`` starts where no word character or hyphen
        precedes (as ``vocabulary.compile_alternation`` guarantees), so other places are skipped.
        ``by_first_letter``: the same pattern cut down, for each ASCII letter, to the rows that can
        start with it; a match is tried with the one for its first letter."""
        self.pattern = pattern
        self._by_first_letter = by_first_letter
        # deeper prefixes, reaching past whitespace, leave fewer false starts: the scan is a regex here
        found = prefixes(pattern.pattern, pattern.flags, _SCAN_DEPTH, spaces=True) if word_start else \
            prefixes(pattern.pattern, pattern.flags)
        # a prefix that extends a shorter one finds nothing the shorter one does not
        self.keys = None if found is None else sorted(key for key in found
                                                     if not any(key != other and key.startswith(other) for other in found))
        self._word_start = word_start
        if word_start and self.keys:
            # ONE scan for every prefix: a character that cannot precede a word, then (not consumed) a
            # prefix. The pattern opening with a character class lets ``re`` skip other characters in
            # C, where one literal scan per prefix read the whole text once per prefix.
            self._after_boundary = re.compile(r"[^\w-](?=" + _trie(self.keys) + ")")
        else:  # one literal scan per prefix (``re`` searches a leading literal fast)
            self._finders = [re.compile(re.escape(key)) for key in self.keys or ()]

    def starts(self, text: str) -> list[int] | None:
        """Sorted positions of ``text`` where a match may start (None: any position may).

        A caller scanning many slices of one text finds these once and passes each slice its
        share (offsets relative to the slice) to ``finditer``.
        """
        lower = _lowered(text)
        if self.keys is None or len(lower) != len(text) or _has_odd_fold(text):
            return None
        if self._word_start:  # a space before the text stands for its start, where any word may begin
            return [match.start() for match in self._after_boundary.finditer(" " + lower)]
        found = set()
        for finder in self._finders:
            found.update(map(re.Match.start, finder.finditer(lower)))
        return sorted(found)

    def finditer(self, text: str, starts: list[int] | None = None):
        """The matches of ``self.pattern.finditer(text)``, same order, same spans.

        ``starts`` is ``self.starts(text)`` (or a superset of it) when the caller already has it.
        """
        starts = self.starts(text) if starts is None else starts
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        resume = 0
        for start in starts:
            if start < resume:
                continue
            pattern = self._by_first_letter.pattern_for(text[start]) if self._by_first_letter else None
            match = (pattern or self.pattern).match(text, start)
            if match:
                yield match
                resume = max(match.end(), start + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """``self.pattern.search(text)``: the first match of ``finditer`` (the leftmost, as ``search`` finds)."""
        return next(self.finditer(text), None)


class RowsByFirstLetter:
    """A table's alternation cut down, for each ASCII letter, to the rows that can start with it.

    An alternation of a whole table tries every row at each place; the rows a place's first letter
    admits find the same match (the others fail on that letter), at a fraction of the cost. A row
    whose first letters are unknown sits in every group; a row that may start with a non-ASCII
    character leaves the table whole, as folding would have to be worked out for it. ``compile_rows``
    builds the alternation of some rows (indices, in table order) for the (lowercase) letter it will be
    tried at, when that letter first needs it.
    """

    def __init__(self, rows: list[str], compile_rows: Callable[[list[int], str], re.Pattern[str]]):
        firsts = [prefixes(row, depth=1) for row in rows]
        if any(found is not None and not all(key.isascii() for key in found) for found in firsts):
            firsts = [None for _ in rows]
        letters = set().union(*(found for found in firsts if found is not None))
        self._rows = {letter: [index for index, found in enumerate(firsts) if found is None or letter in found]
                      for letter in letters}
        self._compile_rows = compile_rows
        self._compiled: dict[str, re.Pattern[str]] = {}  # at most one per letter

    def pattern_for(self, first: str) -> re.Pattern[str] | None:
        """The rows a match starting with ``first`` may come from (None: try them all)."""
        if not first.isascii():
            return None
        key = first.lower()  # under IGNORECASE an ASCII character matches an ASCII letter when it lowercases to it
        pattern = self._compiled.get(key)
        if pattern is None and key in self._rows:
            pattern = self._compiled[key] = self._compile_rows(self._rows[key], key)
        return pattern


@functools.lru_cache(maxsize=None)  # one pattern per set of tables, built when first asked for
def _together(tables: tuple[PrefilteredPattern, ...]) -> re.Pattern[str]:
    union = sorted({key for table in tables for key in table.keys})
    # where some table's prefix starts, an optional lookahead per table records whether its own does
    marks = "".join(f"(?:(?={_trie(table.keys)})()|)" for table in tables)
    # one look at the next character (a class) rules out most places before the trie tries its branches
    first = "".join(sorted({re.escape(key[0]) for key in union}))
    return re.compile(r"[^\w-](?=[" + first + "])(?=" + _trie(union) + ")" + marks)


def starts_together(tables: tuple[PrefilteredPattern, ...], text: str) -> list[list[int] | None]:
    """``[table.starts(text) for table in tables]`` for word-start tables, in ONE scan of ``text``.

    A document is scanned by four tables (metric cues, bodies, speakers, places): each scan pays for
    every position where a word may start, so scanning once for all of them costs little more than one.
    """
    if any(not table._word_start or not table.keys for table in tables):
        return [table.starts(text) for table in tables]
    lower = _lowered(text)
    if len(lower) != len(text) or _has_odd_fold(text):
        return [None for _ in tables]
    found: list[list[int]] = [[] for _ in tables]
    for match in _together(tables).finditer(" " + lower):  # the space stands for the text's start
        marks = match.groups()  # "" where that table's empty group matched (its prefix starts here), else None
        which = _MARKED.get(marks)
        if which is None:  # the tables marked, for each combination of marks met (few: 36 over the 1 MB speed corpus)
            which = _MARKED[marks] = tuple(index for index, mark in enumerate(marks) if mark is not None)
        start = match.start()
        for index in which:
            found[index].append(start)
    return found


_MARKED: dict[tuple[str | None, ...], tuple[int, ...]] = {}


_EVERYWHERE = {"the", "and", "for", "wit", "tha", "thi"}  # prefixes nearly every English sentence holds
# The gates of many rules ask about one sentence in a row: the last answers, as (text, answer).
_last_lowered = [("", "")]
_last_odd_fold = [("", False)]


def _lowered(text: str) -> str:
    last = _last_lowered[0]  # one read of one tuple: safe when threads share it
    if last[0] is text:
        return last[1]
    lower = text.lower()
    _last_lowered[0] = (text, lower)
    return lower


def _has_odd_fold(text: str) -> bool:
    """Whether ``text`` holds a character of ``_ODD_FOLDS``."""
    last = _last_odd_fold[0]
    if last[0] is text:
        return last[1]
    found = _ODD_FOLDS.search(text) is not None
    _last_odd_fold[0] = (text, found)
    return found


class GatedPattern:
    """A compiled pattern whose scans are skipped when none of its prefixes occurs in the text.

    A rule checked on every sentence usually finds nothing: a few substring tests
    (``key in text.lower()``) say so much faster than the regex engine, which tries the whole
    pattern at every position. When a prefix does occur, the pattern runs as before, so every
    result is the pattern's own.
    """

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        found = prefixes(pattern.pattern, pattern.flags)
        keys = None if found is None else tuple(sorted(
            key for key in found if not any(key != other and key.startswith(other) for other in found)))
        # a gate that lets nearly every sentence through ("in", "the") would only cost time
        self.keys = keys if keys and all(len(key) >= 3 and key not in _EVERYWHERE for key in keys) else None

    def may_match(self, text: str) -> bool:
        """False only when no match can exist anywhere in ``text``."""
        if self.keys is None:
            return True
        return any(map(_lowered(text).__contains__, self.keys)) or _has_odd_fold(text)

    def over(self, text: str) -> SliceGate:
        """``may_match`` for many slices of ``text`` (its units), finding the keys in ``text`` once."""
        return SliceGate(self, text)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.pattern.search(text, *bounds) if self.may_match(text) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.pattern.match(text, *bounds) if self.may_match(text) else None

    def finditer(self, text: str, *bounds: int):
        return self.pattern.finditer(text, *bounds) if self.may_match(text) else iter(())


class SliceGate:
    """``gate.may_match(text[start:end])`` for many slices of one text, at the cost of one look per key.

    A document of 30 units asked the gate of each unit tested every key against every unit; here
    each key is found in the whole lowercased text once, and a slice passes when an occurrence lies
    inside it. Lowercasing maps character to character (checked: same length), so a key occurs in a
    slice's lowercase exactly where it occurs in the text's. A text holding an odd fold passes every
    slice, as ``may_match`` does.
    """

    def __init__(self, gate: GatedPattern, text: str):
        lower = _lowered(text)
        self._spans: list[tuple[int, int]] | None = None
        if gate.keys is None or len(lower) != len(text) or _has_odd_fold(text):
            return
        spans = []
        for key in gate.keys:
            at = lower.find(key)
            while at >= 0:
                spans.append((at, at + len(key)))
                at = lower.find(key, at + 1)
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]

    def may_match(self, start: int, end: int) -> bool:
        """False only when no match can exist in ``text[start:end]``."""
        if self._spans is None:
            return True
        for index in range(bisect.bisect_left(self._starts, start), len(self._spans)):
            key_start, key_end = self._spans[index]
            if key_start >= end:
                return False
            if key_end <= end:
                return True
        return False
