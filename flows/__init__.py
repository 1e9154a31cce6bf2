"""Prefect flows and tasks: orchestration only; the work lives in fetch/, parsers/ and warehouse/."""

import os

# The ledger runs offline; Prefect must not try to send telemetry (it logs errors when it can't).
# setdefault: an operator who wants otherwise can still say so in the environment.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
