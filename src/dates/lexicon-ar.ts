/**
 * Arabic date vocabulary. Both Gregorian month series are listed: the Egyptian/Gulf names
 * (يناير … ديسمبر) and the Levantine/Iraqi ones (كانون الثاني … كانون الأول); news often writes
 * both together, "آب/أغسطس". Hamza-less and ha-for-ta-marbuta spellings come from `spellArabic`;
 * آ is kept apart from ا on purpose, because آب (August) without its madda is أب "father".
 * The Maghreb names (جانفي، فيفري، أفريل، جوان، جويلية، أوت; Morocco يوليوز، غشت، شتنبر، نونبر، دجنبر)
 * are listed too; ماي (May) is left out, since it is also a surname (تيريزا ماي).
 */
import { normaliseArabic, spellArabic, variantTable } from './spelling.ts';

/** Month spellings; index 0 = January. */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار', 'اذار'],
  ['أبريل', 'إبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'آب', 'أوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'شتنبر'],
  ['أكتوبر', 'تشرين الأول', 'تشرين أول'],
  ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر'],
];

/** Weekday spellings (definite, as dates are written); index 0 = Sunday. */
const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['الأحد'],
  ['الإثنين', 'الأثنين'],
  ['الثلاثاء'],
  ['الأربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];

const UNIT_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

/**
 * Day-of-month ordinals as dates are spoken ("الرابع من أغسطس"): masculine, agreeing with اليوم;
 * 11 and the twenties/thirties use الحادي for "first"; tens take the -ين (oblique) or -ون ending.
 */
function dayOrdinals(): Array<[string, number]> {
  const unit = (d: number): string => (d === 1 ? 'الحادي' : UNIT_ORDINALS[d - 1] ?? '');
  const out: Array<[string, number]> = UNIT_ORDINALS.map((w, i) => [w, i + 1]);
  out.push(['العاشر', 10]);
  for (let d = 1; d <= 9; d++) out.push([`${unit(d)} عشر`, 10 + d]);
  for (const [tens, words] of [[20, ['العشرين', 'العشرون']], [30, ['الثلاثين', 'الثلاثون']]] as const) {
    for (const w of words) {
      out.push([w, tens]);
      for (let d = 1; d <= 9 && tens + d <= 31; d++) out.push([`${unit(d)} و${w}`, tens + d]);
    }
  }
  return out;
}
const DAY_ORDINALS = dayOrdinals();

/** Day words and their offsets from the reference day. اليوم has its own guard in the extractor. */
const DAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['اليوم', 0],
  ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['الليلة الماضية', -1],
  // "أمس الأول" (the day before yesterday, as Gulf and Egyptian papers write it) is read whole: "أمس" before a definite word is otherwise taken for a noun.
  ['أول أمس', -2], ['أول من أمس', -2], ['أمس الأول', -2],
  ['غدا', 1], ['غداً', 1], ['غدًا', 1], ['الغد', 1],
  ['بعد غد', 2],
];

/** Adjectives after a period or weekday: current (0), past (-1), coming (+1). */
const AFTER_MODIFIERS: ReadonlyArray<readonly [string, number]> = [
  ['الجاري', 0], ['الجارية', 0], ['الحالي', 0], ['الحالية', 0],
  ['الماضي', -1], ['الماضية', -1], ['المنصرم', -1], ['المنصرمة', -1], ['الفائت', -1], ['الفائتة', -1], ['السابق', -1], ['السابقة', -1],
  ['المقبل', 1], ['المقبلة', 1], ['القادم', 1], ['القادمة', 1],
];

/** Demonstratives before a period: "هذا العام", "هذه السنة". */
const BEFORE_MODIFIERS = ['هذا', 'هذه'];

const PERIOD_UNITS: ReadonlyArray<readonly [string, 'year' | 'month']> = [
  ['العام', 'year'], ['السنة', 'year'], ['الشهر', 'month'],
];

