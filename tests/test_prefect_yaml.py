import importlib

import yaml

from tests.conftest import REPO


def test_nightly_deployment_is_scheduled_at_two_utc_on_a_process_pool():
    config = yaml.safe_load((REPO / "prefect.yaml").read_text())
    deployments = {d["name"]: d for d in config["deployments"]}
    nightly = deployments["nightly"]
    assert nightly["schedules"] == [{"cron": "0 2 * * *", "timezone": "UTC"}]
    assert nightly["work_pool"]["name"] == "local-process"
    module, _, name = nightly["entrypoint"].partition(":")
    flow = getattr(importlib.import_module(module.removesuffix(".py").replace("/", ".")), name)
    assert flow.name == "nightly-ingest"
    assert set(nightly["parameters"]) <= set(flow.parameters.properties)


def _flow(entrypoint):
    module, _, name = entrypoint.partition(":")
    return getattr(importlib.import_module(module.removesuffix(".py").replace("/", ".")), name)


def test_every_deployment_passes_only_parameters_its_flow_takes():
    config = yaml.safe_load((REPO / "prefect.yaml").read_text())
    for deployment in config["deployments"]:
        flow = _flow(deployment["entrypoint"])
        assert set(deployment.get("parameters") or {}) <= set(flow.parameters.properties), deployment["name"]


def test_the_backfill_deployment_runs_in_turn_unless_asked_for_dask():
    from flows.backfill import BATCH_SIZE

    config = yaml.safe_load((REPO / "prefect.yaml").read_text())
    backfill = {d["name"]: d for d in config["deployments"]}["backfill"]
    assert backfill["parameters"]["dask"] is False and backfill["parameters"]["dask_address"] is None
    assert backfill["parameters"]["batch_size"] == BATCH_SIZE
