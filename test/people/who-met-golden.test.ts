import { describe, expect, it } from 'vitest';
import { timelineAnswer } from '../../src/answers/timeline.ts';
import { whoMetAnswer } from '../../src/answers/who-met.ts';
import { answersOf, golden } from './golden-cases.ts';

// Answers first recorded from the implementation that scanned every person and built every quote
// eagerly; re-recorded (WRITE_GOLDEN=1) only when answers changed on purpose: the caps on counterparts and contacts shown.
describe('who-met and timeline answers are unchanged by the lookup indexes', () => {
  it('gives the recorded answer for every name, on the seeds and a synthetic corpus', () => {
    const actual = {
      ...answersOf((c) => c.names, (kb, q) => whoMetAnswer(kb, { person: q }), 'who-met'),
      ...answersOf((c) => c.names, (kb, q) => timelineAnswer(kb, { person: q }), 'timeline'),
    };
    expect(actual).toEqual(golden(new URL('./who-met.golden.txt', import.meta.url).pathname, actual));
  }, 120_000);
});
