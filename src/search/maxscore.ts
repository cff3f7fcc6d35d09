/**
 * Top-k documents of an OR query without scoring every match: a MaxScore walk (Turtle and Flood
 * 1995) over the query terms' postings in document order.
 *
 * The score is MiniSearch's: the sum of the matched terms' weighted BM25 contributions, times the
 * number of query terms matched. Each term's contribution is at most its weight times its
 * segment's largest impact, so a document matching only terms from the j weakest has at most
 * (their bounds' sum) × j. Once k documents are held, the weakest terms whose bound cannot beat
 * the k-th score become non-essential: documents are enumerated from the other terms' postings
 * only, and a non-essential term is looked up (a forward seek) only for a document whose bound
 * still beats the k-th score. Ties go to the lower document id.
 *
 * Counting every matching document would mean visiting every posting, which the walk exists to
 * avoid; documents only in non-essential postings are therefore estimated (`exact` false).
 */
import { bm25, seek, type FieldPostings, type Postings } from './postings.ts';

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface TopDocuments {
  /** Document ids, best first, at most k. */
  best: number[];
  /** Their scores. */
  scores: number[];
  /** Matching documents (accepted and covered): counted, or estimated when `exact` is false. */
  matched: number;
  exact: boolean;
}

export interface WalkOptions {
  /** Documents that may be returned at all (a language filter). */
  accept?: (id: number) => boolean;
  /** Whether a document's matched terms (by index in the query) make a match (phrases complete). */
  covers?: (matched: (term: number) => boolean) => boolean;
  /** Up to this many postings in all, every one is visited and the count is exact (default EXACT_POSTINGS). */
  exactUpTo?: number;
}

/** Walking this many postings takes a few milliseconds: below it, counting exactly is worth it. */
export const EXACT_POSTINGS = 20_000;

interface Cursor {
  /** Position of the term in the query (scores are summed in query order, as MiniSearch sums them). */
  term: number;
  at: number;
  end: number;
  idf: number;
  weight: number;
  bound: number;
  count: number;
}

