import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/store/schema.js';
import { tempDir } from './cli.js';

/**
 * A database file as an older version left it: the first `version` migrations, one source 's' and
 * one article (`id`, `title`, `body`), then `sql` for what that version kept besides. Returns its path.
 */
export function oldDatabase(version: number, article: { id: string; title: string; body: string }, sql = ''): string {
  const path = join(tempDir(), 'old.db');
  const old = new Database(path);
  for (let v = 0; v < version; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${version}`);
  old.prepare("INSERT INTO sources (id, origin, size, bytes, added_at) VALUES ('s', 'x', 1, x'00', 'now')").run();
  old.prepare(`INSERT INTO articles (id, source_id, item, title, authors, language, body, captions, sources_cited, blocks, format, added_at)
    VALUES (?, 's', 0, ?, '[]', 'en', ?, '[]', '[]', '[]', 'text', 'now')`).run(article.id, article.title, article.body);
  if (sql) old.exec(sql);
  old.close();
  return path;
}
