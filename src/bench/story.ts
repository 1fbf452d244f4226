/** One invented story's cast (states, officials, organization) and the slot filler for its templates. */
import type { BenchData, OrgDef, StateInfo } from './data.js';
import { type Day, futurePhrase, pastPhrase, sincePhrase, whenPhrase } from './dates.js';
import { type Person, type Polity, laterMention, makePerson, polityName, seatOf, stateName } from './people.js';
import type { Rng } from './prng.js';
import { fill } from './template.js';
import { tidy, ucfirst } from './text.js';
import type { ComposeOpts, GenPerson } from './types.js';

const PRINCIPALS = ['head', 'fm', 'deputy', 'nsa', 'envoy', 'defence', 'trade', 'pm', 'aide'];
const SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const statePools = new WeakMap<BenchData, Map<string, { list: StateInfo[]; weights: number[] }>>();

/** A state by weight, from `region` if given, never one in `exclude`. */
function pickState(data: BenchData, rng: Rng, exclude: Set<string>, region?: string): StateInfo {
  let pools = statePools.get(data);
  if (!pools) statePools.set(data, (pools = new Map()));
  const key = region ?? '*';
  let pool = pools.get(key);
  if (!pool) {
    const list = data.states.filter((s) => !region || s.region === region);
    pool = { list, weights: list.map((s) => s.weight) };
    pools.set(key, pool);
  }
  if (pool.list.length > exclude.size) {
    for (let i = 0; i < 20; i++) {
      const s = rng.weighted(pool.list, pool.weights);
      if (!exclude.has(s.code)) return s;
    }
  }
  const rest = data.states.filter((s) => !exclude.has(s.code));
  return rng.weighted(rest, rest.map((s) => s.weight));
}

function pickOrg(data: BenchData, rng: Rng, region: string): OrgDef {
  const orgs = data.world.organizations.filter((o) => o.region === region || o.region === 'any');
  return rng.pick(orgs.length ? orgs : data.world.organizations);
}

/** One article's cast, fillers and mention state; fills templates consistently. */
export class Story {
  readonly SA: StateInfo;
  readonly SB: StateInfo;
  readonly SC: StateInfo;
  readonly org: OrgDef;
  readonly ev: Day;
  readonly when: string;
  private readonly people = new Map<string, Person>();
  private readonly mentioned = new Set<string>();
  private readonly fixed = new Map<string, string>();
  /** Person key that `S` (speaker) refers to. */
  speaker = 'A';
  /** Person names only, no first-mention titles, no mention tracking (headlines, captions). */
  bare = false;
  /** Overrides the main event date phrase (background sentences). */
  whenOverride: string | null = null;
  /** Speak from B's side: {SA} and {SB} trade places (quotes by B-side officials). */
  swap = false;

  constructor(
    private readonly data: BenchData,
    private readonly rng: Rng,
    private readonly opts: ComposeOpts,
  ) {
    this.SA = pickState(data, rng, new Set());
    const sameRegion = rng.chance(data.world.same_region);
    this.SB = pickState(data, rng, new Set([this.SA.code]), sameRegion ? this.SA.region : undefined);
    this.SC = pickState(data, rng, new Set([this.SA.code, this.SB.code]));
    this.org = pickOrg(data, rng, this.SA.region);
    const r = rng.next();
    const back = r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.9 ? rng.int(2, 6) : rng.int(7, 40);
    this.ev = opts.day - back;
    this.when = whenPhrase(this.ev, opts.day, opts.outlet.dates, rng, opts.format === 'B' && rng.chance(0.5));
  }

  /** Which people have been introduced (to undo a mention whose text is thrown away). */
  saveMentions(): Set<string> {
    return new Set(this.mentioned);
  }

  restoreMentions(saved: Set<string>): void {
    this.mentioned.clear();
    for (const k of saved) this.mentioned.add(k);
  }

  /** People named in `body`, in order of first mention. */
  mentionedPeople(body: string): GenPerson[] {
    const keys = [...this.mentioned].filter((k) => {
      const p = this.people.get(k)!;
      return body.includes(p.full) || p.variants.some((v) => body.includes(v));
    });
    return keys.map((k) => {
      const p = this.people.get(k)!;
      return {
        name: p.full,
        family: p.family,
        variants: p.variants,
        role: p.role,
        country: p.polity.kind === 'state' ? p.polity.state.code : null,
        organization: p.polity.kind === 'org' ? p.polity.org.name : null,
      };
    });
  }

