import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a delegation met, named by its head after a word of heading (برئاسة, بقيادة, يترأسه, الذي يرأسه, على رأسه)', () => {
  it.each([
    ['التقى وزير الخارجية الروسي سيرغي لافروف وفدا من طالبان بقيادة أمير خان متقي.', 'سيرغي لافروف – أمير خان متقي: meeting, undated'],
    ['التقى وزير الخارجية الروسي سيرغي لافروف بوفد طالبان بقيادة أمير خان متقي.', 'سيرغي لافروف – أمير خان متقي: meeting, undated'],
    ['استقبل الرئيس الأوزبكي شوكت ميرضيائيف وفدا من طالبان يترأسه عبد الغني برادر.', 'شوكت ميرضيائيف – عبد الغني برادر: meeting, undated'],
    ['التقى وزير الخارجية الباكستاني شاه محمود قريشي وفد طالبان الذي يرأسه أمير خان متقي.', 'شاه محمود قريشي – أمير خان متقي: meeting, undated'],
    ['استقبل الرئيس التركي رجب طيب أردوغان وفدا أفغانيا على رأسه أمير خان متقي.', 'رجب طيب أردوغان – أمير خان متقي: meeting, undated'],
    ['التقى وزير الخارجية العماني بدر بن حمد البوسعيدي وفدا من حركة طالبان برئاسة الملا أمير خان متقي.', 'بدر بن حمد البوسعيدي – أمير خان متقي: meeting, undated'],
  ])('%s', (sentence, expected) => {
    expect(contacts(sentence)).toEqual([expected]);
  });

  it('names no one after a word of heading that a full name does not follow', () => {
    expect(contacts('التقى وزير الخارجية الروسي سيرغي لافروف وفدا يترأسه نائب رئيس الحركة.')).toEqual([]);
  });
});

describe('Arabic: a title naming its state ("أمير قطر", emir of Qatar) alone stands for its holder named before', () => {
  const emir = 'وقال أمير قطر الشيخ تميم بن حمد آل ثاني إن بلاده تدعم الحوار.';
  const kuwait = 'وأكد أمير الكويت الشيخ نواف الأحمد الجابر الصباح دعم بلاده للاستقرار.';

  it.each([
    [emir, 'وخلال اتصال هاتفي أجراه رئيس الوزراء الباكستاني عمران خان بأمير قطر، بحث الجانبان الوضع.', 'عمران خان – تميم بن حمد آل ثاني: phone call, undated'],
    [emir, 'واتصل رئيس الوزراء الباكستاني عمران خان بأمير قطر.', 'عمران خان – تميم بن حمد آل ثاني: phone call, undated'],
    [emir, 'وبحث وزير الخارجية الألماني هايكو ماس مع أمير قطر الوضع في أفغانستان.', 'هايكو ماس – تميم بن حمد آل ثاني: talks, undated'],
    [emir, 'والتقى الرئيس التركي رجب طيب أردوغان أمير دولة قطر في أنقرة.', 'رجب طيب أردوغان – تميم بن حمد آل ثاني: meeting, undated, Ankara'],
    [kuwait, 'وتلقى أمير الكويت اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.', 'نواف الأحمد الجابر الصباح – جو بايدن: phone call, undated'],
  ])('%s %s', (before, sentence, expected) => {
    expect(contacts(before, sentence)).toEqual([expected]);
  });

  it('invents no one when the article names no holder of the office', () => {
    expect(contacts('واتصل رئيس الوزراء الباكستاني عمران خان بأمير قطر.')).toEqual([]);
  });
});

describe('Arabic: a minister of state "for … affairs" with the body in construct ("وزير الدولة لشؤون مجلس الوزراء البحريني X")', () => {
  it.each([
    ['ناقش وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء البحريني الشيخ الدكتور سلمان خليفة الجابر مع نظيره العماني بدر بن حمد البوسعيدي التطورات.', 'سلمان خليفة الجابر – بدر بن حمد البوسعيدي: talks, undated'],
    ['استقبل وزير الدولة لشؤون مجلس الوزراء البحريني سلمان خليفة الجابر السفير السعودي عبد الله سعود العنزي.', 'سلمان خليفة الجابر – عبد الله سعود العنزي: meeting, undated'],
  ])('%s', (sentence, expected) => {
    expect(contacts(sentence)).toEqual([expected]);
  });

  it('keeps the nationality after the body, so the office alone later stands for the minister', () => {
    expect(
      contacts(
        'استعرض وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء البحريني الشيخ الدكتور سلمان خليفة الجابر التطورات في أفغانستان.',
        'ومن جهة أخرى، بحث وزير الخارجية البحريني مع السفير السعودي لدى بلاده عبد الله سعود العنزي التعاون بين البلدين.',
      ),
    ).toEqual(['سلمان خليفة الجابر – عبد الله سعود العنزي: talks, undated']);
  });
});
