/**
 * The gazetteer: every fixed name the actor finder knows, from the `world-countries` package and
 * the lexicon files (countries-extra, seats, organizations, outlets, people, roles), indexed for
 * longest-match lookup at any offset of a text. Built once per process.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { ActorType, Sector } from '../../export/records.js';
import { loadLexicon } from '../../util/lexicon.js';

export type EntryKind =
  | 'state' // a country name: "Russia", "the United States", "U.K."
  | 'capital' // a capital standing for its government: "Moscow", "Washington"
  | 'seat' // a seat of government or metonym: "the Kremlin", "Downing Street"
  | 'demonym' // adjective: "Russian", "British"
  | 'people' // plural demonym used as an actor: "the Russians", "Americans"
  | 'org'
  | 'outlet'
  | 'person' // a known person's full name
  | 'title' // a capitalised title before a name: "President", "Gen."
  | 'role' // a role noun/phrase: "spokesman", "national security adviser"
  | 'honorific'; // "Mr", "Dr"

export interface GazEntry {
  text: string;
  /** Match ignoring case (roles, titles); names match exactly. */
  ci: boolean;
  kind: EntryKind;
  /** Canonical name of what it stands for: the state's common name, the org, outlet or person name, or the role text. */
  name: string;
  type: ActorType | null;
  country: string | null;
  sector: Sector | null;
  /** Known person: other renderings and roles. */
  aliases?: string[];
  roles?: string[];
  /** A role word also common for things ("host country", "member state"): a person cue only next to a name. */
  nonperson?: boolean;
  /** A generic body that needs a state to name it ("Foreign Ministry"). */
  needsCountry?: boolean;
  /** Lower case with hyphens as spaces, for case-insensitive matching (set by the gazetteer). */
  lowerText?: string;
}

/** Is the UTF-16 code unit a letter, digit or period (a word character for index keys)? */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

/**
 * The index key of a token when it is a plain ASCII word (`lower`), without slicing the text; '' (no
 * entry has it) when the token starts with ASCII that is no word character (punctuation, quotes);
 * undefined when the key must be computed with firstWordKey.
 */
export function plainWordKey(text: string, start: number, end: number, lower: string): string | undefined {
  const c0 = text.charCodeAt(start);
  if (c0 < 128 && !wordChar(c0)) return '';
  for (let x = start; x < end; x++) {
    const c = text.charCodeAt(x);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return undefined;
  }
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 46) {
      if (end + 1 < text.length && wordChar(text.charCodeAt(end + 1))) return undefined;
    } else if (wordChar(c)) return undefined;
  }
  return lower;
}

/** End of the first word at `offset`: letters, digits and periods, without the periods that end it. */
function firstWordEnd(text: string, offset: number): number {
  let e = offset;
  while (e < text.length && wordChar(text.charCodeAt(e))) e++;
  while (e > offset && text.charCodeAt(e - 1) === 46) e--; // a sentence's full stop is not part of the word
  return e;
}

/** Index key: the first word at `offset` (letters, digits and periods), lower-cased. */
export function firstWordKey(text: string, offset: number): string {
  return text.slice(offset, firstWordEnd(text, offset)).toLowerCase();
}

/** A text prepared for case-insensitive matching at any offset (same length as the text). */
export interface PreparedText {
  text: string;
  /** Lower case with hyphens as spaces, or null when lower-casing changes the length. */
  lower: string | null;
}

export function prepareText(text: string): PreparedText {
  const lower = text.toLowerCase().replace(/-/g, ' ');
  return { text, lower: lower.length === text.length ? lower : null };
}

export interface GazMatch {
  entry: GazEntry;
  start: number;
  end: number;
}

