import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence English articles published on Tuesday 2021-11-09. */
const lines = (text: string) => inventedEvents([`Headline\n${text}`], '2021-11-09').events.map((e) => `${e.when.key} ${e.synopsis}`);

describe('English: a verb after "and" shares the subject of the verb before it', () => {
  it('is not done by the person named in the first verb\'s object', () => {
    expect(lines('In August of this year, the Taliban overthrew the government of Afghan President Ashraf Ghani and took control of the country.')).toEqual(['2021-08 The Taliban took control']);
    expect(lines('On Sunday the Taliban drove out the forces of President Ashraf Ghani and seized Kabul.')).toEqual(['2021-11-07 The Taliban took control of Kabul']);
  });
  it('keeps co-subjects joined by "and"', () => {
    expect(lines('On Sunday the Taliban and their allies seized Kabul.')).toEqual(['2021-11-07 The Taliban took control of Kabul']);
  });
});
