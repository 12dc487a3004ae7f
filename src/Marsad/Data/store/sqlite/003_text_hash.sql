-- The same story read in several formats (a .txt file, a JSON line, a feed item) is one article
-- when its cleaned text and its outlet agree, and an article read again under a URL already
-- stored is that article. text_hash is the SHA-256 of the cleaned body, whitespace collapsed
-- (Store/ArticleText.cs); articles stored before get theirs when the store is next opened.
ALTER TABLE articles ADD COLUMN text_hash TEXT;
CREATE INDEX IF NOT EXISTS articles_by_text ON articles(text_hash);
CREATE INDEX IF NOT EXISTS articles_by_url ON articles(url);
