/**
 * Which spelling of a person to show: the fullest Latin spelling the articles write, a native
 * spelling read into Latin when there is none, an end of the name more articles write, initials
 * written out where the given name is a known name word. person.ts describes each group with these.
 */
import { isInitial, sentenceTokens } from '../grammar/tokens.ts';
import { isNameParticle } from '../grammar/words.ts';
import { handleShaped, handleWords } from './handles.ts';
import { initialFits, nameForm, prefixOf, sameName, sameWord, suffixOf, wordKey, type NameForm } from './names.ts';
import { scriptOf } from '../text/normalize.ts';
import { hasParticle } from './registry.ts';
import { packFor } from '../languages/index.ts';
import type { MentionRef } from './types.ts';

/** How many times each key occurs. */
export function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function nameSize(t: string): [words: number, initials: number] {
  const toks = sentenceTokens(t, 0);
  const n = toks.filter((tok) => isInitial(tok)).length;
  return [toks.length - n, n];
}

/** A spelling with any handle written as the name words it stands for ("KarzaiH" → "Karzai"). */
const unhandled = (spelling: string): string => spelling.split(/\s+/u).flatMap((w) => (handleShaped(w) ? handleWords(w) : [w])).join(' ');

/**
 * The Latin spelling to show: the fullest, initials not counted, and without initials when the
 * articles write it so ("Antony Blinken" rather than "Antony J. Blinken"); a handle as the words
 * it spells, or an end of it more articles write (mostWrittenEnd); `ranked` as rankSpellings gives.
 */
export function latinDisplay(ranked: string[], written: () => Written): string | undefined {
  const sized = [...new Set(ranked.map(unhandled))].filter(Boolean).map((t, i) => ({ t, i, size: nameSize(t) }));
  sized.sort((a, b) => b.size[0] - a.size[0] || initialsOrder(a.size, b.size) || a.i - b.i);
  const chosen = mostWrittenEnd(sized.map((s) => s.t), written);
  return chosen && spelledAsMost(chosen, written);
}

/**
 * A Latin name with each word spelled as the most articles write it among the person's Latin
 * spellings: "Mohammad Hassan Akhund" where two articles write Hassan and one "Mohammad Hasan
 * Akhund", whichever spelling has more mentions. A tie keeps the chosen spelling's word.
 * @example spelledAsMost('Karim Hasan Tahir', () => written) // 'Karim Hassan Tahir' when more articles write Hassan
 */
export function spelledAsMost(text: string, written: () => Written): string {
  const words = text.split(' ');
  if (words.length < 2) return text;
  return words
    .map((w) => {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return w;
      const articles = new Map<string, Set<number>>();
      for (const [form, seen] of written()) {
        if (scriptOf(form.text) !== 'latin') continue;
        for (const v of new Set(form.words)) {
          if (v !== w && (!/^\p{Lu}\p{Ll}{2,}$/u.test(v) || !sameWord(v, w))) continue;
          const set = articles.get(v) ?? articles.set(v, new Set()).get(v)!;
          for (const a of seen) set.add(a);
        }
      }
      let best = w;
      for (const [v, set] of articles) if (set.size > (articles.get(best)?.size ?? 0)) best = v;
      return best;
    })
    .join(' ');
}

/* Of two spellings with as many name words, the one without initials where two words or more
 * stay ("Antony Blinken" over "Antony J. Blinken"); with one word, the one with them: a surname
 * alone is no full name, and the initials stand for the given names ("S. Jaishankar", एस जयशंकर). */
const initialsOrder = (a: readonly [number, number], b: readonly [number, number]): number => (a[0] >= 2 ? a[1] - b[1] : b[1] - a[1]);

/** A person's spellings in every script, each as a name with the articles that write it. */
export type Written = ReadonlyArray<readonly [NameForm, ReadonlySet<number>]>;

/** The spellings of a person's mentions with the articles that write each (a handle as its words). */
export function writtenSpellings(mentions: readonly MentionRef[]): Written {
  const byText = new Map<string, Set<number>>();
  for (const m of mentions) {
    const text = unhandled(m.text);
    const articles = byText.get(text) ?? new Set<number>();
    articles.add(m.article);
    byText.set(text, articles);
  }
  return [...byText].map(([text, articles]) => [nameForm(text), articles] as const);
}

