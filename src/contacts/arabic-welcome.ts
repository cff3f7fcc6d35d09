/**
 * A guest received on arrival, told with the masdar استقبال "receiving" and its genitive guest, in
 * Arabic news:
 * - "وكان في استقبال X [لدى وصوله …] Y" (receiving X on his arrival was Y): the guest X right
 *   after the masdar, the host Y after them;
 * - "وكان Y في استقبال X" (Y was there to receive X): the host before, the guest after;
 * - "وتم استقبال X من قبل Y" (X was received by Y): the passive, the host after من قبل.
 * The host met the guest. ("وكان في استقباله Y", with a pronoun for the guest, is read by the
 * grammar as going on from the sentence before.)
 */
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import { pairClaims, type Claim, type ClaimShape } from './claim.ts';
import { has } from './arabic-words.ts';
import { breakBetween } from './arabic-adjacency.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

const RECEIVING = set('استقبال');
const IN = set('في');
const WAS = set('كان وكان وقد قد');
/* What may stand between the guest and the host: "on his arrival at …", a place, a date. */
const ON_ARRIVAL = set('لدى عند فور وصوله وصولها وصولهما إلى الى في مطار المطار');
/* How many words the arrival phrase between guest and host may run to ("لدى وصوله إلى مطار X الدولي"). */
const ARRIVAL_REACH = 7;

/* "تم استقبال X من قبل Y" (X was received by Y): the passive with تم/جرى and the agent after من قبل. */
const DONE = set('تم وتم جرى وجرى');
const BY = set('قبل');
const FROM = set('من');

/** The host after "من قبل" (by) following the guest of "تم استقبال X", within the arrival phrase's reach. */
function agentAfter(toks: readonly Tok[], groups: readonly Group[], guest: Group): Group | undefined {
  const host = groups.find((g) => g.first > guest.end);
  if (!host || host.first - guest.end > ARRIVAL_REACH || breakBetween(toks, guest.end, host.first)) return undefined;
  return has(toks[host.first - 1], BY) && has(toks[host.first - 2], FROM) ? host : undefined;
}

/** The host and guest of "في استقبال" or "تم استقبال" at token `k`, when one is told. */
function hostAndGuest(toks: readonly Tok[], groups: readonly Group[], k: number): [Group, Group] | undefined {
  const guestAt = groups.findIndex((g) => g.first === k + 1);
  const guest = groups[guestAt];
  if (!guest) return undefined;
  if (has(toks[k - 1], DONE)) {
    const agent = agentAfter(toks, groups, guest);
    return agent && [agent, guest];
  }
  if (!has(toks[k - 1], IN)) return undefined;
  // "وكان Y في استقبال X": the host after كان, right before في.
  const host = groups.find((g) => g.end === k - 1 && has(toks[g.first - 1], WAS));
  if (host) return [host, guest];
  if (!has(toks[k - 2], WAS)) return undefined;
  const after = groups[guestAt + 1];
  if (!after || after.first - guest.end > ARRIVAL_REACH || breakBetween(toks, guest.end, after.first)) return undefined;
  // Between the guest and the host only the words of arrival and the place's name ("لدى وصوله إلى مطار كابل").
  const between = toks.slice(guest.end, after.first);
  if (between.length > 0 && !has(between[0], ON_ARRIVAL)) return undefined;
  return [after, guest];
}

/**
 * Contacts of a guest received on arrival.
 * @example welcomeClaims(view, shape) // "وكان في استقبال X لدى وصوله Y" → Y–X meeting
 */
export function welcomeClaims(view: SentenceView, groups: readonly Group[], shape: (first: number, end: number) => ClaimShape): Claim[] {
  const { toks } = view;
  const claims: Claim[] = [];
  toks.forEach((tok, k) => {
    if (!has(tok, RECEIVING)) return;
    const found = hostAndGuest(toks, groups, k);
    if (!found) return;
    const [host, guest] = found;
    const [first, end] = [Math.min(host.first, k - 1), Math.max(host.end, guest.end)];
    claims.push(...pairClaims(view, host.members, guest.members, shape(first, end)));
  });
  return claims;
}
