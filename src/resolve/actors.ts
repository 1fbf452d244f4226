/**
 * Stage `resolve` for actors: map an article's local actors onto the store's actors, so that one
 * real person or state is one actor across all articles. Keys already fold transliterations
 * (Yuri = Yury, Zelensky = Zelenskyy), so the same full name always meets the same actor.
 * A person known only by a surname joins the one stored person with that surname whose country
 * agrees; two different people who share a surname never merge on the surname alone.
 */
import type { ActorType, Sector } from '../export/records.js';
import type { LocalActor } from '../extract/types.js';
import { hashId } from '../util/ids.js';
import { foldName } from '../util/fold.js';

export interface KnownActor {
  id: string;
  key: string;
  name: string;
  type: ActorType;
  country: string | null;
  sector: Sector | null;
}

/** What resolution needs to know about actors already stored (the store implements it). */
export interface ActorDirectory {
  byKey(key: string): KnownActor | null;
  /** Stored persons whose folded name ends with this folded surname. */
  personsBySurname(surname: string): KnownActor[];
}

export interface ResolvedActor extends KnownActor {
  /** The article's own view of the actor (aliases and roles found in it). */
  local: LocalActor;
  /** The actor is already stored. */
  stored: boolean;
  /** Stored without a country or sector that this article gives. */
  fills: boolean;
}

export function actorId(key: string): string {
  return hashId('p_', key);
}

function compatible(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

export function resolveActors(local: LocalActor[], dir: ActorDirectory): Map<string, ResolvedActor> {
  const out = new Map<string, ResolvedActor>();
  for (const a of local) {
    let key = a.key;
    let known = dir.byKey(key);
    if (!known && a.type === 'person' && !a.name.trim().includes(' ')) {
      const hits = dir.personsBySurname(foldName(a.name)).filter((p) => compatible(p.country, a.country) && p.key !== key);
      if (hits.length === 1) {
        known = hits[0]!;
        key = known.key;
      }
    }
    const id = known?.id ?? actorId(key);
    out.set(a.key, {
      id,
      key,
      name: known?.name ?? a.name,
      type: known?.type ?? a.type,
      country: known?.country ?? a.country,
      sector: known?.sector ?? a.sector,
      local: a,
      stored: !!known,
      fills: !!known && ((!known.country && !!a.country) || (!known.sector && !!a.sector)),
    });
  }
  return out;
}
