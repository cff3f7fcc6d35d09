import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented Hindi article. */
const contacts = (text: string) => contactLines(invented([`शीर्षक\n${text}`]));

/* Sentences naming the subject, by title and name, before a sentence standing for them. */
const SHAH = 'भारत के विदेश मंत्री करीम शाह ने सोमवार को अफगानिस्तान की स्थिति पर चिंता जताई।';
const LUTFI = 'रूस के राष्ट्रपति उमर लुत्फी ने सोमवार को सुरक्षा परिषद की बैठक बुलाई।';

describe('Hindi: a title alone as the plain subject, with a date or "and" after it', () => {
  it('reads the title as its holder named before', () => {
    expect(contacts(`${SHAH} विदेश मंत्री बुधवार को तालिबान नेता नवीन राय से मिले।`)).toEqual(['Karim Shah – Naveen Ray: meeting, 2021-09-01']);
    expect(contacts(`${LUTFI} राष्ट्रपति गुरुवार को दोहा में कतर के अमीर हमद अल थानी से मिले।`)).toEqual(['Umar Lutfi – Hamad Al Thani: meeting, 2021-08-26, Doha']);
    expect(contacts(`${SHAH} विदेश मंत्री और तालिबान नेता नवीन राय के बीच बातचीत हुई।`)).toEqual(['Karim Shah – Naveen Ray: talks, undated']);
    expect(contacts(`${LUTFI} राष्ट्रपति और ईरानी विदेश मंत्री जावेद रहीमी के बीच फोन पर वार्ता हुई।`)).toEqual(['Umar Lutfi – Javed Rahimi: phone call, undated']);
  });

  it('leaves a title followed by another noun to modify it', () => {
    expect(contacts(`${LUTFI} राष्ट्रपति चुनाव से पहले तालिबान नेता नवीन राय से मुलाकात हुई।`)).toEqual([]);
    expect(contacts(`${SHAH} विदेश मंत्री स्तर की वार्ता में तालिबान नेता नवीन राय भी थे।`)).toEqual([]);
  });
});

describe('Hindi: इन्होंने and उसने stand for the subject named before, as उन्होंने does', () => {
  it('reads the pronoun as the sentence before’s subject', () => {
    expect(contacts(`${SHAH} इन्होंने मंगलवार को तालिबान नेता नवीन राय से मुलाकात की।`)).toEqual(['Karim Shah – Naveen Ray: meeting, 2021-08-31']);
    expect(contacts(`${LUTFI} उसने ईरानी विदेश मंत्री जावेद रहीमी के साथ फोन पर बातचीत की।`)).toEqual(['Umar Lutfi – Javed Rahimi: phone call, undated']);
  });
});
