import { describe, expect, it } from 'vitest';
import { hasWord } from '../../src/grammar/tokens.ts';
import { TITLE_WORDS } from '../../src/grammar/titles.ts';

describe('hasWord', () => {
  const titles = TITLE_WORDS.firstWords();
  it('finds a word of the set in any language, with or without an Arabic clitic', () => {
    expect(hasWord('रूसी विदेश मंत्री लावरोव ने कहा', 'hin', new Set(['मंत्री']))).toBe(true);
    expect(hasWord('The foreign minister of Qatar arrived.', 'eng', titles)).toBe(true);
    expect(hasWord('وقال الرئيس الأفغاني', 'arb', titles)).toBe(true);
  });

  it('finds none in a sentence without one, or in an empty text', () => {
    expect(hasWord('Talks went on in Doha until late.', 'eng', new Set(['minister']))).toBe(false);
    expect(hasWord('', 'eng', titles)).toBe(false);
    expect(hasWord('बैठक दोहा में हुई', 'hin', new Set(['मंत्री']))).toBe(false);
  });
});
