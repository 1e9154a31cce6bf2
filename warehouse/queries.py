"""The questions the flow's artifacts, the CLI and the demo ask of the warehouse."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from warehouse.db import release_freed_memory
from warehouse.records import SeriesChange


def changed_series(con: duckdb.DuckDBPyConnection, run_id: str,
                   observations_per_check: int | None = None) -> list[SeriesChange]:
    """Series this run's observations touched whose latest value is not what it was before.

    "Before" is the history without this run's parses and fetches (``figures_latest_without_run``,
    computed for these series only); a series with no value before has ``old_value`` None.
    Computed over series of about ``observations_per_check`` observations at a time (default
    ``OBSERVATIONS_PER_CHECK``), so DuckDB's memory follows that, not a first night's every series.
    """
    # "Before" only for the series this run's observations state (the computed macro over the
    # whole ledger cost 4 s and 1.5 GB of DuckDB memory at 1M observations, whatever the night).
    changes: list[dict[str, Any]] = []
    for stated in _series_in_chunks(con, run_id, observations_per_check or OBSERVATIONS_PER_CHECK,
                                             _SERIES_STATED_IN_RUN):
        changes += _dicts(con.execute(
            """WITH touched AS (
                   SELECT DISTINCT series_key FROM observations_current
                   WHERE run_id = $run_id AND list_contains($stated, series_key)
               )
               SELECT latest.series_key, latest.metric, latest."group", latest.location, latest.originator,
                      latest.series_period, before.value AS old_value, before.as_of AS old_as_of,
                      latest.value AS new_value, latest.as_of AS new_as_of, latest.quote, latest.url
               FROM figures_latest AS latest
               JOIN touched USING (series_key)
               LEFT JOIN figures_latest_of_series_without_run($stated, $run_id) AS before USING (series_key)
               WHERE before.value IS DISTINCT FROM latest.value""",
            {"run_id": run_id, "stated": stated},
        ))
        release_freed_memory()
    changes.sort(key=_sort_key(CHANGED_SERIES_ORDER))
    return [SeriesChange(**row) for row in changes]


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


# What the morning's freshness table reads of ``source_freshness`` (005), at what the number of
# sources and documents costs: the view's other columns (last_new_figure_at, days_since_new_figure)
# date every observation of the ledger (0.8 s and +230 MB at 1M observations), and its `figures`
# counts current observations one by one where each current parse has their number. Same rows and
# values as the view for these columns (tests/test_night_memory.py compares them).
_FRESHNESS_FOR_NIGHT = """
    WITH last_fetch AS (
        SELECT source_slug, started_at, status, error
        FROM fetches
        QUALIFY row_number() OVER (PARTITION BY source_slug ORDER BY started_at DESC NULLS LAST, fetch_id DESC) = 1
    ),
    fetched AS (
        SELECT
            source_slug,
            count(DISTINCT (run_id, url)) AS fetches,
            max(started_at) FILTER (WHERE error IS NULL AND (status BETWEEN 200 AND 399 OR not_modified))
                AS last_success_at
        FROM fetches
        GROUP BY source_slug
    ),
    docs AS (
        SELECT source_slug, count(*) AS documents, max(first_fetched_at) AS last_new_document_at
        FROM documents
        GROUP BY source_slug
    ),
    figures AS (  -- a current parse's figures are its current observations
        SELECT d.source_slug, sum(p.figures) AS figures
        FROM parses_current AS p JOIN documents AS d USING (content_sha256)
        GROUP BY d.source_slug
    ),
    slugs AS (
        SELECT slug AS source_slug FROM sources
        UNION SELECT source_slug FROM fetches
        UNION SELECT source_slug FROM documents
    )
    SELECT
        s.source_slug, src.publisher, src.enabled,
        lf.started_at AS last_fetch_at, lf.status AS last_status, lf.error AS last_error,
        fe.last_success_at, d.last_new_document_at,
        round((epoch(now()) - epoch(lf.started_at)) / 86400, 1) AS days_since_fetch,
        round((epoch(now()) - epoch(fe.last_success_at)) / 86400, 1) AS days_since_success,
        round((epoch(now()) - epoch(d.last_new_document_at)) / 86400, 1) AS days_since_new_document,
        coalesce(fe.fetches, 0) AS fetches,
        coalesce(d.documents, 0) AS documents,
        CAST(coalesce(fi.figures, 0) AS BIGINT) AS figures
    FROM slugs AS s
    LEFT JOIN sources AS src ON src.slug = s.source_slug
    LEFT JOIN last_fetch AS lf USING (source_slug)
    LEFT JOIN fetched AS fe USING (source_slug)
    LEFT JOIN docs AS d USING (source_slug)
    LEFT JOIN figures AS fi USING (source_slug)
    ORDER BY last_success_at NULLS FIRST, source_slug
