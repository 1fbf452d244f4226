/** Event rows: events merged across articles, their sides, reports (evidence) and attributions. */
import type { DB } from './db.js';
import type { ResolvedEvent } from '../resolve/events.js';
import type { EventRecord, EventType, DatePrecision, Modality, Attribution, Evidence, ClaimStatus } from '../export/records.js';

const ORDER: DatePrecision[] = ['day', 'week', 'month', 'quarter', 'year'];

interface EventRow {
  id: string;
  type: EventType;
  mode: string | null;
  cameo: string | null;
  modality: Modality;
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision | null;
  date_basis: 'text' | 'published' | null;
  location: string | null;
  outcome: string | null;
  topic: string | null;
}

export interface EventFilter {
  type?: string;
  actor?: string;
  between?: [string, string];
  from?: string;
  to?: string;
  limit?: number;
}

export function claimStatus(atts: { stance: string }[]): ClaimStatus | null {
  const c = atts.some((a) => a.stance === 'confirms');
  const d = atts.some((a) => a.stance === 'denies');
  if (c && d) return 'disputed';
  if (c) return 'confirmed';
  if (d) return 'denied';
  return atts.length ? 'reported' : null;
}

export class EventStore {
  private readonly stmts;

  constructor(private readonly db: DB) {
    this.stmts = {
      get: db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?'),
      insert: db.prepare(`INSERT INTO events (id, type, mode, cameo, modality, date_start, date_end, date_precision, date_basis, location, outcome, topic)
        VALUES (@id, @type, @mode, @cameo, @modality, @date_start, @date_end, @date_precision, @date_basis, @location, @outcome, @topic)`),
      update: db.prepare(`UPDATE events SET mode = @mode, date_start = @date_start, date_end = @date_end, date_precision = @date_precision,
        date_basis = @date_basis, location = @location, outcome = @outcome, topic = @topic WHERE id = @id`),
      side: db.prepare('INSERT OR IGNORE INTO event_actors (event_id, side, actor_id) VALUES (?, ?, ?)'),
      report: db.prepare('INSERT OR IGNORE INTO event_reports (event_id, article_id, trigger_start, trigger_end, evidence) VALUES (?, ?, ?, ?, ?)'),
      attribution: db.prepare('INSERT OR IGNORE INTO event_attributions (event_id, article_id, by_actor, by_text, stance) VALUES (?, ?, ?, ?, ?)'),
      sides: db.prepare<[string], { side: string; actor_id: string }>('SELECT side, actor_id FROM event_actors WHERE event_id = ? ORDER BY rowid'),
      reports: db.prepare<[string], { article_id: string; evidence: string }>(
        'SELECT r.article_id, r.evidence FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ? ORDER BY a.rowid, r.trigger_start'),
      attributions: db.prepare<[string], { article_id: string; by_actor: string | null; by_text: string; stance: string }>(
        'SELECT article_id, by_actor, by_text, stance FROM event_attributions WHERE event_id = ?'),
    };
  }

  save(articleId: string, events: ResolvedEvent[]): void {
    for (const r of events) {
      const e = r.local;
      const row: EventRow = {
        id: r.id, type: e.type, mode: e.mode, cameo: e.cameo, modality: e.modality,
        date_start: e.date?.start ?? null, date_end: e.date?.end ?? null, date_precision: e.date?.precision ?? null,
        date_basis: e.dateBasis, location: e.location, outcome: e.outcome, topic: e.topic,
      };
      const old = this.stmts.get.get(r.id);
      if (!old) this.stmts.insert.run(row);
      else this.stmts.update.run(merge(old, row));
      for (const s of r.source) this.stmts.side.run(r.id, 'source', s);
      for (const t of r.target) this.stmts.side.run(r.id, 'target', t);
      this.stmts.report.run(r.id, articleId, e.trigger.start, e.trigger.end, JSON.stringify(e.evidence));
      for (const a of r.attributions) this.stmts.attribution.run(r.id, articleId, a.by, a.byText, a.stance);
    }
  }

