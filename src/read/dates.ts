/**
 * Normalising publication dates found in article metadata (feeds, meta tags, JSON fields).
 *
 * Output is `YYYY-MM-DD` when the source gives only a day, or a time without a zone, and
 * `YYYY-MM-DDTHH:MM:SS+HH:MM` when it gives a time together with a zone (the wall-clock time and
 * offset as written; `Z`/`GMT`/`UTC` become `+00:00`). Nothing is ever filled in: a string
 * without a year, or with an ambiguous day/month order, gives null.
 */
import * as chrono from 'chrono-node';

/** English day names, Monday first (as the ISO week). */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** English month names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Month number (1-12) for an English month name or its abbreviation ("Sep", "Sept.", "sept"); null if not a month. */
export function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  for (let i = 0; i < MONTH_NAMES.length; i++) {
    const full = MONTH_NAMES[i]!.toLowerCase();
    if (full === n || (full.startsWith(n) && (n.length === 3 || n === 'sept'))) return i + 1;
  }
  return null;
}

/** Number of days in a month of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Zone abbreviations commonly printed in news metadata, with their offsets in minutes.
 * Ambiguous ones (IST, CST-China, BST-Bangladesh...) use the reading usual in English news.
 */
const ZONES: Record<string, number> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, WET: 0,
  BST: 60, IST: 330, CET: 60, WAT: 60, CEST: 120, EET: 120, CAT: 120, SAST: 120, EEST: 180,
  MSK: 180, EAT: 180, TRT: 180, AST: -240, ADT: -180, EST: -300, EDT: -240, CST: -360, CDT: -300,
  MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  PKT: 300, JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, AEST: 600, AEDT: 660,
  NZST: 720, NZDT: 780,
};

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fmtDate(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

function fmtOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Full ISO datetime when both time and zone are known, else just the date. */
function fmt(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, offset?: number | null): string | null {
  const day = fmtDate(y, mo, d);
  if (!day) return null;
  if (h === undefined || offset === undefined || offset === null) return day;
  if (h > 24 || (mi ?? 0) > 59 || (s ?? 0) > 60 || Math.abs(offset) > 14 * 60) return day;
  return `${day}T${pad(h)}:${pad(mi ?? 0)}:${pad(Math.min(s ?? 0, 59))}${fmtOffset(offset)}`;
}

/** Offset in minutes of a written zone: `Z`, `+03:00`, `+0300`, `+03`, `GMT+3`, `UTC-05:30`, `EST`...; undefined if none/unknown. */
export function parseZone(z: string | undefined): number | undefined {
  if (!z) return undefined;
  const t = z.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (!t) return undefined;
  const m = /^(?:(?:GMT|UTC|UT)\s*)?([+-\u2212])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (m) {
    const sign = m[1] === '+' ? 1 : -1;
    const h = Number(m[2]);
    const mi = Number(m[3] ?? 0);
    if (h > 14 || mi > 59) return undefined;
    return sign * (h * 60 + mi);
  }
  const abbr = ZONES[t.toUpperCase()];
  return abbr;
}

/** 12-hour clock to 24-hour. */
function to24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = /^p/i.test(ampm);
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-\u2212]\d{2}(?::?\d{2})?|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5})?)?$/i;
const ISO_BASIC_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DMY_NUM_RE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[,\s]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/;
const TIME_PART =
  String.raw`(?:[,\s]+(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*((?:GMT|UTC|UT)(?:\s*[+-\u2212]\d{1,2}(?::?\d{2})?)?|[+-\u2212]\d{2}:?\d{2}|\(?[A-Z]{2,5}\)?)?)?`;
const DAYNAME = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
/** 12 November 2025 / 12 Nov. 2025 / Wed, 12 Nov 2025 14:02:00 +0300 (RFC 2822) */
const DMY_TEXT_RE = new RegExp(String.raw`^${DAYNAME}(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]{3,9}\.?),?\s+(\d{4})${TIME_PART}$`, 'i');
/** November 12, 2025 / Nov. 12 2025, 10:30 AM EST */
const MDY_TEXT_RE = new RegExp(String.raw`^${DAYNAME}([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_PART}$`, 'i');

function fromTextParts(y: string, mo: number | null, d: string, time: (string | undefined)[]): string | null {
  if (!mo) return null;
  const [h, mi, s, ampm, zone] = time;
  if (h === undefined) return fmt(Number(y), mo, Number(d));
  const off = parseZone(zone);
  return fmt(Number(y), mo, Number(d), to24(Number(h), ampm), Number(mi), s === undefined ? 0 : Number(s), off);
}

