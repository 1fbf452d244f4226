/**
 * The event trigger lexicon (lexicon/events.yaml) compiled into patterns indexed by their first word,
 * and the cue lists of lexicon/event-cues.yaml. See the header of events.yaml for the pattern language.
 */
import type { EventType } from '../../export/records.js';
import { EVENT_TYPES } from '../../export/records.js';
import type { Token } from '../../nlp/types.js';
import { loadLexicon } from '../../util/lexicon.js';

/** A step of a pattern (no words for a gap or the target slot). */
export interface Step {
  kind: 'word' | 'gap' | 'object' | 'target' | 'not';
  alts: string[];
}

export interface Pattern {
  type: EventType;
  mode: string | null;
  cameo: string | null;
  trigger: 'verb' | 'noun';
  /** Head words: a verb lemma, or the noun's words ("phone", "call"). */
  head: string[];
  steps: Step[];
  hasTarget: boolean;
  source: string;
  /** Specificity, to prefer "strike a deal with" over "strike". */
  weight: number;
  /** Where the steps are in EventLexicon.code: [codeStart, codeEnd). */
  codeStart: number;
  codeEnd: number;
}

interface RawEntry {
  type: string;
  mode?: string | null;
  cameo?: string | number | null;
  verbs?: string[];
  nouns?: string[];
}

const PREPS = new Set(['with', 'between', 'on', 'against', 'to', 'from', 'for', 'of', 'into', 'at', 'in', 'over', 'about', 'toward', 'towards', 'near', 'across', 'by', 'upon', 'onto', 'off', 'out', 'up', 'down', 'inside', 'along', 'through', 'among', 'behind', 'around', 'after', 'under', 'within', 'beyond']);

function compile(p: string, e: RawEntry, trigger: 'verb' | 'noun'): Pattern {
  const parts = p.trim().toLowerCase().split(/\s+/);
  const head: string[] = [];
  let i = 0;
  if (trigger === 'verb') head.push(parts[i++]!);
  else {
    while (i < parts.length) {
      const w = parts[i]!;
      if (w === '*' || w === '**' || w === '{t}' || w.startsWith('~') || w.includes('|') || PREPS.has(w)) break;
      head.push(w);
      i++;
    }
    if (!head.length) head.push(parts[i++]!);
  }
  const steps: Step[] = [];
  for (; i < parts.length; i++) {
    const w = parts[i]!;
    if (w === '*') steps.push({ kind: 'gap', alts: [] });
    else if (w === '**') steps.push({ kind: 'object', alts: [] });
    else if (w === '{t}') steps.push({ kind: 'target', alts: [] });
    else if (w.startsWith('~')) steps.push({ kind: 'not', alts: w.slice(1).split('|') });
    else steps.push({ kind: 'word', alts: w.split('|') });
  }
  const words = steps.filter((s) => s.kind === 'word').length;
  return {
    type: e.type as EventType,
    mode: e.mode ?? null,
    cameo: e.cameo == null ? null : String(e.cameo),
    trigger,
    head,
    steps,
    hasTarget: steps.some((s) => s.kind === 'target'),
    source: p,
    weight: head.length * 2 + words * 2 + (steps.some((s) => s.kind === 'target') ? 1 : 0),
    codeStart: 0,
    codeEnd: 0,
  };
}

export interface EventLexicon {
  /** Verb patterns by head lemma. */
  verbs: Map<string, Pattern[]>;
  /** Noun patterns by the last head word (singular), e.g. "call" for "phone call". */
  nouns: Map<string, Pattern[]>;
  /** A number for every word of the patterns' steps. */
  wordIds: Map<string, number>;
  /**
   * The steps of all patterns in one array (compact for the matcher): per step its kind (STEP_WORD,
   * STEP_GAP, STEP_OBJECT, STEP_TARGET, STEP_NOT), its number of words, then the words' numbers.
   */
  code: Int32Array;
}

export const STEP_WORD = 0;
export const STEP_GAP = 1;
export const STEP_TARGET = 2;
export const STEP_NOT = 3;
export const STEP_OBJECT = 4;
const STEP_KIND = { word: STEP_WORD, gap: STEP_GAP, object: STEP_OBJECT, target: STEP_TARGET, not: STEP_NOT };

let lex: EventLexicon | null = null;

