/** Token tests the Arabic contact grammar shares across its files. */
import type { Tok } from '../grammar/tokens.ts';

/** The word's forms, with a و "and" glued to a two-letter word taken off too (ومن, ومع). */
export const formsOf = (tok: Tok): readonly string[] => (tok.fold.length === 3 && tok.fold.startsWith('و') ? [...tok.forms, tok.fold.slice(1)] : tok.forms);
export const has = (tok: Tok | undefined, words: ReadonlySet<string>): boolean => tok !== undefined && formsOf(tok).some((f) => words.has(f));
