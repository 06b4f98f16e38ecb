-- newsgraph database schema, version 7 (newsgraph.store.schema.SCHEMA_VERSION).
-- One table per core record (see newsgraph/records.py); columns mirror the dataclass fields.
-- Lists are native VARCHAR[] columns. Ids are deterministic hashes, so inserts are idempotent.
-- Statements are separated by ';' at line end; every one must be safe to re-run (IF NOT EXISTS / OR REPLACE).
-- The same file creates a DuckDB and a PostgreSQL database: only SQL both accept (DOUBLE PRECISION, not
-- DOUBLE); each backend's own tables and indexes are in schema_duckdb.sql
-- and schema_postgres.sql (the full-text index of evidence sentences, see store/search.py).

CREATE TABLE IF NOT EXISTS schema_info (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    id           VARCHAR PRIMARY KEY,
    url          VARCHAR,
    source       VARCHAR,
    title        VARCHAR,
    published    DATE,
    language     VARCHAR,
    text         VARCHAR,
    captions     VARCHAR[],        -- photo captions, kept out of the coded body
    origin       VARCHAR,
    content_hash VARCHAR,
    ingested_at  TIMESTAMP,
    published_source VARCHAR,      -- given | metadata | url | text
    dateline_place   VARCHAR,
    agency           VARCHAR,
    authors          VARCHAR[],
    removed          VARCHAR,      -- JSON list of {"kind", "text"}: blocks cleaning dropped
    tone             DOUBLE PRECISION, -- document tone, -100..100 (GDELT AvgTone scale)
    duplicate_of     VARCHAR       -- a near-copy of this stored article (syndicated or updated); not coded again
);

CREATE TABLE IF NOT EXISTS actors (
    id       VARCHAR PRIMARY KEY,
    name     VARCHAR NOT NULL,
    kind     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR,
    code     VARCHAR,
    role     VARCHAR,
    aliases  VARCHAR[],            -- accumulated across articles: the name, then the rest sorted (rows.merge_actor_rows)
    country_source     VARCHAR,    -- how the country was found (name, title, dateline, story, ...)
    country_confidence DOUBLE PRECISION
);

CREATE TABLE IF NOT EXISTS mentions (
    id         VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    text       VARCHAR,
    label      VARCHAR,
    sentence   INTEGER,
    actor_id   VARCHAR,
    kind       VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    id               VARCHAR PRIMARY KEY,
    article_id       VARCHAR NOT NULL,
    sentence         INTEGER,
    evidence_start   INTEGER,
    evidence_end     INTEGER,
    cameo_code       VARCHAR,
    cameo_root       VARCHAR,
    quad_class       INTEGER,
    goldstein        DOUBLE PRECISION,
    plover_type      VARCHAR,
    plover_mode      VARCHAR,
    rule_id          VARCHAR,
    confidence       DOUBLE PRECISION,
    source_actor_id  VARCHAR,
    target_actor_id  VARCHAR,
    source_code      VARCHAR,
    target_code      VARCHAR,
    source_text      VARCHAR,
    target_text      VARCHAR,
    source_start     INTEGER,      -- char offsets of the actors' words (GDELT Mentions' Actor1/2CharOffset)
    target_start     INTEGER,
    cue              VARCHAR,
    cue_start        INTEGER,
    cue_end          INTEGER,
    modality         VARCHAR,
    attribution      VARCHAR,
    date             VARCHAR,      -- ISO, possibly partial (2024, 2024-06)
    date_precision   VARCHAR,
    event_date       DATE,         -- `date` as a DATE for range queries (first day when partial;
                                   -- the article's publication date when the event has no usable date)
    place_name       VARCHAR,
    place_geonameid  BIGINT,
    place_country    VARCHAR,
    place_lat        DOUBLE PRECISION,
    place_lon        DOUBLE PRECISION,
    cluster_id       VARCHAR,      -- hash(event_date, source_code, cameo_code, target_code): the same
                                   -- event reported by several articles (GDELT NumMentions/Sources/Articles)
    global_id        BIGINT        -- stable integer id derived from `id` (GDELT GLOBALEVENTID)
);

CREATE TABLE IF NOT EXISTS quotes (
    id                 VARCHAR PRIMARY KEY,
    article_id         VARCHAR NOT NULL,
    kind               VARCHAR,
    text               VARCHAR,
    start              INTEGER,
    "end"              INTEGER,
    sentence           INTEGER,
    speaker_actor_id   VARCHAR,
    speaker_text       VARCHAR,
    speaker_name       VARCHAR,
    cue                VARCHAR,
    addressee_actor_id VARCHAR,
    addressee_text     VARCHAR,
    attribution        VARCHAR,
    event_ids          VARCHAR[]
);

CREATE TABLE IF NOT EXISTS places (
    id            VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    name          VARCHAR,
    start         INTEGER,
    "end"         INTEGER,
    sentence      INTEGER,
    resolved_name VARCHAR,
    geonameid     BIGINT,
    country       VARCHAR,
    admin1        VARCHAR,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    feature       VARCHAR,
    role          VARCHAR
);

