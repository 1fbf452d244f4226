import type { StoredArticle } from '../store/index.js';
import type { ArticleRecord } from './records.js';

/** The `article` record of records.md for a stored article. */
export function articleRecord(a: StoredArticle): ArticleRecord {
  return {
    kind: 'article',
    id: a.id,
    file: a.file,
    url: a.url,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    authors: a.authors,
    language: a.language,
    body: a.body,
    captions: a.captions,
    sourcesCited: a.sourcesCited,
  };
}
