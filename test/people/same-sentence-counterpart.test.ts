import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* A counterpart of a nationality that its own sentence has just named: that person, not someone new. */
const roleOnly = (texts: string[]) => invented(texts).people.filter((p) => p.native.length === 0 && !/[A-Z][a-z]+ [A-Z]/u.test(p.display)).map((p) => p.display);
const count = (texts: string[]) => invented(texts).people.length;

describe('a counterpart the same sentence named before', () => {
  const arabic = [
    'خبر\nوقال وزير الخارجية الفرنسي جان دوبوا، عقب محادثات مع وزير الخارجية الكويتي الشيخ ناصر الصباح، إن المحادثات مع نظيره الكويتي تناولت الوضع في أفغانستان.',
    'خبر\nوأوضح وزير الدفاع الألماني كارل فيبر، بعد لقائه رئيس الوزراء الباكستاني عمران خان في إسلام آباد، أن لقاءه مع نظيره الباكستاني كان مثمرا.',
  ];
  it.each(arabic)('Arabic: %s', (text) => {
    expect(count([text])).toBe(2);
  });

  it('English: his counterpart of the nationality just named', () => {
    expect(count(['News\nFrench Foreign Minister Jean Dubois said after talks with Kuwaiti Foreign Minister Nasser Al Sabah that his talks with his Kuwaiti counterpart covered Afghanistan.'])).toBe(2);
  });

  it('still a person known only by the role when no one of that nationality is named', () => {
    const kb = invented(['خبر\nوقال وزير الخارجية الفرنسي جان دوبوا إنه بحث مع نظيره الكويتي الوضع في أفغانستان.']);
    expect(kb.people.length).toBe(2);
    expect(roleOnly(['خبر\nوقال وزير الخارجية الفرنسي جان دوبوا إنه بحث مع نظيره الكويتي الوضع في أفغانستان.']).length).toBe(1);
  });
});
