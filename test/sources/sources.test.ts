import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, loadSource } from '../../src/sources/index.js';
import { tempDir } from '../helpers/cli.js';

const TEXT = 'Envoys meet in Geneva\n\nSwiss Foreign Minister Ignazio Cassis hosted envoys from both sides on Monday.\n';

describe('sources', () => {
  it('lists a folder in a stable order, without hidden files or its readme', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    for (const f of ['b/two.txt', 'a.txt', '.hidden.txt', 'README.md', 'b/one.html']) writeFileSync(join(dir, f), TEXT);
    const { inputs, problems } = expandInputs([dir, join(dir, 'a.txt')]);
    expect(problems).toEqual([]);
    expect(inputs.map((i) => i.origin)).toEqual([join(dir, 'a.txt'), join(dir, 'b/one.html'), join(dir, 'b/two.txt')]);
  });

  it('reads a file found in a folder whole, and refuses one over the limit with its real size', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'small.txt'), TEXT);
    writeFileSync(join(dir, 'big.txt'), TEXT + 'x'.repeat(3 * 1024 * 1024));
    const [big, small] = expandInputs([dir]).inputs;
    expect(await loadSource(small!, 1024 * 1024)).toEqual({ origin: join(dir, 'small.txt'), bytes: Buffer.from(TEXT) });
    expect(await loadSource(big!, 1024 * 1024)).toEqual({ origin: join(dir, 'big.txt'), reason: 'file too large (3.0 MB, limit 1.0 MB)' });
    expect(await loadSource({ origin: join(dir, 'gone.txt'), size: null })).toEqual({ origin: join(dir, 'gone.txt'), reason: 'cannot read file: ENOENT' });
  });

  it.runIf(existsSync('/proc/self/status'))('reads a file whose size the system does not report to its end', async () => {
    const src = await loadSource({ origin: '/proc/self/status', size: null });
    expect('bytes' in src && src.bytes.toString('utf8')).toMatch(/^Name:[\s\S]*\nPid:\s+\d+\n[\s\S]*\n$/);
  });
});
