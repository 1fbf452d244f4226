/**
 * Scoring of an export (docs/records.md section 1) against gold files
 * (section 2), exactly as section 3 describes. Pure: records and gold in,
 * numbers and per-article issue lists out.
 */
import { posix } from 'node:path';
import { EVENT_TYPES } from '../export/records.js';
import type {
  ActorRecord,
  ArticleRecord,
  EventRecord,
  EventType,
  ExportRecord,
  MentionRecord,
  QuoteRecord,
} from '../export/records.js';
import { foldName, textContains, unifyPunctuation } from '../util/fold.js';
import type { GoldActor, GoldEvent, GoldFile, GoldQuote } from './gold.js';
import { normalizeGoldPath } from './gold.js';
import { maxWeightMatching, tieredWeight } from './match.js';

/** Counts and derived precision, recall, F1 (null when undefined: nothing to divide). */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** correct / total; null when total is 0. */
  value: number | null;
}

export const META_FIELDS = ['title', 'published', 'authors', 'url', 'outlet'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export type IssueSection = 'article' | 'metadata' | 'persons' | 'events' | 'quotes';
export type IssueKind = 'missed' | 'extra' | 'wrong';

/** One thing a developer should look at: a gold item not found, a predicted item not in the gold, or a wrong attribute. */
export interface Issue {
  section: IssueSection;
  kind: IssueKind;
  /** The item, readable: a name, an event line, a quote. */
  item: string;
  /** Why, or what differs (expected vs got). */
  detail?: string;
  /** Evidence text from the article body for predicted items. */
  evidence?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScores {
  /** Gold `file`. */
  file: string;
  /** Path of the gold file. */
  goldPath: string;
  /** Export article id, or null when the export has no article for this file. */
  article: string | null;
  metadata: Record<MetaField, boolean>;
  persons: Counts;
  events: Counts;
  quotes: Counts;
  quotesStrict: Counts;
  issues: Issue[];
}

export interface Scores {
  articles: {
    /** Gold files scored. */
    gold: number;
    /** Of those, found in the export. */
    found: number;
    /** Gold `file`s with no article in the export. */
    missing: string[];
    /** Export articles with no gold file (not scored): their `file` or id. */
    unscored: string[];
  };
  metadata: { fields: Record<MetaField, Accuracy>; overall: Accuracy };
  persons: Prf & { country: Accuracy };
  events: {
    overall: Prf;
    byType: Partial<Record<EventType, Prf>>;
    /** Same modality, over matched pairs (required and optional gold). */
    modality: Accuracy;
    /** Predictions matched to optional gold events (counted neither way). */
    optionalMatched: number;
  };
  quotes: {
    lenient: Prf;
    strict: Prf;
    /** Right speaker, over text-matched pairs (required and optional gold). */
    speaker: Accuracy;
    optionalMatched: number;
  };
  perArticle: ArticleScores[];
}

/** Event types whose two sides may be swapped when matching. */
const SYMMETRIC: ReadonlySet<EventType> = new Set<EventType>(['CONSULT', 'AGREE', 'COOPERATE']);
const EVIDENCE_MAX = 240;

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  else if (precision !== null || recall !== null) f1 = 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: total > 0 ? correct / total : null };
}

function clip(s: string, max = EVIDENCE_MAX): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function nameKeys(name: string, aliases: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const k = foldName(n);
    if (k) keys.add(k);
  }
  return keys;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Normalised export `file` (forward slashes, `.` and `..` resolved where possible). */
function normalizeExportPath(file: string): string {
  return posix.normalize(file.trim().replace(/\\/g, '/'));
}

/** True when the gold `file` is a path suffix (whole segments) of the export `file`. */
export function fileMatches(exportFile: string, goldFile: string): boolean {
  const e = normalizeExportPath(exportFile);
  const g = normalizeGoldPath(goldFile);
  if (!g) return false;
  return e === g || e.endsWith(`/${g}`);
}

/** The export, indexed for scoring. */
class Prediction {
  readonly articles: ArticleRecord[] = [];
  readonly actors = new Map<string, ActorRecord>();
  readonly mentions = new Map<string, MentionRecord[]>();
  readonly events = new Map<string, EventRecord[]>();
  readonly quotes = new Map<string, QuoteRecord[]>();
  private readonly keys = new Map<string, Set<string>>();

