/** Invented officials: names from the culture pools, offices, and how an article names them. */
import type { BenchData, OrgDef, RoleDef, StateInfo } from './data.js';
import type { Rng } from './prng.js';

/** A state or an international organization that people work for. */
export type Polity = { kind: 'state'; state: StateInfo } | { kind: 'org'; org: OrgDef };

export interface Person {
  given: string;
  family: string;
  full: string;
  female: boolean;
  polity: Polity;
  roleKey: string;
  /** Lower-case role for running text ("foreign minister"). */
  role: string;
  /** First-mention form ("Japanese Foreign Minister Haruka Moriyama"). */
  intro: string;
  /** Later-mention form templates ("{last}", "the {dem} minister"); see laterMention(). */
  laterForms: string[];
  /** Values for the form templates. */
  vars: Record<string, string>;
  /** Filled later-mention forms, by index, made on first use. */
  laterFilled: (string | undefined)[];
  /** Other spellings of the full name (transliteration variants), possibly empty. */
  variants: string[];
}

/** State name as used in running text ("the United States"). */
export function stateName(s: StateInfo): string {
  return s.the ? `the ${s.name}` : s.name;
}

export function polityName(p: Polity): string {
  if (p.kind === 'state') return stateName(p.state);
  return p.org.the ? `the ${p.org.name}` : p.org.name;
}

/** Demonym or organization short name, as used before a title ("Japanese", "EU"). */
export function polityDem(p: Polity): string {
  return p.kind === 'state' ? p.state.dem : p.org.short;
}

/** The seat of power as a metonym ("the Kremlin"), or the capital. */
export function seatOf(s: StateInfo, rng: Rng): string {
  return s.seats.length && rng.chance(0.7) ? rng.pick(s.seats) : s.capital;
}

export interface NameParts {
  given: string;
  family: string;
  full: string;
  female: boolean;
}

const cultureIdCache = new WeakMap<BenchData, string[]>();

/** Ids of all naming cultures. */
export function cultureIds(data: BenchData): string[] {
  let ids = cultureIdCache.get(data);
  if (!ids) cultureIdCache.set(data, (ids = Object.keys(data.names.cultures)));
  return ids;
}

/** A random name from a culture pool. */
export function makeName(data: BenchData, culture: string, rng: Rng, female?: boolean): NameParts {
  const c = data.names.cultures[culture] ?? data.names.cultures[data.names.fallback]!;
  const isF = female ?? rng.chance(0.35);
  const given = rng.pick(isF ? c.f : c.m);
  let family = rng.pick(c.family);
  if (isF && c.female_family?.[family]) family = c.female_family[family]!;
  const full = c.order === 'family-first' ? `${family} ${given}` : `${given} ${family}`;
  return { given, family, full, female: isF };
}

function fillForm(form: string, vars: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}

function spoxWord(female: boolean, rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return 'spokesperson';
  return female ? 'spokeswoman' : 'spokesman';
}

export interface PersonOpts {
  polity: Polity;
  /** Role key from roles.yaml (state offices); null picks one by weight. */
  roleKey?: string | null;
  /** Restrict random picks to these role keys. */
  roleKeys?: string[];
  /** Counterpart state for envoys and ambassadors. */
  other?: StateInfo | null;
}

const roleCache = new WeakMap<BenchData, Map<string, { roles: RoleDef[]; weights: number[] }>>();

/** A state office by weight, among those allowed by `opts` (cached per combination). */
function pickRole(data: BenchData, s: StateInfo, opts: PersonOpts, rng: Rng): RoleDef {
  let m = roleCache.get(data);
  if (!m) roleCache.set(data, (m = new Map()));
  const key = `${s.headTitle}|${opts.roleKeys?.join(',') ?? '*'}|${opts.other ? 1 : 0}`;
  let c = m.get(key);
  if (!c) {
    let roles = data.roles.state_roles.filter((r) => !r.only_if_head_is || r.only_if_head_is === s.headTitle);
    if (opts.roleKeys) roles = roles.filter((r) => opts.roleKeys!.includes(r.key));
    if (opts.other == null) roles = roles.filter((r) => !r.intro.some((f) => f.includes('{other')));
    c = { roles, weights: roles.map((r) => r.weight) };
    m.set(key, c);
  }
  return rng.weighted(c.roles, c.weights);
}

/** Later-mention form number `i` of a person ("Moriyama", "the Japanese minister"). */
export function laterMention(p: Person, i: number): string {
  let v = p.laterFilled[i];
  if (v === undefined) {
    v = fillForm(p.laterForms[i]!, p.vars);
    p.laterFilled[i] = v;
  }
  return v;
}

/** Invent an official of a state or organization, with first- and later-mention forms. */
export function makePerson(data: BenchData, opts: PersonOpts, rng: Rng): Person {
  const { polity } = opts;
  if (polity.kind === 'org') {
    const culture = rng.pick(cultureIds(data));
    const n = makeName(data, culture, rng);
    const title = rng.pick(polity.org.roles);
    const vars = {
      org: polity.org.short,
      Org: polityName(polity),
      title,
      name: n.full,
      last: n.family,
    };
    return {
      ...n,
      polity,
      roleKey: 'org',
      role: title,
      intro: fillForm(rng.pick(data.roles.org_intro), vars),
      laterForms: data.roles.org_later,
      vars,
      laterFilled: [],
      variants: variantsOf(data, n),
    };
  }
  const s = polity.state;
  const role = opts.roleKey
    ? (data.roles.state_roles.find((r) => r.key === opts.roleKey) ?? data.roles.state_roles[0]!)
    : pickRole(data, s, opts, rng);
  const isHead = role.key === 'head';
  // Rulers with gendered titles.
  const female = ['King', 'Emir', 'Sultan', 'Crown Prince', 'Prince', 'Pope'].includes(s.headTitle) && isHead ? false : undefined;
  const n = makeName(data, s.culture, rng, female);
  const Title = isHead ? s.headTitle : (role.title ?? role.key);
  const title = isHead ? s.headTitle.toLowerCase() : Title.toLowerCase();
  const seat = s.seats.length ? s.seats[0]!.replace(/^the /, '') : `${s.dem} government`;
  const forms = opts.other ? role.intro : role.intro.filter((f) => !f.includes('{other'));
  const vars: Record<string, string> = {
    dem: s.dem,
    State: stateName(s),
    Title,
    title,
    name: n.full,
    last: n.family,
    seat,
    spox: spoxWord(n.female, rng),
    other: opts.other ? stateName(opts.other) : '',
    otherCap: opts.other ? opts.other.capital : '',
  };
  return {
    ...n,
    polity,
    roleKey: role.key,
    role: role.key === 'spox' ? `foreign ministry ${vars['spox']}` : title,
    intro: fillForm(rng.pick(forms.length ? forms : role.intro), vars),
    laterForms: role.later,
    vars,
    laterFilled: [],
    variants: variantsOf(data, n),
  };
}

function variantsOf(data: BenchData, n: NameParts): string[] {
  const alts = data.variantsOf.get(n.given);
  if (!alts) return [];
  return alts.map((g) => n.full.replace(n.given, g));
}
