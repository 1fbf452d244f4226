/**
 * Author (byline) normalisation: whatever shape a source gives (string, array, schema.org
 * Person objects), return clean personal names, proper-cased when the source shouted or
 * whispered them, without roles, emails, links or outlet names.
 */
import { loadLexicon } from '../util/lexicon.js';
import type { OutletEntry } from './outlet.js';

/** Words that make a byline part a job title rather than a name ("Staff Writer", "Senior Correspondent"). */
const ROLE_WORDS = new Set([
  'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'journalist',
  'staff', 'analyst', 'producer', 'photographer', 'bureau', 'chief', 'desk', 'team', 'newsroom',
  'freelance', 'senior', 'deputy', 'associate', 'contributing', 'political', 'diplomatic', 'foreign',
  'security', 'defence', 'defense', 'economics', 'europe', 'international', 'special', 'intern',
  'fellow', 'researcher', 'host', 'presenter', 'anchor', 'author', 'opinion', 'guest', 'affairs',
  'news', 'world', 'national', 'investigations', 'investigative', 'digital', 'managing', 'executive',
]);

/** Words that mark a byline part as an organisation (outlet, agency, service) rather than a person. */
const ORG_WORDS =
  /\b(news|times|agency|press|post|media|radio|tv|television|journal|herald|tribune|gazette|daily|weekly|wire|service|services|network|channel|broadcasting|corporation|online|magazine|bureau|desk|staff|editorial|newsroom|team|reuters|afp|ap|dpa|efe|ansa|tass|interfax|ukrinform|xinhua|bbc|cnn|npr|pbs|inc|ltd|llc|group|institute|ministry|office|pravda|courier|observer|chronicle|telegraph|dispatch|bulletin|ledger|examiner|monitor|inquirer|sentinel|insider|reports?|wires?)\b/i;

/** Lower-case name particles kept lower inside a name (not as its first word). */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le',
  'bin', 'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'e', 'ben', 'abu', 'ul',
]);

/** Parts of a byline that mean "not an author" (editors, photo credits) and are dropped with what follows. */
const NOT_AUTHOR_PREFIX = /^(edited|editing|editor|photos?|photography|photographs|illustrations?|graphics?|video|additional editing|fact[- ]check(?:ed|ing)?|translated|translation)\b.*$/i;

let outletNames: Set<string> | null = null;

function knownOutlets(): Set<string> {
  if (!outletNames) {
    outletNames = new Set();
    try {
      for (const o of loadLexicon<OutletEntry[]>('outlets.yaml') ?? []) {
        outletNames.add(o.name.toLowerCase());
        for (const a of o.aliases ?? []) outletNames.add(a.toLowerCase());
        for (const d of o.domains ?? []) outletNames.add(d.toLowerCase());
      }
    } catch {
      /* lexicon missing: fall back to the word test only */
    }
  }
  return outletNames;
}

/** True when a byline part names an outlet or organisation rather than a person. */
export function isOrganisationName(part: string): boolean {
  const p = part.trim().toLowerCase().replace(/^the\s+/, '');
  if (!p) return false;
  const outlets = knownOutlets();
  if (outlets.has(p) || outlets.has(`the ${p}`)) return true;
  if (/\.(com|org|net|co|uk|ru|ua|de|fr|info|io|news)\b/i.test(p)) return true;
  return ORG_WORDS.test(part);
}

/** True when a byline part is only a job title ("Staff Writer", "Moscow correspondent"). */
function isRole(part: string): boolean {
  const words = part.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const roleHits = words.filter((w) => ROLE_WORDS.has(w)).length;
  // "Moscow correspondent", "Senior Staff Writer": a role word and at most one other word.
  return roleHits > 0 && words.length - roleHits <= 1 && /(writer|reporter|correspondent|editor|columnist|contributor|journalist|staff|analyst|producer|photographer|chief|desk|team|newsroom|intern|fellow|researcher|host|presenter|anchor|author)$/.test(words[words.length - 1]!);
}

