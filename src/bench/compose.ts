/**
 * Composes one invented diplomacy article (format-neutral) from the template data:
 * a main event between two states' officials, follow-up detail, quotes, what other outlets
 * reported, reactions, mediation, background, and metadata (title, date, outlet, authors).
 */
import type { BenchData, Modality, OutletDef, OrgDef, QuoteStyle, Stance, StateInfo } from './data.js';
import { type Day, type Moment, futurePhrase, pastPhrase, sincePhrase, whenPhrase, ymd } from './dates.js';
import { type Person, type Polity, cultureIds, laterMention, makeName, makePerson, polityName, seatOf, stateName } from './people.js';
import type { Rng } from './prng.js';
import { LINK_CLOSE, LINK_OPEN, fill } from './template.js';

export type FormatKind = 'A' | 'B' | 'md' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

export interface GenBlock {
  kind: 'p' | 'li';
  /** Text with link marks (LINK_OPEN/LINK_CLOSE) and the outlet's quotation marks. */
  text: string;
  /** Label a scraped page shows before the block (Style B: Details, Quote, Background). */
  label: 'Details' | 'Quote' | 'Background' | null;
  /** The block is (or starts with) a direct quotation. */
  quote: boolean;
}

export interface GenArticle {
  index: number;
  id: string;
  /** PLOVER type and modality of the main event. */
  type: string;
  modality: Modality;
  /** Sentence-case headline (renderers title-case it for Style A). */
  title: string;
  outlet: OutletDef;
  section: string;
  url: string;
  published: Moment;
  authors: string[];
  caption: string | null;
  /** Photographer and/or agency credit for the caption. */
  credit: string | null;
  sourcesCited: string[];
  blocks: GenBlock[];
  /** A related headline and the block index it follows (Style A "Related article:" line). */
  related: { title: string; after: number } | null;
  /** Other headlines for a page's "Read more" box (HTML pages only). */
  more: string[];
  summary: string;
  tags: string[];
  quoteStyle: QuoteStyle;
  /** Whitespace-separated words in the blocks. */
  words: number;
  /** ISO3 codes of the two states at the centre of the story. */
  states: string[];
  /** People named in the body, in order of first mention (the generator's ground truth). */
  people: GenPerson[];
}

export interface GenPerson {
  name: string;
  family: string;
  /** Other spellings of the name used in the text, if any. */
  variants: string[];
  role: string;
  /** ISO3 of the state the person serves, or null for officials of organizations. */
  country: string | null;
  organization: string | null;
}

export const MIN_WORDS = 150;
export const MAX_WORDS = 600;
export const MIN_BLOCKS = 4;
export const MAX_BLOCKS = 12;

const TYPE_WEIGHTS: [string, number][] = [
  ['CONSULT', 30], ['ACCUSE', 10], ['SANCTION', 9], ['AGREE', 8], ['THREATEN', 7], ['AID', 7],
  ['REQUEST', 7], ['REJECT', 6], ['SUPPORT', 5], ['COOPERATE', 3], ['RETREAT', 3], ['MOBILIZE', 2],
  ['COERCE', 2], ['PROTEST', 1],
];
const MODALITY_WEIGHTS: Record<Modality, number> = { asserted: 70, intended: 15, negated: 10, hypothetical: 5 };
const PRINCIPALS = ['head', 'fm', 'deputy', 'nsa', 'envoy', 'defence', 'trade', 'pm', 'aide'];
const POSITIVE = new Set(['AGREE', 'AID', 'SUPPORT', 'COOPERATE', 'RETREAT']);
const SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Words in generated text (link marks ignored). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (space) inWord = false;
    else if (!inWord && c !== 0xe000 && c !== 0xe001) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Upper-case the first letter (skipping quotation marks and link marks). */
function ucfirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

const AN_TEST = /\b[Aa] (?:[AIO]|E[^u]|Uz)/;
const AN_FIX = /\b([Aa]) (?=[AIO]|E[^u]|Uz)/g;

