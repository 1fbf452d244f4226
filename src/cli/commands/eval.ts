import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval } from '../../eval/run.js';
import { Store } from '../../store/index.js';
import { ingest } from '../../pipeline/ingest.js';
import { records } from '../../export/index.js';
import type { ExportRecord } from '../../export/records.js';
import { globals } from '../context.js';

/** Ingest the given files into a throw-away store and export every record. */
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

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against hand-coded gold files (see docs/evaluation.md)')
    .argument('<gold-dir>', 'folder of *.gold.json files')
    .option('--corpus <dir>', "root the gold files' `file` paths are relative to (default: the gold folder's parent)")
    .option('--verbose', 'list every missed, extra and wrong item')
    .action(async (goldDir: string, o: { corpus?: string; verbose?: boolean }, cmd: Command) => {
      const json = !!globals(cmd).json;
      const { text } = await runEval(goldDir, { corpus: o.corpus, verbose: o.verbose, json }, ingestAndExport);
      process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    });
}
