import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic contact grammar', () => {
  it('reads "اتصال هاتفي بين X وY"', () => {
    expect(contacts('جرى اتصال هاتفي بين الرئيس التركي رجب أردوغان ورئيس وزراء الهند ناريندرا مودي.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: phone call, undated',
    ]);
  });

  it('reads "بحث X … خلال اتصال هاتفي مع Y" with a weekday resolved against the publication date', () => {
    expect(contacts('بحث الرئيس التركي رجب أردوغان، اليوم الأربعاء، الوضع في المنطقة خلال اتصال هاتفي مع رئيس الوزراء الهندي ناريندرا مودي.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: phone call, 2021-09-01',
    ]);
  });

  it('reads "التقى X بـY في <city>"', () => {
    expect(contacts('التقى وزير الخارجية الروسي سيرغي لافروف بنظيره الهندي سوبرامانيام جايشانكار في موسكو.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: meeting, undated, Moscow',
    ]);
  });

  it('reads a transitive verb with its object ("استقبل X Y")', () => {
    expect(contacts('استقبل الرئيس التركي رجب أردوغان رئيس الوزراء الهندي ناريندرا مودي في أنقرة.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: meeting, undated, Ankara',
    ]);
  });

  it('marks a future verb as planned ("سيلتقي")', () => {
    expect(contacts('سيلتقي الرئيس التركي رجب أردوغان مع رئيس الوزراء الهندي ناريندرا مودي الأسبوع المقبل.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: meeting, undated, planned',
    ]);
  });

  it('ends a name before the object noun of the verb ("أجرى X اتصالا هاتفيا مع نظيره Y")', () => {
    expect(contacts('وأجرى وزير الخارجية الأمريكي أنتوني بلينكن اتصالا هاتفيا مع نظيره الصيني وانغ يي أمس الاثنين.')).toEqual([
      'أنتوني بلينكن – وانغ يي: phone call, 2021-08-30',
    ]);
  });

  it('finds nothing where two people are only named together', () => {
    expect(contacts('قال الرئيس التركي رجب أردوغان إن رئيس الوزراء الهندي ناريندرا مودي صديق.')).toEqual([]);
  });
});
