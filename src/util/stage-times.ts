/**
 * Where an ingest's time goes: milliseconds per pipeline stage, summed over a run. Measured per
 * batch (a few clock reads per stage and batch), so it costs nothing that shows.
 */
export interface StageTimes {
  /** Loading the files' bytes. */
  load: number;
  /** Decoding, reading the formats, hashing ids. */
  read: number;
  /** Tokens, part of speech, sentences. */
  nlp: number;
  actors: number;
  events: number;
  quotes: number;
  /** Resolving across articles and writing to the store, commits included. */
  store: number;
}

export const STAGES = ['load', 'read', 'nlp', 'actors', 'events', 'quotes', 'store'] as const;

export function stageTimes(): StageTimes {
  return { load: 0, read: 0, nlp: 0, actors: 0, events: 0, quotes: 0, store: 0 };
}

/** Run `f`, adding its wall time to `times[stage]` when `times` is given. */
export function timed<T>(times: StageTimes | undefined, stage: keyof StageTimes, f: () => T): T {
  if (!times) return f();
  const t0 = performance.now();
  try {
    return f();
  } finally {
    times[stage] += performance.now() - t0;
  }
}

/** "read 0.30 · nlp 0.45 · ..." in milliseconds per article, stages that took no time left out. */
export function perArticle(times: StageTimes, articles: number): string {
  if (!articles) return '';
  return STAGES.filter((s) => times[s] > 0).map((s) => `${s} ${(times[s] / articles).toFixed(2)}`).join(' · ');
}
