"""The questions the flow's artifacts, the CLI and the demo ask of the warehouse."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.records import SeriesChange


def changed_series(con: duckdb.DuckDBPyConnection, run_id: str) -> list[SeriesChange]:
    """Series this run's observations touched whose latest value is not what it was before.

    "Before" is the history without this run's parses and fetches
    (``figures_latest_without_run``); a series with no value before has ``old_value`` None.
    """
    rows = con.execute(
        """WITH touched AS (
               SELECT DISTINCT series_key FROM observations_current WHERE run_id = $run_id
           )
           SELECT latest.series_key, latest.metric, latest."group", latest.location, latest.originator, latest.series_period,
                  before.value, before.as_of, latest.value, latest.as_of, latest.quote, latest.url
           FROM figures_latest AS latest
           JOIN touched USING (series_key)
           LEFT JOIN figures_latest_without_run($run_id) AS before USING (series_key)
           WHERE before.value IS DISTINCT FROM latest.value
           ORDER BY latest.metric, latest."group", latest.location NULLS FIRST, latest.originator, latest.series_key""",
        {"run_id": run_id},
    ).fetchall()
    return [SeriesChange(*row) for row in rows]


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
