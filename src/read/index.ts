/**
 * Stage `read`: one raw Source -> Articles. Decodes the bytes, detects the format
 * from the content (and the file extension as a hint) and hands over to its reader.
 */
import { extname } from 'node:path';
import type { ReadResult, Source } from './types.js';
import { decode } from './decode.js';
import { readPlainText } from './plaintext.js';
import { readMarkdown } from './markdown.js';
import { readHtml } from './html.js';
import { readJson, readJsonl } from './json.js';
import { readFeed } from './feed.js';

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

export interface SourceReadResult extends ReadResult {
  format: Format | null;
  encoding: string | null;
}

type Reader = (text: string, origin: string) => ReadResult;

const READERS: Record<Format, Reader> = {
  text: readPlainText,
  markdown: readMarkdown,
  html: readHtml,
  json: readJson,
  jsonl: readJsonl,
  feed: readFeed,
};

/** Guess the format from the decoded text first, the extension second. */
export function detectFormat(text: string, origin: string): Format {
  const ext = extname(origin).toLowerCase();
  const head = text.slice(0, 2048).trimStart();
  // the prefix tests below look at 14 characters at most
  const lower = head.slice(0, 16).toLowerCase();
  if (lower.startsWith('<?xml') || lower.startsWith('<rss') || lower.startsWith('<feed')) {
    if (/<(rss|feed|rdf:rdf)[\s>]/i.test(head)) return 'feed';
    if (/<html[\s>]/i.test(head)) return 'html';
    return 'feed';
  }
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || ((ext === '.html' || ext === '.htm') && lower.startsWith('<'))) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
    if (head.startsWith('{')) {
      const firstLine = head.split('\n', 1)[0]!.trim();
      if (firstLine.endsWith('}') && text.trim().includes('\n') && ext !== '.json') return 'jsonl';
    }
    return 'json';
  }
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.md' || ext === '.markdown' || head.startsWith('---\n') || /^#\s+\S/.test(head)) return 'markdown';
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return 'feed';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

export function readSource(src: Source): SourceReadResult {
  const decoded = decode(src.bytes, src.origin);
  if ('reason' in decoded) return { articles: [], problems: [decoded], format: null, encoding: null };
  const format = detectFormat(decoded.text, src.origin);
  const reader = READERS[format];
  try {
    const r = reader(decoded.text, src.origin);
    return { ...r, format, encoding: decoded.encoding };
  } catch (e) {
    return { articles: [], problems: [{ origin: src.origin, reason: `cannot read as ${format}: ${(e as Error).message}` }], format, encoding: decoded.encoding };
  }
}
