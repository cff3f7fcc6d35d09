import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: دعا with a person as object urges them unless it invites to a visit, a meeting or a place', () => {
  it('reads no contact when the person is called on to do something', () => {
    expect(contacts('دعا الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي جو بايدن إلى احترام سيادة الدول.')).toEqual([]);
    expect(contacts('ودعا وزير الخارجية الصيني وانغ يي نظيره الأمريكي أنتوني بلينكن إلى التعامل بعقلانية مع الحركة.')).toEqual([]);
    expect(contacts('دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش وزير الخارجية الأفغاني أمير خان متقي، الأحد، إلى ضمان حقوق النساء.')).toEqual([]);
  });

  it('still reads an invitation to a visit, to take part, or to a place', () => {
    expect(contacts('دعا الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي جو بايدن إلى زيارة موسكو.')).toEqual(['فلاديمير بوتين – جو بايدن: invitation, undated']);
    expect(contacts('ودعا الرئيس الإيراني إبراهيم رئيسي نظيره الطاجيكي إمام علي رحمن لزيارة طهران.')).toEqual(['إبراهيم رئيسي – إمام علي رحمن: invitation, undated']);
    expect(contacts('دعا وزير الخارجية التركي مولود جاويش أوغلو نظيره الأفغاني أمير خان متقي إلى المشاركة في منتدى أنطاليا.')).toEqual([
      'مولود جاويش أوغلو – أمير خان متقي: invitation, undated',
    ]);
    expect(contacts('دعا أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الأمريكي جو بايدن إلى الدوحة.')).toEqual(['تميم بن حمد آل ثاني – جو بايدن: invitation, undated']);
  });
});

describe('Arabic: a contact hoped for, offered, sought, refused or ruled out is none', () => {
  it('reads no contact after a word of readiness, hope, wish, seeking, refusing or ruling out', () => {
    expect(contacts('وأعرب رئيس الوزراء الباكستاني عمران خان عن استعداده للقاء الرئيس الأمريكي جو بايدن.')).toEqual([]);
    expect(contacts('وأعربت المستشارة الألمانية أنغيلا ميركل عن رغبتها في لقاء الرئيس الروسي فلاديمير بوتين.')).toEqual([]);
    expect(contacts('واستبعد المتحدث باسم الكرملين دميتري بيسكوف لقاء الرئيس فلاديمير بوتين مع الرئيس الأمريكي جو بايدن.')).toEqual([]);
    expect(contacts('يسعى وزير الخارجية التركي مولود جاويش أوغلو إلى لقاء وزير الخارجية الأفغاني أمير خان متقي.')).toEqual([]);
    expect(contacts('رفض الرئيس الأمريكي جو بايدن لقاء الرئيس الروسي فلاديمير بوتين.')).toEqual([]);
  });

  it('still reads a contact held beside such a word', () => {
    expect(contacts('وأكد الرئيس الروسي فلاديمير بوتين رفضه التدخل الأجنبي خلال لقائه الرئيس الإيراني إبراهيم رئيسي.')).toEqual([
      'فلاديمير بوتين – إبراهيم رئيسي: meeting, undated',
    ]);
    expect(contacts('التقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني إبراهيم رئيسي، وأعرب عن أمله في تعزيز العلاقات.')).toEqual([
      'فلاديمير بوتين – إبراهيم رئيسي: meeting, undated',
    ]);
    expect(contacts('وبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الصيني وانغ يي سبل التعاون، وأعرب الجانبان عن رغبتهما في لقاء قريب.')).toEqual([
      'سيرغي لافروف – وانغ يي: talks, undated',
    ]);
  });
});
