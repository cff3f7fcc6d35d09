/**
 * Arabic names that no title introduces but that open with a compound only names take: عبد "servant
 * of" and a divine name with the article (عبد السلام, عبد الرحمن, عبد الغني), the compounds the
 * pack's name words list. "… اتصالا مع عبد الرحمن كريمي نائب الوزير …", "والتقى A، وB، عبد
 * الرحمن منصور، القائم بأعمال …": the compound and the name word after it are a name of three
 * words, or of four when that word opens a compound too (عبد الله عبد الله). The word after must be a name word of the pack, not a word the article inflects as a verb,
 * not a country or city, and have no shape of a common noun (حملة, تطورات).
 */
import { CITY_WORDS, NATION_WORDS } from '../grammar/nations.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { commonNounShape } from './given-name-leads.ts';

const SERVANT = foldTerm('عبد');

/** Whether tokens i and i+1 are an عبد compound that the pack lists as one name word (عبد السلام). */
function compoundAt(toks: readonly Tok[], i: number): boolean {
  const [first, second] = [toks[i]!, toks[i + 1]!];
  const listed = packFor(first.lang)?.nameWordsLatin;
  if (!listed || first.fold !== SERVANT || second.breakBefore || !second.fold.startsWith('ال')) return false;
  return listed.has(`${first.fold} ${second.fold}`);
}

/**
 * Three-word names opened by an عبد compound, among the tokens not `inPhrase` already; `ordinary`
 * tells a word the article uses as a verb.
 */
export function compoundNameLeads(toks: readonly Tok[], inPhrase: readonly boolean[], ordinary: (tok: Tok) => boolean): Phrase[] {
  const found: Phrase[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    if (inPhrase[i] || inPhrase[i + 1] || inPhrase[i + 2] || !compoundAt(toks, i)) continue;
    const [second, third] = [toks[i + 1]!, toks[i + 2]!];
    if (third.breakBefore || third.lang !== second.lang || [...third.text].length < 3) continue;
    if (!packFor(third.lang)!.nameWord(third, second) || ordinary(third) || commonNounShape(third)) continue;
    if (NATION_WORDS.match(toks, i + 2) || CITY_WORDS.match(toks, i + 2)) continue;
    // The word after may open a compound itself, the name going on to its second word (عبد الله عبد الله, عبد الرحمن عبد الكريم).
    const end = i + 3 < toks.length && compoundAt(toks, i + 2) && !inPhrase[i + 3] ? i + 4 : i + 3;
    found.push({ first: i, end, nameFirst: i, nameEnd: end, clitic: 0, source: 'name', relational: false, possessive: false });
    i = end - 1;
  }
  return found;
}
