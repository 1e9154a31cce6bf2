"""Split clean text into units (sentences, headlines, bullet lines) without losing offsets.

A unit never crosses a line break: headlines, bullets and statistics lines stand alone.
Inside a line, sentences end at . ! ? followed by a space and a capital, a digit or a quote,
unless the dot closes a known abbreviation.

>>> text = "Gaza toll rises\\n\\nThe Ministry said 5 died. U.N. staff said Oct. 7 was worse! Dr. Ali agreed."
>>> [text[u.start:u.end] for u in split_units(text)]
['Gaza toll rises', 'The Ministry said 5 died.', 'U.N. staff said Oct. 7 was worse!', 'Dr. Ali agreed.']
>>> [(u.paragraph, u.header) for u in split_units("Since the ceasefire:\\n• Total: 9\\n\\nEnd")]
[(0, True), (0, False), (1, False)]
"""

from __future__ import annotations

import dataclasses
import re

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Rev|No|Nos|vs|etc|approx|incl|excl|est|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Minn|Mich|Calif|Mass|Wash|Fla|Ill|Inc|Ltd|Co|Corp|al)|\b[A-Z](?:\.[A-Z])*)\.$"
)
# How far back from a candidate sentence end an abbreviation can start (a chain of initials
# "U.N.E.S.C.O." ends with a single "O." that matches on its own).
_ABBREVIATION_REACH = 10
# (a run of leader dots before a number ends no sentence: "Jenin .................... 12")
# The mark is consumed by a class, then checked in a lookbehind: a pattern opening with a class lets ``re`` skip to
# the marks in C, where the alternation was tried at every position of every line (same matches: each alternative
# is one character wide, and the lookbehind passes where one of them matches it)
_SENTENCE_END = re.compile(r"[.!?](?<=[!?]|(?<!\.\.)\.|\.(?=\s+[\"“‘(\[]?[A-Z\u0600-\u06ff]))[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\u0600-\u06ff])")
# The longest unit read as one. Real sentences stay far below it (the longest in the corpus has
# ~500 characters); past it a "sentence" is a run-on list or flattened table, and the rules that
# look around each number cost the unit's length per number: a 100 KB unit would take a minute.
MAX_UNIT_CHARS = 1_500
# Where a run-on unit is cut, best first: after a clause's punctuation, else at any space.
_CLAUSE_BREAK = re.compile(r"[;,:]\s+")
_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"^[\s•*\\▪️⭕🔴\-–·●◦►✅]+")


@dataclasses.dataclass(slots=True, frozen=True)
class Unit:
    """One sentence or line: ``text[start:end]``; ``header`` marks a line ending in a colon."""

    start: int
    end: int
    paragraph: int
    line: int
    header: bool = False


def split_units(text: str) -> list[Unit]:
    """All units of ``text`` in order; blank-line-separated blocks are numbered paragraphs."""
    units: list[Unit] = []
    paragraph, last_line_end = 0, None
    for line_number, (line_start, line) in enumerate(_lines(text)):
        if not line.strip():
            continue
        if last_line_end is not None and text.count("\n", last_line_end, line_start) > 1:
            paragraph += 1
        last_line_end = line_start + len(line)
        for start, end in _sentences(line, line_start):
            stripped = text[start:end].rstrip()
            units.append(Unit(start, end, paragraph, line_number, header=stripped.endswith(":")))
    return units


def _lines(text: str) -> list[tuple[int, str]]:
    r"""(offset, line) of every non-empty run of characters other than "\n" (the matches of ``[^\n]+``),
    from ``str.split``: a regex scan pays one step per character.

    >>> _lines("a\n\nbc\n")
    [(0, 'a'), (3, 'bc')]
    """
    found, offset = [], 0
    for line in text.split("\n"):
        if line:
            found.append((offset, line))
        offset += len(line) + 1
    return found


def _sentences(line: str, offset: int) -> list[tuple[int, int]]:
    bullet = _BULLET.match(line)
    cursor = bullet.end() if bullet else 0
    spans = []
    for end in _SENTENCE_END.finditer(line):
        if end.start() < cursor or _ABBREVIATIONS.search(line, max(cursor, end.start() + 1 - _ABBREVIATION_REACH),
                                                          end.start() + 1):
            continue
        spans.append((cursor, end.end()))
        cursor = end.end()
        while cursor < len(line) and line[cursor].isspace():
            cursor += 1
    spans.append((cursor, len(line.rstrip())))
    return [(offset + s, offset + e) for start, end in spans for s, e in _cut_run_on(line, start, end)
            if line[s:e].strip()]


def _cut_run_on(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """``line[start:end]`` as pieces of at most MAX_UNIT_CHARS, cut after a clause if one ends in the last half.

    >>> [b - a for a, b in _cut_run_on("5 killed, " * 400, 0, 4000)]
    [1500, 1500, 1000]
    """
    pieces = []
    while end - start > MAX_UNIT_CHARS:
        limit = start + MAX_UNIT_CHARS
        cut = None
        for pattern in (_CLAUSE_BREAK, _SPACE):
            breaks = [m.end() for m in pattern.finditer(line, start + MAX_UNIT_CHARS // 2, limit)]
            if breaks:
                cut = breaks[-1]
                break
        cut = cut or limit  # no space in 750 characters: not prose, cut anywhere
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