/**
 * Among the fullest spelling, its ends without the first words ("Ashraf Ghani" of "Mohammad
 * Ashraf Ghani") and its beginnings without the last words ("Abdul Ghani Baradar" of "عبد الغني
 * برادر آخوند"), the name most articles write in any script: one article may give every given
 * name or a title ("Ayatulla Sayyed Ebrahim Raisi") where the press writes "Ebrahim Raisi", an
 * honorific after the name (Akhund), or take in a word after it (غوتيريش جملة). A name with a
 * particle keeps its fullest spelling: its end may be the father's name. `ordered` is best first;
 * on a tie the fuller name stays, and of the shorter ones an end before a beginning.
 * @example mostWrittenEnd(['Mohammad Ashraf Ghani', 'Ashraf Ghani'], () => [[nameForm('Mohammad Ashraf Ghani'), new Set([1])], [nameForm('أشرف غني'), new Set([2, 3])]]) // 'Ashraf Ghani'
 */
export function mostWrittenEnd(ordered: readonly string[], written: () => Written): string | undefined {
  const top = ordered[0];
  if (top === undefined || ordered.length === 1) return top;
  const full = nameForm(top);
  // A family name or a father's after a particle is no word after the name: nothing to weigh.
  if (familyParticle(top)) return top;
  const words = top.split(/\s+/u);
  // The ends the spellings give, and those the fullest spelling itself has (an English article's
  // "Makhdoom Shah Mahmood Qureshi", where the others write شاه محمود قريشي); not after a
  // compound's lead (عبد), whose end is no name.
  const own = hasParticle(full) ? [] : words.slice(1, -1).map((_, i) => words.slice(i + 1).join(' '));
  const spelledEnds = hasParticle(full) ? [] : ordered.slice(1).filter((t) => suffixOf(nameForm(t), full));
  // ...then the beginnings of two words or more the spellings give or the fullest has.
  const starts = words.slice(2).map((_, i) => words.slice(0, i + 2).join(' '));
  const ends = [...new Set([...spelledEnds, ...own, ...ordered.slice(1).filter((t) => prefixOf(nameForm(t), full)), ...starts])];
  // Most people have no shorter end of their fullest name: nothing to count.
  if (ends.length === 0) return top;
  let best = { text: top, count: -1 };
  for (const text of [top, ...ends]) {
    const form = nameForm(text);
    const seen = new Set<number>();
    for (const [spelling, articles] of written()) if (sameName(spelling, form)) for (const a of articles) seen.add(a);
    if (seen.size > best.count) best = { text, count: seen.size };
  }
  return best.text;
}

/* Particles before a father's or a family name (bin, ibn, Al, Abu; a European de, van, Le): not a compound's lead (عبد of عبد الغني). */
const FAMILY_PARTICLE_LATIN = new Set(['bin', 'ibn', 'bint', 'al', 'abu']);
function familyParticle(name: string): boolean {
  return sentenceTokens(name, 0).some((tok) => {
    if (sameWord(tok.text, 'bin') || sameWord(tok.text, 'ibn')) return true;
    if (!isNameParticle(tok)) return false;
    const latin = packFor(tok.lang)?.nameWordsLatin?.get(tok.fold);
    return latin === undefined || FAMILY_PARTICLE_LATIN.has(latin.toLowerCase());
  });
}

/**
 * The native spelling to romanise: the fullest, initials not counted (सुब्रमण्यम जयशंकर rather
 * than एस जयशंकर); among equally full ones a Devanagari spelling, which writes the vowels Arabic
 * print leaves out (सर्गेई against سيرغي); or an end of it more articles write (mostWrittenEnd);
 * `ranked` as rankSpellings gives.
 */
export function nativeForDisplay(ranked: string[], written: () => Written): string | undefined {
  const vowelled = (t: string): number => (scriptOf(t) === 'devanagari' ? 1 : 0);
  const sized = ranked.map((t) => ({ t, size: nameSize(t) }));
  sized.sort((a, b) => b.size[0] - a.size[0] || initialsOrder(a.size, b.size) || vowelled(b.t) - vowelled(a.t));
  const chosen = mostWrittenEnd(sized.map((s) => s.t), written);
  // A shorter name chosen over the fullest one (a word one Arabic article ran on into the name
  // dropped) is still better read from a Devanagari spelling of its words, the same consonants
  // word for word (انتونيو غوتيريش, एंतोनियो गुतारेस: Guterres, not Ghutirish).
  if (!chosen || vowelled(chosen) === 1) return chosen;
  const keys = nameForm(chosen).words.map(wordKey);
  const sameKeys = (t: string): boolean => {
    const words = nameForm(t).words;
    return words.length === keys.length && words.every((w, k) => wordKey(w) !== '' && wordKey(w) === keys[k]);
  };
  return ranked.find((t) => vowelled(t) === 1 && nameSize(t)[1] === 0 && sameKeys(t)) ?? chosen;
}

