/**
 * Schema migrations, oldest first. Never edit a released migration: append a new one.
 * JSON columns hold arrays/objects serialised with JSON.stringify.
 */
export const MIGRATIONS: string[] = [
  // 1: raw sources, articles, full-text index.
  `
  CREATE TABLE sources (
    id        TEXT PRIMARY KEY,          -- sha256 of the raw bytes
    origin    TEXT NOT NULL,             -- path, '-' for stdin, or url, as first seen
    format    TEXT,                      -- reader that read it
    encoding  TEXT,
    size      INTEGER NOT NULL,
    bytes     BLOB NOT NULL,             -- kept verbatim for reprocessing
    added_at  TEXT NOT NULL
  );
  CREATE TABLE articles (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,  -- a_ + hash of normalised title and body
    source_id     TEXT NOT NULL REFERENCES sources(id),
    item          INTEGER NOT NULL,      -- position within the source (feeds, JSONL)
    file          TEXT,
    url           TEXT,
    outlet        TEXT,
    title         TEXT NOT NULL,
    published     TEXT,
    authors       TEXT NOT NULL,         -- JSON array
    language      TEXT NOT NULL,
    body          TEXT NOT NULL,
    captions      TEXT NOT NULL,         -- JSON array
    sources_cited TEXT NOT NULL,         -- JSON array
    blocks        TEXT NOT NULL,         -- JSON array of Block
    format        TEXT NOT NULL,
    added_at      TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_source ON articles(source_id);
  CREATE TABLE article_origins (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
  ) WITHOUT ROWID;
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  END;
  `,
  // 2: actors resolved across articles, their mentions, aliases and roles per article.
  `
  CREATE TABLE actors (
    id       TEXT PRIMARY KEY,           -- p_ + hash of the resolution key
    key      TEXT NOT NULL UNIQUE,       -- resolution key: person:<folded name>, state:RUS, org:..., media:..., group:...
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    country  TEXT,
    sector   TEXT
  );
  CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
  CREATE INDEX actors_type ON actors(type, country);
  CREATE TABLE actor_aliases (
    actor_id   TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, alias, article_id)
  ) WITHOUT ROWID;
  CREATE TABLE actor_roles (
    actor_id   TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, role, article_id)
  ) WITHOUT ROWID;
  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_actor ON mentions(actor_id);
  `,
  // 3: events merged across articles, with their reports, actors and attributions.
  `
  CREATE TABLE events (
    id             TEXT PRIMARY KEY,     -- e_ + hash of type, modality, sides and date bucket
    type           TEXT NOT NULL,
    mode           TEXT,
    cameo          TEXT,
    modality       TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    date_basis     TEXT,
    location       TEXT,
    outcome        TEXT,
    topic          TEXT
  );
  CREATE INDEX events_type ON events(type, date_start);
  CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('source', 'target')),
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    UNIQUE (event_id, side, actor_id)
  );
  CREATE INDEX event_actors_actor ON event_actors(actor_id);
  CREATE TABLE event_reports (
    event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    evidence      TEXT NOT NULL,        -- JSON array of {start, end}
    PRIMARY KEY (event_id, article_id, trigger_start)
  ) WITHOUT ROWID;
  CREATE INDEX event_reports_article ON event_reports(article_id);
  CREATE TABLE event_attributions (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    by_actor   TEXT REFERENCES actors(id) ON DELETE SET NULL,
    by_text    TEXT NOT NULL,
    stance     TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id, by_text, stance)
  ) WITHOUT ROWID;
  `,
  // 4: quotes, with a full-text index over their words.
  `
  CREATE TABLE quotes (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,  -- q_ + hash of article and offsets
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker      TEXT REFERENCES actors(id) ON DELETE SET NULL,
    speaker_text TEXT,
    text         TEXT NOT NULL,
    direct       INTEGER NOT NULL,
    cue          TEXT,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    via          TEXT REFERENCES actors(id) ON DELETE SET NULL,
    listener     TEXT REFERENCES actors(id) ON DELETE SET NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker);
  CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  -- the index holds what was said in so many words (direct quotes); reported speech is in the articles' index
  CREATE TRIGGER quotes_ai AFTER INSERT ON quotes WHEN new.direct = 1 BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
  END;
  CREATE TRIGGER quotes_ad AFTER DELETE ON quotes WHEN old.direct = 1 BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  END;
  `,
  // 5: persons findable by surname without scanning every actor.
  `
  ALTER TABLE actors ADD COLUMN surname TEXT;
  UPDATE actors SET surname = replace(substr(key, 8), rtrim(substr(key, 8), replace(substr(key, 8), ' ', '')), '')
    WHERE type = 'person';
  CREATE INDEX actors_surname ON actors(surname) WHERE surname IS NOT NULL;
  `,
  // 6: the article full-text index is filled once per transaction instead of once per article
  // (one FTS5 segment per batch, not per source). New articles are queued in articles_fts_pending by
  // the trigger and indexed by ArticleStore.flushIndex() before the transaction commits, so a
  // committed article is always searchable. An article deleted before it was indexed leaves the queue only.
  `
  CREATE TABLE articles_fts_pending (rowid INTEGER PRIMARY KEY);
  DROP TRIGGER articles_ai;
  DROP TRIGGER articles_ad;
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts_pending(rowid) VALUES (new.rowid);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
      SELECT 'delete', old.rowid, old.title, old.body
      WHERE NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE rowid = old.rowid);
    DELETE FROM articles_fts_pending WHERE rowid = old.rowid;
  END;
  `,
  // 7: direct quotes reach the full-text index from QuoteStore.save instead of a trigger: a trigger that writes
  // to an FTS5 table makes every quote insert a statement savepoint, and FTS5 flushes its pending terms
  // to disk at each savepoint (about 0.5 ms per article). Deletes keep their trigger.
  `
  DROP TRIGGER quotes_ai;
  `,
  // 8: mentions packed one row per article (with an actor -> article index) instead of one row per mention.
  // About 38 mentions per article made 38 random inserts into a text-keyed table and its actor index,
  // the largest cost of storing actors and of each commit. A mention's text is the body between its offsets.
  `
  CREATE TABLE article_mentions (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    spans      TEXT NOT NULL              -- JSON array of [actor_id, start, end], by start
  ) WITHOUT ROWID;
  CREATE TABLE actor_articles (
    actor_id   TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    mentions   INTEGER NOT NULL,          -- how many times the article names the actor
    PRIMARY KEY (actor_id, article_id)
  ) WITHOUT ROWID;
  INSERT INTO article_mentions (article_id, spans)
    SELECT article_id, json_group_array(json_array(actor_id, start, end) ORDER BY start, end) FROM mentions GROUP BY article_id;
  INSERT INTO actor_articles (actor_id, article_id, mentions)
    SELECT actor_id, article_id, count(*) FROM mentions GROUP BY actor_id, article_id;
  DROP TABLE mentions;
  `,
  // 9: article_mentions as a rowid table. A WITHOUT ROWID row over about 1,000 bytes (most articles' spans
  // are 1-2 KB) went to an overflow page of its own: the table was 65% empty space, as large as the
  // articles, and each commit wrote all of it. Rows now pack in insertion order; article_id keeps a unique index.
  `
  CREATE TABLE article_mentions_new (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    spans      TEXT NOT NULL              -- JSON array of [actor_id, start, end], by start
  );
  INSERT INTO article_mentions_new (article_id, spans) SELECT article_id, spans FROM article_mentions;
  DROP TABLE article_mentions;
  ALTER TABLE article_mentions_new RENAME TO article_mentions;
  `,
  // 10: the article index holds up to 8 MB of new terms in memory (FTS5's default is 1 MB) before it
  // writes them out. A batch's articles are indexed in one statement at commit (migration 6); with 1 MB
  // a batch of a few thousand articles was written as several small segments that FTS5 then merged.
  // 10,000 generated articles: indexing 0.057-0.061 ms per article before, 0.040-0.041 after.
  `
  INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);
  `,
  // 11: ArticleStore.insert queues a new article for the full-text index itself instead of a trigger.
  // With the trigger the insert wrote two tables, so SQLite gave every article insert a statement
  // journal: a copy of each page it touched (16 KB each) before changing it.
  `
  DROP TRIGGER articles_ai;
  `,
];
