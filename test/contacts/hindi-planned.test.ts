import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi contacts that are due or likely (session 11)', () => {
  it('reads "होनी है", "करनी है" (is to happen) as planned, and dates its weekday forward', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार की ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात होनी है।')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated, planned']);
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो के बीच बैठक होनी है।')).toEqual(['Naveen Ray – Ken Sato: meeting, undated, planned']);
    expect(contacts('राष्ट्रपति करीम शाह की चीनी राष्ट्रपति ली मिंग के साथ बैठक शुक्रवार को होनी है।')).toEqual(['Karim Shah – Li Ming: meeting, 2021-09-03, planned']);
  });

  it('reads "के आसार हैं" (likely) and "का कार्यक्रम है" (scheduled) as planned', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार के ईरानी विदेश मंत्री हुसैन अमीर से मिलने के आसार हैं।')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated, planned']);
    expect(contacts('प्रधानमंत्री नवीन राय का जापानी प्रधानमंत्री केन सातो से मिलने का कार्यक्रम है।')).toEqual(['Naveen Ray – Ken Sato: meeting, undated, planned']);
  });

  it('still reads a contact told as done with a programme after it as done', () => {
    expect(contacts('प्रधानमंत्री नवीन राय ने जापानी प्रधानमंत्री केन सातो से मुलाकात की और कार्यक्रम में भाषण दिया।')).toEqual(['Naveen Ray – Ken Sato: meeting, undated']);
  });
});
