import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi: a longer body name before the second of a pair (groups.ts MAX_BODY_NAME)', () => {
  const before = 'विदेश मंत्री नवीन राय ने शनिवार को कतर के विशेष दूत हमद अल थानी से मुलाकात की।';

  it('joins "A और <nation> <ministry> (<acronym>) में <title> B के बीच" as a pair', () => {
    expect(
      contacts('दूत', before, 'शुक्रवार को भी कतर के दूत और भारतीय विदेश मंत्रालय (MEA) में संयुक्त सचिव अनिल कुमार के बीच अफगानिस्तान पर चर्चा हुई थी।'),
    ).toContain('Hamad Al Thani – Anil Kumar: talks, 2021-08-27');
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह और भारतीय विदेश मंत्रालय में संयुक्त सचिव अनिल कुमार ने सोमवार को वार्ता की।')).toEqual([
      'Karim Shah – Anil Kumar: talks, 2021-08-30',
    ]);
  });
});
