import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/article.ts';
import { paragraphDates } from '../../src/grammar/sentences.ts';
import { inventedEvents, lines } from './helpers.ts';

/* Invented sentences; articles published on Monday 2021-08-30 unless said otherwise. */

describe('a date that only limits a time dates no happening', () => {
  it('English "after August 31": the statement keeps its own day, or has none', () => {
    const ev = inventedEvents(['News\nThe group spokesman Karim Nadiri said on Monday the group will let people leave the country after August 31.'], '2021-08-30');
    expect(lines(ev)).toEqual(['2021-08-30 Karim Nadiri made a statement']);
    expect(lines(inventedEvents(['News\nPeople may leave the country after August 31, the group spokesman Karim Nadiri said.'], '2021-08-30'))).toEqual([]);
  });

  it('Hindi "31 अगस्त के बाद" and Arabic "بحلول 31 أغسطس" date nothing', () => {
    const ev = inventedEvents([
      'खबर\nप्रवक्ता करीम नादिरी ने दावा किया कि 31 अगस्त के बाद भी लोग देश छोड़ सकेंगे।',
      'خبر\nوتزامنت سيطرة طالبان على المدينة مع اتفاق للانسحاب يكتمل بحلول 31 أغسطس.',
    ]);
    expect(lines(ev)).toEqual([]);
  });
});

describe('a sentence with date words of its own borrows no other day', () => {
  it('a weekday in an article of unknown date leaves its happening undated', () => {
    // No catalog date: "On Sunday" cannot be read, so the second capture is not put on August 15.
    const ev = inventedEvents(['News\nThe Taliban took control of Kabul on August 15, 2021. On Sunday the Taliban took control of Jalalabad.'], '');
    expect(ev.events.map((e) => [e.when.key, e.sources.length])).toEqual([['2021-08-15', 1]]);
  });
});

describe('a dateline dates the report, not what the line tells', () => {
  it('leaves out the dateline date but keeps a weekday before a colon', () => {
    const text = ['Envoys speak', 'WASHINGTON (Agency News - 14th August, 2021) The secretary of state spoke with his counterpart.', 'The minister told reporters on Tuesday: the talks are set.'].join('\n');
    const article = analyseArticle({ number: 9, file: '009_x.txt', text, hash: '', catalog: { number: 9, published: '2021-08-18' } });
    expect(paragraphDates(article, article.paragraphs[1]!)).toEqual([]);
    expect(paragraphDates(article, article.paragraphs[2]!).map((d) => d.date)).toEqual([{ year: 2021, month: 8, day: 17 }]);
  });
});
