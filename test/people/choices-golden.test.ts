import { describe, expect, it } from 'vitest';
import { personChoices } from '../../src/answers/who-met.ts';
import { goldenCorpora, golden } from './golden-cases.ts';

/** What a member has typed so far: the first 1 to 4 letters of each name, and the whole name. */
function prefixes(names: string[]): string[] {
  return [...new Set(['', ...names.flatMap((n) => [1, 2, 3, 4].map((k) => n.slice(0, k)).concat(n))])];
}

// Choices first recorded from the implementation that scored and sorted every person on each keystroke.
describe('/who-met autocomplete offers the recorded choices', () => {
  it('for every prefix of every name, on the seeds and a synthetic corpus', () => {
    const actual: Record<string, string> = {};
    for (const c of goldenCorpora) {
      for (const typed of prefixes(c.names)) actual[`${c.name} ${typed}`] = personChoices(c.kb, typed).map((choice) => choice.value).join(' ');
    }
    expect(actual).toEqual(golden(new URL('./choices.golden.txt', import.meta.url).pathname, actual));
  }, 120_000);
});
