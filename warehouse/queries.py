"""The questions the flow's artifacts, the CLI and the demo ask of the warehouse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from warehouse.records import SeriesChange


def changed_series(con: duckdb.DuckDBPyConnection, run_id: str) -> list[SeriesChange]:
    """Series this run's observations touched whose latest value is not what it was before.

    "Before" is the history without this run's parses and fetches (``figures_latest_without_run``,
    computed for these series only); a series with no value before has ``old_value`` None.
    """
    # "Before" only for the series this run's observations state (the computed macro over the
    # whole ledger cost 4 s and 1.5 GB of DuckDB memory at 1M observations, whatever the night).
    stated = _series_stated_in_run(con, run_id)
    if not stated:
        return []
    rows = con.execute(
        """WITH touched AS (
               SELECT DISTINCT series_key FROM observations_current WHERE run_id = $run_id
           )
           SELECT latest.series_key, latest.metric, latest."group", latest.location, latest.originator, latest.series_period,
                  before.value, before.as_of, latest.value, latest.as_of, latest.quote, latest.url
           FROM figures_latest AS latest
           JOIN touched USING (series_key)
           LEFT JOIN figures_latest_of_series_without_run($stated, $run_id) AS before USING (series_key)
           WHERE before.value IS DISTINCT FROM latest.value
           ORDER BY latest.metric, latest."group", latest.location NULLS FIRST, latest.originator, latest.series_key""",
        {"run_id": run_id, "stated": stated},
    ).fetchall()
    return [SeriesChange(*row) for row in rows]


def _series_stated_in_run(con: duckdb.DuckDBPyConnection, run_id: str) -> list[str]:
    """The series of this run's observations: what a night's questions may restrict themselves to."""
    return [key for (key,) in con.execute(
        "SELECT DISTINCT series_key FROM observations WHERE run_id = $run_id", {"run_id": run_id}).fetchall()]


def counts_by_source_and_family(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int, int]]:
    """(source_slug, family, n_documents, n_observations) over the current observations."""
    rows = con.execute(
        """SELECT source_slug, family, count(DISTINCT content_sha256), count(*)
           FROM observations_current
           GROUP BY source_slug, family
           ORDER BY source_slug, family"""
    ).fetchall()
    return [tuple(row) for row in rows]


def series_history(con: duckdb.DuckDBPyConnection, series_key: str) -> list[dict[str, Any]]:
    """Every value one series took (rows of ``figure_history``), oldest as_of first."""
    cursor = con.execute(
        """SELECT * FROM figure_history WHERE series_key = ?
           ORDER BY as_of, first_seen_at, value""",
        [series_key],
    )
    return _dicts(cursor)


def top_series(con: duckdb.DuckDBPyConnection, limit: int = 3) -> list[dict[str, Any]]:
    """The series stated by the most publishers, then with the most distinct values, with their descriptive columns."""
    cursor = con.execute(
        """SELECT s.*, l.value AS latest_value, l.as_of AS latest_as_of
           FROM series AS s JOIN figures_latest AS l USING (series_key)
           ORDER BY s.n_publishers DESC, s.n_values DESC, s.n_observations DESC, s.series_key
           LIMIT ?""",
        [limit],
    )
    return _dicts(cursor)


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def source_status(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Per source slug: its last fetch (when, HTTP status, error), its last new document, its counts."""
    cursor = con.execute(
        """WITH last_fetch AS (
               SELECT source_slug, started_at AS last_fetch_at, status AS last_status, error AS last_error,
                      not_modified AS last_not_modified
               FROM fetches
               QUALIFY row_number() OVER (PARTITION BY source_slug ORDER BY started_at DESC NULLS LAST, fetch_id DESC) = 1
           ),
           docs AS (
               SELECT source_slug, max(first_fetched_at) AS last_new_document_at, count(*) AS documents
               FROM documents GROUP BY source_slug
           )
           SELECT coalesce(f.source_slug, d.source_slug) AS source_slug, f.last_fetch_at, f.last_status,
                  f.last_error, f.last_not_modified, d.last_new_document_at, coalesce(d.documents, 0) AS documents
           FROM last_fetch AS f FULL JOIN docs AS d USING (source_slug)"""
    )
    return {row["source_slug"]: row for row in _dicts(cursor)}


# --- the analyst's ledger (sql/005-007) -----------------------------------------------------

SERIES_FILTERS = ("series_key", "metric", "group", "population", "location", "originator", "series_period")


def figures_as_known_at(con: duckdb.DuckDBPyConnection, at: dt.datetime | str) -> list[dict[str, Any]]:
    """The latest value per series as the ledger knew it at ``at`` (rows of ``figures_as_known_at``)."""
    cursor = con.execute(
        """SELECT * FROM figures_as_known_at(CAST($at AS TIMESTAMPTZ))
           ORDER BY metric, "group", location NULLS FIRST, originator, series_period""",
        {"at": at},
    )
    return _dicts(cursor)


