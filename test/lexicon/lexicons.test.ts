/**
 * Schema and hygiene checks for every lexicon file under lexicon/ that this
 * suite knows: required fields, valid ISO3 codes and sectors, no duplicate
 * names or aliases within a file, no alias that is a common English word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import countriesModule from 'world-countries';
import { loadLexicon } from '../../src/util/lexicon.js';
import { COMMON_WORDS } from './common-words.js';

// ---------------------------------------------------------------------------
// Reference sets
// ---------------------------------------------------------------------------

interface PackageCountry { cca3: string }
const PACKAGE_CCA3 = new Set(
  (countriesModule as unknown as PackageCountry[]).map((c) => c.cca3),
);
/** Valid codes: the package's cca3 list plus Kosovo's XKX (the package says UNK) and PSE. */
const ISO3 = new Set([...PACKAGE_CCA3, 'XKX', 'PSE']);
ISO3.delete('UNK');

const SECTORS = new Set(['GOV', 'MIL', 'MED', 'BUS', 'IGO', 'OPP', 'CVL']);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStr(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0 && v === v.trim();
}

function isStrList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(isStr);
}

/** Collects problems instead of failing on the first, so one run shows them all. */
class Problems {
  readonly list: string[] = [];
  add(where: string, what: string): void {
    this.list.push(`${where}: ${what}`);
  }
  check(ok: boolean, where: string, what: string): void {
    if (!ok) this.add(where, what);
  }
}

function validCountry(v: unknown, allowNull: boolean): boolean {
  if (v === null) return allowNull;
  return typeof v === 'string' && ISO3.has(v);
}

/** Lower-cased, diacritics-free form used to find duplicates. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Reports every form (name or alias) used by more than one entry of a file.
 * The same form twice inside one entry is allowed (e.g. "dpa" and "DPA").
 */
function findDuplicates(entries: { id: string; forms: string[] }[], p: Problems): void {
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const f of new Set(e.forms.map(fold))) {
      const prev = owner.get(f);
      if (prev !== undefined && prev !== e.id) p.add(e.id, `"${f}" also used by ${prev}`);
      else owner.set(f, e.id);
    }
  }
}

/**
 * An alias that would fire on ordinary prose: a common English word written in lower case
 * or capitalised (with or without a leading "the"), or a lower-case string of one or two letters. Lower-case brand
 * names such as "dpa" are fine: they are not words.
 */
function unsafeAlias(alias: string): string | null {
  if (/^[a-z]{1,2}$/.test(alias)) return 'too short to be safe in lower case';
  const bare = alias.replace(/^the\s+/i, '');
  const lower = bare.toLowerCase();
  // Only the lower-case and capitalised spellings collide with prose; matching is
  // case-sensitive, so "WHO" or "LeT" are distinct from "who" and "Let".
  const proseForms = [lower, lower.charAt(0).toUpperCase() + lower.slice(1)];
  if (!/\s/.test(bare) && COMMON_WORDS.has(lower) && proseForms.includes(bare)) return 'common English word';
  return null;
}

function expectNoProblems(p: Problems): void {
  expect(p.list, p.list.slice(0, 40).join('\n')).toEqual([]);
}

// ---------------------------------------------------------------------------
// Entry types
// ---------------------------------------------------------------------------

interface Outlet { name: string; aliases: string[]; domains: string[]; country: string; kind: string }
interface Seat {
  name: string; aliases: string[]; article?: string; country: string | null; sector: string;
  kind: string; ambiguous?: boolean; org?: string; note?: string;
}
interface CountryForm { text: string; country: string; kind: string; ambiguous?: boolean; note?: string }
interface Organization {
  name: string; aliases: string[]; type: string; country: string | null; sector: string;
  needs_country?: boolean; any_case?: boolean; note?: string;
}
interface RoleWord { text: string; sector: string | null; note?: string; nonperson?: boolean; full?: string }
interface Roles { titles: RoleWord[]; roles: RoleWord[]; honorifics: string[] }
interface Person { name: string; aliases: string[]; country: string; sector: string; roles: string[]; until?: number }
interface GivenNames { names: string[]; ambiguous: string[]; surnames_first: string[] }

// ---------------------------------------------------------------------------
// outlets.yaml
// ---------------------------------------------------------------------------

