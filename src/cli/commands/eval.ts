import { Command } from 'commander';
import { globals } from '../context.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against hand-coded gold files (see docs/evaluation.md)')
    .argument('<gold-dir>', 'folder of *.gold.json files')
    .option('--corpus <dir>', "root the gold files' `file` paths are relative to (default: the gold folder's parent)")
    .option('--verbose', 'list every missed, extra and wrong item')
    .action(async (goldDir: string, o: { corpus?: string; verbose?: boolean }, cmd: Command) => {
      const json = !!globals(cmd).json;
      // loaded here, not at start-up: they bring the whole pipeline (see commands/ingest.ts)
      const [{ runEval }, { ingestAndExport }] = await Promise.all([import('../../eval/run.js'), import('../../eval/produce.js')]);
      const { text } = await runEval(goldDir, { corpus: o.corpus, verbose: o.verbose, json }, ingestAndExport);
      process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    });
}
