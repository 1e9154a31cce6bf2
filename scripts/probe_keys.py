"""Key diffs and floors for rule work on the probe rounds (``tests/fixtures/corpus/probes``).

    .venv/bin/python scripts/probe_keys.py dump OUT [--code DIR]     every scored key, as TP, FP or FN, one per line
    .venv/bin/python scripts/probe_keys.py diff BEFORE AFTER [--level +period]
    .venv/bin/python scripts/probe_keys.py floors                    raise floors.toml to just below today's scores

A rule is judged by the keys it changes: ``dump`` the keys of the commit before (``--code`` a checkout of it, e.g. from
``git archive HEAD | tar -x -C /tmp/head``) and of the working tree, then ``diff`` lists the keys that moved (``<`` before,
``>`` after) and the totals of true and false positives at each level. The keys are the scorer's own
(``reliefledger.scoring.keys``), over the dev corpus and every probe round, with the probes' labels of the working tree.
``floors`` only raises a floor, to one step (0.005) below the 0.005 under a score, as the floors have been set since round 1.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fixtures" / "corpus"
STYLES = ("news", "un", "detention", "bulletins")
FLOOR_STEP = 0.005


def _rounds() -> list[pathlib.Path]:
    rounds = [p for p in (CORPUS / "probes").glob("round*") if p.is_dir()]
    return sorted(rounds, key=lambda p: int(p.name.removeprefix("round")))


def dump(out: pathlib.Path, code: pathlib.Path) -> None:
    """Write every key the extractor in ``code`` scores over the dev corpus and the probes, sorted."""
    sys.path.insert(0, str(code))
    from reliefledger.scoring import LEVELS, METRIC_ALIASES, VOCABULARY, find_cases, keys, predict_with_parsers

    folders = [CORPUS / "labelled", CORPUS / "moh-bulletins"] + [r / style for r in _rounds() for style in STYLES]
    lines = []
    for gold_path, document in find_cases(folders):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        labels = gold.get("figures", [])
        sure = [f for f in labels if not (f.get("label_doubt")
                                          or METRIC_ALIASES.get(f.get("metric"), f.get("metric")) not in VOCABULARY)]
        predicted = predict_with_parsers(document)
        case = gold_path.relative_to(CORPUS).as_posix()
        for level in LEVELS:  # as score_cases counts them (doubtful and unscored labels count neither way)
            gold_keys = {keys(f)[level] for f in sure if level != "+source" or f.get("attributed_to")}
            optional = {keys(f)[level] for f in labels if f not in sure} - gold_keys
            found = {keys(f)[level] for f in predicted} - optional
            if level == "+source":
                found = {k for k in found if k[:4] in {g[:4] for g in gold_keys}}
            lines += [f"{case}\t{level}\t{k}\t{'TP' if k in gold_keys else 'FP'}" for k in found
                      if k in gold_keys or not gold.get("gold_is_partial")]
            lines += [f"{case}\t{level}\t{k}\tFN" for k in gold_keys - found]
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")


def diff(before: pathlib.Path, after: pathlib.Path, level: str) -> None:
    """Print the keys of ``level`` that differ, then the totals at each level."""
    rows = {name: [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()] for name, path
            in (("before", before), ("after", after))}
    old = {"\t".join(r) for r in rows["before"] if r[1] == level}
    new = {"\t".join(r) for r in rows["after"] if r[1] == level}
    for line in sorted(old - new):
        print("<", line)
    for line in sorted(new - old):
        print(">", line)
    for each in ("figure", "+period", "+source"):
        counts = {name: {kind: sum(1 for r in table if r[1] == each and r[3] == kind) for kind in ("TP", "FP")}
                  for name, table in rows.items()}
        print(f"{each}: TP {counts['before']['TP']} -> {counts['after']['TP']}, FP {counts['before']['FP']} -> {counts['after']['FP']}")


def raise_floors() -> None:
    """Raise each round's floors in floors.toml to one step below today's score, where that is higher."""
    sys.path.insert(0, str(REPO))
    from reliefledger.scoring import score_cases, predict_with_parsers

    path = CORPUS / "probes" / "floors.toml"
    text = path.read_text(encoding="utf-8")
    raised = 0
    for folder in _rounds():
        report = score_cases([folder / style for style in STYLES], predict_with_parsers)
        for level, counts in report.levels.items():
            heading = f"[{folder.name}.{level}]" if level == "figure" else f'[{folder.name}."{level}"]'
            start = text.index(heading + "\n")
            end = text.find("\n[", start + 1)  # (the next heading: a section may lack the blank line before it)
            end = len(text) if end < 0 else end
            block = text[start:end]
            for name, score in zip(("precision", "recall", "f1"), counts.prf()):
                floor = re.search(rf"^{name} = ([\d.]+)$", block, re.MULTILINE)
                candidate = round(math.floor(score / FLOOR_STEP + 1e-9) * FLOOR_STEP - FLOOR_STEP, 3)
                if candidate > float(floor.group(1)) + 1e-9:
                    block = block.replace(floor.group(0), f"{name} = {candidate:g}", 1)
                    raised += 1
            text = text[:start] + block + text[end:]
    path.write_text(text, encoding="utf-8")
    print(f"raised {raised} floors")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write every scored key")
    dumping.add_argument("out", type=pathlib.Path)
    dumping.add_argument("--code", type=pathlib.Path, default=REPO, help="the checkout whose extractor is run")
    diffing = commands.add_parser("diff", help="the keys two dumps disagree on")
    diffing.add_argument("before", type=pathlib.Path)
    diffing.add_argument("after", type=pathlib.Path)
    diffing.add_argument("--level", default="figure", choices=("figure", "+qualifier", "+period", "+source"))
    commands.add_parser("floors", help="raise floors.toml to just below today's scores")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.code.resolve())
    elif args.command == "diff":
        diff(args.before, args.after, args.level)
    else:
        raise_floors()


if __name__ == "__main__":
    main()
