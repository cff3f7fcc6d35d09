import { describe, expect, it } from 'vitest';
import { arabicNoun, arabicPlural, arabicVerb } from '../../src/text/arabicInflection.ts';

describe('Arabic inflection', () => {
  it('conjugates a sound verb in the past, present and future, with object pronouns', () => {
    const { done, future } = arabicVerb('استقبل', 'ستقبل');
    expect(done).toEqual(expect.arrayContaining(['استقبل', 'استقبلت', 'استقبلا', 'استقبلتا', 'استقبلوا', 'يستقبل', 'تستقبلان', 'نستقبل', 'يستقبلون', 'استقبله', 'يستقبلها']));
    expect(future).toEqual(expect.arrayContaining(['سيستقبل', 'ستستقبل', 'سيستقبلان', 'سنستقبل', 'سأستقبل', 'سيستقبله']));
    expect(done).not.toContain('سيستقبل');
  });

  it('lets a weak last letter give way (التقى → التقت, التقيا, التقوا; يلتقي → يلتقيان, يلتقون)', () => {
    const { done, future } = arabicVerb('التقى', 'لتقي');
    expect(done).toEqual(expect.arrayContaining(['التقت', 'التقيا', 'التقتا', 'التقوا', 'التقينا', 'التقاه', 'يلتقيان', 'يلتقون', 'تلتقي']));
    expect(future).toEqual(expect.arrayContaining(['سيلتقي', 'ستلتقيان', 'سيلتقون']));
    expect(arabicVerb('دعا', 'دعو').done).toEqual(expect.arrayContaining(['دعت', 'دعوا', 'يدعو', 'يدعوان', 'دعاه']));
  });

  it('declines a noun: definite, accusative, dual and possessed', () => {
    expect(arabicNoun('اتصال')).toEqual(expect.arrayContaining(['اتصال', 'الاتصال', 'اتصالا', 'اتصالين', 'اتصاله', 'اتصالهما']));
    expect(arabicNoun('زيارة')).toEqual(expect.arrayContaining(['الزيارة', 'زيارته', 'زيارتها', 'زيارتين']));
    expect(arabicNoun('لقاء')).toEqual(expect.arrayContaining(['اللقاء', 'لقائه', 'لقاءين']));
    expect(arabicPlural('محادثات')).toEqual(expect.arrayContaining(['المحادثات', 'محادثاتهما']));
  });
});
