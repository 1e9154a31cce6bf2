"""Loading sources into a real DuckDB file and reading the history views back."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from parsers.models import ConditionReport, Figure, ParsedDocument, series_key
from warehouse.db import connect
from warehouse.load import last_validators, load_source, upsert_sources
from warehouse.queries import changed_series, counts_by_source_and_family, series_history, top_series
from warehouse.records import DocumentRecord, FetchAttemptRecord, FetchRecord, SourceLoad

UTC = dt.timezone.utc
FEB_1 = dt.datetime(2024, 2, 1, 9, 0, tzinfo=UTC)
TABLES = ("fetches", "documents", "parses", "observations", "condition_reports")


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "wh.duckdb")
    yield connection
    connection.close()


def killed(value, as_of=None, *, attributed_to="Gaza Ministry of Health", period="cumulative", quote=None,
           **fields) -> Figure:
    return Figure(
        "casualties", "killed", value, attributed_to=attributed_to, population="palestinians",
        location="Gaza Strip", period=period, as_of=as_of, quote=quote or f"{value:,.0f} killed", **fields,
    )


def document(sha, figures, fetched_at=FEB_1, *, version="1.0", published=None, source="ocha", publisher="OCHA",
             conditions=()) -> DocumentRecord:
    return DocumentRecord(
        content_sha256=sha, source_slug=source, publisher=publisher, url=f"https://example.org/{source}/{sha}",
        content_type="text/html", bytes=1234, archive_path=f"archive/{sha}", fetched_at=fetched_at,
        parser=source, parser_version=version,
        parsed=ParsedDocument(text="...", title=f"Report {sha}", published=published, figures=list(figures),
                              conditions=list(conditions), warnings=["table skipped"]),
    )


def fetch_of(doc: DocumentRecord, *, failures=0, etag='"v1"') -> FetchRecord:
    failed = [FetchAttemptRecord(doc.fetched_at, 30.0, 503, 0, "HTTP 503") for _ in range(failures)]
    ok = FetchAttemptRecord(doc.fetched_at, 12.5, 200, doc.bytes, None)
    return FetchRecord(doc.source_slug, doc.url, doc.url, False, doc.content_sha256, etag,
                       "Thu, 01 Feb 2024 09:00:00 GMT", None, failed + [ok])


def load_docs(con, run_id, *docs, source="ocha"):
    return load_source(con, SourceLoad(source, run_id, [fetch_of(d) for d in docs], list(docs)))


def counts(con) -> dict[str, int]:
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] for table in TABLES}


def history(con, value_filter="true"):
    return con.execute(f"SELECT * FROM figure_history WHERE {value_filter} ORDER BY as_of, value").fetchall()


# --- loading ---------------------------------------------------------------------------

def test_a_load_stores_fetch_attempts_documents_parses_and_observations(con):
    figure = killed(29000, dt.date(2024, 2, 19), qualifier="at_least", char_start=5, char_end=11)
    doc = document("aaa", [figure], conditions=[ConditionReport("torture", "reports of torture", reported_by="UNRWA")])
    stats = load_source(con, SourceLoad("ocha", "run-1", [fetch_of(doc, failures=2)], [doc]))

    assert (stats.new_documents, stats.known_documents, stats.new_observations, stats.new_conditions) == (1, 0, 1, 1)
    assert con.execute(
        "SELECT attempt, status, content_sha256, error FROM fetches ORDER BY attempt").fetchall() == [
        (1, 503, None, "HTTP 503"), (2, 503, None, "HTTP 503"), (3, 200, "aaa", None)]
    assert con.execute("SELECT source_slug, publisher, title, first_run_id FROM documents").fetchall() == [
        ("ocha", "OCHA", "Report aaa", "run-1")]
    assert con.execute("SELECT parser, parser_version, figures, conditions, warnings FROM parses").fetchall() == [
        ("ocha", "1.0", 1, 1, ["table skipped"])]
    row = con.execute(
        """SELECT series_key, value, qualifier, "group", population, location, attributed_to, originator,
                  period, as_of, char_start, char_end, run_id FROM observations""").fetchall()
    assert row == [(series_key(figure, "OCHA"), 29000.0, "at_least", "all", "palestinians", "Gaza Strip",
                    "Gaza Ministry of Health", "Gaza Ministry of Health", "cumulative", dt.date(2024, 2, 19),
                    5, 11, "run-1")]
    assert con.execute("SELECT condition, reported_by, publisher FROM condition_reports_current").fetchall() == [
        ("torture", "UNRWA", "OCHA")]


def test_originator_falls_back_to_the_publisher(con):
    load_docs(con, "run-1", document("aaa", [killed(10, attributed_to=None)]))
    assert con.execute("SELECT attributed_to, originator FROM observations").fetchall() == [(None, "OCHA")]


def test_loading_the_same_source_load_twice_only_adds_fetch_rows(con):
    docs = [document("aaa", [killed(100, dt.date(2024, 2, 1))]), document("bbb", [killed(120, dt.date(2024, 2, 2))])]
    load = SourceLoad("ocha", "run-1", [fetch_of(d) for d in docs], docs)
    load_source(con, load)
    before = counts(con)
    stats = load_source(con, load)
    after = counts(con)
    assert (stats.new_documents, stats.known_documents, stats.new_observations) == (0, 2, 0)
    assert after["fetches"] == 2 * before["fetches"]
    assert {k: v for k, v in after.items() if k != "fetches"} == {k: v for k, v in before.items() if k != "fetches"}


def test_the_same_content_twice_in_one_load_is_one_document(con):
    doc = document("aaa", [killed(100)])
    stats = load_docs(con, "run-1", doc, doc)
    assert (stats.new_documents, stats.known_documents, stats.new_observations) == (1, 1, 1)


def test_a_new_parser_version_adds_observations_and_the_current_view_shows_only_it(con):
    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1))], version="1.0"))
    stats = load_docs(con, "run-2", document("aaa", [killed(105, dt.date(2024, 2, 1))], version="1.1"))

    assert (stats.new_documents, stats.known_documents, stats.new_observations) == (0, 1, 1)
    assert con.execute("SELECT parser_version, value FROM observations ORDER BY value").fetchall() == [
        ("1.0", 100.0), ("1.1", 105.0)]
    assert con.execute("SELECT parser_version, value FROM observations_current").fetchall() == [("1.1", 105.0)]
    assert [row["value"] for row in series_history(con, series_key(killed(0), "OCHA"))] == [105.0]


def test_a_failure_in_the_middle_of_a_load_stores_nothing_of_it(con):
    load_docs(con, "run-1", document("aaa", [killed(100)]))
    before = counts(con)
    good = document("bbb", [killed(120)])
    bad = document("ccc", [killed(130), Figure("casualties", "killed", "not a number")])
    with pytest.raises(duckdb.ConversionException):
        load_docs(con, "run-2", good, bad)
    assert counts(con) == before
    assert con.execute("SELECT content_sha256 FROM documents").fetchall() == [("aaa",)]
    # the connection is still usable, and a corrected load goes in whole
    assert load_docs(con, "run-3", good).new_observations == 1


def test_a_figure_outside_the_contract_vocabulary_is_refused(con):
    with pytest.raises(duckdb.ConstraintException, match="qualifier"):
        load_docs(con, "run-1", document("aaa", [killed(100, qualifier="roughly")]))
    assert counts(con)["fetches"] == 0


def test_a_fetch_without_attempts_keeps_its_reason(con):
    refused = FetchRecord("ocha", "https://example.org/private", None, False, None, None, None,
                          "disallowed by robots.txt", [])
    load_source(con, SourceLoad("ocha", "run-1", [refused], []))
    assert con.execute("SELECT attempt, status, error FROM fetches").fetchall() == [(0, None, "disallowed by robots.txt")]


def test_last_validators_come_from_the_latest_successful_fetch(con):
    doc = document("aaa", [])
    assert last_validators(con, "ocha", doc.url) == (None, None)
    load_source(con, SourceLoad("ocha", "run-1", [fetch_of(doc, etag='"v1"')], [doc]))
    later = dt.datetime(2024, 2, 2, tzinfo=UTC)
    failed = FetchRecord("ocha", doc.url, None, False, None, '"bogus"', None, "timeout",
                         [FetchAttemptRecord(later, 10_000.0, None, 0, "timeout")])
    load_source(con, SourceLoad("ocha", "run-2", [failed], []))
    assert last_validators(con, "ocha", doc.url) == ('"v1"', "Thu, 01 Feb 2024 09:00:00 GMT")
    assert last_validators(con, "other-source", doc.url) == (None, None)


def test_upsert_sources_keeps_the_registration_time_and_moves_updated_at_only_on_change(con):
    source = dict(slug="ocha", publisher="OCHA", url="https://example.org", kind="html", parser="ocha",
                  families=["casualties", "hospitals"], enabled=True, cadence="daily", terms="CC BY")
    upsert_sources(con, [source])
    first = con.execute("SELECT first_registered_at, updated_at FROM sources").fetchall()[0]
    upsert_sources(con, [source])
    assert con.execute("SELECT first_registered_at, updated_at FROM sources").fetchall()[0] == first
    upsert_sources(con, [dict(source, enabled=False)])
    registered, updated, enabled, families = con.execute(
        "SELECT first_registered_at, updated_at, enabled, families FROM sources").fetchall()[0]
    assert (registered, enabled, families) == (first[0], False, ["casualties", "hospitals"])
    assert updated > first[1]


# --- history views ---------------------------------------------------------------------

def test_figures_latest_picks_the_newest_as_of_and_the_previous_value(con):
    load_docs(con, "run-1",
              document("new", [killed(120, dt.date(2024, 2, 3))], FEB_1),
              document("old", [killed(100, dt.date(2024, 2, 1))], FEB_1 + dt.timedelta(days=5)),
              document("mid", [killed(100, dt.date(2024, 2, 2))], FEB_1))
    rows = con.execute(
        "SELECT value, as_of, quote, url, publisher, previous_value, previous_as_of FROM figures_latest").fetchall()
    assert rows == [(120.0, dt.date(2024, 2, 3), "120 killed", "https://example.org/ocha/new", "OCHA",
                     100.0, dt.date(2024, 2, 2))]


def test_figure_history_spans_the_documents_that_state_the_same_value(con):
    same = dt.date(2024, 2, 1)
    load_docs(con, "run-1", document("aaa", [killed(100, same)], FEB_1))
    load_docs(con, "run-2", document("bbb", [killed(100, same, quote="100 were killed")], FEB_1 + dt.timedelta(days=2)))
    (row,) = series_history(con, series_key(killed(0), "OCHA"))
    assert (row["n_documents"], row["documents"], row["publishers"]) == (2, ["aaa", "bbb"], ["OCHA"])
    assert row["first_seen_at"] == FEB_1
    assert row["last_seen_at"] == FEB_1 + dt.timedelta(days=2)
    assert (row["quote"], row["url"]) == ("100 killed", "https://example.org/ocha/aaa")


def test_a_not_modified_fetch_extends_last_seen(con):
    doc = document("aaa", [killed(100, dt.date(2024, 2, 1))])
    load_docs(con, "run-1", doc)
    later = FEB_1 + dt.timedelta(days=3)
    revalidated = FetchRecord("ocha", doc.url, doc.url, True, None, '"v1"', None, None,
                              [FetchAttemptRecord(later, 3.0, 304, 0, None)])
    load_source(con, SourceLoad("ocha", "run-2", [revalidated], []))
    assert con.execute("SELECT first_seen_at, last_seen_at FROM figure_history").fetchall() == [(FEB_1, later)]


def test_as_of_falls_back_to_published_then_to_the_fetch_date(con):
    load_docs(con, "run-1",
              document("pub", [killed(100)], published=dt.date(2024, 1, 30)),
              document("raw", [killed(110)], FEB_1 + dt.timedelta(hours=20)))  # 05:00 UTC the next day
    assert con.execute("SELECT value, as_of, as_of_stated FROM figure_history ORDER BY value").fetchall() == [
        (100.0, dt.date(2024, 1, 30), False), (110.0, dt.date(2024, 2, 2), False)]
    assert con.execute("SELECT as_of FROM observations ORDER BY value").fetchall() == [(None,), (None,)]


def test_series_view_summarises_each_series(con):
    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1)), killed(120, dt.date(2024, 2, 2)),
                                             killed(7, dt.date(2024, 2, 2), attributed_to="UNRWA")]))
    rows = con.execute(
        """SELECT metric, "group", population, location, originator, period, n_observations, n_values,
                  first_as_of, last_as_of FROM series ORDER BY originator""").fetchall()
    assert rows == [
        ("killed", "all", "palestinians", "Gaza Strip", "Gaza Ministry of Health", "cumulative", 2, 2,
         dt.date(2024, 2, 1), dt.date(2024, 2, 2)),
        ("killed", "all", "palestinians", "Gaza Strip", "UNRWA", "cumulative", 1, 1,
         dt.date(2024, 2, 2), dt.date(2024, 2, 2)),
    ]


def test_a_cumulative_series_going_down_is_a_revision_with_both_quotes(con):
    load_docs(con, "run-1",
              document("aaa", [killed(100, dt.date(2024, 2, 1))]),
              document("bbb", [killed(90, dt.date(2024, 2, 2), quote="revised to 90")]),
              document("ccc", [killed(95, dt.date(2024, 2, 3))]))
    # each day still below the earlier peak (100) is a row, not only the day it fell
    assert con.execute(
        "SELECT kind, old_value, new_value, old_as_of, new_as_of, old_quote, new_quote FROM revisions "
        "ORDER BY new_as_of").fetchall() == [
        ("decrease", 100.0, 90.0, dt.date(2024, 2, 1), dt.date(2024, 2, 2), "100 killed", "revised to 90"),
        ("decrease", 100.0, 95.0, dt.date(2024, 2, 1), dt.date(2024, 2, 3), "100 killed", "95 killed")]


def test_two_values_for_the_same_day_are_a_conflict(con):
    day = dt.date(2024, 2, 1)
    load_docs(con, "run-1", document("aaa", [killed(100, day)]), document("bbb", [killed(104, day)]))
    assert con.execute("SELECT kind, old_value, new_value, new_as_of FROM revisions").fetchall() == [
        ("conflict", 100.0, 104.0, day)]


def test_period_figures_going_down_are_not_revisions(con):
    daily = dict(period="period", period_detail="past 24 hours")
    load_docs(con, "run-1", document("aaa", [killed(80, dt.date(2024, 2, 1), **daily)]),
              document("bbb", [killed(60, dt.date(2024, 2, 2), **daily)]))
    assert con.execute("SELECT count(*) FROM revisions").fetchall() == [(0,)]


# --- queries ---------------------------------------------------------------------------

def test_changed_series_reports_old_and_new_values(con):
    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1))]))
    load_docs(con, "run-2", document("bbb", [killed(120, dt.date(2024, 2, 2)),
                                             killed(7, dt.date(2024, 2, 2), attributed_to="UNRWA")]))
    changes = {c.originator: c for c in changed_series(con, "run-2")}
    moh, unrwa = changes["Gaza Ministry of Health"], changes["UNRWA"]
    assert (moh.old_value, moh.old_as_of, moh.new_value, moh.new_as_of) == (100.0, dt.date(2024, 2, 1), 120.0, dt.date(2024, 2, 2))
    assert (moh.metric, moh.group, moh.location, moh.series_period) == ("killed", "all", "Gaza Strip", "cumulative")
    assert (moh.quote, moh.url) == ("120 killed", "https://example.org/ocha/bbb")
    assert (unrwa.old_value, unrwa.new_value) == (None, 7.0)


def test_a_run_that_restates_known_values_changes_nothing(con):
    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1))]))
    load_docs(con, "run-2", document("aaa", [killed(100, dt.date(2024, 2, 1))]))
    load_docs(con, "run-3", document("bbb", [killed(100, dt.date(2024, 2, 1))]))
    assert changed_series(con, "run-2") == []
    assert changed_series(con, "run-3") == []


def test_counts_by_source_and_family(con):
    hospitals = Figure("hospitals", "hospitals_functioning", 12, location="Gaza Strip", quote="12 functioning")
    load_docs(con, "run-1", document("aaa", [killed(100), killed(5, attributed_to="UNRWA")]),
              document("bbb", [hospitals]))
    load_docs(con, "run-1", document("ccc", [killed(3)], source="who", publisher="WHO"), source="who")
    assert counts_by_source_and_family(con) == [
        ("ocha", "casualties", 1, 2), ("ocha", "hospitals", 1, 1), ("who", "casualties", 1, 1)]


def test_top_series_ranks_by_distinct_values(con):
    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1)), killed(5, attributed_to="UNRWA")]),
              document("bbb", [killed(120, dt.date(2024, 2, 2))]), document("ccc", [killed(130, dt.date(2024, 2, 3))]))
    top = top_series(con, limit=1)
    assert len(top) == 1
    assert (top[0]["originator"], top[0]["n_values"], top[0]["latest_value"]) == ("Gaza Ministry of Health", 3, 130.0)
    assert top[0]["group"] == "all" and top[0]["metric"] == "killed"
    assert [row["value"] for row in series_history(con, top[0]["series_key"])] == [100.0, 120.0, 130.0]


# The README's example queries run against the demo ledger in tests/test_readme_queries.py: they
# ask about real sources (the Ministry, OCHA, a 34,344 toll) that a hand-built load does not hold.


def test_naive_fetch_times_are_taken_as_utc(con):
    con.execute("SET TimeZone = 'Asia/Gaza'")
    doc = document("aaa", [], dt.datetime(2024, 2, 1, 9, 0))
    load_docs(con, "run-1", doc)
    assert con.execute("SELECT first_fetched_at FROM documents").fetchall()[0][0] == FEB_1
    assert con.execute("SELECT started_at FROM fetches").fetchall()[0][0] == FEB_1


# --- figures_latest is stored, refreshed by each load for the series it touched -----------------

def assert_stored_latest_is_the_computed_one(con):
    stored = con.execute("SELECT * FROM figures_latest ORDER BY series_key").fetchall()
    computed = con.execute("SELECT * FROM figures_latest_without_run(NULL) ORDER BY series_key").fetchall()
    assert stored == computed


def test_stored_figures_latest_follows_new_values_refetches_304s_and_reparses(con):
    moh = killed(100, dt.date(2024, 2, 1))
    daily = Figure("casualties", "killed", 7, population="palestinians", location="Gaza Strip", period="period",
                   period_detail="24h", as_of=dt.date(2024, 2, 1), quote="7 killed in 24 hours")
    first = document("aaa", [moh, daily])
    load_docs(con, "run-1", first)
    assert con.execute("SELECT count(*) FROM figures_latest").fetchall() == [(2,)]
    assert_stored_latest_is_the_computed_one(con)

    load_docs(con, "run-2", document("bbb", [killed(130, dt.date(2024, 2, 3))], FEB_1 + dt.timedelta(days=2)))
    assert con.execute("SELECT value, previous_value FROM figures_latest WHERE metric = 'killed' AND period = 'cumulative'"
                       ).fetchall() == [(130.0, 100.0)]
    assert_stored_latest_is_the_computed_one(con)

    # a 304 on the first document's URL moves last_seen_at of both its series
    later = FEB_1 + dt.timedelta(days=5)
    revalidated = FetchRecord("ocha", first.url, first.url, True, None, '"v1"', None, None,
                              [FetchAttemptRecord(later, 3.0, 304, 0, None)])
    load_source(con, SourceLoad("ocha", "run-3", [revalidated], []))
    assert con.execute("SELECT last_seen_at FROM figures_latest WHERE period = 'period'").fetchall() == [(later,)]
    assert_stored_latest_is_the_computed_one(con)

    # a new parser version that no longer finds the 24-hour count removes that series
    load_docs(con, "run-4", document("aaa", [moh], version="1.1"))
    assert con.execute("SELECT count(*) FROM figures_latest WHERE period = 'period'").fetchall() == [(0,)]
    assert_stored_latest_is_the_computed_one(con)


def test_a_failed_load_leaves_stored_figures_latest_as_it_was(con):
    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1))]))
    before = con.execute("SELECT * FROM figures_latest").fetchall()
    bad = document("ccc", [killed(130, dt.date(2024, 2, 2)), Figure("casualties", "killed", "not a number")])
    with pytest.raises(duckdb.ConversionException):
        load_docs(con, "run-2", bad)
    assert con.execute("SELECT * FROM figures_latest").fetchall() == before


def _ledger_migrated_up_to(tmp_path, version: int):
    """A raw connection to a new ledger file that ran the migrations up to ``version`` only: an older release's file."""
    from warehouse.migrations import SQL_DIR, migrate

    old_sql = tmp_path / "sql"
    old_sql.mkdir()
    for path in sorted(SQL_DIR.glob(f"00[1-{version}]_*.sql")):
        (old_sql / path.name).write_text(path.read_text())
    db = tmp_path / f"v{version}.duckdb"
    raw = duckdb.connect(str(db))
    migrate(raw, sql_dir=old_sql)
    return db, raw


