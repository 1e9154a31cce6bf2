-- History, derived and never stored. Each derived view is one table macro
-- "..._in_view(excluded_run_id, known_at)": the ledger as it stood at `known_at` (documents
-- first fetched by then, each read by the newest parse recorded by then), leaving out one run's
-- parses and fetches. The views apply it to (NULL, 'infinity'); "..._without_run(run_id)" is
-- how `changed_series` compares "before this run" with "now", and 005's "..._as_known_at(ts)"
-- answers "what did we know on date X". One definition, three uses.

-- The newest parse of each content: the one recorded last, so a version scheme
-- need not sort as text ("1.10" after "1.9"). Older parses keep their rows, unused. A document
-- known by `known_at` but parsed only later (a backfill of old snapshots, whose fetch times
-- are in the past) counts with its first parse.
CREATE MACRO parses_in_view(excluded_run_id, known_at) AS TABLE
    WITH candidates AS (
        SELECT p.*, p.parsed_at <= CAST(known_at AS TIMESTAMPTZ) AS recorded_by_then
        FROM parses AS p
        JOIN documents AS d USING (content_sha256)
        WHERE p.run_id IS DISTINCT FROM excluded_run_id
          AND d.first_fetched_at <= CAST(known_at AS TIMESTAMPTZ)
    )
    SELECT * EXCLUDE (recorded_by_then)
    FROM candidates
    QUALIFY row_number() OVER (
        -- one current parse per document, whichever parser "auto" sent it to
        PARTITION BY content_sha256
        -- recorded by then: the newest; none recorded by then: the first
        ORDER BY recorded_by_then DESC,
                 CASE WHEN recorded_by_then THEN epoch(parsed_at) ELSE -epoch(parsed_at) END DESC,
                 parser_version DESC) = 1;

CREATE MACRO observations_in_view(excluded_run_id, known_at) AS TABLE
    SELECT o.*
    FROM observations AS o
    JOIN parses_in_view(excluded_run_id, known_at) AS p
      USING (content_sha256, parser, parser_version);

-- When each content was last seen: its latest download, or a later 304 on the same URL
-- (a conditional GET that confirms the content we hold is still what the URL serves).
CREATE MACRO content_last_fetched_in_view(excluded_run_id, known_at) AS TABLE
    WITH ok AS (
        SELECT url, started_at, content_sha256, not_modified
        FROM fetches
        WHERE run_id IS DISTINCT FROM excluded_run_id AND error IS NULL
          AND started_at <= CAST(known_at AS TIMESTAMPTZ)
    ),
    downloads AS (
        SELECT url, started_at, content_sha256 FROM ok WHERE content_sha256 IS NOT NULL
    ),
    revalidations AS (
        SELECT d.content_sha256, r.started_at
        FROM (SELECT * FROM ok WHERE not_modified AND content_sha256 IS NULL) AS r
        ASOF JOIN downloads AS d ON r.url = d.url AND r.started_at >= d.started_at
    )
    SELECT content_sha256, max(started_at) AS last_fetched_at
    FROM (SELECT content_sha256, started_at FROM downloads
          UNION ALL
          SELECT content_sha256, started_at FROM revalidations)
    GROUP BY content_sha256;

-- Observations with their document: `as_of` falls back to the document's published date,
-- then to the UTC date it was first fetched; `as_of_stated` says whether the text gave it.
CREATE MACRO observations_dated_in_view(excluded_run_id, known_at) AS TABLE
    SELECT
        -- the series' population (stated, or implied by its location) stands in for the stated one
        o.* EXCLUDE (population) REPLACE (coalesce(o.as_of, d.published,
                              CAST(timezone('UTC', d.first_fetched_at) AS DATE)) AS as_of),
        s.population,
        s.series_period,
        o.as_of IS NOT NULL AS as_of_stated,
        d.url,
        d.first_fetched_at AS first_seen_at,
        greatest(d.first_fetched_at, coalesce(f.last_fetched_at, d.first_fetched_at)) AS last_seen_at
    FROM observations_in_view(excluded_run_id, known_at) AS o
    JOIN documents AS d USING (content_sha256)
    JOIN series_dim AS s USING (series_key)
    LEFT JOIN content_last_fetched_in_view(excluded_run_id, known_at) AS f USING (content_sha256);

-- Every value a series took: one row per (series_key, as_of, value, value_max, qualifier).
CREATE MACRO figure_history_in_view(excluded_run_id, known_at) AS TABLE
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
        -- the example is the earliest sighting (observation_id breaks ties deterministically)
        arg_min(quote, (first_seen_at, observation_id)) AS quote,
        arg_min(url, (first_seen_at, observation_id)) AS url,
        arg_min(publisher, (first_seen_at, observation_id)) AS publisher
    FROM observations_dated_in_view(excluded_run_id, known_at)
    GROUP BY series_key, family, metric, "group", population, location, originator, period, series_period,
             as_of, value, value_max, qualifier;

-- One row per series: the value with the latest as_of (ties: the one seen last), and the
-- last different value before it.
CREATE MACRO figures_latest_in_view(excluded_run_id, known_at) AS TABLE
    WITH ranked AS (
        SELECT
            *,
            row_number() OVER newest_first AS recency,
            first_value(value) OVER newest_first AS latest_value
        FROM figure_history_in_view(excluded_run_id, known_at)
        WINDOW newest_first AS (PARTITION BY series_key ORDER BY as_of DESC, last_seen_at DESC, value DESC)
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

-- The same history without one run: "before this run", for changed_series.
CREATE MACRO parses_current_without_run(excluded_run_id) AS TABLE
    FROM parses_in_view(excluded_run_id, 'infinity');
CREATE MACRO observations_current_without_run(excluded_run_id) AS TABLE
    FROM observations_in_view(excluded_run_id, 'infinity');
CREATE MACRO content_last_fetched_without_run(excluded_run_id) AS TABLE
    FROM content_last_fetched_in_view(excluded_run_id, 'infinity');
CREATE MACRO observations_dated_without_run(excluded_run_id) AS TABLE
    FROM observations_dated_in_view(excluded_run_id, 'infinity');
CREATE MACRO figure_history_without_run(excluded_run_id) AS TABLE
    FROM figure_history_in_view(excluded_run_id, 'infinity');
CREATE MACRO figures_latest_without_run(excluded_run_id) AS TABLE
    FROM figures_latest_in_view(excluded_run_id, 'infinity');

CREATE VIEW parses_current AS FROM parses_current_without_run(NULL);

CREATE VIEW observations_current AS FROM observations_current_without_run(NULL);

CREATE VIEW condition_reports_current AS
    SELECT c.*
    FROM condition_reports AS c
    JOIN parses_current AS p USING (content_sha256, parser, parser_version);

CREATE VIEW series AS
    SELECT
        series_key, family, metric, "group", population, location, originator, period, series_period,
        count(*) AS n_observations,
        count(DISTINCT content_sha256) AS n_documents,
        count(DISTINCT publisher) AS n_publishers,
        count(DISTINCT value) AS n_values,
        min(as_of) AS first_as_of,
        max(as_of) AS last_as_of
    FROM observations_dated_without_run(NULL)
    GROUP BY series_key, family, metric, "group", population, location, originator, period, series_period;

CREATE VIEW figure_history AS FROM figure_history_without_run(NULL);

CREATE VIEW figures_latest AS FROM figures_latest_without_run(NULL);

-- `revisions` and the other analyst views are in 005_analyst.sql.
