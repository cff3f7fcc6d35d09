/**
 * Display names read from the letters of a name the articles write only in Arabic or Devanagari
 * script (invented names): an Arabic name word is no European list's false friend, an opening ح
 * takes its unprinted vowel, Mc is Mac, and Hindi's र्+ृ is one r.
 */
import { describe, expect, it } from 'vitest';
import { latinVocabulary } from '../../src/people/corpus-spellings.ts';
import { nativeDisplayName } from '../../src/people/display.ts';
import { devanagariDisplay } from '../../src/text/devanagariLatin.ts';
import { phoneticSimilar } from '../../src/text/phonetic.ts';
import { invented } from './helpers.ts';

const none = new Map();

describe('an Arabic name word is read as Arabic', () => {
  it.each([
    // ع ح ض ظ are Arabic sounds: the European lists' words of the same consonants are other names (Vlah, Floy, Boyde, Libbie).
    ['فلاح حليم', 'Falah Halim'],
    ['عمار فلحي', 'Amar Falhi'],
    ['سعد حلبي', 'Saad Halbi'],
  ])('%s is %s', (native, shown) => {
    expect(nativeDisplayName(native, none)).toBe(shown);
  });

  it('gives an opening ح its unprinted vowel, as it does other consonants', () => {
    expect(nativeDisplayName('حسام', none)).toMatch(/^Ha/u);
    expect(nativeDisplayName('حجرف', none)).toMatch(/^Ha/u);
  });

  it('still takes a spelling the corpus writes for such a word', () => {
    const vocabulary = latinVocabulary(['Minister Hadrik Salhoub arrived.', 'Salhoub said.']);
    expect(nativeDisplayName('حدريك صلحوب', vocabulary)).toBe('Hadrik Salhoub');
  });
});

describe('Mc is Mac', () => {
  it('sounds alike in Arabic letters', () => {
    expect(phoneticSimilar('McGrath', 'ماكغراث')).toBe(true);
    expect(phoneticSimilar('McConnell', 'ماكونيل')).toBe(true);
  });

  it('takes the corpus spelling with Mc or Mac', () => {
    const vocabulary = latinVocabulary(['Senator Dana McGrath said.', 'Envoy Ross MacTavish arrived.']);
    expect(nativeDisplayName('دانا ماكغراث', vocabulary)).toBe('Dana McGrath');
    expect(nativeDisplayName('روس ماكتافيش', vocabulary)).toBe('Ross MacTavish');
  });
});

describe('Hindi र्+ृ', () => {
  it('is one r before the vowel', () => {
    expect(devanagariDisplay('श्रृंखला')).toBe('shrinkhala');
    expect(devanagariDisplay('कृष्ण')).toBe('krishn');
    expect(nativeDisplayName('विनोद श्रृंगेरी', none)).not.toMatch(/rr/u);
  });
});

describe('a Devanagari name word no country list holds', () => {
  it.each([
    // The spell-check dictionary of people's names has them; the reading allows them.
    ['रॉबर्ट व्हिटली', 'Robert Whitley'],
    ['कैरन डोहर्टी', 'Kairan Doherty'],
    ['सारा शीहान', 'Sara Sheehan'],
  ])('%s is %s', (native, shown) => {
    expect(nativeDisplayName(native, none)).toBe(shown);
  });

  it('keeps the reading when the dictionary word sounds otherwise', () => {
    expect(nativeDisplayName('अनवर गर्गश', none)).toBe('Anwar Gargash');
    expect(nativeDisplayName('सुनील बर्थवाल', none)).toBe('Sunil Barthaval');
  });
});

describe('common Arab given names', () => {
  it.each([
    ['ماجد عبيد', 'Majed Obaid'],
    ['نواف بن مبارك', 'Nawaf bin Mubarak'],
    ['وائل حمدان', 'Wael Hamdan'],
    ['ياسر بن غازي', 'Yasser bin Ghazi'],
  ])('%s is %s', (native, shown) => {
    expect(nativeDisplayName(native, none)).toBe(shown);
  });

  it('reads a person so named in an article', () => {
    const kb = invented(['وزير يلتقي نظيره\nالتقى وزير الخارجية الأردني هيثم بن عدنان اليوم نظيره الكويتي أنس بن طلال في عمان.']);
    const shown = kb.people.map((p) => p.display);
    expect(shown).toContain('Haitham bin Adnan');
    expect(shown).toContain('Anas bin Talal');
  });
});

describe('a French or German listed name is weighed by its sounds', () => {
  it.each([
    // Arabic writes French and German names by ear: ch is sh, a final consonant silent, ei is ai, v is f.
    ['شارل ميشيل', 'Charles Michel'],
    ['روبير جيرار', 'Robert Gerard'],
    // (the lists have no Barnier: its letters stay)
    ['ميشيل بارنييه', 'Michel Barniyh'],
  ])('%s is %s', (native, shown) => {
    expect(nativeDisplayName(native, none)).toBe(shown);
  });

  it('leaves Hindi, which writes them as English does, to its reading', () => {
    expect(nativeDisplayName('चार्ल्स मिशेल', none)).not.toMatch(/Sheryl/u);
  });
});
