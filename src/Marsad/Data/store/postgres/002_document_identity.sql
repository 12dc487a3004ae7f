-- Document identity: one article may be read from several places (the same story in a .txt and a
-- feed, a file copied into two folders). Identical content is one article only when its outlet
-- agrees, so the content hash is no longer unique on its own; every place an article was read
-- from is kept in article_origins.
ALTER TABLE articles DROP CONSTRAINT IF EXISTS articles_content_hash_key;
CREATE INDEX IF NOT EXISTS articles_by_content ON articles(content_hash);

CREATE TABLE article_origins (
    article_id   text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    document_id  text NOT NULL,
    origin       text NOT NULL,
    PRIMARY KEY (article_id, document_id)
);
INSERT INTO article_origins (article_id, document_id, origin) SELECT article_id, article_id, origin FROM sources;
