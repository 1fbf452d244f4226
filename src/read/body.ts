import type { Block } from './types.js';

/** A paragraph-level piece of text found by a reader, before the body is assembled. */
export interface Piece {
  text: string;
  kind: Block['kind'];
  label?: string | null;
  /** The text is already through cleanInline (which leaves its own output unchanged): not scanned again. */
  clean?: boolean;
}

/** Collapse runs of spaces and tabs, trim, and normalise non-breaking spaces; keeps the text on one line. */
export function cleanInline(s: string): string {
  // most text is already clean: test once instead of building two new strings
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

const NEEDS_CLEANING = /[\u00a0\u2007\u202f\t\r\n\f\v]| {2}|^ | $/;

/** Characters cleanInline turns into a space (runs of them become one). */
function collapses(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2007 || c === 0x202f;
}

/** Characters String.prototype.trim removes (white space and line terminators). */
function trimmed(c: number): boolean {
  return collapses(c) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `cleanInline(s).length` without building the cleaned string (for length tests on large
 * subtrees' text, which is seldom clean).
 */
export function cleanLength(s: string): number {
  const n = s.length;
  let dirty = false;
  let len = 0;
  let first = -1;
  let last = 0;
  let inRun = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      len++;
      if (first < 0) first = len - 1;
      last = len;
      inRun = false;
      continue;
    }
    if (collapses(c)) {
      if (c !== 32 || inRun || i === 0 || i === n - 1) dirty = true;
      if (!inRun) len++;
      inRun = true;
      continue;
    }
    inRun = false;
    len++;
    if (!trimmed(c)) {
      if (first < 0) first = len - 1;
      last = len;
    }
  }
  if (!dirty) return n;
  return first < 0 ? 0 : last - first;
}

/**
 * Join pieces into the article body: paragraphs separated by a blank line ("\n\n"),
 * with a Block per piece giving its offsets, kind and label. Empty pieces are dropped.
 */
export function assembleBody(pieces: Piece[]): { body: string; blocks: Block[] } {
  let body = '';
  const blocks: Block[] = [];
  for (const p of pieces) {
    const text = p.clean ? p.text : cleanInline(p.text);
    if (!text) continue;
    if (body) body += '\n\n';
    const start = body.length;
    body += text;
    blocks.push({ start, end: body.length, kind: p.kind, label: p.label ?? null });
  }
  return { body, blocks };
}
