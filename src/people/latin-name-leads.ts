/**
 * Names that no title introduces in text written with capitals (English): "Abdulaziz Kamilov and
 * his delegation met …", "talks with John Kerry". Two or three capitalised words side by side, the
 * first a given name of the Latin name lists (latin-names.ts), are taken for a name. A word the
 * article also writes in lower case is an ordinary word ("Will", "Hope"), and a title, a stop word,
 * a country, a city or an acronym is no part of a name.
 */
import { CITY_WORDS, NATION_WORDS } from '../grammar/nations.ts';
import type { Phrase } from '../grammar/phrase.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import { perPack } from '../languages/index.ts';
import { latinGivenNames } from './latin-names.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const MAX_WORDS = 3;

const STOP_WORDS = perPack((pack) => new Set(pack.stopWords));
const INSTITUTION_NOUNS = perPack((pack) => new Set((pack.institutionNouns ?? []).map((w) => w.toLowerCase())));
const stopWord = (tok: Tok): boolean => STOP_WORDS(tok.lang)?.has(tok.fold) ?? false;

/**
 * Capitalised names led by a listed given name, or listed after a person ("including Amir Khan
 * Muttaqi, Mullah Abdul Ghani Baradar and Abdul Salam Hanafi"), among the tokens not `claimed` by other phrases;
 * `lowerWords` gives the Latin words the article writes in lower case somewhere (asked only when the sentence has Latin words);
 * `list` where the sentence's named people end, and the words their phrases hold: a list item
 * may repeat a word of another person's name ("Abdul").
 */
export function latinNameLeads(
  toks: readonly Tok[],
  text: string,
  claimed: readonly boolean[],
  lowerWords: () => ReadonlySet<string>,
  list?: { ends: ReadonlySet<number>; inPhrase: readonly boolean[] },
): Phrase[] {
  const found: Phrase[] = [];
  if (!toks.some((t) => t.script === 'latin')) return found;
  const lower = lowerWords();
  const nameLike = (i: number, taken = claimed): boolean => {
    const tok = toks[i];
    if (!tok || taken[i] || tok.script !== 'latin' || !CAPITALISED.test(tok.text) || [...tok.text].length < 3) return false;
    if (lower.has(tok.fold) || stopWord(tok)) return false;
    return TITLE_WORDS.match(toks, i) === undefined && NATION_WORDS.match(toks, i) === undefined && CITY_WORDS.match(toks, i) === undefined;
  };
  const adjacent = (i: number): boolean => text.slice(toks[i]!.end, toks[i + 1]!.start).trim() === '';
  const ends = new Set(list?.ends);
  for (let i = 0; i + 1 < toks.length; i++) {
    const listed = list !== undefined && listedAfterPerson(toks, text, i, ends);
    const taken = listed ? list.inPhrase : claimed;
    if (!nameLike(i, taken) || (i > 0 && nameLike(i - 1) && adjacent(i - 1))) continue;
    const led = latinGivenNames().has(toks[i]!.text);
    if (!listed && !led) continue;
    let end = i + 1;
    while (end < toks.length && end - i < MAX_WORDS && adjacent(end - 1) && nameLike(end, taken)) end++;
    // A longer capitalised run is a name of an organisation or a headline, not a person's.
    if (end - i < 2 || (end < toks.length && adjacent(end - 1) && CAPITALISED.test(toks[end]!.text))) continue;
    if (INSTITUTION_NOUNS(toks[end - 1]!.lang)?.has(toks[end - 1]!.fold)) continue;
    // A list item ends the list or is followed by the next item or the clause's function words ("… and Y in Kabul").
    if (!led && end < toks.length && !toks[end]!.breakBefore && !stopWord(toks[end]!)) continue;
    found.push({ first: i, end, nameFirst: i, nameEnd: end, clitic: 0, source: 'name', relational: false, possessive: false });
    ends.add(end);
    i = end - 1;
  }
  return found;
}

const AND = perPack((pack) => new Set(pack.and));

/** Whether the words from `i` follow a person's name as the next item of a list (", " / " and " / ", and "). */
function listedAfterPerson(toks: readonly Tok[], text: string, i: number, ends: ReadonlySet<number>): boolean {
  const gap = (k: number): string => text.slice(toks[k - 1]!.end, toks[k]!.start).trim();
  if (i < 1) return false;
  if (gap(i) === ',' && ends.has(i)) return true;
  if (!AND(toks[i - 1]!.lang)?.has(toks[i - 1]!.fold) || gap(i) !== '' || i < 2) return false;
  return ends.has(i - 1) && (gap(i - 1) === '' || gap(i - 1) === ',');
}
