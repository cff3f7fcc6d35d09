import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Happenings of an invented one-sentence English article published on Tuesday 2021-11-09. */
const happenings = (text: string) =>
  inventedEvents([`Headline\n${text}`], '2021-11-09').events.filter((e) => !['meeting', 'talks', 'phone call'].includes(e.kind)).map((e) => `${e.when.key}${e.planned ? ' planned' : ''} ${e.kind}`);

describe('English: a day after a future verb is that verb\'s, not the day of a happening told as done', () => {
  it('leaves talks held before undated when only the resumption is dated', () => {
    expect(happenings('Negotiations on the nuclear deal, which have been held in Vienna for several rounds, have stalled and are expected to resume in December.')).toEqual([]);
    expect(happenings('The Taliban seized Kabul and are expected to form a government on Friday.')).toEqual([]);
  });

  it('keeps the day of a happening that is itself announced, or that stands before the future verb', () => {
    expect(happenings('Talks on Afghanistan will be held in Moscow on November 20.')).toEqual(['2021-11-20 planned session']);
    expect(happenings('Foreign Minister Ali Raza will visit Kabul and is expected to hold talks with the Taliban on Friday.')).toEqual(['2021-11-12 planned session']);
    expect(happenings('The summit was held in Dushanbe on Friday and leaders will meet again in December.')).toEqual(['2021-11-05 session']);
  });
});