"""


def source_freshness_for_night(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Rows of ``source_freshness`` without its two new-figure columns, at the cost of the sources, not the ledger."""
    return _dicts(con.execute(_FRESHNESS_FOR_NIGHT))


# --- what one run brought (the nightly artifacts and events) -----------------------------------

# The order of a night's findings: the artifact's order as it always was (kind ... series_key),
# then the remaining columns, so that the order is total and the first rows of a night are the
# same rows however they are computed. The SQL (``_order_by``) and the Python merge of chunks
# (``_sort_key``) both follow these terms: a column, then DESC and/or NULLS FIRST if so.
REVISIONS_ORDER = ("kind", "metric", "group", "location NULLS FIRST", "new_as_of", "series_key", "old_as_of",
                   "old_value", "new_value", "old_qualifier", "new_qualifier", "old_document", "new_document")
PROBLEMS_ORDER = ("kind", "metric", "group", "location NULLS FIRST", "as_of", "series_key", "other_as_of", "value",
                  "other_value", "document", "other_document", "detail")
CHANGED_SERIES_ORDER = ("metric", "group", "location NULLS FIRST", "originator", "series_key")  # as it always was
# new_figures' order as it always was, then the rest of its columns (ties were DuckDB's choice)
NEW_FIGURES_ORDER = ("source_slug", "metric", "value DESC", "series_key", "as_of", "publisher", "url", "quote",
                     "qualifier", "location NULLS FIRST", "group", "originator", "series_period")
# Observations read by one query of the night's questions: DuckDB's working memory follows this
# (and the biggest figure), not the night. A first night of 10,000 documents (103,712 observations,
# one series of 9,585) through changed_series, new_figures and the two checks, peak RSS over a fresh
# process and CPU time: 10,000 a query: +154 MB, 4.1 s; 20,000: +162 MB, 3.1 s; 40,000: +197 MB,
# 2.5 s; the whole night in one query each (as before, whole lists): +424 MB, 2.1 s.
OBSERVATIONS_PER_CHECK = 20_000


def _terms(order: tuple[str, ...]) -> list[tuple[str, bool, bool]]:
    """(column, descending, nulls first) of each term."""
    terms = []
    for term in order:
        column, *words = term.split(" ", 1)
        terms.append((column, "DESC" in words[0] if words else False, "NULLS FIRST" in words[0] if words else False))
    return terms


def _order_by(order: tuple[str, ...]) -> str:
    return ", ".join(f'"{column}" {"DESC" if descending else "ASC"} NULLS {"FIRST" if nulls_first else "LAST"}'
                     for column, descending, nulls_first in _terms(order))


def _sort_key(order: tuple[str, ...]):
    """The Python key of ``_order_by(order)`` (DuckDB compares text by code point, as Python does).

    Each item is (rank of NULL, value): two NULLs tie on the rank, so None is never compared with <.
    A descending column must be a number (its value is negated).
    """
    terms = _terms(order)

    def key(row: dict[str, Any]) -> tuple:
        return tuple(((row[column] is not None) if nulls_first else (row[column] is None),
                      -row[column] if descending and row[column] is not None else row[column])
                     for column, descending, nulls_first in terms)
    return key



