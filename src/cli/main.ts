#!/usr/bin/env node
/** The `backchannel` command: a thin shell over the library. */
import { Command, CommanderError } from 'commander';
import { registerIngest, registerReprocess } from './commands/ingest.js';
import { registerArticles } from './commands/articles.js';
import { registerExport } from './commands/export.js';
import { registerEval } from './commands/eval.js';
import { registerActors } from './commands/actors.js';
import { registerEvents } from './commands/events.js';
import { registerQuotes } from './commands/quotes.js';
import { UsageError } from './context.js';
import { tuneJit } from '../util/jit.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('backchannel')
    .description('Turn news articles into a structured, source-linked record of diplomacy and political events.')
    .option('--db <path>', 'SQLite database file', process.env.BACKCHANNEL_DB || './backchannel.db')
    .option('--json', 'machine-readable JSON output')
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program);
  registerReprocess(program);
  registerArticles(program);
  registerExport(program);
  registerActors(program);
  registerEvents(program);
  registerQuotes(program);
  registerEval(program);
  return program;
}

async function main(): Promise<void> {
  tuneJit();
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every other parse failure is a usage error.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof UsageError) {
      console.error(`backchannel: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    console.error(`backchannel: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}

await main();
