import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence articles published on Monday 2021-08-23. */
describe('Hindi arrival and announcement spellings', () => {
  const lines = (texts: string[]) => inventedEvents(texts.map((t) => `शीर्षक\n${t}`), '2021-08-23').events.map((e) => `${e.when.key} ${e.kind}`);
  it('reads "पहुंचते ही" (on arriving) as an arrival and "एलान" as an announcement', () => {
    expect(lines(['मौलवी अब्दुल हकीम ने शनिवार को कंधार पहुँचते ही एलान किया कि वे नई परिषद बनाएंगे।'])).toEqual(['2021-08-21 travel']);
    expect(lines(['रूसी विदेश मंत्री सर्गेई लावरोव रविवार को दोहा पहुंचते ही कतर के अमीर से मिले।'])).toContain('2021-08-22 travel');
    expect(lines(['तालिबान ने सोमवार को नई सरकार का एलान किया।'])).toEqual(['2021-08-23 announcement']);
    expect(lines(['अमेरिका ने शुक्रवार को एलान किया कि वह काबुल से अपने राजनयिकों को निकालेगा।'])).toEqual(['2021-08-20 announcement']);
  });
});
