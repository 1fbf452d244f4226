/**
 * Quotes: who said what, in their own words, and who relayed it.
 *
 * Direct quotes come from the quotation spans of ./spans.ts. The speaker is found, in order:
 * an attribution right after the quote (“…,” Peskov said / said Peskov / he told reporters),
 * one right before it (Peskov said: “…” / According to Peskov, “…”), the subject of the reporting
 * verb of the sentence for a partial quote (the meeting was “cordial but short”, the agency reported),
 * the `Source:` line for a `Quote:`-labelled paragraph, the speaker of the previous quote for a
 * quote paragraph that continues it, and the nearest speaking person in the two sentences before.
 * Scare quotes (a quoted word with no reporting verb, or inside a phrase) are not quotes.
 * Indirect speech ("Peskov said that ...") gives quotes with `direct: false`.
 */
import type { Token } from '../../nlp/types.js';
import type { LocalEvent, LocalQuote } from '../types.js';
import { isPronoun, type ArticleContext } from '../context.js';
import type { QuoteSpan } from './spans.js';
import { tokenRange } from '../../nlp/query.js';
import { loadLexicon } from '../../util/lexicon.js';
import { foldName } from '../../util/fold.js';

interface QuoteLexicon {
  near_only: string[];
  time_words: string[];
  speech_verbs: string[];
  relay_verbs: string[];
  listeners: string[];
  report_nouns: string[];
  media_nouns: string[];
  speaker_nouns: string[];
  fragment_starters: string[];
}

interface Cues {
  nearOnly: Set<string>;
  timeWords: Set<string>;
  speech: Set<string>;
  relay: Set<string>;
  listeners: string[][];
  reportNouns: Set<string>;
  mediaNouns: Set<string>;
  speakerNouns: Set<string>;
  fragmentStarters: Set<string>;
}

let cues: Cues | null = null;

function quoteCues(): Cues {
  if (cues) return cues;
  const q = loadLexicon<QuoteLexicon>('quotes.yaml');
  cues = {
    nearOnly: new Set(q.near_only),
    timeWords: new Set(q.time_words),
    speech: new Set(q.speech_verbs),
    relay: new Set(q.relay_verbs),
    listeners: q.listeners.map((l) => l.split(' ')),
    reportNouns: new Set(q.report_nouns),
    mediaNouns: new Set(q.media_nouns),
    speakerNouns: new Set(q.speaker_nouns),
    fragmentStarters: new Set(q.fragment_starters),
  };
  return cues;
}

export interface Attributed {
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  via: string | null;
  listener: string | null;
}

interface Draft extends LocalQuote {
  span: QuoteSpan;
  partial: boolean;
  paragraph: number;
}

const ORG_HEADS = new Set(['group', 'movement', 'militia', 'organisation', 'organization', 'alliance', 'bloc', 'party', 'agency', 'ministry', 'company', 'committee', 'council']);

const NONE: Attributed = { speaker: null, speakerText: null, cue: null, via: null, listener: null };

export class QuoteFinder {
  private readonly cues = quoteCues();
  private readonly toks: Token[];
  /** The person who spoke the latest quote found so far, and its paragraph (see describedSpeaker). */
  private lastPerson: { key: string; paragraph: number } | null = null;

  constructor(private readonly ctx: ArticleContext) {
    this.toks = ctx.toks;
  }

  private paragraphOf(offset: number): number {
    const blocks = this.ctx.article.blocks;
    for (let b = 0; b < blocks.length; b++) if (blocks[b]!.start <= offset && offset <= blocks[b]!.end) return b;
    return -1;
  }

