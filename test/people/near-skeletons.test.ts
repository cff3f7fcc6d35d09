/**
 * Two entries of one office and nationality sharing a long name word: the other word may be
 * back-transliterated with another first letter and vowels, one consonant apart at most.
 */
import { describe, expect, it } from 'vitest';
import { nearNames } from '../../src/people/near-display.ts';

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
