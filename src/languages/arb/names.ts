/**
 * Arabic words that end a name. Arabic has no capital letters, so after a title the name runs
 * until a preposition, conjunction, pronoun or a common noun that typically follows a title
 * ("رئيس مجلس"), or a verb or object noun that can follow a name ("أجرى X اتصالا", X made a call).
 */
import { foldTerm } from '../../text/normalize.ts';
import type { Word } from '../types.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean).map(foldTerm));

const NOT_IN_NAMES = set(`
  في من على إلى الى عن مع أن إن ان أنه انه إنه الذي التي الذين قد لقد كما حيث خلال بعد قبل عند منذ حول ضد بين
  اليوم أمس غدا الآن هذا هذه ذلك تلك هو هي هم لا لم لن ما ثم أو او بل إلى كل جميع أي
  قال وقال أكد أعلن أضاف وأضاف أشار ذكر بحث التقى يلتقي سيلتقي أجرى تلقى اتصل
  مجلس هيئة منظمة لجنة حزب حكومة جمهورية دولة وزارة الوزراء وزراء الحكومة الخارجية
  اتصال اتصالا هاتفي هاتفيا مكالمة محادثات مباحثات لقاء اجتماع اجتماعا زيارة رسالة بيان بيانا تصريحات كلمة
`);

/* Words after which a name may carry the article (عبد الله). */
const NAME_PREFIXES = set('عبد أبو ابو بن ابن');

/** @example arabicNameWord({ text: 'بوتين', fold: 'بوتين', forms: ['بوتين'] }, undefined) // true */
export function arabicNameWord(word: Word, prev: Word | undefined): boolean {
  if (word.forms.some((f) => NOT_IN_NAMES.has(f))) return false;
  // آل "family of" (آل ثاني, آل سعود) folds like the article ال, but is a name word.
  if (word.text.normalize('NFC') === 'آل') return prev !== undefined;
  // Names rarely carry the article, except after عبد/أبو (عبد الله).
  return !word.forms.some((f) => f.startsWith('ال')) || (prev !== undefined && NAME_PREFIXES.has(prev.fold));
}

/* Words that join name words and never end a name (محمد بن سلمان, آل ثاني, عبد الله, أبو بكر). */
const PARTICLES = set('بن ابن بنت آل عبد أبو ابو');

/** @example arabicNameParticle({ text: 'بن', fold: 'بن', forms: ['بن'] }) // true */
export function arabicNameParticle(word: Word): boolean {
  return PARTICLES.has(word.fold);
}
