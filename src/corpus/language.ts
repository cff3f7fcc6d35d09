/**
 * Language of a text, limited to the languages the coverage is in. franc alone is right on whole
 * articles but guesses wildly on short lines, and left unrestricted takes Hindi for Marathi or Nepali
 * and Arabic for Urdu or Persian; so it only ever chooses among the configured languages that share
 * the text's script. When the script leaves one candidate (as with Hindi, Arabic and English), the
 * script decides and franc is not consulted: it would be slower and could only agree.
 */
import { franc } from 'franc';
import type { Lang } from '../types.ts';

type Known = Exclude<Lang, 'und'>;

type Ranges = ReadonlyArray<readonly [number, number]>;

const DEVANAGARI: Ranges = [[0x0900, 0x097f], [0xa8e0, 0xa8ff]];
const ARABIC: Ranges = [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
const LATIN: Ranges = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];

/**
 * The configured languages and the script (Unicode blocks) each is written in; add a language here
 * to support it (e.g. Urdu with ARABIC: franc then tells it from Arabic).
 */
export const LANGUAGE_SCRIPTS: ReadonlyArray<readonly [Known, Ranges]> = [
  ['hin', DEVANAGARI],
  ['arb', ARABIC],
  ['eng', LATIN],
];

export const SUPPORTED_LANGS: readonly Known[] = LANGUAGE_SCRIPTS.map(([lang]) => lang);

/** Below this many letters franc has too little to go on. */
const FRANC_MIN_LETTERS = 40;
/** franc reads at most this much of a text: a sample decides an article's language as well as all of it. */
const FRANC_SAMPLE_CHARS = 400;
/** Letters counted to find a text's script: the start of a paragraph shows its script. */
const SCRIPT_SAMPLE_CHARS = 400;

const SCRIPTS: Ranges[] = [...new Set(LANGUAGE_SCRIPTS.map(([, ranges]) => ranges))];

/** Configured languages whose script has the most letters in the text, and that letter count. */
function dominantScript(text: string): { candidates: Known[]; letters: number } {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  const end = Math.min(text.length, SCRIPT_SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    const s = SCRIPTS.findIndex((ranges) => ranges.some(([lo, hi]) => code >= lo && code <= hi));
    if (s >= 0) counts[s]!++;
  }
  let best = -1;
  counts.forEach((count, s) => {
    if (count > 0 && (best < 0 || count > counts[best]!)) best = s;
  });
  if (best < 0) return { candidates: [], letters: 0 };
  return { candidates: LANGUAGE_SCRIPTS.filter(([, r]) => r === SCRIPTS[best]).map(([l]) => l), letters: counts[best]! };
}

/**
 * @example detectLanguage('लावरोव') // 'hin'
 * @example detectLanguage('Check Also') // 'eng'
 */
export function detectLanguage(text: string): Lang {
  const { candidates, letters } = dominantScript(text);
  if (candidates.length === 0) return 'und';
  if (candidates.length === 1 || letters < FRANC_MIN_LETTERS) return candidates[0]!;
  const guess = franc(text.slice(0, FRANC_SAMPLE_CHARS), { only: candidates, minLength: 1 });
  return guess === 'und' ? candidates[0]! : (guess as Known);
}

/**
 * An article's language: franc on a sample of its body, restricted to the configured languages,
 * falling back to the script when franc cannot tell.
 */
export function detectArticleLanguage(body: string): Lang {
  const sample = body.slice(0, FRANC_SAMPLE_CHARS);
  const byScript = detectLanguage(sample);
  const guess = franc(sample, { only: [...SUPPORTED_LANGS], minLength: FRANC_MIN_LETTERS });
  return guess === 'und' ? byScript : (guess as Lang);
}
