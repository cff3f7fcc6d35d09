/**
 * Capitalised words of a text ("Blinken", "Çavuşoğlu"; not "NATO"), found without running a
 * Unicode-property regex at every character: the build counts them over every paragraph of the
 * corpus, most of them Devanagari or Arabic, where no word can start.
 */

/* A capitalised word of two or more letters, not all capitals (acronyms are not name words), perhaps
 * after Mc or Mac (McKenzie, MacKenzie); sticky, tried only where a capital is. */
const CAPITALISED_AT = /(?<![\p{L}\p{M}])(?:Mc|Mac)?\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*(?![\p{L}\p{M}])/uy;

/* Code units a match may start at: capital letters, and surrogates (capitals beyond the BMP), decided once by regex. */
const MAY_START = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 0xd800 && c <= 0xdfff) || /\p{Lu}/u.test(String.fromCharCode(c))) MAY_START[c] = 1;
}

/**
 * Calls `visit` with each capitalised word of `text` and where it starts, in order: the words
 * `text.matchAll(/(?<![\p{L}\p{M}])(?:Mc|Mac)?\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*(?![\p{L}\p{M}])/gu)` finds.
 * @example forEachCapitalised('Antony Blinken met NATO.', (w) => console.log(w)) // Antony, Blinken
 */
export function forEachCapitalised(text: string, visit: (word: string, start: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (MAY_START[text.charCodeAt(i)] === 0) continue;
    CAPITALISED_AT.lastIndex = i;
    const m = CAPITALISED_AT.exec(text);
    if (!m) continue;
    visit(m[0], i);
    i = CAPITALISED_AT.lastIndex - 1;
  }
}
