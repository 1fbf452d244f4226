/**
 * Event dates: date expressions in a sentence resolved against the publication date, tense-aware
 * ("in January" in a November article is the past January when the verb is past, the next one when
 * it is future), with vague expressions as ranges ("early this year", "last month", "in recent
 * months", "earlier this week") and a precision. Without a publication date only absolute dates
 * (with a year) are used.
 */
import * as chrono from 'chrono-node';
import type { DateRange, DatePrecision } from '../../export/records.js';

export interface DateExpr {
  start: number;
  end: number;
  range: DateRange;
}

export type Tense = 'past' | 'future';

/** English month names, lower case, January first. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, n: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

function monthRange(y: number, m: number): DateRange {
  while (m < 1) { m += 12; y--; }
  while (m > 12) { m -= 12; y++; }
  return { start: ymd(y, m, 1), end: ymd(y, m, daysIn(y, m)), precision: 'month' };
}

function weekOf(iso: string, offsetWeeks: number): DateRange {
  const d = new Date(iso + 'T00:00:00Z');
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(iso, -dow + offsetWeeks * 7);
  return { start: monday, end: addDays(monday, 6), precision: 'week' };
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  return i + 1;
}

/** Year for a month (and day) given without one: the last occurrence before publication for past events, the next one for future. */
function yearFor(pub: string, month: number, day: number, tense: Tense): number {
  const py = Number(pub.slice(0, 4));
  const candidate = ymd(py, month, Math.min(day, daysIn(py, month)));
  if (tense === 'past') return candidate <= pub ? py : py - 1;
  // a planned event dated a few weeks back is a recent date, not next year's ("began discussing on September 26")
  if (candidate < pub.slice(0, 10) && addDays(candidate, 45) >= pub.slice(0, 10)) return py;
  return candidate >= pub.slice(0, 10) ? py : py + 1;
}

/**
 * Groups of words looked for in the lower-cased sentence: a date rule or a chrono parser is tried
 * only when the sentence holds a word of each group that every match of it holds (anywhere, even
 * inside another word). Case-insensitive patterns match an ASCII letter only in either case, which
 * lower-casing keeps. Besides the words: digit, dayNumber (also any digit), digitSeparatorDigit
 * (/[0-9][/.-][0-9]/) and fourDigitsSeparator (/[0-9]{4}[-./\s]/).
 */
const GROUP_WORDS = {
  digit: [],
  month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  weekday: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'week'],
  casual: ['now', 'today', 'morrow', 'tmr', 'yesterday', 'night', 'morning', 'evening', 'midday', 'noon'],
  year: ['year'],
  weekMonthYear: ['week', 'month', 'year'],
  weeksMonthsYears: ['weeks', 'months', 'years'],
  daysWeeksMonths: ['days', 'weeks', 'months'],
  monthWord: ['month'],
  this: ['this'],
  relative: ['this', 'last', 'past', 'next'],
  season: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  ago: ['ago', 'before', 'earlier'],
  // a day of the month: a number or an ordinal word ("first" ... "thirtieth", "twenty-first")
  dayNumber: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'twentieth', 'thirtieth'],
  digitSeparatorDigit: [],
  fourDigitsSeparator: [],
} satisfies Record<string, string[]>;
type WordGroup = keyof typeof GROUP_WORDS;

const GROUP_BIT = Object.fromEntries(Object.keys(GROUP_WORDS).map((g, i) => [g, 1 << i])) as Record<WordGroup, number>;
const groupBits = (groups: WordGroup[]): number => groups.reduce((m, g) => m | GROUP_BIT[g], 0);

