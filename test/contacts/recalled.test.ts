import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article (published Wednesday 2021-08-18), people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([['Headline', ...lines].join('\n')], { published: '2021-08-18' }), 'native');

describe('a later sentence giving the day of the contact just told (issue 11)', () => {
  it('dates an English contact by "The meeting took place on …"', () => {
    expect(contacts('Foreign Minister Karim Shah called on Ambassador Navin Ray in Kabul.', 'The visit was not announced.', 'The meeting took place on Monday, officials said.')).toEqual([
      'Karim Shah – Navin Ray: meeting, 2021-08-16, Kabul',
    ]);
  });

  it('dates a Hindi and an Arabic contact the same way', () => {
    expect(contacts('विदेश मंत्री करीम शाह ने राजदूत नवीन राय से मुलाकात की।', 'यह मुलाकात सोमवार को हुई।')).toEqual(['करीम शाह – नवीन राय: meeting, 2021-08-16']);
    expect(contacts('التقى الرئيس التركي رجب أردوغان نظيره الروسي فلاديمير بوتين.', 'وجرى اللقاء يوم الاثنين في القصر الرئاسي.')).toEqual([
      'رجب أردوغان – فلاديمير بوتين: meeting, 2021-08-16',
    ]);
  });

  it('dates nothing when the contacts just told are of two pairs, or the sentence names someone', () => {
    expect(
      contacts('Foreign Minister Karim Shah met Ambassador Navin Ray and President Ali Khan.', 'The meeting took place on Monday.'),
    ).toEqual(['Karim Shah – Navin Ray: meeting, undated', 'Karim Shah – Ali Khan: meeting, undated']);
    expect(contacts('Foreign Minister Karim Shah met Ambassador Navin Ray.', 'The meeting with President Ali Khan took place on Monday.')).toEqual([
      'Karim Shah – Navin Ray: meeting, undated',
    ]);
  });
});

describe('a recalled day passes over contacts whose day is told', () => {
  it('gives "The meeting took place on …" to the undated contact before a dated one', () => {
    expect(
      contacts(
        'Foreign Minister Karim Shah called on Ambassador Navin Ray in Kabul.',
        'Shah had met President Ali Khan on August 2.',
        'The meeting took place on Monday, officials said.',
      ),
    ).toEqual(['Karim Shah – Ali Khan: meeting, 2021-08-02', 'Karim Shah – Navin Ray: meeting, 2021-08-16, Kabul']);
  });

  it('still dates nothing when the contact before has its own day and none earlier is undated', () => {
    expect(contacts('Shah had met President Ali Khan on August 2.', 'The meeting took place on Monday.')).toEqual([]);
  });
});
