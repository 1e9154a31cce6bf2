"""Fast scans of a rule-table alternation: try it only where one of its word prefixes starts.

Python's ``re`` tries every alternative of a big alternation at every position of a text, so
one scan of a 50 kB document costs tens of milliseconds. Every row of a table starts with a few
fixed letters ("ministry", "gaza", "un"), so the places where the table can match at all are the
places where one of those prefixes occurs, which one literal scan per prefix over the lowercased
text finds almost for free (``re`` searches a pattern that opens with a literal by fast skipping).
The prefixes are derived from the table's own patterns (``prefixes``), so the tables stay the one
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

import re
from re import _constants as _sre  # the parse tree of a pattern: no public API exposes it
from re import _parser as _sre_parse

_DEPTH = 4  # letters per prefix: long enough to be rare inside words, short enough to stay literal
# Characters ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` does not make them
# one (the test suite recomputes this list): a text holding one is scanned the plain way.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_Prefix = tuple[str, bool]  # (lowercase letters, whether later letters may still extend it)


def prefixes(pattern: str, flags: int = re.IGNORECASE | re.VERBOSE) -> set[str] | None:
    """Lowercase strings (up to ``_DEPTH`` letters) one of which starts every match of ``pattern``,
    or None when a match may start with a character class no short list of letters covers."""
    found = {text for text, _ in _sequence(list(_sre_parse.parse(pattern, flags)))}
    return None if "" in found else found


def _sequence(items: list) -> set[_Prefix]:
    results: set[_Prefix] = {("", True)}
    for op, argument in items:
        growing = {(text, open_) for text, open_ in results if open_ and len(text) < _DEPTH}
        if not growing:
            break
        done = results - growing
        step = _element(op, argument)
        if step is None:  # anything may follow: these prefixes end here
            results = done | {(text, False) for text, _ in growing}
        else:
            results = done | {((text + more)[:_DEPTH], open_) for text, _ in growing for more, open_ in step}
    return results


def _element(op, argument) -> set[_Prefix] | None:
    if op is _sre.LITERAL:
        return {(chr(argument).lower(), True)}
    if op is _sre.IN:
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
        return set().union(*(_sequence(list(alternative)) for alternative in argument[1]))
    if op is _sre.SUBPATTERN:
        return _sequence(list(argument[3]))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, repeated = argument
        once = _sequence(list(repeated))
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


class PrefilteredPattern:
    """A compiled pattern whose ``finditer`` tries a match only where one of its prefixes starts.

    Falls back to the plain scan when the pattern has no short prefixes, or when lowercasing
    would change the text's length (then offsets in the lowercase copy would not be the text's).
    """

    def __init__(self, pattern: re.Pattern[str], word_start: bool = False):
        """``word_start``: every match of ``pattern`` starts where no word character or hyphen
        precedes (as ``vocabulary.compile_alternation`` guarantees), so other places are skipped."""
        self.pattern = pattern
        found = prefixes(pattern.pattern, pattern.flags)
        # a prefix that extends a shorter one finds nothing the shorter one does not
        self.keys = None if found is None else sorted(key for key in found
                                                     if not any(key != other and key.startswith(other) for other in found))
        # one literal scan per prefix (``re`` searches a leading literal fast), checked for a word start
        guard = r"(?<=(?<![\w-]){key})" if word_start else ""
        self._finders = [re.compile(re.escape(key) + guard.format(key=re.escape(key))) for key in self.keys or ()]

    def starts(self, text: str) -> list[int] | None:
        """Sorted positions of ``text`` where a match may start (None: any position may).

        A caller scanning many slices of one text finds these once and passes each slice its
        share (offsets relative to the slice) to ``finditer``.
        """
        lower = text.lower()
        if self.keys is None or len(lower) != len(text) or _ODD_FOLDS.search(text):
            return None
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
            match = self.pattern.match(text, start)
            if match:
                yield match
                resume = max(match.end(), start + 1)


_EVERYWHERE = {"the", "and", "for", "wit", "tha", "thi"}  # prefixes nearly every English sentence holds
_last_lowered = [("", "")]  # (text, text.lower()): the gates of many rules ask about one sentence in a row


def _lowered(text: str) -> str:
    last = _last_lowered[0]  # one read of one tuple: safe when threads share it
    if last[0] is text:
        return last[1]
    lower = text.lower()
    _last_lowered[0] = (text, lower)
    return lower


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
        return any(map(_lowered(text).__contains__, self.keys)) or _ODD_FOLDS.search(text) is not None

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.pattern.search(text, *bounds) if self.may_match(text) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.pattern.match(text, *bounds) if self.may_match(text) else None

    def finditer(self, text: str, *bounds: int):
        return self.pattern.finditer(text, *bounds) if self.may_match(text) else iter(())
