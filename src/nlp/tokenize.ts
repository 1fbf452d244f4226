/**
 * Tokenizer: an article body -> word, number and punctuation tokens with exact UTF-16 offsets,
 * the whitespace before each, and what the sentence splitter needs to know about periods.
 * One pass over the characters, no per-token regexes on the common path.
 *
 * Rules (the tokens the rest of the pipeline was written against):
 * - Whitespace (spaces, no-break spaces, tabs) separates tokens; line breaks are recorded on
 *   the next token (they always end a sentence). Zero-width characters and the BOM are skipped.
 * - A word is a run of letters of any script with its combining marks ("Erdoğan", "Nguyễn",
 *   "Москва"). Letters followed by digits stay one word ("G7", "B52"); digits followed by
 *   letters split ("5G" -> 5 / G, "1.5bn" -> 1.5 / bn) except ordinals ("21st"), decades
 *   ("1990s") and clock times ("3pm").
 * - Numbers keep inner separators between digits: "3,000", "1.5", "14:02", "2025-08-27".
 * - Hyphens and dashes are tokens of their own: "al-Assad" -> al / - / Assad. Joined pieces
 *   are recognisable downstream because the next token has `space === false`.
 * - Apostrophes: a contraction the lexicon knows is split as it says ("didn’t" -> did / n’t,
 *   "it’s" -> it / ’s); a possessive "’s" is split off ("Russia’s" -> Russia / ’s); a plural
 *   possessive keeps the apostrophe apart ("ministers’" -> ministers / ’); other inner
 *   apostrophes stay in the word ("O’Brien", "Côte d’Ivoire" -> Côte / d’Ivoire).
 * - Periods: kept on listed abbreviations (lexicon/abbreviations.yaml: "Gen.", "Inc.", "a.m.";
 *   "No." only before a number), on dotted initials ("U.S.", "J.D.", "e.g.") and on a single
 *   capital initial that has more text after it on its line ("Donald J. Trump"); otherwise a
 *   period is its own token. Bare domains are one token ("www.tass.ru", "RT.com"), and so are
 *   URLs with a scheme and e-mail addresses. "..." is one token.
 * - Every other character is a token of its own (quotes, brackets, dashes, currency signs,
 *   bullets); an emoji written as a surrogate pair is one token.
 */
import { abbreviationKind } from './abbrev.js';
import { isApostrophe, isDigit, isLetter, startsUpper } from './chars.js';
import { CAT, keepsCompound, wordInfoAt, type Expansion, type WordInfo } from './tagger.js';

/** Abbreviation class of a token that keeps its final period. */
export const A_NONE = 0;
export const A_TITLE = 1; // never ends a sentence
export const A_CAN_END = 2; // ends a sentence only before a sentence starter
export const A_INITIAL = 3; // single capital initial: like A_CAN_END

export interface RawToken {
  start: number;
  end: number;
  /** The token's text (text.slice(start, end)). */
  text: string;
  category: number;
  /** Whitespace precedes the token. */
  space: boolean;
  /** Line breaks in the whitespace before the token (0 = same line). */
  newlines: number;
  abbr: number;
  /** Contraction piece with its lexicon data. */
  piece?: Expansion;
  /** Lexicon data of a word the tokenizer looked up. */
  info?: WordInfo;
  /** Part of speech fixed by the tokenizer (domains, possessive hosts), else undefined. */
  pos?: string;
  /** Lemma fixed by the tokenizer, else undefined. */
  lemma?: string;
}

/** Fields of a RawToken the tokenizer sets in special cases only. */
type Extra = Partial<Pick<RawToken, 'abbr' | 'piece' | 'pos' | 'lemma'>>;

/** Words after which "'s" is "is"/"has" rather than a possessive (closed class). */
const IS_CONTRACTION_HOSTS = new Set(['here', 'there', 'where', 'what', 'who', 'how', 'it', 'that', 'this', 'he', 'she']);

