import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article (headline first) published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([['शीर्षक', ...lines].join('\n')]));

describe('Hindi subjects carried from the sentence before (session 11)', () => {
  it('reads a sentence opening with the person met as going on with the previous sentence\'s subject', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार सोमवार को तेहरान पहुंचे।', 'इसके बाद ईरानी राष्ट्रपति हुसैन अमीर से भी मुलाकात की।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-30',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय ने मंगलवार को जापानी प्रधानमंत्री केन सातो से बात की।', 'इसके बाद चीनी राष्ट्रपति ली मिंग से भी फोन पर चर्चा की।')).toEqual([
      'Naveen Ray – Ken Sato: talks, 2021-08-31',
      'Naveen Ray – Li Ming: phone call, 2021-08-31',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार गुरुवार को मास्को पहुंचे।', 'रूसी विदेश मंत्री इवान ओर्लोव से मिले और द्विपक्षीय संबंधों पर चर्चा की।')).toEqual([
      'Anil Kumar – Ivan Orlov: meeting, undated',
    ]);
    expect(contacts('रक्षा मंत्री करीम शाह बुधवार को काबुल में थे।', 'वहां राष्ट्रपति हुसैन अमीर को फोन किया।')).toEqual(['Karim Shah – Hussain Amir: phone call, undated']);
  });

  it('carries nothing when the sentence may have a subject of its own', () => {
    const before = 'विदेश मंत्री अनिल कुमार सोमवार को तेहरान पहुंचे।';
    // An agent that is no person, a body as plain subject.
    expect(contacts(before, 'भारत ने ईरानी राष्ट्रपति हुसैन अमीर से बात की।')).toEqual([]);
    expect(contacts(before, 'भारतीय दल ईरानी राष्ट्रपति हुसैन अमीर से मिलेगा।')).toEqual([]);
    // A passive, a happening, a noun that is no statement.
    expect(contacts(before, 'ईरानी राष्ट्रपति हुसैन अमीर से बात की गई।')).toEqual([]);
    expect(contacts(before, 'ईरानी राष्ट्रपति हुसैन अमीर से बातचीत हुई।')).toEqual([]);
    expect(contacts(before, 'ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात की तस्वीरें सामने आईं।')).toEqual([]);
  });

  it('carries nothing from a sentence whose subject is two people or no one', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और रक्षा मंत्री करीम शाह सोमवार को तेहरान पहुंचे।', 'ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात की।')).toEqual([]);
    expect(contacts('तेहरान में सोमवार को बैठक हुई।', 'ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात की।')).toEqual([]);
  });
});