interface CountryExtra {
  text: string;
  country: string;
  kind: 'name' | 'demonym' | 'territory' | 'combining';
  ambiguous?: boolean;
}
interface SeatEntry {
  name: string;
  ambiguous?: boolean;
  aliases?: string[];
  article?: string;
  country: string;
  sector?: Sector;
  kind?: string;
}
interface OrgEntry {
  name: string;
  needs_country?: boolean;
  any_case?: boolean;
  aliases?: string[];
  type?: 'organization' | 'group';
  country?: string | null;
  sector?: Sector | null;
}
interface OutletEntry {
  name: string;
  aliases?: string[];
  country?: string | null;
}
interface PersonEntry {
  name: string;
  aliases?: string[];
  country?: string | null;
  sector?: Sector | null;
  roles?: string[];
}
interface RoleItem {
  text: string;
  sector?: Sector | null;
  nonperson?: boolean;
}
interface RolesLexicon {
  titles?: RoleItem[];
  roles?: RoleItem[];
  honorifics?: (string | RoleItem)[];
}

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN = /^[\p{Script=Latin}\p{P}\p{Zs}\p{N}]+$/u;

/** Country code -> common English name, from world-countries. */
const COUNTRY_NAME = new Map<string, string>(countries.map((c) => [c.cca3, c.name.common]));

const DEMONYM = new Map<string, string>(countries.map((c) => [c.cca3, c.demonyms?.eng?.m ?? '']));

/** The adjective for a country ("RUS" -> "Russian"), from world-countries. */
export function demonymOf(iso3: string): string | null {
  return DEMONYM.get(iso3) || null;
}

export function countryName(iso3: string): string | null {
  return COUNTRY_NAME.get(iso3) ?? (iso3 === 'XKX' ? 'Kosovo' : null);
}

function plural(demonym: string): string | null {
  if (/(an|i)$/.test(demonym)) return demonym + 's';
  return null;
}

/** Bucket of a UTF-16 code unit: 0-25 for an ASCII letter (either case), 26 for anything else. */
function bucketOf(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? (c | 32) - 97 : 26;
}

/**
 * The entries of one index key split by the character that follows the key word and one separator
 * ("the K|remlin", "foreign m|inister"), so a frequent first word ("the", "foreign", "un") is checked
 * against a handful of entries instead of all of them. Each bucket keeps the list's order (longest first)
 * and holds every entry that can match a text with that character there (see `bucketed`).
 */
interface Buckets {
  /** Offset of the character, from the start of a match: the key's length plus one. */
  at: number;
  lists: GazEntry[][];
}

export class Gazetteer {
  private readonly index = new Map<string, GazEntry[]>();
  /** Per key with many entries, its entries by the character at `at` (null when they cannot be split so). */
  private readonly buckets = new Map<string, Buckets | null>();
  /** Known persons by folded-case surname (last word), for bare-surname first mentions. */
  readonly personsBySurname = new Map<string, GazEntry[]>();
  readonly givenNames: Set<string>;
  readonly ambiguousGivenNames: Set<string>;
  /** Family names written first (Chinese, Korean, Vietnamese): "Xi Jinping" is later "Xi". */
  readonly surnamesFirst: Set<string>;

  constructor() {
    this.addCountries();
    this.addLexicons();
    for (const list of this.index.values()) list.sort((a, b) => b.text.length - a.text.length);
    for (const [key, list] of this.index) if (list.length >= BUCKET_FROM) this.buckets.set(key, bucketed(key, list));
    const given = loadLexicon<{ names?: string[]; ambiguous?: string[]; surnames_first?: string[] }>('given-names.yaml');
    this.givenNames = new Set(given.names ?? []);
    this.ambiguousGivenNames = new Set(given.ambiguous ?? []);
    this.surnamesFirst = new Set(given.surnames_first ?? []);
  }

  add(e: GazEntry): void {
    if (e.text.length < 2) return;
    e.lowerText = e.text.toLowerCase().replace(/-/g, ' ');
    const key = firstWordKey(e.text, 0);
    if (!key) return;
    let list = this.index.get(key);
    if (!list) this.index.set(key, (list = []));
    if (list.some((x) => x.text === e.text && x.kind === e.kind)) return;
    list.push(e);
  }

