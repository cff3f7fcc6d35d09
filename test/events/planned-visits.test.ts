import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';
import { contactLines, invented } from '../people/helpers.ts';

/* Journeys of invented one-sentence English articles published on Tuesday 2021-11-09. */
const journeys = (text: string) =>
  inventedEvents([`Headline\n${text}`], '2021-11-09').events.filter((e) => e.kind === 'travel').map((e) => `${e.when.key}${e.planned ? ' planned' : ''} ${e.synopsis}`);

describe('English: "visit" after "will" or "to" is the verb, its object the place visited', () => {
  it('reads "will visit <place> on <day>" as an announced journey on the coming day', () => {
    expect(journeys('Foreign Minister Ali Raza will visit Kabul on Thursday.')).toEqual(['2021-11-11 planned Ali Raza will travel to Kabul']);
    expect(journeys('The Iranian delegation will visit Moscow on November 20 for talks.')).toEqual(['2021-11-20 planned The Iranian delegation will travel to Moscow (talks)']);
  });

  it('reads "is scheduled / expected / due to visit" as announced', () => {
    expect(journeys('Foreign Minister Ali Raza is scheduled to visit Moscow next Tuesday.')).toEqual(['2021-11-16 planned Ali Raza will travel to Moscow']);
    expect(journeys('Chancellor Anna Weber is expected to visit Doha on November 15.')).toEqual(['2021-11-15 planned Anna Weber will travel to Doha']);
  });

  it('keeps the noun where no verb can be meant ("on a two-day visit")', () => {
    expect(journeys('Foreign Minister Ali Raza arrived in Tashkent on Monday on a two-day visit.')).toEqual(['2021-11-08 Ali Raza arrived in Tashkent']);
  });
});

describe('English: a guest\'s passing state before the office does not hide the person met', () => {
  it('reads "met the visiting Foreign Minister X on Monday" with its day', () => {
    const contacts = (s: string) => contactLines(invented([s]));
    expect(contacts('Chancellor Anna Weber met the visiting Foreign Minister Anil Kumar on Monday.')).toEqual(['Anna Weber – Anil Kumar: meeting, 2021-08-30']);
    expect(contacts('President Joao Silva held talks with visiting Prime Minister Ken Sato in Lisbon on Friday.')).toEqual(['Joao Silva – Ken Sato: talks, 2021-08-27, Lisbon']);
    expect(contacts('Foreign Minister Ali Raza received the outgoing Uzbek Foreign Minister Rustam Aliev on Tuesday.')).toEqual(['Ali Raza – Rustam Aliev: meeting, 2021-08-31']);
  });
});
