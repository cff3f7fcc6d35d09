import { describe, expect, it } from 'vitest';
import { wordForms } from '../../src/languages/analyze.ts';
import { LEXICON } from '../../src/text/lexicon.ts';
import { conceptAt } from '../../src/search/concepts.ts';

const words = (text: string) => text.split(' ').map((t) => ({ text: t, forms: wordForms(t) }));
const concept = (text: string, i = 0) => conceptAt(words(text), i)?.entry.concept;

describe('lexicon concepts in queries', () => {
  it('finds concepts in every language, inflected', () => {
    expect(concept('Kabul airport', 1)).toBe('airport');
    expect(concept('हवाई अड्डे')).toBe('airport');
    expect(concept('مطار')).toBe('airport');
    expect(concept('refugees')).toBe('refugees');
    expect(concept('दूतावास')).toBe('embassy');
  });
  it('prefers the longest phrase', () => {
    expect(concept('foreign minister Lavrov')).toBe('foreign minister');
    expect(conceptAt(words('foreign minister Lavrov'), 0)?.length).toBe(2);
    expect(concept('minister')).toBe('minister');
  });
  it('matches an acronym that is also a common word only in capitals', () => {
    expect(concept('US embassy')).toBe('United States');
    expect(concept('us')).toBeUndefined();
  });
  it('has unique concept labels and a spelling in every language', () => {
    expect(new Set(LEXICON.map((e) => e.concept)).size).toBe(LEXICON.length);
    for (const e of LEXICON) for (const list of [e.eng, e.hin, e.arb]) expect(list.length).toBeGreaterThan(0);
  });
});
