/**
 * Scores of the paragraphs of a few articles, read from the pruning layer's postings: an article's
 * paragraphs have consecutive ids, so each query term's postings are sought forward to each
 * article's range instead of being walked whole. The scores, the order of equal scores and the
 * matched terms are those MiniSearch's `search` gives for the same query restricted to these
 * paragraphs (a test compares them).
 */
import type { SearchField } from './fields.ts';
import { bm25, seek, type Postings } from './postings.ts';
import type { UnitMatch } from './quotes.ts';

export interface FieldQuery {
  field: SearchField;
  /** Terms with their weights, in query order. */
  terms: ReadonlyMap<string, number>;
}

export interface RangeHit {
  id: number;
  /** MiniSearch's score: summed contributions times the number of distinct query terms matched. */
  score: number;
  /** Distinct query terms matched. */
  terms: number;
  matched: UnitMatch;
}

interface Acc {
  id: number;
  sums: number[];
  terms: Set<string>;
  matched: UnitMatch;
}

/**
 * Hits among the documents of `ranges` (sorted, disjoint [from, to) id ranges), in MiniSearch's
 * order: best score first, equal scores in the order documents were first matched.
 * @example rangeHits(postings, [{ field: 'word', terms: new Map([['लाव्रोव्', 0.9]]) }], [[0, 12]])
 */
export function rangeHits(postings: Postings, queries: readonly FieldQuery[], ranges: ReadonlyArray<readonly [number, number]>, accept?: (id: number) => boolean): RangeHit[] {
  const found = new Map<number, Acc>();
  const { docs, freqs } = postings;
  queries.forEach(({ field: name, terms }, q) => {
    const field = postings.fields[postings.columns.fieldIds[name]!]!;
    for (const [term, weight] of terms) {
      const s = field.segment.get(term);
      if (s === undefined) continue;
      let at = field.from[s]!;
      const end = at + field.count[s]!;
      for (const [from, to] of ranges) {
        at = seek(docs, at, end, from);
        for (; at < end && docs[at]! < to; at++) {
          const id = docs[at]!;
          if (accept && !accept(id)) continue;
          const score = weight * bm25(freqs[at]!, field.idf[s]!, field.lengths[id]!, field.averageLength);
          let acc = found.get(id);
          if (!acc) {
            acc = { id, sums: queries.map(() => 0), terms: new Set(), matched: { word: new Set(), stem: new Set() } };
            found.set(id, acc);
          }
          acc.sums[q] = acc.sums[q]! + score;
          acc.terms.add(term);
          acc.matched[name].add(term);
        }
        if (at >= end) break;
      }
    }
  });
  const hits: RangeHit[] = [];
  for (const acc of found.values()) {
    let sum = 0;
    for (const s of acc.sums) sum += s;
    hits.push({ id: acc.id, score: sum * acc.terms.size, terms: acc.terms.size, matched: acc.matched });
  }
  // Stable: equal scores keep the order of first match, as MiniSearch's sort does.
  return hits.sort((a, b) => b.score - a.score);
}
