/**
 * Quoted spans (a mention, an evidence sentence, a date's words) as stored in a knowledge snapshot:
 * four integers each in one typed array, without their text, which is a slice of the paragraph at
 * those offsets and is sliced again on load. Only a text that is not that slice is stored, so a
 * restored span is always equal to the saved one. The texts were a large share of a snapshot, and
 * each one a separate string to decode and keep.
 */
import type { Article } from '../types.ts';

/** A span of paragraph `paragraph` (cited number) of article `article`; `text` is usually the paragraph's slice. */
export interface QuotedSpan {
  article: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface StoredSpans {
  /** article, paragraph, start, end of each span in order. */
  at: Int32Array;
  /** The texts that are not the slice of their paragraph, by span position. */
  texts: Map<number, string>;
}

/** Paragraph text by article number and cited paragraph number; undefined when there is none. */
export type ParagraphTexts = (article: number, paragraph: number) => string | undefined;

/**
 * @example paragraphTexts(corpus.articles)(3, 1) // the text of [#3 ¶1]
 */
export function paragraphTexts(articles: readonly Article[]): ParagraphTexts {
  const byNumber = new Map(articles.map((a) => [a.number, a.paragraphs]));
  return (article, number) => {
    const paragraphs = byNumber.get(article);
    if (!paragraphs?.length) return undefined;
    // Paragraph numbers run on from the first (0 for a headline, else 1); the check keeps any other layout correct.
    const guess = paragraphs[number - paragraphs[0]!.number];
    return (guess?.number === number ? guess : paragraphs.find((p) => p.number === number))?.text;
  };
}

/** Lists of [start, end] offset pairs (the highlights of each span), flattened. */
export interface StoredPairLists {
  /** How many pairs each list has. */
  counts: Int32Array;
  /** start, end of every pair, list after list. */
  pairs: Int32Array;
}

/** @example storePairLists([[[0, 6]], []]) // { counts: [1, 0], pairs: [0, 6] } as Int32Arrays */
export function storePairLists(lists: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): StoredPairLists {
  return { counts: Int32Array.from(lists, (l) => l.length), pairs: Int32Array.from(lists.flatMap((l) => l.flat())) };
}

/**
 * The lists saved by `storePairLists`, as new arrays, in order.
 * @throws Error when the value is not stored pair lists or its counts do not add up.
 */
export function restorePairLists(stored: StoredPairLists): Array<Array<[number, number]>> {
  if (!(stored?.counts instanceof Int32Array) || !(stored.pairs instanceof Int32Array)) throw new Error('not stored pair lists');
  let at = 0;
  const lists = Array.from(stored.counts, (count) => {
    const list: Array<[number, number]> = [];
    for (let k = 0; k < count; k++, at += 2) list.push([stored.pairs[at]!, stored.pairs[at + 1]!]);
    return list;
  });
  if (at !== stored.pairs.length) throw new Error('stored pair lists do not add up');
  return lists;
}

/** @example storeSpans(person.mentions, paragraphTexts(corpus.articles)).texts.size // 0 */
export function storeSpans(spans: readonly QuotedSpan[], text: ParagraphTexts): StoredSpans {
  const at = new Int32Array(4 * spans.length);
  const texts = new Map<number, string>();
  spans.forEach((s, i) => {
    at[4 * i] = s.article;
    at[4 * i + 1] = s.paragraph;
    at[4 * i + 2] = s.start;
    at[4 * i + 3] = s.end;
    if (text(s.article, s.paragraph)?.slice(s.start, s.end) !== s.text) texts.set(i, s.text);
  });
  return { at, texts };
}

/**
 * The spans saved by `storeSpans`, as new objects, in order.
 * @throws Error when the value is not stored spans.
 */
export function restoreSpans(stored: StoredSpans, text: ParagraphTexts): QuotedSpan[] {
  if (!(stored?.at instanceof Int32Array) || !(stored.texts instanceof Map)) throw new Error('not stored spans');
  const { at, texts } = stored;
  const out: QuotedSpan[] = [];
  for (let i = 0; i < at.length / 4; i++) {
    const article = at[4 * i]!;
    const paragraph = at[4 * i + 1]!;
    const start = at[4 * i + 2]!;
    const end = at[4 * i + 3]!;
    const own = texts.size > 0 ? texts.get(i) : undefined;
    out.push({ article, paragraph, start, end, text: own ?? text(article, paragraph)!.slice(start, end) });
  }
  return out;
}