/** The words (all of letters a-z) by their first two letters, each with the bits of the groups holding it. */
const WORDS_BY_PAIR: [string, number][][] = [];
for (const [g, words] of Object.entries(GROUP_WORDS) as [WordGroup, string[]][]) {
  for (const w of words) {
    const list = (WORDS_BY_PAIR[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] ??= []);
    const entry = list.find((e) => e[0] === w);
    if (entry) entry[1] |= GROUP_BIT[g];
    else list.push([w, GROUP_BIT[g]]);
  }
}
const WHITESPACE = /\s/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** The bits of the word groups the lower-cased text holds, in one pass over it. */
function wordGroups(lc: string): number {
  let f = 0;
  const n = lc.length;
  for (let i = 0; i < n; i++) {
    const c = lc.charCodeAt(i);
    if (isDigit(c)) {
      f |= GROUP_BIT.digit | GROUP_BIT.dayNumber;
      const c1 = lc.charCodeAt(i + 1);
      // "/", ".", "-"
      if ((c1 === 47 || c1 === 46 || c1 === 45) && isDigit(lc.charCodeAt(i + 2))) f |= GROUP_BIT.digitSeparatorDigit;
      if (isDigit(c1) && isDigit(lc.charCodeAt(i + 2)) && isDigit(lc.charCodeAt(i + 3)) && i + 4 < n) {
        const c4 = lc.charCodeAt(i + 4);
        if (c4 === 45 || c4 === 46 || c4 === 47 || WHITESPACE.test(lc[i + 4]!)) f |= GROUP_BIT.fourDigitsSeparator;
      }
      continue;
    }
    if (!isLetter(c)) continue;
    const c1 = lc.charCodeAt(i + 1);
    if (!isLetter(c1)) continue;
    const words = WORDS_BY_PAIR[(c - 97) * 26 + c1 - 97];
    if (!words) continue;
    for (const [w, bits] of words) if ((f & bits) !== bits && lc.startsWith(w, i)) f |= bits;
  }
  return f;
}

interface Rule {
  re: RegExp;
  /** Words one of which every match holds: without them the rule is not tried. */
  needs: WordGroup;
  make: (m: RegExpExecArray, pub: string, tense: Tense) => DateRange | null;
}

