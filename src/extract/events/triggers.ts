/**
 * Finding event triggers: tokens where a verb or noun pattern of the event lexicon matches,
 * with the position of its target slot. One trigger per head token (the most specific pattern).
 */
import type { Token } from '../../nlp/types.js';
import { isQuoteMark } from '../../nlp/chars.js';
import type { ArticleContext } from '../context.js';
import type { ActorMention } from '../actors/find.js';
import { MONTHS } from './dates.js';
import { eventLexicon, singular, STEP_GAP, STEP_NOT, STEP_OBJECT, STEP_TARGET, type EventLexicon, type Pattern } from './lexicon.js';

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
  /** The actor of a demonym a "*" step let through ("expelled two Russian diplomats"), or null. */
  gapActor: string | null;
}

const GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'PART', 'PUNCT']);
const MAX_GAP = 4;
/** Tokens a "**" step (a whole object phrase) may let through. */
const MAX_OBJECT = 14;

/**
 * The lexicon's numbers for a token's lower case, lemma and singular (-1: in no pattern), three per
 * token, computed when first needed; `stamp` tells which article (findTriggers call) they are for.
 * Kept between calls, so an article allocates nothing.
 */
let tokenWordIds = new Int32Array(0);
let stamp = new Uint32Array(0);
let call = 0;

/** Does token k match one of the words code[from, from + n) (on lower case, lemma or the singular of a plural)? */
function wordMatches(toks: Token[], lex: EventLexicon, k: number, from: number, n: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (stamp[k] !== call) {
    const lower = t.lower;
    const ids = lex.wordIds;
    tokenWordIds[3 * k] = ids.get(lower) ?? -1;
    tokenWordIds[3 * k + 1] = ids.get(t.lemma) ?? -1;
    // singular() changes only words ending in "s"
    tokenWordIds[3 * k + 2] = lower.charCodeAt(lower.length - 1) === 115 ? ids.get(singular(lower)) ?? -1 : -1;
    stamp[k] = call;
  }
  const a = tokenWordIds[3 * k]!;
  const b = tokenWordIds[3 * k + 1]!;
  const c = tokenWordIds[3 * k + 2]!;
  const code = lex.code;
  for (let j = from; j < from + n; j++) {
    const w = code[j]!;
    if (w === a || w === b || w === c) return true;
  }
  return false;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** Words that start a time phrase, never a target: "fired a ballistic missile on Tuesday" has no target slot filled. */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight',
  'yesterday', 'tomorrow', 'overnight', ...MONTHS]);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * May a "*" step let token k through? Modifiers; and, in a pattern without a target slot, a demonym
 * standing for its state, which becomes the target ("expelled two Russian diplomats"). With a target
 * slot the demonym stays out of the pattern: it is the noun's own actor ("escalating Russian attacks on").
 */
function canGap(t: Token, m: ActorMention | null, demonym: boolean): boolean {
  if (m) return demonym && m.kind === 'demonym';
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (t.pos === 'PUNCT') return t.text === '-' || t.text === '‐' || t.text === '“' || t.text === '"' || t.text === '”';
  return GAP_POS.has(t.pos);
}

interface StepsMatch {
  end: number;
  targetAt: number | null;
  between: boolean;
  gapActor: string | null;
}

