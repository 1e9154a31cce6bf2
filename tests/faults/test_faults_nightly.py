"""Every fault against the real nightly flow: three nights over one registry of faulty and healthy sources.

Night 1 everything is healthy (the baseline already stored); night 2 each faulty source plays
its fault while the healthy ones publish a new bulletin; night 3 the faults are gone and each
source publishes again. Each case then checks, in the warehouse: the night-2 status and its
reason (in ``fetches``, or ``parses.warnings`` for a body that loaded with a warning, and in the
night's summary artifact), that nothing stored was lost or duplicated, and that night 3 loaded
the source's new bulletin.
"""

from __future__ import annotations

import dataclasses

import pytest
from fault_server import LAYOUT_SELECTOR, FaultServer, Island, toll

from warehouse.db import connect

pytestmark = pytest.mark.flow


@dataclasses.dataclass(frozen=True)
class Case:
    slug: str  # also the fault the server plays on night 2 (fault_server.FAULTS)
    status: str = "failed"  # the source's status on night 2
    reason: str | None = None  # recorded on night 2: fetches.error for a failure, parses.warnings for a load
    kind: str = "text"  # what the source serves: text, html, json, pdf, listing or feed
    loads: bool = False  # night 2 still loads a document (a retry that worked, a body read despite a flaw)


CASES = [
    # server errors: given up after every attempt (and the task's one retry), or recovered within the night
    Case("http-500", reason="HTTP 500 after 2 attempts"),
    Case("http-502", reason="HTTP 502 after 2 attempts"),
    Case("http-503", reason="HTTP 503 after 2 attempts"),
    Case("http-503-twice-then-ok", status="ok", loads=True),
    # 429 with Retry-After: a short wait is honoured, a long one is recorded and we give up
    Case("retry-after-seconds-short", status="ok", loads=True),
    Case("retry-after-date-long", reason="GMT), over the 60 s cap"),
    # the network
    Case("connect-timeout", reason="connect timeout"),
    Case("read-timeout", reason="read timeout after 2 attempts"),
    Case("connection-reset", reason="Connection reset by peer"),
    Case("truncated-body", reason="IncompleteRead"),
    # bodies too big
    Case("endless-body", reason="body exceeds 1000000 bytes"),
    Case("gzip-bomb", reason="body exceeds 1000000 bytes"),
    # redirects: a loop, and every way out of the source's host (SSRF)
    Case("redirect-loop", reason="redirect loop:"),
    Case("redirect-other-host", reason="refused redirect to http://reports.example.net/bulletin: host "
                                       "reports.example.net is not the source's host 127.0.0.1"),
    Case("redirect-file", reason="refused redirect to file:///etc/passwd: scheme 'file' is not http(s)"),
    Case("redirect-private", reason="refused redirect to http://10.0.0.7/admin: private address"),
    Case("redirect-loopback-other-port", reason="/internal: loopback address"),
    Case("redirect-link-local", reason="refused redirect to http://169.254.169.254/latest/meta-data/: "
                                       "link-local address"),
    # a feed's link to the metadata address is never requested; the feed's real new bulletin loads
    Case("feed-link-to-metadata", kind="feed", loads=True,
         reason="refused http://169.254.169.254/latest/meta-data/iam/: link-local address"),
    # a 200 that carries nothing
    Case("empty-200", reason="HTTP 200 with an empty body"),
    Case("error-page-200", reason="HTTP 200 but the body is an error page: '503 Service Unavailable'"),
    # text in a wrong, missing or odd encoding: read right, with a warning where the label lied
    Case("wrong-charset", status="ok", loads=True, kind="html",
         reason="declared charset iso-8859-1, but the body is UTF-8: read as UTF-8"),
    Case("missing-charset", status="ok", loads=True, kind="html"),
    Case("invalid-utf8", status="ok", loads=True, reason="invalid UTF-8: 1 damaged sequence(s) replaced"),
    Case("utf16-page", status="ok", loads=True, kind="html"),
    # malformed documents: lenient HTML loads; JSON and PDF that cannot be read fail with the parser's reason
    Case("malformed-html", status="ok", loads=True, kind="html"),
    Case("malformed-json", kind="json", reason="unreadable: malformed JSON"),
    Case("malformed-pdf", kind="pdf", reason="unreadable: malformed PDF"),
    # the page answers but the adapter finds nothing: a failure with its reason, never "no news"
    Case("layout-changed", kind="listing", reason=f"layout changed: selector '{LAYOUT_SELECTOR}' matched nothing"),
]
HEALTHY = ["healthy-text", "healthy-html"]
CONTENT_WARNINGS = {"wrong-charset", "invalid-utf8"}  # loads whose reason is in parses.warnings


