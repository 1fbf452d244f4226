import { readPlainText } from '../../src/read/plaintext.js';
import { analyze } from '../../src/nlp/analyze.js';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/read/types.js';
import type { Extraction, LocalActor } from '../../src/extract/types.js';

export interface Extracted extends Extraction {
  article: Article;
  /** The actor whose name or any alias equals `name`. */
  actor(name: string): LocalActor | undefined;
  /** Names of the actors behind keys. */
  names(keys: string[]): string[];
  persons(): string[];
}

/** Read a plain-text article (seed styles) and run the whole extraction on it. */
export function extractText(text: string): Extracted {
  const r = readPlainText(text, 'test.txt');
  const article = r.articles[0]!;
  const x = extract(article, analyze(article.body));
  const byKey = new Map(x.actors.map((a) => [a.key, a]));
  return {
    ...x,
    article,
    actor: (name) => x.actors.find((a) => a.name === name || a.aliases.includes(name)),
    names: (keys) => keys.map((k) => byKey.get(k)?.name ?? k),
    persons: () => x.actors.filter((a) => a.type === 'person').map((a) => a.name).sort(),
  };
}

/** A Style A article around the given paragraphs. */
export function styleA(title: string, date: string, ...paragraphs: string[]): string {
  return `\n\n${title}\n\n${date}\n\n\n\n${paragraphs.join('\n\n')}\n`;
}
