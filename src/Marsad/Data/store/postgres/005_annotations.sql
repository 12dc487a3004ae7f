-- Each article's annotations (event mentions before merging, the days it may have been written
-- and posted on, its warnings), kept between analyses so that `analyze` re-annotates only what is
-- new or changed. version hashes what made them (the code, rule overlays, knowledge base, budgets,
-- as-of day); a row whose version or content_hash differs from the current one is stale and is
-- recomputed, then replaced. json is Pipeline/AnnotationJson.cs's record.
CREATE TABLE IF NOT EXISTS annotations (
    article_id    text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash  text NOT NULL,
    version       text NOT NULL,
    json          text NOT NULL
);