def find_series(con: duckdb.DuckDBPyConnection, **filters: str | None) -> list[dict[str, Any]]:
    """Rows of ``series`` whose columns equal every filter given (None: not filtered).

    Filters are the names in ``SERIES_FILTERS``; anything else is a programmer error.
    """
    unknown = set(filters) - set(SERIES_FILTERS)
    if unknown:
        raise ValueError(f"series cannot be filtered by {sorted(unknown)}")
    given = {name: value for name, value in filters.items() if value is not None}
    where = " AND ".join(f'"{name}" = ${name}' for name in given) or "true"
    cursor = con.execute(
        f"""SELECT * FROM series WHERE {where}
            ORDER BY n_observations DESC, metric, "group", location NULLS FIRST, originator, series_key""",
        given,
    )
    return _dicts(cursor)


def series_points_by_publisher(con: duckdb.DuckDBPyConnection, series_key: str) -> dict[str, list[tuple[dt.date, float]]]:
    """Every (as_of, value) a series took, by the publisher that stated it, oldest first."""
    rows = con.execute(
        """SELECT DISTINCT publisher, as_of, value FROM observations_dated
           WHERE series_key = ? ORDER BY publisher, as_of, value""",
        [series_key],
    ).fetchall()
    points: dict[str, list[tuple[dt.date, float]]] = {}
    for publisher, as_of, value in rows:
        points.setdefault(publisher, []).append((as_of, value))
    return points


def source_freshness(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Rows of ``source_freshness``, the least recently successful source first."""
    return _dicts(con.execute("SELECT * FROM source_freshness ORDER BY last_success_at NULLS FIRST, source_slug"))


# --- what one run brought (the nightly artifacts and events) -----------------------------------

def new_figures(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The observations this run's parses added, with their quote and URL (at most ``limit``, biggest first)."""
    stated = _series_stated_in_run(con, run_id)
    if not stated:
        return []
    # observations_dated of just the run's series (010): the view dates the whole ledger first
    cursor = con.execute(
        """SELECT source_slug, publisher, metric, "group", location, originator, series_period, value, qualifier,
                  as_of, quote, url
           FROM observations_dated_of_series($stated) WHERE run_id = $run_id
           ORDER BY source_slug, metric, value DESC, series_key
           LIMIT $limit""",
        {"run_id": run_id, "limit": limit, "stated": stated},
    )
    return _dicts(cursor)


_DOCUMENTS_OF_RUN = "SELECT content_sha256 FROM parses WHERE run_id = $run_id"

# The series this run's parses state, and every series of the same figure (metric, group,
# population, location, originator) in another period: the checks compare those with them.
_SERIES_NEAR_RUN = """
    WITH figures AS (
        SELECT DISTINCT s.metric, s."group", s.population, s.location, s.originator
        FROM (SELECT DISTINCT series_key FROM observations WHERE run_id = $run_id) AS o
        JOIN series_dim AS s USING (series_key)
    )
    SELECT DISTINCT s.series_key
    FROM series_dim AS s
    JOIN figures AS f
      ON s.metric = f.metric AND s."group" = f."group" AND s.originator = f.originator
     AND s.population IS NOT DISTINCT FROM f.population AND s.location IS NOT DISTINCT FROM f.location
"""


def _series_near_run(con: duckdb.DuckDBPyConnection, run_id: str) -> list[str]:
    return [key for (key,) in con.execute(_SERIES_NEAR_RUN, {"run_id": run_id}).fetchall()]


# 005's views compute every series' history, and DuckDB does not push a list of series keys
# down into them: the checks read 010's macros over just the night's series (and their
# same-figure neighbours), so a night costs what it touched. Measured at 1M observations for a
# night of one document: 1 s and 4 s and a process of 1.2 GB before (README "Performance").

def revisions_in_run(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict[str, Any]]:
    """Rows of ``revisions`` with either statement in a document this run parsed."""
    series = _series_near_run(con, run_id)
    if not series:
        return []
    cursor = con.execute(
        f"""SELECT * FROM revisions_of_series($series)
            WHERE (new_document IN ({_DOCUMENTS_OF_RUN}) OR old_document IN ({_DOCUMENTS_OF_RUN}))
            ORDER BY kind, metric, "group", location NULLS FIRST, new_as_of, series_key""",
        {"run_id": run_id, "series": series},
    )
    return _dicts(cursor)


def consistency_problems_in_run(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict[str, Any]]:
    """Rows of ``consistency_problems`` with either of their figures in a document this run parsed."""
    series = _series_near_run(con, run_id)
    if not series:
        return []
    cursor = con.execute(
        f"""SELECT * FROM consistency_problems_of_series($series)
            WHERE (document IN ({_DOCUMENTS_OF_RUN}) OR other_document IN ({_DOCUMENTS_OF_RUN}))
            ORDER BY kind, metric, "group", location NULLS FIRST, as_of, series_key""",
        {"run_id": run_id, "series": series},
    )
    return _dicts(cursor)
