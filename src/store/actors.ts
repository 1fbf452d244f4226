/** Actor rows: resolved actors, their aliases and roles per article, and mentions. */
import type { DB } from './db.js';
import type { ActorDirectory, KnownActor, ResolvedActor } from '../resolve/actors.js';
import type { ActorRecord, MentionRecord } from '../export/records.js';
import type { LocalMention } from '../extract/types.js';

type ActorRow = KnownActor;

export interface ActorFilter {
  type?: string;
  country?: string;
  name?: string;
  limit?: number;
}

export interface ActorSummary extends ActorRow {
  articles: number;
  mentions: number;
}

/** One article's mentions as stored: its spans (JSON) and the body they point into. */
interface PackedMentions {
  article_id: string;
  spans: string;
  body: string;
}

function unpack(row: PackedMentions): MentionRecord[] {
  return (JSON.parse(row.spans) as [string, number, number][]).map(([actor, start, end]) => (
    { kind: 'mention', actor, article: row.article_id, start, end, text: row.body.slice(start, end) }));
}

export class ActorStore implements ActorDirectory {
  private readonly stmts;

  constructor(private readonly db: DB) {
    this.stmts = {
      byKey: db.prepare<[string], ActorRow>('SELECT id, key, name, type, country, sector FROM actors WHERE key = ?'),
      byId: db.prepare<[string], ActorRow>('SELECT id, key, name, type, country, sector FROM actors WHERE id = ?'),
      bySurname: db.prepare<[string], ActorRow>(
        "SELECT id, key, name, type, country, sector FROM actors WHERE surname = ? AND type = 'person'"),
      insert: db.prepare('INSERT OR IGNORE INTO actors (id, key, name, type, country, sector, surname) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      fill: db.prepare('UPDATE actors SET country = coalesce(country, ?), sector = coalesce(sector, ?) WHERE id = ?'),
      alias: db.prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias, article_id) VALUES (?, ?, ?)'),
      role: db.prepare('INSERT OR IGNORE INTO actor_roles (actor_id, role, article_id) VALUES (?, ?, ?)'),
      mentions: db.prepare('INSERT OR REPLACE INTO article_mentions (article_id, spans) VALUES (?, ?)'),
      actorArticle: db.prepare('INSERT OR REPLACE INTO actor_articles (actor_id, article_id, mentions) VALUES (?, ?, ?)'),
      aliases: db.prepare<[string], { alias: string }>('SELECT DISTINCT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias'),
      roles: db.prepare<[string], { role: string; article_id: string; published: string | null }>(
        `SELECT r.role, r.article_id, a.published FROM actor_roles r JOIN articles a ON a.id = r.article_id
         WHERE r.actor_id = ? ORDER BY a.published, r.role`),
      mentionsOf: db.prepare<[string], PackedMentions>(
        `SELECT m.article_id, m.spans, a.body FROM actor_articles x JOIN article_mentions m ON m.article_id = x.article_id
         JOIN articles a ON a.id = x.article_id WHERE x.actor_id = ? ORDER BY x.article_id`),
    };
  }

  byKey(key: string): KnownActor | null {
    let row = this.known.get(key);
    if (row === undefined) {
      row = this.stmts.byKey.get(key) ?? null;
      this.remember(row, key);
    }
    return row;
  }

  /** Actors looked up by key during this session (null: not stored), so each key is read once per run. */
  private readonly known = new Map<string, KnownActor | null>();

  private remember(row: KnownActor | null, key = row?.key): void {
    if (key === undefined) return;
    if (this.known.size >= 200_000) this.known.clear();
    this.known.set(key, row);
  }

  private forget(key: string): void {
    this.known.delete(key);
  }

  /** Drop what was remembered (after a rollback or when actors are deleted). */
  resetCache(): void {
    this.known.clear();
  }

  byId(id: string): KnownActor | null {
    return this.stmts.byId.get(id) ?? null;
  }

  personsBySurname(surname: string): KnownActor[] {
    return this.stmts.bySurname.all(surname);
  }

