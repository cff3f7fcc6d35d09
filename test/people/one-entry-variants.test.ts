/**
 * One person one entry, session 20: given names written together or apart before one surname
 * (أميرهان / أمير خان), a name a page cut after "son of" (बिन), and the guards: a word after
 * bin/بن is a father's name, so a name alone that is that word is not the son (nor another
 * father's son); a son and his father (Ali Nouri, Ali Reza Nouri) stay two.
 */
import { describe, expect, it } from 'vitest';
import { nameForm, splitAlikeAhead } from '../../src/people/names.ts';
import { invented } from './helpers.ts';

const idsOf = (kb: ReturnType<typeof invented>, pattern: RegExp): string[] => [...new Set(kb.people.filter((p) => p.mentions.some((m) => pattern.test(m.text))).map((p) => p.id))];

describe('given names written together or apart before one surname', () => {
  it('are one name when the surname and the sounds written together agree', () => {
    expect(splitAlikeAhead(nameForm('كريمهان زلمتي'), nameForm('كريم خان زلمتي'))).toBe(true);
    expect(splitAlikeAhead(nameForm('Alireza Nourbakhsh'), nameForm('Ali Reza Nourbakhsh'))).toBe(true);
  });

  it('are two names with another surname, or a given name more', () => {
    expect(splitAlikeAhead(nameForm('كريمهان زلمتي'), nameForm('كريم خان برهمي'))).toBe(false);
    // A father and his son: the son's name has the father's given name more, not the same one split.
    expect(splitAlikeAhead(nameForm('Ali Nourbakhsh'), nameForm('Ali Reza Nourbakhsh'))).toBe(false);
  });
});

describe('a father\'s name is not the son\'s surname', () => {
  it('keeps a name alone that is the word after bin apart from the son', () => {
    const kb = invented([
      'Talks\nOmani Foreign Minister Badran bin Harith met Indian Foreign Minister Vikram Solanki in Muscat on Monday.',
      'Envoy\nKuwaiti envoy Harith held talks with Indian Foreign Minister Vikram Solanki in Delhi.',
    ]);
    const son = idsOf(kb, /Badran/u);
    expect(son).toHaveLength(1);
    expect(idsOf(kb, /^Harith$/u).filter((id) => son.includes(id))).toEqual([]);
  });

  it('reads a name on past "son of" where a page cut another article\'s name there', () => {
    const kb = invented([
      'दौरा\nकतर के विदेश मंत्री प्रिंस नवाफ बिन भारतीय अधिकारियों से मिले।',
      'यात्रा\nकतर के विदेश मंत्री प्रिंस नवाफ बिन सलीम अल राशिद तीन दिन के दौरे पर दिल्ली पहुंचे।',
    ]);
    expect(kb.people.flatMap((p) => p.mentions.filter((m) => m.article === 1).map((m) => m.text))).toContain('नवाफ बिन सलीम अल राशिद');
  });
});

describe('a middle initial Arabic spells as the letter\'s name', () => {
  it('is left out of the name\'s words inside a name, not at its ends', () => {
    expect(nameForm('توماس جيه رايلي').words).toEqual(['توماس', 'رايلي']);
    expect(nameForm('جورج دبليو هارتمان').words).toEqual(['جورج', 'هارتمان']);
    // A particle that is also a letter's name is kept: دي of a family name, في "in".
    expect(nameForm('ستيفانو دي ماريني').words).toEqual(['ستيفانو', 'دي', 'ماريني']);
    expect(nameForm('تي رايلي').words).toEqual(['تي', 'رايلي']);
  });

  it('joins the name with and without the initial across articles', () => {
    const kb = invented([
      'زيارة\nالتقى مدير المخابرات الأمريكية توماس جيه رايلي رئيس الوزراء الباكستاني في إسلام آباد.',
      'محادثات\nبحث مدير المخابرات الأمريكية توماس رايلي مع وزير الخارجية القطري الوضع في كابول.',
    ]);
    expect(idsOf(kb, /رايلي/u)).toHaveLength(1);
  });
});

describe('a given name after the honorific its person was introduced with', () => {
  it('is the one person of the article introduced so', () => {
    const kb = invented([
      'Talks\nBahrain\'s Foreign Minister Sheikh Rashid bin Faleh Al Nuaimi met Mullah Rashid Qasim Nazari in Kabul on Monday. Officials said Sheikh Rashid urged the Taliban to reopen schools for girls.',
    ]);
    const sheikh = kb.people.find((p) => p.mentions.some((m) => m.text.includes('Faleh')));
    expect(sheikh?.mentions.map((m) => m.text)).toContain('Rashid');
    expect(kb.people.filter((p) => p.mentions.some((m) => m.text === 'Rashid'))).toHaveLength(1);
  });
});
