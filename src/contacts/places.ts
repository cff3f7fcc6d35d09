/**
 * Places a contact can be stated to happen in: the countries of nations.ts and the cities this
 * coverage travels through, in English, Hindi and Arabic spellings. English text also names
 * places the list lacks, by capital letters after "in" (where.ts).
 */
import { NATION_WORDS } from '../people/nations.ts';
import { PhraseTable, type PhraseMatch } from '../people/phrases.ts';
import type { Tok } from '../people/tokens.ts';

/* English | Hindi spellings | Arabic spellings */
const CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['Moscow', 'मास्को|मॉस्को', 'موسكو'],
  ['Beijing', 'बीजिंग|पेइचिंग', 'بكين'],
  ['Washington', 'वाशिंगटन|वॉशिंगटन', 'واشنطن'],
  ['Kabul', 'काबुल', 'كابول|كابل'],
  ['New Delhi', 'नई दिल्ली|दिल्ली', 'نيودلهي|نيودلهى'],
  ['Islamabad', 'इस्लामाबाद', 'إسلام آباد|اسلام اباد'],
  ['Nur-Sultan', 'नूर सुल्तान|नूर-सुल्तान', 'نور سلطان|نور-سلطان'],
  ['Almaty', 'अल्माटी', 'ألماتي'],
  ['Bishkek', 'बिश्केक', 'بيشكيك'],
  ['Dushanbe', 'दुशांबे|दुशान्बे', 'دوشنبه'],
  ['Tashkent', 'ताशकंद', 'طشقند'],
  ['Ashgabat', 'अश्गाबात', 'عشق آباد'],
  ['Yerevan', 'येरेवान|येरेवन', 'يريفان'],
  ['Ulaanbaatar', 'उलानबटोर|उलानबाटर', 'أولان باتور'],
  ['Tehran', 'तेहरान', 'طهران'],
  ['Doha', 'दोहा', 'الدوحة'],
  ['Tianjin', 'तियानजिन', 'تيانجين'],
  ['Riyadh', 'रियाद', 'الرياض'],
  ['Abu Dhabi', 'अबू धाबी', 'أبوظبي|أبو ظبي'],
  ['Ankara', 'अंकारा', 'أنقرة'],
  ['Geneva', 'जिनेवा', 'جنيف'],
  ['New York', 'न्यूयॉर्क|न्यूयार्क', 'نيويورك'],
  ['London', 'लंदन', 'لندن'],
  ['Paris', 'पेरिस', 'باريس'],
];

const CITY_WORDS = new PhraseTable<string>(CITIES.flatMap(([en, hi, ar]) => [en, ...hi.split('|'), ...ar.split('|')].map((s) => [s, en] as const)));

/** The city named at token `i`, in English. */
export function cityAt(toks: readonly Tok[], i: number): PhraseMatch<string> | undefined {
  return CITY_WORDS.match(toks, i);
}

/**
 * The place named at token `i` (a city, else a country), in English.
 * @example placeAt(sentenceTokens('नूर सुल्तान में', 0), 0) // { value: 'Nur-Sultan', end: 2, clitic: 0 }
 */
export function placeAt(toks: readonly Tok[], i: number): PhraseMatch<string> | undefined {
  const city = CITY_WORDS.match(toks, i);
  if (city) return city;
  const nation = NATION_WORDS.match(toks, i);
  return nation?.value.isCountry ? { value: nation.value.country, end: nation.end, clitic: nation.clitic } : undefined;
}