  constructor(records: readonly ExportRecord[]) {
    const push = <T>(m: Map<string, T[]>, k: string, v: T): void => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const r of records) {
      switch (r.kind) {
        case 'article':
          this.articles.push(r);
          break;
        case 'actor':
          this.actors.set(r.id, r);
          break;
        case 'mention':
          push(this.mentions, r.article, r);
          break;
        case 'event':
          for (const a of new Set(r.articles)) push(this.events, a, r);
          break;
        case 'quote':
          push(this.quotes, r.article, r);
          break;
      }
    }
  }

  actorKeys(a: ActorRecord): Set<string> {
    let k = this.keys.get(a.id);
    if (!k) {
      k = nameKeys(a.name, a.aliases ?? []);
      this.keys.set(a.id, k);
    }
    return k;
  }

  actorName(id: string | null): string {
    if (id === null) return '(none)';
    return this.actors.get(id)?.name ?? `(unknown actor ${id})`;
  }
}

/** The gold of one article, indexed for scoring. */
class GoldIndex {
  private readonly byName = new Map<string, GoldActor>();
  private readonly keys = new Map<GoldActor, Set<string>>();

  constructor(readonly gold: GoldFile) {
    for (const a of gold.actors) this.byName.set(a.name, a);
  }

  actor(name: string): GoldActor {
    let a = this.byName.get(name);
    if (!a) {
      // parseGold rejects unknown names; a hand-built GoldFile may still have them.
      a = { name, aliases: [], type: 'person', country: null };
      this.byName.set(name, a);
    }
    return a;
  }

  actorKeys(a: GoldActor): Set<string> {
    let k = this.keys.get(a);
    if (!k) {
      k = nameKeys(a.name, a.aliases);
      this.keys.set(a, k);
    }
    return k;
  }
}

/**
 * A predicted actor matches a gold actor when a folded name or alias is shared,
 * or when the gold actor is a state and the predicted actor acts for that
 * state's country.
 */
function actorMatches(pred: Prediction, p: ActorRecord, gold: GoldIndex, g: GoldActor): boolean {
  if (intersects(pred.actorKeys(p), gold.actorKeys(g))) return true;
  return g.type === 'state' && g.country !== null && p.country === g.country;
}

function sideMatches(pred: Prediction, ids: readonly string[], gold: GoldIndex, names: readonly string[]): boolean {
  if (names.length === 0) return true; // an empty gold side is not checked
  for (const id of ids) {
    const p = pred.actors.get(id);
    if (!p) continue;
    for (const n of names) if (actorMatches(pred, p, gold, gold.actor(n))) return true;
  }
  return false;
}

function dateMatches(e: EventRecord, g: GoldEvent): boolean {
  if (g.date === null || e.date === null || !e.date.start) return true;
  return e.date.start.slice(0, g.date.length) === g.date;
}

/** Why a predicted event does not match a gold one: empty when it does. */
function eventMismatch(pred: Prediction, e: EventRecord, gold: GoldIndex, g: GoldEvent): string[] {
  if (e.type !== g.type) return [`type ${e.type}`];
  const fails: string[] = [];
  const src = sideMatches(pred, e.source, gold, g.source);
  const tgt = sideMatches(pred, e.target, gold, g.target);
  const swapped =
    SYMMETRIC.has(g.type) && sideMatches(pred, e.target, gold, g.source) && sideMatches(pred, e.source, gold, g.target);
  if (!(src && tgt) && !swapped) {
    if (!src) fails.push(`source [${e.source.map((id) => pred.actorName(id)).join(', ')}]`);
    if (!tgt) fails.push(`target [${e.target.map((id) => pred.actorName(id)).join(', ')}]`);
  }
  if (!dateMatches(e, g)) fails.push(`date ${e.date?.start}`);
  return fails;
}

