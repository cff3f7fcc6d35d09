import { afterEach, describe, expect, it } from 'vitest';
import { findEntities } from '../../src/events/actors.ts';
import { sentenceTokens } from '../../src/grammar/tokens.ts';
import { registerPack, unregisterPack } from '../../src/languages/index.ts';
import { toyUrdu as toyPack } from '../languages/toy-pack.ts';
import type { Lang } from '../../src/types.ts';

const names = (text: string, lang: Lang) => findEntities(sentenceTokens(text, 0, lang), []).map((e) => e.participant.name);

/* A toy Urdu pack: the Taliban's spelling, an embassy noun, and a group the events layer does not list. */
const toyUrdu = toyPack({
  nations: [['Russia', ['روس'], ['روسی']]],
  groups: [['Taliban', ['طالبان']], ['Hizb-e-Islami', ['حزب اسلامی']]],
  institutions: [['embassy', ['سفارتخانہ']]],
});

// Invented sentences: the same report in Arabic, Urdu and Hindi.
const ARABIC = 'أعلنت حركة طالبان أن السفارة الروسية في كابول ستبقى مفتوحة';
const URDU = 'طالبان نے کہا کہ کابل میں روسی سفارتخانہ کھلا رہے گا اور حزب اسلامی نے خیر مقدم کیا';
const HINDI = 'तालिबान ने कहा कि काबुल में रूसी दूतावास खुला रहेगा';

describe('groups and institutions are spelt by the language packs', () => {
  afterEach(() => unregisterPack('urd'));

  it('finds them in Arabic and Hindi with their own packs', () => {
    expect(names(ARABIC, 'arb')).toEqual(['Taliban', 'Russian embassy', 'Kabul']);
    expect(names(HINDI, 'hin')).toEqual(['Taliban', 'Kabul', 'Russian embassy']);
  });

  it('gives Urdu text no Arabic spelling, though it writes طالبان the same way', () => {
    expect(names(URDU, 'urd')).toEqual([]);
  });

  it('reads a pack registered later, leaving out a group the events layer does not list', () => {
    registerPack(toyUrdu);
    expect(names(URDU, 'urd')).toEqual(['Taliban', 'Russian embassy']);
  });
});
