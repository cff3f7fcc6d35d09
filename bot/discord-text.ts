/**
 * Making text safe to show in Discord: markdown escaped (article text and member input alike), and
 * mentions defused so that even a client ignoring allowed_mentions shows `@everyone` as plain text.
 */
import { escapeMarkdown } from 'discord.js';

const MENTION = /@(everyone|here)|<(@[!&]?|#)(?=\d)/gu;

export function safeText(text: string): string {
  // discord.js escapes only the first masked link ([text](url)), so every bracket is escaped here.
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true }).replace(/\[/gu, '\\[');
  return escaped.replace(MENTION, (m, word?: string, sigil?: string) => (word ? `@\u200b${word}` : `<\u200b${sigil}`));
}

/** Cuts at a word boundary so that no word is broken without notice. */
export function cutWords(text: string, max: number): { head: string; rest: string } {
  if (text.length <= max) return { head: text, rest: '' };
  let cut = text.lastIndexOf(' ', max);
  if (cut < max / 2) cut = max;
  // Never split a surrogate pair or leave a dangling escape backslash.
  while (cut > 0 && (/[\uD800-\uDBFF]/u.test(text[cut - 1]!) || text[cut - 1] === '\\')) cut--;
  return { head: text.slice(0, cut).trimEnd(), rest: text.slice(cut).trimStart() };
}
