import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence articles published on Thursday 2021-09-02: a journey told by where it left. */
const lines = (texts: string[]) => inventedEvents(texts.map((t) => `Headline\n${t}`), '2021-09-02').events.map((e) => `${e.when.key} ${e.synopsis}`);

describe('a journey told by the place it left', () => {
  it('in English, the place being the verb\'s object', () => {
    expect(lines(['On August 15, President Ashraf Ghani fled Afghanistan.'])).toEqual(['2021-08-15 Ashraf Ghani left Afghanistan']);
    expect(lines(['US troops left Afghanistan on August 30.'])).toEqual(['2021-08-30 The US forces left Afghanistan']);
    expect(lines(['Sergey Lavrov left Moscow for Beijing on Monday.'])).toEqual(['2021-08-30 Sergey Lavrov left Moscow']);
  });

  it('not where "left" has no place for object', () => {
    expect(lines(['The blast on Tuesday left 13 US soldiers dead in Kabul.']).filter((l) => l.includes(' left '))).toEqual([]);
    expect(lines(['President Joe Biden left Americans stranded in Afghanistan on Monday.']).filter((l) => l.includes(' left '))).toEqual([]);
  });

  it('in Arabic, the object or what follows من, announced with سـ', () => {
    expect(lines(['وفي ليلة 31 أغسطس، غادر الجيش الأمريكي مطار كابول، منهيا الوجود العسكري الأمريكي في أفغانستان.'])).toEqual(['2021-08-31 The US army left Kabul']);
    expect(lines(['هرب الرئيس الأفغاني أشرف غني من أفغانستان يوم الأحد إلى الإمارات.'])).toEqual(['2021-08-29 Ashraf Ghani left Afghanistan']);
    expect(lines(['غادرت القوات البريطانية كابول يوم السبت.'])).toEqual(['2021-08-28 The British forces left Kabul']);
    expect(lines(['سيغادر وزير الخارجية الروسي سيرغي لافروف موسكو يوم الخميس.'])).toEqual(['2021-09-02 Sergey Lavrov will leave Moscow']);
  });

  it('in Hindi, with the place right before the verb and the agent marked by the nearest ने', () => {
    expect(lines(['14 अगस्त को तालिबान ने काबुल पर कब्जा किया और 30 अगस्त को अमेरिका के सभी सैनिकों ने अफगानिस्तान छोड़ दिया।'])).toEqual([
      '2021-08-14 The Taliban took control of Kabul',
      '2021-08-30 The United States left Afghanistan',
    ]);
    expect(lines(['राष्ट्रपति अशरफ गनी ने रविवार को अफगानिस्तान छोड़ दिया।'])).toEqual(['2021-08-29 Ashraf Ghani left Afghanistan']);
    expect(lines(['तालिबान ने सोमवार को बंधकों को छोड़ दिया।'])).toEqual([]);
  });
});

describe('a departure from "the country": the country named before the verb', () => {
  it('in English, "left / fled the country", the country in the leaver\'s title', () => {
    expect(lines(["On August 15, Afghanistan's President Ashraf Ghani stepped down and left the country."])).toEqual(['2021-08-15 Ashraf Ghani left Afghanistan']);
    expect(lines(['Afghan President Ashraf Ghani fled the country on Sunday.'])).toEqual(['2021-08-29 Ashraf Ghani left Afghanistan']);
    expect(lines(['Uzbek Foreign Minister Rustam Aliev left his country on Monday.'])).toEqual(['2021-08-30 Rustam Aliev left Uzbekistan']);
  });

  it('in Hindi, "देश छोड़ दिया", "देश छोड़कर भाग गए", and "से भाग गए"', () => {
    expect(lines(['अफगानिस्तान के राष्ट्रपति अशरफ गनी ने रविवार को देश छोड़ दिया।'])).toEqual(['2021-08-29 Ashraf Ghani left Afghanistan']);
    expect(lines(['अफगान राष्ट्रपति अशरफ गनी रविवार को देश छोड़कर भाग गए।'])).toEqual(['2021-08-29 Ashraf Ghani left Afghanistan']);
    expect(lines(['अफगान राष्ट्रपति अशरफ गनी 15 अगस्त को अफगानिस्तान से भाग गए।'])).toEqual(['2021-08-15 Ashraf Ghani left Afghanistan']);
  });

  it('in Arabic, "غادر … البلاد", "هرب من البلاد", the nationality after the verb', () => {
    expect(lines(['غادر الرئيس الأفغاني أشرف غني البلاد يوم الأحد.'])).toEqual(['2021-08-29 Ashraf Ghani left Afghanistan']);
    expect(lines(['وهرب الرئيس الأفغاني أشرف غني من البلاد في 15 أغسطس.'])).toEqual(['2021-08-15 Ashraf Ghani left Afghanistan']);
  });

  it('not when no country is named', () => {
    expect(lines(['President Joao Silva left the country on Sunday.'])).toEqual([]);
  });
});
