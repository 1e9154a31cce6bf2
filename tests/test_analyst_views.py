"""The analyst's views (warehouse/sql/005_analyst.sql) on hand-built loads with planted faults."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.models import Figure
from tests.test_warehouse_load import UTC, document, fetch_of, killed, load_docs
from warehouse.db import connect
from warehouse.load import load_source
from warehouse.queries import figures_as_known_at, find_series, source_freshness
from warehouse.records import FetchAttemptRecord, FetchRecord, SourceLoad

DAY = {d: dt.date(2024, 2, d) for d in range(1, 29)}  # DAY[1] is 1 February 2024
AT = {d: dt.datetime(2024, 2, d, 9, 0, tzinfo=UTC) for d in range(1, 29)}  # AT[1] is 1 February, 09:00 UTC


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "wh.duckdb")
    yield connection
    connection.close()


def daily(value, as_of, **fields) -> Figure:
    """A 24-hour count of the Ministry's."""
    quote = fields.pop("quote", f"{value} killed in 24 hours")
    return killed(value, as_of, period="period", period_detail="24h", quote=quote, **fields)


def rows(con, query: str) -> list[tuple]:
    return con.execute(query).fetchall()


# --- revisions -------------------------------------------------------------------------------

def test_a_cumulative_total_below_its_earlier_peak_is_a_decrease_every_day_until_it_recovers(con):
    load_docs(con, "run-1",
              document("d1", [killed(100, DAY[1])]), document("d2", [killed(105, DAY[2], quote="105 killed so far")]),
              document("d3", [killed(90, DAY[3], quote="revised to 90")]), document("d4", [killed(95, DAY[4])]),
              document("d5", [killed(110, DAY[5])]))
    assert rows(con, """SELECT old_as_of, old_value, new_as_of, new_value, old_quote, new_quote, old_document,
                               new_document, new_url, difference
                        FROM revisions WHERE kind = 'decrease' ORDER BY new_as_of""") == [
        (DAY[2], 105.0, DAY[3], 90.0, "105 killed so far", "revised to 90", "d2", "d3",
         "https://example.org/ocha/d3", -15.0),
        (DAY[2], 105.0, DAY[4], 95.0, "105 killed so far", "95 killed", "d2", "d4", "https://example.org/ocha/d4", -10.0),
    ]
    assert rows(con, """SELECT kind, as_of, value, other_value, quote, other_quote, document, other_document
                        FROM consistency_problems WHERE kind = 'cumulative_falls' ORDER BY as_of""")[0] == (
        "cumulative_falls", DAY[3], 90.0, 105.0, "revised to 90", "105 killed so far", "d3", "d2")


def test_a_lower_bound_below_the_peak_is_no_decrease(con):
    load_docs(con, "run-1", document("d1", [killed(30000, DAY[1])]),
              document("d2", [killed(29000, DAY[2], qualifier="at_least", quote="more than 29,000 killed")]))
    assert rows(con, "SELECT count(*) FROM revisions") == [(0,)]


def test_conflicting_same_day_values_from_two_documents_are_listed_with_both_quotes(con):
    load_docs(con, "run-1",
              document("moh", [killed(10000, DAY[1], quote="10,000 killed, the ministry said")],
                       source="moh", publisher="Gaza Ministry of Health"),
              document("news", [killed(10600, DAY[1], quote="10,600 killed, says the ministry")],
                       source="news", publisher="AP"))
    assert rows(con, """SELECT kind, old_value, new_value, old_quote, new_quote, old_document, new_document,
                               old_url, new_url, old_publisher, new_publisher
                        FROM revisions""") == [
        ("conflict", 10000.0, 10600.0, "10,000 killed, the ministry said", "10,600 killed, says the ministry",
         "moh", "news", "https://example.org/moh/moh", "https://example.org/news/news",
         "Gaza Ministry of Health", "AP")]


@pytest.mark.parametrize("first, second", [
    (dict(value=10000, qualifier="at_least"), dict(value=10200, qualifier="exact")),
    (dict(value=10000, qualifier="approx"), dict(value=10400, qualifier="exact")),
    (dict(value=10000, qualifier="exact"), dict(value=12000, qualifier="at_most")),
    (dict(value=9000, qualifier="range", value_max=11000), dict(value=10500, qualifier="exact")),
], ids=["at_least", "approx_within_5pct", "at_most", "range"])
def test_compatible_statements_of_one_day_are_no_conflict(con, first, second):
    a, b = (killed(f.pop("value"), DAY[1], **f) for f in (dict(first), dict(second)))
    load_docs(con, "run-1", document("aaa", [a]), document("bbb", [b]))
    assert rows(con, "SELECT count(*) FROM revisions") == [(0,)]


