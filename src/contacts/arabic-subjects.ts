/**
 * Arabic contact verbs whose subject stands outside the verb's own clause, told by a word at the
 * verb rather than by the distance to a name:
 * - "أجرى X زيارة إلى الدوحة، التقى خلالها A، وB" (X visited Doha, during which he met A and B):
 *   a word "during it" right after a transitive verb leaves the verb's subject unsaid; it is the
 *   visitor of the clause before, and the people after are its objects, not a pair that met;
 * - "وقال X …، مشيرا إلى أنه التقى Y" / "مضيفا أنه بحث مع Y" / "مشيرا إلى محادثات سيجريها مع Y":
 *   a circumstantial participle of saying (مشيرا "pointing out", مضيفا "adding") goes on with the
 *   subject of the sentence's verb of saying, however long the quotation between, also when the
 *   quotation ran over a sentence end ("وقال X: “… ذلك.. سوف …”، مشيرا إلى محادثات مع Y").
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import type { CueAt } from './cues.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

/* "During it/him", "in it": an adverb pointing back to a visit or a trip told just before. */
const DURING_IT = set('خلالها خلاله أثناءها اثناءها أثناءه خلالهما');

/** Whether a transitive verb is followed at once by "during it" ("التقى خلالها A"): its subject is unsaid. */
export function duringIt(toks: readonly Tok[], c: CueAt): boolean {
  return c.cue.transitive === true && toks[c.end] !== undefined && toks[c.end]!.forms.some((f) => DURING_IT.has(f));
}

/* Participles of saying, in the masculine and feminine (مشيرا, مشيرة), as they follow a comma. */
const PARTICIPLES = new Set(
  ['مشير', 'مضيف', 'مؤكد', 'موضح', 'لافت', 'منوه', 'معلن', 'مبين', 'كاشف'].flatMap((stem) => [`${stem}ا`, `${stem}ه`]).map(foldTerm),
);
/* Words between the participle and the contact word: "إلى", "أنه" ("مشيرا إلى أنه التقى"). */
const LINKS = set('إلى الى أنه أنها انه انها');
/* How many words may stand between the participle and the contact word (إلى أنه). */
const LINK_REACH = 3;
/* Verbs of saying that open a sentence or stand right after its subject. */
const SAYING = set('قال وقال أكد وأكد أعلن وأعلن أوضح وأوضح صرح وصرح قالت وقالت أكدت وأكدت أعلنت وأعلنت أوضحت وأوضحت صرحت وصرحت');

/** The token index of a participle of saying set off by a comma shortly before the contact word, if any. */
export function participleAt(toks: readonly Tok[], c: CueAt): number | undefined {
  for (let k = c.i - 1; k >= Math.max(0, c.i - 1 - LINK_REACH); k--) {
    const tok = toks[k]!;
    if (tok.forms.some((f) => PARTICIPLES.has(f))) return tok.breakBefore ? k : undefined;
    if (!tok.forms.some((f) => LINKS.has(f))) return undefined;
  }
  return undefined;
}

/**
 * The speaker a participle of saying before the contact word goes on with: the first group of the
 * sentence, right after a verb of saying that opens it ("وقال X …") or right before one ("X قال …"),
 * when it is one person and introduced by no preposition. Returns the group and where the
 * participle stands (the contact's own words start there).
 */
export function participleSpeaker(toks: readonly Tok[], groups: readonly Group[], introduced: readonly boolean[], c: CueAt): { s: Group; at: number } | undefined {
  const at = participleAt(toks, c);
  const s = at === undefined ? undefined : sayingSubject(toks, groups, introduced, at);
  return s && at !== undefined ? { s, at } : undefined;
}

/**
 * The subject of the verb of saying a sentence opens with ("وقال X …", "X قال …"): its first group
 * before token `before`, when that is one person introduced by no preposition.
 */
export function sayingSubject(toks: readonly Tok[], groups: readonly Group[], introduced: readonly boolean[], before: number): Group | undefined {
  const gi = groups.findIndex((g) => g.first < before);
  const s = groups[gi];
  if (!s || introduced[gi] || s.members.length !== 1) return undefined;
  const saying = (tok: Tok | undefined) => tok !== undefined && tok.forms.some((f) => SAYING.has(f));
  const opens = saying(toks[s.first - 1]) && s.first - 1 <= 1;
  return opens || saying(toks[s.end]) ? s : undefined;
}
