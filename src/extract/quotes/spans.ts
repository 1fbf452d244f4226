/**
 * Quotation spans in an article body, in every punctuation style news text uses:
 * “curly”, "straight", ‘single’, 'straight single', „low-high“ / „low-high", «guillemets», ‹single›,
 * quotes whose opening or closing mark was lost, and quotes running over several paragraphs
 * (opening mark repeated at each paragraph, closing mark only at the end).
 * Works on characters and paragraph blocks only; no knowledge of speakers.
 */
import type { Block } from '../../read/types.js';

export interface QuoteSpan {
  /** Inner text range (without the marks). */
  start: number;
  end: number;
  /** Range including the marks that were present. */
  outerStart: number;
  outerEnd: number;
  /** Opening mark as found ('' when lost). */
  open: string;
  /** Closing mark as found ('' when lost). */
  close: string;
  /** Paragraphs the quote runs over. */
  paragraphs: number;
}

const OPENERS: Record<string, string[]> = {
  '“': ['”', '“'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '‹': ['›'],
  '"': ['"', '”'],
  '‘': ['’'],
  "'": ["'", '’'],
  '»': ['«'], // Danish/German style »…«
};

const QUOTE_CHARS = /["“”„«»‹›‘’']/g;

const isLetterOrDigit = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpenPunct = (c: string | undefined): boolean => c === undefined || /[\s([{—–\-/:;,]/u.test(c);

/** A single-quote character that is an apostrophe rather than a quote mark (don't, Russia's, '90s). */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return isLetterOrDigit(prev) && (isLetterOrDigit(next) || next === undefined || /[\s.,;:!?)]/.test(next));
}

interface Open {
  mark: string;
  pos: number;
  closers: string[];
  paragraphs: number;
}

function paragraphRanges(text: string, blocks: Block[]): { start: number; end: number }[] {
  if (blocks.length) return blocks.map((b) => ({ start: b.start, end: b.end }));
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (const part of text.split(/\n/)) {
    if (part.trim()) out.push({ start: s, end: s + part.length });
    s += part.length + 1;
  }
  return out;
}

export function findQuoteSpans(text: string, blocks: Block[] = []): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paras = paragraphRanges(text, blocks);
  const state: { carried: Open | null } = { carried: null }; // a quote left open at the end of the previous paragraph

  const push = (o: Open, closeAt: number, closeMark: string): void => {
    const start = o.mark ? o.pos + o.mark.length : o.pos;
    let s = start;
    let e = closeAt;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) return;
    spans.push({ start: s, end: e, outerStart: o.pos, outerEnd: closeAt + closeMark.length, open: o.mark, close: closeMark, paragraphs: o.paragraphs });
  };

  for (let p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p]!;
    let open: Open | null = null;
    let i = ps;
    const prev = state.carried;
    state.carried = null;
    if (prev) {
      // Multi-paragraph quote: the next paragraph repeats the opening mark; continue the quote.
      const c = text[ps]!;
      if (c === prev.mark || (OPENERS[c] && OPENERS[c]!.some((x) => prev.closers.includes(x)))) {
        open = { ...prev, paragraphs: prev.paragraphs + 1 };
        i = ps + 1;
      } else {
        // lost closing mark: the quote ended with its paragraph
        push(prev, paras[p - 1]!.end, '');
      }
    }
    let lastEnd = ps;
    for (; i < pe; i++) {
      // jump to the next character that can open or close a quotation
      QUOTE_CHARS.lastIndex = i;
      const hit = QUOTE_CHARS.exec(text);
      if (!hit || hit.index >= pe) break;
      i = hit.index;
      const c = text[i]!;
      if (open) {
        if (open.closers.includes(c)) {
          if ((c === "'" || c === '’') && isApostrophe(text, i)) continue;
          // straight double quote inside: a closing mark must not be followed by a letter directly
          if (c === '"' && isLetterOrDigit(text[i + 1]) && !isLetterOrDigit(text[i - 1])) continue;
          push(open, i, c);
          open = null;
          lastEnd = i + 1;
        }
        continue;
      }
      const closers = OPENERS[c];
      if (closers) {
        if ((c === "'" || c === '‘') && (isApostrophe(text, i) || !isSpaceOrOpenPunct(text[i - 1]) || !isLetterOrDigit(text[i + 1]))) continue;
        if (c === '"' && !isSpaceOrOpenPunct(text[i - 1]) && !(i === ps)) {
          // a straight quote after a letter is a closing mark with a lost opening
          push({ mark: '', pos: lastEnd, closers: [], paragraphs: 1 }, i, c);
          lastEnd = i + 1;
          continue;
        }
        if (c === "'" || c === '‘') {
          // a single-quote quotation must close within the paragraph
          let j = i + 1;
          let found = -1;
          for (; j < pe; j++) {
            const d = text[j]!;
            if (closers.includes(d) && !isLetterOrDigit(text[j + 1])) {
              found = j;
              break;
            }
          }
          if (found < 0) continue;
          push({ mark: c, pos: i, closers, paragraphs: 1 }, found, text[found]!);
          i = found;
          lastEnd = found + 1;
          continue;
        }
        open = { mark: c, pos: i, closers, paragraphs: 1 };
        continue;
      }
      if (c === '”' || c === '»') {
        // closing mark without an opening one: the quote began at the paragraph start
        push({ mark: '', pos: lastEnd, closers: [], paragraphs: 1 }, i, c);
        lastEnd = i + 1;
      }
    }
    if (open) state.carried = open;
  }
  if (state.carried) push(state.carried, paras[paras.length - 1]!.end, '');
  return spans;
}

/** Index of the span containing offset `at`, or -1 (spans sorted by start). */
export function spanAt(spans: QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.outerStart) hi = mid - 1;
    else if (at >= s.outerEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}
