"""Parsing a night's big sources on parse worker processes (flows/parsing.py) gives the same ledger.

Real parts: the sample server, real Prefect flow runs, real DuckDB files, real worker processes.
The sample sources are small, so these tests lower the pool's threshold to one document; a
crashing parser is planted in the workers by the pool's ``initializer`` (a function of this
module, imported by the worker by name).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os

import pytest

from fetch.adapters import Discovery, Item
from fetch.archive import Archive
from fetch.http import Attempt, FetchResult
from flows.parsing import ParsePool, default_workers
from flows.steps import FetchLog, SourceOutcome, build_load, parse_in_turn
from reliefledger.registry import Source
from tests.ledger_checks import SAMPLE_REGISTRY, ledger_snapshot
from warehouse.db import connect

NOW = dt.datetime(2026, 6, 16, 2, 0, tzinfo=dt.UTC)
SOURCE = Source(slug="moh", publisher="Gaza Ministry of Health", url="http://127.0.0.1/moh", kind="rss",
                parser="auto", families=("casualties",), enabled=True, terms="t")
CRASHING_URL = "crash-me"  # a document whose URL contains this makes the planted parser raise
KILLING_URL = "built-article-010"  # ... or kills the worker parsing it (a WHO article of the samples)


def _plant_crashing_parser() -> None:
    """(In a worker) a parser that raises on one URL and dies on another, like a bug in C would."""
    import parsers

    real = parsers.parse_document

    def crashing(body, **kwargs):
        if CRASHING_URL in (kwargs.get("url") or ""):
            raise RuntimeError("parser bug")
        if KILLING_URL in (kwargs.get("url") or ""):
            os._exit(70)
        return real(body, **kwargs)

    parsers.parse_document = crashing


def _fetched(url: str, body: bytes) -> FetchResult:
    return FetchResult(url=url, final_url=url, status=200, body=body, content_type="text/plain", etag=f'"{url}"',
                       last_modified="Tue, 16 Jun 2026 12:00:00 GMT", not_modified=False, error=None,
                       started_at=NOW, elapsed_ms=3.0, attempts=[Attempt(NOW, 3.0, 200, len(body), None)])


def _log(urls: list[str]) -> FetchLog:
    """A source's night: one bulletin per URL, each with its own toll, and a post carried by the listing."""
    log = FetchLog()
    items = [Item(url=url, item_id=url) for url in urls]
    post = Item(url="https://t.me/MOHMediaGaza/7001", body=b"Cumulative number of martyrs: 72,000\n",
                content_type="text/plain; charset=utf-8", item_id="7001", published=dt.date(2026, 6, 15))
    log.discovery = Discovery(items=[*items, post], cursor={"seen": urls})
    results = [_fetched(url, f"Cumulative number of martyrs: {73_000 + n:,}\n".encode()) for n, url in enumerate(urls)]
    log.documents = [*zip(items, results), (post, None)]
    log.requests = results
    return log


def _same_load(load, other) -> None:
    """Equal loads; a post carried by the listing is stamped with the time it was archived, so not that."""
    def documents(load):
        return [dataclasses.replace(d, fetched_at=None) if d.url.startswith("https://t.me/") else d
                for d in load.documents]

    assert load.fetches == other.fetches
    assert documents(load) == documents(other)
    assert load.cursor == other.cursor


def test_small_sources_are_parsed_in_the_flow_and_never_start_the_pool(tmp_path):
    urls = [f"http://127.0.0.1/moh/{n}" for n in range(3)]
    with ParsePool(workers=2, min_documents=5) as pool:
        outcome = SourceOutcome("moh")
        load = build_load(SOURCE, _log(urls), Archive(tmp_path / "a"), "run-1", outcome, pool.parse)
        assert (pool.starts, pool.pooled_documents, pool._executor) == (0, 0, None)
    expected = SourceOutcome("moh")
    _same_load(load, build_load(SOURCE, _log(urls), Archive(tmp_path / "b"), "run-1", expected, parse_in_turn))
    assert outcome == expected and len(load.documents) == 4


def test_the_pool_size_comes_from_the_environment_and_bad_values_are_refused(monkeypatch):
    monkeypatch.setenv("RELIEFLEDGER_PARSE_WORKERS", "0")
    assert default_workers() == 0 and not ParsePool().uses_pool_for(10_000)
    monkeypatch.setenv("RELIEFLEDGER_PARSE_WORKERS", "3")
    assert ParsePool().workers == 3
    for bad in ("two", "-1"):
        monkeypatch.setenv("RELIEFLEDGER_PARSE_WORKERS", bad)
        with pytest.raises(ValueError, match="RELIEFLEDGER_PARSE_WORKERS"):
            ParsePool()


