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
const WORD = /[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}\u200C\u200D]*/gu;

/**
 * Splits text into words with their offsets.
 * @example tokenize('रूस-चीन, Lavrov') // [{text:'रूस',start:0,end:3}, {text:'चीन',start:4,end:7}, {text:'Lavrov',start:9,end:15}]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[\u200C\u200D]+$/u, '');
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}
