/**
 * Hindi words that state a contact between people, with the kind of contact they state; the
 * nouns need a light verb (की, करेंगे, लिया) to state one.
 */
import { foldTerm } from '../../text/normalize.ts';
import { cue } from '../entries.ts';
import type { Cue, Word } from '../types.ts';

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
  ['मुलाकात', cue('meeting')],
  ['भेंट', cue('meeting')],
  // "भेंटवार्ता", "भेंट-वार्ता": a meeting with talks, written joined or hyphenated.
  ['भेंटवार्ता', cue('meeting')],
  ['भेंट वार्ता', cue('meeting')],
  ['बैठक', cue('meeting')],
  ['बैठकें', cue('meeting')],
  ['बैठकों', cue('meeting')],
  ['मुलाकातें', cue('meeting')],
  ['मीटिंग', cue('meeting')],
  // A meal together or in someone's honour ("Y के साथ रात्रिभोज किया", "Y के सम्मान में भोज दिया").
  ['रात्रिभोज', cue('meeting')],
  ['भोज', cue('meeting')],
  ['दोपहर भोज', cue('meeting')],
  ['डिनर', cue('meeting')],
  // "Y के साथ दोपहर का भोजन किया" (had lunch with Y), "रात्रि भोज", written apart.
  ['भोजन', cue('meeting')],
  ['रात्रि भोज', cue('meeting')],
  ['लंच', cue('meeting')],
  ['मेजबानी', cue('meeting', { genitiveObject: true })],
  ['स्वागत', cue('meeting', { genitiveObject: true })],
  ['अगवानी', cue('meeting', { genitiveObject: true })],
  ['मिलने', cue('meeting')],
  ['मिलकर', cue('meeting')],
  ['मिले', cue('meeting')],
  ['मिलीं', cue('meeting')],
  ['मिलेंगे', cue('meeting', { future: true })],
  ['मिलेंगी', cue('meeting', { future: true })],
  ['मिलेगा', cue('meeting', { future: true })],
  // "Y से मिल सकते हैं" (may meet): the modal makes it announced. Only the plural, which is the
  // honorific of a person; "मिल सकती/सकता" are as often "may get" ("Y से मदद मिल सकती है").
  ['मिल सकते', cue('meeting', { future: true })],
  ['मिल सकेंगे', cue('meeting', { future: true })],
  ['बात', cue('talks')],
  ['बातचीत', cue('talks')],
  ['चर्चा', cue('talks')],
  ['वार्ता', cue('talks')],
  ['विचार-विमर्श', cue('talks')],
  ['मंत्रणा', cue('talks')],
  ['परामर्श', cue('talks')],
  ['मुलाकातों', cue('meeting')],
  ['वार्ताओं', cue('talks')],
  ['विचार विमर्श', cue('talks')],
  // Plurals of the talks nouns, direct ("चर्चाएं कीं", "वार्ताएँ हुईं") and oblique ("चर्चाओं के दौरान").
  ['चर्चाएं', cue('talks')],
  ['चर्चाएँ', cue('talks')],
  ['चर्चाओं', cue('talks')],
  ['वार्ताएं', cue('talks')],
  ['वार्ताएँ', cue('talks')],
  // The same plurals written with य ("वार्तायें कीं", "चर्चायें हुईं"), as much of the press spells them.
  ['वार्तायें', cue('talks')],
  ['वार्तायेँ', cue('talks')],
  ['चर्चायें', cue('talks')],
  ['चर्चायेँ', cue('talks')],
  ['बातचीतों', cue('talks')],
  // "विचारों का आदान-प्रदान किया" (exchanged views), "विचार साझा किए" (shared views): talks, as the
  // diplomatic press words them.
  ['विचारों का आदान-प्रदान', cue('talks')],
  ['विचारों का आदान प्रदान', cue('talks')],
  ['विचार साझा', cue('talks')],
  // "वार्तालाप किया" (held a conversation), masculine, so with किया.
  ['वार्तालाप', cue('talks')],
  ['संवाद', cue('talks')],
  ['बातें', cue('talks')],
  // Spellings and synonyms of talk: "बात-चीत", "सलाह-मशविरा" (consultation), "गुफ्तगू" (conversation),
  // "दृष्टिकोण साझा किए" (shared perspectives, as "विचार साझा"), the English loan "टॉक्स".
  ['बात-चीत', cue('talks')],
  ['बात चीत', cue('talks')],
  ['सलाह-मशविरा', cue('talks')],
  ['सलाह मशविरा', cue('talks')],
  ['सलाह-मशवरा', cue('talks')],
  ['मशविरा', cue('talks')],
  ['गुफ्तगू', cue('talks')],
  ['दृष्टिकोण साझा', cue('talks')],
  ['टॉक्स', cue('talks')],
  ['टॉक', cue('talks')],
  ['फोन', cue('phone call')],
  ['टेलीफोन', cue('phone call')],
  ['कॉल', cue('phone call')],
  ['फोन कॉल', cue('phone call')],
  ['आमंत्रित', cue('invitation')],
  ['आमंत्रण', cue('invitation')],
  ['निमंत्रण', cue('invitation')],
  ['न्योता', cue('invitation')],
  ['न्यौता', cue('invitation')],
  ['भाग', cue('joint appearance')],
  ['हिस्सा', cue('joint appearance')],
  ['शिरकत', cue('joint appearance')],
  // A press conference given together ("Y के साथ संयुक्त संवाददाता सम्मेलन को संबोधित किया").
  ['संवाददाता सम्मेलन', cue('joint appearance')],
  ['प्रेस कॉन्फ्रेंस', cue('joint appearance')],
  ['प्रेस कांफ्रेंस', cue('joint appearance')],
  // "A और B बैठक में शामिल हुए" (attended the meeting): only where the clause names a meeting joined.
  ['शामिल', cue('joint appearance', { atOccasion: true })],
];

