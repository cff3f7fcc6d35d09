/*
 * Invented contact sentences in the three languages with the date expressions news writes (a
 * weekday with and without its article or postposition, a day of the month alone, Gregorian month
 * names in their several spellings, Hijri dates, "yesterday", a time of day, a date far from the
 * verb, a dated headline, two contacts on two days in one sentence, a Hindi day written as a word,
 * a joiner inside a month name) and the spans that name no day
 * ("earlier this week", "recently"), which must leave the contact undated. Every article is
 * published on Wednesday 2021-09-01 (24 Muharram 1443), so Monday is 2021-08-30. Read by
 * test/contacts/date-shapes.test.ts, which holds the known gaps.
 */
import type { MatrixCase } from './cases.ts';
import { fillSlots, slotsOf } from './fill.ts';

/** `{A}`… a titled person, `{a}`… the bare name; `dates` maps each pair (default A–B) to its day, or 'undated'. */
export interface DateShape { name: string; t: string; dates: Record<string, string> }

interface Language {
  lang: MatrixCase['lang'];
  titles: readonly string[];
  given: readonly string[];
  family: readonly string[];
  shapes: readonly DateShape[];
}

const SUN = '2021-08-29';
const MON = '2021-08-30';
const TUE = '2021-08-31';
const WED = '2021-09-01';
const THU = '2021-08-26';
const NONE = 'undated';
const ab = (date: string): Record<string, string> => ({ AB: date });

const ENGLISH: Language = {
  lang: 'eng',
  titles: ['Foreign Minister {N}', 'President {N}', "Pakistan's Prime Minister {N}", 'National Security Adviser {N}', 'UN envoy {N}', 'Indian Foreign Minister {N}', 'Defence Minister {N}'],
  given: ['Tobias', 'Ramon', 'Kaveh', 'Dario', 'Nils', 'Emre', 'Selim', 'Bruno', 'Oskar', 'Matteo', 'Idris', 'Laszlo', 'Teodor', 'Anselm', 'Cyrus', 'Florin'],
  family: ['Vantongeren', 'Okafor', 'Lindqvist', 'Zoltanyi', 'Barzani', 'Hollström', 'Quaresma', 'Ferrante', 'Daskalov', 'Mirzoyan', 'Castellan', 'Ebrahimzadeh', 'Kowalczyk', 'Ruthven', 'Benedek', 'Torvald'],
  shapes: [
    { name: 'en: on weekday after object', t: '{A} met {B} on Monday.', dates: ab(MON) },
    { name: 'en: weekday without on', t: '{A} met {B} Monday in Doha.', dates: ab(MON) },
    { name: 'en: weekday opening the sentence', t: 'On Monday, {A} held talks with {B} in Doha.', dates: ab(MON) },
    { name: 'en: weekday between subject and verb', t: '{A} on Tuesday spoke by phone with {B}.', dates: ab(TUE) },
    { name: 'en: weekday and time of day', t: '{A} spoke with {B} on Tuesday evening.', dates: ab(TUE) },
    { name: 'en: weekday night, phone', t: '{A} and {B} spoke on the phone late on Sunday night.', dates: ab(SUN) },
    { name: 'en: the 30th', t: '{A} met {B} in Kabul on the 30th.', dates: ab(MON) },
    { name: 'en: month day', t: '{A} met {B} on August 30.', dates: ab(MON) },
    { name: 'en: day month', t: '{A} met {B} on 30 August.', dates: ab(MON) },
    { name: 'en: abbreviated month', t: '{A} met {B} on Aug. 30.', dates: ab(MON) },
    { name: 'en: Sept. abbreviation', t: '{A} received {B} on Sept. 1.', dates: ab(WED) },
    { name: 'en: weekday, date', t: '{A} met {B} on Monday, August 30.', dates: ab(MON) },
    { name: 'en: weekday (date)', t: '{A} met {B} on Monday (30 August).', dates: ab(MON) },
    { name: 'en: yesterday', t: '{A} met {B} yesterday in Doha.', dates: ab(TUE) },
    { name: 'en: today', t: '{A} held talks with {B} today.', dates: ab(WED) },
    { name: 'en: earlier on weekday', t: 'Earlier on Tuesday, {A} met {B} at the palace.', dates: ab(TUE) },
    { name: 'en: earlier this week', t: '{A} met {B} earlier this week.', dates: ab(NONE) },
    { name: 'en: this week', t: '{A} held talks with {B} in Doha this week.', dates: ab(NONE) },
    { name: 'en: recently', t: '{A} recently met {B} in Doha.', dates: ab(NONE) },
    { name: 'en: last Thursday', t: '{A} met {B} last Thursday.', dates: ab(THU) },
    { name: 'en: date far from the verb', t: 'On Monday, after a long flight from Moscow and a stop in Tehran for consultations with officials, {A} sat down for talks with {B}.', dates: ab(MON) },
    { name: 'en: aside with another day', t: '{A}, who arrived in Doha on Sunday, met {B} on Monday.', dates: ab(MON) },
    { name: 'en: two contacts, two days', t: '{A} met {B} on Monday and spoke with {C} on Tuesday.', dates: { AB: MON, AC: TUE } },
    { name: 'en: two contacts, day then and', t: 'On Monday {A} met {B}, and on Tuesday he held talks with {C}.', dates: { AB: MON, AC: TUE } },
    { name: 'en: sidelines on day', t: '{A} met {B} on the sidelines of the summit on Monday.', dates: ab(MON) },
    { name: 'en: over the weekend', t: '{A} met {B} in Doha over the weekend.', dates: ab(NONE) },
    { name: 'en: weekday night without on', t: '{A} spoke with {B} Monday night.', dates: ab(MON) },
    { name: 'en: day of this month', t: '{A} received {B} on the 1st of this month.', dates: ab(WED) },
    { name: 'en: headline with weekday', t: '{A} meets {B} on Monday', dates: ab(MON) },
  ],
};

