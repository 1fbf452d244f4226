import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processSource, processSources } from '../../src/pipeline/process.js';
import { SHARED } from '../helpers/cli.js';
import type { Source } from '../../src/read/types.js';

function sources(): Source[] {
  const dirs = [join(SHARED, 'seeds'), 'test/fixtures/formats', 'examples'];
  return dirs.flatMap((d) => readdirSync(d).sort().map((f) => ({ origin: join(d, f), bytes: readFileSync(join(d, f)) })));
}

describe('processing sources in a batch, stage by stage', () => {
  it('gives exactly what processing them one by one gives', () => {
    const srcs = sources();
    expect(srcs.length).toBeGreaterThan(10);
    const one = srcs.map((s) => {
      try {
        return processSource(s);
      } catch (e) {
        return { origin: s.origin, reason: `internal error: ${(e as Error).message}` };
      }
    });
    expect(processSources(srcs)).toEqual(one);
    expect(processSources(srcs, { extract: 'actors' })).toEqual(srcs.map((s) => processSource(s, { extract: 'actors' })));
  });

  it('turns a source that fails into a problem naming it, and goes on with the others', () => {
    const [a, b] = sources().filter((s) => s.origin.endsWith('.txt'));
    // a source whose bytes cannot be had stands for any stage failing on it
    const broken = { origin: 'broken.txt', get bytes(): Buffer { throw new Error('device gone'); } } as Source;
    const out = processSources([a!, broken, b!]);
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({ origin: 'broken.txt', reason: 'internal error: device gone' });
    expect(out[0]).toEqual(processSource(a!));
    expect(out[2]).toEqual(processSource(b!));
  });
});
