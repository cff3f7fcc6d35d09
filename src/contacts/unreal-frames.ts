/**
 * Frames around a contact that tell it was not held, from the pack's data (`ContactWords`): a
 * conditional clause ("If X meets Y, the talks could resume"), a cancellation told right after
 * its parties ("X's meeting with Y was cancelled"), and an appeal that shares its words with a
 * contact ("X called on Y to form a government": urged, not visited). Every reading of a sentence
 * (the grammar's, the co-occurrence fallback's) is checked, so the fallback cannot read back a
 * contact the grammar left out.
 */
import type { SentenceView } from '../grammar/sentences.ts';
import { PackPhrases } from '../grammar/phrases.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Claim } from './claim.ts';
import { CUES } from './cues.ts';

const CONDITIONALS = perPack((pack) => new Set((pack.contacts.conditionals ?? []).map(foldTerm)));
const JOINERS = perPack((pack) => new Set((pack.contacts.clauseJoiners ?? []).map(foldTerm)));
const CANCELLED = new PackPhrases<true>((pack) => (pack.contacts.cancelledAfter ?? []).map((w) => [w, true] as const));
const APPEALS = new PackPhrases<true>((pack) => (pack.contacts.appeals?.cues ?? []).map((w) => [w, true] as const));
const APPEAL_LINKS = perPack((pack) => new Set((pack.contacts.appeals?.before ?? []).map(foldTerm)));

/** Words from the conditional to the contact word ("If the visiting foreign minister X meets"). */
const CONDITION_REACH = 15;
/** Words of a date between the contact's last party and the cancellation ("Y on Monday was cancelled"). */
const CANCEL_REACH = 4;

/** Whether a conditional opens the clause of the contact word at `i`, no clause joiner between. */
function conditional(view: SentenceView, i: number): boolean {
  const words = CONDITIONALS(view.lang);
  if (!words?.size) return false;
  const joiners = JOINERS(view.lang);
  for (let k = i - 1; k >= Math.max(0, i - CONDITION_REACH); k--) {
    const fold = view.toks[k]!.fold;
    if (words.has(fold)) return true;
    if (joiners?.has(fold)) return false;
  }
  return false;
}

/** Whether a cancellation follows the claim's parties, only a date between ("was cancelled", "on Monday was postponed"). */
function cancelledAfter(view: SentenceView, end: number): boolean {
  const table = CANCELLED.of(view.lang);
  if (!table) return false;
  let k = end;
  while (k < view.toks.length && k - end < CANCEL_REACH && view.dates.some((d) => view.toks[k]!.start >= d.start && view.toks[k]!.end <= d.end)) k++;
  return table.match(view.toks, k) !== undefined;
}

/** Whether the appeal words at `i` reach the claim's other party, then a link word and a verb that is no contact word ("called on Y to form"). */
function appeal(view: SentenceView, claim: Claim, i: number): boolean {
  const m = APPEALS.of(view.lang)?.match(view.toks, i);
  if (!m || claim.other.first < m.end) return false;
  const link = view.toks[claim.other.end];
  const verb = view.toks[claim.other.end + 1];
  return link !== undefined && verb !== undefined && APPEAL_LINKS(view.lang)?.has(link.fold) === true && /^\p{Ll}/u.test(verb.text) && !CUES.match(view.toks, claim.other.end + 1);
}

/** Whether a frame of the pack tells the claim's contact as not held. */
export function framedUnreal(claim: Claim): boolean {
  const { view } = claim;
  const cues = CUES.of(view.lang);
  if (!cues) return false;
  const at: number[] = [];
  for (let i = claim.first; i < claim.end; i++) if (cues.match(view.toks, i)) at.push(i);
  if (at.length === 0) return false;
  if (at.every((i) => conditional(view, i) || appeal(view, claim, i))) return true;
  return cancelledAfter(view, Math.max(claim.end, claim.other.end));
}