const HINDI: Language = {
  lang: 'hin',
  titles: ['विदेश मंत्री {N}', 'ईरान के विदेश मंत्री {N}', 'रूसी राष्ट्रपति {N}', 'प्रधानमंत्री {N}', 'राष्ट्रीय सुरक्षा सलाहकार {N}', 'पाकिस्तान के प्रधानमंत्री {N}', 'अमेरिकी विदेश मंत्री {N}'],
  given: ['अनिल', 'करीम', 'नवीन', 'रवि', 'सुनील', 'अमित', 'राजेश', 'विजय', 'मोहन', 'अजय', 'संजय', 'दीपक', 'सुरेश', 'विनोद', 'मनोज', 'प्रकाश'],
  family: ['कुमार', 'राय', 'वर्मा', 'मेहता', 'कपूर', 'शर्मा', 'गुप्ता', 'जोशी', 'पांडे', 'मिश्रा', 'यादव', 'चौहान', 'सेठी', 'भाटिया', 'नायर', 'तिवारी'],
  shapes: [
    { name: 'hi: weekday को', t: '{A} ने सोमवार को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: weekday without को', t: '{A} ने सोमवार {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: weekday first', t: 'सोमवार को {A} ने {B} से फोन पर बात की।', dates: ab(MON) },
    { name: 'hi: बृहस्पतिवार', t: '{A} ने बृहस्पतिवार को {B} से मुलाकात की।', dates: ab(THU) },
    { name: 'hi: बीते weekday', t: '{A} ने बीते सोमवार को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: गत weekday', t: '{A} ने गत सोमवार को {B} के साथ बैठक की।', dates: ab(MON) },
    { name: 'hi: weekday evening', t: '{A} ने सोमवार शाम {B} से फोन पर बात की।', dates: ab(MON) },
    { name: 'hi: weekday late night', t: '{A} ने मंगलवार देर रात {B} से बात की।', dates: ab(TUE) },
    { name: 'hi: day and month', t: '{A} ने 30 अगस्त को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: day, month, year', t: '{A} ने 30 अगस्त, 2021 को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: सितम्बर spelling', t: '{A} ने 1 सितम्बर को {B} से बात की।', dates: ab(WED) },
    { name: 'hi: तारीख', t: '{A} ने 30 तारीख को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: weekday, date', t: 'सोमवार, 30 अगस्त को {A} ने {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: weekday यानी date', t: '{A} ने मंगलवार यानी 31 अगस्त को {B} से मुलाकात की।', dates: ab(TUE) },
    { name: 'hi: कल, past', t: '{A} ने कल {B} से मुलाकात की।', dates: ab(TUE) },
    { name: 'hi: आज', t: '{A} ने आज {B} से फोन पर बात की।', dates: ab(WED) },
    { name: 'hi: this week', t: '{A} ने इस सप्ताह {B} से मुलाकात की।', dates: ab(NONE) },
    { name: 'hi: earlier this week', t: '{A} ने इस हफ्ते की शुरुआत में {B} से मुलाकात की।', dates: ab(NONE) },
    { name: 'hi: recently', t: '{A} ने हाल ही में {B} से मुलाकात की।', dates: ab(NONE) },
    { name: 'hi: date far from the verb', t: 'सोमवार को अफगानिस्तान के ताजा हालात, क्षेत्रीय सुरक्षा और आपसी व्यापार से जुड़े कई मुद्दों पर {A} ने {B} से विस्तार से चर्चा की।', dates: ab(MON) },
    { name: 'hi: meeting took place on day', t: '{A} और {B} की सोमवार को मुलाकात हुई।', dates: ab(MON) },
    { name: 'hi: talks held on day, in which', t: 'सोमवार को हुई बैठक में {A} और {B} ने आतंकवाद पर चर्चा की।', dates: ab(MON) },
    { name: 'hi: two contacts, two days', t: '{A} ने सोमवार को {B} से और मंगलवार को {C} से मुलाकात की।', dates: { AB: MON, AC: TUE } },
    { name: 'hi: two clauses, two days', t: '{A} ने सोमवार को {B} से मुलाकात की और मंगलवार को {C} से फोन पर बात की।', dates: { AB: MON, AC: TUE } },
    { name: 'hi: month की day तारीख', t: '{A} ने अगस्त महीने की 30 तारीख को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: परसों, past', t: '{A} ने परसों {B} से मुलाकात की थी।', dates: ab(MON) },
    { name: 'hi: Devanagari digits', t: '{A} ने ३० अगस्त को {B} से मुलाकात की।', dates: ab(MON) },
    { name: 'hi: each day after its person', t: '{A} ने {B} से सोमवार को और {C} से मंगलवार को मुलाकात की।', dates: { AB: MON, AC: TUE } },
    { name: 'hi: headline with weekday', t: '{A} ने सोमवार को {B} से की मुलाकात', dates: ab(MON) },
    { name: 'hi: day written as a word', t: '{A} ने सात अगस्त को {B} से मुलाकात की।', dates: ab('2021-08-07') },
    { name: 'hi: joiner in the month name', t: '{A} ने 30 अगस्\u200Dत को {B} से फोन पर बात की।', dates: ab(MON) },
    { name: 'hi: month में day तारीख', t: '{A} ने अगस्त में 30 तारीख को {B} के साथ बैठक की।', dates: ab(MON) },
    { name: 'hi: weekday की शाम', t: '{A} ने सोमवार की शाम {B} से बातचीत की।', dates: ab(MON) },
    { name: 'hi: बीते day month', t: '{A} ने बीते 26 अगस्त को {B} से मुलाकात की थी।', dates: ab(THU) },
  ],
};

