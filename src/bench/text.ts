/** Small text helpers for generated articles: word counts, tidying, quotation styles, slugs. */
import type { QuoteStyle } from './data.js';
import { LINK_CLOSE, LINK_OPEN } from './template.js';

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
export function ucfirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

const AN_TEST = /\b[Aa] (?:[AIO]|E[^u]|Uz)/;
const AN_FIX = /\b([Aa]) (?=[AIO]|E[^u]|Uz)/g;

/** Tidy punctuation left by optional parts and appositive name forms. */
export function tidy(s: string): string {
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
