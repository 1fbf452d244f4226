/**
 * Modality of a triggered event (records.md): asserted, intended, hypothetical, negated; or `skip`
 * when the trigger is not an event of its own (inside a demand on someone else, an infinitive that
 * no intent governs, a long direct quotation).
 */
import type { Modality } from '../../export/records.js';
import type { Token } from '../../nlp/types.js';
import { isPastForm } from '../../nlp/query.js';
import { isQuoteMark } from '../../nlp/chars.js';
import type { ArticleContext } from '../context.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './triggers.js';

export type ModalityResult = { skip: true; reason: string } | { skip: false; modality: Modality };

/** Does the phrase end exactly at token k (matching on lemma or lower case)? */
function phraseEndsAt(toks: Token[], k: number, phrase: string[]): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const t = toks[k - (phrase.length - 1 - j)];
    const w = phrase[j]!;
    if (!t || (t.lemma !== w && t.lower !== w)) return false;
  }
  return true;
}

function anyPhraseEndsAt(toks: Token[], k: number, phrases: string[][]): boolean {
  return phrases.some((p) => phraseEndsAt(toks, k, p));
}

/** Is a token of the sentence (around token `from`) "if" or "unless" (lemma or lower case)? */
function sentenceHasIf(toks: Token[], sentence: number, from: number): boolean {
  const isIf = (t: Token): boolean => t.lemma === 'if' || t.lower === 'if' || t.lemma === 'unless' || t.lower === 'unless';
  for (let k = from; k < toks.length && toks[k]!.sentence === sentence; k++) if (isIf(toks[k]!)) return true;
  for (let k = from - 1; k >= 0 && toks[k]!.sentence === sentence; k--) if (isIf(toks[k]!)) return true;
  return false;
}

const WHITESPACE_RUN = /\s+/g;

/** Would text.slice(start, end).split(/\s+/) give more than `n` pieces? (Without building them.) */
function moreWordsThan(text: string, start: number, end: number, n: number): boolean {
  // pieces = whitespace runs starting in [start, end) + 1
  let runs = 0;
  WHITESPACE_RUN.lastIndex = start;
  let m: RegExpExecArray | null;
  while (runs < n && (m = WHITESPACE_RUN.exec(text)) && m.index < end) runs++;
  return runs >= n;
}

/** Is one of the tokens [from, to) a verb with one of the lemmas? */
function someVerbIn(toks: Token[], from: number, to: number, lemmas: Set<string>): boolean {
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) if (toks[k]!.pos === 'VERB' && lemmas.has(toks[k]!.lemma)) return true;
  return false;
}

const PLANNED = new Set(['planned', 'proposed', 'upcoming', 'scheduled', 'expected', 'forthcoming', 'prospective', 'future', 'mooted', 'envisaged', 'intended', 'anticipated']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'for', 'toward', 'towards', 'over', 'regarding', 'concerning', 'into', 'against', 'to', 'of']);
/** Prefixes that make a verb of a verb with a hyphen: "test-fired", "re-imposed", "co-hosted" (not "Rwanda-backed"). */
const VERB_PREFIXES = new Set(['test', 're', 'co', 'pre']);
const CONTINUING = new Set(['continue', 'start', 'begin', 'resume', 'keep', 'go', 'manage', 'move', 'fail', 'refuse', 'decline', 'help', 'use', 'come', 'need', 'have', 'get', 'seem', 'appear', 'happen', 'be']);
const LIGHT_VERBS = new Set(['hold', 'have', 'conduct', 'make', 'pay', 'sign', 'reach', 'strike', 'launch', 'impose', 'announce', 'open', 'start', 'begin', 'resume', 'host', 'stage', 'carry', 'provide', 'send', 'deliver', 'supply', 'give', 'take', 'seal', 'conclude', 'agree', 'organise', 'organize', 'arrange', 'set', 'join', 'attend', 'convene']);

/**
 * The "of" opening the complement the trigger is in: right before it ("of interfering", "of
 * the attack"), or before a gerund whose phrase holds it ("of providing troops and weapons to");
 * null when there is none.
 */
