-- The night's checks for just the series it touched. `revisions_in_run` and
-- `consistency_problems_in_run` (warehouse/queries.py) filtered 005's whole-ledger views by a list
-- of series keys, hoping DuckDB would push it down: it does not (DuckDB 2.0), so a night that loaded
-- one document into a 1M-observation ledger computed both views whole: 1 s and 4 s, and its
-- process grew to 1.2 GB. These macros are 005's views word for word over
-- `observations_dated_of_series(keys)`, the ledger's dated observations of those series only.
--
-- Same rows as 005's views for every series in `keys` if `keys` holds, with each series, every
-- series of the same figure (metric, group, population, location, originator) in another period:
-- a revision reads its own series; a consistency problem its own, and for 'daily_vs_cumulative'
-- the same figure's cumulative series. `_series_near_run` gives such sets; tests/test_analyst_views.py
-- compares these macros with 005's views.

-- observations_dated (002/005) for the series in `keys`: the same columns, filtered first (009's macro).
CREATE MACRO observations_dated_of_series(keys) AS TABLE
    FROM observations_dated_of_series_without_run(keys, NULL);

CREATE MACRO revisions_of_series(keys) AS TABLE
    WITH statements AS (
        SELECT *, figure_low(value, value_max, qualifier) AS low, figure_high(value, value_max, qualifier) AS high
        FROM observations_dated_of_series(keys)
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

CREATE MACRO consistency_problems_of_series(keys) AS TABLE
    WITH days AS (  -- one point per series, period detail and day: its highest statement
        SELECT
            series_key, metric, "group", population, location, originator, period, series_period,
            CASE WHEN period = 'period' THEN period_detail END AS period_detail,
            as_of,
            max(value) AS value,
            bool_and(qualifier = 'exact') AS exact,
            arg_max({quote: quote, url: url, document: content_sha256, publisher: publisher},
                    (value, -observation_id)) AS said
        FROM observations_dated_of_series(keys)
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
        FROM observations_dated_of_series(keys)
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
    FROM revisions_of_series(keys)
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
