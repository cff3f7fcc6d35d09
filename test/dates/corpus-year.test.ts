import { describe, expect, it } from 'vitest';
import { corpusYear } from '../../src/dates/corpus-year.ts';
import { paragraphDates } from '../../src/grammar/sentences.ts';
import { inventedCorpus } from '../people/helpers.ts';
import { buildCorpus } from '../../src/corpus/load.ts';
import { parseCatalog } from '../../src/corpus/catalog.ts';

const dated = (published: string) => ({ published, publishedFrom: 'catalog' as const });

describe('the corpus year for days written without a year', () => {
  it('is the year nearly all dated articles share, given enough of them', () => {
    expect(corpusYear([dated('2021-08-17'), dated('2021-10-08'), dated('2021-12-01')])).toBe(2021);
    expect(corpusYear([dated('2021-08-17'), dated('2021-10-08')])).toBeUndefined();
    expect(corpusYear([dated('2021-08-17'), dated('2022-01-08'), dated('2021-12-01')])).toBeUndefined();
    // One retrospective from a later year among nineteen does not take the year away; two among seventeen do.
    const oneYear = Array.from({ length: 19 }, (_, i) => dated(`2021-${String((i % 12) + 1).padStart(2, '0')}-10`));
    expect(corpusYear([...oneYear, dated('2022-02-09')])).toBe(2021);
    expect(corpusYear([...oneYear.slice(2), dated('2022-02-09'), dated('2023-01-05')])).toBeUndefined();
    // A date guessed from the text is no evidence.
    expect(corpusYear([dated('2021-08-17'), dated('2021-10-08'), { published: '2020-08-20', publishedFrom: 'text' }])).toBeUndefined();
  });

  it('dates "15 अगस्त" in an undated article of a one-year corpus, but no weekday', () => {
    const texts = ['पहला लेख।', 'दूसरा लेख।', 'तीसरा लेख।', '15 अगस्त को तालिबान ने काबुल पर कब्जा किया। सोमवार को बैठक हुई।'];
    const catalog = parseCatalog('0\t2021-08-17\t\t\n1\t2021-09-01\t\t\n2\t2021-10-08\t\t');
    const corpus = buildCorpus(texts.map((t, i) => ({ name: `00${i}_x.txt`, bytes: Buffer.from(t) })), catalog);
    const article = corpus.articles[3]!;
    expect(article.assumedYear).toBe(2021);
    const dates = paragraphDates(article, article.paragraphs[0]!);
    expect(dates.map((d) => [d.text, d.date])).toEqual([['15 अगस्त', { year: 2021, month: 8, day: 15 }]]);
  });

  it('assumes nothing for an article whose own date is known', () => {
    const corpus = inventedCorpus(['15 अगस्त को बैठक हुई।', 'लेख।', 'लेख।'], '2021-09-01');
    expect(corpus.articles[0]!.assumedYear).toBeUndefined();
  });
});
