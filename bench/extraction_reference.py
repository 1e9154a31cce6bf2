"""Reference dump for speed work: ``python -m bench.extraction_reference OUT [--check REF] [--size-mb 5]``.

A speed change to ``parsers/`` must not change what is extracted. This writes every figure and
condition report (all fields), and every ``--explain`` line, that the parsers produce over:

- every file under ``tests/fixtures`` read by ``parse_document`` the way the corpus gate and the
  scorer read it (content type from the name), and again with a publication date and publishers;
- the corpus texts (labelled .txt, HTML cases' clean text, MoH bulletins) through
  ``extract_figures`` directly, with and without a publication date and a publisher;
- a fixed-seed synthetic corpus (``bench.extraction.synthetic_corpus``, seed 11) through
  ``extract_figures`` and, for a tenth of it, ``parse_document`` (which adds the Arabic reader).

Write a reference before the change (to /tmp: it is large and machine-made), then run again with
``--check REF``: it prints the first lines that differ and exits 1 if anything changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import hashlib
import json
import mimetypes
import sys
import warnings
from pathlib import Path

if not __package__:  # run as a file (python bench/extraction_reference.py): the repository is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bs4 import XMLParsedAsHTMLWarning

import parsers
from bench.extraction import REPO, real_texts, synthetic_corpus
from parsers.explain import explain, format_explanations

FIXTURES = REPO / "tests" / "fixtures"
PUBLISHED = dt.date(2026, 6, 20)
PUBLISHERS = (None, "Gaza Ministry of Health", "OCHA", "Al Jazeera", "HaMoked")


def _items(figures, conditions) -> list[str]:
    return [json.dumps(item.to_json(), sort_keys=True, ensure_ascii=False) for item in [*figures, *conditions]]


def _document_lines(label: str, document: parsers.ParsedDocument) -> list[str]:
    head = {"parser": document.parser, "version": document.parser_version, "title": document.title,
            "published": document.published and document.published.isoformat(), "warnings": document.warnings,
            "text_sha256": hashlib.sha256(document.text.encode()).hexdigest()}
    return [f"## {label} {json.dumps(head, sort_keys=True, ensure_ascii=False)}",
            *_items(document.figures, document.conditions)]


def reference_lines(size_mb: float) -> list[str]:
    lines: list[str] = []
    for path in sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".json", ".xml", ".pdf")):
        name = str(path.relative_to(FIXTURES))
        content_type = mimetypes.guess_type(path.name)[0]
        body = path.read_bytes()
        lines += _document_lines(f"parse_document {name}", parsers.parse_document(body, content_type=content_type,
                                                                                  url=str(path)))
        for publisher in PUBLISHERS[1:]:
            lines += _document_lines(f"parse_document {name} published+{publisher}", parsers.parse_document(
                body, content_type=content_type, url=str(path), published=PUBLISHED, publisher=publisher))
    for name, text in real_texts().items():
        for published in (None, PUBLISHED):
            for publisher in PUBLISHERS:
                lines.append(f"## extract_figures {name} {published} {publisher}")
                lines += _items(*parsers.extract_figures(text, published=published, publisher=publisher))
        figures, _ = parsers.extract_figures(text)
        lines.append(f"## explain {name}")
        lines += format_explanations(explain(text, figures)).splitlines()
    for index, document in enumerate(synthetic_corpus(size_mb, seed=11)):
        lines.append(f"## synthetic {index}")
        lines += _items(*parsers.extract_figures(document))
        if index % 10 == 0:
            lines += _document_lines(f"synthetic parse_document {index}",
                                     parsers.parse_document(document, content_type="text/plain"))
    return lines


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("out", type=Path, help="where the dump goes")
    options.add_argument("--check", type=Path, help="a reference dump to compare with")
    options.add_argument("--size-mb", type=float, default=5.0, help="synthetic corpus size (10**6 bytes)")
    args = options.parse_args(argv)
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)  # the feed fixtures are XML read as HTML, on purpose
    lines = reference_lines(args.size_mb)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines written to {args.out}")
    if args.check is None:
        return 0
    reference = args.check.read_text(encoding="utf-8").splitlines()
    if reference == lines:
        print(f"identical to {args.check}")
        return 0
    diff = list(difflib.unified_diff(reference, lines, str(args.check), str(args.out), lineterm="", n=1))
    print("\n".join(diff[:60]))
    print(f"DIFFERS from {args.check}: {sum(1 for d in diff if d[:1] in '+-') - 2} changed lines")
    return 1


if __name__ == "__main__":
    sys.exit(main())
