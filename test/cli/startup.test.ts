import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { run, tempDir, CLI } from '../helpers/cli.js';

/**
 * The listing commands answer without loading the pipeline (readers, NLP model, extractors: most of
 * the command's start-up). A module hook makes importing any of it fail, so a command that loads it fails.
 */
describe('command start-up', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'hooks.mjs'), `
    const HEAVY = /\\/(pipeline\\/(ingest|process)\\.js|chrono-node\\/|linkedom\\/|wink-eng-lite-web-model\\/)/;
    export async function resolve(specifier, context, next) {
      const r = await next(specifier, context);
      if (HEAVY.test(r.url)) throw new Error('not allowed here: ' + r.url);
      return r;
    }
  `);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});`);
  const db = join(dir, 'x.db');
  run(['--db', db, 'ingest', '-q', 'examples']);
  const guarded = (args: string[]) =>
    spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, CLI, '--db', db, ...args], { encoding: 'utf8' });

  it('lists, searches and exports without loading the pipeline', () => {
    for (const args of [['articles'], ['search', 'talks'], ['actors'], ['events'], ['quotes'], ['export', '--format', 'jsonl'], ['--help']]) {
      const r = guarded(args);
      expect(r.stderr, args.join(' ')).not.toMatch(/not allowed/);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('loads it for ingest (so the check above has teeth)', () => {
    const r = guarded(['ingest', '-q', 'examples']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/not allowed here: .*pipeline\/ingest\.js/);
  });
});
