/**
 * "استقبل X Y، بعد يوم من اتصاله بـZ", "أطلع X Y على نتائج محادثاته مع Z", "أبلغ X Y بنتائج لقائه
 * مع Z": a contact noun with a pronoun of one owner, told after a verb with its subject and its
 * object, belongs to the subject — news Arabic keeps the sentence's topic as the owner of what
 * follows, and the object is the one received or told. Nearest-person reading had paired Y with Z.
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import type { CueAt } from './cues.ts';

/* His or her on a one-word contact noun (اتصاله, لقائها, محادثاته). */
const OWNED_BY_ONE = /(ه|ها)$/u;

/**
 * The verb's subject, when `nearest` is its object right after it (nothing between) and the cue is a
 * contact noun owned by one person, told after both; undefined otherwise.
 */
export function subjectOwner(toks: readonly Tok[], nearest: Group, before: Group | undefined, c: CueAt, isVerb: (tok: Tok | undefined) => boolean): Group | undefined {
  if (!before || c.end !== c.i + 1 || !OWNED_BY_ONE.test(toks[c.i]!.fold) || c.i < nearest.end) return undefined;
  if (nearest.first !== before.end || before.members.length !== 1 || !isVerb(toks[before.first - 1])) return undefined;
  return before;
}
