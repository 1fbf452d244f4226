/**
 * Actor finding inside one article: persons (with the titles and roles that introduce them),
 * states (names, demonyms used as actors, capitals and seats of government), organizations,
 * media outlets and unnamed sources, each mention with its exact offsets in the body.
 *
 * Passes, per sentence:
 *  1. gazetteer: longest fixed names at each token (countries, seats, orgs, outlets, known persons, roles);
 *  2. person candidates: runs of capitalised tokens (with name particles and hyphens), accepted on
 *     evidence: a known person, a title or role right before, an appositive role after, a known
 *     given name, a reporting verb after a two-word name;
 *  3. short references: a surname (or an East Asian family name) of a person named in the article,
 *     a known person's surname, a title-only noun phrase ("the Kremlin spokesman") matching the role
 *     of a person named earlier;
 *  4. states from demonyms heading a group noun ("the Russian side"), capitals not used as places,
 *     unnamed sources ("a senior Gulf diplomat").
 */
import type { Doc, Token } from '../../nlp/types.js';
import type { ActorType, Sector } from '../../export/records.js';
import type { LocalActor, LocalMention } from '../types.js';
import { gazetteer, plainWordKey, prepareText, demonymOf, type GazEntry, type Gazetteer, type PreparedText } from './gazetteer.js';
import { patterns, type Patterns } from './patterns.js';
import { foldName } from '../../util/fold.js';
import { placeAt } from '../places.js';

export type MentionKind = 'name' | 'short' | 'title' | 'fixed' | 'group' | 'demonym';

/** A mention with its token range, for later stages (events, quotes). */
/** Key prefix of an unnamed group of people ("two senior officials", "dozens of people"). */
const UNNAMED_GROUP = 'group:';

/** Is this the key of an unnamed group of people, not of a named group ("al-Shabaab")? */
export function isUnnamedGroup(key: string): boolean {
  return key.startsWith(UNNAMED_GROUP);
}

export interface ActorMention extends LocalMention {
  first: number;
  last: number;
  kind: MentionKind;
  /** Token index where the name itself starts (after any role prefix). */
  head: number;
}

export interface ActorAnalysis {
  actors: LocalActor[];
  mentions: ActorMention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  tokenMention: Int32Array;
  byKey: Map<string, LocalActor>;
}

interface Hit {
  first: number;
  last: number; // exclusive
  entry: GazEntry;
}

interface Role {
  text: string;
  country: string | null;
  sector: Sector | null;
  head: string; // role head (lexicon role name) for title-only coreference
  first: number;
  last: number;
}

interface Person {
  key: string;
  name: string;
  aliases: Set<string>;
  country: string | null;
  sector: Sector | null;
  roles: Role[];
  known: GazEntry | null;
  /** Name tokens used for short references. */
  shortForms: Set<string>;
  firstMention: number;
}

const CAP = /^\p{Lu}/u;
/** Titles of rulers and clerics, used with a first name: "King Charles", "Sheikh Tamim", "Pope Leo". */
const REGNAL = /^(Pope|King|Queen|Prince|Princess|Emir|Sheikh|Sultan|Patriarch|Emperor|Empress|Ayatollah|Cardinal|Archbishop|Imam)$/;
const HAS_LETTER = /\p{L}/u;
const INITIAL = /^\p{Lu}\.?$/u;
const POSSESSIVE = /^['’]s?$/;

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // an ASCII capital is itself a letter
  return CAP.test(t.text) && HAS_LETTER.test(t.text);
}

