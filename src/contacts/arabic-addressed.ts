/**
 * "وهنأ X Y خلال اتصال هاتفي", "وأبلغ X Y خلال اللقاء أن …", "وقال X لـY في اتصال هاتفي إن …":
 * a verb that is no contact word (congratulated, told, briefed, thanked) with its subject and the
 * one it is addressed to side by side, then a word of time and a contact noun that names no one
 * after it. The noun is the occasion of the two: they were in contact, of the noun's kind.
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import type { CueAt } from './cues.ts';
import { has } from './arabic-words.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

/* Words of time before the occasion: during, in, at. */
const SCENE = set('خلال أثناء اثناء في لدى');
/* A possessive pronoun on the noun other than "their two" (خلال لقائه Z): its owner met Z, named after it. */
const OWNED_BY_ONE = /(ه|ها)$/u;

/**
 * The addressed person `g` and the contact noun after it, when `s` is the subject of the verb
 * right before `s`, `g` follows `s` at once (bare or with لـ "to"), and the word of time and the
 * noun follow `g` at once, a comma aside; the noun names no person after it.
 */
export function addressedAt(toks: readonly Tok[], groups: readonly Group[], cues: readonly CueAt[], s: Group, g: Group, isVerb: (tok: Tok | undefined) => boolean): CueAt | undefined {
  if (s.members.length !== 1 || g.members.length !== 1 || g.first !== s.end || toks[g.first]!.breakBefore) return undefined;
  const verb = s.first - 1;
  if (!isVerb(toks[verb]) || cues.some((c) => c.i <= verb && c.end > verb)) return undefined;
  // The verb opens the sentence or its clause ("وأكد", "أن X أبلغ" is no verb-first clause).
  if (verb > 0 && !toks[verb]!.breakBefore) return undefined;
  if (!has(toks[g.end], SCENE)) return undefined;
  const c = cues.find((c) => c.i === g.end + 1);
  if (!c) return undefined;
  // "خلال لقائه Z": the noun's owner met Z, who is named after it.
  const owned = c.end === c.i + 1 && OWNED_BY_ONE.test(toks[c.i]!.text);
  const named = groups.some((h) => h.first >= c.end && h.first <= c.end + 1);
  return owned || named ? undefined : c;
}