describe('outlets.yaml', () => {
  let outlets = undefined as unknown as Outlet[];
  beforeAll(() => {
    outlets = loadLexicon<Outlet[]>('outlets.yaml');
  });
  const KINDS = new Set(['newspaper', 'agency', 'broadcaster', 'online', 'magazine']);

  it('has well-formed entries', () => {
    const p = new Problems();
    expect(Array.isArray(outlets)).toBe(true);
    for (const [i, o] of outlets.entries()) {
      const id = `#${i} ${String((o as unknown as Rec).name)}`;
      p.check(isRec(o), id, 'not a mapping');
      p.check(isStr(o.name), id, 'name missing');
      p.check(isStrList(o.aliases), id, 'aliases must be a list of strings');
      p.check(isStrList(o.domains), id, 'domains must be a list of strings');
      p.check(validCountry(o.country, false), id, `bad country ${String(o.country)}`);
      p.check(KINDS.has(o.kind), id, `bad kind ${o.kind}`);
      for (const d of o.domains ?? []) {
        p.check(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d), id, `bad domain ${d}`);
        p.check(!d.startsWith('www.'), id, `domain with www: ${d}`);
      }
    }
    expectNoProblems(p);
  });

  it('covers the wires and outlets every extractor run meets', () => {
    const names = new Set(outlets.flatMap((o) => [o.name, ...o.aliases]));
    for (const n of ['Reuters', 'AP', 'AFP', 'Bloomberg', 'Xinhua', 'TASS', 'RIA Novosti', 'Interfax',
      'Ukrinform', 'Yonhap', 'Kyodo', 'Anadolu', 'IRNA', 'ANI', 'PTI', 'EFE', 'ANSA', 'dpa', 'WAFA',
      'SPA', 'KCNA', 'BBC', 'BBC News Russian', 'BBC Russian Service', 'CNN', 'Al Jazeera',
      'Al Arabiya', 'DW', 'France 24', 'RFE/RL', 'Voice of America', 'Axios', 'Politico', 'Meduza',
      'Ukrainska Pravda', 'Kyiv Independent', 'The Moscow Times', 'Novaya Gazeta', 'Kommersant',
      'Vedomosti', 'Izvestia', 'RBC', 'Haaretz', 'Times of Israel', 'Dawn', 'The Hindu', 'SCMP',
      'Global Times', 'Nikkei', 'Asahi', 'Yomiuri', 'Korea Herald', 'Folha', 'Clarín', 'El País',
      'Le Monde', 'Der Spiegel', 'Bild', 'Corriere', 'FT', 'Financial Times']) {
      expect(names.has(n), n).toBe(true);
    }
    expect(outlets.length).toBeGreaterThanOrEqual(250);
  });

  it('has no name, alias or domain used twice', () => {
    const p = new Problems();
    findDuplicates(outlets.map((o) => ({ id: o.name, forms: [o.name, ...o.aliases] })), p);
    const seen = new Map<string, string>();
    for (const o of outlets) {
      for (const d of o.domains) {
        const prev = seen.get(d);
        p.check(prev === undefined, o.name, `domain ${d} also on ${prev}`);
        seen.set(d, o.name);
      }
    }
    expectNoProblems(p);
  });

  it('has no alias that is a common word', () => {
    const p = new Problems();
    for (const o of outlets) for (const a of o.aliases) {
      const why = unsafeAlias(a);
      if (why) p.add(o.name, `alias "${a}": ${why}`);
    }
    expectNoProblems(p);
  });

  it('maps the lead examples to the right country', () => {
    const by = new Map(outlets.map((o) => [o.name, o]));
    expect(by.get('Ukrainska Pravda')?.domains).toContain('pravda.com.ua');
    expect(by.get('TASS')?.country).toBe('RUS');
    expect(by.get('Al Jazeera')?.country).toBe('QAT');
    expect(by.get('South China Morning Post')?.country).toBe('HKG');
  });
});

// ---------------------------------------------------------------------------
// seats.yaml
// ---------------------------------------------------------------------------