function allegedFrom(ctx: ArticleContext, m: TriggerMatch): number | null {
  const toks = ctx.toks;
  // "accused Lula of “begging” Washington": quotation marks around the alleged act
  let first = m.first;
  while (first > 0 && isQuoteMark(toks[first - 1]!.text)) first--;
  if (toks[first - 1]?.lower === 'of') return first - 1;
  if (m.pattern.trigger === 'noun' && toks[first - 2]?.lower === 'of') return first - 2;
  const sent = toks[m.first]!.sentence;
  for (let k = first - 1; k >= 1 && k >= first - 8 && toks[k]!.sentence === sent; k--) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' || ctx.quoteOf[k]! >= 0) return null;
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && toks[k - 1]!.lower === 'of') return k - 1;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/**
 * A quoted report: a named actor as the subject of a trigger verb in the past ("The South Korean government
 * repatriated six North Korean residents today," the ministry said): a report of an event, not a statement.
 */
function namedActorInQuote(ctx: ArticleContext, m: TriggerMatch, q: number): boolean {
  const toks = ctx.toks;
  const v = toks[m.first]!;
  if (m.pattern.trigger !== 'verb' || v.pos !== 'VERB' || !isPastForm(v)) return false;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 3 && ctx.quoteOf[k] === q; k--) {
    const t = toks[k]!;
    const mm = ctx.mentionAt(k);
    if (mm) return !ctx.afterPreposition(mm.first) && ctx.quoteOf[mm.first] === q;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'NOUN') return false;
  }
  return false;
}