function describeGoldEvent(g: GoldEvent): string {
  const opt = g.optional ? ' (optional)' : '';
  return `${g.type} ${g.source.join(', ')} -> ${g.target.join(', ') || '(any)'} ${g.date ?? '-'} ${g.modality}${opt}`;
}

function describePredEvent(pred: Prediction, e: EventRecord): string {
  const names = (ids: readonly string[]): string => ids.map((id) => pred.actorName(id)).join(', ') || '(none)';
  const date = e.date ? e.date.start + (e.date.precision !== 'day' ? `/${e.date.precision}` : '') : '-';
  return `${e.type} ${names(e.source)} -> ${names(e.target)} ${date} ${e.modality} [${e.id}]`;
}

function evidenceText(e: EventRecord, article: ArticleRecord): string | undefined {
  const ev = e.evidence.find((x) => x.article === article.id);
  if (!ev) return undefined;
  return clip(article.body.slice(ev.start, ev.end));
}

interface Tally {
  persons: Counts;
  personCountry: { correct: number; total: number };
  events: Counts;
  byType: Map<EventType, Counts>;
  modality: { correct: number; total: number };
  eventOptional: number;
  quotes: Counts;
  quotesStrict: Counts;
  speaker: { correct: number; total: number };
  quoteOptional: number;
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

function typeCounts(t: Tally, type: EventType): Counts {
  let c = t.byType.get(type);
  if (!c) {
    c = zero();
    t.byType.set(type, c);
  }
  return c;
}

function scoreMetadata(a: ArticleRecord | null, g: GoldFile, issues: Issue[]): Record<MetaField, boolean> {
  const gm = g.article;
  const show = (v: unknown): string => JSON.stringify(v);
  const result = {} as Record<MetaField, boolean>;
  const check = (field: MetaField, ok: boolean, expected: unknown, got: unknown): void => {
    result[field] = ok;
    if (!ok && a) issues.push({ section: 'metadata', kind: 'wrong', item: field, detail: `expected ${show(expected)}, got ${show(got)}` });
  };
  if (!a) {
    for (const f of META_FIELDS) result[f] = false;
    return result;
  }
  check('title', unifyPunctuation(a.title ?? '') === unifyPunctuation(gm.title), gm.title, a.title);
  const day = (s: string | null | undefined): string | null => (s ? s.slice(0, 10) : null);
  check('published', day(a.published) === day(gm.published), gm.published, a.published);
  const authorSet = (xs: readonly string[]): string =>
    [...new Set(xs.map(foldName).filter(Boolean))].sort().join('|');
  check('authors', authorSet(a.authors ?? []) === authorSet(gm.authors), gm.authors, a.authors);
  const url = (s: string | null | undefined): string | null => s?.trim() || null;
  check('url', url(a.url) === url(gm.url), gm.url, a.url);
  const outlet = a.outlet ?? null;
  const outletOk = outlet === null || gm.outlet === null ? outlet === gm.outlet : foldName(outlet) === foldName(gm.outlet);
  check('outlet', outletOk, gm.outlet, a.outlet);
  return result;
}

function scorePersons(pred: Prediction, a: ArticleRecord, gold: GoldIndex, t: Tally, issues: Issue[]): Counts {
  const firstMention = new Map<string, MentionRecord>();
  for (const m of pred.mentions.get(a.id) ?? []) if (!firstMention.has(m.actor)) firstMention.set(m.actor, m);
  const preds = [...firstMention.keys()]
    .map((id) => pred.actors.get(id))
    .filter((x): x is ActorRecord => x !== undefined && x.type === 'person');
  const golds = gold.gold.actors.filter((x) => x.type === 'person');
  const maxPairs = Math.min(preds.length, golds.length);
  const edge = (i: number, j: number): boolean => intersects(pred.actorKeys(preds[i]!), gold.actorKeys(golds[j]!));
  const pairs = maxWeightMatching(preds.length, golds.length, (i, j) =>
    edge(i, j) ? tieredWeight(maxPairs, true, preds[i]!.country === golds[j]!.country) : 0,
  );
  const c: Counts = { tp: pairs.length, fp: preds.length - pairs.length, fn: golds.length - pairs.length };
  const predMatched = new Set(pairs.map(([i]) => i));
  const goldMatched = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const p = preds[i]!;
    const g = golds[j]!;
    t.personCountry.total++;
    if (p.country === g.country) t.personCountry.correct++;
    else issues.push({ section: 'persons', kind: 'wrong', item: g.name, detail: `country: expected ${g.country}, got ${p.country}` });
  }
  golds.forEach((g, j) => {
    if (goldMatched.has(j)) return;
    const taken = preds.some((p, i) => predMatched.has(i) && edge(i, j));
    issues.push({
      section: 'persons',
      kind: 'missed',
      item: g.name,
      ...(taken ? { detail: 'its only name match was paired with another gold person' } : {}),
    });
  });
  preds.forEach((p, i) => {
    if (predMatched.has(i)) return;
    const other = gold.gold.actors.find((g) => g.type !== 'person' && intersects(pred.actorKeys(p), gold.actorKeys(g)));
    const dup = golds.some((_, j) => edge(i, j));
    const detail = other
      ? `gold has "${other.name}" as ${other.type}`
      : dup
        ? 'duplicate of a matched person (not merged)'
        : undefined;
    issues.push({
      section: 'persons',
      kind: 'extra',
      item: `${p.name} [${p.id}]`,
      ...(detail ? { detail } : {}),
      evidence: clip(firstMention.get(p.id)!.text),
    });
  });
  return c;
}

