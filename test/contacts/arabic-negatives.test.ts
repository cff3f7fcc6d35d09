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
