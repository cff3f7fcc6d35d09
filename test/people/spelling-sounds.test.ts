/**
 * A name ending in ية is read iya, its ي a doubled glide before the ending (عطية Attiyah, سمية
 * Sumaya, رقية Ruqayya): Latin and Devanagari spellings write the y, and a member typing them reaches
 * the person the Arabic text names. German sch, likewise, is the sh Arabic and Hindi write.
 */
import { describe, expect, it } from 'vitest';
import { soundProfile, phoneticSimilar } from '../../src/text/phonetic.ts';
import { findPerson, nameIndex } from '../../src/people/lookup.ts';
import { invented } from './helpers.ts';

describe('Arabic final ية as iya', () => {
  it('sounds', () => {
    expect(soundProfile('عطية').sounds).toBe('tiya');
    expect(soundProfile('سمية').sounds).toBe('smiya');
    // Not other final ي or ة.
    expect(soundProfile('كاظمي').sounds.endsWith('iya')).toBe(false);
    expect(soundProfile('فاطمة').sounds.endsWith('iya')).toBe(false);
  });

  it.each([
    ['عطية', 'अतिया'],
    ['العطية', 'Al-Attiyah'],
    ['رقية', 'Ruqiya'],
  ])('%s ~ %s', (a, b) => expect(phoneticSimilar(a, b)).toBe(true));

  it.each([
    ['وقال وزير الدفاع القطري خالد بن محمد العطية، إن الزيارة مهمة.', ['Khalid al-Attiyah', 'Khalid bin Mohammad Al Attiyah']],
    ['وأكدت الوزيرة سمية عبد الله أن اللقاء مثمر.', ['Sumaya Abdullah', 'Somaya Abdallah']],
  ])('%s', (text, queries) => {
    const kb = invented([`عنوان\n${text}`]);
    const index = nameIndex(kb);
    for (const q of queries) expect(findPerson(index, q).person, q).toBeDefined();
  });
});

describe('German sch is sh in Latin spellings', () => {
  it.each([
    ['Schallenberg', 'شالنبرغ'],
    ['Schallenberg', 'शालेनबर्ग'],
    ['Schumer', 'شومر'],
    ['Fischer', 'फिशर'],
    ['Schmidt', 'شميدت'],
  ])('%s ~ %s', (a, b) => expect(phoneticSimilar(a, b)).toBe(true));

  it('reaches a German minister the Arabic text names, typed in German spelling', () => {
    const kb = invented(['عنوان\nوقال وزير الخارجية النمساوي ألكسندر شالنبرغ إن اللقاء مهم.']);
    expect(findPerson(nameIndex(kb), 'Schallenberg').person).toBeDefined();
  });
});
