"""End to end: a real Prefect server, the project's deployments, a real worker, the sample reports.

Starts ``prefect server start`` on a free port of 127.0.0.1 with its own PREFECT_HOME, deploys
prefect.yaml the way ``reliefledger deploy`` does, runs the nightly deployment through
``prefect worker start --run-once``, then reads the run, its task runs and its artifacts back
through the API. The server is always stopped. With Debian's chromium, the night's summary page
is also looked at in a real (headless) browser. One server serves the module's tests.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
from prefect.settings import PREFECT_API_URL, temporary_settings

from prefect.blocks.notifications import CustomWebhookNotificationBlock

from flows.operate import (create_alert_automation, deploy, offline_env, retention_env, server_command,
                           worker_command)
from reliefledger.registry import load_registry
from tests.conftest import REPO
from warehouse.db import connect

pytestmark = [pytest.mark.flow, pytest.mark.e2e]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("prefect-server")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = offline_env(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_URL=url,
                      PREFECT_LOGGING_LEVEL="WARNING", **retention_env(30))
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(server_command("127.0.0.1", port), env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "server.log").read_text()
            time.sleep(0.3)
        yield url, env
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def test_the_nightly_deployment_runs_through_a_real_worker(prefect_server, sample_server, tmp_path):
    url, env = prefect_server
    env = dict(env, RELIEFLEDGER_SAMPLES_URL=sample_server.url)
    db = tmp_path / "ledger.duckdb"
    output = deploy(env=env)
    for name in ("nightly-ingest/nightly", "reparse/reparse", "backfill/backfill"):
        assert name in output, output

    with temporary_settings(updates={PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("nightly-ingest/nightly")
        assert deployment.schedules[0].schedule.cron == "0 2 * * *"
        run = client.create_flow_run_from_deployment(
            deployment.id, parameters={"sources_file": "samples/sources.toml", "db_path": str(db)})
        worker = subprocess.run(worker_command(run_once=True), env=env, capture_output=True, text=True, timeout=90)
        finished = client.read_flow_run(run.id)
        assert finished.state.is_completed(), worker.stdout + worker.stderr
        assert finished.name.startswith("nightly-20")
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
        assert "fetch-moh-gaza-telegram" in {t.name for t in tasks}
        artifacts = {a.key: a for a in client.read_artifacts() if a.flow_run_id == run.id}
    assert {"nightly-summary", "nightly-new-figures", "source-freshness"} <= set(artifacts)
    assert "moh-gaza-telegram" in artifacts["nightly-summary"].data

    # The alert automation, pointed at a webhook block by name, as `reliefledger deploy --alerts-block` does.
    with temporary_settings(updates={PREFECT_API_URL: url}):
        CustomWebhookNotificationBlock(name="reliefledger", url="http://127.0.0.1:9/hook", json_data={"text": "{{body}}"}).save(
            "reliefledger-alerts")
        automation_id = create_alert_automation("reliefledger-alerts")
        with get_client(sync_client=True) as client:
            automation = client.read_automation(automation_id)
    assert automation.trigger.expect == {"reliefledger.source.failed", "reliefledger.source.stale",
                                         "reliefledger.revision.downward", "reliefledger.consistency.problem"}
    assert str(automation.actions[0].block_document_id) != "00000000-0000-0000-0000-000000000000"

    con = connect(tmp_path / "ledger.analyst.duckdb", read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM observations").fetchall()[0][0] > 100
    finally:
        con.close()


def _working_chromium() -> str | None:
    """Debian's chromium if it is there and starts: an install cut short by CI's time cap may leave the
    launcher without its libraries, and that is a machine without a browser, not a failed check."""
    found = shutil.which("chromium")
    try:
        return found if found and subprocess.run([found, "--version"], capture_output=True,
                                                 timeout=60).returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired):
        return None


CHROMIUM = _working_chromium()


def _colours(png) -> tuple[int, float]:
    """How many distinct colours the picture has, and the share of its commonest one."""
    import numpy as np
    from matplotlib.image import imread

    pixels = imread(png)
    flat = (pixels.reshape(-1, pixels.shape[2]) * 255).astype(np.uint8)
    _, counts = np.unique(flat, axis=0, return_counts=True)
    return len(counts), counts.max() / counts.sum()


@pytest.mark.skipif(CHROMIUM is None, reason="no working chromium on PATH: the browser check needs Debian's chromium "
                    "(apt-get install chromium; .ci/run installs it when it can)")
def test_the_summary_artifact_page_renders_the_night_in_a_browser(prefect_server, sample_server, tmp_path):
    url, env = prefect_server
    env = dict(env, RELIEFLEDGER_SAMPLES_URL=sample_server.url, RELIEFLEDGER_MIN_HOST_INTERVAL="0")
    night = subprocess.run([str(Path(sys.executable).with_name("reliefledger")), "ingest", "--sources",
                            str(REPO / "samples" / "sources.toml"), "--db", str(tmp_path / "ledger.duckdb")],
                           env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert night.returncode == 0, night.stdout + night.stderr

    png, page = tmp_path / "summary.png", tmp_path / "summary.html"
    shot = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshot_artifact.py"), "--key",
                           "nightly-summary", "--out", str(png), "--dom", str(page)],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert shot.returncode == 0, shot.stdout + shot.stderr

    from matplotlib.image import imread

    assert png.stat().st_size > 20_000
    assert imread(png).shape[:2] == (1200, 1400)  # the script's window
    colours, commonest = _colours(png)
    assert colours > 50 and commonest < 0.9, (colours, commonest)  # a page, not a blank or one-colour frame

    html = page.read_text()
    for source in load_registry(REPO / "samples" / "sources.toml"):
        assert source.slug in html, source.slug
    assert "Plots of the series that changed" in html
    assert 'src="data:image/png;base64,' in html  # the UI draws the inline plots as images
