/**
 * The model's contextual tagging rules as a compact state machine. wink-eng-lite-web-model
 * ships them as finite-state machines in JSON (state -> input -> next state, with an
 * "otherwise" edge, terminal states naming the tag to set, and marks that say which token of
 * the match the tag applies to). This runs them with the same leftmost-longest scan as wink's
 * own automaton (wink-nlp src/automaton.js `recognize`), over arrays instead of objects with
 * numeric keys.
 */

const ROOT = 0;
/** Input value of the end of the sequence, and the key of "otherwise" edges (wink's constants). */
const EOS = 2070000;
const OTHERWISE = '2070003';

export interface RuleMatch {
  /** Token the rule sets a tag on. */
  at: number;
  /** Tag number; negative = set unconditionally, positive = only if the word can have it. */
  tag: number;
}

/** Inputs below this (tag numbers) have their edges in a flat table; hints (large numbers) stay in maps. */
const DENSE = 64;

export class PosRules {
  private readonly next: Map<number, number>[];
  /** next state by state * DENSE + input, for inputs below DENSE (0 = ROOT, as a missing edge). */
  private readonly dense: Int32Array;
  private readonly otherwise: Int32Array;
  private readonly terminal: Uint8Array;
  private readonly value: Float64Array;
  private readonly skip: Uint8Array;
  private readonly markStart: Int32Array;

  /** `json`: one machine as the model stores it (a JSON string). */
  constructor(json: string) {
    const model = JSON.parse(json) as [unknown, number, Record<string, Record<string, number>>, Record<string, string | number>, Record<string, [number, number]>];
    const fsm = model[2];
    let size = model[1] + 1;
    for (const k of Object.keys(fsm)) size = Math.max(size, Number(k) + 1);
    for (const k of Object.keys(model[3])) size = Math.max(size, Number(k) + 1);
    this.next = Array.from({ length: size }, () => new Map<number, number>());
    this.otherwise = new Int32Array(size);
    this.terminal = new Uint8Array(size);
    this.value = new Float64Array(size);
    this.skip = new Uint8Array(size);
    this.markStart = new Int32Array(size);
    this.dense = new Int32Array(size * DENSE);
    for (const [state, edges] of Object.entries(fsm)) {
      const s = Number(state);
      for (const [input, to] of Object.entries(edges)) {
        if (input === OTHERWISE) this.otherwise[s] = to;
        else if (/^-?\d+$/.test(input)) {
          const x = Number(input);
          this.next[s]!.set(x, to);
          if (x >= 0 && x < DENSE) this.dense[s * DENSE + x] = to;
        }
      }
    }
    for (const [state, v] of Object.entries(model[3])) {
      const s = Number(state);
      if (!v) continue; // falsy terminal values are not terminal in wink's scan
      this.terminal[s] = 1;
      this.value[s] = Number(v);
      if (v === '0') this.skip[s] = 1;
    }
    for (const [state, mark] of Object.entries(model[4] ?? {})) this.markStart[Number(state)] = mark[0];
  }

  /** Matches over `tags`, where a non-zero `hints[j]` replaces the input at j. */
  recognize(tags: ArrayLike<number>, hints: ArrayLike<number>): RuleMatch[] {
    const length = tags.length;
    const out: RuleMatch[] = [];
    const { next, dense, otherwise, terminal } = this;
    let first = 0;
    let state = ROOT;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = ROOT;
    for (let i = 0; i <= length; i++) {
      for (let j = i; j <= length; j++) {
        const t = j === length ? EOS : hints[j] || tags[j]!;
        let ns = t >= 0 && t < DENSE ? dense[state * DENSE + t]! : next[state]!.get(t) ?? ROOT;
        if (state === ROOT && ns !== ROOT) first = j;
        if (terminal[ns] === 1) {
          this.push(out, first, ns);
          i = j;
          j = length + 100;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else if (ns === ROOT) {
          if (lastOtherwiseState !== ROOT) {
            this.push(out, first, lastOtherwiseState);
            i = lastOtherwiseIndex;
            ns = ROOT;
            lastOtherwiseState = ROOT;
          }
          j = length + 100;
        }
        state = ns;
        if (otherwise[state] !== 0) {
          lastOtherwiseIndex = j;
          lastOtherwiseState = otherwise[state]!;
        }
      }
    }
    return out;
  }

  private push(out: RuleMatch[], first: number, state: number): void {
    if (this.skip[state] === 1 || this.value[state] === 0) return;
    out.push({ at: first + this.markStart[state]!, tag: this.value[state]! });
  }
}
