/**
 * A small pool of worker threads running `processSources` (read -> nlp -> extract) off the main thread,
 * a batch of sources per message: one message per source cost more than some sources' processing.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORKER_YOUNG_GENERATION_MB } from '../util/heap.js';
import type { Problem, Source } from '../read/types.js';
import type { ProcessedSource, ProcessOptions } from './process.js';

/** What a worker answers for each source of a batch, in order. */
export type BatchResult = (ProcessedSource | Problem)[];

interface Job {
  srcs: Source[];
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

function workerScript(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  // Running from sources (tests): use the compiled worker.
  return new URL('../../dist/pipeline/worker.js', import.meta.url);
}

export class ProcessPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();

  /**
   * `db`: the store's database file, which the workers read to skip analysing articles already
   * stored (null for an in-memory store: they analyse everything).
   */
  constructor(size: number, private readonly opts: ProcessOptions = {}, db: string | null = null) {
    const script = workerScript();
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: { db }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      w.on('message', (r: BatchResult) => this.done(w, r, null));
      w.on('error', (e) => this.done(w, null, e));
      this.all.push(w);
      this.idle.push(w);
    }
  }

  get size(): number {
    return this.all.length;
  }

  /** Process a batch of sources in the next free worker: a ProcessedSource, or a Problem when it failed, per source. */
  run(srcs: Source[]): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      if (!this.all.length) return reject(new Error('no worker left'));
      this.queue.push({ srcs, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job);
      w.postMessage({ srcs: job.srcs, opts: this.opts });
    }
  }

  private done(w: Worker, r: BatchResult | null, e: Error | null): void {
    const job = this.busy.get(w);
    this.busy.delete(w);
    if (e) {
      // an uncaught error ends the worker: it takes no more jobs, and when none is left nothing can run
      this.all.splice(this.all.indexOf(w), 1);
      if (this.idle.includes(w)) this.idle.splice(this.idle.indexOf(w), 1);
      if (!this.all.length) for (const j of this.queue.splice(0)) j.reject(e);
    } else {
      this.idle.push(w);
    }
    if (job) {
      if (r) job.resolve(r);
      else job.reject(e ?? new Error('worker failed'));
    }
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