def _registry(server: FaultServer, island: Island) -> str:
    blocks = []
    for slug, kind in [*((c.slug, c.kind) for c in CASES), ("healthy-text", "text"), ("healthy-html", "html")]:
        server.kinds[slug] = kind
        base = island.url if slug == "connect-timeout" else server.url
        url = f"{base}/{slug}/{ {'listing': 'listing', 'feed': 'feed.xml'}.get(kind, 'bulletin')}"
        registry_kind = {"text": "html", "listing": "html", "feed": "rss"}.get(kind, kind)
        selector = f'selector = "{LAYOUT_SELECTOR}"\n' if kind == "listing" else ""
        blocks.append(f'[{slug}]\npublisher = "Fault suite"\nurl = "{url}"\nkind = "{registry_kind}"\n{selector}'
                      f'parser = "auto"\nfamilies = ["casualties"]\nenabled = true\nterms = "test"\n')
    return "\n".join(blocks)


def _per_source(db) -> dict[str, dict[str, int]]:
    con = connect(db, read_only=True)
    try:
        rows = con.execute("""
            SELECT s.slug,
                   (SELECT count(*) FROM documents d WHERE d.source_slug = s.slug),
                   (SELECT count(*) FROM observations o WHERE o.source_slug = s.slug),
                   (SELECT count(*) FROM parses p JOIN documents d USING (content_sha256)
                     WHERE d.source_slug = s.slug)
            FROM sources s""").fetchall()
    finally:
        con.close()
    return {slug: {"documents": d, "observations": o, "parses": p} for slug, d, o, p in rows}


@dataclasses.dataclass
class Night:
    run_id: str
    outcomes: dict
    counts: dict[str, dict[str, int]]
    summary: str


