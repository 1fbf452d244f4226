import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SEMI_SPACE_MB, PIPELINE_NODE_FLAGS } from '../../src/util/heap.js';

// The young-generation size is given literally where Node starts (npm scripts): they must agree.
describe('young generation size', () => {
  const flag = `--max-semi-space-size=${SEMI_SPACE_MB}`;

  it('is the flag the benchmark passes to its phases', () => {
    expect(PIPELINE_NODE_FLAGS).toEqual([flag]);
  });

  it('is not in the shebang, which stays portable (BusyBox and BSD env have no -S)', () => {
    const first = readFileSync('src/cli/main.ts', 'utf8').split('\n')[0];
    expect(first).toBe('#!/usr/bin/env node');
  });

  it('is passed by every npm script that runs the pipeline', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const name of ['start', 'eval', 'eval:dev']) {
      const runs = pkg.scripts[name]!.split('&&').filter((c) => /\b(ingest|eval)\b/.test(c));
      expect(runs.length, name).toBeGreaterThan(0);
      for (const c of runs) expect(c, name).toContain(`node ${flag} dist/cli/main.js`);
    }
  });
});
