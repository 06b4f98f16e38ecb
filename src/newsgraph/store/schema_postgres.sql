-- Indexes a PostgreSQL database gets on top of schema.sql (run after it, on every writable open).
-- DuckDB needs none of these: it scans columns with zone maps, and one process writes at a time.
-- evidence_terms_key is also what makes concurrent ingesters unable to store a word twice.

CREATE UNIQUE INDEX IF NOT EXISTS evidence_terms_key ON evidence_terms (term, event_id);
CREATE INDEX IF NOT EXISTS evidence_terms_event ON evidence_terms (event_id);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_source_actor ON events (source_actor_id);
CREATE INDEX IF NOT EXISTS events_target_actor ON events (target_actor_id);
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);
CREATE INDEX IF NOT EXISTS events_root ON events (cameo_root);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_actor_id);
CREATE INDEX IF NOT EXISTS places_article ON places (article_id);
CREATE INDEX IF NOT EXISTS times_article ON times (article_id);
