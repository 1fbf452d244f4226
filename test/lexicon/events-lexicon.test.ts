/**
 * Checks lexicon/events.yaml, the event trigger lexicon: entry schema (type, mode, cameo),
 * the pattern language of its header, duplicates, coverage of all PLOVER types, and, with a
 * small reference matcher over the nlp stage's tokens, that realistic wire sentences reach the
 * intended entry when the most specific pattern wins.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/util/lexicon.js';
import { EVENT_TYPES, type EventType } from '../../src/export/records.js';
import { analyze } from '../../src/nlp/analyze.js';
import type { Token } from '../../src/nlp/types.js';

// ---------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------

interface EventEntry {
  type: EventType;
  mode: string | null;
  cameo: string | null;
  verbs?: string[];
  nouns?: string[];
}

/** Modes allowed per type: records.md, and the PLOVER manual where records.md defers to it. */
const MODES: Record<EventType, readonly string[]> = {
  AGREE: [],
  CONSULT: ['phone', 'visit', 'third-party', 'multilateral'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  // records.md names no PROTEST modes; these are the PLOVER manual's.
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold',
    'misinformation', 'cyber'],
  ASSAULT: ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms',
    'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional'],
};

/**
 * CAMEO code prefixes each PLOVER type may carry (CAMEO 1.1b3 cue categories mapped as in
 * PLOVER's CAMEO2PLOVER table, plus the documented choices in the lexicon header).
 */
const CAMEO_PREFIXES: Record<EventType, readonly string[]> = {
  AGREE: ['03', '057'],
  CONSULT: ['04'],
  SUPPORT: ['05', '018'],
  CONCEDE: ['080', '081', '082', '083', '055'],
  COOPERATE: ['06'],
  AID: ['07'],
  RETREAT: ['083', '084', '085', '086', '087'],
  REQUEST: ['02', '10'],
  ACCUSE: ['09', '110', '111', '112', '113', '114', '115'],
  REJECT: ['12'],
  THREATEN: ['13'],
  PROTEST: ['14'],
  SANCTION: ['16', '116'],
  MOBILIZE: ['15'],
  COERCE: ['17', '191', '192'],
  ASSAULT: ['18', '19', '20', '171', '175'],
};

// ---------------------------------------------------------------------------
// Pattern language (header of events.yaml)
// ---------------------------------------------------------------------------

type Step =
  | { kind: 'word'; alts: string[] }
  | { kind: 'gap'; long?: boolean }
  | { kind: 'not'; word: string }
  | { kind: 'target' };

