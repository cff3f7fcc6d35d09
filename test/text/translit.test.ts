import { describe, expect, it } from 'vitest';
import { displayLatin, toLatin } from '../../src/text/translit.ts';
import { deleteSchwas } from '../../src/text/schwa.ts';
import { arabicToLatin } from '../../src/text/arabicLatin.ts';

describe('Devanagari to Latin', () => {
  it('deletes the silent schwas of Hindi', () => {
    expect(toLatin('लावरोव')).toBe('lavrov');
    expect(toLatin('सरकार')).toBe('sarkar');
    expect(toLatin('राजनयिक')).toBe('rajanyik');
    expect(toLatin('नागरिकों')).toBe('nagrikon');
    expect(toLatin('बातचीत')).toBe('batchit');
  });
  it('keeps the final schwa after a cluster ending in a liquid or semivowel', () => {
    expect(toLatin('मंत्र')).toBe('mantra');
    expect(toLatin('धर्म')).toBe('dharm');
    expect(deleteSchwas('न')).toBe('न');
    expect(deleteSchwas('मंत्र')).toBe('मंत्र');
    expect(deleteSchwas('काबुल')).toBe('काबुल्');
  });
  it('folds nukta and candra vowels first', () => {
    expect(toLatin('अफ़्ग़ानिस्तान')).toBe('afganistan');
    expect(toLatin('मॉस्को')).toBe('masko');
    expect(toLatin('सिंह')).toBe('singh');
    expect(toLatin('मास्को')).toBe('masko');
  });
  it('writes IAST letters in plain ASCII', () => {
    expect(toLatin('जयशंकर')).toBe('jayshankar');
    expect(toLatin('छेड़छाड़')).toBe('chhedchhad');
    expect(toLatin('कृष्ण')).toBe('krishn');
  });
});

describe('Arabic to Latin', () => {
  it('reads و and ي as long vowels between consonants and as glides elsewhere', () => {
    expect(toLatin('بوتين')).toBe('butin');
    expect(toLatin('لافروف')).toBe('lafruf');
    expect(toLatin('واشنطن')).toBe('washntn');
    expect(toLatin('حوار')).toBe('hwar');
  });
  it('reads و after a medial alif and before a consonant as the u of a foreign au, a glide elsewhere', () => {
    expect(arabicToLatin('ماورير')).toBe('maurir');
    expect(arabicToLatin('باور')).toBe('baur');
    expect(arabicToLatin('كلاوس')).toBe('klaus');
    expect(arabicToLatin('داوود')).toBe('dawud');
    expect(arabicToLatin('ماو')).toBe('maw');
    expect(arabicToLatin('ساويرس')).toBe('sawirs');
  });

  it('writes names as English news spells them, without short vowels', () => {
    expect(toLatin('طالبان')).toBe('talban');
    expect(toLatin('كابول')).toBe('kabul');
    expect(toLatin('فلاديمير')).toBe('fladimir');
    expect(toLatin('عمران')).toBe('amran');
  });
  it('handles Urdu letters and ignores harakat', () => {
    expect(toLatin('پاکستان')).toBe('pakstan');
    expect(toLatin('الأَمْنِ')).toBe('alamn');
  });
});

describe('toLatin and displayLatin', () => {
  it('passes Latin through, lowercased and without accents', () => {
    expect(toLatin('Tiānwān')).toBe('tianwan');
    expect(toLatin('Москва')).toBe('moskva');
  });
  it('transliterates each word of a phrase', () => {
    expect(toLatin('सर्गेई लावरोव')).toBe('sargei lavrov');
    expect(displayLatin('सर्गेई लावरोव')).toBe('Sargei Lavrov');
    expect(displayLatin('فلاديمير بوتين')).toBe('Fladimir Butin');
    expect(displayLatin(' , ')).toBe('');
  });
  it('writes a or ā with y before a consonant as the diphthong ai, and a final ay as it is', () => {
    expect(displayLatin('रायकर')).toBe('Raikar');
    expect(displayLatin('जयपाल')).toBe('Jaipal');
    expect(displayLatin('अजय')).toBe('Ajay');
    expect(toLatin('रायकर')).toBe('raykar');
  });
});
