/**
 * Results kept per string key and forgotten all at once past a bound: words and names repeat
 * across a corpus and across questions, so each is worked out once, while memory stays flat on a
 * corpus of any size.
 */
export class BoundedMemo<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly limit: number) {
    everyMemo.add(new WeakRef(this));
  }

  /**
   * The value for `key`, computed on first use (`undefined` is kept like any other value).
   * @example new BoundedMemo<number>(1000).get('lavrov', (w) => w.length) // 6
   */
  get(key: string, compute: (key: string) => T): T {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as T;
    const value = compute(key);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}

/**
 * Results kept per pair of string keys, as `BoundedMemo` (at most `limit` pairs): a pair is looked
 * up by its two strings, which the caller already holds, instead of by a key joined from them, a
 * new string to build and hash on every call (grouping people compares the same words millions of times).
 */
export class PairMemo<T> {
  private readonly values = new Map<string, Map<string, T>>();
  private size = 0;

  constructor(private readonly limit: number) {
    everyMemo.add(new WeakRef(this));
  }

  /**
   * The value for (`a`, `b`), computed on first use; (`b`, `a`) is another pair.
   * @example new PairMemo<boolean>(1000).get('Lavrov', 'Lavrof', (a, b) => a[0] === b[0]) // true
   */
  get(a: string, b: string, compute: (a: string, b: string) => T): T {
    let inner = this.values.get(a);
    if (inner !== undefined) {
      const known = inner.get(b);
      if (known !== undefined || inner.has(b)) return known as T;
    }
    const value = compute(a, b);
    if (this.size >= this.limit) {
      this.clear();
      inner = undefined;
    }
    if (inner === undefined) this.values.set(a, (inner = new Map<string, T>()));
    inner.set(b, value);
    this.size++;
    return value;
  }

  clear(): void {
    this.values.clear();
    this.size = 0;
  }
}

/**
 * Results kept per object (a paragraph) as long as the object lives, until `forgetMemos`: for work
 * several passes of one build ask of the same objects.
 */
export class ObjectMemo<K extends object, T> {
  private values = new WeakMap<K, T>();

  constructor() {
    everyMemo.add(new WeakRef(this));
  }

  /**
   * The value for `key`, computed when there is none or `fresh` rejects the one kept.
   * @example memo.get(paragraph, (kept) => kept.year === year, datesOf)
   */
  get(key: K, fresh: (kept: T) => boolean, compute: (key: K) => T): T {
    const known = this.values.get(key);
    if (known !== undefined && fresh(known)) return known;
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    this.values = new WeakMap<K, T>();
  }
}

/** Every memo alive, weakly: a memo made per index goes when its index goes. */
const everyMemo = new Set<WeakRef<{ clear(): void }>>();

/**
 * Empties every memo. A finished knowledge build calls it: the build filled the word memos to their
 * bounds (hundreds of MB at 100,000 articles), and questions need only the few words they ask about.
 * @example forgetMemos() // the next `get` of any memo computes afresh
 */
export function forgetMemos(): void {
  for (const ref of everyMemo) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else everyMemo.delete(ref);
  }
}

/**
 * `compute` with its results kept in a `BoundedMemo` of `limit` entries.
 * @example const keyOf = memoised(phoneticKey, 200_000)
 */
export function memoised<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new BoundedMemo<T>(limit);
  return (key) => memo.get(key, compute);
}
