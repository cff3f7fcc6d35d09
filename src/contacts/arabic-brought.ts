/**
 * "ثمنت X الدور … خلال المؤتمر الصحفي الذي جمعها أمس مع Y" (during the press conference that
 * brought her together with Y yesterday), "في الاجتماع الذي جمعه بـY": a relative clause whose verb
 * of bringing together carries a pronoun for one person, then مع or بـ and the person met. The
 * pronoun stands for the subject of the sentence before the relative clause: the first person
 * named before it and introduced by nothing. "الذي جمعهما" (the two of them) is a pair's, read by
 * the reciprocal rule of arabic.ts.
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Introducer } from './arabic-introducers.ts';
import { has } from './arabic-words.ts';
import { foldedSet as set } from './cues.ts';

const RELATIVES = set('الذي التي');
/* "جمعه", "جمعها", "يجمعه", "ستجمعها": a verb of bringing together with the pronoun of one person. */
const BROUGHT_ONE = new RegExp(`^(?:[يت]|س[يت])?(?:${['جمع', 'ضم'].map(foldTerm).join('|')})ت?(?:ه|ها)$`, 'u');
/* Words that may stand between the verb and the person met: a day ("أمس", "اليوم"), a place word. */
const BETWEEN_REACH = 3;
/* How far before the relative clause the pronoun's owner may be named. */
const OWNER_REACH = 30;

/** Where a relative verb bringing one person together with the one met stands before group `g`, or -1. */
function broughtAt(toks: readonly Tok[], g: Group, by: Introducer): number {
  if (by !== 'with') return -1;
  for (let k = g.first - 1; k >= Math.max(1, g.first - 1 - BETWEEN_REACH); k--) {
    if (BROUGHT_ONE.test(toks[k]!.fold) && has(toks[k - 1], RELATIVES)) return k;
    if (k < g.first - 1 && toks[k + 1]!.breakBefore) return -1;
  }
  return -1;
}

/**
 * The one brought together with group `gi` by a relative clause before it, and where that clause
 * starts: the first group before it introduced by nothing, within reach.
 */
export function broughtTogether(toks: readonly Tok[], groups: readonly Group[], intro: readonly Introducer[], gi: number): { owner: Group; at: number } | undefined {
  const g = groups[gi]!;
  const at = broughtAt(toks, g, intro[gi]);
  if (at < 0) return undefined;
  const owner = groups.find((s, si) => si < gi && intro[si] === undefined && s.end < at && at - s.end <= OWNER_REACH);
  return owner && owner.members.length === 1 ? { owner, at: at - 1 } : undefined;
}
