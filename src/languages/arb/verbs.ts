/**
 * Common verbs of news Arabic — reporting, stating, travelling, acting — and the masdar nouns that
 * follow a subject ("أعربت عن شكرها", "بمناسبة تعيينه"), each listed once and inflected in full by
 * src/text/arabicInflection.ts. After a title a name runs until a word that cannot be part of one;
 * Arabic has no capitals to end it, so these words end it: "المستشارة الألمانية أعربت" names
 * no one called أعربت, and "الملك سلمان يشارك" names سلمان. A form that is also a common name
 * word (طالب Talib) is left out by the names module.
 */
import { arabicNoun, arabicPlural, arabicVerb } from '../../text/arabicInflection.ts';

/** [past, present stem] of each verb. */
const VERBS: ReadonlyArray<readonly [string, string]> = [
  // Saying and stating.
  ['قال', 'قول'], ['أضاف', 'ضيف'], ['أكد', 'ؤكد'], ['أشار', 'شير'], ['أوضح', 'وضح'], ['ذكر', 'ذكر'], ['أعلن', 'علن'],
  ['صرح', 'صرح'], ['أفاد', 'فيد'], ['كشف', 'كشف'], ['نقل', 'نقل'], ['كتب', 'كتب'], ['غرد', 'غرد'], ['شدد', 'شدد'],
  ['جدد', 'جدد'], ['أعرب', 'عرب'], ['عبر', 'عبر'], ['أبدى', 'بدي'], ['أبلغ', 'بلغ'], ['أطلع', 'طلع'], ['حذر', 'حذر'],
  ['نفى', 'نفي'], ['رفض', 'رفض'], ['أدان', 'دين'], ['استنكر', 'ستنكر'], ['اعتبر', 'عتبر'], ['رأى', 'رى'],
  ['ثمن', 'ثمن'], ['أشاد', 'شيد'], ['رحب', 'رحب'], ['شكر', 'شكر'], ['هنأ', 'هنئ'], ['تمنى', 'تمنى'], ['حث', 'حث'],
  ['شجع', 'شجع'], ['دعم', 'دعم'], ['تعهد', 'تعهد'], ['وعد', 'عد'], ['اتفق', 'تفق'], ['قرر', 'قرر'], ['أصدر', 'صدر'],
  ['تطرق', 'تطرق'], ['تابع', 'تابع'], ['أجاب', 'جيب'], ['سأل', 'سأل'],
  // Travelling and acting.
  ['وصل', 'صل'], ['غادر', 'غادر'], ['توجه', 'توجه'], ['سافر', 'سافر'], ['عاد', 'عود'], ['زار', 'زور'], ['حضر', 'حضر'],
  ['شارك', 'شارك'], ['ترأس', 'ترأس'], ['افتتح', 'فتتح'], ['استضاف', 'ستضيف'], ['قام', 'قوم'], ['أجرى', 'جري'],
  ['عقد', 'عقد'], ['بعث', 'بعث'], ['وجه', 'وجه'], ['قدم', 'قدم'], ['ألقى', 'لقي'], ['وقع', 'وقع'], ['تسلم', 'تسلم'],
  ['أنهى', 'نهي'], ['بدأ', 'بدأ'], ['اختتم', 'ختتم'], ['أمر', 'أمر'], ['سعى', 'سعى'], ['جاء', 'جيء'], ['أتى', 'أتي'],
  ['تبادل', 'تبادل'], ['عين', 'عين'],
];

/**
 * Masdar nouns that follow a name's verb or stand after it ("عن شكرها", "بمناسبة تعيينه", "من
 * المفترض إرساله سفيرا"), and the nouns that open the object of a verb of saying or discussing
 * right after its subject ("أكد X أهمية …", "بحث X سبل تعزيز …", "ناقش X مستجدات …", "بعث X برقية …", "نقل X تحيات …"), or with لـ of
 * purpose after a name that ends in a family name ("… نواف الأحمد الصباح لمناقشة …"); the occasions a
 * name is followed by ("رئيس طاجيكستان بعيد ميلاده", on his birthday); and the settings a receiving
 * verb's subject is followed by ("استقبل X بمكتبه Y", at his office; "في مقر الوزارة", "بالديوان
 * الأميري", "عقد X جلسة مباحثات مع Y", a session of talks).
 */
const NOUNS = `شكر تقدير دور تعيين مناسبة تهنئة ترحيب دعم تضامن مساعدة مشاركة رغبة استعداد حرص أمل قلق
  أهمية ضرورة سبيل تعزيز تطوير تنسيق تطور مستجد قضية ملف جهد مناقشة متابعة استعراض تبادل دراسة
  إرسال إعلان إجراء توقيع تقديم إطلاق إجلاء انسحاب اعتراف تشكيل إنهاء إقامة إنشاء افتتاح تسليم تنفيذ وصول مغادرة
  عيد ميلاد ذكرى
  برقية تحية تعزية
  مكتب مقر قصر ديوان جلسة`;
/* Plural objects of such verbs ("تبادل X وY وجهات النظر", exchanged views). */
const PLURALS = 'وجهات آراء سبل تطورات مستجدات قضايا ملفات جهود تحيات برقيات';

/** Every form of the verbs above, as written (unfolded). */
export const NEWS_VERB_FORMS: readonly string[] = VERBS.flatMap(([past, present]) => {
  const forms = arabicVerb(past, present);
  return [...forms.done, ...forms.future, ...forms.participles];
});

/** The future forms of the verbs above (سيصل, ستتوجه, سيقوم …). */
export const NEWS_FUTURE_FORMS: readonly string[] = VERBS.flatMap(([past, present]) => arabicVerb(past, present).future);

/** Every form of the nouns above, as written (unfolded). */
export const NEWS_NOUN_FORMS: readonly string[] = [...NOUNS.split(/\s+/u).flatMap(arabicNoun), ...PLURALS.split(' ').flatMap(arabicPlural)];
