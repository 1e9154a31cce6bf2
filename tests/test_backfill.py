"""A backfill re-lists sources from an empty cursor, loads only what is missing, and shows its progress."""

import pytest

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
