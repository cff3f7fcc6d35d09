/**
 * Ways a member names a person other than by a spelling of the name: the initials the press
 * uses for some leaders ("MBS" for Mohammed bin Salman) and the office alone ("Emir of Qatar").
 * lookup.ts tries them only when no name fits.
 */
import { NATION_WORDS } from '../grammar/nations.ts';
import { sentenceTokens } from '../grammar/tokens.ts';

/** A typed word that can be initials: three to five capitals. */
export const ACRONYM_QUERY = /^\p{Lu}{3,5}$/u;

/**
 * The initials a display name of three or more words may go by: those of its first three words
 * and of longer beginnings ("Mohammed bin Zayed Al Nahyan": MBZ, MBZA, MBZAN).
 * @example acronymOf('Mohammed bin Salman') // ['MBS']
 */
export function acronymOf(display: string): string[] {
  const initials = display.split(/\s+/u).map((w) => w.charAt(0).toUpperCase()).join('');
  if (initials.length < 3 || !/^\p{Lu}+$/u.test(initials)) return [];
  const out: string[] = [];
  for (let n = 3; n <= Math.min(initials.length, 5); n++) out.push(initials.slice(0, n));
  return out;
}

/* Words an office is written with or without ("the emir of Qatar"). */
const FILLERS = new Set(['of', 'the']);

/**
 * A role with its nationality written one way, its words in a fixed order, so that "emir of
 * Qatar", "Emir of Qatar" and "Qatari emir" agree.
 * @example roleKey('Emir of Qatar') === roleKey('Qatari emir') // true
 */
export function roleKey(role: string): string {
  const toks = sentenceTokens(role, 0, 'eng');
  const words: string[] = [];
  for (let i = 0; i < toks.length; ) {
    const nation = NATION_WORDS.match(toks, i);
    if (nation) {
      words.push(nation.value.adjective.toLowerCase());
      i = nation.end;
      continue;
    }
    if (!FILLERS.has(toks[i]!.fold)) words.push(toks[i]!.fold);
    i++;
  }
  return words.sort().join(' ');
}
