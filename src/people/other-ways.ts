/**
 * Ways a member names a person other than by a spelling the articles write: the same name written
 * another way (joined words, short forms, dropped endings, hyphens, accents), the initials the press
 * uses for some leaders ("MBS" for Mohammed bin Salman) and the office alone ("Emir of Qatar").
 * lookup.ts tries them only when no name fits.
 */
import { NATION_WORDS } from '../grammar/nations.ts';
import { sentenceTokens } from '../grammar/tokens.ts';
import { packFor, packsVersion } from '../languages/index.ts';

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

/**
 * The same name written other ways: two neighbouring words of a longer name as one ("Mohammed
 * Abdul Rahman", Abdulrahman) and an English short form as the given name it stands for ("Bill",
 * William).
 * @example otherSpellings('Bill Burns') // ['William Burns']
 */
export function otherSpellings(text: string): string[] {
  const words = text.split(' ');
  // A name of two words written as one would be compared as one long word, whose sound allowance
  // forgives a typo in either: only longer names are joined.
  const joined = words.length < 3 ? [] : words.slice(1).map((w, i) => [...words.slice(0, i), words[i]! + w.toLowerCase(), ...words.slice(i + 2)].join(' '));
  const shortForms = packFor('eng')?.shortForms;
  const formal = words.flatMap((w, i) => (shortForms?.get(w.toLowerCase()) ?? []).map((f) => [...words.slice(0, i), f, ...words.slice(i + 1)].join(' ')));
  const short = words.flatMap((w, i) => (shortFormsOf().get(w.toLowerCase()) ?? []).map((f) => [...words.slice(0, i), f, ...words.slice(i + 1)].join(' ')));
  // A surname with a Russian ending the person has since dropped, or the press leaves off (Rahmonov, Rahmon).
  const last = words[words.length - 1]!;
  const unsuffixed = RUSSIAN_SURNAME_ENDING.test(last) ? [[...words.slice(0, -1), last.replace(RUSSIAN_SURNAME_ENDING, '')].join(' ')] : [];
  // A hyphen the articles do not write ("al-Busaidi" for अलबुसैदी, "Jean-Yves").
  const unhyphenated = text.includes('-') ? [text.replace(/-(\p{L})/gu, (_, c: string) => c.toLowerCase())] : [];
  // A name typed with its own letters (Çavuşoğlu, Pötzel) as the English press writes it without them,
  // whose Turkish -oglu still says how its c reads.
  // Latin letters only: Devanagari and Arabic vowel signs are marks too, and no accents.
  const plain = /^[\p{Script=Latin}\p{M}\s.'-]+$/u.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i') : text;
  const unaccented = plain !== text ? [plain] : [];
  // The kh by which Russian romanisation writes the h of a Central Asian name after a vowel
  // (Rakhmon, Mukhriddin for Rahmon, Muhriddin), which the articles' scripts write as h.
  const cyrillicKh = /(?<=[aeiou])kh/giu.test(text) ? [text.replace(/(?<=[aeiou])kh/giu, 'h')] : [];
  return [...joined, ...formal, ...short, ...unsuffixed, ...unhyphenated, ...unaccented, ...cyrillicKh];
}

const RUSSIAN_SURNAME_ENDING = /(?<=\p{L}{4})(?:ov|ev|ova|eva)$/u;

let shortByFormal: { version: number; map: Map<string, string[]> } | undefined;
/** The English pack's short forms by the formal given name they stand for ("joseph" → Joe, Joey). */
function shortFormsOf(): Map<string, string[]> {
  if (shortByFormal?.version === packsVersion()) return shortByFormal.map;
  const map = new Map<string, string[]>();
  for (const [short, formals] of packFor('eng')?.shortForms ?? []) {
    for (const f of formals) map.set(f.toLowerCase(), [...(map.get(f.toLowerCase()) ?? []), short.charAt(0).toUpperCase() + short.slice(1)]);
  }
  shortByFormal = { version: packsVersion(), map };
  return map;
}
