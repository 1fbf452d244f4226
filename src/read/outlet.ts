import { loadLexicon } from '../util/lexicon.js';

export interface OutletEntry {
  name: string;
  aliases?: string[];
  domains?: string[];
  country?: string | null;
  kind?: string;
}

let byDomain: Map<string, OutletEntry> | null = null;

function domainIndex(): Map<string, OutletEntry> {
  if (!byDomain) {
    byDomain = new Map();
    for (const o of loadLexicon<OutletEntry[]>('outlets.yaml')) {
      for (const d of o.domains ?? []) byDomain.set(d.toLowerCase(), o);
    }
  }
  return byDomain;
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
  const idx = domainIndex();
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = idx.get(parts.slice(i).join('.'));
    if (hit) return hit.name;
  }
  return null;
}
