/** Character-class checks on UTF-16 code units, without regexes on the hot path. */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

/** Letter or combining mark (any script). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** First character of `s` is an upper-case letter (any script). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** First character of `s` is a lower-case letter (any script). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = s[0]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Straight or curly apostrophe / single quote. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Characters that always close a quotation or bracket. */
export function isClosingChar(c: number): boolean {
  return (
    c === 0x201d || // ”
    c === 0x2019 || // ’
    c === 0xbb || // »
    c === 0x203a || // ›
    c === 41 || // )
    c === 93 || // ]
    c === 125 // }
  );
}

/** Characters that always open a quotation or bracket. */
export function isOpeningChar(c: number): boolean {
  return (
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0xab || // «
    c === 0x2039 || // ‹
    c === 0x201e || // „
    c === 40 || // (
    c === 91 || // [
    c === 123 // {
  );
}

/** A one-character token that is a quotation mark: " “ ” ‘ ’ « » ' */
export function isQuoteMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x27;
}

/** Straight quotes, whose direction depends on the surrounding spaces. */
export function isStraightQuote(c: number): boolean {
  return c === 34 || c === 39;
}

/** Bullet characters that start a list item. */
export function isBulletChar(c: number): boolean {
  return (
    c === 0x2022 || // •
    c === 0x25e6 || // ◦
    c === 0x25aa || // ▪
    c === 0x25cf || // ●
    c === 0x2023 || // ‣
    c === 0x2043 || // ⁃
    c === 0x2219 || // ∙
    c === 0x25a0 // ■
  );
}

/** Sentence-final punctuation: . ! ? … */
export function isTerminalChar(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
