/** Loads the generator's template data (`bench/templates/*.yaml`) and the country table. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Country } from 'world-countries';

// world-countries is CommonJS whose typings declare a default export; under NodeNext the default
// import is typed as the module object, so load the data through require() instead.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** Folder of the generator's YAML data, found relative to this module (src/bench or dist/bench). */
export const TEMPLATE_DIR = fileURLToPath(new URL('../../bench/templates/', import.meta.url));

export interface CultureDef {
  countries?: string[];
  subregions?: string[];
  m: string[];
  f: string[];
  family: string[];
  female_family?: Record<string, string>;
  order?: 'given-first' | 'family-first';
}

interface NamesFile {
  fallback: string;
  cultures: Record<string, CultureDef>;
  variants: string[][];
}

export interface OrgDef {
  name: string;
  short: string;
  the: boolean;
  seat: string;
  region: string;
  roles: string[];
}

interface WorldFile {
  default_weight: number;
  same_region: number;
  weights: Record<string, number>;
  the: string[];
  names: Record<string, string>;
  demonyms: Record<string, string>;
  head_titles: Record<string, string>;
  seats: Record<string, string[]>;
  ministries: Record<string, string[]>;
  organizations: OrgDef[];
  venues: string[];
  forums: string[];
}

export interface RoleDef {
  key: string;
  title?: string;
  weight: number;
  sector: string;
  intro: string[];
  later: string[];
  only_if_head_is?: string;
}

interface RolesFile {
  state_roles: RoleDef[];
  org_intro: string[];
  org_later: string[];
}

export type QuoteStyle = 'curly' | 'straight' | 'british' | 'guillemets';

export interface OutletDef {
  name: string;
  domain: string;
  country: string;
  tz: string;
  dates: 'us' | 'uk';
  quotes: QuoteStyle;
  text: 'A' | 'B';
  url: string;
  sections: string[];
}

interface OutletsFile {
  outlets: OutletDef[];
  agencies: string[];
  photo: string[];
  credits_b: string[];
  sources_b: string[];
}

export interface TopicsFile {
  topics: string[];
  reasons: string[];
  sanctioned: string[];
  aid: string[];
  demands: string[];
  offers: string[];
  threats: string[];
  mobilize: string[];
  phrases: string[];
  praise: string[];
  unnamed: string[];
  channels: string[];
  seas: string[];
  rivers: string[];
  amounts: string[];
}

export type Modality = 'asserted' | 'intended' | 'hypothetical' | 'negated';

export interface EventsFile {
  leads: Record<string, Partial<Record<Modality, string[]>>>;
  details: Record<string, string[]>;
  reports: string[];
  reactions: string[];
  mediation: string[];
  context: string[];
  closers: string[];
  headlines: Record<string, string[]>;
  captions: string[];
}

export type Stance = 'positive' | 'negative' | 'reserved' | 'conditional';

export interface QuotesFile {
  quotes: Record<Stance, string[]>;
  frames: { single: string[]; split: string[]; partial: string[] };
  unnamed_frames: string[];
  label_intros: string[];
  verbs: string[];
}

/** A state as the generator uses it: names from world-countries, extras from world.yaml. */
export interface StateInfo {
  code: string;
  /** Everyday name without article ("United States"). */
  name: string;
  the: boolean;
  dem: string;
  capital: string;
  region: string;
  subregion: string;
  headTitle: string;
  seats: string[];
  ministries: string[];
  culture: string;
  weight: number;
}

export interface BenchData {
  names: NamesFile;
  world: WorldFile;
  roles: RolesFile;
  outlets: OutletsFile;
  topics: TopicsFile;
  events: EventsFile;
  quotes: QuotesFile;
  states: StateInfo[];
  stateByCode: Map<string, StateInfo>;
  /** Given name -> other spellings of it. */
  variantsOf: Map<string, string[]>;
}

function load<T>(name: string): T {
  return parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8')) as T;
}

function cultureFor(code: string, subregion: string, names: NamesFile): string {
  for (const [id, c] of Object.entries(names.cultures)) if (c.countries?.includes(code)) return id;
  for (const [id, c] of Object.entries(names.cultures)) if (c.subregions?.includes(subregion)) return id;
  return names.fallback;
}

function buildStates(names: NamesFile, world: WorldFile): StateInfo[] {
  const out: StateInfo[] = [];
  for (const c of countries) {
    if (!c.unMember) continue;
    const code = c.cca3;
    const dem = world.demonyms[code] ?? c.demonyms?.['eng']?.m;
    const capital = (c.capital[0] ?? '').replace(/,? D\.C\.$/, '');
    if (!dem || !capital) continue;
    out.push({
      code,
      name: world.names[code] ?? c.name.common,
      the: world.the.includes(code),
      dem,
      capital,
      region: c.region,
      subregion: c.subregion,
      headTitle: world.head_titles[code] ?? 'President',
      seats: world.seats[code] ?? [],
      ministries: world.ministries[code] ?? [],
      culture: cultureFor(code, c.subregion, names),
      weight: world.weights[code] ?? world.default_weight,
    });
  }
  out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}

let cached: BenchData | null = null;

/** All generator data, loaded once per process. */
export function benchData(): BenchData {
  if (cached) return cached;
  const names = load<NamesFile>('names.yaml');
  const world = load<WorldFile>('world.yaml');
  const states = buildStates(names, world);
  const variantsOf = new Map<string, string[]>();
  for (const group of names.variants) {
    for (const g of group) variantsOf.set(g, group.filter((x) => x !== g));
  }
  cached = {
    names,
    world,
    roles: load<RolesFile>('roles.yaml'),
    outlets: load<OutletsFile>('outlets.yaml'),
    topics: load<TopicsFile>('topics.yaml'),
    events: load<EventsFile>('events.yaml'),
    quotes: load<QuotesFile>('quotes.yaml'),
    states,
    stateByCode: new Map(states.map((s) => [s.code, s])),
    variantsOf,
  };
  return cached;
}
