import { afterEach, describe, expect, it } from 'vitest';
import { registerPack, unregisterPack } from '../../src/languages/index.ts';
import { happeningWords } from '../../src/events/function-words.ts';
import { foldTerm } from '../../src/text/normalize.ts';
import { toyUrdu } from '../languages/toy-pack.ts';

const has = (set: ReadonlySet<string>, word: string) => set.has(foldTerm(word));

describe('the happening grammar reads each language’s own function words', () => {
  afterEach(() => unregisterPack('urd'));

  it('a Hindi clause opens only at Hindi words, an Arabic one only at Arabic words', () => {
    expect(has(happeningWords('hin').complementizers, 'कि')).toBe(true);
    expect(has(happeningWords('hin').complementizers, 'that')).toBe(false);
    expect(has(happeningWords('hin').complementizers, 'أن')).toBe(false);
    expect(has(happeningWords('arb').complementizers, 'أن')).toBe(true);
    expect(has(happeningWords('eng').complementizers, 'कि')).toBe(false);
  });

  it('pronoun subjects and connectives are per language', () => {
    expect(has(happeningWords('eng').subjectPronouns, 'he')).toBe(true);
    expect(has(happeningWords('hin').subjectPronouns, 'उन्होंने')).toBe(true);
    expect(has(happeningWords('hin').subjectPronouns, 'he')).toBe(false);
    expect(has(happeningWords('eng').connectives, 'वहीं')).toBe(false);
  });

  it('Urdu, written in the Arabic script, gets none of the Arabic words until its own pack lists them', () => {
    expect(has(happeningWords('urd').anterior, 'قبل')).toBe(false);
    registerPack(toyUrdu());
    expect(has(happeningWords('urd').anterior, 'قبل')).toBe(false);
    expect(happeningWords('urd').complementizers.size).toBe(0);
    unregisterPack('urd');
    registerPack(toyUrdu({ happenings: { rows: [], complementizers: ['کہ'], anterior: ['پہلے', 'قبل'] } }));
    expect(has(happeningWords('urd').complementizers, 'کہ')).toBe(true);
    expect(has(happeningWords('urd').anterior, 'قبل')).toBe(true);
    expect(has(happeningWords('urd').complementizers, 'أن')).toBe(false);
  });
});
