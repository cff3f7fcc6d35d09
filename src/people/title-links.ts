/**
 * A one-word name after a title that several people of the article could be ("Sheikh Mohammed"
 * beside "Sheikh Mohammed bin X Al Y" and "Mullah Mohammed Z"): news repeats the honorific a
 * person was introduced with (Sheikh, Mullah, Prince, الشيخ, श्री), so the one person of them
 * introduced with every title word this phrase has is the one meant. None when several or none were.
 */
import type { Phrase } from '../grammar/phrase.ts';
import type { Tok } from '../grammar/tokens.ts';
import type { LocalPerson } from './local-people.ts';

/** The folded words of a phrase before its name: its titles and role words ("sheikh", "foreign minister"). */
export function titleWordsOf(p: Phrase, toks: readonly Tok[]): string[] {
  return toks.slice(p.first, p.nameFirst).map((t) => t.fold);
}

/**
 * Of several candidates, the one introduced with every title word of `words`; -1 when not exactly one.
 * @example byTitleWords([{ names: [], roles: [], titleWords: ['sheikh'] }, { names: [], roles: [], titleWords: ['mullah'] }], [0, 1], ['sheikh']) // 0
 */
export function byTitleWords(people: readonly LocalPerson[], candidates: readonly number[], words: readonly string[]): number {
  if (words.length === 0) return -1;
  const titled = candidates.filter((i) => words.every((w) => people[i]!.titleWords?.includes(w)));
  return titled.length === 1 ? titled[0]! : -1;
}
