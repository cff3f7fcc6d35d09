import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const people = (text: string) => invented([text]).people.map((p) => `${p.native[0]} | ${p.role ?? ''}`).sort();

describe('Arabic dual offices shared out by nationality ("الرئيسان الصيني X والروسي Y")', () => {
  it('names both holders, each with their nationality', () => {
    expect(people('محادثات\nوبحث الرئيسان الكازاخي قاسم توكاييف والأوزبكي شوكت ميرزاييف التعاون الإقليمي.')).toEqual([
      'شوكت ميرزاييف | Uzbek president',
      'قاسم توكاييف | Kazakh president',
    ]);
    expect(people('لقاء\nوناقش رئيسا الوزراء الهندي راجيش كومار والياباني كينجي ساتو التجارة.')).toEqual([
      'راجيش كومار | Indian prime minister',
      'كينجي ساتو | Japanese prime minister',
    ]);
  });

  it('ends the first name at a time word ("الاسبوع المقبل") and takes no ordinary word after the office for a name', () => {
    expect(people('محادثات\nوبحث الرئيسان الصيني وانغ شيانغ الاسبوع الماضي التعاون.')).toEqual(['وانغ شيانغ | Chinese president']);
    expect(people('زيارة\nوسيزور وزير الخارجية القطري محمد الخليفي الشهر المقبل طهران.')).toEqual(['محمد الخليفي | Qatari foreign minister']);
    expect(people('محادثات\nكما ناقش الرئيسان آخر تطورات الوضع في المنطقة.')).toEqual([]);
  });
});
