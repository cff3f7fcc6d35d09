import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented article (headline first). */
const contacts = (published: string, ...lines: string[]) => contactLines(invented([['Headline', ...lines].join('\n')], { published }));

describe('a day told with a visit of several days, in a clause before the contact, is the visit\'s first, not the contact\'s', () => {
  it('English: "arrives on Tuesday for a two-day visit and will meet Y" is undated, still announced', () => {
    expect(contacts('2021-08-30', 'Foreign Minister Ali Raza will arrive in Doha on Tuesday for a two-day visit and will meet President Joao Silva.')).toEqual([
      'Ali Raza – Joao Silva: meeting, undated, Doha, planned',
    ]);
  });

  it('Arabic: "يصل X الثلاثاء المقبل في زيارة لمدة يومين، ويلتقي خلالها Y"', () => {
    expect(contacts('2021-08-30', 'ويصل وزير الخارجية علي رضا إلى مسقط يوم الثلاثاء المقبل لمدة يومين، ومن المنتظر أن يلتقي خلالها الرئيس جواو سيلفا.')).toEqual([
      'Ali Reza – Jawaw Silva: meeting, undated, planned',
    ]);
  });

  it('Hindi: "मंगलवार को दो दिवसीय यात्रा पर पहुंचे और Y से मुलाकात की"', () => {
    expect(contacts('2021-09-01', 'विदेश मंत्री अनिल कुमार मंगलवार को दो दिवसीय यात्रा पर दिल्ली पहुंचे और प्रधानमंत्री केन सातो से मुलाकात की।')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated',
    ]);
  });

  it('any number of days, in words or digits: "a 4-day visit", "على مدى خمسة أيام", "छह दिनों की यात्रा"', () => {
    expect(contacts('2021-08-30', 'Foreign Minister Ali Raza will arrive in Doha on Tuesday for a 4-day visit and will meet President Joao Silva.')).toEqual([
      'Ali Raza – Joao Silva: meeting, undated, Doha, planned',
    ]);
    expect(contacts('2021-08-30', 'ويصل وزير الخارجية علي رضا إلى مسقط يوم الثلاثاء المقبل في جولة على مدى خمسة أيام، ومن المنتظر أن يلتقي خلالها الرئيس جواو سيلفا.')).toEqual([
      'Ali Reza – Jawaw Silva: meeting, undated, planned',
    ]);
    expect(contacts('2021-09-01', 'विदेश मंत्री अनिल कुमार मंगलवार को छह दिनों की यात्रा पर दिल्ली पहुंचे और प्रधानमंत्री केन सातो से मुलाकात की।')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated',
    ]);
  });

  it('keeps a day told in the contact\'s own clause, the visit told in an aside', () => {
    expect(contacts('2021-09-01', 'Foreign Minister Ali Raza, on a two-day visit to Doha, met President Joao Silva on Monday.')).toEqual([
      'Ali Raza – Joao Silva: meeting, 2021-08-30',
    ]);
  });
});

describe('Hindi: a day told only for a journey ("बुधवार को पहुंचे X ने") is neither the contact\'s nor lets it borrow another', () => {
  it('leaves "X ने Y से भी मुलाकात की" and a later "Y के साथ बैठक के दौरान" undated', () => {
    expect(
      contacts(
        '2021-09-03',
        'विदेश सचिव अनिल कुमार ने बृहस्पतिवार को अमेरिकी विदेश मंत्री जोआओ सिल्वा से मुलाकात की.',
        'वार्ता के सिलसिले में बुधवार को टोक्यो पहुंचे अनिल कुमार ने उप विदेश मंत्री केन सातो से भी मुलाकात की.',
        'सातो के साथ बैठक के दौरान विदेश सचिव अनिल कुमार ने व्यापार पर चर्चा की.',
      ),
    ).toEqual(['Anil Kumar – Ken Sato: meeting, undated', 'Anil Kumar – Joao Silva: meeting, 2021-09-02']);
  });

  it('still lets "भी" go on from the sentence before when that sentence\'s day is its contact\'s', () => {
    expect(
      contacts(
        '2021-09-03',
        'विदेश सचिव अनिल कुमार ने बृहस्पतिवार को अमेरिकी विदेश मंत्री जोआओ सिल्वा से मुलाकात की.',
        'अनिल कुमार ने उप विदेश मंत्री केन सातो से भी मुलाकात की.',
      ),
    ).toEqual(['Anil Kumar – Joao Silva: meeting, 2021-09-02', 'Anil Kumar – Ken Sato: meeting, 2021-09-02']);
  });
});
