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
