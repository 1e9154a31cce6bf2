"""The extraction benchmark runs end to end on a tiny corpus (speed itself is never asserted)."""

import json

from bench.extraction import main, real_texts, synthetic_corpus


def test_the_synthetic_corpus_is_made_of_real_paragraphs_and_reaches_its_size():
    documents = synthetic_corpus(0.05)
    assert sum(len(d.encode()) for d in documents) >= 50_000
    paragraphs = {p.strip() for text in real_texts().values() for p in text.split("\n\n")}
    assert all(p in paragraphs for d in documents for p in d.split("\n\n"))
    assert any("الشهداء" in d for d in documents) and any("Nasser Hospital" in d for d in documents)


def test_a_tiny_run_writes_positive_throughputs(tmp_path):
    out = tmp_path / "extraction.json"
    main(["--size-mb", "0.2", "--repeat", "1", "--out", str(out)])
    results = json.loads(out.read_text())
    assert results["extract_figures"]["megabytes"] >= 0.2
    assert results["extract_figures"]["figures"] > 0
    assert results["extract_figures"]["mb_per_s_wall"]["median"] > 0
    assert results["extract_figures"]["mb_per_s_cpu"]["median"] > 0
    assert results["parse_document_html"]["mb_per_s_wall"]["min"] > 0
    assert len(results["extract_figures"]["runs"]) == 1
