/**
 * Text and JSON renderings of evaluation scores: a compact fixed-width table,
 * and with `verbose` every missed, extra and wrong item per article.
 */
import type { Accuracy, ArticleScores, Counts, Issue, Prf, Scores } from './score.js';
import { META_FIELDS } from './score.js';

export interface FormatOptions {
  /** Also list, per article, the missed, extra and wrong items. */
  verbose?: boolean;
}

const LABEL = 20;

function num(v: number | null): string {
  return v === null ? '-' : v.toFixed(3);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t : ' '.repeat(n - t.length) + t;
}

function prfRow(label: string, p: Prf): string {
  return (
    pad(label, LABEL) +
    lpad(p.tp, 5) +
    lpad(p.fp, 5) +
    lpad(p.fn, 5) +
    lpad(num(p.precision), 7) +
    lpad(num(p.recall), 7) +
    lpad(num(p.f1), 7)
  );
}

function accRow(label: string, a: Accuracy, note = ''): string {
  return pad(label, LABEL) + lpad(`${a.correct}/${a.total}`, 15) + lpad(num(a.value), 7) + (note ? `  ${note}` : '');
}

function countsText(c: Counts): string {
  return `tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
}

function issueLines(issue: Issue): string[] {
  const lines = [`  ${pad(issue.section, 9)} ${pad(issue.kind, 7)} ${issue.item}`];
  if (issue.detail) lines.push(`${' '.repeat(20)}${issue.detail}`);
  if (issue.evidence) lines.push(`${' '.repeat(20)}text: "${issue.evidence}"`);
  return lines;
}

const SECTION_ORDER = ['article', 'metadata', 'persons', 'events', 'quotes'];
const KIND_ORDER = ['missed', 'wrong', 'extra'];

function articleBlock(a: ArticleScores): string[] {
  const lines = [
    `${a.file}  (article ${a.article ?? 'not found'}; gold ${a.goldPath})`,
    `  persons ${countsText(a.persons)} | events ${countsText(a.events)} | quotes ${countsText(a.quotes)} (strict ${countsText(a.quotesStrict)})`,
  ];
  const issues = [...a.issues].sort(
    (x, y) =>
      SECTION_ORDER.indexOf(x.section) - SECTION_ORDER.indexOf(y.section) ||
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind),
  );
  for (const issue of issues) lines.push(...issueLines(issue));
  if (issues.length === 0) lines.push('  (no differences)');
  return lines;
}

/** The scores as a fixed-width text table; with `verbose`, per-article issue lists after it. */
export function formatScores(scores: Scores, opts: FormatOptions = {}): string {
  const s = scores;
  const out: string[] = [];
  const unscored = s.articles.unscored.length ? `; ${s.articles.unscored.length} export articles without gold not scored` : '';
  out.push(`Backchannel evaluation: ${s.articles.gold} gold articles, ${s.articles.found} found in the export${unscored}`);
  for (const m of s.articles.missing) out.push(`  not in the export: ${m}`);
  out.push('');
  out.push(pad('Metadata', LABEL) + lpad('right/total', 15) + lpad('share', 7));
  for (const f of META_FIELDS) out.push(accRow(`  ${f}`, s.metadata.fields[f]));
  out.push(accRow('  all fields', s.metadata.overall));
  out.push('');
  out.push(pad('', LABEL) + lpad('tp', 5) + lpad('fp', 5) + lpad('fn', 5) + lpad('P', 7) + lpad('R', 7) + lpad('F1', 7));
  out.push(prfRow('Persons', s.persons));
  out.push(accRow('  country right', s.persons.country));
  out.push(prfRow('Events', s.events.overall));
  for (const [type, p] of Object.entries(s.events.byType)) out.push(prfRow(`  ${type}`, p));
  out.push(accRow('  modality right', s.events.modality, `(matched pairs; ${s.events.optionalMatched} optional)`));
  out.push(prfRow('Quotes', s.quotes.lenient));
  out.push(accRow('  speaker right', s.quotes.speaker, `(text-matched pairs; ${s.quotes.optionalMatched} optional)`));
  out.push(prfRow('Quotes + speaker', s.quotes.strict));
  if (opts.verbose) {
    for (const a of s.perArticle) {
      out.push('');
      out.push(...articleBlock(a));
    }
  }
  return out.join('\n') + '\n';
}

/** The scores as indented JSON (the whole `Scores` object, per-article issues included). */
export function scoresToJson(scores: Scores): string {
  return JSON.stringify(scores, null, 2) + '\n';
}
