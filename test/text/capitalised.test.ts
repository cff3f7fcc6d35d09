import { describe, expect, it } from 'vitest';
import { forEachCapitalised } from '../../src/text/capitalised.ts';

/* The regex the table scan stands for. */
const CAPITALISED = /(?<![\p{L}\p{M}])(?:Mc|Mac)?\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*(?![\p{L}\p{M}])/gu;

const words = (text: string) => {
  const out: string[] = [];
  forEachCapitalised(text, (w) => out.push(w));
  return out;
};

describe('forEachCapitalised', () => {
  const texts = [
    'Antony Blinken met NATO envoys in Doha.',
    'विदेश मंत्री Jaishankar ने Kabul में कहा',
    'التقى Çavuşoğlu نظيره O’Brien-Smith في أنقرة',
    'McKenzie, DeMille and iPhone; Ελλάδα and Москва; ÉTAT Élysée',
    'aBc Ab A. Zb’ Dmitry-Kuleba 2021Kabul Kabul2021 𝐀bc 𐐀𐐨𐐹',
    '',
  ];
  it.each(texts)('finds what the regex finds in %s', (text) => {
    expect(words(text)).toEqual([...text.matchAll(CAPITALISED)].map((m) => m[0]));
  });

  it('skips acronyms and lower-case words', () => {
    expect(words('UN envoy Lyons met the ISI chief')).toEqual(['Lyons']);
  });
});
