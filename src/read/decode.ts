/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM are recognised exactly; other
 * input is decoded as a legacy single-byte encoding detected by chardet (windows-125x,
 * ISO-8859-x, KOI8), with a plausibility check among the Cyrillic code pages, which chardet can
 * confuse. Binary and empty input give a Problem. The text returned has no BOM and LF line ends.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import type { Problem } from './types.js';

export interface Decoded {
  text: string;
  /** Lower-case encoding name actually used: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, ... */
  encoding: string;
}

const SAMPLE = 8192;

/** Share of control bytes (other than tab, LF, CR, FF, ESC) in the first bytes. */
function controlShare(bytes: Buffer): number {
  const n = Math.min(bytes.length, SAMPLE);
  if (!n) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) bad += CONTROL_BYTE[bytes[i]!]!;
  return bad / n;
}

/** 1 for the control bytes counted by controlShare, 0 for the others. */
const CONTROL_BYTE = new Uint8Array(256).map((_, b) => ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f ? 1 : 0));

/** UTF-16 text without a BOM: many NULs, all on the same byte parity (ASCII-range text). */
function bomlessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

function hasNul(bytes: Buffer): boolean {
  return bytes.subarray(0, SAMPLE).indexOf(0) !== -1;
}

/** Share of controls (C0 except whitespace, and C1) in decoded text: a wrong or binary decoding has many. */
function textControlShare(s: string): number {
  const n = Math.min(s.length, SAMPLE);
  if (!n) return 0;
  if (!CONTROL_CHAR.test(n < s.length ? s.slice(0, n) : s)) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / n;
}

const CONTROL_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/;

/**
 * How plausible a decoding is as Cyrillic prose: share of Cyrillic letters among non-ASCII
 * letters, minus words with a capital after a lower-case letter (what a wrong code page gives).
 */
export function cyrillicScore(s: string): number {
  const words = s.match(/[\p{L}]+/gu) ?? [];
  let cyr = 0;
  let other = 0;
  let good = 0;
  let bad = 0;
  for (const w of words) {
    if (/^[A-Za-z]+$/.test(w)) continue;
    for (const ch of w) {
      if (/[\u0400-\u04ff]/.test(ch)) cyr++;
      else other++;
    }
    if (/^[\u0400-\u04ff]+$/.test(w)) {
      // Sensible casing: all lower, Capitalised, or ALL CAPS.
      const rest = w.slice(1);
      if (rest === rest.toLowerCase() || w === w.toUpperCase()) good++;
      else bad++;
    }
  }
  const letters = cyr + other;
  if (!letters) return 0;
  const caseShare = good + bad ? good / (good + bad) : 0;
  // Box drawing, math and other symbols outside ASCII: what a wrong DOS/KOI page gives.
  const symbols = (s.match(/[^\x00-\x7f\p{L}\p{M}\p{N}\p{Zs}\u2010-\u2027\u00ab\u00bb\u2116]/gu) ?? []).length;
  return cyr / letters + caseShare - (4 * symbols) / (letters + symbols);
}

const CYRILLIC = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866', 'x-mac-cyrillic', 'koi8-u'];
/** Multi-byte East Asian encodings chardet may name for short single-byte text. */
const CJK = /^(shift_jis|big5|gb18030|gb2312|euc-jp|euc-kr|iso-2022)/;

/** Windows code page that is a superset of an ISO page in the printable range. */
const WINDOWS_FOR: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
  'iso-8859-13': 'windows-1257',
};

function decodeWith(bytes: Buffer, enc: string): string {
  // KOI8-U is KOI8-R plus Ukrainian letters in place of box-drawing characters: safe for both.
  return iconv.decode(bytes, enc === 'koi8-r' ? 'koi8-u' : enc);
}

/** Bytes in 0x80-0x9F: controls in ISO-8859-x, printable (quotes, dashes) in windows code pages. */
function hasC1Bytes(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return true;
  return false;
}

function koiName(bytes: Buffer): string {
  // Ukrainian letters in KOI8-U (є і ї ґ and capitals) sit where KOI8-R has box drawing.
  for (const b of bytes) if ([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd].includes(b)) return 'koi8-u';
  return 'koi8-r';
}

/** Characters a right decoding of prose does not produce: U+FFFD and C1 controls. */
function junk(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) n++;
  }
  return n;
}

/** Bytes either side of a non-ASCII byte that chardet sees: enough for its letter-trigram statistics. */
const CONTEXT = 24;
const MAX_SAMPLE = 20000;

/**
 * What chardet and the checks below look at: the stretches around non-ASCII bytes (ASCII decodes
 * the same in every candidate, so it only dilutes the statistics and costs time), joined by a space,
 * up to MAX_SAMPLE bytes. Text with only a few such bytes is looked at whole, as chardet needs some text.
 */
function legacySample(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start < 0) return;
    if (parts.length) parts.push(SPACE);
    parts.push(bytes.subarray(start, end));
    size += end - start;
  };
  for (let i = 0; i < bytes.length && size < MAX_SAMPLE; i++) {
    if (bytes[i]! < 0x80) continue;
    const from = Math.max(0, i - CONTEXT);
    if (from > end) {
      close();
      start = from;
    }
    end = Math.min(bytes.length, i + CONTEXT + 1);
  }
  close();
  if (size < 128) return bytes.subarray(0, MAX_SAMPLE);
  return Buffer.concat(parts).subarray(0, MAX_SAMPLE);
}
const SPACE = Buffer.from(' ');

