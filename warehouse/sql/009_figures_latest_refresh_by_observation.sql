-- A cheaper refresh of the stored figures_latest (the loader calls this macro for the series each
-- load touched). 007's version grouped the touched series' whole history into figure_history rows
-- and ranked those, though a series' latest row needs just two of them: the newest, and the newest
-- with another value (previous_value). Grouping was most of a load's refresh (bench: ~0.4 s per
-- 100,000 new observations). Here the observations themselves are ranked in the history's order,
-- and only the observations of the newest (series, as_of, value, value_max, qualifier) are grouped.
--
-- Same rows as 007, because the history's order reads its group's max(last_seen_at) where this
-- reads each observation's last_seen_at: the first observation in (as_of DESC, last_seen_at DESC,
-- value DESC, qualifier, value_max NULLS FIRST) lies in the first history row (same as_of; its
-- last sighting is the newest of that day's; the rest are the group's own key). The same holds for
-- the first observation whose value is not the latest one (previous_value, previous_as_of).
-- Keep the order in step with 008's figures_latest_in_view; tests/test_warehouse_load.py
-- compares this table with 008's macro (ties planted in three load orders, and a random ledger).
--
-- Leaving out one run's parses and fetches as 002's "..._in_view(excluded_run_id, 'infinity')"
-- does, it also answers "these series before run X" for `changed_series` (warehouse/queries.py),
-- which computed figures_latest_without_run over the whole ledger every night: 4 s and 1.5 GB
-- of DuckDB memory at 1M observations, for the few series a night touches.
-- The dated observations (002's observations_dated: each current observation with its as_of, url and
-- sightings) of the series in `keys`, leaving out one run's parses and fetches (NULL: none); 010's
-- night checks read it too.
CREATE MACRO observations_dated_of_series_without_run(keys, excluded_run_id) AS TABLE
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
        WHERE p.content_sha256 IN (FROM contents) AND p.run_id IS DISTINCT FROM excluded_run_id
        QUALIFY row_number() OVER (PARTITION BY content_sha256
                                   ORDER BY epoch(parsed_at) DESC, parser_version DESC) = 1
    ),
    current_obs AS (
        SELECT o.* FROM obs AS o JOIN current_parses AS p USING (content_sha256, parser, parser_version)
    ),
    ok AS (
        SELECT url, started_at, content_sha256, not_modified
        FROM fetches
        WHERE error IS NULL AND run_id IS DISTINCT FROM excluded_run_id
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
    )
    SELECT * FROM dated;

CREATE MACRO figures_latest_of_series_without_run(keys, excluded_run_id) AS TABLE
    WITH dated AS (
        FROM observations_dated_of_series_without_run(keys, excluded_run_id)
    ),
    keyed AS (
        -- the history's order as one key to take the min of (a sort per series costs more):
        -- as_of DESC (never NULL here), last_seen_at DESC, value DESC, qualifier, value_max NULLS FIRST;
        -- the observation's own as_of, value, family and period ride along after the key
        SELECT
            *,
            {'as_of': -epoch(as_of), 'seen': -epoch_us(last_seen_at), 'value': -value, 'qualifier': qualifier,
             'value_max': coalesce(value_max, '-infinity'::DOUBLE), 'as_of_date': as_of, 'family': family,
             'period': period} AS newest_first
        FROM dated
    ),
    newest AS (
        SELECT series_key, min(newest_first) AS k FROM keyed GROUP BY series_key
    ),
    previous AS (
        SELECT
            n.series_key,
            -min(o.newest_first).value AS previous_value,
            min(o.newest_first).as_of_date AS previous_as_of
        FROM newest AS n
        LEFT JOIN keyed AS o ON o.series_key = n.series_key AND o.value <> -n.k.value
        GROUP BY n.series_key
    ),
    latest AS (
        SELECT
            series_key, family, metric, "group", population, location, originator, period, series_period,
            as_of,
            bool_or(as_of_stated) AS as_of_stated,
            value, value_max, qualifier,
            min(first_seen_at) AS first_seen_at,
            max(last_seen_at) AS last_seen_at,
            count(DISTINCT content_sha256) AS n_documents,
            list(DISTINCT publisher ORDER BY publisher) AS publishers,
            arg_min(quote, (first_seen_at, observation_id)) AS quote,
            arg_min(url, (first_seen_at, observation_id)) AS url,
            arg_min(publisher, (first_seen_at, observation_id)) AS publisher
        FROM dated
        SEMI JOIN newest AS n
          ON dated.series_key = n.series_key AND dated.family = n.k.family AND dated.period = n.k.period
         AND dated.as_of = n.k.as_of_date AND dated.value = -n.k.value AND dated.qualifier = n.k.qualifier
         AND coalesce(dated.value_max, '-infinity'::DOUBLE) = n.k.value_max
        GROUP BY series_key, family, metric, "group", population, location, originator, period, series_period,
                 as_of, value, value_max, qualifier
    )
    SELECT
        r.series_key, r.family, r.metric, r."group", r.population, r.location, r.originator,
        r.period, r.series_period, r.value, r.value_max, r.qualifier, r.as_of, r.as_of_stated, r.quote, r.url,
        r.publisher, r.publishers, r.first_seen_at, r.last_seen_at, r.n_documents,
        p.previous_value, p.previous_as_of
    FROM latest AS r
    JOIN previous AS p USING (series_key);

CREATE OR REPLACE MACRO figures_latest_of_series(keys) AS TABLE
    FROM figures_latest_of_series_without_run(keys, NULL);
