"""`make demo`: the real flow over the bundled reports, night after night; a second run changes no count."""

import re

import pytest

from reliefledger.demo import EXAMPLE_QUERIES, run_demo
from warehouse.db import connect

pytestmark = pytest.mark.flow


def _printed_totals(output: str) -> tuple[int, ...]:
    match = re.search(r"Totals: (\d+) documents, (\d+) observations, (\d+) series", output)
    assert match, output
    return tuple(map(int, match.groups()))


def test_demo_twice_leaves_every_count_unchanged(prefect_api, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("RELIEFLEDGER_SAMPLES_URL", raising=False)
    db = tmp_path / "demo.duckdb"
    run_demo(db)
    first = capsys.readouterr().out
    for night in (1, 2, 3, 4):
        assert re.search(rf"night {night}: \d+ sources, \d+ fetched", first)
    assert "Three series and their history" in first and "according to Gaza Ministry of Health" in first
    assert "reliefledger sql" in first

    run_demo(db)
    second = capsys.readouterr().out
    assert _printed_totals(second) == _printed_totals(first)
    assert "new documents" in second and not re.search(r"[1-9]\d* new documents", second)
    assert second.split("What the ledger holds")[1].split("Totals")[0] == \
        first.split("What the ledger holds")[1].split("Totals")[0]

    con = connect(db, read_only=True)
    try:
        for question, query in EXAMPLE_QUERIES.items():
            assert con.execute(query).fetchall(), question
    finally:
        con.close()
