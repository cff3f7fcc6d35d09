import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';
import { findDateMentions } from '../../src/dates/find.ts';

/* Invented one-sentence Hindi articles published on Wednesday 2021-09-08. */
const lines = (texts: string[]) => inventedEvents(texts.map((t) => `शीर्षक\n${t}`), '2021-09-08').events.map((e) => `${e.when.key} ${e.kind}`);

describe('Hindi weekday typing slips', () => {
  it('reads a weekday whose vowel sign is typed before व or left out', () => {
    expect(findDateMentions('मंगलावर को', 'hin', '2021-09-08')[0]?.date).toEqual({ year: 2021, month: 9, day: 7 });
    expect(findDateMentions('सोमवर को', 'hin', '2021-09-08')[0]?.date).toEqual({ year: 2021, month: 9, day: 6 });
    expect(findDateMentions('शुक्रावर को', 'hin', '2021-09-08')[0]?.date).toEqual({ year: 2021, month: 9, day: 3 });
  });
  it('dates an arrival told with such a weekday', () => {
    expect(lines(['मंगलावर को ब्रिटिश विदेश मंत्री डॉमिनिक राब अचानक इस्लामाबाद पहुंचे।'])).toEqual(['2021-09-07 travel']);
    expect(lines(['रूसी विदेश मंत्री सर्गेई लावरोव रविवर को दोहा पहुंचे।'])).toEqual(['2021-09-05 travel']);
  });
});

describe('a Hindi happening noun under a postposition of time is the setting of another verb', () => {
  it('takes no day written after "के दौरान", "के बाद", "से पहले"', () => {
    // The occupation is history; "आज" is the later clause's.
    expect(lines(['जिस तरह तुर्की ने उस मुल्क के कब्जे के दौरान शरणार्थियों को पनाह दी थी, उसी तरह आज भी तुर्की उनके साथ खड़ा है।'])).not.toContain('2021-09-08 capture');
    expect(lines(['तालिबान के काबुल पर कब्जे के बाद सोमवार को भारत ने अपने राजदूत को वापस बुला लिया।'])).not.toContain('2021-09-06 capture');
    expect(lines(['अमेरिकी सेना की वापसी से पहले मंगलवार को तालिबान ने काबुल हवाई अड्डे पर हमला किया।'])).not.toContain('2021-09-07 withdrawal');
  });
  it('keeps a day written before the noun', () => {
    expect(lines(['तालिबान के 15 अगस्त को काबुल पर कब्जे के बाद भारत ने अपने नागरिकों को निकाला।'])).toContain('2021-08-15 capture');
    expect(lines(['तालिबान ने 15 अगस्त को काबुल पर कब्जा कर लिया।'])).toEqual(['2021-08-15 capture']);
  });
});
