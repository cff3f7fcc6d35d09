/* English contacts told as the setting of other news: they go on from the news before (`Claim.continues`). */
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import type { CueAt } from './cues.ts';
import * as G from '../languages/eng/grammar.ts';
import { DETERMINERS, NOUN_MODIFIERS, possessiveS } from './english-tokens.ts';

/** Words making a contact the setting of what its clause tells ("said after meeting Y", "during talks with Y"). */
const SETTING = new Set(G.SETTING);

/**
 * Whether the contact is told as the setting of something else ("he said at a press conference
 * after meeting Y", "During his talks with Y, X said"): then it goes on from the news before it
 * (`Claim.continues`), and undated it takes its subject's day told there (when.ts). The setting word
 * opens the cue ("after meeting") or stands before the contact noun, a determiner or adjective between.
 */
export function asSetting(toks: readonly Tok[], c: CueAt): boolean {
  if (SETTING.has(toks[c.i]!.fold)) return true;
  for (let d = c.i - 1; d >= Math.max(0, c.i - 2 - NOUN_MODIFIERS); d--) {
    const w = toks[d]!.fold;
    if (SETTING.has(w)) return true;
    if (!(DETERMINERS.has(w) || possessiveS(toks, d) || /^\p{Ll}/u.test(toks[d]!.text)) || toks[d + 1]!.breakBefore) return false;
  }
  return false;
}

const RECEPTIONS = new Set(G.RECEPTIONS);
const PASSIVE = new Set(G.PASSIVE);
const ARRIVALS = new Set(G.ARRIVALS);
/** Words of a journey in the reception's own sentence ("left for Tashkent where he was received by Y"): that journey is its occasion. */
const JOURNEYS = new Set([...G.ARRIVALS, ...G.JOURNEYS]);

/**
 * "X started his journey on August 24 and arrived in Dushanbe. X was received by Y.": a guest
 * received (passive) right after the sentence telling their arrival on a day was received on
 * arriving, and goes on from it (`Claim.continues`, dated by that sentence in when.ts). Only the
 * sentence just before counts, and only when the reception's own sentence tells no journey.
 */
export function receivedOnArrival(view: SentenceView, views: readonly SentenceView[], c: CueAt, guests: Group): boolean {
  const { toks } = view;
  if (!RECEPTIONS.has(toks[c.i]!.fold) || !PASSIVE.has(toks[c.i - 1]?.fold ?? '') || toks.some((t) => JOURNEYS.has(t.fold))) return false;
  const prev = views[views.indexOf(view) - 1];
  if (!prev || !prev.dates.some((d) => d.precision === 'day') || !prev.toks.some((t) => ARRIVALS.has(t.fold))) return false;
  return prev.phrases.some((p) => p.person !== undefined && guests.members.some((m) => m.person === p.person));
}
