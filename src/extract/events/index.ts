/**
 * Event extraction: triggers -> arguments (source, target) -> modality, date, place, outcome,
 * topic, attributions, evidence -> merged within the article.
 */
import type { DateRange, EventType } from '../../export/records.js';
import type { LocalAttribution, LocalEvent } from '../types.js';
import type { ArticleContext } from '../context.js';
import { PREPOSITIONS } from '../context.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { placeAt } from '../places.js';
import { isUnnamedGroup } from '../actors/find.js';
import { isPastForm, tokenRange } from '../../nlp/query.js';
import { eventCues, eventLexicon, singular, type Cues, type OutcomeCue, type Pattern } from './lexicon.js';
import { modalityOf } from './modality.js';
import { findDates, publicationDate, finer, rangesOverlap, type DateExpr, type Tense } from './dates.js';
import { sentenceAttributions, type SentenceAttribution } from './attribution.js';

const SYMMETRIC = new Set<EventType>(['CONSULT', 'AGREE', 'COOPERATE']);
const RECIPROCAL = new Set(['exchange', 'swap', 'trade']);
const COERCIVE = new Set<EventType>(['SANCTION', 'ASSAULT', 'COERCE', 'MOBILIZE']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const HEAD_OF_STATE = /\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|head of state|head of government|supreme leader|crown prince)\b/i;

/** An event with its internal bookkeeping (removed before it leaves the stage). */
export interface DraftEvent extends LocalEvent {
  dateFromText: boolean;
  sentence: number;
}

interface Args {
  source: string[];
  target: string[];
  subjectEnd: number | null;
}

