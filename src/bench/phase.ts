/**
 * One benchmark phase in a fresh process (so peak RSS is its own): prints one JSON line.
 *   node dist/bench/phase.js <phase> <corpusDir> <workers>
 * phases: store (read + store), actors (read, NLP, actors, store), events (all but quotes), full (whole pipeline),
 *         baseline (the tokenizer/tagger alone over the same article bodies).
 */
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../store/index.js';
import { ingest } from '../pipeline/ingest.js';
import { expandInputs } from '../sources/index.js';
import { readSource } from '../read/index.js';
import { analyze } from '../nlp/analyze.js';
import { cpuSince, cpuSnapshot, peakRss, type CpuSnapshot } from './measure.js';
import type { StageTimes } from '../util/stage-times.js';
import { tuneJit } from '../util/jit.js';

export interface PhaseResult {
  phase: string;
  workers: number;
  articles: number;
  tokens: number;
  bytes: number;
  seconds: number;
  peakRss: number;
  /** Milliseconds per stage (single-thread ingest phases; see IngestSummary.times). */
  times?: StageTimes;
  /**
   * CPU milliseconds of the ingest: the whole process's, and the main thread's (Linux). The rest is
   * other threads: worker threads when there are any, else V8's own (optimising compiler, GC).
   */
  cpu?: CpuSnapshot;
}

async function runIngest(phase: string, corpus: string, workers: number): Promise<PhaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'backchannel-bench-'));
  const store = Store.open(join(dir, 'bench.db'));
  try {
    const extract = ({ store: 'none', actors: 'actors', events: 'events' } as const)[phase as 'store'] ?? 'all';
    const c0 = cpuSnapshot();
    const s = await ingest(store, [corpus], { workers, extract });
    const cpu = cpuSince(c0);
    return { phase, workers, articles: s.articles, tokens: s.tokens, bytes: s.bytes, seconds: s.seconds, peakRss: peakRss(), times: s.times, cpu };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function runBaseline(corpus: string): PhaseResult {
  const bodies: string[] = [];
  let bytes = 0;
  for (const input of expandInputs([corpus]).inputs) {
    const b = readFileSync(input.origin);
    bytes += b.length;
    for (const a of readSource({ origin: input.origin, bytes: b }).articles) bodies.push(a.body);
  }
  analyze('Warm up the model.');
  const t0 = performance.now();
  let tokens = 0;
  for (const body of bodies) tokens += analyze(body).tokens.length;
  const seconds = (performance.now() - t0) / 1000;
  return { phase: 'baseline', workers: 0, articles: bodies.length, tokens, bytes, seconds, peakRss: peakRss() };
}

tuneJit(); // as the backchannel command does
const [phase, corpus, workers] = process.argv.slice(2);
if (!phase || !corpus) {
  console.error('usage: phase.js <store|actors|full|baseline> <corpusDir> [workers]');
  process.exit(2);
}
const result = phase === 'baseline' ? runBaseline(corpus) : await runIngest(phase, corpus, Number(workers ?? 0));
process.stdout.write(JSON.stringify(result) + '\n');