/** Vague and relative expressions chrono does not give as ranges. */
const RULES: Rule[] = [
  {
    needs: 'year',
    // "later in the year" is "later this year"
    re: /\b(early|earlier|mid|late|later) (this|last|next|in the) year\b/gi,
    make: (m, pub) => {
      const which = m[2]!.toLowerCase() === 'in the' ? 'this' : m[2]!.toLowerCase();
      const y = Number(pub.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      const part = m[1]!.toLowerCase();
      if (part === 'earlier' && which === 'this') return { start: ymd(y, 1, 1), end: pub.slice(0, 10), precision: 'year' };
      if (part === 'later' && which === 'this') return { start: pub.slice(0, 10), end: ymd(y, 12, 31), precision: 'year' };
      if (part === 'early') return { start: ymd(y, 1, 1), end: ymd(y, 4, 30), precision: 'quarter' };
      if (part === 'mid') return { start: ymd(y, 5, 1), end: ymd(y, 8, 31), precision: 'quarter' };
      return { start: ymd(y, 9, 1), end: ymd(y, 12, 31), precision: 'quarter' };
    },
  },
  {
    needs: 'weekMonthYear',
    re: /\b(this|last|next|previous|past) (week|month|year)\b/gi,
    make: (m, pub) => {
      const which = m[1]!.toLowerCase();
      const off = which === 'last' || which === 'previous' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
      const unit = m[2]!.toLowerCase();
      const y = Number(pub.slice(0, 4));
      const mo = Number(pub.slice(5, 7));
      if (unit === 'week') return weekOf(pub.slice(0, 10), off);
      if (unit === 'month') return monthRange(y, mo + off);
      return { start: ymd(y + off, 1, 1), end: ymd(y + off, 12, 31), precision: 'year' };
    },
  },
  {
    needs: 'this',
    re: /\b(earlier|later) this (week|month)\b/gi,
    make: (m, pub) => {
      const r = m[2]!.toLowerCase() === 'week' ? weekOf(pub.slice(0, 10), 0) : monthRange(Number(pub.slice(0, 4)), Number(pub.slice(5, 7)));
      return m[1]!.toLowerCase() === 'earlier' ? { ...r, end: pub.slice(0, 10) } : { ...r, start: pub.slice(0, 10) };
    },
  },
  {
    needs: 'weeksMonthsYears',
    re: /\b(?:in|over|during) (?:the )?(recent|past|last|coming|next) (?:few |several |two |three )?(weeks|months|years)\b/gi,
    make: (m, pub) => {
      const unit = m[2]!.toLowerCase();
      const future = ['coming', 'next'].includes(m[1]!.toLowerCase());
      const span = unit === 'weeks' ? 21 : unit === 'months' ? 91 : 730;
      const p = pub.slice(0, 10);
      const precision: DatePrecision = unit === 'weeks' ? 'week' : unit === 'months' ? 'month' : 'year';
      return future ? { start: p, end: addDays(p, span), precision } : { start: addDays(p, -span), end: p, precision };
    },
  },
  {
    needs: 'month',
    re: new RegExp(`\\b(early|mid|late|the (?:beginning|start|middle|end) of)[ -](${MONTH_RE})\\.?(?: (\\d{4}))?\\b`, 'gi'),
    make: (m, pub, tense) => {
      const mo = monthIndex(m[2]!);
      const y = m[3] ? Number(m[3]) : yearFor(pub, mo, 1, tense);
      return monthRange(y, mo);
    },
  },
  {
    needs: 'season',
    re: /\b(last|this|next|early|late|in the) (spring|summer|autumn|fall|winter)\b/gi,
    make: (m, pub, tense) => {
      const which = m[1]!.toLowerCase();
      const season = m[2]!.toLowerCase();
      const startMonth = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[season as 'spring'];
      let y = Number(pub.slice(0, 4));
      const pubMonth = Number(pub.slice(5, 7));
      if (which === 'last') y -= startMonth <= pubMonth - 3 ? 0 : 1;
      else if (which === 'next') y += startMonth > pubMonth ? 0 : 1;
      else if (tense === 'past' && startMonth > pubMonth) y -= 1;
      const endY = startMonth === 12 ? y + 1 : y;
      const endM = startMonth === 12 ? 2 : startMonth + 2;
      return { start: ymd(y, startMonth, 1), end: ymd(endY, endM, daysIn(endY, endM)), precision: 'quarter' };
    },
  },
  {
    needs: 'daysWeeksMonths',
    re: /\b(?:within|in the next|over the next) (?:the next )?(a|one|two|three|four|five|six|\d+) (days|weeks|months)\b/gi,
    make: (m, pub) => {
      const n = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 }[m[1]!.toLowerCase() as 'a'] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      const days = unit === 'days' ? n : unit === 'weeks' ? n * 7 : n * 30;
      const p = pub.slice(0, 10);
      return { start: p, end: addDays(p, days), precision: unit === 'days' ? 'day' : unit === 'weeks' ? 'week' : 'month' };
    },
  },
  {
    needs: 'digit',
    re: /\b(?:in|since|during|by|throughout) (\d{4})\b/gi,
    make: (m) => {
      const y = Number(m[1]);
      return y > 1900 && y < 2100 ? { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year' } : null;
    },
  },
];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const chronoParser = chrono.casual.clone();

/**
 * The word groups every match of a chrono parser's pattern holds a word of, each (read off the
 * patterns of chrono-node 2.10.3's casual English configuration), or null (always tried). A parser
 * without them finds nothing, so leaving it out changes no result: chrono runs each parser on its
 * own over the whole text, then the refiners over all results.
 */
const PARSER_NEEDS: Record<string, WordGroup[] | null> = {
  // 2024-05-06, 2024 May 6
  ENYearMonthDayParser: ['fourDigitsSeparator'],
  ISOFormatParser: ['digitSeparatorDigit'],
  // 5/6, 5.6.2024, 5-6
  SlashDateFormatParser: ['digitSeparatorDigit'],
  // 5/2024
  ENSlashMonthFormatParser: ['digitSeparatorDigit'],
  ENTimeExpressionParser: ['digit'],
  // 2024 May
  ENYearMonthNameParser: ['digit', 'month'],
  // 6 May, the sixth of May; May 6
  ENMonthNameLittleEndianParser: ['month', 'dayNumber'],
  ENMonthNameMiddleEndianParser: ['month', 'dayNumber'],
  ENMonthNameParser: ['month'],
  ENWeekdayParser: ['weekday'],
  ENCasualDateParser: ['casual'],
  ENCasualTimeParser: ['casual'],
  ENEndOfCurrentMonthParser: ['monthWord'],
  ENRelativeDateFormatParser: ['relative'],
  ENTimeUnitAgoFormatParser: ['ago'],
  // "-", "in", "out": nearly every sentence
  ENTimeUnitLaterFormatParser: null,
  ENTimeUnitCasualRelativeFormatParser: null,
  ENTimeUnitWithinFormatParser: null,
};

/**
 * The chrono code PARSER_NEEDS was read from (its parsers' patterns and code, its refiners' code):
 * with another chrono version every parser runs on every sentence, as before.
 */
const CHRONO_READ = '78036b87e9aa2ca0';

function methodSources(o: object): string {
  let s = o.constructor.name;
  for (let proto = Object.getPrototypeOf(o); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const k of Object.getOwnPropertyNames(proto)) {
      const v = (proto as Record<string, unknown>)[k];
      if (typeof v === 'function') s += '\n' + String(v);
    }
  }
  return s;
}

