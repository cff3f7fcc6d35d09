/**
 * Regex building blocks shared by the date extractors. The fragments and `alternation` are used
 * only while the extractors compile their patterns at module load; `readNumber` is the one helper
 * that runs per match.
 *
 * JavaScript's `\b` only knows ASCII word characters, so boundaries are spelled out with Unicode
 * classes: a date word must not touch another letter, combining mark (Devanagari vowel signs,
 * Arabic harakat) or digit.
 */

/** Digits in the scripts the corpus uses: ASCII, Devanagari ०-९, Arabic-Indic ٠-٩, Persian/Urdu ۰-۹. */
export const DIGIT = '[0-9\u0966-\u096F\u0660-\u0669\u06F0-\u06F9]';

/** Cheap pre-check: patterns that need a digit are skipped for paragraphs without one. */
export const HAS_DIGIT = new RegExp(DIGIT, 'u');

/** Start of a word: no letter, mark or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** End of a word: no letter, mark or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** A day of the month written with 1–2 digits in any script (range checked later). */
export const DAY = `(?<!${DIGIT})${DIGIT}{1,2}(?!${DIGIT})`;
/** A four-digit year in any script (range checked later). */
export const YEAR = `(?<!${DIGIT})${DIGIT}{4}(?!${DIGIT})`;

const DIGIT_ZEROS = [0x30, 0x966, 0x660, 0x6f0];

/** Value of a run of digits in any of the supported scripts (mixed scripts are read digit by digit). */
export function readNumber(digits: string): number {
  let value = 0;
  for (const ch of digits) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero === undefined) return Number.NaN;
    value = value * 10 + (code - zero);
  }
  return value;
}

/** Years accepted in running text; keeps Hijri years (1443 هـ) and counts out. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/** Escapes regex metacharacters. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A phrase as a pattern: its characters literal, any run of white space between its words. */
export function phrasePattern(phrase: string): string {
  return escapeRegex(phrase).replace(/ /gu, '\\s+');
}

type Trie = Map<string, Trie | true>;
const WORD_END_MARK = '';

function emit(node: Trie, spellChar: (ch: string) => string): string {
  const branches: string[] = [];
  let canEnd = false;
  for (const [ch, child] of node) {
    if (child === true) canEnd = true;
    else branches.push(spellChar(ch) + emit(child, spellChar));
  }
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !canEnd ? branches[0] ?? '' : `(?:${branches.join('|')})`;
  return canEnd ? `${body}?` : body;
}

/**
 * An alternation of the given words, factored into a prefix tree ("ال(?:أحد|إثنين|…)") so the
 * regex engine does not retry the shared prefix once per word; a longer word still wins over its
 * prefix because every optional tail is greedy. `spellChar` turns one character into a fragment
 * (a variant class, say); a space becomes `\s+`.
 * @example alternation(['May', 'March']) // '(?:Ma(?:y|rch))'
 */
export function alternation(words: Iterable<string>, spellChar: (ch: string) => string = escapeRegex): string {
  const root: Trie = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.get(ch);
      if (next === undefined || next === true) {
        next = new Map();
        node.set(ch, next);
      }
      node = next;
    }
    node.set(WORD_END_MARK, true);
  }
  const spell = (ch: string): string => (/\s/u.test(ch) ? '\\s+' : spellChar(ch));
  return `(?:${emit(root, spell)})`;
}

/** Minutes of a clock time ("09:15 - 17 أغسطس") are no first day of a range. */
export const NOT_A_CLOCK = '(?<![:٫]\\s?)';

/**
 * Whether a range's first day ("25" of "25 و26 أكتوبر") may date it: the second day must come
 * later in the month, else the two numbers are no range ("15:28 - 20 أغسطس", a clock time and a
 * date). No second day: not a range, nothing to check.
 * @example firstDayOfRange(25, '26') // true
 */
export function firstDayOfRange(day: number | undefined, secondDigits: string | undefined): boolean {
  if (secondDigits === undefined) return true;
  const second = readNumber(secondDigits);
  return day !== undefined && day < second && second <= 31;
}
