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

/** Text normalised for identity: Unicode NFKC, typographic quotes and dashes unified, whitespace collapsed, case folded. */
export function normaliseForId(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
