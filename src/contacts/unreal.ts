/**
 * A contact hoped for, offered, sought, refused or ruled out is none: "أعرب X عن استعداده للقاء Y"
 * (his readiness to meet Y), "عن أمله في لقاء Y", "يسعى إلى لقاء Y", "استبعد المتحدث لقاء X مع
 * Y". The pack's `unrealBefore` words stand just before the contact word — a person named between
 * aside ("استبعد الكرملين لقاء …" with the speaker's name), and at most one more word ("في", "أن").
 * A claim all of whose contact words are so framed is dropped.
 */
import type { SentenceView } from '../grammar/sentences.ts';
import type { Claim } from './claim.ts';
import { CUES, UNREAL_WORDS } from './cues.ts';
import { framedUnreal } from './unreal-frames.ts';

/** Words other than a person's that may stand between the framing word and the contact word, plus one. */
const REACH = 2;

/** Whether the contact word at `i` is framed as hoped for, refused or ruled out. */
function unrealAt(view: SentenceView, i: number, words: ReadonlySet<string>): boolean {
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < REACH; k--) {
    const tok = view.toks[k]!;
    if (tok.forms.some((f) => words.has(f))) return true;
    if (view.toks[k + 1]!.breakBefore) return false;
    const phrase = view.phrases.find((p) => p.first <= k && k < p.end);
    if (phrase) k = phrase.first;
    else seen++;
  }
  return false;
}

/** Whether every contact word of the claim's own words is framed as hoped for, refused or ruled out. */
export function unrealClaim(claim: Claim): boolean {
  // "If X meets Y", "X's meeting with Y was cancelled", "X called on Y to …" (unreal-frames.ts).
  if (framedUnreal(claim)) return true;
  const { view } = claim;
  const words = UNREAL_WORDS(view.lang);
  const cues = CUES.of(view.lang);
  if (!words || words.size === 0 || !cues) return false;
  const at: number[] = [];
  for (let i = claim.first; i < claim.end; i++) if (cues.match(view.toks, i)) at.push(i);
  return at.length > 0 && at.every((i) => unrealAt(view, i, words));
}
