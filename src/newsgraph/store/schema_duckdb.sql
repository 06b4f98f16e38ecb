-- DuckDB's own part of the schema (run after schema.sql on every writable open).

-- Full-text index of the evidence sentences (store/search.py): one row per distinct lower-case word of an
-- event's evidence, written with the event, sorted by word within each batch so zone maps skip the rest.
-- One process writes a DuckDB file at a time, so no key is needed to keep a word from being stored twice.
CREATE TABLE IF NOT EXISTS evidence_terms (
    term     VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL
);

-- The evidence sentence of each event, so a phrase search checks the events having all its words here,
-- not in their articles' texts (the same as evidence_index.evidence in PostgreSQL; schema v6).
CREATE TABLE IF NOT EXISTS evidence_sentences (
    event_id VARCHAR NOT NULL,
    evidence VARCHAR
);
