/**
 * Reader for scraped plain-text articles (the styles of ../shared/seeds and plain .txt in general):
 *
 *   [" date YYYY-MM-DD Section"]      optional header line
 *   Title
 *   ["November 12, 2025"]             optional date line
 *   ["NAME SURNAMEWednesday, 27 August 2025, 14:02" | "By Name"]   optional byline
 *   [caption lines with a **Credit / Agency** or a "Photo:" marker]
 *   paragraphs, "Label: ..." paragraphs, "  • " bullets, [text](#) links,
 *   boilerplate (Related article:, Support us, subscribe prompts),
 *   ["Original url:" <url>]           optional trailer
 *
 * Conventions that vary by scrape (labels, boilerplate, caption markers) live in lexicon/boilerplate.yaml.
 */
import type { Article, ReadResult } from './types.js';
import { assembleBody, cleanInline, type Piece } from './body.js';
import { outletFromUrl, outletFromName } from './outlet.js';
import { normaliseDate } from './dates.js';
import { normaliseAuthors } from './authors.js';
import { loadLexicon } from '../util/lexicon.js';

interface BoilerplateLexicon {
  labels: { text: string; sources?: boolean }[];
  drop: string[];
  caption_markers: string[];
}

interface Conventions {
  labels: Map<string, { text: string; sources: boolean }>;
  labelRe: RegExp;
  /** The drop patterns as one alternation (none uses back-references): matches when one of them does. */
  drop: RegExp;
  captionMarkers: string[];
  /** Finds every line where a caption marker occurs (Unicode case folding covers toLowerCase), maybe a few more. */
  anyCaptionMarker: RegExp;
}

let conventions: Conventions | null = null;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function getConventions(): Conventions {
  if (conventions) return conventions;
  const lex = loadLexicon<BoilerplateLexicon>('boilerplate.yaml');
  const labels = new Map(lex.labels.map((l) => [l.text.toLowerCase(), { text: l.text, sources: !!l.sources }]));
  const alternatives = [...lex.labels].map((l) => escapeRe(l.text)).sort((a, b) => b.length - a.length);
  conventions = {
    labels,
    labelRe: new RegExp(`^(${alternatives.join('|')})\\s*:\\s*(.*)$`, 'i'),
    drop: new RegExp(lex.drop.map((p) => `(?:${p})`).join('|'), 'i'),
    captionMarkers: lex.caption_markers.map((m) => m.toLowerCase()),
    anyCaptionMarker: new RegExp(lex.caption_markers.map(escapeRe).join('|'), 'iu'),
  };
  return conventions;
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "NAME SURNAMEWednesday, 27 August 2025, 14:02" (name fused with the weekday), or with a separator. */
const FUSED_BYLINE = new RegExp(
  `^(.*?)\\s*[—–|-]?\\s*${WEEKDAY},?\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4})(?:,?\\s+(\\d{1,2}:\\d{2}))?\\s*$`,
  'u',
);
const BY_LINE = /^by\s+(.{2,120})$/i;
const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/;
const ORIGINAL_URL = /^\s*(?:original url|source url|url)\s*:\s*<?(\S*?)>?\s*$/i;
const BARE_URL = /^\s*<?(https?:\/\/\S+?)>?\s*$/;
const BULLET = /^\s*(?:[•●▪◦‣∙·*–-]|\d{1,2}[.)])\s+/;
const BOLD_CREDIT = /\*\*([^*]+)\*\*\s*$/;
/** Wire-copy dateline: "ANKARA, March 3 (Reuters) - " at the start of the first paragraph. */
const DATELINE = /^([A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?)\s*\(([^)]{2,40})\)\s*[-–—]+\s*/;

