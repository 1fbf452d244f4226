/** Word lists of lexicon/actor-patterns.yaml, as sets and phrase lists, loaded once. */
import { loadLexicon } from '../../util/lexicon.js';

interface PatternLexicon {
  non_person_words: string[];
  never_name_words: string[];
  particles: string[];
  group_heads: string[];
  group_determiners: string[];
  group_modifiers: string[];
  group_postmodifiers: string[];
  state_group_nouns: string[];
  locative_prepositions: string[];
  institution_heads: string[];
  portfolio_words: string[];
  governing_nouns?: string[];
}

export interface Patterns {
  nonPerson: Set<string>;
  neverName: Set<string>;
  particles: Set<string>;
  groupHeads: Set<string>;
  groupDeterminers: Set<string>;
  groupModifiers: Set<string>;
  groupPost: string[][];
  stateGroupNouns: Set<string>;
  locative: Set<string>;
  institutionHeads: Set<string>;
  /** Words of a portfolio between a role and a name ("minister for foreign affairs"). */
  portfolio: Set<string>;
  /** Rulers "in" a place: "the regime in Niger". */
  governing: Set<string>;
}

let cached: Patterns | null = null;

export function patterns(): Patterns {
  if (cached) return cached;
  const p = loadLexicon<PatternLexicon>('actor-patterns.yaml');
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => String(x).toLowerCase()));
  cached = {
    nonPerson: lower(p.non_person_words),
    neverName: lower(p.never_name_words),
    particles: lower(p.particles),
    groupHeads: lower(p.group_heads.filter((h) => !h.includes(' '))),
    groupDeterminers: lower(p.group_determiners),
    groupModifiers: lower(p.group_modifiers),
    groupPost: p.group_postmodifiers.map((x) => x.toLowerCase().split(' ')),
    stateGroupNouns: lower(p.state_group_nouns.map((x) => x.split(' ')[0]!)),
    locative: lower(p.locative_prepositions),
    institutionHeads: lower(p.institution_heads),
    portfolio: lower(p.portfolio_words ?? []),
    governing: lower(p.governing_nouns ?? []),
  };
  return cached;
}