def test_a_ledger_from_before_the_stored_table_gets_it_filled_on_upgrade(tmp_path):
    db, raw = _ledger_migrated_up_to(tmp_path, 6)
    # today's loader refreshes the stored table: give this old file throw-away stand-ins for the session
    raw.execute("CREATE TEMP TABLE figures_latest_stored AS FROM figures_latest_without_run(NULL)")
    raw.execute("""CREATE TEMP MACRO figures_latest_of_series(keys) AS TABLE
                   FROM figures_latest_without_run(NULL) WHERE list_contains(keys, series_key)""")
    load_docs(raw, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1))]),
              document("bbb", [killed(120, dt.date(2024, 2, 2))]))
    raw.close()

    upgraded = connect(db)
    assert upgraded.execute("SELECT value, previous_value FROM figures_latest").fetchall() == [(120.0, 100.0)]
    assert_stored_latest_is_the_computed_one(upgraded)
    upgraded.close()


# --- ties: one day, one sighting, one value, other qualifiers ------------------------------------

QUALIFIER_ORDERS = [("exact", "at_least", "approx"), ("approx", "exact", "at_least"), ("at_least", "approx", "exact")]


def latest_by_every_path(con) -> dict[str, list[tuple]]:
    """figures_latest as the stored table, the "before a run" macro and the "as known at" macro give it."""
    columns = "series_key, value, value_max, qualifier, as_of, quote, previous_value"
    return {
        "stored": con.execute(f"SELECT {columns} FROM figures_latest ORDER BY series_key").fetchall(),
        "without_run": con.execute(f"SELECT {columns} FROM figures_latest_without_run(NULL) ORDER BY series_key"
                                   ).fetchall(),
        "as_known_at": con.execute(f"SELECT {columns} FROM figures_as_known_at('infinity') ORDER BY series_key"
                                   ).fetchall(),
    }