/**
 * Whether two spellings end in the same name word. A longer native spelling adds given names in
 * front ("Burns", وليام بيرنز); one that ends in another word took in a word after the name
 * ("بلينكن آخر", Blinken and "another"), and is not shown over the Latin one.
 */
function sameLastWord(a: string, b: string): boolean {
  const last = (t: string) => nameForm(t).words.at(-1);
  const [x, y] = [last(a), last(b)];
  // The sound key alone: Devanagari writes English vowels loosely (बर्न्स for Burns), and the
  // question is only whether the last word is the same name word at all.
  return !!x && !!y && wordKey(x) !== '' && wordKey(x) === wordKey(y);
}

/**
 * Whether a Latin spelling with initials is the native name with its given names as initials ("S
 * Jaishankar", सुब्रमण्यम जयशंकर), and some given name it stands for is one whose vowels a
 * transliteration would guess: a common name word the packs spell (محمد, `common`) is better
 * written out ("Mohammad Naeem", not "M Naeem").
 */
function initialsFit(initialled: string, native: string, common: (word: string) => boolean): boolean {
  const [l, n] = [sentenceTokens(initialled, 0), nameForm(native).words];
  if (l.length !== n.length || !sameLastWord(initialled, native)) return false;
  if (l.every((tok, k) => !isInitial(tok) || common(n[k]!))) return false;
  return l.every((tok, k) => (isInitial(tok) ? initialFits(tok.text.charAt(0), n[k]!) : sameWord(tok.text, n[k]!)));
}

/**
 * Whether a Latin spelling is only the first word of the native name (an English line's "Tom",
 * توم لينتون) and the person's spellings (`written`) also give the native name's last word alone
 * (لينتون): that word is then the person's surname, not one the native spelling took in after the
 * name, and the native spelling gives more of the name.
 */
function givenNamesOnly(latin: string, native: string, written: () => Written): boolean {
  const [l, n] = [nameForm(latin).words, nameForm(native).words];
  // A Latin spelling of two words or more is a name of its own ("Faisal bin Farhan" beside فيصل بن فرحان آل سعود).
  if (l.length !== 1 || l.length >= n.length || !l.every((w, k) => wordKey(w) !== '' && wordKey(w) === wordKey(n[k]!))) return false;
  const last = wordKey(n.at(-1)!);
  return last !== '' && written().some(([form]) => form.words.length === 1 && wordKey(form.words[0]!) === last);
}

/**
 * The spelling to show: one written in Latin letters unless the native script gives more of the
 * name ("Burns" in English lines, وليام بيرنز in Arabic ones: William Burns; "Tom" in English
 * lines where others write توم لينتون and لينتون: givenNamesOnly).
 */
export function spellingToShow(latin: string | undefined, native: string | undefined, initialled?: string, common: (word: string) => boolean = () => false, written: () => Written = () => []): { text: string; latin: boolean } | undefined {
  if (latin && (!native || nameSize(latin)[0] >= nameSize(native)[0] || (!sameLastWord(latin, native) && !givenNamesOnly(latin, native, written)))) return { text: latin, latin: true };
  // Initials the English press writes for given names ("S Jaishankar") stand for those names:
  // better than a transliteration guessing the given names' vowels.
  if (native && initialled && initialsFit(initialled, native, common)) return { text: initialled, latin: true };
  return native ? { text: native, latin: false } : undefined;
}

/** The capitalised words of Latin spellings, initials and acronyms left out. */
export function ownLatinWords(latin: string[]): string[] {
  return [...new Set(latin.map(unhandled).flatMap((t) => sentenceTokens(t, 0).filter((tok) => !isInitial(tok) && /^\p{Lu}\p{Ll}/u.test(tok.text)).map((tok) => tok.text)))];
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The commonest of some strings, none when there are none. */
export function mostCommon(items: string[]): string | undefined {
  const counts = countBy(items, (t) => t);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
}
