/** Export: the store's records in the formats outside tools read. */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Store } from '../store/index.js';
import type { ExportRecord } from './records.js';
import { articleRecord } from './articles.js';

export const EXPORT_FORMATS = ['jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every record of the store, in a stable order: articles first, then the kinds that refer to them. */
export function* records(store: Store): IterableIterator<ExportRecord> {
  for (const a of store.articles.iterate()) yield articleRecord(a);
  for (const a of store.actors.all()) yield store.actors.record(a);
  yield* store.actors.iterateMentions();
  yield* store.events.all();
  yield* store.quotes.all();
}

/** Write lines to a file atomically (temp file + rename), or to stdout when `out` is null. */
export async function writeLines(lines: Iterable<string>, out: string | null): Promise<number> {
  let n = 0;
  if (!out) {
    for (const line of lines) {
      if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
      n++;
    }
    return n;
  }
  const tmp = `${out}.tmp-${process.pid}`;
  const ws = createWriteStream(tmp);
  try {
    for (const line of lines) {
      if (!ws.write(line + '\n')) await once(ws, 'drain');
      n++;
    }
    ws.end();
    await once(ws, 'finish');
    renameSync(tmp, out);
  } catch (e) {
    ws.destroy();
    rmSync(tmp, { force: true });
    throw e;
  }
  return n;
}

export function* jsonlLines(store: Store): IterableIterator<string> {
  for (const r of records(store)) yield JSON.stringify(r);
}

export async function exportStore(store: Store, format: ExportFormat, out: string | null): Promise<number> {
  switch (format) {
    case 'jsonl':
      return writeLines(jsonlLines(store), out);
  }
}
