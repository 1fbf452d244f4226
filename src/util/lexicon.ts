import { readFileSync, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Folder of the lexicon data files (repo root `lexicon/`), found relative to this module. */
export const LEXICON_DIR = fileURLToPath(new URL('../../lexicon/', import.meta.url));

/**
 * Parsed copies of the lexicons written by the build (`npm run build` -> dist/lexicon/*.json):
 * JSON loads many times faster than YAML, which matters at start-up and in every worker thread.
 * A YAML file newer than its JSON copy is read directly, so editing a lexicon needs no rebuild.
 */
export const COMPILED_DIR = fileURLToPath(new URL('../lexicon/', import.meta.url));

const cache = new Map<string, unknown>();

export function compiledPath(name: string): string {
  return join(COMPILED_DIR, name.replace(/\.ya?ml$/, '.json'));
}

/** Load a YAML lexicon file by name (e.g. `outlets.yaml`), parsed once per process. */
export function loadLexicon<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    const src = join(LEXICON_DIR, name);
    const json = compiledPath(name);
    if (existsSync(json) && statSync(json).mtimeMs >= statSync(src).mtimeMs) v = JSON.parse(readFileSync(json, 'utf8'));
    else v = parse(readFileSync(src, 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}