/** A min-heap of (score, id), the worst on top: lower score, or equal score and higher id. */
class Worst {
  readonly scores: number[] = [];
  readonly ids: number[] = [];
  constructor(readonly size: number) {}
  get full(): boolean {
    return this.scores.length >= this.size;
  }
  get threshold(): number {
    return this.full ? this.scores[0]! : -1;
  }
  private worse(i: number, j: number): boolean {
    return this.scores[i]! < this.scores[j]! || (this.scores[i] === this.scores[j] && this.ids[i]! > this.ids[j]!);
  }
  private swap(i: number, j: number): void {
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
    [this.ids[i], this.ids[j]] = [this.ids[j]!, this.ids[i]!];
  }
  /** Offers a document visited in ascending id order: on equal scores the one held wins. */
  offer(score: number, id: number): void {
    if (this.full) {
      if (score <= this.scores[0]!) return;
      this.scores[0] = score;
      this.ids[0] = id;
      this.down(0);
      return;
    }
    this.scores.push(score);
    this.ids.push(id);
    for (let i = this.scores.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.scores.length && this.worse(l, m)) m = l;
      if (r < this.scores.length && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  /** Best first. */
  sorted(): { ids: number[]; scores: number[] } {
    const order = this.ids.map((_, i) => i).sort((a, b) => this.scores[b]! - this.scores[a]! || this.ids[a]! - this.ids[b]!);
    return { ids: order.map((i) => this.ids[i]!), scores: order.map((i) => this.scores[i]!) };
  }
}

function cursors(field: FieldPostings, terms: readonly WeightedTerm[]): Cursor[] {
  const out: Cursor[] = [];
  terms.forEach(({ term, weight }, i) => {
    const s = field.segment.get(term);
    if (s === undefined || weight <= 0) return;
    const at = field.from[s]!;
    const count = field.count[s]!;
    out.push({ term: i, at, end: at + count, idf: field.idf[s]!, weight, bound: weight * field.maxImpact[s]!, count });
  });
  return out.sort((a, b) => a.bound - b.bound || a.term - b.term);
}

/** Documents matching any term, assuming terms occur independently (for the estimated count). */
function unionEstimate(documents: number, lists: readonly Cursor[]): number {
  let none = 1;
  for (const c of lists) none *= 1 - Math.min(1, c.count / documents);
  return documents * (1 - none);
}

/**
 * The k best documents for `terms` in one field of `postings`.
 * @example topDocuments(index.pruning.articles, 0, [{ term: 'लाव्रोव्', weight: 0.9 }], 200).best
 */
export function topDocuments(postings: Postings, fieldId: number, terms: readonly WeightedTerm[], k: number, opts: WalkOptions = {}): TopDocuments {
  const field = postings.fields[fieldId]!;
  const { docs, freqs } = postings;
  const lists = cursors(field, terms);
  const n = lists.length;
  const prune = lists.reduce((sum, c) => sum + c.count, 0) > (opts.exactUpTo ?? EXACT_POSTINGS);
  // prefixBound[j]: the most a document matching only lists[0..j) can score.
  const sums = new Float64Array(n + 1);
  for (let j = 0; j < n; j++) sums[j + 1] = sums[j]! + lists[j]!.bound;
  const prefixBound = sums.map((s, j) => s * j);
  const heap = new Worst(Math.max(1, k));
  const contribution = new Float64Array(terms.length);
  const present = new Uint8Array(terms.length);
  const matched = (t: number) => present[t] === 1;
  let essential = 0;
  let visited = 0;
  let accepted = 0;
  let skipped = false;
  for (;;) {
    let doc = Infinity;
    for (let j = essential; j < n; j++) {
      const c = lists[j]!;
      if (c.at < c.end && docs[c.at]! < doc) doc = docs[c.at]!;
    }
    if (doc === Infinity) break;
    visited++;
    let partial = 0;
    let hits = 0;
    for (let j = essential; j < n; j++) {
      const c = lists[j]!;
      if (c.at < c.end && docs[c.at] === doc) {
        const score = c.weight * bm25(freqs[c.at]!, c.idf, field.lengths[doc]!, field.averageLength);
        contribution[c.term] = score;
        present[c.term] = 1;
        partial += score;
        hits++;
        c.at++;
      }
    }
    const threshold = heap.threshold;
    if (opts.accept && !opts.accept(doc)) {
      clear(lists, essential, n, contribution, present);
      continue;
    }
    if (prune && heap.full && (partial + sums[essential]!) * (hits + essential) <= threshold) {
      // Cannot enter the top k: counted as a match without checking phrases.
      skipped = true;
      accepted++;
      clear(lists, essential, n, contribution, present);
      continue;
    }
    for (let j = essential - 1; j >= 0; j--) {
      const c = lists[j]!;
      c.at = seek(docs, c.at, c.end, doc);
      if (c.at < c.end && docs[c.at] === doc) {
        contribution[c.term] = c.weight * bm25(freqs[c.at]!, c.idf, field.lengths[doc]!, field.averageLength);
        present[c.term] = 1;
        hits++;
      }
    }
    if (!opts.covers || opts.covers(matched)) {
      accepted++;
      let sum = 0;
      for (let t = 0; t < terms.length; t++) if (present[t] === 1) sum += contribution[t]!;
      heap.offer(sum * hits, doc);
      while (prune && heap.full && essential < n && prefixBound[essential + 1]! <= heap.threshold) essential++;
    }
    clear(lists, 0, n, contribution, present);
  }
  const { ids, scores } = heap.sorted();
  const exact = essential === 0 && !skipped;
  if (exact) return { best: ids, scores, matched: accepted, exact };
  const share = visited > 0 ? accepted / visited : 1;
  return { best: ids, scores, matched: Math.max(accepted, Math.round(unionEstimate(postings.documentCount, lists) * share)), exact };
}

function clear(lists: readonly Cursor[], from: number, to: number, contribution: Float64Array, present: Uint8Array): void {
  for (let j = from; j < to; j++) {
    const t = lists[j]!.term;
    contribution[t] = 0;
    present[t] = 0;
  }
}
