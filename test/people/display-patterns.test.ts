/**
 * Display names of invented people whose names the articles write only in Arabic or Devanagari
 * script, read by name families rather than one name each: Arabic four-radical nouns, the Mohamed
 * of the Emirates and Egypt, spellings that score alike, a final ي that is a long i, and the
 * vowels Hindi writes for a foreign person's name.
 */
import { describe, expect, it } from 'vitest';
import { nativeDisplayName } from '../../src/people/display.ts';
import { latinSpelling } from '../../src/people/latin-spelling.ts';
import { latinVocabulary } from '../../src/people/corpus-spellings.ts';
import { eighthFormParticiple, fourRadicals, openingVowel } from '../../src/people/lettered.ts';
import { latinNamesOf } from '../../src/people/latin-names.ts';
import { worldAdjective } from '../../src/languages/world-nations.ts';
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

  it('opened by م it is a participle, muCCiC', () => {
    expect(fourRadicals('مسلم')).toBe('Muslim');
    expect(fourRadicals('منذر')).toBe('Mundhir');
    expect(fourRadicals('مشرف')).toBe('Mushrif');
  });

  it('reads such a family name in a full name', () => {
    expect(nativeDisplayName('سالم فلاح القنبر', none)).toBe('Salem Falah Al-Qanbar');
    expect(nativeDisplayName('خالد السنجر', none)).toBe('Khalid Al-Sanjar');
  });
});

describe('an Arabic participle and the maf\'ul shape give the opening vowel', () => {
  it.each([
    ['مختار', 'u'],
    ['منتظر', 'u'],
    ['مشتاق', 'u'],
    ['محبوب', 'a'],
    ['فهد', 'a'],
    ['بهرام', 'a'],
  ])('%s opens with %s', (word, vowel) => {
    expect(openingVowel(word)).toBe(vowel);
  });

  it('leaves words opening on a consonant and a vowel letter, or on ا, and the maf\'ul shape to the opening-cluster a', () => {
    for (const word of ['مالك', 'منير', 'أحمد', 'بلخي', 'مسرور', 'مرزوق']) expect(openingVowel(word)).toBeUndefined();
    expect(nativeDisplayName('مسرور', none)).toMatch(/^Ma/u);
  });

  it.each([
    ['منتظر', 'Muntazir'],
    ['مقتدر', 'Muqtadir'],
    ['منتصر', 'Muntasir'],
    ['متقي', 'Muttaqi'],
    ['متحد', 'Muttahid'],
    ['متفق', 'Muttafiq'],
  ])('the eighth-form participle %s is %s', (word, shown) => {
    expect(eighthFormParticiple(word)).toBe(shown);
  });

  it('but ع, a long vowel or a Tajik name are read otherwise', () => {
    expect(eighthFormParticiple('متعب')).toBeUndefined();
    expect(eighthFormParticiple('متولي')).toBeUndefined();
    expect(nativeDisplayName('سلطان رحمن', none, false, [], 'Tajik')).toMatch(/Rahmon$/u);
  });

  it('reads such words in full names', () => {
    expect(nativeDisplayName('صابر خان متقي', none)).toBe('Sabir Khan Muttaqi');
    expect(nativeDisplayName('منتظر السنجر', none)).toBe('Muntazir Al-Sanjar');
    expect(nativeDisplayName('مختار فهد', none)).toMatch(/^Mukhtar /u);
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

describe('a country\'s name lists by the adjective roles give', () => {
  it.each(['Italy', 'Netherlands', 'Sweden', 'Spain', 'Poland', 'Portugal', 'Romania', 'Croatia', 'Ukraine', 'Austria', 'Belgium', 'Canada'])(
    'the people of %s',
    (country) => {
      const adjective = worldAdjective(country);
      expect(adjective).toBeDefined();
      expect(latinNamesOf(adjective!)).toBeDefined();
    },
  );

  it('so a Swedish or Italian given name is spelled as their country does', () => {
    expect(latinSpelling('ماريو', none, false, true, 'Italian')).toBe('Mario');
    expect(latinNamesOf('Swedish')?.has('Johansson')).toBe(true);
  });
});

describe('ز, ك and ش write one sound, which the spelling must write too', () => {
  it.each([
    // A listed j-name under the same coarse key is no spelling of a ز (the key joins j and z).
    ['زيباري', /^[^Jj]*$/u, 'Jabari'],
    // A listed name with a plain s is no spelling of a ش.
    ['ريشي', /sh/u, 'Raisi'],
  ])('%s is not read as a name without the sound', (word, shape, not) => {
    const shown = latinSpelling(word, none, false, false) ?? '';
    expect(shown).not.toBe(not);
    if (shown) expect(shown).toMatch(shape);
  });

  it('nor is a corpus word with a g for a ك', () => {
    const vocabulary = latinVocabulary(['Karim Ghani spoke to the press. Ghani then left.']);
    expect(latinSpelling('كني', vocabulary, false, false)).not.toBe('Ghani');
  });

  it('while a German st or sp, a Turkish ş read as s and an x still write them', () => {
    expect(nativeDisplayName('شتيفن زايبرت', none, false, [], 'German')).toMatch(/^Stef\p{L}+ S/u);
    expect(nativeDisplayName('مولود جاويش أوغلو', none)).toMatch(/^Mevlut Cav\p{L}soglu$/u);
  });
});

describe('a final وي after a consonant letter is the nisba -awi', () => {
  it.each([
    ['كامل علوي', 'Kamil Alawi'],
    ['نادر البدوي', 'Nadir Al-Badawi'],
  ])('%s is %s, not a u and an i', (name, shown) => {
    expect(nativeDisplayName(name, none)).toBe(shown);
  });

  it('written -avi for an Iranian, and no listed spelling without its w or v stands for it', () => {
    expect(nativeDisplayName('حسين موسوي', none, false, [], 'Iranian')).toMatch(/avi$/u);
    expect(latinSpelling('موسوي', none, false, false) ?? 'Musawi').toMatch(/[wv]i$/u);
  });
});
