/**
 * Helpers shared by the structured readers (markdown, html, json, feed): field look-up by
 * aliases, language codes, urls, and recognising paragraphs that are page furniture
 * (share buttons, "Read more" links, photo credits) rather than article text.
 */
import { cleanInline } from './body.js';

/** The last object `pick` read, with its keys lower-cased (the first of two keys differing in case wins). */
let lastPicked: { o: object; lower: Map<string, unknown> } | null = null;

function lowerKeys(o: Record<string, unknown>): Map<string, unknown> {
  // readers pick many fields in a row from one parsed object, and never change an object they pick from
  if (lastPicked?.o === o) return lastPicked.lower;
  const lower = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) {
    const lk = k.toLowerCase();
    if (!lower.has(lk)) lower.set(lk, v);
  }
  lastPicked = { o, lower };
  return lower;
}

/** First present, non-empty value among `keys` of `o` (keys compared case-insensitively). */
export function pick(o: Record<string, unknown>, keys: readonly string[]): unknown {
  const lower = lowerKeys(o);
  for (const k of keys) {
    const v = lower.get(k.toLowerCase());
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && !v.trim()) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    return v;
  }
  return undefined;
}

/** A string from a value that may be a string, a number, `{rendered}`, `{name}`, `{#text}`, `{@value}` or an array of those. */
export function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textOf(x);
      if (t && t.trim()) return t;
    }
    return null;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['rendered', '#text', '@value', 'value', 'name', 'text', 'content']) {
      if (k in o) {
        const t = textOf(o[k]);
        if (t) return t;
      }
    }
  }
  return null;
}

let languageNames: Map<string, string> | null = null;

/** English (and native) language names → ISO 639-1 code, built from Intl rather than typed by hand. */
function nameIndex(): Map<string, string> {
  if (!languageNames) {
    languageNames = new Map();
    const en = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const a = 'abcdefghijklmnopqrstuvwxyz';
    for (const x of a) {
      for (const y of a) {
        const code = x + y;
        const name = en.of(code);
        if (name && name !== code) {
          languageNames.set(name.toLowerCase(), code);
          try {
            const native = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
            if (native && !languageNames.has(native.toLowerCase())) languageNames.set(native.toLowerCase(), code);
          } catch {
            /* no native name */
          }
        }
      }
    }
  }
  return languageNames;
}

/**
 * Normalise a language tag or name to a two-letter ISO 639-1 code: "en-GB" → "en", "ru_RU" → "ru",
 * "ukr" → "uk", "English" → "en". Returns null when it cannot be read.
 */
export function normaliseLanguage(v: unknown): string | null {
  const s = textOf(v)?.trim();
  if (!s) return null;
  const primary = s.split(/[-_\s,;]/)[0]!.toLowerCase();
  if (/^[a-z]{2}$/.test(primary)) return primary === 'iw' ? 'he' : primary === 'in' ? 'id' : primary;
  if (/^[a-z]{3}$/.test(primary)) {
    try {
      const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(primary);
      const code = name ? nameIndex().get(name.toLowerCase()) : undefined;
      if (code) return code;
    } catch {
      /* not a language code */
    }
  }
  return nameIndex().get(s.toLowerCase()) ?? null;
}

/** An absolute http(s) url, or null (relative links, `#`, javascript: and junk are refused). */
export function httpUrl(v: unknown, base?: string | null): string | null {
  const s = textOf(v)?.trim();
  if (!s) return null;
  // an absolute url has a scheme and its ':'; without one (a name, a path) parsing can only throw, slowly
  if (!base && !s.includes(':')) return null;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.toString();
  } catch {
    return null;
  }
}

