import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));
const native = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('pair nouns stand for the two people named before (issue 11 coreference)', () => {
  it('reads "the two men" as the two people of the sentence before', () => {
    expect(contacts('Foreign Minister Anil Kumar arrived in Doha, where Prime Minister Karim Shah was waiting. The two men met on Tuesday.')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-31',
    ]);
  });

  it('reads a pair noun as the two people its own sentence names before it ("بحث X مع Y … واتفق الرئيسان")', () => {
    expect(native(
      'الرئيس التركي سامر خليل يهنئ الرئيس الهندي جون ميلر ويبحث معه الوضع',
      'بحث الرئيس الروسي رامي حداد، اليوم الأربعاء، في اتصال هاتفي مع الرئيس الطاجيكي ماركو فيلاني الوضع في المنطقة واتفق الرئيسان على متابعة التواصل.',
    ).filter((line) => line.startsWith('رامي حداد'))).toEqual(['رامي حداد – ماركو فيلاني: phone call, 2021-09-01']);
    expect(native('بحث الرئيس الروسي رامي حداد، اليوم الأربعاء، مع الرئيس الطاجيكي ماركو فيلاني الوضع، واتفق الرئيسان على مواصلة التنسيق.')).toEqual([
      'رامي حداد – ماركو فيلاني: talks, 2021-09-01',
    ]);
  });

  it('reads "الرجلان" as the pair of the contact just stated', () => {
    expect(native('التقى وزير الخارجية الروسي سيرغي لافروف بنظيره الهندي سوبرامانيام جايشانكار في موسكو.', 'وتحدث الرجلان هاتفيا يوم الثلاثاء.')).toEqual([
      // The article gives the pair one date: the undated meeting takes it (contacts/merge.ts).
      'سيرغي لافروف – سوبرامانيام جايشانكار: meeting, 2021-08-31, Moscow',
      'سيرغي لافروف – سوبرامانيام جايشانكار: phone call, 2021-08-31',
    ]);
  });

  it('reads "दोनों नेताओं ने" as the two people named just before', () => {
    expect(contacts('प्रधानमंत्री अनिल कुमार और राष्ट्रपति करीम शाह दिल्ली में थे।', 'दोनों नेताओं ने मंगलवार को बातचीत की।')).toEqual([
      'Anil Kumar – Karim Shah: talks, 2021-08-31',
    ]);
  });

  it('reads "साथ मिलकर काम" (working together) as no meeting of the pair', () => {
    expect(contacts('प्रधानमंत्री अनिल कुमार और राष्ट्रपति करीम शाह दिल्ली में थे।', 'दोनों नेताओं ने साथ मिलकर काम करने की इच्छा जाहिर की।')).toEqual([]);
  });

  it('gives "the two sides" no people: sides are as often countries', () => {
    expect(contacts('Foreign Minister Anil Kumar met Foreign Minister Karim Shah on Monday. Talks between the two sides went on on Tuesday.')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
  });

  it('pairs a pair noun only within itself: "between the two officials" after another person is no contact of theirs', () => {
    expect(
      contacts(
        'Foreign Minister Anil Kumar met Foreign Minister Karim Shah on Monday.',
        'President Navin Ray sent a letter, after talks between the two officials on Tuesday.',
      ),
    ).toEqual(['Anil Kumar – Karim Shah: meeting, 2021-08-30', 'Anil Kumar – Karim Shah: talks, 2021-08-31']);
  });
});

describe('pronouns that are not the subject stand for the one person named just before', () => {
  it('reads उनकी मेजबानी and उनसे as the person of the sentence before', () => {
    expect(contacts('सरकार ने प्रधानमंत्री अनिल कुमार की यात्रा पर बयान जारी किया।', 'राष्ट्रपति करीम शाह 22 सितंबर को उनकी मेजबानी करेंगे।')).toEqual([
      'Karim Shah – Anil Kumar: meeting, 2021-09-22, planned',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार काबुल पहुंचे।', 'राजदूत करीम शाह ने उनसे मुलाकात की।')).toEqual(['Karim Shah – Anil Kumar: meeting, undated']);
  });

  it('reads a denied contact as none ("बाइडेन ने उन्हें फोन तक नहीं किया", "नहीं मिले")', () => {
    expect(contacts('प्रधानमंत्री अनिल कुमार ने बधाई दी।', 'लेकिन राष्ट्रपति करीम शाह ने उन्हें फोन तक नहीं किया।')).toEqual([]);
    expect(contacts('विदेश मंत्री अनिल कुमार काबुल पहुंचे।', 'राष्ट्रपति करीम शाह उनसे नहीं मिले।')).toEqual([]);
    expect(contacts('विदेश मंत्री अनिल कुमार काबुल पहुंचे।', 'राष्ट्रपति करीम शाह उनसे मिले।')).toEqual(['Karim Shah – Anil Kumar: meeting, undated']);
  });

  it('leaves the pronoun unread when two people could be meant', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और राजदूत नवीन राय काबुल पहुंचे।', 'राष्ट्रपति करीम शाह ने उनसे मुलाकात की।')).toEqual([]);
  });

  it('reads a possessive before a role as no person ("उनके समकक्ष")', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार काबुल पहुंचे।', 'राजदूत करीम शाह ने उनके ईरानी समकक्ष हुसैन अमीर से मुलाकात की।')).toEqual([
      'Karim Shah – Hossein Amir: meeting, undated',
    ]);
  });
});

describe('Arabic pair words: بينهما "between the two of them", الجانبان "the two sides"', () => {
  it('reads "محادثة هاتفية بينهما" as a call of the two people named just before', () => {
    expect(native('أعرب الرئيس الروسي سيرغي لافروف ونظيره الهندي سوبرامانيام جايشانكار عن قلقهما.', 'جاء ذلك في محادثة هاتفية بينهما يوم الثلاثاء.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: phone call, 2021-08-31',
    ]);
  });

  it('reads "وبحث الجانبان" as talks of the pair of the contact just stated', () => {
    expect(native('وصل وزير الخارجية الروسي سيرغي لافروف ونظيره الهندي سوبرامانيام جايشانكار إلى الدوحة.', 'وبحث الجانبان الوضع في أفغانستان.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: talks, undated',
    ]);
  });

  it('gives "بينهما" no people when the sentence before names three', () => {
    expect(native('أعرب الرئيس الروسي سيرغي لافروف ونظيراه الهندي سوبرامانيام جايشانكار والصيني وانغ يي عن قلقهم.', 'جاء ذلك في محادثة هاتفية بينهما.')).toEqual([]);
  });
});