@pytest.mark.parametrize("qualifiers", QUALIFIER_ORDERS, ids="-".join)
def test_a_tie_is_broken_the_same_way_by_the_stored_table_and_every_macro(tmp_path, qualifiers):
    # Three documents fetched at the same moment state 100 killed on the same day, each with
    # another qualifier: as_of, last sighting and value tie. Loaded in several orders.
    con = connect(tmp_path / "wh.duckdb")
    load_docs(con, "run-1", document("old", [killed(90, dt.date(2024, 1, 31))]))
    load_docs(con, "run-2", *[document(f"d{n}", [killed(100, dt.date(2024, 2, 1), qualifier=q,
                                                        quote=f"100 killed ({q})")])
                              for n, q in enumerate(qualifiers)])
    picks = latest_by_every_path(con)
    con.close()
    assert picks["without_run"] == picks["stored"]
    assert picks["as_known_at"] == picks["stored"]
    # the rule, whatever the load order: the qualifier first in alphabetical order
    assert [(value, qualifier, quote, previous) for _, value, _, qualifier, _, quote, previous in picks["stored"]] == [
        (100.0, "approx", "100 killed (approx)", 90.0)]


def test_a_ledger_whose_stored_table_holds_a_chance_pick_gets_it_refilled_on_upgrade(tmp_path):
    db, raw = _ledger_migrated_up_to(tmp_path, 7)
    load_docs(raw, "run-1", document("d0", [killed(100, dt.date(2024, 2, 1), qualifier="exact")]),
              document("d1", [killed(100, dt.date(2024, 2, 1), qualifier="at_least")]))
    # what 007's first fill through 002's macro could have stored: the other side of the tie
    raw.execute("UPDATE figures_latest_stored SET qualifier = 'exact', quote = '100 killed'")
    raw.close()

    upgraded = connect(db)
    picks = latest_by_every_path(upgraded)
    upgraded.close()
    assert [row[3] for row in picks["stored"]] == ["at_least"]
    assert picks["without_run"] == picks["stored"] == picks["as_known_at"]