/** Singular form used to index and match nouns: "sanctions" -> "sanction", "talks" stays "talks". */
export function singular(w: string): string {
  // only a word ending in "s" changes
  if (w.charCodeAt(w.length - 1) !== 115) return w;
  if (w === 'talks' || w === 'news' || w === 'arms' || w === 'hostilities' || w.endsWith('ss')) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('ses')) return w.slice(0, -2);
  if (w.length > 3) return w.slice(0, -1);
  return w;
}

export function eventLexicon(): EventLexicon {
  if (lex) return lex;
  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const add = (m: Map<string, Pattern[]>, key: string, p: Pattern): void => {
    const list = m.get(key) ?? [];
    list.push(p);
    m.set(key, list);
  };
  for (const e of loadLexicon<RawEntry[]>('events.yaml')) {
    if (!(EVENT_TYPES as readonly string[]).includes(e.type)) continue;
    for (const v of e.verbs ?? []) {
      const p = compile(v, e, 'verb');
      add(verbs, p.head[0]!, p);
    }
    for (const n of e.nouns ?? []) {
      const p = compile(n, e, 'noun');
      add(nouns, singular(p.head[p.head.length - 1]!), p);
    }
  }
  for (const m of [verbs, nouns]) for (const list of m.values()) list.sort((a, b) => b.weight - a.weight);
  // the steps of the patterns of one head side by side
  const wordIds = new Map<string, number>();
  const code: number[] = [];
  for (const m of [verbs, nouns]) {
    for (const list of m.values()) {
      for (const p of list) {
        p.codeStart = code.length;
        for (const step of p.steps) {
          code.push(STEP_KIND[step.kind], step.alts.length);
          for (const w of step.alts) {
            if (!wordIds.has(w)) wordIds.set(w, wordIds.size);
            code.push(wordIds.get(w)!);
          }
        }
        p.codeEnd = code.length;
      }
    }
  }
  lex = { verbs, nouns, wordIds, code: Int32Array.from(code) };
  return lex;
}

interface RawCues {
  negation: string[];
  cancel: string[];
  intent: string[];
  intent_aux: string[];
  hypothetical_aux: string[];
  hypothetical_words: string[];
  request: string[];
  reporting: string[];
  outcomes: { label: string; cues: string[] }[];
  attribution: Record<string, string[]>;
  stative_nouns: string[];
  anaphoric_objects: Record<string, string[]>;
  targetless_types: string[];
  refused_things?: string[];
  open_addressees?: string[];
  intent_adjectives: string[];
  pair_nouns: string[];
  purpose_verbs: string[];
  accusing: string[];
  intent_governors: string[];
  inviting_verbs: string[];
  undermining_verbs: string[];
  judging_verbs: string[];
}

/** Phrases (word lists) indexed by their last word, so that matching at a token tries only those that can end there. */
export class PhraseIndex {
  private readonly byLast = new Map<string, string[][]>();

  constructor(readonly phrases: string[][]) {
    for (const p of phrases) {
      const last = p[p.length - 1]!;
      const list = this.byLast.get(last);
      if (list) list.push(p);
      else this.byLast.set(last, [p]);
    }
  }

  /** Does one of the phrases end exactly at token k (each word matching a token's lemma or lower case)? */
  endsAt(toks: readonly Token[], k: number): boolean {
    const t = toks[k];
    if (!t) return false;
    const a = this.byLast.get(t.lemma);
    if (a && anyEndsAt(toks, k, a)) return true;
    const b = t.lower !== t.lemma ? this.byLast.get(t.lower) : undefined;
    return !!b && anyEndsAt(toks, k, b);
  }
}

function anyEndsAt(toks: readonly Token[], k: number, phrases: string[][]): boolean {
  for (const phrase of phrases) {
    let ok = true;
    for (let j = 0; j < phrase.length - 1 && ok; j++) {
      const t = toks[k - (phrase.length - 1 - j)];
      const w = phrase[j]!;
      ok = !!t && (t.lemma === w || t.lower === w);
    }
    if (ok) return true;
  }
  return false;
}

/** An attribution cue: its stance, its words, and its rank in the lexicon's order (stances, then cues). */
export interface AttributionCue {
  stance: string;
  phrase: string[];
  order: number;
}

/** An outcome cue: the index of its label in `outcomes` and its words. */
export interface OutcomeCue {
  label: number;
  phrase: string[];
}