describe('seats.yaml', () => {
  let seats = undefined as unknown as Seat[];
  beforeAll(() => {
    seats = loadLexicon<Seat[]>('seats.yaml');
  });
  const KINDS = new Set(['seat', 'capital-alias', 'legislature', 'ministry']);

  it('has well-formed entries', () => {
    const p = new Problems();
    for (const [i, s] of seats.entries()) {
      const id = `#${i} ${String(s.name)}`;
      p.check(isStr(s.name), id, 'name missing');
      p.check(!/^the\s/.test(s.name), id, 'name must not start with the article "the"');
      p.check(isStrList(s.aliases), id, 'aliases must be a list');
      p.check(s.article === undefined || s.article === 'the', id, `bad article ${String(s.article)}`);
      p.check(validCountry(s.country, true), id, `bad country ${String(s.country)}`);
      p.check(s.country !== null || isStr(s.org), id, 'null country needs org');
      p.check(SECTORS.has(s.sector), id, `bad sector ${s.sector}`);
      p.check(KINDS.has(s.kind), id, `bad kind ${s.kind}`);
      p.check(s.ambiguous === undefined || typeof s.ambiguous === 'boolean', id, 'ambiguous must be boolean');
    }
    expectNoProblems(p);
  });

  it('has no name or alias used twice, and no common-word alias', () => {
    const p = new Problems();
    findDuplicates(seats.map((s) => ({ id: s.name, forms: [s.name, ...s.aliases] })), p);
    for (const s of seats) for (const a of s.aliases) {
      const why = unsafeAlias(a);
      if (why) p.add(s.name, `alias "${a}": ${why}`);
    }
    expectNoProblems(p);
  });

  it('does not repeat capitals the package already has', () => {
    const capitals = new Set(
      (countriesModule as unknown as { capital?: string[]; cca3: string }[])
        .filter((c) => c.cca3 !== 'UNK')
        .flatMap((c) => c.capital ?? []),
    );
    const repeated = seats
      .filter((s) => s.kind === 'capital-alias')
      .flatMap((s) => [s.name, ...s.aliases])
      .filter((n) => capitals.has(n));
    expect(repeated).toEqual([]);
  });

  it('codes the classic metonyms', () => {
    const by = new Map(seats.flatMap((s) => [s.name, ...s.aliases].map((n) => [n, s] as const)));
    expect(by.get('Kremlin')?.country).toBe('RUS');
    expect(by.get('Kremlin')?.article).toBe('the');
    expect(by.get('No 10')?.country).toBe('GBR');
    expect(by.get('Pentagon')?.sector).toBe('MIL');
    expect(by.get('Bankova')?.country).toBe('UKR');
    expect(by.get('Elysee')?.country).toBe('FRA');
    expect(by.get('Kiev')?.country).toBe('UKR');
    expect(by.get('Washington')?.country).toBe('USA');
    expect(by.get('Zhongnanhai')?.country).toBe('CHN');
  });
});

// ---------------------------------------------------------------------------
// countries-extra.yaml
// ---------------------------------------------------------------------------

describe('countries-extra.yaml', () => {
  let forms = undefined as unknown as CountryForm[];
  beforeAll(() => {
    forms = loadLexicon<CountryForm[]>('countries-extra.yaml');
  });
  const KINDS = new Set(['name', 'demonym', 'territory', 'combining']);

  it('has well-formed entries', () => {
    const p = new Problems();
    for (const [i, f] of forms.entries()) {
      const id = `#${i} ${String(f.text)}`;
      p.check(isStr(f.text), id, 'text missing');
      p.check(validCountry(f.country, false), id, `bad country ${String(f.country)}`);
      p.check(KINDS.has(f.kind), id, `bad kind ${f.kind}`);
      p.check(f.ambiguous === undefined || typeof f.ambiguous === 'boolean', id, 'ambiguous must be boolean');
      p.check(/^\p{Lu}/u.test(f.text) || /^the\s\p{Lu}/u.test(f.text), id, 'text must be capitalised');
    }
    expectNoProblems(p);
  });

  it('has each text once', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const f of forms) {
      const k = f.text;
      if (seen.has(k)) dups.push(k);
      seen.set(k, f.country);
    }
    expect(dups).toEqual([]);
  });

  it('repeats a package form only to mark it ambiguous, recode it, or list an acronym', () => {
    const pkg = new Map<string, string>();
    for (const c of countriesModule as unknown as {
      cca3: string; name: { common: string; official: string }; altSpellings?: string[];
      demonyms?: { eng?: { m?: string; f?: string } };
    }[]) {
      for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? []), c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        if (n) pkg.set(n, c.cca3);
      }
    }
    const needless = forms.filter((f) => {
      const code = pkg.get(f.text);
      if (code === undefined) return false;
      const acronym = /^[A-Z]{2,5}$/.test(f.text);
      return !(f.ambiguous || acronym || code !== f.country);
    });
    expect(needless.map((f) => f.text)).toEqual([]);
  });

  it('codes the forms the package lacks', () => {
    const by = new Map(forms.map((f) => [f.text, f]));
    expect(by.get('U.S.')?.country).toBe('USA');
    expect(by.get('Britain')?.country).toBe('GBR');
    expect(by.get('Turkey')?.country).toBe('TUR');
    expect(by.get('Kosovo')?.country).toBe('XKX');
    expect(by.get('Gaza')?.kind).toBe('territory');
    expect(by.get('Gaza')?.country).toBe('PSE');
    expect(by.get('Russians')?.kind).toBe('demonym');
    expect(by.get('Britons')?.country).toBe('GBR');
    expect(by.get('Emirati')).toBeUndefined(); // in the package already
  });
});

