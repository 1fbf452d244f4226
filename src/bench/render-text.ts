/** Renders generated articles in the two scraped plain-text styles of the seed articles. */
import type { GenArticle, GenBlock } from './types.js';
import { MONTHS, WEEKDAYS, longDate, ymd } from './dates.js';
import type { Rng } from './prng.js';
import { LINK_CLOSE, LINK_OPEN } from './template.js';

const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'by', 'in', 'of', 'with', 'as',
  'from', 'over', 'into', 'via', 'de', 'van', 'der', 'da', 'dos', 'la', 'el', 'al',
]);

/** Headline capitalisation: every word capitalised except short function words inside the title. */
export function titleCase(s: string): string {
  const words = s.split(' ');
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(lower)) return lower;
      return w.replace(/(^|[-\u201c\u2018"'\u00ab(])(\p{Ll})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
    })
    .join(' ');
}

const linkRe = new RegExp(`${LINK_OPEN}([^${LINK_CLOSE}]*)${LINK_CLOSE}`, 'g');

/** Text with link marks rendered as `[text](#)` (Style A) or dropped. */
export function textLinks(s: string, style: 'hash' | 'plain'): string {
  return s.replace(linkRe, style === 'hash' ? '[$1](#)' : '$1');
}

/** Split a paragraph mid-sentence, as badly scraped pages sometimes do. */
function scrapeSplit(text: string, rng: Rng): string[] {
  const words = text.split(' ');
  if (words.length < 24) return [text];
  for (let tries = 0; tries < 8; tries++) {
    const i = rng.int(8, words.length - 8);
    const before = words[i - 1]!;
    if (/[.!?:\u201d"»]$/.test(before) || /[\uE000\uE001]/.test(before + words[i]!)) continue;
    return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
  }
  return [text];
}

/**
 * Style A (like seed 000): two blank lines, title, blank, "Month D, YYYY", three blank lines,
 * caption with a `**Credit / Agency**`, paragraphs with `[word](#)` links and a
 * `Related article:` line, then `Original url:` and `<url>` (no final newline).
 */
export function renderStyleA(a: GenArticle, rng: Rng): string {
  const t = ymd(a.published.day);
  const paras: string[] = [];
  const splitAt = rng.chance(0.1) ? rng.int(1, a.blocks.length - 1) : -1;
  a.blocks.forEach((b, i) => {
    const text = textLinks(b.text, 'hash');
    if (i === splitAt) paras.push(...scrapeSplit(text, rng));
    else paras.push(text);
    if (a.related && i === a.related.after) paras.push(`Related article: [${titleCase(a.related.title)}](#)`);
  });
  let s = `\n\n${titleCase(a.title)}\n\n${MONTHS[t.m - 1]} ${t.d}, ${t.y}\n\n\n\n`;
  if (a.caption) s += `${a.caption} **${a.credit ?? 'Archive'}**\n\n`;
  s += paras.join('\n\n');
  s += `\n\nOriginal url:\n\n<${a.url}>`;
  return s;
}

function bylineDate(a: GenArticle): string {
  const t = ymd(a.published.day);
  const hh = String(a.published.hh).padStart(2, '0');
  const mm = String(a.published.mm).padStart(2, '0');
  return `${WEEKDAYS[t.dow]}, ${t.d} ${MONTHS[t.m - 1]} ${t.y}, ${hh}:${mm}`;
}

function labelled(b: GenBlock): string {
  const text = textLinks(b.text, 'plain');
  return b.label === 'Details' || b.label === 'Quote' ? `${b.label}: ${text}` : text;
}

/**
 * Style B (like seed 004): ` date YYYY-MM-DD Section`, title, blank, byline fused with the
 * date (`NAME SURNAMEMonday, 3 March 2025, 09:15`), caption with `Photo:`, then the lead,
 * `Source:`, `Details:` paragraphs, quotes, and `Background:` with `  • ` bullets.
 */
export function renderStyleB(a: GenArticle, rng: Rng): string {
  const iso = `${ymd(a.published.day).y}-${String(ymd(a.published.day).m).padStart(2, '0')}-${String(ymd(a.published.day).d).padStart(2, '0')}`;
  const lines: string[] = [];
  lines.push(` date ${iso} ${a.section}`);
  lines.push(a.title);
  lines.push('');
  const byline = a.authors.map((n) => n.toUpperCase()).join(', ');
  let head = byline + bylineDate(a);
  if (a.caption) head += `\n${a.caption} Photo: ${a.credit ?? 'archive'}`;
  lines.push(head);
  const main = a.blocks.filter((b) => b.kind === 'p');
  const bullets = a.blocks.filter((b) => b.kind === 'li');
  const body: string[] = [];
  main.forEach((b, i) => {
    body.push(labelled(b));
    if (i === 0 && a.sourcesCited.length) body.push(`Source: ${a.sourcesCited.join('; ')}`);
  });
  let s = lines.join('\n') + '\n\n' + body.join('\n\n') + '\n\n';
  if (bullets.length) {
    const items = bullets.map((b) => `  \u2022 ${textLinks(b.text, 'plain')}${rng.chance(0.1) ? '\u00a0' : ''}`);
    s += `Background:\n\n${items.join('\n')}\n\n`;
  }
  return s;
}

/** Long date for running text in other formats ("27 August 2025" / "August 27, 2025"). */
export function displayDate(a: GenArticle): string {
  return longDate(a.published.day, a.outlet.dates, true);
}