function capWord(w: string): string {
  if (!w) return w;
  const lower = w.toLowerCase();
  // O'Neill, D'Arcy
  let m = /^([od])['\u2019](\p{L}.*)$/u.exec(lower);
  if (m) return m[1]!.toUpperCase() + w[1] + capWord(m[2]!);
  // McDonald (not "Mc" alone)
  m = /^mc(\p{L}{2,})$/u.exec(lower);
  if (m) return 'Mc' + m[1]![0]!.toUpperCase() + m[1]!.slice(1);
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Proper-case one name word, handling hyphenated parts and particles ("al-sharaa" → "al-Sharaa" inside a name). */
function caseWord(w: string, first: boolean): string {
  const lower = w.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  const parts = w.split('-');
  return parts
    .map((p, i) => {
      const pl = p.toLowerCase();
      if (i === 0 && parts.length > 1 && (pl === 'al' || pl === 'el' || pl === 'ad' || pl === 'as' || pl === 'ash' || pl === 'an' || pl === 'ar' || pl === 'az')) {
        return first ? capWord(p) : pl;
      }
      return capWord(p);
    })
    .join('-');
}

/**
 * Proper-case a personal name given in all capitals or all lower case
 * ("STANISLAV POHORILOV" → "Stanislav Pohorilov", "ahmed al-sharaa" → "Ahmed al-Sharaa",
 * "o'neill" → "O'Neill", "mcdonald" → "McDonald"). Mixed-case names are returned unchanged.
 */
export function properCaseName(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (!letters) return name;
  const allUpper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const allLower = letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!allUpper && !allLower) return name;
  return name
    .split(/(\s+)/)
    .map((w, i) => {
      if (/^\s+$/.test(w)) return w;
      // Initials stay capitals: "J.", "J.R."
      if (/^(\p{L}\.)+$/u.test(w)) return w.toUpperCase();
      return caseWord(w, i === 0);
    })
    .join('');
}

/** Remove emails, links, "By" and similar lead-ins; "jane@x.org (Jane Doe)" → "Jane Doe". */
function stripNoise(s: string): string {
  let t = s.replace(/[\u00a0\u2009\u202f]/g, ' ');
  // RSS style: "editor@example.com (Jane Doe)"
  const rss = /^\s*\S+@\S+\s*\((.+)\)\s*$/.exec(t);
  if (rss) t = rss[1]!;
  t = t
    .replace(/<[^>]+>/g, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/\bmailto:\S+/gi, ' ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/\(\s*\)/g, ' ');
  return t;
}

/** Split a byline string into name candidates. */
function splitByline(s: string): string[] {
  const out: string[] = [];
  // Segments: ";" "|" "/" " - " " — " separate different kinds of information.
  for (let seg of stripNoise(s).split(/\s*(?:;|\||\s\/\s|\s[-\u2013\u2014]\s|\n)\s*/)) {
    seg = seg.trim().replace(/^[,.:\s]+|[,.:\s]+$/g, '');
    if (!seg) continue;
    if (NOT_AUTHOR_PREFIX.test(seg)) continue;
    seg = seg
      .replace(/^(?:(?:additional\s+)?(?:reporting|writing|words|text|story|written|compiled|report|analysis)\s+)?by\s*:?\s+/i, '')
      .replace(/^(?:author|authors|byline|writer|reporter)s?\s*:\s*/i, '');
    for (let part of seg.split(/\s*(?:,|&|\+)\s*|\s+(?:and|und|et|и|та|і)\s+/i)) {
      part = part.trim().replace(/^(?:by|and)\s+/i, '').replace(/^[\s,.:'"“”‘’]+|[\s,:'"“”‘’]+$/g, '');
      // "Jane Doe in Kyiv" / "Jane Doe in Brussels": drop the dateline location.
      part = part.replace(/\s+(?:in|from|reporting from)\s+\p{Lu}[\p{L}\s-]*$/u, '');
      if (part) out.push(part);
    }
  }
  return out;
}

/** Does this look like a personal name at all? */
function looksLikeName(p: string): boolean {
  if (/\d/.test(p)) return false;
  if (!/\p{L}/u.test(p)) return false;
  const words = p.split(/\s+/);
  if (words.length > 6) return false;
  if (p.length > 60) return false;
  return true;
}

/** Names found in byline strings seen before: a corpus repeats its bylines (bounded; emptied when full). */
const bylineNames = new Map<string, string[]>();
const BYLINE_CACHE = 4096;

/**
 * A copy of `s` that does not share its characters: a byline is often a slice of its whole file, and
 * V8 keeps the file's text alive as long as a slice of it is (the cache would hold thousands of files).
 */
const own = (s: string): string => (' ' + s).slice(1);

/** The personal names in one byline string. */
function namesIn(byline: string): string[] {
  let names = bylineNames.get(byline);
  if (names) return names;
  names = [];
  for (const part of splitByline(byline)) {
    if (!looksLikeName(part) || isRole(part) || isOrganisationName(part)) continue;
    names.push(own(properCaseName(part.replace(/\s+/g, ' '))));
  }
  if (bylineNames.size >= BYLINE_CACHE) bylineNames.clear();
  bylineNames.set(own(byline), names);
  return names;
}

function collect(v: unknown, out: string[], depth: number): void {
  if (v === null || v === undefined || depth > 4) return;
  if (typeof v === 'string') {
    out.push(...namesIn(v));
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const type = o['@type'];
    if (typeof type === 'string' && /organi[sz]ation|newsmedia|corporation/i.test(type)) return;
    if (typeof o.name === 'string' || Array.isArray(o.name)) return collect(o.name, out, depth + 1);
    if (typeof o.givenName === 'string' || typeof o.familyName === 'string') {
      return collect([o.givenName, o.familyName].filter((x) => typeof x === 'string').join(' '), out, depth + 1);
    }
    for (const k of ['display_name', 'displayName', 'fullName', 'full_name', 'author', 'byline', 'title', '#text']) {
      if (k in o) return collect(o[k], out, depth + 1);
    }
  }
}

/**
 * Clean author names from any byline-ish value: a string ("By JANE DOE and John Roe | Example News"),
 * an array of strings, or schema.org-style objects ({name}, {givenName, familyName}, nested arrays).
 * Roles, emails, links and outlet names are dropped; names are split on "and", "&", ",", ";";
 * all-caps or all-lower names are proper-cased; duplicates (case-insensitive) removed.
 */
export function normaliseAuthors(v: unknown): string[] {
  const raw: string[] = [];
  collect(v, raw, 0);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of raw) {
    const key = n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}
