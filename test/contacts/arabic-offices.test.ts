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

describe('Arabic dual offices shared out among two names', () => {
  it('names both holders ("مع كل من الرئيسين الصيني X والروسي Y"), so a later counterpart of that nationality is X', () => {
    expect(
      contacts(
        'بحث الرئيس الفرنسي إيمانويل ماكرون مع كل من الرئيسين الصيني شي جين بينغ والروسي فلاديمير بوتين الوضع في أفغانستان.',
        'وقالت الرئاسة الفرنسية إنه خلال محادثته مع نظيره الصيني شدد ماكرون على الحاجة.',
      ),
    ).toEqual(['إيمانويل ماكرون – شي جين بينغ: talks, undated', 'إيمانويل ماكرون – فلاديمير بوتين: talks, undated']);
  });

  it('reads dual ministers of any portfolio and dual prime ministers', () => {
    expect(contacts('جرى اتصال هاتفي بين وزيري الصحة الهندي راجيش بوشان والروسي ميخائيل موراشكو.')).toEqual([
      'راجيش بوشان – ميخائيل موراشكو: phone call, undated',
    ]);
    expect(contacts('جرت محادثات بين رئيسي الوزراء الباكستاني عمران خان والهندي ناريندرا مودي في دوشنبه.')).toEqual([
      'عمران خان – ناريندرا مودي: talks, undated, Dushanbe',
    ]);
  });
});

describe('Arabic offices: feminine forms by construction, acting, leaders and negotiators', () => {
  const met = (office: string) => contacts(`التقى الرئيس التركي رجب طيب أردوغان ب${office} في أنقرة.`);

  it('reads the feminine of any listed office, its agreeing adjectives included', () => {
    expect(met('رئيسة مجلس النواب الأمريكي نانسي بيلوسي')).toEqual(['رجب طيب أردوغان – نانسي بيلوسي: meeting, undated, Ankara']);
    expect(met('الأمينة العامة للأمم المتحدة ماريا فرنانديز')).toEqual(['رجب طيب أردوغان – ماريا فرنانديز: meeting, undated, Ankara']);
    expect(met('مستشارة الأمن القومي الهندية سارة كومار')).toEqual(['رجب طيب أردوغان – سارة كومار: meeting, undated, Ankara']);
  });

  it('reads acting offices, leaders, chief negotiators and heads of intelligence services', () => {
    expect(met('وزير الخارجية الأفغاني بالإنابة أمير خان متقي')).toEqual(['رجب طيب أردوغان – أمير خان متقي: meeting, undated, Ankara']);
    expect(met('الزعيم الأفغاني السابق أحمد شاه مسعود')).toEqual(['رجب طيب أردوغان – أحمد شاه مسعود: meeting, undated, Ankara']);
    expect(met('كبير المفاوضين محمد نعيم وردك')).toEqual(['رجب طيب أردوغان – محمد نعيم وردك: meeting, undated, Ankara']);
    expect(met('رئيس جهاز الاستخبارات الباكستاني فايز حميد')).toEqual(['رجب طيب أردوغان – فايز حميد: meeting, undated, Ankara']);
  });
});

describe('Arabic offices of movements and international bodies', () => {
  const met = (office: string) => contacts(`التقى الرئيس التركي رجب طيب أردوغان ب${office} في أنقرة.`);

  it('reads the spokesman of the political office, force commanders, executive directors and UN coordinators', () => {
    expect(met('المتحدث باسم المكتب السياسي لطالبان محمد نعيم')).toEqual(['رجب طيب أردوغان – محمد نعيم: meeting, undated, Ankara']);
    expect(met('قائد القوات الأمريكية في أفغانستان أوستن ميلر')).toEqual(['رجب طيب أردوغان – أوستن ميلر: meeting, undated, Ankara']);
    expect(met('المدير التنفيذي لبرنامج الأغذية العالمي ديفيد بيزلي')).toEqual(['رجب طيب أردوغان – ديفيد بيزلي: meeting, undated, Ankara']);
    expect(met('وكيل الأمين العام للشؤون الإنسانية مارتن غريفيث')).toEqual(['رجب طيب أردوغان – مارتن غريفيث: meeting, undated, Ankara']);
  });

  it('keeps the adjective of a council in its name out of the person\'s name ("رئيس مجلس الشورى الإسلامي X")', () => {
    expect(met('رئيس مجلس الشورى الإسلامي محمد باقر قاليباف')).toEqual(['رجب طيب أردوغان – محمد باقر قاليباف: meeting, undated, Ankara']);
  });
});
