/**
 * Finding event triggers: tokens where a verb or noun pattern of the event lexicon matches,
 * with the position of its target slot. One trigger per head token (the most specific pattern).
 */
import type { Token } from '../../nlp/types.js';
import type { ArticleContext } from '../context.js';
import { eventLexicon, singular, type Pattern } from './lexicon.js';

export interface TriggerMatch {
  pattern: Pattern;
  /** Head token range [first, last). */
  first: number;
  last: number;
  /** Token index where the target noun phrase starts, or null (then: direct object or none). */
  targetAt: number | null;
  /** Last token consumed by the pattern (exclusive). */
  end: number;
  /** The target slot came after "between": both sides are in the noun phrase. */
  between: boolean;
}

const GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'PART', 'PUNCT']);
const MAX_GAP = 4;
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '«', '»', "'"]);

/** Does the token match one of the words (on lower case, lemma or the singular of a plural)? */
function wordMatches(t: Token | undefined, alts: ReadonlySet<string>): boolean {
  if (!t) return false;
  const lower = t.lower;
  if (alts.has(lower) || alts.has(t.lemma)) return true;
  // singular() changes only words ending in "s"
  return lower.charCodeAt(lower.length - 1) === 115 && alts.has(singular(lower));
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

function canGap(ctx: ArticleContext, k: number): boolean {
  const t = ctx.toks[k]!;
  if (ctx.mentionAt(k)) return false;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (t.pos === 'PUNCT') return t.text === '-' || t.text === '‐' || t.text === '“' || t.text === '"' || t.text === '”';
  return GAP_POS.has(t.pos);
}

/** Match the pattern's steps from token k; returns the end and the target slot, or null. */
interface StepsMatch {
  end: number;
  targetAt: number | null;
  between: boolean;
}

function matchSteps(ctx: ArticleContext, p: Pattern, k: number, sentence: number): StepsMatch | null {
  const toks = ctx.toks;
  let gap = false;
  let targetAt: number | null = null;
  let between = false;
  for (const step of p.steps) {
    if (step.kind === 'gap') {
      gap = true;
      continue;
    }
    if (step.kind === 'not') {
      if (wordMatches(toks[k], step.set)) return null;
      continue;
    }
    if (step.kind === 'target') {
      if (!toks[k] || toks[k]!.sentence !== sentence) return null;
      targetAt = k;
      between = k > 0 && toks[k - 1]!.lower === 'between';
      continue;
    }
    let n = 0;
    for (;;) {
      const t = toks[k];
      if (!t || t.sentence !== sentence) return null;
      // quotation marks around a quoted word never break a pattern: launch a “trade war” against
      if (QUOTE_MARKS.has(t.text)) {
        k++;
        continue;
      }
      if (wordMatches(t, step.set)) {
        k++;
        break;
      }
      if (!gap || n >= MAX_GAP || !canGap(ctx, k)) return null;
      k++;
      n++;
    }
    gap = false;
  }
  return { end: k, targetAt, between };
}

function headMatches(ctx: ArticleContext, p: Pattern, lastHead: number): number | null {
  const n = p.head.length;
  const first = lastHead - n + 1;
  if (first < 0) return null;
  for (let j = 0; j < n - 1; j++) {
    const t = ctx.toks[first + j]!;
    if (t.lower !== p.head[j] && t.lemma !== p.head[j]) return null;
  }
  return first;
}

export function findTriggers(ctx: ArticleContext): TriggerMatch[] {
  const lex = eventLexicon();
  const out: TriggerMatch[] = [];
  const toks = ctx.toks;
  const tokenMention = ctx.actors.tokenMention;
  let consumedUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    // a word inside a verb pattern already matched ("provided military assistance to") is not a trigger of its own
    if (i < consumedUntil) continue;
    const tm = tokenMention[i];
    if (tm !== undefined && tm >= 0) continue;
    const t = toks[i]!;
    const pos = t.pos;
    const isVerb = pos === 'VERB';
    const verbPatterns = isVerb || (pos === 'NOUN' && t.lower.endsWith('ed')) ? lex.verbs.get(t.lemma) ?? lex.verbs.get(t.lower) : undefined;
    const nounPatterns = pos === 'NOUN' || pos === 'PROPN' || (isVerb && i > 0 && (toks[i - 1]!.pos === 'DET' || toks[i - 1]!.pos === 'ADJ')) ? lex.nouns.get(singular(t.lower)) : undefined;
    if (!verbPatterns && !nounPatterns) continue;
    // the most specific pattern wins; on equal weight the first one tried
    let best: Pattern | null = null;
    let bestFirst = 0;
    let bestM: StepsMatch | null = null;
    if (verbPatterns) {
      for (const p of verbPatterns) {
        if (best && best.weight >= p.weight) continue;
        const m = matchSteps(ctx, p, i + 1, t.sentence);
        if (m) {
          best = p;
          bestFirst = i;
          bestM = m;
        }
      }
    }
    if (nounPatterns) {
      for (const p of nounPatterns) {
        const first = headMatches(ctx, p, i);
        if (first === null) continue;
        if (best && best.weight >= p.weight) continue;
        const m = matchSteps(ctx, p, i + 1, t.sentence);
        if (m) {
          best = p;
          bestFirst = first;
          bestM = m;
        }
      }
    }
    if (best) {
      out.push({ pattern: best, first: bestFirst, last: i + 1, targetAt: bestM!.targetAt, end: bestM!.end, between: bestM!.between });
      if (best.trigger === 'verb') consumedUntil = bestM!.targetAt ?? bestM!.end;
    }
  }
  return out;
}
