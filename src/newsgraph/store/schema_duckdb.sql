-- DuckDB's own part of the schema (run after schema.sql on every writable open).

-- Full-text index of the evidence sentences (store/search.py): one row per distinct lower-case word of an
-- event's evidence, written with the event, sorted by word within each batch so zone maps skip the rest.
-- The event is named by its integer events.global_id (integer joins are several times cheaper than on
-- the 16-character id). One process writes a DuckDB file at a time, so no key is needed to keep a word
-- from being stored twice.
CREATE TABLE IF NOT EXISTS evidence_terms (
    term      VARCHAR NOT NULL,
    global_id BIGINT NOT NULL
);

-- Each event's evidence sentence under the same integer, for the phrase check of a search: the candidates'
-- sentences are read here instead of joining the events with their articles and cutting the text.
CREATE TABLE IF NOT EXISTS evidence_sentences (
    global_id BIGINT NOT NULL,
    evidence  VARCHAR NOT NULL
);
