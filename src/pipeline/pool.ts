/** A small pool of worker threads running `processSource` (read -> nlp -> extract) off the main thread. */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Source } from '../read/types.js';
import { WORKER_YOUNG_GENERATION_MB } from '../util/heap.js';
import type { ProcessedSource, ProcessOptions } from './process.js';

interface Job {
  src: Source;
  resolve: (p: ProcessedSource) => void;
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

  constructor(size: number, private readonly opts: ProcessOptions = {}) {
    const script = workerScript();
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      w.on('message', (p: ProcessedSource) => this.done(w, p, null));
      w.on('error', (e) => this.done(w, null, e));
      this.all.push(w);
      this.idle.push(w);
    }
  }

  get size(): number {
    return this.all.length;
  }

  run(src: Source): Promise<ProcessedSource> {
    return new Promise((resolve, reject) => {
      this.queue.push({ src, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job);
      w.postMessage({ src: job.src, opts: this.opts });
    }
  }

  private done(w: Worker, p: ProcessedSource | null, e: Error | null): void {
    const job = this.busy.get(w);
    this.busy.delete(w);
    this.idle.push(w);
    if (job) {
      if (p) job.resolve(p);
      else job.reject(e ?? new Error('worker failed'));
    }
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
