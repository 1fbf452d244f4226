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

function wordMatches(t: Token | undefined, alts: string[]): boolean {
  if (!t) return false;
  for (const a of alts) if (t.lower === a || t.lemma === a || singular(t.lower) === a) return true;
  return false;
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
function matchSteps(ctx: ArticleContext, p: Pattern, k: number, sentence: number): { end: number; targetAt: number | null; between: boolean } | null {
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
      if (wordMatches(toks[k], step.alts)) return null;
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
      if (wordMatches(t, step.alts)) {
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
  let consumedUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (ctx.mentionAt(i)) continue;
    // a word inside a verb pattern already matched ("provided military assistance to") is not a trigger of its own
    if (i < consumedUntil) continue;
    const found: { best: TriggerMatch | null } = { best: null };
    const consider = (p: Pattern, first: number): void => {
      if (found.best && found.best.pattern.weight >= p.weight) return;
      const m = matchSteps(ctx, p, i + 1, t.sentence);
      if (m) found.best = { pattern: p, first, last: i + 1, targetAt: m.targetAt, end: m.end, between: m.between };
    };
    if (t.pos === 'VERB' || (t.pos === 'NOUN' && t.lower.endsWith('ed'))) {
      for (const p of lex.verbs.get(t.lemma) ?? lex.verbs.get(t.lower) ?? []) consider(p, i);
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && i > 0 && (toks[i - 1]!.pos === 'DET' || toks[i - 1]!.pos === 'ADJ'))) {
      for (const p of lex.nouns.get(singular(t.lower)) ?? []) {
        const first = headMatches(ctx, p, i);
        if (first !== null) consider(p, first);
      }
    }
    if (found.best) {
      out.push(found.best);
      if (found.best.pattern.trigger === 'verb') consumedUntil = found.best.targetAt ?? found.best.end;
    }
  }
  return out;
}
