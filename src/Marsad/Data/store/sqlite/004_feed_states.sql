-- What `marsad watch` remembers of each URL it polls: the validators of the last answer (sent back
-- as If-None-Match / If-Modified-Since so an unchanged feed costs a 304), when it was last polled
-- and last changed, and the failures in a row that set its back-off.
-- Independent of the other migrations and idempotent (IF NOT EXISTS): written as 003, renumbered
-- 004 when 003_text_hash landed first, so it may re-run on a store that already has the table.
CREATE TABLE IF NOT EXISTS feed_states (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    last_polled    TEXT,
    last_changed   TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,
    next_poll      TEXT,
    last_error     TEXT
);
