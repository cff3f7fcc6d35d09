import { describe, expect, it } from 'vitest';
import { ARABIC, DEVANAGARI, LATIN, articleLanguage, detectLanguage } from '../../src/languages/detect.ts';

describe('detectLanguage', () => {
  it('decides by script when only one configured language uses it, even for one word', () => {
    expect(detectLanguage('लावरोव')).toBe('hin');
    expect(detectLanguage('لافروف')).toBe('arb');
    expect(detectLanguage('Check Also')).toBe('eng');
    expect(detectLanguage('2021 — ?!')).toBe('und');
  });

  it('asks franc, restricted to the candidates, when configured languages share a script', () => {
    const config = [['hin', DEVANAGARI], ['mar', DEVANAGARI], ['arb', ARABIC], ['urd', ARABIC], ['eng', LATIN]] as const;
    expect(detectLanguage('रूस के विदेश मंत्री सर्गेई लावरोव और अमेरिकी विदेश मंत्री एंटनी ब्लिंकन ने अफगानिस्तान की स्थिति को लेकर चर्चा की है', config)).toBe('hin');
    expect(detectLanguage('महाराष्ट्रातील शेतकऱ्यांना यंदा पावसाने चांगली साथ दिली असून पिकांची स्थिती समाधानकारक आहे', config)).toBe('mar');
    expect(detectLanguage('هذا وأعلن الكرملين، اليوم الأربعاء، أن الوضع في أفغانستان لا يزال متوترا للغاية، وموسكو تراقبه بقلق', config)).toBe('arb');
    expect(detectLanguage('پاکستان کے وزیر اعظم نے کہا ہے کہ افغانستان میں امن کے لیے سب کو مل کر کام کرنا ہوگا', config)).toBe('urd');
  });
});

describe('articleLanguage', () => {
  it('is the language most of the text is in, not that of the first lines', () => {
    const paragraphs = [
      { lang: 'eng' as const, text: 'Good to catch up with Russian FM Sergey Lavrov.' },
      { lang: 'hin' as const, text: 'विदेश मंत्री एस जयशंकर ने मंगलवार को यहां अपने रूसी समकक्ष सर्गेई लावरोव से मुलाकात की और चर्चा की।' },
    ];
    expect(articleLanguage(paragraphs)).toBe('hin');
  });
});
