import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi: people who attended a meeting together (session 11)', () => {
  it('reads "A और B <meeting> में शामिल हुए" as their joint appearance, the meeting before or after them', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और ईरानी विदेश मंत्री हुसैन अमीर बैठक में शामिल हुए।')).toEqual(['Anil Kumar – Hossein Amir: joint appearance, undated']);
    expect(contacts('सोमवार को हुई बैठक में विदेश मंत्री अनिल कुमार और ईरानी विदेश मंत्री हुसैन अमीर शामिल हुए।')).toEqual([
      'Anil Kumar – Hossein Amir: joint appearance, 2021-08-30',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय और जापानी प्रधानमंत्री केन सातो अगले सप्ताह शिखर सम्मेलन में भी शामिल होंगे।')).toEqual([
      'Naveen Ray – Ken Sato: joint appearance, undated, planned',
    ]);
  });

  it('reads no contact from joining what is no meeting ("सरकार में शामिल")', () => {
    expect(contacts('पूर्व राष्ट्रपति करीम शाह और राजदूत हुसैन अमीर नई सरकार में शामिल हुए।')).toEqual([]);
    expect(contacts('बैठक में कई देश थे और पूर्व राष्ट्रपति करीम शाह तथा राजदूत हुसैन अमीर सरकार में शामिल हुए।')).toEqual([]);
  });
});

describe('Hindi: a meeting chaired or hosted by someone (session 11)', () => {
  it('reads the chair as meeting each one who took part', () => {
    expect(contacts('एनएसए अनिल कुमार की अध्यक्षता में हुई बैठक में ईरानी एनएसए हुसैन अमीर ने भाग लिया।')).toEqual([
      'Anil Kumar – Hossein Amir: joint appearance, undated',
    ]);
    expect(contacts('एनएसए अनिल कुमार की अध्यक्षता में बुधवार को हुई बैठक में ईरानी एनएसए हुसैन अमीर और रूसी एनएसए इवान ओर्लोव शामिल हुए।')).toEqual([
      'Anil Kumar – Hossein Amir: joint appearance, 2021-09-01',
      'Anil Kumar – Ivan Orlov: joint appearance, 2021-09-01',
      'Hossein Amir – Ivan Orlov: joint appearance, 2021-09-01',
    ]);
  });

  it('reads no contact when those who took part are no people, or the genitive is no chair', () => {
    expect(contacts('एनएसए अनिल कुमार की अध्यक्षता में हुई बैठक में कई देशों ने भाग लिया।')).toEqual([]);
    expect(contacts('एनएसए अनिल कुमार की पहल पर हुई बैठक में ईरानी एनएसए हुसैन अमीर ने भाग लिया।')).toEqual([]);
  });

  it('reads the owner of the meeting noun itself as its chair: "X की बैठक में", "X वार्ता में"', () => {
    expect(contacts('प्रधानमंत्री नवीन राय की बैठक में ईरानी विदेश मंत्री करीम शाह भी शामिल हुए।')).toEqual(['Naveen Ray – Karim Shah: joint appearance, undated']);
    const counterparts = 'किर्गिज़ गणराज्य के विदेश मंत्री रुस्लान अलीयेव और कज़ाख विदेश मंत्री मुख्तार बेकोव पहले ही दिल्ली आ चुके हैं।';
    expect(contacts(counterparts, 'विदेश मंत्री अनिल कुमार वार्ता में कजाकिस्तान और किर्गिस्तान के उनके समकक्षों ने भाग लिया।')).toEqual([
      'Anil Kumar – Mukhtar Bekov: joint appearance, undated',
      'Anil Kumar – Ruslan Aliyev: joint appearance, undated',
    ]);
    expect(contacts(counterparts, 'विदेश मंत्री अनिल कुमार की वार्ता में कजाकिस्तान और किर्गिस्तान के विदेश मंत्रियों ने हिस्सा लिया।')).toEqual([
      'Anil Kumar – Mukhtar Bekov: joint appearance, undated',
      'Anil Kumar – Ruslan Aliyev: joint appearance, undated',
    ]);
  });
});

describe('Hindi: someone present at "this meeting" told before (session 11)', () => {
  const met = 'विदेश मंत्री अनिल कुमार ने सोमवार को ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।';
  it('reads who was present or took part as meeting the one who held it, on its day', () => {
    expect(contacts(met, 'इस बैठक में राजदूत करीम शाह भी मौजूद रहे।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-30',
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
    expect(contacts(met, 'सूत्रों के अनुसार बातचीत अच्छी रही।', 'उस मुलाकात के दौरान पूर्व राष्ट्रपति करीम शाह और राजदूत नवीन राय भी उपस्थित थे।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-30',
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
      'Anil Kumar – Naveen Ray: meeting, 2021-08-30',
    ]);
    expect(contacts(met, 'इस बैठक में राजदूत करीम शाह ने भी भाग लिया।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-30',
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
  });

  it('reads nothing when no meeting was told before', () => {
    expect(contacts('दिल्ली में मौसम अच्छा रहा।', 'इस बैठक में राजदूत करीम शाह भी मौजूद रहे।')).toEqual([]);
  });
});