const WORD = /^[\p{Ll}][\p{Ll}']*$/u;

/** Parses one pattern; returns the steps or a reason it breaks the pattern language. */
function parsePattern(p: string): Step[] | string {
  if (p !== p.trim() || /\s{2,}|\t/.test(p)) return 'stray whitespace';
  if (p !== p.toLowerCase().replace('{t}', '{T}')) return 'not lower case';
  if (p.includes('-')) return 'hyphenated word (the tokenizer splits it into three tokens)';
  const raw = p.split(' ');
  const steps: Step[] = [];
  for (const [i, t] of raw.entries()) {
    if (t === '*') steps.push({ kind: 'gap' });
    else if (t === '**') steps.push({ kind: 'gap', long: true });
    else if (t === '{T}') steps.push({ kind: 'target' });
    else if (t.startsWith('~')) {
      const w = t.slice(1);
      if (!WORD.test(w)) return `bad negated word "${t}"`;
      steps.push({ kind: 'not', word: w });
    } else {
      const alts = t.split('|');
      if (alts.some((a) => a === '')) return `empty alternative in "${t}"`;
      for (const a of alts) if (!WORD.test(a)) return `bad word "${a}"`;
      if (new Set(alts).size !== alts.length) return `repeated alternative in "${t}"`;
      if (i === 0 && alts.length > 1) return 'the trigger (first word) has alternatives';
      steps.push({ kind: 'word', alts });
    }
  }
  if (steps[0]?.kind !== 'word') return 'must start with a word';
  const targets = steps.filter((s) => s.kind === 'target').length;
  if (targets > 1) return '{T} more than once';
  if (targets === 1 && steps[steps.length - 1]?.kind !== 'target') return '{T} must be last';
  for (const [i, s] of steps.entries()) {
    const next = steps[i + 1];
    if (s.kind === 'gap') {
      if (i === steps.length - 1) return '"*" at the end';
      if (next?.kind === 'gap') return '"* *"';
      if (next?.kind === 'target') return '"*" right before {T}';
      if (next?.kind === 'not') return '"*" before "~"';
    }
    if (s.kind === 'not') {
      const prev = steps.slice(1, i);
      if (prev.some((x) => x.kind !== 'not')) return '"~word" not directly after the trigger';
      if (i === steps.length - 1) return 'ends with "~word"';
    }
    if (s.kind === 'word' && s.alts.includes('between') && next?.kind !== 'target') {
      return '"between" not followed by {T}';
    }
  }
  return steps;
}

/** Every concrete pattern an alternatives pattern stands for. */
function expand(p: string): string[] {
  let out = [''];
  for (const t of p.split(' ')) {
    const alts = t.includes('|') ? t.split('|') : [t];
    out = out.flatMap((o) => alts.map((a) => (o ? `${o} ${a}` : a)));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reference matcher: an approximation of the extractor, enough to check that the words of
// the lexicon meet the tokens, lemmas and parts of speech the nlp stage really produces.
// ---------------------------------------------------------------------------

interface Compiled {
  entry: EventEntry;
  pattern: string;
  noun: boolean;
  steps: Step[];
  literals: number;
}

/** Parts of speech a "*" lets through. PROPN is there for demonyms ("Russian diplomats"). */
const GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'PRON', 'SYM', 'PART']);

function forms(w: string): string[] {
  return [w, w.replace(/ies$/, 'y'), w.replace(/s$/, ''), w.replace(/es$/, '')];
}

function wordMatches(alt: string, tok: Token): boolean {
  if (alt === tok.lower || alt === tok.lemma) return true;
  const a = forms(alt);
  return forms(tok.lower).some((f) => a.includes(f)) || a.includes(tok.lemma);
}

/** True when toks[i] is a hyphen gluing two words into a compound ("28-point", "long-range"). */
function gluedHyphen(toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return t !== undefined && t.text === '-' && !t.space && next !== undefined && !next.space;
}

/** Matches steps[s..] at toks[i]; returns the index after the last literal token, or -1. */
function matchFrom(toks: Token[], i: number, steps: Step[], s: number, noun: boolean): number {
  if (s === steps.length) return i;
  const step = steps[s]!;
  const tok = toks[i];
  switch (step.kind) {
    case 'target':
      return tok !== undefined && tok.pos !== 'PUNCT' ? i : -1;
    case 'not':
      if (tok !== undefined && wordMatches(step.word, tok)) return -1;
      return matchFrom(toks, i, steps, s + 1, noun);
    case 'gap': {
      // Up to four modifiers; a hyphenated compound counts as one. "**": up to fourteen tokens but a clause break.
      let j = i;
      const lets = (t: Token | undefined): boolean =>
        t !== undefined && (step.long ? t.pos !== 'AUX' && (t.pos !== 'PUNCT' || t.text === ',' || t.text === '-') : GAP_POS.has(t.pos));
      for (let k = 0; ; k++) {
        const end = matchFrom(toks, j, steps, s + 1, noun);
        if (end >= 0) return end;
        if (k === (step.long ? 14 : 4) || !lets(toks[j])) return -1;
        j++;
        while (gluedHyphen(toks, j)) j += 2;
      }
    }
    case 'word': {
      if (tok === undefined || !step.alts.some((a) => wordMatches(a, tok))) return -1;
      if (s === 0 && !noun && tok.pos !== 'VERB' && tok.pos !== 'AUX') return -1;
      if (s === 0 && noun && (tok.pos === 'VERB' || tok.pos === 'AUX')) return -1;
      return matchFrom(toks, i + 1, steps, s + 1, noun);
    }
  }
}

interface Hit {
  type: EventType; mode: string | null; pattern: string; literals: number; start: number; end: number;
}

function label(h: Hit): string {
  return `${h.type}/${String(h.mode)}`;
}

/**
 * Matches of a sentence after overlap resolution: among overlapping matches the one with more
 * literal words wins, then the one spanning more tokens. Returns the kept matches and the
 * ties between different entries that this rule cannot settle.
 */
function resolveHits(sentence: string, compiled: Compiled[]): { kept: Hit[]; ties: string[] } {
  const toks = analyze(sentence).tokens;
  const all: Hit[] = [];
  for (const c of compiled) {
    for (let i = 0; i < toks.length; i++) {
      const end = matchFrom(toks, i, c.steps, 0, c.noun);
      if (end >= 0) all.push({ type: c.entry.type, mode: c.entry.mode, pattern: c.pattern, literals: c.literals, start: i, end });
    }
  }
  all.sort((a, b) => b.literals - a.literals || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  const ties: string[] = [];
  for (const h of all) {
    const clash = kept.find((k) => h.start < k.end && k.start < h.end);
    if (clash === undefined) kept.push(h);
    else if (clash.literals === h.literals && clash.end - clash.start === h.end - h.start && label(clash) !== label(h)) {
      ties.push(`${label(clash)} "${clash.pattern}" = ${label(h)} "${h.pattern}"`);
    }
  }
  return { kept, ties };
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

function isRec(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function id(e: EventEntry, i: number): string {
  return `#${i} ${String(e.type)}/${String(e.mode)}/${String(e.cameo)}`;
}

describe('events.yaml', () => {
  let entries = undefined as unknown as EventEntry[];
  let compiled: Compiled[] = [];
  beforeAll(() => {
    entries = loadLexicon<EventEntry[]>('events.yaml');
    compiled = [];
    for (const e of entries) {
      for (const [noun, list] of [[false, e.verbs ?? []], [true, e.nouns ?? []]] as const) {
        for (const pattern of list) {
          const steps = parsePattern(pattern);
          if (typeof steps === 'string') continue;
          const literals = steps.filter((s) => s.kind === 'word').length;
          compiled.push({ entry: e, pattern, noun, steps, literals });
        }
      }
    }
  });

  it('has well-formed entries: type, mode for that type, cameo, pattern lists', () => {
    const problems: string[] = [];
    expect(Array.isArray(entries)).toBe(true);
    for (const [i, e] of entries.entries()) {
      const where = id(e, i);
      if (!isRec(e)) { problems.push(`${where}: not a mapping`); continue; }
      const extra = Object.keys(e).filter((k) => !['type', 'mode', 'cameo', 'verbs', 'nouns'].includes(k));
      if (extra.length) problems.push(`${where}: unknown keys ${extra.join(', ')}`);
      if (!(EVENT_TYPES as readonly string[]).includes(e.type)) { problems.push(`${where}: bad type`); continue; }
      if (!('mode' in e)) problems.push(`${where}: mode missing (write null)`);
      if (e.mode !== null && !MODES[e.type].includes(e.mode)) problems.push(`${where}: mode not allowed for ${e.type}`);
      if (!('cameo' in e)) problems.push(`${where}: cameo missing (write null)`);
      if (e.cameo !== null) {
        if (typeof e.cameo !== 'string' || !/^\d{2,4}$/.test(e.cameo)) problems.push(`${where}: cameo must be a 2-4 digit string`);
        else if (!CAMEO_PREFIXES[e.type].some((p) => e.cameo!.startsWith(p))) problems.push(`${where}: cameo outside ${e.type}'s CAMEO range`);
      }
      for (const key of ['verbs', 'nouns'] as const) {
        const v = e[key];
        if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
          problems.push(`${where}: ${key} must be a list of strings`);
        }
      }
      if ((e.verbs?.length ?? 0) + (e.nouns?.length ?? 0) === 0) problems.push(`${where}: no pattern`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('writes every pattern in the pattern language of the header', () => {
    const problems: string[] = [];
    for (const [i, e] of entries.entries()) {
      for (const p of [...(e.verbs ?? []), ...(e.nouns ?? [])]) {
        const r = parsePattern(p);
        if (typeof r === 'string') problems.push(`${id(e, i)} "${p}": ${r}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('rejects malformed patterns (the parser used above is not vacuous)', () => {
    for (const bad of ['Meet {T}', 'meet {T} {T}', 'talks with||between {T}', 'talks with| {T}',
      'talks between Russia', 'hold * * talks', 'meet * {T}', 'call|phone {T}', '{T} meet', 'visit {T} to',
      'ceasefire with ~for {T}', 'cease-fire with {T}', ' meet {T}']) {
      expect(typeof parsePattern(bad), bad).toBe('string');
    }
    for (const good of ['call ~for ~on {T}', 'talks with|between {T}', 'impose * sanctions on|against {T}',
      'remain in contact', 'démarche to {T}']) {
      expect(typeof parsePattern(good), good).not.toBe('string');
    }
  });

  it('uses no pattern twice, also after expanding alternatives', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const [i, e] of entries.entries()) {
      for (const [kind, list] of [['verb', e.verbs ?? []], ['noun', e.nouns ?? []]] as const) {
        for (const p of list) {
          for (const x of new Set(expand(p))) {
            const key = `${kind}: ${x}`;
            const prev = owner.get(key);
            if (prev !== undefined) problems.push(`${key} in ${id(e, i)} and ${prev}`);
            else owner.set(key, id(e, i));
          }
        }
      }
    }
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });

  it('covers all 16 PLOVER types with a realistic number of patterns', () => {
    const count = new Map<string, number>();
    for (const e of entries) count.set(e.type, (count.get(e.type) ?? 0) + (e.verbs?.length ?? 0) + (e.nouns?.length ?? 0));
    for (const t of EVENT_TYPES) expect(count.get(t) ?? 0, t).toBeGreaterThanOrEqual(20);
    for (const t of ['CONSULT', 'REQUEST', 'ACCUSE', 'SANCTION', 'ASSAULT']) {
      expect(count.get(t) ?? 0, t).toBeGreaterThanOrEqual(60);
    }
  });

  it('covers every mode of the modal types', () => {
    const seen = new Set(entries.map((e) => `${e.type}/${String(e.mode)}`));
    const want = ['CONSULT/phone', 'CONSULT/visit', 'CONSULT/third-party', 'CONSULT/multilateral',
      'RETREAT/withdraw', 'RETREAT/release', 'RETREAT/disarm', 'RETREAT/ceasefire', 'RETREAT/access',
      'RETREAT/resign', 'REQUEST/assist', 'REQUEST/change', 'REQUEST/yield', 'REQUEST/meet',
      'REJECT/assist', 'REJECT/change', 'REJECT/yield', 'REJECT/meet', 'ACCUSE/disapprove',
      'ACCUSE/investigate', 'ACCUSE/allege', 'THREATEN/restrict', 'THREATEN/arrest',
      'THREATEN/relations', 'THREATEN/expel', 'THREATEN/territory', 'THREATEN/violence',
      'SANCTION/convict', 'SANCTION/expel', 'SANCTION/withdraw', 'SANCTION/discontinue',
      'MOBILIZE/troops', 'MOBILIZE/weapons', 'MOBILIZE/police', 'MOBILIZE/militia'];
    for (const w of want) expect(seen.has(w), w).toBe(true);
  });

  it('keeps ambiguous triggers behind the words that disambiguate them', () => {
    const all = new Map<string, EventEntry>();
    const verbs = new Set<string>();
    for (const e of entries) {
      for (const p of e.verbs ?? []) for (const x of expand(p)) { all.set(x, e); verbs.add(x); }
      for (const p of e.nouns ?? []) for (const x of expand(p)) all.set(x, e);
    }
    // No bare verb readings that would fire on speeches, statements, dismissals or labour strikes.
    for (const p of ['release {T}', 'deliver {T}', 'call for {T}', 'strike against {T}', 'fire {T}', 'beat {T}',
      'take out {T}', 'release * statement', 'dismiss {T}', 'leave {T}', 'go to {T}', 'tell {T}']) {
      expect(verbs.has(p), p).toBe(false);
    }
    expect(all.get('general strike against {T}')).toMatchObject({ type: 'PROTEST', mode: 'strike' });
    expect(all.get('strike against {T}')?.type).toBe('ASSAULT');
    expect(all.get('strike {T}')?.type).toBe('ASSAULT');
    expect(all.get('strike * deal with {T}')?.type).toBe('AGREE');
    expect(all.get('call for')?.type).toBe('REQUEST');
    expect(all.get('call on {T}')?.type).toBe('REQUEST');
    expect(all.get('summon {T}')).toMatchObject({ type: 'ACCUSE', mode: 'disapprove' });
    expect(all.get('refuse to meet {T}')).toMatchObject({ type: 'REJECT', mode: 'meet' });
    expect(all.get('visit {T}')).toMatchObject({ type: 'CONSULT', mode: 'visit' });
    expect(all.get('host {T}')).toMatchObject({ type: 'CONSULT', mode: 'visit' });
    expect(all.get('expel {T}')).toMatchObject({ type: 'SANCTION', mode: 'expel' });
    expect(all.get('deport {T}')).toMatchObject({ type: 'COERCE', mode: 'deport' });
    expect(all.get('impose * sanctions on {T}')).toMatchObject({ type: 'SANCTION', mode: 'discontinue' });
  });

  // Sentences written for this test in the register of wire copy, state media and analysis.
  // Each carries one main event; the fourth element lists other events the sentence rightly
  // carries (an accusation of an attack also codes the attack, with its own attribution).
  const CASES: [string, EventType, string | null, string[]?][] = [
    // CONSULT
    ['Turkey\'s foreign minister spoke by phone with his Iranian counterpart on Sunday.', 'CONSULT', 'phone'],
    ['Macron phoned Zelensky late on Tuesday, the Elysee said.', 'CONSULT', 'phone'],
    ['The two presidents held a lengthy telephone conversation with each other.', 'CONSULT', 'phone'],
    ['Scholz called Xi to discuss the trade dispute.', 'CONSULT', 'phone'],
    ['The envoy met with Hamas officials in Doha.', 'CONSULT', null],
    ['Officials from both sides held closed-door talks with the delegation in Geneva.', 'CONSULT', null],
    ['The negotiating teams remain in contact, a spokesman said.', 'CONSULT', null],
    ['Kyiv has been in touch with Washington about the proposal.', 'CONSULT', null],
    ['Talks between Armenia and Azerbaijan resumed in Abu Dhabi.', 'CONSULT', null],
    ['Lavrov exchanged views with Wang Yi on the situation in the region.', 'CONSULT', null],
    ['The delegations negotiated intensively with the Qatari mediators.', 'CONSULT', null],
    ['Modi paid a state visit to Moscow in July.', 'CONSULT', 'visit'],
    ['The Saudi crown prince visited Washington last week.', 'CONSULT', 'visit'],
    ['Xi hosted the Brazilian president at the Great Hall of the People.', 'CONSULT', 'visit'],
    ['Putin received a delegation of African leaders at the Kremlin.', 'CONSULT', 'visit'],
    ['Egypt and Qatar mediated indirect talks between Israel and Hamas.', 'CONSULT', 'third-party'],
    ['Oman brokered a deal between Washington and the Houthis.', 'CONSULT', 'third-party'],
    // AGREE
    ['Ankara signed a memorandum of understanding with Baghdad on water.', 'AGREE', null],
    ['The company struck a deal with Tehran on uranium enrichment.', 'AGREE', null],
    ['Trump said he had reached a preliminary agreement with Beijing.', 'AGREE', null],
    // SUPPORT
    ['The Chinese foreign ministry praised Pakistan for its restraint.', 'SUPPORT', null],
    ['Berlin welcomed the decision and backed the Commission.', 'SUPPORT', null],
    ['The leaders expressed strong support for Ukraine\'s territorial integrity.', 'SUPPORT', null],
    // bare "agree" is AGREE too; the extractor keeps it only with two parties ("Riyadh and Tehran agreed")
    ['Riyadh and Tehran agreed to restore diplomatic relations with each other.', 'SUPPORT', null, ['AGREE/null']],
    // CONCEDE
    ['The government eased restrictions on opposition media after the vote.', 'CONCEDE', null],
    ['The minister apologised to Warsaw for the remarks.', 'CONCEDE', null],
    ['Lukashenko pardoned dozens of political prisoners.', 'CONCEDE', null],
    // COOPERATE
    ['Moscow and Pyongyang will deepen military cooperation with each other.', 'COOPERATE', null],
    ['Seoul held joint naval exercises with Washington and Tokyo.', 'COOPERATE', null],
    ['Japan agreed to share intelligence with South Korea.', 'COOPERATE', null, ['AGREE/null']],
    // AID
    ['Germany will supply more air defence systems and missiles to Kyiv.', 'AID', null],
    ['The EU sent humanitarian aid to Gaza through Cyprus.', 'AID', null],
    ['The IMF approved a $1.2bn loan to Pakistan.', 'AID', null],
    ['Washington announced a new military aid package for Ukraine.', 'AID', null],
    // RETREAT
    ['Russia and Ukraine exchanged prisoners with each other on Friday.', 'RETREAT', 'release'],
    ['Hamas freed three Israeli hostages under the agreement.', 'RETREAT', 'release'],
    ['Israel began to withdraw its troops from southern Lebanon.', 'RETREAT', 'withdraw'],
    ['A ceasefire between Israel and Iran took hold on Tuesday.', 'RETREAT', 'ceasefire'],
    ['Washington lifted sanctions on Syria\'s central bank.', 'RETREAT', null],
    ['The prime minister resigned after the vote of no confidence.', 'RETREAT', 'resign'],
    // REQUEST
    ['The UN chief urged Israel to allow aid into Gaza.', 'REQUEST', null, ['RETREAT/access']],
    ['The ministers called on Moscow to return the deported children.', 'REQUEST', null, ['COERCE/deport']],
    ['The pope called for an immediate ceasefire.', 'REQUEST', 'yield'],
    ['Kyiv asked for more air defence from its Western partners.', 'REQUEST', 'assist'],
    ['The opposition demanded the release of the detained journalists.', 'REQUEST', 'yield', ['COERCE/arrest']],
    ['Washington proposed a 28-point plan to Kyiv.', 'REQUEST', 'change'],
    ['Zelensky requested a meeting with Trump before the summit.', 'REQUEST', 'meet'],
    // ACCUSE
    ['The foreign ministry summoned the Russian ambassador on Monday.', 'ACCUSE', 'disapprove'],
    ['Beijing condemned the sale of weapons to Taiwan.', 'ACCUSE', 'disapprove', ['AID/null']],
    ['Kyiv accused Moscow of deliberately targeting civilians.', 'ACCUSE', 'allege', ['ASSAULT/null']],
    ['Prosecutors opened an investigation into the minister over the contracts.', 'ACCUSE', 'investigate'],
    ['The Kremlin slammed the decision as illegal.', 'ACCUSE', 'disapprove'],
    // REJECT
    ['Tehran rejected the proposal from the Europeans.', 'REJECT', 'change'],
    ['Putin refused to meet Zelensky in Istanbul.', 'REJECT', 'meet'],
    ['Russia vetoed the draft resolution at the Security Council.', 'REJECT', null],
    ['Kyiv declined an offer from Moscow to pause the fighting.', 'REJECT', null],
    ['The junta refused to release the deposed president.', 'REJECT', 'yield'],
    // THREATEN
    ['Trump threatened to impose sweeping tariffs on Mexico.', 'THREATEN', 'restrict'],
    ['Pyongyang threatened to strike South Korea with nuclear weapons.', 'THREATEN', 'violence'],
    ['Ankara threatened to cut diplomatic ties with Israel.', 'THREATEN', 'relations'],
    ['Moscow issued a stern warning to Helsinki over the deployment.', 'THREATEN', null],
    ['The court issued an arrest warrant for the former president.', 'THREATEN', 'arrest'],
    // PROTEST
    ['Thousands protested against the government in Tbilisi on Sunday.', 'PROTEST', 'demo'],
    ['Activists staged a protest outside the Israeli embassy.', 'PROTEST', 'demo'],
    ['Several delegations walked out of the General Assembly during the speech.', 'PROTEST', 'boycott'],
    // SANCTION
    ['The EU imposed new sanctions on Russian oil exports.', 'SANCTION', 'discontinue'],
    ['London froze the assets of two Russian oligarchs.', 'SANCTION', 'discontinue'],
    ['Warsaw expelled three Russian diplomats.', 'SANCTION', 'expel'],
    ['Bolivia severed diplomatic ties with Israel.', 'SANCTION', 'discontinue'],
    ['Chad recalled its ambassador from Tel Aviv.', 'SANCTION', 'withdraw'],
    ['Washington suspended military aid to Kyiv for a week.', 'SANCTION', 'discontinue'],
    ['A Moscow court sentenced the journalist to six years.', 'SANCTION', 'convict'],
    // MOBILIZE
    ['Russia massed troops near the border with Ukraine.', 'MOBILIZE', 'troops'],
    ['The Pentagon deployed an aircraft carrier to the eastern Mediterranean.', 'MOBILIZE', 'weapons'],
    ['China held large-scale military drills around Taiwan.', 'MOBILIZE', null],
    // COERCE
    ['Police arrested dozens of opposition activists in Istanbul.', 'COERCE', 'arrest'],
    ['Iranian forces seized a tanker in the Strait of Hormuz.', 'COERCE', 'seize'],
    ['The authorities deported hundreds of Afghan refugees.', 'COERCE', 'deport'],
    ['Moscow blocked access to the messaging app.', 'COERCE', 'censor'],
    ['Hackers linked to Beijing launched a cyberattack on Taiwanese government sites.', 'COERCE', 'cyber'],
    // ASSAULT
    ['Russian forces shelled Kharkiv overnight.', 'ASSAULT', 'heavy-weapons'],
    ['Israel carried out airstrikes on southern Beirut.', 'ASSAULT', 'aerial'],
    ['Ukraine launched a drone attack on a refinery in Ryazan.', 'ASSAULT', 'drone'],
    ['Russia fired dozens of missiles at Ukrainian energy facilities.', 'ASSAULT', 'heavy-weapons'],
    ['The army launched an offensive against the rebels in the north.', 'ASSAULT', null],
    ['Militants kidnapped two aid workers near the border.', 'ASSAULT', 'abduct'],
    ['Riot police fired tear gas at the protesters.', 'ASSAULT', 'crowd-control'],
    // More phrasings, one per line, grouped by type.
    ['The two leaders had a brief phone call with each other on Friday night.', 'CONSULT', 'phone'],
    ['Erdogan held a video conference with European leaders.', 'CONSULT', 'phone'],
    ['Sources said the envoy rang his Saudi counterpart twice.', 'CONSULT', 'phone'],
    ['The national security adviser sat down with Chinese officials in Bangkok.', 'CONSULT', null],
    ['Witkoff has stayed in contact with the Russian negotiators.', 'CONSULT', null],
    ['The foreign minister briefed NATO allies on the outcome.', 'CONSULT', null],
    ['A meeting between the two defence ministers is scheduled for March.', 'CONSULT', null],
    ['He will travel to Beijing next week.', 'CONSULT', 'visit'],
    ['The chancellor arrived in Kyiv on an unannounced trip.', 'CONSULT', 'visit'],
    ['It was his first trip to the Gulf since taking office.', 'CONSULT', 'visit'],
    ['Doha hosted talks between the Taliban and US officials.', 'CONSULT', 'third-party'],
    ['Foreign ministers attended the summit in Astana.', 'CONSULT', 'multilateral'],
    ['Kyiv and Moscow agreed on a prisoner swap with each other.', 'AGREE', null, ['RETREAT/release']],
    ['The two sides hammered out a deal with the mediators overnight.', 'AGREE', null],
    ['Israel accepted the proposal from Egypt.', 'AGREE', null],
    ['Azerbaijan and Armenia initialled a peace agreement with US backing.', 'AGREE', null],
    ['Vietnam inked a defence pact with the Philippines.', 'AGREE', null],
    ['The Kremlin hailed the new US security strategy.', 'SUPPORT', null],
    ['Orban threw his support behind the candidate.', 'SUPPORT', null],
    ['Leaders expressed solidarity with the victims.', 'SUPPORT', null],
    ['Several countries recognised the state of Palestine.', 'SUPPORT', null],
    ['Beijing sent condolences to the families.', 'SUPPORT', null],
    ['The junta bowed to pressure from regional leaders.', 'CONCEDE', null],
    ['The president granted amnesty to hundreds of protesters.', 'CONCEDE', null],
    ['Minsk partnered with Moscow on the nuclear plant.', 'COOPERATE', null],
    ['India buys oil from Russia at a discount.', 'COOPERATE', null],
    ['Belgrade extradited the suspect to Washington.', 'COOPERATE', null],
    ['The bank extended a $3bn line of credit to Cairo.', 'AID', null],
    ['Tokyo pledged humanitarian aid for Sudan.', 'AID', null],
    ['Paris will deliver more Mirage jets to Ukraine.', 'AID', null],
    ['Ecuador granted asylum to the former vice-president.', 'AID', null],
    ['The allies discussed security guarantees for Kyiv.', 'AID', null],
    ['The rebels surrendered to government forces.', 'RETREAT', 'disarm'],
    ['Israel reopened the crossing for aid trucks.', 'RETREAT', 'access'],
    ['Moscow handed over the bodies of 1,000 soldiers to Kyiv.', 'RETREAT', 'release'],
    ['The militia pulled its fighters out of the city.', 'RETREAT', 'withdraw'],
    ['The president stepped down amid mass protests.', 'RETREAT', 'resign'],
    ['The foreign minister pressed Beijing to rein in Pyongyang.', 'REQUEST', null],
    ['The UN appealed for $4bn in humanitarian aid.', 'REQUEST', 'assist'],
    ['Berlin pledged another 500 million euros in military aid to Kyiv.', 'AID', null],
    ['Protesters called for the resignation of the prime minister.', 'REQUEST', 'change'],
    ['The opposition called for his resignation.', 'REQUEST', 'change'],
    ['The president received a call from the Turkish leader.', 'CONSULT', 'phone'],
    ['Kyiv demanded the withdrawal of Russian troops.', 'REQUEST', 'yield'],
    ['Trump invited Putin to Alaska.', 'REQUEST', 'meet'],
    ['The ministry lodged a formal protest with the Japanese embassy.', 'ACCUSE', 'disapprove'],
    ['Seoul expressed deep concern over the launch.', 'ACCUSE', 'disapprove'],
    ['Washington blamed the attack on Tehran.', 'ACCUSE', 'allege'],
    ['South Africa filed a case against Israel at the ICJ.', 'ACCUSE', 'allege'],
    ['Lithuania launched a probe into the balloon incursions.', 'ACCUSE', 'investigate'],
    ['Budapest blocked the accession of Ukraine.', 'REJECT', null],
    ['Moscow ruled out talks with Kyiv before the elections.', 'REJECT', 'meet'],
    ['Hamas dismissed the plan by Washington as a non-starter.', 'REJECT', 'change'],
    ['The Taliban refused to extradite the militants.', 'REJECT', 'assist'],
    ['Iran defied the Security Council.', 'REJECT', 'yield'],
    ['Beijing warned Manila against any provocation.', 'THREATEN', null],
    ['Trump gave an ultimatum to Moscow.', 'THREATEN', null],
    ['Medvedev threatened to use nuclear weapons against Europe.', 'THREATEN', 'violence'],
    ['Trump threatened to annex Greenland.', 'THREATEN', 'territory'],
    ['Iran threatened to expel the inspectors.', 'THREATEN', 'expel'],
    ['Farmers rallied outside parliament.', 'PROTEST', 'demo'],
    ['Students went on a hunger strike against the detention.', 'PROTEST', 'hunger'],
    ['Several countries boycotted the ceremony.', 'PROTEST', 'boycott'],
    ['Demonstrators stormed the embassy of Sweden in Baghdad.', 'PROTEST', 'riot'],
    ['Crowds burned effigies of the US president.', 'PROTEST', 'demo'],
    ['The EU adopted a new package of sanctions against Russia.', 'SANCTION', 'discontinue'],
    ['Washington blacklisted dozens of Chinese firms.', 'SANCTION', 'discontinue'],
    ['Niger expelled the French ambassador.', 'SANCTION', 'expel'],
    ['Kyiv suspended talks with Moscow.', 'SANCTION', 'discontinue'],
    ['The United States withdrew from the World Health Organization.', 'SANCTION', 'withdraw'],
    ['A court convicted the opposition leader of fraud.', 'SANCTION', 'convict'],
    ['Belarus deployed troops along its border with Poland.', 'MOBILIZE', 'troops'],
    ['Moscow sent warships to the Caribbean.', 'MOBILIZE', 'weapons'],
    ['The government deployed riot police outside the parliament.', 'MOBILIZE', 'police'],
    ['The army put its forces on high alert.', 'MOBILIZE', 'troops'],
    ['Security forces detained a French citizen.', 'COERCE', 'arrest'],
    ['Russia annexed four Ukrainian regions.', 'COERCE', 'seize'],
    ['Rebels took control of the city of Goma.', 'COERCE', 'seize'],
    ['The regime cut off electricity to the region.', 'COERCE', 'withhold'],
    ['Officials accused Moscow of meddling in the elections.', 'ACCUSE', 'allege', ['COERCE/misinformation']],
    ['The navy imposed a blockade on the port.', 'COERCE', 'restrict'],
    ['The authorities imposed a curfew in the capital.', 'COERCE', 'curfew'],
    ['Israeli jets struck targets in Syria.', 'ASSAULT', null],
    ['Russia invaded Ukraine in February 2022.', 'ASSAULT', null],
    ['Sudanese paramilitaries attacked a camp for displaced people.', 'ASSAULT', null],
    ['A drone strike on a convoy killed five people.', 'ASSAULT', 'drone', ['ASSAULT/null']],
    ['Troops opened fire on the crowd.', 'ASSAULT', 'firearms'],
    ['Militants assassinated the provincial governor.', 'ASSAULT', 'targeted'],
    ['Artillery fire on the town continued overnight.', 'ASSAULT', 'heavy-weapons'],
    ['A suicide bombing at a mosque killed dozens.', 'ASSAULT', 'suicide-attack', ['ASSAULT/null']],
    ['Soldiers demolished Palestinian homes in the village.', 'ASSAULT', 'destroy'],
  ];

  it.each(CASES)('codes %s', (sentence, type, mode, also = []) => {
    const { kept, ties } = resolveHits(sentence, compiled);
    const seen = kept.map((h) => `${label(h)} "${h.pattern}"`).join('; ');
    expect(ties, 'unsettled tie').toEqual([]);
    expect(kept.map(label), seen).toContain(`${type}/${String(mode)}`);
    const extra = kept.map(label).filter((l) => l !== `${type}/${String(mode)}` && !also.includes(l));
    expect(extra, seen).toEqual([]);
  });

  it('does not fire on the everyday senses of ambiguous words', () => {
    for (const s of [
      'The ministry released a statement on Tuesday.',
      'The president delivered a speech to parliament.',
      'He came back to the capital late at night.',
      'The spokesman declined to comment.',
      'Dock workers went on a one-day strike over pay.',
    ]) {
      const hits = resolveHits(s, compiled).kept.filter((h) => !(h.type === 'PROTEST' && h.mode === 'strike'));
      expect(hits.map((h) => `${h.type} "${h.pattern}"`), s).toEqual([]);
    }
  });
});
