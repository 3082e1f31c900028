"""The store's schema, as an ordered list of migrations.

A store records the schema version it was written with in ``schema_info``.
Opening an older store applies the missing migrations in one transaction each;
opening a store written by a newer newsevents is refused rather than guessed at.
Migrations are append-only: never edit one that has shipped, add the next.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from newsevents.errors import ConfigError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, their analyses, events, actors, places and quotes",
        (
            """CREATE TABLE articles (
                uid VARCHAR PRIMARY KEY,      -- one version of one article
                article_id VARCHAR NOT NULL,  -- the output contract's id
                doc_key VARCHAR NOT NULL,     -- identity across versions (url, id or file)
                version INTEGER NOT NULL,
                content_hash VARCHAR NOT NULL,
                is_latest BOOLEAN NOT NULL,
                title VARCHAR,
                source VARCHAR,
                url VARCHAR,
                published TIMESTAMP,
                origin VARCHAR,
                text VARCHAR NOT NULL,
                analysis JSON NOT NULL,       -- the article as `newsevents extract` writes it
                n_events INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
            "CREATE INDEX articles_key ON articles (doc_key, content_hash)",
            """CREATE TABLE events (
                uid VARCHAR PRIMARY KEY,       -- article uid + event id
                event_id VARCHAR NOT NULL,
                article_uid VARCHAR NOT NULL,
                cluster_id VARCHAR NOT NULL,   -- same event in other articles shares it
                day DATE,                      -- first day of the event's date at its precision
                date VARCHAR,                  -- ISO date at its precision
                date_precision VARCHAR,
                event_type VARCHAR NOT NULL,
                mode VARCHAR,
                context VARCHAR[],
                quad_class INTEGER NOT NULL,
                cameo_code VARCHAR,
                goldstein DOUBLE,
                actor_codes VARCHAR[],
                actor_sectors VARCHAR[],       -- one '+'-joined sector list per actor
                actor_texts VARCHAR[],
                actor_entities VARCHAR[],      -- knowledge-base entity each belongs to
                recipient_codes VARCHAR[],
                recipient_sectors VARCHAR[],
                recipient_texts VARCHAR[],
                recipient_entities VARCHAR[],
                event_text VARCHAR,
                place_name VARCHAR,
                geonameid BIGINT,
                lat DOUBLE,
                lon DOUBLE,
                place_code VARCHAR,
                place_class VARCHAR,           -- GeoNames feature class
                modality VARCHAR NOT NULL,
                reported_by_text VARCHAR,
                reported_by_code VARCHAR,
                confidence DOUBLE,
                sentence_index INTEGER,
                sentence_start INTEGER,
                sentence_end INTEGER,
                evidence VARCHAR,              -- the sentence that proves it
                explanation VARCHAR,
                json JSON NOT NULL             -- the event as `newsevents code` writes it
            )""",
            """CREATE TABLE actors (
                article_uid VARCHAR NOT NULL,
                actor_id VARCHAR NOT NULL,
                name VARCHAR,
                kind VARCHAR,
                code VARCHAR,
                sectors VARCHAR[],
                office VARCHAR,
                identifier VARCHAR,
                affiliation VARCHAR,
                n_mentions INTEGER
            )""",
            """CREATE TABLE places (
                article_uid VARCHAR NOT NULL,
                text VARCHAR,
                name VARCHAR,
                geonameid BIGINT,
                lat DOUBLE,
                lon DOUBLE,
                code VARCHAR,
                feature_class VARCHAR,
                start_char INTEGER,
                end_char INTEGER
            )""",
            """CREATE TABLE quotes (
                article_uid VARCHAR NOT NULL,
                text VARCHAR,
                kind VARCHAR,
                cue VARCHAR,
                speaker_id VARCHAR,
                speaker_text VARCHAR,
                start_char INTEGER,
                end_char INTEGER
            )""",
            """CREATE TABLE failures (       -- inputs that could not be read or analysed
                origin VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
        ),
    ),
    Migration(
        2,
        "reviews: people's verdicts on and corrections of events, beside the machine's",
        (
            "CREATE SEQUENCE review_ids START 1",
            """CREATE TABLE reviews (        -- append-only: the latest per event counts
                id BIGINT PRIMARY KEY DEFAULT nextval('review_ids'),
                event_uid VARCHAR NOT NULL,    -- the event mention reviewed (events.uid)
                cluster_id VARCHAR NOT NULL,   -- its cluster when reviewed
                verdict VARCHAR NOT NULL,      -- correct, wrong or corrected
                event_type VARCHAR,            -- corrected values; NULL: as the machine said
                cameo_code VARCHAR,
                actor_code VARCHAR,
                actor_sector VARCHAR,
                recipient_code VARCHAR,
                recipient_sector VARCHAR,
                date VARCHAR,
                place VARCHAR,
                modality VARCHAR,
                reviewer VARCHAR NOT NULL,
                note VARCHAR,
                created_at TIMESTAMP NOT NULL
            )""",
            "CREATE INDEX reviews_cluster ON reviews (cluster_id)",
        ),
    ),
    Migration(
        3,
        "places: whether a place was named by a nationality adjective (never a location)",
        ("ALTER TABLE places ADD COLUMN adjectival BOOLEAN DEFAULT false",),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the open store; 0 for an empty database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_info").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Bring the store to :data:`SCHEMA_VERSION`; returns the version it had."""
    before = current_version(con)
    if before > SCHEMA_VERSION:
        raise ConfigError(
            f"{path}: store schema version {before} is newer than this newsevents "
            f"understands ({SCHEMA_VERSION}); upgrade newsevents"
        )
    if before == 0:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_info ("
            "version INTEGER NOT NULL, description VARCHAR, applied_at TIMESTAMP NOT NULL)"
        )
    for m in MIGRATIONS:
        if m.version <= before:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in m.statements:
                con.execute(sql)
            con.execute(
                "INSERT INTO schema_info VALUES (?, ?, current_timestamp)",
                [m.version, m.description],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return before
