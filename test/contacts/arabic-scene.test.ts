import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a possessed contact noun setting the scene for the clause after it', () => {
  it('takes the subject of the verb after the comma as the noun\'s owner ("وخلال لقائه Y، أكد X")', () => {
    expect(contacts('وخلال لقائه وزير الخارجية الإيراني حسين أمير عبد اللهيان، أكد وزير الخارجية الهندي سوبرامانيام جايشانكار أهمية التعاون.')).toEqual([
      'سوبرامانيام جايشانكار – حسين أمير عبد اللهيان: meeting, undated',
    ]);
  });

  it('reads other contact nouns and words of time ("عقب اتصاله الهاتفي مع Y، قال X")', () => {
    expect(contacts('عقب اتصاله الهاتفي مع رئيس الوزراء الباكستاني عمران خان، قال الرئيس الروسي فلاديمير بوتين إن الوضع مقلق.')).toEqual([
      'فلاديمير بوتين – عمران خان: phone call, undated',
    ]);
  });

  it('lets a date set off by commas stand before the verb ("وفي اتصالها مع Y، أمس، أعربت X")', () => {
    expect(contacts('وفي اتصالها مع وزير الخارجية الباكستاني شاه محمود قريشي، أمس، أعربت وزيرة الخارجية الهولندية سيغريد كاغ عن قلقها.')).toEqual([
      'سيغريد كاغ – شاه محمود قريشي: phone call, 2021-08-31',
    ]);
  });

  it('reads the verb right after the name with no comma ("خلال محادثته مع نظيره Y شدد X")', () => {
    expect(contacts('وقالت الرئاسة في بيان إنه خلال محادثته مع نظيره الأمريكي جو بايدن شدد الرئيس الفرنسي إيمانويل ماكرون على الحاجة إلى التنسيق.')).toEqual([
      'إيمانويل ماكرون – جو بايدن: talks, undated',
    ]);
  });

  it('goes on with the sentence before\'s subject and day when the verb names no one ("وخلال لقائه Y، أكد أن …")', () => {
    expect(contacts('وصل وزير الخارجية الهندي سوبرامانيام جايشانكار إلى طهران أمس.', 'وخلال لقائه الرئيس الإيراني إبراهيم رئيسي، أكد أن بلاده تدعم الاستقرار.')).toEqual([
      'سوبرامانيام جايشانكار – إبراهيم رئيسي: meeting, 2021-08-31',
    ]);
  });

  it('keeps the owner named before the noun ("وأكد X خلال لقائه Y")', () => {
    expect(contacts('وأكد وزير الخارجية الهندي سوبرامانيام جايشانكار خلال لقائه وزير الخارجية الإيراني حسين أمير عبد اللهيان أهمية التعاون.')).toEqual([
      'سوبرامانيام جايشانكار – حسين أمير عبد اللهيان: meeting, undated',
    ]);
  });
});

describe('Arabic: a contact noun owned by no word of its own setting the scene ("وخلال اتصال هاتفي مع Y، أكد X")', () => {
  it('reads the person met right after the noun and the subject after the comma', () => {
    expect(contacts('وخلال اتصال هاتفي مع الرئيس الإيراني إبراهيم رئيسي، أكد رئيس الوزراء الهندي ناريندرا مودي أهمية الاستقرار.')).toEqual([
      'ناريندرا مودي – إبراهيم رئيسي: phone call, undated',
    ]);
    expect(contacts('وأثناء اجتماع مع وزير الخارجية الباكستاني شاه محمود قريشي، شدد وزير الخارجية الصيني وانغ يي على ضرورة التنسيق.')).toEqual([
      'وانغ يي – شاه محمود قريشي: meeting, undated',
    ]);
    expect(contacts('وعقب محادثات مع نظيره الطاجيكي إمام علي رحمن، أعلن الرئيس الأوزبكي شوكت ميرضيائيف دعم بلاده للمبادرة.')).toEqual([
      'شوكت ميرضيائيف – إمام علي رحمن: talks, undated',
    ]);
  });

  it('reads a verb between whose pronoun is the noun or its owner ("تلقاه من Y", "جمعه بـY", "أجرتها مع Y")', () => {
    expect(contacts('وفي اتصال هاتفي تلقاه من المستشارة الألمانية أنجيلا ميركل، أعرب الرئيس الأمريكي جو بايدن عن قلقه.')).toEqual([
      'جو بايدن – أنجيلا ميركل: phone call, undated',
    ]);
    expect(contacts('وفي لقاء جمعه بوزير الخارجية القطري محمد بن عبد الرحمن آل ثاني، قال وزير الخارجية التركي مولود جاويش أوغلو إن الحوار ضروري.')).toEqual([
      'مولود جاويش أوغلو – محمد بن عبد الرحمن آل ثاني: meeting, undated',
    ]);
    expect(contacts('وخلال مكالمة أجرتها مع رئيس الوزراء الباكستاني عمران خان، أكدت وزيرة الخارجية الهولندية سيغريد كاغ استعداد بلادها للمساعدة.')).toEqual([
      'سيغريد كاغ – عمران خان: phone call, undated',
    ]);
  });

  it('reads no contact when the one after مع is no person or من follows no verb of receiving', () => {
    expect(contacts('وخلال لقاء مع الصحفيين، قال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير.')).toEqual([]);
    expect(contacts('وخلال اجتماع من أجل أفغانستان، أكد وزير الخارجية الروسي سيرغي لافروف أهمية الحوار.')).toEqual([]);
  });
});