/** Tidy punctuation left by optional parts and appositive name forms. */
function tidy(s: string): string {
  if (s.includes("s's")) s = s.replace(/(?<=\b[A-Z]\w*s)'s\b/g, "'");
  // "a Afghan official" -> "an Afghan official" (not before "European", "UN", "Ukrainian", "Uruguayan").
  if (AN_TEST.test(s)) s = s.replace(AN_FIX, '$1n ');
  if (s.includes(',.') || s.includes(',,') || s.includes(',:') || s.includes(',;') || s.includes(',?') || s.includes(',\uE001')) {
    s = s.replace(/,(\uE001)?([.,;:!?])/g, '$1$2');
  }
  if (s.includes('  ') || s.includes(' .') || s.includes(' ,') || s.includes(' ;') || s.includes(' :')) {
    s = s.replace(/ {2,}/g, ' ').replace(/ ([.,;:])/g, '$1');
  }
  return s.trim();
}

/** Apply an outlet's quotation-mark style to canonical text (“ ” outer, ‘ ’ inner, ' apostrophe). */
export function applyQuoteStyle(s: string, style: QuoteStyle): string {
  switch (style) {
    case 'curly':
      return s.replace(/'/g, '\u2019');
    case 'straight':
      return s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
    case 'british':
      return s
        .replace(/\u2018/g, '\u0001').replace(/\u2019/g, '\u0002')
        .replace(/\u201c/g, '\u2018').replace(/\u201d/g, '\u2019')
        .replace(/\u0001/g, '\u201c').replace(/\u0002/g, '\u201d')
        .replace(/'/g, '\u2019');
    case 'guillemets':
      return s
        .replace(/\u201c/g, '\u00ab').replace(/\u201d/g, '\u00bb')
        .replace(/\u2018/g, '\u201c').replace(/\u2019/g, '\u201d')
        .replace(/'/g, '\u2019');
  }
}

export interface ComposeOpts {
  index: number;
  outlet: OutletDef;
  format: FormatKind;
  /** Publication day. */
  day: Day;
}

const TYPES = TYPE_WEIGHTS.map((t) => t[0]);
const TYPE_W = TYPE_WEIGHTS.map((t) => t[1]);
const pickType = (rng: Rng): string => rng.weighted(TYPES, TYPE_W);

const statePools = new WeakMap<BenchData, Map<string, { list: StateInfo[]; weights: number[] }>>();

/** A state by weight, from `region` if given, never one in `exclude`. */
function pickState(data: BenchData, rng: Rng, exclude: Set<string>, region?: string): StateInfo {
  let pools = statePools.get(data);
  if (!pools) statePools.set(data, (pools = new Map()));
  const key = region ?? '*';
  let pool = pools.get(key);
  if (!pool) {
    const list = data.states.filter((s) => !region || s.region === region);
    pool = { list, weights: list.map((s) => s.weight) };
    pools.set(key, pool);
  }
  if (pool.list.length > exclude.size) {
    for (let i = 0; i < 20; i++) {
      const s = rng.weighted(pool.list, pool.weights);
      if (!exclude.has(s.code)) return s;
    }
  }
  const rest = data.states.filter((s) => !exclude.has(s.code));
  return rng.weighted(rest, rest.map((s) => s.weight));
}

function pickOrg(data: BenchData, rng: Rng, region: string): OrgDef {
  const orgs = data.world.organizations.filter((o) => o.region === region || o.region === 'any');
  return rng.pick(orgs.length ? orgs : data.world.organizations);
}

/** One article's cast, fillers and mention state; fills templates consistently. */
class Story {
  readonly SA: StateInfo;
  readonly SB: StateInfo;
  readonly SC: StateInfo;
  readonly org: OrgDef;
  readonly ev: Day;
  readonly when: string;
  private readonly people = new Map<string, Person>();
  private readonly mentioned = new Set<string>();
  private readonly fixed = new Map<string, string>();
  /** Person key that `S` (speaker) refers to. */
  speaker = 'A';
  /** Person names only, no first-mention titles, no mention tracking (headlines, captions). */
  bare = false;
  /** Overrides the main event date phrase (background sentences). */
  whenOverride: string | null = null;
  /** Speak from B's side: {SA} and {SB} trade places (quotes by B-side officials). */
  swap = false;

  constructor(
    private readonly data: BenchData,
    private readonly rng: Rng,
    private readonly opts: ComposeOpts,
  ) {
    this.SA = pickState(data, rng, new Set());
    const sameRegion = rng.chance(data.world.same_region);
    this.SB = pickState(data, rng, new Set([this.SA.code]), sameRegion ? this.SA.region : undefined);
    this.SC = pickState(data, rng, new Set([this.SA.code, this.SB.code]));
    this.org = pickOrg(data, rng, this.SA.region);
    const r = rng.next();
    const back = r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.9 ? rng.int(2, 6) : rng.int(7, 40);
    this.ev = opts.day - back;
    this.when = whenPhrase(this.ev, opts.day, opts.outlet.dates, rng, opts.format === 'B' && rng.chance(0.5));
  }

  /** Which people have been introduced (to undo a mention whose text is thrown away). */
  saveMentions(): Set<string> {
    return new Set(this.mentioned);
  }

  restoreMentions(saved: Set<string>): void {
    this.mentioned.clear();
    for (const k of saved) this.mentioned.add(k);
  }

  /** People named in `body`, in order of first mention. */
  mentionedPeople(body: string): GenPerson[] {
    const keys = [...this.mentioned].filter((k) => {
      const p = this.people.get(k)!;
      return body.includes(p.full) || p.variants.some((v) => body.includes(v));
    });
    return keys.map((k) => {
      const p = this.people.get(k)!;
      return {
        name: p.full,
        family: p.family,
        variants: p.variants,
        role: p.role,
        country: p.polity.kind === 'state' ? p.polity.state.code : null,
        organization: p.polity.kind === 'org' ? p.polity.org.name : null,
      };
    });
  }

  person(key: string): Person {
    let p = this.people.get(key);
    if (p) return p;
    const { data, rng } = this;
    const state = (s: StateInfo): Polity => ({ kind: 'state', state: s });
    switch (key) {
      case 'A':
        p = makePerson(data, { polity: state(this.SA), roleKeys: PRINCIPALS, other: this.SB }, rng);
        break;
      case 'B':
        p = makePerson(data, { polity: state(this.SB), roleKeys: PRINCIPALS, other: this.SA }, rng);
        break;
      case 'C':
        p = makePerson(data, { polity: state(this.SC), roleKeys: ['fm', 'envoy', 'head'], other: this.SB }, rng);
        break;
      case 'O':
        p = makePerson(data, { polity: { kind: 'org', org: this.org } }, rng);
        break;
      case 'P':
        p = makePerson(data, { polity: state(this.SA), roleKey: 'spox' }, rng);
        break;
      default:
        p = makePerson(data, { polity: state(this.SB), roleKeys: ['opposition', 'army', 'ambassador', 'deputy', 'spox'], other: this.SA }, rng);
    }
    this.people.set(key, p);
    return p;
  }

  private mention(key: string): string {
    const p = this.person(key);
    if (this.bare) return p.family;
    if (!this.mentioned.has(key)) {
      this.mentioned.add(key);
      return p.intro;
    }
    const r = this.rng.next();
    if (r < 0.08) return p.variants.length && this.rng.chance(0.6) ? this.rng.pick(p.variants) : p.full;
    if (r < 0.75) return laterMention(p, 0);
    return laterMention(p, this.rng.int(0, p.laterForms.length - 1));
  }

  private fixedSlot(name: string, make: () => string): string {
    let v = this.fixed.get(name);
    if (v === undefined) {
      v = make();
      this.fixed.set(name, v);
    }
    return v;
  }

  private stateSlot(s: StateInfo, field: string | undefined): string {
    const { rng } = this;
    switch (field) {
      case undefined:
        return stateName(s);
      case 'dem':
        return s.dem;
      case 'cap':
        return s.capital;
      case 'seat':
        return seatOf(s, rng);
      case 'gov':
        return `the ${s.dem} government`;
      case 'pres':
        return rng.chance(0.5) ? `the ${s.dem} presidency` : `the office of the ${s.dem} ${s.headTitle.toLowerCase()}`;
      case 'head':
        return s.headTitle;
      case 'fm': {
        const r = rng.next();
        if (s.ministries.length && r < 0.3) return rng.pick(s.ministries);
        if (r < 0.6) return `the ${s.dem} foreign ministry`;
        if (r < 0.85) return `${stateName(s)}'s foreign ministry`;
        return `the ${s.dem} Ministry of Foreign Affairs`;
      }
      default:
        return `{${field}}`;
    }
  }

  private personSlot(key: string, field: string | undefined): string {
    const p = this.person(key);
    switch (field) {
      case undefined:
        return this.mention(key);
      case 'last':
        return this.bare || this.mentioned.has(key) ? p.family : this.mention(key);
      case 'full':
        return p.full;
      case 'role':
        return p.role;
      case 'Role':
        return ucfirst(p.role);
      case 'he':
        return p.female ? 'she' : 'he';
      case 'his':
        return p.female ? 'her' : 'his';
      case 'him':
        return p.female ? 'her' : 'him';
      default:
        return `{${key}.${field}}`;
    }
  }

  private number(): string {
    const n = this.rng.int(2, 30);
    return n <= 9 ? SMALL[n - 2]! : String(n);
  }

  readonly resolve = (slot: string): string => {
    const { data, rng } = this;
    const t = data.topics;
    const dot = slot.indexOf('.');
    const head = dot < 0 ? slot : slot.slice(0, dot);
    const field = dot < 0 ? undefined : slot.slice(dot + 1);
    switch (head) {
      case 'A': case 'B': case 'C': case 'P': case 'Q': case 'O':
        return this.personSlot(head, field);
      case 'S':
        return this.personSlot(this.speaker, field);
      case 'SA':
        return this.stateSlot(this.swap ? this.SB : this.SA, field);
      case 'SB':
        return this.stateSlot(this.swap ? this.SA : this.SB, field);
      case 'SC':
        return this.stateSlot(this.SC, field);
      case 'Org':
        return polityName({ kind: 'org', org: this.org });
      case 'org':
        return this.org.short;
      case 'when':
        return this.whenOverride ?? this.when;
      case 'past':
        return pastPhrase(this.opts.day, this.opts.outlet.dates, rng);
      case 'since':
        return sincePhrase(this.opts.day, this.opts.outlet.dates, rng);
      case 'future':
        return futurePhrase(this.opts.day, rng);
      case 'city':
        return this.fixedSlot('city', () => (rng.chance(0.35) ? this.SB.capital : rng.pick(data.world.venues)));
      case 'forum':
        return this.fixedSlot('forum', () => this.fill(rng.pick(data.world.forums), { city: rng.pick(data.world.venues) }));
      case 'topic':
        return this.fixedSlot('topic', () => this.fill(rng.pick(t.topics)));
      case 'topic2':
        return this.fixedSlot('topic2', () => this.fill(rng.pick(t.topics)));
      case 'reason':
        return this.fixedSlot('reason', () => this.fill(rng.pick(t.reasons)));
      case 'sanctioned':
        return this.fixedSlot('sanctioned', () => this.fill(rng.pick(t.sanctioned)));
      case 'aid':
        return this.fixedSlot('aid', () => this.fill(rng.pick(t.aid)));
      case 'demand':
        return this.fixedSlot('demand', () => this.fill(rng.pick(t.demands)));
      case 'offer':
        return this.fixedSlot('offer', () => this.fill(rng.pick(t.offers)));
      case 'threat':
        return this.fixedSlot('threat', () => this.fill(rng.pick(t.threats)));
      case 'mobilize':
        return this.fixedSlot('mobilize', () => this.fill(rng.pick(t.mobilize)));
      case 'sea':
        return this.fixedSlot('sea', () => rng.pick(t.seas));
      case 'river':
        return this.fixedSlot('river', () => rng.pick(t.rivers));
      case 'phrase':
        return rng.pick(t.phrases);
      case 'praise':
        return rng.pick(t.praise);
      case 'unnamed':
        return this.fill(rng.pick(t.unnamed));
      case 'channel':
        return this.fill(rng.pick(t.channels));
      case 'agency':
        return this.agency();
      case 'n':
        return this.number();
      case 'amount':
        return rng.pick(t.amounts);
      case 'say':
        return rng.pick(data.quotes.verbs);
      case 'region':
        return this.SA.region;
      default:
        return `{${slot}}`;
    }
  };

  agency(): string {
    const own = this.opts.outlet.name.toLowerCase();
    for (;;) {
      const a = this.fill(this.rng.pick(this.data.outlets.agencies));
      if (!a.toLowerCase().replace(/^the /, '').startsWith(own.replace(/^the /, ''))) return a;
    }
  }

  /** Fill a template; `extra` gives values for slots of its own (quote frames: Q, Qc, ...). */
  private readonly used = new Set<string>();

  /** A template from `list` not used yet in this article; else one from `fallback`, if given. */
  fresh(list: readonly string[], fallback?: readonly string[]): string {
    let t = this.rng.pick(list);
    for (let i = 0; i < 6 && this.used.has(t); i++) t = this.rng.pick(list);
    if (this.used.has(t) && fallback) return this.fresh(fallback);
    this.used.add(t);
    return t;
  }

  fill(template: string, extra?: Record<string, string>): string {
    const resolve = extra ? (slot: string): string => extra[slot] ?? this.resolve(slot) : this.resolve;
    return fill(template, resolve, this.rng);
  }

  /** A finished sentence: filled, tidied, capitalised. */
  sentence(template: string, extra?: Record<string, string>): string {
    return ucfirst(tidy(this.fill(template, extra)));
  }

  /** Like sentence(), with people named by family name only and no mention tracking. */
  bareText(template: string, extra?: Record<string, string>): string {
    const was = this.bare;
    this.bare = true;
    const s = ucfirst(tidy(this.fill(template, extra)));
    this.bare = was;
    return s;
  }
}

const neutralCache = new WeakMap<BenchData, Map<Stance, string[]>>();

/** Quotes of a stance that do not name either side (for mediators and organizations). */
function neutralQuotes(data: BenchData, st: Stance): string[] {
  let m = neutralCache.get(data);
  if (!m) neutralCache.set(data, (m = new Map()));
  let list = m.get(st);
  if (!list) {
    const all = data.quotes.quotes[st];
    const n = all.filter((q) => !/\{S[ABC]/.test(q));
    list = n.length ? n : all;
    m.set(st, list);
  }
  return list;
}

function stanceFor(type: string, modality: Modality, rng: Rng): Stance {
  if (modality === 'hypothetical') return 'conditional';
  if (type === 'CONSULT') return modality === 'asserted' ? (rng.chance(0.6) ? 'positive' : 'reserved') : 'reserved';
  if (POSITIVE.has(type)) return 'positive';
  if (type === 'THREATEN' && rng.chance(0.4)) return 'conditional';
  return rng.chance(0.85) ? 'negative' : 'reserved';
}

function opposite(stance: Stance, rng: Rng): Stance {
  if (stance === 'positive') return rng.chance(0.5) ? 'positive' : 'reserved';
  if (stance === 'negative') return rng.chance(0.6) ? 'negative' : 'conditional';
  return rng.pick<Stance>(['reserved', 'negative', 'positive']);
}

/** Build one article. Uses only `rng` for randomness, so equal seeds give equal articles. */
export function composeArticle(data: BenchData, rng: Rng, opts: ComposeOpts): GenArticle {
  const story = new Story(data, rng, opts);
  const ev = data.events;
  const type = pickType(rng);
  const leadsByMod = ev.leads[type]!;
  const mods = (Object.keys(leadsByMod) as Modality[]).filter((m) => leadsByMod[m]?.length);
  const modality = rng.weighted(mods, mods.map((m) => MODALITY_WEIGHTS[m]));
  const stance = stanceFor(type, modality, rng);
  const isB = opts.format === 'B';
  const id = rng.hex(16);

  const title = story.bareText(rng.pick(ev.headlines[`${type}_${modality}`] ?? ev.headlines[type]!));

  const blocks: GenBlock[] = [];
  const para = (text: string, quote = false, label: GenBlock['label'] = null): GenBlock => ({ kind: 'p', text, label, quote });
  const details = (): string => story.sentence(story.fresh(ev.details[type] ?? ev.details['any']!, ev.details['any']));
  // Third parties speak in general terms: no quotes that name the two sides.
  const neutral = (st: Stance): string[] => neutralQuotes(data, st);

  const quoteText = (key: string, st: Stance): GenBlock[] => {
    story.speaker = key;
    story.swap = key === 'B' || key === 'Q';
    try {
      const q = story.sentence(story.fresh(key === 'C' || key === 'O' ? neutral(st) : data.quotes.quotes[st]));
      if (isB && rng.chance(0.3)) {
        // Style B: the speaker in one paragraph, then a labelled "Quote:" paragraph.
        const intro = story.sentence(rng.pick(data.quotes.label_intros));
        return [para(intro), { kind: 'p', text: `\u201c${q}\u201d`, label: 'Quote', quote: true }];
      }
      const parts = q.split(/(?<=[.!?])\s+(?=[A-Z\u201c\u2018])/);
      const phrases = st === 'positive' ? data.topics.praise : st === 'negative' ? data.topics.phrases : rng.pick([data.topics.praise, data.topics.phrases]);
      const extra = {
        Q: q,
        Qc: q.replace(/\.$/, ','),
        Q1c: parts[0]!.replace(/\.$/, ','),
        Q2: parts.slice(1).join(' '),
        P: rng.pick(phrases),
      };
      const r = rng.next();
      const frames = r < 0.12 ? data.quotes.frames.partial : parts.length > 1 && r < 0.45 ? data.quotes.frames.split : data.quotes.frames.single;
      return [para(story.sentence(rng.pick(frames), extra), true)];
    } finally {
      story.swap = false;
    }
  };
  const unnamedQuote = (): GenBlock => {
    const q = story.sentence(rng.pick(data.quotes.quotes[rng.pick<Stance>(['reserved', 'negative', 'positive'])]));
    const extra = { Q: q, Qc: q.replace(/\.$/, ','), U: story.fill(rng.pick(data.topics.unnamed)) };
    return para(story.sentence(rng.pick(data.quotes.unnamed_frames), extra), true);
  };
  const background = (): string => {
    const t = pickType(rng);
    const asserted = ev.leads[t]!.asserted ?? ev.leads['CONSULT']!.asserted!;
    story.whenOverride = pastPhrase(opts.day, opts.outlet.dates, rng);
    const s = story.sentence(story.fresh(asserted));
    story.whenOverride = null;
    return s;
  };

  // Length: a word target and a paragraph target drawn separately, so that short articles
  // with long paragraphs and long ones with short paragraphs both occur.
  const target = rng.int(MIN_WORDS + 20, MAX_WORDS - 40);
  const wantBullets = isB ? rng.chance(0.75) : opts.format === 'A' ? false : rng.chance(0.3);
  const nBullets = wantBullets ? rng.int(2, 5) : 0;
  const wantCloser = rng.chance(0.6);
  const cap = MAX_BLOCKS - nBullets - (wantCloser ? 1 : 0);
  const paraTarget = Math.min(MAX_BLOCKS, Math.max(MIN_BLOCKS, Math.round(target / rng.int(22, 50))));
  const mainTarget = Math.min(cap - 1, Math.max(MIN_BLOCKS, paraTarget - nBullets - (wantCloser ? 1 : 0)));
  const perPara = (target - nBullets * 28 - (wantCloser ? 12 : 0)) / mainTarget;
  const counted = new WeakMap<GenBlock, { text: string; n: number }>();
  const blockWords = (b: GenBlock): number => {
    const c = counted.get(b);
    if (c && c.text === b.text) return c.n;
    const n = countWords(b.text);
    counted.set(b, { text: b.text, n });
    return n;
  };
  const words = (): number => blocks.reduce((n, b) => n + blockWords(b), 0);
  const topUp = [ev.context, ev.mediation, ev.context, ev.reactions, ev.reports];
  let total = 0;
  /**
   * Append blocks, then lengthen the last plain paragraph while the text is behind its word
   * schedule. Text is only ever added at the end, so people are introduced before they are
   * referred to by a short name.
   */
  const add = (bs: GenBlock[]): void => {
    for (const b of bs) {
      blocks.push(b);
      total += blockWords(b);
    }
    const last = blocks[blocks.length - 1]!;
    if (blocks.length < 2 || last.quote || last.label === 'Quote') return;
    for (let g = 0; g < 4 && total < perPara * blocks.length && blockWords(last) < 80; g++) {
      const saved = story.saveMentions();
      const sentence = story.sentence(story.fresh(rng.pick(topUp), ev.context));
      const n = countWords(sentence);
      if (total + n > MAX_WORDS - 40) {
        story.restoreMentions(saved);
        break;
      }
      const before = blockWords(last);
      last.text += ' ' + sentence;
      counted.set(last, { text: last.text, n: before + n });
      total += n;
    }
  };

  // Core: lead, detail, quote, report or reaction.
  let lead = story.sentence(rng.pick(leadsByMod[modality]!));
  if (!isB && rng.chance(0.3)) lead += ' ' + details();
  add([para(lead)]);
  add([para(rng.chance(0.5) ? `${details()} ${details()}` : details(), false, isB ? 'Details' : null)]);
  add(quoteText(rng.chance(0.5) ? 'P' : 'A', stance));
  add([para(story.sentence(story.fresh(rng.chance(0.5) ? ev.reports : ev.reactions)))]);

  const optional: (() => GenBlock[])[] = [
    () => [para(story.sentence(story.fresh(ev.reports)) + (rng.chance(0.4) ? ' ' + story.sentence(story.fresh(ev.reactions)) : ''))],
    () => [para(story.sentence(story.fresh(ev.reactions)))],
    () => quoteText(rng.chance(0.6) ? 'B' : 'Q', opposite(stance, rng)),
    () => quoteText(rng.chance(0.5) ? 'C' : 'O', rng.pick<Stance>(['reserved', 'positive', 'conditional'])),
    () => [para(story.sentence(story.fresh(ev.mediation)) + (rng.chance(0.5) ? ' ' + story.sentence(story.fresh(ev.context)) : ''))],
    () => [para(story.sentence(story.fresh(ev.context)) + ' ' + story.sentence(story.fresh(ev.context)))],
    () => [para(background() + (rng.chance(0.5) ? ' ' + story.sentence(story.fresh(ev.context)) : ''))],
    () => [unnamedQuote()],
    () => [para(details())],
  ];
  // A generator may return two blocks (Style B speaker + "Quote:"), hence the room of one under `cap`.
  for (let guard = 0; blocks.length < mainTarget && guard < 40; guard++) add(rng.pick(optional)());
  if (wantCloser) add([para(story.sentence(story.fresh(ev.closers)))]);
  for (let i = 0; i < nBullets; i++) {
    const text = i % 3 === 2 ? story.sentence(story.fresh(ev.reports)) : background();
    add([{ kind: 'li', text, label: 'Background', quote: false }]);
  }
  // Enforce the bounds. Context sentences name no people, so adding them late keeps mentions in order.
  for (let guard = 0; words() < MIN_WORDS && guard < 50; guard++) {
    const last = [...blocks].reverse().find((b) => b.kind === 'p' && !b.quote && b.label !== 'Quote');
    if (last) last.text += ' ' + story.sentence(story.fresh(ev.context));
    else blocks.push(para(story.sentence(story.fresh(ev.context))));
  }
  while (words() > MAX_WORDS && blocks.length > MIN_BLOCKS) {
    const i = blocks.length - 1;
    if (blocks[i]!.label === 'Quote' && blocks[i - 1]) blocks.splice(i - 1, 2);
    else blocks.splice(i, 1);
  }

  const style = opts.outlet.quotes;
  for (const b of blocks) b.text = applyQuoteStyle(b.text, style);

  // Metadata.
  const outlet = opts.outlet;
  const authorCount = isB ? (rng.chance(0.9) ? 1 : 2) : opts.format === 'A' ? rng.weighted([0, 1, 2], [4, 5, 1]) : rng.weighted([0, 1, 2], [15, 70, 15]);
  const outletCulture = data.stateByCode.get(outlet.country)?.culture ?? data.names.fallback;
  const authors: string[] = [];
  for (let i = 0; i < authorCount; i++) authors.push(makeName(data, outletCulture, rng).full);
  const t = ymd(opts.day);
  const tzHour = rng.int(6, 22);
  const published: Moment = { day: opts.day, hh: tzHour, mm: rng.int(0, 59), tz: outlet.tz };
  const section = isB && rng.chance(0.6) ? outlet.sections[0]! : rng.pick(outlet.sections);
  const slug = slugify(title, 8);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const url = outlet.url
    .replace('{domain}', outlet.domain)
    .replace('{yyyy}', String(t.y)).replace('{mm}', p2(t.m)).replace('{dd}', p2(t.d))
    .replace('{slug}', slug)
    .replace('{num}', String(rng.int(10_000, 9_999_999)))
    .replace('{hex}', rng.hex(8))
    .replace('{section}', slugify(section, 3));

  let caption: string | null = null;
  let credit: string | null = null;
  if (rng.chance(isB ? 0.85 : 0.8)) {
    caption = applyQuoteStyle(story.bareText(rng.pick(ev.captions)), style);
    const photographer = makeName(data, rng.pick(cultureIds(data)), rng).full;
    const agency = rng.pick(data.outlets.photo);
    if (isB) {
      credit = story.bareText(rng.pick(data.outlets.credits_b), { photographer, agency, head: story.SA.headTitle });
    } else credit = rng.chance(0.7) && agency !== 'Pool' ? `${photographer} / ${agency}` : agency;
  }
  let sourcesCited: string[] = [];
  if (isB && rng.chance(0.85)) {
    const src = story.bareText(rng.pick(data.outlets.sources_b), { head: story.SA.headTitle });
    sourcesCited = src.split('; ').map((s) => s.trim()).filter(Boolean);
  }

  let related: GenArticle['related'] = null;
  if (opts.format === 'A' && rng.chance(0.65)) {
    const t2 = pickType(rng);
    related = { title: applyQuoteStyle(story.bareText(rng.pick(ev.headlines[t2]!)), style), after: rng.int(2, Math.max(2, blocks.length - 2)) };
  }

  const more: string[] = [];
  if (opts.format === 'html') {
    for (let i = 0; i < 3; i++) {
      const t3 = pickType(rng);
      more.push(applyQuoteStyle(story.bareText(rng.pick(ev.headlines[t3]!)), style));
    }
  }

  const first = blocks[0]!.text.replace(/[\uE000\uE001]/g, '');
  const summary = (first.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? first).trim();
  const tags = ['diplomacy', type.toLowerCase(), story.SA.name, story.SB.name];

  return {
    index: opts.index,
    id,
    type,
    modality,
    title: applyQuoteStyle(title, style),
    outlet,
    section,
    url,
    published,
    authors,
    caption,
    credit,
    sourcesCited,
    blocks,
    related,
    more,
    summary,
    tags,
    quoteStyle: style,
    words: blocks.reduce((n, b) => n + countWords(b.text), 0),
    states: [story.SA.code, story.SB.code],
    people: story.mentionedPeople(blocks.map((b) => b.text).join('\n')),
  };
}

/** Lower-case ASCII slug of at most `maxWords` words. */
export function slugify(s: string, maxWords: number): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, maxWords)
    .join('-');
}

/** Link marks removed: plain text of a generated string. */
export function plain(s: string): string {
  return s.replace(new RegExp(`[${LINK_OPEN}${LINK_CLOSE}]`, 'g'), '');
}
