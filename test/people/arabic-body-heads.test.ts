/**
 * Arabic: the head of a bank, a fund, a centre or a foundation named by the office in construct
 * with its body ("رئيس البنك الدولي X", "مديرة صندوق النقد الدولي X", "رئيس مؤسسة آغا خان X").
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const named = (text: string): string[] => invented([text]).people.flatMap((p) => p.mentions.map((m) => m.text));

describe('heads of banks, funds, centres and foundations', () => {
  it.each([
    ['بيان\nوقال رئيس البنك الدولي ديفيد مالباس إن المساعدات لن تستأنف.', 'ديفيد مالباس'],
    ['بيان\nوقالت مديرة صندوق النقد الدولي كريستالينا جورجيفا إن الأموال مجمدة.', 'كريستالينا جورجيفا'],
    ['زيارة\nواستقبل الوزير رئيس مؤسسة التعاون الدولي ماركوس هولتس في الدوحة.', 'ماركوس هولتس'],
    ['لقاء\nوالتقى مدير المركز الثقافي الروسي أندريه كوزلوف بالسفير.', 'أندريه كوزلوف'],
  ])('%s', (text, name) => expect(named(text)).toContain(name));

  it('reads no name when the body ends the sentence', () => {
    expect(named('بيان\nوقال رئيس المركز إن الاجتماع مهم.')).toEqual([]);
  });
});
