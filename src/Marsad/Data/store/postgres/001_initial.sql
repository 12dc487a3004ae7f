-- Marsad store, PostgreSQL dialect.
CREATE TABLE articles (
    id               text PRIMARY KEY,
    url              text,
    headline         text NOT NULL,
    text             text NOT NULL,
    outlet           text,
    outlet_evidence  text,
    published_from   date,
    published_to     date,
    content_hash     text NOT NULL UNIQUE,
    removed_lines    jsonb NOT NULL,
    ingested_at      timestamptz NOT NULL
);

-- The raw document an article was cleaned from, one per article.
CREATE TABLE sources (
    article_id    text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    format        text NOT NULL,
    origin        text NOT NULL,
    title         text,
    body          text NOT NULL,
    url           text,
    published     date,
    outlet        text,
    content_hash  text NOT NULL
);

-- One row per analysis ever saved; only the latest run keeps events and summaries.
CREATE TABLE analysis_runs (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    analyzed_at    timestamptz NOT NULL,
    article_count  integer NOT NULL,
    event_count    integer NOT NULL
);

CREATE TABLE events (
    id         text PRIMARY KEY,
    run_id     bigint NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    type       text NOT NULL,
    mode       text,
    cameo      text NOT NULL,
    status     text NOT NULL,
    date_from  date,
    date_to    date,
    countries  text NOT NULL,   -- ISO3 codes separated by '|'
    place      text,
    json       jsonb NOT NULL   -- the full Event record
);
CREATE INDEX events_by_date ON events(date_from, date_to);
CREATE INDEX events_by_type ON events(type);

-- Article ids are not foreign keys: an analysis is a snapshot and outlives article updates.
CREATE TABLE event_sources (
    event_id        text NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ordinal         integer NOT NULL,
    article_id      text NOT NULL,
    sentence_index  integer NOT NULL,
    evidence_text   text NOT NULL,
    evidence_start  integer NOT NULL,
    evidence_end    integer NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_sources_by_article ON event_sources(article_id);

CREATE TABLE article_summaries (
    run_id          bigint NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    ordinal         integer NOT NULL,
    article_id      text NOT NULL,
    url             text,
    headline        text NOT NULL,
    outlet          text,
    published_from  date,
    published_to    date,
    evidence        jsonb NOT NULL,  -- list of DateEvidence
    PRIMARY KEY (run_id, ordinal)
);
