/**
 * An answer whose items are worked out when first read, then kept. /who-met about a much-covered
 * person or /on about a busy month has thousands of items with their quotes; what the question
 * costs up front is finding the person or the dates and counting, and the items are made once,
 * when a renderer or caller reads them. The answer reads like plain data: `items` is an own
 * enumerable property, so spreading, comparing and JSON.stringify see the same items, in the same
 * key order, as an answer built eagerly.
 */
import type { Answer, AnswerItem } from '../answer.ts';

/**
 * @example answerWithLazyItems({ status: 'ok', title: 'Who met Wang Yi', intro: '…' }, () => [{ heading: 'Sergey Lavrov' }], []).items.length // 1
 */
export function answerWithLazyItems(head: { status: Answer['status']; title: string; intro: string }, items: () => AnswerItem[], notes: string[]): Answer {
  let made: AnswerItem[] | undefined;
  // Fields one by one, not spread: a spread before accessors may be compiled so that `notes` comes before `items`.
  return {
    status: head.status,
    title: head.title,
    intro: head.intro,
    get items(): AnswerItem[] {
      return (made ??= items());
    },
    set items(value: AnswerItem[]) {
      made = value;
    },
    notes,
  };
}
