/** Quote rows: who said what, where in which article, relayed by whom; full-text searchable. */
import type { DB } from './db.js';
import type { QuoteRecord } from '../export/records.js';
import type { LocalQuote } from '../extract/types.js';
import type { ResolvedActor } from '../resolve/actors.js';
import { hashId } from '../util/ids.js';

interface QuoteRow {
  id: string;
  article_id: string;
  speaker: string | null;
  speaker_text: string | null;
  text: string;
  direct: number;
  cue: string | null;
  start: number;
  end: number;
  via: string | null;
  listener: string | null;
}

export interface QuoteFilter {
  speakerIds?: string[];
  search?: string;
  from?: string;
  to?: string;
  direct?: boolean;
  limit?: number;
}

export interface QuoteListing extends QuoteRecord {
  published: string | null;
  outlet: string | null;
  speakerName: string | null;
  speakerRoles: string | null;
}

function toRecord(r: QuoteRow): QuoteRecord {
  return {
    kind: 'quote', id: r.id, article: r.article_id, speaker: r.speaker, speakerText: r.speaker_text, text: r.text,
    direct: !!r.direct, cue: r.cue, start: r.start, end: r.end, via: r.via, listener: r.listener,
  };
}

export class QuoteStore {
  private readonly insertStmt;
  private readonly indexStmt;

  constructor(private readonly db: DB) {
    this.insertStmt = db.prepare(`INSERT OR IGNORE INTO quotes (id, article_id, speaker, speaker_text, text, direct, cue, start, end, via, listener)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // the full-text index holds what was said in so many words (direct quotes); see migration 6
    this.indexStmt = db.prepare('INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)');
  }

  save(articleId: string, quotes: LocalQuote[], actors: Map<string, ResolvedActor>): void {
    const id = (k: string | null): string | null => (k ? actors.get(k)?.id ?? null : null);
    for (const q of quotes) {
      const r = this.insertStmt.run(hashId('q_', articleId, q.start, q.end, q.direct ? 1 : 0), articleId, id(q.speaker), q.speakerText, q.text,
        q.direct ? 1 : 0, q.cue, q.start, q.end, id(q.via), id(q.listener));
      if (q.direct && r.changes > 0) this.indexStmt.run(r.lastInsertRowid, q.text);
    }
  }

  all(): QuoteRecord[] {
    return this.db.prepare<[], QuoteRow>(
      'SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.rowid, q.start, q.direct DESC').all().map(toRecord);
  }

  list(f: QuoteFilter): QuoteListing[] {
    const where: string[] = [];
    const p: Record<string, unknown> = { limit: f.limit ?? -1 };
    if (f.speakerIds) {
      f.speakerIds.forEach((id, i) => (p[`s${i}`] = id));
      where.push(`q.speaker IN (${f.speakerIds.map((_, i) => `@s${i}`).join(', ') || "''"})`);
    }
    if (f.search) {
      where.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @search)');
      p.search = f.search.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    }
    if (f.from) { where.push('a.published >= @from'); p.from = f.from; }
    if (f.to) { where.push('substr(a.published, 1, 10) <= @to'); p.to = f.to; }
    if (f.direct !== undefined) { where.push('q.direct = @direct'); p.direct = f.direct ? 1 : 0; }
    const sql = `SELECT q.*, a.published, a.outlet, s.name AS speaker_name,
        (SELECT group_concat(role, '; ') FROM (SELECT DISTINCT role FROM actor_roles r WHERE r.actor_id = q.speaker AND r.article_id = q.article_id)) AS speaker_roles
      FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY a.published IS NULL, a.published DESC, a.rowid, q.start LIMIT @limit`;
    return this.db.prepare<Record<string, unknown>, QuoteRow & { published: string | null; outlet: string | null; speaker_name: string | null; speaker_roles: string | null }>(sql)
      .all(p).map((r) => ({ ...toRecord(r), published: r.published, outlet: r.outlet, speakerName: r.speaker_name, speakerRoles: r.speaker_roles }));
  }
}
