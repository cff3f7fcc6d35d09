import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Wednesday 2021-08-18. */
const contacts = (...sentences: string[]) => contactLines(invented([['शीर्षक', ...sentences].join('\n')], { published: '2021-08-18' }));

describe('a contact is dated only by its own clause (issue 11)', () => {
  it('does not give a contact the day of the sentence that reports it', () => {
    expect(contacts('The foreign ministry said on Tuesday that Foreign Minister Karim Shah met Ambassador Naveen Ray in Kabul on Monday.')).toEqual([
      'Karim Shah – Naveen Ray: meeting, 2021-08-16, Kabul',
    ]);
    expect(contacts('तालिबान ने सोमवार को पुष्टि की कि विदेश मंत्री करीम शाह ने राजदूत नवीन राय से मुलाकात की है।')).toEqual(['Karim Shah – Naveen Ray: meeting, undated']);
  });

  it('does not give a contact the day of a clause after "after"', () => {
    expect(contacts('The second call between Foreign Minister Karim Shah and Ambassador Naveen Ray came after President Ali Khan ordered troops on Saturday.')).toEqual([
      'Karim Shah – Naveen Ray: phone call, undated',
    ]);
  });

  it('keeps the day a one-clause sentence gives', () => {
    expect(contacts('Foreign Minister Karim Shah met Ambassador Naveen Ray in Kabul on Monday.')).toEqual(['Karim Shah – Naveen Ray: meeting, 2021-08-16, Kabul']);
    expect(contacts('प्रधानमंत्री नवीन राय ने बुधवार को राष्ट्रपति अली खान के साथ चर्चा की।')).toEqual(['Naveen Ray – Ali Khan: talks, 2021-08-18']);
  });

  it('leaves undated a contact counted a day from the news ("… चर्चा करने के एक दिन बाद")', () => {
    expect(contacts('राष्ट्रपति करीम शाह ने बुधवार को यह बात प्रधानमंत्री नवीन राय द्वारा राष्ट्रपति अली खान के साथ चर्चा करने के एक दिन बाद कही।')).toEqual([
      'Naveen Ray – Ali Khan: talks, undated',
    ]);
  });
});

describe('more contact forms (issue 11)', () => {
  it('reads "at the invitation of X" before or after the person invited, dated only by its own words', () => {
    expect(contacts('Foreign Secretary Karim Shah, who is visiting India at the invitation of National Security Advisor Naveen Ray, is expected to call on the Prime Minister.')).toEqual([
      'Naveen Ray – Karim Shah: invitation, undated',
    ]);
    expect(contacts('At the invitation of National Security Adviser Naveen Ray, the Secretary of the Council, H.E. General Karim Shah is visiting India from 7-8 September 2021.')).toEqual([
      'Naveen Ray – Karim Shah: invitation, undated',
    ]);
  });

  it('reads a long descriptor joined by "and" between the verb and the person', () => {
    expect(contacts('Minister Ali Khan also spoke to the China State Councilor and Foreign Minister Wang Li.')).toEqual(['Ali Khan – Wang Li: talks, undated']);
  });

  it('reads Hindi talks stated as a noun ("Y के साथ चर्चा के बाद") inside a quoted tweet', () => {
    expect(contacts('प्रधानमंत्री इमरान खान ने ट्विटर पर लिखा, ‘ताजिकिस्तान के राष्ट्रपति अली रहमान के साथ लंबी चर्चा के बाद मैंने तालिबान से बात की है।’')).toEqual([
      'Imran Khan – Ali Rahmon: talks, undated',
    ]);
  });

  it('reads the tense of a Hindi meeting a few words after the noun', () => {
    expect(contacts('विदेश मंत्री राम कुमार 16 सितंबर को अपने ईरानी समकक्ष अली रहमान के साथ द्विपक्षीय बैठकों की एक श्रृंखला आयोजित करेंगे।')).toEqual([
      'Ram Kumar – Ali Rahman: meeting, 2021-09-16, planned',
    ]);
    expect(contacts('विदेश मंत्री राम कुमार ने ईरानी विदेश मंत्री अली रहमान से मुलाकात की और कहा कि वे फिर मिलेंगे।')).toEqual(['Ram Kumar – Ali Rahman: meeting, undated']);
  });
});

