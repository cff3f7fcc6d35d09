import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a verb addressed to someone, then the contact it was said in ("وهنأ X Y خلال اتصال هاتفي")', () => {
  it('reads the subject and the one addressed, bare or with لـ, as parties of the contact noun after them', () => {
    expect(contacts('وهنأ رئيس الوزراء الهندي ناريندرا مودي الرئيس الإيراني إبراهيم رئيسي خلال اتصال هاتفي بتوليه منصبه.')).toEqual([
      'ناريندرا مودي – إبراهيم رئيسي: phone call, undated',
    ]);
    expect(contacts('وأبلغ وزير الخارجية الصيني وانغ يي نظيره الأمريكي أنتوني بلينكن خلال مكالمة هاتفية أن بكين مستعدة للتعاون.')).toEqual([
      'وانغ يي – أنتوني بلينكن: phone call, undated',
    ]);
    expect(contacts('وأكد الرئيس التركي رجب طيب أردوغان لرئيس الوزراء الباكستاني عمران خان في اتصال هاتفي ضرورة التنسيق.')).toEqual([
      'رجب طيب أردوغان – عمران خان: phone call, undated',
    ]);
    expect(contacts('وشكر وزير الخارجية البريطاني دومينيك راب وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني خلال اللقاء على جهود بلاده.')).toEqual([
      'دومينيك راب – محمد بن عبد الرحمن آل ثاني: meeting, undated',
    ]);
  });

  it('lets a comma set the occasion off', () => {
    expect(contacts('وأطلع وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني نظيره الفرنسي جان إيف لودريان، خلال اتصال هاتفي أمس، على نتائج زيارته.')).toEqual([
      'محمد بن عبد الرحمن آل ثاني – جان إيف لودريان: phone call, 2021-08-31',
    ]);
  });

  it('leaves the occasion to the one named after it ("خلال لقائه Z"), whom the one addressed did not meet, and reads no contact without one', () => {
    expect(contacts('وأبلغ وزير الخارجية الصيني وانغ يي نظيره الأمريكي أنتوني بلينكن أن بكين مستعدة للتعاون.')).toEqual([]);
    expect(contacts('وأكد الرئيس الروسي فلاديمير بوتين لرئيس الوزراء الهندي ناريندرا مودي أهمية التنسيق خلال لقائه الرئيس الإيراني إبراهيم رئيسي.').filter((l) => l.includes('مودي'))).toEqual([]);
  });
});

describe('Arabic: a setting after the subject ends its name ("استقبل X بمكتبه Y")', () => {
  it('reads the office, seat, palace, court and session nouns as no part of a name', () => {
    expect(contacts('استقبل وزير الخارجية الكويتي أحمد ناصر المحمد الصباح بمكتبه اليوم سفير الصين لدى الكويت تشانغ جيانوي.')).toEqual([
      'أحمد ناصر المحمد الصباح – تشانغ جيانوي: meeting, 2021-09-01',
    ]);
    expect(contacts('عقد وزير الخارجية الإيراني حسين أمير عبد اللهيان جلسة مباحثات مع نظيره الأفغاني أمير خان متقي.')).toEqual([
      'حسين أمير عبد اللهيان – أمير خان متقي: talks, undated',
    ]);
  });
});
