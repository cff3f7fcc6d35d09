/**
 * An acronym typed in capitals (CIA, ISI, NSA) is read out letter by letter in Hindi and Arabic
 * print (सीआईए, سي آي إيه), so it is searched as written and as each pack spells its letters; no
 * sound key bridges it (CIA would sound like Arabic سي "C", ISI like شي "Xi").
 */
import { allPacks } from '../languages/registry.ts';

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** @example isAcronym('CIA') // true */
export const isAcronym = (typed: string): boolean => ACRONYM.test(typed);

/**
 * The acronym's spellings in every pack that writes Latin letters by name, each a phrase of words.
 * @example acronymSpellings('CIA') // ['सीआईए', 'سي آي إيه']
 */
export function acronymSpellings(typed: string): string[] {
  if (!isAcronym(typed)) return [];
  const out: string[] = [];
  for (const pack of allPacks()) {
    const letters = pack.latinLetters;
    if (!letters) continue;
    const names = [...typed].map((c) => letters.names[c]);
    if (names.some((n) => n === undefined)) continue;
    out.push(names.join(letters.joined ? '' : ' '));
  }
  return out;
}
