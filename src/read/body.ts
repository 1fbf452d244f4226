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