  private isSpeech(t: Token | undefined): boolean {
    if (!t || !(t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') || !(this.cues.speech.has(t.lemma) || this.cues.speech.has(t.lower))) return false;
    // a noun before another noun modifies it: "state media", "the state news agency"
    if (t.pos === 'NOUN') {
      const next = this.toks[t.i + 1];
      if (next && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
    }
    return true;
  }

  /** The actor (or resolved pronoun) at token k, with its text; skips a leading "the". */
  private actorAt(k: number): { key: string; text: string; first: number; last: number } | null {
    const t = this.toks[k];
    if (!t) return null;
    const m = this.ctx.mentionAt(k);
    if (m) return { key: m.actor, text: m.text, first: m.first, last: m.last };
    if (isPronoun(t)) {
      const r = this.ctx.resolvePronoun(k);
      if (r.length) return { key: r[0]!, text: t.text, first: k, last: k + 1 };
    }
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'one') {
      const m2 = this.ctx.mentionAt(k + 1);
      if (m2) return { key: m2.actor, text: this.ctx.doc.text.slice(t.start, this.toks[m2.last - 1]!.end), first: k, last: m2.last };
    }
    return null;
  }

  private speakerFields(a: { key: string; text: string }): Pick<Attributed, 'speaker' | 'speakerText'> {
    const actor = this.ctx.actor(a.key);
    // unnamed sources are recorded by their words; the speaker stays null (records.md: null = unnamed)
    if (actor?.type === 'group') return { speaker: null, speakerText: a.text };
    return { speaker: a.key, speakerText: a.text };
  }

  /** Via, listener and relays in the attribution clause [from, to). */
  private relays(from: number, to: number, speaker: string | null): Pick<Attributed, 'via' | 'listener'> {
    const toks = this.toks;
    let via: string | null = null;
    let listener: string | null = null;
    for (let k = from; k < to; k++) {
      const t = toks[k]!;
      const next = this.ctx.mentionAt(k + 1) ?? (toks[k + 1]?.lower === 'the' ? this.ctx.mentionAt(k + 2) : null);
      if (t.lemma === 'tell' || (t.lower === 'to' && toks[k - 1]?.lemma === 'speak')) {
        if (next) {
          const a = this.ctx.actor(next.actor);
          if (a?.type === 'media') via ??= next.actor;
          else if (a && next.actor !== speaker) listener ??= next.actor;
        }
      }
      if ((t.lower === 'to' && toks[k - 1]?.lower === 'according') || t.lower === 'with' || (t.lower === 'on' && next)) {
        if (next && this.ctx.actor(next.actor)?.type === 'media') via ??= next.actor;
      }
      if (this.cues.reportNouns.has(t.lower) && (toks[k - 1]?.lower === 'the' || toks[k - 1]?.lower === 'its')) {
        via ??= this.lastMedia(toks[k]!.start);
      }
    }
    return { via, listener };
  }

  /** Who issued the statement a quote comes from: the latest organization, state or person acting as a subject. */
  private issuerBefore(offset: number): { key: string; text: string } | null {
    let best: { key: string; text: string } | null = null;
    for (const m of this.ctx.actors.mentions) {
      if (m.start >= offset) break;
      const a = this.ctx.actor(m.actor);
      if (!a || a.type === 'media' || a.type === 'group') continue;
      const next = this.toks[m.last];
      if (next && (next.pos === 'VERB' || next.pos === 'AUX')) best = { key: m.actor, text: m.text };
    }
    return best;
  }

  private lastMedia(before: number): string | null {
    let key: string | null = null;
    for (const m of this.ctx.actors.mentions) {
      if (m.start >= before) break;
      if (this.ctx.actor(m.actor)?.type === 'media') key = m.actor;
    }
    return key;
  }

  /** “…,” Peskov said / said Peskov / he told reporters / one official was quoted as saying. */
  private after(span: QuoteSpan): Attributed | null {
    const toks = this.toks;
    let [k] = tokenRange(this.ctx.doc, span.outerEnd, span.outerEnd + 1);
    const para = this.paragraphOf(span.outerEnd - 1);
    if (para < 0) return null;
    const blockEnd = this.ctx.article.blocks[para]!.end;
    while (k < toks.length && toks[k]!.start < blockEnd && (toks[k]!.text === ',' || toks[k]!.text === '—' || toks[k]!.text === '–')) k++;
    if (k >= toks.length || toks[k]!.start >= blockEnd) return null;
    const sentEnd = this.ctx.doc.sentences[toks[k]!.sentence]!.last;
    // said Peskov / said the Kremlin spokesman
    if (this.isSpeech(toks[k]) && toks[k]!.pos !== 'NOUN') {
      const a = this.actorAt(k + 1);
      if (a) return { ...this.speakerFields(a), cue: toks[k]!.text, ...this.relays(a.last, sentEnd, a.key) };
    }
    // “…,” the statement said / the ministry said in a statement: the body that issued it
    if ((toks[k]?.lower === 'the' || toks[k]?.lower === 'a') && this.cues.reportNouns.has(toks[k + 1]?.lower ?? '') && this.isSpeech(toks[k + 2])) {
      const issuer = this.issuerBefore(toks[k]!.start);
      if (issuer) return { ...this.speakerFields(issuer), cue: toks[k + 2]!.text, via: null, listener: null };
      return { speaker: null, speakerText: this.ctx.doc.text.slice(toks[k]!.start, toks[k + 1]!.end), cue: toks[k + 2]!.text, via: null, listener: null };
    }
    // Fidan said / he told reporters / a Gulf diplomat was quoted as saying
    const a = this.actorAt(k);
    if (a) {
      let v = a.last;
      // "X, Colombia's trade minister, said": step over an apposition
      if (toks[v]?.text === ',') {
        let c = v + 1;
        while (c < sentEnd && c < v + 12 && toks[c]!.text !== ',') c++;
        if (toks[c]?.text === ',' && this.isSpeech(toks[c + 1])) v = c + 1;
      }
      while (v < sentEnd && v < a.last + 3 && toks[v]!.pos === 'NOUN' && !this.isSpeech(toks[v])) v++;
      while (v < sentEnd && (toks[v]!.pos === 'ADV' || toks[v]!.pos === 'AUX' || toks[v]!.text === ',') && !this.isSpeech(toks[v])) v++;
      if (this.isSpeech(toks[v])) {
        const relayed = this.outletRelay(span, k, v);
        if (relayed) return relayed;
      }
      if (this.cues.relay.has(toks[v]?.lemma ?? '') && toks[v]!.pos === 'VERB') {
        // "RIA Novosti quoted Gil as saying": the speaker is the object, the subject relays
        const spoken = this.actorAt(v + 1);
        if (spoken && toks[spoken.last]?.lower === 'as') {
          return { ...this.speakerFields(spoken), cue: `${toks[v]!.text} as ${toks[spoken.last + 1]?.text ?? 'saying'}`, via: a.key, listener: null };
        }
        // "a senior diplomat was quoted as saying in the article"
        const cue = toks[v + 1]?.lower === 'as' && toks[v + 2] ? `${toks[v]!.text} as ${toks[v + 2]!.text}` : toks[v]!.text;
        return { ...this.speakerFields(a), cue, ...this.relays(v, sentEnd, a.key) };
      }
      if (this.isSpeech(toks[v])) {
        return { ...this.speakerFields(a), cue: toks[v]!.text, ...this.relays(v, sentEnd, a.key) };
      }
    }
    // “…,” the head of state said / Mizan added: a speaker we cannot name as an actor
    let v = k;
    while (v < sentEnd && v < k + 6 && (toks[v]!.pos === 'DET' || toks[v]!.pos === 'ADJ' || toks[v]!.pos === 'NOUN' || toks[v]!.pos === 'PROPN' || toks[v]!.lower === 'of')) v++;
    if (v > k && this.isSpeech(toks[v]) && toks[v]!.pos === 'VERB') {
      const relayed = this.outletRelay(span, k, v);
      if (relayed) return relayed;
      const text = this.ctx.doc.text.slice(toks[k]!.start, toks[v - 1]!.end);
      const who = this.describedSpeaker(k, v);
      if (who) return { ...this.speakerFields({ key: who, text }), cue: toks[v]!.text, via: null, listener: null };
      return { speaker: null, speakerText: text, cue: toks[v]!.text, via: null, listener: null };
    }
    return null;
  }

  /**
   * ", describing China as “…”", ", arguing that “…”": a speech participle after a comma goes with the
   * sentence's own speech verb, so its speaker is that verb's subject ("Dar said Pakistan will protect
   * Chinese nationals, describing China as ..." is Dar describing, not Pakistan). Null when there is none.
   */
  private speakingSubject(v: number, sentFirst: number): string[] | null {
    const toks = this.toks;
    if (!/ing$/.test(toks[v]!.lower) || toks[v - 1]?.text !== ',') return null;
    for (let j = v - 2; j >= sentFirst; j--) {
      const t = toks[j]!;
      if (t.pos === 'VERB' && this.isSpeech(t) && !/ing$/.test(t.lower) && this.ctx.quoteOf[j]! < 0) return this.ctx.subjectBefore(j);
    }
    return null;
  }

  /**
   * "X claimed it had struck “…,” Russian state media reported": when the words [from, to) before the
   * speech verb after a partial quote name an outlet (a media actor, or "state media", "news agency"),
   * the outlet relays what the speaker inside the sentence said. Null when they name none, or the
   * sentence names no speaker before the quote.
   */
  private outletRelay(span: QuoteSpan, from: number, to: number): Attributed | null {
    let outlet: string | null = null;
    let named = false;
    for (let j = from; j < to; j++) {
      const m = this.ctx.mentionAt(j);
      if (m && this.ctx.actor(m.actor)?.type === 'media') outlet ??= m.actor;
      if (outlet || this.cues.mediaNouns.has(this.toks[j]!.lower)) named = true;
    }
    if (!named) return null;
    const [first, last] = tokenRange(this.ctx.doc, span.start, span.end);
    const inner = this.reported(first, last, true);
    if (!inner || (outlet && inner.speaker === outlet)) return null;
    return { ...inner, via: outlet ?? inner.via };
  }

  /**
   * A speaker described rather than named, in tokens [k, v): an actor inside the phrase ("the Egyptian
   * presidency"), the latest person whose role has the phrase's head ("the spokesman", "the President"),
   * or the latest organization for "the group", "the ministry"; failing those, for a role noun such as
   * "the spokesman", the person who spoke last within two paragraphs.
   */
  private describedSpeaker(k: number, v: number): string | null {
    const toks = this.toks;
    for (let j = k; j < v; j++) {
      const m = this.ctx.mentionAt(j);
      if (m) return m.actor;
    }
    const phrase = this.ctx.doc.text.slice(toks[k]!.start, toks[v - 1]!.end).toLowerCase();
    // "the head of state" is the president or monarch; "the head of government" the prime minister
    const head = /head of state/.test(phrase) ? '(president|king|queen|emir|sultan|monarch)' : /head of government/.test(phrase) ? '(prime minister|premier|chancellor)' : toks[v - 1]!.lower;
    let person: string | null = null;
    let org: string | null = null;
    for (const m of this.ctx.actors.mentions) {
      if (m.start >= toks[k]!.start) break;
      const a = this.ctx.actor(m.actor);
      if (!a) continue;
      if (a.type === 'person' && a.roles.some((r) => new RegExp(`\\b${head}\\b`, 'i').test(r))) person = a.key;
      if ((a.type === 'organization' || a.type === 'group') && (ORG_HEADS.has(head) || a.name.toLowerCase().includes(head))) org = a.key;
    }
    if (person ?? org) return person ?? org;
    const last = this.lastPerson;
    if (last && this.cues.speakerNouns.has(head) && this.paragraphOf(toks[k]!.start) - last.paragraph <= 2) return last.key;
    return null;
  }

  /** Peskov said: “…” / Peskov told reporters, “…” / According to Peskov, “…” / RIA Novosti quoted Peskov as saying: “…” */
  private before(span: QuoteSpan): Attributed | null {
    const toks = this.toks;
    const [first] = tokenRange(this.ctx.doc, span.outerStart, span.outerStart + 1);
    let k = first - 1;
    if (k < 0) return null;
    const sent = toks[first]?.sentence;
    if (toks[k]!.text !== ':' && toks[k]!.text !== ',') return null;
    const para = this.paragraphOf(span.outerStart);
    const blockStart = para >= 0 ? this.ctx.article.blocks[para]!.start : 0;
    const sentStart = sent !== undefined ? this.ctx.doc.sentences[sent]!.first : 0;
    const from = Math.max(sentStart, tokenRange(this.ctx.doc, blockStart, blockStart + 1)[0]);
    // the speech or relay verb nearest to the colon
    for (let v = k - 1; v >= from; v--) {
      const t = toks[v]!;
      if (t.lower === 'to' && toks[v - 1]?.lower === 'according') {
        const a = this.actorAt(v + 1);
        if (a) return { ...this.speakerFields(a), cue: 'according to', via: null, listener: null };
      }
      if (this.cues.relay.has(t.lemma) && t.pos === 'VERB') {
        const relayer = this.ctx.subjectBefore(v);
        const a = this.actorAt(v + 1);
        if (a) return { ...this.speakerFields(a), cue: t.text, via: relayer?.[0] ?? null, listener: null };
      }
      if (this.isSpeech(t) && t.pos !== 'NOUN') {
        if (toks[v - 1]?.lower === 'as') {
          // "... quoted him as saying:" -> handled by the relay verb further left
          let r = v - 2;
          while (r >= from && r > v - 8 && !(this.cues.relay.has(toks[r]!.lemma) && toks[r]!.pos === 'VERB')) r--;
          if (r >= from && r > v - 8) {
            const relayer = this.ctx.subjectBefore(r);
            const a = this.actorAt(r + 1);
            if (a) return { ...this.speakerFields(a), cue: `${toks[r]!.text} as ${t.text}`, via: relayer?.[0] ?? null, listener: null };
          }
        }
        const subj = this.ctx.subjectBefore(v);
        if (!subj) return null;
        const key = subj[0]!;
        const m = this.findMentionBefore(v, key);
        return { ...this.speakerFields({ key, text: m ?? this.ctx.actor(key)?.name ?? key }), cue: t.text, ...this.relays(v, k, key) };
      }
    }
    return null;
  }

  private findMentionBefore(v: number, key: string): string | null {
    for (let k = v - 1; k >= 0 && k >= v - 20; k--) {
      const m = this.ctx.mentionAt(k);
      if (m && m.actor === key) return m.text;
      if (isPronoun(this.toks[k]!) && this.ctx.resolvePronoun(k)[0] === key) return this.toks[k]!.text;
    }
    return null;
  }

  /**
   * A partial quote inside reported speech: the subject of the sentence's reporting verb, before the
   * quote, then (unless `beforeOnly`) after it.
   */
  private reported(first: number, last: number, beforeOnly = false): Attributed | null {
    const toks = this.toks;
    const s = this.ctx.doc.sentences[toks[first]!.sentence]!;
    // before the quote, nearest first; then after it ("..., the FT reported")
    for (let v = first - 1; v >= s.first; v--) {
      const t = toks[v]!;
      if (t.pos === 'VERB' && this.isSpeech(t) && (!this.cues.nearOnly.has(t.lemma) || first - v <= 5)) {
        const subj = this.speakingSubject(v, s.first) ?? this.ctx.subjectBefore(v);
        if (subj) {
          const text = this.findMentionBefore(v, subj[0]!) ?? this.ctx.actor(subj[0]!)?.name ?? null;
          return { ...this.speakerFields({ key: subj[0]!, text: text ?? '' }), cue: t.text, ...this.relays(v, first, subj[0]!) };
        }
      }
      if (t.lower === 'to' && toks[v - 1]?.lower === 'according') {
        const a = this.actorAt(v + 1);
        if (a) return { ...this.speakerFields(a), cue: 'according to', via: null, listener: null };
      }
    }
    for (let v = last; v < s.last && !beforeOnly; v++) {
      const t = toks[v]!;
      if (t.pos === 'VERB' && this.isSpeech(t)) {
        const subj = this.ctx.subjectBefore(v);
        if (subj) {
          const text = this.findMentionBefore(v, subj[0]!) ?? '';
          return { ...this.speakerFields({ key: subj[0]!, text }), cue: t.text, ...this.relays(v, s.last, subj[0]!) };
        }
      }
    }
    return null;
  }

  /** `Source: Zelensky in an evening address` + `Quote: "…"`: the person the Source line names. */
  private labelled(span: QuoteSpan): Attributed | null {
    const para = this.paragraphOf(span.outerStart);
    if (para < 0 || this.ctx.article.blocks[para]!.label !== 'Quote') return null;
    for (const src of this.ctx.article.sourcesCited) {
      const folded = ` ${foldName(src)} `;
      for (const a of this.ctx.actors.actors) {
        if (a.type === 'group') continue;
        const names = [a.name, ...a.aliases];
        if (names.some((n) => folded.includes(` ${foldName(n)} `))) return { speaker: a.key, speakerText: src, cue: null, via: null, listener: null };
      }
      return { speaker: null, speakerText: src, cue: null, via: null, listener: null };
    }
    return null;
  }

  /** The nearest speaking person (subject of a speech verb, or any person) in the two sentences before. */
  private nearby(first: number): Attributed | null {
    const toks = this.toks;
    const sent = toks[first]!.sentence;
    for (let k = first - 1; k >= 0 && toks[k]!.sentence >= sent - 3; k--) {
      if (this.ctx.quoteOf[k]! >= 0) continue;
      const t = toks[k]!;
      if (this.isSpeech(t) && t.pos === 'VERB') {
        const subj = this.ctx.subjectBefore(k);
        if (subj && this.ctx.isPerson(subj[0]!)) return { ...this.speakerFields({ key: subj[0]!, text: this.findMentionBefore(k, subj[0]!) ?? '' }), cue: null, via: null, listener: null };
      }
    }
    for (let k = first - 1; k >= 0 && toks[k]!.sentence >= sent - 3; k--) {
      if (this.ctx.quoteOf[k]! >= 0) continue;
      const m = this.ctx.mentionAt(k);
      if (m && this.ctx.isPerson(m.actor)) return { speaker: m.actor, speakerText: m.text, cue: null, via: null, listener: null };
    }
    return null;
  }

  private isScare(span: QuoteSpan, first: number, last: number, events: LocalEvent[]): boolean {
    const toks = this.toks;
    const inner = toks.slice(first, last).filter((t) => t.pos !== 'PUNCT');
    if (!inner.length) return true;
    const firstWord = inner[0]!;
    if (this.cues.fragmentStarters.has(firstWord.lower)) return true;
    // a time expression: "in recent months", "within days"
    if (inner.length <= 4 && inner.some((t) => this.cues.timeWords.has(t.lower))) return true;
    // a lone quoted gerund, participle or noun: "normalising" ties, the "expulsion"
    if (inner.length === 1 && (inner[0]!.pos === 'VERB' || inner[0]!.pos === 'NOUN')) return true;
    // the so-called "shadow fleet"
    const [oFirst] = tokenRange(this.ctx.doc, span.outerStart, span.outerStart + 1);
    const b1 = toks[oFirst - 1];
    if (b1 && (/^so[- ]?called$/i.test(b1.text) || (b1.lower === 'called' && toks[oFirst - 2]?.lower === 'so') || b1.lower === 'dubbed' || b1.lower === 'termed')) return true;
    // the quoted words are nothing but an event's own wording ("stay in touch"): the event reports them
    const from = inner[0]!.start;
    const to = inner[inner.length - 1]!.end;
    if (events.some((e) => e.phrase && e.phrase.start <= from && to <= e.phrase.end)) return true;
    return false;
  }

  find(events: LocalEvent[]): LocalQuote[] {
    const ctx = this.ctx;
    const drafts: Draft[] = [];
    let previous: Draft | null = null;
    for (const span of ctx.quotes) {
      const [first, last] = tokenRange(ctx.doc, span.start, span.end);
      if (first >= last) continue;
      const s = ctx.doc.sentences[this.toks[first]!.sentence]!;
      const lastSent = ctx.doc.sentences[this.toks[last - 1]!.sentence]!;
      // a partial quote sits inside a sentence that has other words of its own
      const [oFirst, oLast] = tokenRange(ctx.doc, span.outerStart, span.outerEnd);
      const partial = span.paragraphs === 1 && (oFirst > s.first + 0 && !/[:,]/.test(this.toks[oFirst - 1]?.text ?? '') || (oLast < lastSent.last && !this.followedByAttribution(oLast)));
      const para = this.paragraphOf(span.outerStart);
      let who: Attributed | null = this.labelled(span) ?? this.after(span) ?? this.before(span);
      if (!who && partial) {
        if (this.isScare(span, first, last, events)) continue;
        who = this.reported(first, last);
        if (!who) continue; // a lone quoted phrase with no reporting verb is a scare quote
      } else if (partial && this.isScare(span, first, last, events)) {
        continue;
      }
      const startsParagraph = para >= 0 && ctx.article.blocks[para]!.start === span.outerStart;
      if (!who && previous && !previous.partial && (previous.paragraph === para || (startsParagraph && previous.paragraph === para - 1))) {
        who = { speaker: previous.speaker, speakerText: previous.speakerText, cue: null, via: previous.via, listener: null };
      }
      who ??= this.nearby(first) ?? NONE;
      const text = ctx.doc.text.slice(span.start, span.end).replace(/\n\n[“"«„‘']/g, '\n\n');
      const d: Draft = {
        start: span.start, end: span.end, text, direct: true, ...who, span, partial, paragraph: para,
      };
      drafts.push(d);
      previous = d;
      if (d.speaker && ctx.isPerson(d.speaker)) this.lastPerson = { key: d.speaker, paragraph: para };
    }
    const direct = drafts.map(({ span: _s, partial: _p, paragraph: _g, ...q }) => q);
    return [...direct, ...this.indirect(drafts)];
  }

  private followedByAttribution(oLast: number): boolean {
    const toks = this.toks;
    let k = oLast;
    while (toks[k] && (toks[k]!.text === ',' || toks[k]!.text === '—')) k++;
    if ((toks[k]?.lower === 'the' || toks[k]?.lower === 'a') && this.cues.reportNouns.has(toks[k + 1]?.lower ?? '') && this.isSpeech(toks[k + 2])) return true;
    const a = this.actorAt(k);
    if (this.isSpeech(toks[k]) && this.actorAt(k + 1)) return true;
    if (!a) return false;
    let v = a.last;
    while (toks[v] && (toks[v]!.pos === 'ADV' || toks[v]!.pos === 'AUX')) v++;
    return this.isSpeech(toks[v]) || this.cues.relay.has(toks[v]?.lemma ?? '');
  }

  /** "Peskov said that ...", "..., Peskov said on Wednesday": reported speech with its clause. */
  private indirect(direct: Draft[]): LocalQuote[] {
    const ctx = this.ctx;
    const toks = this.toks;
    const out: LocalQuote[] = [];
    for (const s of ctx.doc.sentences) {
      for (let v = s.first; v < s.last; v++) {
        const t = toks[v]!;
        if (t.pos !== 'VERB' || !this.isSpeech(t) || ctx.quoteOf[v]! >= 0) continue;
        if (!['say', 'tell', 'claim', 'add', 'note', 'stress', 'insist', 'warn', 'state', 'announce', 'argue', 'believe', 'confirm', 'deny', 'write', 'report', 'suggest', 'explain', 'emphasize', 'emphasise', 'reiterate', 'acknowledge', 'admit', 'allege'].includes(t.lemma)) continue;
        const subj = ctx.subjectBefore(v);
        let start: number;
        let end: number;
        let key: string;
        if (subj && this.clauseStartsAfter(v, s.last) !== null) {
          key = subj[0]!;
          start = toks[this.clauseStartsAfter(v, s.last)!]!.start;
          end = toks[s.last - 1]!.pos === 'PUNCT' ? toks[s.last - 2]!.end : toks[s.last - 1]!.end;
        } else {
          // inverted: "<clause>, Peskov said (on Wednesday)."
          const comma = this.commaBefore(v, s.first);
          const who = subj ?? (this.actorAt(v + 1) ? [this.actorAt(v + 1)!.key] : null);
          if (comma === null || !who || comma <= s.first) continue;
          // "Earlier on Thursday, X said ...": what comes before the comma must be a clause of its own
          let finite = false;
          for (let j = s.first; j < comma; j++) if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') finite = true;
          if (!finite || comma - s.first < 4) continue;
          key = who[0]!;
          start = toks[s.first]!.start;
          end = toks[comma - 1]!.end;
        }
        if (end <= start) continue;
        // reported speech that quotes words directly is already a (partial) direct quote
        if (direct.some((d) => d.span.outerStart < end && d.span.outerEnd > start)) continue;
        const text = ctx.doc.text.slice(start, end);
        if (text.split(/\s+/).length < 3) continue;
        const m = this.findMentionBefore(v, key) ?? ctx.actor(key)?.name ?? null;
        const fields = this.speakerFields({ key, text: m ?? '' });
        out.push({ start, end, text, direct: false, ...fields, cue: t.text, via: null, listener: null });
        break;
      }
    }
    return out;
  }

  /** Token where the reported clause starts after a speech verb: "said (to X) (that) <clause>". */
  private clauseStartsAfter(v: number, last: number): number | null {
    const toks = this.toks;
    let k = v + 1;
    // listener: "told reporters", "told Pavel Zarubin"
    if (toks[v]!.lemma === 'tell') {
      const m = this.ctx.mentionAt(k);
      if (m) k = m.last;
      else while (k < last && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ')) k++;
    }
    while (k < last && (toks[k]!.pos === 'ADV' || (toks[k]!.lower === 'on' && /day$/.test(toks[k + 1]?.lower ?? '')))) k += toks[k]!.lower === 'on' ? 2 : 1;
    if (toks[k]?.lower === 'that') return k + 1 < last ? k + 1 : null;
    const t = toks[k];
    if (t && (this.ctx.mentionAt(k) || isPronoun(t) || t.lower === 'the') && k + 2 < last) return k;
    return null;
  }

  private commaBefore(v: number, first: number): number | null {
    const toks = this.toks;
    for (let k = v - 1; k > first && k >= v - 12; k--) if (toks[k]!.text === ',') return k;
    return null;
  }
}

export function extractQuotes(ctx: ArticleContext, events: LocalEvent[]): LocalQuote[] {
  return new QuoteFinder(ctx).find(events);
}
