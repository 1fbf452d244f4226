/**
 * The embedded SQLite store: opening, pragmas and versioned schema migrations.
 * Each migration runs in a transaction and bumps `PRAGMA user_version`.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './schema.js';

export type DB = Database.Database;

export function openDb(path: string, opts: { readonly?: boolean } = {}): DB {
  if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // fewer, larger checkpoints during bulk ingest (about 40 MB of WAL between them)
    db.pragma('wal_autocheckpoint = 10000');
    // savepoint (per-source) journals in memory instead of a temporary file
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
