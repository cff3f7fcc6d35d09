/**
 * Tense of the clause that follows a Hindi day word, used to read कल ("yesterday" or "tomorrow")
 * and परसों. Hindi is verb-final, so the verb governing कल sits between it and the end of its
 * clause; the clause stops at a sentence end, a comma or a subordinator such as कि (in
 * "उन्होंने कहा कि कल बैठक होगी" कल belongs to "बैठक होगी", not to "कहा").
 *
 * Markers are deliberately narrow. Future: the -गा/-गी/-गे endings after the vowel signs that
 * carry them (करेगा, जाएंगे, करूंगा) plus the forms of होना, what is due ("होनी है") or about to be
 * ("होने वाली"); a bare -गी would take nouns such as
 * सहयोगी and योगी for verbs. Past: the auxiliaries था/थी/थे and perfective forms of the light
 * verbs that news prose uses. A clause with both or neither is left undecided, and the caller skips कल.
 */

const END = '(?![\\p{L}\\p{M}])';
const START = '(?<![\\p{L}\\p{M}])';

const CLAUSE_END = new RegExp(`[।|.?!,;:\\n"“”]|${START}(?:कि|लेकिन|जबकि|मगर|परंतु|परन्तु)${END}`, 'gu');

const FUTURE = new RegExp(
  `(?:[\\u0947\\u0948\\u0942]|[एऊ])[\\u0901\\u0902]?(?:गा|गी|गे|गीं)${END}|${START}(?:होगा|होगी|होंगे|होंगी|होगे)${END}` +
    // "शुक्रवार को बैठक होनी है" (is to be held), "होने वाली है" (is about to be).
    `|${START}(?:होनी|होना|करनी|करना|मिलना)\\s+(?:है|हैं)${END}|${START}(?:होने|करने|मिलने)\\s+वाल(?:ा|ी|े)${END}`,
  'u',
);

const PAST = new RegExp(
  `${START}(?:था|थी|थे|थीं|कहा|गया|गई|गयी|गए|गये|किया|किए|किये|दिया|दिए|दी|लिया|ली|हुआ|हुई|हुए|हुईं|चुका|चुकी|चुके|मिला|मिली|पहुंचा|पहुंची|पहुंचे|पहुँचा|पहुँची|पहुँचे)${END}` +
    `|\\u093E\\u092F\\u093E${END}` +
    // "कल … से मुलाकात की।", "कल … मिले।", "बात की है": a perfective verb closing the clause (की is
    // also the genitive, so only there).
    `|${START}(?:की|कीं|मिले|मिलीं)(?:\\s+(?:है|हैं))?\\s*$`,
  'u',
);

export type Tense = 'past' | 'future';

/**
 * The tense of the clause starting at `from`, when exactly one of past or future is marked.
 * @example tenseAfter('कल बैठक होगी।', 2)          // 'future'
 * @example tenseAfter('कल उन्होंने बताया कि …', 2)   // 'past'
 */
export function tenseAfter(text: string, from: number): Tense | undefined {
  CLAUSE_END.lastIndex = from;
  const end = CLAUSE_END.exec(text)?.index ?? text.length;
  const clause = text.slice(from, end);
  const past = PAST.test(clause);
  const future = FUTURE.test(clause);
  if (past === future) return undefined;
  return past ? 'past' : 'future';
}
