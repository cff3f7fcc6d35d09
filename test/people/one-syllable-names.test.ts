import { describe, expect, it } from 'vitest';
import { sameWord } from '../../src/people/names.ts';
import { invented } from './helpers.ts';

/* A name word of one consonant and one vowel (Yi, Yu, Li, Lu) is told from another by its vowel. */
describe('one-syllable name words', () => {
  it.each([
    ['Yi', 'Yu'],
    ['يي', 'يو'],
    ['Li', 'Lu'],
    ['لي', 'لو'],
    ['Ma', 'Mi'],
  ])('%s is not %s', (a, b) => {
    expect(sameWord(a, b)).toBe(false);
  });

  it.each([
    ['Yi', 'يي'],
    ['Yi', 'Yee'],
    ['यी', 'يي'],
    ['Mo', 'مو'],
    ['Li', 'ली'],
    ['شي', 'شى'],
    ['لي', 'لى'],
    ['शि', 'शी'],
  ])('%s is %s', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
  });

  it('two Chinese officials with one surname in one article stay two people', () => {
    const kb = invented([
      'خبر\nوالتقى سفير الصين لدى كابول وانغ يو وزير الخارجية الأفغاني في كابول، فيما استقبل وزير الخارجية الصيني وانغ يي وفدا من الحركة في بكين.',
    ]);
    expect(kb.people.map((p) => p.native[0]).filter((n) => n?.startsWith('وانغ')).sort()).toEqual(['وانغ يو', 'وانغ يي']);
  });
});
