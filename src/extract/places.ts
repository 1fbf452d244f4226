/**
 * Places inside states: lexicon/places.yaml plus every capital of the world-countries package.
 * For events whose object is a place rather than an actor ("attacked Kharkiv", "struck sites at
 * Natanz") and for officials speaking in a place ("In Tokyo, Chief Cabinet Secretary X said"). Names match case-sensitively, up to four tokens long.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { loadLexicon } from '../util/lexicon.js';
import type { Doc } from '../nlp/types.js';

const MAX_TOKENS = 4;
let table: Map<string, string> | null = null;

function places(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
  for (const c of countries) for (const cap of c.capital ?? []) table.set(cap, c.cca3);
  for (const [iso3, names] of Object.entries(loadLexicon<Record<string, string[]>>('places.yaml'))) {
    for (const n of names) table.set(String(n), iso3);
  }
  return table;
}

/** The ISO3 code of the state a place starting at token k lies in, and the token after the name; or null. */
export function placeAt(doc: Doc, k: number): { iso3: string; end: number } | null {
  const toks = doc.tokens;
  const first = toks[k];
  if (!first || !/^\p{Lu}/u.test(first.text)) return null;
  const t = places();
  let found: { iso3: string; end: number } | null = null;
  for (let n = 1; n <= MAX_TOKENS && k + n <= toks.length; n++) {
    const last = toks[k + n - 1]!;
    if (last.sentence !== first.sentence) break;
    const iso3 = t.get(doc.text.slice(first.start, last.end));
    if (iso3) found = { iso3, end: k + n };
  }
  return found;
}
