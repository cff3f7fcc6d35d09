/**
 * Arabic sentences that go on from the one before without naming its subject again, and name only
 * the other party of the contact (the sentence before's subject is who meets them: arabic.ts
 * continues it):
 * - "والتقى A، وB، وC": a list joined by "، و" after the sentence's opening transitive verb is the
 *   verb's objects, not a pair that met; "والتقى X، A، وB" names its subject X first, set off by a
 *   comma alone, and the list after it is who X met;
 * - "كما استقبل Y في الكرملين", "والتقى أيضا Y": one person after the verb, with nothing after them
 *   that a subject would take as its object, is the object;
 * - "واستقبله Y", "وكان في استقباله Y" (Y received him), "وقد التقى به Y" (Y met him): the pronoun
 *   on the verb or the masdar, or after the verb, is the sentence before's subject, and Y the other party.
 */
import type { Group } from '../grammar/groups.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import type { CueAt } from './cues.ts';
import { has } from './arabic-words.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

/* "كما التقى", "كذلك استقبل": a word going on with the news before. */
const ALSO = set('كما وكذلك كذلك');
/* "وكان في استقباله", "وقد استقبله": words that may open the sentence before a cue bearing a pronoun. */
const OPENERS = set('كان وكان قد وقد في كما وكذلك كذلك');
/* A pronoun suffix on a verb (its object) or a masdar (its owner): him, her. */
const PRONOUN = /(ه|ها)$/u;
/* What may follow the lone object: a place, a date, "also" (a subject would be followed by its object). */
const AFTER_OBJECT = set('في على خلال لدى أمس اليوم غدا أيضا كذلك يوم مساء صباح الأسبوع الشهر');
/* A participle of manner closing the clause ("وهاتف نظيره Y معربا عن تضامنه", "مهنئا", "مؤكدا"):
   it tells how the subject did it, so the one person before it is the object. */
const MANNER = set('معربا مؤكدا مشددا مهنئا معزيا مشيدا معبرا مشيرا داعيا مطالبا مبديا');

/* Words of sequence and place opening a continuing sentence: "ثم التقى Y", "وهناك التقى Y". */
const SEQUENCE = set('ثم وهناك هناك وبعدها بعدها ولاحقا لاحقا');
/* Words turning to another matter ("في سياق آخر", "من جهة أخرى", "في شأن آخر"). */
const OTHER_MATTER = set('آخر أخرى اخر اخرى منفصل منفصلة سياق');
/* "ومن المقرر أن", "ومن المتوقع أن", "ومن المرجح أن": the words announcing a verb whose subject goes on from before. */
const SCHEDULED = set('ومن من المقرر المتوقع المنتظر المرتقب المزمع المفترض المرجح المحتمل أن');
/* How many words a phrase set off by a comma may open the sentence with ("وخلال الزيارة،", "وفي وقت لاحق،"). */
const OPENING_PHRASE = 4;

/* "وكان قد التقى Y", "كما أجرى اتصالا مع Y": words of tense and addition that may stand before the verb of a continuing sentence. */
const LEADING = set('كان وكان قد وقد كما وكذلك كذلك');

/** Where a sentence's words begin after the leading words of tense and addition (كان, قد, كما). */
export function afterLeading(toks: readonly Tok[]): number {
  let j = 0;
  while (j < toks.length && has(toks[j], LEADING)) j++;
  return j;
}

/**
 * "ثم التقى Y", "وخلال الزيارة، التقى Y", "وبعد ذلك، اجتمع مع Y": the cue comes after a word of
 * sequence, or after a short phrase opening the sentence with و and set off by a comma.
 */
export function afterOpening(toks: readonly Tok[], c: CueAt): boolean {
  // "وفي سياق آخر، بحث …" (in another matter): the news turns to someone else.
  if (toks.slice(0, c.i).some((t) => has(t, OTHER_MATTER))) return false;
  if (c.i === 1 && has(toks[0], SEQUENCE)) return true;
  // "ومن المقرر أن يلتقي Y" (he is to meet Y).
  if (c.i >= 2 && c.i <= OPENING_PHRASE && /^و/u.test(toks[0]!.text) && toks.slice(0, c.i).every((t) => has(t, SCHEDULED))) return true;
  return c.i >= 2 && c.i <= OPENING_PHRASE && /^و/u.test(toks[0]!.text) && toks[c.i]!.breakBefore && toks.slice(1, c.i).every((t) => !t.breakBefore);
}

