/**
 * Hindi schwa deletion: which inherent "a" vowels of a Devanagari word are silent. Writers mark
 * them inconsistently (अफ़्ग़ानिस्तान with a virama, अफगानिस्तान without; both read "afganistan"),
 * so folding writes every silent schwa as a virama, and transliteration must not pronounce them.
 */

const VIRAMA = '\u094D';
const isConsonant = (c: string) => c >= '\u0915' && c <= '\u0939';
const isIndependentVowel = (c: string) => (c >= '\u0904' && c <= '\u0914') || c === '\u0960' || c === '\u0961';
const isMatra = (c: string) => (c >= '\u093E' && c <= '\u094C') || c === '\u0962' || c === '\u0963';
const isCoda = (c: string) => c === '\u0902' || c === '\u0903';

interface Unit {
  /** The letters of this unit as written (consonant + matra/virama, or an independent vowel). */
  text: string;
  consonant: boolean;
  /** The consonant carries the inherent vowel (no matra, no virama). */
  schwa: boolean;
  /** Followed by virama: the first half of a cluster. */
  halant: boolean;
  /** The vowel is closed by anusvara or visarga. */
  coda: boolean;
}

function units(word: string): Unit[] {
  const out: Unit[] = [];
  for (const c of word) {
    const last = out[out.length - 1];
    if (isConsonant(c) || isIndependentVowel(c)) {
      const consonant = isConsonant(c);
      out.push({ text: c, consonant, schwa: consonant, halant: false, coda: false });
    } else if (last && (isMatra(c) || c === VIRAMA)) {
      last.text += c;
      last.schwa = false;
      last.halant = c === VIRAMA;
    } else if (last) {
      last.text += c;
      if (isCoda(c)) last.coda = true;
    } else {
      out.push({ text: c, consonant: false, schwa: false, halant: false, coda: false });
    }
  }
  return out;
}

/* After a cluster ending in a semivowel or liquid the final schwa is pronounced (मंत्र mantra, शुक्ल
 * shukla); elsewhere it is silent (धर्म dharm, काबुल kabul). */
const KEEPS_FINAL_SCHWA = new Set(['य', 'र', 'ल', 'व']);

const endsInVowel = (u: Unit | undefined) => !!u && !u.halant && !u.coda;
const isCV = (u: Unit | undefined) => !!u && u.consonant && !u.halant;

/**
 * Marks the silent inherent vowels of a Hindi word with virama: the final schwa, and (right to
 * left) a schwa between a vowel + consonant and a consonant + vowel (Ohala's rule, VC_CV).
 * @example deleteSchwas('सरकार') // 'सर्कार्'
 */
export function deleteSchwas(word: string): string {
  const us = units(word);
  const n = us.length;
  const last = us[n - 1];
  const beforeLast = us[n - 2];
  if (n >= 2 && last?.schwa && !last.coda && !(beforeLast?.halant && KEEPS_FINAL_SCHWA.has(last.text))) {
    last.schwa = false;
    last.halant = true;
    last.text += VIRAMA;
  }
  for (let i = n - 2; i >= 1; i--) {
    const u = us[i]!;
    if (!u.schwa || u.coda) continue;
    if (endsInVowel(us[i - 1]) && isCV(us[i + 1])) {
      u.schwa = false;
      u.halant = true;
      u.text += VIRAMA;
    }
  }
  return us.map((u) => u.text).join('');
}

