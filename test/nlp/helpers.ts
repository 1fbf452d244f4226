import { expect } from 'vitest';
import type { Doc, Token } from '../../src/nlp/types.js';

/** Sentence texts of a doc. */
export function sentenceTexts(doc: Doc): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

/** Token texts of a doc. */
export function tokenTexts(doc: Doc): string[] {
  return doc.tokens.map((t) => t.text);
}

/** First token with this exact text (after `from`, if given); fails the test when missing. */
export function tok(doc: Doc, text: string, from = 0): Token {
  const t = doc.tokens.find((x) => x.text === text && x.start >= from);
  expect(t, `token ${JSON.stringify(text)}`).toBeDefined();
  return t!;
}

/** Structural invariants every Doc must satisfy. */
export function checkInvariants(doc: Doc): void {
  const { text, tokens, sentences } = doc;
  let prevEnd = 0;
  tokens.forEach((t, i) => {
    expect(t.i).toBe(i);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.start).toBeGreaterThanOrEqual(prevEnd);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.lower).toBe(t.text.toLowerCase());
    expect(t.lemma).toBe(t.lemma.toLowerCase());
    expect(t.pos).toMatch(/^[A-Z]+$/);
    expect(t.space).toBe(t.start > prevEnd && /\s/.test(text.slice(prevEnd, t.start)));
    prevEnd = t.end;
  });
  let next = 0;
  sentences.forEach((s, i) => {
    expect(s.i).toBe(i);
    expect(s.first).toBe(next);
    expect(s.last).toBeGreaterThan(s.first);
    expect(s.start).toBe(tokens[s.first]!.start);
    expect(s.end).toBe(tokens[s.last - 1]!.end);
    expect(text.slice(s.start, s.end)).not.toMatch(/[\n\r\u2028\u2029]/);
    for (let k = s.first; k < s.last; k++) expect(tokens[k]!.sentence).toBe(i);
    next = s.last;
  });
  expect(next).toBe(tokens.length);
}
