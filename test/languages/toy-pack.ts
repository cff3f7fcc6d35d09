import type { LanguagePack } from '../../src/languages/types.ts';

/**
 * A toy Urdu pack with nothing in it but "and", for tests that register a pack later: each test
 * adds the data it reads (a title, a country, happening words, group spellings).
 */
export function toyUrdu(data: Partial<LanguagePack> = {}): LanguagePack {
  return {
    code: 'urd',
    stem: (word) => word,
    stopWords: [],
    toLatin: (word) => word,
    nameWord: () => false,
    titles: [],
    roleQualifiers: [],
    nations: [],
    cities: [],
    possessives: [],
    and: ['اور'],
    contacts: { cues: [] },
    dateWords: [],
    findDates: () => [],
    ...data,
  };
}
