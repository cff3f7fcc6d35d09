import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence articles published on Tuesday 2021-08-17. */
const lines = (texts: string[]) => inventedEvents(texts.map((t) => `Headline\n${t}`), '2021-08-17').events.map((e) => `${e.when.key} ${e.synopsis}`);

describe('Hindi: a journey ends at a site of its place', () => {
  it('"X हवाई अड्डे पर पहुंचा": the place before the site is where it went', () => {
    expect(lines(['ईरानी प्रतिनिधिमंडल शनिवार शाम हेरात हवाई अड्डे पर पहुंचा।'])).toEqual(['2021-08-14 The Iranian delegation arrived in Herat']);
    expect(lines(['विदेश मंत्री जयशंकर मंगलवार को दिल्ली एयरपोर्ट पर पहुंचे।'])).toEqual(['2021-08-17 Jaishankar arrived in New Delhi']);
    expect(lines(['रूसी प्रतिनिधिमण्डल रविवार रात ताशकंद हवाईअड्डे पर पहुंच गया।'])).toEqual(['2021-08-15 The Russian delegation arrived in Tashkent']);
  });

  it('the site noun needs its place: a site alone names no destination', () => {
    expect(lines(['विदेश मंत्री जयशंकर मंगलवार को हवाई अड्डे पर पहुंचे।'])).toEqual([]);
  });
});

describe('Hindi: "X के नेतृत्व में एक प्रतिनिधिमंडल" goes where X goes', () => {
  it('a delegation no entity names takes its leader as who arrived', () => {
    expect(lines(['उप विदेश मंत्री अली बाघेरी की अगुवाई में एक प्रतिनिधिमंडल सोमवार को काबुल पहुंचा।'])).toEqual(['2021-08-16 Ali Bagheri arrived in Kabul']);
    expect(lines(['विदेश मंत्री जयशंकर के नेतृत्व में एक उच्च स्तरीय दल रविवार को मॉस्को पहुंचा।'])).toEqual(['2021-08-15 Jaishankar arrived in Moscow']);
    expect(lines(['कतर के विशेष दूत मुतलक अल-कहतानी के नेतृत्व में एक व्यापारिक शिष्टमंडल रविवार रात इस्लामाबाद हवाई अड्डे पर पहुंचा।'])).toEqual([
      expect.stringMatching(/^2021-08-15 Mutla\w+ Al.Q?[KQ]ahtani arrived in Islamabad$/),
    ]);
  });

  it('a delegation named by its country stays the one that arrived', () => {
    expect(lines(['उप विदेश मंत्री अली बाघेरी के नेतृत्व में ईरानी प्रतिनिधिमंडल सोमवार को काबुल पहुंचा।'])).toEqual(['2021-08-16 The Iranian delegation arrived in Kabul']);
  });
});

describe('Arabic: the city after a verb of meeting hosts it, and what follows حول/بشأن is its topic', () => {
  it('the host city is where the meeting was held, never a later country', () => {
    expect(lines(['تستضيف موسكو اليوم الثلاثاء اجتماعا حول أفغانستان.'])).toEqual(['2021-08-17 Meeting in Moscow on Afghanistan']);
    expect(lines(['استضافت طهران، أمس الاثنين، الاجتماع الثاني لوزراء خارجية دول جوار أفغانستان.'])).toEqual(['2021-08-16 Meeting in Tehran on Afghanistan']);
  });

  it('a country after a topic preposition is not who held the meeting', () => {
    expect(lines(['عقدت الدول الثلاث اجتماعا بشأن أفغانستان في الدوحة يوم الاثنين.'])).toEqual(['2021-08-16 Meeting in Doha on Afghanistan']);
    expect(lines(['اجتمع وزراء خارجية دول الجوار في طهران يوم الاثنين لبحث الوضع في أفغانستان.'])).toEqual(['2021-08-16 Meeting in Tehran on Afghanistan']);
  });

  it('a country right after the verb still holds it', () => {
    expect(lines(['تستضيف كازاخستان، اليوم الثلاثاء، اجتماعا لوزراء خارجية دول آسيا الوسطى.'])).toEqual(['2021-08-17 Kazakhstan held a meeting']);
  });
});
