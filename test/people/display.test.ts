import { describe, expect, it } from 'vitest';
import { latinVocabulary } from '../../src/people/corpus-spellings.ts';
import { nativeDisplayName } from '../../src/people/display.ts';
import { invented } from './helpers.ts';

const none = new Map();

describe('nativeDisplayName', () => {
  it('writes common Arabic name words as English news spells them', () => {
    expect(nativeDisplayName('تميم بن حمد', none)).toBe('Tamim bin Hamad');
    expect(nativeDisplayName('خالد بن عبد العزيز', none)).toBe('Khalid bin Abdulaziz');
    expect(nativeDisplayName('عبد الكريم', none)).toBe('Abdul Karim');
  });

  it('takes the spelling of a name word the corpus writes in Latin letters', () => {
    const vocabulary = latinVocabulary(['Minister Ramtin Volkery spoke.', 'Volkery said so.']);
    expect(nativeDisplayName('रामतिन वोल्केरी', vocabulary)).toBe('Ramtin Volkery');
    expect(nativeDisplayName('رامتين فولكيري', vocabulary)).toBe('Ramtin Volkery');
  });

  it('falls back to the letters, and writes initials as letters', () => {
    expect(nativeDisplayName('एस जयशंकर', none)).toBe('S. Jaishankar');
    // A long a before a final consonant and r, l, n or m: the unprinted short vowel between them.
    expect(nativeDisplayName('نور برادر', none)).toBe('Noor Baradar');
    expect(nativeDisplayName('بدر', none)).toBe('Badr');
  });
});

describe('display names in built knowledge', () => {
  it('shows an Arabic-only person with the corpus Latin spelling of each word', () => {
    const kb = invented([
      'Talks in Doha\nForeign Minister Ramtin Volkery of Nordland arrived in Doha on Monday.',
      'محادثات\nقال وزير الخارجية خالد فولكيري إن المحادثات مفيدة.',
    ]);
    expect(kb.people.map((p) => p.display)).toContain('Khalid Volkery');
  });

  it('shows the end of the fullest Latin spelling that more articles write, in any script', () => {
    const kb = invented([
      'Talks\nForeign Minister Makhdoom Ramtin Volkery met the press on Monday.\nVolkery said the talks went well.',
      'محادثات\nقال وزير الخارجية رامتين فولكيري إن المحادثات كانت مفيدة.',
      'زيارة\nوصل وزير الخارجية رامتين فولكيري إلى الدوحة.',
    ]);
    expect(kb.people.map((p) => p.display)).toEqual(['Ramtin Volkery']);
  });

  it('prefers the spelling without a middle initial when the articles write both', () => {
    const kb = invented([
      'Talks\nForeign Minister Ramtin Q. Volkery met the press on Monday.',
      'More talks\nForeign Minister Ramtin Volkery spoke on Tuesday.\nLater Ramtin Volkery left.',
    ]);
    expect(kb.people.map((p) => p.display)).toContain('Ramtin Volkery');
  });
});

describe('Arabic words written letter by letter', () => {
  it('never open with two consonants: the unprinted short vowel is written a', () => {
    expect(nativeDisplayName('عبد القهار بلخي', none)).toBe('Abdul Qahar Balkhi');
    expect(nativeDisplayName('تشاووش', none)).not.toMatch(/^Ta/u);
  });
});

describe('one entry for one display name', () => {
  it('joins two entries of one article whose display names are the same letters', () => {
    const kb = invented([
      'زيارة\nكتب المتحدث على تويتر أن "الوزير التقى الشيخ عبد الله بن راشد آل ثاني، أحد أفراد الأسرة".\nوأعلن الشيخ عبدالله بن راشد آل ثاني، خلال الاجتماع، تأسيس جمعية.',
    ]);
    const shown = kb.people.filter((p) => p.display === 'Abdullah bin Rashid Al Thani');
    expect(shown).toHaveLength(1);
  });

  it('writes a Hindi patronymic particle as the particle, not as a listed given name', () => {
    const kb = invented(['बयान\nओमान के विदेश मंत्री सालेम बिन नासिर अल हारसी ने कहा कि बातचीत अच्छी रही।']);
    expect(kb.people.map((p) => p.display)).toContainEqual(expect.stringMatching(/^\p{L}+ bin Nasir/u));
  });

  it('takes no corpus word that adds a first vowel the Devanagari does not write', () => {
    const kb = invented(['बयान\nब्रिटिश विदेश मंत्री डोमिनिक राब ने कहा कि बातचीत अच्छी रही।', 'Gulf\nThe Arab League and the Qatari side met.']);
    const shown = kb.people.map((p) => p.display).find((d) => d.startsWith('Domini'));
    expect(shown).toBeDefined();
    expect(shown).not.toMatch(/Arab|Qatari/u);
  });
});
