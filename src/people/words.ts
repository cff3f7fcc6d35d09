/**
 * Function words that end a name. Hindi and Arabic have no capital letters, so after a title the
 * name runs until a case marker, conjunction, pronoun, auxiliary or a common noun that typically
 * follows a title ("प्रधानमंत्री कार्यालय", "رئيس مجلس"), or a common verb or object noun that can
 * follow a name directly ("X पहुंचे", X arrived; "أجرى X اتصالا", X made a call). Curated rather than taken from a generic
 * stop-word list, which holds letters used as initials (एस = S.).
 */
import { ENGLISH_MONTHS } from '../dates/format.ts';
import { ARABIC_DAY_WORD, ARABIC_MONTH_SPELLINGS, ARABIC_WEEKDAY_SPELLINGS } from '../dates/lexicon-ar.ts';
import { HINDI_DAY_WORD, HINDI_MONTH_SPELLINGS, HINDI_WEEKDAY_SPELLINGS } from '../dates/lexicon-hin.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Tok } from './tokens.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean).map(foldTerm));

const HINDI_STOP = set(`
  ने से को के की का में पर तक द्वारा साथ लिए बाद पहले बीच ओर तरफ इतर समेत सहित
  और तथा एवं व या कि लेकिन मगर जबकि क्योंकि अगर
  भी ही तो न नहीं ना
  वह वे यह ये उन उस इन इस उन्होंने उन्हें उनके उनकी उनका उसके उसकी उसका उसने अपने अपनी अपना हम मैं आप जो जिस जिन कौन कोई सभी दोनों
  है हैं था थे थी हो होगा होगी होंगे रहा रहे रही गया गए गई किया की करेंगे करेगा करेगी करते करने कर कहा कहते बताया हुए हुई हुआ
  आज कल अब यहां वहां जहां तब जब अगले पिछले सप्ताह हफ्ते महीने साल वर्ष दिन सुबह शाम रात
  पहुंचे पहुंचा पहुंची आए आई आया आये गए गई गया गये लौटे लौटा लौटी बोले बोला बोली मिले मिला मिली रवाना चाहिए सकते सकता सकती दिए दी
  कार्यालय पद भवन आवास स्तर स्तरीय चुनाव शासन दौरे दौरा यात्रा बैठक सम्मेलन वार्ता बयान प्रशासन सरकार मंत्रालय परिषद विभाग पार्टी
`);

/* Oblique plurals (देशों, सहयोगियों, नेताओं) are common nouns, never names; future verbs (जाएंगे) never either. */
const HINDI_NOT_NAME = /(?:ों|ओं|ेंगे|ेंगी|ेगा|ेगी)$/u;

const ARABIC_STOP = set(`
  في من على إلى الى عن مع أن إن ان أنه انه إنه الذي التي الذين قد لقد كما حيث خلال بعد قبل عند منذ حول ضد بين
  اليوم أمس غدا الآن هذا هذه ذلك تلك هو هي هم لا لم لن ما ثم أو او بل إلى كل جميع أي
  قال وقال أكد أعلن أضاف وأضاف أشار ذكر بحث التقى يلتقي سيلتقي أجرى تلقى اتصل
  مجلس هيئة منظمة لجنة حزب حكومة جمهورية دولة وزارة الوزراء وزراء الحكومة الخارجية
  اتصال اتصالا هاتفي هاتفيا مكالمة محادثات مباحثات لقاء اجتماع اجتماعا زيارة رسالة بيان بيانا تصريحات كلمة
`);

/* Month, weekday and day words of the date lexicons: "प्रधानमंत्री सोमवार को", "FM … on Monday". */
const DATE_WORDS: ReadonlySet<string> = new Set(
  [
    ...HINDI_MONTH_SPELLINGS.flat(),
    ...HINDI_WEEKDAY_SPELLINGS.flat(),
    ...HINDI_DAY_WORD.keys(),
    ...ARABIC_MONTH_SPELLINGS.flat(),
    ...ARABIC_WEEKDAY_SPELLINGS.flat(),
    ...ARABIC_DAY_WORD.keys(),
    ...ENGLISH_MONTHS,
    ...['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Today', 'Yesterday', 'Tomorrow'],
  ].map(foldTerm),
);

/* Lowercase words that sit inside Latin-script names. */
const LATIN_PARTICLES = set('bin ibn al el de da van von la le');
const ARABIC_NAME_PREFIXES = set('عبد أبو ابو بن ابن');

/**
 * Whether `tok` can be part of a name in its script; `prev` is the previous word of the name.
 * @example nameWordOK(sentenceTokens('लावरोव', 0)[0]) // true
 */
export function nameWordOK(tok: Tok, prev?: Tok): boolean {
  if (/\p{Nd}/u.test(tok.text) || tok.forms.some((f) => DATE_WORDS.has(f))) return false;
  switch (tok.script) {
    case 'devanagari':
      return !HINDI_STOP.has(tok.fold) && !HINDI_NOT_NAME.test(tok.fold);
    case 'arabic':
      if (tok.forms.some((f) => ARABIC_STOP.has(f))) return false;
      // Names rarely carry the article, except after عبد/أبو (عبد الله).
      return !tok.forms.some((f) => f.startsWith('ال')) || (prev !== undefined && ARABIC_NAME_PREFIXES.has(prev.fold));
    case 'latin':
      return /^\p{Lu}/u.test(tok.text) || LATIN_PARTICLES.has(tok.fold);
    default:
      return false;
  }
}

/** Whether a Latin particle ("bin", "al") ends the name here: it must be followed by a name word. */
export function isLatinParticle(tok: Tok): boolean {
  return tok.script === 'latin' && LATIN_PARTICLES.has(tok.fold) && !/^\p{Lu}/u.test(tok.text);
}
