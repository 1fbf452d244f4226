/**
 * The embedded SQLite store: opening, pragmas and versioned schema migrations.
 * Each migration runs in a transaction and bumps `PRAGMA user_version`.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './schema.js';

export type DB = Database.Database;

/** Page size of a new database file. */
export const PAGE_SIZE = 16384;
/** WAL size (bytes) at which a commit checkpoints it into the database file. */
const CHECKPOINT_BYTES = 40 * 1024 * 1024;

export function openDb(path: string, opts: { readonly?: boolean } = {}): DB {
  if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  if (!opts.readonly) {
    // A new database gets 16 KB pages (SQLite's default is 4 KB; an existing database keeps its own,
    // as WAL mode cannot change it). An ingest writes mostly whole files and article texts of a few
    // KB: with 16 KB pages most fit in their row instead of spilling to overflow pages, and the
    // WAL takes a quarter of the frames (each a header and a page, written separately) for them.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // fewer, larger checkpoints during bulk ingest (about 40 MB of WAL between them, whatever the page size)
    db.pragma(`wal_autocheckpoint = ${Math.round(CHECKPOINT_BYTES / (db.pragma('page_size', { simple: true }) as number))}`);
    // statement and savepoint journals (nested transactions outside a bulk batch) in memory, not a temporary file
    db.pragma('temp_store = MEMORY');
    // a batch's pages stay in the cache until commit instead of spilling to the WAL mid-transaction
    db.pragma('cache_size = -32768');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) migrate(db);
  else if (schemaVersion(db) !== MIGRATIONS.length) {
    throw new Error(`database ${path} has schema version ${schemaVersion(db)}, expected ${MIGRATIONS.length}; open it once without --readonly to upgrade`);
  }
  return db;
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: DB): void {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this program (${MIGRATIONS.length}); upgrade backchannel`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
