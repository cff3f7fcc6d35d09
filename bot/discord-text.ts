/**
 * Making text safe to show in Discord: markdown escaped (article text and member input alike), and
 * mentions defused so that even a client ignoring allowed_mentions shows `@everyone` as plain text.
 *
 * Hand-written rather than discord.js's escapeMarkdown, which is quadratic on long lines (its
 * lookbehinds rescan the line: 3,200 characters took 161 ms) and escapes only the first masked link.
 * A backslash before any markdown character is always shown as that character, so escaping every
 * one is safe.
 */

// Inline markdown: emphasis, code, spoilers, masked links ([ suffices), and the escape character itself.
const INLINE = /[\\*_~`|[]/gu;
// Block markdown at the start of a line: headings, list bullets, numbered lists, block quotes.
const LINE_START = /^(\s*)(#{1,3}\s|[-*+]\s|\d+\.\s|>)/gmu;
const MENTION = /@(everyone|here)|<(@[!&]?|#)(?=\d)/gu;

export function safeText(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(LINE_START, (_m, space: string, mark: string) => `${space}\\${mark}`)
    .replace(MENTION, (_m, word?: string, sigil?: string) => (word ? `@\u200b${word}` : `<\u200b${sigil}`));
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Cuts at a word boundary so that no word is broken without notice. The head is never empty, so a
 * caller cutting in a loop always makes progress, whatever the text (even lone surrogates).
 */
export function cutWords(text: string, max: number): { head: string; rest: string } {
  if (text.length <= max) return { head: text, rest: '' };
  let cut = text.lastIndexOf(' ', max);
  if (cut < max / 2) cut = max;
  // Keep a surrogate pair together, and an escape backslash with what it escapes.
  if (isHigh(text.charCodeAt(cut - 1)) && isLow(text.charCodeAt(cut))) cut--;
  if (text[cut - 1] === '\\') cut--;
  if (cut <= 0) cut = max;
  return { head: text.slice(0, cut).trimEnd() || text.slice(0, cut), rest: text.slice(cut).trimStart() };
}