/** Choose and apply a legacy single-byte decoding. */
function decodeLegacy(bytes: Buffer): Decoded {
  const sample = legacySample(bytes);
  const names = chardet
    .analyse(sample)
    .map((m) => m.name.toLowerCase())
    .filter((n) => !n.startsWith('utf') && n !== 'ascii');
  // Asked only of the candidates actually tried: iconv-lite builds a codec to answer, and chardet
  // lists multi-byte pages (GB18030, Big5, Shift_JIS: tens of ms each to build) for most texts.
  const usable = (n: string): boolean => iconv.encodingExists(n);
  let enc = names.find(usable) ?? 'windows-1252';
  if (WINDOWS_FOR[enc] && hasC1Bytes(sample)) enc = WINDOWS_FOR[enc]!;

  // chardet confuses the Cyrillic code pages (and on short text may name an unrelated one):
  // when it names a Cyrillic page, or its choice decodes to junk, compare the Cyrillic pages on the text itself.
  if (CYRILLIC.includes(enc) || CJK.test(enc) || junk(decodeWith(sample, enc)) > 0) {
    const current = cyrillicScore(decodeWith(sample, enc)) - textControlShare(decodeWith(sample, enc));
    let best = { enc, score: CYRILLIC.includes(enc) ? current : Math.max(current, 1.5) };
    for (const cand of ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866']) {
      const t = decodeWith(sample, cand);
      const score = cyrillicScore(t) - textControlShare(t);
      if (score > best.score + 0.05) best = { enc: cand, score };
    }
    enc = best.enc;
  }
  // Still junk: take the first candidate that decodes cleanly, else windows-1252.
  if (junk(decodeWith(sample, enc)) > 0) {
    enc = [...names, 'windows-1252'].find((n) => usable(n) && junk(decodeWith(sample, n)) === 0) ?? enc;
  }
  if (enc === 'koi8-r' || enc === 'koi8-u') enc = koiName(bytes);
  return { text: decodeWith(bytes, enc), encoding: enc };
}

/**
 * `nulFree`: the caller knows the text has no U+0000 (valid UTF-8 without a 0 byte).
 * `binaryBytes`: for text the caller has not checked for control bytes, whether it has too many
 * (asked only of a blank text: any other is checked for control characters here).
 */
function finish(text: string, encoding: string, origin: string, nulFree = false, binaryBytes?: () => boolean): Decoded | Problem {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  if (!t.trim()) return { origin, reason: binaryBytes?.() ? 'binary file' : 'empty file' };
  if ((!nulFree && t.includes('\u0000')) || textControlShare(t) > 0.1) return { origin, reason: 'binary file' };
  return { text: t, encoding };
}

/**
 * Decode a file's bytes to text. Returns `{text, encoding}`, or a Problem: "empty file"
 * (no bytes or only whitespace) or "binary file" (NUL bytes without a UTF-16 BOM, or many controls).
 */
export function decode(bytes: Buffer, origin: string): Decoded | Problem {
  if (bytes.length === 0) return { origin, reason: 'empty file' };
  // Byte order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8', origin);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(iconv.decode(bytes.subarray(2), 'utf-16le'), 'utf-16le', origin);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(iconv.decode(bytes.subarray(2), 'utf-16be'), 'utf-16be', origin);

  if (hasNul(bytes)) {
    const u16 = bomlessUtf16(bytes);
    if (u16) {
      const t = iconv.decode(bytes, u16);
      if (textControlShare(t) < 0.02) return finish(t, u16, origin);
    }
    return { origin, reason: 'binary file' };
  }
  // Valid UTF-8 (no BOM here: handled above) decodes as is; the check is a fast native scan. Its
  // control bytes need no count of their own: in valid UTF-8 each is a control character of the
  // text, which finish counts over at least as much text and no more characters than bytes, so a
  // share of control bytes over 0.1 is a share of control characters over 0.1.
  if (isUtf8(bytes)) return finish(bytes.toString('utf8'), 'utf-8', origin, bytes.indexOf(0) === -1, () => controlShare(bytes) > 0.1);
  if (controlShare(bytes) > 0.1) return { origin, reason: 'binary file' };
  // not valid UTF-8: mostly UTF-8 with a few stray bytes, or a legacy encoding
  const mixed = mostlyUtf8(bytes);
  if (mixed !== null) return finish(mixed, 'utf-8', origin);
  const d = decodeLegacy(bytes);
  return finish(d.text, d.encoding, origin);
}

/** Length of the valid UTF-8 multi-byte sequence starting at `i`, or 0 if there is none. */
function utf8SeqLen(b: Buffer, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok1 && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok1 && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * UTF-8 text spoiled by a few stray single-byte characters (a windows-1252 quote pasted into a
 * UTF-8 file): valid sequences decoded as UTF-8, the stray bytes as windows-1252. Null when the
 * stray bytes are not clearly a small minority of the non-ASCII content.
 */
function mostlyUtf8(bytes: Buffer): string | null {
  let multi = 0;
  const stray: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SeqLen(bytes, i);
    if (n) {
      multi++;
      i += n;
    } else {
      stray.push(i);
      i++;
    }
  }
  if (multi < 3 || stray.length > Math.max(2, multi / 4)) return null;
  let out = '';
  let runStart = 0;
  for (const i of stray) {
    out += bytes.toString('utf8', runStart, i) + iconv.decode(bytes.subarray(i, i + 1), 'windows-1252');
    runStart = i + 1;
  }
  return out + bytes.toString('utf8', runStart);
}

/** Type guard: did `decode` fail? */
export function isProblem(v: Decoded | Problem): v is Problem {
  return (v as Problem).reason !== undefined && (v as Decoded).text === undefined;
}
