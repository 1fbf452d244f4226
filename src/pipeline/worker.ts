/**
 * Worker thread entry: receives a batch of Sources (with options), answers one result per source.
 * With `workerData.db` (the store's file) it reads the store to skip analysing articles already in
 * it, as the single-thread ingest does: a re-run costs the reading only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Store } from '../store/index.js';
import type { Source } from '../read/types.js';
import { processSources, type ProcessOptions } from './process.js';

/** Articles committed to the store (articles the main thread has yet to commit are analysed, and it keeps the first). */
function storedCheck(db: string | null): ((id: string) => boolean) | undefined {
  if (!db) return undefined;
  try {
    const store = Store.open(db, { readonly: true });
    return (id) => store.articles.has(id);
  } catch {
    return undefined; // cannot read it: analyse every article (the store still keeps each once)
  }
}

const stored = storedCheck((workerData as { db?: string | null } | undefined)?.db ?? null);

parentPort!.on('message', (msg: { srcs: Source[]; opts: ProcessOptions }) => {
  // a Buffer arrives as a plain Uint8Array: the readers want Buffers (views of the same memory)
  const srcs = msg.srcs.map((s) => ({ origin: s.origin, bytes: Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength) }));
  parentPort!.postMessage(processSources(srcs, msg.opts, { stored }));
});
