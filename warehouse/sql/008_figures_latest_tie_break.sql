-- figures_latest computed by the macros gets the stored table's tie-break. 002 ordered each
-- series' history by as_of, last sighting and value only, so two values of one day seen at the
-- same moment with another qualifier or range (say "at least 100" and "100") were picked by
-- chance, and `figures_latest_without_run` / `figures_as_known_at` could disagree with the stored
-- `figures_latest` (007, which breaks the tie by qualifier, then range) and with themselves from
-- one query to the next. The order below is 007's `figures_latest_of_series`: keep the two in step
-- (tests/test_warehouse_load.py plants such a tie and compares them).
-- The `..._without_run` and `..._as_known_at` macros call this one by name, so they follow.
CREATE OR REPLACE MACRO figures_latest_in_view(excluded_run_id, known_at) AS TABLE
    WITH ranked AS (
        SELECT
            *,
            row_number() OVER newest_first AS recency,
            first_value(value) OVER newest_first AS latest_value
        FROM figure_history_in_view(excluded_run_id, known_at)
        -- (series_key, as_of, value, value_max, qualifier) is unique in the history: a total order
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

-- 007 filled the stored table through 002's macro, ties by chance; series not loaded since
-- may still hold that pick. Refill it once with the tie-break (a full recompute: seconds at 1M
-- observations, a minute or two at 10M, once per ledger).
DELETE FROM figures_latest_stored;
INSERT INTO figures_latest_stored FROM figures_latest_without_run(NULL);
