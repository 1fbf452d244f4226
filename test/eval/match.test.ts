import { describe, expect, it } from 'vitest';
import { maxWeightMatching, tieredWeight } from '../../src/eval/match.js';

/** Best total weight over all one-to-one matchings, by exhaustive search. */
function bruteBest(w: number[][], m: number): number {
  const used = new Array<boolean>(m).fill(false);
  const go = (i: number): number => {
    if (i === w.length) return 0;
    let best = go(i + 1); // leave row i unmatched
    for (let j = 0; j < m; j++) {
      if (used[j] || w[i]![j]! <= 0) continue;
      used[j] = true;
      best = Math.max(best, w[i]![j]! + go(i + 1));
      used[j] = false;
    }
    return best;
  };
  return go(0);
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('maxWeightMatching', () => {
  it('finds the maximum where first-come would not', () => {
    // row 0 fits both columns, row 1 only column 0
    const w = [
      [1, 1],
      [1, 0],
    ];
    expect(maxWeightMatching(2, 2, (i, j) => w[i]![j]!)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('agrees with exhaustive search on random small problems', () => {
    const r = rng(42);
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(r() * 6);
      const m = 1 + Math.floor(r() * 6);
      const w = Array.from({ length: n }, () => Array.from({ length: m }, () => (r() < 0.5 ? 0 : 1 + Math.floor(r() * 9))));
      const pairs = maxWeightMatching(n, m, (i, j) => w[i]![j]!);
      const rows = new Set(pairs.map(([i]) => i));
      const cols = new Set(pairs.map(([, j]) => j));
      expect(rows.size).toBe(pairs.length);
      expect(cols.size).toBe(pairs.length);
      for (const [i, j] of pairs) expect(w[i]![j]).toBeGreaterThan(0);
      const total = pairs.reduce((s, [i, j]) => s + w[i]![j]!, 0);
      expect(total).toBe(bruteBest(w, m));
    }
  });

  it('handles empty sides and no edges', () => {
    expect(maxWeightMatching(0, 3, () => 1)).toEqual([]);
    expect(maxWeightMatching(2, 2, () => 0)).toEqual([]);
  });
});

describe('tieredWeight', () => {
  it('one required pair outweighs any optional pairs and bonuses', () => {
    const maxPairs = 5;
    const req = tieredWeight(maxPairs, true, false);
    const opt = tieredWeight(maxPairs, false, true);
    expect(req).toBeGreaterThan(maxPairs * opt);
    expect(tieredWeight(maxPairs, false, false)).toBeGreaterThan(maxPairs * 1);
  });
});