def test_a_load_pauses_the_cyclic_gc_only_while_it_runs_even_when_it_fails(con):
    import gc

    load_docs(con, "run-1", document("aaa", [killed(100, dt.date(2024, 2, 1))]))
    assert gc.isenabled()
    with pytest.raises(duckdb.ConversionException):
        load_docs(con, "run-2", document("bbb", [Figure("casualties", "killed", "not a number")]))
    assert gc.isenabled()
    gc.disable()  # a caller that keeps it off for its own reasons finds it off afterwards
    try:
        load_docs(con, "run-3", document("ccc", [killed(120, dt.date(2024, 2, 2))]))
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- the refresh by observation (009) and changed_series against their whole-ledger definitions -----

# changed_series as it was written before 009: "before" computed over the whole ledger.
CHANGED_SERIES_WHOLE_LEDGER = """
    WITH touched AS (SELECT DISTINCT series_key FROM observations_current WHERE run_id = $run_id)
    SELECT latest.series_key, before.value, before.as_of, latest.value, latest.as_of, latest.quote, latest.url
    FROM figures_latest AS latest
    JOIN touched USING (series_key)
    LEFT JOIN figures_latest_without_run($run_id) AS before USING (series_key)
    WHERE before.value IS DISTINCT FROM latest.value
    ORDER BY latest.series_key
"""


