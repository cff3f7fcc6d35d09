/**
 * Finds the people named in the seed articles, so the generator can replace them with invented
 * people. A name is recognised by its position, not looked up: the words right after an office
 * title ("विदेश मंत्री सर्गेई लावरोव ने", "الرئيس الروسي فلاديمير بوتين،", "FM Sergey Lavrov"),
 * after skipping the places and adjectives that qualify the title, up to a word that cannot be part
 * of a name (a postposition, a particle, punctuation).
 */
import { tokenize, type Token } from '../src/text/tokenize.ts';
import { toLatin } from '../src/text/translit.ts';
import { NAME_ENDERS, PLACE_GROUPS, TITLES } from './lexicon.ts';
import type { NameScript } from './names.ts';

/** A person of the seeds: the longest spelling seen, in one script. */
export interface SeedPerson {
  /** Latin spelling of the surname: the same person across scripts shares it ("lavrov"). */
  key: string;
  script: NameScript;
  words: string[];
}

const PLACES = new Set(PLACE_GROUPS.flatMap((g) => g.names));
const TITLE_WORDS = Object.entries(TITLES).flatMap(([script, titles]) => titles.map((t) => ({ script: script as NameScript, words: t.split(' ') })));
const TITLE_WORD_SET = new Set(TITLE_WORDS.flatMap((t) => t.words));
/** Longest name after a title, in words: Arabic names are followed by further nouns without a break. */
const MAX_WORDS: Record<NameScript, number> = { devanagari: 3, arabic: 2, latin: 3 };
const ARABIC_PROCLITIC = /^[وبلف](?=\p{Script=Arabic}{2})/u;

function scriptOfWord(word: string): NameScript | undefined {
  if (/\p{Script=Devanagari}/u.test(word)) return 'devanagari';
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  return undefined;
}

/** Whether the text between two tokens breaks a name: any punctuation, except the period of an initial ("S. Jaishankar"). */
function breaksName(text: string, before: Token, after: Token): boolean {
  const gap = text.slice(before.end, after.start);
  if (gap.trim() === '') return false;
  return !(/^\.\s+$/u.test(gap) && /^\p{Lu}\p{Ll}?$/u.test(before.text));
}

/** A modifier between title and name: a place, or (Arabic) a definite adjective or noun ("الروسي"). */
function isModifier(word: string): boolean {
  return PLACES.has(word) || word.startsWith('ال');
}

function titleEndingAt(tokens: Token[], i: number): NameScript | undefined {
  for (const title of TITLE_WORDS) {
    const start = i - title.words.length + 1;
    if (start < 0) continue;
    const match = title.words.every((w, k) => {
      const token = tokens[start + k]!.text;
      return token === w || (k === 0 && title.script === 'arabic' && token.replace(ARABIC_PROCLITIC, '') === w);
    });
    if (match) return title.script;
  }
  return undefined;
}

function canBeNameWord(word: string, script: NameScript): boolean {
  if (scriptOfWord(word) !== script || NAME_ENDERS.has(word) || TITLE_WORD_SET.has(word) || PLACES.has(word)) return false;
  if (script === 'arabic' && (word.startsWith('ال') || word.startsWith('لل'))) return false;
  return script !== 'latin' || /^\p{Lu}/u.test(word);
}

/**
 * The names that follow office titles in one text.
 * @example namesAfterTitles('विदेश मंत्री एस जयशंकर ने कहा।') // [['एस', 'जयशंकर']]
 */
export function namesAfterTitles(text: string): { script: NameScript; words: string[] }[] {
  const tokens = tokenize(text);
  const found: { script: NameScript; words: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const script = titleEndingAt(tokens, i);
    if (!script) continue;
    let j = i + 1;
    const broken = (k: number) => k < tokens.length && breaksName(text, tokens[k - 1]!, tokens[k]!);
    while (j < tokens.length && !broken(j) && isModifier(tokens[j]!.text)) j++;
    const words: string[] = [];
    while (j < tokens.length && words.length < MAX_WORDS[script] && !broken(j) && canBeNameWord(tokens[j]!.text, script)) {
      words.push(tokens[j]!.text);
      j++;
    }
    // Hindi puts a postposition or conjunction after a name; anything else means these were not a name.
    const closed = j >= tokens.length || broken(j) || NAME_ENDERS.has(tokens[j]!.text);
    if (words.length > 0 && (script !== 'devanagari' || closed)) found.push({ script, words });
  }
  return found;
}

/**
 * Everyone named after a title anywhere in the texts, one entry per person and script, keyed by
 * the Latin spelling of the surname so that "लावरोव" and "Lavrov" are one person.
 * @example seedPeople(['रूसी विदेश मंत्री सर्गेई लावरोव से बात की।']) // [{ key: 'lavrov', script: 'devanagari', words: ['सर्गेई', 'लावरोव'] }]
 */
export function seedPeople(texts: Iterable<string>): SeedPerson[] {
  const byKey = new Map<string, SeedPerson>();
  for (const text of texts) {
    for (const { script, words } of namesAfterTitles(text)) {
      const key = toLatin(words[words.length - 1]!);
      if (!key) continue;
      const id = `${script}:${key}`;
      const known = byKey.get(id);
      if (!known || known.words.length < words.length) byKey.set(id, { key, script, words });
    }
  }
  return [...byKey.values()];
}
