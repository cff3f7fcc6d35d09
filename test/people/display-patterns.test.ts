/**
 * Display names of invented people whose names the articles write only in Arabic or Devanagari
 * script, read by name families rather than one name each: Arabic four-radical nouns, the Mohamed
 * of the Emirates and Egypt, spellings that score alike, a final ي that is a long i, and the
 * vowels Hindi writes for a foreign person's name.
 */
import { describe, expect, it } from 'vitest';
import { latinSpelling, nativeDisplayName } from '../../src/people/display.ts';
import { fourRadicals } from '../../src/people/lettered.ts';
import { arabicToLatin } from '../../src/text/arabicLatin.ts';
import { readingPattern } from '../../src/text/translitReadings.ts';

const none = new Map();

describe('an Arabic word of four consonant letters is CaCCaC', () => {
  it.each([
    ['حجرف', 'Hajraf'],
    ['سنجر', 'Sanjar'],
    ['قنبر', 'Qanbar'],
    ['جندل', 'Jandal'],
    ['برقش', 'Barqash'],
  ])('%s is %s', (word, shown) => {
    expect(fourRadicals(word)).toBe(shown);
  });

  it('leaves words with a vowel letter, ع, a final ه or another length to the other readings', () => {
    for (const word of ['جعفر', 'منصور', 'بدر', 'خنده', 'سمرقند']) expect(fourRadicals(word)).toBeUndefined();
  });

  it('reads such a family name in a full name', () => {
    expect(nativeDisplayName('سالم فلاح القنبر', none)).toBe('Salem Falah Al-Qanbar');
    expect(nativeDisplayName('خالد السنجر', none)).toBe('Khalid Al-Sanjar');
  });
});

describe('the Emirates and Egypt write محمد as Mohamed', () => {
  it('by the nationality the text gives', () => {
    expect(nativeDisplayName('محمد بن خليفة', none, false, [], 'Emirati')).toBe('Mohamed bin Khalifa');
    expect(nativeDisplayName('محمد الباشا', none, false, [], 'Egyptian')).toBe('Mohamed Al-Basha');
  });

  it('by the ruling family a name ends in, in Arabic or Hindi', () => {
    expect(nativeDisplayName('محمد بن حمدان آل نهيان', none)).toBe('Mohamed bin Hamdan Al Nahyan');
    expect(nativeDisplayName('मोहम्मद बिन हमदान अल नाहयान', none)).toMatch(/^Mohamed bin /u);
  });

  it('and other Arab countries keep Mohammed', () => {
    expect(nativeDisplayName('محمد بن خليفة', none, false, [], 'Saudi')).toBe('Mohammed bin Khalifa');
    expect(nativeDisplayName('محمد بن خليفة', none, false, [], 'Qatari')).toBe('Mohammed bin Khalifa');
  });
});

describe('of spellings that score alike, the shorter', () => {
  it.each([
    ['إيمانويل', 'Emmanuel'],
    ['ميشيل', 'Michel'],
    ['غابرييل', 'Gabriel'],
    ['دانييل', 'Daniel'],
  ])('a French %s is %s, not the spelling with a silent e', (word, shown) => {
    expect(latinSpelling(word, none, false, true, 'French')).toBe(shown);
  });
});

describe('a final ي after a consonant is a long i', () => {
  it('which a spelling ending in a silent e does not write', () => {
    const shown = nativeDisplayName('إبراهيم رئيسي', none);
    expect(shown).not.toMatch(/Rice$/u);
    expect(shown).toMatch(/i$/u);
  });

  it('and ئ before it carries a short a of its own (ra\'is)', () => {
    expect(arabicToLatin('رئيس')).toBe('rais');
    expect(arabicToLatin('زئير')).toBe('zair');
    // After a long vowel the seat is no syllable of its own.
    expect(arabicToLatin('فائز')).toBe('faiz');
  });
});

describe('Hindi writes a foreign person\'s name by ear', () => {
  it('ज is also the soft g of English spelling', () => {
    expect(readingPattern('enjelA', false, true).test('angela')).toBe(true);
    expect(readingPattern('rojar', false, true).test('roger')).toBe(true);
    // ...only before e, i, y (a hard g is written ग), and only as a foreign name is read (राजीव Rajeev).
    expect(readingPattern('jAn', false, true).test('gan')).toBe(false);
    expect(readingPattern('rAjIv').test('rageev')).toBe(false);
  });

  it('ऐ is an English short a in the name of a person of a country with name lists', () => {
    expect(nativeDisplayName('हैरिस', none, false, [], 'US')).toBe('Harris');
    expect(nativeDisplayName('एंजेला', none, false, [], 'German')).toBe('Angela');
    expect(nativeDisplayName('हैरी', none, false, [], 'British')).toBe('Harry');
    expect(nativeDisplayName('पीटर', none, false, [], 'German')).toBe('Peter');
  });

  it('and an Indian name keeps its own reading', () => {
    expect(nativeDisplayName('कैलाश', none, false, [], 'Indian')).toBe('Kailash');
    expect(nativeDisplayName('राजीव', none, false, [], 'Indian')).toBe('Rajeev');
  });
});
