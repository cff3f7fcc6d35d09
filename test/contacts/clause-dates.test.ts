import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Wednesday 2021-08-18. */
const contacts = (...sentences: string[]) => contactLines(invented([['शीर्षक', ...sentences].join('\n')], { published: '2021-08-18' }));

describe('a contact is dated only by its own clause (issue 11)', () => {
  it('does not give a contact the day of the sentence that reports it', () => {
    expect(contacts('The foreign ministry said on Tuesday that Foreign Minister Karim Shah met Ambassador Navin Ray in Kabul on Monday.')).toEqual([
      'Karim Shah – Navin Ray: meeting, 2021-08-16, Kabul',
    ]);
    expect(contacts('तालिबान ने सोमवार को पुष्टि की कि विदेश मंत्री करीम शाह ने राजदूत नवीन राय से मुलाकात की है।')).toEqual(['Karim Shah – Navin Ray: meeting, undated']);
  });

  it('does not give a contact the day of a clause after "after"', () => {
    expect(contacts('The second call between Foreign Minister Karim Shah and Ambassador Navin Ray came after President Ali Khan ordered troops on Saturday.')).toEqual([
      'Karim Shah – Navin Ray: phone call, undated',
    ]);
  });

  it('keeps the day a one-clause sentence gives', () => {
    expect(contacts('Foreign Minister Karim Shah met Ambassador Navin Ray in Kabul on Monday.')).toEqual(['Karim Shah – Navin Ray: meeting, 2021-08-16, Kabul']);
    expect(contacts('प्रधानमंत्री नवीन राय ने बुधवार को राष्ट्रपति अली खान के साथ चर्चा की।')).toEqual(['Navin Ray – Ali Khan: talks, 2021-08-18']);
  });

  it('leaves undated a contact counted a day from the news ("… चर्चा करने के एक दिन बाद")', () => {
    expect(contacts('राष्ट्रपति करीम शाह ने बुधवार को यह बात प्रधानमंत्री नवीन राय द्वारा राष्ट्रपति अली खान के साथ चर्चा करने के एक दिन बाद कही।')).toEqual([
      'Navin Ray – Ali Khan: talks, undated',
    ]);
  });
});
