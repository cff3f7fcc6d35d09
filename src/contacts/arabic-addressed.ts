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
/* "About" before a masdar of feeling ("عن امتنانه", "عن قلقها"). */
const ABOUT = set('عن');
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
  // "وعبر X لـY عن امتنانه خلال اتصال هاتفي": what was expressed may come first.
  const scene = has(toks[g.end], ABOUT) && !toks[g.end + 2]?.breakBefore ? g.end + 2 : g.end;
  if (!has(toks[scene], SCENE)) return undefined;
  const c = cues.find((c) => c.i === scene + 1);
  if (!c) return undefined;
  // "خلال لقائه Z": the noun's owner met Z, who is named after it.
  const owned = c.end === c.i + 1 && OWNED_BY_ONE.test(toks[c.i]!.text);
  const named = groups.some((h) => h.first >= c.end && h.first <= c.end + 1);
  return owned || named ? undefined : c;
}

/* "That" after a verb of saying, and the verbs of saying whose speaker the pronoun is. */
const THAT = set('إن أن');
const SAYING = set('قال وقال قالت وقالت أكد وأكد أكدت وأكدت أوضح وأوضح ذكر وذكر أعلن وأعلن');
/* An object pronoun on a verb: him, her (read on the written word: ة is no pronoun). */
const OBJECT_PRONOUN = /(ه|ها)$/u;

/**
 * "وقال X إن Y أبلغه خلال اتصال هاتفي أن …" (X said Y told him during a phone call): the pronoun
 * on the verb after Y is the speaker `s`, and the contact noun after it names no one. Returns the
 * noun when `g` is Y.
 */
export function toldSpeakerAt(toks: readonly Tok[], groups: readonly Group[], cues: readonly CueAt[], s: Group, g: Group, isVerb: (tok: Tok | undefined) => boolean): CueAt | undefined {
  if (s.members.length !== 1 || g.members.length !== 1 || g.first !== s.end + 1 || !has(toks[s.end], THAT) || !has(toks[s.first - 1], SAYING)) return undefined;
  const verb = toks[g.end];
  if (!verb || !isVerb(verb) || !OBJECT_PRONOUN.test(verb.text) || !has(toks[g.end + 1], SCENE)) return undefined;
  const c = cues.find((c) => c.i === g.end + 2);
  if (!c || groups.some((h) => h.first >= c.end && h.first <= c.end + 1)) return undefined;
  return c;
}
