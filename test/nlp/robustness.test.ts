import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/analyze.js';

/** Small seeded PRNG (mulberry32) so the generated inputs are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces of scraped news text, including awkward characters wink drops or splits.
const PIECES = [
  'the', 'U.S.', 'Gen.', 'no.', 'Erdoğan', '’s', "'s", '.', ',', '“', '”', '"', "'", '‘', '’', '(', ')', '[', ']',
  '—', '–', '-', '•', '\n', '\n\n', ' ', '  ', '\t', '\u00a0', '\u2009', '\u200b', '\u00ad', '\u2028', '\ufeff',
  'Москва', '北京', '🇺🇦', 'a.m.', 'J.', 'www', 'tass', 'ru', '3,000', '1.5', '$', '€', '%', '...', '…', '?', '!',
  'Peskov', 'He', 'The', 'in', 'x', 'e\u0301', 'ł', '\r\n', 'https://example.com/a?b=1', 'a@b.com', '#tag', '@user',
  'didn’t', "can't", '’90s', 'O’Brien', 'al-Assad', 'one-off', 'No.', 'Adm', 'Inc.', 'ed', 'Vučević’s',
];

describe('robustness on generated input', () => {
  it('always yields exact, ordered offsets and line-bounded sentences', () => {
    const rand = rng(20250827);
    for (let iter = 0; iter < 1500; iter++) {
      const n = 1 + Math.floor(rand() * 40);
      let text = '';
      for (let i = 0; i < n; i++) {
        text += PIECES[Math.floor(rand() * PIECES.length)];
        if (rand() < 0.6) text += ' ';
      }
      const doc = analyze(text);
      let prevEnd = 0;
      for (const t of doc.tokens) {
        expect(text.slice(t.start, t.end), JSON.stringify(text)).toBe(t.text);
        expect(t.start >= prevEnd && t.end > t.start, JSON.stringify(text)).toBe(true);
        prevEnd = t.end;
      }
      let next = 0;
      for (const s of doc.sentences) {
        expect(s.first).toBe(next);
        next = s.last;
        expect(/[\n\r\u2028]/.test(text.slice(s.start, s.end)), JSON.stringify(text)).toBe(false);
      }
      expect(next).toBe(doc.tokens.length);
    }
  });
});
