"""Running the ledger under a Prefect server: the server, a worker, the deployments and the alert automation.

Thin wrappers over Prefect's own CLI (``prefect server start``, ``prefect worker start``,
``prefect --no-prompt deploy --all``), run from the project folder with offline settings, so the
README's commands and ``reliefledger server|worker|deploy`` do the same thing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
WORK_POOL = "local-process"
ALERT_AUTOMATION = PROJECT / "automations" / "reliefledger-alerts.yaml"
# Flow runs (with their task runs, logs and artifacts) older than this are deleted by the server;
# without it the SQLite file grows by ~160 MB per 7,000 task runs (STACK.md).
DEFAULT_RETENTION_DAYS = 30


def offline_env(**extra: str) -> dict[str, str]:
    """This process's environment with Prefect's telemetry off and the project as the flows' home."""
    env = dict(os.environ)
    env.setdefault("DO_NOT_TRACK", "1")
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("RELIEFLEDGER_HOME", str(PROJECT))  # prefect.yaml's pull step: run the code from here
    env.update(extra)
    return env


def retention_env(days: float | None = None) -> dict[str, str]:
    """Server settings that keep its database small: flow runs and events vacuumed after ``days``.

    ``$RELIEFLEDGER_RETENTION_DAYS`` (default 30) unless the Prefect settings are already set.
    """
    days = days if days is not None else float(os.environ.get("RELIEFLEDGER_RETENTION_DAYS") or DEFAULT_RETENTION_DAYS)
    seconds = int(days * 86400)
    wanted = {"PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "events,flow_runs",
              "PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD": str(seconds),
              "PREFECT_SERVER_EVENTS_RETENTION_PERIOD": f"PT{seconds}S"}  # a plain timedelta: ISO 8601
    return {name: os.environ.get(name, value) for name, value in wanted.items()}


def prefect_command(*args: str) -> list[str]:
    """``prefect …`` from this interpreter's environment (the .venv), whatever PATH says."""
    beside = Path(sys.executable).with_name("prefect")
    return [str(beside) if beside.exists() else shutil.which("prefect") or "prefect", *args]


def server_command(host: str = "127.0.0.1", port: int = 4200) -> list[str]:
    return prefect_command("server", "start", "--host", host, "--port", str(port))


def worker_command(pool: str = WORK_POOL, run_once: bool = False) -> list[str]:
    return prefect_command("worker", "start", "--pool", pool, "--type", "process", *(["--run-once"] if run_once else []))


def run(command: list[str], env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=PROJECT, env=env or offline_env(), check=check, text=True,
                          capture_output=True)


def deploy(pool: str = WORK_POOL, env: dict[str, str] | None = None) -> str:
    """Create the process work pool if missing, then register every deployment of prefect.yaml; return the output."""
    env = env or offline_env()
    if run(prefect_command("work-pool", "inspect", pool), env, check=False).returncode != 0:
        run(prefect_command("work-pool", "create", pool, "--type", "process"), env)
    return run(prefect_command("--no-prompt", "deploy", "--all"), env).stdout


def alert_automation(block_document_id: str, path: Path = ALERT_AUTOMATION) -> dict:
    """The automation of ``automations/``, its notification actions pointed at the given block."""
    automation = yaml.safe_load(path.read_text())
    for action in automation["actions"]:
        if action["type"] == "send-notification":
            action["block_document_id"] = block_document_id
    return automation


def create_alert_automation(block_name: str, path: Path = ALERT_AUTOMATION) -> str:
    """Create (or replace) the alert automation, notifying through the named notification block; its id."""
    from prefect.automations import Automation
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        slug, _, name = block_name.rpartition("/")
        blocks = [b for b in client.read_block_documents() if b.name == name
                  and (not slug or b.block_type and b.block_type.slug == slug)]
        if not blocks:
            raise LookupError(f"no notification block named {block_name!r}; create one first "
                              "(README, \"Alerts\")")
        automation = Automation.model_validate(alert_automation(str(blocks[0].id), path))
        for old in client.read_automations_by_name(automation.name):
            client.delete_automation(old.id)
    return str(automation.create().id)
