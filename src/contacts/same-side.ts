/**
 * Two people who stood on the same side of a contact told before in the article, and are named
 * together again with their counterpart ("A وB أجريا اتصالا مع C … وتبادل A وB وC وجهات النظر
 * خلال المكالمة", "A and B held talks with C … A, B and C discussed …"), are colleagues: the
 * sentence naming the three pairs each of them with C, not with each other.
 */
import type { PairSeen } from './antecedent.ts';

/** How many sentences back the contact that set the two side by side may be told. */
const REACH = 6;

const met = (pairs: readonly PairSeen[], x: number, y: number): boolean => pairs.some((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));

/** People who each met `c` in `pairs` and not each other. */
function sideOf(pairs: readonly PairSeen[], c: number): Set<number> {
  return new Set(pairs.flatMap((p) => (p.a === c ? [p.b] : p.b === c ? [p.a] : [])));
}

/**
 * Whether the pair x–y of a sentence whose pairs are `here` joins two people of one side: here
 * both met a third person, and an earlier sentence within reach paired each of them with one same
 * person and never them together.
 */
export function sameSide(here: readonly PairSeen[], seen: readonly PairSeen[], order: number, x: number, y: number): boolean {
  const thirds = new Set([...sideOf(here, x)].filter((c) => c !== y && sideOf(here, c).has(y)));
  if (thirds.size === 0) return false;
  const before = seen.filter((p) => p.order < order && order - p.order <= REACH);
  const orders = new Set(before.map((p) => p.order));
  return [...orders].some((o) => {
    const told = before.filter((p) => p.order === o);
    if (met(told, x, y)) return false;
    return [...new Set(told.flatMap((p) => [p.a, p.b]))].some((c) => { const side = sideOf(told, c); return side.has(x) && side.has(y); });
  });
}
