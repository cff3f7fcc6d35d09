/**
 * Arabic-script word → plain Latin, as names are usually spelled in English news: `بوتين` → `butin`,
 * `لافروف` → `lafruf`, `طالبان` → `taliban`.
 *
 * This table is hand-written because no maintained npm package does it usefully: any-ascii maps
 * letter by letter and turns و/ي into w/y even when they are long vowels (`بوتين` → `bwtyn`), and the
 * scholarly schemes (ALA-LC, DIN 31635) need the short vowels that print leaves out. Short vowels are
 * therefore absent from the output; phonetic comparison (phonetic.ts) forgives their absence.
 *
 * Extending: add a letter to CONSONANTS (Arabic, Persian and Urdu letters share this table);
 * و and ي are decided by context in `glide` below.
 */

const CONSONANTS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  // Alef forms, alef maqsura and ta marbuta are vowels; bare hamza is silent.
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ى': 'a', 'ة': 'a', 'ۃ': 'a', 'ء': '',
  'ؤ': 'u', 'ئ': 'i',
  // Persian and Urdu letters.
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'ڤ': 'v', 'گ': 'g', 'ک': 'k', 'ٹ': 't', 'ڈ': 'd', 'ڑ': 'r',
  'ں': 'n', 'ھ': 'h', 'ہ': 'h', 'ۀ': 'h', 'ے': 'e',
  // Uyghur and Kazakh ۋ is always the consonant w (latin-spelling.ts writes a و so to read it as one).
  'ۋ': 'w',
};

const ALEF = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);
const HAMZA_SEAT = new Set(['أ', 'إ', 'آ']);
const YA = new Set(['ي', 'ی']);
const VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'ة', 'و', 'ي', 'ی']);
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/* و and ي are consonants (w, y) at the start of a word, before alef (حوار hiwar), after a bare
 * medial alef, or when doubled; elsewhere they write the long vowels u and i (بوتين butin). After a
 * hamza seat they are vowels too (أوروبا Europe, أوباما Obama). */
function glide(letters: string[], i: number, consonant: string, vowel: string): string {
  const c = letters[i]!;
  const prev = letters[i - 1];
  const next = letters[i + 1];
  if (i === 0 || (next !== undefined && ALEF.has(next))) return consonant;
  if (prev !== undefined && HAMZA_SEAT.has(prev)) return vowel;
  // After a medial alif and before a consonant letter, و is the second half of a foreign name's
  // au (ماورير Maurer, باول Paul, شتراوس Strauss), which an Arabic name hardly has.
  if (prev === 'ا' && i > 1) return c === 'و' && next !== undefined && !VOWEL_LETTERS.has(next) && CONSONANTS[next] ? vowel : consonant;
  // Doubled it is a consonant, except the second of a two-letter word (يي Yi); print writes a
  // doubled consonant once, so a second و before a consonant is the long vowel after a w (طاووس
  // tawus, داوود Dawud, تشاووش Çavuş).
  if (prev === letters[i]) return (i === 1 && next === undefined) || (c === 'و' && next !== undefined && !VOWEL_LETTERS.has(next)) ? vowel : consonant;
  // ي between a consonant and a final و is the glide of a foreign name's io (ماريو Mario, أنطونيو Antonio).
  if (YA.has(letters[i]!) && next === 'و' && i + 2 === letters.length && prev !== undefined && !VOWEL_LETTERS.has(prev)) return consonant;
  return vowel;
}

/**
 * An Arabic-script word in lowercase ASCII; short vowels are not written in the source and are not
 * invented here. ع has no Latin letter: English spellings show some vowel in its place (عمران Imran,
 * العراق Iraq), written `ayn` ('a' by default; phonetic comparison passes '' to leave the vowel open).
 * @example arabicToLatin('بوتين') // 'butin'
 * @example arabicToLatin('عمران') // 'amran'
 */
export function arabicToLatin(word: string, ayn = 'a'): string {
  const letters = [...word.normalize('NFC').replace(MARKS, '')];
  let out = '';
  letters.forEach((c, i) => {
    if (c === 'و') out += glide(letters, i, 'w', 'u');
    else if (YA.has(c)) out += glide(letters, i, 'y', 'i');
    else if (c === 'ع') out += ayn;
    // نغ writes the ng of foreign names (وانغ Wang, بينغ ping): the g is not gh.
    else if (c === 'غ' && letters[i - 1] === 'ن') out += 'g';
    // أو starting a word is one long vowel, o or u (أوباما Obama, أوغلو oglu, also inside a compound
    // written as one word): the seat adds none.
    else if (c === 'أ' && letters[i + 1] === 'و' && i + 2 < letters.length) out += '';
    // ئ between a consonant letter and ي carries the syllable's short a before the long i (رئيس
    // ra'is, رئيسي Raisi, زئير za'ir): a word never has a vowel-less consonant before its hamza and i.
    else if (c === 'ئ' && YA.has(letters[i + 1] ?? '') && i > 0 && CONSONANTS[letters[i - 1]!] && !VOWEL_LETTERS.has(letters[i - 1]!)) out += 'a';
    else if (c >= '\u0660' && c <= '\u0669') out += String(c.charCodeAt(0) - 0x0660);
    else if (c >= '\u06F0' && c <= '\u06F9') out += String(c.charCodeAt(0) - 0x06f0);
    else out += CONSONANTS[c] ?? '';
  });
  return out;
}
