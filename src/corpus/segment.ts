/**
 * Splitting article text into sentences, keeping offsets so that every quote stays a verbatim slice.
 */
import { packFor, perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Lang, Sentence } from '../types.ts';

// Danda, double danda, Arabic and Latin terminators. A Latin period is handled apart (abbreviations).
const HARD_END = new Set(['।', '॥', '?', '!', '؟', '۔']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', '"']);
// Period after these is not a sentence end: initials, run together too (S., H.H., H.E.), and common titles.
const ABBREVIATIONS = /(?:^|[\s(])(?:\p{Lu}(?:\.\p{Lu})*|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Gen|Col|Lt|Maj|Capt|Brig|Adm|Amb|Gov|Sen|Rep|Hon|No|vs|etc|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug)$/u;

/* The word just before a period, when it is short enough to be a spelled-out initial ("एस."). */
const WORD_BEFORE = /(?:^|[\s(])([^\s(]{1,6})$/u;

/** Whether the word ending at `i` is an initial in the paragraph's language ("एस. जयशंकर" = S. Jaishankar). */
function initialBefore(text: string, i: number, lang: Lang | undefined): boolean {
  const initial = lang === undefined ? undefined : packFor(lang)?.initial;
  const word = initial && WORD_BEFORE.exec(text.slice(Math.max(0, i - 7), i))?.[1];
  // An initial is a letter: "September 3." ends its sentence.
  if (!word || /\p{Script=Latin}/u.test(word) || !/\p{L}/u.test(word)) return false;
  const fold = foldTerm(word);
  return initial({ text: word, fold, forms: [fold] }) !== undefined;
}

/* One-word honorifics of a language's pack (डॉ "Dr."): a period after one abbreviates it ("डॉ. एस. जयशंकर"). */
const HONORIFICS = perPack((pack) => new Set(pack.titles.filter(([w, t]) => t.role === undefined && !w.includes(' ')).map(([w]) => foldTerm(w))));

/** Whether the word ending at `i` is an honorific of the paragraph's language written short. */
function honorificBefore(text: string, i: number, lang: Lang | undefined): boolean {
  const honorifics = lang === undefined ? undefined : HONORIFICS(lang);
  const word = honorifics && WORD_BEFORE.exec(text.slice(Math.max(0, i - 7), i))?.[1];
  return word !== undefined && word !== null && honorifics!.has(foldTerm(word));
}

/* Two Arabic words run together at a period, each longer than a lettered abbreviation. */
const ARABIC_RUN_ON = /\p{Script=Arabic}{2}\.\p{Script=Arabic}{2}/u;

/** Whether the period at `i` ends an Arabic sentence whose next one lost its space. */
function arabicRunOn(text: string, i: number): boolean {
  return ARABIC_RUN_ON.test(text.slice(i - 2, i + 3));
}

function isSentenceEnd(text: string, i: number, lang: Lang | undefined): boolean {
  const ch = text[i]!;
  if (HARD_END.has(ch)) return true;
  if (ch !== '.') return false;
  const next = text[i + 1];
  // "pic.twitter.com", "3.5", "U.S.": a period inside a word is not a boundary — but Arabic has no
  // such words: web text that lost the space after a period ("الأمريكية.جرى خلال") runs two
  // sentences together, and the second's verb was read as a name. Letters abbreviated (د.ب.أ) stay.
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return arabicRunOn(text, i);
  return !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i)) && !initialBefore(text, i, lang) && !honorificBefore(text, i, lang);
}

/**
 * `lang` is the paragraph's language, whose pack knows its spelled-out initials.
 * @example splitSentences('पहला वाक्य।दूसरा वाक्य।').map((s) => s.text) // ['पहला वाक्य।', 'दूसरा वाक्य।']
 */
export function splitSentences(text: string, lang?: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    } else if (e > s && sentences.length) {
      // Stray punctuation after a sentence belongs to it.
      const last = sentences[sentences.length - 1]!;
      last.end = e;
      last.text = text.slice(last.start, e);
    }
    start = end;
  };
  // Jump from one candidate terminator to the next rather than testing every character.
  const candidates = /[।॥?!؟۔.]/gu;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const i = m.index;
    if (i < start || !isSentenceEnd(text, i, lang)) continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end]!) || HARD_END.has(text[end]!) || text[end] === '.')) end++;
    push(end);
    candidates.lastIndex = end;
  }
  if (start < text.length) push(text.length);
  return sentences;
}
