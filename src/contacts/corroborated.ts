/**
 * Contacts read from a contact noun beside two named people ("X … the talks … Y") are kept only
 * when the corpus corroborates them: another statement, read by a language's grammar in any
 * article, has the same two people. A sentence names a meeting and two people far more often than
 * it tells that they met (src/contacts/cooccurrence.ts); but when the pair is known to have met,
 * a new article's "talks between the two" is most often the same news told in a shape no rule was
 * written for. Real coverage repeats each meeting across many outlets and sentence shapes.
 */
import type { Statement } from './merge.ts';

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The statements to merge: every grammar-read one, and the weak ones whose pair a grammar-read one
 * has, with the weak mark dropped.
 * @example corroborated([{ a: 'x', b: 'y', … }, { a: 'y', b: 'x', weak: true, … }]).length // 2
 */
export function corroborated(statements: readonly Statement[]): Statement[] {
  const known = new Set(statements.filter((s) => !s.weak).map((s) => pairKey(s.a, s.b)));
  return statements.flatMap((s) => {
    if (!s.weak) return [s];
    if (!known.has(pairKey(s.a, s.b))) return [];
    const { weak: _weak, ...kept } = s;
    return [kept];
  });
}
