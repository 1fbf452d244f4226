#!/usr/bin/env node
/** CLI: `node dist/bench/generate-main.js --out DIR --count 10000 --seed 42` */
import { Command, InvalidArgumentError } from 'commander';
import { generateCorpus } from './generate.js';
import { formatBytes, formatDuration, formatRate, timer } from './measure.js';

function int(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('not an integer');
  return n;
}

const program = new Command()
  .name('generate-corpus')
  .description('Write a deterministic corpus of invented diplomacy articles in all input formats.')
  .requiredOption('-o, --out <dir>', 'output folder (must be empty or absent)')
  .option('-n, --count <n>', 'number of articles', int, 10_000)
  .option('-s, --seed <n>', 'random seed (same seed and count give byte-identical files)', int, 42)
  .option('-m, --manifest <file>', 'also write a JSONL manifest of the files (keep it outside --out)')
  .option('-f, --force', 'write into a non-empty folder')
  .action((o: { out: string; count: number; seed: number; manifest?: string; force?: boolean }) => {
    const t = timer();
    const r = generateCorpus({ dir: o.out, count: o.count, seed: o.seed, manifest: o.manifest, force: o.force });
    const ms = t.ms();
    console.log(
      `${r.articles} articles in ${r.files} files, ${formatBytes(r.bytes)}, written to ${o.out} in ${formatDuration(ms)} ` +
        `(${formatRate(r.articles, ms, 'articles')}, ${formatRate(r.bytes / 1e6, ms, 'MB')})`,
    );
  });

try {
  program.parse();
} catch (e) {
  console.error(`generate-corpus: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