/** Whether the cue opens the sentence going on from the one before (with و or ف, after كما, or after an opening). */
export function opensContinuing(toks: readonly Tok[], c: CueAt): boolean {
  return (c.i === 0 && /^[وف]/u.test(toks[0]!.text)) || (c.i === 1 && has(toks[0], ALSO)) || (c.i > 0 && afterLeading(toks) === c.i) || afterOpening(toks, c);
}

/**
 * A list joined by "، و" ("A، وB، وC") right after a transitive verb that opens a continuing
 * sentence. A comma alone after the first person ends the verb's subject ("استقبل X، Y"); a
 * sentence opening with the bare verb may list its subjects ("التقى A، وB، في موسكو", A and B met).
 */
export function objectList(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  const commaAnd = joinedByCommaAnd(toks);
  // No transitive contact verb starts with و or ف of its own: there it is the conjunction.
  return opensContinuing(toks, c) && c.cue.transitive === true && c.end <= g.first && g.members.slice(1).every(commaAnd);
}

/** Whether a list member is joined to the one before by "، و". */
const joinedByCommaAnd = (toks: readonly Tok[]) => (m: Phrase): boolean => toks[m.first]!.breakBefore && m.clitic > 0 && toks[m.first]!.text.startsWith('و');

/**
 * "والتقى X، A، وB", "استقبل أمير قطر، وزيري الخارجية A، والدفاع B": after a transitive verb, the
 * first of three or more people is the verb's subject and the others the people met, however the
 * list is punctuated; one verb does not make its objects meet each other (a list opening a
 * continuing sentence, every member after "، و", is objectList's and is read before).
 */
export function subjectThenList(g: Group, c: CueAt): boolean {
  return c.cue.transitive === true && c.end <= g.first && g.members.length >= 3;
}

/** "واستقبله Y", "وكان في استقباله Y": a cue bearing a pronoun, opening the sentence, before the one person named. */
export function pronounOnCue(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  if (c.end !== c.i + 1 || !PRONOUN.test(toks[c.i]!.fold) || c.end > g.first || g.members.length !== 1) return false;
  if (!(c.cue.transitive || c.cue.possessedObject)) return false;
  return toks.slice(0, c.i).every((t) => has(t, OPENERS)) && (c.i > 0 || /^[وف]/u.test(toks[0]!.text));
}

/* A pronoun after the verb: "التقى به Y" (Y met him), "اجتمع بها Y", "اتصل به Y", "التقى معه Y". */
const PRONOUN_OBJECTS = set('به بها معه معها');

/** "وقد التقى به Y": a pronoun right after a cue opening the sentence, before the one person named. */
export function pronounAfterCue(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  if (!has(toks[c.end], PRONOUN_OBJECTS) || c.end + 1 > g.first || g.members.length !== 1) return false;
  return toks.slice(0, c.i).every((t) => has(t, OPENERS)) && (c.i > 0 || /^[وف]/u.test(toks[0]!.text));
}

/**
 * "كما استقبل Y في الكرملين": the only person a continuing sentence names, right after its opening
 * transitive verb, with the sentence ending, a comma, a place or a date after them.
 */
export function loneObject(toks: readonly Tok[], groups: readonly Group[], g: Group, c: CueAt): boolean {
  if (!c.cue.transitive || !opensContinuing(toks, c) || groups.length !== 1 || g.members.length !== 1 || c.end > g.first) return false;
  const next = toks[g.end];
  return next === undefined || next.breakBefore || has(next, AFTER_OBJECT) || has(next, MANNER);
}

const WHERE = set('حيث');

/**
 * "وتوجه بعدها إلى دمشق حيث التقى Y": a sentence going on with the one before's subject (its verb
 * opens it, naming no one), whose contact verb after حيث has the one person it names as object.
 */
export function whereObject(toks: readonly Tok[], groups: readonly Group[], g: Group, c: CueAt): boolean {
  if (!c.cue.transitive || !has(toks[c.i - 1], WHERE) || groups.length !== 1 || g.members.length !== 1 || c.end > g.first) return false;
  const next = toks[g.end];
  return next === undefined || next.breakBefore || has(next, AFTER_OBJECT) || has(next, MANNER);
}
