import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* A compound given name led by a particle (عبد الرحيم, أبو بكر) is one name word: known alone from
 * one article, it still lets a surname follow it in another; and عبد written joined to the word
 * before it (أميرعبد اللهيان) still leads the divine name after it. */
const natives = (texts: string[]) => invented(texts).people.map((p) => p.native.join(' / ')).sort();

describe('compound given names', () => {
  it('a surname after a particle compound the corpus knows alone', () => {
    const texts = [
      'خبر\nوقال الملا عبد الرحيم، إن الحركة مستعدة للحوار.',
      'خبر\nوالتقى وزير الخارجية الإيراني الملا عبد الرحيم شيرزاد في كابول وبحثا القضايا الثنائية.',
      'خبر\nوأجرى الوفد محادثات مع الملا عبد الرحيم شيرزاد رئيس المكتب السياسي.',
    ];
    const found = natives(texts);
    expect(found.some((n) => n.includes('عبد الرحيم شيرزاد'))).toBe(true);
    expect(found.filter((n) => n === 'شيرزاد')).toEqual([]);
  });

  it('أبو and its word, then a surname', () => {
    const texts = [
      'خبر\nوقال الشيخ أبو بكر إن اللقاء كان مثمرا.',
      'خبر\nواستقبل الرئيس الشيخ أبو بكر الزبيدي في الرياض وناقش معه الأوضاع.',
    ];
    expect(natives(texts).some((n) => n.includes('أبو بكر الزبيدي'))).toBe(true);
  });

  it('عبد joined to the word before it keeps the divine name after it', () => {
    const texts = ['خبر\nواجتمع وزير الخارجية الإيراني حسين أميرعبد اللهيان في مشهد بنظيره العماني بدر البوسعيدي.'];
    expect(natives(texts).some((n) => n.includes('حسين أميرعبد اللهيان'))).toBe(true);
  });
});
