import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi: a participle of happening between a pair and its contact noun (hindi-noun-frame.ts)', () => {
  it('reads "A और B के बीच हुई बातचीत में …" as their contact', () => {
    expect(contacts('बातचीत', 'राष्ट्रपति दिमित्री सोकोलोव और प्रधानमंत्री नवीन राय के बीच हुई बातचीत में अफगानिस्तान का मुद्दा उठा।')).toEqual([
      'Dimitri Sokolov – Naveen Ray: talks, undated',
    ]);
    expect(contacts('बैठक', 'कतर के अमीर हमद अल थानी और विदेश मंत्री अनिल कुमार के बीच हुई बैठक में कई समझौते हुए।')).toEqual([
      'Hamad Al Thani – Anil Kumar: meeting, undated',
    ]);
  });

  it('with a date before the participle', () => {
    expect(contacts('बातचीत', 'राष्ट्रपति दिमित्री सोकोलोव और प्रधानमंत्री नवीन राय के बीच सोमवार को हुई बातचीत में अफगानिस्तान पर जोर रहा।')).toEqual([
      'Dimitri Sokolov – Naveen Ray: talks, 2021-08-30',
    ]);
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह और विदेश मंत्री अनिल कुमार की 24 अगस्त को हुई फोन वार्ता में व्यापार पर बात हुई।')).toEqual([
      'Karim Shah – Anil Kumar: phone call, 2021-08-24',
    ]);
  });

  it('reads "A और B की हुई बातचीत में" and "की होने वाली बैठक"', () => {
    expect(contacts('बातचीत', 'बीते 24 अगस्त को राष्ट्रपति दिमित्री सोकोलोव और प्रधानमंत्री नवीन राय की हुई बैठक में अफगानिस्तान का मुद्दा उठा।')).toEqual([
      'Dimitri Sokolov – Naveen Ray: meeting, 2021-08-24',
    ]);
    expect(contacts('बैठक', 'ईरानी विदेश मंत्री करीम शाह और कतर के अमीर हमद अल थानी की होने वाली बैठक पर सबकी नजर है।')).toEqual([
      'Karim Shah – Hamad Al Thani: meeting, undated, planned',
    ]);
  });

  it('still reads no contact of a pair who spoke at a meeting in the locative', () => {
    expect(contacts('बैठक', 'राष्ट्रपति दिमित्री सोकोलोव और प्रधानमंत्री नवीन राय ने सोमवार को हुई बैठक में अपनी बात रखी।')).toEqual([]);
  });
});