  private state(text: string, kind: EntryKind, iso3: string, sector: Sector | null = 'GOV'): void {
    const name = countryName(iso3);
    if (!name) return;
    this.add({ text, ci: false, kind, name, type: 'state', country: iso3, sector });
  }

  private addCountries(): void {
    // independent states first, so a demonym shared with territories ("American") names the state
    const ordered = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
    for (const c of ordered) {
      const names = new Set<string>([c.name.common, c.name.official]);
      // all-caps altSpellings of up to 4 letters are mostly ISO codes that collide with words ("IN", "NO")
      for (const a of c.altSpellings) if (!/^[A-Z]{1,4}$/.test(a) && a.length > 2 && !a.includes(',')) names.add(a);
      for (const n of names) if (LATIN.test(n)) this.state(n, 'state', c.cca3);
      const dem = c.demonyms?.eng;
      if (dem) {
        for (const d of new Set([dem.m, dem.f])) {
          if (!d) continue;
          this.state(d, 'demonym', c.cca3);
          const p = plural(d);
          if (p) this.state(p, 'people', c.cca3);
        }
      }
      for (const cap of c.capital ?? []) if (LATIN.test(cap)) this.state(cap, 'capital', c.cca3);
    }
    for (const x of loadLexicon<CountryExtra[]>('countries-extra.yaml')) {
      if (x.kind === 'combining') continue;
      if (x.ambiguous && x.kind !== 'name') continue;
      // a territory ("Gaza") behaves like a capital: its authorities act, but "in Gaza" is a place
      const kind: EntryKind = x.kind === 'name' ? 'state' : x.kind === 'territory' ? 'capital' : /s$/.test(x.text) && !/ese$|ss$/.test(x.text) ? 'people' : 'demonym';
      this.state(x.text, kind, x.country);
    }
  }

  private addLexicons(): void {
    for (const s of loadLexicon<SeatEntry[]>('seats.yaml')) {
      if (s.ambiguous || !s.country) continue;
      const name = countryName(s.country);
      if (!name) continue;
      const kind: EntryKind = s.kind === 'capital-alias' ? 'capital' : 'seat';
      for (const t of new Set([s.name, ...(s.aliases ?? [])])) {
        this.add({ text: t, ci: false, kind, name, type: 'state', country: s.country, sector: s.sector ?? 'GOV' });
      }
    }
    for (const o of loadLexicon<OrgEntry[]>('organizations.yaml')) {
      for (const t of new Set([o.name, ...(o.aliases ?? [])])) {
        this.add({ text: t, ci: !!o.any_case, kind: 'org', name: o.name, type: o.type ?? 'organization', country: o.country ?? null, sector: o.sector ?? null, needsCountry: !!o.needs_country });
      }
    }
    for (const o of loadLexicon<OutletEntry[]>('outlets.yaml')) {
      for (const t of new Set([o.name, ...(o.aliases ?? [])])) {
        const bare = t.replace(/^the\s+/i, '');
        // "The Sun", "The Hill", "The Times": a one-word name is only the outlet with its article
        const texts = bare !== t && !bare.includes(' ') ? [`The ${bare}`, `the ${bare}`] : [bare];
        for (const text of texts) this.add({ text, ci: false, kind: 'outlet', name: o.name, type: 'media', country: o.country ?? null, sector: 'MED' });
      }
    }
    for (const p of loadLexicon<PersonEntry[]>('people.yaml')) {
      const e: GazEntry = {
        text: p.name, ci: false, kind: 'person', name: p.name, type: 'person', country: p.country ?? null,
        sector: p.sector ?? null, aliases: p.aliases ?? [], roles: p.roles ?? [],
      };
      for (const t of new Set([p.name, ...(p.aliases ?? [])])) if (t.includes(' ')) this.add({ ...e, text: t });
      // surnames for bare-surname mentions; not from descriptive aliases ("Patriarch Kirill of Moscow")
      const surnames = new Set([p.name, ...(p.aliases ?? [])].filter((n) => !/\s(of|de|del|al)\s\p{Lu}/u.test(n)).map((n) => n.split(' ').pop()!));
      for (const s of surnames) {
        const k = s.toLowerCase();
        const list = this.personsBySurname.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        this.personsBySurname.set(k, list);
      }
    }
    const roles = loadLexicon<RolesLexicon>('roles.yaml');
    for (const r of roles.titles ?? []) this.add({ text: r.text, ci: false, kind: 'title', name: r.text, type: null, country: null, sector: r.sector ?? null });
    for (const r of roles.roles ?? []) this.add({ text: r.text, ci: true, kind: 'role', name: r.text.toLowerCase(), type: null, country: null, sector: r.sector ?? null, nonperson: !!r.nonperson });
    for (const h of roles.honorifics ?? []) {
      const text = typeof h === 'string' ? h : h.text;
      this.add({ text, ci: false, kind: 'honorific', name: text, type: null, country: null, sector: null });
    }
  }

