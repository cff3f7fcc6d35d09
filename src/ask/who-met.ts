/**
 * "Who met X?" in English, Hindi and Arabic: general question shapes around a contact verb, with
 * the name in any position the language puts it —
 *   English  "who (met|talked to|spoke with|called|phoned) X", "who did X meet", "X met whom",
 *            "with whom did X speak", "meetings of X";
 *   Hindi    "X से किसने (मुलाकात|बात) की", "किसने X से बात की", "X ने किससे बात की", "X किससे मिले";
 *   Arabic   "من (التقى|قابل|اتصل|تحدث) (بـ|مع)؟X", "مع من تحدث X", "بمن التقى X", "X التقى بمن".
 * Returns the name as typed; the caller decides whether a glued Arabic preposition belongs to it.
 */

const EN_VERB = 'met|meet|meets|meeting|talked|talk|talks|spoke|speak|speaks|spoken|called|call|calls|phoned|phone|phones|contacted|contact|contacts|visited|invited';
const EN_PARTICLE = '(?:\\s+(?:to|with|up))?';
const HI_VERB = 'मुलाकात|मुलाक़ात|बात|बातचीत|भेंट|मिला|मिले|मिली|मिलीं|फोन|फ़ोन|संपर्क';
const AR_VERB = 'التقى|التقت|يلتقي|قابل|قابلت|اجتمع|اجتمعت|اتصل|اتصلت|تحدث|تحدثت|تكلم|تكلمت|هاتف|هاتفت|تباحث|زار';

const PATTERNS: readonly RegExp[] = [
  // English
  new RegExp(`^(?:who|whom)\\s+(?:(?:has|have|had|did|does)\\s+)?(?:${EN_VERB})${EN_PARTICLE}\\s+(?<name>.+)$`, 'iu'),
  new RegExp(`^(?:who|whom)\\s+(?:did|has|had|does|have)\\s+(?<name>.+?)\\s+(?:${EN_VERB})${EN_PARTICLE}$`, 'iu'),
  new RegExp(`^(?:with|to)\\s+whom\\s+(?:did|has|had|does|have)\\s+(?<name>.+?)\\s+(?:${EN_VERB})$`, 'iu'),
  new RegExp(`^(?<name>.+?)\\s+(?:${EN_VERB})${EN_PARTICLE}\\s+(?:whom|who)$`, 'iu'),
  new RegExp(`^(?:(?:show|list|find)\\s+(?:me\\s+)?)?(?:all\\s+)?(?:the\\s+)?(?:contacts|meetings|calls|talks)\\s+(?:of|with|by)\\s+(?<name>.+)$`, 'iu'),
  // Hindi
  new RegExp(`^(?<name>.+?)\\s+से\\s+(?:किसने|किस ने|कौन|किन लोगों ने|किन्होंने)\\s+(?:.*\\s)?(?:${HI_VERB})(?:\\s.*)?$`, 'u'),
  new RegExp(`^(?:किसने|किस ने|कौन|किन लोगों ने|किन्होंने)\\s+(?<name>.+?)\\s+से\\s+(?:.*\\s)?(?:${HI_VERB})(?:\\s.*)?$`, 'u'),
  new RegExp(`^(?<name>.+?)\\s+(?:ने\\s+)?(?:किससे|किस से|किनसे|किन से|किन लोगों से)\\s+(?:.*\\s)?(?:${HI_VERB})(?:\\s.*)?$`, 'u'),
  // Arabic
  new RegExp(`^(?:من|مَن)\\s+(?:الذي\\s+|التي\\s+)?(?:${AR_VERB})\\s+(?:مع\\s+)?(?<name>.+)$`, 'u'),
  new RegExp(`^(?:مع\\s+من|مع\\s+مَن|بمن|بمَن)\\s+(?:${AR_VERB})\\s+(?<name>.+)$`, 'u'),
  new RegExp(`^(?<name>.+?)\\s+(?:${AR_VERB})\\s+(?:مع\\s+من|مع\\s+مَن|بمن|بمَن)$`, 'u'),
];

/** Leading words that are not part of a name ("the", a Hindi/Arabic honorific is kept: it may be a title). */
const LEADING_ARTICLE = /^the\s+/iu;

/**
 * The name asked about, when the question asks who met, called or talked with someone.
 * @example whoMetName('Who talked to Lavrov') // 'Lavrov'
 * @example whoMetName('लावरोव से किसने मुलाकात की') // 'लावरोव'
 * @example whoMetName('مع من تحدث بوتين') // 'بوتين'
 */
export function whoMetName(question: string): string | undefined {
  for (const re of PATTERNS) {
    const name = re.exec(question)?.groups?.name?.replace(LEADING_ARTICLE, '').trim();
    if (name) return name;
  }
  return undefined;
}

/**
 * Readings of an Arabic name that may carry a glued preposition: "بلافروف" is "ب" + "لافروف",
 * but "بوتين" is a name that starts with ب. The caller keeps the first reading it recognises.
 * @example nameReadings('بـلافروف') // ['بـلافروف', 'لافروف']
 */
export function nameReadings(name: string): string[] {
  const m = /^(?:بـ\s*|ب|لـ\s*|ل)(?<rest>\p{Script=Arabic}.+)$/u.exec(name);
  return m?.groups?.rest ? [name, m.groups.rest] : [name];
}
