/**
 * What a written word contributes to the index: its matching form (folded, Arabic article removed)
 * and its stem, or nothing for a stop word.
 */
import { stripArticle } from '../text/arabicClitics.ts';
import { foldTerm } from '../text/normalize.ts';
import { stemOf } from './stem.ts';
import { isStopWord } from './stopwords.ts';

export interface WordForms {
  /** Folded surface form; for Arabic without the definite article and the letters before it. */
  word: string;
  /** Folded stem (equal to `word` when the stemmer has nothing safe to remove). */
  stem: string;
}

/**
 * The matching forms of one token, stop word or not.
 * @example wordForms('الأمن') // { word: 'امن', stem: 'امن' }
 */
export function wordForms(token: string): WordForms {
  return { word: stripArticle(foldTerm(token)), stem: stemOf(token) };
}

/**
 * The index forms of one token, or undefined for stop words.
 * @example analyzeWord('والأمن') // { word: 'امن', stem: 'امن' }
 * @example analyzeWord('के') // undefined
 */
export function analyzeWord(token: string): WordForms | undefined {
  const forms = wordForms(token);
  return forms.word.length === 0 || isStopWord(forms.word) ? undefined : forms;
}
