/**
 * Re-extract everything from the raw sources kept in the store, with the current readers and
 * extractors. Runs as one transaction: the store shows either the old results or the new ones.
 */
import type { Store } from '../store/index.js';
import { processSource } from './process.js';
import { persistSource } from './persist.js';
import type { IngestProgress } from './ingest.js';
import type { Problem } from '../read/types.js';

export interface ReprocessSummary {
  sources: number;
  articles: number;
  stored: number;
  duplicates: number;
  skipped: Problem[];
  seconds: number;
}

export function reprocess(store: Store, onProgress?: (p: IngestProgress) => void): ReprocessSummary {
  const t0 = performance.now();
  const ids = store.sources.ids();
  const progress: IngestProgress = { filesDone: 0, filesTotal: ids.length, articles: 0, stored: 0, duplicates: 0, skipped: 0, tokens: 0, bytes: 0 };
  const skipped: Problem[] = [];
  store.transaction(() => {
    store.clearDerived();
    for (const id of ids) {
      const src = store.sources.get(id)!;
      const p = processSource({ origin: src.origin, bytes: src.bytes });
      skipped.push(...p.problems);
      // Keep the source row even if it now yields nothing, so a later version can try again.
      const r = persistSource(store, { ...p, sourceId: id }, src.bytes);
      progress.filesDone++;
      progress.articles += p.articles.length;
      progress.stored += r.stored;
      progress.duplicates += r.duplicates;
      progress.skipped = skipped.length;
      onProgress?.(progress);
    }
  });
  return {
    sources: ids.length,
    articles: progress.articles,
    stored: progress.stored,
    duplicates: progress.duplicates,
    skipped,
    seconds: (performance.now() - t0) / 1000,
  };
}