/** Paragraph openers that mark page furniture: related links, share prompts, newsletter sign-ups, ads. */
const FURNITURE: RegExp[] = [
  /^(related( articles?| stories| coverage| content| news| reading)?|read (more|also|next)|see also|more on this( story| topic)?|recommended( for you)?|also read|most read|popular now|you may also like|more from|watch|listen|explore more)\s*(:|\||»|›|>|-|–|—)/i,
  /^(advertisement|advert|sponsored( content)?|share( this( article| story| page)?)?|share on \w+|tweet|email|print|copy link|comments?|loading…?|listen to (this|the) article|\d+\s*min(ute)?s? read|skip to (main )?content|back to top|tags|topics)\s*[:.]?$/i,
  /^(related( stories| articles| content| coverage| news| topics| reading)?|more (stories|news|on this( story| topic)?|from [\p{L} ]{1,30})|most (read|popular|viewed|shared)|latest( news| stories| headlines)?|trending( now)?|recommended( stories| for you| reading)?|you (may|might) (also )?like|top stories|editor'?s picks|in other news|what to read next|read next|don't miss)\s*[:.]?$/iu,
  /^(follow us on|subscribe (to|for)|sign up (for|to)|join our|get our|download our app|support (our|independent) journalism|we rely on|if you (value|enjoy|appreciate) (our|this))/i,
  /^(copyright|©|\(c\)\s)|all rights reserved\.?$/i,
  /^(tags|topics|filed under|categories)\s*:/i,
];

/** True for a paragraph that is page furniture rather than article text. */
export function isFurniture(text: string): boolean {
  return isFurnitureClean(cleanInline(text));
}

/** isFurniture for text already through cleanInline (which leaves its own output unchanged). */
export function isFurnitureClean(t: string): boolean {
  if (!t) return true;
  if (t.length > 300) return false;
  return FURNITURE.some((re) => re.test(t));
}

/** A photo/image credit line ("Photo: Jane Doe / Agency", "Image credit: ...", "Getty Images"). */
export function isCredit(text: string): boolean {
  return isCreditClean(cleanInline(text));
}

/** isCredit for text already through cleanInline. */
export function isCreditClean(clean: string): boolean {
  const t = clean.replace(/^[(\[]|[)\]]$/g, '');
  if (!t || t.length > 160) return false;
  return (
    /^(photo(graph)?s?|image|picture|pictures|credit|photo credit|image credit|illustration|video|footage|source image)\s*(by)?\s*[:/©]/i.test(t) ||
    /^©/.test(t) ||
    /^(getty images|afp via getty images|reuters|ap photo|epa|shutterstock)(\s*\/.*)?$/i.test(t)
  );
}

/** Remove a trailing credit from a caption: "Ministers in Geneva. Photo: Jane Doe / Agency" → "Ministers in Geneva." */
export function stripCredit(caption: string): string {
  return cleanInline(
    caption
      .replace(/\s*[(\[]?\s*(photo(graph)?s?|image|picture|credit|photo credit|image credit|illustration|video)\s*(by)?\s*[:/©][^()\[\]]*[)\]]?\s*$/i, '')
      .replace(/\s*©[^©]*$/, '')
      .replace(/\s*\|\s*[^|]*(getty|reuters|afp|ap photo|epa|shutterstock|via)[^|]*$/i, ''),
  );
}

/** A short "Source: X; Y" / "Sources: X, Y" line naming the article's sources; returns the names, or null. */
export function sourcesLine(text: string): string[] | null {
  return sourcesLineClean(cleanInline(text));
}

/** sourcesLine for text already through cleanInline. */
export function sourcesLineClean(t: string): string[] | null {
  if (t.length > 200) return null;
  const m = /^sources?\s*:\s*(.+)$/i.exec(t);
  if (!m) return null;
  const names = m[1]!
    .split(/\s*[;,]\s*|\s+and\s+/)
    .map((s) => s.replace(/[.\s]+$/, '').trim())
    .filter((s) => s && s.split(/\s+/).length <= 8);
  return names.length ? names : null;
}

/** Decode the handful of HTML/XML character references that appear in text fields. */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
    lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', laquo: '\u00ab',
    raquo: '\u00bb', bull: '\u2022', middot: '\u00b7', copy: '\u00a9', shy: '',
  };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return named[e.toLowerCase()] ?? all;
  });
}
