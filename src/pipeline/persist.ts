/** The writing half of the pipeline: one processed source -> the store, in a single transaction. */
import type { Store } from '../store/index.js';
import type { ProcessedSource } from './process.js';
import { resolveActors } from '../resolve/actors.js';
import { resolveEvents } from '../resolve/events.js';

export interface PersistResult {
  stored: number;
  duplicates: number;
}

/**
 * Store a processed source atomically: its raw bytes, then each article not already present.
 * An article already stored (same normalised content) only gains this origin. Inside a bulk batch
 * (Store.begin) the batch is the unit: if this throws, the caller rolls the batch back.
 */
export function persistSource(store: Store, p: ProcessedSource, bytes: Buffer): PersistResult {
  return store.transaction(() => {
    let stored = 0;
    let duplicates = 0;
    if (!p.articles.length) return { stored, duplicates };
    store.sources.insert({ id: p.sourceId, origin: p.origin, format: p.format, encoding: p.encoding, size: p.size }, bytes);
    for (const a of p.articles) {
      // one statement both checks and inserts: an article already stored is left as it is
      if (!store.articles.insert(a.id, p.sourceId, a.item, a.article)) {
        duplicates++;
      } else {
        const actors = resolveActors(a.extraction.actors, store.actors);
        store.actors.save(a.id, actors, a.extraction.mentions);
        store.events.save(a.id, resolveEvents(a.extraction.events, actors));
        store.quotes.save(a.id, a.extraction.quotes, actors);
        stored++;
      }
      store.articles.addOrigin(a.id, p.origin);
    }
    return { stored, duplicates };
  });
}