def test_a_parser_crash_in_a_worker_is_recorded_as_in_the_flow(tmp_path, monkeypatch):
    urls = [f"http://127.0.0.1/moh/{n}" for n in range(5)] + ["http://127.0.0.1/moh/crash-me"]
    with ParsePool(workers=2, min_documents=1, initializer=_plant_crashing_parser) as pool:
        pooled = SourceOutcome("moh")
        load = build_load(SOURCE, _log(urls), Archive(tmp_path / "pooled"), "run-1", pooled, pool.parse)
        assert pool.pooled_documents == len(urls) + 1 and pool.starts == 1

    import parsers

    real = parsers.parse_document

    def crashing_here(body, **kwargs):  # the same planted bug, in the flow's own process
        if CRASHING_URL in kwargs["url"]:
            raise RuntimeError("parser bug")
        return real(body, **kwargs)

    monkeypatch.setattr(parsers, "parse_document", crashing_here)
    in_flow = SourceOutcome("moh")
    _same_load(load, build_load(SOURCE, _log(urls), Archive(tmp_path / "flow"), "run-1", in_flow, parse_in_turn))
    assert pooled == in_flow and pooled.status == "failed"
    assert pooled.errors == ["http://127.0.0.1/moh/crash-me: parser auto crashed: RuntimeError('parser bug')"]
    crashed = [f for f in load.fetches if f.url.endswith("crash-me")]
    assert [(f.content_sha256, f.etag, f.error) for f in crashed] == [(None, None, pooled.errors[0])]
    assert len(load.documents) == len(urls)  # the five others and the listing's post
    # Every body is archived, the crashed one too: tomorrow's parser may read it.
    assert len(list((tmp_path / "pooled").rglob("*.gz"))) == len(urls) + 1


def _flow_with_pool(pool: ParsePool, registry, db, archive_dir=None):
    """A real flow run of the nightly's body, its sources parsed on ``pool`` (kept open for the caller)."""
    from prefect import flow

    from flows.nightly import ingest_in_turn, run_night

    @flow(name="nightly-ingest-on-a-given-pool")
    def night():
        return run_night(str(registry), str(db), None, archive_dir, label="pooled-night",
                         ingest=functools.partial(ingest_in_turn, pool=pool))

    return night(return_state=True)


def _fetches(db) -> list[tuple]:
    """The fetch log minus its times and ids: what was asked, what came, the reason it failed."""
    con = connect(db, read_only=True)
    try:
        return sorted(con.execute("""SELECT source_slug, url, final_url, status, not_modified, content_sha256,
                                            etag, last_modified, error FROM fetches""").fetchall(), key=repr)
    finally:
        con.close()


def _outcomes(state):
    result = state.result(raise_on_failure=False)
    return getattr(result, "outcomes", result)


def test_a_night_parsed_on_workers_equals_the_night_parsed_in_the_flow(prefect_api, sample_server, tmp_path):
    from flows.nightly import nightly_ingest

    in_flow = tmp_path / "in-flow" / "ledger.duckdb"
    sequential = nightly_ingest(sources_file=str(SAMPLE_REGISTRY), db_path=str(in_flow), parse_workers=0)
    pooled_db = tmp_path / "pooled" / "ledger.duckdb"
    with ParsePool(workers=2, min_documents=1) as pool:
        pooled = _outcomes(_flow_with_pool(pool, SAMPLE_REGISTRY, pooled_db))
        assert pool.starts == 1 and pool.pooled_documents == sum(o.fetched for o in pooled) > 10
    assert pool._executor is None  # shut down with the night's block
    assert all(o.status == "ok" for o in pooled), pooled
    assert pooled == sequential  # every source's counts and errors
    assert ledger_snapshot(pooled_db) == ledger_snapshot(in_flow)  # documents, parses, observations, cursors...
    assert _fetches(pooled_db) == _fetches(in_flow)
    archived = [sorted(p.relative_to(db.parent / "archive") for p in (db.parent / "archive").rglob("*.gz"))
                for db in (in_flow, pooled_db)]
    assert archived[0] == archived[1] and archived[0]


