/**
 * Hindi words that end a name. Hindi has no capital letters, so after a title the name runs until
 * a case marker, conjunction, pronoun, auxiliary or a common noun that typically follows a title
 * ("प्रधानमंत्री कार्यालय"), or a common verb that can follow a name directly ("X पहुंचे", X arrived).
 * Curated rather than taken from a generic stop-word list, which holds letters used as initials
 * (एस = S.).
 */
import { foldTerm } from '../../text/normalize.ts';
import type { Word } from '../types.ts';
import { CUES, NOUN_MODIFIERS, OCCASIONS } from './contacts.ts';
import { ROLE_QUALIFIERS, TITLES } from './titles.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean).map(foldTerm));

/* Function words, adverbs that follow a plain subject ("X खास तौर पर", "X हाल ही में", "X हवाई अड्डे पर"), predicate adjectives a subject's name stands right before ("X मौजूद थे", X was present), common verbs and nouns (with the verbs that make someone an office's holder:
 * "X को राष्ट्रपति घोषित किया", "… राजदूत नियुक्त किया", "… प्रधानमंत्री चुना गया"), and news agencies and photo credits ("- एएफपी", गेटी), which follow a caption's office. */
const NOT_IN_NAMES = set(`
  ने से को के की का में पर तक द्वारा साथ संग लिए बाद पहले बीच ओर तरफ इतर समेत सहित
  और तथा एवं व या कि लेकिन मगर जबकि क्योंकि अगर
  भी ही तो न नहीं ना
  वह वे यह ये उन उस इन इस उन्होंने उन्हें उनके उनकी उनका उसके उसकी उसका उसने अपने अपनी अपना हम मैं आप जो जिस जिन कौन कोई सभी दोनों
  जिसके जिसकी जिसका जिसने जिसे जिन्हें जिनके जिनकी जिनका जिन्होंने जिनसे जिससे जिनमें जिसमें
  है हैं था थे थी हो होगा होगी होंगे रहा रहे रही गया गए गई किया की करेंगे करेगा करेगी करते करने कर कहा कहते बताया हुए हुई हुआ
  आज कल अब यहां वहां जहां तब जब अगले पिछले सप्ताह हफ्ते महीने साल वर्ष दिन सुबह शाम रात
  पहुंचे पहुंचा पहुंची आए आई आया आये गए गई गया गये लौटे लौटा लौटी बोले बोला बोली मिले मिला मिली रवाना चाहिए सकते सकता सकती दिए दी
  कार्यालय पद भवन आवास स्तर स्तरीय चुनाव शासन दौरे दौरा यात्रा बैठक सम्मेलन वार्ता बयान प्रशासन सरकार मंत्रालय परिषद विभाग पार्टी
  बनने बनना बने बना बनी बनकर शामिल संबोधित औचक अचानक एक दो तीन तालिबान
  बनाया बनाए बनाये बनाई बनाने घोषित नियुक्त नियुक्ति चुना चुने चुनी चुनकर तैनात पदोन्नत
  रॉयटर्स रायटर्स एएफपी पीटीआई एएनआई आईएएनएस यूएनआई गेटी स्पुतनिक शिन्हुआ
  मुलाकात मुलाक़ात बातचीत चर्चा भेंट भेंटवार्ता द्विपक्षीय फोन फ़ोन समकक्ष
  खास ख़ास तौर खुद ख़ुद स्वयं फिर दोबारा हाल जल्द जल्दी लगभग करीब क़रीब वर्तमान फिलहाल फ़िलहाल हवाई हवाईअड्डे अड्डे अड्डा राजधानी
  मौजूद उपस्थित सहमत तैयार इच्छुक उत्सुक चिंतित प्रतिबद्ध नाराज नाराज़ सक्रिय मौजूदगी उपस्थिति
`);

