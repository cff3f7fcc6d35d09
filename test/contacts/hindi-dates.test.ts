import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article (headline first) published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([['शीर्षक', ...lines].join('\n')]));

describe('Hindi contact dates: the dateline is the report\'s day (session 11)', () => {
  it('does not date a contact by a dateline written without its year', () => {
    expect(contacts('नयी दिल्ली, 21 अगस्त (भाषा) विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर से बात की।')).toEqual([
      'Anil Kumar – Hossein Amir: talks, undated',
    ]);
    expect(contacts('मुंबई, 28 अगस्त: प्रधानमंत्री नवीन राय ने जापानी प्रधानमंत्री केन सातो से मुलाकात की।')).toEqual(['Naveen Ray – Ken Sato: meeting, undated']);
  });

  it('still dates it by the day its own sentence gives after the dateline', () => {
    expect(contacts('नयी दिल्ली, 31 अगस्त (भाषा) विदेश मंत्री अनिल कुमार ने सोमवार को ईरानी विदेश मंत्री हुसैन अमीर से बात की।')).toEqual([
      'Anil Kumar – Hossein Amir: talks, 2021-08-30',
    ]);
  });

  it('still reads a day opening a sentence before a bracket as the sentence\'s', () => {
    expect(contacts('28 अगस्त (शनिवार) को प्रधानमंत्री नवीन राय ने जापानी प्रधानमंत्री केन सातो से मुलाकात की।')).toEqual([
      'Naveen Ray – Ken Sato: meeting, 2021-08-28',
    ]);
  });
});

describe('Hindi days that are the day named last (session 11)', () => {
  const days = (text: string) => findDateMentions(text, 'hin', '2021-08-21').map((m) => [m.text, m.date.day]);

  it('reads "उसी दिन", "इसी दिन" and "इससे पहले दिन में" (earlier that day) as the day named last', () => {
    expect(days('गुरुवार को बातचीत हुई। उसी दिन वे लौटे।')).toEqual([['गुरुवार', 19], ['उसी दिन', 19]]);
    expect(days('गुरुवार को बातचीत हुई। इसी दिन वे लौटे।')).toEqual([['गुरुवार', 19], ['इसी दिन', 19]]);
    expect(days('गुरुवार को बातचीत हुई। इससे पहले दिन में, उन्होंने कहा था।')).toEqual([['गुरुवार', 19], ['इससे पहले दिन में', 19]]);
    expect(days('उसी दिन वे लौटे।')).toEqual([]);
    expect(days('उन्होंने इससे पहले कहा था।')).toEqual([]);
  });

  it('dates a contact told "earlier that day" by the day of the news before it', () => {
    expect(
      contacts('विदेश मंत्री अनिल कुमार ने मंगलवार को महासचिव करीम शाह से मुलाकात की। इससे पहले दिन में, अनिल कुमार ने अपने फ्रांसीसी समकक्ष जीन मार्टिन के साथ बातचीत की।'),
    ).toEqual(['Anil Kumar – Karim Shah: meeting, 2021-08-31', 'Anil Kumar – Jin Martin: talks, 2021-08-31']);
  });
});
