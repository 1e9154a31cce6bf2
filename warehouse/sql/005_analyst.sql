-- The analyst's ledger: "as known at" (part 1), revisions (part 2), and the views that compare,
-- check and date what the sources said (part 3). Documented column by column in ../README.md.

-- ============================== 1. as known at ==============================================
-- "As known at": the history as the ledger held it at a moment, a query rather than a restore:
-- 002's macros with a time bound (documents first fetched by ts, each read by the newest parse
-- recorded by then). `figure_history_as_known_at(now())` equals `figure_history`; a test keeps it so.

CREATE MACRO parses_as_known_at(ts) AS TABLE FROM parses_in_view(NULL, ts);
CREATE MACRO observations_as_known_at(ts) AS TABLE FROM observations_in_view(NULL, ts);
CREATE MACRO content_last_fetched_as_known_at(ts) AS TABLE FROM content_last_fetched_in_view(NULL, ts);
CREATE MACRO observations_dated_as_known_at(ts) AS TABLE FROM observations_dated_in_view(NULL, ts);
CREATE MACRO figure_history_as_known_at(ts) AS TABLE FROM figure_history_in_view(NULL, ts);
-- figures_latest as it stood at ts (same columns, plus known_at = ts).
CREATE MACRO figures_as_known_at(ts) AS TABLE
    SELECT *, CAST(ts AS TIMESTAMPTZ) AS known_at FROM figures_latest_in_view(NULL, ts);

-- ============================== 2. revisions ================================================

-- Revisions, with the figure bounds the analyst views share. All read current parses only.

-- Every current observation with its document's URL, its effective as_of (stated, else the
-- document's published date, else the UTC day it was first fetched) and first/last seen.
CREATE VIEW observations_dated AS FROM observations_dated_without_run(NULL);

-- What a stated figure allows: "more than 10,000" is [10000, ∞), "about 500" is 500 ± 5%,
-- "up to 30" is [0, 30]. Two statements are compatible when their intervals overlap.
CREATE MACRO figure_low(value, value_max, qualifier) AS
    CASE qualifier WHEN 'at_most' THEN 0 WHEN 'approx' THEN value * 0.95 ELSE value END;

CREATE MACRO figure_high(value, value_max, qualifier) AS
    CASE qualifier
        WHEN 'at_least' THEN CAST('infinity' AS DOUBLE)
        WHEN 'approx' THEN value * 1.05
        WHEN 'range' THEN coalesce(value_max, value)
        ELSE value END;

-- A number as an analyst writes it: 34,344 (thousands separated; one decimal if not whole).
CREATE MACRO number_text(x) AS
    CASE WHEN x = trunc(x) THEN printf('%,d', CAST(x AS BIGINT)) ELSE CAST(round(x, 1) AS VARCHAR) END;

