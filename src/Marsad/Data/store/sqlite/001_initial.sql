-- Marsad store, SQLite dialect. Dates are ISO text (yyyy-MM-dd), JSON is text.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    url              TEXT,
    headline         TEXT NOT NULL,
    text             TEXT NOT NULL,
    outlet           TEXT,
    outlet_evidence  TEXT,
    published_from   TEXT,
    published_to     TEXT,
    content_hash     TEXT NOT NULL UNIQUE,
    removed_lines    TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);

-- The raw document an article was cleaned from, one per article.
CREATE TABLE sources (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    format        TEXT NOT NULL,
    origin        TEXT NOT NULL,
    title         TEXT,
    body          TEXT NOT NULL,
    url           TEXT,
    published     TEXT,
    outlet        TEXT,
    content_hash  TEXT NOT NULL
);

-- One row per analysis ever saved; only the latest run keeps events and summaries.
CREATE TABLE analysis_runs (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    analyzed_at    TEXT NOT NULL,
    article_count  INTEGER NOT NULL,
    event_count    INTEGER NOT NULL
);

CREATE TABLE events (
    id         TEXT PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    cameo      TEXT NOT NULL,
    status     TEXT NOT NULL,
    date_from  TEXT,
    date_to    TEXT,
    countries  TEXT NOT NULL,   -- ISO3 codes separated by '|'
    place      TEXT,
    json       TEXT NOT NULL    -- the full Event record
);
CREATE INDEX events_by_date ON events(date_from, date_to);
CREATE INDEX events_by_type ON events(type);

-- Article ids are not foreign keys: an analysis is a snapshot and outlives article updates.
CREATE TABLE event_sources (
    event_id        TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    article_id      TEXT NOT NULL,
    sentence_index  INTEGER NOT NULL,
    evidence_text   TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_sources_by_article ON event_sources(article_id);

CREATE TABLE article_summaries (
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    article_id      TEXT NOT NULL,
    url             TEXT,
    headline        TEXT NOT NULL,
    outlet          TEXT,
    published_from  TEXT,
    published_to    TEXT,
    evidence        TEXT NOT NULL,  -- JSON list of DateEvidence
    PRIMARY KEY (run_id, ordinal)
);
