/**
 * "Show article 3" in English, Hindi and Arabic: the word for article followed by a number, in
 * any script's digits ("article 3", "article #3", "लेख 3 दिखाओ", "लेख संख्या ३", "المقال 3",
 * "المقالة رقم ٣"), or "#3" alone.
 */
import { DIGIT, readNumber } from '../dates/patterns.ts';

const NUMBER = `(?<n>${DIGIT}+)`;
const BEFORE = '(?<![\\p{L}\\p{M}])';
const AFTER = `(?!${DIGIT}|[\\p{L}\\p{M}])`;

const PATTERNS: readonly RegExp[] = [
  new RegExp(`${BEFORE}(?:article|story|item)\\s*(?:number\\s*|no\\.?\\s*|#\\s*)?${NUMBER}${AFTER}`, 'iu'),
  new RegExp(`${BEFORE}(?:लेख|आलेख|आर्टिकल|खबर|ख़बर|समाचार)\\s*(?:संख्या\\s*|नंबर\\s*|क्रमांक\\s*|#\\s*)?${NUMBER}${AFTER}`, 'u'),
  new RegExp(`${BEFORE}(?:[وفب])?(?:ال)?(?:مقال|مقالة|خبر)\\s*(?:رقم\\s*|#\\s*)?${NUMBER}${AFTER}`, 'u'),
  new RegExp(`^#\\s*${NUMBER}$`, 'u'),
];

/**
 * @example askedArticle('Show article 3') // 3
 * @example askedArticle('लेख ३ दिखाओ') // 3
 * @example askedArticle('اعرض المقال رقم 3') // 3
 */
export function askedArticle(question: string): number | undefined {
  for (const re of PATTERNS) {
    const digits = re.exec(question)?.groups?.n;
    if (digits) {
      const n = readNumber(digits);
      if (Number.isSafeInteger(n)) return n;
    }
  }
  return undefined;
}
