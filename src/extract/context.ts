/**
 * What the event and quote extractors share about one article: tokens, actor mentions per token,
 * quotation spans per token, and resolution of pronouns to actors.
 */
import type { Article } from '../read/types.js';
import type { Doc, Token } from '../nlp/types.js';
import type { LocalActor } from './types.js';
import type { ActorAnalysis, ActorMention } from './actors/find.js';
import { findQuoteSpans, type QuoteSpan } from './quotes/spans.js';
import { patterns } from './actors/patterns.js';
import { gazetteer, prepareText, type PreparedText } from './actors/gazetteer.js';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const THING_PRONOUNS = new Set(['it', 'its', 'itself']);
/** Words of a time phrase between a reporting verb and its clause ("said on Wednesday that"). */
const TIME_WORDS = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'this', 'week', 'night', 'morning', 'afternoon', 'evening']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself']);
export const PREPOSITIONS = new Set([
  'with', 'to', 'of', 'by', 'for', 'from', 'against', 'on', 'in', 'at', 'into', 'over', 'about', 'toward',
  'towards', 'between', 'among', 'than', 'via', 'through', 'after', 'before', 'during', 'under', 'near', 'like',
]);

const DEFINITE_STATE = new Set(['country', 'nation', 'kingdom', 'republic', 'emirate', 'state']);

const PRONOUNS = new Set([...PERSON_PRONOUNS, ...PLURAL_PRONOUNS, ...THING_PRONOUNS]);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their']);
const APPROXIMATELY = new Set(['nearly', 'about', 'around', 'some', 'over', 'almost', 'roughly', 'approximately']);

export function isPronoun(t: Token): boolean {
  return PRONOUNS.has(t.lower);
}

/** A possessive mark token: ' or ’, with or without s. */
function isPossessiveMark(text: string): boolean {
  return text === "'s" || text === '’s' || text === "'" || text === '’';
}

/** "at least", "at most", "more than", "up to", "fewer than", "less than", "as many" */
function leadingQuantity(a: string | undefined, b: string | undefined): boolean {
  switch (a) {
    case 'at':
      return b === 'least' || b === 'most';
    case 'more':
    case 'fewer':
    case 'less':
      return b === 'than';
    case 'up':
      return b === 'to';
    case 'as':
      return b === 'many';
    default:
      return false;
  }
}

export class ArticleContext {
  readonly toks: Token[];
  readonly quotes: QuoteSpan[];
  /** Per token: index into `quotes` of the quote holding it, or -1. */
  readonly quoteOf: Int32Array;
  private readonly pronounCache = new Map<number, string[]>();
  private readonly nounPhraseCache = new Map<number, { keys: string[]; end: number }>();
  /** The body prepared for gazetteer look-ups, when first needed. */
  private prepared: PreparedText | null = null;

  constructor(
    readonly article: Article,
    readonly doc: Doc,
    readonly actors: ActorAnalysis,
    private readonly reportingLemmas: Set<string>,
  ) {
    this.toks = doc.tokens;
    this.quotes = findQuoteSpans(doc.text, article.blocks);
    this.quoteOf = new Int32Array(this.toks.length).fill(-1);
    let q = 0;
    for (const t of this.toks) {
      while (q < this.quotes.length && this.quotes[q]!.outerEnd <= t.start) q++;
      const s = this.quotes[q];
      if (s && t.start >= s.outerStart && t.end <= s.outerEnd) this.quoteOf[t.i] = q;
    }
  }

  mentionAt(i: number): ActorMention | null {
    const m = this.actors.tokenMention[i];
    return m !== undefined && m >= 0 ? this.actors.mentions[m]! : null;
  }

  /**
   * The state of a demonym at token i that is no mention of its own ("six North Korean residents"),
   * when the article names that state; else null.
   */
  demonymStateAt(i: number): string | null {
    const t = this.toks[i];
    if (!t || t.pos !== 'PROPN' || this.mentionAt(i)) return null;
    this.prepared ??= prepareText(this.doc.text);
    for (const h of gazetteer().matchAt(this.prepared, t.start)) {
      if (h.entry.kind !== 'demonym' || !h.entry.country) continue;
      const key = 'state:' + h.entry.country;
      return this.actor(key) ? key : null;
    }
    return null;
  }

  actor(key: string): LocalActor | undefined {
    return this.actors.byKey.get(key);
  }

  isPerson(key: string): boolean {
    return this.actor(key)?.type === 'person';
  }

