/**
 * Composes one invented diplomacy article (format-neutral) from the template data:
 * a main event between two states' officials, follow-up detail, quotes, what other outlets
 * reported, reactions, mediation, background, and metadata (title, date, outlet, authors).
 */
import type { BenchData, Modality, Stance } from './data.js';
import { type Moment, pastPhrase, ymd } from './dates.js';
import { cultureIds, makeName } from './people.js';
import type { Rng } from './prng.js';
import { Story } from './story.js';
import { applyQuoteStyle, countWords, slugify } from './text.js';
import {
  type ComposeOpts,
  type GenArticle,
  type GenBlock,
  MAX_BLOCKS,
  MAX_WORDS,
  MIN_BLOCKS,
  MIN_WORDS,
} from './types.js';

export * from './types.js';
export { applyQuoteStyle, countWords, plain, slugify } from './text.js';

const TYPE_WEIGHTS: [string, number][] = [
  ['CONSULT', 30], ['ACCUSE', 10], ['SANCTION', 9], ['AGREE', 8], ['THREATEN', 7], ['AID', 7],
  ['REQUEST', 7], ['REJECT', 6], ['SUPPORT', 5], ['COOPERATE', 3], ['RETREAT', 3], ['MOBILIZE', 2],
  ['COERCE', 2], ['PROTEST', 1],
];
const MODALITY_WEIGHTS: Record<Modality, number> = { asserted: 70, intended: 15, negated: 10, hypothetical: 5 };
const POSITIVE = new Set(['AGREE', 'AID', 'SUPPORT', 'COOPERATE', 'RETREAT']);

const TYPES = TYPE_WEIGHTS.map((t) => t[0]);
const TYPE_W = TYPE_WEIGHTS.map((t) => t[1]);
const pickType = (rng: Rng): string => rng.weighted(TYPES, TYPE_W);

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