const TIME_LEADS = new Set(['in', 'on', 'last', 'this', 'next', 'late', 'early']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend']);

/**
 * End of a time phrase starting at token k ("in July", "on Tuesday", "last week", "on March 3", "in 2024"),
 * or k when none starts there: "imposed sanctions in July on X" reads as "imposed sanctions on X".
 */
function timePhraseEnd(ctx: ArticleContext, k: number, sentence: number): number {
  const toks = ctx.toks;
  const lead = toks[k];
  const next = toks[k + 1];
  if (!lead || !next || next.sentence !== sentence || !TIME_LEADS.has(lead.lower) || ctx.mentionAt(k + 1)) return k;
  const unit = CALENDAR.has(next.lower) || (lead.lower !== 'in' && lead.lower !== 'on' && TIME_UNITS.has(next.lower)) ||
    (lead.lower === 'in' && /^(1[89]|20)\d\d$/.test(next.text));
  if (!unit) return k;
  let end = k + 2;
  // "on March 3", "in July 2025", "on January 7, 2025"
  if (toks[end]?.pos === 'NUM' && toks[end]!.sentence === sentence) end++;
  if (toks[end]?.text === ',' && /^\d{4}$/.test(toks[end + 1]?.text ?? '')) end += 2;
  else if (/^\d{4}$/.test(toks[end]?.text ?? '') && toks[end]!.sentence === sentence) end++;
  return end;
}

/** Match the pattern's steps from token k; returns the end and the target slot, or null. */
function matchSteps(ctx: ArticleContext, lex: EventLexicon, p: Pattern, k: number, sentence: number): StepsMatch | null {
  const toks = ctx.toks;
  const code = lex.code;
  let gap = false;
  let object = false;
  let targetAt: number | null = null;
  let between = false;
  let gapActor: string | null = null;
  for (let at = p.codeStart; at < p.codeEnd; ) {
    const kind = code[at]!;
    const n = code[at + 1]!;
    const words = at + 2;
    at = words + n;
    if (kind === STEP_GAP) {
      gap = true;
      continue;
    }
    if (kind === STEP_OBJECT) {
      object = true;
      continue;
    }
    if (kind === STEP_NOT) {
      if (wordMatches(toks, lex, k, words, n)) return null;
      continue;
    }
    if (kind === STEP_TARGET) {
      k = timePhraseEnd(ctx, k, sentence);
      if (!toks[k] || toks[k]!.sentence !== sentence) return null;
      if (CALENDAR.has(toks[k]!.lower) && !ctx.mentionAt(k)) return null;
      targetAt = k;
      between = k > 0 && toks[k - 1]!.lower === 'between';
      continue;
    }
    let skipped = 0;
    for (;;) {
      const t = toks[k];
      if (!t || t.sentence !== sentence) return null;
      // quotation marks around a quoted word never break a pattern: launch a “trade war” against
      if (isQuoteMark(t.text)) {
        k++;
        continue;
      }
      if (wordMatches(toks, lex, k, words, n)) {
        k++;
        break;
      }
      const timeEnd = timePhraseEnd(ctx, k, sentence);
      if (timeEnd > k) {
        k = timeEnd;
        continue;
      }
      const mention = ctx.mentionAt(k);
      if (object) {
        // a whole object phrase: any words but a clause break ("declared a Pakistani staffer posted at ... as persona non grata")
        if (skipped >= MAX_OBJECT || (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-') || t.pos === 'AUX') return null;
        gapActor ??= mention ? mention.actor : ctx.demonymStateAt(k);
        k++;
        skipped++;
        continue;
      }
      if (!gap || skipped >= MAX_GAP) return null;
      if (!canGap(t, mention, !p.hasTarget)) return null;
      if (mention) gapActor ??= mention.actor;
      // "repatriated six North Korean residents": a demonym that is no mention still names the state
      else if (!p.hasTarget && t.pos === 'PROPN') gapActor ??= ctx.demonymStateAt(k);
      k++;
      skipped++;
    }
    gap = false;
    object = false;
  }
  return { end: k, targetAt, between, gapActor };
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
  if (stamp.length < toks.length) {
    stamp = new Uint32Array(toks.length * 2);
    tokenWordIds = new Int32Array(toks.length * 6);
  }
  call = (call + 1) >>> 0 || 1;
  let consumedUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    // a word inside a verb pattern already matched ("provided military assistance to") is not a trigger of its own
    if (i < consumedUntil) continue;
    const tm = tokenMention[i];
    if (tm !== undefined && tm >= 0) continue;
    const t = toks[i]!;
    const pos = t.pos;
    // the tagger reads some base forms after a modal as adjectives or nouns ("will close the consulate")
    const isVerb = pos === 'VERB' || ((pos === 'ADJ' || pos === 'NOUN') && i > 0 && MODALS.has(toks[i - 1]!.lower));
    const verbPatterns = isVerb || (pos === 'NOUN' && t.lower.endsWith('ed')) ? lex.verbs.get(t.lemma) ?? lex.verbs.get(t.lower) : undefined;
    const nounPatterns = pos === 'NOUN' || pos === 'PROPN' || (isVerb && i > 0 && (toks[i - 1]!.pos === 'DET' || toks[i - 1]!.pos === 'ADJ')) ? lex.nouns.get(singular(t.lower)) : undefined;
    if (!verbPatterns && !nounPatterns) continue;
    // the most specific pattern wins; on equal weight the first one tried
    let best: Pattern | null = null;
    let bestFirst = 0;
    let bestM: StepsMatch | null = null;
    // verb patterns start at the trigger word; a noun pattern's head may start words before it
    for (let pass = 0; pass < 2; pass++) {
      const patterns = pass ? nounPatterns : verbPatterns;
      if (!patterns) continue;
      for (const p of patterns) {
        const first = pass ? headMatches(ctx, p, i) : i;
        if (first === null || (best && best.weight >= p.weight)) continue;
        const m = matchSteps(ctx, lex, p, i + 1, t.sentence);
        if (m) {
          best = p;
          bestFirst = first;
          bestM = m;
        }
      }
    }
    if (best) {
      out.push({ pattern: best, first: bestFirst, last: i + 1, targetAt: bestM!.targetAt, end: bestM!.end, between: bestM!.between, gapActor: bestM!.gapActor });
      if (best.trigger === 'verb') consumedUntil = bestM!.targetAt ?? bestM!.end;
    }
  }
  return out;
}