_SERIES_STATED_IN_RUN = "SELECT DISTINCT series_key FROM observations WHERE run_id = $run_id"


def new_figures(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 200,
                observations_per_check: int = OBSERVATIONS_PER_CHECK) -> list[dict[str, Any]]:
    """The observations this run's parses added, with their quote and URL (at most ``limit``, biggest first).

    Dated a chunk of the run's series at a time (like the night's checks), the first ``limit`` of
    each chunk kept: a first night's every observation is never dated at once.
    """
    key = _sort_key(NEW_FIGURES_ORDER)
    kept: list[dict[str, Any]] = []
    for series in _series_in_chunks(con, run_id, observations_per_check, _SERIES_STATED_IN_RUN):
        # observations_dated of just these series (010): the view dates the whole ledger first
        cursor = con.execute(
            f"""SELECT source_slug, publisher, metric, "group", location, originator, series_period, value, qualifier,
                       as_of, quote, url, series_key
                FROM observations_dated_of_series($series) WHERE run_id = $run_id
                ORDER BY {_order_by(NEW_FIGURES_ORDER)}
                LIMIT $limit""",
            {"run_id": run_id, "limit": limit, "series": series},
        )
        kept = heapq.nsmallest(limit, kept + _dicts(cursor), key=key)
        release_freed_memory()
    for row in kept:
        del row["series_key"]  # ordered by, not shown
    return kept


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


def _series_in_chunks(con: duckdb.DuckDBPyConnection, run_id: str, size: int,
                      series_query: str = _SERIES_NEAR_RUN) -> Iterator[list[str]]:
    """The series of ``series_query`` (default: ``_series_near_run``'s) in lists of about ``size``
    observations, each figure's series whole in one list.

    A check's row reads its own series and, at most, the other series of its figure (010), so
    each list's rows are exactly the night's rows of those series; a check's memory follows the
    observations it reads (one series of the benchmark's first night holds 9,585 of 103,712).
    """
    rows = con.execute(
        f"""WITH near AS ({series_query}),
                 sizes AS (SELECT series_key, count(*) AS observations FROM observations
                           WHERE series_key IN (SELECT series_key FROM near) GROUP BY series_key)
            SELECT near.series_key, coalesce(sizes.observations, 0),
                   s.metric, s."group", s.population, s.location, s.originator
            FROM near JOIN series_dim AS s USING (series_key) LEFT JOIN sizes USING (series_key)
            ORDER BY s.metric, s."group", s.population, s.location, s.originator, near.series_key""",
        {"run_id": run_id},
    ).fetchall()
    chunk: list[str] = []
    in_chunk = 0
    figure_before = None
    for key, observations, *figure in rows:
        if in_chunk >= size and figure != figure_before:
            yield chunk
            chunk, in_chunk = [], 0
        chunk.append(key)
        in_chunk += observations
        figure_before = figure
    if chunk:
        yield chunk


@dataclass(frozen=True)
class FirstRows:
    """The first rows of a long ordered result (overall and of each kind), and how many rows it has."""

    rows: list[dict[str, Any]]  # the first ``first`` rows, in order
    total: int
    of_kind: dict[str, list[dict[str, Any]]]  # kind -> its first ``first_of_kind`` rows, in order
    kind_totals: dict[str, int]

    @classmethod
    def of(cls, rows: list[dict[str, Any]], first: int, first_of_kind: int) -> FirstRows:
        """The same, taken from a whole result already in order."""
        kinds: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            kinds.setdefault(row["kind"], []).append(row)
        return cls(rows[:first], len(rows), {k: v[:first_of_kind] for k, v in kinds.items()},
                   {k: len(v) for k, v in kinds.items()})


