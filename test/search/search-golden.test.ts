import { describe, expect, it } from 'vitest';
import { SEARCH_FIXED } from '../../bench/queries.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { answersOf, golden } from '../people/golden-cases.ts';

// Recorded when quotes were cut by the one quote cutter (src/text/quote.ts): 60 characters before
// the first match, where search used to keep 80.
describe('/search answers are the recorded ones', () => {
  it('for the benchmark queries, in every language and in Hindi and Arabic only, on the seeds and a synthetic corpus', () => {
    const actual = {
      ...answersOf(() => SEARCH_FIXED, (kb, q) => searchAnswer(kb, { query: q }), 'search'),
      ...answersOf(() => SEARCH_FIXED, (kb, q) => searchAnswer(kb, { query: q, language: 'hin' }), 'search in Hindi'),
      ...answersOf(() => SEARCH_FIXED, (kb, q) => searchAnswer(kb, { query: q, language: 'arb' }), 'search in Arabic'),
    };
    expect(actual).toEqual(golden(new URL('./search.golden.txt', import.meta.url).pathname, actual));
  }, 120_000);
});
