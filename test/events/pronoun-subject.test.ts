import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented articles (a paragraph per line) published on Wednesday 2021-09-08. */
const events = (...paragraphs: string[]) => inventedEvents([['Headline', ...paragraphs].join('\n')], '2021-09-08').events.map((e) => `${e.when.key} ${e.synopsis}`);

describe('a sentence opening with a subject pronoun tells what the person named first before did', () => {
  it('English "he" / "she", also after a connective', () => {
    expect(events('Foreign Minister Ali Raza arrived in Kabul on Monday.', 'He left for Doha on Tuesday.')).toEqual([
      '2021-09-06 Ali Raza arrived in Kabul',
      '2021-09-07 Ali Raza arrived in Doha',
    ]);
    expect(events('Chancellor Anna Weber spoke to reporters in Berlin on Monday. Later, she flew to Tashkent on Tuesday.')).toEqual(['2021-09-07 Anna Weber arrived in Tashkent']);
  });

  it('Hindi "उन्होंने"', () => {
    expect(events('विदेश मंत्री राम कुमार सोमवार को काबुल पहुंचे।', 'उन्होंने मंगलवार को दोहा का दौरा किया।')).toEqual([
      '2021-09-06 Ram Kumar arrived in Kabul',
      '2021-09-07 Ram Kumar arrived in Doha',
    ]);
  });

  it('not a pronoun inside the sentence, nor with no person named before', () => {
    expect(events('The talks went well.', 'He left for Doha on Tuesday.')).toEqual([]);
  });
});
