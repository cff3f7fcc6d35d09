/**
 * Arabic words that end a name after an office: attribution words (وفق ما نقلته, طبقا لبيان,
 * according to) and "and" joined to a particle or a common name word (وبن سلمان, ومحمد), which
 * opens the next person. Invented sentences, varied offices and nationalities.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const people = (text: string) => invented([`عنوان\n${text}`]).people.map((p) => p.display);
/** The names as the text writes them. */
const named = (text: string) => invented([`عنوان\n${text}`]).people.flatMap((p) => p.mentions.map((m) => m.text));

describe('an attribution word after an office is no name', () => {
  it.each([
    'وقال الرئيس الأمريكي وفق ما نقلته وكالة الأنباء إن الجهود مقدرة.',
    'وقال وزير الخارجية الروسي وفقا لبيان الوزارة إن الوضع صعب.',
    'وأكد رئيس الوزراء الباكستاني طبقا لبيان رسمي أن الزيارة ناجحة.',
    'وقالت المتحدثة باسم الخارجية الصينية نقلا عن مصادر إن اللقاء مهم.',
    'وأوضح المبعوث الأمريكي الخاص تبعا لما ذكرته الوكالة أن المحادثات مستمرة.',
  ])('%s', (text) => expect(named(text).filter((m) => /^(?:وفق|طبق|نقل|تبع)/u.test(m))).toEqual([]));
});

describe('"and" with a particle or a common name word opens the next person', () => {
  it('leaves the office before وبن unnamed', () => {
    expect(people('ملك الأردن وبن سلمان يناقشان مع شهباز شريف ملف اللاجئين').some((d) => /^Wa/u.test(d))).toBe(false);
    expect(people('ولي العهد السعودي وبن زايد يبحثان الملف الأفغاني').some((d) => /^Wa/u.test(d))).toBe(false);
    expect(people('الرئيس التركي وآل ثاني يبحثان الملف الأفغاني').some((d) => /^Wa/u.test(d))).toBe(false);
  });

  it('ends a full name before ومحمد, وعلي, وأحمد', () => {
    expect(people('التقى أمير قطر تميم بن حمد آل ثاني ومحمد بن سلمان في الرياض.')).toContain('Tamim bin Hamad Al Thani');
    expect(people('واستقبل الرئيس الأفغاني أشرف غني وأحمد مسعود في كابول.').some((d) => /Wa/u.test(d))).toBe(false);
  });

  it('keeps given names that begin with و (وحيد, وليد, وائل)', () => {
    expect(people('وقال وزير الخارجية وحيد عمر إن اللقاء مهم.')).toContain('Waheed Omar');
    expect(named('وقال السفير الأمريكي وائل حسن إن اللقاء مهم.')).toContain('وائل حسن');
    expect(named('وقال وزير الخارجية وليد المعلم إن اللقاء مهم.').some((m) => m.startsWith('وليد'))).toBe(true);
  });
});

describe('a family name with the article after given names, where only the predicate can follow', () => {
  it.each([
    ['وقال الأمين العام لمجلس التعاون نايف الحجرف إن اللقاء مهم.', 'نايف الحجرف'],
    ['وأكد وزير الخارجية السوري فيصل المقداد أن الزيارة ناجحة.', 'فيصل المقداد'],
    ['وأكد الناطق باسم الخارجية المصرية محمد الباز، أن المحادثات مستمرة.', 'محمد الباز'],
    ['وقال الأمين العام نايف فلاح مبارك الحجرف إن اللقاء مهم.', 'نايف فلاح مبارك الحجرف'],
    ['وأعلن وزير الدولة خالد بن محمد العطية أن الوفد وصل.', 'خالد بن محمد العطية'],

  ])('%s', (text, name) => expect(named(text)).toContain(name));

  it.each([
    // An object or a date after the name is no family name.
    ['بحث ولي العهد محمد بن سلمان العلاقات الثنائية مع الوزير.', 'محمد بن سلمان'],
    ['بحث الشيخ تميم الأوضاع في أفغانستان.', 'تميم'],
    ['وقال وزير الخارجية فيصل الاثنين إن اللقاء مهم.', 'فيصل'],
    ['وقال الرئيس الأفغاني أشرف غني الأفغاني إن الوضع صعب.', 'أشرف غني'],
    ['زار مسؤول الشؤون الخارجية فيليب مارتان العاصمة.', 'فيليب مارتان'],
  ])('%s', (text, name) => expect(named(text)).toContain(name));
});

describe('given names that are also common words are listed (نجيب, women\'s names)', () => {
  it.each([
    ['وقال رئيس الوزراء اللبناني نجيب ميقاتي إن الحكومة ستتشكل.', 'نجيب ميقاتي'],
    ['وقالت وزيرة الخارجية فاطمة حسن إن اللقاء مهم.', 'فاطمة حسن'],
    ['وقالت السفيرة ليلى عمر إن الزيارة مهمة.', 'ليلى عمر'],
  ])('%s', (text, name) => expect(named(text)).toContain(name));
});

describe('a news agency or photo credit after an office is no name', () => {
  it.each([
    'صورة أرشيفية للمتحدث باسم وزارة الداخلية الباكستانية- جيتي',
    'وقال الرئيس الأفغاني (رويترز) إن الوضع صعب.',
    'وزير الخارجية الصيني خلال المؤتمر - شينخوا',
    'المتحدث باسم الخارجية الروسية - سبوتنيك',
  ])('%s', (text) => expect(named(text)).toEqual([]));

  it.each([
    'अफगानिस्तान के राष्ट्रपति - एएफपी',
    'बैठक के दौरान विदेश मंत्री (रॉयटर्स)',
    'पाकिस्तान के प्रधानमंत्री, फोटो: गेटी',
  ])('%s', (text) => expect(invented([`बैठक\n${text}`]).people.flatMap((p) => p.mentions.map((m) => m.text))).toEqual([]));
});
