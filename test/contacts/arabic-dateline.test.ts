import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article the catalog dates `published`, people named as written. */
const contacts = (published: string, ...lines: string[]) => contactLines(invented([lines.join('\n')], { published }), 'native');

describe("A dateline a few days before the catalog's date is the text's today (agency copy printed later)", () => {
  it('reads اليوم and weekdays from the dateline', () => {
    expect(contacts('2021-09-06', 'موسكو 5 سبتمبر 2021 (شينخوا) التقى وزير الخارجية الروسي سيرغي لافروف اليوم بنظيره الإيراني حسين أمير عبد اللهيان.')).toEqual([
      'سيرغي لافروف – حسين أمير عبد اللهيان: meeting, 2021-09-05',
    ]);
    expect(contacts('2021-08-27', 'الدوحة - 25 أغسطس 2021 - بحث وزير الخارجية العماني بدر البوسعيدي، أمس الثلاثاء، مع نظيره الأمريكي أنتوني بلينكن الوضع.')).toEqual([
      'بدر البوسعيدي – أنتوني بلينكن: talks, 2021-08-24',
    ]);
  });

  it('keeps the catalog date when the dateline is the same day or far from it', () => {
    expect(contacts('2021-09-05', 'موسكو 5 سبتمبر 2021 (شينخوا) التقى وزير الخارجية الروسي سيرغي لافروف اليوم بنظيره الإيراني حسين أمير عبد اللهيان.')).toEqual([
      'سيرغي لافروف – حسين أمير عبد اللهيان: meeting, 2021-09-05',
    ]);
    expect(contacts('2021-09-20', 'موسكو 5 سبتمبر 2021 (شينخوا) التقى وزير الخارجية الروسي سيرغي لافروف اليوم بنظيره الإيراني حسين أمير عبد اللهيان.')).toEqual([
      'سيرغي لافروف – حسين أمير عبد اللهيان: meeting, 2021-09-20',
    ]);
  });
});

describe('Arabic: "today" before a definite title opens the object, not a noun phrase ("استقبل X اليوم السفير Y")', () => {
  const today = (...lines: string[]) => contactLines(invented([lines.join('\n')], { published: '2021-09-01' }), 'native');

  it('dates the contact today', () => {
    expect(today('واستقبل وزير الخارجية العماني بدر البوسعيدي اليوم المبعوث الأمريكي زلماي خليل زاد.')).toEqual([
      'بدر البوسعيدي – زلماي خليل زاد: meeting, 2021-09-01',
    ]);
  });

  it('still reads a day word before a definite adjective as a noun ("اليوم الوطني")', () => {
    expect(today('والتقى وزير الخارجية العماني بدر البوسعيدي بالمبعوث الأمريكي زلماي خليل زاد في اليوم الوطني للبلاد.')).toEqual([
      'بدر البوسعيدي – زلماي خليل زاد: meeting, undated',
    ]);
  });
});
