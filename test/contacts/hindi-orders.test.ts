import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi word orders of a contact (hindi-order.ts)', () => {
  it('reads the light verb right after the subject in a headline: "X ने की Y से मुलाकात"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने की ईरानी विदेश मंत्री करीम शाह से मुलाकात')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('प्रधानमंत्री नवीन राय ने की रूसी राष्ट्रपति दिमित्री सोकोलोव के साथ फोन पर बात, अफगानिस्तान पर हुई चर्चा')).toEqual([
      'Naveen Ray – Dimitri Sokolov: phone call, undated',
    ]);
    expect(contacts('राजदूत नवीन राय ने कहा कि इस पर बात की जाएगी।')).toEqual([]);
  });

  it('reads a subject set off by a comma before the person met: "X, Y से मिले"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार, ईरानी विदेश मंत्री करीम शाह से मिले।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('प्रधानमंत्री नवीन राय, मंगलवार को कतर के अमीर हमद अल थानी के साथ बैठक करेंगे।')).toEqual([
      'Naveen Ray – Hamad Al Thani: meeting, 2021-09-07, planned',
    ]);
    // A list ending with "और" has no subject in it.
    expect(contacts('विदेश मंत्री अनिल कुमार, राजदूत नवीन राय और ईरानी विदेश मंत्री करीम शाह से मिले।')).toEqual([]);
  });

  it('reads the one welcomed first and the host after: "X का Y ने स्वागत किया", "X की अगवानी Y ने की"', () => {
    expect(contacts('काबुल पहुंचने पर विदेश मंत्री अनिल कुमार का तालिबान नेता मुल्ला करीम शाह ने स्वागत किया।')).toEqual([
      'Karim Shah – Anil Kumar: meeting, undated',
    ]);
    expect(contacts('हवाई अड्डे पर रूसी राष्ट्रपति दिमित्री सोकोलोव की अगवानी प्रधानमंत्री नवीन राय ने की।')).toEqual([
      'Naveen Ray – Dimitri Sokolov: meeting, undated',
    ]);
  });

  it('reads the person met before the genitive subject of a contact noun: "Y के साथ X की बैठक हुई"', () => {
    expect(contacts('ईरानी विदेश मंत्री करीम शाह के साथ विदेश मंत्री अनिल कुमार की द्विपक्षीय बैठक सोमवार को हुई।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
    expect(contacts('रूसी राष्ट्रपति दिमित्री सोकोलोव से प्रधानमंत्री नवीन राय की फोन पर बातचीत हुई।')).toEqual(['Naveen Ray – Dimitri Sokolov: phone call, undated']);
  });

  it('reads the ergative subject last, closing a headline: "Y से की मुलाकात X ने", "चर्चा की A और B ने"', () => {
    expect(contacts('ईरानी विदेश मंत्री करीम शाह से की मुलाकात विदेश मंत्री अनिल कुमार ने')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('अफगानिस्तान पर चर्चा की प्रधानमंत्री नवीन राय और रूसी राष्ट्रपति दिमित्री सोकोलोव ने')).toEqual(['Naveen Ray – Dimitri Sokolov: talks, undated']);
  });

  it('reads the contact noun between its genitive subject and the person met: "X की मुलाकात Y से हुई"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार की मुलाकात ईरानी विदेश मंत्री करीम शाह से हुई।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('प्रधानमंत्री नवीन राय की फोन पर बात रूसी राष्ट्रपति दिमित्री सोकोलोव से हुई।')).toEqual(['Naveen Ray – Dimitri Sokolov: phone call, undated']);
    expect(contacts('राजदूत नवीन राय की बातचीत शुक्रवार को कतर के अमीर हमद अल थानी के साथ होगी।')).toEqual(['Naveen Ray – Hamad Al Thani: talks, 2021-09-03, planned']);
    expect(contacts('विदेश मंत्री अनिल कुमार की मुलाकात ईरानी विदेश मंत्री करीम शाह से नहीं हो सकी।')).toEqual([]);
  });

  it('reads उनकी (his, feminine) as the subject of a contact noun, not the owner of a role', () => {
    expect(contacts('अफगानिस्तान पर बातचीत', 'ईरानी विदेश मंत्री करीम शाह सोमवार को दिल्ली पहुंचे। उनकी मुलाकात विदेश मंत्री अनिल कुमार से हुई।')).toEqual([
      'Karim Shah – Anil Kumar: meeting, undated',
    ]);
    expect(contacts('अफगानिस्तान पर बातचीत', 'ईरानी विदेश मंत्री करीम शाह सोमवार को दिल्ली पहुंचे। विदेश मंत्री अनिल कुमार के साथ उनकी बैठक हुई।')).toEqual([
      'Karim Shah – Anil Kumar: meeting, undated',
    ]);
  });

  it('reads an object pronoun after जहां as the main clause\'s one person', () => {
    expect(contacts('अफगानिस्तान पर बातचीत', 'ईरानी विदेश मंत्री करीम शाह सोमवार को दिल्ली पहुंचे, जहां विदेश मंत्री अनिल कुमार ने उनका स्वागत किया।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-30, New Delhi',
    ]);
    expect(contacts('अफगानिस्तान पर बातचीत', 'राजदूत नवीन राय मंगलवार को काबुल पहुंचे, जहां तालिबान नेता मुल्ला करीम शाह ने उनसे बात की।')).toEqual([
      'Karim Shah – Naveen Ray: talks, 2021-08-31, Kabul',
    ]);
  });

  it('reads a headline with the verb before the unmarked subject last: "Y से बात करेंगे X", "Y से मिलने पहुंचे X"', () => {
    expect(contacts('ईरानी विदेश मंत्री करीम शाह से मिलने पहुंचे विदेश मंत्री अनिल कुमार')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('रूसी राष्ट्रपति दिमित्री सोकोलोव से फोन पर बात करेंगे प्रधानमंत्री नवीन राय')).toEqual([
      'Naveen Ray – Dimitri Sokolov: phone call, undated, planned',
    ]);
  });

  it('reads उनकी before a role as the subject of the contact noun after it ("उनकी विदेश मंत्री X से मुलाकात हुई")', () => {
    expect(contacts('अफगानिस्तान पर बातचीत', 'ईरानी विदेश मंत्री करीम शाह सोमवार को दिल्ली पहुंचे। उनकी विदेश मंत्री अनिल कुमार से मुलाकात हुई।')).toEqual([
      'Karim Shah – Anil Kumar: meeting, undated',
    ]);
  });
});