  person(key: string): Person {
    let p = this.people.get(key);
    if (p) return p;
    const { data, rng } = this;
    const state = (s: StateInfo): Polity => ({ kind: 'state', state: s });
    switch (key) {
      case 'A':
        p = makePerson(data, { polity: state(this.SA), roleKeys: PRINCIPALS, other: this.SB }, rng);
        break;
      case 'B':
        p = makePerson(data, { polity: state(this.SB), roleKeys: PRINCIPALS, other: this.SA }, rng);
        break;
      case 'C':
        p = makePerson(data, { polity: state(this.SC), roleKeys: ['fm', 'envoy', 'head'], other: this.SB }, rng);
        break;
      case 'O':
        p = makePerson(data, { polity: { kind: 'org', org: this.org } }, rng);
        break;
      case 'P':
        p = makePerson(data, { polity: state(this.SA), roleKey: 'spox' }, rng);
        break;
      default:
        p = makePerson(data, { polity: state(this.SB), roleKeys: ['opposition', 'army', 'ambassador', 'deputy', 'spox'], other: this.SA }, rng);
    }
    this.people.set(key, p);
    return p;
  }

  private mention(key: string): string {
    const p = this.person(key);
    if (this.bare) return p.family;
    if (!this.mentioned.has(key)) {
      this.mentioned.add(key);
      return p.intro;
    }
    const r = this.rng.next();
    if (r < 0.08) return p.variants.length && this.rng.chance(0.6) ? this.rng.pick(p.variants) : p.full;
    if (r < 0.75) return laterMention(p, 0);
    return laterMention(p, this.rng.int(0, p.laterForms.length - 1));
  }

  private fixedSlot(name: string, make: () => string): string {
    let v = this.fixed.get(name);
    if (v === undefined) {
      v = make();
      this.fixed.set(name, v);
    }
    return v;
  }

  private stateSlot(s: StateInfo, field: string | undefined): string {
    const { rng } = this;
    switch (field) {
      case undefined:
        return stateName(s);
      case 'dem':
        return s.dem;
      case 'cap':
        return s.capital;
      case 'seat':
        return seatOf(s, rng);
      case 'gov':
        return `the ${s.dem} government`;
      case 'pres':
        return rng.chance(0.5) ? `the ${s.dem} presidency` : `the office of the ${s.dem} ${s.headTitle.toLowerCase()}`;
      case 'head':
        return s.headTitle;
      case 'fm': {
        const r = rng.next();
        if (s.ministries.length && r < 0.3) return rng.pick(s.ministries);
        if (r < 0.6) return `the ${s.dem} foreign ministry`;
        if (r < 0.85) return `${stateName(s)}'s foreign ministry`;
        return `the ${s.dem} Ministry of Foreign Affairs`;
      }
      default:
        return `{${field}}`;
    }
  }

  private personSlot(key: string, field: string | undefined): string {
    const p = this.person(key);
    switch (field) {
      case undefined:
        return this.mention(key);
      case 'last':
        return this.bare || this.mentioned.has(key) ? p.family : this.mention(key);
      case 'full':
        return p.full;
      case 'role':
        return p.role;
      case 'Role':
        return ucfirst(p.role);
      case 'he':
        return p.female ? 'she' : 'he';
      case 'his':
        return p.female ? 'her' : 'his';
      case 'him':
        return p.female ? 'her' : 'him';
      default:
        return `{${key}.${field}}`;
    }
  }

  private number(): string {
    const n = this.rng.int(2, 30);
    return n <= 9 ? SMALL[n - 2]! : String(n);
  }