-- 'decrease': a cumulative series stated on one as_of below the highest value it had on any
--             earlier as_of (the peak; old_* is the peak's statement). Each day still below
--             the peak is a row. Qualifiers count: "more than 29,000" after "30,000" is no decrease.
-- 'conflict': the same series and as_of stated with incompatible values by different
--             documents; one row per pair of values, old_* the lower, each side's earliest sighting.
CREATE VIEW revisions AS
    WITH statements AS (
        SELECT *, figure_low(value, value_max, qualifier) AS low, figure_high(value, value_max, qualifier) AS high
        FROM observations_dated
    ),
    days AS (  -- a cumulative series' day: its highest statement stands for it
        SELECT
            series_key, metric, "group", population, location, originator, period, series_period, as_of,
            max(low) AS low,
            max(high) AS high,
            arg_max({value: value, qualifier: qualifier, quote: quote, url: url, document: content_sha256,
                     publisher: publisher}, (value, -observation_id)) AS said
        FROM statements
        WHERE period = 'cumulative'
        GROUP BY ALL
    ),
    peaks AS (
        SELECT
            *,
            max(low) OVER earlier AS peak_low,
            arg_max(said, low) OVER earlier AS peak,
            arg_max(as_of, low) OVER earlier AS peak_as_of
        FROM days
        WINDOW earlier AS (PARTITION BY series_key ORDER BY as_of ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ),
    pairs AS (
        SELECT
            a.series_key, a.metric, a."group", a.population, a.location, a.originator, a.period, a.series_period,
            a.as_of,
            arg_min({old: {value: a.value, qualifier: a.qualifier, quote: a.quote, url: a.url,
                           document: a.content_sha256, publisher: a.publisher},
                     new: {value: b.value, qualifier: b.qualifier, quote: b.quote, url: b.url,
                           document: b.content_sha256, publisher: b.publisher}},
                    (a.first_seen_at, b.first_seen_at, a.observation_id, b.observation_id)) AS pair
        FROM statements AS a
        JOIN statements AS b
          ON a.series_key = b.series_key AND a.as_of = b.as_of AND a.content_sha256 <> b.content_sha256
         -- a 24-hour and a 48-hour count of one day are two counts, not one count stated twice
         AND a.period_detail IS NOT DISTINCT FROM b.period_detail
         AND a.value < b.value AND a.high < b.low
        GROUP BY a.series_key, a.metric, a."group", a.population, a.location, a.originator, a.period,
                 a.series_period, a.as_of, a.value, a.value_max, a.qualifier, b.value, b.value_max, b.qualifier
    )
    SELECT
        'decrease' AS kind, series_key, metric, "group", population, location, originator, period, series_period,
        peak_as_of AS old_as_of, peak.value AS old_value, as_of AS new_as_of, said.value AS new_value,
        peak.quote AS old_quote, said.quote AS new_quote, peak.url AS old_url, said.url AS new_url,
        peak.qualifier AS old_qualifier, said.qualifier AS new_qualifier,
        peak.document AS old_document, said.document AS new_document,
        peak.publisher AS old_publisher, said.publisher AS new_publisher,
        said.value - peak.value AS difference
    FROM peaks
    WHERE high < peak_low
    UNION ALL
    SELECT
        'conflict', series_key, metric, "group", population, location, originator, period, series_period,
        as_of, pair.old.value, as_of, pair.new.value,
        pair.old.quote, pair.new.quote, pair.old.url, pair.new.url,
        pair.old.qualifier, pair.new.qualifier, pair.old.document, pair.new.document,
        pair.old.publisher, pair.new.publisher,
        pair.new.value - pair.old.value
    FROM pairs;

-- ============================== 3. analyst views ============================================

-- The analyst's views: consistency problems, the same figure across sources, the latest value
-- per source, and how fresh each source is. All read current parses only (observations_dated).

-- Three checks, in the style of hand-kept casualty datasets; each row names both statements.
--   'cumulative_falls':    a revisions 'decrease' (a cumulative total below its earlier peak).
--   'daily_vs_cumulative': a 24-hour or one-day count (period_detail '24h' or 'day') that is not
--       the change in the same originator's exact cumulative total (same metric, group,
--       population, location) from the day before to that day. other_value = the change.
--   'outlier': a point far outside its series' local trend. For a cumulative series the point is
--       its change per day since its previous as_of; for others, its value (24h and 48h counts
--       apart). Its neighbours are the 5 points before and the 5 after it (itself included); far =
--       more than 5 × their median absolute deviation (at least 1) from their median, when there
--       are at least 5 of them. A robust rule: one wild point cannot hide itself by moving the
--       median, and a war's fast months and a ceasefire's slow ones are judged each by their own.
CREATE VIEW consistency_problems AS
    WITH days AS (  -- one point per series, period detail and day: its highest statement
        SELECT
            series_key, metric, "group", population, location, originator, period, series_period,
            CASE WHEN period = 'period' THEN period_detail END AS period_detail,
            as_of,
            max(value) AS value,
            bool_and(qualifier = 'exact') AS exact,
            arg_max({quote: quote, url: url, document: content_sha256, publisher: publisher},
                    (value, -observation_id)) AS said
        FROM observations_dated
        GROUP BY ALL
    ),
    steps AS (
        SELECT
            *,
            lag(as_of) OVER by_date AS previous_as_of,
            lag(value) OVER by_date AS previous_value,
            lag(exact) OVER by_date AS previous_exact,
            lag(said) OVER by_date AS previous_said
        FROM days
        WINDOW by_date AS (PARTITION BY series_key, period_detail ORDER BY as_of)
    ),
    daily_counts AS (  -- each distinct 24-hour statement, at its earliest sighting
        SELECT
            series_key, metric, "group", population, location, originator, series_period, period_detail,
            as_of, value, value_max, qualifier,
            arg_min({quote: quote, url: url, document: content_sha256, publisher: publisher},
                    (first_seen_at, observation_id)) AS said
        FROM observations_dated
        WHERE period = 'period' AND period_detail IN ('24h', 'day')
        GROUP BY ALL
    ),
    measured AS (
        SELECT
            *,
            CASE WHEN period = 'cumulative'
                 THEN (value - previous_value) / date_diff('day', previous_as_of, as_of)
                 ELSE value END AS measure
        FROM steps
    ),
    scored AS (
        SELECT
            *,
            median(measure) OVER neighbours AS typical,
            greatest(mad(measure) OVER neighbours, 1) AS deviation,
            count(measure) OVER neighbours AS n_points
        FROM measured
        WINDOW neighbours AS (PARTITION BY series_key, period_detail ORDER BY as_of
                              ROWS BETWEEN 5 PRECEDING AND 5 FOLLOWING)
    )
    SELECT
        'cumulative_falls' AS kind, series_key, metric, "group", population, location, originator, series_period,
        new_as_of AS as_of, new_value AS value, old_value AS other_value, old_as_of AS other_as_of,
        format('{} on {} is below the {} stated for {}', number_text(new_value), new_as_of,
               number_text(old_value), old_as_of) AS detail,
        new_quote AS quote, new_document AS document, new_url AS url, new_publisher AS publisher,
        old_quote AS other_quote, old_document AS other_document, old_url AS other_url,
        old_publisher AS other_publisher
    FROM revisions
    WHERE kind = 'decrease'
    UNION ALL
    SELECT
        'daily_vs_cumulative', d.series_key, d.metric, d."group", d.population, d.location, d.originator,
        d.series_period, d.as_of, d.value, c.value - c.previous_value, c.as_of,
        format('{} count {}; the {} total went from {} ({}) to {} ({}): a change of {}', d.period_detail,
               number_text(d.value), c.series_period, number_text(c.previous_value), c.previous_as_of,
               number_text(c.value), c.as_of, number_text(c.value - c.previous_value)),
        d.said.quote, d.said.document, d.said.url, d.said.publisher,
        c.said.quote, c.said.document, c.said.url, c.said.publisher
    FROM daily_counts AS d
    JOIN steps AS c
      ON c.period = 'cumulative' AND c.exact AND c.previous_exact
     AND c.previous_as_of = c.as_of - INTERVAL 1 DAY AND c.as_of = d.as_of
     AND c.metric = d.metric AND c."group" = d."group" AND c.originator = d.originator
     AND c.population IS NOT DISTINCT FROM d.population AND c.location IS NOT DISTINCT FROM d.location
    WHERE NOT (c.value - c.previous_value
               BETWEEN figure_low(d.value, d.value_max, d.qualifier) AND figure_high(d.value, d.value_max, d.qualifier))
    UNION ALL
    SELECT
        'outlier', series_key, metric, "group", population, location, originator, series_period,
        as_of, value, typical, previous_as_of,
        format('{} on {}{}, against a median of {} and a median absolute deviation of {} in its {} '
               'neighbouring points', number_text(value), as_of,
               CASE WHEN period = 'cumulative'
                    THEN format(': a change of {} per day since {}', number_text(measure), previous_as_of)
                    ELSE '' END,
               number_text(typical), number_text(deviation), n_points),
        said.quote, said.document, said.url, said.publisher,
        previous_said.quote, previous_said.document, previous_said.url, previous_said.publisher
    FROM scored
    WHERE n_points >= 5 AND abs(measure - typical) > 5 * deviation;

-- The same figure as stated by each originator and publisher on the same day, side by side.
-- One row per (comparison key, originator, publisher): the key is metric, group, population,
-- location, series_period, period_detail (24h and 48h counts apart) and as_of. When one pair
-- stated several values that day, `value` is the one seen last and `n_values` says how many.
CREATE VIEW figures_across_sources AS
    WITH stated AS (
        SELECT
            family, metric, "group", population, location, series_period,
            CASE WHEN period = 'period' THEN period_detail END AS period_detail,
            as_of, originator, publisher,
            arg_max({series_key: series_key, value: value, value_max: value_max, qualifier: qualifier,
                     quote: quote, url: url, document: content_sha256},
                    (first_seen_at, observation_id)) AS said,
            count(DISTINCT value) AS n_values
        FROM observations_dated
        GROUP BY ALL
    )
    SELECT
        family, metric, "group", population, location, series_period, period_detail, as_of, originator, publisher,
        said.series_key, said.value, said.value_max, said.qualifier, n_values,
        min(said.value) OVER same_figure AS min_value,
        max(said.value) OVER same_figure AS max_value,
        max(said.value) OVER same_figure - min(said.value) OVER same_figure AS spread,
        count(*) OVER same_figure AS n_sources,
        count(DISTINCT originator) OVER same_figure AS n_originators,
        count(DISTINCT publisher) OVER same_figure AS n_publishers,
        said.quote, said.url, said.document
    FROM stated
    WINDOW same_figure AS (PARTITION BY family, metric, "group", population, location, series_period,
                                        period_detail, as_of);

-- The latest value of each series according to each publisher (ties: seen last, then higher),
-- and how far that is behind the series' latest as_of from anyone.
CREATE VIEW figures_latest_by_source AS
    SELECT
        series_key, family, metric, "group", population, location, originator, period, series_period, publisher,
        value, value_max, qualifier, as_of, as_of_stated, quote, url, content_sha256 AS document, source_slug,
        first_seen_at, last_seen_at,
        count(DISTINCT content_sha256) OVER by_publisher AS n_documents,
        max(as_of) OVER (PARTITION BY series_key) AS series_last_as_of,
        date_diff('day', as_of, max(as_of) OVER (PARTITION BY series_key)) AS days_behind
    FROM observations_dated
    WINDOW by_publisher AS (PARTITION BY series_key, publisher)
    QUALIFY row_number() OVER (PARTITION BY series_key, publisher
                               ORDER BY as_of DESC, last_seen_at DESC, value DESC, observation_id DESC) = 1;

-- Per source (registered, fetched or holding documents): when it was last fetched, last
-- fetched successfully (no error, and HTTP 2xx/3xx or a 304), last gave a new document, and last gave a
-- new figure (a value of a series on an as_of it had not stated before); days since each, now.
CREATE VIEW source_freshness AS
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
    new_figures AS (  -- when the source first stated each figure
        SELECT source_slug, min(first_seen_at) AS first_stated_at
        FROM observations_dated
        GROUP BY source_slug, series_key, as_of, value, value_max, qualifier
    ),
    figures AS (
        SELECT f.source_slug, f.figures, n.last_new_figure_at
        FROM (SELECT source_slug, count(*) AS figures FROM observations_current GROUP BY source_slug) AS f
        JOIN (SELECT source_slug, max(first_stated_at) AS last_new_figure_at FROM new_figures GROUP BY source_slug)
            AS n USING (source_slug)
    ),
    slugs AS (
        SELECT slug AS source_slug FROM sources
        UNION SELECT source_slug FROM fetches
        UNION SELECT source_slug FROM documents
    )
    SELECT
        s.source_slug, src.publisher, src.enabled,
        lf.started_at AS last_fetch_at, lf.status AS last_status, lf.error AS last_error,
        fe.last_success_at, d.last_new_document_at, fi.last_new_figure_at,
        round((epoch(now()) - epoch(lf.started_at)) / 86400, 1) AS days_since_fetch,
        round((epoch(now()) - epoch(fe.last_success_at)) / 86400, 1) AS days_since_success,
        round((epoch(now()) - epoch(d.last_new_document_at)) / 86400, 1) AS days_since_new_document,
        round((epoch(now()) - epoch(fi.last_new_figure_at)) / 86400, 1) AS days_since_new_figure,
        coalesce(fe.fetches, 0) AS fetches,
        coalesce(d.documents, 0) AS documents,
        coalesce(fi.figures, 0) AS figures
    FROM slugs AS s
    LEFT JOIN sources AS src ON src.slug = s.source_slug
    LEFT JOIN last_fetch AS lf USING (source_slug)
    LEFT JOIN fetched AS fe USING (source_slug)
    LEFT JOIN docs AS d USING (source_slug)
    LEFT JOIN figures AS fi USING (source_slug);
