import { describe, expect, it } from 'vitest';
import { onAnswer } from '../../src/answers/on.ts';
import { answersOf, golden } from '../people/golden-cases.ts';

// Answers first recorded (as hashes) from the implementation that built every event item and quote eagerly;
// re-recorded (WRITE_GOLDEN=1) only when answers changed on purpose: the cap on events shown.
describe('/on answers are unchanged by the date indexes', () => {
  it('gives the recorded answer for every date, on the seeds and a synthetic corpus', () => {
    const actual = answersOf((c) => c.dates, (kb, q) => onAnswer(kb, { date: q }), 'on');
    expect(actual).toEqual(golden(new URL('./on.golden.txt', import.meta.url).pathname, actual));
  }, 120_000);
});