/** Words after which a bare month name is a time expression: "في أيلول", "منذ مارس", "شهر مايو". */
const MONTH_CUES = ['في', 'خلال', 'منذ', 'حتى', 'مطلع', 'أوائل', 'أواسط', 'منتصف', 'أواخر', 'بداية', 'نهاية', 'شهر'];

/** What joins the two days of a range written before one month: "25-26 أكتوبر", "يومي 25 و26 أكتوبر", "من 25 إلى 27 أكتوبر". */
const RANGE_JOINERS = ['و', 'إلى', 'الى', 'حتى'];

/** Days counted from the day the text named last: "وقبل ذلك بيوم" (a day earlier), "في اليوم التالي" (the next day). */
const ANAPHORIC_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['قبل ذلك بيوم', -1], ['بعد ذلك بيوم', 1], ['قبل ذلك بيومين', -2], ['بعد ذلك بيومين', 2],
  ['في اليوم التالي', 1], ['في اليوم السابق', -1], ['في اليوم الذي سبقه', -1],
  // The same day as the one named last.
  ['في اليوم نفسه', 0], ['في نفس اليوم', 0], ['في اليوم ذاته', 0], ['في ذات اليوم', 0], ['في وقت سابق من ذلك اليوم', 0], ['في وقت لاحق من ذلك اليوم', 0],
];

/** Words introducing a bare year: "عام 2020", "سنة 2019". */
const YEAR_CUES = ['عام', 'العام', 'سنة', 'السنة'];

const n = normaliseArabic;
const spell = spellArabic;

export const ARABIC_MONTH = variantTable(MONTHS, MONTHS.map((_, i) => i + 1), n);
export const ARABIC_WEEKDAY = variantTable(WEEKDAYS, WEEKDAYS.map((_, i) => i), n);
export const ARABIC_DAY_WORD = new Map(DAY_WORDS.map(([w, offset]) => [n(w), offset]));
export const ARABIC_DAY_ORDINAL = new Map(DAY_ORDINALS.map(([w, day]) => [n(w), day]));
export const ARABIC_MODIFIER = new Map(AFTER_MODIFIERS.map(([w, offset]) => [n(w), offset]));
export const ARABIC_PERIOD_UNIT = new Map(PERIOD_UNITS.map(([w, unit]) => [n(w), unit]));

export const ARABIC_MONTH_RE = spell(MONTHS.flat());
export const ARABIC_WEEKDAY_RE = spell(WEEKDAYS.flat());
export const ARABIC_DAY_WORD_RE = spell(DAY_WORDS.map(([w]) => w));
export const ARABIC_DAY_ORDINAL_RE = spell(DAY_ORDINALS.map(([w]) => w));
export const ARABIC_AFTER_MODIFIER_RE = spell(AFTER_MODIFIERS.map(([w]) => w));
export const ARABIC_BEFORE_MODIFIER_RE = spell(BEFORE_MODIFIERS);
export const ARABIC_PERIOD_UNIT_RE = spell(PERIOD_UNITS.map(([w]) => w));
export const ARABIC_MONTH_CUE_RE = spell(MONTH_CUES);
export const ARABIC_YEAR_CUE_RE = spell(YEAR_CUES);
export const ARABIC_ANAPHORIC_DAY = new Map(ANAPHORIC_DAYS.map(([w, offset]) => [normaliseArabic(w), offset]));
export const ARABIC_ANAPHORIC_DAY_RE = spell(ANAPHORIC_DAYS.map(([w]) => w));
export const ARABIC_RANGE_JOINER_RE = `(?:[-–]|${spell(RANGE_JOINERS)})`;

/** Every month spelling, for tests and generators. */
export const ARABIC_MONTH_SPELLINGS: ReadonlyArray<readonly string[]> = MONTHS;
export const ARABIC_WEEKDAY_SPELLINGS: ReadonlyArray<readonly string[]> = WEEKDAYS;
