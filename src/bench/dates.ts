/** Calendar helpers for the generator: day arithmetic in UTC and the ways articles write dates. */
import type { Rng } from './prng.js';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A calendar day, counted as days since 1970-01-01 (UTC). */
export type Day = number;

const MS_DAY = 86_400_000;

export function dayOf(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS_DAY);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday */
  dow: number;
}

export function ymd(day: Day): Ymd {
  const dt = new Date(day * MS_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), dow: dt.getUTCDay() };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** `2025-08-27` */
export function isoDay(day: Day): string {
  const t = ymd(day);
  return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
}

/** A publication moment: a day plus a local time in the outlet's zone. */
export interface Moment {
  day: Day;
  hh: number;
  mm: number;
  /** UTC offset, `+03:00` */
  tz: string;
}

/** `2025-08-27T14:02:00+03:00` */
export function isoMoment(t: Moment): string {
  return `${isoDay(t.day)}T${p2(t.hh)}:${p2(t.mm)}:00${t.tz}`;
}

/** Offset in minutes for `+05:30`. */
function tzMinutes(tz: string): number {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(tz);
  if (!m) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** `2025-08-27T11:02:00Z` (the same moment in UTC). */
export function isoUtc(t: Moment): string {
  const ms = t.day * MS_DAY + (t.hh * 60 + t.mm - tzMinutes(t.tz)) * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** RFC 822 date as RSS wants it: `Wed, 27 Aug 2025 14:02:00 +0300`. */
export function rfc822(t: Moment): string {
  const d = ymd(t.day);
  return `${WEEKDAYS[d.dow]!.slice(0, 3)}, ${p2(d.d)} ${MONTHS[d.m - 1]!.slice(0, 3)} ${d.y} ${p2(t.hh)}:${p2(t.mm)}:00 ${t.tz.replace(':', '')}`;
}

/** `August 27` (us) or `27 August` (uk), optionally with the year. */
export function longDate(day: Day, style: 'us' | 'uk', withYear = false): string {
  const t = ymd(day);
  const month = MONTHS[t.m - 1]!;
  if (style === 'us') return withYear ? `${month} ${t.d}, ${t.y}` : `${month} ${t.d}`;
  return withYear ? `${t.d} ${month} ${t.y}` : `${t.d} ${month}`;
}

/**
 * How an article dated `pub` refers to the day `ev` of the main event (ev <= pub):
 * "on Wednesday", "on 27 August", "last week", "earlier this month", "in March"...
 */
export function whenPhrase(ev: Day, pub: Day, style: 'us' | 'uk', rng: Rng, weekdayWithDate = false): string {
  const k = pub - ev;
  const e = ymd(ev);
  const p = ymd(pub);
  const wd = WEEKDAYS[e.dow]!;
  if (k <= 6) {
    if (weekdayWithDate) return `on ${wd} ${longDate(ev, style)}`;
    if (k === 0 && rng.chance(0.1)) return 'today';
    if (k === 1 && rng.chance(0.15)) return 'yesterday';
    return rng.chance(0.8) ? `on ${wd}` : `on ${longDate(ev, style)}`;
  }
  if (k <= 13 && rng.chance(0.5)) return 'last week';
  if (e.y === p.y && e.m === p.m) return rng.chance(0.5) ? 'earlier this month' : `on ${longDate(ev, style)}`;
  if ((e.y === p.y && e.m === p.m - 1) || (e.y === p.y - 1 && e.m === 12 && p.m === 1)) {
    return rng.chance(0.5) ? 'last month' : `in ${MONTHS[e.m - 1]}`;
  }
  if (e.y === p.y) return rng.chance(0.3) ? 'earlier this year' : `in ${MONTHS[e.m - 1]}`;
  return `in ${MONTHS[e.m - 1]} ${e.y}`;
}

/** An earlier date for background: a day 20 to 700 days before `pub`, phrased loosely or exactly. */
export function pastPhrase(pub: Day, style: 'us' | 'uk', rng: Rng): string {
  const ev = pub - rng.int(20, 700);
  const e = ymd(ev);
  const p = ymd(pub);
  const r = rng.next();
  if (r < 0.3) return `on ${longDate(ev, style, e.y !== p.y)}`;
  if (e.y === p.y) return r < 0.8 ? `in ${MONTHS[e.m - 1]}` : 'earlier this year';
  if (e.y === p.y - 1) return r < 0.6 ? `in ${MONTHS[e.m - 1]} last year` : r < 0.8 ? `in ${MONTHS[e.m - 1]} ${e.y}` : 'last year';
  return r < 0.7 ? `in ${MONTHS[e.m - 1]} ${e.y}` : `in ${e.y}`;
}

/** A later date for plans: "next week", "later this month", "on Monday", "in October"... */
export function futurePhrase(pub: Day, rng: Rng): string {
  const r = rng.next();
  if (r < 0.2) return 'next week';
  if (r < 0.35) return 'in the coming days';
  if (r < 0.5) return `on ${WEEKDAYS[ymd(pub + rng.int(2, 6)).dow]}`;
  if (r < 0.6) return 'later this month';
  if (r < 0.75) return 'next month';
  const f = ymd(pub + rng.int(45, 200));
  return f.y === ymd(pub).y ? `in ${MONTHS[f.m - 1]}` : `in ${MONTHS[f.m - 1]} ${f.y}`;
}

/** An earlier date to follow "since": "June", "March 2024", "last year", "3 November 2023". */
export function sincePhrase(pub: Day, style: 'us' | 'uk', rng: Rng): string {
  const ev = pub - rng.int(30, 700);
  const e = ymd(ev);
  const p = ymd(pub);
  const r = rng.next();
  if (r < 0.25) return longDate(ev, style, e.y !== p.y);
  if (e.y === p.y) return MONTHS[e.m - 1]!;
  if (e.y === p.y - 1 && r < 0.45) return 'last year';
  return r < 0.85 ? `${MONTHS[e.m - 1]} ${e.y}` : String(e.y);
}
