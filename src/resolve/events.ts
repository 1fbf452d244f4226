/**
 * Stage `resolve` for events: an article's events, with actors mapped to store ids, get an id that
 * is shared by every report of the same event across articles: same type, modality and sides
 * (either order for CONSULT, AGREE, COOPERATE) in the same month.
 */
import type { EventType, Attribution } from '../export/records.js';
import type { LocalEvent } from '../extract/types.js';
import type { ResolvedActor } from './actors.js';
import { hashId } from '../util/ids.js';

const SYMMETRIC = new Set<EventType>(['CONSULT', 'AGREE', 'COOPERATE']);

export interface ResolvedEvent {
  id: string;
  local: LocalEvent;
  source: string[];
  target: string[];
  attributions: Omit<Attribution, 'article'>[];
}

export function eventId(e: { type: EventType; modality: string; date: { start: string } | null }, source: string[], target: string[]): string {
  const s = [...source].sort().join('+');
  const t = [...target].sort().join('+');
  const sides = SYMMETRIC.has(e.type) ? [s, t].sort().join('|') : `${s}>${t}`;
  return hashId('e_', e.type, e.modality, sides, e.date ? e.date.start.slice(0, 7) : '');
}

export function resolveEvents(events: LocalEvent[], actors: Map<string, ResolvedActor>): ResolvedEvent[] {
  const id = (key: string): string | null => actors.get(key)?.id ?? null;
  const ids = (keys: string[]): string[] => [...new Set(keys.map(id).filter((x): x is string => !!x))];
  const out: ResolvedEvent[] = [];
  for (const e of events) {
    const source = ids(e.source);
    const target = ids(e.target);
    // an event with no target in the text ("called for a ceasefire", "resigned") keeps an empty target
    if (!source.length || (e.target.length > 0 && !target.length)) continue;
    out.push({
      id: eventId(e, source, target),
      local: e,
      source,
      target,
      attributions: e.attributions.map((a) => ({ by: a.by ? id(a.by) : null, byText: a.byText, stance: a.stance })),
    });
  }
  return out;
}
