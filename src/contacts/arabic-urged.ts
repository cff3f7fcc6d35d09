/**
 * "دعا X Y إلى احترام سيادة الدول" (X called on Y to respect …) is not an invitation: the verb of
 * inviting, with a person as its object, invites only to a visit, a meeting, an event or a place
 * ("دعا X Y إلى زيارة موسكو", "إلى المشاركة في القمة", "إلى طهران"). After any other word
 * governed by إلى the object is urged, in a statement or a speech, and meets no one.
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { INVITED_TO } from '../languages/arb/contacts.ts';
import { foldTerm } from '../text/normalize.ts';
import { has } from './arabic-words.ts';
import { CLAUSE_BREAKS } from './arabic-adjacency.ts';
import type { CueAt } from './cues.ts';
import { placeAt } from './places.ts';

const TO = new Set(['إلى', 'الى'].map(foldTerm));
/* The words and their definite forms ("إلى الاجتماع"). */
const INVITED = new Set(INVITED_TO.flatMap((w) => [w, w.startsWith('ال') ? w : `ال${w}`]).map(foldTerm));
/* A date or place may stand between the object and إلى ("دعا X Y، الثلاثاء، إلى …"). */
const TO_REACH = 4;

/** Whether the person after an inviting verb is urged to do something rather than invited. */
export function urgedTo(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  return c.cue.kind === 'invitation' && c.cue.transitive === true && g.first >= c.end && urgedAfter(toks, g.end);
}

/** Whether إلى after the person ending at `end` governs what they are urged to do (no visit, meeting or place). */
export function urgedAfter(toks: readonly Tok[], end: number): boolean {
  for (let k = end; k < Math.min(toks.length - 1, end + TO_REACH); k++) {
    if (has(toks[k], CLAUSE_BREAKS)) return false;
    if (!has(toks[k], TO)) continue;
    return !has(toks[k + 1], INVITED) && placeAt(toks, k + 1) === undefined;
  }
  return false;
}
