import { loadLexicon } from '../util/lexicon.js';

/** How an abbreviation behaves at a possible sentence end (see lexicon/abbreviations.yaml). */
export type AbbrevKind = 'title' | 'can_end' | 'before_number';

interface AbbrevFile {
  titles?: string[];
  can_end?: string[];
  before_number?: string[];
  sentence_starters?: string[];
}

interface AbbrevTables {
  kinds: Map<string, AbbrevKind>;
  starters: Set<string>;
}

let tables: AbbrevTables | null = null;

function load(): AbbrevTables {
  const file = loadLexicon<AbbrevFile>('abbreviations.yaml');
  const kinds = new Map<string, AbbrevKind>();
  const add = (list: string[] | undefined, kind: AbbrevKind): void => {
    for (const e of list ?? []) {
      const s = String(e);
      if (!kinds.has(s)) kinds.set(s, kind);
      // ALL-CAPS form ("GEN.", "A.M."), except for two-letter ones that would collide with
      // acronyms at a sentence end ("RT.", "PA.", "LA.", "MS.").
      const up = s.toUpperCase();
      if (up !== s && (s.length > 3 || s.charCodeAt(0) >= 97) && !kinds.has(up)) kinds.set(up, kind);
    }
  };
  add(file.titles, 'title');
  add(file.before_number, 'before_number');
  add(file.can_end, 'can_end');
  const starters = new Set<string>();
  for (const w of file.sentence_starters ?? []) {
    const s = String(w);
    starters.add(s);
    starters.add(s.toUpperCase());
  }
  return { kinds, starters };
}

function get(): AbbrevTables {
  if (tables === null) tables = load();
  return tables;
}

/** Kind of a listed abbreviation (text includes its final period), or undefined. */
export function abbreviationKind(text: string): AbbrevKind | undefined {
  return get().kinds.get(text);
}

/** True for a capitalised function word that shows a new sentence has begun ("The", "He", "But"). */
export function isSentenceStarter(word: string): boolean {
  return get().starters.has(word);
}