CREATE TABLE IF NOT EXISTS times (
    id          VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    text        VARCHAR,
    start       INTEGER,
    "end"       INTEGER,
    sentence    INTEGER,
    value       VARCHAR,
    type        VARCHAR,
    granularity VARCHAR,
    mod         VARCHAR
);

-- One row per input item seen by `newsgraph ingest`: what happened to it (last run) and why.
-- Keyed on (origin, article id) so re-ingesting the same inputs updates rows instead of adding them.
CREATE TABLE IF NOT EXISTS ingest_log (
    key        VARCHAR PRIMARY KEY, -- stable_id(origin, article_id)
    origin     VARCHAR,            -- path, path:line, <stdin>
    article_id VARCHAR,
    status     VARCHAR,            -- stored | unchanged | duplicate | skipped | error
    reason     VARCHAR,
    logged_at  TIMESTAMP
);

-- Pre-aggregated event counts for the timeline, network and map (store/summaries.py), kept up to date by
-- every write in the same transaction. A NULL modality or root is kept as '', a NULL QuadClass as 0.
CREATE TABLE IF NOT EXISTS sum_days (
    event_date    DATE NOT NULL,
    modality      VARCHAR NOT NULL,
    cameo_root    VARCHAR NOT NULL,
    quad_class    INTEGER NOT NULL,
    events        BIGINT NOT NULL,
    goldstein_sum DECIMAL(18, 6) NOT NULL,
    goldstein_n   BIGINT NOT NULL,
    PRIMARY KEY (event_date, modality, cameo_root, quad_class)
);

-- country: the first three letters of either actor's CAMEO code (an event counts once per country)
CREATE TABLE IF NOT EXISTS sum_country_days (
    event_date    DATE NOT NULL,
    modality      VARCHAR NOT NULL,
    country       VARCHAR NOT NULL,
    quad_class    INTEGER NOT NULL,
    events        BIGINT NOT NULL,
    goldstein_sum DECIMAL(18, 6) NOT NULL,
    goldstein_n   BIGINT NOT NULL,
    PRIMARY KEY (country, modality, event_date, quad_class)   -- country first: the filter these rows serve
);

-- undirected actor pairs: actor_a < actor_b; events_ab counts the events with actor_a as source
CREATE TABLE IF NOT EXISTS sum_pairs (
    actor_a       VARCHAR NOT NULL,
    actor_b       VARCHAR NOT NULL,
    modality      VARCHAR NOT NULL,
    events        BIGINT NOT NULL,
    goldstein_sum DECIMAL(18, 6) NOT NULL,
    goldstein_n   BIGINT NOT NULL,
    events_ab     BIGINT NOT NULL,
    PRIMARY KEY (actor_a, actor_b, modality)
);

CREATE TABLE IF NOT EXISTS sum_place_countries (
    country       VARCHAR NOT NULL,     -- upper case
    modality      VARCHAR NOT NULL,
    events        BIGINT NOT NULL,
    goldstein_sum DECIMAL(18, 6) NOT NULL,
    goldstein_n   BIGINT NOT NULL,
    PRIMARY KEY (country, modality)
);

-- located places: name and country '' with *_known false when NULL; lat/lon rounded to 3 decimals
CREATE TABLE IF NOT EXISTS sum_places (
    name          VARCHAR NOT NULL,
    name_known    BOOLEAN NOT NULL,
    country       VARCHAR NOT NULL,
    country_known BOOLEAN NOT NULL,
    lat           DOUBLE PRECISION NOT NULL,
    lon           DOUBLE PRECISION NOT NULL,
    modality      VARCHAR NOT NULL,
    events        BIGINT NOT NULL,
    goldstein_sum DECIMAL(18, 6) NOT NULL,
    goldstein_n   BIGINT NOT NULL,
    PRIMARY KEY (name, name_known, country, country_known, lat, lon, modality)
);

-- Cross-article event clusters: the same (date, source, code, target) with the same modality, however
-- many reports. GDELT's NumMentions (mentions in all documents), NumArticles, NumSources (outlets). The
-- articles reporting a cluster are those with its events and their near-copies (articles.duplicate_of): a
-- syndicated copy is not coded again, but it is one more article, its outlet one more source, and it holds
-- the original's mentions (so NumMentions >= NumArticles, and the Mentions export writes a row for each).
CREATE OR REPLACE VIEW event_clusters AS
WITH reports AS (
    SELECT cluster_id, modality, article_id, count(*) AS mentions FROM events GROUP BY cluster_id, modality, article_id
), reporting AS (
    SELECT r.cluster_id, r.modality, r.mentions, a.id, a.source, a.published
    FROM reports r JOIN articles a ON a.id = r.article_id
    UNION ALL
    SELECT r.cluster_id, r.modality, r.mentions, c.id, c.source, c.published
    FROM reports r JOIN articles c ON c.duplicate_of = r.article_id
)
SELECT cluster_id,
       modality,
       CAST(sum(mentions) AS BIGINT)        AS num_mentions,
       count(DISTINCT id)                   AS num_articles,
       count(DISTINCT coalesce(source, id)) AS num_sources,
       min(published)                       AS first_published
FROM reporting
GROUP BY cluster_id, modality;
