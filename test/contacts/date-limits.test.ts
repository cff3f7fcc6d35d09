import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const arabic = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');
const english = (...lines: string[]) => contactLines(invented([['Headline', ...lines].join('\n')]));

describe('contact dates: a span\'s start ("since 2005", "منذ العام 2005") is no contact\'s date', () => {
  it('leaves a contact told over a span since a year or a day undated', () => {
    expect(arabic('ومنذ عام 2012، يلتقي وزير الخارجية الروسي نبيل كنعان ونظيره الصيني سمير الخوري في قمة سنوية.')).toEqual(['نبيل كنعان – سمير الخوري: meeting, undated']);
    expect(arabic('والتقى الرئيس التركي وائل بدران نظيره الإيراني رياض عزام للمرة الأولى منذ 15 أغسطس.')).toEqual(['وائل بدران – رياض عزام: meeting, undated']);
    expect(english('Foreign Minister Tobias Okafor has held talks with President Ramon Lindqvist every year since 2014.')).toEqual(['Tobias Okafor – Ramon Lindqvist: talks, undated']);
  });

  it('still dates a contact by a day of its own beside the span', () => {
    expect(arabic('والتقى الرئيس التركي فراس شهاب نظيره الإيراني ماهر قبلان أمس، في أول لقاء بينهما منذ عام 2019.')).toEqual(['فراس شهاب – ماهر قبلان: meeting, 2021-08-31']);
  });
});

describe('contact dates: a date naming what was discussed (a deadline, an anniversary) is no contact\'s date', () => {
  it('leaves the contact undated', () => {
    expect(arabic('وذكرت الصحيفة أن وزير الخارجية الروسي إياد رحال ونظيره الصيني لؤي نصار ناقشا اقتراب موعد 31 أغسطس لسحب القوات.')).toEqual(['إياد رحال – لؤي نصار: talks, undated']);
    expect(arabic('وبحث الرئيس التركي عماد عبود مع نظيره الإيراني بشير الحلبي هاتفيا ذكرى 11 سبتمبر.')).toEqual(['عماد عبود – بشير الحلبي: phone call, undated']);
    expect(english('Foreign Minister Dario Zoltanyi and President Nils Barzani discussed the looming 31 August deadline for the airlift.')).toEqual(['Dario Zoltanyi – Nils Barzani: talks, undated']);
    expect(english('President Emre Hollström spoke by phone with Chancellor Selim Quaresma about the September 11 anniversary.')).toEqual(['Emre Hollström – Selim Quaresma: phone call, undated']);
  });

  it('still dates the contact by its own day', () => {
    expect(english('President Bruno Ferrante met Prime Minister Oskar Daskalov on Monday to discuss the August 31 withdrawal deadline.')).toEqual(['Bruno Ferrante – Oskar Daskalov: meeting, 2021-08-30']);
  });
});

describe('Arabic: "each of them" after a verb is no contact between the two', () => {
  it('reads no talks from "X وY، اللذان يتحدث كل منهما لغة الآخر"', () => {
    expect(arabic('وتنافست المستشارة الألمانية جواد زريق والرئيس الروسي حازم ضاهر، اللذان يتحدث كل منهما لغة الآخر، على النفوذ في المنطقة.')).toEqual([]);
  });
});
