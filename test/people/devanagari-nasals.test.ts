import { describe, expect, it } from 'vitest';
import { sameWord } from '../../src/people/names.ts';
import { invented } from './helpers.ts';

/* Devanagari pages drop or add a nasal (ं, ँ, a half न/म) in one name from line to line. */
describe('Devanagari name words with and without a nasal', () => {
  it.each([
    ['एजेला', 'एंजेला'],
    ['एजेंला', 'एंजेला'],
    ['एन्जेला', 'एंजेला'],
    ['जयशकर', 'जयशंकर'],
    ['सतोष', 'संतोष'],
    ['चादनी', 'चाँदनी'],
    ['कबोज', 'कम्बोज'],
  ])('%s is %s', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
  });

  it.each([
    ['मेहता', 'मेहंदी'],
    ['संतोष', 'सतीश'],
    ['कंवल', 'कमल'],
  ])('%s is not %s', (a, b) => {
    expect(sameWord(a, b)).toBe(false);
  });

  it('one titled person written with and without the nasal in one article is one entry', () => {
    const kb = invented([
      'ब्रिटेन की प्रधानमंत्री सेलिंदा कोर्बान और पुतिन ने की मुलाकात\nब्रिटेन की प्रधानमंत्री सेंलिंदा कोर्बान ने शुक्रवार को मास्को में रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। ब्रिटेन की प्रधानमंत्री सेलिंदा कोर्बान ने कहा कि बातचीत अच्छी रही।',
      'खबर\nब्रिटेन की प्रधानमंत्री सेंलिंदा कोर्बान ने सोमवार को दिल्ली में भारत के विदेश मंत्री से बात की।',
    ]);
    expect(kb.people.filter((p) => p.native.some((n) => n.endsWith('कोर्बान'))).length).toBe(1);
  });

  it('two titled people whose names differ by more than a nasal stay two', () => {
    const kb = invented([
      'खबर\nब्रिटेन की प्रधानमंत्री सेलिंदा कोर्बान ने शुक्रवार को मास्को में रूस के राष्ट्रपति से मुलाकात की, जबकि ब्रिटेन की मंत्री मेलिंदा कोर्बान दिल्ली में थीं।',
    ]);
    expect(kb.people.filter((p) => p.native.some((n) => n.endsWith('कोर्बान'))).length).toBe(2);
  });
});