describe('reciprocal, nominal and reported forms (issue 11)', () => {
  it('reads a Hindi genitive subject before the person met ("X की Y से मुलाकात हुई")', () => {
    expect(contacts('विदेश मंत्री राम कुमार की ईरानी विदेश मंत्री अली रहमान से मंगलवार को मुलाकात हुई।')).toEqual(['Ram Kumar – Ali Rahman: meeting, 2021-08-17']);
    expect(contacts('विदेश मंत्री राम कुमार की ईरानी विदेश मंत्री अली रहमान के साथ फोन पर बातचीत हुई।')).toEqual(['Ram Kumar – Ali Rahman: phone call, undated']);
  });

  it('reads the Hindi genitive of a hosting or welcoming noun as the person met', () => {
    expect(contacts('प्रधानमंत्री राम कुमार ने सोमवार को राष्ट्रपति अली रहमान का स्वागत किया।')).toEqual(['Ram Kumar – Ali Rahman: meeting, 2021-08-16']);
    expect(contacts('राष्ट्रपति अली रहमान 22 सितंबर को प्रधानमंत्री राम कुमार की मेजबानी करेंगे।')).toEqual(['Ali Rahman – Ram Kumar: meeting, 2021-09-22, planned']);
    expect(contacts('प्रधानमंत्री राम कुमार ने फैसले का स्वागत किया।')).toEqual([]);
  });

  it('reads a Hindi genitive subject across a participle phrase when the meeting "happens"', () => {
    expect(contacts('आज नई दिल्ली में सलाहकार राम कुमार की भारत दौरे पर आए रूसी सलाहकार अली रहमान के साथ अहम बैठक हो रही है।')).toEqual([
      'Ram Kumar – Ali Rahman: meeting, 2021-08-18',
    ]);
    expect(contacts('प्रधानमंत्री राम कुमार ने कहा, "राष्ट्रपति अली रहमान से मिलकर खुशी हुई।"')).toEqual(['Ram Kumar – Ali Rahman: meeting, undated']);
  });

  it('marks Hindi expected, likely and future-of-being contacts as planned', () => {
    expect(contacts('विदेश मंत्री राम कुमार के ईरानी विदेश मंत्री अली रहमान से मिलने की उम्मीद है।')).toEqual(['Ram Kumar – Ali Rahman: meeting, undated, planned']);
    expect(contacts('विदेश मंत्री राम कुमार और ईरानी विदेश मंत्री अली रहमान के बीच बातचीत होगी।')).toEqual(['Ram Kumar – Ali Rahman: talks, undated, planned']);
  });

  it('reads the English speaker of "X said (on Monday) (that) he met Y", dated by the contact\'s own clause', () => {
    expect(contacts('Prime Minister Ali Khan said he would meet President Karim Shah.')).toEqual(['Ali Khan – Karim Shah: meeting, undated, planned']);
    expect(contacts('Prime Minister Ali Khan said on Monday that he spoke with President Karim Shah on Sunday.')).toEqual(['Ali Khan – Karim Shah: talks, 2021-08-15']);
    expect(contacts('Prime Minister Ali Khan said on Monday that he spoke with President Karim Shah.')).toEqual(['Ali Khan – Karim Shah: talks, undated']);
    expect(contacts('Prime Minister Ali Khan praised the talks and said the minister met President Karim Shah.')).toEqual([]);
  });

  it('reads more English planned forms and contact verbs', () => {
    expect(contacts('Prime Minister Ali Khan is slated to meet President Karim Shah.')).toEqual(['Ali Khan – Karim Shah: meeting, undated, planned']);
    expect(contacts('Prime Minister Ali Khan rang President Karim Shah on Monday.')).toEqual(['Ali Khan – Karim Shah: phone call, 2021-08-16']);
  });
});

describe("a page's date stamp dates no contact (issue 11)", () => {
  it('leaves undated a contact on a line opening with a labelled date stamp', () => {
    expect(contactLines(invented(['date 2021-08-17 KABUL: Foreign Minister Karim Shah met Ambassador Naveen Ray.\nShah said more talks would follow.'], { published: '2021-08-18' }))).toEqual([
      'Karim Shah – Naveen Ray: meeting, undated',
    ]);
  });

  it('reads a clock time before the date as a stamp, and a verb glued to the stamp\'s year as a word of its own', () => {
    expect(contactLines(invented(['09:15 - 17 أغسطس 2021استقبل الرئيس الأفغاني كريم شاه السفير الهندي نافين كومار في كابل.'], { published: '2021-08-18' }), 'native')).toEqual([
      'كريم شاه – نافين كومار: meeting, undated, Kabul',
    ]);
  });

  it('keeps a date the line itself states after the stamp', () => {
    expect(contactLines(invented(['date 2021-08-17 KABUL: Foreign Minister Karim Shah met Ambassador Naveen Ray on Monday.'], { published: '2021-08-18' }))).toEqual([
      'Karim Shah – Naveen Ray: meeting, 2021-08-16',
    ]);
  });
});

describe('an Arabic contact is not dated by what it was about', () => {
  const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

  it('leaves the date of a session scheduled after the talks ("المقرر عقدها يوم 19 ديسمبر") to the session', () => {
    expect(contacts('ناقش وزير الخارجية الروسي سيرغي لافروف مع نظيره الهندي سوبرامانيام جايشانكار الترتيبات النهائية للدورة المقرر عقدها يوم 19 سبتمبر.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: talks, undated',
    ]);
  });

  it('leaves a year far after the contact words to the agreement discussed', () => {
    expect(contacts('بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الهندي سوبرامانيام جايشانكار عددا من المسائل منها العودة إلى التطبيق الكامل للاتفاق النووي المبرم بين إيران والقوى الكبرى عام 2015.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: talks, undated',
    ]);
  });

  it('still takes a date right after the contact words ("التقى X Y في موسكو أمس")', () => {
    expect(contacts('التقى وزير الخارجية الروسي سيرغي لافروف نظيره الهندي سوبرامانيام جايشانكار في موسكو يوم الثلاثاء.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: meeting, 2021-08-31, Moscow',
    ]);
  });
});
