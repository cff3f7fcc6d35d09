import { describe, expect, it } from 'vitest';
import { inventedEvents, lines } from './helpers.ts';

/* Invented sentences, published on Tuesday 2021-08-17: a journey needs a destination, and the packs now list Afghanistan's other cities. */
describe('journeys to cities beyond the capitals', () => {
  it('reads an arrival in an Afghan city in each language', () => {
    expect(lines(inventedEvents(['خبر\nوصل وفد طالبان إلى قندهار يوم الثلاثاء.']))).toEqual(['2021-08-17 The Taliban arrived in Kandahar']);
    expect(lines(inventedEvents(['खबर\nतालिबान का प्रतिनिधिमंडल मंगलवार को कंधार पहुंचा।']))).toEqual(['2021-08-17 The Taliban arrived in Kandahar']);
    expect(lines(inventedEvents(['News\nA Taliban delegation arrived in Herat on Tuesday.']))).toEqual(['2021-08-17 The Taliban arrived in Herat']);
  });

  it('still reads no journey where no place is named', () => {
    expect(lines(inventedEvents(['News\nA Taliban delegation arrived on Tuesday.']))).toEqual([]);
  });
});
