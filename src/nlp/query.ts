/** Small lookups over a Doc by character offset. All offsets are UTF-16 code units into doc.text. */
import type { Doc, Sentence, Token } from './types.js';

/** Index of the first item whose `end` is greater than `offset` (items sorted, non-overlapping). */
function firstEndingAfter(items: ReadonlyArray<{ end: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token covering `offset` (start <= offset < end), or undefined when it falls in whitespace. */
export function tokenAt(doc: Doc, offset: number): Token | undefined {
  const t = doc.tokens[firstEndingAfter(doc.tokens, offset)];
  return t !== undefined && t.start <= offset ? t : undefined;
}

/** Token indices [first, last) of the tokens overlapping [start, end). */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] {
  const first = firstEndingAfter(doc.tokens, start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.start < end) last++;
  return [first, last];
}

/** Tokens overlapping the range [start, end), in order (a token cut by either edge is included). */
export function tokensIn(doc: Doc, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = firstEndingAfter(doc.tokens, start); k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= end) break;
    out.push(t);
  }
  return out;
}

/** The sentence covering `offset` (start <= offset < end), or undefined between sentences. */
export function sentenceOf(doc: Doc, offset: number): Sentence | undefined {
  const s = doc.sentences[firstEndingAfter(doc.sentences, offset)];
  return s !== undefined && s.start <= offset ? s : undefined;
}

/** Text of sentence `i` (empty string when there is no such sentence). */
export function sentenceText(doc: Doc, i: number): string {
  const s = doc.sentences[i];
  return s === undefined ? '' : doc.text.slice(s.start, s.end);
}

/**
 * A verb in a past form: not its lemma, not "-ing", not a third-person present in "-s" ("repatriated",
 * "held", "said"; not "supports", "supplies", "says"). From the form alone: "put" and "cut" read as present.
 */
export function isPastForm(t: Token): boolean {
  return t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
}
