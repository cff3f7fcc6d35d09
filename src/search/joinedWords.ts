/**
 * Run-together Latin words in the search index ("@JensStoltenberg", "Abdul RazakDawood"): each part
 * is indexed, and quoted, as a word of its own beside the whole, so a member typing "Stoltenberg" or
 * "Dawood" finds them.
 */
import { runTogetherParts } from '../text/runTogether.ts';
import type { Token } from '../text/tokenize.ts';

/** Last letter of Latin Extended-B: a word starting beyond it is in no script that has case here. */
const LAST_LATIN = 0x24f;

/**
 * The parts of a run-together word as tokens with their own offsets, or none when it is one word.
 * @example joinedParts({ text: 'RazakDawood', start: 10, end: 21 }) // [{ text: 'Razak', start: 10, end: 15 }, { text: 'Dawood', start: 15, end: 21 }]
 */
export function joinedParts(token: Token): Token[] {
  if (token.text.charCodeAt(0) > LAST_LATIN) return [];
  const parts = runTogetherParts(token.text, 'lost-space');
  if (parts.length < 2) return [];
  let at = token.start;
  return parts.map((text) => {
    const part = { text, start: at, end: at + text.length };
    at = part.end;
    return part;
  });
}
