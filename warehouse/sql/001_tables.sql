-- Base tables. Facts are append-only: fetches, documents, parses, observations and
-- condition_reports are never updated in place; history is derived in views (002).
-- `sources` is the one table upserted, from the registry, every run.

CREATE TABLE sources (
    slug                VARCHAR PRIMARY KEY,
    publisher           VARCHAR NOT NULL,
    url                 VARCHAR,
    kind                VARCHAR,
    parser              VARCHAR,
    families            VARCHAR[],
    enabled             BOOLEAN NOT NULL,
    cadence             VARCHAR,
    terms               VARCHAR,
    first_registered_at TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE SEQUENCE fetch_id_seq;

-- One row per HTTP attempt: a fetch retried twice leaves three rows (attempt 1..3).
-- The outcome (final_url, content_sha256, not_modified, validators) sits on the last attempt.
CREATE TABLE fetches (
    fetch_id       BIGINT PRIMARY KEY DEFAULT nextval('fetch_id_seq'),
    run_id         VARCHAR NOT NULL,
    source_slug    VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    final_url      VARCHAR,
    attempt        INTEGER NOT NULL,
    started_at     TIMESTAMPTZ,
    elapsed_ms     DOUBLE,
    status         INTEGER,
    bytes          BIGINT,
    content_sha256 VARCHAR,
    not_modified   BOOLEAN NOT NULL DEFAULT false,
    etag           VARCHAR,
    last_modified  VARCHAR,
    error          VARCHAR
);

-- One row per distinct content; refetching the same bytes adds a fetch row only.
CREATE TABLE documents (
    content_sha256   VARCHAR PRIMARY KEY,
    source_slug      VARCHAR NOT NULL,
    publisher        VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    content_type     VARCHAR,
    bytes            BIGINT,
    archive_path     VARCHAR,
    title            VARCHAR,
    published        DATE,
    first_fetched_at TIMESTAMPTZ NOT NULL,
    first_run_id     VARCHAR NOT NULL
);

-- A (content, parser, parser_version) seen once is never parsed into rows again.
CREATE TABLE parses (
    content_sha256 VARCHAR NOT NULL,
    parser         VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    parsed_at      TIMESTAMPTZ NOT NULL,
    run_id         VARCHAR NOT NULL,
    figures        INTEGER NOT NULL,
    conditions     INTEGER NOT NULL,
    warnings       VARCHAR[],
    PRIMARY KEY (content_sha256, parser, parser_version)
);

CREATE SEQUENCE observation_id_seq;

-- One figure in one document by one parser version. Column names are the figure
-- contract's, so "group" (an SQL keyword) must be double-quoted in queries.
CREATE TABLE observations (
    observation_id BIGINT PRIMARY KEY DEFAULT nextval('observation_id_seq'),
    content_sha256 VARCHAR NOT NULL,
    source_slug    VARCHAR NOT NULL,
    publisher      VARCHAR NOT NULL,
    parser         VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    extracted_at   TIMESTAMPTZ NOT NULL,
    run_id         VARCHAR NOT NULL,
    series_key     VARCHAR NOT NULL,
    family         VARCHAR NOT NULL CHECK (family IN ('casualties', 'detention', 'hospitals')),
    metric         VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    value_max      DOUBLE,
    qualifier      VARCHAR NOT NULL CHECK (qualifier IN ('exact', 'at_least', 'at_most', 'approx', 'range')),
    "group"        VARCHAR NOT NULL,
    population     VARCHAR,
    location       VARCHAR,
    attributed_to  VARCHAR,
    originator     VARCHAR NOT NULL,
    period         VARCHAR NOT NULL CHECK (period IN ('cumulative', 'period', 'point')),
    period_detail  VARCHAR,
    period_start   DATE,
    as_of          DATE,
    quote          VARCHAR NOT NULL,
    char_start     INTEGER,
    char_end       INTEGER
);

CREATE SEQUENCE condition_report_id_seq;

-- Detention conditions stated with or without a count ("reports of torture").
CREATE TABLE condition_reports (
    condition_report_id BIGINT PRIMARY KEY DEFAULT nextval('condition_report_id_seq'),
    content_sha256 VARCHAR NOT NULL,
    source_slug    VARCHAR NOT NULL,
    publisher      VARCHAR NOT NULL,
    parser         VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    extracted_at   TIMESTAMPTZ NOT NULL,
    run_id         VARCHAR NOT NULL,
    family         VARCHAR NOT NULL,
    condition      VARCHAR NOT NULL,
    reported_by    VARCHAR,
    count          DOUBLE,
    location       VARCHAR,
    as_of          DATE,
    quote          VARCHAR NOT NULL,
    char_start     INTEGER,
    char_end       INTEGER
);

-- What each series is about (parsers.models.series_descriptor). Observations keep their figure
-- as stated; a series' population may be the one its location implies, and its series_period
-- names a cumulative total's start when it is not 7 October 2023 ('cumulative since 2025-10-11').
CREATE TABLE series_dim (
    series_key     VARCHAR PRIMARY KEY,
    family         VARCHAR NOT NULL,
    metric         VARCHAR NOT NULL,
    "group"        VARCHAR NOT NULL,
    population     VARCHAR,
    location       VARCHAR,
    originator     VARCHAR,
    period         VARCHAR NOT NULL,
    series_period  VARCHAR NOT NULL
);
