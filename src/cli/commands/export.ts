import { Command, Option } from 'commander';
import { withStore } from '../context.js';
import { exportStore, EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the store (records.md contract)')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .action(async (o: { format: ExportFormat; out?: string }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const n = await exportStore(store, o.format, o.out ?? null);
        if (o.out) console.error(`wrote ${n} records to ${o.out}`);
      });
    });
}
