/**
 * Countries and their nationality adjectives, in every language pack's spellings. They give roles
 * their nationality ("रूसी विदेश मंत्री" → Russian foreign minister, "رئيس وزراء باكستان" → Pakistani
 * prime minister), mark a word as not being a name ("विदेश मंत्री चीन, पाकिस्तान" names no one), and
 * are places. Roles are written in English, so the English adjective of each country is kept here.
 */
import { worldAdjective } from '../languages/world-nations.ts';
import { PackPhrases } from './phrases.ts';

export interface NationWord {
  /** English nationality adjective used in roles. */
  adjective: string;
  /** English country name, used as a place. */
  country: string;
  /** Whether the word is the country's name (a place) rather than the adjective. */
  isCountry: boolean;
}

/* English country name → English nationality adjective, as roles are written. */
const ADJECTIVES = new Map<string, string>([
  ['Russia', 'Russian'],
  ['China', 'Chinese'],
  ['United States', 'US'],
  ['India', 'Indian'],
  ['Pakistan', 'Pakistani'],
  ['Afghanistan', 'Afghan'],
  ['Mongolia', 'Mongolian'],
  ['Armenia', 'Armenian'],
  ['Kazakhstan', 'Kazakh'],
  ['Kyrgyzstan', 'Kyrgyz'],
  ['Tajikistan', 'Tajik'],
  ['Uzbekistan', 'Uzbek'],
  ['Turkmenistan', 'Turkmen'],
  ['Iran', 'Iranian'],
  ['Turkey', 'Turkish'],
  ['Qatar', 'Qatari'],
  ['Saudi Arabia', 'Saudi'],
  ['United Arab Emirates', 'Emirati'],
  ['Egypt', 'Egyptian'],
  ['Morocco', 'Moroccan'],
  ['Iraq', 'Iraqi'],
  ['Syria', 'Syrian'],
  ['Israel', 'Israeli'],
  ['United Kingdom', 'British'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Japan', 'Japanese'],
  ['Bangladesh', 'Bangladeshi'],
  ['Nepal', 'Nepalese'],
]);

/** Country names and nationality adjectives, looked up in the word's own language. */
export const NATION_WORDS = new PackPhrases<NationWord>((pack) =>
  pack.nations.flatMap(([country, names, adjectives]) => {
    const adjective = ADJECTIVES.get(country) ?? worldAdjective(country) ?? country;
    const name: NationWord = { adjective, country, isCountry: true };
    const adj: NationWord = { adjective, country, isCountry: false };
    return [...names.map((n) => [n, name] as const), ...adjectives.map((a) => [a, adj] as const)];
  }),
);

/** Cities of every pack by their spellings, each to the city's English name ("काबुल" → Kabul). */
export const CITY_WORDS = new PackPhrases<string>((pack) => pack.cities.flatMap(([city, spellings]) => spellings.map((s) => [s, city] as const)));