function scoreEvents(pred: Prediction, a: ArticleRecord, gold: GoldIndex, t: Tally, issues: Issue[]): Counts {
  const preds = pred.events.get(a.id) ?? [];
  const golds = gold.gold.events;
  const maxPairs = Math.min(preds.length, golds.length);
  const ok: boolean[][] = preds.map((e) => golds.map((g) => eventMismatch(pred, e, gold, g).length === 0));
  const pairs = maxWeightMatching(preds.length, golds.length, (i, j) =>
    ok[i]![j] ? tieredWeight(maxPairs, !golds[j]!.optional, preds[i]!.modality === golds[j]!.modality) : 0,
  );
  const c = zero();
  const predMatched = new Set<number>();
  const goldMatched = new Set<number>();
  for (const [i, j] of pairs) {
    const e = preds[i]!;
    const g = golds[j]!;
    predMatched.add(i);
    goldMatched.add(j);
    if (g.optional) t.eventOptional++;
    else {
      c.tp++;
      typeCounts(t, g.type).tp++;
    }
    t.modality.total++;
    if (e.modality === g.modality) t.modality.correct++;
    else {
      issues.push({
        section: 'events',
        kind: 'wrong',
        item: describeGoldEvent(g),
        detail: `modality: expected ${g.modality}, got ${e.modality} [${e.id}]`,
        evidence: evidenceText(e, a),
      });
    }
  }
  golds.forEach((g, j) => {
    if (goldMatched.has(j) || g.optional) return;
    c.fn++;
    typeCounts(t, g.type).fn++;
    const sameType = preds.map((e, i) => ({ e, i })).filter(({ e }) => e.type === g.type);
    let detail: string;
    if (sameType.length === 0) detail = `no predicted ${g.type} event`;
    else if (sameType.some(({ i }) => ok[i]![j])) detail = 'its matching prediction was paired with another gold event';
    else {
      const best = sameType
        .map(({ e }) => ({ e, fails: eventMismatch(pred, e, gold, g) }))
        .sort((x, y) => x.fails.length - y.fails.length)[0]!;
      detail = `closest ${describePredEvent(pred, best.e)} differs in ${best.fails.join('; ')}`;
    }
    issues.push({ section: 'events', kind: 'missed', item: describeGoldEvent(g), detail });
  });
  preds.forEach((e, i) => {
    if (predMatched.has(i)) return;
    c.fp++;
    typeCounts(t, e.type).fp++;
    issues.push({ section: 'events', kind: 'extra', item: describePredEvent(pred, e), evidence: evidenceText(e, a) });
  });
  return c;
}

function speakerMatches(pred: Prediction, q: QuoteRecord, gold: GoldIndex, g: GoldQuote): boolean {
  const p = q.speaker === null ? null : (pred.actors.get(q.speaker) ?? null);
  if (g.speaker === null) return q.speaker === null;
  if (!p) return false;
  return actorMatches(pred, p, gold, gold.actor(g.speaker));
}

