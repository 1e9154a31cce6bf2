"""The real nightly flow's operations side: analyst copy, artifacts and a failing source's event."""

import pytest

import parsers
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
from prefect.events.clients import AssertingEventsClient
from prefect.testing.fixtures import asserting_events_worker  # noqa: F401  (a fixture)

from flows.writer import analyst_copy_path
from tests.conftest import REPO
from tests.test_operations import _hold
from warehouse.db import connect

pytestmark = pytest.mark.flow

BROKEN_SOURCE = """
[planted-broken]
publisher = "Nobody"
url = "${RELIEFLEDGER_SAMPLES_URL}/no/such/page.html"
kind = "html"
parser = "auto"
families = ["casualties"]
enabled = true
terms = "A planted failure."
"""


def _counts(path):
    con = connect(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ("documents", "observations")}
    finally:
        con.close()


def test_a_night_publishes_the_analyst_copy_artifacts_and_failure_events(prefect_api, sample_server, tmp_path,
                                                                         asserting_events_worker):  # noqa: F811
    from flows.nightly import NightFailed, nightly_ingest

    registry, db = tmp_path / "sources.toml", tmp_path / "reliefledger.duckdb"
    registry.write_text((REPO / "samples" / "sources.toml").read_text() + BROKEN_SOURCE)
    state = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True)
    failure = state.result(raise_on_failure=False)
    assert isinstance(failure, NightFailed) and "planted-broken" in str(failure)

    # The analyst copy holds the night and opens while another process holds the ledger read-write.
    night = _counts(db)
    assert night["observations"] > 100
    writer = _hold("import duckdb; con = duckdb.connect(sys.argv[1])", db, 10)
    try:
        assert _counts(analyst_copy_path(db)) == night
    finally:
        writer.kill()
        writer.wait()

    asserting_events_worker.drain()
    failed = [e for e in AssertingEventsClient.last.events if e.event == "reliefledger.source.failed"]
    assert [e.resource.id for e in failed] == ["reliefledger.source.planted-broken"]
    assert "404" in failed[0].payload["reason"]

    with get_client(sync_client=True) as client:
        artifacts = {a.key: a for a in client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["nightly-summary", "nightly-new-figures",
                                                                       "source-freshness"])))
            if a.flow_run_id == state.state_details.flow_run_id}
    assert set(artifacts) == {"nightly-summary", "nightly-new-figures", "source-freshness"}
    assert "## Revisions first seen tonight" in artifacts["nightly-summary"].data
    assert "planted-broken" in artifacts["source-freshness"].data
    assert "quote" in artifacts["nightly-new-figures"].data


def _rows(db, query):
    con = connect(db, read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_reparse_on_a_dask_cluster_at_an_address_loads_the_same_rows(prefect_api, sample_server, tmp_path,
                                                                     monkeypatch):
    from distributed import LocalCluster

    from flows.nightly import nightly_ingest
    from flows.reparse import reparse
    from tests.conftest import REPO

    db = tmp_path / "ledger.duckdb"
    nightly_ingest(sources_file=str(REPO / "samples" / "sources.toml"), db_path=str(db), only=["moh-gaza-telegram"])
    monkeypatch.setitem(parsers.PARSER_VERSIONS, "text", "9.9.9")
    monkeypatch.setitem(parsers.PARSER_VERSIONS, "html", "9.9.9")
    real_parse = parsers.parse_document

    def newer(*args, **kwargs):
        document = real_parse(*args, **kwargs)
        document.parser_version = "9.9.9"
        for figure in document.figures:
            figure.parser_version = "9.9.9"
        return document

    monkeypatch.setattr(parsers, "parse_document", newer)
    # A running cluster, reached by address as the deployment's dask_address parameter does. Threads,
    # not processes: the monkeypatched parser version must be the one the workers see.
    with LocalCluster(processes=False, n_workers=2, dashboard_address=None) as cluster:
        # One task per document: several batches in parallel.
        outcomes = reparse(db_path=str(db), batch_size=1, dask_address=cluster.scheduler_address)
    assert [o.slug for o in outcomes] == ["moh-gaza-telegram"] and outcomes[0].new_figures > 0
    assert _rows(db, "SELECT DISTINCT parser_version FROM observations_current") == [("9.9.9",)]
    assert _rows(db, "SELECT count(DISTINCT content_sha256) FROM parses WHERE parser_version = '9.9.9'") == \
        _rows(db, "SELECT count(*) FROM documents")


def test_an_ingest_started_while_another_run_writes_waits_for_it(prefect_api, sample_server, tmp_path, monkeypatch):
    import time

    from typer.testing import CliRunner

    from reliefledger.cli import app

    db = tmp_path / "ledger.duckdb"
    command = ["ingest", "--sources", str(REPO / "samples" / "sources.toml"), "--db", str(db), "--only", "bbc-middle-east"]
    holder = _hold("from filelock import FileLock; lock = FileLock(sys.argv[1] + '.lock'); lock.acquire()", db, 1.5)
    try:
        monkeypatch.setenv("RELIEFLEDGER_LOCK_TIMEOUT", "0.2")
        refused = CliRunner().invoke(app, command)
        assert refused.exit_code == 2 and "RELIEFLEDGER_LOCK_TIMEOUT" in refused.output
        monkeypatch.setenv("RELIEFLEDGER_LOCK_TIMEOUT", "30")
        started = time.monotonic()
        waited = CliRunner().invoke(app, command)
        assert waited.exit_code == 0, waited.output
        assert holder.poll() is not None  # it ran only once the other writer was gone
    finally:
        holder.kill()
        holder.wait()
    assert time.monotonic() - started > 0.5
    assert "bbc-middle-east" in waited.output


def test_the_summary_shows_plots_of_the_series_that_moved_tonight(prefect_api, sample_server, tmp_path):
    import base64
    import io
    import re

    from matplotlib.image import imread

    from flows.morning import MAX_PLOTS
    from flows.nightly import nightly_ingest

    registry, db = str(REPO / "samples" / "sources.toml"), tmp_path / "ledger.duckdb"
    only = ["moh-gaza-telegram", "tfp-casualties-daily"]
    nightly_ingest(sources_file=registry, db_path=str(db), only=only)
    sample_server.night = 2  # the Ministry's channel and the dataset move on
    state = nightly_ingest(sources_file=registry, db_path=str(db), only=only, return_state=True)

    with get_client(sync_client=True) as client:
        summary, = [a for a in client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["nightly-summary"]))) if a.flow_run_id == state.state_details.flow_run_id]
    section = summary.data.split("## Plots of the series that changed", 1)[1]
    images = re.findall(r"!\[[^\]]*\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)", section)
    changed = int(re.search(r"(\d+) series changed", summary.data).group(1))
    assert 0 < len(images) == min(changed, MAX_PLOTS)
    for encoded in images:
        pixels = imread(io.BytesIO(base64.b64decode(encoded)), format="png")
        assert pixels.shape[1] > 300 and len({tuple(p) for p in pixels.reshape(-1, pixels.shape[2])}) > 10
    # Series that moved from an earlier value come first: tonight's first plot is one of them, not a new series.
    first_caption = re.search(r"\*\*[^*]+\*\*: (\S+) →", section).group(1)
    assert first_caption != "—"