function chronoDigest(c: chrono.Chrono): string {
  const context = new chrono.ParsingContext('', new Date(0));
  let text = '';
  for (const p of c.parsers) text += methodSources(p) + '\n' + p.pattern(context).source + '/' + p.pattern(context).flags + '\n';
  for (const r of c.refiners) text += methodSources(r) + '\n';
  // two 32-bit FNV-1a hashes (different offsets)
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193) + i;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const parserNeeds = chronoParser.parsers.map((p) => PARSER_NEEDS[p.constructor.name]);
const parserNeedBits = parserNeeds.map((g) => groupBits(g ?? []));
const canSkipParsers = parserNeeds.every((g) => g !== undefined) && chronoDigest(chronoParser) === CHRONO_READ;
/** chrono with some of its parsers, by the mask of those run (a few dozen masks occur). */
const chronoSubsets = new Map<number, chrono.Chrono>();

/** The parsers worth running on `text`: a parser without its words finds nothing. */
function parserMask(groups: number): number {
  let mask = 0;
  for (let i = 0; i < parserNeeds.length; i++) {
    const need = parserNeedBits[i]!;
    if ((groups & need) === need) mask |= 1 << i;
  }
  return mask;
}

/** chrono's casual parse of `text` with the parsers of `mask` (the same results as with all of them). */
function chronoParse(text: string, mask: number, ref: Date): chrono.ParsedResult[] {
  if (!canSkipParsers) return chronoParser.parse(text, ref);
  let c = chronoSubsets.get(mask);
  if (!c) {
    c = new chrono.Chrono({ parsers: chronoParser.parsers.filter((_, i) => mask & (1 << i)), refiners: chronoParser.refiners });
    chronoSubsets.set(mask, c);
  }
  return c.parse(text, ref);
}
const MAY_HAVE_DATE = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|week|month|year|noon|midnight|morning|evening|weekend)/i;

let lastPub = '';
let lastNoon = NaN;

/** The time of noon UTC on a publication day (the last one asked is kept: the sentences of an article share it). */
function noonOf(pub: string): number {
  if (pub !== lastPub) {
    lastNoon = new Date(pub + 'T12:00:00Z').getTime();
    lastPub = pub;
  }
  return lastNoon;
}

