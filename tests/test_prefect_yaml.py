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
