/**
 * Scoring an OR query over the postings (postings.ts) exactly as MiniSearch scores it (BM25 with
 * k 1.2, b 0.7, d 0.5; per field query the term scores are summed, the field sums added, and the
 * total multiplied by the number of distinct query terms matched; ties keep the order in which
 * documents were first reached), but in flat arrays reused between queries, and keeping only the
 * top documents (a heap) instead of sorting every match: a common name matches a third of a large
 * corpus, and only the best few hundred are ever looked at.
 */
import type { FieldPostings } from './postings.ts';
import type { SearchField } from './index.ts';
import type { UnitMatch } from './quotes.ts';

/** Terms looked up in one field, each with its boost. */
export interface FieldQuery {
  field: SearchField;
  terms: Map<string, number>;
}

export interface RankedDoc {
  id: number;
  score: number;
  /** Distinct query terms the document matched (MiniSearch's `queryTerms.length`). */
  queryTerms: number;
  /** The terms it matched, by field. */
  match: UnitMatch;
}

export interface Ranking {
  /** The best `top` documents, best first. */
  top: RankedDoc[];
  /** Distinct groups (articles) among all matching documents. */
  groups: number;
}

export interface RankOptions {
  top: number;
  filter?: (id: number) => boolean;
  /** Group (article ordinal) of each document, to count matching groups. */
  groupOf: Int32Array;
}

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Per-index scratch arrays, reused by every query (queries run one at a time). */
interface Scratch {
  sums: Float64Array[];
  quality: Uint16Array;
  touched: Int32Array;
  groupStamp: Uint32Array;
  stamp: number;
}

const scratches = new WeakMap<object, Scratch>();

function scratchFor(key: object, docs: number, groups: number, queries: number): Scratch {
  let s = scratches.get(key);
  if (!s) {
    s = { sums: [], quality: new Uint16Array(docs), touched: new Int32Array(docs), groupStamp: new Uint32Array(groups), stamp: 0 };
    scratches.set(key, s);
  }
  while (s.sums.length < queries) s.sums.push(new Float64Array(docs));
  return s;
}

/** Positions in `touched` ordered worst first at the root: lower score, or later reached. */
function worse(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
}

function topPositions(scores: Float64Array, keep: (i: number) => boolean, k: number): number[] {
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(scores, heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(scores, heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    if (k === 0 || !keep(i)) continue;
    if (heap.length < k) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0 && worse(scores, heap[c]!, heap[(c - 1) >> 1]!); c = (c - 1) >> 1) {
        [heap[c], heap[(c - 1) >> 1]] = [heap[(c - 1) >> 1]!, heap[c]!];
      }
    } else if (worse(scores, heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (worse(scores, a, b) ? 1 : worse(scores, b, a) ? -1 : 0));
}

/**
 * @example rank(index.fields, [{ field: 'word', terms: new Map([['lavrov', 1]]) }], { top: 10, groupOf }).top[0]?.id
 */
export function rank(fields: Record<SearchField, FieldPostings>, queries: FieldQuery[], opts: RankOptions): Ranking {
  const total = fields.word.lengths.length;
  const s = scratchFor(fields, total, opts.groupOf.length, queries.length);
  let touchedCount = 0;
  const seenTerms = new Map<string, Array<[FieldPostings, number]>>();
  queries.forEach(({ field, terms }, q) => {
    const postings = fields[field];
    const sums = s.sums[q]!;
    for (const [term, boost] of terms) {
      const t = postings.termId(term);
      if (t < 0) continue;
      // The same term in another field counts once towards the number of terms matched.
      const earlier = seenTerms.get(term) ?? [];
      const matching = postings.documentFrequency(t);
      const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const { docs, counts, lengths, averageLength } = postings;
      for (let p = postings.offsets[t]!, end = postings.offsets[t + 1]!; p < end; p++) {
        const doc = docs[p]!;
        const tf = counts[p]!;
        // MiniSearch's BM25+, the same expression in the same order (scores equal to the last bit).
        sums[doc] = sums[doc]! + boost * (invDocFreq * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[doc]!) / averageLength))));
        if (s.quality[doc] === 0) s.touched[touchedCount++] = doc;
        if (earlier.length === 0 || !earlier.some(([other, id]) => other.contains(id, doc))) s.quality[doc] = s.quality[doc]! + 1;
      }
      earlier.push([postings, t]);
      seenTerms.set(term, earlier);
    }
  });

  const finals = new Float64Array(touchedCount);
  const kept = new Uint8Array(touchedCount);
  const stamp = ++s.stamp;
  let groups = 0;
  for (let i = 0; i < touchedCount; i++) {
    const doc = s.touched[i]!;
    let sum = 0;
    for (let q = 0; q < queries.length; q++) sum += s.sums[q]![doc]!;
    finals[i] = sum * s.quality[doc]!;
    if (opts.filter && !opts.filter(doc)) continue;
    kept[i] = 1;
    const g = opts.groupOf[doc]!;
    if (s.groupStamp[g] !== stamp) {
      s.groupStamp[g] = stamp;
      groups++;
    }
  }
  const top = topPositions(finals, (i) => kept[i] === 1, opts.top).map((i): RankedDoc => {
    const doc = s.touched[i]!;
    return { id: doc, score: finals[i]!, queryTerms: s.quality[doc]!, match: matchOf(fields, queries, doc) };
  });
  for (let i = 0; i < touchedCount; i++) {
    const doc = s.touched[i]!;
    s.quality[doc] = 0;
    for (let q = 0; q < queries.length; q++) s.sums[q]![doc] = 0;
  }
  return { top, groups };
}

/** Whether document `doc` contains any term of the queries. */
export function matchesAny(fields: Record<SearchField, FieldPostings>, queries: FieldQuery[], doc: number): boolean {
  return queries.some(({ field, terms }) => [...terms.keys()].some((term) => {
    const t = fields[field].termId(term);
    return t >= 0 && fields[field].contains(t, doc);
  }));
}

function matchOf(fields: Record<SearchField, FieldPostings>, queries: FieldQuery[], doc: number): UnitMatch {
  const match: UnitMatch = { word: new Set(), stem: new Set() };
  for (const { field, terms } of queries) {
    for (const term of terms.keys()) {
      const t = fields[field].termId(term);
      if (t < 0 || !fields[field].contains(t, doc)) continue;
      // As MiniSearch merges field results, a term matched in a later field replaces the earlier one.
      match.word.delete(term);
      match.stem.delete(term);
      match[field].add(term);
    }
  }
  return match;
}
