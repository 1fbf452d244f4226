import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Article } from '../../src/read/types.js';

/** A fixture file from test/fixtures/formats as text. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8');
}

/** Invariants every reader's Article must keep: blocks slice the body, no markup left, paragraphs split by a blank line. */
export function expectWellFormed(a: Article): void {
  expect(a.title).toBe(a.title.trim());
  expect(a.body.length).toBeGreaterThan(0);
  expect(a.blocks.length).toBeGreaterThan(0);
  let prevEnd = -2;
  for (const b of a.blocks) {
    expect(b.start).toBe(prevEnd + 2);
    const slice = a.body.slice(b.start, b.end);
    expect(slice).toBe(slice.trim());
    expect(slice).not.toContain('\n');
    prevEnd = b.end;
  }
  expect(prevEnd).toBe(a.body.length);
  expect(a.body).not.toMatch(/<\/?[a-z][^>]*>/i);
  expect(a.body).not.toMatch(/\]\(|!\[|\*\*|__|```/);
  expect(a.body).not.toMatch(/&(amp|lt|gt|quot|nbsp|#\d+);/);
  if (a.published !== null) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
  expect(a.language).toMatch(/^[a-z]{2}$/);
  for (const n of a.authors) {
    expect(n).not.toMatch(/@|^by\s/i);
    expect(n).toBe(n.trim());
  }
}

/** Body texts of the blocks of one kind. */
export function blockTexts(a: Article, kind: 'p' | 'li' | 'h'): string[] {
  return a.blocks.filter((b) => b.kind === kind).map((b) => a.body.slice(b.start, b.end));
}
