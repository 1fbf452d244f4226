/**
 * Stage `extract`: what one article yields before cross-article resolution.
 * Actors here are local to the article and referred to by `key`; `resolve` maps keys to store ids.
 */
import type { ActorRecord, EventType, Modality, Stance, DateRange } from '../export/records.js';

export interface Span {
  start: number;
  end: number;
}

/** An actor as one article shows it: the `actor` record without the store id, with a local key. */
export interface LocalActor extends Omit<ActorRecord, 'kind' | 'id'> {
  /** Article-local key, stable for the same input (e.g. `person:yuri ushakov`, `state:RUS`). */
  key: string;
}

export interface LocalMention extends Span {
  actor: string;
  text: string;
}

export interface LocalAttribution {
  by: string | null;
  byText: string;
  stance: Stance;
}

export interface LocalEvent {
  type: EventType;
  mode: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
  date: DateRange | null;
  /** Where the date comes from: the text itself, or the publication date when the text gives none. */
  dateBasis: 'text' | 'published' | null;
  location: string | null;
  modality: Modality;
  outcome: string | null;
  topic: string | null;
  /** The trigger word(s) in the body. */
  trigger: Span;
  /** The whole matched trigger phrase ("stay in touch with", "imposed new sanctions on"). */
  phrase?: Span;
  evidence: Span[];
  attributions: LocalAttribution[];
}

export interface LocalQuote extends Span {
  speaker: string | null;
  speakerText: string | null;
  text: string;
  direct: boolean;
  cue: string | null;
  via: string | null;
  /** Who the words were addressed to ("told Pavel Zarubin"), when an actor. */
  listener: string | null;
}

export interface Extraction {
  actors: LocalActor[];
  mentions: LocalMention[];
  events: LocalEvent[];
  quotes: LocalQuote[];
}
