/**
 * Arabic name units the press writes by a pattern rather than word by word (display.ts):
 * - the article ال before a family or tribal name or a nisba, "Al-" before the name word
 *   (الصباح Al-Sabah, النيادي Al-Nayadi, الزياني Al-Zayani), where letter by letter gives "Alsbah";
 * - عبد or أبو before an ال word, the article joined to the particle (عبد الحق Abdul Haq, أبو الفتح
 *   Abul Fath), or written as one word and joined in Latin too (عبداللطيف Abdullatif);
 * - عبد before الله with a suffix, one word (عبد اللهيان Abdullahian; Iranians' Abdollahian);
 * - a Pashtun tribal name, the stem and -zai (أحمدزي Ahmadzai);
 * - a name word before الله or الدين, one Latin word (إنعام الله Inamullah, هبة الله Hibatullah,
 *   شهاب الدين Shahabuddin), a ة before it read t as Arabic does in construct.
 * Each returns the Latin unit and how many tokens it takes; the words inside are spelled by the
 * caller's `spell` (the pack's table, the name lists, letters), so the patterns hold for any name word.
 */
import type { Tok } from '../grammar/tokens.ts';

/** How a single Arabic name word is spelled; `first`: it opens a name, so a given name is likelier;
 * `arabicOnly`: an Arabic word (after the article), never a foreign name of the lists; `nationality`:
 * the country whose spelling the word takes, whatever the person's. */
export type SpellWord = (word: string, first: boolean, arabicOnly?: boolean, nationality?: string) => string;

const ARTICLE = 'ال';
const ALLAH = 'الله';
/* Suffixes after الله in a family name, as the press writes them (عبد اللهي Abdullahi, عبد اللهيان Abdullahian). */
const ALLAH_SUFFIXES = new Map([['ي', 'i'], ['ی', 'i'], ['يان', 'ian'], ['یان', 'ian']]);
/* The second word of a compound given name, joined to the first in Latin. */
const JOINED_SECONDS = new Map([[ALLAH, 'ullah'], ['الدين', 'uddin']]);
/* Particles that take the article of the next word into themselves (Abdul, Abul). */
const ABD = new Set(['عبد']);
const ABU = new Set(['ابو', 'أبو']);
/* The Pashtun -zai "son of", written زي or زاي after the stem. */
const PASHTUN_SUFFIX = /^(.+)زا?[يی]$/u;
/* Shorter stems are Arabic names in -zi (رمزي Ramzi) or read well letter by letter (كرزاي Karzai). */
const MIN_TRIBAL_STEM = 3;
/* After the article a name word has at least two letters (الحق); shorter is no name. */
const MIN_AFTER_ARTICLE = 2;

/**
 * The Latin unit of the Arabic name words at `i`, when they make one of the patterns above.
 * `first`: whether the unit opens the name; `abdullah`: how the person's nationality spells Abdullah;
 * `pashtun`: the person is Afghan or Pakistani, whose names may end in -zai.
 * @example arabicCompound(sentenceTokens('عبد الحق', 0), 0, spell) // ['Abdul Haq', 2]
 */
export function arabicCompound(toks: readonly Tok[], i: number, spell: SpellWord, first: boolean, abdullah = 'Abdullah', pashtun = false): [string, number] | undefined {
  const tok = toks[i]!;
  if (tok.script !== 'arabic') return undefined;
  const next = toks[i + 1]?.script === 'arabic' ? toks[i + 1] : undefined;
  const fold = tok.fold;
  if (ABD.has(fold) && next?.fold.startsWith(ARTICLE)) {
    const withAllah = allahSuffixed(next.fold.slice(ARTICLE.length - 1), abdullah);
    if (withAllah) return [withAllah, 2];
    const rest = afterArticle(next.text);
    if (rest) return [`Abdul ${spell(rest, false)}`, 2];
  }
  if (ABU.has(fold) && next?.fold.startsWith(ARTICLE)) {
    const rest = afterArticle(next.text);
    if (rest) return [`Abul ${spell(rest, false)}`, 2];
  }
  // عبداللطيف, عبداللهيان: the particle and the article written as one word with the name.
  if (fold.startsWith(`عبد${ARTICLE}`)) {
    const body = fold.slice(3);
    const withAllah = allahSuffixed(body.slice(ARTICLE.length - 1), abdullah);
    if (withAllah) return [withAllah, 1];
    const rest = afterArticle(body);
    if (rest) return [`Abdul${spell(rest, false).toLowerCase()}`, 1];
  }
  const second = next && JOINED_SECONDS.get(next.fold);
  if (second && !ABD.has(fold) && !fold.startsWith(ARTICLE)) {
    // A ة is read t before what follows it (رحمة الله Rahmatullah), and the final vowel it wrote gives way to the u.
    const base = spell(tok.text, first).replace(/[aeh]+$/u, (v) => (tok.text.endsWith('ة') ? 'at' : v.replace(/h$/u, '')));
    return [`${base}${second}`, 2];
  }
  // A Pashtun tribal name: a name word and زي or زاي (أحمدزي Ahmadzai, ستانكزي Stanekzai), the
  // stem read as Afghans spell it; a vowel letter before the ز makes a nisba instead (شيرازي Shirazi).
  // Only for a person the text calls Afghan or Pakistani (`pashtun`): ماكنزي is McKenzie.
  const tribal = pashtun ? PASHTUN_SUFFIX.exec(tok.text) : null;
  if (tribal && [...tribal[1]!].length >= MIN_TRIBAL_STEM && !/[اويی]$/u.test(tribal[1]!)) {
    return [`${spell(tribal[1]!, first, false, 'Afghan').replace(/[aeiouy]$/u, '')}zai`, 1];
  }
  // A name word after the first with the article: Al- before it (الصباح Al-Sabah).
  if (!first && tok.text.startsWith(ARTICLE) && fold !== ALLAH) {
    const rest = afterArticle(tok.text);
    if (rest) return [`Al-${spell(rest, false, true)}`, 1];
  }
  return undefined;
}

/** The word without its article, when it has one and a name word is left. */
function afterArticle(word: string): string | undefined {
  if (!word.startsWith(ARTICLE)) return undefined;
  const rest = word.slice(ARTICLE.length);
  return [...rest].length >= MIN_AFTER_ARTICLE ? rest : undefined;
}

/** "Abdullah" with the suffix written after الله (لهيان → Abdullahian), when `word` (after the ا) is لله and one. */
function allahSuffixed(word: string, abdullah: string): string | undefined {
  if (!word.startsWith('لله')) return undefined;
  const suffix = ALLAH_SUFFIXES.get(word.slice(3));
  return suffix ? `${abdullah}${suffix}` : undefined;
}