/** All date expressions in `text` (a sentence starting at body offset `offset`). */
export function findDates(text: string, offset: number, published: string | null, tense: Tense): DateExpr[] {
  const out: DateExpr[] = [];
  const pub = published ? published.slice(0, 10) : null;
  const groups = wordGroups(text.toLowerCase());
  if (pub) {
    for (const rule of RULES) {
      if (!(groups & GROUP_BIT[rule.needs])) continue;
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(text))) {
        const range = rule.make(m, pub, tense);
        if (range) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, range });
      }
    }
  }
  // chrono is slow: only sentences that can hold a date expression go through it
  if (!MAY_HAVE_DATE.test(text)) return out.sort((a, b) => a.start - b.start);
  const mask = canSkipParsers ? parserMask(groups) : 0;
  const ref = new Date(pub ? noonOf(pub) : Date.UTC(2000, 0, 1));
  for (const r of chronoParse(text, mask, ref)) {
    const span = { start: offset + r.index, end: offset + r.index + r.text.length };
    if (out.some((o) => overlaps(o, span))) continue;
    const range = chronoRange(r, pub, tense);
    if (range) out.push({ ...span, range });
  }
  return out.sort((a, b) => a.start - b.start);
}

function chronoRange(r: chrono.ParsedResult, pub: string | null, tense: Tense): DateRange | null {
  const s = r.start;
  const known = (c: chrono.Component): boolean => s.isCertain(c);
  const text = r.text.toLowerCase();
  // times of day alone ("at 10 a.m.") say nothing about the date
  if (!known('day') && !known('month') && !known('year') && !known('weekday') && !/\b(today|yesterday|tomorrow|tonight|ago|week|month|year)\b/.test(text)) return null;
  if (!pub && !known('year')) return null;
  if (known('year') && known('month') && known('day')) {
    const d = ymd(s.get('year')!, s.get('month')!, s.get('day')!);
    return { start: d, end: d, precision: 'day' };
  }
  if (known('month') && known('day')) {
    const mo = s.get('month')!;
    const day = s.get('day')!;
    const y = yearFor(pub!, mo, day, tense);
    const d = ymd(y, mo, day);
    return { start: d, end: d, precision: 'day' };
  }
  if (known('month')) {
    const mo = s.get('month')!;
    const y = known('year') ? s.get('year')! : yearFor(pub!, mo, 1, tense);
    return monthRange(y, mo);
  }
  if (known('year')) {
    const y = s.get('year')!;
    return { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year' };
  }
  if (known('weekday') && pub) {
    // "on Wednesday": the last such weekday on or before publication for past events, else the next one
    const want = s.get('weekday')!;
    const d = new Date(pub + 'T00:00:00Z');
    const dow = d.getUTCDay();
    let delta = tense === 'past' ? -((dow - want + 7) % 7) : (want - dow + 7) % 7;
    if (tense === 'future' && delta === 0) delta = 0;
    const iso = addDays(pub, delta);
    return { start: iso, end: iso, precision: 'day' };
  }
  if (pub) {
    // relative days ("yesterday", "two days ago")
    const iso = fromDate(s.date());
    return { start: iso, end: iso, precision: /week/.test(text) ? 'week' : /month/.test(text) ? 'month' : 'day' };
  }
  return null;
}

/** The publication date as an event date of day precision (when the text gives none). */
export function publicationDate(published: string | null): DateRange | null {
  if (!published) return null;
  const d = published.slice(0, 10);
  return { start: d, end: d, precision: 'day' };
}

const ORDER: DatePrecision[] = ['day', 'week', 'month', 'quarter', 'year'];

/** True when `a` is at least as precise as `b`. */
export function finer(a: DateRange, b: DateRange): boolean {
  return ORDER.indexOf(a.precision) <= ORDER.indexOf(b.precision);
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
