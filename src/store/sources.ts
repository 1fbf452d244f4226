/** Raw sources: the input bytes exactly as read, with their origin, kept for reprocessing. */
import type { DB } from './db.js';

export interface SourceRow {
  id: string;
  origin: string;
  format: string | null;
  encoding: string | null;
  size: number;
}

export class SourceStore {
  private readonly stmts;

  constructor(db: DB) {
    this.stmts = {
      has: db.prepare<[string], { id: string }>('SELECT id FROM sources WHERE id = ?'),
      insert: db.prepare(`INSERT OR IGNORE INTO sources (id, origin, format, encoding, size, bytes, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      all: db.prepare<[], SourceRow & { bytes: Buffer }>('SELECT id, origin, format, encoding, size, bytes FROM sources ORDER BY rowid'),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sources'),
      ids: db.prepare<[], { id: string }>('SELECT id FROM sources ORDER BY rowid'),
      get: db.prepare<[string], SourceRow & { bytes: Buffer }>('SELECT id, origin, format, encoding, size, bytes FROM sources WHERE id = ?'),
    };
  }

  has(id: string): boolean {
    return this.stmts.has.get(id) !== undefined;
  }

  count(): number {
    return this.stmts.count.get()!.n;
  }

  insert(s: SourceRow, bytes: Buffer): void {
    this.stmts.insert.run(s.id, s.origin, s.format, s.encoding, s.size, bytes, new Date().toISOString());
  }

  ids(): string[] {
    return this.stmts.ids.all().map((r) => r.id);
  }

  get(id: string): (SourceRow & { bytes: Buffer }) | null {
    return this.stmts.get.get(id) ?? null;
  }

  *iterate(): IterableIterator<SourceRow & { bytes: Buffer }> {
    yield* this.stmts.all.iterate();
  }
}
