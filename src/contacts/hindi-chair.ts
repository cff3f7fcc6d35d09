/**
 * A meeting chaired or hosted by someone and attended by others: "X की अध्यक्षता में हुई बैठक में Y
 * ने भाग लिया" (Y took part in the meeting X chaired), "X की मेजबानी में … Y और Z शामिल हुए"; the
 * meeting noun right after its owner, "X की बैठक में Y शामिल हुए", "X वार्ता में Y ने भाग लिया". The
 * chair met each participant; the participants' contacts among themselves are the mutual reading's.
 */
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { pairClaims, type Claim } from './claim.ts';
import { foldedSet as set, OCCASION_WORDS, type CueAt } from './cues.ts';

const OCCASIONS = OCCASION_WORDS('hin')!;
import { breakBetween } from './hindi-clause.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

/** Nouns of presiding after a genitive and before "में": chaired by, co-chaired by, hosted by. */
const PRESIDING = set(W.presiding);
const IN = set(W.in);
/** Words between the participants and the word of taking part ("ने भी भाग लिया"). */
const PARTICIPANT_GAP = 3;
/** Words between the chair and the participants ("की अध्यक्षता में बुधवार को हुई बैठक में"). */
const CHAIR_REACH = 12;

/** Contacts of a chair with the people a joint-appearance cue says took part. */
export function chairedClaims(view: SentenceView, groups: readonly Group[], cues: readonly CueAt[]): Claim[] {
  const { toks } = view;
  const claims: Claim[] = [];
  for (const c of cues) {
    if (c.cue.kind !== 'joint appearance') continue;
    const participants = groups.filter((g) => g.end <= c.i && (g.hindiCase === 'ergative' || g.hindiCase === 'nominative')).pop();
    if (!participants || c.i - participants.after > PARTICIPANT_GAP || breakBetween(view, participants.after, c.i)) continue;
    const chair = groups.filter((g) => g.end <= participants.first && (g.hindiCase === 'genitive' || g.hindiCase === 'nominative')).pop();
    if (!chair || !IN.has(toks[chair.after + 1]?.fold ?? '')) continue;
    // "X की अध्यक्षता में"; or the meeting noun itself after its owner, "X की वार्ता में", "X वार्ता में".
    const presiding = chair.hindiCase === 'genitive' && PRESIDING.has(toks[chair.after]?.fold ?? '');
    if (!presiding && !OCCASIONS.has(toks[chair.after]?.fold ?? '')) continue;
    if (participants.first - chair.after > CHAIR_REACH || breakBetween(view, chair.after, participants.first)) continue;
    claims.push(...pairClaims(view, chair.members, participants.members, { kind: c.cue.kind, planned: c.planned, first: chair.first, end: c.end }));
  }
  return claims;
}
