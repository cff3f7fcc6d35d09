/**
 * The function words the happening grammar reads, from the language pack of the sentence's
 * language (src/languages/<lang>/happenings.ts), folded: a Hindi "कि" never closes an Arabic clause,
 * and a pack added later brings its own.
 */
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';

export interface HappeningWordSets {
  complementizers: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  continuations: ReadonlySet<string>;
  anterior: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  connectives: ReadonlySet<string>;
}

/** A pack's word list as a set of folded words (an absent list is empty). */
export const folded = (list: readonly string[] | undefined): ReadonlySet<string> => new Set((list ?? []).map(foldTerm));

const SETS = perPack(
  (pack): HappeningWordSets => ({
    complementizers: folded(pack.happenings?.complementizers),
    definite: folded(pack.happenings?.definite),
    continuations: folded(pack.happenings?.continuations),
    anterior: folded(pack.happenings?.anterior),
    subjectPronouns: folded(pack.happenings?.subjectPronouns),
    connectives: folded(pack.happenings?.connectives),
  }),
);

const NONE: HappeningWordSets = { complementizers: new Set(), definite: new Set(), continuations: new Set(), anterior: new Set(), subjectPronouns: new Set(), connectives: new Set() };

/** @example happeningWords('hin').complementizers.has(foldTerm('कि')) // true */
export function happeningWords(lang: string): HappeningWordSets {
  return SETS(lang) ?? NONE;
}
