import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/article.ts';
import { paragraphDates } from '../../src/grammar/sentences.ts';

/* Invented English text: the only full date is an earlier event's, a year before the report. */
const text = [
  'Leaders meet in Moscow',
  'The chancellor arrived in Moscow for talks.',
  'The two leaders spoke on Friday about the crisis.',
  'The opposition leader was poisoned on 20 August 2020, his aides say.',
].join('\n');

describe('a publication date guessed from the first full date of the text', () => {
  it('does not anchor weekdays, which it would put in the wrong year', () => {
    const article = analyseArticle({ number: 9, file: '009_x.txt', text, hash: '' });
    expect(article.publishedFrom).toBe('text');
    expect(paragraphDates(article, article.paragraphs[2]!).map((d) => d.text)).toEqual([]);
    expect(paragraphDates(article, article.paragraphs[3]!).map((d) => d.text)).toEqual(['on 20 August 2020']);
  });

  it('a dateline anchors them', () => {
    const dated = analyseArticle({ number: 9, file: '009_x.txt', text: text.replace('The chancellor', 'MOSCOW, Aug. 21, 2021 (AP) — The chancellor'), hash: '' });
    expect(dated.publishedFrom).toBe('dateline');
    expect(paragraphDates(dated, dated.paragraphs[2]!).map((d) => d.date)).toEqual([{ year: 2021, month: 8, day: 20 }]);
  });

  it('dates a paragraph again once its article has a publication date it did not have', () => {
    const article = analyseArticle({ number: 9, file: '009_x.txt', text, hash: '' });
    const friday = article.paragraphs[2]!;
    expect(paragraphDates(article, friday)).toEqual([]);
    article.published = '2021-08-21';
    article.publishedFrom = 'catalog';
    expect(paragraphDates(article, friday).map((d) => d.date)).toEqual([{ year: 2021, month: 8, day: 20 }]);
  });
});