  /** Store an article's resolved actors (creating new ones) and its mentions. */
  save(articleId: string, resolved: Map<string, ResolvedActor>, mentions: LocalMention[]): void {
    for (const r of resolved.values()) {
      if (!r.stored) {
        const surname = r.type === 'person' ? r.key.slice(r.key.indexOf(':') + 1).split(' ').pop()! : null;
        const created = this.stmts.insert.run(r.id, r.key, r.name, r.type, r.country, r.sector, surname).changes > 0;
        if (created) this.remember({ id: r.id, key: r.key, name: r.name, type: r.type, country: r.country, sector: r.sector });
        else this.forget(r.key);
      } else if (r.fills) {
        // a stored actor without a country or sector takes the one this article gives
        this.stmts.fill.run(r.local.country, r.local.sector, r.id);
        this.forget(r.key);
      }
      for (const alias of [r.local.name, ...r.local.aliases]) if (alias !== r.name) this.pending.aliases.push([r.id, alias, articleId]);
      for (const role of r.local.roles) this.pending.roles.push([r.id, role, articleId]);
    }
    // one row of spans for the article and one per actor named in it; a span already taken keeps its first actor
    const spans: [string, number, number][] = [];
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const r = resolved.get(m.actor);
      if (!r) continue;
      const at = `${m.start}:${m.end}`;
      if (seen.has(at)) continue;
      seen.add(at);
      spans.push([r.id, m.start, m.end]);
      counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    }
    if (!spans.length) return;
    spans.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    this.stmts.mentions.run(articleId, JSON.stringify(spans));
    for (const [actorId, n] of counts) this.pending.articles.push([actorId, articleId, n]);
  }

  /**
   * Index rows keyed by actor (aliases, roles, actor -> article) wait here until the transaction
   * ends, then go in sorted by key (`flush`): a batch's rows then fill b-tree pages in order
   * instead of landing all over the three indexes one article at a time.
   */
  private readonly pending = {
    aliases: [] as [string, string, string][],
    roles: [] as [string, string, string][],
    articles: [] as [string, string, number][],
  };

  /** Where the pending rows stand (to drop what a rolled-back savepoint added). */
  mark(): [number, number, number] {
    return [this.pending.aliases.length, this.pending.roles.length, this.pending.articles.length];
  }

  /** Drop the pending rows added since `mark` (their savepoint was rolled back); no mark: drop all. */
  discard(mark: [number, number, number] = [0, 0, 0]): void {
    this.pending.aliases.length = Math.min(this.pending.aliases.length, mark[0]);
    this.pending.roles.length = Math.min(this.pending.roles.length, mark[1]);
    this.pending.articles.length = Math.min(this.pending.articles.length, mark[2]);
  }

  /** Write the pending rows, in key order. Call it inside the transaction that produced them, before it commits. */
  flush(): void {
    const { aliases, roles, articles } = this.pending;
    const byKey = <T extends [string, string, string | number]>(a: T, b: T): number =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
    for (const [actor, alias, article] of aliases.sort(byKey)) this.stmts.alias.run(actor, alias, article);
    for (const [actor, role, article] of roles.sort(byKey)) this.stmts.role.run(actor, role, article);
    for (const [actor, article, n] of articles.sort(byKey)) this.stmts.actorArticle.run(actor, article, n);
    this.discard();
  }

  record(row: KnownActor): ActorRecord {
    return {
      kind: 'actor',
      id: row.id,
      name: row.name,
      aliases: this.stmts.aliases.all(row.id).map((r) => r.alias),
      type: row.type,
      country: row.country,
      roles: [...new Set(this.stmts.roles.all(row.id).map((r) => r.role))],
      sector: row.sector,
    };
  }

  rolesWithDates(id: string): { role: string; article: string; published: string | null }[] {
    return this.stmts.roles.all(id).map((r) => ({ role: r.role, article: r.article_id, published: r.published }));
  }

  mentionsOf(id: string): { article: string; start: number; end: number; text: string }[] {
    const out: { article: string; start: number; end: number; text: string }[] = [];
    for (const row of this.stmts.mentionsOf.all(id)) {
      for (const m of unpack(row)) if (m.actor === id) out.push({ article: m.article, start: m.start, end: m.end, text: m.text });
    }
    return out;
  }

  /** Actors that have at least one mention, in creation order. */
  all(): KnownActor[] {
    return this.db.prepare<[], ActorRow>(
      'SELECT id, key, name, type, country, sector FROM actors a WHERE EXISTS (SELECT 1 FROM actor_articles x WHERE x.actor_id = a.id) ORDER BY rowid').all();
  }

  *iterateMentions(): IterableIterator<MentionRecord> {
    const q = this.db.prepare<[], PackedMentions>(
      'SELECT m.article_id, m.spans, a.body FROM article_mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.rowid');
    for (const row of q.iterate()) yield* unpack(row);
  }

  /** Actors a user means by `name`: exact name or alias (any case, any transliteration), else a substring match. */
  find(name: string, fold: (s: string) => string): KnownActor[] {
    const exact = this.db.prepare<[string, string], ActorRow>(
      `SELECT DISTINCT a.id, a.key, a.name, a.type, a.country, a.sector FROM actors a LEFT JOIN actor_aliases x ON x.actor_id = a.id
       WHERE a.name = ? COLLATE NOCASE OR x.alias = ? COLLATE NOCASE`).all(name, name);
    if (exact.length) return exact;
    const folded = fold(name);
    const byKey = this.db.prepare<[string], ActorRow>("SELECT id, key, name, type, country, sector FROM actors WHERE substr(key, instr(key, ':') + 1) = ?").all(folded);
    if (byKey.length) return byKey;
    return this.list({ name }).map(({ articles: _a, mentions: _m, ...r }) => r);
  }

  /** Actors with counts, filtered; name matches the name or any alias (case-insensitive substring). */
  list(f: ActorFilter = {}): ActorSummary[] {
    const where: string[] = [];
    const p: Record<string, unknown> = { limit: f.limit ?? -1 };
    if (f.type) { where.push('a.type = @type'); p.type = f.type; }
    if (f.country) { where.push('a.country = @country'); p.country = f.country.toUpperCase(); }
    if (f.name) {
      where.push("(a.name LIKE @name ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias LIKE @name ESCAPE '\\'))");
      // the name's own % and _ are characters, not wildcards
      p.name = `%${f.name.replace(/[\\%_]/g, '\\$&')}%`;
    }
    const sql = `SELECT a.id, a.key, a.name, a.type, a.country, a.sector,
        (SELECT count(*) FROM actor_articles x WHERE x.actor_id = a.id) AS articles,
        (SELECT coalesce(sum(x.mentions), 0) FROM actor_articles x WHERE x.actor_id = a.id) AS mentions
      FROM actors a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY mentions DESC, a.name LIMIT @limit`;
    return this.db.prepare<Record<string, unknown>, ActorSummary>(sql).all(p);
  }
}
