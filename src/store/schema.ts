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
];
