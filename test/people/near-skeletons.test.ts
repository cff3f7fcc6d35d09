/**
 * Two entries of one office and nationality sharing a long name word: the other word may be
 * back-transliterated with another first letter and vowels, one consonant apart at most.
 */
import { describe, expect, it } from 'vitest';
import { nearJoins, nearNames } from '../../src/people/near-display.ts';

describe('names one consonant apart beside a shared word and one office', () => {
  it.each([
    ['Ejela Merkel', 'Angela Merkel'],
    ['Jamil Kabulov', 'Zamir Kabulov'],
    ['Martin Gharifith', 'Martin Griffiths'],
    ['Sirojiddin Mahroldin', 'Sirojiddin Muhriddin'],
  ])('%s ~ %s with one office', (a, b) => {
    expect(nearNames(a, b, true)).toBe(true);
    expect(nearNames(a, b, false)).toBe(false);
  });

  it.each([
    ['Hamad Al Thani', 'Tamim Al Thani'],
    ['Nadia Merkel', 'Sonja Merkel'],
    ['Rahul Gandhi', 'Sonia Gandhi'],
    ['Ejela Merkel', 'Angela Schulz'],
  ])('%s ≁ %s even with one office', (a, b) => expect(nearNames(a, b, true)).toBe(false));
});

describe('one office of an international body, which gives no nationality', () => {
  const candidate = (display: string, role: string, article: number) => ({ display, role, articles: new Set([article]), scripts: new Map([[article, new Set(['arabic'])]]) });
  it.each([
    ['Martin Gharifith', 'Martin Griffiths', 'secretary-general'],
    ['Juzib Vorel', 'Josep Vorel', 'high representative'],
    ['Karin Velder', 'Karin Felder', 'special rapporteur'],
  ])('%s and %s, both %s, are one', (a, b, role) => {
    expect(nearJoins([candidate(a, role, 1), candidate(b, role, 2)])).toEqual([0, 0]);
  });

  it.each([
    ['Martin Gharifith', 'secretary-general', 'Martin Griffiths', 'high representative'],
    ['Hamad Al Thani', 'emir', 'Tamim Al Thani', 'emir'],
    ['Nadia Velder', 'special rapporteur', 'Sonja Velder', 'special rapporteur'],
  ])('%s (%s) and %s (%s) stay two', (a, ra, b, rb) => {
    expect(nearJoins([candidate(a, ra, 1), candidate(b, rb, 2)])).toEqual([0, 1]);
  });
});
