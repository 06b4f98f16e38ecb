-- DuckDB's own part of the schema (run after schema.sql on every writable open).

-- Full-text index of the evidence sentences (store/search.py): one row per distinct lower-case word of an
-- event's evidence, written with the event, sorted by word within each batch so zone maps skip the rest.
-- One process writes a DuckDB file at a time, so no key is needed to keep a word from being stored twice.
CREATE TABLE IF NOT EXISTS evidence_terms (
    term     VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL
);
