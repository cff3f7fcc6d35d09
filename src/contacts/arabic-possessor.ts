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
/* How many words may follow the person met before the comma ending the scene ("في الدوحة أمس الثلاثاء،"), none a verb or clause break. */
const SCENE_TAIL = 8;
/* Words opening another clause inside the scene: past them the comma is not the scene's end. */
const SCENE_BREAKS = set('أن إن أنه إنه بأن بأنه حيث الذي التي');

/** Whether the cue is a contact noun possessed by a pronoun after a word of time ("خلال لقائه"). */
export function sceneNoun(toks: readonly Tok[], c: CueAt): boolean {
  return c.end === c.i + 1 && POSSESSED.test(toks[c.i]!.fold) && has(toks[c.i - 1], SCENE);
}

/**
 * Where the scene set by the noun ends after the person met: at a comma within reach, past a place
 * and a date ("مع Y في الدوحة أمس الثلاثاء، أكد X") but no verb or other clause, or at a verb
 * right after the name ("خلال محادثته مع نظيره Y شدد X"); -1 if neither.
 */
export function sceneEnd(toks: readonly Tok[], g: Group, isVerb: (tok: Tok | undefined) => boolean): number {
  if (isVerb(toks[g.end]) && !toks[g.end]!.breakBefore) return g.end;
  for (let k = g.end; k < Math.min(toks.length, g.end + SCENE_TAIL); k++) {
    if (toks[k]!.breakBefore) return k;
    if (has(toks[k], SCENE_BREAKS) || (k > g.end && isVerb(toks[k]))) return -1;
  }
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

/*
 * A verb after a contact noun whose object pronoun is the noun and whose subject, unnamed, is the
 * noun's owner ("اتصال تلقاه من Y", a call he received from Y; "مكالمة أجراها مع Y"), or whose
 * pronoun is the owner ("لقاء جمعه بـY", a meeting that brought him together with Y).
 */
const RELATIVE_VERB = new RegExp(`^(?:${['أجرى', 'أجرت', 'تلقى', 'تلقت', 'عقد', 'عقدت', 'جمع', 'جمعت', 'ضم', 'ضمت'].map((w) => foldTerm(w).replace(/[ىي]$/u, 'ا')).join('|')})(?:ه|ها|هما)$`, 'u');
const INTRODUCERS = set('مع من');

/**
 * "وخلال اتصال هاتفي مع Y، أكد X", "وفي اتصال هاتفي تلقاه من Y، أكد X", "في لقاء جمعه بـY، قال
 * X": a contact noun after a word of time, owned by no word of its own, whose person met follows at
 * once (after مع, بـ, or من when received) or after such a verb, sets the scene for the clause after
 * the comma like a possessed noun. `at` is where the introduced person (or its introducer) stands;
 * the noun may be the cue before `c` when `c` is the verb ("تلقاه").
 */
export function openScene(toks: readonly Tok[], cues: readonly CueAt[], c: CueAt, at: number): boolean {
  const verbAt = RELATIVE_VERB.test(toks[c.i]!.fold) && c.end === c.i + 1 ? c.i : RELATIVE_VERB.test(toks[c.end]?.fold ?? '') ? c.end : -1;
  const noun = verbAt === c.i ? cues.find((d) => d.end === c.i) : c;
  if (!noun || !has(toks[noun.i - 1], SCENE)) return false;
  const m = verbAt >= 0 ? verbAt + 1 : noun.end;
  if (at === m) return true;
  if (at !== m + 1 || !has(toks[m], INTRODUCERS)) return false;
  // من names the one met only after a verb of receiving.
  return !has(toks[m], set('من')) || (verbAt >= 0 && toks[verbAt]!.fold.startsWith(foldTerm('تلق')));
}

/* The relative pronouns after a contact noun ("الاتصال الذي أجراه X"). */
const RELATIVES = set('الذي التي');

/* Words of time opening a sentence before the occasion of its contact ("وفي اتصال هاتفي، بحث X مع Y"). */
const OPENING_SCENE = set('في وفي خلال وخلال أثناء وأثناء');

/**
 * Where the kind of the contact starting at `first` is read from: the sentence's opening "وفي
 * اتصال هاتفي،" (in a phone call), set off by a comma right before `first`, makes talks a phone
 * call; otherwise from `first`.
 */
export function openingOccasion(toks: readonly Tok[], cues: readonly CueAt[], first: number): number {
  const c = cues.find((c) => c.i === 1);
  return c && has(toks[0], OPENING_SCENE) && c.end === first && toks[first]?.breakBefore ? 0 : first;
}

/* Verbs of holding a contact with an object pronoun for the noun: "الذي أجراه", "التي عقدها". */
const HELD_IT = /^(?:اجرا|عقد|اجرت|عقدت)(?:ه|ها)$/u;

/** "الاتصال الذي أجراه X": الذي right after a contact noun, then a verb holding it. */
export function relativeOnNoun(toks: readonly Tok[], c: CueAt): boolean {
  return has(toks[c.end], RELATIVES) && HELD_IT.test(toks[c.end + 1]?.fold ?? '');
}

/* Prepositions before an occasion named again ("خلال الزيارة", "في الاجتماع"). */
const DURING = set('خلال أثناء اثناء في');

/** A definite contact noun after a preposition: the occasion named again, taking no object. */
export function mentionedOccasion(toks: readonly Tok[], c: CueAt): boolean {
  return c.end === c.i + 1 && toks[c.i]!.fold.startsWith('ال') && has(toks[c.i - 1], DURING);
}