  /** Is token i a reporting verb ("said", "told", "added")? */
  isReporting(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.pos === 'VERB' && this.reportingLemmas.has(t.lemma);
  }

  /** The reporting verb right before token i ("X said (that) he ..."), and its subject's actor keys. */
  reportingSubjectBefore(i: number): string[] | null {
    const k = this.reportingVerbBefore(i);
    return k === null ? null : this.subjectBefore(k);
  }

  /** The reporting verb right before token i: "said (that)", "said Wednesday that", "told reporters on Monday (that)". */
  private reportingVerbBefore(i: number): number | null {
    const toks = this.toks;
    const sent = toks[i]!.sentence;
    let k = i - 1;
    if (k >= 0 && toks[k]!.lower === 'that') k--;
    while (k >= 0 && toks[k]!.sentence === sent && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || TIME_WORDS.has(toks[k]!.lower))) k--;
    if (k < 0 || toks[k]!.sentence !== sent || !this.reportingLemmas.has(toks[k]!.lemma)) return null;
    return k;
  }

  /**
   * "Poland's foreign minister said Wednesday that he will ...": a person pronoun whose antecedent is an
   * office of a state named by no person in the sentence; the state stands in for its office holder.
   */
  private officeOfState(i: number): string | null {
    const k = this.reportingVerbBefore(i);
    if (k === null) return null;
    const toks = this.toks;
    let j = k - 1;
    while (j > 0 && k - j <= 3 && (toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'ADJ') && !this.mentionAt(j)) j--;
    if (j === k - 1 || !/^['’]s$/.test(toks[j]!.text)) return null;
    const m = this.mentionAt(j - 1);
    return m && this.actor(m.actor)?.type === 'state' ? m.actor : null;
  }

  /** Nearest actor (or resolved pronoun) left of token i in its clause, with coordinated ones ("The U.S. and Britain"). */
  subjectBefore(i: number): string[] | null {
    const toks = this.toks;
    const sent = toks[i]!.sentence;
    // a coordinated or participial verb ("..., but added", "and noted", ", saying") shares the clause's subject
    if (toks[i]!.pos === 'VERB') {
      let k = i - 1;
      while (k >= 0 && toks[k]!.sentence === sent && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || toks[k]!.pos === 'PART')) k--;
      const prev = toks[k];
      const coordinated = !!prev && prev.sentence === sent &&
        (prev.lower === 'and' || prev.lower === 'but' || (prev.text === ',' && /ing$/.test(toks[i]!.lower)));
      if (coordinated) {
        if (prev.text === ',' && /ing$/.test(toks[i]!.lower)) {
          // ", killing three people": the subject of the nearest clause before (a finite verb: not an
          // infinitive or a participle modifying a noun, as in "to use frozen assets to finance ..., arguing")
          for (let j = k - 1; j >= this.doc.sentences[sent]!.first; j--) {
            if (toks[j]!.pos === 'VERB' && !/ing$/.test(toks[j]!.lower) && this.quoteOf[j]! < 0 && this.finiteVerb(j)) {
              const s = this.subjectBefore(j);
              if (s) return s;
              break;
            }
          }
        }
        for (let j = this.doc.sentences[sent]!.first; j < k; j++) {
          if (toks[j]!.pos === 'VERB' && this.quoteOf[j]! < 0) {
            const s = this.subjectBefore(j);
            if (s) return s;
            break;
          }
        }
      }
    }
    for (let k = i - 1; k >= 0 && toks[k]!.sentence === sent; k--) {
      const t = toks[k]!;
      if (t.text === ';' || t.text === ':') return null;
      // "Dmitriev, whose fund has become ..., visited": step over a relative clause between commas, and over
      // an appositive after a name ("Eduardo Bolsonaro, the former president's son who has lived in the United States, accused")
      if (t.text === ',') {
        let c = k - 1;
        while (c >= 0 && toks[c]!.sentence === sent && toks[c]!.text !== ',' && k - c < 30) c--;
        const opener = toks[c + 1];
        const appositive = !!opener && opener.pos === 'DET' && c > 0 && !!this.mentionAt(c - 1);
        if (toks[c]?.text === ',' && opener && (appositive || ['whose', 'which', 'who', 'whom'].includes(opener.lower))) {
          k = c;
          continue;
        }
      }
      const m = this.mentionAt(k);
      if (m) {
        // "the Rwanda-backed rebel group signed": a mention fused to a participle modifies the subject's noun
        const fused = toks[m.last]?.text === '-' && !toks[m.last]!.space && toks[m.last]!.sentence === sent;
        if (fused || this.afterPreposition(m.first) || this.afterVerb(m.first)) {
          k = m.first;
          continue;
        }
        return this.coordinatedLeft(m);
      }
      if (isPronoun(t) && (!OBJECT_PRONOUNS.has(t.lower) || t.lower === 'it') && !(k > 0 && PREPOSITIONS.has(toks[k - 1]!.lower))) {
        const r = this.resolvePronoun(k);
        return r.length ? r : null;
      }
      if ((t.lower === 'which' || t.lower === 'who' || t.lower === 'that') && k > 0) {
        // relative clause: its subject is the antecedent right before the pronoun
        if (t.lower === 'that' && this.reportingLemmas.has(toks[k - 1]!.lemma)) return null;
        for (let j = k - 1; j >= 0 && j >= k - 4 && toks[j]!.sentence === sent; j--) {
          const a = this.mentionAt(j);
          if (a) return this.coordinatedLeft(a);
          if (toks[j]!.pos === 'VERB') break;
        }
        if (t.lower !== 'that') return null;
      }
    }
    return null;
  }

  /**
   * A verb with a clause of its own: not an infinitive ("to finance") nor a participle right after a
   * verb, determiner or preposition ("to use frozen assets", "the proposed deal", "by armed men").
   */
  private finiteVerb(j: number): boolean {
    let k = j - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'ADV' || this.toks[k]!.pos === 'AUX')) k--;
    const prev = this.toks[k];
    if (!prev || prev.sentence !== this.toks[j]!.sentence) return true;
    return prev.lower !== 'to' && prev.pos !== 'VERB' && prev.pos !== 'DET' && prev.pos !== 'ADP';
  }

  /** True when the token before `first` is a preposition (the mention is an object, not a subject). */
  afterPreposition(first: number): boolean {
    let k = first - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'DET' || this.toks[k]!.pos === 'ADJ')) k--;
    const t = this.toks[k];
    // "a spokesperson for the Foreign Ministry said": the body speaks through its spokesperson
    if (t && (t.lower === 'for' || t.lower === 'of') && /^spokes(person|man|woman)$/.test(this.toks[k - 1]?.lower ?? '')) return false;
    // "the military regime in Niger criticized": the rulers in a place act for it
    if (t && t.lower === 'in' && patterns().governing.has(this.toks[k - 1]?.lower ?? '') && this.actor(this.mentionAt(first)?.actor ?? '')?.type === 'state') return false;
    return !!t && t.sentence === this.toks[first]!.sentence && (PREPOSITIONS.has(t.lower) || t.pos === 'ADP') && t.lower !== 'that';
  }

  /** True when a non-reporting verb comes right before `first` (the mention is its object). */
  afterVerb(first: number): boolean {
    let k = first - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'DET' || this.toks[k]!.pos === 'ADJ' || this.toks[k]!.pos === 'NUM')) k--;
    const t = this.toks[k];
    return !!t && t.sentence === this.toks[first]!.sentence && t.pos === 'VERB' && !this.reportingLemmas.has(t.lemma);
  }

  /** A mention plus the mentions coordinated before it: "Washington and Moscow", "A, B and the C". */
  coordinatedLeft(m: ActorMention): string[] {
    const keys = [m.actor];
    let first = m.first;
    let sawAnd = false;
    for (;;) {
      // "South Korea and the United States": the article before a mention is part of it
      const at = this.toks[first - 1]?.lower === 'the' ? first - 2 : first - 1;
      const conj = this.toks[at];
      if (!conj || (conj.lower !== 'and' && !(conj.text === ',' && sawAnd))) break;
      const prev = this.mentionAt(at - 1);
      if (!prev || prev.actor === m.actor) break;
      if (conj.lower === 'and') sawAnd = true;
      keys.unshift(prev.actor);
      first = prev.first;
    }
    return [...new Set(keys)];
  }

  /**
   * Mentions in the noun phrase starting at token i: "Iran's two largest state banks Melli and Sepah".
   * Computed once per start and length (the result is shared: callers do not change it).
   */
  nounPhraseActors(i: number, maxTokens = 14): { keys: string[]; end: number } {
    const key = i * 64 + maxTokens;
    let r = maxTokens < 64 ? this.nounPhraseCache.get(key) : undefined;
    if (!r) {
      r = this.nounPhraseActorsUncached(i, maxTokens);
      if (maxTokens < 64) this.nounPhraseCache.set(key, r);
    }
    return r;
  }

  private nounPhraseActorsUncached(i: number, maxTokens: number): { keys: string[]; end: number } {
    const toks = this.toks;
    const sent = toks[i]?.sentence;
    const found: { key: string; possessive: boolean; first: number }[] = [];
    let k = i;
    let n = 0;
    // a leading quantity: "at least 12 fighters", "more than 200 civilians", "up to 30 soldiers"
    if (leadingQuantity(toks[k]?.lower, toks[k + 1]?.lower)) k += 2;
    else if (APPROXIMATELY.has(toks[k]?.lower ?? '') && toks[k + 1]?.pos === 'NUM') k++;
    while (k < toks.length && toks[k]!.sentence === sent && n < maxTokens) {
      const t = toks[k]!;
      const m = this.mentionAt(k);
      if (m) {
        const next = toks[m.last];
        const possessive = !!next && isPossessiveMark(next.text);
        found.push({ key: m.actor, possessive, first: m.first });
        k = m.last + (possessive ? 1 : 0);
        n++;
        continue;
      }
      // "the country", "the kingdom": the state named last
      if (t.lower === 'the' && DEFINITE_STATE.has(toks[k + 1]?.lower ?? '') && !found.length) {
        const st = this.lastMentionOf('state', toks[k]!.start);
        if (st) found.push({ key: st, possessive: toks[k + 2]?.text === "'s" || toks[k + 2]?.text === '’s', first: k });
        k += 2;
        n += 2;
        continue;
      }
      // "a drill between South Korea and the United States": the parties of the thing
      if (t.lower === 'between' && !found.length && k > i) {
        const r = this.nounPhraseActors(k + 1, 8);
        found.push(...r.keys.map((key) => ({ key, possessive: false, first: k + 1 })));
        k = r.end;
        break;
      }
      if (isPronoun(t)) {
        const r = this.resolvePronoun(k);
        for (const key of r) found.push({ key, possessive: POSSESSIVE_DETERMINERS.has(t.lower), first: k });
        k++;
        n++;
        continue;
      }
      // a hyphenated modifier: "the Kurdish-led forces", "Saudi-backed"
      if (t.text === '-' && !t.space && toks[k + 1] && !toks[k + 1]!.space) {
        k += 2;
        n++;
        continue;
      }
      // "an offer from Pakistan", "a proposal by the EU": the actor behind the thing
      if ((t.lower === 'from' || t.lower === 'by' || t.lower === 'with' || t.lower === 'near' || t.lower === 'along') && !found.length && k > i) {
        let a = k + 1;
        while (a < k + 3 && toks[a] && (toks[a]!.pos === 'DET' || toks[a]!.pos === 'ADJ') && !this.mentionAt(a)) a++;
        const m2 = this.mentionAt(a);
        if (m2) {
          found.push({ key: m2.actor, possessive: false, first: m2.first });
          k = m2.last;
          break;
        }
      }
      const ok =
        t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' ||
        t.lower === 'and' || t.text === ',' || t.lower === 'of' || t.text === '-' || t.lower === 'both' || isPossessiveMark(t.text) ||
        t.text === '(' || t.text === ')' || t.text === '“' || t.text === '”' || t.text === '"';
      if (!ok) break;
      if ((t.lower === 'and' || t.text === ',') && !found.length && k > i + 8) break;
      if (t.text === ',') {
        // a list goes on ("X, Y and Z"); "X, Trump said" starts a new clause
        const nm = this.mentionAt(k + 1);
        if (!nm && toks[k + 1]?.lower !== 'and') break;
        if (nm) {
          const after = toks[nm.last];
          if (after && (after.pos === 'VERB' || after.pos === 'AUX')) break;
        }
      }
      if (t.lower === 'of' && found.length) break;
      k++;
      n++;
    }
    let keys = found.filter((f) => !f.possessive).map((f) => f.key);
    if (!keys.length) keys = found.map((f) => f.key);
    // "the Presidents of Russia and the United States, Vladimir Putin and Donald Trump": the persons
    const persons = keys.filter((x) => this.actor(x)?.type === 'person');
    if (persons.length) {
      const countries = new Set(persons.map((x) => this.actor(x)?.country));
      keys = keys.filter((x) => this.actor(x)?.type !== 'state' || !countries.has(this.actor(x)?.country));
    }
    return { keys: keys.length > 1 ? [...new Set(keys)] : keys, end: k };
  }

  /** The latest actor of a type mentioned before an offset. */
  lastMentionOf(type: string, before: number): string | null {
    let key: string | null = null;
    for (const m of this.actors.mentions) {
      if (m.start >= before) break;
      if (this.actor(m.actor)?.type === type) key = m.actor;
    }
    return key;
  }

  /** Resolve a pronoun at token i to actor keys (empty when unsure). */
  resolvePronoun(i: number): string[] {
    const cached = this.pronounCache.get(i);
    if (cached) return cached;
    const r = this.resolvePronounUncached(i);
    this.pronounCache.set(i, r);
    return r;
  }

  private compatible(lower: string, a: LocalActor): boolean {
    if (PERSON_PRONOUNS.has(lower)) return a.type === 'person' || (a.type === 'group' && !/s$/.test(a.name));
    // "it" is a state, a body, an outlet or an armed group; not an unnamed source
    if (THING_PRONOUNS.has(lower)) return a.type === 'state' || a.type === 'organization' || a.type === 'media' || (a.type === 'group' && a.key.startsWith('org:'));
    return a.type !== 'person' || true;
  }

  private resolvePronounUncached(i: number): string[] {
    const toks = this.toks;
    const t = toks[i]!;
    const lower = t.lower;
    const inQuote = this.quoteOf[i]!;
    // "X said (that) he ...": the reporting verb's subject
    if (!OBJECT_PRONOUNS.has(lower)) {
      const rep = this.reportingSubjectBefore(i);
      if (rep && rep.length === 1 && this.actor(rep[0]!) && this.compatible(lower, this.actor(rep[0]!)!)) return rep;
      const office = PERSON_PRONOUNS.has(lower) ? this.officeOfState(i) : null;
      if (office) return [office];
    }
    // the subject of this clause, to exclude it for object pronouns ("he reached an agreement with him")
    let exclude: string | null = null;
    if (OBJECT_PRONOUNS.has(lower)) {
      for (let k = i - 1; k >= 0 && toks[k]!.sentence === t.sentence; k--) {
        if (isPronoun(toks[k]!) && !OBJECT_PRONOUNS.has(toks[k]!.lower)) {
          exclude = this.resolvePronoun(k)[0] ?? null;
          break;
        }
        const m = this.mentionAt(k);
        if (m && !this.afterPreposition(m.first)) {
          exclude = m.actor;
          break;
        }
      }
    }
    const sentFloor = Math.max(0, t.sentence - 3);
    const cands: { key: string; pos: number; subject: boolean }[] = [];
    for (const m of this.actors.mentions) {
      if (m.end > t.start) break;
      if (toks[m.first]!.sentence < sentFloor) continue;
      const q = this.quoteOf[m.first]!;
      if (q >= 0 && q !== inQuote) continue;
      const a = this.actor(m.actor);
      if (!a || !this.compatible(lower, a) || m.actor === exclude) continue;
      if (PLURAL_PRONOUNS.has(lower) && a.type === 'person') continue;
      const next = toks[m.last];
      const subject = !this.afterPreposition(m.first) && !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV');
      cands.push({ key: m.actor, pos: m.first, subject });
    }
    if (!cands.length) return [];
    if (PLURAL_PRONOUNS.has(lower)) {
      // "their meeting": the last two distinct actors of the sentence or the one before
      const keys: string[] = [];
      for (let c = cands.length - 1; c >= 0 && keys.length < 2; c--) if (!keys.includes(cands[c]!.key)) keys.push(cands[c]!.key);
      return keys.reverse();
    }
    // objects and "it" point to the nearest compatible actor; "he", "she", "his" prefer a subject
    const subjectIt = lower === 'it' && !!toks[i + 1] && (toks[i + 1]!.pos === 'VERB' || toks[i + 1]!.pos === 'AUX');
    if ((OBJECT_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower)) && !subjectIt) return [cands[cands.length - 1]!.key];
    // nearest subject in this or the previous sentence, else the nearest compatible mention
    for (let c = cands.length - 1; c >= 0; c--) {
      const cand = cands[c]!;
      if (toks[cand.pos]!.sentence < t.sentence - 1) break;
      if (cand.subject) return [cand.key];
    }
    return [cands[cands.length - 1]!.key];
  }
}
