/**
 * Maximum-weight one-to-one matching between two small sets (predicted and
 * gold items of one article), by the Hungarian algorithm with potentials,
 * O(n^2 m). Pairs of weight 0 are not edges.
 */

/**
 * Pairs [left, right] of a one-to-one matching with the largest total weight.
 * `weight(i, j)` must be >= 0; 0 means i and j cannot be paired.
 */
export function maxWeightMatching(
  nLeft: number,
  nRight: number,
  weight: (left: number, right: number) => number,
): Array<[number, number]> {
  if (nLeft === 0 || nRight === 0) return [];
  const w: number[][] = [];
  let any = false;
  for (let i = 0; i < nLeft; i++) {
    const row: number[] = [];
    for (let j = 0; j < nRight; j++) {
      const x = weight(i, j);
      if (!(x >= 0)) throw new Error(`matching weight must be >= 0, got ${x}`);
      if (x > 0) any = true;
      row.push(x);
    }
    w.push(row);
  }
  if (!any) return [];
  // The assignment routine wants rows <= columns: transpose if needed.
  const transpose = nLeft > nRight;
  const n = transpose ? nRight : nLeft;
  const m = transpose ? nLeft : nRight;
  const cost = (r: number, c: number): number => -(transpose ? w[c]![r]! : w[r]![c]!);
  const rowOfCol = assign(n, m, cost);
  const pairs: Array<[number, number]> = [];
  for (let c = 0; c < m; c++) {
    const r = rowOfCol[c]!;
    if (r < 0) continue;
    const [i, j] = transpose ? [c, r] : [r, c];
    if (w[i]![j]! > 0) pairs.push([i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs;
}

/** Minimum-cost assignment of every row (n <= m); returns, per column, its row or -1. */
function assign(n: number, m: number, cost: (r: number, c: number) => number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row (1-based) assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowOfCol = new Array<number>(m).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowOfCol[j - 1] = p[j]! - 1;
  return rowOfCol;
}

/**
 * Integer weights that make a maximum-weight matching lexicographic: first as
 * many pairs with a required (non-optional) gold item as possible, then as many
 * pairs with optional gold items, then as many "good" pairs (e.g. same
 * modality, right speaker) as possible. `maxPairs` bounds the matching size.
 */
export function tieredWeight(maxPairs: number, required: boolean, good: boolean): number {
  const optionalBase = maxPairs + 1; // more than all "good" bonuses together
  const requiredBase = (maxPairs + 1) * (optionalBase + 1); // more than all optional pairs together
  return (required ? requiredBase : optionalBase) + (good ? 1 : 0);
}
