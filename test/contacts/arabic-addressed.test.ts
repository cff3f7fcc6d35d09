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

describe('Arabic: more of the addressed verb and the noun of contact', () => {
  it('lets what was expressed come before the occasion ("وعبر X لـY عن امتنانه خلال اتصال هاتفي")', () => {
    expect(contacts('وأعرب الرئيس الفرنسي إيمانويل ماكرون لرئيس الوزراء الهندي ناريندرا مودي عن قلقه خلال اتصال هاتفي.')).toEqual([
      'إيمانويل ماكرون – ناريندرا مودي: phone call, undated',
    ]);
  });

  it('reads the speaker as the pronoun on the verb after "that Y" ("وقال X إن Y أبلغه خلال اتصال هاتفي")', () => {
    expect(contacts('وقال رئيس الوزراء البريطاني بوريس جونسون إن الرئيس الأمريكي جو بايدن أبلغه خلال اتصال هاتفي أن الانسحاب مستمر.')).toEqual([
      'بوريس جونسون – جو بايدن: phone call, undated',
    ]);
    expect(contacts('وأكدت المستشارة الألمانية أنجيلا ميركل أن الرئيس الروسي فلاديمير بوتين أطلعها خلال اللقاء على موقف موسكو.')).toEqual([
      'أنجيلا ميركل – فلاديمير بوتين: meeting, undated',
    ]);
  });

  it('reads who held a contact in a relative clause on its noun ("خلال الاتصال الذي أجراه X مع Y")', () => {
    expect(contacts('وتناول الجانبان خلال الاتصال الذي أجراه وزير الخارجية الإيراني حسين أمير عبد اللهيان مع نظيره التركي مولود جاويش أوغلو الوضع في أفغانستان.')).toEqual([
      'حسين أمير عبد اللهيان – مولود جاويش أوغلو: phone call, undated',
    ]);
    expect(contacts('وجاء ذلك في المحادثات التي عقدها وزير الخارجية الصيني وانغ يي مع نظيره الباكستاني شاه محمود قريشي.')).toEqual([
      'وانغ يي – شاه محمود قريشي: talks, undated',
    ]);
  });
});

