import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Folder of the lexicon data files (repo root `lexicon/`), found relative to this module. */
export const LEXICON_DIR = fileURLToPath(new URL('../../lexicon/', import.meta.url));

const cache = new Map<string, unknown>();

/** Load a YAML lexicon file by name (e.g. `outlets.yaml`), parsed once per process. */
export function loadLexicon<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = parse(readFileSync(join(LEXICON_DIR, name), 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}
