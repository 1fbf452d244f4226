/**
 * Ingest orchestration: inputs -> sources -> process (in this thread or a worker pool) -> persist.
 * Every source is stored in its own transaction, in input order; problems are collected, never thrown.
 */
import type { Problem, Source } from '../read/types.js';
import type { Store } from '../store/index.js';
import { expandInputs, loadSource, DEFAULT_MAX_BYTES } from '../sources/index.js';
import { processSources, type ProcessedSource, type ProcessOptions } from './process.js';
import { persistSource } from './persist.js';
import { ProcessPool, type BatchResult } from './pool.js';
import { stageTimes, timed, type StageTimes } from '../util/stage-times.js';

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  articles: number;
  stored: number;
  duplicates: number;
  skipped: number;
  tokens: number;
  bytes: number;
}

export interface IngestSummary {
  files: number;
  articles: number;
  stored: number;
  duplicates: number;
  skipped: Problem[];
  seconds: number;
  interrupted: boolean;
  tokens: number;
  bytes: number;
  /**
   * Milliseconds per stage, in this thread. With worker threads only `load` and `store` are measured
   * (the other stages run in the workers, at the same time as them).
   */
  times: StageTimes;
}

export interface IngestOptions extends ProcessOptions {
  maxBytes?: number;
  /** Worker threads for read/nlp/extract; 0 or 1 = in this thread. */
  workers?: number;
  onProgress?: (p: IngestProgress) => void;
  onProblem?: (p: Problem) => void;
  /** Checked between sources; when it returns true the run stops cleanly. */
  shouldStop?: () => boolean;
}

/** Single-thread batches: at most this many sources, and they stop growing past this many bytes. */
const BATCH_SOURCES = 32;
const BATCH_BYTES = 256 * 1024;

export async function ingest(store: Store, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { inputs, problems } = expandInputs(args);
  const progress: IngestProgress = { filesDone: 0, filesTotal: inputs.length, articles: 0, stored: 0, duplicates: 0, skipped: 0, tokens: 0, bytes: 0 };
  const popts: ProcessOptions = { extract: opts.extract ?? 'all' };
  const skipped: Problem[] = [];
  const times = stageTimes();
  const report = (p: Problem): void => {
    skipped.push(p);
    progress.skipped = skipped.length;
    opts.onProblem?.(p);
  };
  problems.forEach(report);

  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const pool = (opts.workers ?? 0) > 1 ? new ProcessPool(opts.workers!, popts, store.db.memory ? null : store.db.name) : null;
  let interrupted = false;

  // Sources are written in batches of whole sources: one commit per ~2 s or 1,000 sources instead of one per file.
  // A batch commits only after its last source is wholly written, so a crash, or an error while
  // writing (which rolls the batch back), loses whole sources only (at most the last ~2 s of work,
  // which a re-run redoes). Long batches matter: the actor -> article index takes
  // inserts all over it, and every commit writes each index page it touched, so short batches
  // rewrote most of the index again and again (10,000 articles up to actors: 36 s with 250 ms
  // batches, 25-31 s with 2 s ones).
  let batchStart = 0;
  let batched = 0;
  const commit = (): void => {
    store.commit();
    batched = 0;
  };
  const persist = (p: ProcessedSource, bytes: Buffer): { stored: number; duplicates: number } => {
    if (!store.db.inTransaction) {
      store.begin({ bulk: true });
      batchStart = performance.now();
    }
    return timed(times, 'store', () => {
      const r = persistSource(store, p, bytes);
      if (++batched >= 1000 || performance.now() - batchStart > 2000) commit();
      return r;
    });
  };

  const settle = (r: { p: ProcessedSource; bytes: Buffer } | Problem): void => {
    if ('reason' in r) {
      report(r);
    } else {
      r.p.problems.forEach(report);
      progress.articles += r.p.articles.length;
      progress.tokens += r.p.tokens;
      progress.bytes += r.p.size;
      const { stored, duplicates } = persist(r.p, r.bytes);
      progress.stored += stored;
      progress.duplicates += duplicates;
    }
    progress.filesDone++;
    opts.onProgress?.(progress);
  };

  // Sources go through in small batches of whole sources (in this thread, each stage over the whole
  // batch: see processSources; with workers, one message per batch each way).
  let next = 0;
  /** Load the next batch: at most BATCH_SOURCES sources, growing no further once it has BATCH_BYTES. */
  const loadBatch = async (): Promise<(Source | Problem)[]> => {
    const loaded: (Source | Problem)[] = [];
    let size = 0;
    while (next < inputs.length && loaded.length < BATCH_SOURCES && size < BATCH_BYTES) {
      if (opts.shouldStop?.()) {
        interrupted = true;
        break;
      }
      const t0 = performance.now();
      const src = await loadSource(inputs[next++]!, maxBytes);
      times.load += performance.now() - t0;
      if (!('reason' in src)) size += src.bytes.length;
      loaded.push(src);
    }
    return loaded;
  };
  const more = (): boolean => next < inputs.length && !interrupted;
  /** Settle a batch's sources in input order: `done` has a result for each loaded Source, in order. */
  const settleBatch = (loaded: (Source | Problem)[], done: BatchResult): void => {
    let j = 0;
    for (const s of loaded) {
      if ('reason' in s) settle(s);
      else {
        const p = done[j++]!;
        settle('reason' in p ? p : { p, bytes: s.bytes });
      }
    }
  };
  const sourcesOf = (loaded: (Source | Problem)[]): Source[] => loaded.filter((s): s is Source => !('reason' in s));

  const inBatches = async (): Promise<void> => {
    while (more()) {
      const loaded = await loadBatch();
      settleBatch(loaded, processSources(sourcesOf(loaded), popts, { stored: (id) => store.articles.has(id), times }));
    }
  };

  // With workers, a few batches per worker are in flight ahead of the one being stored.
  const inPool = async (pool: ProcessPool): Promise<void> => {
    const pending: { loaded: (Source | Problem)[]; result: Promise<BatchResult> }[] = [];
    const finish = async (): Promise<void> => {
      const { loaded, result } = pending.shift()!;
      let done: BatchResult;
      try {
        done = await result;
      } catch (e) {
        // the worker itself failed (not a source: processSources turns those into Problems)
        done = sourcesOf(loaded).map((s) => ({ origin: s.origin, reason: `internal error: ${(e as Error).message}` }));
      }
      settleBatch(loaded, done);
    };
    while (more()) {
      const loaded = await loadBatch();
      const srcs = sourcesOf(loaded);
      pending.push({ loaded, result: srcs.length ? pool.run(srcs) : Promise.resolve([]) });
      if (pending.length >= pool.size * 2) await finish();
    }
    while (pending.length) await finish();
  };

  try {
    if (pool) await inPool(pool);
    else await inBatches();
  } catch (e) {
    // a source may be half written (the batch has no savepoint per source): drop the batch
    store.rollback();
    throw e;
  } finally {
    timed(times, 'store', commit);
    await pool?.close();
  }
  return {
    files: progress.filesDone,
    articles: progress.articles,
    stored: progress.stored,
    duplicates: progress.duplicates,
    skipped,
    seconds: (performance.now() - t0) / 1000,
    interrupted,
    tokens: progress.tokens,
    bytes: progress.bytes,
    times,
  };
}
