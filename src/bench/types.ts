/** Types shared by the benchmark generator's composer and renderers. */
import type { Modality, OutletDef, QuoteStyle } from './data.js';
import type { Day, Moment } from './dates.js';

export type FormatKind = 'A' | 'B' | 'md' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

export interface GenBlock {
  kind: 'p' | 'li';
  /** Text with link marks (LINK_OPEN/LINK_CLOSE) and the outlet's quotation marks. */
  text: string;
  /** Label a scraped page shows before the block (Style B: Details, Quote, Background). */
  label: 'Details' | 'Quote' | 'Background' | null;
  /** The block is (or starts with) a direct quotation. */
  quote: boolean;
}

export interface GenArticle {
  index: number;
  id: string;
  /** PLOVER type and modality of the main event. */
  type: string;
  modality: Modality;
  /** Sentence-case headline (renderers title-case it for Style A). */
  title: string;
  outlet: OutletDef;
  section: string;
  url: string;
  published: Moment;
  authors: string[];
  caption: string | null;
  /** Photographer and/or agency credit for the caption. */
  credit: string | null;
  sourcesCited: string[];
  blocks: GenBlock[];
  /** A related headline and the block index it follows (Style A "Related article:" line). */
  related: { title: string; after: number } | null;
  /** Other headlines for a page's "Read more" box (HTML pages only). */
  more: string[];
  summary: string;
  tags: string[];
  quoteStyle: QuoteStyle;
  /** Whitespace-separated words in the blocks. */
  words: number;
  /** ISO3 codes of the two states at the centre of the story. */
  states: string[];
  /** People named in the body, in order of first mention (the generator's ground truth). */
  people: GenPerson[];
}

export interface GenPerson {
  name: string;
  family: string;
  /** Other spellings of the name used in the text, if any. */
  variants: string[];
  role: string;
  /** ISO3 of the state the person serves, or null for officials of organizations. */
  country: string | null;
  organization: string | null;
}

export interface ComposeOpts {
  index: number;
  outlet: OutletDef;
  format: FormatKind;
  /** Publication day. */
  day: Day;
}

export const MIN_WORDS = 150;
export const MAX_WORDS = 600;
export const MIN_BLOCKS = 4;
export const MAX_BLOCKS = 12;
