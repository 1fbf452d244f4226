/**
 * Stage `sources`: turn command-line inputs (files, directories, globs, `-`) into raw Sources.
 * Nothing here interprets the bytes; problems (missing file, oversized, unreadable) are reported, not thrown.
 */
import { readdirSync, statSync, existsSync, openSync, fstatSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import type { Problem, Source } from '../read/types.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** One file to read: `-` for stdin. */
export interface Input {
  origin: string;
  /** Size in bytes when known before reading (stdin and files found in folders: null). */
  size: number | null;
}

function walk(dir: string, out: Input[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // hidden files and a folder's own documentation are not articles
    if (e.name.startsWith('.') || /^(readme|license|licence|changelog)(\.[a-z]+)?$/i.test(e.name)) continue;
    const p = join(dir, e.name);
    // no stat here: loadSource learns the size from the open file (a stat per file was 1% of an ingest)
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push({ origin: p, size: null });
  }
}

/** Expand inputs into files, in a stable order, without duplicates. */
export function expandInputs(args: string[]): { inputs: Input[]; problems: Problem[] } {
  const inputs: Input[] = [];
  const problems: Problem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ origin: '-', size: null });
      continue;
    }
    if (existsSync(arg)) {
      const st = statSync(arg);
      if (st.isDirectory()) walk(arg, inputs);
      else inputs.push({ origin: arg, size: st.size });
      continue;
    }
    if (fg.isDynamicPattern(arg)) {
      const hits = fg.sync(arg, { onlyFiles: true, dot: false }).sort();
      if (!hits.length) problems.push({ origin: arg, reason: 'no files match this pattern' });
      for (const h of hits) inputs.push({ origin: h, size: statSync(h).size });
      continue;
    }
    problems.push({ origin: arg, reason: 'no such file or directory' });
  }
  const seen = new Set<string>();
  return { inputs: inputs.filter((i) => (seen.has(i.origin) ? false : (seen.add(i.origin), true))), problems };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Load one input's bytes, enforcing the size limit. */
export async function loadSource(input: Input, maxBytes = DEFAULT_MAX_BYTES): Promise<Source | Problem> {
  const tooBig = (n: number): Problem => ({
    origin: input.origin,
    reason: `file too large (${(n / 1048576).toFixed(1)} MB, limit ${(maxBytes / 1048576).toFixed(1)} MB)`,
  });
  if (input.size !== null && input.size > maxBytes) return tooBig(input.size);
  try {
    if (input.origin === '-') {
      const bytes = await readStdin();
      return bytes.length > maxBytes ? tooBig(bytes.length) : { origin: input.origin, bytes };
    }
    const { bytes, size } = readFile(input.origin, maxBytes);
    return size > maxBytes ? tooBig(size) : { origin: input.origin, bytes };
  } catch (e) {
    return { origin: input.origin, reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/**
 * A file's bytes and size. A regular file larger than `maxBytes` is not read (empty bytes, its
 * size); a regular file is read at the size the system reports, anything else (a pipe, a file of
 * unreported size) in chunks to its end or until it is over `maxBytes`.
 */
function readFile(path: string, maxBytes: number): { bytes: Buffer; size: number } {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile() && st.size > maxBytes) return { bytes: Buffer.alloc(0), size: st.size };
    if (st.isFile() && st.size > 0) {
      const bytes = fill(fd, Buffer.allocUnsafe(st.size));
      return { bytes, size: bytes.length };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    while (size <= maxBytes) {
      const chunk = fill(fd, Buffer.allocUnsafe(65536));
      if (!chunk.length) break;
      chunks.push(chunk);
      size += chunk.length;
    }
    return { bytes: Buffer.concat(chunks), size };
  } finally {
    closeSync(fd);
  }
}

/** Read into `buf` until it is full or the file ends: the part filled. */
function fill(fd: number, buf: Buffer): Buffer {
  let n = 0;
  while (n < buf.length) {
    const r = readSync(fd, buf, n, buf.length - n, null);
    if (!r) break;
    n += r;
  }
  return n < buf.length ? buf.subarray(0, n) : buf;
}
