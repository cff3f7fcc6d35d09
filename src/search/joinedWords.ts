/**
 * Latin words written run together, each part capitalised: social-media handles ("@JensStoltenberg",
 * "@SecBlinken") and web text that lost a space ("Abdul RazakDawood"). Each part is indexed, and
 * quoted, as a word of its own beside the whole, so a member typing "Stoltenberg" or "Dawood" finds
 * them. Only a small letter after at least two others starts a new part: "McKenzie" and "iPhone"
 * stay whole.
 */
import type { Token } from '../text/tokenize.ts';

const JOINED = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/u;
/** Last letter of Latin Extended-B: a word starting beyond it is in no script that has case here. */
const LAST_LATIN = 0x24f;

/**
 * The parts of a run-together word as tokens with their own offsets, or none when it is one word.
 * @example joinedParts({ text: 'RazakDawood', start: 10, end: 21 }) // [{ text: 'Razak', start: 10, end: 15 }, { text: 'Dawood', start: 15, end: 21 }]
 */
export function joinedParts(token: Token): Token[] {
  if (token.text.charCodeAt(0) > LAST_LATIN || !JOINED.test(token.text)) return [];
  let at = token.start;
  return token.text.split(JOINED).map((text) => {
    const part = { text, start: at, end: at + text.length };
    at = part.end;
    return part;
  });
}