def differing_rows(con, left: str, right: str, params=None) -> list[tuple]:
    """Rows in one query's result and not the other's (duplicates counted): [] when they are equal."""
    return con.execute(f"({left} EXCEPT ALL {right}) UNION ALL ({right} EXCEPT ALL {left})", params).fetchall()


def random_nights(seed: int):
    """Six runs of documents from three publishers: new values, restated ones, ties on one day, 304s, re-parses."""
    import random

    rng = random.Random(seed)
    groups, publishers = ["all", "children"], ["OCHA", "WHO", "UNRWA"]
    done: list[DocumentRecord] = []
    for night in range(6):
        at = FEB_1 + dt.timedelta(days=night, hours=rng.randrange(3))
        docs = []
        for n in range(rng.randrange(2, 6)):
            figures = [killed(rng.choice([100, 120, 120, 130, 90]) + rng.choice([0, 0, 5]),
                              dt.date(2024, 2, 1) + dt.timedelta(days=rng.randrange(night + 1)),
                              qualifier=rng.choice(["exact", "at_least", "approx"]),
                              attributed_to=rng.choice([None, "Gaza Ministry of Health"]),
                              group=rng.choice(groups), quote=f"q{night}-{n}-{k}")
                       for k in range(rng.randrange(1, 5))]
            docs.append(document(f"n{night}d{n}", figures, at, publisher=rng.choice(publishers)))
        fetches = [fetch_of(d) for d in docs]
        if done and night % 2:  # a 304 on an earlier document's URL
            old = rng.choice(done)
            fetches.append(FetchRecord("ocha", old.url, old.url, True, None, '"v1"', None, None,
                                       [FetchAttemptRecord(at, 3.0, 304, 0, None)]))
        if done and night == 4:  # a new parser version that reads an earlier document differently
            old = rng.choice(done)
            docs.append(document(old.content_sha256, [killed(77, dt.date(2024, 2, 9))], at, version="2.0",
                                 publisher=old.publisher))
        done += docs
        yield f"run-{night}", SourceLoad("ocha", f"run-{night}", fetches, docs)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_refresh_by_observation_and_changed_series_agree_with_the_whole_ledger_definitions(tmp_path, seed):
    con = connect(tmp_path / "wh.duckdb")
    runs = []
    for run_id, load in random_nights(seed):
        load_source(con, load)
        runs.append(run_id)
        assert differing_rows(con, "FROM figures_latest", "FROM figures_latest_without_run(NULL)") == []
    every_series = [key for (key,) in con.execute("SELECT series_key FROM series_dim").fetchall()]
    compared = 0
    for run_id in runs + ["no such run"]:
        assert differing_rows(con, "FROM figures_latest_of_series_without_run($keys, $run)",
                              "FROM figures_latest_without_run($run)", {"keys": every_series, "run": run_id}) == []
        expected = con.execute(CHANGED_SERIES_WHOLE_LEDGER, {"run_id": run_id}).fetchall()
        got = sorted((c.series_key, c.old_value, c.old_as_of, c.new_value, c.new_as_of, c.quote, c.url)
                     for c in changed_series(con, run_id))
        assert got == expected
        compared += len(got)
    assert compared  # some run did change a latest value
    con.close()


