/**
 * A compact inverted index of one text field: per term, the ids of the documents containing it
 * (ascending) and how often, in flat typed arrays. It replaces MiniSearch's Map-per-term postings:
 * at 100,000 paragraphs a common name has tens of thousands of postings, which MiniSearch scores
 * with an object per document (seconds per query at scale); flat arrays score them in a tight loop,
 * serialise as a few buffers and load without rebuilding a tree.
 *
 * Field length is the number of distinct terms of a document and the average is accumulated the
 * way MiniSearch accumulates it, so that BM25 scores (rank.ts) are the same as MiniSearch's.
 */

/** Plain-data form (typed arrays as base64, so that it also survives JSON). */
export interface FieldPostingsJSON {
  terms: string[];
  offsets: string;
  docs: string;
  counts: string;
  lengths: string;
  averageLength: number;
}

export class FieldPostings {
  private readonly termIds: Map<string, number>;

  constructor(
    readonly terms: string[],
    /** Postings of term t are at [offsets[t], offsets[t + 1]) of docs and counts. */
    readonly offsets: Int32Array,
    readonly docs: Int32Array,
    readonly counts: Uint16Array,
    /** Distinct terms per document. */
    readonly lengths: Uint32Array,
    readonly averageLength: number,
  ) {
    this.termIds = new Map(terms.map((t, i) => [t, i]));
  }

  /** The term's id, or -1 when no document has it. */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** How many documents contain the term. */
  documentFrequency(termId: number): number {
    return this.offsets[termId + 1]! - this.offsets[termId]!;
  }

  /** Whether document `doc` contains the term (binary search in its postings). */
  contains(termId: number, doc: number): boolean {
    let lo = this.offsets[termId]!;
    let hi = this.offsets[termId + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.docs[mid]!;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  toJSON(): FieldPostingsJSON {
    const b64 = (a: Int32Array | Uint16Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    return { terms: this.terms, offsets: b64(this.offsets), docs: b64(this.docs), counts: b64(this.counts), lengths: b64(this.lengths), averageLength: this.averageLength };
  }

  static fromJSON(json: FieldPostingsJSON): FieldPostings {
    // Copied into fresh buffers: Buffer's pooled memory may not be aligned for the typed arrays.
    const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'base64')).buffer;
    return new FieldPostings(json.terms, new Int32Array(bytes(json.offsets)), new Int32Array(bytes(json.docs)), new Uint16Array(bytes(json.counts)), new Uint32Array(bytes(json.lengths)), json.averageLength);
  }
}

/**
 * Collects one field document by document (ids 0, 1, 2… in order), then packs it.
 * @example const b = new FieldPostingsBuilder(); b.add(['kabul', 'kabul']); b.build().documentFrequency(0) // 1
 */
export class FieldPostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly lengths: number[] = [];
  private averageLength = 0;

  add(terms: readonly string[]): void {
    const doc = this.lengths.length;
    const distinct = new Set(terms).size;
    // MiniSearch's running average, step for step, so that scores match it to the last bit.
    this.averageLength = (this.averageLength * doc + distinct) / (doc + 1);
    this.lengths.push(distinct);
    for (const term of terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.ids.set(term, id);
        this.postings.push([]);
      }
      // Postings interleave [doc, count]; a repeat within the document bumps the last count.
      const list = this.postings[id]!;
      if (list[list.length - 2] === doc) list[list.length - 1]!++;
      else list.push(doc, 1);
    }
  }

  build(): FieldPostings {
    const offsets = new Int32Array(this.postings.length + 1);
    let total = 0;
    this.postings.forEach((list, t) => {
      offsets[t] = total;
      total += list.length / 2;
    });
    offsets[this.postings.length] = total;
    const docs = new Int32Array(total);
    const counts = new Uint16Array(total);
    let k = 0;
    for (const list of this.postings) {
      for (let i = 0; i < list.length; i += 2, k++) {
        docs[k] = list[i]!;
        counts[k] = Math.min(list[i + 1]!, 0xffff);
      }
    }
    return new FieldPostings([...this.ids.keys()], offsets, docs, counts, Uint32Array.from(this.lengths), this.averageLength);
  }
}
