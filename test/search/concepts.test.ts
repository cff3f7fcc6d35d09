import { afterEach, describe, expect, it } from 'vitest';
import { wordForms } from '../../src/languages/analyze.ts';
import { allPacks, packFor, registerPack, unregisterPack } from '../../src/languages/index.ts';
import { hindi } from '../../src/languages/hin/index.ts';
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
  it('has, in every built-in pack, each concept once and with a spelling', () => {
    const labels = (code: string) => (packFor(code)?.concepts ?? []).map(([c]) => c);
    for (const pack of allPacks()) {
      expect(new Set(labels(pack.code)).size).toBe(labels(pack.code).length);
      expect(new Set(labels(pack.code))).toEqual(new Set(labels('eng')));
      for (const [, spellings] of pack.concepts ?? []) expect(spellings.length).toBeGreaterThan(0);
    }
  });

  describe('with a pack registered later', () => {
    afterEach(() => registerPack(hindi));
    it("reads its spellings, and no longer the spellings of a pack removed", () => {
      // A Hindi pack that also writes the airport as "विमानपत्तन" (invented for the test).
      registerPack({ ...hindi, concepts: [...(hindi.concepts ?? []), ['airport', ['विमानपत्तन']]] });
      expect(concept('विमानपत्तन')).toBe('airport');
      unregisterPack('hin');
      expect(concept('दूतावास')).toBeUndefined();
      expect(concept('مطار')).toBe('airport');
    });
  });
});