  /** Does some entry start with this index key (a word from plainWordKey or firstWordKey)? */
  hasKey(key: string): boolean {
    return this.index.has(key);
  }

  /** All entries matching the text at `offset`, longest first, ending on a word boundary. */
  matchAt(p: PreparedText | string, offset: number, key?: string): GazMatch[] {
    const prepared = typeof p === 'string' ? prepareText(p) : p;
    const text = prepared.text;
    const k = key ?? firstWordKey(text, offset);
    let list = this.index.get(k);
    if (!list) return NO_MATCHES;
    // A text whose lower case has another length is compared slice by slice: all entries, as before.
    const b = prepared.lower !== null && list.length >= BUCKET_FROM ? this.buckets.get(k) : null;
    if (b) list = b.lists[bucketOf(text.charCodeAt(offset + b.at))]!;
    let out: GazMatch[] | null = null;
    for (const e of list) {
      const end = offset + e.text.length;
      if (end > text.length) continue;
      if (e.ci) {
        if (prepared.lower !== null ? !prepared.lower.startsWith(e.lowerText!, offset) : text.slice(offset, end).toLowerCase().replace(/-/g, ' ') !== e.lowerText) continue;
      } else if (!text.startsWith(e.text, offset)) continue;
      if (end < text.length && LETTER_OR_DIGIT.test(text[end]!) && LETTER_OR_DIGIT.test(text[end - 1]!)) continue;
      (out ??= []).push({ entry: e, start: offset, end });
    }
    return out ?? NO_MATCHES;
  }
}

/** Keys with fewer entries are checked whole (splitting them would cost more memory than it saves time). */
const BUCKET_FROM = 8;

/** What matchAt returns when nothing matches (shared: callers only read it). */
const NO_MATCHES: GazMatch[] = [];

/**
 * Split a key's entries (longest first) by the character `at` = key length + 1 from the match start.
 * A text can only match an entry whose character there is an ASCII letter when its own character is
 * that letter in either case, so such an entry goes to that letter's bucket only. Entries too short to
 * have the character, or with another character there, go to every bucket. A case-insensitive entry with
 * "k" there also goes to bucket 26: the Kelvin sign lower-cases to "k". Null when an entry's key word
 * changes length in lower case (then positions in the text and in the entry would not line up).
 */
function bucketed(key: string, list: GazEntry[]): Buckets | null {
  const at = key.length + 1;
  const lists: GazEntry[][] = Array.from({ length: 27 }, () => []);
  for (const e of list) {
    if (firstWordEnd(e.text, 0) !== key.length) return null;
    const spelled = e.ci ? e.lowerText! : e.text;
    const c = at < spelled.length ? spelled.charCodeAt(at) : -1;
    const only = c >= 0 ? bucketOf(c) : 26;
    for (let b = 0; b < 27; b++) {
      if (only === 26 || b === only || (b === 26 && e.ci && c === 107)) lists[b]!.push(e);
    }
  }
  return { at, lists };
}

let shared: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (shared ??= new Gazetteer());
}
