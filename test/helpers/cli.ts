import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const CLI = join(ROOT, 'dist/cli/main.js');

if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the tests');

export function tempDir(prefix = 'bc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function exportRecords(db: string): Record<string, unknown>[] {
  const r = run(['--db', db, 'export', '--format', 'jsonl']);
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
