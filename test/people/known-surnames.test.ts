import { describe, expect, it } from 'vitest';
import { knownSurnames } from '../../src/people/known-surnames.ts';
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
});
