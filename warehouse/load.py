"""Idempotent loaders: one transaction per source, bulk appends, content hashes to skip the seen.

Re-ingesting content already stored adds its fetch rows and nothing else: a document is
keyed by its sha256, and a parse by (content_sha256, parser, parser_version). Each load also
refreshes the stored ``figures_latest`` rows of the series it touched, in the same transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import operator
from collections.abc import Iterable, Iterator, Sequence

import duckdb
import numpy as np

from parsers.models import ConditionReport, Figure, SeriesDescriptor, series_descriptor, series_key
from warehouse.records import DocumentRecord, FetchRecord, LoadStats, SourceLoad

FETCH_COLUMNS = [
    "run_id", "source_slug", "url", "final_url", "attempt", "started_at", "elapsed_ms", "status",
    "bytes", "content_sha256", "not_modified", "etag", "last_modified", "error",
]
DOCUMENT_COLUMNS = [
    "content_sha256", "source_slug", "publisher", "url", "content_type", "bytes", "archive_path",
    "title", "published", "first_fetched_at", "first_run_id", "item_id", "listing_url",
]
PARSE_COLUMNS = [
    "content_sha256", "parser", "parser_version", "parsed_at", "run_id", "figures", "conditions", "warnings",
]
PROVENANCE_COLUMNS = [
    "content_sha256", "source_slug", "publisher", "parser", "parser_version", "extracted_at", "run_id",
]
OBSERVATION_COLUMNS = PROVENANCE_COLUMNS + [
    "series_key", "family", "metric", "value", "value_max", "qualifier", "group", "population",
    "location", "attributed_to", "originator", "period", "period_detail", "period_start", "as_of",
    "quote", "char_start", "char_end", "page",
]
SERIES_COLUMNS = ["series_key", "family", "metric", "group", "population", "location", "originator", "period",
                  "series_period"]
CONDITION_COLUMNS = PROVENANCE_COLUMNS + [
    "family", "condition", "reported_by", "count", "location", "as_of", "quote", "char_start", "char_end",
]

_UPSERT_SOURCE = """
    INSERT INTO sources (slug, publisher, url, kind, parser, families, enabled, cadence, terms, selector,
                         first_registered_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (slug) DO UPDATE SET
        publisher = excluded.publisher, url = excluded.url, kind = excluded.kind,
        parser = excluded.parser, families = excluded.families, enabled = excluded.enabled,
        cadence = excluded.cadence, terms = excluded.terms, selector = excluded.selector,
        updated_at = excluded.updated_at
    WHERE (sources.publisher, sources.url, sources.kind, sources.parser, sources.families,
           sources.enabled, sources.cadence, sources.terms, sources.selector)
          IS DISTINCT FROM
          (excluded.publisher, excluded.url, excluded.kind, excluded.parser, excluded.families,
           excluded.enabled, excluded.cadence, excluded.terms, excluded.selector)
"""


# Both run inside the load's transaction: no reader ever sees a touched series without its row.
_FORGET_LATEST = "DELETE FROM figures_latest_stored WHERE list_contains(?, series_key)"
_STORE_LATEST = "INSERT INTO figures_latest_stored FROM figures_latest_of_series(?)"

_UPSERT_CURSOR = """
    INSERT INTO cursors (source_slug, cursor, updated_at, run_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (source_slug) DO UPDATE SET
        cursor = excluded.cursor, updated_at = excluded.updated_at, run_id = excluded.run_id
"""


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: list[dict]) -> None:
    """Mirror the registry; ``updated_at`` moves only when a source's definition changed."""
    now = _utcnow()
    rows = [
        [s["slug"], s["publisher"], s.get("url"), s.get("kind"), s.get("parser"),
         list(s.get("families") or []), bool(s.get("enabled", True)), s.get("cadence"), s.get("terms"),
         s.get("selector"), now, now]
        for s in sources
    ]
    if not rows:
        return
    # A registry holds tens of sources, so executemany's per-row cost does not matter here.
    with _transaction(con):
        con.executemany(_UPSERT_SOURCE, rows)


def load_source(con: duckdb.DuckDBPyConnection, load: SourceLoad) -> LoadStats:
    """Store one source's fetches, new documents and new parses, all or nothing."""
    now = _utcnow()
    with _transaction(con), _cyclic_gc_paused():
        _append(con, "fetches", FETCH_COLUMNS, _fetch_rows(load.run_id, load.fetches))
        hashes = sorted({doc.content_sha256 for doc in load.documents})
        known_documents = _existing(con, "SELECT content_sha256 FROM documents WHERE content_sha256 IN (SELECT unnest(?))", hashes)
        known_parses = _existing(
            con,
            "SELECT content_sha256, parser, parser_version FROM parses WHERE content_sha256 IN (SELECT unnest(?))",
            hashes,
        )
        stats = LoadStats(new_documents=0, known_documents=0, new_observations=0, new_conditions=0)
        documents, parses, parsed_docs, conditions = [], [], [], []
        for doc in load.documents:
            if doc.content_sha256 in known_documents:
                stats.known_documents += 1
            else:
                known_documents.add(doc.content_sha256)
                stats.new_documents += 1
                documents.append(_document_row(doc, load.run_id))
            parse_key = (doc.content_sha256, doc.parser, doc.parser_version)
            if parse_key in known_parses:
                continue
            known_parses.add(parse_key)
            parses.append(_parse_row(doc, load.run_id, now))
            parsed_docs.append(doc)
            provenance = _provenance(doc, load.run_id, now)
            conditions.extend(provenance + _condition_values(c) for c in doc.parsed.conditions)
        observations, series = _observation_columns(parsed_docs)
        _append(con, "documents", DOCUMENT_COLUMNS, documents)
        _append(con, "parses", PARSE_COLUMNS, parses)
        known_series = _existing(con, "SELECT series_key FROM series_dim WHERE series_key IN (SELECT unnest(?))",
                                 sorted(series))
        _append(con, "series_dim", SERIES_COLUMNS, [row for key, row in series.items() if key not in known_series])
        stats.new_observations = _insert_observations(con, observations, load.run_id, now)
        _append(con, "condition_reports", CONDITION_COLUMNS, conditions)
        stats.new_conditions = len(conditions)
        if load.cursor is not None:
            con.execute(_UPSERT_CURSOR, [load.source_slug, json.dumps(load.cursor, sort_keys=True), now, load.run_id])
        refresh_figures_latest(con, _touched_contents(load), [f.url for f in load.fetches if f.not_modified])
    return stats


def refresh_figures_latest(con: duckdb.DuckDBPyConnection, contents: Iterable[str],
                           revalidated_urls: Iterable[str] = ()) -> int:
    """Recompute the stored ``figures_latest`` rows of every series these contents state; return how many series.

    A content is touched by a new document, a new parse (a re-parse can drop a series from a
    document) or a new fetch (``last_seen_at``); a 304 on a URL touches the contents downloaded
    from it. Runs inside the caller's transaction, so the stored rows commit with the load.
    """
    contents, urls = sorted(set(contents)), sorted(set(revalidated_urls))
    if urls:
        contents = sorted(set(contents) | _existing(
            con, "SELECT DISTINCT content_sha256 FROM fetches WHERE url IN (SELECT unnest(?)) AND content_sha256 IS NOT NULL",
            urls))
    if not contents:
        return 0
    series = [key for (key,) in con.execute(
        "SELECT DISTINCT series_key FROM observations WHERE content_sha256 IN (SELECT unnest(?))", [contents]).fetchall()]
    if series:
        con.execute(_FORGET_LATEST, [series])
        con.execute(_STORE_LATEST, [series])
    return len(series)


def rebuild_figures_latest(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute every stored ``figures_latest`` row, in one transaction; return the rows.

    For rows written around the loader (a bulk import, a repair by hand): the loader itself
    keeps the table current one series at a time.
    """
    with _transaction(con):
        con.execute("DELETE FROM figures_latest_stored")
        con.execute("INSERT INTO figures_latest_stored FROM figures_latest_without_run(NULL)")
    return con.execute("SELECT count(*) FROM figures_latest_stored").fetchall()[0][0]


def _touched_contents(load: SourceLoad) -> set[str]:
    contents = {doc.content_sha256 for doc in load.documents}
    contents |= {f.content_sha256 for f in load.fetches if f.content_sha256 and f.error is None}
    return contents


def source_cursor(con: duckdb.DuckDBPyConnection, source_slug: str) -> dict:
    """What the source's adapter had seen after its last committed load ({} before the first)."""
    rows = con.execute("SELECT cursor FROM cursors WHERE source_slug = ?", [source_slug]).fetchall()
    return json.loads(rows[0][0]) if rows else {}


def last_validators(con: duckdb.DuckDBPyConnection, source_slug: str, url: str) -> tuple[str | None, str | None]:
    """(etag, last_modified) of the latest successful fetch of ``url`` that carried either."""
    rows = con.execute(
        """SELECT etag, last_modified FROM fetches
           WHERE source_slug = ? AND url = ? AND error IS NULL
             AND (content_sha256 IS NOT NULL OR not_modified)
             AND (etag IS NOT NULL OR last_modified IS NOT NULL)
           ORDER BY started_at DESC NULLS LAST, fetch_id DESC
           LIMIT 1""",
        [source_slug, url],
    ).fetchall()
    return rows[0] if rows else (None, None)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a load builds its rows.

    A load makes a list per observation (a million in a big backfill); each few hundred new
    containers start a collection that walks every object still alive, which took a third of the
    row building (bench: 1M observations, 17 s -> 12 s without it). Rows hold no reference cycles,
    so reference counting frees them as before. Process-wide for the load's second or so.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _transaction:
    """BEGIN … COMMIT, or ROLLBACK and re-raise: nothing is ever half-loaded."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.con.commit()
        else:
            try:
                self.con.rollback()
            except duckdb.Error:
                pass  # the transaction is already aborted; the original error is the one to see


def _append(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: Sequence[Sequence]) -> None:
    if not rows:
        return
    with con.appender(table, columns=columns) as appender:
        appender.append_rows(rows)


def _existing(con: duckdb.DuckDBPyConnection, query: str, hashes: list[str]) -> set:
    if not hashes:
        return set()
    return {row[0] if len(row) == 1 else tuple(row) for row in con.execute(query, [hashes]).fetchall()}


def _fetch_rows(run_id: str, fetches: Iterable[FetchRecord]) -> list[list]:
    rows = []
    for fetch in fetches:
        attempts = fetch.attempts
        if not attempts:
            # Nothing was requested (robots.txt said no, a bad URL): keep the reason anyway,
            # as attempt 0 with no timing.
            rows.append([run_id, fetch.source_slug, fetch.url, fetch.final_url, 0, None, None, None, 0,
                         None, False, None, None, fetch.error])
            continue
        for number, attempt in enumerate(attempts, start=1):
            last = number == len(attempts)
            error = attempt.error or (fetch.error if last else None)
            rows.append([
                run_id, fetch.source_slug, fetch.url, fetch.final_url if last else None, number,
                _as_utc(attempt.started_at), attempt.elapsed_ms, attempt.status, attempt.bytes,
                fetch.content_sha256 if last and error is None else None,
                fetch.not_modified if last and error is None else False,
                fetch.etag if last else None, fetch.last_modified if last else None, error,
            ])
    return rows


def _document_row(doc: DocumentRecord, run_id: str) -> list:
    return [doc.content_sha256, doc.source_slug, doc.publisher, doc.url, doc.content_type, doc.bytes,
            doc.archive_path, doc.parsed.title, doc.parsed.published, _as_utc(doc.fetched_at), run_id,
            doc.item_id, doc.listing_url]


def _parse_row(doc: DocumentRecord, run_id: str, now: dt.datetime) -> list:
    return [doc.content_sha256, doc.parser, doc.parser_version, now, run_id,
            len(doc.parsed.figures), len(doc.parsed.conditions), list(doc.parsed.warnings)]


def _provenance(doc: DocumentRecord, run_id: str, now: dt.datetime) -> list:
    # The document's parser and version, not the figure's own fields: the parse is the unit
    # that makes re-ingest idempotent and that observations_current selects on.
    return [doc.content_sha256, doc.source_slug, doc.publisher, doc.parser, doc.parser_version, now, run_id]


# The figure's own fields, stored as they are: read in one C-level call per figure, then turned
# into one column each, so a load of 100,000 figures never builds 100,000 row lists.
_FIGURE_COLUMNS = ("family", "metric", "value", "value_max", "qualifier", "group", "population", "location",
                   "attributed_to", "period", "period_detail", "period_start", "as_of", "quote", "char_start",
                   "char_end", "page")
_figure_fields = operator.attrgetter(*_FIGURE_COLUMNS)
# Every field parsers.models.series_descriptor reads (besides the publisher): figures equal on
# these share a series, so its key is hashed once. Keep in step with series_descriptor.
_series_fields = operator.attrgetter("family", "metric", "group", "population", "location", "attributed_to",
                                     "period", "period_start")
_DOCUMENT_PROVENANCE = ("content_sha256", "source_slug", "publisher", "parser", "parser_version")

# observations_batch is the columns _observation_columns builds, registered for this statement only.
_INSERT_OBSERVATIONS = f"""
    INSERT INTO observations (observation_id, {", ".join(f'"{c}"' for c in OBSERVATION_COLUMNS)})
    SELECT observation_id, content_sha256, source_slug, publisher, parser, parser_version,
           $extracted_at, $run_id, series_key, family, metric, value, value_max, qualifier, "group", population,
           location, attributed_to, coalesce(nullif(attributed_to, ''), publisher), period, period_detail,
           period_start, as_of, quote, char_start, char_end, page
    FROM observations_batch
"""


def _observation_columns(docs: list[DocumentRecord]) -> tuple[dict[str, np.ndarray], dict[str, list]]:
    """The observations of these documents' figures as numpy columns, and the series they state.

    Series come back as {series_key: series_dim row}; each distinct series is hashed once.
    """
    figures: list[Figure] = []
    keys: list[str] = []
    per_document: list[int] = []
    series: dict[str, list] = {}
    key_of_descriptor: dict[SeriesDescriptor, str] = {}
    key_of_fields: dict[tuple, str] = {}
    for doc in docs:
        stated = doc.parsed.figures
        per_document.append(len(stated))
        figures.extend(stated)
        publisher = doc.publisher
        for fields, figure in zip(map(_series_fields, stated), stated):
            key = key_of_fields.get((fields, publisher))
            if key is None:
                descriptor = series_descriptor(figure, publisher)
                key = key_of_descriptor.get(descriptor)
                if key is None:
                    key = key_of_descriptor[descriptor] = series_key(figure, publisher)
                    series[key] = [key, *descriptor]
                key_of_fields[(fields, publisher)] = key
            keys.append(key)
    if not figures:
        return {}, series
    # Object columns: DuckDB reads each column's type from its values and casts them to the
    # table's on insert (None is NULL; a value that does not fit fails the load, as it should).
    columns = {name: np.array(values, dtype=object)
               for name, values in zip(_FIGURE_COLUMNS, zip(*map(_figure_fields, figures)))}
    for name in _DOCUMENT_PROVENANCE:
        columns[name] = np.repeat(np.array([getattr(doc, name) for doc in docs], dtype=object), per_document)
    columns["series_key"] = np.array(keys, dtype=object)
    return columns, series


def _insert_observations(con: duckdb.DuckDBPyConnection, columns: dict[str, np.ndarray], run_id: str,
                         now: dt.datetime) -> int:
    """Insert the columns of _observation_columns in one statement; return how many rows."""
    count = len(columns.get("series_key", ()))
    if not count:
        return 0
    # Ids in figure order, as row-by-row appending gave them: the history's quote tie-break
    # (first seen, then lowest id) stays the same from one ledger to another.
    first, last = con.execute(
        "SELECT min(id), max(id) FROM (SELECT nextval('observation_id_seq') AS id FROM range(?))", [count]
    ).fetchall()[0]
    if last - first + 1 != count:  # another writer took ids meanwhile: never, with the single-writer lock
        raise RuntimeError(f"observation ids {first}..{last} are not one block of {count}")
    columns["observation_id"] = np.arange(first, last + 1, dtype=np.int64)
    con.register("observations_batch", columns)  # replaces one a failed load left behind
    con.execute(_INSERT_OBSERVATIONS, {"extracted_at": now, "run_id": run_id})
    # Not in a `finally`: in an aborted transaction this fails too and would hide the real error.
    con.unregister("observations_batch")
    return count


def _condition_values(c: ConditionReport) -> list:
    return [c.family, c.condition, c.reported_by, c.count, c.location, c.as_of, c.quote, c.char_start, c.char_end]


def _as_utc(moment: dt.datetime | None) -> dt.datetime | None:
    # DuckDB reads a naive datetime in the session's time zone, which differs between
    # machines; the fetcher records UTC, so say so explicitly.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
