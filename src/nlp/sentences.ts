/**
 * Sentence boundaries over tokens.
 * - A line break always ends a sentence, so a sentence never crosses a paragraph or line.
 * - A bullet ("•") always starts one.
 * - A full stop, "?" or "!" (with any closing quotes and brackets after it) ends a sentence
 *   when whitespace and a capitalised word or an opening quote follow; the closing quote stays
 *   with the sentence it closes (`...peace.” He` splits after ”). Never before a lower-case
 *   word, so `"It is done," he said.` and `"Is it?" she asked.` stay whole.
 * - Never after a title abbreviation (Gen., Dr., St., vs.); after an abbreviation that can end
 *   a sentence (U.S., Inc., a.m., Jan.), an initial or an ellipsis, only before a capitalised
 *   sentence starter (The, He, But, In, ...; lexicon/abbreviations.yaml).
 * - A list number at the start of a line ("1. The ...") does not end a sentence.
 * - A multi-sentence quotation is split into its sentences like any other text.
 */
import type { Sentence, Token } from './types.js';
import type { RawToken } from './tokenize.js';
import { A_CAN_END, A_INITIAL, A_TITLE } from './tokenize.js';
import { isSentenceStarter } from './abbrev.js';
import { isBulletChar, isClosingChar, isDigit, isOpeningChar, isStraightQuote, isTerminalChar, startsLower, startsUpper } from './chars.js';

export function splitSentences(tokens: Token[], raw: RawToken[]): Sentence[] {
  const n = tokens.length;
  const sentences: Sentence[] = [];
  let first = 0;
  for (let k = 1; k < n; k++) {
    const t = tokens[k]!;
    const r = raw[k]!;
    let split = false;
    if (r.newlines > 0) {
      split = true;
    } else if (isClosing(k)) {
      split = false;
    } else if (t.text.length === 1 && isBulletChar(t.text.charCodeAt(0))) {
      split = true;
    } else if (!startsLower(t.text)) {
      // the last token before any closing quotes/brackets
      let j = k - 1;
      while (j > first && isClosing(j)) j--;
      const core = tokens[j]!;
      const prev = tokens[k - 1]!;
      const abbr = raw[j]!.abbr;
      if (prev.text.length === 1 && isBulletChar(prev.text.charCodeAt(0))) {
        split = false;
      } else if (abbr === A_TITLE) {
        split = false;
      } else if (abbr === A_CAN_END || abbr === A_INITIAL) {
        split = starterAt(k);
      } else if (isTerminal(core.text)) {
        const ch = core.text.charCodeAt(0);
        const opens = r.space && (startsUpper(t.text) || isOpening(k) || isDigit(t.text.charCodeAt(0)));
        if (ch === 46 && core.text.length === 1) {
          // after a full stop: anything but a lower-case word (already excluded) opens a sentence
          split = !(j === first + 1 && j === k - 1 && isListNumber(tokens[first]!.text)) && (r.space || isOpening(k));
        } else if (ch === 46 || ch === 0x2026) {
          split = r.space && starterAt(k);
        } else {
          split = opens;
        }
      }
    }
    if (split) {
      sentences.push(make(sentences.length, first, k));
      first = k;
    }
  }
  if (n > 0) sentences.push(make(sentences.length, first, n));
  return sentences;

  function make(i: number, a: number, b: number): Sentence {
    return { i, start: tokens[a]!.start, end: tokens[b - 1]!.end, first: a, last: b };
  }

  function isClosing(k: number): boolean {
    const t = tokens[k]!;
    if (t.text.length !== 1) return false;
    const code = t.text.charCodeAt(0);
    if (isClosingChar(code)) return true;
    return isStraightQuote(code) && !t.space && k > 0;
  }

  function isOpening(k: number): boolean {
    const t = tokens[k]!;
    if (t.text.length !== 1) return false;
    const code = t.text.charCodeAt(0);
    if (isOpeningChar(code)) return true;
    return isStraightQuote(code) && (t.space || k === 0);
  }

  /** Token k (or the word after an opening quote at k) is a capitalised sentence starter. */
  function starterAt(k: number): boolean {
    let j = k;
    if (isOpening(j) && j + 1 < n && !tokens[j + 1]!.space) j++;
    return isSentenceStarter(tokens[j]!.text);
  }
}

/** One to three digits, as in a numbered list item "2." */
function isListNumber(s: string): boolean {
  if (s.length > 3) return false;
  for (let x = 0; x < s.length; x++) if (!isDigit(s.charCodeAt(x))) return false;
  return true;
}

/** Token text made only of sentence-final punctuation (".", "?!", "...", "…"). */
function isTerminal(s: string): boolean {
  for (let x = 0; x < s.length; x++) if (!isTerminalChar(s.charCodeAt(x))) return false;
  return s.length > 0;
}
