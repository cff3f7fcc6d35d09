/**
 * Countries and their nationality adjectives in English, Hindi and Arabic. They give roles their
 * nationality ("रूसी विदेश मंत्री" → Russian foreign minister, "رئيس وزراء باكستان" → Pakistani
 * prime minister), mark a word as not being a name ("विदेश मंत्री चीन, पाकिस्तान" names no one),
 * and are places. Arabic adjectives are listed by stem; the article and feminine forms are derived.
 */
import { PhraseTable } from './phrases.ts';

export interface NationWord {
  /** English nationality adjective used in roles. */
  adjective: string;
  /** English country name, used as a place. */
  country: string;
  /** Whether the word is the country's name (a place) rather than the adjective. */
  isCountry: boolean;
}

/* country | adjective | Hindi names | Hindi adjectives | Arabic names | Arabic adjective stems */
const NATIONS: ReadonlyArray<readonly [string, string, string, string, string, string]> = [
  ['Russia', 'Russian', 'रूस', 'रूसी', 'روسيا', 'روسي'],
  ['China', 'Chinese', 'चीन', 'चीनी', 'الصين|صين', 'صيني'],
  ['United States', 'US', 'अमेरिका|संयुक्त राज्य अमेरिका', 'अमेरिकी|अमेरिकन', 'الولايات المتحدة|أمريكا|أميركا', 'أمريكي|أميركي'],
  ['India', 'Indian', 'भारत', 'भारतीय', 'الهند', 'هندي'],
  ['Pakistan', 'Pakistani', 'पाकिस्तान', 'पाकिस्तानी', 'باكستان', 'باكستاني'],
  ['Afghanistan', 'Afghan', 'अफगानिस्तान', 'अफगान|अफगानी', 'أفغانستان', 'أفغاني'],
  ['Mongolia', 'Mongolian', 'मंगोलिया', 'मंगोलियाई|मंगोलियन', 'منغوليا', 'منغولي'],
  ['Armenia', 'Armenian', 'अर्मेनिया|आर्मेनिया', 'अर्मेनियाई|आर्मेनियाई', 'أرمينيا', 'أرميني'],
  ['Kazakhstan', 'Kazakh', 'कजाकिस्तान|कज़ाखस्तान', 'कजाख|कजाकिस्तानी', 'كازاخستان', 'كازاخستاني|كازاخي'],
  ['Kyrgyzstan', 'Kyrgyz', 'किर्गिस्तान|किर्गिज़स्तान', 'किर्गिज', 'قيرغيزستان', 'قيرغيزي'],
  ['Tajikistan', 'Tajik', 'ताजिकिस्तान', 'ताजिक', 'طاجيكستان', 'طاجيكي'],
  ['Uzbekistan', 'Uzbek', 'उज्बेकिस्तान', 'उज्बेक', 'أوزبكستان', 'أوزبكي'],
  ['Turkmenistan', 'Turkmen', 'तुर्कमेनिस्तान', 'तुर्कमेन', 'تركمانستان', 'تركماني'],
  ['Iran', 'Iranian', 'ईरान', 'ईरानी', 'إيران', 'إيراني'],
  ['Turkey', 'Turkish', 'तुर्की', 'तुर्की', 'تركيا', 'تركي'],
  ['Qatar', 'Qatari', 'कतर', 'कतरी', 'قطر', 'قطري'],
  ['Saudi Arabia', 'Saudi', 'सऊदी अरब', 'सऊदी', 'السعودية', 'سعودي'],
  ['United Arab Emirates', 'Emirati', 'संयुक्त अरब अमीरात|यूएई', 'अमीराती', 'الإمارات', 'إماراتي'],
  ['Egypt', 'Egyptian', 'मिस्र', 'मिस्री', 'مصر', 'مصري'],
  ['Morocco', 'Moroccan', 'मोरक्को', 'मोरक्कन', 'المغرب', 'مغربي'],
  ['Iraq', 'Iraqi', 'इराक', 'इराकी', 'العراق', 'عراقي'],
  ['Syria', 'Syrian', 'सीरिया', 'सीरियाई', 'سوريا', 'سوري'],
  ['Israel', 'Israeli', 'इजराइल|इसराइल', 'इजराइली|इसराइली', 'إسرائيل', 'إسرائيلي'],
  ['United Kingdom', 'British', 'ब्रिटेन', 'ब्रिटिश', 'بريطانيا', 'بريطاني'],
  ['France', 'French', 'फ्रांस', 'फ्रांसीसी', 'فرنسا', 'فرنسي'],
  ['Germany', 'German', 'जर्मनी', 'जर्मन', 'ألمانيا', 'ألماني'],
  ['Japan', 'Japanese', 'जापान', 'जापानी', 'اليابان', 'ياباني'],
  ['Bangladesh', 'Bangladeshi', 'बांग्लादेश', 'बांग्लादेशी', 'بنغلاديش', 'بنغلاديشي'],
  ['Nepal', 'Nepalese', 'नेपाल', 'नेपाली', 'نيبال', 'نيبالي'],
];

const ENGLISH_COUNTRY_ALIASES: Readonly<Record<string, string>> = { 'United States': 'USA|America|U.S.', 'United Kingdom': 'UK|Britain' };
const ENGLISH_ADJECTIVE_ALIASES: Readonly<Record<string, string>> = { US: 'American|U.S.' };

function* entries(): Generator<readonly [string, NationWord]> {
  for (const [country, adjective, hiNames, hiAdjs, arNames, arStems] of NATIONS) {
    const name: NationWord = { adjective, country, isCountry: true };
    const adj: NationWord = { adjective, country, isCountry: false };
    for (const n of [country, ...(ENGLISH_COUNTRY_ALIASES[country]?.split('|') ?? []), ...hiNames.split('|'), ...arNames.split('|')]) yield [n, name];
    for (const a of [adjective, ...(ENGLISH_ADJECTIVE_ALIASES[adjective]?.split('|') ?? []), ...hiAdjs.split('|')]) yield [a, adj];
    for (const stem of arStems.split('|')) for (const form of [stem, `ال${stem}`, `${stem}ة`, `ال${stem}ة`]) yield [form, adj];
  }
}

/** Country names and nationality adjectives of all three languages. */
export const NATION_WORDS = new PhraseTable<NationWord>(entries());
