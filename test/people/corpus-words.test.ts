import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* Articles that each write an ordinary word once where a name could stand (after a title, a role or
 * a definite word), beside articles that show the same word as a verb or with the article ال. */
const natives = (texts: string[]) => invented(texts).people.flatMap((p) => p.native).sort();

describe('a word another article inflects or writes with ال is no name', () => {
  it('a verb run on to a title by a missing space after the full stop', () => {
    const texts = [
      'خبر\nتلقى الوزير اتصالا من وزير الخارجية الياباني.جرى خلال الاتصال بحث العلاقات الثنائية.',
      'خبر\nوقال المسؤول إن المحادثات يجري الإعداد لها في الدوحة.',
    ];
    expect(natives(texts)).toEqual([]);
    const texts2 = [
      'خبر\nاستقبل الرئيس سفير المملكة المتحدة.جرى خلال اللقاء تبادل وجهات النظر.',
      'خبر\nوأضاف أن التنسيق يجري بين البلدين.',
    ];
    expect(natives(texts2)).toEqual([]);
  });

  it('a verb with the particle لـ after a definite noun, where a foreign given name could stand', () => {
    const texts = [
      'خبر\nودعا المبعوث إلى ترك الشعب السوري ليقرر مستقبله بنفسه.',
      'خبر\nوقرر المجلس تأجيل الاجتماع إلى الأسبوع المقبل.',
    ];
    expect(natives(texts)).toEqual([]);
  });

  it('still finds real names that no article inflects', () => {
    const texts = [
      'خبر\nوقال الناشط الفرنسي البارز دميتري فولكوف إن الوضع صعب.',
      'خبر\nوقرر المجلس تأجيل الاجتماع، وجرت المحادثات في الدوحة.',
    ];
    expect(natives(texts)).toContain('دميتري فولكوف');
  });
});
