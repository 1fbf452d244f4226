import { Command } from 'commander';
import { withStore, parsePositiveInt, parseDateOption } from '../context.js';
import { table, truncate, printJson, termWidth } from '../output.js';
import { articleRecord } from '../../export/articles.js';

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles: date, outlet, title')
    .option('--limit <N>', 'at most N rows', parsePositiveInt('--limit'))
    .option('--outlet <NAME>', 'only this outlet')
    .option('--from <DATE>', 'published on or after', parseDateOption('--from'))
    .option('--to <DATE>', 'published on or before', parseDateOption('--to'))
    .action(async (o: { limit?: number; outlet?: string; from?: string; to?: string }, cmd: Command) => {
      await withStore(cmd, (store, g) => {
        const rows = store.articles.list(o);
        if (g.json) return printJson(rows);
        const w = Math.max(30, termWidth() - 12 - 2 - 10 - 2 - 20 - 2);
        console.log(table(['ID', 'DATE', 'OUTLET', 'TITLE'],
          rows.map((r) => [r.id.slice(0, 12), (r.published ?? '').slice(0, 10), truncate(r.outlet, 20), truncate(r.title, w)])));
        console.log(`${rows.length} article${rows.length === 1 ? '' : 's'}`);
      });
    });

  program
    .command('show')
    .description('show one article: metadata and body')
    .argument('<id>', 'article id or a unique prefix of it')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      await withStore(cmd, (store, g) => {
        const a = store.articles.get(id);
        if (!a) {
          console.error(`no article with id ${id} (or more than one starts with it)`);
          process.exitCode = 1;
          return;
        }
        if (g.json) return printJson({ ...articleRecord(a), origins: store.articles.origins(a.id) });
        const meta: [string, string][] = [
          ['id', a.id],
          ['title', a.title],
          ['published', a.published ?? '—'],
          ['outlet', a.outlet ?? '—'],
          ['authors', a.authors.join(', ') || '—'],
          ['url', a.url ?? '—'],
          ['files', store.articles.origins(a.id).join(', ')],
        ];
        if (a.sourcesCited.length) meta.push(['sources cited', a.sourcesCited.join('; ')]);
        if (a.captions.length) meta.push(['captions', a.captions.join(' | ')]);
        for (const [k, v] of meta) console.log(`${k.padEnd(14)} ${v}`);
        console.log('\n' + a.body);
      });
    });

  program
    .command('search')
    .description('full-text search over titles and bodies, best first, with snippets')
    .argument('<query>', 'words (all must occur), or an FTS5 query')
    .option('--limit <N>', 'at most N hits', parsePositiveInt('--limit'), 20)
    .action(async (query: string, o: { limit: number }, cmd: Command) => {
      await withStore(cmd, (store, g) => {
        const hits = store.articles.search(query, o.limit);
        if (g.json) return printJson(hits);
        for (const h of hits) {
          console.log(`${h.id.slice(0, 12)}  ${(h.published ?? '').slice(0, 10)}  ${h.outlet ?? ''}  ${h.title}`);
          console.log(`    ${truncate(h.snippet, termWidth() - 4)}`);
        }
        console.log(`${hits.length} hit${hits.length === 1 ? '' : 's'}`);
      });
    });
}