function sourceAndTarget(ctx: ArticleContext, m: TriggerMatch): Args | null {
  const toks = ctx.toks;
  const p = m.pattern;
  const sent = toks[m.first]!.sentence;
  let source: string[] = [];
  let target: string[] = [];
  let subjectEnd: number | null = null;

  // target
  if (m.targetAt !== null) {
    const np = ctx.nounPhraseActors(m.targetAt);
    if (m.between) {
      source = np.keys.slice(0, 1);
      target = np.keys.slice(1);
    } else target = np.keys;
  } else if (p.trigger === 'verb') {
    const next = toks[m.end];
    if (next && next.sentence === sent && !PREPOSITIONS.has(next.lower) && next.pos !== 'PUNCT' && next.pos !== 'VERB' && next.pos !== 'AUX') {
      target = ctx.nounPhraseActors(m.end).keys;
    }
  }
  // "ordered the closure of the last Russian consulate": an act is ordered, nobody is addressed
  if (p.type === 'REQUEST' && p.trigger === 'verb' && target.length && actObject(ctx, m.targetAt ?? m.end)) target = [];
  // "called Putin a war criminal", "called it a mistake": naming, not a phone call
  if (p.type === 'CONSULT' && p.mode === 'phone' && p.trigger === 'verb' && p.head[0] === 'call') {
    const at = m.targetAt ?? m.end;
    const first = ctx.mentionAt(at) ?? (toks[at]?.lower === 'the' ? ctx.mentionAt(at + 1) : null);
    const np = ctx.nounPhraseActors(at);
    const after = toks[np.end];
    const possessive = !!first && /^['’]s?$/.test(toks[first.last]?.text ?? '');
    if (!first || possessive || (after && after.sentence === sent && (after.pos === 'DET' || after.pos === 'ADJ' || after.pos === 'NOUN'))) target = [];
  }

  // passive: "was received by X"
  // "was received by", "was previously blocked by", "has not been told"
  let pb = m.first - 1;
  while (pb > 0 && toks[pb]!.sentence === sent && (toks[pb]!.pos === 'ADV' || toks[pb]!.lower === 'not' || toks[pb]!.lower === 'n’t' || toks[pb]!.lower === "n't") && m.first - pb < 3) pb--;
  const prev = toks[pb];
  const passive = p.trigger === 'verb' && prev && prev.sentence === sent && prev.lemma === 'be' && /ed$|en$|met$|held$|told$|hit$|struck$|sent$/.test(toks[m.first]!.lower);
  if (passive) {
    let by = -1;
    for (let k = m.last; k < toks.length && k < m.last + 4 && toks[k]!.sentence === sent; k++) if (toks[k]!.lower === 'by') by = k;
    let agent = by >= 0 ? ctx.nounPhraseActors(by + 1).keys : [];
    const patient = ctx.subjectBefore(m.first) ?? [];
    // "was summoned to King Charles Street": the seat of government is the agent
    if (!agent.length && toks[m.last]?.lower === 'to') {
      const seat = ctx.mentionAt(m.last + 1) ?? (toks[m.last + 1]?.lower === 'the' ? ctx.mentionAt(m.last + 2) : null);
      if (seat && ctx.actor(seat.actor)?.type === 'state') agent = [seat.actor];
    }
    if (agent.length) {
      source = agent;
      if (!target.length) target = patient;
      return { source, target, subjectEnd: null };
    }
    // "Two people were killed in Lviv", "was arrested": the subject underwent the act; whoever did it is not named here
    if (!source.length) return { source, target: target.length ? target : patient, subjectEnd: null };
  }

  if (p.trigger === 'noun') {
    let k = m.first - 1;
    while (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM')) k--;
    if (toks[k]?.lower === 'before' || (toks[k]?.lower === 'of' && toks[k - 1]?.lower === 'ahead')) return null;
  }
  if (!source.length) {
    // possessive before a trigger noun: "Trump's call with Putin", "his meeting with"
    if (p.trigger === 'noun') {
      let k = m.first - 1;
      // "Hamas's October 7 onslaught", "Russia's renewed missile strikes"
      while (k >= 0 && k >= m.first - 4 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM' || toks[k]!.text === '-' || (toks[k]!.pos === 'PROPN' && /^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(toks[k]!.text)))) k--;
      const t = toks[k];
      const modifier = t && t.sentence === sent ? ctx.mentionAt(k) : null;
      if (modifier && modifier.last === k + 1 && ['state', 'organization'].includes(ctx.actor(modifier.actor)?.type ?? '') && !eventCues().stativeNouns.has(toks[m.last - 1]!.lower)) {
        source = [modifier.actor];
      }
      const possessive = !source.length && !!t && t.sentence === sent && ((/^['’]s?$/.test(t.text) && !!ctx.mentionAt(k - 1)) || ['his', 'her', 'its', 'their'].includes(t.lower));
      // "its war against Ukraine", "Russia's occupation of Crimea": a standing state of affairs, not an act
      if (possessive && eventCues().stativeNouns.has(toks[m.last - 1]!.lower)) return null;
      if (possessive) source = /^['’]s?$/.test(t!.text) ? [ctx.mentionAt(k - 1)!.actor] : ctx.resolvePronoun(k);
    }
  }
  // "allies that are currently providing assistance to X": a description of who the allies are, not a report
  if (p.trigger === 'verb' && toks[m.first]!.lower.endsWith('ing')) {
    let k = m.first - 1;
    while (k >= 0 && toks[k]!.pos === 'ADV') k--;
    if (toks[k]?.lemma === 'be' && ['that', 'which', 'who'].includes(toks[k - 1]?.lower ?? '')) return null;
  }
  // "invited Xi to make a state visit to the US": the invited one is who would act
  if (!source.length && p.trigger === 'verb' && toks[m.first - 1]?.lower === 'to') {
    const obj = ctx.mentionAt(m.first - 2);
    if (obj && ctx.afterVerb(obj.first)) {
      let v = obj.first - 1;
      while (v >= 0 && (toks[v]!.pos === 'DET' || toks[v]!.pos === 'ADJ' || toks[v]!.pos === 'NUM')) v--;
      if (eventCues().inviting.has(toks[v]!.lemma)) source = ctx.coordinatedLeft(obj);
    }
  }
  if (!source.length) {
    const subj = ctx.subjectBefore(m.first);
    if (subj) {
      // where the subject ends, for modality cues between subject and verb
      let end: number | null = null;
      for (let k = m.first - 1; k >= 0 && toks[k]!.sentence === sent; k--) {
        const mm = ctx.mentionAt(k);
        if ((mm && subj.includes(mm.actor)) || SUBJECT_PRONOUNS.has(toks[k]!.lower)) {
          end = mm ? mm.last : k + 1;
          break;
        }
      }
      // a trigger noun is the subject's act only as the object of a verb: "X held talks with", "X imposed sanctions on";
      // not inside another phrase ("talks ... on a maritime security pact for the Gulf")
      let governed = p.trigger === 'verb';
      if (!governed && end !== null) {
        for (let k = end; k < m.first; k++) {
          // "Israel rejected calls for a truce": whoever judges the thing did not do it
          if (toks[k]!.pos === 'VERB' && eventCues().judging.has(toks[k]!.lemma)) {
            governed = false;
            break;
          }
          if (toks[k]!.pos === 'VERB' || eventCues().intentAdjectives.has(toks[k]!.lower)) governed = true;
        }
      }
      if (governed) {
        source = subj;
        subjectEnd = end;
      }
    }
  }
  if (!source.length && p.trigger === 'noun' && frontedPhrase(ctx, m.first)) {
    // a fronted phrase: "After a meeting with X in Geneva, Erdogan said ..." -> the main clause subject
    let k = m.end;
    while (k < toks.length && toks[k]!.sentence === sent && toks[k]!.text !== ',') k++;
    const mm = ctx.mentionAt(k + 1);
    if (toks[k]?.text === ',' && mm) {
      const after = toks[mm.last];
      if (after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV')) source = [mm.actor];
    }
  }
  if (!source.length) {
    // "the two leaders agreed": the two actors named just before
    const pair = pairSubject(ctx, m.first);
    if (pair) source = pair;
  }
  if (SYMMETRIC.has(p.type) && !target.length && source.length > 1) {
    target = source.slice(1);
    source = source.slice(0, 1);
  }
  target = target.filter((t) => !source.includes(t));
  return { source, target, subjectEnd };
}

/** Is the noun phrase at k headed by an event noun ("the closure of", "the immediate expulsion of")? */
function actObject(ctx: ArticleContext, k: number): boolean {
  const toks = ctx.toks;
  while (toks[k] && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM') && !ctx.mentionAt(k)) k++;
  const t = toks[k];
  return !!t && t.pos === 'NOUN' && !ctx.mentionAt(k) && eventLexicon().nouns.has(singular(t.lower)) && toks[k + 1]?.lower === 'of';
}

/** Does the trigger's sentence state a condition ("if", "unless", "should ... fail")? */
function conditional(ctx: ArticleContext, i: number): boolean {
  const s = ctx.doc.sentences[ctx.toks[i]!.sentence]!;
  for (let k = s.first; k < s.last; k++) if (ctx.toks[k]!.lower === 'if' || ctx.toks[k]!.lower === 'unless') return true;
  return false;
}

/** The target in an infinitive complement: the first actor after a preposition or as the verb's object. */
function complementTarget(ctx: ArticleContext, k: number, source: string[]): string[] {
  const toks = ctx.toks;
  const sent = toks[k - 1]!.sentence;
  for (let j = k; j < toks.length && j < k + 10 && toks[j]!.sentence === sent; j++) {
    const mm = ctx.mentionAt(j);
    if (mm && !source.includes(mm.actor)) return ctx.nounPhraseActors(mm.first).keys.filter((x) => !source.includes(x));
    if (toks[j]!.text === ',' || toks[j]!.lower === 'if' || toks[j]!.lower === 'unless') break;
  }
  return [];
}

/**
 * The object of the trigger refers back to an earlier event ("condemned the strikes", "rejected the
 * offer", "Tehran rejected this"): the target is that event's source (for a deal: both sides).
 */
function anaphoricTarget(ctx: ArticleContext, m: TriggerMatch, earlier: DraftEvent[], cues: Cues, source: string[]): string[] {
  const toks = ctx.toks;
  let k = m.end;
  while (toks[k] && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM') && toks[k]!.lower !== 'this' && toks[k]!.lower !== 'that') k++;
  const head = toks[k];
  const sentenceEnd = !head || head.sentence !== toks[m.first]!.sentence || head.pos === 'PUNCT';
  // "Tehran rejected." refuses what was asked; an accusation needs its object ("condemned the strikes")
  if (sentenceEnd && m.pattern.type === 'ACCUSE') return [];
  const types = sentenceEnd ? (['REQUEST'] as EventType[]) : cues.anaphoric.get(head.lower) ?? cues.anaphoric.get(head.lemma);
  if (!types) return [];
  for (let j = earlier.length - 1; j >= 0; j--) {
    const e = earlier[j]!;
    if (!types.includes(e.type) || e.sentence < toks[m.first]!.sentence - 4) continue;
    // a deal or a meeting has two sides; an offer ("offered to hold talks ... rejected the offer") is its author's
    const sides = (e.type === 'AGREE' || e.type === 'CONSULT') && !types.includes('REQUEST') ? [...e.source, ...e.target] : e.source;
    const t = sides.filter((x) => !source.includes(x));
    if (t.length) return t;
  }
  return [];
}

const MODALS = new Set(['would', 'will', 'could', 'might', 'may', "'ll", 'shall']);

/**
 * A warning's that-clause foretelling a consequence (a modal, or an if/unless condition): the first actor
 * in it that is neither a source nor of a source's country.
 */
function warningTarget(ctx: ArticleContext, from: number, source: string[]): string[] {
  const toks = ctx.toks;
  const sent = toks[from - 1]!.sentence;
  let k = from;
  while (k < from + 6 && toks[k] && toks[k]!.sentence === sent && toks[k]!.lower !== 'that' && toks[k]!.pos !== 'PUNCT') k++;
  if (toks[k]?.lower !== 'that' || toks[k]!.sentence !== sent) return [];
  const own = new Set(source.map((x) => ctx.actor(x)?.country).filter((c): c is string => !!c));
  let foretold = false;
  let found: string[] = [];
  for (let j = k + 1; j < toks.length && toks[j]!.sentence === sent; j++) {
    const t = toks[j]!;
    if (MODALS.has(t.lower) || t.lower === 'if' || t.lower === 'unless') foretold = true;
    const mm = ctx.mentionAt(j);
    if (!found.length && mm && !source.includes(mm.actor)) {
      const a = ctx.actor(mm.actor);
      if (a && (a.type === 'state' || a.type === 'person' || a.type === 'organization') && !(a.country && own.has(a.country))) found = [mm.actor];
    }
  }
  return foretold ? found : [];
}

/** Modalities of undated events that take the date of the report's lead event. */
const LEAD_DATED = new Set(['asserted', 'intended']);

/**
 * A report's lead event dated in the text within the week before publication ("held talks in Beijing on
 * Friday") dates the report's later undated events ("The two sides agreed ...", "China supports ..."),
 * instead of the publication date; not background paragraphs.
 */
function leadDate(ctx: ArticleContext, drafts: DraftEvent[]): void {
  const published = ctx.article.published?.slice(0, 10);
  if (!published) return;
  const lead = drafts.find((e) => e.dateFromText);
  if (!lead || lead.sentence > 2 || !lead.date || lead.date.precision !== 'day' || lead.date.start > published) return;
  if (Date.parse(published) - Date.parse(lead.date.start) > 7 * 86_400_000) return;
  for (const e of drafts) {
    if (e.dateFromText || e.sentence <= lead.sentence || !LEAD_DATED.has(e.modality)) continue;
    const block = ctx.article.blocks.find((b) => b.start <= e.trigger.start && e.trigger.start < b.end);
    if (block?.label === 'Background') continue;
    e.date = { ...lead.date };
    e.dateFromText = true;
  }
}

/** CAMEO 087: de-escalate militarily (withdraw). */
const RETREAT_WITHDRAW_CAMEO = '087';

/**
 * A bare withdrawal ("withdraw from {T}", "withdrawal from {T}", "quit {T}": no object between the trigger
 * and the target) from states only: leaving a country, RETREAT withdraw; from an organisation, treaty or
 * talks it stays SANCTION withdraw.
 */
function leavesCountry(ctx: ArticleContext, p: Pattern, target: string[]): boolean {
  if (p.type !== 'SANCTION' || p.mode !== 'withdraw' || !target.length) return false;
  if (p.steps.some((st) => st.kind !== 'word' && st.kind !== 'target') || p.steps.filter((st) => st.kind === 'word').length > 1) return false;
  return target.every((t) => ctx.actor(t)?.type === 'state');
}

/** "struck targets in Syria", "attacked infrastructure across Ukraine": where the object lies. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'inside']);

/** Acts a participle clause adds to the main one ("..., accusing", "..., urging", "..., threatening", "..., rejecting"). */
const PARTICIPLE_TYPES = new Set<EventType>(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT']);

/**
 * The trigger is a participle opening a clause after a comma (", threatening ...", ", accusing ...") and the
 * sentence's previous event has the same source: that event's target.
 */
function participleTarget(ctx: ArticleContext, m: TriggerMatch, earlier: DraftEvent[], source: string[]): string[] {
  const toks = ctx.toks;
  const t = toks[m.first]!;
  if (!PARTICIPLE_TYPES.has(m.pattern.type) || t.pos !== 'VERB' || !t.lower.endsWith('ing') || toks[m.first - 1]?.text !== ',') return [];
  const prev = earlier[earlier.length - 1];
  if (!prev || prev.sentence !== t.sentence || !prev.source.some((x) => source.includes(x))) return [];
  return prev.target.filter((x) => !source.includes(x));
}

/** "the two leaders agreed", "both sides said": the last two distinct persons or states before the phrase. */
function pairSubject(ctx: ArticleContext, i: number): string[] | null {
  const toks = ctx.toks;
  const sent = toks[i]!.sentence;
  let k = i - 1;
  while (k >= 0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  let at = pairPhraseEndingAt(ctx, k);
  // "The two heads of state exchanged views ... and agreed": a coordinated verb shares the clause's subject
  if (!at && toks[k]?.lower === 'and') {
    for (let j = k - 1; j >= ctx.doc.sentences[sent]!.first && !at; j--) at = pairPhraseEndingAt(ctx, j);
  }
  if (!at) return null;
  const keys: string[] = [];
  for (let j = ctx.actors.mentions.length - 1; j >= 0 && keys.length < at.count; j--) {
    const mm = ctx.actors.mentions[j]!;
    if (mm.first >= at.start || toks[mm.first]!.sentence < sent - 2) continue;
    if (ctx.actor(mm.actor)?.type === at.want && !keys.includes(mm.actor)) keys.unshift(mm.actor);
  }
  return keys.length === at.count ? keys : null;
}

/**
 * A phrase naming a pair (or a few) of actors named before, ending at token k: "the two leaders",
 * "both sides", "the three juntas", "the two heads of state", "the ministers".
 */
function pairPhraseEndingAt(ctx: ArticleContext, k: number): { start: number; count: number; want: 'person' | 'state' } | null {
  const toks = ctx.toks;
  let noun = toks[k];
  if (!noun) return null;
  let head = k;
  let want: 'person' | 'state' | null = null;
  // "heads of state|government"
  if ((noun.lower === 'state' || noun.lower === 'government') && toks[k - 1]?.lower === 'of' && /^heads?$/.test(toks[k - 2]?.lower ?? '')) {
    head = k - 2;
    want = 'person';
    noun = toks[head]!;
  } else if (!eventCues().pairNouns.has(noun.lower)) return null;
  const det = toks[head - 1];
  let count = { two: 2, both: 2, three: 3, four: 4 }[det?.lower ?? ''] ?? 0;
  let start = head - 1;
  // "the ministers", "the sides": a definite plural after two actors were named
  if (!count && det?.lower === 'the' && toks[head + 1]?.lower !== 'of') count = 2;
  if (count && det?.lower !== 'the' && toks[head - 2]?.lower === 'the') start = head - 2;
  if (!count) return null;
  want ??= ['leaders', 'ministers', 'presidents', 'men', 'premiers', 'counterparts', 'officials', 'heads'].includes(noun.lower) ? 'person' : 'state';
  return { start, count, want };
}

/** Is token i inside a sentence-opening adverbial phrase ("Following a meeting with X, ...", "During talks with Y, ...")? */
function frontedPhrase(ctx: ArticleContext, i: number): boolean {
  const toks = ctx.toks;
  const s = ctx.doc.sentences[toks[i]!.sentence]!;
  const first = toks[s.first]!;
  if (!(first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && /ing$/.test(first.lower)) || first.lower === 'according')) {
    // "According to Bloomberg, during talks with ..., Trump said"
    let k = s.first;
    while (k < i && toks[k]!.text !== ',') k++;
    if (k >= i || !(toks[k + 1]?.pos === 'ADP' || toks[k + 1]?.pos === 'SCONJ')) return false;
  }
  for (let k = s.first; k < i; k++) if ((toks[k]!.pos === 'VERB' && !/ing$/.test(toks[k]!.lower) && toks[k]!.lemma !== 'accord') || toks[k]!.pos === 'AUX') return false;
  return true;
}

/** "Trump said Washington would launch ...": a state source stands for the head of state or government who says so. */
function speakerForState(ctx: ArticleContext, m: TriggerMatch, source: string[]): string[] {
  if (source.length !== 1 || ctx.actor(source[0]!)?.type !== 'state') return source;
  const toks = ctx.toks;
  const sent = toks[m.first]!.sentence;
  for (let k = m.first - 1; k >= 0 && toks[k]!.sentence === sent; k--) {
    if (ctx.isReporting(k)) {
      const who = ctx.subjectBefore(k);
      const speaker = who && who.length === 1 ? ctx.actor(who[0]!) : undefined;
      if (speaker?.type === 'person' && speaker.country === ctx.actor(source[0]!)!.country && speaker.roles.some((r) => HEAD_OF_STATE.test(r))) {
        return [speaker.key];
      }
      return source;
    }
  }
  return source;
}

function tenseOf(modality: string): Tense {
  return modality === 'intended' ? 'future' : 'past';
}

/** Is there a reporting verb in the past ("reported", "said", not "says") between body offsets a and b? */
function reportedBetween(ctx: ArticleContext, a: number, b: number): boolean {
  const [from, to] = tokenRange(ctx.doc, a, b);
  for (let k = from; k < to; k++) if (ctx.isReporting(k) && isPastForm(ctx.toks[k]!)) return true;
  return false;
}

/** Words that open a clause of its own after the event's clause ("..., an idea floated last year", "after he was elected in 2024"). */
const CLAUSE_OPENERS = new Set([',', ';', '—', '–', '(', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'after', 'before', 'since', 'until', 'because']);

/**
 * Does the date after the trigger sit in a clause of its own: a comma or a clause word, then a verb
 * other than a reporting one ("agreed to push for ..., an idea first floated by Poland last year",
 * "rejected calls for a truce, demanding the release of hostages seized on October 7")?
 */
function inLaterClause(ctx: ArticleContext, triggerEnd: number, dateStart: number): boolean {
  const [a, b] = tokenRange(ctx.doc, triggerEnd, dateStart);
  const toks = ctx.toks;
  let open = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (CLAUSE_OPENERS.has(t.lower)) open = true;
    else if (open && t.pos === 'VERB' && !ctx.isReporting(k)) return true;
  }
  return false;
}

/** Words that open a relative clause. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The date before the trigger is cut off from it: a break between them (`joins` true for one of the tokens
 * from the date on), and the date's own clause, back to a comma (or a semicolon) before it, holds `holds`.
 */
function dateCutOff(ctx: ArticleContext, dateStart: number, triggerStart: number, joins: (k: number) => boolean, holds: (k: number) => boolean): boolean {
  const toks = ctx.toks;
  // from the date's own first token: its span may end after a comma ("in April, and has invited")
  const [from, to] = tokenRange(ctx.doc, dateStart, triggerStart);
  let joined = false;
  for (let k = from; k < to && !joined; k++) joined = joins(k);
  if (!joined) return false;
  const sent = toks[from]?.sentence;
  for (let k = from - 1; k >= 0 && toks[k]!.sentence === sent && toks[k]!.text !== ',' && toks[k]!.text !== ';'; k--) if (holds(k)) return true;
  return false;
}

/**
 * Does the date before the trigger sit in a relative clause closed by a comma ("Eduardo Bolsonaro, the former
 * president's son who has lived in the United States since last year, accused ..."), or in an earlier clause
 * with a verb of its own joined by ", and", ", but" or ";" ("said he will travel to Beijing in April, and has
 * invited Xi to ...")?
 */
function inClauseBefore(ctx: ArticleContext, dateStart: number, triggerStart: number): boolean {
  const toks = ctx.toks;
  return dateCutOff(ctx, dateStart, triggerStart, (k) => toks[k]!.text === ',', (k) => RELATIVES.has(toks[k]!.lower)) ||
    dateCutOff(ctx, dateStart, triggerStart, (k) => toks[k]!.text === ';' || (toks[k]!.text === ',' && toks[k + 1]?.pos === 'CCONJ'),
      (k) => toks[k]!.pos === 'VERB' && !ctx.isReporting(k));
}

function chooseDate(ctx: ArticleContext, dates: DateExpr[], triggerStart: number, triggerEnd: number, asserted: boolean): DateExpr | null {
  let best: DateExpr | null = null;
  let bestD = Infinity;
  const toks = ctx.toks;
  const published = ctx.article.published?.slice(0, 10) ?? null;
  for (const d of dates) {
    if (d.start >= triggerEnd && inLaterClause(ctx, triggerEnd, d.start)) continue;
    if (d.end <= triggerStart && inClauseBefore(ctx, d.start, triggerStart)) continue;
    // "declared ... persona non grata and ordered him to leave within 24 hours": what happened is not dated after the report
    if (asserted && published && d.range.start > published) continue;
    let dist = d.start >= triggerEnd ? d.start - triggerEnd : (triggerStart - d.end) * 1.5;
    // "resume relations severed in January 2016": the date belongs to the verb in between
    const [a, b] = tokenRange(ctx.doc, Math.min(d.end, triggerEnd), Math.max(d.start, triggerStart));
    for (let k = a; k < b; k++) if (toks[k]!.pos === 'VERB' && !/^(said|says|told|added)$/.test(toks[k]!.lower)) dist += 200;
    if (dist < bestD) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

function location(ctx: ArticleContext, from: number, sentence: number): string | null {
  const toks = ctx.toks;
  for (let k = from; k < toks.length && k < from + 10 && toks[k]!.sentence === sentence; k++) {
    const t = toks[k]!;
    if (t.lower !== 'in' && t.lower !== 'at') continue;
    let j = k + 1;
    if (toks[j]?.lower === 'the') j++;
    const startTok = j;
    while (toks[j] && toks[j]!.sentence === sentence && /^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.pos !== 'PUNCT') j++;
    if (j === startTok) continue;
    const text = ctx.doc.text.slice(toks[startTok]!.start, toks[j - 1]!.end);
    if (/^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text)) continue;
    const mention = ctx.mentionAt(startTok);
    if (mention && ctx.actor(mention.actor)?.type === 'person') continue;
    return (toks[k + 1]?.lower === 'the' && mention ? 'the ' : '') + text;
  }
  return null;
}

function topic(ctx: ArticleContext, from: number, sentence: number): string | null {
  const toks = ctx.toks;
  for (let k = from; k < toks.length && k < from + 8 && toks[k]!.sentence === sentence; k++) {
    const t = toks[k]!;
    if (t.lower !== 'on' && t.lower !== 'about' && t.lower !== 'over' && t.lower !== 'regarding') continue;
    if (toks[k + 1] && /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/.test(toks[k + 1]!.text)) return null;
    let j = k + 1;
    while (toks[j] && toks[j]!.sentence === sentence && j < k + 10 && !/^[,.;:()“”"]$/.test(toks[j]!.text) && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX' && !['should', 'but', 'and', 'with', 'between', 'in', 'at', 'after', 'which', 'that'].includes(toks[j]!.lower)) j++;
    if (j > k + 1) return ctx.doc.text.slice(toks[k + 1]!.start, toks[j - 1]!.end);
    return null;
  }
  return null;
}

function outcome(ctx: ArticleContext, sentence: number, cues: Cues): string | null {
  // the first label (in lexicon order) with a cue anywhere in the sentence; cues are looked up by their first word
  const s = ctx.doc.sentences[sentence]!;
  const toks = ctx.toks;
  let best = Infinity;
  const tryCues = (list: OutcomeCue[] | undefined, k: number): void => {
    if (!list) return;
    for (const c of list) {
      if (c.label >= best) continue;
      const p = c.phrase;
      let ok = true;
      for (let j = 0; j < p.length && ok; j++) {
        const t = toks[k + j];
        ok = !!t && t.sentence === sentence && (t.lower === p[j] || t.lemma === p[j] || (p[j] === "n't" && t.lemma === 'not'));
      }
      if (ok) best = c.label;
    }
  };
  for (let k = s.first; k < s.last; k++) {
    const t = toks[k]!;
    tryCues(cues.outcomesByFirst.get(t.lower), k);
    if (t.lemma !== t.lower) tryCues(cues.outcomesByFirst.get(t.lemma), k);
    if (t.lemma === 'not' && t.lower !== "n't") tryCues(cues.outcomesByFirst.get("n't"), k);
  }
  return best === Infinity ? null : cues.outcomes[best]!.label;
}

/** Why a trigger gave no event, for `trace` (debugging the extractor on an article). */
export type EventTrace = (trigger: string, pattern: string, outcome: string) => void;

/** The state of the first known place in the object of an attack, deployment or withdrawal (it must be an actor of the article). */
function placeTarget(ctx: ArticleContext, from: number, source: string[]): string[] {
  const toks = ctx.toks;
  const sent = toks[from]!.sentence;
  for (let k = from; k < from + 10 && k < toks.length && toks[k]!.sentence === sent; k++) {
    const t = toks[k]!;
    // "struck what Israel's military said were weapons depots near Damascus": a hedge inside the object
    const hedge = ctx.isReporting(k) || ((t.pos === 'AUX' || t.lemma === 'be') && ctx.isReporting(k - 1));
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !hedge) || t.text === ';' || (t.text === ',' && /ing$/.test(toks[k + 1]?.lower ?? ''))) break;
    const place = placeAt(ctx.doc, k);
    if (!place) continue;
    const key = `state:${place.iso3}`;
    if (ctx.actor(key) && !source.includes(key)) return [key];
    k = place.end - 1;
  }
  return [];
}

/**
 * The object of the trigger names no actor and is headed by one of `heads` (singular or as written):
 * "urged the international community", "rejected calls for a truce", "rejected all peace proposals".
 */
function openObject(ctx: ArticleContext, m: TriggerMatch, heads: Set<string>): boolean {
  const at = m.targetAt ?? m.end;
  const np = ctx.nounPhraseActors(at, 6);
  if (np.keys.length) return false;
  for (let k = at; k < at + 5 && k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    if (heads.has(t.lower) || heads.has(singular(t.lower))) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM') return false;
  }
  return false;
}

export function extractEvents(ctx: ArticleContext, trace?: EventTrace): LocalEvent[] {
  const cues = eventCues();
  const toks = ctx.toks;
  const article = ctx.article;
  const drafts: DraftEvent[] = [];
  const undated: { ev: DraftEvent; copy: DraftEvent | null; tense: Tense; trigger: { start: number; end: number } }[] = [];
  const datesBySentence = new Map<string, DateExpr[]>();
  const sentenceDates = (i: number, tense: Tense): DateExpr[] => {
    const key = `${i}:${tense}`;
    let dates = datesBySentence.get(key);
    if (!dates) {
      const s = ctx.doc.sentences[i]!;
      dates = findDates(ctx.doc.text.slice(s.start, s.end), s.start, article.published, tense);
      datesBySentence.set(key, dates);
    }
    return dates;
  };
  const attributionsBySentence = new Map<number, SentenceAttribution[]>();
  const outcomes = new Map<number, string | null>();
  const sentenceOutcome = (sent: number): string | null => {
    if (!outcomes.has(sent)) outcomes.set(sent, outcome(ctx, sent, cues));
    return outcomes.get(sent)!;
  };

  for (const m of findTriggers(ctx)) {
    const p = m.pattern;
    // only when tracing: the messages are not even built otherwise
    const say = trace ? (why: string): void => trace(ctx.doc.text.slice(toks[m.first]!.start, toks[Math.max(m.first, m.end - 1)]!.end), `${p.type} ${p.source}`, why) : null;
    const args = sourceAndTarget(ctx, m);
    if (!args) {
      say?.('not an event (standing state or description)');
      continue;
    }
    let { source, target } = args;
    const mod = modalityOf(ctx, m, cues, args.subjectEnd);
    if (mod.skip) {
      say?.(`skipped: ${mod.reason}`);
      continue;
    }
    let type: EventType = p.type;
    let modality = mod.modality;
    // "killing dozens of people": victims no one names are no side of an attack (the place's state may be)
    if (type === 'ASSAULT' && target.length && target.every(isUnnamedGroup)) target = [];
    // "would impose crushing tariffs on Brazil if ...": the threat is what happened
    if (COERCIVE.has(type) && modality === 'hypothetical' && conditional(ctx, m.first)) type = 'THREATEN';
    // "expelled two Russian diplomats", "will close the Russian consulate": the state of the demonym the pattern let through
    if (!target.length && m.gapActor && !source.includes(m.gapActor)) target = [m.gapActor];
    // "Tehran rejected this", "condemned the strikes", "welcomed the deal": the object refers back to an earlier event
    if (!target.length && (m.targetAt === null || p.type === 'REJECT' || p.type === 'ACCUSE')) target = anaphoricTarget(ctx, m, drafts, cues, source);
    source = speakerForState(ctx, m, source);
    target = target.filter((t) => !source.includes(t));
    // "withdrew its troops from two positions in southern Lebanon", "struck targets in Syria": the place's state
    if (!target.length && (type === 'RETREAT' || type === 'ASSAULT' || type === 'MOBILIZE') && m.targetAt !== null) {
      const np = ctx.nounPhraseActors(m.targetAt);
      if (PLACE_PREPOSITIONS.has(toks[np.end]?.lower ?? '')) {
        let a = np.end + 1;
        while (a < np.end + 3 && toks[a] && (toks[a]!.pos === 'DET' || toks[a]!.pos === 'ADJ') && !ctx.mentionAt(a)) a++;
        const place = ctx.mentionAt(a);
        if (place && ctx.actor(place.actor)?.type === 'state' && !source.includes(place.actor)) target = [place.actor];
      }
      // "attacked Kharkiv", "targeting energy facilities in Lviv and Odesa", "struck the Fordow and Natanz sites":
      // the state the place lies in, when the article names that state
      if (!target.length) target = placeTarget(ctx, m.targetAt, source);
    }
    // "threatened to resume attacks on Israel", "refused to meet Zelenskyy": the target of the act threatened or refused
    if (!target.length && (type === 'THREATEN' || type === 'REJECT') && toks[m.end]?.lower === 'to') target = complementTarget(ctx, m.end + 1, source);
    // "ECOWAS imposed sanctions on Niger, threatening military intervention": a participle after the main
    // clause, with no object of its own, is aimed at the main clause's target
    if (!target.length) target = participleTarget(ctx, m, drafts, source);
    // "warned that Tokyo would bear the consequences", "warned that visas could go if Tbilisi did not ...": whom the warning is aimed at
    if (!target.length && type === 'THREATEN') target = warningTarget(ctx, m.end, source);
    // only patterns written without a target slot ("call for", "resign", "mobilise") may stay without one
    // a refusal of a thing nobody is named for ("rejected calls for a truce") keeps its source alone
    const targetless =
      !target.length &&
      p.trigger === 'verb' &&
      ((cues.targetless.has(type) && !p.hasTarget) ||
        (type === 'REQUEST' && openObject(ctx, m, cues.openAddressees)) ||
        (type === 'REJECT' && openObject(ctx, m, cues.refusedThings)));
    if (!source.length || (!target.length && !targetless)) {
      say?.(`no ${source.length ? 'target' : 'source'}`);
      continue;
    }
    // "completed its withdrawal from Niger": leaving a country, not an organisation (events.yaml conventions)
    const leftCountry = leavesCountry(ctx, p, target);
    if (leftCountry) type = 'RETREAT';
    say?.(`event ${type} ${modality}: ${source.join('+')} -> ${target.join('+')}`);
    // "Russia and Ukraine exchanged prisoners": a swap goes both ways
    const reciprocal = type === 'RETREAT' && !target.length && source.length === 2 && RECIPROCAL.has(toks[m.first]!.lemma);
    if (reciprocal) {
      target = [source[1]!];
      source = [source[0]!];
    }

    const sent = toks[m.first]!.sentence;
    const sentence = ctx.doc.sentences[sent]!;
    const trigger = { start: toks[m.first]!.start, end: toks[m.last - 1]!.end };
    const phrase = { start: trigger.start, end: toks[Math.max(m.last, m.targetAt ?? m.end) - 1]!.end };
    const tense = tenseOf(modality);

    let atts = attributionsBySentence.get(sent);
    if (!atts) {
      atts = sentenceAttributions(ctx, sent, cues);
      attributionsBySentence.set(sent, atts);
    }
    const attributions: LocalAttribution[] = atts
      .filter((a) => a.at < m.first - 1 || a.at > m.end || !source.includes(a.by ?? ''))
      .map((a) => ({ by: a.by, byText: a.byText, stance: a.stance }));
    const block = article.blocks.find((b) => b.start <= trigger.start && trigger.start < b.end);
    if (!block || block.label !== 'Background') {
      for (const s of article.sourcesCited) attributions.push({ by: null, byText: s, stance: 'reports' });
    }

    const ev: DraftEvent = {
      type,
      mode: type === p.type || leftCountry ? p.mode : null,
      cameo: leftCountry ? RETREAT_WITHDRAW_CAMEO : type === p.type ? p.cameo : '130',
      source,
      target,
      // dated below, after all triggers (chrono parses the sentences one after the other)
      date: null,
      dateBasis: null,
      location: location(ctx, m.end, sent),
      modality,
      outcome: sentenceOutcome(sent),
      topic: SYMMETRIC.has(type) ? topic(ctx, m.end, sent) : null,
      trigger,
      phrase,
      evidence: [{ start: sentence.start, end: sentence.end }],
      attributions,
      dateFromText: false,
      sentence: sent,
    };
    drafts.push(ev);
    const copy = reciprocal ? { ...ev, source: ev.target, target: ev.source, evidence: [...ev.evidence], attributions: [...ev.attributions] } : null;
    if (copy) drafts.push(copy);
    undated.push({ ev, copy, tense, trigger });
  }
  for (const { ev, copy, tense, trigger } of undated) {
    const sent = ev.sentence;
    const sentence = ctx.doc.sentences[sent]!;
    let d = chooseDate(ctx, sentenceDates(sent, tense), trigger.start, trigger.end, ev.modality === 'asserted');
    // "On Wednesday, the newspaper reported that Athens had decided to expel ...": the date is the report's, in the past
    if (d && tense === 'future' && d.end <= trigger.start && reportedBetween(ctx, d.end, trigger.start)) {
      const start = d.start;
      d = sentenceDates(sent, 'past').find((x) => x.start === start) ?? d;
    }
    // a past event in a narrative paragraph takes the date the previous sentence gave ("in April last year ... New Delhi blamed Pakistan")
    if (!d && tense === 'past' && sent > 0) {
      const prev = ctx.doc.sentences[sent - 1]!;
      const block = article.blocks.find((b) => b.start <= sentence.start && sentence.start < b.end);
      if (block && prev.start >= block.start) {
        const pdates = sentenceDates(sent - 1, tense);
        const last = pdates[pdates.length - 1];
        if (last && last.range.end < (article.published ?? '9999').slice(0, 10)) d = last;
      }
    }
    const date: DateRange | null = d?.range ?? publicationDate(article.published);
    for (const e of copy ? [ev, copy] : [ev]) {
      e.date = date;
      e.dateFromText = !!d;
    }
  }
  leadDate(ctx, drafts);
  return mergeEvents(drafts).map(({ dateFromText, sentence: _s, ...e }) => ({ ...e, dateBasis: e.date ? (dateFromText ? 'text' : 'published') : null }));
}

function sideKey(e: DraftEvent): string {
  const s = [...e.source].sort().join('+');
  const t = [...e.target].sort().join('+');
  if (SYMMETRIC.has(e.type)) return [s, t].sort().join('|');
  return `${s}>${t}`;
}

/** Merge reports of the same event within an article (same type, sides, modality; compatible dates). */
export function mergeEvents(events: DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const e of events) {
    const same = out.find((o) => o.type === e.type && o.modality === e.modality && sideKey(o) === sideKey(e) &&
      (!o.dateFromText || !e.dateFromText || !o.date || !e.date || rangesOverlap(o.date, e.date)));
    if (!same) {
      out.push({ ...e, evidence: [...e.evidence], attributions: [...e.attributions] });
      continue;
    }
    if (e.dateFromText && e.date && (!same.dateFromText || !same.date || finer(e.date, same.date))) {
      same.date = e.date;
      same.dateFromText = true;
    }
    for (const ev of e.evidence) if (!same.evidence.some((x) => x.start === ev.start)) same.evidence.push(ev);
    for (const a of e.attributions) if (!same.attributions.some((x) => x.by === a.by && x.byText === a.byText && x.stance === a.stance)) same.attributions.push(a);
    same.mode ??= e.mode;
    same.location ??= e.location;
    same.outcome ??= e.outcome;
    same.topic ??= e.topic;
  }
  return out;
}

