import { describe, expect, it } from 'vitest';
import { nameForm, sameName, sameWord } from '../../src/people/names.ts';
import { invented } from './helpers.ts';

/** Each person of one invented article: its spellings as written. */
const people = (text: string) => invented([`शीर्षक\n${text}`]).people.map((p) => [...new Set(p.mentions.map((m) => m.text))].sort().join(' | ')).sort();

describe('short name words: two letters in one script are two names, not one heard two ways', () => {
  it('keeps Chinese given names of two letters apart (Wang Yi, Wang Yu; Li Bo, Li Bi)', () => {
    expect(sameWord('يي', 'يو')).toBe(false);
    expect(sameName(nameForm('وانغ يي'), nameForm('وانغ يو'))).toBe(false);
    expect(sameName(nameForm('ली बो'), nameForm('ली बी'))).toBe(false);
    expect(sameWord('يي', 'Yi')).toBe(true);
  });

  it('reads a last word shaped like an initial as a name word (वांग यू is Wang Yu, not "Wang U.")', () => {
    expect(nameForm('वांग यू').words).toEqual(['वांग', 'यू']);
    expect(nameForm('एस जयशंकर').words).toEqual(['जयशंकर']);
    expect(nameForm('जॉर्ज डब्ल्यू बुश').words).toEqual(['जॉर्ज', 'बुश']);
  });

  it('lists an ambassador and a minister who share a surname as two people', () => {
    expect(
      people('काबुल में चीन के राजदूत ली बो ने मंगलवार को विदेश मंत्री करीम शाह से मुलाकात की। इससे पहले चीन के विदेश मंत्री ली बी ने दोहा में बैठक की थी।'),
    ).toEqual(expect.arrayContaining(['ली बो', 'ली बी']));
  });
});

describe('short name words: a vowel length is a spelling, not another name', () => {
  it('keeps शि and शी one Xi', () => {
    expect(sameWord('शि', 'शी')).toBe(true);
    expect(sameName(nameForm('शि जिनपिंग'), nameForm('शी जिनपिंग'))).toBe(true);
  });
});