// ---------------------------------------------------------------------------
// organizations.yaml
// ---------------------------------------------------------------------------

describe('organizations.yaml', () => {
  let orgs = undefined as unknown as Organization[];
  beforeAll(() => {
    orgs = loadLexicon<Organization[]>('organizations.yaml');
  });
  const TYPES = new Set(['organization', 'group']);

  it('has well-formed entries', () => {
    const p = new Problems();
    for (const [i, o] of orgs.entries()) {
      const id = `#${i} ${String(o.name)}`;
      p.check(isStr(o.name), id, 'name missing');
      p.check(isStrList(o.aliases), id, 'aliases must be a list');
      p.check(TYPES.has(o.type), id, `bad type ${o.type}`);
      p.check(validCountry(o.country, true), id, `bad country ${String(o.country)}`);
      p.check(SECTORS.has(o.sector), id, `bad sector ${o.sector}`);
      p.check(o.needs_country === undefined || o.needs_country === true, id, 'needs_country is true or absent');
      p.check(!o.needs_country || o.country === null, id, 'needs_country entries have country null');
      p.check(o.any_case === undefined || (o.any_case === true && o.needs_country === true), id, 'any_case is true, on a needs_country entry, or absent');
      // in lower case a one-word body ("embassy", "parliament") is mostly no name at all
      p.check(!o.any_case || [o.name, ...o.aliases].every((f) => f.trim().includes(' ')), id, 'any_case entries have names of two words or more');
    }
    expectNoProblems(p);
  });

  it('has no name or alias used twice, and no common-word alias', () => {
    const p = new Problems();
    findDuplicates(orgs.map((o) => ({ id: o.name, forms: [o.name, ...o.aliases] })), p);
    for (const o of orgs) for (const a of o.aliases) {
      const why = unsafeAlias(a);
      if (why) p.add(o.name, `alias "${a}": ${why}`);
    }
    expectNoProblems(p);
  });

  it('codes key bodies, groups and firms', () => {
    const by = new Map(orgs.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o] as const)));
    expect(by.get('NATO')?.sector).toBe('IGO');
    expect(by.get('North Atlantic Treaty Organization')?.name).toBe('NATO');
    expect(by.get('Hamas')?.type).toBe('group');
    expect(by.get('Rosneft')?.country).toBe('RUS');
    expect(by.get('Rosneft')?.sector).toBe('BUS');
    expect(by.get('Lukoil')?.country).toBe('RUS');
    expect(by.get('Foreign Ministry')?.needs_country).toBe(true);
    expect(by.get('State Department')?.country).toBe('USA');
    expect(orgs.length).toBeGreaterThanOrEqual(200);
  });
});

// ---------------------------------------------------------------------------
// roles.yaml
// ---------------------------------------------------------------------------