/**
 * Finite forms of मिलना "to meet" read in headline order with the subject last ("Y से मिले X",
 * "Y से मिलेंगे X"); मिला and मिली are no contact words by themselves ("Y से मिली जानकारी",
 * information got from Y), only in that order.
 */
export const HEADLINE_MET = ['मिला', 'मिले', 'मिली', 'मिलीं', 'मिलेंगे', 'मिलेंगी', 'मिलेगा', 'मिलेगी'];

/**
 * Words that may stand before a contact noun inside its phrase: determiners and ordinals ("यह पहली
 * मुलाकात", "एक बैठक"), kinds of meeting ("शिखर वार्ता", "द्विपक्षीय बैठक", "वर्चुअल बैठक", "फोन वार्ता")
 * and the press's usual epithets ("अहम बैठक", "लंबी बातचीत", "सार्थक चर्चा"), which also judge a contact
 * that took place ("मुलाकात अच्छी रही").
 */
export const NOUN_MODIFIERS = [
  'यह', 'ये', 'इस', 'एक', 'पहली', 'दूसरी', 'तीसरी',
  'शिखर', 'द्विपक्षीय', 'त्रिपक्षीय', 'बहुपक्षीय', 'उच्चस्तरीय', 'उच्च-स्तरीय', 'मंत्रिस्तरीय', 'वर्चुअल', 'ऑनलाइन', 'आभासी', 'वीडियो',
  'फोन', 'टेलीफोन', 'टेलीफोनिक', 'औपचारिक', 'अनौपचारिक', 'शिष्टाचार', 'निजी', 'व्यक्तिगत', 'आमने-सामने', 'संक्षिप्त', 'विस्तृत', 'विस्तारपूर्वक',
  'अहम', 'महत्वपूर्ण', 'लंबी', 'सार्थक', 'अच्छी', 'गहन', 'सकारात्मक', 'रचनात्मक', 'ऐतिहासिक', 'बहुप्रतीक्षित', 'गुप्त',
  'भव्य', 'जोरदार', 'ज़ोरदार', 'गर्मजोशीपूर्ण', 'रस्मी', 'पारंपरिक', 'आत्मीय',
  'उपयोगी', 'उत्पादक', 'सफल', 'शानदार', 'बेहतरीन', 'उत्कृष्ट', 'फलदायी', 'सौहार्दपूर्ण', 'मैत्रीपूर्ण',
  // Announcing ones ("A और B की प्रस्तावित बैठक", "आगामी मुलाकात"): the contact they frame is planned.
  'प्रस्तावित', 'आगामी',
];

