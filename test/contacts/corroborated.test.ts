import { describe, expect, it } from 'vitest';
import { corroborated } from '../../src/contacts/corroborated.ts';
import type { Statement } from '../../src/contacts/merge.ts';
import { describe as line, invented } from '../people/helpers.ts';

/** Contacts of invented articles (one per text), each with the articles its evidence is from. */
const contacts = (...texts: string[]) => {
  const kb = invented(texts.map((t) => `Headline\n${t}`));
  return kb.contacts.map((c) => `${line(kb, c)} [${[...new Set(c.evidence.map((e) => e.article))].join(',')}]`);
};

const MET_AR = 'وزير الخارجية كريم شاه التقى السفير نبيل حداد في الدوحة.';
const MET_HI = 'विदेश मंत्री करीम शाह ने राजदूत नवीन राय से मुलाकात की।';

describe('a contact noun beside two named people counts only when the corpus corroborates the pair', () => {
  it('reads nothing from the noun alone', () => {
    expect(contacts('وتركزت المباحثات على الأمن، بحسب ما نقل وزير الخارجية كريم شاه عن السفير نبيل حداد.')).toEqual([]);
    expect(contacts('व्यापार इस बातचीत का मुख्य मुद्दा रहा, जिसमें विदेश मंत्री करीम शाह ने राजदूत नवीन राय के सामने नया गलियारा रखा।')).toEqual([]);
  });

  it('reads it when another article’s grammar has the same two people meeting', () => {
    expect(contacts('وتركزت المباحثات على الأمن، بحسب ما نقل وزير الخارجية كريم شاه عن السفير نبيل حداد.', MET_AR)).toEqual([
      'Karim Shah – Nabil Hadad: talks, undated [0]',
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
    ]);
    expect(contacts('व्यापार इस बातचीत का मुख्य मुद्दा रहा, जिसमें विदेश मंत्री करीम शाह ने राजदूत नवीन राय के सामने नया गलियारा रखा।', MET_HI)).toEqual([
      'Karim Shah – Naveen Ray: talks, undated [0]',
      'Karim Shah – Naveen Ray: meeting, undated [1]',
    ]);
  });

  it('still leaves out a speaker, a denial and a pair nobody read', () => {
    expect(contacts('وأكد وزير الخارجية كريم شاه أن المباحثات مع الصين مفيدة، في حين لم يعلق السفير نبيل حداد.', MET_AR)).toEqual([
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
    ]);
    expect(contacts('وتركزت المباحثات على الأمن، بحسب ما نقل وزير الخارجية كريم شاه عن السفير سامي نور.', MET_AR)).toEqual([
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
    ]);
  });
});

describe('corroborated', () => {
  const statement = (a: string, b: string, weak?: true): Statement => ({
    a, b, kind: 'talks', planned: false, ...(weak ? { weak } : {}),
    evidence: { article: 1, paragraph: 1, text: 'x', start: 0, end: 1, names: [] },
  });

  it('keeps grammar-read statements, and weak ones of a read pair in either order, unmarked', () => {
    const out = corroborated([statement('x', 'y'), statement('y', 'x', true), statement('x', 'z', true)]);
    expect(out.map((s) => `${s.a}-${s.b}`)).toEqual(['x-y', 'y-x']);
    expect(out.some((s) => 'weak' in s)).toBe(false);
  });
});

describe('a sender is no party to the talks of the one sent (pack `sending`)', () => {
  it('reads no contact between who sends and who is sent, in any word order', () => {
    expect(contacts('وأرسل وزير الخارجية كريم شاه السفير نبيل حداد إلى الدوحة لإجراء محادثات مع ممثلي الحركة.', MET_AR)).toEqual([
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
    ]);
    expect(contacts('وزير الخارجية كريم شاه أوفد السفير نبيل حداد إلى كابول لعقد مباحثات حول الممرات الإنسانية.', MET_AR)).toEqual([
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
    ]);
    expect(contacts('Foreign Minister Karim Shah sent ambassador Nabil Hadad to Doha for talks with the movement.', 'Foreign Minister Karim Shah met ambassador Nabil Hadad in Doha.')).toEqual([
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
    ]);
  });

  it('still reads the one sent meeting the person named after', () => {
    expect(contacts('وأوفدت الحكومة السفير نبيل حداد إلى الدوحة لإجراء مباحثات مع وزير الخارجية كريم شاه.', MET_AR)).toEqual([
      'Karim Shah – Nabil Hadad: meeting, undated, Doha [1]',
      'Nabil Hadad – Karim Shah: talks, undated [0]',
    ]);
  });
});
