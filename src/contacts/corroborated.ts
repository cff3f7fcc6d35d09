/**
 * Contacts read from a contact noun beside two named people ("X … the talks … Y") are kept only
 * when the corpus corroborates them: another statement, read by a language's grammar in any
 * article, has the same two people. A sentence names a meeting and two people far more often than
 * it tells that they met (src/contacts/cooccurrence.ts); but when the pair is known to have met,
 * a new article's "talks between the two" is most often the same news told in a shape no rule was
 * written for. Real coverage repeats each meeting across many outlets and sentence shapes.
 * A subject left to a pronoun gives several weak candidates for one contact (subjectless.ts): only
 * the nearest one the corpus corroborates is kept.
 */
import { pairKey, type Statement } from './merge.ts';

/** Of each set of alternative readings (subjectless.ts), the corroborated one of lowest rank. */
function firstAlternatives(statements: readonly Statement[], isKnown: (s: Statement) => boolean): Set<Statement> {
  const best = new Map<string, Statement>();
  for (const s of statements) {
    if (!s.alternative || !isKnown(s)) continue;
    const key = `${s.evidence.article}:${s.alternative.key}`;
    const now = best.get(key);
    if (!now || s.alternative.rank < now.alternative!.rank) best.set(key, s);
  }
  return new Set(best.values());
}

/**
 * The statements to merge: every grammar-read one, and the weak ones whose pair a grammar-read one
 * has, with the weak mark dropped.
 * @example corroborated([{ a: 'x', b: 'y', … }, { a: 'y', b: 'x', weak: true, … }]).length // 2
 */
export function corroborated(statements: readonly Statement[]): Statement[] {
  const known = new Set(statements.filter((s) => !s.weak).map((s) => pairKey(s)));
  const first = firstAlternatives(statements, (s) => known.has(pairKey(s)));
  return statements.flatMap((s) => {
    if (!s.weak) return [s];
    if (!known.has(pairKey(s)) || (s.alternative && !first.has(s))) return [];
    const { weak: _weak, alternative: _alternative, ...kept } = s;
    return [kept];
  });
}