function fromUnix(n: number): string | null {
  const ms = n >= 1e11 ? n : n * 1000;
  const dt = new Date(ms);
  if (Number.isNaN(dt.getTime())) return null;
  return fmt(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds(), 0);
}

/** chrono-node parsers tried in turn: English first, then the other languages chrono knows. */
const CHRONOS: chrono.Chrono[] = [chrono.en.casual, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.uk, chrono.sv, chrono.fi]
  .map((c) => (c as { casual?: chrono.Chrono }).casual ?? (c as unknown as chrono.Chrono))
  .filter((c): c is chrono.Chrono => typeof c?.parse === 'function');

/** Last resort: chrono-node, accepted only when the text itself carries a four-digit year and the day is certain. */
function viaChrono(s: string): string | null {
  // Metadata dates are short; a sentence that merely contains a year is not one.
  if (s.length > 80 || !/(^|\D)(1[89]|2[01])\d{2}(\D|$)/.test(s)) return null;
  for (const c of CHRONOS) {
    const r = c.parse(s, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })[0];
    if (!r) continue;
    const st = r.start;
    if (!/\d{4}/.test(r.text) || !st.isCertain('year') || !st.isCertain('month') || !st.isCertain('day')) continue;
    const y = st.get('year');
    const mo = st.get('month');
    const d = st.get('day');
    if (y === null || mo === null || d === null) continue;
    if (st.isCertain('hour') && st.isCertain('timezoneOffset')) {
      return fmt(y, mo, d, st.get('hour') ?? 0, st.get('minute') ?? 0, st.get('second') ?? 0, st.get('timezoneOffset'));
    }
    return fmt(y, mo, d);
  }
  return null;
}

/**
 * Normalise a date as found in metadata to `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS+HH:MM`.
 * Accepts ISO 8601 (extended and basic), RFC 2822, "November 12, 2025", "12 November 2025",
 * "2025/11/12", "12.11.2025" (day first), "12/11/2025" only when the order is unambiguous,
 * and unix timestamps in seconds or milliseconds (which are UTC instants, so they keep `+00:00`).
 * Returns null for anything it cannot read with certainty.
 */
export function normaliseDate(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) && input > 0 ? fromUnix(input) : null;
  const s = input.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^(?:published|posted|updated|last updated|date|first published)(?:\s+on)?\s*:?\s*/i, '');
  if (!s) return null;

  if (/^\d{9,10}(\.\d+)?$/.test(s) || /^\d{12,13}$/.test(s)) return fromUnix(Number(s));

  let m = ISO_RE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (h === undefined) return fmt(Number(y), Number(mo), Number(d));
    return fmt(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec ?? 0), parseZone(zone));
  }
  m = ISO_BASIC_RE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (h === undefined) return fmt(Number(y), Number(mo), Number(d));
    return fmt(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec ?? 0), parseZone(zone));
  }
  m = SLASH_YMD_RE.exec(s);
  if (m) return fmt(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_NUM_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // Dotted and dashed numeric dates are day-first; slashes are day-first only when the month cannot be first.
    if (m[2] !== '/') return fmt(y, b, a);
    if (a > 12 && b <= 12) return fmt(y, b, a);
    if (b > 12 && a <= 12) return fmt(y, a, b);
    if (a === b) return fmt(y, a, b);
    return null;
  }
  m = DMY_TEXT_RE.exec(s);
  if (m) return fromTextParts(m[3]!, monthNumber(m[2]!), m[1]!, m.slice(4));
  m = MDY_TEXT_RE.exec(s);
  if (m) return fromTextParts(m[3]!, monthNumber(m[1]!), m[2]!, m.slice(4));
  // chrono is slow to try: only short strings with a written year reach it
  if (s.length > 60 || !/(^|\D)(19|20)\d\d(\D|$)/.test(s)) return null;
  return viaChrono(s);
}

/** The day part (`YYYY-MM-DD`) of a normalised date. */
export function dayOf(normalised: string): string {
  return normalised.slice(0, 10);
}

/**
 * Choose the best of several candidate dates (already in priority order): the first that
 * normalises, upgraded to a later candidate's full datetime when that one falls on the same day.
 */
export function bestDate(candidates: Iterable<unknown>): string | null {
  let best: string | null = null;
  for (const c of candidates) {
    if (typeof c !== 'string' && typeof c !== 'number') continue;
    const d = normaliseDate(c);
    if (!d) continue;
    if (!best) best = d;
    else if (best.length === 10 && d.length > 10 && dayOf(d) === best) best = d;
    if (best.length > 10) break;
  }
  return best;
}
