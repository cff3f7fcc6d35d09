import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi: a plain subject after "Y से मुलाकात के बाद / के दौरान" (subjectAfterNoun)', () => {
  it('reads the main clause\'s plain subject as the one who met Y', () => {
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह के साथ वार्ता करने के बाद विदेश मंत्री अनिल कुमार दिल्ली लौट आए।')).toEqual([
      'Anil Kumar – Karim Shah: talks, undated',
    ]);
    expect(contacts('मुलाकात', 'ईरानी विदेश मंत्री करीम शाह से मुलाकात के बाद विदेश मंत्री अनिल कुमार मास्को रवाना हो गए।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated',
    ]);
    expect(contacts('बातचीत', 'कतर के अमीर हमद अल थानी से फोन पर बातचीत के दौरान प्रधानमंत्री नवीन राय भारत के रुख पर अडिग रहे।')).toEqual([
      'Naveen Ray – Hamad Al Thani: phone call, undated',
    ]);
  });

  it('with a delegation led by Y and a time between', () => {
    expect(
      contacts('वार्ता', 'दोहा में ईरानी विदेश मंत्री करीम शाह के नेतृत्व में प्रतिनिधिमंडल के साथ सप्ताहांत में वार्ता करने के बाद यूरोपीय दूत मार्क वेबर भारत पहुंचे।'),
    ).toEqual(['Mark Weber – Karim Shah: talks, undated']);
  });

  it('not a plain subject denied or only present there', () => {
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह से चर्चा के दौरान विदेश मंत्री अनिल कुमार मौजूद नहीं थे।')).toEqual([]);
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह से बातचीत के दौरान राजदूत नवीन राय भी उपस्थित थे।')).toEqual([]);
  });
});
