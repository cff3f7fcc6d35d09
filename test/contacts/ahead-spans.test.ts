import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Wednesday 2021-08-18. */
const contacts = (...sentences: string[]) => contactLines(invented([['Headline', ...sentences].join('\n')], { published: '2021-08-18' }));

describe('a span of time after the day of writing announces the contact it dates (session 16)', () => {
  it('reads "next week", "next month" with a present verb as planned, even in the publication month', () => {
    expect(contacts('Pakistani Foreign Minister Karim Shah meets Turkish Foreign Minister Nabil Haddad next week.')).toEqual(['Karim Shah – Nabil Haddad: meeting, August 2021, planned']);
    expect(contacts('Pakistani Foreign Minister Karim Shah hosts Turkish Foreign Minister Nabil Haddad next month.')).toEqual(['Karim Shah – Nabil Haddad: meeting, September 2021, planned']);
    expect(contacts('Talks between Uzbek President Salim Yusuf and Indian Prime Minister Naveen Ray are expected next week.')).toEqual(['Salim Yusuf – Naveen Ray: talks, August 2021, planned']);
  });

  it('keeps a contact told as done when a later clause plans another ("agreed to meet again next month")', () => {
    expect(contacts('Uzbek President Salim Yusuf met Indian Prime Minister Naveen Ray and the two agreed to meet again next month.')).toEqual(['Salim Yusuf – Naveen Ray: meeting, undated']);
    expect(contacts('Qatari Foreign Minister Fahad Kaabi met Iranian Foreign Minister Ali Rezaei last week.')).toEqual(['Fahad Kaabi – Ali Rezaei: meeting, August 2021']);
    expect(contacts('Pakistani Foreign Minister Karim Shah met Turkish Foreign Minister Nabil Haddad on Monday and the next day flew home.')).toEqual(['Karim Shah – Nabil Haddad: meeting, 2021-08-16']);
    expect(contacts('Uzbek President Salim Yusuf met Indian Prime Minister Naveen Ray, and will visit Moscow next month.')).toEqual(['Salim Yusuf – Naveen Ray: meeting, undated']);
    expect(contacts('Qatari Foreign Minister Fahad Kaabi met Iranian Foreign Minister Ali Rezaei ahead of next week’s summit.')).toEqual(['Fahad Kaabi – Ali Rezaei: meeting, undated']);
  });
});
