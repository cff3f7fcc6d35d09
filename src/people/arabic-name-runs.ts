/**
 * How an Arabic name runs after or before an office, where a word alone does not tell: a compound
 * given name with الله, an envoy's remit before the comma closing an apposition, a family name with
 * the article set off by that comma, and a second name glued to و inside the words after one office.
 * titled.ts asks these while it reads the name an office introduces.
 */
import { perPack, packFor } from '../languages/index.ts';
import type { Tok } from '../grammar/tokens.ts';
import { isNameParticle, nameWordOK } from '../grammar/words.ts';
import { COMMA, modifiersAfter } from './title-chain.ts';
import { set } from './title-complements.ts';

const STOP_WORDS = perPack((pack) => set(pack.stopWords));

const DIVINE = 'الله';

/**
 * Whether the word opens a compound given name with الله (أمر الله Amrullah, نعمة الله Nematullah,
 * فضل الله Fazlullah): any word but a function word is a name word right before the divine name,
 * which Afghan and Pakistani names join to a noun or a verb's form ("order", "grace").
 */
export function divineCompound(toks: readonly Tok[], k: number): boolean {
  const tok = toks[k]!;
  const next = toks[k + 1];
  if (!next || next.fold !== DIVINE || next.breakBefore || !modifiersAfter(tok) || tok.fold.startsWith('ال')) return false;
  return !STOP_WORDS(tok.lang)?.has(tok.fold) && [...tok.fold].length >= 3;
}

/* The remit an office is "for", with بـ/لـ glued on ("المبعوث الخاص بالوساطة ومكافحة الإرهاب،"), a few words. */
const REMIT_OPENING = /^و?(?:بال|لل)\p{L}{2}/u;
const MAX_REMIT_WORDS = 4;

/** Whether a remit opened by a preposition right after the office runs, within a few words, to the comma closing the apposition. */
export function remitClosed(toks: readonly Tok[], text: string, end: number): boolean {
  if (!REMIT_OPENING.test(toks[end]!.fold) || toks[end]!.breakBefore) return false;
  for (let k = end; k < toks.length && k - end < MAX_REMIT_WORDS; k++) {
    const gap = k + 1 < toks.length ? text.slice(toks[k]!.end, toks[k + 1]!.start) : '';
    if (COMMA.test(gap)) return true;
    if (k + 1 < toks.length && toks[k + 1]!.breakBefore) return false;
  }
  return false;
}

/* An office in the dual or plural construct ("نائبي الرئيس", the president's two deputies; "مستشاري"). */
export const DUAL_OFFICE = /^(?:نائبي|نائبا|مستشاري|مستشارا|مساعدي|مساعدا|ممثلي|مبعوثي)$/u;
/* Name words each of two listed names must keep. */
export const MIN_LISTED_WORDS = 2;

/**
 * Where a second name starts inside the words read as one name after an Arabic office ("نائبي الرئيس
 * الأفغاني X Y وZ W", "الرئيس السابق X Y وZ W رئيس …"): at a word glued to و "and" with two name
 * words or more on each side. A name word that itself opens with و (وليد, وردك) is the pack's and
 * stays, as does a word after a name particle (بن, عبد). Undefined when there is none.
 */
export function listedSecondName(toks: readonly Tok[], first: number, end: number): number | undefined {
  if (!modifiersAfter(toks[first]!)) return undefined;
  for (let k = first + MIN_LISTED_WORDS; k + MIN_LISTED_WORDS <= end; k++) {
    const tok = toks[k]!;
    if (!/^و\p{L}{3}/u.test(tok.fold) || tok.breakBefore || isNameParticle(toks[k - 1]!)) continue;
    if (packFor(tok.lang)?.nameWordsLatin?.has(tok.fold)) continue;
    return k;
  }
  return undefined;
}

/* A family name with the Arabic article, of three letters or more after it (الحداد, العطية). */
const FAMILY_ARTICLE = /^ال\p{L}{3,}$/u;

/**
 * Whether the word before the comma of an apposition is a family name with the article after a given
 * name ("وقال رامي الحداد، المتحدث باسم الوزارة"): the comma and the office after it close the name,
 * which a word with the article ends nowhere else. The word before must be a name word without it.
 */
export function apposedFamilyName(toks: readonly Tok[], k: number, comma: number): boolean {
  const tok = toks[k]!;
  if (k !== comma - 1 || k < 1 || !modifiersAfter(tok) || !FAMILY_ARTICLE.test(tok.fold)) return false;
  const prev = toks[k - 1]!;
  return !prev.fold.startsWith('ال') && !isNameParticle(prev) && nameWordOK(prev, toks[k - 2]);
}