def _first_findings_in_run(con: duckdb.DuckDBPyConnection, run_id: str, macro: str, documents: tuple[str, str],
                           order: tuple[str, ...], first: int, first_of_kind: int,
                           observations_per_check: int) -> FirstRows:
    """The night's rows of ``macro`` computed a chunk of series at a time, only the first ones kept.

    Each chunk gives the first rows of each kind and each kind's count; the first rows overall
    are the kinds' first rows one kind after another, since the order begins with the kind.
    """
    if order[0] != "kind":
        raise ValueError(f"the findings' order must begin with their kind, not {order[0]!r}")
    keep = max(first, first_of_kind)
    key = _sort_key(order)
    kept: dict[str, list[dict[str, Any]]] = {}
    totals: dict[str, int] = {}
    for series in _series_in_chunks(con, run_id, observations_per_check):
        cursor = con.execute(
            f"""WITH found AS (
                    SELECT * FROM {macro}($series)
                    WHERE ({documents[0]} IN ({_DOCUMENTS_OF_RUN}) OR {documents[1]} IN ({_DOCUMENTS_OF_RUN}))
                )
                SELECT *, count(*) OVER (PARTITION BY kind) AS "rows of kind in chunk"
                FROM found
                QUALIFY row_number() OVER (PARTITION BY kind ORDER BY {_order_by(order)}) <= $keep
                ORDER BY {_order_by(order)}""",
            {"run_id": run_id, "series": series, "keep": keep},
        )
        chunk_totals: dict[str, int] = {}
        for row in _dicts(cursor):
            chunk_totals[row["kind"]] = row.pop("rows of kind in chunk")
            kept.setdefault(row["kind"], []).append(row)
        for kind, count in chunk_totals.items():
            totals[kind] = totals.get(kind, 0) + count
            kept[kind] = heapq.nsmallest(keep, kept[kind], key=key)  # stable: earlier chunks first on ties
        release_freed_memory()  # else the next chunk's pages come on top of this one's
    rows = [row for kind in sorted(kept) for row in kept[kind]][:first]
    return FirstRows(rows, sum(totals.values()), {kind: of_kind[:first_of_kind] for kind, of_kind in kept.items()},
                     totals)


# 005's views compute every series' history, and DuckDB does not push a list of series keys
# down into them: the checks read 010's macros over just the night's series (and their
# same-figure neighbours), so a night costs what it touched. Measured at 1M observations for a
# night of one document: 1 s and 4 s and a process of 1.2 GB before (README "Performance").

def revisions_in_run(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict[str, Any]]:
    """Rows of ``revisions`` with either statement in a document this run parsed (``REVISIONS_ORDER``)."""
    series = _series_near_run(con, run_id)
    if not series:
        return []
    cursor = con.execute(
        f"""SELECT * FROM revisions_of_series($series)
            WHERE (new_document IN ({_DOCUMENTS_OF_RUN}) OR old_document IN ({_DOCUMENTS_OF_RUN}))
            ORDER BY {_order_by(REVISIONS_ORDER)}""",
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
            ORDER BY {_order_by(PROBLEMS_ORDER)}""",
        {"run_id": run_id, "series": series},
    )
    return _dicts(cursor)


def first_revisions_in_run(con: duckdb.DuckDBPyConnection, run_id: str, first: int, first_of_kind: int,
                           observations_per_check: int = OBSERVATIONS_PER_CHECK) -> FirstRows:
    """``revisions_in_run`` as the night shows it: its first rows and counts, never the whole list.

    Computed over series of about ``observations_per_check`` observations at a time (figures kept
    whole), so that neither Python nor DuckDB holds the night's every revision: the same rows,
    counts and order as the whole list.
    """
    return _first_findings_in_run(con, run_id, "revisions_of_series", ("new_document", "old_document"),
                                  REVISIONS_ORDER, first, first_of_kind, observations_per_check)


def first_consistency_problems_in_run(con: duckdb.DuckDBPyConnection, run_id: str, first: int, first_of_kind: int,
                                      observations_per_check: int = OBSERVATIONS_PER_CHECK) -> FirstRows:
    """``consistency_problems_in_run`` as the night shows it (see ``first_revisions_in_run``)."""
    return _first_findings_in_run(con, run_id, "consistency_problems_of_series", ("document", "other_document"),
                                  PROBLEMS_ORDER, first, first_of_kind, observations_per_check)