const ARABIC: Language = {
  lang: 'arb',
  titles: ['وزير الخارجية الروسي {N}', 'الرئيس التركي {N}', 'رئيس الوزراء الباكستاني {N}', 'المبعوث الأمريكي الخاص إلى أفغانستان {N}', 'وزير خارجية قطر الشيخ {N}', 'مستشار الأمن القومي الهندي {N}'],
  given: ['باسل', 'مهند', 'صابر', 'غسان', 'نبيل', 'سمير', 'وائل', 'رياض', 'فراس', 'ماهر', 'إياد', 'لؤي', 'عماد', 'بشير', 'شادي', 'حازم'],
  family: ['العلي', 'مراد', 'فارس', 'سعدون', 'كنعان', 'الخوري', 'بدران', 'عزام', 'شهاب', 'قبلان', 'رحال', 'نصار', 'عبود', 'الحلبي', 'طعمة', 'زريق'],
  shapes: [
    { name: 'ar: يوم weekday', t: 'التقى {A} يوم الاثنين {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: bare weekday', t: 'التقى {A} الاثنين {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: weekday after object', t: 'استقبل {A} {B} يوم الإثنين في القصر.', dates: ab(MON) },
    { name: 'ar: weekday الماضي', t: 'اجتمع {A} يوم الخميس الماضي مع {B}.', dates: ab(THU) },
    { name: 'ar: أمس', t: 'التقى {A} أمس {B} في الدوحة.', dates: ab(TUE) },
    { name: 'ar: أول أمس', t: 'التقى {A} أول أمس {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: اليوم weekday', t: 'بحث {A} اليوم الأربعاء مع {B} الأوضاع في أفغانستان.', dates: ab(WED) },
    { name: 'ar: evening of weekday', t: 'أجرى {A} مساء الاثنين اتصالا هاتفيا مع {B}.', dates: ab(MON) },
    { name: 'ar: Gulf month', t: 'استقبل {A} في 30 أغسطس {B} في القصر.', dates: ab(MON) },
    { name: 'ar: Levantine month', t: 'استقبل {A} في 30 آب {B} في القصر.', dates: ab(MON) },
    { name: 'ar: paired months', t: 'استقبل {A} في 30 آب/أغسطس {B} في القصر.', dates: ab(MON) },
    { name: 'ar: day month year', t: 'التقى {A} يوم 30 أغسطس 2021 {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: ordinal day', t: 'التقى {A} في الثلاثين من أغسطس {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: day of last month', t: 'التقى {A} في الـ30 من الشهر الماضي {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: Hijri with year', t: 'استقبل {A} يوم الاثنين 22 محرم 1443 هـ {B} في القصر.', dates: ab(MON) },
    { name: 'ar: Hijri alone', t: 'استقبل {A} في 22 محرم 1443هـ {B} في القصر.', dates: ab(MON) },
    { name: 'ar: Hijri then Gregorian', t: 'استقبل {A} يوم الاثنين 22 محرم 1443هـ الموافق 30 أغسطس 2021م {B} في القصر.', dates: ab(MON) },
    { name: 'ar: earlier this week', t: 'التقى {A} مطلع الأسبوع الجاري {B} في الدوحة.', dates: ab(NONE) },
    { name: 'ar: this week', t: 'التقى {A} خلال هذا الأسبوع {B} في الدوحة.', dates: ab(NONE) },
    { name: 'ar: recently', t: 'التقى {A} مؤخرا {B} في الدوحة.', dates: ab(NONE) },
    { name: 'ar: date far from the verb', t: 'التقى {A}، في إطار جولة إقليمية تشمل عدة عواصم خليجية وآسيوية، يوم الاثنين، {B}.', dates: ab(MON) },
    { name: 'ar: two contacts, two days', t: 'التقى {A} يوم الاثنين {B}، ثم أجرى يوم الثلاثاء اتصالا هاتفيا مع {C}.', dates: { AB: MON, AC: TUE } },
    { name: 'ar: أمس الأول', t: 'التقى {A} أمس الأول {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: يوم أمس', t: 'التقى {A} يوم أمس {B} في الدوحة.', dates: ab(TUE) },
    { name: 'ar: Arabic-Indic digits', t: 'التقى {A} في ٣٠ أغسطس {B} في الدوحة.', dates: ab(MON) },
    { name: 'ar: Hijri with للهجرة', t: 'استقبل {A} في 22 من شهر محرم لعام 1443 للهجرة {B} في القصر.', dates: ab(MON) },
    { name: 'ar: headline with weekday', t: '{A} يبحث مع {B} الاثنين الأوضاع في أفغانستان', dates: ab(MON) },
  ],
};

export const DATE_LANGUAGES: readonly Language[] = [ENGLISH, HINDI, ARABIC];

/** One case per (shape, pair): a sentence stating two contacts on two days is checked once per pair. */
export function dateShapeCases(rounds = 2): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const language of DATE_LANGUAGES) {
    const { given, family, titles } = language;
    let k = 0;
    // Every name is new (no two sentences share a pair): the matrix is one corpus.
    const nameAt = (i: number): string => `${given[i % given.length]} ${family[(i * 5 + Math.floor(i / given.length)) % family.length]}`;
    for (let r = 0; r < rounds; r++) {
      for (const shape of language.shapes) {
        const named = new Map(slotsOf(shape.t).map((s) => [s, nameAt(k++)]));
        const ti = k % titles.length;
        const text = fillSlots(shape.t, named, (j) => titles[(ti + j * 3) % titles.length]!);
        for (const [pair, date] of Object.entries(shape.dates)) {
          const [x, y] = [named.get(pair[0]!)!, named.get(pair[1]!)!];
          cases.push({ lang: language.lang, frame: shape.name, verb: pair, title: '', text, people: [x, y], pairs: [[x, y]], planned: false, date });
        }
      }
    }
  }
  return cases;
}
