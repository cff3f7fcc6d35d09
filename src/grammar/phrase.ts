/**
 * A person phrase: the words of one sentence that refer to a person — a name with its role words
 * ("रूसी विदेश मंत्री सर्गेई लावरोव"), a role alone ("अपने मंगोलियाई समकक्ष", "الرئيس الروسي") or
 * a pronoun (उन्होंने). Token indexes are into the sentence's `Tok[]`.
 */
import type { Tok } from './tokens.ts';

export type PhraseSource = 'title' | 'gazetteer' | 'name' | 'role' | 'pronoun';

export interface Phrase {
  /** [first, end) tokens of the whole phrase, role words included. */
  first: number;
  end: number;
  /** [nameFirst, nameEnd) tokens of the name; empty for a role alone or a pronoun. */
  nameFirst: number;
  nameEnd: number;
  /** Letters of the first token that are a proclitic (Arabic و "and", بـ "with"). */
  clitic: number;
  source: PhraseSource;
  /** English role, nationality included ("Russian foreign minister"). */
  role?: string;
  /** The office alone, without nationality or qualifiers ("foreign minister"). */
  office?: string;
  /** Nationality adjective in English ("Russian"). */
  nationality?: string;
  /** The role names the person relative to another ("his Russian counterpart"). */
  relational: boolean;
  /** Preceded by a possessive (अपने, उनके, his): someone's counterpart or colleague. */
  possessive: boolean;
  gazetteerId?: string;
  /** Index of the article-local person once resolved. */
  person?: number;
}

/** Whether the phrase carries a name. */
export function isNamed(p: Phrase): boolean {
  return p.nameEnd > p.nameFirst;
}

/** The name as written: from the first name word (after any proclitic) to the last. */
export function nameSpan(p: Phrase, toks: readonly Tok[]): [number, number] {
  if (!isNamed(p)) return [toks[p.first]!.start + p.clitic, toks[p.end - 1]!.end];
  const clitic = p.nameFirst === p.first ? p.clitic : 0;
  return [toks[p.nameFirst]!.start + clitic, toks[p.nameEnd - 1]!.end];
}
