import { describe, expect, it } from 'vitest';
import { knownSurnames } from '../../src/people/known-surnames.ts';
import { oneVowelApart } from '../../src/people/surname-variants.ts';
import { foldTerm } from '../../src/text/normalize.ts';
import { contactLines, invented } from './helpers.ts';

describe('surnames known from names that titles introduce elsewhere in the corpus', () => {
  it('are the last words of one person’s names, never words shared by two people', () => {
    expect(knownSurnames(['व्लादिमीर पुतिन', 'इमरान खान', 'अमीर खान मुत्तकी'])).toEqual(['पुतिन', 'मुत्तकी']);
    expect(knownSurnames(['सर्गेई लावरोव', 'सर्गेइ लावरोव'])).toEqual(['लावरोव']);
    expect(knownSurnames(['मोहम्मद हसन अखुंद', 'हिबतुल्लाह अखुंद'])).toEqual([]);
    expect(knownSurnames(['जॉन सिंह', 'राजनाथ सिंह'])).toEqual([]);
  });

  it('refuse a title run on into ordinary words', () => {
    // "and a senior official", "Raab developments", a five-word run-on.
    expect(knownSurnames(['ومسؤول كبير'])).toEqual([]);
    expect(knownSurnames(['دومينيك راب تطورات'])).toEqual([]);
    expect(knownSurnames(['وقتها أشرف غني تضمن مناقشة'])).toEqual([]);
    expect(knownSurnames(['فلاديمير بوتين'])).toEqual(['بوتين']);
    // "Dr. S. Jaishankar bilateral (meetings)".
    expect(knownSurnames(['एस जयशंकर द्विपक्षीय'])).toEqual([]);
  });

  it('learn a surname from initials before it, when the initials fit the full names given elsewhere', () => {
    // "एस विनोद" (S. Vinod) teaches विनोद; a full name with another first letter makes it no one's.
    expect(knownSurnames(['एस विनोदकर'])).toEqual(['विनोदकर']);
    expect(knownSurnames(['एस विनोदकर', 'सुरेश विनोदकर'])).toEqual(['विनोदकर']);
    expect(knownSurnames(['एस विनोदकर', 'रमेश विनोदकर'])).toEqual([]);
    // A name run on into a contact noun makes its surname no first word ("विनोदकर मुलाकात").
    expect(knownSurnames(['सुरेश विनोदकर', 'विनोदकर मुलाकात'])).toEqual(['विनोदकर']);
  });

  it('let an article that writes the surname alone find the person and the contact', () => {
    const kb = invented([
      'रूस के राष्ट्रपति व्लादिमीर पुतिन ने सोमवार को बयान दिया।',
      'भारत के प्रधानमंत्री नरेंद्र मोदी ने कहा कि बातचीत अच्छी रही।',
      'पुतिन और मोदी ने मंगलवार को फोन पर बातचीत की।',
    ]);
    const third = kb.people.filter((p) => p.mentions.some((m) => m.article === 2)).map((p) => p.display);
    expect(third.sort()).toEqual(['Narendra Modi', 'Vladimir Putin']);
    expect(contactLines(kb)).toContain('Vladimir Putin – Narendra Modi: phone call, 2021-08-31');
  });

  it('let an article find a surname that other articles only write after initials', () => {
    const kb = invented([
      'भारत के विदेश मंत्री एस विनोदकर ने सोमवार को बयान दिया।',
      'रूस के विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत अच्छी रही।',
      'विनोदकर ने मंगलवार को लावरोव से मुलाकात की।',
    ]);
    const third = kb.people.filter((p) => p.mentions.some((m) => m.article === 2)).map((p) => p.display);
    // Shown with the initials the first article writes (display-choice: one name word, initials win).
    expect(third.sort()).toEqual(['S. Vinodkar', 'Sergey Lavrov']);
  });
});

describe('a known surname spelled with one vowel more, less or other (issue 11)', () => {
  it('finds the person in an article that spells the surname so, alone', () => {
    const kb = invented([
      'अमेरिका के राष्ट्रपति जो बाइडेन ने सोमवार को बयान दिया।',
      'ब्रिटेन के प्रधानमंत्री बोरिस जॉनसन ने कहा कि बातचीत अच्छी रही।',
      'बाइडन और जॉनसन ने मंगलवार को फोन पर बातचीत की।',
    ]);
    const third = kb.people.filter((p) => p.mentions.some((m) => m.article === 2));
    expect(third).toHaveLength(2);
    const biden = third.find((p) => p.mentions.some((m) => m.text === 'बाइडन'));
    expect(biden?.mentions.map((m) => m.article)).toContain(0);
  });

  it('takes no word for the surname that differs from it otherwise or only in its ending', () => {
    expect(oneVowelApart(foldTerm('बाइडन'), foldTerm('बाइडेन'))).toBe(true);
    expect(oneVowelApart(foldTerm('मुद्दे'), foldTerm('मोदी'))).toBe(false);
    // رئيسا "as president" is an inflection of رئيس, not the name رئيسي (Raisi).
    expect(oneVowelApart(foldTerm('رئيسا'), foldTerm('رئيسي'))).toBe(false);
    expect(oneVowelApart(foldTerm('बाइडन'), foldTerm('बाइडन'))).toBe(false);
  });
});

describe('मुखिया (head) after a genitive (issue 11)', () => {
  it('introduces the full name after it', () => {
    const kb = invented(['दोहा में तालिबान के राजनीतिक कार्यालय के मुखिया करीम शाह नवाज़ी को भेजा गया था।']);
    expect(kb.people.flatMap((p) => p.mentions.map((m) => m.text))).toContain('करीम शाह नवाज़ी');
  });

  it('introduces nobody alone, as "main" or without a full name', () => {
    const kb = invented(['गांव के मुखिया ने कहा कि सड़क बनेगी।']);
    expect(kb.people).toEqual([]);
  });
});

describe('a doubled name (Abdullah Abdullah)', () => {
  it('teaches its word as a surname: the one word is the name the full name doubles', () => {
    expect(knownSurnames(['नसरुल्ला नसरुल्ला', 'हामिद करजई'])).toContain('नसरुल्ला');
  });

  it('finds the person named by that word alone in another article', () => {
    const kb = invented([
      'खबर\nपरिषद के अध्यक्ष नसरुल्ला नसरुल्ला ने कहा कि वार्ता जारी रहेगी।',
      'खबर\nबैठक में शांति परिषद के प्रमुख नसरुल्ला भी मौजूद थे।',
    ]);
    expect(kb.people.find((p) => p.native.includes('नसरुल्ला नसरुल्ला'))?.articles).toEqual([0, 1]);
  });

  it('still leaves a word that is another full name\'s given name unknown alone', () => {
    expect(knownSurnames(['नसरुल्ला नसरुल्ला', 'नसरुल्ला हकीमी'])).not.toContain('नसरुल्ला');
  });
});
