"""A backfill re-lists sources from an empty cursor, loads only what is missing, and shows its progress."""

import pytest

from reliefledger.registry import load_registry
from warehouse.db import connect

pytestmark = pytest.mark.flow


def test_backfill_relists_from_scratch_adds_nothing_stored_and_reports_progress(prefect_api, sample_server, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.backfill import backfill
    from flows.nightly import nightly_ingest
    from tests.conftest import REPO

    registry, db = str(REPO / "samples" / "sources.toml"), tmp_path / "ledger.duckdb"
    nightly_ingest(sources_file=registry, db_path=str(db))
    con = connect(db, read_only=True)
    documents = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    con.close()

    state = backfill(sources=["moh-gaza-telegram", "who-news-feed"], start="2026-06-01", end="2026-06-15",
                     sources_file=registry, db_path=str(db), return_state=True)
    outcomes = {o.slug: o for o in state.result()}
    assert set(outcomes) == {"moh-gaza-telegram", "who-news-feed"}
    # From an empty cursor the feed's entries are listed again, and fetched conditionally: nothing new.
    assert all(o.new_documents == 0 for o in outcomes.values())
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] == documents
    con.close()

    with get_client(sync_client=True) as client:
        run = client.read_flow_run(state.state_details.flow_run_id)
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
    assert run.name == "backfill-moh-gaza-telegram+who-news-feed-2026-06-01..2026-06-15"
    progress = [a for a in artifacts if a.type == "progress"]
    assert progress and progress[0].data == 100.0


def _counts(db):
    con = connect(db, read_only=True)
    try:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
                for table in ("documents", "observations", "fetches", "cursors")}
    finally:
        con.close()


def test_backfill_on_a_dask_local_cluster_loads_what_the_sequential_run_loads(prefect_api, sample_server, tmp_path):
    from flows.backfill import backfill
    from flows.nightly import NightFailed
    from tests.conftest import REPO
    from tests.test_operations_flow import BROKEN_SOURCE

    registry = tmp_path / "sources.toml"  # the samples and a source that answers 404
    registry.write_text((REPO / "samples" / "sources.toml").read_text() + BROKEN_SOURCE)
    in_turn = backfill(sources_file=str(registry), db_path=str(tmp_path / "in-turn.duckdb"), start="2026-06-01",
                       return_state=True).result(raise_on_failure=False)
    # The deployment's way: a LocalCluster of worker processes, three sources in flight at a time.
    state = backfill(sources_file=str(registry), db_path=str(tmp_path / "dask.duckdb"), start="2026-06-01",
                     dask=True, batch_size=3, return_state=True)
    on_dask = state.result(raise_on_failure=False)
    assert isinstance(in_turn, NightFailed) and isinstance(on_dask, NightFailed)

    def table(failure):
        return [(o.slug, o.status, o.fetched, o.new_documents, o.new_figures, o.errors) for o in failure.outcomes]

    assert table(on_dask) == table(in_turn)  # same sources, same order, same figures, same failure
    assert sum(o.new_figures for o in on_dask.outcomes) > 100
    assert [o.slug for o in on_dask.outcomes if o.status == "failed"] == ["planted-broken"]
    assert _counts(tmp_path / "dask.duckdb") == _counts(tmp_path / "in-turn.duckdb")

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
    names = {t.name for t in tasks}
    assert {"fetch-parse-moh-gaza-telegram", "fetch-moh-gaza-telegram", "load-moh-gaza-telegram"} <= names


def test_paced_hosts_never_share_a_batch_and_order_is_kept(tmp_path, monkeypatch):
    from flows.backfill import host_batches
    from tests.conftest import REPO

    monkeypatch.setenv("RELIEFLEDGER_SAMPLES_URL", "http://127.0.0.1:9")
    sources = load_registry(REPO / "samples" / "sources.toml")
    paced = host_batches(sources, 4, paced=True)
    assert all(len(batch) == 1 for batch in paced)  # every sample source lives on one host
    assert [s.slug for batch in paced for s in batch] == [s.slug for s in sources]
    unpaced = host_batches(sources, 4, paced=False)
    assert [len(b) for b in unpaced] == [4, 4, len(sources) - 8]
    with pytest.raises(ValueError, match="batch_size"):
        host_batches(sources, 0, paced=False)


def test_stored_validators_match_the_ledger_s_choice_for_each_url(prefect_api, sample_server, tmp_path):
    from flows.backfill import stored_validators
    from flows.nightly import nightly_ingest
    from tests.conftest import REPO
    from warehouse.load import last_validators

    db = tmp_path / "ledger.duckdb"
    nightly_ingest(sources_file=str(REPO / "samples" / "sources.toml"), db_path=str(db))
    sample_server.night = 2
    nightly_ingest(sources_file=str(REPO / "samples" / "sources.toml"), db_path=str(db))
    con = connect(db, read_only=True)
    try:
        pairs = con.execute("SELECT DISTINCT source_slug, url FROM fetches").fetchall()
        stored = {slug: stored_validators(con, slug) for slug, _ in pairs}
        expected = {(slug, url): last_validators(con, slug, url) for slug, url in pairs}
    finally:
        con.close()
    assert any(v != (None, None) for v in expected.values())
    assert {(slug, url): stored[slug].get(url, (None, None)) for slug, url in pairs} == expected
