import { describe, expect, it } from 'vitest';
import { contactLines, invented } from './helpers.ts';

/** Contacts found in one invented English article (published 2021-09-01) of these lines. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('a counterpart named later in apposition (issue 11)', () => {
  it('gives "his Qatari counterpart" the person a later sentence sets after that role and a comma', () => {
    expect(
      contacts(
        'Headline',
        'Foreign Minister Anil Kumar held a meeting with his Qatari counterpart in Doha.',
        'Kumar spoke to reporters after talks with his Qatari counterpart, Sheikh Omar Farouk, on security.',
      ),
    ).toEqual(['Anil Kumar – Omar Farouk: meeting, undated, Doha']);
  });

  it('keeps a role-only counterpart when the later name is not set off as its apposition', () => {
    expect(contacts('Headline', 'Foreign Minister Anil Kumar held a meeting with his Qatari counterpart in Doha.', 'Sheikh Omar Farouk later left for Kabul.')).toEqual([
      'Anil Kumar – Qatari foreign minister: meeting, undated, Doha',
    ]);
  });
});

describe('a role several earlier people fit (issue 11)', () => {
  it('is the one of them named last, within three sentences, when the previous sentence names none', () => {
    expect(
      contacts(
        'Headline',
        'Qatari Foreign Minister Omar Farouk arrived in Kabul.',
        'The guest was received there by Qatari Foreign Minister Khalid Nasser.',
        'The visit was short.',
        'Later the Qatari foreign minister held talks with former President Ali Khan.',
      ).filter((line) => line.includes('Ali Khan')),
    ).toEqual(['Khalid Nasser – Ali Khan: talks, undated']);
  });

  it('is nobody when the last of them was named long before', () => {
    expect(
      contacts(
        'Headline',
        'Qatari Foreign Minister Omar Farouk arrived in Kabul.',
        'The guest was received there by Qatari Foreign Minister Khalid Nasser.',
        'The visit was planned for weeks.',
        'Officials said it went well.',
        'Security was tight.',
        'Later the Qatari foreign minister held talks with former President Ali Khan.',
      ).filter((line) => line.includes('Ali Khan')),
    ).toEqual([]);
  });
});
