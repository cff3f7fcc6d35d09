/**
 * Common name words the language packs list with their English-press spelling (`nameWordsLatin`:
 * عبد الله Abdullah, زايد Zayed), read backwards for a Latin query word: the spelling a member
 * types finds the native word even where sounds alone do not (Arabic prints no short vowels and
 * writes عبد الله as two words). A query word is compared with each listed spelling by sound, so
 * "Abdulla" and "Zaid" find them too.
 */
import { allPacks, packsVersion } from '../languages/registry.ts';
import { BoundedMemo } from '../text/memo.ts';
import { scriptOf } from '../text/normalize.ts';
import { similarProfiles, soundProfile, type SoundProfile } from '../text/phonetic.ts';

interface Listed {
  /** The native name word (one or two words, folded). */
  native: string;
  latin: SoundProfile;
}

let built: { version: number; listed: Listed[] } | undefined;

function listedWords(): Listed[] {
  if (built?.version === packsVersion()) return built.listed;
  const listed: Listed[] = [];
  for (const pack of allPacks()) {
    for (const [native, latin] of pack.nameWordsLatin ?? []) {
      // A Latin spelling of several words ("Abdul Ghani") is two query words, each found by itself.
      if (!latin.includes(' ')) listed.push({ native, latin: soundProfile(latin) });
    }
  }
  built = { version: packsVersion(), listed };
  memo.clear();
  return listed;
}

const memo = new BoundedMemo<readonly string[]>(10_000);

/**
 * The native name words whose listed Latin spelling sounds like `word` (a Latin query word).
 * @example nativeNameWords('Abdullah') // ['عبد الله', 'عبدالله']
 */
export function nativeNameWords(word: string): readonly string[] {
  if (scriptOf(word) !== 'latin') return [];
  const listed = listedWords();
  return memo.get(word.toLowerCase(), (w) => {
    const profile = soundProfile(w);
    return [...new Set(listed.filter((l) => similarProfiles(profile, l.latin)).map((l) => l.native))];
  });
}
