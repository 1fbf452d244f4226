import { Command, InvalidArgumentError } from 'commander';
import { withStore, parsePositiveInt, parseDateOption } from '../context.js';
import { table, truncate, printJson } from '../output.js';
import { foldName } from '../../util/fold.js';
import { EVENT_TYPES } from '../../export/records.js';
import type { Store } from '../../store/index.js';

function parseType(v: string): string {
  const t = v.toUpperCase();
  if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new InvalidArgumentError(`--type must be one of ${EVENT_TYPES.join(', ')}`);
  return t;
}

/** Actor ids a user means by a name: the actor(s) found, and for a state also its people and bodies. */
export function actorIds(store: Store, name: string): string[] {
  return store.actors.find(name, foldName).map((a) => a.id);
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list events: date, type/mode, source -> target, modality, outcome, outlet')
    .option('--type <TYPE>', 'PLOVER type (CONSULT, SANCTION, ...)', parseType)
    .option('--actor <name>', 'events this actor takes part in')
    .option('--between <names...>', 'events between two actors (two names)')
    .option('--from <DATE>', 'on or after', parseDateOption('--from'))
    .option('--to <DATE>', 'on or before', parseDateOption('--to'))
    .option('--limit <N>', 'at most N rows', parsePositiveInt('--limit'))
    .action(async (o: { type?: string; actor?: string; between?: string[]; from?: string; to?: string; limit?: number }, cmd: Command) => {
      if (o.between && o.between.length !== 2) throw new InvalidArgumentError('--between takes two names');
      await withStore(cmd, (store, g) => {
        const events = store.events.list({ ...o, between: o.between as [string, string] | undefined }, (n) => actorIds(store, n));
        if (g.json) return printJson(events);
        const name = (id: string): string => store.actors.byId(id)?.name ?? id;
        const outlets = (ids: string[]): string => [...new Set(ids.map((id) => store.articles.get(id)?.outlet).filter(Boolean))].join(', ');
        console.log(table(['DATE', 'TYPE/MODE', 'SOURCE -> TARGET', 'MODALITY', 'OUTCOME', 'STATUS', 'OUTLET'],
          events.map((e) => [
            e.date ? (e.date.precision === 'day' ? e.date.start : `${e.date.start}~${e.date.precision}`) : '',
            e.mode ? `${e.type}/${e.mode}` : e.type,
            truncate(`${e.source.map(name).join(', ')} -> ${e.target.map(name).join(', ')}`, 60),
            e.modality, e.outcome, e.status, truncate(outlets(e.articles), 24),
          ])));
        console.log(`${events.length} event${events.length === 1 ? '' : 's'}`);
      });
    });
}
