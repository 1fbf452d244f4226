/**
 * Markdown reader: one `.md` article → one Article.
 *
 * Optional YAML front matter gives metadata (title, date, author(s), url, outlet/source,
 * language). The body is converted by a small line-based converter covering the syntax news
 * Markdown actually uses: ATX/setext headings, paragraphs, lists, blockquotes, fenced code
 * (dropped), tables (dropped), reference links, inline emphasis, links, images (dropped, alt text
 * kept as a caption), inline/block HTML, footnotes. Without front matter, a "By ..." line and a
 * bare date line right under the title are read as byline and date.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { assembleBody, cleanInline, type Piece } from './body.js';
import { simpleFrontMatter } from './frontmatter.js';
import { outletFromUrl } from './outlet.js';
import { bestDate, normaliseDate } from './dates.js';
import { normaliseAuthors } from './authors.js';
import { htmlFragmentToPieces, tidyPieces } from './html.js';
import { decodeEntities, httpUrl, isCredit, normaliseLanguage, pick, stripCredit, textOf } from './fields.js';
import type { Article, Problem, ReadResult } from './types.js';

/** Result of converting Markdown text (without front matter). */
export interface MarkdownText {
  pieces: Piece[];
  captions: string[];
  /** Text of the first level-1 heading, which is removed from the pieces. */
  title: string | null;
}

// ---------------------------------------------------------------- inline

const PH = '\u0000';

/**
 * Strip inline Markdown from one paragraph: links → their text, images removed (alt text
 * pushed to `captions`), emphasis/strike/code markers removed, HTML tags removed, entities decoded.
 */
export function stripInline(s: string, captions: string[] = [], refs: Set<string> = new Set()): string {
  const kept: string[] = [];
  const keep = (t: string): string => `${PH}${kept.push(t) - 1}${PH}`;
  let t = s;
  // Each step below only changes text holding its marker character, so text without it skips the step.
  // Code spans: content kept verbatim.
  if (t.includes('`')) t = t.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_a, _f, code: string) => keep(code.trim()));
  if (t.includes('\\')) {
    // Hard line breaks ("\" at the end of a line), then backslash escapes.
    t = t.replace(/\\\n/g, ' ');
    t = t.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, (_a, c: string) => keep(c));
  }
  if (t.includes('<')) {
    // HTML comments and tags.
    t = t.replace(/<!--[\s\S]*?-->/g, '');
    // Autolinks and bare angle-bracket urls/emails are dropped.
    t = t.replace(/<(?:https?:\/\/|mailto:|www\.)[^>\s]*>|<[\w.+-]+@[\w.-]+>/gi, '');
    // Inline tags vanish without a trace (<em>E</em>U stays one word); other tags separate words.
    t = t.replace(/<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr|font|del|ins)(?:\s[^<>]*)?\/?>/gi, '');
    t = t.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ' ');
  }
  if (t.includes('[')) {
    // Images: inline and reference style.
    const img = (_a: string, alt: string): string => {
      const a = cleanInline(stripInline(alt));
      if (a && a.split(/\s+/).length >= 2 && !/\.(jpe?g|png|gif|webp|svg)$/i.test(a)) captions.push(stripCredit(a));
      return ' ';
    };
    t = t.replace(/!\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, img);
    t = t.replace(/!\[((?:[^\[\]]|\[[^\]]*\])*)\]\[[^\]]*\]/g, img);
    // Footnote references.
    t = t.replace(/\[\^[^\]]+\]/g, '');
    // Links: inline, reference, collapsed; shortcut only when the label is a defined reference.
    t = t.replace(/\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, '$1');
    t = t.replace(/\[((?:[^\[\]]|\[[^\]]*\])*)\]\[([^\]]*)\]/g, '$1');
    t = t.replace(/\[([^\[\]]+)\](?!\()/g, (all, label: string) => (refs.has(label.toLowerCase()) ? label : all));
  }
  // Emphasis and strike-through (twice, for nesting like ***x*** or **_x_**).
  if (/[*_~]/.test(t)) {
    for (let i = 0; i < 2; i++) {
      t = t.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
      t = t.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
      t = t.replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, '$1');
      t = t.replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2');
    }
  }
  if (t.includes('&')) t = decodeEntities(t);
  if (t.includes(PH)) t = t.replace(new RegExp(`${PH}(\\d+)${PH}`, 'g'), (_a, n: string) => kept[Number(n)] ?? '');
  return t;
}

