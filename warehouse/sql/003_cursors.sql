-- Sources that publish many documents (Telegram channels, feeds, listing pages): where each
-- document was found, and each source's cursor (what it had seen), saved with its night's load.

ALTER TABLE sources ADD COLUMN selector VARCHAR;

ALTER TABLE documents ADD COLUMN item_id VARCHAR;      -- the source's own id: a post id, a feed entry id
ALTER TABLE documents ADD COLUMN listing_url VARCHAR;  -- the channel page, feed or listing it was found on

CREATE TABLE cursors (
    source_slug VARCHAR PRIMARY KEY,
    cursor      VARCHAR NOT NULL,  -- JSON, as the source's adapter wrote it (e.g. {"last_post_id": 1234})
    updated_at  TIMESTAMPTZ NOT NULL,
    run_id      VARCHAR NOT NULL
);
