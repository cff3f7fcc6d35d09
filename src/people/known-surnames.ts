/**
 * Surnames known from the corpus: the last word of names that titles introduce in some article
 * ("राष्ट्रपति व्लादिमीर पुतिन"), so that an article writing the surname alone ("पुतिन और मोदी की
 * बातचीत") still finds the person. A surname counts only when every known name ending in it is one
 * person's (the same first word, by sound), and it is no common word, place or title of its language:
 * "खान" ends Imran Khan and Amir Khan Muttaqi's names and stays unknown alone.
 */
import { TITLE_WORDS } from '../grammar/titles.ts';
import { initialLetter, isInitial, sentenceTokens } from '../grammar/tokens.ts';
import { spellingProblem } from './gazetteer-rules.ts';
import { packFor } from '../languages/index.ts';
import { commonNounShape, givenNameLike } from './given-name-leads.ts';
import { initialFits, wordKey } from './names.ts';

/** Shorter surnames are too often also words or parts of names (अली, علي). */
const MIN_LETTERS = 4;
/* Longer "names" after a title are mostly a title run on into a clause ("… غني تضمن مناقشة"). */
const MAX_WORDS = 3;

/**
 * @example knownSurnames(['व्लादिमीर पुतिन', 'इमरान खान', 'अमीर खान मुत्तकी']) // ['पुतिन', 'मुत्तकी']
 */
export function knownSurnames(names: readonly string[]): string[] {
  const lasts = new Map<string, { surname: string; firsts: Map<string, string>; initials: Set<string> }>();
  const inner = new Set<string>();
  const titles = TITLE_WORDS.firstWords();
  for (const name of names) {
    const toks = sentenceTokens(name, 0);
    const words = toks.filter((t) => !isInitial(t));
    // Initials stand before a surname ("एस जयशंकर"): a word after it is a title run on into a clause.
    if (words.length > 1 && toks.some(isInitial)) continue;
    // Initials and one word: the word is a surname whose given name the initials stand for.
    const initialled = words.length === 1 && toks.length > 1;
    // A surname that is also some name's first or middle word belongs to more than one person.
    // A name run on into an ordinary word ("जयशंकर मुलाकात") makes no first word.
    const pack = packFor(words[0]?.lang ?? 'und');
    // A doubled name ("अब्दुल्ला अब्दुल्ला", Abdullah Abdullah) does not make its own surname inner.
    const last = words[words.length - 1];
    if (!pack || words.every((w, k) => pack.nameWord(w, words[k - 1]))) for (const w of words.slice(0, -1)) if (w.fold !== last?.fold) inner.add(w.fold);
    // A title runs on into ordinary words now and then ("ومسؤول كبير", and a senior official).
    if (!initialled && (words.length < 2 || words.length > MAX_WORDS || !givenNameLike(words[0]!, true))) continue;
    if (!last) continue;
    if (!(packFor(last.lang)?.nameWord(last, words[words.length - 2]) ?? true) || commonNounShape(last)) continue;
    const entry = lasts.get(last.fold) ?? { surname: last.text, firsts: new Map<string, string>(), initials: new Set<string>() };
    // Initials name no given name of their own: they must only fit the one the full names give.
    if (initialled) entry.initials.add(initialLetter(toks[0]!) ?? '');
    else entry.firsts.set(wordKey(words[0]!.text), words[0]!.text);
    lasts.set(last.fold, entry);
  }
  const out: string[] = [];
  for (const [fold, { surname, firsts, initials }] of lasts) {
    const given = [...firsts.values()][0];
    if (given && [...initials].some((letter) => !initialFits(letter, given))) continue;
    if (firsts.size > 1 || inner.has(fold) || [...fold].length < MIN_LETTERS || titles.has(fold)) continue;
    if (spellingProblem(surname) === undefined) out.push(surname);
  }
  return out;
}
