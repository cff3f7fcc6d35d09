import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

const arrival = 'وصل وزير الخارجية الباكستاني شاه محمود قريشي إلى طهران.';

describe('Arabic: a continuing sentence opening with a word of sequence or a phrase set off by a comma', () => {
  it('goes on with the sentence before\'s subject after ثم, وهناك, "وخلال الزيارة،", "وبعد ذلك،"', () => {
    expect(contacts(arrival, 'ثم استقبل الرئيس الإيراني إبراهيم رئيسي.')).toEqual(['شاه محمود قريشي – إبراهيم رئيسي: meeting, undated']);
    expect(contacts(arrival, 'وهناك التقى نظيره الإيراني حسين أمير عبد اللهيان.')).toEqual(['شاه محمود قريشي – حسين أمير عبد اللهيان: meeting, undated']);
    expect(contacts(arrival, 'وخلال الزيارة، التقى الرئيس الإيراني إبراهيم رئيسي.')).toEqual(['شاه محمود قريشي – إبراهيم رئيسي: meeting, undated']);
    expect(contacts(arrival, 'وبعد ذلك، اجتمع مع نظيره الإيراني حسين أمير عبد اللهيان.')).toEqual(['شاه محمود قريشي – حسين أمير عبد اللهيان: meeting, undated']);
  });

  it('goes on after the words announcing the verb ("ومن المقرر أن يلتقي Y")', () => {
    expect(contacts(arrival, 'ومن المقرر أن يلتقي الرئيس الإيراني إبراهيم رئيسي.')).toEqual(['شاه محمود قريشي – إبراهيم رئيسي: meeting, undated, planned']);
  });

  it('lets the occasion named again stand between the verb and its object ("وسيلتقي خلال الزيارة Y")', () => {
    expect(contacts(arrival, 'وسيلتقي خلال الزيارة الرئيس الإيراني إبراهيم رئيسي.')).toEqual(['شاه محمود قريشي – إبراهيم رئيسي: meeting, undated, planned']);
  });

  it('does not go on after a turn to another matter or with an office naming the verb\'s own subject', () => {
    expect(contacts(arrival, 'وفي سياق آخر، اجتمع مع نظيره الإيراني حسين أمير عبد اللهيان.')).toEqual([]);
    expect(contacts(arrival, 'وخلال الزيارة، بحث وزير الخارجية الإيراني مع سفير الصين لدى طهران تشانغ هوا الوضع.')).toEqual([]);
  });
});