/** Is the whole paragraph wrapped in one emphasis (`*...*`, `_..._`, `**...**`)? */
function wholeEmphasis(s: string): boolean {
  const t = s.trim();
  return /^(\*{1,3}|_{1,3})(?=\S)[\s\S]*\S\1$/.test(t) && !/^(\*\*|__)[\s\S]*\1[\s\S]+\1[\s\S]*\1$/.test(t);
}

// ---------------------------------------------------------------- blocks

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const HR = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT1 = /^\s{0,3}=+\s*$/;
const SETEXT2 = /^\s{0,3}-+\s*$/;
const QUOTE = /^\s{0,3}>\s?/;
const LIST = /^(\s*)([-*+•▪‣◦]|\d{1,3}[.)])\s+(.*)$/;
const REFDEF = /^\s{0,3}\[([^\]^][^\]]*)\]:\s*\S+/;
const FOOTDEF = /^\s{0,3}\[\^[^\]]+\]:/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HTML_BLOCK = /^\s{0,3}<(\/?)(div|figure|figcaption|p|section|article|aside|table|ul|ol|blockquote|h[1-6]|iframe|script|style|picture|img|video|details|center|!--)\b/i;

/** A bold-wrapped label that introduces a paragraph ("**Details:** text") or a following list ("**Background:**"). */
const LABEL_LEAD = /^(?:\*\*|__)([\p{L}][\p{L}\s'-]{0,30}?)\s*:\s*(?:\*\*|__)\s*|^(?:\*\*|__)([\p{L}][\p{L}\s'-]{0,30}?)(?:\*\*|__)\s*:\s*/u;

interface RawBlock {
  kind: 'p' | 'li' | 'h' | 'html';
  text: string;
  level?: number;
}

function isBlockStart(line: string): boolean {
  return FENCE.test(line) || ATX.test(line) || HR.test(line) || QUOTE.test(line) || LIST.test(line) || HTML_BLOCK.test(line);
}