function describePredQuote(pred: Prediction, q: QuoteRecord): string {
  const who = q.speaker !== null ? pred.actorName(q.speaker) : q.speakerText ? `(unresolved) ${q.speakerText}` : '(unnamed)';
  return `"${clip(q.text, 120)}" - ${who}${q.direct ? '' : ' (indirect)'} [${q.id}]`;
}

function describeGoldQuote(g: GoldQuote): string {
  return `"${g.text}" - ${g.speaker ?? '(unnamed)'}${g.optional ? ' (optional)' : ''}`;
}

function scoreQuotes(
  pred: Prediction,
  a: ArticleRecord,
  gold: GoldIndex,
  t: Tally,
  issues: Issue[],
): { lenient: Counts; strict: Counts } {
  const preds = pred.quotes.get(a.id) ?? [];
  const golds = gold.gold.quotes;
  const maxPairs = Math.min(preds.length, golds.length);
  const text: boolean[][] = preds.map((q) => golds.map((g) => textContains(q.text, g.text)));
  const speaker: boolean[][] = preds.map((q, i) => golds.map((g, j) => text[i]![j]! && speakerMatches(pred, q, gold, g)));

  const count = (pairs: Array<[number, number]>): { c: Counts; predMatched: Set<number>; goldMatched: Set<number> } => {
    const c = zero();
    const predMatched = new Set(pairs.map(([i]) => i));
    const goldMatched = new Set(pairs.map(([, j]) => j));
    for (const [, j] of pairs) if (!golds[j]!.optional) c.tp++;
    golds.forEach((g, j) => {
      if (!goldMatched.has(j) && !g.optional) c.fn++;
    });
    // The gold lists direct quotes only: an unmatched indirect prediction is not an error.
    preds.forEach((q, i) => {
      if (!predMatched.has(i) && q.direct) c.fp++;
    });
    return { c, predMatched, goldMatched };
  };

  const lenientPairs = maxWeightMatching(preds.length, golds.length, (i, j) =>
    text[i]![j] ? tieredWeight(maxPairs, !golds[j]!.optional, speaker[i]![j]!) : 0,
  );
  const strictPairs = maxWeightMatching(preds.length, golds.length, (i, j) =>
    speaker[i]![j] ? tieredWeight(maxPairs, !golds[j]!.optional, false) : 0,
  );
  const lenient = count(lenientPairs);
  const strict = count(strictPairs);

  for (const [i, j] of lenientPairs) {
    if (golds[j]!.optional) t.quoteOptional++;
    t.speaker.total++;
    if (speaker[i]![j]) t.speaker.correct++;
    else {
      issues.push({
        section: 'quotes',
        kind: 'wrong',
        item: describeGoldQuote(golds[j]!),
        detail: `speaker: got ${describePredQuote(pred, preds[i]!)}`,
      });
    }
  }
  golds.forEach((g, j) => {
    if (lenient.goldMatched.has(j) || g.optional) return;
    const taken = preds.some((_, i) => text[i]![j]);
    issues.push({
      section: 'quotes',
      kind: 'missed',
      item: describeGoldQuote(g),
      detail: taken ? 'the quote containing it was paired with another gold quote' : 'no predicted quote contains these words',
    });
  });
  preds.forEach((q, i) => {
    if (lenient.predMatched.has(i) || !q.direct) return;
    issues.push({ section: 'quotes', kind: 'extra', item: describePredQuote(pred, q), evidence: clip(a.body.slice(q.start, q.end)) });
  });
  return { lenient: lenient.c, strict: strict.c };
}

