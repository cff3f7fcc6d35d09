/**
 * Test fixture: the seed articles' lines as they stand in the files, with the publication dates
 * from /work/shared/FACTS.md. Only for looking up real sentences; the corpus loader is not used so
 * that these tests depend on nothing outside src/dates.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findDateMentions, type DateLang } from '../../src/dates/find.ts';
import type { DateMention } from '../../src/dates/types.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export const PUBLISHED: Record<number, string> = {
  0: '2021-08-17',
  1: '2021-10-08',
  2: '2021-08-17',
  3: '2021-08-25',
  4: '2021-10-12',
};

/** Non-empty lines of seed article `n`. */
export function seedLines(n: number): string[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${String(n).padStart(3, '0')}_`));
  if (!file) throw new Error(`no seed ${n}`);
  return readFileSync(SEEDS + file, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

/** The seed line containing `phrase`, searched with the article's publication date as reference. */
export function seedMentions(n: number, phrase: string, lang: DateLang): { line: string; mentions: DateMention[] } {
  const line = seedLines(n).find((l) => l.includes(phrase));
  if (line === undefined) throw new Error(`phrase not in seed ${n}: ${phrase}`);
  return { line, mentions: findDateMentions(line, lang, PUBLISHED[n]) };
}

/** The mention whose text contains `phrase`'s date words (its start lies inside the phrase). */
export function mentionAt(found: { line: string; mentions: DateMention[] }, phrase: string): DateMention | undefined {
  const at = found.line.indexOf(phrase);
  return found.mentions.find((m) => m.start >= at && m.start < at + phrase.length);
}
