import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// V8 flags come and go between Node versions; an unknown one is reported on stderr at every start.
describe('JIT tuning', () => {
  it("is a flag this Node's V8 knows: setting it prints nothing", () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { tuneJit } from './dist/util/jit.js'; tuneJit(); console.log('set');"], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('set');
  });

  it('is applied by the command and by the benchmark phases', () => {
    for (const f of ['src/cli/main.ts', 'src/bench/phase.ts']) expect(readFileSync(f, 'utf8'), f).toMatch(/^\s*tuneJit\(\);/m);
  });
});
