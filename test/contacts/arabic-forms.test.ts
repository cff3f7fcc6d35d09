import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a meeting that brought people together ("اللقاء الذي جمع X وY")', () => {
  it('reads the pair after الذي جمع / التي جمعت / ضم', () => {
    expect(contacts('وأكد الجانبان خلال اللقاء الذي جمع الرئيس الروسي فلاديمير بوتين ونظيره الطاجيكي إمام علي رحمن أهمية التعاون.')).toEqual([
      'فلاديمير بوتين – إمام علي رحمن: meeting, undated',
    ]);
    expect(contacts('وتناولت المباحثات التي جمعت وزير الخارجية الهندي سوبرامانيام جايشانكار ونظيره الإيراني حسين أمير عبد اللهيان الوضع في أفغانستان.')).toEqual([
      'سوبرامانيام جايشانكار – حسين أمير عبد اللهيان: talks, undated',
    ]);
    expect(contacts('وبحث الاجتماع الذي ضم وزير الخارجية الصيني وانغ يي ونظيره الباكستاني شاه محمود قريشي التعاون.')).toEqual([
      'وانغ يي – شاه محمود قريشي: meeting, undated',
    ]);
  });
});

describe('Arabic: a bare masdar announced as intended ("يعتزم X لقاء Y")', () => {
  it('takes the person met as its object and is planned', () => {
    expect(contacts('يعتزم الرئيس الإيراني إبراهيم رئيسي لقاء الرئيس الصيني شي جين بينغ خلال زيارته إلى بكين.')).toEqual([
      'إبراهيم رئيسي – شي جين بينغ: meeting, undated, planned',
    ]);
    expect(contacts('ومن المتوقع أن يطلب وزير الخارجية الهندي سوبرامانيام جايشانكار لقاء الرئيس الروسي فلاديمير بوتين.')).toEqual([
      'سوبرامانيام جايشانكار – فلاديمير بوتين: meeting, undated, planned',
    ]);
  });

  it('leaves a masdar nothing announces to its genitive reading ("إن لقاء X مع Y")', () => {
    expect(contacts('قال وزير الخارجية الروسي سيرغي لافروف إن لقاء الرئيس فلاديمير بوتين مع نظيره الأمريكي جو بايدن كان مثمرا.')).toEqual([
      'فلاديمير بوتين – جو بايدن: meeting, undated',
    ]);
  });
});

describe('Arabic: spoke to ("تحدث X إلى Y")', () => {
  it('reads إلى after the speaker or a phone word as the one spoken to', () => {
    expect(contacts('وتحدث وزير الخارجية البريطاني دومينيك راب هاتفيا إلى نظيره الباكستاني شاه محمود قريشي.')).toEqual([
      'دومينيك راب – شاه محمود قريشي: phone call, undated',
    ]);
    expect(contacts('وتحدثت المستشارة الألمانية أنجيلا ميركل إلى الرئيس الروسي فلاديمير بوتين حول أفغانستان.')).toEqual([
      'أنجيلا ميركل – فلاديمير بوتين: talks, undated',
    ]);
    expect(contacts('وقال وزير الخارجية الفرنسي جان إيف لودريان بعد حديثه هاتفيا إلى نظيره الصيني وانغ يي إن التعاون ضروري.')).toEqual([
      'جان إيف لودريان – وانغ يي: phone call, undated',
    ]);
  });

  it('reads no one spoken to in a place after إلى', () => {
    expect(contacts('وتحدث وزير الخارجية البريطاني دومينيك راب عن زيارته إلى باكستان.')).toEqual([]);
  });
});

describe('Arabic: a sentence opening with the phone call it tells of ("وفي اتصال هاتفي، بحث X مع Y")', () => {
  it('makes the talks a phone call', () => {
    expect(contacts('وفي اتصال هاتفي، بحث وزير الخارجية التركي مولود جاويش أوغلو مع نظيره الإيراني حسين أمير عبد اللهيان الوضع.')).toEqual([
      'مولود جاويش أوغلو – حسين أمير عبد اللهيان: phone call, undated',
    ]);
    expect(contacts('وخلال مكالمة هاتفية، ناقش الرئيس الفرنسي إيمانويل ماكرون مع رئيس الوزراء الهندي ناريندرا مودي الأزمة.')).toEqual([
      'إيمانويل ماكرون – ناريندرا مودي: phone call, undated',
    ]);
  });
});

describe('Arabic: hosted and reviewed ("استضاف X Y", "استعرض X مع Y")', () => {
  it('reads hosting as a meeting with its guest and reviewing with someone as talks', () => {
    expect(contacts('واستضاف الرئيس الطاجيكي إمام علي رحمن نظيره الإيراني إبراهيم رئيسي في دوشنبه.')).toEqual([
      'إمام علي رحمن – إبراهيم رئيسي: meeting, undated, Dushanbe',
    ]);
    expect(contacts('واستعرض ولي العهد السعودي الأمير محمد بن سلمان مع رئيس الوزراء الباكستاني عمران خان العلاقات الثنائية.')).toEqual([
      'محمد بن سلمان – عمران خان: talks, undated',
    ]);
    expect(contacts('واستعرضت وزيرة الخارجية الهولندية سيغريد كاغ ونظيرها الباكستاني شاه محمود قريشي هاتفيا تطورات الوضع.')).toEqual([
      'سيغريد كاغ – شاه محمود قريشي: phone call, undated',
    ]);
  });

  it('reads no contact with a host that is a place', () => {
    expect(contacts('واستضافت الدوحة المفاوضات بين الحركة والولايات المتحدة.')).toEqual([]);
  });
});

describe('Arabic: touched on with someone, discussions, shook hands ("تطرق X مع Y", "مناقشات مع Y", "صافح X Y")', () => {
  it('reads them as talks and a meeting', () => {
    expect(contacts('وتطرق وزير الخارجية الإيراني حسين أمير عبد اللهيان مع نظيره الباكستاني شاه محمود قريشي إلى ملف اللاجئين.')).toEqual([
      'حسين أمير عبد اللهيان – شاه محمود قريشي: talks, undated',
    ]);
    expect(contacts('وأجرى وزير الخارجية الروسي سيرغي لافروف مناقشات مع نظيره الهندي سوبرامانيام جايشانكار حول أفغانستان.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: talks, undated',
    ]);
    expect(contacts('وصافح الرئيس الأمريكي جو بايدن رئيس الوزراء الهندي ناريندرا مودي في البيت الأبيض.')).toEqual([
      'جو بايدن – ناريندرا مودي: meeting, undated',
    ]);
  });
});
