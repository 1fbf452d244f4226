/** Stage `read`: raw input -> Article. Knows nothing of later stages. */

/** Raw input as it arrived; kept verbatim in the store so everything can be re-extracted. */
export interface Source {
  /** Where it came from: a path as given on the command line, `-` for stdin, or a URL. */
  origin: string;
  bytes: Buffer;
}

/** A labelled or structural block of the body (paragraph, list item, heading). */
export interface Block {
  start: number;
  end: number;
  kind: 'p' | 'li' | 'h';
  /** Label that introduced the block in the source (`Details`, `Background`, `Quote`, ...), or null. */
  label: string | null;
}

/** One article as read from its source; `body` offsets are UTF-16 code units. */
export interface Article {
  file: string | null;
  url: string | null;
  outlet: string | null;
  title: string;
  /** `YYYY-MM-DD`, or an ISO datetime with its zone when the source gives one; null if unknown. */
  published: string | null;
  authors: string[];
  language: string;
  body: string;
  captions: string[];
  sourcesCited: string[];
  /** Paragraph structure of `body` (not exported; used by extraction). */
  blocks: Block[];
  /** Which reader produced it: seed-text, markdown, html, json, jsonl, rss, atom. */
  format: string;
}

/** A problem found while reading: reported with the file (and line), never thrown past the batch. */
export interface Problem {
  origin: string;
  line?: number;
  reason: string;
}

export interface ReadResult {
  articles: Article[];
  problems: Problem[];
}
