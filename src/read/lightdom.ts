/**
 * A small read-only HTML tree for the readers' fast paths, built straight from htmlparser2 events.
 *
 * It is the tree linkedom builds from the same parser and options (tags lower-cased, attribute
 * names kept, entities decoded, `class` normalised to its distinct tokens), without linkedom's
 * per-node costs, and offers the few DOM members the HTML reader uses (`nodeType`, `childNodes`,
 * `data`, `localName`, `getAttribute`, `hasAttribute`, `textContent`, `querySelector(All)`) with
 * the same results. Selectors: type and attribute selectors (`[a]`, `[a="v"]`, `[a~="v"]`),
 * descendant combinators and comma lists; values of HTML's case-insensitive attributes
 * (`rel`, `type`, `lang`, ...) compare case-insensitively, as css-select does.
 * Readability still needs a real DOM: pages it must see are parsed again with linkedom.
 */
import { Parser } from 'htmlparser2';

/** The members of a DOM node the HTML reader uses: a light node or a linkedom one. */
export interface HNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<HNode>;
}

export interface HText extends HNode {
  readonly data: string;
}

export interface HElement extends HNode {
  readonly localName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): HElement | null;
  querySelectorAll(selectors: string): ArrayLike<HElement>;
}

export interface HDocument {
  readonly documentElement: HElement | null;
  querySelector(selectors: string): HElement | null;
  querySelectorAll(selectors: string): ArrayLike<HElement>;
}

const NO_CHILDREN: LNode[] = [];

export class LText implements HText {
  readonly nodeType = 3;
  readonly childNodes = NO_CHILDREN;
  constructor(readonly data: string) {}
}

export class LComment implements HNode {
  readonly nodeType = 8;
  readonly childNodes = NO_CHILDREN;
  constructor(readonly data: string) {}
}

type LNode = LElement | LText | LComment;

/** Parent of a node: an element or the document. */
abstract class LParent {
  readonly childNodes: LNode[] = [];

  querySelector(selectors: string): LElement | null {
    const m = compile(selectors);
    return findFirst(this.childNodes, m);
  }

  querySelectorAll(selectors: string): LElement[] {
    const m = compile(selectors);
    const out: LElement[] = [];
    findAll(this.childNodes, m, out);
    return out;
  }
}

export class LElement extends LParent implements HElement {
  readonly nodeType = 1;

  constructor(
    readonly localName: string,
    private readonly attrs: Record<string, string>,
    public parent: LElement | LDocument,
  ) {
    super();
  }

  /** As linkedom: `class` reads as '' when the element has none. */
  getAttribute(name: string): string | null {
    if (name === 'class') return this.attrs['class'] ?? '';
    return this.attr(name);
  }

  /** The attribute's value as written (selectors compare this), or null. */
  attr(name: string): string | null {
    return Object.hasOwn(this.attrs, name) ? this.attrs[name]! : null;
  }

  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attrs, name);
  }

  /** The tree does not change once parsed (an inserted head/body is empty), so text is computed once. */
  private text: string | null = null;

  get textContent(): string {
    if (this.text !== null) return this.text;
    let out = '';
    const walk = (nodes: LNode[]): void => {
      for (const n of nodes) {
        if (n.nodeType === 3) out += n.data;
        else if (n.nodeType === 1) walk(n.childNodes);
      }
    };
    walk(this.childNodes);
    this.text = out;
    return out;
  }
}

export class LDocument extends LParent implements HDocument {
  /** All elements in document order, for the many whole-document queries of one page (reset on insertion). */
  private all: LElement[] | null = null;

  override querySelector(selectors: string): LElement | null {
    const m = compile(selectors);
    for (const el of this.elements()) if (m(el)) return el;
    return null;
  }

  override querySelectorAll(selectors: string): LElement[] {
    const m = compile(selectors);
    return this.elements().filter(m);
  }

  private elements(): LElement[] {
    if (!this.all) {
      this.all = [];
      collectElements(this.childNodes, this.all);
    }
    return this.all;
  }

  get documentElement(): LElement | null {
    return firstElement(this.childNodes);
  }

  /**
   * The body as linkedom finds it, with its side effects: the first element of the root must be
   * a head and the next one a body, else empty ones are inserted there (and found afterwards).
   */
  get body(): LElement | null {
    const root = this.documentElement;
    if (!root) return null;
    let head = firstElement(root.childNodes);
    if (!head || head.localName !== 'head') {
      head = new LElement('head', {}, root);
      root.childNodes.unshift(head);
      this.all = null;
    }
    const kids = root.childNodes;
    const at = kids.indexOf(head);
    let body: LElement | null = null;
    for (let i = at + 1; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 1) {
        body = k;
        break;
      }
    }
    if (!body || body.localName !== 'body') {
      body = new LElement('body', {}, root);
      kids.splice(at + 1, 0, body);
      this.all = null;
    }
    return body;
  }
}

function firstElement(nodes: LNode[]): LElement | null {
  for (const n of nodes) if (n.nodeType === 1) return n;
  return null;
}

/** `class` as linkedom keeps it: its whitespace-separated tokens, each once, joined by one space. */
function classValue(v: string): string {
  const tokens = new Set<string>();
  for (const t of v.split(/\s+/)) if (t) tokens.add(t);
  return [...tokens].join(' ');
}

