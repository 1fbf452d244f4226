/** What the evaluation scores: the given files ingested into a throw-away store, then exported. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../store/index.js';
import { ingest } from '../pipeline/ingest.js';
import { records } from '../export/index.js';
import type { ExportRecord } from '../export/records.js';

export async function ingestAndExport(files: string[]): Promise<ExportRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'backchannel-eval-'));
  const store = Store.open(join(dir, 'eval.db'));
  try {
    const summary = await ingest(store, files);
    for (const p of summary.skipped) process.stderr.write(`${p.origin}: ${p.reason}\n`);
    return [...records(store)];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