  record(row: EventRow): EventRecord {
    const sides = this.stmts.sides.all(row.id);
    const reports = this.stmts.reports.all(row.id);
    const atts: Attribution[] = this.stmts.attributions.all(row.id).map((a) => ({ by: a.by_actor, byText: a.by_text, stance: a.stance as Attribution['stance'], article: a.article_id }));
    const evidence: Evidence[] = reports.flatMap((r) => (JSON.parse(r.evidence) as { start: number; end: number }[]).map((e) => ({ article: r.article_id, start: e.start, end: e.end })));
    return {
      kind: 'event',
      id: row.id,
      type: row.type,
      mode: row.mode,
      cameo: row.cameo,
      source: sides.filter((s) => s.side === 'source').map((s) => s.actor_id),
      target: sides.filter((s) => s.side === 'target').map((s) => s.actor_id),
      date: row.date_start ? { start: row.date_start, end: row.date_end!, precision: row.date_precision! } : null,
      dateBasis: row.date_basis,
      location: row.location,
      modality: row.modality,
      outcome: row.outcome,
      topic: row.topic,
      articles: [...new Set(reports.map((r) => r.article_id))],
      evidence,
      attributions: atts,
      status: claimStatus(atts),
    };
  }

  /** Events that still have a report, in order of first report. */
  all(): EventRecord[] {
    return this.db.prepare<[], EventRow>(
      `SELECT e.* FROM events e WHERE EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id) ORDER BY e.rowid`).all().map((r) => this.record(r));
  }

  list(f: EventFilter, actorIds: (name: string) => string[]): EventRecord[] {
    const where: string[] = ['EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)'];
    const p: Record<string, unknown> = { limit: f.limit ?? -1 };
    if (f.type) { where.push('e.type = @type'); p.type = f.type.toUpperCase(); }
    if (f.from) { where.push('e.date_end >= @from'); p.from = f.from; }
    if (f.to) { where.push('e.date_start <= @to'); p.to = f.to.length === 4 ? f.to + '-12-31' : f.to.length === 7 ? f.to + '-31' : f.to; }
    const inEvent = (ids: string[], name: string): string => {
      ids.forEach((id, i) => (p[`${name}${i}`] = id));
      const list = ids.map((_, i) => `@${name}${i}`).join(', ') || "''";
      return `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.actor_id IN (${list}))`;
    };
    if (f.actor) where.push(inEvent(actorIds(f.actor), 'a'));
    if (f.between) {
      where.push(inEvent(actorIds(f.between[0]), 'b'));
      where.push(inEvent(actorIds(f.between[1]), 'c'));
    }
    const sql = `SELECT e.* FROM events e WHERE ${where.join(' AND ')} ORDER BY e.date_start IS NULL, e.date_start, e.rowid LIMIT @limit`;
    return this.db.prepare<Record<string, unknown>, EventRow>(sql).all(p).map((r) => this.record(r));
  }
}

/**
 * Combine a new report into a stored event: a date from the text beats one from a publication day,
 * the more precise date wins, and of two publication days the earlier wins (the event happened
 * by the first report of it, not by a later one that looks back on it); missing details are filled.
 */
function merge(old: EventRow, row: EventRow): EventRow {
  // < 0: the new date is the more precise one
  const precisionStep = ORDER.indexOf(row.date_precision!) - ORDER.indexOf(old.date_precision!);
  const better =
    row.date_start && (!old.date_start || (row.date_basis === 'text' && old.date_basis !== 'text') ||
      (row.date_basis === old.date_basis && (precisionStep < 0 ||
        (precisionStep === 0 && row.date_basis === 'published' && row.date_start < old.date_start))));
  return {
    ...old,
    mode: old.mode ?? row.mode,
    date_start: better ? row.date_start : old.date_start,
    date_end: better ? row.date_end : old.date_end,
    date_precision: better ? row.date_precision : old.date_precision,
    date_basis: better ? row.date_basis : old.date_basis,
    location: old.location ?? row.location,
    outcome: old.outcome ?? row.outcome,
    topic: old.topic ?? row.topic,
  };
}
