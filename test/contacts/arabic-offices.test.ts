import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic ministerial offices built from every office × portfolio', () => {
  it('reads ministers of portfolios no entry lists one by one, definite and construct', () => {
    expect(contacts('التقى وزير الصحة الأفغاني قلندر عباد بوكيل وزارة الخارجية القطري أحمد حسن الحمادي في الدوحة.')).toEqual([
      'قلندر عباد – أحمد حسن الحمادي: meeting, undated, Doha',
    ]);
    expect(contacts('استقبلت وزيرة التجارة الهندية نيرمالا سيتارامان نائب وزير الاقتصاد الروسي أليكسي غروزديف.')).toEqual([
      'نيرمالا سيتارامان – أليكسي غروزديف: meeting, undated',
    ]);
    expect(contacts('بحث وزير طاقة قطر سعد شريدة الكعبي مع وزيرة النفط الهندية راميش كومار التعاون.')).toEqual([
      'سعد شريدة الكعبي – راميش كومار: talks, undated',
    ]);
  });

  it('reads a member of parliament ("النائب X")', () => {
    expect(contacts('التقى رئيس الوزراء الباكستاني عمران خان بالنائب البريطاني جون ميلر في إسلام آباد.')).toEqual([
      'عمران خان – جون ميلر: meeting, undated, Islamabad',
    ]);
  });
});
