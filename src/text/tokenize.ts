/**
 * Word segmentation for Devanagari, Arabic and Latin text with offsets into the original string,
 * so that matched words can be highlighted in verbatim quotes.
 */

export interface Token {
  /** The word exactly as written. */
  text: string;
  /** [start, end) UTF-16 offsets into the tokenized string. */
  start: number;
  end: number;
}

/* A word is a run of letters, combining marks (Devanagari matras and virama, Arabic harakat) and
 * digits. ZWJ/ZWNJ sit inside Devanagari and Arabic words, so they continue a word but never
 * start one. Hyphens, dandas, quotes and the Arabic comma separate words. */
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

/* The class of each UTF-16 code unit, decided once with the regex above: every module tokenizes
 * every paragraph, and a table lookup is several times faster than a Unicode-property regex.
 * Characters beyond the BMP (surrogate pairs) are rare and tested with the regex. */
const OTHER = 0;
const WORD_UNIT = 1;
const JOINER = 2;
const SURROGATE = 3;
const CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) CLASSES[c] = SURROGATE;
  else if (c === 0x200c || c === 0x200d) CLASSES[c] = JOINER;
  else if (WORD_CHAR.test(String.fromCharCode(c))) CLASSES[c] = WORD_UNIT;
}

/** The class of the character beyond the BMP at `i`, and its number of code units. */
function classAt(text: string, i: number): [cls: number, width: number] {
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  return [WORD_CHAR.test(String.fromCodePoint(cp)) ? WORD_UNIT : OTHER, width];
}

/**
 * Calls `visit` with the offsets of each word of the text, in order: for callers that build their
 * own word objects (every sentence of a build is read so), with no token object per word.
 * @example forEachWord('रूस-चीन', (start, end) => console.log(start, end)) // 0 3, then 4 7
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let cls = CLASSES[text.charCodeAt(i)]!;
    let width = 1;
    if (cls === SURROGATE) [cls, width] = classAt(text, i);
    if (cls !== WORD_UNIT) {
      i += width;
      continue;
    }
    const start = i;
    let end = i + width; // end of the last letter, mark or digit: trailing joiners are not kept
    i = end;
    while (i < text.length) {
      let next = CLASSES[text.charCodeAt(i)]!;
      let w = 1;
      if (next === SURROGATE) [next, w] = classAt(text, i);
      if (next === OTHER) break;
      i += w;
      if (next === WORD_UNIT) end = i;
    }
    visit(start, end);
  }
}

/**
 * Splits text into words with their offsets.
 * @example tokenize('रूस-चीन, Lavrov') // [{text:'रूस',start:0,end:3}, {text:'चीन',start:4,end:7}, {text:'Lavrov',start:9,end:15}]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (start, end) => tokens.push({ text: text.slice(start, end), start, end }));
  return tokens;
}
