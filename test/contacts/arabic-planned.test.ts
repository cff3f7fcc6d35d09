import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: a contact noun between two people, announced by the clause around it', () => {
  it('is planned when the clause after the pair takes it up in the future ("حيث سيناقشان", "ستعقد")', () => {
    expect(contacts('مباحثات بين الرئيس الروسي وائل العلي والمستشارة الألمانية رياض مراد اليوم، حيث سيناقشان التعاون الثنائي.')).toEqual([
      'وائل العلي – رياض مراد: talks, 2021-09-01, planned',
    ]);
    expect(contacts('وأعلنت الرئاسة عن قمة بين الرئيس الروسي صابر عطية والرئيس الأمريكي غسان العلي ستعقد في جنيف.')).toEqual([
      'صابر عطية – غسان العلي: meeting, undated, Geneva, planned',
    ]);
  });

  it('is planned when a present host verb with today announces it ("تستضيف موسكو اليوم محادثات بين")', () => {
    expect(contacts('وتستضيف أنقرة اليوم محادثات بين الرئيس الروسي حازم طعمة والمستشارة الألمانية كمال زريق.')).toEqual([
      'حازم طعمة – كمال زريق: talks, 2021-09-01, planned',
    ]);
  });

  it('stays done when the clause after tells it in the past or is about something else', () => {
    expect(contacts('وجرت محادثات بين الرئيس الروسي باسل سرور والمستشارة الألمانية مهند هاشم، حيث ناقشا الوضع في أفغانستان.')).toEqual([
      'باسل سرور – مهند هاشم: talks, undated',
    ]);
    expect(contacts('واستضافت أنقرة أمس محادثات بين الرئيس الروسي نبيل مراد والمستشارة الألمانية سمير فارس.')).toEqual([
      'نبيل مراد – سمير فارس: talks, 2021-08-31',
    ]);
    expect(contacts('وجرت محادثات بين الرئيس الروسي فراس الخوري والمستشارة الألمانية ماهر بدران، بينما سيزور الرئيس الفرنسي إياد عزام موسكو.')).toEqual([
      'فراس الخوري – ماهر بدران: talks, undated',
    ]);
  });
});
