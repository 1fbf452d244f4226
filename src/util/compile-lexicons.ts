/** Build step: parse every lexicon/*.yaml once and write dist/lexicon/*.json (see util/lexicon.ts). */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LEXICON_DIR, COMPILED_DIR, compiledPath } from './lexicon.js';

mkdirSync(COMPILED_DIR, { recursive: true });
let n = 0;
for (const f of readdirSync(LEXICON_DIR)) {
  if (!/\.ya?ml$/.test(f)) continue;
  writeFileSync(compiledPath(f), JSON.stringify(parse(readFileSync(join(LEXICON_DIR, f), 'utf8'))));
  n++;
}
console.log(`compiled ${n} lexicon files to ${COMPILED_DIR}`);
