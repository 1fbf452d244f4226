/**
 * Fast path for the simple YAML of Markdown front matter: top-level `key: value` lines whose
 * values are quoted or plain strings, flow lists of such strings, or block lists of them.
 *
 * Returns what `yaml.parse` (YAML 1.2, core schema) returns for such text, or null when the text
 * uses anything else (numbers, booleans, nulls, escapes, nesting, comments, anchors, block scalars,
 * duplicate keys, unusual characters, ...): the caller then parses it with the `yaml` package,
 * which also reports errors. Being strict here keeps the result exactly the library's.
 */

type Value = string | string[];

/** Characters this path accepts: LF and printable BMP characters (no tabs, controls, surrogates, BOM). */
const UNUSUAL = /[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,100}):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(\S.*)$/;
/** Plain scalars the core schema resolves to something other than a string. */
const NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const RESERVED_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '__proto__']);
/** A plain scalar may not start with an indicator character. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** A block-context plain string, or null when it is not one this path is sure about. */
function plain(s: string): string | null {
  const v = s.replace(/ +$/, '');
  if (!v || INDICATOR_START.test(v) || v.includes(': ') || v.includes(' #') || v.endsWith(':')) return null;
  if (NOT_STRING.some((re) => re.test(v))) return null;
  return v;
}

/** A single-line scalar value: "double" (no escapes), 'single' (no doubled quotes) or plain. */
function scalar(s: string): string | null {
  const v = s.replace(/ +$/, '');
  if (v.startsWith('"')) return /^"[^"\\]*"$/.test(v) ? v.slice(1, -1) : null;
  if (v.startsWith("'")) return /^'[^']*'$/.test(v) ? v.slice(1, -1) : null;
  return plain(v);
}

/** `[ "a", "b" ]` with double-quoted items only, or `[]`. */
function flowList(s: string): string[] | null {
  const v = s.replace(/ +$/, '');
  if (!/^\[ *(?:"[^"\\]*" *(?:, *"[^"\\]*" *)*)?\]$/.test(v)) return null;
  return [...v.matchAll(/"([^"\\]*)"/g)].map((m) => m[1]!);
}

export function simpleFrontMatter(src: string): Record<string, Value> | null {
  if (UNUSUAL.test(src)) return null;
  const out: Record<string, Value> = {};
  const lines = src.split('\n');
  // the key whose value is a block list being read, with the list's indentation
  let listKey: string | null = null;
  let listIndent = -1;
  const closeList = (): boolean => {
    // `key:` with no items is null: not a string, so leave it to the library
    if (listKey !== null && (out[listKey] as string[]).length === 0) return false;
    listKey = null;
    listIndent = -1;
    return true;
  };
  for (const line of lines) {
    if (!line.trim()) continue;
    const item = ITEM_LINE.exec(line);
    if (item) {
      if (listKey === null) return null;
      const indent = item[1]!.length;
      if (listIndent === -1) listIndent = indent;
      else if (indent !== listIndent) return null;
      const v = item[2]!.startsWith('[') ? null : scalar(item[2]!);
      if (v === null) return null;
      (out[listKey] as string[]).push(v);
      continue;
    }
    const kv = KEY_LINE.exec(line);
    if (!kv) return null;
    if (!closeList()) return null;
    const key = kv[1]!;
    if (RESERVED_KEYS.has(key) || Object.hasOwn(out, key)) return null;
    const raw = kv[2] ?? '';
    if (!raw.trim()) {
      out[key] = [];
      listKey = key;
      continue;
    }
    const v = raw.startsWith('[') ? flowList(raw) : scalar(raw);
    if (v === null) return null;
    out[key] = v;
  }
  if (!closeList()) return null;
  return out;
}
