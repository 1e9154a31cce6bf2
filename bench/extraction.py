"""Extraction throughput: ``python -m bench.extraction [--size-mb 20] [--repeat 3] [--out FILE]``.

Builds a synthetic corpus in memory from the real reports in ``tests/fixtures/corpus`` (the
labelled texts, the HTML cases' clean text, the MoH bulletins): their paragraphs shuffled into
documents as long as the real ones, until the corpus reaches ``--size-mb`` megabytes (10**6
bytes of UTF-8). Then, in this one process (one core), it times ``parsers.extract_figures`` over
the whole corpus ``--repeat`` times (wall and CPU time), and ``parsers.parse_document`` on the
HTML cases, and prints a table and writes the numbers as JSON.

A speed change must not change what is extracted: ``python -m bench.extraction_reference`` dumps
every figure before the change and diffs after it (see that module).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import time
from pathlib import Path

import parsers
from parsers.html import html_to_text

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fixtures" / "corpus"
DEFAULT_OUT = REPO / "bench" / "results" / "extraction.json"
MB = 1_000_000


def real_texts() -> dict[str, str]:
    """Every real report's clean text, by file name."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("labelled/*.txt"))}
    texts |= {p.name: html_to_text(p.read_text(encoding="utf-8")).text for p in sorted(CORPUS.glob("labelled/*.html"))}
    texts |= {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("moh-bulletins/*.txt"))}
    return texts


def synthetic_corpus(size_mb: float, seed: int = 7) -> list[str]:
    """Documents of realistic sizes made of the real paragraphs, shuffled, totalling ``size_mb``."""
    texts = list(real_texts().values())
    paragraphs = [p.strip() for text in texts for p in text.split("\n\n") if p.strip()]
    sizes = [len(text.encode()) for text in texts]
    rng = random.Random(seed)
    documents, total = [], 0
    while total < size_mb * MB:
        target, parts, length = rng.choice(sizes), [], 0
        while length < target:
            paragraph = rng.choice(paragraphs)
            parts.append(paragraph)
            length += len(paragraph.encode()) + 2
        document = "\n\n".join(parts)
        documents.append(document)
        total += len(document.encode())
    return documents


def _spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def time_extraction(documents: list[str], repeat: int) -> dict:
    megabytes = sum(len(d.encode()) for d in documents) / MB
    runs, figures = [], 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        figures = sum(len(parsers.extract_figures(d)[0]) for d in documents)
        runs.append({"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu})
    return {"documents": len(documents), "megabytes": megabytes, "figures": figures, "runs": runs,
            "mb_per_s_wall": _spread([megabytes / r["wall_s"] for r in runs]),
            "mb_per_s_cpu": _spread([megabytes / max(r["cpu_s"], 1e-9) for r in runs])}


def time_html(repeat: int, rounds: int = 20) -> dict:
    pages = [p.read_bytes() for p in sorted(CORPUS.glob("labelled/*.html"))]
    megabytes = rounds * sum(len(p) for p in pages) / MB
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for page in pages:
                parsers.parse_document(page, content_type="text/html")
        runs.append({"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu})
    return {"pages": len(pages) * rounds, "megabytes": megabytes, "runs": runs,
            "mb_per_s_wall": _spread([megabytes / r["wall_s"] for r in runs]),
            "pages_per_s_wall": _spread([len(pages) * rounds / r["wall_s"] for r in runs])}


def format_table(results: dict) -> str:
    # wall MB/s depends on what else the machine runs; MB per CPU second (the per-core target) much less
    rows = [("benchmark", "MB", "min MB/s", "median MB/s", "max MB/s", "median CPU s", "MB per CPU s")]
    for name in ("extract_figures", "parse_document_html"):
        r = results[name]
        cpu = statistics.median(run["cpu_s"] for run in r["runs"])
        rows.append((name, f"{r['megabytes']:.2f}", *(f"{r['mb_per_s_wall'][k]:.3f}" for k in ("min", "median", "max")),
                     f"{cpu:.2f}", f"{r['megabytes'] / max(cpu, 1e-9):.3f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths)))
                     for row in rows)


def main(argv: list[str] | None = None) -> dict:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--size-mb", type=float, default=20.0, help="synthetic corpus size (10**6 bytes)")
    options.add_argument("--repeat", type=int, default=3, help="timed passes over the corpus")
    options.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the JSON results go")
    options.add_argument("--seed", type=int, default=7)
    args = options.parse_args(argv)
    documents = synthetic_corpus(args.size_mb, args.seed)
    results = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(), "machine": platform.machine(),
        "parser_version": parsers.PARSER_VERSIONS["text"], "size_mb": args.size_mb, "repeat": args.repeat,
        "seed": args.seed,
        "extract_figures": time_extraction(documents, args.repeat),
        "parse_document_html": time_html(args.repeat),
    }
    print(format_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))
    print(f"written to {args.out}")
    return results


if __name__ == "__main__":
    main()
