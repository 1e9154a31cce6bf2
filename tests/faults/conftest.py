"""Fixtures of the fault suite: short network limits, so every fault shows within a second or two."""

import os

import pytest

# What the nightly flow's Fetcher reads from the environment (fetch/http.py FetchPolicy): one
# quick retry, no backoff, 1 s timeouts, a 3 s budget per attempt and a 1 MB body cap.
FAST_NETWORK = {
    "RELIEFLEDGER_CONNECT_TIMEOUT": "1",
    "RELIEFLEDGER_READ_TIMEOUT": "1",
    "RELIEFLEDGER_TOTAL_TIMEOUT": "3",
    "RELIEFLEDGER_MAX_BYTES": str(1_000_000),
    "RELIEFLEDGER_FETCH_RETRIES": "1",
    "RELIEFLEDGER_FETCH_BACKOFF": "0",
}


@pytest.fixture(scope="module")
def fast_network():
    saved = {name: os.environ.get(name) for name in FAST_NETWORK}
    os.environ.update(FAST_NETWORK)
    yield FAST_NETWORK
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
