"""Credentials stay out of the ledger, the logs and the artifacts; archive paths come from hashes only.

The ReliefWeb appname is a credential of sorts (ReliefWeb identifies and may block a client by it):
a real night runs against a local server answering as the ReliefWeb v2 API, one page of reports
and one failing page, with a unique appname; then every text column of every table, every
archived body, every captured log line, every Prefect artifact and the night's error are
searched for it. A webhook URL lives only in a Prefect block: the alert automation refers to the
block by id, and this checks the URL does not leak into the automation either.
"""

from __future__ import annotations

import contextlib
import gzip
import logging

import pytest
from werkzeug.wrappers import Response

from fetch.archive import Archive
from reliefledger.registry import RegistryError, load_registry
from tests.conftest import FIXTURES
from tests.ledger_checks import consistency_problems
from warehouse.db import connect

APPNAME = "reliefledger-sec-test-8e1c55d0"
PAGE1 = (FIXTURES / "reliefweb" / "built-v2-reports-page1.json").read_bytes()


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        if not record.name.startswith("werkzeug"):  # the fake API's own access log, not the ledger's
            self.lines.append(self.format(record))


@contextlib.contextmanager
def captured_logs(urllib3_level: int):
    """Every log record of the night at DEBUG and above, the HTTP library's at ``urllib3_level``."""
    handler = _Collect()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger(), logging.getLogger("prefect"), logging.getLogger("prefect.flow_runs"),
               logging.getLogger("prefect.task_runs")]
    urllib3 = logging.getLogger("urllib3")
    levels = [lg.level for lg in [*loggers, urllib3]]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    urllib3.setLevel(urllib3_level)
    try:
        yield handler.lines
    finally:
        for lg, level in zip([*loggers, urllib3], levels):
            lg.removeHandler(handler)
            lg.setLevel(level)


def _every_text_in_the_ledger(db) -> list[str]:
    con = connect(db, read_only=True)
    try:
        texts = []
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            for row in con.execute(f'SELECT * FROM "{table}"').fetchall():  # names from the catalog
                texts.append(f"{table}: {row!r}")
        return texts
    finally:
        con.close()


@pytest.mark.flow
def test_the_reliefweb_appname_is_nowhere_after_a_night(prefect_api, httpserver, tmp_path, monkeypatch):
    # INFO: the level a night runs at.
    with captured_logs(logging.INFO) as lines:
        _appname_leaks(httpserver, tmp_path, monkeypatch, lines)


@pytest.mark.flow
def test_the_reliefweb_appname_is_not_in_debug_logs_either(prefect_api, httpserver, tmp_path, monkeypatch):
    # urllib3 logs each request line, query string included, at DEBUG: fetch.errors.RedactingFilter hides it.
    with captured_logs(logging.DEBUG) as lines:
        _appname_leaks(httpserver, tmp_path, monkeypatch, lines)


