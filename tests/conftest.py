import os

import flows  # noqa: F401  (first: it sets Prefect's offline defaults before Prefect is imported)

# A failing source's fetch task is retried once; in tests, without the production delay.
os.environ.setdefault("RELIEFLEDGER_FETCH_RETRY_DELAY", "0")
os.environ.setdefault("RELIEFLEDGER_MIN_HOST_INTERVAL", "0")  # the test servers need no pacing

from pathlib import Path  # noqa: E402

# Set Prefect's logging up now, outside any CliRunner: its console handler keeps the stderr it
# sees when first configured, and a CliRunner's captured stream is closed after its invoke.
from prefect.logging.configuration import ensure_logging_setup  # noqa: E402

ensure_logging_setup()

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def prefect_api():
    """A real (temporary, SQLite-backed) Prefect API for the tests that run flows."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    # Heartbeats only tell a server that a long run is alive; stopping their thread costs ~1 s a run.
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        with prefect_test_harness(server_startup_timeout=120):
            yield


@pytest.fixture
def sample_server():
    from reliefledger.sample_server import SampleServer

    with SampleServer() as server:
        os.environ["RELIEFLEDGER_SAMPLES_URL"] = server.url
        yield server
        os.environ.pop("RELIEFLEDGER_SAMPLES_URL", None)
