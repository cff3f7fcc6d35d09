import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi nominal contacts: "X की Y से मुलाकात" (session 11)', () => {
  it('reads the noun after "X की Y से / के साथ" as their contact, its verb late or missing', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार की ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात सोमवार को हुई।')).toEqual(['Anil Kumar – Hossein Amir: meeting, 2021-08-30']);
    expect(contacts('विदेश मंत्री अनिल कुमार की ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात, सुरक्षा पर चर्चा', 'दोनों देशों ने बयान जारी किया।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, undated',
    ]);
    expect(contacts('राष्ट्रपति करीम शाह की जापानी प्रधानमंत्री केन सातो के साथ वार्ता मंगलवार को संपन्न हुई।')).toEqual([
      'Karim Shah – Ken Sato: talks, 2021-08-31',
    ]);
  });

  it('reads the noun after a few modifiers ("अहम बैठक", "फोन पर बातचीत", "द्विपक्षीय वार्ता")', () => {
    expect(contacts('एनएसए अनिल कुमार की रूसी एनएसए इवान ओर्लोव के साथ अहम बैठक, सुरक्षा पर चर्चा', 'दोनों देशों ने बयान जारी किया।')).toEqual([
      'Anil Kumar – Ivan Orlov: meeting, undated',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय की जापानी प्रधानमंत्री केन सातो से फोन पर बातचीत, व्यापार पर जोर', 'दोनों देशों ने बयान जारी किया।')).toEqual([
      'Naveen Ray – Ken Sato: phone call, undated',
    ]);
    expect(contacts('राष्ट्रपति करीम शाह की चीनी राष्ट्रपति ली मिंग से द्विपक्षीय वार्ता सोमवार को हुई।')).toEqual(['Karim Shah – Li Ming: talks, 2021-08-30']);
  });

  it('reads it as planned when the words after announce it, and as nothing when they deny it', () => {
    expect(contacts('प्रधानमंत्री नवीन राय की जापानी प्रधानमंत्री केन सातो से बैठक की संभावना है।')).toEqual(['Naveen Ray – Ken Sato: meeting, undated, planned']);
    expect(contacts('प्रधानमंत्री नवीन राय की जापानी प्रधानमंत्री केन सातो से मुलाकात अगले महीने होगी।')).toEqual([
      'Naveen Ray – Ken Sato: meeting, October 2021, planned',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय की जापानी प्रधानमंत्री केन सातो से मुलाकात नहीं हो सकी।')).toEqual([]);
  });

  it('reads no contact from "X की Y से" before a noun that is none', () => {
    expect(contacts('प्रधानमंत्री नवीन राय की जापानी प्रधानमंत्री केन सातो से नाराजगी साफ दिखी।')).toEqual([]);
  });
});

describe('Hindi nominal contacts: "A और B के बीच यह <noun>" (session 11)', () => {
  it('reads a contact noun after "के बीच" and a determiner (यह, ये, एक अहम) as the pair\'s contact', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और ईरानी विदेश मंत्री हुसैन अमीर के बीच यह मुलाकात शुक्रवार को हुई थी।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-27',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो के बीच ये वार्ता ऐसे समय हुई है जब हालात बिगड़ रहे हैं।')).toEqual([
      'Naveen Ray – Ken Sato: talks, undated',
    ]);
    expect(contacts('राष्ट्रपति करीम शाह और चीनी राष्ट्रपति ली मिंग के बीच एक अहम बैठक होगी।')).toEqual(['Karim Shah – Li Ming: meeting, undated, planned']);
  });

  it('reads no contact from another noun after "के बीच यह"', () => {
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो के बीच यह मतभेद पुराना है।')).toEqual([]);
  });
});

describe('Hindi nominal contacts: "A और B में <noun>" (session 11)', () => {
  it('reads two people in the locative before a contact noun as the two it is between', () => {
    expect(contacts('रक्षा मंत्री करीम शाह और राष्ट्रपति हुसैन अमीर में बैठक की पुष्टि', 'दोनों देशों ने बयान जारी किया।')).toEqual([
      'Karim Shah – Hussain Amir: meeting, undated',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो में सोमवार को बातचीत हुई।')).toEqual(['Naveen Ray – Ken Sato: talks, 2021-08-30']);
  });

  it('reads no contact from "A और B में से" (of the two) or another noun', () => {
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो में से किसी ने बात नहीं की।')).toEqual([]);
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो में मतभेद हैं।')).toEqual([]);
  });
});
