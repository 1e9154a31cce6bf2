-- figures_latest, stored: recomputing it from every observation on every query does not scale
-- (seconds at 10M observations). Each load refreshes the rows of just the series it touched,
-- inside its own transaction (warehouse/load.py `refresh_figures_latest`), so the view keeps its
-- name, columns and meaning. The "..._without_run" and "..._as_known_at" macros stay computed:
-- they ask about other moments.

-- figures_latest_in_view(NULL, 'infinity') of 002, restricted from its first step to the series
-- in `keys` (a list of series_key): their observations, the parses and fetches of just those
-- documents (every fetch of the URLs that served them, for the 304s' ASOF match). The filters
-- are written at the bottom because DuckDB does not push a list of keys down through 002's
-- windows and joins (measured at 1M observations: 7.8 s for one series through 002's macro, 0.1 s this way).
-- Keep the two in step: tests/test_warehouse_load.py compares this table with 002's macro.
CREATE MACRO figures_latest_of_series(keys) AS TABLE
    WITH obs AS (
        SELECT * FROM observations WHERE list_contains(keys, series_key)
    ),
    contents AS (
        SELECT DISTINCT content_sha256 FROM obs
    ),
    current_parses AS (
        SELECT p.*
        FROM parses AS p
        JOIN documents AS d USING (content_sha256)
        WHERE p.content_sha256 IN (FROM contents)
        QUALIFY row_number() OVER (PARTITION BY content_sha256
                                   ORDER BY epoch(parsed_at) DESC, parser_version DESC) = 1
    ),
    current_obs AS (
        SELECT o.* FROM obs AS o JOIN current_parses AS p USING (content_sha256, parser, parser_version)
    ),
    ok AS (
        SELECT url, started_at, content_sha256, not_modified
        FROM fetches
        WHERE error IS NULL
          AND url IN (SELECT url FROM fetches WHERE content_sha256 IN (FROM contents))
    ),
    downloads AS (
        SELECT url, started_at, content_sha256 FROM ok WHERE content_sha256 IS NOT NULL
    ),
    revalidations AS (
        SELECT d.content_sha256, r.started_at
        FROM (SELECT * FROM ok WHERE not_modified AND content_sha256 IS NULL) AS r
        ASOF JOIN downloads AS d ON r.url = d.url AND r.started_at >= d.started_at
    ),
    last_fetched AS (
        SELECT content_sha256, max(started_at) AS last_fetched_at
        FROM (SELECT content_sha256, started_at FROM downloads
              UNION ALL
              SELECT content_sha256, started_at FROM revalidations)
        GROUP BY content_sha256
    ),
    dated AS (
        SELECT
            o.* EXCLUDE (population) REPLACE (coalesce(o.as_of, d.published,
                                  CAST(timezone('UTC', d.first_fetched_at) AS DATE)) AS as_of),
            s.population,
            s.series_period,
            o.as_of IS NOT NULL AS as_of_stated,
            d.url,
            d.first_fetched_at AS first_seen_at,
            greatest(d.first_fetched_at, coalesce(f.last_fetched_at, d.first_fetched_at)) AS last_seen_at
        FROM current_obs AS o
        JOIN documents AS d USING (content_sha256)
        JOIN series_dim AS s USING (series_key)
        LEFT JOIN last_fetched AS f USING (content_sha256)
    ),
    history AS (
        SELECT
            series_key, family, metric, "group", population, location, originator, period, series_period,
            as_of,
            bool_or(as_of_stated) AS as_of_stated,
            value, value_max, qualifier,
            min(first_seen_at) AS first_seen_at,
            max(last_seen_at) AS last_seen_at,
            count(DISTINCT content_sha256) AS n_documents,
            count(*) AS n_observations,
            list(DISTINCT content_sha256 ORDER BY content_sha256) AS documents,
            list(DISTINCT publisher ORDER BY publisher) AS publishers,
            arg_min(quote, (first_seen_at, observation_id)) AS quote,
            arg_min(url, (first_seen_at, observation_id)) AS url,
            arg_min(publisher, (first_seen_at, observation_id)) AS publisher
        FROM dated
        GROUP BY series_key, family, metric, "group", population, location, originator, period, series_period,
                 as_of, value, value_max, qualifier
    ),
    ranked AS (
        SELECT
            *,
            row_number() OVER newest_first AS recency,
            first_value(value) OVER newest_first AS latest_value
        FROM history
        -- 002 leaves a tie (same day, same sighting, same value, another qualifier) to chance;
        -- the qualifier and range then decide, so the stored row is the same on every refresh
        WINDOW newest_first AS (PARTITION BY series_key ORDER BY as_of DESC, last_seen_at DESC, value DESC,
                                                                  qualifier, value_max NULLS FIRST)
    ),
    previous AS (
        SELECT
            series_key,
            arg_min(value, recency) FILTER (WHERE value <> latest_value) AS previous_value,
            arg_min(as_of, recency) FILTER (WHERE value <> latest_value) AS previous_as_of
        FROM ranked
        GROUP BY series_key
    )
    SELECT
        r.series_key, r.family, r.metric, r."group", r.population, r.location, r.originator,
        r.period, r.series_period, r.value, r.value_max, r.qualifier, r.as_of, r.as_of_stated, r.quote, r.url,
        r.publisher, r.publishers, r.first_seen_at, r.last_seen_at, r.n_documents,
        p.previous_value, p.previous_as_of
    FROM ranked AS r
    JOIN previous AS p USING (series_key)
    WHERE r.recency = 1;

CREATE TABLE figures_latest_stored AS FROM figures_latest_without_run(NULL);

CREATE OR REPLACE VIEW figures_latest AS FROM figures_latest_stored;
