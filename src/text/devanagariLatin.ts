/**
 * Devanagari → plain Latin as a Hindi reader would spell a name in English: `लावरोव` → `lavrov`.
 * Sanscript does the letter mapping (IAST); before it, folding (which includes Hindi schwa deletion,
 * schwa.ts) marks the silent inherent vowels that Sanscript, built for Sanskrit, would otherwise
 * write (`lāvarova`); after it, IAST diacritics are reduced to ASCII.
 */
import SanscriptModule from '@indic-transliteration/sanscript';
import { foldDevanagari, foldSpelling } from './normalize.ts';

// A CommonJS package: under tsx the default import is the exports object itself, under tsc's
// nodenext typing it is the module namespace with `default`.
const Sanscript = ((SanscriptModule as { default?: unknown }).default ?? SanscriptModule) as typeof SanscriptModule.default;

const IAST_TO_ASCII: Array<[RegExp, string]> = [
  [/jñ/g, 'gy'],
  [/ṃ(?=[pbm])/g, 'm'],
  // Anusvara before h is the velar nasal, and Hindi names end in it (सिंह Singh, not Sinh).
  [/ṃh/g, 'ngh'],
  [/ṃ/g, 'n'],
  [/ch/g, 'chh'],
  [/c(?!hh)/g, 'ch'],
  [/ph/g, 'f'],
  [/[śṣ]/g, 'sh'],
  // ृ after र is how Hindi writers often spell the syllable ri after a consonant (श्रृंगला Shringla, श्रृंखला): one r.
  [/r(?=[ṛṝ])/g, ''],
  [/[ṛṝ]/g, 'ri'],
  [/ḷ/g, 'li'],
];

/**
 * A Devanagari word in lowercase ASCII with Hindi pronunciation.
 * @example devanagariToLatin('लावरोव') // 'lavrov'
 * @example devanagariToLatin('मॉस्को') // 'masko'
 * @example devanagariToLatin('सिंह') // 'singh'
 */
export function devanagariToLatin(word: string): string {
  let s = Sanscript.t(foldDevanagari(word), 'devanagari', 'iast');
  for (const [re, to] of IAST_TO_ASCII) s = s.replace(re, to);
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/* व right after a stop or fricative with no vowel between is the glide English spelling writes w
 * (स्वराज Swaraj, अश्विनी Ashwini, ख्वाजा Khwaja, बाजवा Bajwa, भगवंत Bhagwant); after a vowel or
 * a nasal, r or l it stays v (जावेद Javed, रणवीर Ranvir, सर्वेश Sarvesh). */
const GLIDE_W = /(?<=[bcdfgjkpqstz]h?)v/g;
/* A final जई after a consonant is the Pashtun tribal ending -zai, which Hindi writes without the
 * nukta (करजई Karzai, अहमदजई Ahmadzai); Hindi names write their own j ending as जय (Jay). */
const PASHTUN_ZAI = /(?<=[^aeiou])jai$/;

/**
 * `devanagariToLatin` for display, where a nukta the writer gave counts: ज़ is z (ज़रीफ़ Zarif);
 * a or ā with y before a consonant is the diphthong English spelling writes ai (रायसी Raisi,
 * जयशंकर Jaishankar, आयशा Aisha; जय stays Jay); व after a consonant is w, a final जई zai.
 * @example devanagariDisplay('ज़रीफ़') // 'zarif'
 * @example devanagariDisplay('रायसी') // 'raisi'
 * @example devanagariDisplay('स्वराज') // 'swaraj'
 * @example devanagariDisplay('करजई') // 'karzai'
 */
export function devanagariDisplay(word: string): string {
  return withZ(word, devanagariToLatin(word)).replace(/ay(?=[^aeiouy])/g, 'ai').replace(GLIDE_W, 'w').replace(PASHTUN_ZAI, 'zai');
}

/* Letters a nukta gives a foreign sound, with the letter(s) the plain reading writes them as and
 * the sound the dot marks: ज़ z (ज़रीफ़ Zarif), क़ q (क़मर Qamar), ग़ gh (ग़नी Ghani). */
const NUKTA_LETTERS: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/ज(\u093C?)/gu, /j/g, 'z'],
  [/क(\u093C?)/gu, /k/g, 'q'],
  [/ग(\u093C?)/gu, /g/g, 'gh'],
];

/**
 * The reading with each letter a writer dotted with a nukta read as its foreign sound: folding
 * drops the nukta, since writers use it inconsistently (names are matched without it), but where
 * written it tells Zarif from Jarif, Qamar from Kamar, for display. The n-th j of the reading is
 * the n-th ज of the word; when the counts differ (ख reads kh) the reading is left as it is.
 */
function withZ(word: string, reading: string): string {
  const nfd = word.normalize('NFD');
  let out = reading;
  for (const [letter, read, sound] of NUKTA_LETTERS) {
    const nukta = [...nfd.matchAll(letter)].map((m) => m[1] !== '');
    if (!nukta.includes(true) || (out.match(read) ?? []).length !== nukta.length) continue;
    let n = 0;
    out = out.replace(read, (plain) => (nukta[n++] ? sound : plain));
  }
  return out;
}

/**
 * `devanagariToLatin` with the long vowels ा ी ू kept apart as capitals A I U and ॉ read au, for
 * telling which English spellings a reading allows (translitReadings.ts): a short vowel is written
 * variously in English, a long one hardly; `everyVowel`: with the inherent vowels Hindi leaves
 * silent inside the word, which a foreign name's spelling may write (कमला Kamala) or not.
 * @example devanagariReading('सलाम') // 'salAm'
 * @example devanagariReading('कमला', true) // 'kamalA'
 * @example devanagariReading('हैरिस', true) // 'hairis'
 */
export function devanagariReading(word: string, everyVowel = false): string {
  // ॉ is the o or au of English spelling, which the plain reading writes as a: read it as औ.
  const english = word.replace(/ॉ/gu, 'ौ').replace(/ऑ/gu, 'औ');
  let s = Sanscript.t(everyVowel ? foldSpelling(english) : foldDevanagari(english), 'devanagari', 'iast');
  for (const [re, to] of IAST_TO_ASCII) s = s.replace(re, to);
  const reading = s
    .replace(/ā/g, 'A')
    .replace(/ī/g, 'I')
    .replace(/ū/g, 'U')
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[^a-zAIU0-9]/g, '');
  // A final inherent vowel Hindi leaves silent is no vowel of the name (जीन Jean, not Zina).
  const spoken = everyVowel && reading.endsWith('a') && !devanagariReading(word).endsWith('a') ? reading.slice(0, -1) : reading;
  return withZ(word, spoken);
}
