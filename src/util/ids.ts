import * as crypto from 'node:crypto';

/** One-shot sha256 (crypto.hash, Node >= 20.12), else a Hash object: same digest either way. */
const oneShot = (crypto as { hash?: (alg: string, data: string | Uint8Array, enc: 'hex') => string }).hash;
function sha256Hex(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** The prefix of article ids ("a_3f119f6b4b77c327"). */
export const ARTICLE_ID_PREFIX = 'a_';

/** A stable id: prefix + the first 16 hex digits of sha256 over the parts (joined by NUL). */
export function hashId(prefix: string, ...parts: (string | number | null | undefined)[]): string {
  let joined = '';
  parts.forEach((p, i) => {
    if (i) joined += '\u0000';
    joined += p == null ? '' : String(p);
  });
  // hashing the joined string is hashing its parts' UTF-8 one after the other (NUL is one byte and pairs no surrogates)
  return prefix + sha256Hex(joined).slice(0, 16);
}

/** sha256 hex of raw bytes (source identity). */
export function sha256(bytes: Uint8Array): string {
  return sha256Hex(bytes);
}

const PLAIN: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-',
};
/** Any of PLAIN's characters (none is special inside a character class). */
const TYPOGRAPHIC_ALL = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
const plain = (c: string): string => PLAIN[c]!;
const WHITE_RUN = /\s{2,}|[^\S ]/g;

/** Text normalised for identity: Unicode NFKC, typographic quotes and dashes unified, whitespace collapsed, case folded. */
export function normaliseForId(s: string): string {
  let t = s.normalize('NFKC');
  // one pass for the three kinds of typographic character (the string itself comes back when there is none)
  t = t.replace(TYPOGRAPHIC_ALL, plain);
  // Every whitespace run becomes one space. An article body's runs are almost all the blank lines
  // between paragraphs: replace those first, then scan for any other run only if one is left.
  t = t.replace(/\n\n/g, ' ');
  if (/ {2}/.test(t) || /[^\S ]/.test(t)) t = t.replace(WHITE_RUN, ' ');
  return t.trim().toLowerCase();
}