const URL_RE = /(?:https?|ftp):\/\/[^\s]+/iy;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const DOMAIN_RE = /[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}(?![\p{L}\p{N}])/uy;
const DOTTED_RE = /(?:\p{L}\.){2,}/uy;
const TIME_SUFFIX = /^(?:[ap]m|hrs|hours)$/i;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 11 || c === 12
  );
}

/** Characters dropped without a trace: BOM, zero-width space/joiners, soft hyphen. */
function isIgnorable(c: number): boolean {
  return c === 0xfeff || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xad || c === 0x2060;
}

const CURRENCY = new Set([0x24, 0xa3, 0xa5, 0x20ac, 0x20b9, 0x20bd, 0x20a9, 0x20bf, 0x20a8]);
const PUNCT = new Set(
  ['.', ',', ';', ':', '!', '?', '"', "'", '‘', '’', '“', '”', '„', '«', '»', '‹', '›', '(', ')', '[', ']', '{', '}',
    '…', '-', '–', '—', '/', '`', '¿', '¡'].map((s) => s.charCodeAt(0)),
);

function charCategory(c: number): number {
  if (CURRENCY.has(c)) return CAT.currency;
  if (PUNCT.has(c)) return CAT.punctuation;
  return CAT.symbol;
}

/** Tokenize `text`. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const L = text.length;
  let space = false;
  let newlines = 0;
  let i = 0;

  // every token has all the fields, in one order: one object shape for the code that reads them
  const push = (start: number, end: number, t: string, category: number, info: WordInfo | undefined, extra?: Extra): void => {
    out.push({
      start, end, text: t, category, space, newlines, abbr: extra?.abbr ?? A_NONE,
      piece: extra?.piece, info, pos: extra?.pos, lemma: extra?.lemma,
    });
    space = false;
    newlines = 0;
  };
  const emit = (start: number, end: number, category: number, extra?: Extra): void =>
    push(start, end, text.slice(start, end), category, undefined, extra);

  /** More text follows on the same line after position `p`. */
  const moreOnLine = (p: number): boolean => {
    for (let x = p; x < L; x++) {
      const c = text.charCodeAt(x);
      if (isNewline(c)) return false;
      if (!isSpace(c) && !isIgnorable(c)) return true;
    }
    return false;
  };

  /** First non-space character after `p` on the same line is a digit. */
  const digitNext = (p: number): boolean => {
    for (let x = p; x < L; x++) {
      const c = text.charCodeAt(x);
      if (isNewline(c)) return false;
      if (!isSpace(c)) return isDigit(c);
    }
    return false;
  };

  const sticky = (re: RegExp, at: number, limit: number): number => {
    re.lastIndex = at;
    const m = re.exec(text);
    return m !== null && at + m[0].length <= limit ? at + m[0].length : -1;
  };

  while (i < L) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      // CR LF counts once
      if (!(c === 10 && i > 0 && text.charCodeAt(i - 1) === 13)) newlines++;
      space = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    if (isIgnorable(c)) {
      i++;
      continue;
    }
    // The chunk: up to the next whitespace.
    let e = i + 1;
    while (e < L) {
      const d = text.charCodeAt(e);
      if (isNewline(d) || isSpace(d)) break;
      e++;
    }
    i = chunk(i, e);
  }
  return out;

  /** Tokenize text[s, e) (no whitespace inside); returns e. */
  function chunk(s: number, e: number): number {
    let p = s;
    while (p < e) {
      const c = text.charCodeAt(p);
      if (isIgnorable(c)) {
        p++;
        continue;
      }
      // URL with a scheme, e-mail address
      if ((c === 104 || c === 72 || c === 102 || c === 70) && p + 6 < e) {
        const u = sticky(URL_RE, p, e);
        if (u > 0) {
          let end = u;
          while (end > p && /[.,;:!?)\]"'’”»]/.test(text[end - 1]!)) end--;
          emit(p, end, CAT.url);
          p = end;
          continue;
        }
      }
      if (isLetter(c) || isDigit(c)) {
        if (text.indexOf('@', p) >= 0 && text.indexOf('@', p) < e) {
          const m = sticky(EMAIL_RE, p, e);
          if (m > 0) {
            emit(p, m, CAT.email);
            p = m;
            continue;
          }
        }
        p = isDigit(c) ? numberAt(p, e) : wordAt(p, e);
        continue;
      }
      if (c === 46 && p + 1 < e && text.charCodeAt(p + 1) === 46) {
        let q = p + 2;
        while (q < e && text.charCodeAt(q) === 46) q++;
        emit(p, q, CAT.punctuation);
        p = q;
        continue;
      }
      if (c === 45 && p + 1 < e && text.charCodeAt(p + 1) === 45) {
        emit(p, p + 2, CAT.punctuation);
        p += 2;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && p + 1 < e) {
        emit(p, p + 2, CAT.emoji);
        p += 2;
        continue;
      }
      if ((c === 64 || c === 35) && p + 1 < e && isLetter(text.charCodeAt(p + 1))) {
        let q = p + 1;
        while (q < e && (isLetter(text.charCodeAt(q)) || isDigit(text.charCodeAt(q)) || text.charCodeAt(q) === 95)) q++;
        emit(p, q, c === 64 ? CAT.mention : CAT.hashtag);
        p = q;
        continue;
      }
      emit(p, p + 1, charCategory(c));
      p++;
    }
    return e;
  }

  /** A number starting at p (a digit); returns where the next token starts. */
  function numberAt(p: number, e: number): number {
    let q = p;
    while (q < e && isDigit(text.charCodeAt(q))) q++;
    // inner separators between digits
    while (q + 1 < e && isNumSep(text.charCodeAt(q)) && isDigit(text.charCodeAt(q + 1))) {
      q++;
      while (q < e && isDigit(text.charCodeAt(q))) q++;
    }
    // letters glued to the number
    let r = q;
    while (r < e && isAsciiLetter(text.charCodeAt(r))) r++;
    if (r > q && (r === e || !isLetter(text.charCodeAt(r)))) {
      const suffix = text.slice(q, r);
      if (ORDINAL_SUFFIX.test(suffix)) {
        emit(p, r, CAT.ordinal);
        return r;
      }
      if (TIME_SUFFIX.test(suffix) && q - p <= 5) {
        emit(p, r, CAT.time);
        return r;
      }
      if ((suffix === 's' || suffix === 'S') && q - p === 4 && text.charCodeAt(q - 1) === 48) {
        emit(p, r, CAT.decade);
        return r;
      }
    }
    emit(p, q, CAT.number);
    return q;
  }

  /** A word starting at p (a letter); returns where the next token starts. */
  function wordAt(p: number, e: number): number {
    let q = p;
    while (q < e && (isLetter(text.charCodeAt(q)) || isMark(text.charCodeAt(q)))) q++;
    // letters then digits: one word ("G7")
    if (q < e && isDigit(text.charCodeAt(q))) {
      let r = q;
      while (r < e && isDigit(text.charCodeAt(r))) r++;
      if (r === e || !isLetter(text.charCodeAt(r))) q = r;
    }
    const next = q < e ? text.charCodeAt(q) : -1;

    if (next === 46) {
      // dotted initials, bare domains, abbreviations
      const dotted = sticky(DOTTED_RE, p, e);
      if (dotted > 0 && (dotted === e || !isLetter(text.charCodeAt(dotted)))) {
        const kind = abbreviationKind(text.slice(p, dotted));
        emit(p, dotted, CAT.word, { abbr: kind === 'title' ? A_TITLE : A_CAN_END });
        return dotted;
      }
      if (q + 1 < e && isAlnumAscii(text.charCodeAt(q + 1))) {
        const d = sticky(DOMAIN_RE, p, e);
        if (d > 0) {
          emit(p, d, CAT.word, { pos: 'PROPN' });
          return d;
        }
      }
      if (q + 1 === e || !isLetter(text.charCodeAt(q + 1))) {
        const kind = abbreviationKind(text.slice(p, q + 1));
        if (kind === 'title' || kind === 'can_end' || (kind === 'before_number' && digitNext(q + 1))) {
          emit(p, q + 1, CAT.word, { abbr: kind === 'can_end' ? A_CAN_END : A_TITLE, pos: kind === 'title' ? 'PROPN' : undefined });
          return q + 1;
        }
        // single capital initial, not glued to what precedes, with more on the line
        if (q === p + 1 && startsUpper(text[p]!) && text.charCodeAt(p) < 128 && (space || out.length === 0 || out[out.length - 1]!.end < p) && moreOnLine(q + 1)) {
          emit(p, q + 1, CAT.word, { abbr: A_INITIAL });
          return q + 1;
        }
      }
    }

    if (isApostrophe(next)) {
      const after = q + 1 < e ? text.charCodeAt(q + 1) : -1;
      if (isLetter(after)) {
        let r = q + 1;
        while (r < e && isLetter(text.charCodeAt(r))) r++;
        const whole = text.slice(p, r);
        if (word(p, r, true)) return r;
        if (r === q + 2 && (after === 115 || after === 83)) {
          const stem = text.slice(p, q).toLowerCase();
          if (IS_CONTRACTION_HOSTS.has(stem)) {
            emit(p, q, CAT.word, { pos: stem === 'here' || stem === 'there' ? 'ADV' : 'PRON' });
            emit(q, r, CAT.word, { pos: 'AUX', lemma: 'be' });
          } else {
            emit(p, q, CAT.word);
            emit(q, r, CAT.word, { pos: 'PART' });
          }
          return r;
        }
        emit(p, r, CAT.word);
        return r;
      }
      if ((text.charCodeAt(q - 1) === 115 || text.charCodeAt(q - 1) === 83) && q - p > 1) {
        emit(p, q, CAT.word);
        emit(q, q + 1, CAT.punctuation, { pos: 'PUNCT' });
        return q + 1;
      }
    }
    // hyphenated compound kept whole ("anti-war", "F-16", "co-operation")
    if ((next === 45 || next === 0x2013) && q + 1 < e && (isLetter(text.charCodeAt(q + 1)) || isDigit(text.charCodeAt(q + 1)))) {
      let r = q;
      let last = q;
      let digit = false;
      while (r + 1 < e && (text.charCodeAt(r) === 45 || text.charCodeAt(r) === 0x2013) && (isLetter(text.charCodeAt(r + 1)) || isDigit(text.charCodeAt(r + 1)))) {
        last = r + 1;
        r = last;
        while (r < e && (isLetter(text.charCodeAt(r)) || isDigit(text.charCodeAt(r)) || isMark(text.charCodeAt(r)))) {
          if (isDigit(text.charCodeAt(r))) digit = true;
          r++;
        }
      }
      for (let x = p; x < q && !digit; x++) if (isDigit(text.charCodeAt(x))) digit = true;
      if (digit || keepsCompound(text.slice(p, r), text.slice(p, q), text.slice(last, r))) {
        emit(p, r, CAT.word);
        return r;
      }
    }
    word(p, q);
    return q;
  }

  /** Emit text[p, q) as a word, or as the pieces of a listed contraction ("cannot", "didn’t"). */
  function word(p: number, q: number, contractionOnly = false): boolean {
    const info = wordInfoAt(text, p, q);
    const pieces = info.pieces;
    if (pieces !== null && pieces.reduce((n, x) => n + x.text.length, 0) === q - p) {
      let at = p;
      for (const piece of pieces) {
        emit(at, at + piece.text.length, CAT.word, { piece });
        at += piece.text.length;
      }
      return true;
    }
    if (contractionOnly) return false;
    push(p, q, info.text, CAT.word, info);
    return true;
  }
}

function isNumSep(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47 || c === 45;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAlnumAscii(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

/** Combining marks (accents written as separate code points). */
function isMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff);
}