/** Split Markdown lines into raw blocks (inline syntax still present). */
function blocksOf(lines: string[], refs: Set<string>): RawBlock[] {
  const out: RawBlock[] = [];
  let para: string[] = [];
  let li: string[] | null = null;
  let liIndent = 0;
  const flushPara = (): void => {
    if (para.length) out.push({ kind: 'p', text: para.join('\n') });
    para = [];
  };
  const flushLi = (): void => {
    if (li && li.length) out.push({ kind: 'li', text: li.join('\n') });
    li = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      flushPara();
      // A list item may continue after a blank line when the next line is indented under it.
      if (li) {
        const next = lines[i + 1];
        if (next === undefined || !next.trim() || (next.length - next.trimStart().length) <= liIndent || LIST.test(next)) flushLi();
        else li.push('\n');
      }
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = FENCE.exec(line))) {
      flushPara();
      flushLi();
      const fence = m[1]!;
      i++;
      while (i < lines.length && !new RegExp(`^\\s{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lines[i]!)) i++;
      continue;
    }
    if (/^\s{0,3}<!--/.test(line)) {
      flushPara();
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      continue;
    }
    if (REFDEF.test(line)) {
      refs.add(REFDEF.exec(line)![1]!.toLowerCase());
      continue;
    }
    if (FOOTDEF.test(line)) {
      flushPara();
      flushLi();
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]!)) i++;
      continue;
    }
    if (para.length && !li && SETEXT1.test(line)) {
      out.push({ kind: 'h', text: para.join(' '), level: 1 });
      para = [];
      continue;
    }
    if (para.length && !li && SETEXT2.test(line)) {
      out.push({ kind: 'h', text: para.join(' '), level: 2 });
      para = [];
      continue;
    }
    if (HR.test(line)) {
      flushPara();
      flushLi();
      continue;
    }
    if ((m = ATX.exec(line))) {
      flushPara();
      flushLi();
      if (m[2]) out.push({ kind: 'h', text: m[2], level: m[1]!.length });
      continue;
    }
    if (QUOTE.test(line)) {
      flushPara();
      flushLi();
      const inner: string[] = [];
      while (i < lines.length && lines[i]!.trim() && (QUOTE.test(lines[i]!) || !isBlockStart(lines[i]!))) {
        inner.push(lines[i]!.replace(QUOTE, ''));
        i++;
      }
      i--;
      out.push(...blocksOf(inner, refs));
      continue;
    }
    if (!para.length && line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1]!) && lines[i + 1]!.includes('-')) {
      flushLi();
      i++;
      while (i + 1 < lines.length && lines[i + 1]!.includes('|') && lines[i + 1]!.trim()) i++;
      continue;
    }
    if ((m = LIST.exec(line)) && !(para.length && /^\d/.test(m[2]!) && m[2] !== '1.' && m[2] !== '1)')) {
      flushPara();
      flushLi();
      li = [m[3]!];
      liIndent = m[1]!.length;
      continue;
    }
    if (HTML_BLOCK.test(line) && !para.length) {
      flushLi();
      const html: string[] = [];
      while (i < lines.length && lines[i]!.trim()) html.push(lines[i++]!);
      out.push({ kind: 'html', text: html.join('\n') });
      continue;
    }
    if (li) li.push(line.trim());
    else para.push(line);
  }
  flushPara();
  flushLi();
  return out;
}

/** Convert Markdown (without front matter) into body pieces, captions and the level-1 title. */
export function markdownToPieces(md: string): MarkdownText {
  const refs = new Set<string>();
  const raw = blocksOf(md.replace(/\r\n?/g, '\n').split('\n'), refs);
  const pieces: Piece[] = [];
  const captions: string[] = [];
  let title: string | null = null;
  let label: string | null = null;
  let afterImage = false;
  for (const b of raw) {
    if (b.kind === 'html') {
      const h = htmlFragmentToPieces(b.text);
      pieces.push(...h.pieces.map((p) => ({ ...p, label })));
      captions.push(...h.captions);
      afterImage = h.pieces.length === 0 && h.captions.length > 0;
      continue;
    }
    if (b.kind === 'h') {
      const text = cleanInline(stripInline(b.text, captions, refs));
      label = null;
      afterImage = false;
      if (!text) continue;
      if (b.level === 1 && title === null) {
        title = text;
        continue;
      }
      pieces.push({ text, kind: 'h', clean: true });
      continue;
    }
    // A standalone label line ("**Background:**", "Background:") labels what follows.
    const standalone = /^(?:\*\*|__)?([\p{L}][\p{L}\s'-]{0,30}?)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/u.exec(b.text.trim());
    if (b.kind === 'p' && standalone && /:\s*(\*\*|__)?\s*$/.test(b.text.trim()) && standalone[1]!.split(/\s+/).length <= 3) {
      label = cleanInline(standalone[1]!);
      afterImage = false;
      continue;
    }
    let src = b.text;
    let pieceLabel = label;
    const lead = LABEL_LEAD.exec(src);
    if (lead && src.length > lead[0].length + 20) {
      pieceLabel = cleanInline(lead[1] ?? lead[2] ?? '');
      src = src.slice(lead[0].length);
    }
    const before = captions.length;
    const text = cleanInline(stripInline(src, captions, refs));
    const hadImage = captions.length > before || /!\[[^\]]*\]/.test(src);
    if (!text) {
      afterImage = hadImage;
      continue;
    }
    // A short emphasised line under an image, or one ending in a bold/emphasised credit, is a caption.
    if (afterImage && b.kind === 'p' && text.length < 300 && (wholeEmphasis(src) || /(\*\*|__)[^*_]*\/[^*_]*\1\s*$/.test(src) || /\bphoto\s*:/i.test(text))) {
      const cap = stripCredit(cleanInline(stripInline(src.replace(/(\*\*|__)[^*_]*\/[^*_]*\1\s*$/, ''))));
      if (cap && !isCredit(cap)) captions.push(cap);
      afterImage = false;
      continue;
    }
    afterImage = false;
    if (b.kind === 'p' && wholeEmphasis(src) && isCredit(text)) continue;
    pieces.push({ text, kind: b.kind, label: pieceLabel, clean: true });
  }
  return { pieces, captions: [...new Set(captions.filter(Boolean))], title };
}

// ---------------------------------------------------------------- front matter & metadata

interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  problem: Problem | null;
}

function frontMatter(text: string, origin: string): FrontMatter {
  const m = /^(?:\ufeff)?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { data: {}, body: text, problem: null };
  const body = text.slice(m[0].length);
  // most front matter is plain `key: value` lines, read here without the YAML library
  const simple = simpleFrontMatter(m[1]!);
  if (simple) return { data: simple, body, problem: null };
  try {
    const v: unknown = parseYaml(m[1]!, { logLevel: 'error' });
    if (v && typeof v === 'object' && !Array.isArray(v)) return { data: v as Record<string, unknown>, body, problem: null };
    return { data: {}, body, problem: null };
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + 1 : 2;
    const reason = `invalid YAML front matter (ignored): ${(e as Error).message.split('\n')[0]}`;
    return { data: {}, body, problem: { origin, line, reason } };
  }
}

/** Byline and date lines at the top of the body (before the first real paragraph). */
function leadMeta(pieces: Piece[]): { authors: string[]; published: string | null } {
  let authors: string[] = [];
  let published: string | null = null;
  for (const p of pieces.slice(0, 4)) {
    const t = p.text;
    if (p.kind === 'p' && t.length >= 120) break;
    if (!authors.length && /^by\s+\S/i.test(t) && t.length < 120) {
      // "By Jane Doe, November 12, 2025" or "By Jane Doe | 12 Nov 2025"
      const [who, ...rest] = t.split(/\s*[|•·]\s*/);
      authors = normaliseAuthors(who);
      if (!published) published = bestDate(rest);
      continue;
    }
    if (!published && t.length < 60) published = normaliseDate(t);
  }
  return { authors, published };
}

/** Read a Markdown article (optional YAML front matter) into one Article. */
export function readMarkdown(text: string, origin: string): ReadResult {
  const problems: Problem[] = [];
  const fm = frontMatter(text, origin);
  if (fm.problem) problems.push(fm.problem);
  const d = fm.data;
  const md = markdownToPieces(fm.body);

  const fmTitle = textOf(pick(d, ['title', 'headline']));
  // No title field and no level-1 heading: a leading heading, else a short first line without final punctuation.
  const first = md.pieces[0];
  const firstLine = !fmTitle && !md.title && first?.kind === 'p' && first.text.length <= 200 && !/[.!?:;,"”»]$/.test(first.text) ? first.text : null;
  const title = cleanInline(fmTitle ?? md.title ?? (first?.kind === 'h' || firstLine ? first!.text : '') ?? '');
  const lead = leadMeta(md.pieces);
  const { pieces, sourcesCited } = tidyPieces(md.pieces, title || null);
  const { body, blocks } = assembleBody(pieces);
  if (!title && !blocks.some((b) => b.kind !== 'h')) {
    problems.push({ origin, reason: 'no title or text' });
    return { articles: [], problems };
  }

  const srcField = pick(d, ['source']);
  const url = httpUrl(pick(d, ['url', 'link', 'canonical', 'canonical_url', 'canonicalurl', 'source_url', 'permalink', 'original_url'])) ?? httpUrl(srcField);
  const outletField = textOf(pick(d, ['outlet', 'publisher', 'site_name', 'sitename', 'site', 'publication', 'source_name'])) ??
    (httpUrl(srcField) ? null : textOf(srcField));
  const fmAuthors = normaliseAuthors(pick(d, ['authors', 'author', 'byline', 'creator', 'by']));
  const fmSources = pick(d, ['sourcesCited', 'sources_cited', 'sources']);
  const article: Article = {
    file: origin,
    url,
    outlet: outletFromUrl(url) ?? (httpUrl(srcField) ? outletFromUrl(httpUrl(srcField)) : null) ?? (outletField ? cleanInline(outletField) : null),
    title,
    published: bestDate([pick(d, ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'publish_date', 'date_published', 'datePublished', 'created'])]) ?? lead.published,
    authors: fmAuthors.length ? fmAuthors : lead.authors,
    language: normaliseLanguage(pick(d, ['language', 'lang', 'locale', 'inLanguage'])) ?? 'en',
    body,
    captions: md.captions,
    sourcesCited: Array.isArray(fmSources) ? fmSources.map((x) => textOf(x)).filter((x): x is string => !!x).map(cleanInline) : sourcesCited,
    blocks,
    format: 'markdown',
  };
  return { articles: [article], problems };
}
