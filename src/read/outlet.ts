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

/**
 * The host of a plain http(s) url ("https://www.example.com/path"), lower-cased, as `new URL`
 * would give it; null when the url needs the full parser (user info, a port, a numeric last
 * label that could be an IPv4 address, punycode, escapes, non-ASCII or white space).
 */
const PLAIN_HOST = /^https?:\/\/([A-Za-z0-9.-]+)(?=[/?#]|$)/i;
export function plainHost(url: string): string | null {
  const m = PLAIN_HOST.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  const last = host.slice(host.lastIndexOf('.', host.length - 2) + 1).replace(/\.$/, '');
  if (!/[a-z]/.test(last) || /^0x[0-9a-f]*$/.test(last) || host.includes('xn--') || /\s/.test(url)) return null;
  return host;
}

/** The outlet whose domain (or a parent domain) hosts `url`, from the outlets lexicon; null if unknown. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host = plainHost(url);
  if (host === null) {
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return null;
    }
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
