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

export class ActorStore implements ActorDirectory {
  private readonly stmts;
  /**
   * Stored actors by key, as this connection last wrote or read them: most actors of an article are
   * already stored, and this spares a lookup, an ignored insert and a no-op update for each of them.
   * Only rows known to exist are kept; see `revalidate` and `forget` for when it is dropped.
   */
  private readonly cache = new Map<string, KnownActor>();
  private dataVersion = -1;

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
      mention: db.prepare('INSERT OR IGNORE INTO mentions (article_id, actor_id, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      aliases: db.prepare<[string], { alias: string }>('SELECT DISTINCT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias'),
      roles: db.prepare<[string], { role: string; article_id: string; published: string | null }>(
        `SELECT r.role, r.article_id, a.published FROM actor_roles r JOIN articles a ON a.id = r.article_id
         WHERE r.actor_id = ? ORDER BY a.published, r.role`),
      mentionsOf: db.prepare<[string], { article_id: string; start: number; end: number; text: string }>(
        'SELECT article_id, start, end, text FROM mentions WHERE actor_id = ? ORDER BY article_id, start'),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
  }

  /** Drop the actor cache when another connection has committed since we last looked. */
  revalidate(): void {
    const v = this.stmts.dataVersion.get()!;
    if (v !== this.dataVersion) this.cache.clear();
    this.dataVersion = v;
  }

  /** Drop the actor cache (after a rollback or a wholesale delete). */
  forget(): void {
    this.cache.clear();
  }

  byKey(key: string): KnownActor | null {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const row = this.stmts.byKey.get(key) ?? null;
    if (row) this.cache.set(key, row);
    return row;
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
      const stored = this.cache.get(r.key);
      if (!stored) {
        const created = this.stmts.insert.run(r.id, r.key, r.name, r.type, r.country, r.sector, r.type === 'person' ? r.key.slice(r.key.indexOf(':') + 1).split(' ').pop()! : null).changes > 0;
        if (created) this.cache.set(r.key, { id: r.id, key: r.key, name: r.name, type: r.type, country: r.country, sector: r.sector });
        else if (r.local.country || r.local.sector) this.stmts.fill.run(r.local.country, r.local.sector, r.id);
      } else if ((!stored.country && r.local.country) || (!stored.sector && r.local.sector)) {
        // a stored actor without a country or sector takes the one this article gives
        this.stmts.fill.run(r.local.country, r.local.sector, r.id);
        this.cache.set(r.key, { ...stored, country: stored.country ?? r.local.country, sector: stored.sector ?? r.local.sector });
      }
      for (const alias of [r.local.name, ...r.local.aliases]) if (alias !== r.name) this.stmts.alias.run(r.id, alias, articleId);
      for (const role of r.local.roles) this.stmts.role.run(r.id, role, articleId);
    }
    for (const m of mentions) {
      const r = resolved.get(m.actor);
      if (r) this.stmts.mention.run(articleId, r.id, m.start, m.end, m.text);
    }
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
    return this.stmts.mentionsOf.all(id).map((m) => ({ article: m.article_id, start: m.start, end: m.end, text: m.text }));
  }

  /** Actors that have at least one mention, in creation order. */
  all(): KnownActor[] {
    return this.db.prepare<[], ActorRow>(
      'SELECT id, key, name, type, country, sector FROM actors a WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id) ORDER BY rowid').all();
  }

  *iterateMentions(): IterableIterator<MentionRecord> {
    const q = this.db.prepare<[], { actor_id: string; article_id: string; start: number; end: number; text: string }>(
      'SELECT m.actor_id, m.article_id, m.start, m.end, m.text FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.rowid, m.start');
    for (const m of q.iterate()) yield { kind: 'mention', actor: m.actor_id, article: m.article_id, start: m.start, end: m.end, text: m.text };
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
      where.push('(a.name LIKE @name OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias LIKE @name))');
      p.name = `%${f.name}%`;
    }
    const sql = `SELECT a.id, a.key, a.name, a.type, a.country, a.sector,
        (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.actor_id = a.id) AS articles,
        (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions
      FROM actors a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY mentions DESC, a.name LIMIT @limit`;
    return this.db.prepare<Record<string, unknown>, ActorSummary>(sql).all(p);
  }
}
