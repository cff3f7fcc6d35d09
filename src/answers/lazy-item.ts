/**
 * An answer item whose lines and quotes are worked out when first read, then kept (or as set). An answer about
 * a much-covered person or a busy month carries thousands of items; a page shows a few of them, and
 * a caller that never reads the rest should not pay for cutting their quotes. The item reads like
 * plain data: `lines` and `quotes` are own enumerable properties, so spreading, comparing and
 * JSON.stringify see the same values an eagerly built item would have.
 */
import type { AnswerItem, Quote } from '../answer.ts';

/**
 * @example lazyItem('Wang Yi', () => ['Meeting · 2021-08-16 · took place'], () => []).lines // ['Meeting · 2021-08-16 · took place']
 */
export function lazyItem(heading: string, lines: () => string[], quotes: () => Quote[]): AnswerItem {
  let madeLines: string[] | undefined;
  let madeQuotes: Quote[] | undefined;
  return {
    heading,
    get lines(): string[] {
      return (madeLines ??= lines());
    },
    set lines(value: string[]) {
      madeLines = value;
    },
    get quotes(): Quote[] {
      return (madeQuotes ??= quotes());
    },
    set quotes(value: Quote[]) {
      madeQuotes = value;
    },
  };
}
