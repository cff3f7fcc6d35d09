/**
 * Hindi words of dated happenings that are not contacts (src/grammar/triggers.ts reads them): each
 * kind's verbs and nouns with their inflected forms written out. The kinds are general news
 * vocabulary, not tied to any article.
 */
import type { HappeningRow, HappeningWords } from '../types.ts';

export const HAPPENINGS: HappeningRow[] = [
  { kind: 'capture', verbs: '', nouns: 'कब्जा कब्जे नियंत्रण' },
  // Singular nouns only: a plural ("आतंकी हमलों") is most often attacks in general.
  { kind: 'attack', verbs: '', nouns: 'हमला हमले धमाका धमाके विस्फोट' },
  { kind: 'invitation', verbs: 'आमंत्रित', nouns: 'आमंत्रण निमंत्रण न्योता न्यौता' },
  {
    kind: 'session',
    verbs: '',
    // "सत्र" (a body's session: "सुरक्षा परिषद का आपात सत्र"), "अधिवेशन" (a convened session).
    nouns: 'बैठक बैठकें बैठकों मीटिंग सम्मेलन शिखर_सम्मेलन संवाद डायलॉग डाइलॉग मेजबानी सत्र अधिवेशन',
    light: 'मुलाकात मुलाकातें भेंट वार्ता वार्ताएं बातचीत चर्चा',
  },
  {
    kind: 'travel',
    // "पहुंचते ही" on arriving. "आए" (came) is a journey only with a destination just before it ("सोमवार को न्यूयॉर्क आए"), as every journey needs.
    // "पहुंच चुके हैं" has arrived; "गए" (went) is a journey only with its destination right before ("काबुल गए"), as every journey needs.
    verbs:
      'पहुंचते पहुंचे पहुंचा पहुंची पहुंचीं पहुंच_गए पहुंच_गया पहुंच_गई पहुंच_गईं पहुंच_चुके पहुंच_चुका पहुंच_चुकी लौटे लौटा लौटी लौटीं लौट_आए आए आया आई आईं आ_गए आ_गया आ_गई आ_गईं ' +
      'गए गया गई गईं',
    nouns: 'यात्रा दौरा दौरे',
    light: 'रवाना',
    planned: 'जाएंगे जाएगा जाएगी जाएंगी पहुंचेंगे पहुंचेगा पहुंचेगी पहुंचेंगी लौटेंगे लौटेगा लौटेगी आएंगे आएगा आएगी आएंगी',
    // Only with the place right before ("देश छोड़ दिया"): "छोड़ दिया" alone is as often "gave up" or "released".
    // "भाग गए" (fled) names where from with से ("अफगानिस्तान से भाग गए") or after "देश छोड़कर".
    departures: 'छोड़_दिया छोड़_दी छोड़_दिए छोड़_गए छोड़_गया छोड़_गई भाग_गए भाग_गया भाग_गई भाग_निकले',
  },
  { kind: 'warning', verbs: 'चेताया आगाह', nouns: 'चेतावनी' },
  // "एलान" is as common a spelling as "ऐलान".
  { kind: 'announcement', verbs: 'घोषित', nouns: 'घोषणा ऐलान एलान' },
  // What was said told by how: stressed, made clear, rejected, welcomed, condemned, urged, appealed, assured, accused, mentioned, wrote.
  {
    kind: 'statement',
    verbs: 'कहा कही कहे बताया लिखा जोर_दिया जोर_देते_हुए स्पष्ट_किया खारिज_किया खारिज_कर_दिया स्वागत_किया निंदा_की आग्रह_किया अपील_की भरोसा_दिलाया आरोप_लगाया उल्लेख_किया',
    nouns: 'बयान',
    light: 'पुष्टि दावा ट्वीट',
  },
];

/* What a journey or an invitation is for ("बातचीत के लिए"). */
export const PURPOSES = [...'बातचीत वार्ता'.split(' ').map((w) => [w, 'talks'] as const), ...'बैठक मिलने मुलाकात'.split(' ').map((w) => [w, 'a meeting'] as const)];

/* Function words the happening grammar reads (src/events/: reported clauses, definite meeting nouns, sentences going on from the one before, pronoun subjects). */
export const HAPPENING_WORDS: HappeningWords = {
  complementizers: 'कि'.split(' '),
  definite: 'इस उस इसी उसी यह ये'.split(' '),
  continuations: 'वहीं इसी साथ उन्होंने उसने वह वे'.split(' '),
  anterior: 'पहले था थी थे'.split(' '),
  subjectPronouns: 'उन्होंने उसने'.split(' '),
  connectives: 'वहीं इसके बाद फिर'.split(' '),
  duringAfter: ['के दौरान', 'के समय', 'के वक्त', 'के वक़्त', 'के बाद', 'से पहले', 'से पूर्व', 'के पश्चात'],
  leftCountry: { nouns: ['देश', 'मुल्क', 'वतन'], at: 'before', between: ['छोड़कर', 'छोड़', 'कर'] },
};
