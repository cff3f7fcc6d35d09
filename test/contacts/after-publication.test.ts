import { describe, expect, it } from 'vitest';
import { afterPublication } from '../../src/contacts/when.ts';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article published on Wednesday 2021-08-18. */
const contacts = (...sentences: string[]) => contactLines(invented([['Headline', ...sentences].join('\n')], { published: '2021-08-18' }));
/** The same, people named as written. */
const native = (...sentences: string[]) => contactLines(invented([['Headline', ...sentences].join('\n')], { published: '2021-08-18' }), 'native');

describe('a contact dated after its article was published is planned, whatever its tense', () => {
  it('reads a day to come as an announced contact', () => {
    expect(native('ويعقد وزير الخارجية كريم شاه غدا محادثات مع السفير نبيل حداد في كابول.')).toEqual([
      'كريم شاه – نبيل حداد: talks, 2021-08-19, Kabul, planned',
    ]);
    expect(contacts('Foreign Minister Karim Shah travels to Kabul tomorrow to meet Ambassador Naveen Ray.')).toEqual([
      'Karim Shah – Naveen Ray: meeting, 2021-08-19, planned',
    ]);
    expect(contacts('विदेश मंत्री करीम शाह 25 अगस्त को राजदूत नवीन राय से मुलाकात करने काबुल जाते हैं।')).toEqual([
      'Karim Shah – Naveen Ray: meeting, 2021-08-25, planned',
    ]);
  });

  it('leaves a day gone by as it was told', () => {
    expect(native('ويعقد وزير الخارجية كريم شاه أمس محادثات مع السفير نبيل حداد في كابول.')).toEqual(['كريم شاه – نبيل حداد: talks, 2021-08-17, Kabul']);
  });

  it('compares at the date’s own precision, and trusts no publication date read from the text', () => {
    const catalog = { published: '2021-08-18', publishedFrom: 'catalog' as const };
    expect(afterPublication({ year: 2021, month: 8 }, catalog)).toBe(false);
    expect(afterPublication({ year: 2021, month: 9 }, catalog)).toBe(true);
    expect(afterPublication({ year: 2021 }, catalog)).toBe(false);
    expect(afterPublication({ year: 2021, month: 8, day: 19 }, { ...catalog, datelineDay: '2021-08-20' })).toBe(false);
    expect(afterPublication({ year: 2021, month: 8, day: 19 }, { published: '2021-08-18', publishedFrom: 'text' })).toBe(false);
    expect(afterPublication(undefined, catalog)).toBe(false);
  });
});
