import { describe, expect, it } from 'vitest';
import { inventedName, fullName } from '../../bench/names.ts';
import { LEVENSHTEIN, nearStrings } from '../../src/people/near-strings.ts';
import { soundAlikeIndex, soundAlikeWords } from '../../src/people/sound-alikes.ts';
import { similarProfiles, soundProfile } from '../../src/text/phonetic.ts';
import { wordKey } from '../../src/people/names.ts';
import { seedKb } from './helpers.ts';

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Words of the seed people's names and of invented names in three scripts. */
const words = [
  ...new Set([
    ...seedKb.people.flatMap((p) => [p.display, ...p.spellings]),
    ...Array.from({ length: 150 }, (_, k) => inventedName(7, k)).flatMap((n) => [fullName(n, 'latin'), fullName(n, 'devanagari'), fullName(n, 'arabic')]),
  ].flatMap((s) => s.split(/\s+/u)).filter(Boolean)),
];

/** Each word with a letter dropped, doubled, or replaced: typos near and far. */
const probes = [...words.filter((_, i) => i % 4 === 0).slice(0, 80).flatMap((w) => [w, w.slice(1), `${w.slice(0, 2)}${w.slice(3)}`, `${w}${w.slice(-1)}`, `${w.slice(0, 2)}m${w.slice(2)}`]), 'Nobody', 'Atall', 'x'];

describe('nearStrings', () => {
  const keys = [...new Set(words.map(wordKey))].sort();
  it('finds exactly the strings within the bound, with their distances', () => {
    for (const target of ['', 'LFRF', 'NBDYTL', 'K', 'JSNKR', 'MMMMMMMM']) {
      for (const bound of [0, 1, 2, 3, 6]) {
        const found: Array<[string, number]> = [];
        nearStrings(keys, target, bound, LEVENSHTEIN, (i, d) => found.push([keys[i]!, d]));
        const expected = keys.map((k): [string, number] => [k, levenshtein(k, target)]).filter(([, d]) => d <= bound);
        expect(found).toEqual(expected);
      }
    }
  });
});

describe('soundAlikeWords', () => {
  const profiles = new Map(words.map((w) => [w, soundProfile(w)]));
  const index = soundAlikeIndex(profiles);
  it('finds exactly the words similarProfiles accepts, for names and typos in every script', () => {
    for (const probe of probes) {
      const typed = soundProfile(probe);
      const expected = words.filter((w) => similarProfiles(typed, profiles.get(w)!)).sort();
      expect([...soundAlikeWords(index, typed)].sort()).toEqual(expected);
    }
    // The reference compares every probe with every word: slow on a busy machine, not a timing check.
  }, 120_000);
});