def test_two_values_in_one_document_are_no_conflict_between_documents(con):
    load_docs(con, "run-1", document("aaa", [killed(2, DAY[1], period="period"), killed(6, DAY[1], period="period")]))
    assert rows(con, "SELECT count(*) FROM revisions") == [(0,)]


# --- consistency -----------------------------------------------------------------------------

def test_a_daily_count_that_is_not_the_change_in_the_cumulative_total_is_a_problem(con):
    load_docs(con, "run-1",
              document("d1", [killed(1000, DAY[1], quote="1,000 killed in total")]),
              document("d2", [killed(1010, DAY[2], quote="1,010 killed in total"), daily(7, DAY[2])]),
              # consistent: +5 and a count of 5
              document("d3", [killed(1015, DAY[3]), daily(5, DAY[3])]),
              # two days apart: no daily change to compare with
              document("d5", [killed(1030, DAY[5]), daily(1, DAY[5])]))
    assert rows(con, """SELECT as_of, value, other_value, other_as_of, quote, other_quote, document, other_document
                        FROM consistency_problems WHERE kind = 'daily_vs_cumulative'""") == [
        (DAY[2], 7.0, 10.0, DAY[2], "7 killed in 24 hours", "1,010 killed in total", "d2", "d2")]
    detail = rows(con, "SELECT detail FROM consistency_problems WHERE kind = 'daily_vs_cumulative'")[0][0]
    assert detail == "24h count 7; the cumulative total went from 1,000 (2024-02-01) to 1,010 (2024-02-02): a change of 10"


def test_a_value_far_outside_its_series_trend_is_an_outlier_and_ordinary_noise_is_not(con):
    counts = [5, 6, 4, 7, 5, 6, 200, 5, 6, 4, 7]
    load_docs(con, "run-1", *(document(f"d{i}", [daily(v, DAY[i + 1])]) for i, v in enumerate(counts)))
    assert rows(con, "SELECT as_of, value, other_value FROM consistency_problems WHERE kind = 'outlier'") == [
        (DAY[7], 200.0, 6.0)]


def test_a_jump_in_a_cumulative_total_is_an_outlier_by_its_change_per_day(con):
    totals = [100, 110, 121, 130, 141, 150, 900, 910, 921, 930]
    load_docs(con, "run-1", *(document(f"d{i}", [killed(v, DAY[i + 1])]) for i, v in enumerate(totals)))
    found = rows(con, "SELECT as_of, value, other_document FROM consistency_problems WHERE kind = 'outlier'")
    assert found == [(DAY[7], 900.0, "d5")]


# --- as known at -----------------------------------------------------------------------------

def test_as_known_at_uses_only_documents_fetched_by_then(con):
    load_docs(con, "run-1", document("d1", [killed(100, DAY[1])], fetched_at=AT[1]))
    load_docs(con, "run-2", document("d3", [killed(120, DAY[2])], fetched_at=AT[3]))
    before_any, after_first, after_second = "2024-01-31", AT[2], AT[4]
    known = lambda at: rows(con, f"SELECT value, as_of, previous_value FROM figures_as_known_at('{at}')")  # noqa: E731
    assert known(before_any) == []
    assert known(after_first) == [(100.0, DAY[1], None)]
    assert known(after_second) == [(120.0, DAY[2], 100.0)]
    assert [r["value"] for r in figures_as_known_at(con, AT[2])] == [100.0]
    assert rows(con, f"SELECT as_of, value FROM figure_history_as_known_at('{AT[2]}')") == [(DAY[1], 100.0)]


def test_as_known_at_reads_each_document_with_the_parse_recorded_by_then(con):
    load_docs(con, "run-1", document("d1", [killed(100, DAY[1])], fetched_at=AT[1], version="1.0"))
    load_docs(con, "run-2", document("d1", [killed(105, DAY[1])], fetched_at=AT[1], version="1.1"))
    # the loader stamps parses with the wall clock; put them where a real ledger would have them
    con.execute("UPDATE parses SET parsed_at = ? WHERE parser_version = '1.0'", [AT[1]])
    con.execute("UPDATE parses SET parsed_at = ? WHERE parser_version = '1.1'", [AT[5]])
    assert rows(con, f"SELECT value FROM figures_as_known_at('{AT[3]}')") == [(100.0,)]
    assert rows(con, f"SELECT value FROM figures_as_known_at('{AT[6]}')") == [(105.0,)]


