/**
 * Someone the articles know only by a role ("his Kuwaiti counterpart", "the Iranian ambassador")
 * and who takes part in no contact is no person to list: /who-met has nothing to say of them and
 * no name finds them. A role-only counterpart who met, called or wrote to someone stays.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* People shown by a role rather than a name (no native spelling, no capitalised two-word name). */
const roleOnly = (texts: string[]) => invented(texts).people.filter((p) => p.native.length === 0 && !/[A-Z][a-z]+ [A-Z]/u.test(p.display)).map((p) => p.display);

describe('a role-only person in no contact is not listed', () => {
  it.each([
    ['arb', 'خبر\nوأشاد وزير الخارجية الفرنسي جان دوبوا بموقف نظيره الكويتي من الأزمة في أفغانستان.'],
    ['arb', 'خبر\nوقال رئيس الوزراء الباكستاني عمران خان إن تصريحات نظيره الهندي لا تخدم السلام في المنطقة.'],
    ['hin', 'खबर\nभारतीय विदेश मंत्री रमेश कुमार ने अपने ईरानी समकक्ष के बयान का स्वागत किया।'],
    ['hin', 'खबर\nपाकिस्तान के प्रधानमंत्री इमरान खान ने कहा कि अपने अफगान समकक्ष की बातों पर भरोसा नहीं किया जा सकता।'],
    ['eng', 'News\nFrench Foreign Minister Jean Dubois praised the position of his Kuwaiti counterpart on Afghanistan.'],
  ])('%s: %s', (_lang, text) => {
    expect(roleOnly([text])).toEqual([]);
  });
});

describe('a role-only person in a contact stays', () => {
  it.each([
    ['arb', 'خبر\nوقال وزير الخارجية الفرنسي جان دوبوا إنه بحث مع نظيره الكويتي الوضع في أفغانستان.'],
    ['arb', 'خبر\nوتلقى وزير الخارجية القطري محمد آل ثاني اتصالا هاتفيا من نظيره الإندونيسي أمس.'],
    ['eng', 'News\nFrench Foreign Minister Jean Dubois held talks with his Kuwaiti counterpart in Paris on Monday.'],
  ])('%s: %s', (_lang, text) => {
    expect(roleOnly([text]).length).toBe(1);
  });
});