export interface Cues {
  negation: Set<string>;
  cancel: PhraseIndex;
  intent: PhraseIndex;
  intentAux: Set<string>;
  hypoAux: Set<string>;
  hypoWords: PhraseIndex;
  request: PhraseIndex;
  reporting: Set<string>;
  outcomes: { label: string; cues: string[][] }[];
  /** Outcome cues by their first word. */
  outcomesByFirst: Map<string, OutcomeCue[]>;
  attribution: { stance: string; cues: string[][] }[];
  /** Attribution cues by their last word, each list in lexicon order. */
  attributionByLast: Map<string, AttributionCue[]>;
  stativeNouns: Set<string>;
  /** Object noun -> the types of earlier events it can refer back to. */
  anaphoric: Map<string, EventType[]>;
  targetless: Set<string>;
  /** Head nouns of addressees that are no actor ("the international community"). */
  openAddressees: Set<string>;
  /** Head nouns of what a REJECT may refuse with nobody named as its author (singular). */
  refusedThings: Set<string>;
  intentAdjectives: Set<string>;
  pairNouns: Set<string>;
  purposeVerbs: Set<string>;
  accusing: Set<string>;
  intentGovernors: Set<string>;
  inviting: Set<string>;
  undermining: Set<string>;
  judging: Set<string>;
}

let cues: Cues | null = null;

function anaphoricIndex(raw: Record<string, string[]>): Map<string, EventType[]> {
  const m = new Map<string, EventType[]>();
  for (const [type, words] of Object.entries(raw)) {
    for (const w of words) m.set(String(w).toLowerCase(), [...(m.get(String(w).toLowerCase()) ?? []), type as EventType]);
  }
  return m;
}

const phrases = (xs: string[]): string[][] => xs.map((x) => String(x).toLowerCase().split(/\s+/));

function outcomesByFirst(outcomes: { label: string; cues: string[][] }[]): Map<string, OutcomeCue[]> {
  const m = new Map<string, OutcomeCue[]>();
  outcomes.forEach((o, label) => {
    for (const phrase of o.cues) m.set(phrase[0]!, [...(m.get(phrase[0]!) ?? []), { label, phrase }]);
  });
  return m;
}

function attributionByLast(attribution: { stance: string; cues: string[][] }[]): Map<string, AttributionCue[]> {
  const m = new Map<string, AttributionCue[]>();
  let order = 0;
  for (const { stance, cues: list } of attribution) {
    for (const phrase of list) {
      const last = phrase[phrase.length - 1]!;
      m.set(last, [...(m.get(last) ?? []), { stance, phrase, order: order++ }]);
    }
  }
  return m;
}

export function eventCues(): Cues {
  if (cues) return cues;
  const c = loadLexicon<RawCues>('event-cues.yaml');
  const outcomes = c.outcomes.map((o) => ({ label: o.label, cues: phrases(o.cues) }));
  const attribution = Object.entries(c.attribution).map(([stance, xs]) => ({ stance, cues: phrases(xs) }));
  cues = {
    negation: new Set(c.negation.map((x) => String(x).toLowerCase())),
    cancel: new PhraseIndex(phrases(c.cancel)),
    intent: new PhraseIndex(phrases(c.intent)),
    intentAux: new Set(c.intent_aux.map((x) => String(x).toLowerCase())),
    hypoAux: new Set(c.hypothetical_aux.map((x) => String(x).toLowerCase())),
    hypoWords: new PhraseIndex(phrases(c.hypothetical_words)),
    request: new PhraseIndex(phrases(c.request)),
    reporting: new Set(c.reporting.map((x) => String(x).toLowerCase())),
    outcomes,
    outcomesByFirst: outcomesByFirst(outcomes),
    attribution,
    attributionByLast: attributionByLast(attribution),
    stativeNouns: new Set((c.stative_nouns ?? []).map((x) => String(x).toLowerCase())),
    anaphoric: anaphoricIndex(c.anaphoric_objects ?? {}),
    targetless: new Set(c.targetless_types ?? []),
    openAddressees: new Set(c.open_addressees ?? []),
    refusedThings: new Set(c.refused_things ?? []),
    intentAdjectives: new Set(c.intent_adjectives ?? []),
    pairNouns: new Set(c.pair_nouns ?? []),
    purposeVerbs: new Set(c.purpose_verbs ?? []),
    accusing: new Set(c.accusing ?? []),
    intentGovernors: new Set(c.intent_governors ?? []),
    inviting: new Set(c.inviting_verbs ?? []),
    undermining: new Set(c.undermining_verbs ?? []),
    judging: new Set(c.judging_verbs ?? []),
  };
  return cues;
}
