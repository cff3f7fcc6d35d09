import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: a ruling-family member named again by the family alone (آل ثاني, آل نهيان)', () => {
  it('reads the family name after مع as the one met', () => {
    expect(contacts('طالب وزير الدولة القطري، خالد بن فهد آل ثاني، بزيادة المساعدات الإنسانية.', 'أفادت الصحيفة بأن وزير الداخلية الباكستاني رشيد أحمد، بحث مع آل ثاني الوضع الأمني.')).toEqual([
      'رشيد أحمد – خالد بن فهد آل ثاني: talks, undated',
    ]);
    expect(contacts('استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد في الدوحة.', 'والتقى وزير الخارجية الباكستاني شاه محمود قريشي مع آل ثاني في الديوان الأميري.')).toEqual([
      'شاه محمود قريشي – تميم بن حمد آل ثاني: meeting, undated',
    ]);
  });

  it('reads the family name as the subject right after the verb, with a date or place between', () => {
    expect(contacts('أشاد ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان بجهود الوساطة.', 'وتلقى آل نهيان اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.')).toEqual([
      'محمد بن زايد آل نهيان – جو بايدن: phone call, undated',
    ]);
    expect(contacts('قال وزير الدولة القطري خالد بن فهد آل ثاني إن الحوار مستمر.', 'والتقى آل ثاني، الثلاثاء في كابل، رئيس الوزراء الأفغاني محمد حسن آخوند.')).toEqual([
      'خالد بن فهد آل ثاني – محمد حسن آخوند: meeting, 2021-08-31, Kabul',
    ]);
  });

  it('reads no contact for the family name beside a verb that is not one', () => {
    expect(contacts('قال وزير الدولة القطري خالد بن فهد آل ثاني إن الحوار مستمر.', 'وأشاد آل ثاني بجهود الوساطة التي بذلتها باكستان.')).toEqual([]);
  });
});

describe('Arabic: a surname compounded with عبد named again alone (عبد اللهيان)', () => {
  it('reads the two words of the surname as the person', () => {
    expect(contacts('وسيلقي وزير الخارجية الإيراني حسين أمير عبد اللهيان كلمة في المؤتمر.', 'كما سيجري عبد اللهيان محادثات مع نظيره الروسي سيرغي لافروف.')).toEqual([
      'حسين أمير عبد اللهيان – سيرغي لافروف: talks, undated, planned',
    ]);
    expect(contacts('وصل رئيس المجلس الأعلى للمصالحة عبد الله عبد الله إلى الدوحة.', 'والتقى عبد الله، الأحد، المبعوث الأمريكي زلماي خليل زاد.')).toEqual([
      'عبد الله عبد الله – زلماي خليل زاد: meeting, 2021-08-29',
    ]);
  });

  it('reads a contact told in the sentence after a run-on period, whose verb is no name', () => {
    const run = 'وتلقى وزير الدولة القطري خالد بن فهد آل ثاني اتصالا هاتفيا من نظيره الأمريكي أنتوني بلينكن وزير خارجية الولايات المتحدة.جرى خلال الاتصال بحث الأوضاع.';
    expect(invented([['عنوان', run].join('\n')]).people.flatMap((p) => p.native)).not.toContain('جرى');
    expect(contacts('وتلقى وزير الدولة القطري خالد بن فهد آل ثاني اتصالا هاتفيا من نظيره الأمريكي أنتوني بلينكن وزير خارجية الولايات المتحدة.جرى خلال الاتصال بحث الأوضاع.')).toEqual([
      'خالد بن فهد آل ثاني – أنتوني بلينكن: phone call, undated',
    ]);
  });
});

describe('Arabic: two Chinese names one syllable apart are two people (وانغ يي, وانغ يو)', () => {
  it('keeps the minister and the ambassador apart, each with their own contact', () => {
    expect(contacts('وبحث نائب وزير الخارجية الأفغاني شير محمد عباس ستانكزي مع سفير بكين وانغ يو سبل تعزيز التجارة.', 'وكان وزير الخارجية الصيني وانغ يي قد التقى ستانكزي في الدوحة.')).toEqual([
      'شير محمد عباس ستانكزي – وانغ يو: talks, undated',
      'وانغ يي – شير محمد عباس ستانكزي: meeting, undated, Doha',
    ]);
  });
});
