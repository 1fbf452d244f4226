/**
 * `ingest` and `reprocess`. The pipeline (readers, NLP model, extractors: about 0.6 s to load) is
 * imported when one of them runs, not when the command starts, so that the listing commands answer at once.
 */
import { Command } from 'commander';
import type { IngestSummary } from '../../pipeline/ingest.js';
import { withStore, parsePositiveInt } from '../context.js';
import { ingestProgress } from '../progress.js';
import type { Problem } from '../../read/types.js';

export function problemLine(p: Problem): string {
  return `${p.origin}${p.line ? `:${p.line}` : ''}: ${p.reason}`;
}

function summaryText(s: IngestSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.articles / s.seconds) : 0;
  const lines = [
    `${s.interrupted ? 'Interrupted after' : 'Done:'} ${s.files} files, ${s.articles} articles read in ${s.seconds.toFixed(1)} s (${rate} articles/s)`,
    `  stored ${s.stored}, duplicates ${s.duplicates}, skipped ${s.skipped.length}`,
  ];
  const reasons = new Map<string, number>();
  for (const p of s.skipped) reasons.set(p.reason.replace(/:.*$/, ''), (reasons.get(p.reason.replace(/:.*$/, '')) ?? 0) + 1);
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`    ${n} × ${r}`);
  return lines.join('\n');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read article files (files, directories, globs, - for stdin) into the store')
    .argument('<paths...>', 'files, directories, globs, or - for stdin')
    .option('--max-size <MB>', 'skip files larger than this many megabytes', '20')
    .option('--workers <N>', 'worker threads for reading and extraction (0 = this thread)', parsePositiveInt('--workers'), 0)
    .option('-q, --quiet', 'no progress bar or summary')
    .action(async (paths: string[], o: { maxSize: string; workers: number; quiet?: boolean }, cmd: Command) => {
      const mb = Number(o.maxSize);
      if (!(mb > 0)) throw new Error(`--max-size must be a positive number of megabytes, got "${o.maxSize}"`);
      const { ingest } = await import('../../pipeline/ingest.js');
      await withStore(cmd, async (store, g) => {
        const tty = !!process.stderr.isTTY && !o.quiet && !g.json;
        const view = ingestProgress(tty);
        const held: Problem[] = [];
        let stop = false;
        const onSigint = (): void => {
          if (stop) process.exit(130);
          stop = true;
        };
        process.on('SIGINT', onSigint);
        const summary = await ingest(store, paths, {
          maxBytes: mb * 1024 * 1024,
          workers: o.workers,
          onProgress: (p) => view.update(p),
          onProblem: (p) => (tty ? held.push(p) : !g.json && process.stderr.write(problemLine(p) + '\n')),
          shouldStop: () => stop,
        }).finally(() => {
          view.stop();
          process.off('SIGINT', onSigint);
        });
        for (const p of held) process.stderr.write(problemLine(p) + '\n');
        if (g.json) {
          process.stdout.write(JSON.stringify({ ...summary, skipped: summary.skipped }, null, 2) + '\n');
        } else if (!o.quiet) {
          process.stderr.write(summaryText(summary) + '\n');
        }
        if (summary.stored + summary.duplicates === 0) process.exitCode = 1;
      });
    });
}

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description('re-read and re-extract every stored source with this version (one transaction)')
    .option('-q, --quiet', 'no progress bar or summary')
    .action(async (o: { quiet?: boolean }, cmd: Command) => {
      const { reprocess } = await import('../../pipeline/reprocess.js');
      await withStore(cmd, (store, g) => {
        const view = ingestProgress(!!process.stderr.isTTY && !o.quiet && !g.json);
        let s;
        try {
          s = reprocess(store, (p) => view.update(p));
        } finally {
          view.stop();
        }
        for (const p of s.skipped) process.stderr.write(problemLine(p) + '\n');
        if (g.json) process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        else if (!o.quiet) {
          process.stderr.write(`Reprocessed ${s.sources} sources in ${s.seconds.toFixed(1)} s: ${s.articles} articles, stored ${s.stored}, duplicates ${s.duplicates}, skipped ${s.skipped.length}\n`);
        }
      });
    });
}
