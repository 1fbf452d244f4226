/**
 * Folding of names and quote text into comparison keys.
 *
 * `foldName` makes spellings of one name equal (case, diacritics, punctuation,
 * transliteration variants from `lexicon/transliteration.yaml`); `foldText`
 * normalises running text for containment tests. Both are pure and cached.
 */
import { loadLexicon } from './lexicon.js';

interface RuleEntry {
  from: string;
  to: string;
  min_length?: number;
}

interface TransliterationLexicon {
  cyrillic?: Record<string, string>;
  letters?: Record<string, string>;
  particles?: string[];
  standalone_particles?: string[];
  drop_leading?: string[];
  rules?: RuleEntry[];
  same?: string[][];
}

interface Rule {
  re: RegExp;
  to: string;
  minLength: number;
}

interface Compiled {
  cyrillic: Map<string, string>;
  cyrillicRe: RegExp | null;
  letters: Map<string, string>;
  lettersRe: RegExp | null;
  hyphenParticleRe: RegExp | null;
  standaloneParticles: Set<string>;
  dropLeading: Set<string>;
  rules: Rule[];
  same: Map<string, string>;
}

let compiled: Compiled | null = null;

function charClass(keys: Iterable<string>): RegExp | null {
  const chars = [...keys].filter((k) => k.length > 0);
  if (chars.length === 0) return null;
  return new RegExp(`[${chars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu');
}

function compile(): Compiled {
  const lex = loadLexicon<TransliterationLexicon>('transliteration.yaml') ?? {};
  const cyrillic = new Map(Object.entries(lex.cyrillic ?? {}).map(([k, v]) => [k.toLowerCase(), v ?? '']));
  const letters = new Map(Object.entries(lex.letters ?? {}).map(([k, v]) => [k, v ?? '']));
  const particles = (lex.particles ?? []).map((p) => p.toLowerCase());
  const c: Compiled = {
    cyrillic,
    cyrillicRe: charClass(cyrillic.keys()),
    letters,
    lettersRe: charClass(letters.keys()),
    hyphenParticleRe: particles.length
      ? new RegExp(`(^|[^\\p{L}\\p{N}])(?:${particles.join('|')})[-\u2010\u2011\u2012\u2013]\\s*(?=\\p{L})`, 'giu')
      : null,
    standaloneParticles: new Set((lex.standalone_particles ?? []).map((p) => p.toLowerCase())),
    dropLeading: new Set((lex.drop_leading ?? []).map((p) => p.toLowerCase())),
    rules: (lex.rules ?? []).map((r) => ({ re: new RegExp(r.from, 'g'), to: r.to, minLength: r.min_length ?? 0 })),
    same: new Map(),
  };
  compiled = c;
  // Irregular groups: fold every variant through the general steps, map to the first.
  for (const group of lex.same ?? []) {
    if (!group.length) continue;
    const canonical = foldWords(group[0]!, c).join(' ');
    for (const variant of group) {
      const key = foldWords(variant, c).join(' ');
      if (key && key !== canonical) c.same.set(key, canonical);
    }
  }
  return c;
}

function lexicon(): Compiled {
  return compiled ?? compile();
}

const APOSTROPHES = /['\u2018\u2019\u201B\u02BB\u02BC\u02BD\u0060\u00B4\u2032]/g;
const COMBINING = /\p{M}+/gu;

/** Lower case, Cyrillic to Latin, diacritics removed, special letters replaced. */
function baseLetters(s: string, c: Compiled): string {
  let t = s.normalize('NFC').toLowerCase();
  if (c.cyrillicRe) t = t.replace(c.cyrillicRe, (ch) => c.cyrillic.get(ch) ?? ch);
  t = t.normalize('NFD').replace(COMBINING, '');
  if (c.lettersRe) t = t.replace(c.lettersRe, (ch) => c.letters.get(ch) ?? ch);
  return t;
}

/** Apply the per-word rewrite rules of the lexicon. */
function foldWord(w: string, c: Compiled): string {
  let out = w;
  for (const r of c.rules) {
    if (out.length < r.minLength) continue;
    r.re.lastIndex = 0;
    out = out.replace(r.re, r.to);
  }
  return out;
}

/** The general steps (1-5 of the lexicon header), as a list of folded words. */
function foldWords(s: string, c: Compiled): string[] {
  // Particles are found before lower-casing: case tells "al Assad" from "Al Gore".
  let t = s;
  if (c.hyphenParticleRe) {
    c.hyphenParticleRe.lastIndex = 0;
    t = t.replace(c.hyphenParticleRe, '$1');
  }
  t = baseLetters(t, c).replace(APOSTROPHES, '');
  const raw = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Join runs of single letters: "J. D. Vance" = "JD Vance", "U.S." = "US".
  const words: string[] = [];
  let run = '';
  for (const w of raw) {
    if (w.length === 1 && /\p{L}/u.test(w)) {
      run += w;
      continue;
    }
    if (run) words.push(run);
    run = '';
    words.push(w);
  }
  if (run) words.push(run);
  while (words.length > 1 && c.dropLeading.has(words[0]!)) words.shift();
  const kept = words.filter((w, i) => !(c.standaloneParticles.has(w) && i < words.length - 1));
  return kept.map((w) => foldWord(w, c));
}

const nameCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Fold a name to its comparison key: lower case, no diacritics or apostrophes,
 * single spaces between words, transliteration variants unified per
 * `lexicon/transliteration.yaml`. Two spellings of one name give the same key.
 */
export function foldName(s: string): string {
  const hit = nameCache.get(s);
  if (hit !== undefined) return hit;
  const c = lexicon();
  const words = foldWords(s, c).map((w) => c.same.get(w) ?? w);
  let key = words.join(' ');
  key = c.same.get(key) ?? key;
  if (nameCache.size >= CACHE_LIMIT) nameCache.clear();
  nameCache.set(s, key);
  return key;
}

const QUOTES_DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g;
const QUOTES_SINGLE = /[\u2018\u2019\u201A\u201B\u2039\u203A\u02BC\u2032]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/**
 * Unify typographic variants without changing letters or case: curly quotes
 * and guillemets become straight quotes, all dashes become "-", runs of
 * whitespace become one space; trimmed. For equality of titles and similar.
 */
export function unifyPunctuation(s: string): string {
  return s
    .normalize('NFC')
    .replace(QUOTES_DOUBLE, '"')
    .replace(QUOTES_SINGLE, "'")
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(SPACES, ' ')
    .trim();
}

export interface FoldTextOptions {
  /** 'drop' (default): punctuation removed, for containment tests; 'keep': unified but kept. */
  punctuation?: 'drop' | 'keep';
}

const textCache = new Map<string, string>();

/**
 * Normalise running text (quotes) for comparison: lower case, diacritics
 * removed, quotes and dashes unified, whitespace collapsed; by default also
 * apostrophes removed and other punctuation turned into spaces, so that
 * `foldText(a).includes(foldText(b))` is a robust containment test.
 */
export function foldText(s: string, opts: FoldTextOptions = {}): string {
  const drop = (opts.punctuation ?? 'drop') === 'drop';
  const cacheKey = drop ? s : `\u0000${s}`;
  const hit = textCache.get(cacheKey);
  if (hit !== undefined) return hit;
  const c = lexicon();
  let t = unifyPunctuation(s).toLowerCase().normalize('NFD').replace(COMBINING, '');
  if (c.lettersRe) t = t.replace(c.lettersRe, (ch) => c.letters.get(ch) ?? ch);
  if (drop) {
    t = t.replace(APOSTROPHES, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  } else {
    t = t.replace(SPACES, ' ').trim();
  }
  if (textCache.size >= CACHE_LIMIT) textCache.clear();
  textCache.set(cacheKey, t);
  return t;
}

/** True when `needle` occurs in `haystack` on word boundaries, after `foldText`. */
export function textContains(haystack: string, needle: string): boolean {
  const n = foldText(needle);
  if (!n) return false;
  return ` ${foldText(haystack)} `.includes(` ${n} `);
}
