-- Document identity: one article may be read from several places (the same story in a .txt and a
-- feed, a file copied into two folders). Identical content is one article only when its outlet
-- agrees, so the content hash is no longer unique on its own; every place an article was read
-- from is kept in article_origins. SQLite cannot drop a constraint: the table is rebuilt (the store
-- runs migrations with foreign keys off, as SQLite's procedure for rebuilding a table asks, so the
-- rows that refer to articles stay).
CREATE TABLE articles_v2 (
    id               TEXT PRIMARY KEY,
    url              TEXT,
    headline         TEXT NOT NULL,
    text             TEXT NOT NULL,
    outlet           TEXT,
    outlet_evidence  TEXT,
    published_from   TEXT,
    published_to     TEXT,
    content_hash     TEXT NOT NULL,
    removed_lines    TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);
INSERT INTO articles_v2 SELECT id, url, headline, text, outlet, outlet_evidence, published_from, published_to,
    content_hash, removed_lines, ingested_at FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v2 RENAME TO articles;
CREATE INDEX IF NOT EXISTS articles_by_content ON articles(content_hash);

CREATE TABLE article_origins (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    document_id  TEXT NOT NULL,
    origin       TEXT NOT NULL,
    PRIMARY KEY (article_id, document_id)
);
INSERT INTO article_origins (article_id, document_id, origin) SELECT article_id, article_id, origin FROM sources;
