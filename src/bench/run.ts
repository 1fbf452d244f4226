/**
 * `npm run bench`: generate a deterministic corpus, then time the pipeline stages on it, each in a
 * fresh process, single-threaded and with worker threads on all cores, and the bare tagger baseline.
 *   node dist/bench/run.js [--count 10000] [--seed 42] [--keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { PIPELINE_NODE_FLAGS } from '../util/heap.js';
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.js';
import { formatBytes, formatNumber } from './measure.js';
import type { PhaseResult } from './phase.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const count = Number(arg('count', '10000'));
const seed = Number(arg('seed', '42'));
const keep = arg('keep', '');
const cores = availableParallelism();
const phaseScript = fileURLToPath(new URL('./phase.js', import.meta.url));

const corpus = keep || mkdtempSync(join(tmpdir(), 'backchannel-corpus-'));
const t0 = performance.now();
if (!existsSync(corpus) || readdirSync(corpus).length === 0) generateCorpus({ dir: corpus, count, seed, force: true });
const gen = (performance.now() - t0) / 1000;
console.log(`corpus: ${formatNumber(count)} generated articles (seed ${seed}) in ${corpus} (${gen.toFixed(1)} s); ${cores} cores`);

function phase(name: string, workers: number): PhaseResult {
  const r = spawnSync(process.execPath, [...PIPELINE_NODE_FLAGS, phaseScript, name, corpus, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench phase ${name} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult;
}

function line(label: string, r: PhaseResult): string {
  const rate = (n: number): string => formatNumber(Math.round(n / r.seconds));
  return [
    label.padEnd(34),
    `${rate(r.articles).padStart(7)} articles/s`,
    `${(r.tokens ? rate(r.tokens) : '-').padStart(10)} tokens/s`,
    `${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(7)} MB/s`,
    `peak RSS ${formatBytes(r.peakRss).padStart(9)}`,
    `(${r.articles} articles, ${r.seconds.toFixed(1)} s)`,
  ].join('  ');
}

try {
  const results: [string, PhaseResult][] = [];
  const run = (label: string, name: string, workers: number): PhaseResult => {
    const r = phase(name, workers);
    results.push([label, r]);
    console.log(line(label, r));
    return r;
  };
  const base = run('baseline: tokenizer+tagger only', 'baseline', 0);
  run('read + store, 1 thread', 'store', 0);
  run('up to actors, 1 thread', 'actors', 0);
  run('up to events (no quotes), 1 thread', 'events', 0);
  const full1 = run('full pipeline, 1 thread', 'full', 0);
  const fullN = run(`full pipeline, ${cores} worker threads`, 'full', cores);
  const ratio = full1.seconds / base.seconds;
  console.log(`pipeline/baseline time ratio: ${ratio.toFixed(2)} (1 thread); worker speed-up: ${(full1.seconds / fullN.seconds).toFixed(2)}x`);
} finally {
  if (!keep) rmSync(corpus, { recursive: true, force: true });
}
