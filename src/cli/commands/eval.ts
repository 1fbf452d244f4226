import { Command } from 'commander';
import { runEval } from '../../eval/run.js';
import { ingestAndExport } from '../../eval/produce.js';
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
      const { text } = await runEval(goldDir, { corpus: o.corpus, verbose: o.verbose, json }, ingestAndExport);
      process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    });
}
