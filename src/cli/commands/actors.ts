import { Command } from 'commander';
import { withStore, parsePositiveInt } from '../context.js';
import { table, truncate, printJson, termWidth } from '../output.js';
import { foldName } from '../../util/fold.js';
import { sentenceAround } from '../../util/text.js';

export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('list actors: name, type, country, sector, articles, mentions')
    .option('--type <type>', 'person | state | organization | group | media | place')
    .option('--country <ISO3>', 'only actors of this country')
    .option('--name <text>', 'name or alias contains this')
    .option('--limit <N>', 'at most N rows', parsePositiveInt('--limit'))
    .action(async (o: { type?: string; country?: string; name?: string; limit?: number }, cmd: Command) => {
      await withStore(cmd, (store, g) => {
        const rows = store.actors.list(o);
        if (g.json) return printJson(rows.map((r) => ({ ...store.actors.record(r), articles: r.articles, mentions: r.mentions })));
        console.log(table(['NAME', 'TYPE', 'COUNTRY', 'SECTOR', 'ARTICLES', 'MENTIONS'],
          rows.map((r) => [truncate(r.name, 40), r.type, r.country, r.sector, r.articles, r.mentions])));
        console.log(`${rows.length} actor${rows.length === 1 ? '' : 's'}`);
      });
    });

  program
    .command('actor')
    .description('one actor: aliases, roles with dates, and every mention with its article and sentence')
    .argument('<name>', 'name, alias or id')
    .action(async (name: string, _o: unknown, cmd: Command) => {
      await withStore(cmd, (store, g) => {
        const byId = store.actors.byId(name);
        const found = byId ? [byId] : store.actors.find(name, foldName);
        if (!found.length) {
          console.error(`no actor matches "${name}"`);
          process.exitCode = 1;
          return;
        }
        const out = found.map((a) => {
          const mentions = store.actors.mentionsOf(a.id).map((m) => {
            const art = store.articles.get(m.article);
            return { ...m, title: art?.title ?? null, published: art?.published ?? null, sentence: art ? sentenceAround(art.body, m.start, m.end) : null };
          });
          return { ...store.actors.record(a), rolesWithDates: store.actors.rolesWithDates(a.id), mentions };
        });
        if (g.json) return printJson(out);
        for (const a of out) {
          console.log(`${a.name}  [${a.type}${a.country ? ', ' + a.country : ''}${a.sector ? ', ' + a.sector : ''}]  ${a.id}`);
          if (a.aliases.length) console.log(`  aliases: ${a.aliases.join('; ')}`);
          for (const r of a.rolesWithDates) console.log(`  role: ${r.role}  (${r.published?.slice(0, 10) ?? 'undated'}, ${r.article})`);
          console.log(`  ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}:`);
          for (const m of a.mentions) {
            console.log(`  - ${(m.published ?? '').slice(0, 10)} ${truncate(m.title, 60)} [${m.article.slice(0, 12)} ${m.start}-${m.end}]`);
            if (m.sentence) console.log(`      ${truncate(m.sentence, termWidth() - 6)}`);
          }
        }
      });
    });
}
