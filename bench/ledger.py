"""A synthetic ledger of any size, generated in bulk by DuckDB itself (no Python row loops).

Shaped like years of nightly bulletins: ``sources`` publishers, each stating ``series_per_source``
series (casualty metrics by place and group, cumulative and 24-hour), one document per source
per day, ``figures_per_document`` figures per document. 10M observations are 500,000 documents
(50 sources over ~27 years of days — or, read differently, 2,000 sources over 250 days), 10,000
series of 1,000 points each: the history lengths and series counts a ledger of many sources
reaches, with every row passing the real schema's checks.
"""

from __future__ import annotations

import duckdb

from warehouse.load import rebuild_figures_latest

METRICS = ["killed", "injured", "missing", "detained", "displaced"]
GROUPS = ["all", "children", "women", "medical_staff"]
LOCATIONS = ["Gaza Strip", "West Bank", "Lebanon", "Rafah", "Khan Younis", "Gaza City", "Jenin", "Nablus",
             "Tulkarm", "Hebron"]


def fill(con: duckdb.DuckDBPyConnection, observations: int, *, sources: int = 50, series_per_source: int = 200,
         figures_per_document: int = 20, run_id: str = "synthetic") -> dict[str, int]:
    """Append a synthetic history of about ``observations`` rows to a migrated, empty ledger; return the counts."""
    documents = max(1, observations // figures_per_document)
    params = {"documents": documents, "sources": sources, "series": series_per_source,
              "figures": figures_per_document, "run_id": run_id, "metrics": METRICS, "groups": GROUPS,
              "locations": LOCATIONS}
    con.begin()
    try:
        _execute(con, """INSERT INTO documents (content_sha256, source_slug, publisher, url, content_type, bytes, archive_path,
                                      title, published, first_fetched_at, first_run_id)
               SELECT sha256(CAST(i AS VARCHAR)), 'src' || (i % $sources), 'Publisher ' || (i % $sources),
                      'http://127.0.0.1/src' || (i % $sources) || '/' || i, 'text/plain', 8000, 'archive/' || i,
                      'Report ' || i, DATE '2023-10-08' + CAST(i // $sources AS INTEGER),
                      TIMESTAMPTZ '2023-10-08 06:00:00+00' + to_days(CAST(i // $sources AS INTEGER))
                          + to_seconds(CAST(i % $sources AS BIGINT)), $run_id
               FROM range($documents) AS t(i)""", params)
        _execute(con, """INSERT INTO fetches (run_id, source_slug, url, final_url, attempt, started_at, elapsed_ms, status,
                                    bytes, content_sha256, not_modified, etag)
               SELECT $run_id, source_slug, url, url, 1, first_fetched_at, 20.0, 200, bytes, content_sha256, false,
                      '"' || left(content_sha256, 16) || '"'
               FROM documents WHERE first_run_id = $run_id""", params)
        _execute(con, """INSERT INTO parses (content_sha256, parser, parser_version, parsed_at, run_id, figures, conditions,
                                   warnings)
               SELECT content_sha256, 'text', '1.0', first_fetched_at, $run_id, $figures, 0, []
               FROM documents WHERE first_run_id = $run_id""", params)
        # Document i (source i % sources, day i // sources) states `figures` of its source's series,
        # rotating so each series gets an even share; cumulative series grow, 24-hour counts wobble.
        _execute(con, """INSERT INTO observations (content_sha256, source_slug, publisher, parser, parser_version, extracted_at,
                                         run_id, series_key, family, metric, value, value_max, qualifier, "group",
                                         population, location, attributed_to, originator, period, period_detail,
                                         period_start, as_of, quote, char_start, char_end)
               WITH docs AS (
                   SELECT i, i % $sources AS s, i // $sources AS day, sha256(CAST(i AS VARCHAR)) AS sha
                   FROM range($documents) AS t(i)
               ),
               figures AS (
                   SELECT d.*, (d.day * $figures + j) % $series AS k, j
                   FROM docs AS d, range($figures) AS f(j)
               )
               SELECT sha, 'src' || s, 'Publisher ' || s, 'text', '1.0', TIMESTAMPTZ '2023-10-08 06:00:00+00', $run_id,
                      'src' || s || '/' || k, 'casualties', $metrics[1 + k % 5],
                      CASE WHEN k % 2 = 0 THEN 1000.0 + day * (k + 1) + (hash(i, k) % 3)
                           ELSE 10.0 + hash(i, k) % 40 END,
                      NULL, CASE WHEN hash(i, k) % 10 = 0 THEN 'at_least' ELSE 'exact' END,
                      $groups[1 + (k // 5) % 4], 'palestinians', $locations[1 + (k // 20) % 10], NULL,
                      'Publisher ' || s, CASE WHEN k % 2 = 0 THEN 'cumulative' ELSE 'period' END,
                      CASE WHEN k % 2 = 0 THEN NULL ELSE '24h' END, NULL,
                      DATE '2023-10-08' + CAST(day AS INTEGER),
                      'synthetic figure ' || k || ' of document ' || i, 10 * j, 10 * j + 6
               FROM figures""", params)
        _execute(con, """INSERT INTO series_dim (series_key, family, metric, "group", population, location, originator,
                                       period, series_period)
               SELECT DISTINCT series_key, family, metric, "group", population, location, originator, period, period
               FROM observations WHERE run_id = $run_id
               ON CONFLICT DO NOTHING""", params)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    rebuild_figures_latest(con)
    return {name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
            for name in ("documents", "observations", "series_dim", "figures_latest")}


def _execute(con: duckdb.DuckDBPyConnection, sql: str, params: dict) -> None:
    # DuckDB refuses named parameters a statement does not use: pass each only what it names.
    con.execute(sql, {name: value for name, value in params.items() if f"${name}" in sql})