/** Parse an HTML document (as linkedom's DOMParser does for text/html) into a light tree. */
export function parseLight(html: string): LDocument {
  const doc = new LDocument();
  let node: LElement | LDocument = doc;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (Object.hasOwn(attribs, 'class')) attribs['class'] = classValue(attribs['class']!);
        const el: LElement = new LElement(name, attribs, node);
        node.childNodes.push(el);
        node = el;
      },
      ontext(text) {
        node.childNodes.push(new LText(text));
      },
      oncomment(data) {
        node.childNodes.push(new LComment(data));
      },
      onclosetag() {
        if (node instanceof LElement) node = node.parent;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return doc;
}

// ---------------------------------------------------------------- selectors

type Test = (el: LElement) => boolean;
/** One selector of a list: compounds from the outermost ancestor to the element itself. */
type Chain = Test[];
type Matcher = (el: LElement) => boolean;

/** Attributes whose values HTML (and css-select) compares case-insensitively. */
const CASE_INSENSITIVE = new Set([
  'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear',
  'codetype', 'color', 'compact', 'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype',
  'face', 'frame', 'hreflang', 'http-equiv', 'lang', 'language', 'link', 'media', 'method',
  'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'rel', 'rev', 'rules', 'scope',
  'scrolling', 'selected', 'shape', 'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:\[[^\]]+\])*)$/i;
const ATTRIBUTE = /\[\s*([\w:-]+)\s*(?:(~?=)\s*"([^"]*)")?\s*\]/gy;

function attributeTest(name: string, op: string | undefined, value: string | undefined): Test {
  if (!op) return (el) => el.hasAttribute(name);
  const fold = CASE_INSENSITIVE.has(name);
  if (op === '=') {
    if (fold) {
      const v = value!.toLowerCase();
      return (el) => {
        const a = el.attr(name);
        return a !== null && a.length === v.length && a.toLowerCase() === v;
      };
    }
    return (el) => el.attr(name) === value;
  }
  // ~= : one of the whitespace-separated words (never matches when the value has whitespace)
  const v = value ?? '';
  if (/\s/.test(v)) return () => false;
  const re = new RegExp(`(?:^|\\s)${v.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&')}(?:$|\\s)`, fold ? 'i' : '');
  return (el) => {
    const a = el.attr(name);
    return a !== null && a.length >= v.length && re.test(a);
  };
}

function compound(src: string, whole: string): Test {
  const m = COMPOUND.exec(src);
  if (!m) throw new Error(`unsupported selector: ${whole}`);
  const tests: Test[] = [];
  if (m[1]) {
    const tag = m[1].toLowerCase();
    const test: Test = (el) => el.localName === tag;
    tests.push(test);
    if (!m[2]) TAG_ONLY.set(test, tag);
  }
  const attrs = m[2] ?? '';
  ATTRIBUTE.lastIndex = 0;
  let at = 0;
  for (let a = ATTRIBUTE.exec(attrs); a; a = ATTRIBUTE.exec(attrs)) {
    tests.push(attributeTest(a[1]!, a[2], a[3]));
    at = ATTRIBUTE.lastIndex;
  }
  if (at !== attrs.length) throw new Error(`unsupported selector: ${whole}`);
  if (tests.length === 1) return tests[0]!;
  return (el) => tests.every((t) => t(el));
}

/** Does `el` match chain[0..i], with chain[i] on `el` itself and the rest on its ancestors? */
function matchChain(chain: Chain, i: number, el: LElement): boolean {
  if (!chain[i]!(el)) return false;
  if (i === 0) return true;
  for (let p = el.parent; p instanceof LElement; p = p.parent) if (matchChain(chain, i - 1, p)) return true;
  return false;
}

const compiled = new Map<string, Matcher>();
/** Compound tests that are a bare tag name, with the name. */
const TAG_ONLY = new Map<Test, string>();

function compile(selectors: string): Matcher {
  let m = compiled.get(selectors);
  if (m) return m;
  const chains: Chain[] = selectors.split(',').map((part) => {
    const parts = part.trim().split(/\s+/);
    if (!parts[0]) throw new Error(`unsupported selector: ${selectors}`);
    return parts.map((p) => compound(p, selectors));
  });
  const bareTags = chains.every((c) => c.length === 1 && TAG_ONLY.has(c[0]!));
  if (bareTags && chains.length > 1) {
    // a list of plain tag names ("p,div,li,..."): one set look-up
    const tags = new Set(chains.map((c) => TAG_ONLY.get(c[0]!)!));
    m = (el) => tags.has(el.localName);
  } else m = chains.length === 1
    ? (el) => matchChain(chains[0]!, chains[0]!.length - 1, el)
    : (el) => chains.some((c) => matchChain(c, c.length - 1, el));
  compiled.set(selectors, m);
  return m;
}

function collectElements(nodes: LNode[], out: LElement[]): void {
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    out.push(n);
    collectElements(n.childNodes, out);
  }
}

function findFirst(nodes: LNode[], m: Matcher): LElement | null {
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    if (m(n)) return n;
    const r = findFirst(n.childNodes, m);
    if (r) return r;
  }
  return null;
}

function findAll(nodes: LNode[], m: Matcher, out: LElement[]): void {
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    if (m(n)) out.push(n);
    findAll(n.childNodes, m, out);
  }
}
