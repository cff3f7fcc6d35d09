/**
 * "وخلال لقائه وزير الخارجية Y، أكد X …", "عقب محادثته مع نظيره Y، شدد X …" (during his meeting
 * with Y, X stressed …): a contact noun possessed by a pronoun, after a word of time (خلال, عقب,
 * أثناء, لدى …), sets the scene for the clause after the comma; the pronoun's owner is the subject
 * of that clause's verb, named after it. When the verb names no one ("، أكد أن …"), the owner is
 * the one the sentence before was about (arabic.ts continues it).
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import type { CueAt } from './cues.ts';
import { has } from './arabic-words.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

/* Words of time that a possessed contact noun follows: "خلال لقائه", "عقب اتصاله", "لدى استقباله". */
const SCENE = set('خلال أثناء اثناء عقب إثر اثر بعد قبل قبيل لدى في');
/* The possessive pronouns of the third person on a noun: his, her, their two, their. */
const POSSESSED = /(ه|ها|هما|هم)$/u;
/* How many words may stand between the person met and the comma before the clause's verb (a date: "، أمس،"). */
const VERB_REACH = 4;

/** Whether the cue is a contact noun possessed by a pronoun after a word of time ("خلال لقائه"). */
export function sceneNoun(toks: readonly Tok[], c: CueAt): boolean {
  return c.end === c.i + 1 && POSSESSED.test(toks[c.i]!.fold) && has(toks[c.i - 1], SCENE);
}

/**
 * Where the scene set by the noun ends after the person met: at a comma within reach, or at a verb
 * right after the name ("خلال محادثته مع نظيره Y شدد X"); -1 if neither.
 */
export function sceneEnd(toks: readonly Tok[], g: Group, isVerb: (tok: Tok | undefined) => boolean): number {
  if (isVerb(toks[g.end]) && !toks[g.end]!.breakBefore) return g.end;
  for (let k = g.end; k < Math.min(toks.length, g.end + VERB_REACH); k++) if (toks[k]!.breakBefore) return k;
  return -1;
}

/**
 * The subject of the clause a scene noun opens: one person, introduced by nothing, right after the
 * first verb following the comma that ends the scene ("، أكد X", "، شدد X").
 */
export function laterPossessor(toks: readonly Tok[], groups: readonly Group[], introduced: readonly boolean[], g: Group, isVerb: (tok: Tok | undefined) => boolean): Group | undefined {
  const comma = sceneEnd(toks, g, isVerb);
  if (comma < 0) return undefined;
  const hi = groups.findIndex((h) => h.first > comma);
  const h = groups[hi];
  // The verb may follow a date set off by commas ("، أمس، أعربت X").
  if (!h || introduced[hi] || h.members.length !== 1 || h.first - comma > VERB_REACH) return undefined;
  return isVerb(toks[h.first - 1]) ? h : undefined;
}