/** Score an export against gold files (docs/records.md section 3). */
export function scoreCorpus(records: readonly ExportRecord[], golds: readonly GoldFile[]): Scores {
  const pred = new Prediction(records);
  const t: Tally = {
    persons: zero(),
    personCountry: { correct: 0, total: 0 },
    events: zero(),
    byType: new Map(),
    modality: { correct: 0, total: 0 },
    eventOptional: 0,
    quotes: zero(),
    quotesStrict: zero(),
    speaker: { correct: 0, total: 0 },
    quoteOptional: 0,
  };
  const meta = Object.fromEntries(META_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<
    MetaField,
    { correct: number; total: number }
  >;
  const usedArticles = new Set<string>();
  const perArticle: ArticleScores[] = [];
  const missing: string[] = [];

  for (const g of golds) {
    const gold = new GoldIndex(g);
    const candidates = pred.articles.filter((a) => a.file !== null && fileMatches(a.file, g.file));
    const a = candidates[0] ?? null;
    const issues: Issue[] = [];
    if (candidates.length > 1) {
      issues.push({
        section: 'article',
        kind: 'extra',
        item: `${candidates.length} export articles for this file`,
        detail: `scored ${a!.id}; also ${candidates.slice(1).map((x) => x.id).join(', ')}`,
      });
    }
    for (const x of candidates) usedArticles.add(x.id);
    const metadata = scoreMetadata(a, g, issues);
    for (const f of META_FIELDS) {
      meta[f].total++;
      if (metadata[f]) meta[f].correct++;
    }
    let persons: Counts;
    let events: Counts;
    let quotes: Counts;
    let quotesStrict: Counts;
    if (a) {
      persons = scorePersons(pred, a, gold, t, issues);
      events = scoreEvents(pred, a, gold, t, issues);
      ({ lenient: quotes, strict: quotesStrict } = scoreQuotes(pred, a, gold, t, issues));
    } else {
      missing.push(g.file);
      issues.push({ section: 'article', kind: 'missed', item: g.file, detail: 'no article in the export for this file' });
      persons = { tp: 0, fp: 0, fn: g.actors.filter((x) => x.type === 'person').length };
      const required = g.events.filter((e) => !e.optional);
      events = { tp: 0, fp: 0, fn: required.length };
      for (const e of required) typeCounts(t, e.type).fn++;
      quotes = { tp: 0, fp: 0, fn: g.quotes.filter((q) => !q.optional).length };
      quotesStrict = { ...quotes };
    }
    addCounts(t.persons, persons);
    addCounts(t.events, events);
    addCounts(t.quotes, quotes);
    addCounts(t.quotesStrict, quotesStrict);
    perArticle.push({ file: g.file, goldPath: g.path, article: a?.id ?? null, metadata, persons, events, quotes, quotesStrict, issues });
  }

  const metaTotal = META_FIELDS.reduce(
    (acc, f) => ({ correct: acc.correct + meta[f].correct, total: acc.total + meta[f].total }),
    { correct: 0, total: 0 },
  );
  const byType: Partial<Record<EventType, Prf>> = {};
  for (const type of EVENT_TYPES) {
    const c = t.byType.get(type);
    if (c && c.tp + c.fp + c.fn > 0) byType[type] = prf(c.tp, c.fp, c.fn);
  }
  return {
    articles: {
      gold: golds.length,
      found: golds.length - missing.length,
      missing,
      unscored: pred.articles.filter((a) => !usedArticles.has(a.id)).map((a) => a.file ?? a.id),
    },
    metadata: {
      fields: Object.fromEntries(META_FIELDS.map((f) => [f, accuracy(meta[f].correct, meta[f].total)])) as Record<MetaField, Accuracy>,
      overall: accuracy(metaTotal.correct, metaTotal.total),
    },
    persons: { ...prf(t.persons.tp, t.persons.fp, t.persons.fn), country: accuracy(t.personCountry.correct, t.personCountry.total) },
    events: {
      overall: prf(t.events.tp, t.events.fp, t.events.fn),
      byType,
      modality: accuracy(t.modality.correct, t.modality.total),
      optionalMatched: t.eventOptional,
    },
    quotes: {
      lenient: prf(t.quotes.tp, t.quotes.fp, t.quotes.fn),
      strict: prf(t.quotesStrict.tp, t.quotesStrict.fp, t.quotesStrict.fn),
      speaker: accuracy(t.speaker.correct, t.speaker.total),
      optionalMatched: t.quoteOptional,
    },
    perArticle,
  };
}
