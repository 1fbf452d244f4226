/** Article rows: insert, look up, list, full-text search, iterate. */
import type { DB } from './db.js';
import type { Article, Block } from '../read/types.js';
import { ARTICLE_ID_PREFIX } from '../util/ids.js';

export interface StoredArticle extends Article {
  id: string;
  sourceId: string;
  item: number;
}

export interface ArticleRow {
  id: string;
  published: string | null;
  outlet: string | null;
  title: string;
}

export interface SearchHit extends ArticleRow {
  snippet: string;
  rank: number;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  outlet?: string;
  from?: string;
  to?: string;
}

interface RawArticleRow {
  id: string;
  source_id: string;
  item: number;
  file: string | null;
  url: string | null;
  outlet: string | null;
  title: string;
  published: string | null;
  authors: string;
  language: string;
  body: string;
  captions: string;
  sources_cited: string;
  blocks: string;
  format: string;
}

function fromRow(r: RawArticleRow): StoredArticle {
  return {
    id: r.id,
    sourceId: r.source_id,
    item: r.item,
    file: r.file,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    authors: JSON.parse(r.authors) as string[],
    language: r.language,
    body: r.body,
    captions: JSON.parse(r.captions) as string[],
    sourcesCited: JSON.parse(r.sources_cited) as string[],
    blocks: JSON.parse(r.blocks) as Block[],
    format: r.format,
  };
}

/** Turn free text into a safe FTS5 query: each word quoted, implicit AND; a raw query is tried first. */
function ftsQuery(q: string): string {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

export class ArticleStore {
  private readonly stmts;

  constructor(private readonly db: DB) {
    this.stmts = {
      has: db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id = ?'),
      insert: db.prepare(`INSERT INTO articles (id, source_id, item, file, url, outlet, title, published, authors,
        language, body, captions, sources_cited, blocks, format, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
      origin: db.prepare('INSERT OR IGNORE INTO article_origins (article_id, origin) VALUES (?, ?)'),
      get: db.prepare<[string], RawArticleRow>('SELECT * FROM articles WHERE id = ?'),
      // ids are ASCII: every id that starts with the prefix sorts between it and prefix + U+FFFF (index range, no LIKE wildcards)
      byPrefix: db.prepare<[string, string], RawArticleRow>('SELECT * FROM articles WHERE id >= ? AND id < ? LIMIT 2'),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles'),
      origins: db.prepare<[string], { origin: string }>('SELECT origin FROM article_origins WHERE article_id = ? ORDER BY origin'),
      pending: db.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM articles_fts_pending) AS n'),
      index: db.prepare(`INSERT INTO articles_fts(rowid, title, body)
        SELECT a.rowid, a.title, a.body FROM articles_fts_pending p JOIN articles a ON a.rowid = p.rowid ORDER BY p.rowid`),
      queue: db.prepare('INSERT INTO articles_fts_pending (rowid) VALUES (?)'),
      unqueue: db.prepare('DELETE FROM articles_fts_pending'),
    };
  }

  /**
   * Add the articles inserted since the last call to the full-text index (one FTS5 segment for the
   * lot). Call it inside the transaction that inserted them, before it commits.
   */
  flushIndex(): void {
    if (!this.stmts.pending.get()!.n) return;
    this.stmts.index.run();
    this.stmts.unqueue.run();
  }

  has(id: string): boolean {
    return this.stmts.has.get(id) !== undefined;
  }

  count(): number {
    return this.stmts.count.get()!.n;
  }

  /**
   * Store an article unless one with this id is stored already: true when it was inserted. Only the
   * id's uniqueness is let pass (ON CONFLICT (id)); any other constraint still fails.
   */
  insert(id: string, sourceId: string, item: number, a: Article): boolean {
    // positional parameters, in the column order above: binding by name costs a property look-up each
    const r = this.stmts.insert.run(
      id, sourceId, item, a.file, a.url, a.outlet, a.title, a.published, JSON.stringify(a.authors),
      a.language, a.body, JSON.stringify(a.captions), JSON.stringify(a.sourcesCited), JSON.stringify(a.blocks),
      a.format, new Date().toISOString(),
    );
    if (!r.changes) return false;
    // queued for the full-text index here rather than by a trigger (see schema 11)
    this.stmts.queue.run(r.lastInsertRowid);
    return true;
  }

  addOrigin(id: string, origin: string): void {
    this.stmts.origin.run(id, origin);
  }

  origins(id: string): string[] {
    return this.stmts.origins.all(id).map((r) => r.origin);
  }

  /**
   * By full id, or by a unique id prefix: as shown in tables ("a_3f119f6b4b"), or its hex digits
   * without the "a_" ("3f119f6b").
   */
  get(idOrPrefix: string): StoredArticle | null {
    const exact = this.stmts.get.get(idOrPrefix);
    if (exact) return fromRow(exact);
    if (!idOrPrefix) return null;
    const unique = (prefix: string): RawArticleRow | null => {
      const rows = this.stmts.byPrefix.all(prefix, prefix + '\uffff');
      return rows.length === 1 ? rows[0]! : null;
    };
    const row = unique(idOrPrefix) ?? (idOrPrefix.startsWith(ARTICLE_ID_PREFIX) ? null : unique(ARTICLE_ID_PREFIX + idOrPrefix));
    return row ? fromRow(row) : null;
  }

  list(opts: ListOptions = {}): ArticleRow[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: opts.limit ?? -1, offset: opts.offset ?? 0 };
    if (opts.outlet) { where.push('outlet = @outlet COLLATE NOCASE'); params.outlet = opts.outlet; }
    if (opts.from) { where.push('published >= @from'); params.from = opts.from; }
    if (opts.to) { where.push("substr(published, 1, 10) <= @to"); params.to = opts.to; }
    const sql = `SELECT id, published, outlet, title FROM articles ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY published IS NULL, published DESC, rowid LIMIT @limit OFFSET @offset`;
    return this.db.prepare<Record<string, unknown>, ArticleRow>(sql).all(params);
  }

  search(query: string, limit = 20): SearchHit[] {
    const sql = `SELECT a.id, a.published, a.outlet, a.title,
        snippet(articles_fts, 1, '[', ']', '…', 14) AS snippet, bm25(articles_fts, 5.0, 1.0) AS rank
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`;
    const stmt = this.db.prepare<[string, number], SearchHit>(sql);
    try {
      return stmt.all(query, limit);
    } catch {
      return stmt.all(ftsQuery(query), limit);
    }
  }

  *iterate(): IterableIterator<StoredArticle> {
    for (const r of this.db.prepare<[], RawArticleRow>('SELECT * FROM articles ORDER BY rowid').iterate()) yield fromRow(r);
  }

  /** Delete the articles read from one source (before re-reading it). */
  deleteBySource(sourceId: string): number {
    return this.db.prepare('DELETE FROM articles WHERE source_id = ?').run(sourceId).changes;
  }
}
