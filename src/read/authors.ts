// Temporary stand-in; replaced by the readers branch.
export function normaliseAuthors(v: unknown): string[] {
  const s = Array.isArray(v) ? v.join(', ') : String(v ?? '');
  return s.split(/\s*(?:,|;|&|\band\b)\s*/).map((x) => x.trim()).filter(Boolean)
    .map((x) => x.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()));
}
