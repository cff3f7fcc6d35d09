/**
 * What a line of `seeds/gazetteer.tsv` must look like, and which spellings are refused. The gazetteer
 * is typed by hand, so a pasted Markdown name, spaces instead of tabs or a place in the spelling
 * column must be reported with the line, not turned into a person (`**Bold**⇥x⇥काबुल` made Kabul a
 * person). A spelling that is a known place, a stop word or a lexicon word would tag every mention
 * of that word as the person, so it is refused with a warning.
 */
import { placeAt } from '../contacts/places.ts';
import { sentenceTokens } from '../grammar/tokens.ts';
import { lexiconEntries } from '../languages/concepts.ts';
import { foldTerm } from '../text/normalize.ts';
import { isStopWord } from '../languages/stopwords.ts';

export const GAZETTEER_COLUMNS = 3;

/** A name is letters and combining marks, with spaces, dots, hyphens and apostrophes between words. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}.'’\- ]*$/u;

/* Read when first needed: the packs are registered by then. */
let lexiconWords: ReadonlySet<string> | undefined;
const isLexiconWord = (folded: string) => (lexiconWords ??= new Set(lexiconEntries().flatMap((e) => e.spellings).map(foldTerm))).has(folded);

/** Why a line's columns cannot be read as a person, or undefined when they can. */
export function lineProblem(columns: string[]): string | undefined {
  if (columns.length < GAZETTEER_COLUMNS) {
    return `expected ${GAZETTEER_COLUMNS} tab-separated columns (display name, role, spellings), found ${columns.length} (were the tabs replaced by spaces?)`;
  }
  if (columns.length > GAZETTEER_COLUMNS) return `expected ${GAZETTEER_COLUMNS} tab-separated columns, found ${columns.length}; separate spellings with | , not tabs`;
  const display = columns[0]!.trim();
  if (!NAME.test(display) || !/\p{Script=Latin}/u.test(display)) {
    return `the display name must be a name in Latin letters (letters, spaces, dots, hyphens), got "${display.slice(0, 60)}"`;
  }
  return spellingProblem(display);
}

/** Why a spelling cannot stand for a person, or undefined when it can. */
export function spellingProblem(spelling: string): string | undefined {
  if (!NAME.test(spelling)) return `"${spelling.slice(0, 60)}" is not a name (only letters, spaces, dots and hyphens)`;
  const toks = sentenceTokens(spelling, 0);
  const place = placeAt(toks, 0);
  if (place && place.end === toks.length && place.clitic === 0) return `"${spelling}" is the place ${place.value}, not a person`;
  const folded = foldTerm(spelling);
  if (isLexiconWord(folded)) return `"${spelling}" is a common word of the coverage (see concepts.ts in the language packs), not a name`;
  if (toks.length === 1 && isStopWord(folded)) return `"${spelling}" is a common word of its language, not a name`;
  return undefined;
}
