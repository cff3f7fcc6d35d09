import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Thursday 2021-08-19, each sentence a paragraph. */
const contacts = (...sentences: string[]) => contactLines(invented([['शीर्षक', ...sentences].join('\n')], { published: '2021-08-19' }));
/** Only kind and date: display names are not what is tested here. */
const dating = (...sentences: string[]) => contacts(...sentences).map((line) => line.split(': ')[1]).sort();

describe('a sentence that goes on with the news before it takes its subject\'s day', () => {
  it('dates "also", "كما" and "इसके अलावा" contacts by the day the sentence before gives their subject', () => {
    expect(dating('Foreign Minister Karim Shah met Ambassador Navin Ray in Kabul on Tuesday.', 'Shah also met President Ali Khan.')).toEqual(['meeting, 2021-08-17', 'meeting, 2021-08-17, Kabul']);
    expect(dating('استقبل وزير الخارجية كريم شاه، يوم الثلاثاء، السفير الأمريكي جون ميلر.', 'كما التقى شاه الرئيس علي خان.')).toEqual(['meeting, 2021-08-17', 'meeting, 2021-08-17']);
    expect(dating('विदेश मंत्री करीम शाह ने मंगलवार को राजदूत नवीन राय से मुलाकात की।', 'इसके अलावा, शाह ने राष्ट्रपति अली खान से भी बात की।')).toEqual(['meeting, 2021-08-17', 'talks, 2021-08-17']);
  });

  it('leaves the contact undated without the opener, or when a sentence between tells another day', () => {
    expect(dating('Foreign Minister Karim Shah met Ambassador Navin Ray in Kabul on Tuesday.', 'Shah met President Ali Khan.')).toEqual(['meeting, 2021-08-17, Kabul', 'meeting, undated']);
    expect(dating('Foreign Minister Karim Shah met Ambassador Navin Ray in Kabul on Tuesday.', 'The embassy reopened on Wednesday.', 'Shah also met President Ali Khan.')).toEqual([
      'meeting, 2021-08-17, Kabul',
      'meeting, undated',
    ]);
  });

  it('dates a Hindi contact whose person met is marked "also" (भी) or that is the setting of a statement', () => {
    const lead = 'विदेश मंत्री करीम शाह ने मंगलवार को राजदूत नवीन राय से मुलाकात की।';
    expect(dating(lead, 'शाह ने राष्ट्रपति अली खान के साथ भी बातचीत की।')).toEqual(['meeting, 2021-08-17', 'talks, 2021-08-17']);
    expect(dating(lead, 'प्रधानमंत्री अली खान से चर्चा के दौरान शाह ने शांति पर जोर दिया।')).toEqual(['meeting, 2021-08-17', 'talks, 2021-08-17']);
    expect(dating(lead, 'रक्षा मंत्री अली खान के साथ बैठक के बाद शाह ने कहा कि सहयोग जारी रहेगा।')).toEqual(['meeting, 2021-08-17', 'meeting, 2021-08-17']);
  });

  it('leaves the Hindi contact undated when "also" marks its subject, or another day is told between', () => {
    const lead = 'विदेश मंत्री करीम शाह ने मंगलवार को राजदूत नवीन राय से मुलाकात की।';
    // "शाह ने भी" (Shah too): someone else did it first, not Shah going on with his own day.
    expect(dating(lead, 'राजदूत नवीन राय ने भी राष्ट्रपति अली खान से बात की।')).toEqual(['meeting, 2021-08-17', 'talks, undated']);
    expect(dating(lead, 'दूतावास बुधवार को फिर खुला।', 'शाह ने राष्ट्रपति अली खान से भी बात की।')).toEqual(['meeting, 2021-08-17', 'talks, undated']);
  });

  it('takes no day from a tweet\'s byline', () => {
    expect(dating('Spoke with Ambassador Navin Ray today. — Karim Shah (@KarimShah) August 17, 2021', 'Karim Shah also spoke to President Ali Khan.')).toEqual(['talks, 2021-08-19', 'talks, undated']);
  });
});