def test_as_known_at_now_is_the_history_itself(con):
    load_docs(con, "run-1", document("d1", [killed(100, DAY[1]), daily(4, DAY[1])]),
              document("d2", [killed(103, DAY[2], attributed_to="UNRWA")]))
    load_docs(con, "run-2", document("d1", [killed(100, DAY[1])]))  # a refetch moves last_seen_at
    for view, macro in (("figure_history", "figure_history_as_known_at"), ("figures_latest", "figures_as_known_at")):
        now_view = f"SELECT * EXCLUDE (known_at) FROM {macro}(now())" if macro == "figures_as_known_at" \
            else f"FROM {macro}(now())"
        assert rows(con, f"SELECT count(*) FROM ({now_view} EXCEPT ALL FROM {view})") == [(0,)]
        assert rows(con, f"SELECT count(*) FROM (FROM {view} EXCEPT ALL {now_view})") == [(0,)]


# --- across sources, latest by source, freshness ---------------------------------------------

def test_figures_across_sources_puts_each_originator_and_publisher_side_by_side(con):
    load_docs(con, "run-1", document("moh", [killed(100, DAY[1])], source="moh", publisher="Gaza Ministry of Health"),
              source="moh")
    load_docs(con, "run-1", document("ocha", [killed(104, DAY[1]), killed(98, DAY[1], attributed_to="OCHA")]))
    assert rows(con, """SELECT originator, publisher, value, min_value, max_value, spread, n_sources,
                               n_originators, n_publishers
                        FROM figures_across_sources ORDER BY originator, publisher""") == [
        ("Gaza Ministry of Health", "Gaza Ministry of Health", 100.0, 98.0, 104.0, 6.0, 3, 2, 2),
        ("Gaza Ministry of Health", "OCHA", 104.0, 98.0, 104.0, 6.0, 3, 2, 2),
        ("OCHA", "OCHA", 98.0, 98.0, 104.0, 6.0, 3, 2, 2),
    ]


def test_24_hour_and_48_hour_counts_are_not_compared(con):
    load_docs(con, "run-1", document("a", [daily(10, DAY[1])]),
              document("b", [killed(25, DAY[1], period="period", period_detail="48h")]))
    assert rows(con, "SELECT period_detail, n_sources FROM figures_across_sources ORDER BY 1") == [
        ("24h", 1), ("48h", 1)]


def test_figures_latest_by_source_gives_each_publishers_latest_and_how_far_behind(con):
    load_docs(con, "run-1", document("moh", [killed(100, DAY[1])], source="moh", publisher="Gaza Ministry of Health"),
              document("moh2", [killed(130, DAY[4])], source="moh", publisher="Gaza Ministry of Health"), source="moh")
    load_docs(con, "run-1", document("ocha", [killed(100, DAY[1])]))
    assert rows(con, """SELECT publisher, value, as_of, n_documents, days_behind
                        FROM figures_latest_by_source ORDER BY publisher""") == [
        ("Gaza Ministry of Health", 130.0, DAY[4], 2, 0), ("OCHA", 100.0, DAY[1], 1, 3)]


def test_source_freshness_tells_the_last_fetch_the_last_success_and_the_last_new_figure(con):
    first = document("d1", [killed(100, DAY[1])], fetched_at=AT[1])
    load_source(con, SourceLoad("ocha", "run-1", [fetch_of(first)], [first]))
    failed = FetchRecord("ocha", first.url, None, False, None, None, None, "HTTP 503",
                         [FetchAttemptRecord(AT[3], 30.0, 503, 0, "HTTP 503")])
    load_source(con, SourceLoad("ocha", "run-2", [failed], []))
    (row,) = [r for r in source_freshness(con) if r["source_slug"] == "ocha"]
    assert (row["last_fetch_at"], row["last_status"], row["last_error"]) == (AT[3], 503, "HTTP 503")
    assert (row["last_success_at"], row["last_new_document_at"], row["last_new_figure_at"]) == (AT[1], AT[1], AT[1])
    assert (row["documents"], row["figures"], row["fetches"]) == (1, 1, 2)
    assert row["days_since_success"] > row["days_since_fetch"] > 0


def test_find_series_filters_on_series_columns_and_refuses_others(con):
    load_docs(con, "run-1", document("a", [killed(1, DAY[1]), killed(2, DAY[1], attributed_to="UNRWA")]))
    assert [s["originator"] for s in find_series(con, metric="killed", originator="UNRWA")] == ["UNRWA"]
    assert len(find_series(con, metric="killed", group="all")) == 2
    with pytest.raises(ValueError):
        find_series(con, colour="red")


