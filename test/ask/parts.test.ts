import { describe, expect, it } from 'vitest';
import { askedArticle } from '../../src/ask/article.ts';
import { askedDate } from '../../src/ask/date.ts';
import { contentWords } from '../../src/ask/keywords.ts';
import { cleanQuestion } from '../../src/ask/route.ts';
import { nameReadings, whoMetName } from '../../src/ask/who-met.ts';
import { inventedEvents } from '../events/helpers.ts';
import { say } from '../../src/i18n/index.ts';

describe('who-met question shapes', () => {
  it.each([
    ['Who talked to Lavrov', 'Lavrov'],
    ['who met with the Pakistani prime minister', 'Pakistani prime minister'],
    ['Who has Qin Gang met', 'Qin Gang'],
    ['Whom did Blinken call', 'Blinken'],
    ['With whom did Wang Yi speak', 'Wang Yi'],
    ['Lavrov spoke with whom', 'Lavrov'],
    ['list the meetings of Amir Khan Muttaqi', 'Amir Khan Muttaqi'],
    ['लावरोव से किसने मुलाकात की', 'लावरोव'],
    ['किसने नरेंद्र मोदी से फोन पर बात की', 'नरेंद्र मोदी'],
    ['पुतिन ने किससे बात की', 'पुतिन'],
    ['जयशंकर किन लोगों से मिले', 'जयशंकर'],
    ['من التقى بوتين', 'بوتين'],
    ['من الذي اتصل بلافروف', 'بلافروف'],
    ['مع من تحدث وانغ يي', 'وانغ يي'],
    ['بمن اجتمع أردوغان', 'أردوغان'],
    ['عمران خان التقى بمن', 'عمران خان'],
  ])('%s → %s', (question, name) => {
    expect(whoMetName(question)).toBe(name);
  });

  it('does not read other questions as who-met', () => {
    for (const q of ['What did Putin say about refugees', 'लेख 3 दिखाओ', 'ماذا حدث في 16 أغسطس', 'Who is Lavrov']) expect(whoMetName(q)).toBeUndefined();
  });

  it('offers the reading of an Arabic name without a glued preposition', () => {
    expect(nameReadings('بلافروف')).toEqual(['بلافروف', 'لافروف']);
    expect(nameReadings('بـ لافروف')).toEqual(['بـ لافروف', 'لافروف']);
    expect(nameReadings('Lavrov')).toEqual(['Lavrov']);
  });
});

describe('article questions', () => {
  it.each([
    ['Show article 3', 3],
    ['read me article number 12', 12],
    ['article #4 please', 4],
    ['#2', 2],
    ['लेख 3 दिखाओ', 3],
    ['लेख संख्या ४ दिखाइए', 4],
    ['المقال 3', 3],
    ['اعرض المقالة رقم ٢', 2],
  ])('%s → %i', (q, n) => {
    expect(askedArticle(q)).toBe(n);
  });

  it('needs the word for article next to the number', () => {
    expect(askedArticle('What happened on 16 August 2021')).toBeUndefined();
    expect(askedArticle('articles about 3 ministers')).toBeUndefined();
  });
});

describe('content words for a search', () => {
  it('drops question and stop words in all three languages', () => {
    expect(contentWords('What did Putin say about refugees?')).toEqual(['Putin', 'refugees']);
    expect(contentWords('पुतिन ने शरणार्थियों के बारे में क्या कहा?')).toEqual(['पुतिन', 'शरणार्थियों']);
    expect(contentWords('ماذا قال بوتين عن اللاجئين؟')).toEqual(['بوتين', 'اللاجئين']);
  });

  it('cleans closing punctuation of any script', () => {
    expect(cleanQuestion('  من التقى   بوتين؟ ')).toBe('من التقى بوتين');
    expect(cleanQuestion('लेख 3 दिखाओ।')).toBe('लेख 3 दिखाओ');
  });
});

describe('date questions', () => {
  const ev = inventedEvents(['खबर\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया।', 'خبر\nوسيطرت طالبان على كابول يوم الأحد 16 أغسطس 2020.'], '2021-08-17');

  it('reads a full date with a word for happening, in any language', () => {
    expect(askedDate('What happened on 16 August 2021', ev)).toEqual({ input: '2021-08-16' });
    expect(askedDate('16 अगस्त 2021 को क्या हुआ', ev)).toEqual({ input: '2021-08-16' });
    expect(askedDate('ماذا حدث في 16 أغسطس 2021', ev)).toEqual({ input: '2021-08-16' });
    expect(askedDate('events in May 2021', ev)).toEqual({ input: '2021-05' });
    expect(askedDate('2021-10-07', ev)).toEqual({ input: '2021-10-07' });
  });

  it('takes the year in which the events have that day when none is written, and says so', () => {
    const chosen = askedDate('what happened on 15 August', ev)!;
    expect(chosen.input).toBe('2021-08-15');
    expect(say(chosen.note!, 'en')).toBe('No year given: 2021 is the year the articles have events on 15 August.');
    expect(askedDate('ماذا حدث في 16 أغسطس', ev)?.input).toBe('2020-08-16');
    expect(say(askedDate('what happened on 3 March', ev)!.note!, 'en')).toContain('no year has events on 3 March');
  });

  it('leaves a weekday, or a date with other content, to the other routes', () => {
    expect(askedDate('what happened on Monday', ev)).toBeUndefined();
    expect(askedDate('Putin statement 16 August 2021 refugees', ev)).toBeUndefined();
  });
});
