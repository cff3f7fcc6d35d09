import { describe, expect, it } from 'vitest';
import { restorePairLists, storePairLists } from '../../src/corpus/quotedSpans.ts';

describe('highlight offsets stored as pair lists', () => {
  it('round-trips lists of pairs, empty lists included', () => {
    const lists: Array<Array<[number, number]>> = [[[0, 6], [10, 14]], [], [[3, 9]]];
    const stored = storePairLists(lists);
    expect(stored.counts).toEqual(Int32Array.from([2, 0, 1]));
    expect(restorePairLists(stored)).toEqual(lists);
  });

  it('refuses counts that do not add up', () => {
    expect(() => restorePairLists({ counts: Int32Array.from([1]), pairs: Int32Array.from([0, 6, 8, 9]) })).toThrow(/do not add up/);
    expect(() => restorePairLists({} as never)).toThrow(/not stored pair lists/);
  });
});
