import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/load.ts';
import { parseCatalog } from '../../src/corpus/catalog.ts';
import { findDateMentions } from '../../src/dates/find.ts';
import { yearlessDatelineDay } from '../../src/dates/publication.ts';
import { paragraphDates } from '../../src/grammar/sentences.ts';

/*
 * Hindi agency copy writes its dateline without a year, and the days one to nine as words
 * ("नयी दिल्ली, सात सितंबर (भाषा)"): in an article with no date of its own, that day (in the corpus
 * year) is the day its weekdays and "today" are read from. Invented sentences.
 */
const hindi = (text: string, ref?: string) => findDateMentions(text, 'hin', ref).map((m) => [m.text, m.date]);

describe('a day of the month written as a word', () => {
  it('is read before its month where a date goes on', () => {
    expect(hindi('लखनऊ, आठ अक्टूबर (भाषा) मुख्यमंत्री ने कहा', '2021-10-20')).toEqual([['आठ अक्टूबर', { year: 2021, month: 10, day: 8 }]]);
    expect(hindi('सात सितंबर को बैठक हुई', '2021-10-20')).toEqual([['सात सितंबर', { year: 2021, month: 9, day: 7 }]]);
    expect(hindi('पाँच अगस्त, 2020 को')).toEqual([['पाँच अगस्त, 2020', { year: 2020, month: 8, day: 5 }]]);
    expect(hindi('नौ नवंबर की शाम', '2021-11-20')).toEqual([['नौ नवंबर', { year: 2021, month: 11, day: 9 }]]);
  });

  it('is no date where the words mean something else', () => {
    expect(hindi('किसानों ने एक मार्च निकाला', '2021-10-20')).toEqual([]);
    expect(hindi('दो मई महीने', '2021-10-20').map(([t]) => t)).not.toContain('दो मई');
  });
});

describe('a dateline without a year', () => {
  it('gives the day, in the year given', () => {
    expect(yearlessDatelineDay(['शीर्षक', 'पटना, 21 जुलाई (भाषा) राज्यपाल ने सोमवार को कहा'], 2021)).toBe('2021-07-21');
    expect(yearlessDatelineDay(['इंदौर, तीन अगस्त (एजेंसी) : मंत्री ने कहा'], 2021)).toBe('2021-08-03');
    expect(yearlessDatelineDay(['जयपुर, 17 सितंबर। मंत्री ने कहा'], 2021)).toBe('2021-09-17');
  });

  it('is no dateline when a sentence, not a place, stands before the day', () => {
    expect(yearlessDatelineDay(['तालिबान ने 15 अगस्त (रविवार) को काबुल पर कब्जा किया'], 2021)).toBeUndefined();
    expect(yearlessDatelineDay(['सोमवार, 30 अगस्त को मंत्री ने कहा'], 2021)).toBeUndefined();
    expect(yearlessDatelineDay(['पटना, सोमवार (भाषा) मंत्री ने कहा'], 2021)).toBeUndefined();
  });

  it('dates the weekdays of an article with no date of its own', () => {
    const texts = ['पहला लेख।', 'दूसरा लेख।', 'तीसरा लेख।', 'भोपाल, सात सितंबर (भाषा) राज्यपाल ने मंगलवार को बैठक की। उन्होंने आज कहा कि काम होगा।'];
    const catalog = parseCatalog('0\t2021-08-17\t\t\n1\t2021-09-01\t\t\n2\t2021-10-08\t\t');
    const corpus = buildCorpus(texts.map((t, i) => ({ name: `00${i}_x.txt`, bytes: Buffer.from(t) })), catalog);
    const article = corpus.articles[3]!;
    expect(article.datelineDay).toBe('2021-09-07');
    const dates = paragraphDates(article, article.paragraphs[0]!);
    // The dateline itself is the report's stamp, not a date of what it tells.
    expect(dates.map((d) => [d.text, d.date])).toEqual([
      ['मंगलवार', { year: 2021, month: 9, day: 7 }],
      ['आज', { year: 2021, month: 9, day: 7 }],
    ]);
  });
});
