import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Wednesday 2021-08-18. */
const contacts = (...sentences: string[]) => contactLines(invented([['शीर्षक', ...sentences].join('\n')], { published: '2021-08-18' }));
/** Only kind and date: display names are not what is tested here. */
const dating = (...sentences: string[]) => contacts(...sentences).map((line) => line.split(': ')[1]);

describe('an invitation given as the grounds of a visit is not dated by the visit', () => {
  it('leaves the invitation undated in each language', () => {
    expect(contacts('Foreign Minister Karim Shah is visiting Kabul on 20 August at the invitation of Ambassador Navin Ray.')).toEqual(['Navin Ray – Karim Shah: invitation, undated']);
    expect(dating('ويزور وزير الخارجية كريم شاه كابول يومي 20 و21 أغسطس تلبية لدعوة من السفير الأمريكي جون ميلر.')).toEqual(['invitation, undated']);
  });

  it('still dates an invitation the sentence tells as done on a day', () => {
    expect(contacts('Foreign Minister Karim Shah invited Ambassador Navin Ray to Kabul on Monday.')).toEqual(['Karim Shah – Navin Ray: invitation, 2021-08-16']);
  });
});
