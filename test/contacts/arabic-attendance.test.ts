import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: people who attended a contact', () => {
  it('reads "بحضور Z" and "بمشاركة Z" after a contact as Z meeting its subject', () => {
    expect(contacts('عقد رئيس الوزراء الباكستاني عمران خان اجتماعا مع وزير الخارجية الروسي سيرغي لافروف في إسلام آباد، بحضور وزير الخارجية الباكستاني شاه محمود قريشي.')).toEqual([
      'عمران خان – سيرغي لافروف: meeting, undated, Islamabad',
      'عمران خان – شاه محمود قريشي: meeting, undated, Islamabad',
    ]);
    expect(contacts('استقبل الرئيس الأوزبكي شوكت ميرضيائيف وزير الخارجية الهندي سوبرامانيام جايشانكار، بمشاركة وزير الخارجية الأوزبكي عبد العزيز كاملوف.')).toEqual([
      'شوكت ميرضيائيف – سوبرامانيام جايشانكار: meeting, undated',
      'شوكت ميرضيائيف – عبد العزيز كاملوف: meeting, undated',
    ]);
  });

  it('reads "وحضر اللقاء Z" in the next sentence as Z meeting the subject of the contact told before, on its day', () => {
    expect(contacts('التقى وزير الخارجية التركي مولود جاويش أوغلو بنظيره الإيراني حسين أمير عبد اللهيان في أنقرة أمس.', 'وحضر اللقاء سفير إيران لدى تركيا محمد فرازمند.')).toEqual([
      'مولود جاويش أوغلو – حسين أمير عبد اللهيان: meeting, 2021-08-31, Ankara',
      'مولود جاويش أوغلو – محمد فرازمند: meeting, 2021-08-31',
    ]);
  });

  it('reads "حضر الاجتماع أيضا Z" after "أنه", "وشارك في المباحثات Z" and "وحضر Z اللقاء"', () => {
    expect(contacts('التقى الرئيس الأفغاني السابق حامد كرزاي في كابول مع القيادي في طالبان أنس حقاني.', 'وأضافت الوكالة أنه حضر الاجتماع أيضا رئيس مجلس النواب فضل هادي مسلميار.')).toEqual([
      'حامد كرزاي – أنس حقاني: meeting, undated, Kabul',
      'حامد كرزاي – فضل هادي مسلميار: meeting, undated',
    ]);
    expect(contacts('بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس الفرنسي إيمانويل ماكرون الأوضاع في أفغانستان.', 'وشارك في المباحثات وزير الخارجية الفرنسي جان إيف لودريان.')).toEqual([
      'تميم بن حمد آل ثاني – إيمانويل ماكرون: talks, undated',
      'تميم بن حمد آل ثاني – جان إيف لودريان: meeting, undated',
    ]);
    expect(contacts('بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس الفرنسي إيمانويل ماكرون الأوضاع في أفغانستان.', 'وحضر وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني اللقاء.')).toEqual([
      'تميم بن حمد آل ثاني – إيمانويل ماكرون: talks, undated',
      'تميم بن حمد آل ثاني – محمد بن عبد الرحمن آل ثاني: meeting, undated',
    ]);
  });

  it('reads no contact from attending a summit or meeting no sentence before tells of', () => {
    expect(contacts('حضر وزير الخارجية الروسي سيرغي لافروف قمة منظمة شنغهاي في دوشنبه.')).toEqual([]);
    expect(contacts('قال الرئيس التركي رجب طيب أردوغان إن الوضع خطير.', 'وحضر الاجتماع وزير الخارجية الروسي سيرغي لافروف.')).toEqual([]);
  });
});

describe('People named inside brackets', () => {
  it('are no party to a contact the sentence tells of (an aside about someone else)', () => {
    expect(contacts('استقبل الرئيس الأفغاني السابق حامد كرزاي، بمكتبه في كابول صباح اليوم وسط إجراءات أمنية مشددة، القيادي في طالبان أنس حقاني (وهو شقيق وزير الداخلية سراج الدين حقاني).')).toEqual([
      'حامد كرزاي – أنس حقاني: meeting, 2021-09-01, Kabul',
    ]);
  });
});
