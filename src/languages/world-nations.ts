/**
 * Every country the English pack does not list itself, from two maintained packages:
 * i18n-iso-countries (country names) and i18n-nationality (nationality adjectives). News names any
 * country ("Italian Prime Minister Mario Draghi"); the pack's own table keeps the spellings the
 * press uses for the countries of this coverage, and these entries fill in the rest of the world.
 * The package's Hindi and Arabic names are not used: some are everyday words or given names there
 * (डोमिनिक Dominica is "Dominic", गिनी Guinea is "counted"), and on the development set they cost
 * a person (Dominic Raab) and gained nothing.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import nationalities from 'i18n-nationality';

type NationEntry = readonly [string, readonly string[], readonly string[]];

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
nationalities.registerLocale(require('i18n-nationality/langs/en.json'));

/** A name the packages give with a note or an inverted order ("Korea, Republic of", "यूएसए (…)"): not how text writes it. */
const usable = (name: string): boolean => !/[(),]/u.test(name);

/** The English name a country is known by here: the packages' shortest usable one ("Italy"). */
function englishName(code: string): string | undefined {
  const names = (countries.getName(code, 'en', { select: 'all' }) ?? []).filter(usable);
  return names.sort((a, b) => a.length - b.length)[0];
}

/** English nationality adjective of a country ("Italian"), when the package knows it. */
export function worldAdjective(country: string): string | undefined {
  const code = countries.getAlpha2Code(country, 'en');
  return code ? nationalities.getName(code, 'en') : undefined;
}

/**
 * The countries missing from `own` (entries by English country name): names and nationality adjective.
 * @example worldNations(NATIONS).find(([c]) => c === 'Italy') // ['Italy', ['Italy'], ['Italian']]
 */
export function worldNations(own: readonly NationEntry[]): NationEntry[] {
  const known = new Set(own.map(([country]) => countries.getAlpha2Code(country, 'en')).filter((c) => c !== undefined));
  const entries: NationEntry[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const country = englishName(code);
    if (!country || known.has(code)) continue;
    const names = (countries.getName(code, 'en', { select: 'all' }) ?? []).filter(usable);
    const adjective = nationalities.getName(code, 'en');
    if (names.length > 0) entries.push([country, names, adjective ? [adjective] : []]);
  }
  return entries;
}