def test_observation_ids_follow_the_order_of_the_figures_within_a_load(con):
    figures = [killed(v, dt.date(2024, 2, 1), quote=f"figure {n}") for n, v in enumerate([5, 3, 9, 1])]
    load_docs(con, "run-1", document("aaa", figures[:2]), document("bbb", figures[2:]))
    assert [quote for (quote,) in con.execute("SELECT quote FROM observations ORDER BY observation_id").fetchall()
            ] == ["figure 0", "figure 1", "figure 2", "figure 3"]


def test_the_loader_hashes_a_series_once_per_set_of_the_fields_its_key_reads():
    # The loader caches series (descriptor and key) by the fields in _series_fields: no other field
    # may change a figure's series, and each of those does.
    import dataclasses

    from parsers.models import series_descriptor
    from warehouse.load import _series_fields

    def series_of(figure):
        return series_descriptor(figure, "OCHA"), series_key(figure, "OCHA")

    base = killed(100, dt.date(2024, 2, 1), qualifier="at_least", value_max=120.0, period_detail="24h",
                  char_start=1, char_end=4, page=2, parser="text", parser_version="1.0")
    others = {"value": 5.0, "qualifier": "exact", "value_max": None, "period_detail": None, "as_of": None,
              "quote": "another", "char_start": 9, "char_end": 12, "page": None, "parser": "pdf",
              "parser_version": "2.0"}
    read = set(_series_fields.__reduce__()[1])
    assert {f.name for f in dataclasses.fields(base)} == read | set(others)
    for name, value in others.items():
        assert series_of(dataclasses.replace(base, **{name: value})) == series_of(base), name
    for name in read:
        changed = {"family": "detention", "metric": "injured", "group": "children", "population": "lebanese",
                   "location": "Lebanon", "attributed_to": "WHO", "period": "point",
                   "period_start": dt.date(2025, 10, 11)}[name]
        assert series_of(dataclasses.replace(base, **{name: changed}))[0] != series_of(base)[0], name
