"""The database schema as an ordered list of migrations; a store applies the missing ones."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: pages, articles, ingest errors
    """
    CREATE TABLE pages (
        id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        url VARCHAR,
        kind VARCHAR NOT NULL,
        content BLOB NOT NULL,           -- zlib-compressed page bytes, for re-extraction
        size INTEGER NOT NULL,
        fetched_at TIMESTAMPTZ,
        hint_title VARCHAR,
        hint_published DATE,
        previous_id VARCHAR,             -- the earlier version of the same page, if any
        ingested_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        page_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        url VARCHAR,
        title VARCHAR,
        text VARCHAR NOT NULL,
        paragraphs STRUCT(start INTEGER, "end" INTEGER)[] NOT NULL,
        published DATE,
        date_source VARCHAR NOT NULL,
        outlet VARCHAR,
        wire VARCHAR,
        authors VARCHAR[] NOT NULL,
        language VARCHAR,
        extractor VARCHAR NOT NULL,
        extracted_at TIMESTAMPTZ NOT NULL
    );
    CREATE SEQUENCE ingest_error_ids;
    CREATE TABLE ingest_errors (
        id BIGINT PRIMARY KEY DEFAULT nextval('ingest_error_ids'),
        source VARCHAR NOT NULL,
        page_id VARCHAR,
        stage VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        message VARCHAR NOT NULL,
        logged_at TIMESTAMPTZ NOT NULL
    );
    -- the newest version of each page; older versions stay, linked by previous_id
    CREATE VIEW current_articles AS
        SELECT a.* FROM articles a
        WHERE a.page_id NOT IN (SELECT previous_id FROM pages WHERE previous_id IS NOT NULL);
    """,
    # 2: quotations, replaced as a whole per article by `reprocess`
    """
    CREATE TABLE quotes (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,            -- order within the article
        sentence_index INTEGER NOT NULL,
        start INTEGER NOT NULL,          -- offsets into articles.text
        "end" INTEGER NOT NULL,
        kind VARCHAR NOT NULL,
        verb VARCHAR,
        verb_start INTEGER,
        verb_end INTEGER,
        speaker_text VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        pronoun_start INTEGER,
        pronoun_end INTEGER,
        speaker_name VARCHAR,
        speaker_code VARCHAR,
        speaker_country VARCHAR,
        speaker_sector VARCHAR,
        fragments STRUCT(start INTEGER, "end" INTEGER)[] NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    """,
    # 3: actor mentions (replaced per article by `reprocess`) and the actors they resolve to
    """
    CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        rule VARCHAR NOT NULL,           -- the pattern that resolved it: provenance
        antecedent_start INTEGER,
        antecedent_end INTEGER,
        actor_name VARCHAR,
        actor_code VARCHAR,
        actor_country VARCHAR,
        actor_sector VARCHAR,
        actor_role VARCHAR,
        actor_kind VARCHAR,
        PRIMARY KEY (article_id, idx)
    );
    -- one row per actor over the current version of each article: a person is their own
    -- row (Lavrov and "Moscow" share RUSGOV but are different actors), anything else its code
    CREATE VIEW actors AS
        SELECT any_value(m.actor_code) AS code, any_value(m.actor_name) AS name,
               any_value(m.actor_country) AS country, any_value(m.actor_sector) AS sector,
               m.actor_kind AS kind,
               list(DISTINCT m.actor_role) FILTER (WHERE m.actor_role IS NOT NULL) AS roles,
               count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
               min(a.published) AS first_seen, max(a.published) AS last_seen
        FROM mentions m JOIN current_articles a ON a.id = m.article_id
        WHERE m.actor_kind IS NOT NULL AND (m.actor_code IS NOT NULL OR m.actor_kind = 'person')
        GROUP BY m.actor_kind,
                 CASE WHEN m.actor_kind = 'person' THEN m.actor_name ELSE m.actor_code END;
    """,
    # 4: coded events (replaced per article by `reprocess`); offsets index articles.text
    """
    CREATE TABLE events (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        predicate_start INTEGER NOT NULL,
        predicate_end INTEGER NOT NULL,
        source_name VARCHAR,
        source_code VARCHAR NOT NULL,
        source_country VARCHAR,
        source_sector VARCHAR,
        source_kind VARCHAR NOT NULL,
        source_start INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        target_name VARCHAR,
        target_code VARCHAR,
        target_country VARCHAR,
        target_sector VARCHAR,
        target_kind VARCHAR,
        target_start INTEGER,
        target_end INTEGER,
        cameo VARCHAR NOT NULL,
        plover VARCHAR,                  -- NULL for the CAMEO codes PLOVER drops
        mode VARCHAR,
        goldstein DOUBLE NOT NULL,
        quad_class TINYINT NOT NULL,
        negated BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        date DATE,
        date_source VARCHAR NOT NULL,    -- sentence | published | none
        date_precision VARCHAR,
        date_start INTEGER,              -- the date expression, when date_source = sentence
        date_end INTEGER,
        place_name VARCHAR,
        place_country VARCHAR,
        place_lat DOUBLE,
        place_lon DOUBLE,
        place_kind VARCHAR,
        place_source VARCHAR,            -- sentence | dateline
        place_start INTEGER,
        place_end INTEGER,
        rule VARCHAR NOT NULL,           -- the predicate-lexicon rule that fired: provenance
        PRIMARY KEY (article_id, idx)
    );
    """,
    # 5: the quotation an event was reported in (quotes.idx of the same article), if any
    """
    ALTER TABLE events ADD COLUMN quote_idx INTEGER;
    """,
)
