/**
 * `npm run bench`: generate a deterministic corpus, then time the pipeline stages on it, each in a
 * fresh process, single-threaded and with worker threads on all cores, and the bare tagger baseline.
 *   node dist/bench/run.js [--count 10000] [--seed 42] [--keep DIR] [--runs 3]
 * The single-thread phases that have targets (read + store, up to actors, full) run `--runs` times,
 * round-robin so that a slow spell of a shared host spreads over all of them; each prints its median
 * run with all runs' rates. On a shared 2-core VM one run of the same code varies by 20-30%.
 * Under each single-thread line: ms per article by stage, and CPU time (main thread and V8's own
 * threads). Read + store also runs once pinned to one core (taskset, Linux), V8's threads included.
 */
import { spawnSync } from 'node:child_process';
import { PIPELINE_NODE_FLAGS } from '../util/heap.js';
import { mkdtempSync, rmSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.js';
import { formatBytes, formatNumber, type CpuSnapshot } from './measure.js';
import type { PhaseResult } from './phase.js';
import { perArticle } from '../util/stage-times.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const count = Number(arg('count', '10000'));
const seed = Number(arg('seed', '42'));
const keep = arg('keep', '');
const runs = Math.max(1, Number(arg('runs', '3')));
const cores = availableParallelism();
const phaseScript = fileURLToPath(new URL('./phase.js', import.meta.url));

const corpus = keep || mkdtempSync(join(tmpdir(), 'backchannel-corpus-'));
const t0 = performance.now();
if (!existsSync(corpus) || readdirSync(corpus).length === 0) generateCorpus({ dir: corpus, count, seed, force: true });
const gen = (performance.now() - t0) / 1000;
console.log(`corpus: ${formatNumber(count)} generated articles (seed ${seed}) in ${corpus} (${gen.toFixed(1)} s); ${cores} cores`);
console.log(`each phase in a fresh process: node ${PIPELINE_NODE_FLAGS.join(' ')} (as the npm scripts; NODE_OPTIONS gives it to the backchannel command)`);

function phase(name: string, workers: number, pin?: number): PhaseResult {
  const args = [...PIPELINE_NODE_FLAGS, phaseScript, name, corpus, String(workers)];
  const r = pin === undefined
    ? spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync('taskset', ['-c', String(pin), process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench phase ${name} failed: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult;
}

/** The first CPU this process may run on (Linux), to pin a phase to; null when unknown or taskset is missing. */
function firstCpu(): number | null {
  if (process.platform !== 'linux' || spawnSync('taskset', ['-V']).status !== 0) return null;
  try {
    const m = /^Cpus_allowed_list:\s*(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
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

/** The phase's time per stage and its CPU time, under its line (single-thread ingest phases only). */
function split(r: PhaseResult): void {
  if (r.times) console.log(`${''.padEnd(36)}ms per article: ${perArticle(r.times, r.articles)}`);
  if (r.cpu) console.log(`${''.padEnd(36)}${cpuLine(r.cpu, r.seconds)}`);
}

/**
 * "cpu 6.1 s in 5.3 s: main thread 5.1 s, other threads 1.1 s". A "1 thread" phase runs the pipeline on one
 * thread, but V8 compiles hot code and collects garbage on threads of its own, here on another core.
 */
function cpuLine(cpu: CpuSnapshot, seconds: number): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const head = `cpu ${s(cpu.process)} in ${seconds.toFixed(1)} s`;
  return cpu.thread === null ? head : `${head}: main thread ${s(cpu.thread)}, other threads ${s(Math.max(0, cpu.process - cpu.thread))}`;
}

try {
  const one = (label: string, name: string, workers: number, pin?: number): PhaseResult => {
    const r = phase(name, workers, pin);
    console.log(line(label, r));
    return r;
  };
  const base = one('baseline: tokenizer+tagger only', 'baseline', 0);
  // the phases with targets: `runs` rounds, each phase once per round; each prints its median run
  const repeated: [string, string][] = [['read + store, 1 thread', 'store'], ['up to actors, 1 thread', 'actors'], ['full pipeline, 1 thread', 'full']];
  const samples = new Map<string, PhaseResult[]>(repeated.map(([, name]) => [name, []]));
  for (let round = 1; round <= runs; round++) {
    for (const [label, name] of repeated) {
      const r = phase(name, 0);
      samples.get(name)!.push(r);
      if (runs > 1) process.stderr.write(`  run ${round}/${runs}  ${label}: ${formatNumber(Math.round(r.articles / r.seconds))} articles/s\n`);
    }
  }
  const median = (label: string, name: string): PhaseResult => {
    const rs = samples.get(name)!;
    const m = [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor((rs.length - 1) / 2)]!;
    const all = rs.map((r) => formatNumber(Math.round(r.articles / r.seconds))).join(' / ');
    console.log(runs > 1 ? `${line(label, m)}  median of ${runs}: ${all}` : line(label, m));
    split(m);
    return m;
  };
  median(repeated[0]![0], 'store');
  // "1 thread" leaves V8's own threads (compiler, GC) another core; pinned, everything shares one
  const cpu = firstCpu();
  if (cpu === null) console.log('read + store, pinned to 1 core: skipped (needs Linux and taskset)');
  else split(one('read + store, pinned to 1 core', 'store', 0, cpu));
  median(repeated[1]![0], 'actors');
  const events = one('up to events (no quotes), 1 thread', 'events', 0);
  split(events);
  const full1 = median(repeated[2]![0], 'full');
  const fullN = one(`full pipeline, ${cores} worker threads`, 'full', cores);
  const ratio = full1.seconds / base.seconds;
  console.log(`pipeline/baseline time ratio: ${ratio.toFixed(2)} (1 thread); worker speed-up: ${(full1.seconds / fullN.seconds).toFixed(2)}x`);
} finally {
  if (!keep) rmSync(corpus, { recursive: true, force: true });
}
