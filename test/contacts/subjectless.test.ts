import { describe, expect, it } from 'vitest';
import { describe as line, invented } from '../people/helpers.ts';

/** Contacts of invented articles (one per text), each with the articles its evidence is from. */
const contacts = (...texts: string[]) => {
  const kb = invented(texts.map((t) => `Headline\n${t}`));
  return kb.contacts.map((c) => `${line(kb, c)} [${[...new Set(c.evidence.map((e) => e.article))].join(',')}]`);
};

/* Another article's grammar-read meeting of the pair, in each language. */
const MET_EN = 'Foreign Minister Karim Shah met Ambassador Nabil Hadad in Doha.';
const MET_HI = 'विदेश मंत्री करीम शाह ने राजदूत नवीन राय से मुलाकात की।';
const MET_AR = 'والتقى وزير الخارجية كريم شाه السفير نبيل حداد في الدوحة.'.replace('शाह', 'شاه');

/* A pronoun subject after a sentence naming two people: the sentence cannot tell which one it is. */
const EN = 'Foreign Minister Karim Shah and President Omar Lutfi opened a new airport in Baku. He later had a meeting with Ambassador Nabil Hadad.';
const HI = 'विदेश मंत्री करीम शाह और राष्ट्रपति उमर लुत्फी ने बाकू में नए हवाई अड्डे का उद्घाटन किया। बाद में उन्होंने राजदूत नवीन राय के साथ हुई बैठक को उपयोगी बताया।';
const AR = 'وافتتح الرئيس عمر لطفي ووزير الخارجية كريم شاه في باكو مطارا جديدا. وأكدت الوزارة أنه عقد اجتماعات مع الحكومة ومع السفير نبيل حداد.';

describe('a contact whose subject is a pronoun: the person named before whom the corpus knows with the other', () => {
  it('reads nothing when no other article has the pair', () => {
    for (const text of [EN, HI, AR]) expect(contacts(text)).toEqual([]);
  });

  it('reads the earlier person another article’s grammar has met the other, in any language', () => {
    expect(contacts(EN, MET_EN)).toEqual(['Karim Shah – Nabil Hadad: meeting, undated [0]', 'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]']);
    expect(contacts(HI, MET_HI)).toEqual(['Karim Shah – Naveen Ray: meeting, undated [0]', 'Karim Shah – Naveen Ray: meeting, undated [1]']);
    expect(contacts(AR, MET_AR)).toEqual(['Karim Shah – Nabil Hadad: meeting, undated [0]', 'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]']);
  });

  it('takes the nearest earlier person the corpus knows, when both are known', () => {
    const lutfi = 'President Omar Lutfi met Ambassador Nabil Hadad in Riga.';
    expect(contacts(EN, MET_EN, lutfi).filter((l) => l.endsWith('[0]'))).toEqual(['Omar Lutfi – Nabil Hadad: meeting, undated [0]']);
  });

  it('needs a pronoun before the contact word and before every name, and no denial', () => {
    const only = (text: string) => contacts(text, MET_EN).filter((l) => l.endsWith('[0]'));
    expect(only('Foreign Minister Karim Shah and President Omar Lutfi opened a new airport in Baku. Officials later had a meeting with Ambassador Nabil Hadad.')).toEqual([]);
    expect(only('Foreign Minister Karim Shah and President Omar Lutfi opened a new airport in Baku. Ambassador Nabil Hadad said he had a meeting with them.')).toEqual([]);
    expect(only('Foreign Minister Karim Shah and President Omar Lutfi opened a new airport in Baku. He never had a meeting with Ambassador Nabil Hadad.')).toEqual([]);
  });

  it('never takes a person who stood after a preposition or in an object case: a pronoun subject is no one’s object', () => {
    const only = (...texts: string[]) => contacts(...texts).filter((l) => l.endsWith('[0]'));
    expect(only('The visiting envoy is due to call on Foreign Minister Karim Shah. He had a meeting with Ambassador Nabil Hadad.', MET_EN)).toEqual([]);
    expect(only('A letter was handed to Foreign Minister Karim Shah on Monday. He then had talks with Ambassador Nabil Hadad.', MET_EN)).toEqual([]);
    expect(only('नए दूत विदेश मंत्री करीम शाह से मिलेंगे। उन्होंने राजदूत नवीन राय के साथ हुई बैठक को उपयोगी बताया।', MET_HI)).toEqual([]);
    // The same person as a subject is taken.
    expect(only('Foreign Minister Karim Shah will call on the new envoy. He had a meeting with Ambassador Nabil Hadad.', MET_EN)).toEqual(['Karim Shah – Nabil Hadad: meeting, undated [0]']);
  });
});
