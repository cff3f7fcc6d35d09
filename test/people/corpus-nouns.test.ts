import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* After a title, a common noun that another article writes with the article ال ends the name (the
 * title's holder goes unnamed), as one its own article writes so already does. */
const natives = (texts: string[]) => invented(texts).people.flatMap((p) => p.native).sort();

describe('a noun another article writes with ال', () => {
  it.each([
    ['وبحث وزير الخارجية الإيراني مستقبل العلاقات مع كابول.', 'وقال المسؤول إن المستقبل غامض.'],
    ['وتابع رئيس الوزراء الباكستاني ملف اللاجئين عن كثب.', 'وأغلق المحققون الملف دون نتيجة.'],
    ['واستعرض الأمين العام وضع المساعدات الإنسانية.', 'وقال إن الوضع في كابول صعب.'],
  ])('%s', (titled, other) => {
    expect(natives([`خبر\n${titled}`, `خبر\n${other}`])).toEqual([]);
  });

  it('a surname made from a place or tribe (nisba) may still take the article elsewhere', () => {
    const texts = ['خبر\nوقال وزير الخارجية الأفغاني أمير خان متقي إن الحكومة مستعدة.', 'خبر\nوأضاف المتقي أن الحوار مستمر.'];
    expect(natives(texts)).toContain('أمير خان متقي');
  });
});
