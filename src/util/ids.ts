import { createHash } from 'node:crypto';

/** A stable id: prefix + the first 16 hex digits of sha256 over the parts (joined by NUL). */
export function hashId(prefix: string, ...parts: (string | number | null | undefined)[]): string {
  const h = createHash('sha256');
  parts.forEach((p, i) => {
    if (i) h.update('\u0000');
    h.update(p == null ? '' : String(p));
  });
  return prefix + h.digest('hex').slice(0, 16);
}

/** sha256 hex of raw bytes (source identity). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const TYPOGRAPHIC = /[‘’‚‛′“”„‟″«»‐‑‒–—―]/;

/** Text normalised for identity: Unicode NFKC, typographic quotes and dashes unified, whitespace collapsed, case folded. */
export function normaliseForId(s: string): string {
  let t = s.normalize('NFKC');
  if (TYPOGRAPHIC.test(t)) t = t.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-');
  // Same result as replacing every whitespace run by one space, without rewriting the single
  // spaces between words (most of the text): only runs of two or more, and lone non-space whitespace.
  return t.replace(/\s{2,}|[^\S ]/g, ' ').trim().toLowerCase();
}

