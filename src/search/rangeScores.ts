/**
 * Scores of the paragraphs of a few articles, read from the pruning layer's postings: an article's
 * paragraphs have consecutive ids, so each query term's postings are sought forward to each
 * article's range instead of being walked whole. The scores, the order of equal scores and the
 * matched terms are those MiniSearch's `search` gives for the same query restricted to these
 * paragraphs (the top-5 agreement test checks the result). Accumulators are flat arrays over the
 * ranges' documents, so a query allocates a few arrays, not objects per paragraph; which terms a
 * paragraph matched is read back only for the paragraphs a caller asks about.
 */
import type { SearchField } from './fields.ts';
import { bm25, seek, type Postings } from './postings.ts';
import type { UnitMatch } from './quotes.ts';

export interface FieldQuery {
  field: SearchField;
  /** Terms with their weights, in query order. */
  terms: ReadonlyMap<string, number>;
}

export interface RangeHits {
  /** Matching document ids in MiniSearch's order: best score first, equal scores in the order first matched. */
  ids: number[];
  /** MiniSearch's score of each (summed contributions times the number of distinct query terms matched), same order. */
  scores: number[];
  /** Distinct query terms each matched, same order. */
  terms: number[];
  /** Whether the i-th hit matched `term` in `field`. */
  has(i: number, term: string, field: SearchField): boolean;
  /** The terms the i-th hit matched, by field. */
  matched(i: number): UnitMatch;
}

/**
 * The query (field) a matched term is reported under: MiniSearch merges the per-field results with
 * Object.assign, so a term matched in several fields is reported under the last one only. Quotes
 * and unit coverage were always computed from that report; keeping it keeps answers unchanged.
 */
function reportedQuery(bits: number): number {
  return bits === 0 ? -1 : 31 - Math.clz32(bits);
}

/**
 * Hits among the documents of `ranges` (sorted, disjoint [from, to) id ranges).
 * @example rangeHits(postings, [{ field: 'word', terms: new Map([['लाव्रोव्', 0.9]]) }], [[0, 12]]).ids
 */
export function rangeHits(postings: Postings, queries: readonly FieldQuery[], ranges: ReadonlyArray<readonly [number, number]>, accept?: (id: number) => boolean): RangeHits {
  const { docs, freqs } = postings;
  const base: number[] = [];
  let size = 0;
  for (const [from, to] of ranges) {
    base.push(size);
    size += to - from;
  }
  const termList = [...new Set(queries.flatMap((q) => [...q.terms.keys()]))];
  const termAt = new Map(termList.map((t, i) => [t, i]));
  const T = termList.length;
  const queryOf = new Map(queries.map((q, i) => [q.field, i]));
  const Q = queries.length;
  // Plain arrays, not typed ones: these live for one query, and typed arrays of this size are
  // allocated outside the heap, where many of them trigger full garbage collections.
  const sums: number[] = new Array<number>(size * Q).fill(0);
  // Per slot and term: 0 unmatched, else a bit per query (field) that matched it.
  const fieldsOf: number[] = new Array<number>(size * T).fill(0);
  const distinct: number[] = new Array<number>(size).fill(0);
  const order: number[] = [];
  const slotId: number[] = [];
  queries.forEach(({ field: name, terms }, q) => {
    const field = postings.fields[postings.columns.fieldIds[name]!]!;
    for (const [term, weight] of terms) {
      const s = field.segment.get(term);
      if (s === undefined) continue;
      const t = termAt.get(term)!;
      let at = field.from[s]!;
      const end = at + field.count[s]!;
      for (let r = 0; r < ranges.length && at < end; r++) {
        const [from, to] = ranges[r]!;
        at = seek(docs, at, end, from);
        for (; at < end && docs[at]! < to; at++) {
          const id = docs[at]!;
          if (accept && !accept(id)) continue;
          const slot = base[r]! + id - from;
          if (distinct[slot] === 0) {
            order.push(slot);
            slotId[slot] = id;
          }
          if (fieldsOf[slot * T + t] === 0) distinct[slot] = distinct[slot]! + 1;
          fieldsOf[slot * T + t] = fieldsOf[slot * T + t]! | (1 << q);
          sums[slot * Q + q] = sums[slot * Q + q]! + weight * bm25(freqs[at]!, field.idf[s]!, field.lengths[id]!, field.averageLength);
        }
      }
    }
  });
  const score = (slot: number) => {
    let sum = 0;
    for (let q = 0; q < Q; q++) sum += sums[slot * Q + q]!;
    return sum * distinct[slot]!;
  };
  const scored = order.map((slot) => ({ slot, score: score(slot) }));
  // Stable: equal scores keep the order of first match, as MiniSearch's sort does.
  scored.sort((a, b) => b.score - a.score);
  const slots = scored.map((s) => s.slot);
  return {
    ids: slots.map((slot) => slotId[slot]!),
    scores: scored.map((s) => s.score),
    terms: slots.map((slot) => distinct[slot]!),
    has: (i, term, field) => {
      const t = termAt.get(term);
      const q = queryOf.get(field);
      return t !== undefined && q !== undefined && reportedQuery(fieldsOf[slots[i]! * T + t]!) === q;
    },
    matched: (i) => {
      const out: UnitMatch = { word: new Set(), stem: new Set() };
      for (let t = 0; t < T; t++) {
        const q = reportedQuery(fieldsOf[slots[i]! * T + t]!);
        if (q >= 0) out[queries[q]!.field].add(termList[t]!);
      }
      return out;
    },
  };
}
