/**
 * Other readings of a Latin name as a member types it, for the spellings other scripts use that
 * its English reading does not sound like: Scottish Mc is Mac and a final -ie is -i (McKenzie,
 * Arabic ماكنزي), ch is often written as sh (Chunying, شونيينغ), Hindi writes the ur of Burns with
 * a short a (बर्न्स), and a Turkish surname in -oglu
 * "son of" is written as two words with the ç that ASCII writes as c (Cavusoglu, تشاووش أوغلو), and
 * an Arabic compound name in Abd- "servant of" typed as one word is two in Arabic script
 * (Abdollahian, عبد اللهيان).
 */

const READINGS: Array<[RegExp, string]> = [
  [/^Mc(?=\p{Lu})/u, 'Mac'],
  [/ie$/, 'i'],
];

/* Arabic has no ch and writes it ش as often as تش (Chunying شونيينغ); Hindi has च and never does. */
const ARABIC_READINGS: Array<[RegExp, string]> = [
  [/ch/g, 'sh'],
  [/^Ch/, 'Sh'],
];

/*
 * Arabic writes the z of Persian and Turkic names with ض as often as with ز (Mirziyoyev ميرضيائيف,
 * Reza رضا, Ramazan رمضان, Faiz فيض), and ض sounds as d. Read so only when no Arabic spelling
 * sounds like the word as typed: as a first reading it would make Aziz the common word عديد.
 * The y of a Turkic -oyev, -ayev between two vowels is the glide of ئي / يي in Arabic and is not a
 * sound of its own there (ميرضيائيف).
 */
const ARABIC_FALLBACK_READINGS: Array<[RegExp, string]> = [
  [/z/gi, 'd'],
  [/(?<=[aeiou])y(?=ev$)/i, ''],
];

/**
 * Readings for Arabic spellings to try when the word and its other readings find none.
 * @example arabicFallbackReadings('Mirziyoyev') // ['Mirdiyoyev']
 */
export function arabicFallbackReadings(typed: string): string[] {
  return [typed, ...read(typed, READINGS)].flatMap((r) => read(r, ARABIC_FALLBACK_READINGS));
}

/* English ur before a consonant is the vowel Hindi writes with its short a (Burns बर्न्स, Murphy
 * मर्फी), and Hindi writes the oy of Lloyd with its y as a consonant of its own (लॉयड). */
const DEVANAGARI_READINGS: Array<[RegExp, string]> = [
  [/ur(?=[^aeiouy\s])/gi, 'ar'],
  [/oy(?=[^aeiouy\s])/gi, 'oya'],
];

function read(typed: string, readings: Array<[RegExp, string]>): string[] {
  let out = typed;
  for (const [re, to] of readings) out = out.replace(re, to);
  return out === typed ? [] : [out];
}

/**
 * The word read otherwise, when a reading applies: `any` for spellings in every script, `arabic`
 * for Arabic ones only, `devanagari` for Devanagari ones only.
 * @example otherReadings('McKenzie').any // ['MacKenzi']
 * @example otherReadings('Chunying').arabic // ['Shunying']
 * @example otherReadings('Burns').devanagari // ['Barns']
 */
export function otherReadings(typed: string): { any: string[]; arabic: string[]; devanagari: string[] } {
  const any = read(typed, READINGS);
  return { any, arabic: [typed, ...any].flatMap((r) => read(r, ARABIC_READINGS)), devanagari: [typed, ...any].flatMap((r) => read(r, DEVANAGARI_READINGS)) };
}

const TURKISH_PATRONYMIC = /^(\p{L}{3,})(oglu)$/iu;

/**
 * A Turkish surname in -oglu as the two words Arabic writes, its first part in each reading of an
 * ASCII c (ç or c): Cavusoglu → [['Cavus', 'Chavus', 'Javus'], ['oglu']].
 * @example turkishParts('Cavusoglu')?.[1] // ['oglu']
 */
export function turkishParts(typed: string): [string[], string[]] | undefined {
  const m = TURKISH_PATRONYMIC.exec(typed);
  if (!m) return undefined;
  const stem = m[1]!;
  return [[...new Set([stem, stem.replace(/c/gi, 'ch'), stem.replace(/c/gi, 'j')])], [m[2]!]];
}

/* Abd, a linking vowel and the article's l or r (Abdul-, Abdol-, Abdel-, Abdur-), then the rest. */
const ABD_COMPOUND = /^abd[aeiou]?([lr]?)(\p{L}{4,})$/iu;

/**
 * An Arabic compound name in Abd- as the two words Arabic writes: the name word Abdul (عبد) and the
 * rest, whose article the index leaves out; the article's consonant may be the rest's first
 * (Abdurrahman written Abdurahman): Abdollahian → [['Abdul'], ['lahian', 'llahian']] (عبد اللهيان).
 * @example abdParts('Abdurashidov')?.[1] // ['ashidov', 'rashidov']
 */
export function abdParts(typed: string): [string[], string[]] | undefined {
  const m = ABD_COMPOUND.exec(typed);
  if (!m) return undefined;
  const [, consonant, rest] = m as unknown as [string, string, string];
  return [['Abdul'], consonant ? [rest, consonant + rest] : [rest]];
}
