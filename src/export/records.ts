/**
 * The export contract of ../shared/docs/records.md, section 1, as TypeScript types.
 * Outside tools and the evaluation depend on these shapes: change them only by adding fields.
 */

export type ActorType = 'person' | 'organization' | 'state' | 'group' | 'media' | 'place';
export type Sector = 'GOV' | 'MIL' | 'MED' | 'BUS' | 'IGO' | 'OPP' | 'CVL';
export type Modality = 'asserted' | 'intended' | 'hypothetical' | 'negated';
export type Stance = 'reports' | 'confirms' | 'denies' | 'declines' | 'claims';
export type ClaimStatus = 'reported' | 'confirmed' | 'denied' | 'disputed';
export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ArticleRecord {
  kind: 'article';
  id: string;
  file: string | null;
  url: string | null;
  outlet: string | null;
  title: string;
  published: string | null;
  authors: string[];
  language: string;
  body: string;
  captions: string[];
  sourcesCited: string[];
}

export interface ActorRecord {
  kind: 'actor';
  id: string;
  name: string;
  aliases: string[];
  type: ActorType;
  country: string | null;
  roles: string[];
  sector: Sector | null;
}

export interface DateRange {
  start: string;
  end: string;
  precision: DatePrecision;
}

export interface Evidence {
  article: string;
  start: number;
  end: number;
}

export interface Attribution {
  by: string | null;
  byText: string;
  stance: Stance;
  article: string;
}

export interface EventRecord {
  kind: 'event';
  id: string;
  type: EventType;
  mode: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
  date: DateRange | null;
  /** Added field: "text" when the article states the date, "published" when it is the publication date. */
  dateBasis?: 'text' | 'published' | null;
  location: string | null;
  modality: Modality;
  outcome: string | null;
  topic: string | null;
  articles: string[];
  evidence: Evidence[];
  attributions: Attribution[];
  status: ClaimStatus | null;
}

export interface MentionRecord {
  kind: 'mention';
  actor: string;
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface QuoteRecord {
  kind: 'quote';
  id: string;
  article: string;
  speaker: string | null;
  speakerText: string | null;
  text: string;
  direct: boolean;
  cue: string | null;
  start: number;
  end: number;
  via: string | null;
  /** Added field: the actor the words were addressed to ("told Pavel Zarubin"), or null. */
  listener?: string | null;
}

export type ExportRecord = ArticleRecord | ActorRecord | EventRecord | MentionRecord | QuoteRecord;
