import { describe, expect, it } from 'vitest';
import { chineseName, syllablesOf } from '../../src/text/chineseLatin.ts';
import { nativeDisplayName } from '../../src/people/display.ts';

describe('Chinese names in pinyin', () => {
  it('reads a name written a syllable a word in Arabic script', () => {
    expect(chineseName(['شي', 'جين', 'بينغ'])).toBe('Xi Jinping');
    expect(chineseName(['وانغ', 'يي'])).toBe('Wang Yi');
    expect(chineseName(['وانج', 'يي'])).toBe('Wang Yi');
    expect(chineseName(['هوا', 'تشون', 'ينغ'])).toBe('Hua Chunying');
    expect(chineseName(['تشين', 'قانغ'])).toBe('Qin Gang');
  });

  it('splits a given name written as one word into its syllables for a person the text calls Chinese', () => {
    expect(chineseName(['शी', 'चिनफिंग'], true)).toBe('Xi Jinping');
    expect(chineseName(['वांग', 'वेनबिन'], true)).toBe('Wang Wenbin');
    expect(chineseName(['झाओ', 'लिजियान'], true)).toBe('Zhao Lijian');
    expect(chineseName(['ली', 'केकियांग'], true)).toBe('Li Keqiang');
    expect(syllablesOf('जियांगहाओ')?.syllables).toEqual(['jiang', 'hao']);
  });

  it('leaves names that are not a Chinese surname and syllables alone', () => {
    expect(chineseName(['محمد', 'علي'])).toBeUndefined();
    expect(chineseName(['अमित', 'शाह'])).toBeUndefined();
    expect(chineseName(['مون', 'جاي', 'إن'])).toBeUndefined();
    expect(chineseName(['वांग'])).toBeUndefined();
    // Two syllables in one word fit other languages' names too: only for a person called Chinese.
    expect(chineseName(['جو', 'بايدن'])).toBeUndefined();
    expect(chineseName(['शी', 'चिनफिंग'])).toBeUndefined();
    expect(chineseName(['जो', 'बाइडन'])).toBeUndefined();
    expect(chineseName(['ली', 'अमीन'])).toBeUndefined();
    expect(chineseName(['هو', 'جونسون'])).toBeUndefined();
    expect(chineseName(['मा', 'अली'])).toBeUndefined();
  });

  it('reads a given name of two common syllables written their usual way without being told the person is Chinese', () => {
    expect(chineseName(['झांग', 'वेनबिन'])).toBe('Zhang Wenbin');
    expect(chineseName(['चेन', 'जिनताओ'])).toBe('Chen Jintao');
    expect(chineseName(['लियू', 'छुनयिंग'])).toBe('Liu Chunying');
  });

  it('reads an m before a labial as the n ending the syllable before, as Hindi writes it with the anusvara', () => {
    expect(chineseName(['झांग', 'वेंबिन'])).toBe('Zhang Wenbin');
    expect(chineseName(['गाओ', 'जिंपिंग'])).toBe('Gao Jinping');
    expect(chineseName(['ली', 'मिंफेंग'], true)).toBe('Li Minfeng');
  });

  it('gives the display name of a Chinese name in either script', () => {
    expect(nativeDisplayName('هو جين تاو', new Map())).toBe('Hu Jintao');
    expect(nativeDisplayName('सुन वेइडोंग', new Map(), false, [], 'Chinese')).toBe('Sun Weidong');
    expect(nativeDisplayName('محمد بن سلمان', new Map())).toBe('Mohammed bin Salman');
  });
});
