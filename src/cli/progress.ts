/** Progress display for long operations: a bar on a terminal, nothing otherwise. */
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest.js';

export interface ProgressView {
  update(p: IngestProgress): void;
  stop(): void;
}

export function ingestProgress(enabled: boolean): ProgressView {
  if (!enabled) return { update() {}, stop() {} };
  const t0 = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value}/{total} files | {articles} articles | {rate} articles/s | {skipped} skipped',
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const rate = Math.round(p.articles / Math.max(0.001, (performance.now() - t0) / 1000));
      const payload = { articles: p.articles, rate, skipped: p.skipped };
      if (!started) {
        bar.start(p.filesTotal, p.filesDone, payload);
        started = true;
      } else bar.update(p.filesDone, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