@pytest.fixture(scope="module")
def nights(prefect_api, fast_network, tmp_path_factory):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    from flows.nightly import NightFailed, nightly_ingest

    tmp = tmp_path_factory.mktemp("faults")
    registry, db = tmp / "sources.toml", tmp / "ledger.duckdb"
    with FaultServer() as server, FaultServer(faulty_nights=frozenset()) as other, \
            Island("connect-timeout") as island:
        server.other_url = other.url
        registry.write_text(_registry(server, island))
        result = {}
        for night in (1, 2, 3):
            server.night = other.night = night
            island.set_night(night)
            if night == 2:
                island.cut_off()
            else:
                island.reconnect()
            state = nightly_ingest(sources_file=str(registry), db_path=str(db), return_state=True)
            returned = state.result(raise_on_failure=False)
            outcomes = returned.outcomes if isinstance(returned, NightFailed) else returned
            run_id = str(state.state_details.flow_run_id)
            with get_client(sync_client=True) as client:
                [summary] = client.read_artifacts(artifact_filter=ArtifactFilter(
                    key=ArtifactFilterKey(any_=["nightly-summary"]),
                    flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
            result[night] = Night(run_id, {o.slug: o for o in outcomes}, _per_source(db), summary.data)
        result["other_server_log"] = list(other.log)
        result["db"] = db
        yield result


def _night_rows(db, run_id, slug, sql):
    con = connect(db, read_only=True)
    try:
        return con.execute(sql, [run_id, slug]).fetchall()
    finally:
        con.close()


def test_the_baseline_night_loads_every_source(nights):
    assert {slug: o.status for slug, o in nights[1].outcomes.items() if o.status != "ok"} == {}


@pytest.mark.parametrize("slug", HEALTHY)
def test_healthy_sources_load_every_night_whatever_the_others_do(nights, slug):
    for night in (1, 2, 3):
        outcome = nights[night].outcomes[slug]
        assert outcome.status == "ok" and outcome.new_documents == 1 and outcome.new_figures > 0, (night, outcome)
        assert nights[night].counts[slug]["documents"] == night


def test_nothing_stored_is_lost_or_duplicated(nights):
    db = nights["db"]
    con = connect(db, read_only=True)
    try:
        orphans = con.execute("""SELECT count(*) FROM observations o
                                 WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_sha256 = o.content_sha256)""").fetchall()
        unparsed = con.execute("""SELECT count(*) FROM documents d
                                  WHERE NOT EXISTS (SELECT 1 FROM parses p WHERE p.content_sha256 = d.content_sha256)""").fetchall()
    finally:
        con.close()
    assert orphans == [(0,)] and unparsed == [(0,)]
    for earlier, later in ((1, 2), (2, 3)):
        new = {slug: o.new_documents for slug, o in nights[later].outcomes.items()}
        for slug, before in nights[earlier].counts.items():
            after = nights[later].counts[slug]
            assert after["documents"] == before["documents"] + new[slug], (slug, earlier, later)
            assert after["observations"] >= before["observations"], (slug, earlier, later)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.slug)
def test_fault(nights, case):
    db, run_id = nights["db"], nights[2].run_id
    outcome = nights[2].outcomes[case.slug]
    before, during = nights[1].counts[case.slug], nights[2].counts[case.slug]

    assert outcome.status == case.status, outcome
    if case.status == "failed":
        errors = [e for (e,) in _night_rows(db, run_id, case.slug,
                                             "SELECT error FROM fetches WHERE run_id = ? AND source_slug = ?")]
        assert any(case.reason in (e or "") for e in errors), errors
        assert any(case.reason in e for e in outcome.errors), outcome.errors
        # The artifact escapes pipes; the reasons here hold none.
        assert f"| {case.slug} | failed |" in nights[2].summary and case.reason in nights[2].summary
    if case.slug in CONTENT_WARNINGS:
        [(warnings,)] = _night_rows(db, run_id, case.slug, """
            SELECT p.warnings FROM parses p JOIN documents d USING (content_sha256)
            WHERE p.run_id = ? AND d.source_slug = ?""")
        assert any(case.reason in w for w in warnings), warnings
    # Nothing stored before is lost, nothing is stored twice: only a loaded body adds a document.
    assert during["documents"] == before["documents"] + (1 if case.loads else 0)
    assert during["observations"] >= before["observations"]
    # The next night, the fault gone, the source loads its new bulletin.
    recovered = nights[3].outcomes[case.slug]
    assert recovered.status == "ok" and recovered.new_documents == 1, recovered
    assert nights[3].counts[case.slug]["documents"] == during["documents"] + 1


@pytest.mark.parametrize("case", [c for c in CASES if c.loads and c.kind in ("text", "html")], ids=lambda c: c.slug)
def test_a_body_read_despite_its_fault_states_the_right_figure_and_text(nights, case):
    rows = _night_rows(nights["db"], nights[2].run_id, case.slug, """
        SELECT o.value, o.quote, d.title FROM observations o JOIN documents d USING (content_sha256)
        WHERE o.run_id = ? AND o.source_slug = ?""")
    quotes = [quote for value, quote, _ in rows if value == toll(2)]
    assert quotes, rows
    quote = quotes[0]
    assert "Gaza’s Ministry of Health" in quote  # no mojibake, no lost letters
    if case.slug == "missing-charset":  # the page's own <meta charset> was read
        assert {title for _, _, title in rows} == {"وزارة الصحة"}


def test_retries_and_waits_are_recorded_attempt_by_attempt(nights):
    db, run_id = nights["db"], nights[2].run_id
    statuses = {slug: [s for (s,) in _night_rows(db, run_id, slug,
                                                  "SELECT status FROM fetches WHERE run_id = ? AND source_slug = ? "
                                                  "ORDER BY fetch_id")]
                for slug in ("http-503", "http-503-twice-then-ok", "retry-after-seconds-short", "retry-after-date-long")}
    # 2 attempts, then the fetch task's one retry: 2 more.
    assert statuses["http-503"] == [503] * 4
    assert statuses["http-503-twice-then-ok"] == [503, 503, 200]
    assert statuses["retry-after-seconds-short"] == [429, 200]
    assert statuses["retry-after-date-long"] == [429, 429]  # given up at once, on each try


def test_ssrf_redirects_never_reach_their_target(nights):
    # The other port on 127.0.0.1 (a live server the redirect pointed at) never saw a request.
    assert nights["other_server_log"] == []
