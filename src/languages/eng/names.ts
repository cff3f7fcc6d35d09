/**
 * English names are capitalised; lowercase particles ("bin", "al", "de") sit inside them.
 */
import type { Word } from '../types.ts';
import { CUES } from './contacts.ts';

const PARTICLES = new Set('bin ibn al el de da van von la le'.split(' '));

/* An acronym (CIA, UN, NATO): an institution, never a person's name word. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Prepositions, articles and conjunctions: never a name's word, capitalised in a headline or not. */
export const FUNCTION_WORDS = 'with to by and from of for on at in about between among against after before during under over into upon via the a an amid'.split(' ');

/*
 * Words a headline capitalises that are no name ("Uzbek Foreign Minister Discusses Cooperation With
 * Taliban Leaders", "Modi Holds Talks With …"): the function words, and the words that open the
 * pack's contact cues (met, discusses, holds …). Verbs of saying are left out: "Said" is a name too
 * (Nawaf bin Said).
 */
const HEADLINE_WORDS = new Set([...FUNCTION_WORDS, ...CUES.map(([w]) => w.split(' ')[0]!)]);

/** @example englishNameWord({ text: 'Lavrov', fold: 'lavrov', forms: ['lavrov'] }) // true */
export function englishNameWord(word: Word): boolean {
  if (ACRONYM.test(word.text) || HEADLINE_WORDS.has(word.fold)) return false;
  return /^\p{Lu}/u.test(word.text) || PARTICLES.has(word.fold);
}

/** A lowercase particle ("bin", "al"): it must be followed by a name word. */
export function englishParticle(word: Word): boolean {
  return PARTICLES.has(word.fold) && !/^\p{Lu}/u.test(word.text);
}

/** A one-letter initial ("S."). */
export function englishInitial(word: Word): string | undefined {
  return /^\p{L}$/u.test(word.text) ? word.text.toUpperCase() : undefined;
}

/*
 * English given names and the short forms people go by, as a member may type them ("Bill Burns"
 * for William Burns, "Tom West" for Thomas West). Common hypocoristics only: each short form
 * maps to the formal names it usually stands for.
 */
const SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['Bill', 'William'], ['Will', 'William'], ['Billy', 'William'], ['Liam', 'William'], ['Bob', 'Robert'], ['Rob', 'Robert'],
  ['Bobby', 'Robert'], ['Bert', 'Robert Albert Herbert'], ['Tom', 'Thomas'], ['Tommy', 'Thomas'], ['Jim', 'James'],
  ['Jimmy', 'James'], ['Jamie', 'James'], ['Mike', 'Michael'], ['Mick', 'Michael'], ['Dick', 'Richard'], ['Rick', 'Richard'],
  ['Rich', 'Richard'], ['Ted', 'Edward Theodore'], ['Ed', 'Edward Edwin Edmund'], ['Eddie', 'Edward'], ['Ned', 'Edward'],
  ['Tony', 'Anthony Antony Antonio'], ['Joe', 'Joseph'], ['Joey', 'Joseph'], ['Jack', 'John'], ['Johnny', 'John'],
  ['Jon', 'Jonathan John'], ['Dave', 'David'], ['Steve', 'Steven Stephen'], ['Chris', 'Christopher Christian'],
  ['Matt', 'Matthew'], ['Pat', 'Patrick Patricia'], ['Pete', 'Peter'], ['Sam', 'Samuel Samantha'], ['Ben', 'Benjamin'],
  ['Dan', 'Daniel'], ['Danny', 'Daniel'], ['Nick', 'Nicholas Nikolai Nikolay'], ['Alex', 'Alexander Alexei Alexey Aleksandr'],
  ['Sasha', 'Alexander Aleksandr'], ['Andy', 'Andrew'], ['Drew', 'Andrew'], ['Greg', 'Gregory'], ['Jeff', 'Jeffrey Geoffrey'],
  ['Ken', 'Kenneth'], ['Kenny', 'Kenneth'], ['Larry', 'Lawrence'], ['Len', 'Leonard'], ['Don', 'Donald'], ['Ron', 'Ronald'],
  ['Ray', 'Raymond'], ['Tim', 'Timothy'], ['Phil', 'Philip Phillip'], ['Fred', 'Frederick'], ['Frank', 'Francis Franklin'],
  ['Hank', 'Henry'], ['Harry', 'Henry Harold'], ['Charlie', 'Charles'], ['Chuck', 'Charles'], ['Gerry', 'Gerald'],
  ['Jerry', 'Gerald Jerome'], ['Doug', 'Douglas'], ['Vic', 'Victor'], ['Vince', 'Vincent'], ['Walt', 'Walter'],
  ['Kate', 'Katherine Catherine'], ['Kathy', 'Katherine Kathleen'], ['Cathy', 'Catherine'], ['Liz', 'Elizabeth'],
  ['Beth', 'Elizabeth'], ['Betty', 'Elizabeth'], ['Maggie', 'Margaret'], ['Peggy', 'Margaret'], ['Meg', 'Margaret'],
  ['Sue', 'Susan'], ['Jenny', 'Jennifer'], ['Jen', 'Jennifer'], ['Vicky', 'Victoria'], ['Becky', 'Rebecca'], ['Mandy', 'Amanda'],
  ['Abby', 'Abigail'], ['Annie', 'Anne Ann Anna'], ['Nancy', 'Ann Anne'], ['Tanya', 'Tatiana'], ['Dima', 'Dmitry'],
  ['Misha', 'Mikhail'], ['Volodya', 'Vladimir'], ['Kolya', 'Nikolai'], ['Seryozha', 'Sergey'],
];

/**
 * The formal given names a short form stands for, by folded short form ("bill" → ["William"]).
 * @example ENGLISH_SHORT_FORMS.get('tom') // ['Thomas']
 */
export const ENGLISH_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(SHORT_FORMS.map(([short, formal]) => [short.toLowerCase(), formal.split(' ')]));
