import { loadLexicon } from '../util/lexicon.js';

export interface OutletEntry {
  name: string;
  aliases?: string[];
  domains?: string[];
  country?: string | null;
  kind?: string;
}

interface OutletIndex {
  byDomain: Map<string, OutletEntry>;
  /** Names and aliases, lower-cased (an alias of up to 4 letters must match case exactly). */
  byName: Map<string, OutletEntry>;
}

let index: OutletIndex | null = null;

function getIndex(): OutletIndex {
  if (index) return index;
  const byDomain = new Map<string, OutletEntry>();
  const byName = new Map<string, OutletEntry>();
  for (const o of loadLexicon<OutletEntry[]>('outlets.yaml')) {
    for (const d of o.domains ?? []) byDomain.set(d.toLowerCase(), o);
    for (const n of [o.name, ...(o.aliases ?? [])]) byName.set(n.length <= 4 ? n : n.toLowerCase(), o);
  }
  index = { byDomain, byName };
  return index;
}

/** The outlet whose domain (or a parent domain) hosts `url`, from the outlets lexicon; null if unknown. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const { byDomain } = getIndex();
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = byDomain.get(parts.slice(i).join('.'));
    if (hit) return hit.name;
  }
  return null;
}

/** The lexicon's outlet for a name or alias written in the text ("Reuters", "AP"); null if unknown. */
export function outletFromName(name: string): string | null {
  const n = name.trim().replace(/^the\s+/i, '');
  const { byName } = getIndex();
  return (byName.get(n) ?? byName.get(n.toLowerCase()) ?? byName.get('the ' + n.toLowerCase()))?.name ?? null;
}
