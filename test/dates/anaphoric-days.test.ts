import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';

/* Published on Saturday 2021-08-21: a day counted from the day the text named last, not from the publication date. */
const dates = (text: string, lang: 'hin' | 'arb' | 'eng') => findDateMentions(text, lang, '2021-08-21').map((m) => [m.text, m.date.day]);

describe('days counted from the day named last', () => {
  it('reads "a day earlier", "the next day" and "the day before," in English', () => {
    expect(dates('They met on Thursday. A day earlier, he said so.', 'eng')).toEqual([['on Thursday', 19], ['A day earlier', 18]]);
    expect(dates('They met on Thursday. The next day he left.', 'eng')).toEqual([['on Thursday', 19], ['The next day', 20]]);
    expect(dates('They met on Thursday. Two days later he left.', 'eng')).toEqual([['on Thursday', 19], ['Two days later', 21]]);
    expect(dates('They met on Thursday. The day before, he said so.', 'eng')).toEqual([['on Thursday', 19], ['The day before', 18]]);
  });

  it('reads "इससे एक दिन पहले" and "अगले दिन" in Hindi, and "قبل ذلك بيوم", "في اليوم التالي" in Arabic', () => {
    expect(dates('गुरुवार को बातचीत हुई। इससे एक दिन पहले उन्होंने कहा था।', 'hin')).toEqual([['गुरुवार', 19], ['इससे एक दिन पहले', 18]]);
    expect(dates('गुरुवार को बातचीत हुई। अगले दिन वे लौटे।', 'hin')).toEqual([['गुरुवार', 19], ['अगले दिन', 20]]);
    expect(dates('التقى الوزير نظيره يوم الخميس. وقبل ذلك بيوم قال إن الوضع صعب.', 'arb')).toEqual([['يوم الخميس', 19], ['قبل ذلك بيوم', 18]]);
    expect(dates('التقى الوزير نظيره يوم الخميس. وفي اليوم التالي غادر.', 'arb')).toEqual([['يوم الخميس', 19], ['في اليوم التالي', 20]]);
  });

  it('dates nothing when the text named no day before, nor a day counted from a happening', () => {
    expect(dates('The next day he left.', 'eng')).toEqual([]);
    expect(dates('The day before the talks he said so.', 'eng')).toEqual([]);
    expect(dates('इससे एक दिन पहले वे लौटे।', 'hin')).toEqual([]);
    expect(dates('मोदी ने पुतिन से चर्चा करने के एक दिन बाद यह कहा।', 'hin')).toEqual([]);
    expect(dates('وفي اليوم التالي غادر.', 'arb')).toEqual([]);
  });
});
