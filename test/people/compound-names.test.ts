/**
 * Arabic compound given names whose second word carries the article (سراج الدين Sirajuddin, ضياء
 * الحق Zia-ul-Haq) are one name after a title; the article word alone stands for no one; and two
 * full names that disagree stay two people though both share a surname used alone.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const people = (texts: string[]) => invented(texts).people;
const mentions = (texts: string[]) => people(texts).flatMap((p) => p.mentions.map((m) => m.text));

describe('compound given names with الدين and الحق', () => {
  it.each([
    ['وقال نائب زعيم طالبان سراج الدين حقاني إن الحركة مستعدة للحوار.', 'سراج الدين حقاني'],
    ['والتقى وزير الخارجية الطاجيكي نور الدين رحيموف نظيره الروسي.', 'نور الدين رحيموف'],
    ['وأكد السفير الباكستاني ضياء الحق أحمد أهمية السلام.', 'ضياء الحق أحمد'],
    ['وصرح المبعوث الأفغاني صلاح الدين كريمي بأن المحادثات مستمرة.', 'صلاح الدين كريمي'],
  ])('%s', (sentence, name) => {
    expect(mentions([`خبر\n${sentence}`])).toContain(name);
  });

  it('takes no الحق after a foreign surname ("the right to") and no الدين alone for the person', () => {
    const found = mentions(['خبر\nوأكد الرئيس التركي أردوغان الحق في الدفاع. وقال وزير الداخلية سراج الدين حقاني إن الدين لا يمنع التعليم.']);
    expect(found).toContain('أردوغان');
    expect(found).not.toContain('أردوغان الحق');
    expect(found).not.toContain('الدين');
  });
});

describe('two full names that disagree are two people, even when the surname alone was used', () => {
  it('keeps the younger brother apart from the elder named later with the same surname', () => {
    const kb = invented(['خبر\nالتقى عضو الوفد أنس حقاني، نائب رئيس الوفد، بالرئيس السابق. وقال حقاني إن اللقاء مثمر. وأنس حقاني هو الشقيق الأصغر لنائب زعيم طالبان سراج الدين حقاني.']);
    const anas = kb.people.find((p) => p.mentions.some((m) => m.text === 'أنس حقاني'));
    expect(anas?.mentions.some((m) => m.text.includes('سراج'))).toBe(false);
  });

  it('still joins one name split differently in one article (أميرهان متكي, أمير خان متقي)', () => {
    const kb = invented(['زيارة\nوصل وزير الخارجية أميرهان متكي إلى الدوحة. وقال متكي إن الزيارة مهمة. وأكد أمير خان متقي أهمية الحوار.']);
    const entries = kb.people.filter((p) => p.mentions.some((m) => /متكي|متقي/u.test(m.text)));
    expect(entries).toHaveLength(1);
  });
});
