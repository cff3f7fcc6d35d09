/**
 * Latin words written run together, each part capitalised: social-media handles ("@JensStoltenberg",
 * "@SMQureshiPTI") and web text that lost a space ("Abdul RazakDawood"). Both the people layer and
 * the search index split them; they differ only in how sure a boundary must be.
 */

/** Every change of case is a boundary, and an acronym ends before a capitalised word: a handle is all parts. */
const HANDLE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
/** Only a capitalised word after two small letters: in prose "McKenzie" and "iPhone" stay whole. */
const LOST_SPACE = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/u;

export type RunTogether = 'handle' | 'lost-space';

/**
 * The parts of a run-together word, or the word alone when it has no boundary of that kind.
 * @example runTogetherParts('SMQureshiPTI', 'handle') // ['SM', 'Qureshi', 'PTI']
 * @example runTogetherParts('RazakDawood', 'lost-space') // ['Razak', 'Dawood']
 * @example runTogetherParts('McKenzie', 'lost-space') // ['McKenzie']
 */
export function runTogetherParts(word: string, kind: RunTogether): string[] {
  return word.split(kind === 'handle' ? HANDLE : LOST_SPACE);
}
