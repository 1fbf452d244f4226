/**
 * Build step: make the package's commands (package.json `bin`) executable. tsc writes dist/ files
 * with the default mode (0644 on a fresh checkout), and `npx backchannel` in this project runs the
 * bin file itself, which then fails with "Permission denied". Installing the package from a registry
 * sets the bit; building it from source needs this.
 */
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
for (const bin of bins) {
  const file = join(root, bin);
  // read, write and execute bits as they are, plus execute for everyone who may read it
  const mode = statSync(file).mode & 0o777;
  chmodSync(file, mode | ((mode & 0o444) >> 2));
}
console.log(`made ${bins.length} command${bins.length === 1 ? '' : 's'} executable: ${bins.join(', ')}`);
