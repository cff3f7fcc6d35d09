/**
 * Finding, among many short strings, those within an edit distance of a target without computing
 * the distance to each. The strings are sorted, so neighbours share prefixes and share the rows of
 * the distance table for them; once every cell of a row exceeds the bound, no string with that
 * prefix can come back under it (costs are never negative), and the whole run of strings with the
 * prefix is skipped by binary search. Names of people are a few letters long and mostly far apart,
 * so an unknown name is rejected after visiting a small part of the list.
 */

/** Costs of the edit operations; each must be ≥ 0. `x` is a character of a listed string, `y` of the target. */
export interface EditCosts {
  /** `x` has nothing to match in the target. */
  drop(x: string): number;
  /** `y` has nothing to match in the listed string. */
  add(y: string): number;
  /** `x` written for `y`. */
  change(x: string, y: string): number;
}

export const LEVENSHTEIN: EditCosts = { drop: () => 1, add: () => 1, change: (x, y) => (x === y ? 0 : 1) };

/** Index after the run of strings, from `from` on, that start with the first `length` characters of `prefix` (no string is built). */
function endOfRun(sorted: readonly string[], from: number, prefix: string, length: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (commonPrefix(sorted[mid]!, prefix, length) === length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Calls `found(i, distance)` for every `sorted[i]` whose weighted edit distance to `target` is at
 * most `bound`, in list order. `sorted` must be sorted by code unit (the default sort).
 * @example nearStrings(['LF', 'LFRF', 'MSK'], 'LFRF', 1, LEVENSHTEIN, (i, d) => console.log(i, d)) // logs 1 0
 */
export function nearStrings(sorted: readonly string[], target: string, bound: number, costs: EditCosts, found: (i: number, distance: number) => void): void {
  const width = target.length + 1;
  // Costs looked up once per walk, so that the table is filled with array arithmetic only.
  const add = new Float64Array(width);
  for (let j = 1; j < width; j++) add[j] = costs.add(target[j - 1]!);
  const byChar = new Map<string, { drop: number; change: Float64Array }>();
  const costsOf = (x: string) => {
    let c = byChar.get(x);
    if (!c) {
      const change = new Float64Array(width);
      for (let j = 1; j < width; j++) change[j] = costs.change(x, target[j - 1]!);
      byChar.set(x, (c = { drop: costs.drop(x), change }));
    }
    return c;
  };
  // rows[d] is the table row after the first d characters of the current string.
  const rows: Float64Array[] = [new Float64Array(width)];
  for (let j = 1; j < width; j++) rows[0]![j] = rows[0]![j - 1]! + add[j]!;
  let previous = '';
  let valid = 0;
  let i = 0;
  while (i < sorted.length) {
    const s = sorted[i]!;
    let depth = commonPrefix(previous, s, valid);
    let pruned = false;
    for (; depth < s.length; depth++) {
      const above = rows[depth]!;
      const row = (rows[depth + 1] ??= new Float64Array(width));
      const { drop, change } = costsOf(s[depth]!);
      row[0] = above[0]! + drop;
      let least = row[0]!;
      for (let j = 1; j < width; j++) {
        const cell = Math.min(above[j]! + drop, row[j - 1]! + add[j]!, above[j - 1]! + change[j]!);
        row[j] = cell;
        if (cell < least) least = cell;
      }
      if (least > bound) {
        pruned = true;
        break;
      }
    }
    previous = s;
    if (pruned) {
      // rows[0..depth] hold for s's first `depth` characters; every string starting with its first depth + 1 is out of reach.
      valid = depth;
      i = Math.max(i + 1, endOfRun(sorted, i, s, depth + 1));
      continue;
    }
    valid = s.length;
    const distance = rows[s.length]![width - 1]!;
    if (distance <= bound) found(i, distance);
    i++;
  }
}