export function modalityOf(ctx: ArticleContext, m: TriggerMatch, cues: Cues, subjectEnd: number | null): ModalityResult {
  const toks = ctx.toks;
  const head = toks[m.first]!;
  const sent = head.sentence;

  // Direct quotations longer than a phrase are statements, not reports of events.
  const q = ctx.quoteOf[m.first]!;
  if (q >= 0) {
    const span = ctx.quotes[q]!;
    if (moreWordsThan(ctx.doc.text, span.start, span.end, 3) && !namedActorInQuote(ctx, m, q)) return { skip: true, reason: 'inside a quotation' };
  }

  // The verb that carries the trigger: the trigger itself, or the verb whose object the trigger noun is
  // ("held talks", "travel to Moscow for a meeting").
  let verbAt = m.first;
  if (m.pattern.trigger === 'noun') {
    for (let k = m.first - 1; k >= 0 && k >= m.first - 10 && toks[k]!.sentence === sent; k--) {
      const t = toks[k]!;
      if (t.pos === 'VERB' && (LIGHT_VERBS.has(t.lemma) || k >= m.first - 3 || !ctx.mentionAt(k + 1))) {
        verbAt = k;
        break;
      }
      if (t.pos === 'AUX' || t.text === ',' || t.lower === 'that') break;
    }
  }

  // Inside a demand on someone else ("demands that Ukrainian troops withdraw", "urged X to meet").
  for (let k = verbAt - 1; k >= 0 && k >= verbAt - 10 && toks[k]!.sentence === sent; k--) {
    // "wants Germany to deliver" is a demand on someone else; "wants to hold talks" is the subject's own intent
    if (cues.request.endsAt(toks, k) && toks[k]!.pos === 'VERB' && toks[k + 1]?.lower !== 'to') {
      // "X demanded talks with Y": the demand's own object is the REQUEST event, handled by its own trigger
      return { skip: true, reason: 'inside a demand' };
    }
    if (toks[k]!.text === ';' || (toks[k]!.text === ',' && toks[k - 1]?.pos !== 'PROPN')) break;
  }

  // "logistics firms supplying Ukraine", "facilities supporting the army": a participle describing a noun;
  // "the outlawed party", "the Rwanda-backed rebels": a participle used as an adjective
  if (m.pattern.trigger === 'verb') {
    const before = toks[m.first - 1];
    if (before && before.sentence === sent && /(ing|ed|en)$/.test(head.lower)) {
      if (/ing$/.test(head.lower) && (before.pos === 'NOUN' || before.pos === 'PROPN') && !ctx.mentionAt(m.first - 1)) return { skip: true, reason: 'a participle describing a noun' };
      // ("test-fired", "re-imposed" are verbs with a prefix: the word before the hyphen says which)
      const prefixed = before.text === '-' && !before.space && VERB_PREFIXES.has(toks[m.first - 2]?.lower ?? '');
      if (before.pos === 'DET' || before.pos === 'ADJ' || (before.text === '-' && !before.space && !prefixed)) return { skip: true, reason: 'a participle used as an adjective' };
    }
  }
  // "rejected calls for a truce" (with "calls" tagged as a verb): the judged thing, not an act of the subject
  if (m.pattern.trigger === 'verb') {
    let b = m.first - 1;
    while (b >= 0 && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ')) b--;
    if (toks[b] && toks[b]!.sentence === sent && toks[b]!.pos === 'VERB' && cues.judging.has(toks[b]!.lemma)) return { skip: true, reason: `the object of "${toks[b]!.text}"` };
  }
  // "negotiations on ending the war", "talks about lifting sanctions": a topic, not an act
  if (m.pattern.trigger === 'verb' && /ing$/.test(head.lower) && TOPIC_PREPOSITIONS.has(toks[m.first - 1]?.lower ?? '')) {
    return { skip: true, reason: 'a topic (preposition + gerund)' };
  }
  // "accused the United States of interfering", "accuse Rwanda of providing troops and weapons to the M23":
  // the accusation is the event, not what it alleges
  const of = allegedFrom(ctx, m);
  if (of !== null) {
    for (let k = of - 1; k >= 0 && k >= of - 9 && toks[k]!.sentence === sent; k--) {
      if (cues.accusing.has(toks[k]!.lemma) || cues.accusing.has(toks[k]!.lower.replace(/(s|es|ed|d|ing)$/, ''))) return { skip: true, reason: 'what an accusation alleges' };
    }
  }

  let modality: Modality = 'asserted';

  // Infinitive: "wants to hold talks", "in an attempt to open", "normal for X to engage".
  let k = verbAt - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  if (toks[k]?.lower === 'to' && toks[k]!.sentence === sent) {
    let g = k - 1;
    while (g >= 0 && (toks[g]!.pos === 'ADV' || toks[g]!.lower === 'not')) g--;
    const gov = toks[g];
    if (!gov || gov.sentence !== sent) return { skip: true, reason: 'infinitive without a governor' };
    // a purpose clause after a whole clause: "traveled to Moscow to meet Putin", "is expected to visit Turkey next month to meet"
    // "it was usual for Japan to consult": a for-to clause, not a purpose
    let b = g;
    const gm = ctx.mentionAt(g);
    if (gm) b = gm.first;
    while (b > 0 && (toks[b - 1]!.pos === 'DET' || toks[b - 1]!.pos === 'ADJ')) b--;
    const forTo = toks[b - 1]?.lower === 'for';
    // a purpose clause after a journey: "flew to Moscow to meet Putin", "is expected to visit Turkey next month to meet"
    const purpose = !forTo && (gov.pos === 'NOUN' || gov.pos === 'PROPN' || gov.pos === 'ADV') &&
      someVerbIn(toks, ctx.doc.sentences[sent]!.first, g, cues.purposeVerbs);
    if (purpose) modality = 'intended';
    else if (cues.intent.endsAt(toks, g)) modality = 'intended';
    else if (cues.request.endsAt(toks, g)) return { skip: true, reason: 'inside a demand' };
    else if (gov.pos === 'VERB' && CONTINUING.has(gov.lemma)) modality = 'asserted';
    else if (gov.pos === 'AUX' && (gov.lemma === 'be' || gov.lemma === 'have')) modality = 'intended'; // "is to meet", "have to agree"
    else return { skip: true, reason: `infinitive after "${gov.text}"` };
    if (gov.lemma === 'fail' || gov.lemma === 'refuse' || gov.lemma === 'decline') modality = 'negated';
  }

  // Words between the subject (or clause start) and the trigger's verb.
  let from = subjectEnd ?? Math.max(ctx.doc.sentences[sent]!.first, verbAt - 6);
  // only words after any other verb belong to this one: "had never shut the door and accused India"
  for (let j = verbAt - 1; j >= from; j--) {
    if (toks[j]!.pos === 'VERB' && j !== verbAt) {
      from = j + 1;
      break;
    }
  }
  let negated = false;
  let aux: Token | null = null;
  for (let j = from; j < verbAt; j++) {
    const t = toks[j]!;
    if (cues.negation.has(t.lower) || t.lemma === 'not') negated = true;
    if ((t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PART') && (cues.intentAux.has(t.lower) || cues.hypoAux.has(t.lower))) aux = t;
  }
  if (m.pattern.trigger === 'noun' && verbAt < m.first) {
    // "ready for talks", "open to dialogue"
    for (let j = verbAt; j < m.first; j++) if (cues.intentAdjectives.has(toks[j]!.lower)) modality = modality === 'asserted' ? 'intended' : modality;
    // "expects the adoption of sanctions", "discussed a new package of sanctions", "is preparing talks"
    if (cues.intentGovernors.has(toks[verbAt]!.lemma) && modality === 'asserted') modality = 'intended';
    // "to undermine support for Ukraine"
    if (cues.undermining.has(toks[verbAt]!.lemma)) return { skip: true, reason: `worked against by "${toks[verbAt]!.text}"` };
  }
  if (m.pattern.trigger === 'noun') {
    for (let j = Math.max(0, m.first - 4); j < m.first; j++) {
      const w = toks[j]!;
      if (w.sentence === sent && (w.lower === 'no' || w.lower === 'without' || ((w.lower === 'lack' || w.lower === 'absence') && toks[j + 1]?.lower === 'of'))) negated = true;
    }
    // "the meeting was cancelled", "talks ... should be held": the predicate the noun is subject of
    // after the trigger's own arguments ("talks between Egypt and Ethiopia on the dam ... should resume")
    const from0 = m.targetAt !== null ? Math.max(m.last, ctx.nounPhraseActors(m.targetAt).end) : m.last;
    for (let j = from0; j < toks.length && j < from0 + 14 && toks[j]!.sentence === sent; j++) {
      const t = toks[j]!;
      if (t.text === ',' || t.text === ';' || t.lower === 'that' || t.lower === 'which' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break;
      if (cues.cancel.endsAt(toks, j) && (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'ADV')) negated = true;
      if (t.pos === 'AUX' || t.pos === 'PART') {
        if (cues.intentAux.has(t.lower) || cues.hypoAux.has(t.lower)) {
          aux = t;
          break;
        }
        if (cues.negation.has(t.lower)) negated = true;
      }
    }
    for (let j = Math.max(0, verbAt - 3); j < verbAt; j++) if (cues.cancel.endsAt(toks, j)) negated = true;
    if (verbAt !== m.first && cues.cancel.endsAt(toks, verbAt)) negated = true;
    for (let j = Math.max(0, m.first - 2); j < m.first; j++) {
      if (cues.hypoWords.endsAt(toks, j)) modality = 'hypothetical';
      // "a planned drill", "the proposed talks", "an upcoming visit"
      else if (PLANNED.has(toks[j]!.lower) && modality === 'asserted') modality = 'intended';
    }
  }
  // "did not discuss tariffs in a call with Trump": the call itself took place
  if (negated && m.pattern.trigger === 'noun' && verbAt < m.first) {
    let b = m.first - 1;
    while (b > verbAt && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ' || toks[b]!.pos === 'NUM' || toks[b]!.pos === 'NOUN')) b--;
    if (b > verbAt && (toks[b]!.pos === 'ADP' || ['in', 'during', 'at', 'after', 'on', 'from'].includes(toks[b]!.lower)) && !anyPhraseEndsAt(toks, m.first - 1, [['no'], ['without']])) negated = false;
  }
  if (negated) return { skip: false, modality: 'negated' };
  if (aux) {
    const w = aux.lower;
    if (cues.intentAux.has(w)) modality = modality === 'asserted' ? 'intended' : modality;
    else if (w === 'would') modality = sentenceHasIf(toks, sent, m.first) ? 'hypothetical' : 'intended';
    else modality = 'hypothetical';
  }
  if (modality === 'asserted' && aux && sentenceHasIf(toks, sent, m.first)) modality = 'hypothetical';
  return { skip: false, modality };
}
