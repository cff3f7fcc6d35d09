/**
 * Titles and roles that introduce a person's name ("विदेश मंत्री X", "الرئيس X", "Russian FM X",
 * "Dr. X"), with the English role they denote, from each language's pack. A name that follows one
 * of these is a person even when no gazetteer lists them.
 */
import type { Title } from '../languages/types.ts';
import { PackPhrases } from './phrases.ts';

export type { Title } from '../languages/types.ts';

/** Every title, looked up in the word's own language. */
export const TITLE_WORDS = new PackPhrases<Title>((pack) => pack.titles);

/**
 * Words that qualify a role: kept in the role when they change its meaning ("former president"),
 * passed over when they do not ("नए सहयोगी", new colleague).
 */
export const ROLE_QUALIFIERS = new PackPhrases<string>((pack) => pack.roleQualifiers);
