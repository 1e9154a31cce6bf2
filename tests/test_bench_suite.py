"""The benchmark suite runs end to end at a tiny size, and its JSON has every field (speed is never asserted)."""

from __future__ import annotations

import json
import urllib.request

import pytest

from bench.ledger import fill
from bench.server import ArchiveServer, report
from bench.suite import QUERIES, TARGETS, main
from warehouse.db import connect

SPREAD = {"min", "median", "max", "runs"}


def assert_spread(measure: dict, runs: int) -> None:
    assert set(measure) == SPREAD and len(measure["runs"]) == runs
    assert measure["min"] <= measure["median"] <= measure["max"]


def test_the_archive_server_serves_real_paragraphs_with_etags_and_304s():
    with ArchiveServer(documents=5, sources=2) as server:
        feed = urllib.request.urlopen(f"{server.url}/feed/1.xml").read().decode()
        assert f"{server.url}/doc/3.txt" in feed and f"{server.url}/doc/1.txt" in feed and "/doc/2.txt" not in feed
        answer = urllib.request.urlopen(f"{server.url}/doc/3.txt")
        body, etag = answer.read(), answer.headers["ETag"]
        assert body == report(3) and len(body) > 200
        again = urllib.request.Request(f"{server.url}/doc/3.txt", headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as not_modified:
            urllib.request.urlopen(again)
        assert not_modified.value.code == 304
        assert server.counts == {"requests": 3, "not_modified": 1, "bytes": len(feed.encode()) + len(body)}


def test_the_synthetic_ledger_is_shaped_as_asked_and_its_stored_latest_is_the_computed_one(tmp_path):
    con = connect(tmp_path / "ledger.duckdb")
    counts = fill(con, 6_000, sources=3, series_per_source=10, figures_per_document=20)
    assert counts == {"documents": 300, "observations": 6_000, "series_dim": 30, "figures_latest": 30}
    assert con.execute("SELECT count(*) FROM (FROM figures_latest EXCEPT ALL FROM figures_latest_without_run(NULL))"
                       ).fetchall() == [(0,)]
    assert con.execute("SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM observations GROUP BY series_key)"
                       ).fetchall() == [(200, 200)]
    con.close()


def test_a_tiny_suite_run_writes_every_measure(prefect_api, tmp_path, capsys):
    out = tmp_path / "suite.json"
    main(["--sizes", "12", "--observations", "3000", "--load-observations", "600", "--load-batch", "300",
          "--extraction-mb", "0.03", "--repeat", "2", "--night-repeat", "1", "--out", str(out),
          "--workdir", str(tmp_path / "work")])
    results = json.loads(out.read_text())
    assert "night, 12 new docs" in capsys.readouterr().out

    assert {"cores", "python", "duckdb", "prefect", "dask", "load_average_at_start", "load_average_at_end"} <= \
        set(results["machine"])
    assert results["targets"] == TARGETS
    assert_spread(results["extraction"]["mb_per_s_per_core"], 2)

    night = results["nights"]["12"]
    assert (night["documents"], night["sources"]) == (12, 1)
    new = night["night_new"]
    for name in ("wall_s", "documents_per_s", "observations_per_s", "peak_rss_mb", "in_tasks_s",
                 "flow_body_work_s", "orchestration_s", "orchestration_share"):
        assert_spread(new[name], 1)
    assert new["flow_state"] == "COMPLETED" and new["stored_latest_matches_view"] is True
    assert new["requests"]["requests"] >= 12 and new["task_runs"] == 2 and night["observations"] > 0
    nothing = night["night_nothing_new"]
    assert_spread(nothing["wall_s"], 1)
    # a night with nothing new asks each source's feed once, conditionally, and gets a 304
    assert nothing["new_documents"] == 0 and nothing["requests"]["not_modified"] == night["sources"]
    for workers in ("workers_1", "workers_2"):
        assert night["reparse"][workers]["documents"] == 12
        assert_spread(night["reparse"][workers]["wall_s"], 1)
    assert night["reparse"]["speedup_1_to_2_workers"] > 0

    assert results["loader"]["observations"] == 600
    assert_spread(results["loader"]["observations_per_s"], 2)
    ledger = results["queries"]["3000"]
    assert ledger["observations"] == 3000 and set(ledger["latency"]) == set(QUERIES)
    assert ledger["latency"]["figures_latest"]["rows"] == ledger["series"]
    assert_spread(ledger["load_one_document_ms"], 2)
    assert_spread(ledger["changed_series_one_document_ms"], 2)