# --- a night's findings read only the series it touched -----------------------------------------

def test_a_runs_revisions_and_problems_are_the_views_rows_touching_its_documents(con):
    from warehouse.queries import consistency_problems_in_run, revisions_in_run

    # run-1: a cumulative series and its 24-hour counts; an unrelated UNRWA series with a fall
    load_docs(con, "run-1", document("d1", [killed(1000, DAY[1]), daily(5, DAY[1])]),
              document("d2", [killed(1010, DAY[2]), killed(300, DAY[1], attributed_to="UNRWA")]),
              document("u2", [killed(250, DAY[2], attributed_to="UNRWA")]))
    # run-2: a fall of the Ministry's total, and a 24-hour count the totals do not bear out
    # (the cumulative statement is in run-1's d2, the daily count in run-2's d3)
    load_docs(con, "run-2", document("d3", [killed(990, DAY[3]), daily(9, DAY[2])]))
    load_docs(con, "run-3", document("d1", [killed(1000, DAY[1])]))  # a refetch, nothing parsed
    # run-5 states only totals, yet makes run-4's 24-hour count a problem (a row of the daily series)
    load_docs(con, "run-4", document("d5", [daily(7, DAY[5])]))
    load_docs(con, "run-5", document("d6", [killed(1020, DAY[4]), killed(1030, DAY[5])]))

    def expected(view: str, first: str, second: str, run: str) -> list:
        documents = {sha for (sha,) in rows(con, f"SELECT content_sha256 FROM parses WHERE run_id = '{run}'")}
        cursor = con.execute(f"FROM {view}")
        names = [column[0] for column in cursor.description]
        found = [dict(zip(names, row)) for row in cursor.fetchall()]
        return sorted((r for r in found if r[first] in documents or r[second] in documents), key=repr)

    for run in ("run-1", "run-2", "run-4", "run-5"):
        assert sorted(revisions_in_run(con, run), key=repr) == expected("revisions", "new_document", "old_document", run)
        assert sorted(consistency_problems_in_run(con, run), key=repr) == \
            expected("consistency_problems", "document", "other_document", run)
    assert {r["kind"] for r in consistency_problems_in_run(con, "run-2")} >= {"cumulative_falls",
                                                                              "daily_vs_cumulative"}
    assert {r["originator"] for r in revisions_in_run(con, "run-1")} == {"UNRWA", "Gaza Ministry of Health"}
    assert [(r["kind"], r["document"], r["other_document"]) for r in consistency_problems_in_run(con, "run-5")
            if r["kind"] == "daily_vs_cumulative"] == [("daily_vs_cumulative", "d5", "d6")]
    assert revisions_in_run(con, "run-3") == [] and consistency_problems_in_run(con, "run-3") == []


def test_the_night_macros_of_series_equal_the_whole_views_and_new_figures_reads_the_run(con):
    from warehouse.queries import new_figures

    load_docs(con, "run-1", document("d1", [killed(1000, DAY[1]), daily(5, DAY[1])]),
              document("d2", [killed(1010, DAY[2]), killed(300, DAY[1], attributed_to="UNRWA")]),
              document("u2", [killed(250, DAY[2], attributed_to="UNRWA")]))
    load_docs(con, "run-2", document("d3", [killed(990, DAY[3]), daily(9, DAY[2])]))
    load_docs(con, "run-3", document("d1", [killed(1000, DAY[1])]))
    every = [key for (key,) in rows(con, "SELECT series_key FROM series_dim")]
    for macro, view in [("observations_dated_of_series", "observations_dated"), ("revisions_of_series", "revisions"),
                        ("consistency_problems_of_series", "consistency_problems")]:
        whole = f"FROM {view}"
        of_series = f"FROM {macro}($keys)"
        assert con.execute(f"({whole} EXCEPT ALL {of_series}) UNION ALL ({of_series} EXCEPT ALL {whole})",
                           {"keys": every}).fetchall() == [], macro
        assert con.execute(f"SELECT count(*) {whole}").fetchall()[0][0] > 0, view  # the comparison compared rows
    columns = 'source_slug, publisher, metric, "group", location, originator, series_period, value, qualifier, as_of, quote, url'
    for run in ("run-1", "run-2", "run-3"):
        cursor = con.execute(f"SELECT {columns} FROM observations_dated WHERE run_id = ?", [run])
        names = [c[0] for c in cursor.description]
        expected = sorted((dict(zip(names, r)) for r in cursor.fetchall()), key=repr)
        assert sorted(new_figures(con, run), key=repr) == expected