/* The pack's contact vocabulary: kinds of meeting and their epithets ("शिखर", "वीडियो", "द्विपक्षीय"), the
 * gatherings attended and every word of a contact noun ("प्रेस कॉन्फ्रेंस"). A title runs on into them
 * ("मोदी वीडियो कॉन्फ्रेंस", "क्वाड शिखर सम्मेलन"), and a name so run on teaches them as surnames
 * that then find a person in every "शिखर सम्मेलन" of the corpus. */
const CONTACT_VOCABULARY: ReadonlySet<string> = new Set(
  [...NOUN_MODIFIERS, ...OCCASIONS, ...CUES.flatMap(([phrase]) => phrase.split(/[\s-]+/u))].filter(Boolean).map(foldTerm),
);

/* Oblique plurals (देशों, सहयोगियों, नेताओं) are common nouns, never names; future verbs (जाएंगे) never either. */
const NOT_A_NAME = /(?:ों|ओं|ेंगे|ेंगी|ेगा|ेगी)$/u;

/* Devanagari spellings of the Latin letters A–Z used as initials ("एस जयशंकर" = S. Jaishankar). */
const INITIALS = new Map(
  ['ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड'].map(
    (spelling, i) => [foldTerm(spelling), String.fromCharCode(65 + i)],
  ),
);

/*
 * Function words that are also given names (जो "who" / Joe): a name word only right after a title
 * ("राष्ट्रपति जो बाइडेन"), and never a whole name on their own (see people/titled.ts).
 */
const GIVEN_NAMES_ALSO_WORDS = set('जो');
/* ...or right after a qualifier of one ("राष्ट्रपति-इलेक्ट जो बाइडेन"). */
const TITLE_ENDS = new Set([...TITLES.map(([title]) => foldTerm(title.split(' ').pop()!)), ...ROLE_QUALIFIERS.map(([q]) => foldTerm(q))]);

/** @example hindiNameWord({ text: 'लावरोव', fold: 'लावरोव', forms: ['लावरोव'] }) // true */
export function hindiNameWord(word: Word, prev?: Word): boolean {
  if (GIVEN_NAMES_ALSO_WORDS.has(word.fold)) return prev !== undefined && TITLE_ENDS.has(prev.fold);
  return !NOT_IN_NAMES.has(word.fold) && !CONTACT_VOCABULARY.has(word.fold) && !NOT_A_NAME.test(word.fold);
}

/** @example hindiInitial({ text: 'एस', fold: 'एस', forms: ['एस'] }) // 'S' */
export function hindiInitial(word: Word): string | undefined {
  return INITIALS.get(word.fold);
}

/*
 * Common Indian name words as the English press spells them where the Devanagari reading writes
 * less: ी and ू as ee and oo (दीपक Deepak, अनूप Anoop), a final अ as a. A Devanagari word takes
 * one only when its reading allows it (src/text/translitReadings.ts), so अजीत stays Ajit.
 */
export const HINDI_PRESS_NAME_WORDS: readonly string[] = `
  Deepak Sandeep Pradeep Kuldeep Mandeep Navdeep Jaideep Dileep Naveen Praveen Sanjeev Rajeev Vineet Puneet
  Anoop Roop Jeet Preet Preeti Geeta Seema Meena Neeta Reena Sameer Zameer Naseer Nazeer Kabeer Shabeer
  Saleem Naeem Raheem Kareem Haleem Shameem Jameel Aqeel Sharief Waheed Hameed Majeed Rasheed Tauqeer Zaheer
  Pooja Poonam Noor Yusuf Shoaib Zubair Tanveer Imtiaz Ijaz Mushtaq Showkat Shaukat Farooq Siddiqui Qureshi
  Mehmood Mahmood Masood Mansoor Anees Raees Nafees Faheem Wasim Naqvi Rizvi Zaidi Jaffrey Hussain Hasan
  Qamar Qadir Qasim Wasiq Tariq Muttaqi Faiz Aziz
  Subrahmanyam Subramanian Krishnan Venkatesh Srinivasan Narayanan Ramachandran Balasubramanian
`.split(/\s+/u).filter(Boolean);