const MARKUP_CHAR = /[[*_]/;
/** The phrase of a wire credit line, "(Reporting by A; Editing by B)". */
const REPORTING_BY = /reporting by /i;

/** Remove Markdown-style link and emphasis syntax left by scrapers: [text](#) -> text, **x** -> x. */
export function stripInlineMarkup(s: string): string {
  // each pattern needs a '[', '*' or '_'
  if (!MARKUP_CHAR.test(s)) return s;
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1');
}

function isCaption(line: string, conv: Conventions): string | null {
  const bold = BOLD_CREDIT.exec(line);
  if (bold) return cleanInline(line.slice(0, bold.index)) || null;
  if (!conv.anyCaptionMarker.test(line)) return null;
  const lower = line.toLowerCase();
  for (const m of conv.captionMarkers) {
    const at = lower.indexOf(m);
    if (at >= 0) {
      // "Text. Photo: Credit" -> caption "Text."; "Photo: Credit" alone -> credit only, no caption text.
      const before = cleanInline(line.slice(0, at));
      return before || '';
    }
  }
  return null;
}

function isDateLine(line: string): string | null {
  if (line.length > 40 || !/\b\d{4}\b/.test(line)) return null;
  return normaliseDate(line);
}

/** True when a paragraph visibly continues in the next one (a scraper broke it mid-sentence). */
function continues(prev: Piece, next: Piece): boolean {
  if (prev.kind !== 'p' || next.kind !== 'p' || prev.label || next.label) return false;
  const t = prev.text.trimEnd();
  return t.length >= 60 && /[\p{Ll},;]$/u.test(t) && /^[\p{L}"“‘]/u.test(next.text);
}

export function readPlainText(text: string, origin: string): ReadResult {
  const conv = getConventions();
  let lines = text.split('\n');

  // Trailer: "Original url:" with the url on the same line or a later one.
  let url: string | null = null;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
    const m = ORIGINAL_URL.exec(lines[i]!);
    if (!m) continue;
    url = m[1] || null;
    let cut = i;
    if (!url) {
      for (let j = i + 1; j < lines.length; j++) {
        const u = BARE_URL.exec(lines[j]!);
        if (u) { url = u[1]!; break; }
      }
    }
    lines = lines.slice(0, cut);
    break;
  }

  let i = 0;
  const nextNonEmpty = (): number => {
    while (i < lines.length && !lines[i]!.trim()) i++;
    return i;
  };

  let published: string | null = null;
  nextNonEmpty();
  const header = i < lines.length ? HEADER.exec(lines[i]!) : null;
  if (header) {
    published = header[1]!;
    i++;
  }
  nextNonEmpty();
  if (i >= lines.length) return { articles: [], problems: [{ origin, reason: 'no text found' }] };
  const title = cleanInline(stripInlineMarkup(lines[i]!.replace(/^#+\s*/, '')));
  i++;

  // Front matter lines: date line, byline, captions (in any order, before the first paragraph).
  let authors: string[] = [];
  const captions: string[] = [];
  for (;;) {
    nextNonEmpty();
    if (i >= lines.length) break;
    const line = lines[i]!.trim();
    const fused = FUSED_BYLINE.exec(line);
    if (fused && fused[1]!.length <= 120) {
      if (fused[1]!.trim()) authors = normaliseAuthors(fused[1]!.trim());
      published ??= normaliseDate(fused[2]!);
      i++;
      continue;
    }
    const date = isDateLine(line);
    if (date) {
      published ??= date;
      i++;
      continue;
    }
    const by = BY_LINE.exec(line);
    if (by && !/[.!?]$/.test(line)) {
      authors = normaliseAuthors(by[1]!);
      i++;
      continue;
    }
    break;
  }

  const pieces: Piece[] = [];
  const sourcesCited: string[] = [];
  let stickyLabel: string | null = null;
  let pendingLabel: string | null = null;
  let outlet = outletFromUrl(url);

  // Every piece's text below is a cleanInline'd line or a trimmed part of one, so it is marked clean.
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    let line = cleanInline(raw);
    const caption = isCaption(line, conv);
    if (caption !== null) {
      if (caption) captions.push(stripInlineMarkup(caption));
      continue;
    }
    const stripped = stripInlineMarkup(line);
    if (stripped !== line) line = cleanInline(stripped);
    if (!line || conv.drop.test(line)) continue;
    if (BARE_URL.test(line)) continue;

    const lab = conv.labelRe.exec(line);
    if (lab) {
      const entry = conv.labels.get(lab[1]!.toLowerCase())!;
      const rest = lab[2]!.trim();
      if (entry.sources) {
        for (const s of rest.split(/\s*[;,]\s*/)) if (s) sourcesCited.push(s.replace(/[.]$/, ''));
        continue;
      }
      if (!rest) {
        stickyLabel = entry.text;
        pendingLabel = entry.text;
        continue;
      }
      pieces.push({ text: rest, kind: 'p', label: entry.text, clean: true });
      pendingLabel = null;
      continue;
    }

    const bullet = BULLET.exec(line);
    if (bullet) {
      pieces.push({ text: line.slice(bullet[0].length), kind: 'li', label: stickyLabel, clean: true });
      pendingLabel = null;
      continue;
    }
    const piece: Piece = { text: line, kind: 'p', label: pendingLabel, clean: true };
    pendingLabel = null;
    const prev = pieces[pieces.length - 1];
    if (prev && continues(prev, piece)) prev.text += ' ' + piece.text;
    else pieces.push(piece);
  }

  // Wire-copy dateline on the first paragraph gives the outlet when the url did not.
  const first = pieces[0];
  if (first) {
    const d = DATELINE.exec(first.text);
    if (d) {
      outlet ??= outletFromName(d[2]!);
      first.text = first.text.slice(d[0].length);
    }
  }

  // wire credit line "(Reporting by A and B; Editing by C)": the reporters are the authors
  // (the phrase has no line break: it is in the text exactly when it is on one of its lines; the
  // credit's optional "(" is left out of the search, which is faster without it and finds the same)
  if (!authors.length && REPORTING_BY.test(text)) {
    const credit = /\(?reporting by ([^;)]+)/i.exec(text.split('\n').reverse().find((l) => REPORTING_BY.test(l)) ?? '');
    if (credit) authors = normaliseAuthors(credit[1]!.replace(/\s+in\s+[\p{Lu}][\p{L} .-]*?(?=\s+and\s|,|$)/gu, ''));
  }
  const { body, blocks } = assembleBody(pieces);
  if (!title && !body) return { articles: [], problems: [{ origin, reason: 'no text found' }] };
  const article: Article = {
    file: origin,
    url,
    outlet,
    title,
    published,
    authors,
    language: 'en',
    body,
    captions,
    sourcesCited,
    blocks,
    format: 'text',
  };
  return { articles: [article], problems: [] };
}
