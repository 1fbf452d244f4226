import { Command } from 'commander';
import { withStore, parsePositiveInt, parseDateOption } from '../context.js';
import { table, truncate, printJson, termWidth } from '../output.js';
import { actorIds } from './events.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('list quotes: date, speaker (role), quote, outlet')
    .option('--speaker <name>', 'only quotes by this actor')
    .option('--search <text>', 'full-text search over the words of direct quotes')
    .option('--from <DATE>', 'published on or after', parseDateOption('--from'))
    .option('--to <DATE>', 'published on or before', parseDateOption('--to'))
    .option('--direct', 'direct quotes only')
    .option('--limit <N>', 'at most N rows', parsePositiveInt('--limit'))
    .action(async (o: { speaker?: string; search?: string; from?: string; to?: string; direct?: boolean; limit?: number }, cmd: Command) => {
      await withStore(cmd, (store, g) => {
        const quotes = store.quotes.list({
          speakerIds: o.speaker ? actorIds(store, o.speaker) : undefined,
          search: o.search, from: o.from, to: o.to, direct: o.direct ? true : undefined, limit: o.limit,
        });
        if (g.json) return printJson(quotes);
        const w = Math.max(40, termWidth() - 10 - 30 - 20 - 8);
        console.log(table(['DATE', 'SPEAKER (ROLE)', 'QUOTE', 'OUTLET'],
          quotes.map((q) => [
            (q.published ?? '').slice(0, 10),
            truncate(`${q.speakerName ?? q.speakerText ?? 'unknown'}${q.speakerRoles ? ` (${q.speakerRoles})` : ''}`, 30),
            truncate(q.direct ? `“${q.text}”` : q.text, w),
            truncate(q.outlet, 20),
          ])));
        console.log(`${quotes.length} quote${quotes.length === 1 ? '' : 's'}`);
      });
    });
}