describe('roles.yaml', () => {
  let roles = undefined as unknown as Roles;
  beforeAll(() => {
    roles = loadLexicon<Roles>('roles.yaml');
  });

  it('has titles, roles and honorifics of the right shape', () => {
    const p = new Problems();
    expect(isRec(roles)).toBe(true);
    for (const [i, t] of roles.titles.entries()) {
      const id = `titles#${i} ${String(t.text)}`;
      p.check(isStr(t.text), id, 'text missing');
      p.check(/^\p{Lu}/u.test(t.text), id, 'title must be capitalised');
      p.check(t.sector === null || SECTORS.has(t.sector), id, `bad sector ${String(t.sector)}`);
    }
    for (const [i, r] of roles.roles.entries()) {
      const id = `roles#${i} ${String(r.text)}`;
      p.check(isStr(r.text), id, 'text missing');
      p.check(/^[\p{Ll}\d]/u.test(r.text) || /^[A-Z]{2,}\b/.test(r.text), id, 'role starts lower case (or an acronym)');
      p.check(SECTORS.has(r.sector ?? ''), id, `bad sector ${String(r.sector)}`);
      p.check(r.nonperson === undefined || typeof r.nonperson === 'boolean', id, 'nonperson must be boolean');
    }
    p.check(isStrList(roles.honorifics), 'honorifics', 'must be a list of strings');
    expectNoProblems(p);
  });

  it('has each title and role once', () => {
    const dup = (xs: string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(roles.titles.map((t) => t.text))).toEqual([]);
    expect(dup(roles.roles.map((r) => r.text))).toEqual([]);
    expect(dup(roles.honorifics)).toEqual([]);
  });

  it('covers every sector and the common forms', () => {
    const sectors = new Set(roles.roles.map((r) => r.sector));
    for (const s of SECTORS) expect(sectors.has(s), s).toBe(true);
    const titles = new Map(roles.titles.map((t) => [t.text, t.sector]));
    expect(titles.get('President')).toBe('GOV');
    expect(titles.get('Gen.')).toBe('MIL');
    expect(titles.get('Lt. Gen.')).toBe('MIL');
    expect(titles.get('Sen.')).toBe('GOV');
    expect(titles.has('Crown Prince')).toBe(true);
    const rs = new Map(roles.roles.map((r) => [r.text, r.sector]));
    expect(rs.get('spokesman')).toBe('GOV');
    expect(rs.get('national security adviser')).toBe('GOV');
    expect(rs.get('foreign minister')).toBe('GOV');
    expect(rs.get('opposition leader')).toBe('OPP');
    expect(rs.get('chief executive')).toBe('BUS');
    expect(rs.get('journalist')).toBe('MED');
    expect(rs.get('secretary-general')).toBe('IGO');
    expect(roles.honorifics).toContain('Mr');
  });
});

// ---------------------------------------------------------------------------
// people.yaml
// ---------------------------------------------------------------------------

describe('people.yaml', () => {
  let people = undefined as unknown as Person[];
  beforeAll(() => {
    people = loadLexicon<Person[]>('people.yaml');
  });

  it('has well-formed entries', () => {
    const p = new Problems();
    for (const [i, x] of people.entries()) {
      const id = `#${i} ${String(x.name)}`;
      p.check(isStr(x.name), id, 'name missing');
      p.check(/[\s-]/.test(x.name), id, 'name should be a full name');
      p.check(isStrList(x.aliases), id, 'aliases must be a list');
      // a full name, or the one name the wires use when it is not the surname, which is derived anyway ("Lula", "Hemedti")
      const oneName = (a: string): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(a) && String(x.name).split(/\s+/).pop() !== a;
      for (const a of x.aliases ?? []) p.check(/[\s-]/.test(a) || oneName(a), id, `alias "${a}" is not a full name`);
      p.check(validCountry(x.country, false), id, `bad country ${String(x.country)}`);
      p.check(SECTORS.has(x.sector), id, `bad sector ${x.sector}`);
      p.check(isStrList(x.roles) && x.roles.length > 0, id, 'roles must be a non-empty list');
      p.check(x.until === undefined || (Number.isInteger(x.until) && x.until >= 2015), id, 'until is a year');
    }
    expectNoProblems(p);
  });

  it('has no name or alias used by two people', () => {
    const p = new Problems();
    findDuplicates(people.map((x) => ({ id: x.name, forms: [x.name, ...x.aliases] })), p);
    expectNoProblems(p);
  });

  it('codes the leaders a diplomacy article names bare', () => {
    const by = new Map(people.flatMap((x) => [x.name, ...x.aliases].map((n) => [n, x] as const)));
    expect(by.get('Vladimir Putin')?.country).toBe('RUS');
    expect(by.get('Volodymyr Zelensky')?.country).toBe('UKR');
    expect(by.get('Donald Trump')?.country).toBe('USA');
    expect(by.get('Dmitry Peskov')?.country).toBe('RUS');
    expect(by.get('Xi Jinping')?.country).toBe('CHN');
    expect(people.length).toBeGreaterThanOrEqual(300);
  });
});

// ---------------------------------------------------------------------------
// given-names.yaml
// ---------------------------------------------------------------------------

