import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented Hindi article (headline first), published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([['शीर्षक', ...lines].join('\n')]));

describe('Hindi: a full Arabic name with its family particle, written shorter elsewhere in the article', () => {
  it('keeps "अल X" as the surname of the name the article also writes without it', () => {
    expect(
      contacts('विदेश मंत्री करीम शाह ने रविवार को सऊदी विदेश मंत्री फैसल बिन फरहान अल सऊद के साथ व्यापक बातचीत की।', 'उन्होंने कहा कि सऊदी विदेश मंत्री फैसल बिन फरहान पहली बार भारत आए।'),
    ).toEqual(['Karim Shah – Faisal bin Farhan Al Saud: talks, 2021-08-29']);
    expect(
      contacts('कतर के विदेश मंत्री मोहम्मद बिन अब्दुल रहमान अल थानी से प्रधानमंत्री नवीन राय ने सोमवार को फोन पर बात की।', 'कतर के विदेश मंत्री मोहम्मद बिन अब्दुल रहमान इस समय काबुल में हैं।'),
    ).toEqual(['Naveen Ray – Mohammad bin Abdul Rahman Al Thani: phone call, 2021-08-30']);
  });

  it('does not take two ordinary words after a known name as its surname', () => {
    const kb = invented(['शीर्षक\nविदेश मंत्री फैसल बिन फरहान बड़ी बैठक के बाद लौटे।\nसऊदी विदेश मंत्री फैसल बिन फरहान ने बयान दिया।']);
    expect(kb.people.map((p) => p.display)).toEqual(['Faisal bin Farhan']);
  });
});
