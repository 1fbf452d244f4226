// Temporary stand-in; replaced by the readers branch.
import * as chrono from 'chrono-node';
export function normaliseDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (m) return s.trim();
  const r = chrono.strict.parse(s)[0];
  if (!r || !r.start.isCertain('year')) return null;
  const d = r.start;
  const p = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${d.get('year')}-${p(d.get('month'))}-${p(d.get('day'))}`;
}