/**
 * Manners written between the one met or welcomed and the contact noun ("Y का गर्मजोशी से स्वागत
 * किया" welcomed Y warmly, "Y से धूमधाम से मुलाकात"): the noun's phrase begins before them.
 */
export const MANNERS = ['गर्मजोशी से', 'गर्मजोशी के साथ', 'धूमधाम से', 'जोरदार तरीके से', 'ज़ोरदार तरीके से', 'भव्य तरीके से', 'पूरे सम्मान के साथ', 'आत्मीयता से', 'आत्मीयता के साथ'];

/** Meetings and gatherings attended together: "बैठक में शामिल हुए", "सम्मेलन में शामिल होंगे". */
export const OCCASIONS = ['बैठक', 'बैठकों', 'मीटिंग', 'सम्मेलन', 'समारोह', 'वार्ता', 'बातचीत', 'संवाद', 'चर्चा', 'परामर्श', 'सत्र', 'कार्यक्रम', 'भोज', 'रात्रिभोज'];

/** A phone word anywhere in the clause turns talks into a phone call ("फोन पर बात की"). */
export const PHONE = ['फोन', 'टेलीफोन', 'कॉल', 'टेलीफोनिक'];

/** Words that deny what their sentence tells: no contact is read from it ("बात नहीं की"). */
export const NEGATIONS = ['नहीं', 'न', 'ना'];

/** Verbs of saying: who says is not a party to the contact told. */
export const SPEECH = ['कहा', 'ट्वीट', 'लिखा', 'बताया'];

/** Verbs of sending someone ("भेजा", "भेजेंगे"): before a contact word, the one sent holds it, not the sender. */
export const SENDING = ['भेजा', 'भेजे', 'भेजी', 'भेजेगा', 'भेजेगी', 'भेजेंगे', 'भेजता', 'भेजती', 'भेजते', 'भेजने', 'भेज'];

/**
 * Future endings (करेंगे, होगी, मिलेगा): the contact is announced, not reported. After a vowel the
 * ending is written with the full vowel letter, not its sign (जाएंगे, आएगी, जाऊंगा, जाओगे).
 */
const FUTURE_ENDING = /(?:[ेए][ंँ]गे|[ेए][ंँ]गी|[ेए]गा|[ेए]गी|[ूऊ][ंँ]गा|[ूऊ][ंँ]गी|[ोओ]गे|[ोओ]गा|[ोओ]गी|[ोओ][ंँ]गे|[ोओ][ंँ]गी)$/u;
/**
 * Modal and prospective words after the contact ("कर सकते हैं" may, "करने वाले हैं" about to, "मिलने
 * की उम्मीद/संभावना है", "मिलने के आसार हैं" expected/likely, "मुलाकात तय/निर्धारित/प्रस्तावित है"
 * scheduled): announced too.
 */
const PROSPECTIVE = new Set(['सकते', 'सकती', 'सकता', 'वाले', 'वाली', 'वाला', 'उम्मीद', 'संभावना', 'संभव', 'आसार', 'अपेक्षा', 'योजना', 'तय', 'निर्धारित', 'प्रस्तावित'].map(foldTerm));

/* "मुलाकात होनी है", "बात करनी है", "Y से मिलना है" (is to happen): an infinitive of what is due, before है. */
const DUE = new Set(['होनी', 'होना', 'करनी', 'करना', 'मिलना'].map(foldTerm));
const IS = new Set(['है', 'हैं'].map(foldTerm));
/* "मिलने का कार्यक्रम है", "मुलाकात का कार्यक्रम" (the programme is to meet): scheduled. */
const PROGRAMME = foldTerm('कार्यक्रम');
const OF = foldTerm('का');

/* "मुलाकात करने जा रहे हैं", "मिलने जा रहे हैं" (going to): जा after an infinitive, or first after one. */
const GOING = foldTerm('जा');
const INFINITIVE = /ने$/u;

/** Whether the verb group after a contact word announces the contact. */
export function announcedAfter(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      FUTURE_ENDING.test(w.fold) ||
      PROSPECTIVE.has(w.fold) ||
      (w.fold === GOING && (i === 0 || INFINITIVE.test(words[i - 1]!.fold))) ||
      (DUE.has(w.fold) && IS.has(words[i + 1]?.fold ?? '')) ||
      (w.fold === PROGRAMME && words[i - 1]?.fold === OF),
  );
}