describe('given-names.yaml', () => {
  let g = undefined as unknown as GivenNames;
  beforeAll(() => {
    g = loadLexicon<GivenNames>('given-names.yaml');
  });

  it('has capitalised unique names, kept apart from the ambiguous ones', () => {
    const p = new Problems();
    for (const list of ['names', 'ambiguous', 'surnames_first'] as const) {
      p.check(isStrList(g[list]), list, 'must be a list of strings');
      const seen = new Set<string>();
      for (const n of g[list] ?? []) {
        p.check(/^\p{Lu}/u.test(n), list, `"${n}" not capitalised`);
        p.check(!seen.has(n), list, `"${n}" twice`);
        seen.add(n);
      }
    }
    const amb = new Set(g.ambiguous);
    for (const n of g.names) p.check(!amb.has(n), 'names', `"${n}" is also in ambiguous`);
    expectNoProblems(p);
    expect(g.names.length).toBeGreaterThanOrEqual(2500);
  });

  it('keeps common capitalised words out of the unambiguous list', () => {
    const bad = g.names.filter((n) => COMMON_WORDS.has(n.toLowerCase()));
    expect(bad).toEqual([]);
  });

  it('keeps names that are also places, states or lexicon entries in the ambiguous list', () => {
    const taken = new Set<string>();
    for (const c of countriesModule as unknown as {
      name: { common: string }; capital?: string[]; demonyms?: { eng?: { m?: string } };
    }[]) {
      for (const n of [c.name.common, c.demonyms?.eng?.m, ...(c.capital ?? [])]) if (n) taken.add(n);
    }
    for (const f of loadLexicon<CountryForm[]>('countries-extra.yaml')) taken.add(f.text);
    for (const s of loadLexicon<Seat[]>('seats.yaml')) for (const n of [s.name, ...s.aliases]) taken.add(n);
    for (const o of loadLexicon<Organization[]>('organizations.yaml')) for (const n of [o.name, ...o.aliases]) taken.add(n);
    for (const o of loadLexicon<Outlet[]>('outlets.yaml')) for (const n of [o.name, ...o.aliases]) taken.add(n);
    expect(g.names.filter((n) => taken.has(n))).toEqual([]);
  });

  it('knows names from every region', () => {
    const names = new Set(g.names);
    for (const n of ['John', 'François', 'Jürgen', 'José', 'Giorgia', 'Dmitry', 'Volodymyr', 'Olena',
      'Mohammed', 'Abbas', 'Recep', 'Narendra', 'Shehbaz', 'Fumio', 'Suk-yeol', 'Jinping', 'Cyril',
      'Bola', 'Luiz', 'Anthony', 'Keir', 'Yuri', 'Yury']) {
      expect(names.has(n), n).toBe(true);
    }
    const surnames = new Set(g.surnames_first);
    for (const n of ['Xi', 'Wang', 'Kim', 'Yoon', 'Lee', 'Nguyen']) expect(surnames.has(n), n).toBe(true);
    const amb = new Set(g.ambiguous);
    for (const n of ['Will', 'May', 'Grant', 'Jordan', 'Chad', 'Said']) expect(amb.has(n), n).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Across files
// ---------------------------------------------------------------------------

describe('across lexicons', () => {
  /**
   * Forms that are deliberately in two files because the text really uses
   * them for two things; the extractor must decide from context.
   */
  const ALLOWED_SHARED = new Set(['pti']);

  it('does not give one form to an outlet, an organization and a seat at once', () => {
    const owners = new Map<string, Set<string>>();
    const add = (file: string, forms: string[]): void => {
      for (const f of forms.map(fold)) {
        let s = owners.get(f);
        if (!s) owners.set(f, (s = new Set()));
        s.add(file);
      }
    };
    for (const o of loadLexicon<Outlet[]>('outlets.yaml')) add('outlets', [o.name, ...o.aliases]);
    for (const o of loadLexicon<Organization[]>('organizations.yaml')) add('organizations', [o.name, ...o.aliases]);
    for (const s of loadLexicon<Seat[]>('seats.yaml')) add('seats', [s.name, ...s.aliases]);
    const shared = [...owners].filter(([f, s]) => s.size > 1 && !ALLOWED_SHARED.has(f)).map(([f, s]) => `${f}: ${[...s].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('uses XKX, never the package code UNK, for Kosovo', () => {
    const all = JSON.stringify([
      loadLexicon('outlets.yaml'), loadLexicon('seats.yaml'), loadLexicon('countries-extra.yaml'),
      loadLexicon('organizations.yaml'), loadLexicon('people.yaml'),
    ]);
    expect(all).not.toContain('"UNK"');
  });
});