function isAllCaps(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export class ActorFinder {
  private readonly gaz: Gazetteer;
  private readonly pat: Patterns;
  private readonly doc: Doc;
  private readonly text: string;
  private readonly toks: Token[];
  /** Per token: the gazetteer hit covering it, if any. */
  private readonly hitAt: (Hit | undefined)[];
  private readonly prepared: PreparedText;
  private readonly persons = new Map<string, Person>();
  private readonly others = new Map<string, LocalActor>();
  private readonly mentions: ActorMention[] = [];
  private readonly taken: Uint8Array;

  constructor(doc: Doc) {
    this.gaz = gazetteer();
    this.pat = patterns();
    this.doc = doc;
    this.text = doc.text;
    this.toks = doc.tokens;
    this.hitAt = new Array(this.toks.length);
    this.taken = new Uint8Array(this.toks.length);
    this.prepared = prepareText(doc.text);
  }

  run(): ActorAnalysis {
    this.scanGazetteer();
    const candidates = this.nameRuns();
    this.acceptFullNames(candidates);
    this.acceptShortNames(candidates);
    this.titleOnlyMentions();
    this.unnamedSources();
    this.definiteGroupMentions();
    this.institutions();
    this.fixedMentions();
    this.acronymMentions();
    return this.finish();
  }

  // ---- pass 1: gazetteer --------------------------------------------------------------

  private scanGazetteer(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const key = plainWordKey(this.text, t.start, t.end, t.lower);
      // most tokens start no entry: skip them before the full look-up
      if (key !== undefined && !this.gaz.hasKey(key)) continue;
      const matches = this.gaz.matchAt(this.prepared, t.start, key);
      for (const m of matches) {
        let lastTok = i;
        while (lastTok + 1 < toks.length && toks[lastTok]!.end < m.end) lastTok++;
        if (toks[lastTok]!.end !== m.end || toks[lastTok]!.sentence !== t.sentence) continue;
        if (!this.plausible(m.entry, i, lastTok + 1)) continue;
        const hit: Hit = { first: i, last: lastTok + 1, entry: m.entry };
        for (let k = i; k <= lastTok; k++) this.hitAt[k] = hit;
        i = lastTok;
        break;
      }
    }
  }

  /** Context checks for fixed names that are also common words or first names. */
  private plausible(e: GazEntry, first: number, last: number): boolean {
    const next = this.toks[last];
    if (e.kind === 'state' || e.kind === 'capital') {
      // "Jordan Bardella", "Chad Wolf", "Georgia Meloni": a country name followed by a capitalised name is a person.
      if (next && next.sentence === this.toks[first]!.sentence && isCap(next) && this.gaz.givenNames.has(this.toks[first]!.text) && !this.gaz.matchAt(this.prepared, next.start).length) return false;
    }
    return true;
  }

  // ---- pass 2: person candidates ------------------------------------------------------

  private isNameToken(i: number): boolean {
    const t = this.toks[i]!;
    if (!isCap(t)) return false;
    // a family name written first that is also a word ("Park Sun-young", "Moon Jae-in")
    if (this.gaz.surnamesFirst.has(t.text) && this.toks[i + 1] && isCap(this.toks[i + 1]!) && this.toks[i + 1]!.sentence === t.sentence) return true;
    // a capitalised name particle starts a name when a name follows: "Van Weel", "Al-Sharaa"
    if (this.pat.particles.has(t.lower) && t.text.length <= 4) {
      let k = i + 1;
      while (this.toks[k] && this.pat.particles.has(this.toks[k]!.text)) k++;
      const n = this.toks[k];
      return !!n && n.sentence === t.sentence && (isCap(n) || (n.text === '-' && !n.space));
    }
    const h = this.hitAt[i];
    if (h && h.entry.kind !== 'person') return false;
    if (this.pat.neverName.has(t.lower)) return false;
    if (this.pat.nonPerson.has(t.lower)) return false;
    return true;
  }

  /** Maximal runs of name-like tokens inside a sentence. */
  private nameRuns(): { first: number; last: number }[] {
    const toks = this.toks;
    const runs: { first: number; last: number }[] = [];
    let i = 0;
    while (i < toks.length) {
      const h = this.hitAt[i];
      if (h && h.entry.kind === 'person') {
        // a formal tail joined by a particle belongs to the same person: "Mohammed bin Salman bin Abdulaziz Al Saud"
        let last = h.last;
        while (toks[last] && this.pat.particles.has(toks[last]!.text) && toks[last + 1] && isCap(toks[last + 1]!) && toks[last + 1]!.sentence === toks[i]!.sentence) {
          last += 2;
          while (toks[last] && isCap(toks[last]!) && toks[last]!.sentence === toks[i]!.sentence && !this.hitAt[last]) last++;
        }
        runs.push({ first: h.first, last });
        i = last;
        continue;
      }
      if (!this.isNameToken(i)) {
        i++;
        continue;
      }
      const sent = toks[i]!.sentence;
      let j = i + 1;
      for (;;) {
        const t = toks[j];
        if (!t || t.sentence !== sent) break;
        // a known person's name inside a longer capitalised run starts its own run ("Respected Comrade Kim Jong Un")
        if (this.hitAt[j]?.entry.kind === 'person' && this.hitAt[j]!.first === j) break;
        if (this.isNameToken(j)) {
          j++;
          continue;
        }
        // hyphenated or apostrophe-joined pieces: "Jae-myung", "al-Assad", "O'Neill"
        if ((t.text === '-' || t.text === '‐' || t.text === "'" || t.text === '’') && !t.space && toks[j + 1] && !toks[j + 1]!.space && HAS_LETTER.test(toks[j + 1]!.text)) {
          j += 2;
          continue;
        }
        // lower-case particles between capitalised parts: "bin", "van der", "al-"
        if (this.pat.particles.has(t.text) && t.text === t.lower) {
          let k = j;
          while (toks[k] && this.pat.particles.has(toks[k]!.text)) k++;
          if (toks[k] && toks[k]!.sentence === sent && (this.isNameToken(k) || (toks[k]!.text === '-' && !toks[k]!.space))) {
            j = k;
            continue;
          }
        }
        // initials: "Donald J. Trump"
        if (INITIAL.test(t.text) && toks[j + 1] && this.isNameToken(j + 1)) {
          j++;
          continue;
        }
        break;
      }
      // A run followed by an institution word ("Camp David Accords", "Luhansk People's Republic") is not a person.
      const after = toks[j];
      const instFollows = after && after.sentence === sent && isCap(after) && this.pat.nonPerson.has(after.lower);
      // a word right before a known person's name is part of how the name is written ("Seyed Abbas Araghchi")
      const beforeKnown = this.hitAt[j]?.entry.kind === 'person' && j - i === 1;
      if (!instFollows && !beforeKnown) runs.push({ first: i, last: j });
      i = Math.max(j, i + 1);
    }
    return runs;
  }

  private runText(first: number, last: number): string {
    return this.text.slice(this.toks[first]!.start, this.toks[last - 1]!.end);
  }

  /** Normalised display form of a name: ALL-CAPS names are title-cased. */
  private displayName(first: number, last: number): string {
    const raw = this.runText(first, last);
    let allCaps = true;
    for (let k = first; k < last; k++) if (HAS_LETTER.test(this.toks[k]!.text) && !isAllCaps(this.toks[k]!)) allCaps = false;
    return allCaps ? titleCase(raw) : raw.replace(/\s+/g, ' ');
  }

  /** The title or role phrase right before a name: "Russian presidential aide", "Kremlin spokesman". */
  private rolePrefix(first: number): Role | null {
    const toks = this.toks;
    let k = first - 1;
    const sent = toks[first]!.sentence;
    // "The Dutch ambassador to Ukraine, Gerrit van der Molen, said": a role phrase, a comma, the name
    if (toks[k]?.text === ',' && toks[k]!.sentence === sent) return this.preposedRole(k, first);
    // the word right before the name must be a title, role or honorific
    const isRole = (h: Hit | undefined): h is Hit => !!h && (h.entry.kind === 'role' || h.entry.kind === 'title' || h.entry.kind === 'honorific');
    let h0 = this.hitAt[k];
    if (!isRole(h0)) {
      // a portfolio after the role: "minister for foreign affairs Akira Sato", "Minister of State for Europe Ana Ruiz"
      let j = k;
      while (j >= 0 && k - j < 4 && toks[j]!.sentence === sent && !isRole(this.hitAt[j]) &&
        (this.pat.portfolio.has(toks[j]!.lower) || ['state', 'region'].includes(this.hitAt[j]?.entry.kind ?? ''))) j--;
      if (j === k || (toks[j]?.lower !== 'for' && toks[j]?.lower !== 'of') || !isRole(this.hitAt[j - 1])) return null;
      h0 = this.hitAt[j - 1];
    }
    if (!isRole(h0)) return null;
    const headHit = h0;
    let start = h0.first;
    let country: string | null = null;
    let sector: Sector | null = h0.entry.sector;
    k = h0.first - 1;
    while (k >= 0 && toks[k]!.sentence === sent) {
      const t = toks[k]!;
      const h = this.hitAt[k];
      if (h) {
        const kind = h.entry.kind;
        if (kind === 'role' || kind === 'title' || kind === 'honorific') {
          sector ??= h.entry.sector;
        } else if (kind === 'state' || kind === 'demonym' || kind === 'seat' || kind === 'capital' || kind === 'org' || kind === 'outlet') {
          country = h.entry.country ?? country;
          if (kind === 'org' || kind === 'outlet') sector ??= h.entry.sector;
          if (kind === 'seat' && h.entry.sector && h.entry.sector !== 'GOV') sector = h.entry.sector;
        } else break;
        start = h.first;
        k = h.first - 1;
        continue;
      }
      if (POSSESSIVE.test(t.text) && k > 0 && this.hitAt[k - 1] && ['state', 'capital', 'seat', 'org'].includes(this.hitAt[k - 1]!.entry.kind)) {
        k--;
        continue;
      }
      if (t.text === t.lower && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && /^\p{L}[\p{L}-]*$/u.test(t.text) && !this.pat.neverName.has(t.lower)) {
        start = k;
        k--;
        continue;
      }
      if ((t.text === '-' || t.text === '‐') && !t.space) {
        k--;
        continue;
      }
      // "Deputy Prime Minister and Foreign Minister Ishaq Dar"
      if (t.lower === 'and' && this.hitAt[k - 1] && ['role', 'title'].includes(this.hitAt[k - 1]!.entry.kind)) {
        k--;
        continue;
      }
      break;
    }
    // the role runs up to the name (a portfolio included)
    const last = Math.max(headHit.last, first);
    const text = this.text.slice(toks[start]!.start, toks[last - 1]!.end).replace(/\s+/g, ' ');
    return { text, country, sector, head: headHit.entry.name.toLowerCase(), first: start, last };
  }

  /** A role phrase before a comma that introduces the name: "The security minister, Dan Jarvis, said". */
  private preposedRole(comma: number, first: number): Role | null {
    const toks = this.toks;
    const sent = toks[first]!.sentence;
    let k = comma - 1;
    let target: string | null = null;
    // a tail "to Ukraine" / "of Japan" / "for Africa" after the role head
    for (let j = comma - 1, n = 0; n < 5 && j > 0 && toks[j]!.sentence === sent; n++, j--) {
      const t = toks[j]!;
      if (t.lower === 'to' || t.lower === 'of' || t.lower === 'for' || t.lower === 'in') {
        const h = this.hitAt[j + 1] ?? (toks[j + 1]?.lower === 'the' ? this.hitAt[j + 2] : undefined);
        if (h && ['state', 'capital', 'org'].includes(h.entry.kind)) target = t.lower === 'to' ? null : h.entry.country;
        k = j - 1;
        break;
      }
      if (!(isCap(t) || t.lower === 'the' || this.hitAt[j])) break;
    }
    const h0 = this.hitAt[k];
    if (!h0 || (h0.entry.kind !== 'role' && h0.entry.kind !== 'title') || h0.entry.nonperson) {
      return null;
    }
    // the role phrase must open the clause: sentence start or after a determiner
    let start = h0.first;
    let country: string | null = target;
    for (let j = h0.first - 1; j >= 0 && toks[j]!.sentence === sent; j--) {
      const t = toks[j]!;
      const h = this.hitAt[j];
      if (h && ['state', 'demonym', 'seat', 'capital', 'org'].includes(h.entry.kind)) {
        country = h.entry.country ?? country;
        start = h.first;
        j = h.first;
        continue;
      }
      if (POSSESSIVE.test(t.text) || (t.text === t.lower && (t.pos === 'ADJ' || t.pos === 'NOUN'))) {
        start = j;
        continue;
      }
      if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break;
      if (t.text === ',' || t.pos === 'VERB' || t.pos === 'ADP') break;
      return null;
    }
    const text = this.text.slice(toks[start]!.start, toks[comma - 1]!.end).replace(/\s+/g, ' ');
    return { text, country, sector: h0.entry.sector, head: h0.entry.name.toLowerCase(), first: first, last: first };
  }

  /** An appositive role right after a name: "Ishaq Dar, Pakistan's foreign minister, ...". */
  private appositiveRole(last: number): Role | null {
    const toks = this.toks;
    const comma = toks[last];
    if (!comma || comma.text !== ',') return null;
    const sent = comma.sentence;
    let k = last + 1;
    let headHit: Hit | null = null;
    let country: string | null = null;
    let end = k;
    let afterTo = false;
    let toPerson: number | null = null;
    for (let n = 0; n < 14 && k < toks.length && toks[k]!.sentence === sent; n++) {
      const t = toks[k]!;
      if (t.text === ',' || t.text === ';' || t.text === '.' || t.pos === 'VERB' || t.pos === 'AUX') break;
      const h = this.hitAt[k];
      if (h) {
        const kind = h.entry.kind;
        if (kind === 'role' || kind === 'title') {
          headHit ??= h;
        } else if (['state', 'demonym', 'seat', 'capital', 'org'].includes(kind)) {
          if (!afterTo || !headHit || !/ambassador|envoy|representative/.test(headHit.entry.name)) country ??= h.entry.country;
        }
        k = h.last;
        end = k;
        continue;
      }
      if (t.lower === 'to' || t.lower === 'of' || t.lower === 'for') afterTo = t.lower === 'to';
      else if (afterTo && isCap(t) && toPerson === null) toPerson = k;
      k++;
      end = k;
    }
    if (!headHit) return null;
    const text = this.text.slice(toks[last + 1]!.start, toks[end - 1]!.end).replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ');
    const role: Role & { toPerson?: number } = { text, country, sector: headHit.entry.sector, head: headHit.entry.name.toLowerCase(), first: last + 1, last: end };
    if (toPerson !== null) role.toPerson = toPerson;
    return role;
  }

  private precededByReportingVerb(first: number): boolean {
    const t = this.toks[first - 1];
    return !!t && t.pos === 'VERB' && (t.lemma === 'say' || t.lemma === 'add' || t.lemma === 'tell' || t.lemma === 'write' || t.lemma === 'note');
  }

  private followedByReportingVerb(last: number): boolean {
    const t = this.toks[last];
    if (!t) return false;
    const l = t.lemma;
    return t.pos === 'VERB' && (l === 'say' || l === 'tell' || l === 'add' || l === 'write' || l === 'note' || l === 'state' || l === 'announce' || l === 'claim' || l === 'insist' || l === 'warn' || l === 'urge' || l === 'stress');
  }

  private personKey(name: string): string {
    return 'person:' + foldName(name);
  }

  private addPerson(name: string, known: GazEntry | null, mentionFirst: number): Person {
    const canonical = known?.name ?? name;
    const key = this.personKey(canonical);
    let p = this.persons.get(key);
    if (!p) {
      p = {
        key,
        name: canonical,
        aliases: new Set(),
        country: known?.country ?? null,
        sector: known?.sector ?? null,
        roles: [],
        known,
        shortForms: new Set(),
        firstMention: mentionFirst,
      };
      this.persons.set(key, p);
      for (const r of known?.roles ?? []) p.roles.push({ text: r, country: known!.country, sector: known!.sector, head: '', first: -1, last: -1 });
    }
    if (name !== p.name) p.aliases.add(name);
    this.addShortForms(p, name);
    return p;
  }

  private addShortForms(p: Person, name: string): void {
    const parts = name.split(/\s+/).filter((w) => !this.pat.particles.has(w));
    if (parts.length < 2) return;
    p.shortForms.add(parts[parts.length - 1]!);
    // family name first (East Asian order): "Xi Jinping" -> "Xi", "Kim Yo Jong" -> "Kim" (but "Kim" also as a given name)
    if (this.gaz.surnamesFirst.has(parts[0]!) || (!this.gaz.givenNames.has(parts[0]!) && !this.gaz.ambiguousGivenNames.has(parts[0]!) && parts.length <= 3 && !INITIAL.test(parts[0]!))) p.shortForms.add(parts[0]!);
    // compound surnames after a particle: "von der Leyen", "al-Assad" (kept with their particle)
    const m = /\s((?:(?:al|el|bin|ibn|van|von|der|de|da|di|du|la|le)[\s-])+\S+)$/.exec(name);
    if (m) p.shortForms.add(m[1]!);
  }

  private addRole(p: Person, r: Role | null): void {
    if (!r) return;
    if (!p.roles.some((x) => x.text.toLowerCase() === r.text.toLowerCase())) p.roles.push(r);
    if (r.country && !p.known?.country) p.country ??= r.country;
    if (r.sector) p.sector ??= r.sector;
  }

  private mention(actor: string, first: number, last: number, kind: MentionKind, head = first): void {
    for (let k = first; k < last; k++) if (this.taken[k]) return;
    for (let k = first; k < last; k++) this.taken[k] = 1;
    const start = this.toks[first]!.start;
    const end = this.toks[last - 1]!.end;
    this.mentions.push({ actor, start, end, text: this.text.slice(start, end), first, last, kind, head });
  }

  private acceptFullNames(runs: { first: number; last: number }[]): void {
    for (const run of runs) {
      let { first } = run;
      const { last } = run;
      const hit = this.hitAt[first];
      const known = hit && hit.entry.kind === 'person' && hit.first === first ? hit.entry : null;
      let role = this.rolePrefix(first);
      // "Minister of Home Affairs Tito Karnavian": the portfolio's capitalised words run into the name
      if (!known && (!role || this.pat.portfolio.has(this.toks[first]!.lower))) {
        // the name starts after the last portfolio word
        for (let s = first + 1; s <= last - 2 && this.pat.portfolio.has(this.toks[s - 1]!.lower); s++) {
          const r = this.rolePrefix(s);
          if (r) {
            role = r;
            first = s;
          }
        }
      }
      const n = last - first;
      let accept = !!known || !!role;
      let appos: Role | null = null;
      if (!accept) {
        appos = this.appositiveRole(last);
        accept = !!appos && n >= 1 && (n >= 2 || this.toks[first]!.pos === 'PROPN');
      }
      if (!accept && n >= 2) {
        const firstWord = this.toks[first]!.text;
        accept = (this.gaz.givenNames.has(firstWord) || this.gaz.givenNames.has(titleCase(firstWord))) && !this.gaz.ambiguousGivenNames.has(firstWord);
        if (!accept) accept = (this.followedByReportingVerb(last) || this.precededByReportingVerb(first)) && this.allProperNouns(first, last);
      }
      if (!accept) continue;
      const name = this.displayName(first, last);
      // "Von der Leyen" after "Ursula von der Leyen": a short form, handled by the short-name pass
      if (!known && !role && this.isShortFormOfKnown(name)) continue;
      // A single token after a title is a surname ("President Zelenskyy"): leave it for the short-name pass.
      if (n === 1 && !known) {
        (run as { role?: Role | null }).role = role;
        continue;
      }
      const p = this.addPerson(name, known ?? this.knownFull(name), first);
      this.addRole(p, role);
      this.addRole(p, appos ?? this.appositiveRole(last));
      // "Saad Warraich of the Pakistan High Commission", "Tim Kaine of Virginia": the body or state named after "of"
      if (!p.country && this.toks[last]?.lower === 'of') {
        let k = last + 1;
        if (this.toks[k]?.lower === 'the') k++;
        const h = this.hitAt[k];
        if (h && h.entry.country && ['state', 'demonym', 'capital', 'org', 'seat'].includes(h.entry.kind)) p.country = h.entry.country;
      }
      this.mention(p.key, role ? role.first : first, last, 'name', first);
      (run as { done?: boolean }).done = true;
    }
  }

  private lowerParticle(name: string): string {
    return name.replace(/^(\p{Lu}\p{Ll}{0,3})(?=[\s-])/u, (w) => (this.pat.particles.has(w.toLowerCase()) ? w.toLowerCase() : w));
  }

  private isShortFormOfKnown(name: string): boolean {
    const lp = this.lowerParticle(name);
    for (const p of this.persons.values()) if (p.shortForms.has(name) || p.shortForms.has(lp)) return true;
    return false;
  }

  private allProperNouns(first: number, last: number): boolean {
    for (let k = first; k < last; k++) if (this.toks[k]!.pos !== 'PROPN' && !this.pat.particles.has(this.toks[k]!.text) && this.toks[k]!.text !== '-') return false;
    return true;
  }

  /** A known person whose full name or alias folds to this name. */
  private knownFull(name: string): GazEntry | null {
    const folded = foldName(name);
    const last = name.split(/\s+/).pop()!;
    for (const e of this.gaz.personsBySurname.get(last.toLowerCase()) ?? []) {
      if ([e.name, ...(e.aliases ?? [])].some((a) => foldName(a) === folded)) return e;
    }
    return null;
  }

  private acceptShortNames(runs: { first: number; last: number; done?: boolean; role?: Role | null }[]): void {
    const persons = [...this.persons.values()];
    for (const run of runs) {
      if (run.done) continue;
      const name = this.displayName(run.first, run.last);
      const lowerParticle = this.lowerParticle(name);
      const role = run.role !== undefined ? run.role : this.rolePrefix(run.first);
      // a short form of a person named in this article (nearest full mention wins on ties)
      let target: Person | null = null;
      for (const p of persons) {
        if (p.shortForms.has(name) || p.shortForms.has(lowerParticle) || p.name === name || p.aliases.has(name)) {
          if (!target || Math.abs(p.firstMention - run.first) < Math.abs(target.firstMention - run.first)) target = p;
        }
      }
      const regnalTitle = !!role && REGNAL.test(role.text.split(' ').pop()!);
      if (!target && regnalTitle) {
        for (const p of persons) if (p.name.split(/\s+/)[0] === name && p.name !== name) target = p;
      }
      if (!target) {
        const single = run.last - run.first === 1;
        const known = this.gaz.personsBySurname.get(name.toLowerCase()) ?? [];
        const ok = known.length === 1 && (role || (single && name.length >= 3 && this.toks[run.first]!.pos === 'PROPN'));
        if (ok) target = this.addPerson(known[0]!.name, known[0]!, run.first);
        else if (role) target = this.addPerson(regnalTitle ? `${role.text.split(' ').pop()} ${name}` : name, null, run.first);
      }
      if (!target) continue;
      if (name !== target.name) target.aliases.add(name);
      this.addRole(target, role);
      this.mention(target.key, role ? role.first : run.first, run.last, role ? 'name' : 'short', run.first);
    }
  }

  // ---- pass 4: fixed names (states, orgs, outlets) -----------------------------------------

  private other(entry: GazEntry, key: string, type: ActorType, alias: string): LocalActor {
    let a = this.others.get(key);
    if (!a) {
      a = { key, name: entry.name, aliases: [], type, country: entry.country, roles: [], sector: entry.sector };
      this.others.set(key, a);
    }
    if (alias !== a.name && !a.aliases.includes(alias)) a.aliases.push(alias);
    return a;
  }

  private fixedMentions(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const h = this.hitAt[i];
      if (!h || h.first !== i || this.taken[i]) continue;
      const e = h.entry;
      const alias = this.text.slice(toks[h.first]!.start, toks[h.last - 1]!.end);
      let first = h.first;
      if (e.kind === 'seat' && first > 0 && toks[first - 1]!.lower === 'the') first--;
      switch (e.kind) {
        case 'state':
        case 'seat':
        case 'people': {
          const a = this.other(e, 'state:' + e.country, 'state', alias);
          this.mention(a.key, first, h.last, 'fixed', h.first);
          break;
        }
        case 'capital': {
          const prev = toks[first - 1];
          if (prev && prev.sentence === toks[first]!.sentence && this.pat.locative.has(prev.lower)) break;
          // "the Doha process", "the Minsk agreements": the city names a thing, not a government
          const next = toks[h.last];
          if (next && next.sentence === toks[first]!.sentence && next.pos === 'NOUN' && next.text === next.lower && prev?.lower === 'the') break;
          const a = this.other(e, 'state:' + e.country, 'state', alias);
          this.mention(a.key, first, h.last, 'fixed', h.first);
          break;
        }
        case 'demonym': {
          if (!this.demonymStandsForState(h)) break;
          const a = this.other(e, 'state:' + e.country, 'state', e.name);
          this.mention(a.key, first, h.last, 'demonym', h.first);
          break;
        }
        case 'org': {
          const a = this.other(e, 'org:' + foldName(e.name), e.type ?? 'organization', alias);
          this.mention(a.key, first, h.last, 'fixed', h.first);
          // "the Ministry of External Affairs (MEA)": the acronym names it from here on
          const t1 = toks[h.last];
          const t2 = toks[h.last + 1];
          if (t1?.text === '(' && toks[h.last + 2]?.text === ')' && t2 && /^[A-Z][A-Z0-9-]{1,7}$/.test(t2.text) && !this.hitAt[h.last + 1]) {
            this.acronyms.set(t2.text, a.key);
            if (!a.aliases.includes(t2.text)) a.aliases.push(t2.text);
          }
          break;
        }
        case 'outlet': {
          const a = this.other(e, 'media:' + foldName(e.name), 'media', alias);
          if (first > 0 && toks[first - 1]!.lower === 'the') first--;
          this.mention(a.key, first, h.last, 'fixed', h.first);
          break;
        }
        default:
          break;
      }
    }
  }

  /** "the Russian side", "Ukrainian troops", "the Russian and Ukrainian negotiating teams". */
  private demonymStandsForState(h: Hit): boolean {
    const toks = this.toks;
    const sent = toks[h.first]!.sentence;
    let k = h.last;
    for (let n = 0; n < 6 && k < toks.length && toks[k]!.sentence === sent; n++) {
      const t = toks[k]!;
      if (this.pat.stateGroupNouns.has(t.lower)) return true;
      const hk = this.hitAt[k];
      if (hk && hk.entry.kind === 'demonym') {
        k = hk.last;
        continue;
      }
      if (t.lower === 'and' || t.lower === ',' || ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'VERB') && t.text === t.lower)) {
        k++;
        continue;
      }
      return false;
    }
    return false;
  }

  // ---- pass 3b: title-only references -------------------------------------------------------

  /** "the Kremlin spokesman", "The U.S. president": a definite role phrase naming a person of this article. */
  private titleOnlyMentions(): void {
    const toks = this.toks;
    const persons = [...this.persons.values()];
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.lower !== 'the' || this.taken[i]) continue;
      const sent = toks[i]!.sentence;
      let k = i + 1;
      let country: string | null = null;
      let head: Hit | null = null;
      while (k < toks.length && toks[k]!.sentence === sent && !this.taken[k]) {
        const h = this.hitAt[k];
        if (h && ['state', 'demonym', 'seat', 'capital'].includes(h.entry.kind)) {
          country = h.entry.country;
          k = h.last;
          continue;
        }
        if (h && (h.entry.kind === 'role' || h.entry.kind === 'title')) {
          head = h;
          k = h.last;
          continue;
        }
        const t = toks[k]!;
        if (!head && t.text === t.lower && (t.pos === 'ADJ' || t.pos === 'NOUN')) {
          k++;
          continue;
        }
        break;
      }
      if (!head || head.entry.nonperson) continue;
      const next = toks[k];
      if (next && next.sentence === sent && (isCap(next) && !this.hitAt[k] || next.text === ',' || next.lower === 'of')) continue;
      const headName = head.entry.name.toLowerCase();
      const matches = persons.filter((p) => p.firstMention < i && p.roles.some((r) => r.head === headName || new RegExp(`\\b${headName}\\b`).test(r.text.toLowerCase())) && (!country || p.country === country));
      if (matches.length !== 1) continue;
      this.mention(matches[0]!.key, i, k, 'title', head.first);
    }
  }

  // ---- pass 4c: institutions ---------------------------------------------------------------

  private readonly acronyms = new Map<string, string>();

  private chunkToken(k: number): boolean {
    const t = this.toks[k]!;
    const h = this.hitAt[k];
    if (this.taken[k] || (h && !this.countryWordAt(k) && !h.entry.needsCountry)) return false;
    // a generic body is often written in lower case: "the Syrian foreign ministry"
    return (isCap(t) || !!h?.entry.needsCountry) && !this.pat.neverName.has(t.lower);
  }

  /** True when token k names a state: a demonym, a state or its capital. */
  private countryWordAt(k: number): boolean {
    const kind = this.hitAt[k]?.entry.kind;
    return kind === 'demonym' || kind === 'state' || kind === 'capital';
  }

  /**
   * The generic body a chunk [first, end) names besides its state, when one lexicon entry covers all its
   * other words ("Syria's Ministry of Foreign Affairs", "the Syrian foreign ministry": Foreign Ministry).
   */
  private genericBodyOf(first: number, end: number): GazEntry | null {
    let body: Hit | undefined;
    for (let k = first; k < end; k++) {
      const t = this.toks[k]!;
      if (this.countryWordAt(k) || t.lower === 'the' || ((t.lower === 'of' || POSSESSIVE.test(t.text)) && body?.last === k)) continue;
      const h = this.hitAt[k];
      if (!h?.entry.needsCountry || (body && h !== body)) return null;
      body = h;
    }
    return body && body.first >= first && body.last <= end ? body.entry : null;
  }

  /** "the Chinese Foreign Ministry", "South Korea's Unification Ministry", "the State Border Guard Service of Ukraine". */
  private institutions(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      if (!this.chunkToken(i)) continue;
      const sent = toks[i]!.sentence;
      let j = i;
      for (;;) {
        const t = toks[j];
        if (!t || t.sentence !== sent) break;
        if (this.chunkToken(j)) { j++; continue; }
        const next = toks[j + 1];
        if (j > i && (t.lower === 'of' || t.lower === 'for' || t.lower === 'and') && next && (this.chunkToken(j + 1) || (next.lower === 'the' && toks[j + 2] && this.chunkToken(j + 2)))) {
          j += next.lower === 'the' ? 2 : 1;
          continue;
        }
        if (j > i && (t.text === "'" || t.text === '’') && next && this.chunkToken(j + 1)) { j++; continue; }
        break;
      }
      let headAt = -1;
      let generic = true;
      for (let k = i; k < j; k++) {
        if ((isCap(toks[k]!) && this.pat.institutionHeads.has(toks[k]!.lower)) || this.hitAt[k]?.entry.needsCountry) headAt = k;
        if (!this.hitAt[k]?.entry.needsCountry) generic = false;
      }
      // the head must come before any "of"-tail and must not be the first word alone ("Party of ...")
      if (headAt < 0) { i = j; continue; }
      let first = i;
      let country: string | null = null;
      // the chunk's own words name its state ("Syrian", "of Ukraine"), or a possessive before it does ("Russia's")
      let statedInside = false;
      for (let k = i; k < j; k++) {
        if (!this.countryWordAt(k)) continue;
        statedInside = true;
        country ??= this.hitAt[k]!.entry.country;
      }
      // "Russia's Defense Ministry": the possessive state gives the country
      const p1 = toks[first - 1];
      const p2 = this.hitAt[first - 2];
      if (p1 && POSSESSIVE.test(p1.text) && p2 && (p2.entry.kind === 'state' || p2.entry.kind === 'capital')) country ??= p2.entry.country;
      // a single capitalised head word alone ("Parliament", "Government") is too generic;
      // a generic body with no state named ("the Foreign Ministry") is left to the lexicon
      if ((j - first === 1 || generic) && !country) { i = j; continue; }
      if (toks[first]!.lower === 'the') first++;
      const surface = this.text.slice(toks[first]!.start, toks[j - 1]!.end).replace(/\s+/g, ' ');
      const dem = country ? demonymOf(country) : null;
      // the words as written, and with the state's adjective when they name none ("Chinese Ministry of Commerce")
      const written = dem && !statedInside ? [surface, `${dem} ${surface}`] : [surface];
      const body = dem ? this.genericBodyOf(first, j) : null;
      // One name for a state's body however it is written: "Syria's Ministry of Foreign Affairs" and "the
      // Syrian foreign ministry" are the Syrian Foreign Ministry; "China's Ministry of Commerce" is not one
      // "Ministry of Commerce" with India's, but the Chinese Trade Ministry.
      const name = body ? `${dem} ${body.name}` : written[written.length - 1]!;
      const key = 'org:' + foldName(name);
      let a = this.others.get(key);
      if (!a) {
        const head = toks[headAt]!.lower;
        const sector: Sector | null = /^(army|navy|forces|command|guard|guards|corps|brigade|battalion|regiment|division|militia)$/.test(head) ? 'MIL'
          : /^(company|corporation|bank|group)$/.test(head) ? 'BUS' : country ? 'GOV' : null;
        a = { key, name, aliases: [], type: 'organization', country, roles: [], sector };
        this.others.set(key, a);
      }
      for (const w of written) if (w !== name && !a.aliases.includes(w)) a.aliases.push(w);
      this.mention(key, first, j, 'fixed', first);
      // "International Committee of the Red Cross (ICRC)"
      if (toks[j]?.text === '(' && toks[j + 2]?.text === ')' && /^[A-Z][A-Z0-9-]{1,7}$/.test(toks[j + 1]!.text)) {
        this.acronyms.set(toks[j + 1]!.text, key);
        if (!a.aliases.includes(toks[j + 1]!.text)) a.aliases.push(toks[j + 1]!.text);
      }
      i = j;
    }
  }

  private acronymMentions(): void {
    if (!this.acronyms.size) return;
    for (let i = 0; i < this.toks.length; i++) {
      const key = this.acronyms.get(this.toks[i]!.text);
      if (key && !this.taken[i]) this.mention(key, i, i + 1, 'fixed', i);
    }
  }

  // ---- pass 4b: unnamed sources -------------------------------------------------------------

  private unnamedSources(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (this.taken[i] || !this.pat.groupDeterminers.has(t.lower)) continue;
      const sent = t.sentence;
      let k = i + 1;
      // "one of the US officials", "two of the people", "thousands of protesters", "tens of thousands of people"
      if (toks[k]?.lower === 'of' && (toks[k + 1]?.lower === 'the' || toks[k + 1]?.lower === 'his' || toks[k + 1]?.lower === 'their')) k += 2;
      else if (toks[k]?.lower === 'of' && /^(thousands|hundreds|dozens|tens|millions)$/.test(t.lower)) {
        k++;
        if (toks[k]?.lower === 'thousands' && toks[k + 1]?.lower === 'of') k += 2;
      }
      let country: string | null = null;
      let headAt = -1;
      while (k < toks.length && toks[k]!.sentence === sent && k - i < 8) {
        const tk = toks[k]!;
        const h = this.hitAt[k];
        if (this.pat.groupHeads.has(tk.lower) && !isCap(tk)) {
          headAt = k;
          k++;
          break;
        }
        if (h && ['state', 'demonym', 'seat', 'capital', 'org'].includes(h.entry.kind)) {
          country ??= h.entry.kind === 'org' ? h.entry.country : h.entry.country;
          k = h.last;
          continue;
        }
        if (this.pat.groupModifiers.has(tk.lower) || (tk.text === '-' && !tk.space) || (tk.pos === 'ADJ' && tk.text === tk.lower)) {
          k++;
          continue;
        }
        break;
      }
      if (headAt < 0) continue;
      // "a spokesperson for the DPRK Foreign Ministry": the body itself speaks
      if (/^spokes(person|man|woman)$/.test(toks[headAt]!.lower) && (toks[k]?.lower === 'for' || toks[k]?.lower === 'of')) {
        let a = k + 1;
        if (toks[a]?.lower === 'the') a++;
        const h = this.hitAt[a];
        if (h && h.entry.kind !== 'person' && h.entry.kind !== 'role' && h.entry.kind !== 'title') continue;
      }
      // post-modifiers: "familiar with the matter", "close to the Kremlin"
      for (const post of this.pat.groupPost) {
        if (post.every((w, n) => toks[k + n]?.lower === w)) {
          k += post.length;
          let n = 0;
          while (n < 4 && toks[k] && toks[k]!.sentence === sent && !/^[,.;]$/.test(toks[k]!.text) && toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX') {
            k++;
            n++;
          }
          break;
        }
      }
      const phrase = this.text.slice(toks[i]!.start, toks[k - 1]!.end).replace(/\s+/g, ' ');
      const name = phrase.replace(/^(a|an|one)\s+/i, '');
      const key = UNNAMED_GROUP + foldName(name);
      let a = this.others.get(key);
      if (!a) {
        a = { key, name, aliases: [], type: 'group', country, roles: [], sector: null };
        this.others.set(key, a);
      }
      this.mention(key, i, k, 'group', headAt);
      i = k - 1;
    }
  }

  /** "the official said", "the diplomat added": the unnamed source introduced earlier with the same head. */
  private definiteGroupMentions(): void {
    const toks = this.toks;
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i]!.lower !== 'the' || this.taken[i] || this.taken[i + 1]) continue;
      const head = toks[i + 1]!;
      if (!this.pat.groupHeads.has(head.lower) || head.text !== head.lower) continue;
      const next = toks[i + 2];
      if (next && next.sentence === head.sentence && (isCap(next) || next.lower === 'of' || next.text === ',')) continue;
      let target: string | null = null;
      for (const m of this.mentions) {
        if (m.start >= head.start) continue;
        const f = foldName(head.lower);
        if (m.kind === 'group' && (m.actor.endsWith(' ' + f) || m.actor.endsWith(':' + f))) target = m.actor;
      }
      if (target) this.mention(target, i, i + 2, 'group', i + 1);
    }
  }

  // ---- result ------------------------------------------------------------------------------

  /**
   * "In Tokyo, Chief Cabinet Secretary X said", "regional governor X said in Lviv": an official of
   * no stated country who speaks in a place of one state serves that state. Not for diplomats,
   * who serve where they are posted from.
   */
  private placeOfStatement(p: Person): string | null {
    if (p.sector !== 'GOV' && p.sector !== 'MIL') return null;
    if (p.roles.some((r) => /ambassador|envoy|representative|consul|diplomat|charg/.test(r.text.toLowerCase()))) return null;
    const first = this.mentions.find((m) => m.actor === p.key);
    if (!first) return null;
    const s = this.doc.sentences[this.toks[first.first]!.sentence]!;
    let found: string | null = null;
    for (let k = s.first; k < s.last - 1; k++) {
      if (this.toks[k]!.lower !== 'in') continue;
      const h = this.hitAt[k + 1];
      const iso3 = h && ['capital', 'seat', 'state'].includes(h.entry.kind) && h.first === k + 1 ? h.entry.country : placeAt(this.doc, k + 1)?.iso3 ?? null;
      if (!iso3) continue;
      if (found && found !== iso3) return null; // two states named: no telling
      found = iso3;
    }
    return found;
  }

  private finish(): ActorAnalysis {
    const actors: LocalActor[] = [];
    for (const p of this.persons.values()) {
      // a person needs at least one mention; "to Vladimir Putin" appositive countries resolve here
      for (const r of p.roles as (Role & { toPerson?: number })[]) {
        if (!p.country && r.toPerson !== undefined) {
          const m = this.mentions.find((x) => x.first <= r.toPerson! && r.toPerson! < x.last);
          const other = m ? this.persons.get(m.actor) : undefined;
          if (other?.country) p.country = other.country;
        }
      }
      if (!p.country) p.country = this.placeOfStatement(p);
      actors.push({
        key: p.key,
        name: p.name,
        aliases: [...p.aliases].filter((a) => a !== p.name),
        type: 'person',
        // officials of international bodies act for the body, not for their home state
        country: p.sector === 'IGO' ? null : p.country,
        roles: [...new Set(p.roles.map((r) => r.text))],
        sector: p.sector,
      });
    }
    actors.push(...this.others.values());
    const used = new Set(this.mentions.map((m) => m.actor));
    const kept = actors.filter((a) => used.has(a.key));
    this.mentions.sort((a, b) => a.start - b.start);
    const tokenMention = new Int32Array(this.toks.length).fill(-1);
    this.mentions.forEach((m, idx) => {
      for (let k = m.first; k < m.last; k++) tokenMention[k] = idx;
    });
    return { actors: kept, mentions: this.mentions, tokenMention, byKey: new Map(kept.map((a) => [a.key, a])) };
  }
}

export function findActors(doc: Doc): ActorAnalysis {
  return new ActorFinder(doc).run();
}