  readonly resolve = (slot: string): string => {
    const { data, rng } = this;
    const t = data.topics;
    const dot = slot.indexOf('.');
    const head = dot < 0 ? slot : slot.slice(0, dot);
    const field = dot < 0 ? undefined : slot.slice(dot + 1);
    switch (head) {
      case 'A': case 'B': case 'C': case 'P': case 'Q': case 'O':
        return this.personSlot(head, field);
      case 'S':
        return this.personSlot(this.speaker, field);
      case 'SA':
        return this.stateSlot(this.swap ? this.SB : this.SA, field);
      case 'SB':
        return this.stateSlot(this.swap ? this.SA : this.SB, field);
      case 'SC':
        return this.stateSlot(this.SC, field);
      case 'Org':
        return polityName({ kind: 'org', org: this.org });
      case 'org':
        return this.org.short;
      case 'when':
        return this.whenOverride ?? this.when;
      case 'past':
        return pastPhrase(this.opts.day, this.opts.outlet.dates, rng);
      case 'since':
        return sincePhrase(this.opts.day, this.opts.outlet.dates, rng);
      case 'future':
        return futurePhrase(this.opts.day, rng);
      case 'city':
        return this.fixedSlot('city', () => (rng.chance(0.35) ? this.SB.capital : rng.pick(data.world.venues)));
      case 'forum':
        return this.fixedSlot('forum', () => this.fill(rng.pick(data.world.forums), { city: rng.pick(data.world.venues) }));
      case 'topic':
        return this.fixedSlot('topic', () => this.fill(rng.pick(t.topics)));
      case 'topic2':
        return this.fixedSlot('topic2', () => this.fill(rng.pick(t.topics)));
      case 'reason':
        return this.fixedSlot('reason', () => this.fill(rng.pick(t.reasons)));
      case 'sanctioned':
        return this.fixedSlot('sanctioned', () => this.fill(rng.pick(t.sanctioned)));
      case 'aid':
        return this.fixedSlot('aid', () => this.fill(rng.pick(t.aid)));
      case 'demand':
        return this.fixedSlot('demand', () => this.fill(rng.pick(t.demands)));
      case 'offer':
        return this.fixedSlot('offer', () => this.fill(rng.pick(t.offers)));
      case 'threat':
        return this.fixedSlot('threat', () => this.fill(rng.pick(t.threats)));
      case 'mobilize':
        return this.fixedSlot('mobilize', () => this.fill(rng.pick(t.mobilize)));
      case 'sea':
        return this.fixedSlot('sea', () => rng.pick(t.seas));
      case 'river':
        return this.fixedSlot('river', () => rng.pick(t.rivers));
      case 'phrase':
        return rng.pick(t.phrases);
      case 'praise':
        return rng.pick(t.praise);
      case 'unnamed':
        return this.fill(rng.pick(t.unnamed));
      case 'channel':
        return this.fill(rng.pick(t.channels));
      case 'agency':
        return this.agency();
      case 'n':
        return this.number();
      case 'amount':
        return rng.pick(t.amounts);
      case 'say':
        return rng.pick(data.quotes.verbs);
      case 'region':
        return this.SA.region;
      default:
        return `{${slot}}`;
    }
  };

  agency(): string {
    const own = this.opts.outlet.name.toLowerCase();
    for (;;) {
      const a = this.fill(this.rng.pick(this.data.outlets.agencies));
      if (!a.toLowerCase().replace(/^the /, '').startsWith(own.replace(/^the /, ''))) return a;
    }
  }

  /** Fill a template; `extra` gives values for slots of its own (quote frames: Q, Qc, ...). */
  private readonly used = new Set<string>();

  /** A template from `list` not used yet in this article; else one from `fallback`, if given. */
  fresh(list: readonly string[], fallback?: readonly string[]): string {
    let t = this.rng.pick(list);
    for (let i = 0; i < 6 && this.used.has(t); i++) t = this.rng.pick(list);
    if (this.used.has(t) && fallback) return this.fresh(fallback);
    this.used.add(t);
    return t;
  }

  fill(template: string, extra?: Record<string, string>): string {
    const resolve = extra ? (slot: string): string => extra[slot] ?? this.resolve(slot) : this.resolve;
    return fill(template, resolve, this.rng);
  }

  /** A finished sentence: filled, tidied, capitalised. */
  sentence(template: string, extra?: Record<string, string>): string {
    return ucfirst(tidy(this.fill(template, extra)));
  }

  /** Like sentence(), with people named by family name only and no mention tracking. */
  bareText(template: string, extra?: Record<string, string>): string {
    const was = this.bare;
    this.bare = true;
    const s = ucfirst(tidy(this.fill(template, extra)));
    this.bare = was;
    return s;
  }
}
