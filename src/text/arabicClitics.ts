/**
 * Arabic proclitics, handled conservatively. Arabic writes "and", "so", "with", "like", "for" and
 * "the" joined to the next word (والأمن = و + ال + أمن). The definite article is unambiguous when
 * it follows those letters or starts a word long enough to have a stem after it, so it is always
 * removed. A bare one-letter prefix is not: فلاديمير (Vladimir), وزير (minister) and بوتين (Putin)
 * start with those letters as part of the word. So single letters are removed only when the rest
 * is itself a word of the corpus (decided by the caller, who knows the vocabulary).
 */

const ARTICLE = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=[^\s]{3,}$)/u;
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** One-letter proclitics: wa "and", fa "so", bi "with", li "for", ka "like". */
export const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك'] as const;

/**
 * The word without its definite article and the conjunctions/prepositions before it; other words
 * unchanged. Works on folded or raw text (harakat and tatweel are removed first).
 * @example stripArticle('والأمن') // 'أمن'
 * @example stripArticle('للتعاون') // 'تعاون'
 * @example stripArticle('فلاديمير') // 'فلاديمير'
 */
export function stripArticle(word: string): string {
  const bare = word.replace(MARKS, '');
  return bare.replace(ARTICLE, '');
}

/**
 * Readings of a word with one proclitic letter removed (`وموسكو` → `موسكو`), to be accepted only if
 * the caller finds them in the vocabulary.
 * @example withoutProclitic('وموسكو') // ['موسكو']
 */
export function withoutProclitic(word: string): string[] {
  const first = word[0];
  if (word.length < 4 || first === undefined || !(PROCLITICS as readonly string[]).includes(first)) return [];
  return [word.slice(1)];
}

/**
 * Readings of a word with a proclitic letter added (`موسكو` → `وموسكو`, `بموسكو`, …), to be accepted
 * only if the caller finds them in the vocabulary.
 * @example withProclitic('موسكو').length // 5
 */
export function withProclitic(word: string): string[] {
  return word.length < 3 ? [] : PROCLITICS.map((p) => p + word);
}
