/** Builders for hand-made exports and gold files in the evaluation tests. */
import type {
  ActorRecord,
  ActorType,
  ArticleRecord,
  DateRange,
  EventRecord,
  EventType,
  ExportRecord,
  Modality,
  QuoteRecord,
} from '../../src/export/records.js';
import { parseGold } from '../../src/eval/gold.js';
import type { GoldFile } from '../../src/eval/gold.js';

export function day(d: string): DateRange {
  return { start: d, end: d, precision: 'day' };
}

export function month(m: string): DateRange {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { start: `${m}-01`, end: `${m}-${String(last).padStart(2, '0')}`, precision: 'month' };
}

export function year(y: string): DateRange {
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' };
}

export class ExportBuilder {
  readonly records: ExportRecord[] = [];
  private n = 0;

  article(id: string, file: string | null, body: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
    const a: ArticleRecord = {
      kind: 'article',
      id,
      file,
      url: null,
      outlet: null,
      title: 'Untitled',
      published: null,
      authors: [],
      language: 'en',
      body,
      captions: [],
      sourcesCited: [],
      ...over,
    };
    this.records.push(a);
    return a;
  }

  actor(id: string, name: string, type: ActorType, country: string | null, aliases: string[] = []): string {
    const a: ActorRecord = { kind: 'actor', id, name, aliases, type, country, roles: [], sector: null };
    this.records.push(a);
    return id;
  }

  /** A mention of `actor` in `article` at the first occurrence of `text` in the body (or 0..0). */
  mention(actor: string, article: ArticleRecord, text: string): void {
    const start = Math.max(0, article.body.indexOf(text));
    this.records.push({ kind: 'mention', actor, article: article.id, start, end: start + text.length, text });
  }

  event(
    type: EventType,
    source: string[],
    target: string[],
    article: ArticleRecord,
    opts: { date?: DateRange | null; modality?: Modality; evidence?: string; id?: string } = {},
  ): string {
    const id = opts.id ?? `e_${++this.n}`;
    const start = opts.evidence ? Math.max(0, article.body.indexOf(opts.evidence)) : 0;
    const end = opts.evidence ? start + opts.evidence.length : 0;
    const e: EventRecord = {
      kind: 'event',
      id,
      type,
      mode: null,
      cameo: null,
      source,
      target,
      date: opts.date ?? null,
      location: null,
      modality: opts.modality ?? 'asserted',
      outcome: null,
      topic: null,
      articles: [article.id],
      evidence: [{ article: article.id, start, end }],
      attributions: [],
      status: null,
    };
    this.records.push(e);
    return id;
  }

  quote(article: ArticleRecord, text: string, speaker: string | null, opts: { direct?: boolean; id?: string } = {}): string {
    const id = opts.id ?? `q_${++this.n}`;
    const start = Math.max(0, article.body.indexOf(text));
    const q: QuoteRecord = {
      kind: 'quote',
      id,
      article: article.id,
      speaker,
      speakerText: null,
      text,
      direct: opts.direct ?? true,
      cue: 'said',
      start,
      end: start + text.length,
      via: null,
    };
    this.records.push(q);
    return id;
  }
}

interface GoldInput {
  file: string;
  article?: Partial<GoldFile['article']>;
  actors?: unknown[];
  events?: unknown[];
  quotes?: unknown[];
}

/** A gold file, validated by the real parser (so tests also exercise it). */
export function gold(g: GoldInput, path = `test/${g.file}.gold.json`): GoldFile {
  return parseGold(
    {
      file: g.file,
      article: { title: 'Untitled', published: null, outlet: null, authors: [], url: null, ...g.article },
      actors: g.actors ?? [],
      events: g.events ?? [],
      quotes: g.quotes ?? [],
    },
    path,
  );
}

export function goldEvent(
  type: EventType,
  source: string[],
  target: string[],
  date: string | null,
  extra: { modality?: Modality; optional?: boolean } = {},
): Record<string, unknown> {
  return {
    type,
    mode: null,
    source,
    target,
    date,
    location: null,
    modality: extra.modality ?? 'asserted',
    optional: extra.optional ?? false,
    note: null,
  };
}
