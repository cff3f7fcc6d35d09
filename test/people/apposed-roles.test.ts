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

describe('a role with a nationality the earlier holder of its office was never given', () => {
  const native = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

  it('is the one person holding that office whose nationality is not stated', () => {
    expect(native('शीर्षक', 'प्रधानमंत्री करीम शाह सोमवार को वाशिंगटन पहुंचे।', 'राष्ट्रपति टॉम ब्रांट ने भारत के प्रधानमंत्री से मुलाकात की।')).toEqual([
      'टॉम ब्रांट – करीम शाह: meeting, undated',
    ]);
    expect(contacts('Headline', 'Prime Minister Karim Shah arrived in Washington on Monday.', 'President Tom Brant will meet the Indian prime minister on Friday.')).toEqual([
      'Tom Brant – Karim Shah: meeting, 2021-09-03, planned',
    ]);
  });

  it('is nobody when two holders of the office are unplaced, or the only one is of another nation', () => {
    expect(contacts('Headline', 'Prime Minister Karim Shah and Prime Minister Ali Khan arrived.', 'President Tom Brant met the Indian prime minister.')).toEqual([]);
    expect(contacts('Headline', 'Pakistani Prime Minister Karim Shah arrived.', 'President Tom Brant met the Indian prime minister.')).toEqual([]);
  });
});