def _appname_leaks(httpserver, tmp_path, monkeypatch, captured_logs):
    from prefect.client.orchestration import get_client

    from flows.nightly import NightFailed, nightly_ingest

    import fetch.adapters.reliefweb as reliefweb_module

    monkeypatch.setenv("RELIEFWEB_APPNAME", APPNAME)
    monkeypatch.setattr(reliefweb_module, "PAGE_SIZE", 2)  # the 2 reports fill a page: the next is asked for
    requests = []

    def api(request):
        requests.append(request.full_path)
        if request.args.get("appname") != APPNAME:
            return Response("no appname", status=403)
        if request.args.get("offset", "0") == "0":
            return Response(PAGE1, content_type="application/json")
        # A failing page, whose error the night records: its URL carries the appname.
        return Response(f"bad request for {request.full_path}", status=400)

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/v2/reports").respond_with_handler(api)
    registry = tmp_path / "sources.toml"
    url = httpserver.url_for("/v2/reports") + "?filter[field]=country.iso3&filter[value]=PSE&limit=1"
    registry.write_text(f'[reliefweb-opt]\npublisher = "ReliefWeb"\nurl = "{url}"\nkind = "json"\n'
                        'parser = "reliefweb_reports"\nfamilies = ["casualties"]\nenabled = true\nterms = "API"\n')
    db = tmp_path / "ledger.duckdb"

    state = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True)
    result = state.result(raise_on_failure=False)
    outcomes = result.outcomes if isinstance(result, NightFailed) else result
    assert any(APPNAME in r for r in requests)  # the appname was really sent...
    assert any("offset=2" in r for r in requests)  # ...on the failing page too
    assert any("400" in e or "Bad Request" in e for o in outcomes for e in o.errors), outcomes
    night_text = [str(result), *(e for o in outcomes for e in o.errors)]

    ledger = _every_text_in_the_ledger(db)
    assert any("reliefweb-opt" in t and "/v2/reports" in t for t in ledger)  # ...and the fetches were stored
    with get_client(sync_client=True) as client:
        artifacts = [f"{a.key}: {a.data!r} {a.description}"
                     for a in client.read_artifacts(limit=200)]
    bodies = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
              for p in (tmp_path / "archive").rglob("*.gz")]
    assert bodies and artifacts and captured_logs
    for where, texts in (("the ledger", ledger), ("the archive", bodies), ("the logs", captured_logs),
                         ("the artifacts", artifacts), ("the night's result and errors", night_text)):
        leaks = [t[:300] for t in texts if APPNAME in t]
        assert not leaks, f"the appname is in {where}: {leaks[:3]}"
    assert consistency_problems(db) == []


@pytest.mark.flow
def test_a_webhook_url_stays_in_its_block(prefect_api):
    from prefect.blocks.notifications import CustomWebhookNotificationBlock
    from prefect.client.orchestration import get_client

    from flows.operate import create_alert_automation

    secret_url = "http://127.0.0.1:9/hooks/T0-secret-4b1d"
    CustomWebhookNotificationBlock(name="security-test-alerts", url=secret_url,
                                   json_data={"text": "{{body}}"}).save("security-test-alerts", overwrite=True)
    automation_id = create_alert_automation("security-test-alerts")
    with get_client(sync_client=True) as client:
        stored = client.read_automation(automation_id)
    assert secret_url not in automation_id and secret_url not in stored.model_dump_json()


# --- archive paths come from content hashes only ------------------------------------------------------

HOSTILE_NAMES = ["../../etc/passwd", "/etc/passwd", "..", "a" * 63 + "/", "A" * 64, "0" * 64 + "/../x",
                 "..%2f..%2fetc", "\x00" + "0" * 63, "0" * 64 + "\n"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_no_name_but_a_sha256_becomes_an_archive_path(tmp_path, name):
    archive = Archive(tmp_path / "archive")
    with pytest.raises(ValueError):
        archive.path_for(name)
    with pytest.raises(ValueError):
        archive.get(name)
    assert name not in archive


def test_archived_bodies_land_under_their_hash_whatever_they_say(tmp_path):
    archive = Archive(tmp_path / "archive")
    hostile = [b"../../etc/passwd", b"GET /../../x HTTP/1.1", "\u202e../x".encode(), b"\x00" * 10]
    for body in hostile:
        stored = archive.put(body)
        final = (archive.root / stored.path).resolve()
        assert final.is_relative_to(archive.root.resolve()) and final.name == f"{stored.sha256}.gz"
        assert archive.get(stored.sha256) == body
    assert all(p.is_relative_to(archive.root) for p in tmp_path.rglob("*") if p.is_file())


@pytest.mark.parametrize("slug", ["../evil", "evil/../../x", "Evil", "-x", "a b", "a.b", "ü"])
def test_a_slug_that_could_name_a_path_is_refused(tmp_path, slug):
    registry = tmp_path / "sources.toml"
    registry.write_text(f'["{slug}"]\npublisher = "P"\nurl = "https://example.org/"\nkind = "html"\n'
                        'parser = "auto"\nfamilies = ["casualties"]\nenabled = true\nterms = "t"\n')
    with pytest.raises(RegistryError, match="a slug is lower-case letters, digits and '-'"):
        load_registry(registry)