def test_a_killed_worker_fails_only_its_source_and_the_next_night_loads_it(prefect_api, sample_server, tmp_path):
    from flows.nightly import NightFailed, nightly_ingest

    uninterrupted = tmp_path / "uninterrupted" / "ledger.duckdb"
    expected = {o.slug: o for o in nightly_ingest(sources_file=str(SAMPLE_REGISTRY), db_path=str(uninterrupted),
                                                  parse_workers=0)}

    db = tmp_path / "killed" / "ledger.duckdb"
    with ParsePool(workers=2, min_documents=1, initializer=_plant_crashing_parser) as pool:
        state = _flow_with_pool(pool, SAMPLE_REGISTRY, db)
        # the WHO feed's worker died; the sources after it got a pool started again
        assert pool.starts == 2
    assert isinstance(state.result(raise_on_failure=False), NightFailed)
    outcomes = {o.slug: o for o in _outcomes(state)}
    who = outcomes.pop("who-news-feed")
    assert who.status == "failed" and who.new_documents < 3
    assert any("built-article-010" in e and "a parse worker died" in e for e in who.errors), who.errors
    assert outcomes == {slug: o for slug, o in expected.items() if slug != "who-news-feed"}  # the others: unharmed
    con = connect(db, read_only=True)
    try:
        lost = con.execute("""SELECT etag, error FROM fetches WHERE url LIKE '%built-article-010%'""").fetchall()
        assert lost and all(etag is None and "a parse worker died" in error for etag, error in lost), lost
    finally:
        con.close()

    # Tomorrow, with healthy workers, the lost documents are fetched and parsed again.
    with ParsePool(workers=2, min_documents=1) as pool:
        again = {o.slug: o for o in _outcomes(_flow_with_pool(pool, SAMPLE_REGISTRY, db))}
    assert again["who-news-feed"].status == "ok" and again["who-news-feed"].new_documents >= 1
    assert ledger_snapshot(db) == ledger_snapshot(uninterrupted)


def test_parse_results_cross_the_process_boundary_whole():
    """A worker's result is pickled back: every field of a parsed document must survive it."""
    import pickle

    from flows.steps import ParseJob, parse_job

    job = ParseJob("auto", "Gaza Ministry of Health", "moh", Item(url="http://127.0.0.1/moh/1", title="Bulletin"),
                   b"Cumulative number of martyrs: 73,008\n", "text/plain", NOW, "a" * 64, "aa/aa/x.gz")
    result = parse_job(job)
    assert result.document is not None and result.document.parsed.figures
    assert pickle.loads(pickle.dumps(result)) == result
    assert dataclasses.replace(job) == pickle.loads(pickle.dumps(job))


def test_a_worker_killed_between_two_sources_is_replaced_before_the_next_one(tmp_path):
    import signal

    from tests.ledger_checks import wait_for

    urls = [f"http://127.0.0.1/moh/{n}" for n in range(4)]
    with ParsePool(workers=2, min_documents=1) as pool:
        build_load(SOURCE, _log(urls), Archive(tmp_path / "first"), "run-1", SourceOutcome("moh"), pool.parse)
        idle = pool._executor
        os.kill(next(iter(idle._processes)), signal.SIGKILL)  # e.g. the kernel's OOM killer, while idle
        assert wait_for(lambda: idle._broken, timeout=30)
        outcome = SourceOutcome("moh")
        load = build_load(SOURCE, _log(urls), Archive(tmp_path / "second"), "run-1", outcome, pool.parse)
        assert pool.starts == 2 and pool._executor is not idle
    expected = SourceOutcome("moh")
    _same_load(load, build_load(SOURCE, _log(urls), Archive(tmp_path / "flow"), "run-1", expected, parse_in_turn))
    assert outcome == expected and outcome.status == "ok"


def test_a_big_listing_starts_the_workers_before_its_bodies_come(tmp_path):
    from tests.ledger_checks import wait_for

    urls = [f"http://127.0.0.1/moh/{n}" for n in range(5)]
    with ParsePool(workers=2, min_documents=5) as pool:
        pool.expect(4)
        assert pool._executor is None  # a small source: parsed in the flow, no workers
        pool.expect(len(urls) + 1)
        started = pool._executor
        assert started is not None and pool.starts == 1
        assert wait_for(lambda: len(started._processes) == 2, timeout=30)  # both workers up before any job
        outcome = SourceOutcome("moh")
        load = build_load(SOURCE, _log(urls), Archive(tmp_path / "pooled"), "run-1", outcome, pool.parse)
        assert (pool.starts, pool._executor, pool.pooled_documents) == (1, started, len(urls) + 1)
    expected = SourceOutcome("moh")
    _same_load(load, build_load(SOURCE, _log(urls), Archive(tmp_path / "flow"), "run-1", expected, parse_in_turn))
    assert outcome == expected
