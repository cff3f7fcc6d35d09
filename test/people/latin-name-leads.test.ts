import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const displays = (texts: string[]): string[] => invented(texts).people.map((p) => p.display);

describe('English names that no title introduces', () => {
  it('takes two or three capitalised words led by a listed given name for a person', () => {
    const kb = invented(['Talks\nAbdulaziz Tormanov and his delegation met Foreign Minister Amir Khan Muttaqi in Kabul on Monday.']);
    expect(kb.people.map((p) => p.display)).toContain('Abdulaziz Tormanov');
    expect(kb.contacts.some((c) => [c.a, c.b].includes('abdulaziz-tormanov'))).toBe(true);
  });

  it('leaves out ordinary words the article also writes in lower case, places and longer capitalised runs', () => {
    const shown = displays(['News\nWill Kabul fall? We will see, said Foreign Minister Tom Lane.\nThe Grant Thornton Consulting Group said so.\nMay Taliban rule last?']);
    expect(shown).toEqual(['Tom Lane']);
  });
});
