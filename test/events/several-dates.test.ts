import { describe, expect, it } from 'vitest';
import { findEnglishDates } from '../../src/dates/extract-en.ts';
import { toEpochDay } from '../../src/dates/calendar.ts';
import { inventedEvents, lines } from './helpers.ts';

/** Events of one invented article (headline, then the sentences) published on Wednesday 2021-08-18. */
const events = (...sentences: string[]) => lines(inventedEvents([['शीर्षक', ...sentences].join('\n')], '2021-08-18'));

describe('a sentence naming several days reports one happening per day (issue 11)', () => {
  it('dates a Hindi statement and the meeting it announces each by its own day', () => {
    expect(events('विशेष प्रतिनिधि करीम शाह ने सोमवार को बताया कि रूस के राजदूत शुक्रवार को तालिबान के नेताओं से मुलाकात करेंगे।')).toEqual([
      '2021-08-16 Karim Shah made a statement on Russia',
      '2021-08-20 Planned: Meeting on Russia',
    ]);
  });

  it('keeps the report of a contact on another day than the contact', () => {
    expect(events('The foreign ministry said on Tuesday that Foreign Minister Karim Shah met Ambassador Navin Ray in Kabul on Monday.')).toEqual([
      '2021-08-16 Karim Shah met Navin Ray in Kabul',
      '2021-08-17 Statement on Karim Shah',
    ]);
    expect(events('तालिबान ने सोमवार को पुष्टि की कि विदेश मंत्री करीम शाह ने राजदूत नवीन राय से मुलाकात की है।')).toEqual([
      '2021-08-16 The Taliban made a statement on Karim Shah',
    ]);
  });
});

describe('arrivals and other happenings in Hindi and English (issue 11)', () => {
  it('reads an arrival whose subject is followed by its day ("X मंगलवार को काबुल पहुंचे")', () => {
    expect(events('विदेश मंत्री राम कुमार मंगलवार को काबुल पहुंचे।')).toEqual(['2021-08-17 Ram Kumar arrived in Kabul']);
    expect(events('मुल्ला करीम शाह मंगलवार को कतर से अफगानिस्तान लौटा।')).toEqual(['2021-08-17 Karim Shah arrived in Afghanistan from Qatar']);
    expect(events('Foreign Minister Ram Kumar landed in Kabul on Tuesday.')).toEqual(['2021-08-17 Ram Kumar arrived in Kabul']);
  });

  it('reads a Hindi contact noun as a meeting only with a finite light verb', () => {
    expect(events('रूस के राजदूत मंगलवार को तालिबान के नेताओं से मुलाकात करेंगे।')).toEqual(['2021-08-24 Planned: Meeting on Russia']);
    expect(events('उन्होंने अगस्त में कहा था कि तालिबान से बातचीत करना आसान है।')).toEqual(['2021-08 Statement on the Taliban']);
  });

  it('gives a noun after a comma no agent from the clause before it', () => {
    expect(events('After a phone call between Prime Minister Navin Ray and President Karim Shah last month, the talks on Wednesday in New Delhi touched upon trade.')).toEqual([
      '2021-07 Navin Ray spoke by phone with Karim Shah',
    ]);
  });

  it('dates nothing by a year alone', () => {
    expect(events('इस साल की शुरुआत में मास्को में तालिबान के साथ वार्ता हुई थी।')).toEqual([]);
  });
});

describe('English spans of time are no dates (issue 11)', () => {
  const ref = toEpochDay(2021, 8, 15);
  it('drops "in two days" and "within a week", counts "a day earlier" from the day named before it (not the publication date), keeps "two days ago" and weekdays', () => {
    expect(findEnglishDates('the second call in two days', ref, 'casual')).toEqual([]);
    expect(findEnglishDates('within a week', ref, 'casual')).toEqual([]);
    expect(findEnglishDates('a day earlier, on Monday', ref, 'casual').map((d) => [d.weekday, d.fromPrevious, d.dayOffsets])).toEqual([
      [1, undefined, undefined],
      [undefined, -1, undefined],
    ]);
    expect(findEnglishDates('two days ago', ref, 'casual')).toEqual([{ start: 0, end: 12, dayOffsets: [-2] }]);
  });
});
