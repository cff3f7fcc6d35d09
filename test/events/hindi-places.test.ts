import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Events of an invented one-sentence Hindi article published on Tuesday 2021-11-09. */
const events = (text: string) => inventedEvents([`Headline\n${text}`], '2021-11-09').events.map((e) => `${e.when.key}${e.planned ? ' planned' : ''} ${e.synopsis}`);

describe('Hindi: a meeting noun opening its clause is held where its verb says', () => {
  it('reads the place marked में after the noun, and the country marked पर as the topic', () => {
    expect(events('अफगानिस्तान पर सम्मेलन बुधवार को तेहरान में हुआ।')).toEqual(['2021-11-03 Meeting in Tehran on Afghanistan']);
    expect(events('अफगानिस्तान पर क्षेत्रीय सुरक्षा संवाद बुधवार को नई दिल्ली में आयोजित किया गया।')).toEqual(['2021-11-03 Meeting in New Delhi on Afghanistan']);
    expect(events('अफगानिस्तान की स्थिति पर शिखर सम्मेलन शुक्रवार को मॉस्को में हुआ।')).toEqual(['2021-11-05 Meeting in Moscow on Afghanistan']);
  });

  it('keeps a place before the noun as the meeting\'s ("मॉस्को में बैठक")', () => {
    expect(events('सोमवार को मॉस्को में अफगानिस्तान पर बैठक हुई।')).toEqual(['2021-11-08 Meeting in Moscow on Afghanistan']);
  });
});

describe('Hindi: a journey noun\'s destination in the genitive right before it', () => {
  it('reads "X की यात्रा करेंगे" and "X का दौरा किया" as journeys to X', () => {
    expect(events('विदेश मंत्री एस जयशंकर गुरुवार को काबुल की यात्रा करेंगे।')).toEqual(['2021-11-11 planned S. Jaishankar will travel to Kabul']);
    expect(events('रूसी विदेश मंत्री सर्गेई लावरोव ने सोमवार को भारत का दौरा किया।')).toEqual(['2021-11-08 Sergey Lavrov arrived in India']);
  });

  it('not a person in the genitive ("जयशंकर की यात्रा")', () => {
    expect(events('सोमवार को जयशंकर की यात्रा पर चर्चा हुई।').filter((l) => l.includes('travel'))).toEqual([]);
  });
});

describe('a Hindi journey told with its noun: "X के दौरे पर", "X की यात्रा पर"', () => {
  const journeys = (s: string) => inventedEvents([`शीर्षक\n${s}`], '2021-09-08').events.map((e) => `${e.when.key} ${e.synopsis}`);
  it('takes the place in the genitive before the noun as where it went, not who went', () => {
    expect(journeys('विदेश मंत्री राम कुमार सोमवार को भारत के दौरे पर पहुंचे।')).toEqual(['2021-09-06 Ram Kumar arrived in India']);
    expect(journeys('विदेश मंत्री राम कुमार मंगलवार को रूस की यात्रा पर रवाना हुए।')).toEqual(['2021-09-07 Ram Kumar arrived in Russia']);
  });

  it('reads "गए" (went) and "पहुंच चुके हैं" with the destination right before', () => {
    expect(journeys('विदेश मंत्री राम कुमार मंगलवार को काबुल गए।')).toEqual(['2021-09-07 Ram Kumar arrived in Kabul']);
    expect(journeys('विदेश मंत्री राम कुमार मंगलवार को काबुल पहुंच चुके हैं।')).toEqual(['2021-09-07 Ram Kumar arrived in Kabul']);
    expect(journeys('हमले में काबुल में 13 सैनिक मारे गए।')).toEqual([]);
  });
});
