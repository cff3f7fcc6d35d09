import { afterEach, describe, expect, it } from 'vitest';
import { registerPack, unregisterPack } from '../../src/languages/index.ts';
import { toyUrdu as toyPack } from '../languages/toy-pack.ts';
import { NUMERIC_DATES } from '../../src/dates/find.ts';
import { articleSentences } from '../../src/grammar/sentences.ts';
import { TRIGGERS } from '../../src/grammar/triggers.ts';
import { apartPhrase } from '../../src/events/day-apart.ts';
import { sentenceTokens } from '../../src/grammar/tokens.ts';
import { inventedCorpus, inventedEvents } from './helpers.ts';

/* The same news in Arabic and in Urdu: a summit held in Tashkent on a stated day. Urdu writes
 * "اجتماع" (a gathering) as Arabic does, in the same script. */
const ARABIC = 'عقد اجتماع وزراء خارجية دول الجوار الأفغاني في طشقند يوم 25/08/2021 لبحث الوضع في أفغانستان بعد انسحاب القوات الأجنبية';
const URDU = 'افغانستان کے پڑوسی ممالک کے وزرائے خارجہ کا اجتماع 25/08/2021 کو تاشقند میں ہوا جس میں افغانستان کی صورتحال پر بات چیت کی گئی';

/* A toy Urdu pack: one country (an actor), one happening noun, all-digit dates. */
const toyUrdu = toyPack({
  nations: [['Afghanistan', ['افغانستان'], []]],
  findDates: NUMERIC_DATES,
  happenings: { rows: [{ kind: 'session', verbs: '', nouns: 'اجتماع' }] },
});

/** The words of a one-paragraph article that open a happening, with its kind. */
const triggers = (text: string) =>
  articleSentences(inventedCorpus([`Headline\n${text}`]).articles[0]!)
    .filter((v) => v.lang !== 'eng')
    .flatMap((v) => v.toks.flatMap((t, i) => { const m = TRIGGERS.match(v.toks, i); return m ? [`${t.text} ${m.value.kind}`] : []; }));
const kinds = (text: string) => inventedEvents([`Headline\n${text}`], '2021-08-26').events.map((e) => `${e.when.key} ${e.kind}`);

describe('happening words come from the language packs', () => {
  afterEach(() => unregisterPack('urd'));

  it('reads an Arabic meeting of a body with the Arabic pack', () => {
    expect(kinds(ARABIC)).toEqual(['2021-08-25 session']);
  });

  it('gives Urdu text none of the Arabic words, though it writes the same noun in the same script', () => {
    expect(kinds(URDU)).toEqual([]);
    registerPack({ ...toyUrdu, happenings: undefined });
    expect(kinds(URDU)).toEqual([]);
  });

  it('reads the words of a pack registered later, for its own language only', () => {
    expect(triggers(URDU)).toEqual([]);
    registerPack(toyUrdu);
    expect(triggers(URDU)).toEqual(['اجتماع session']);
    // Arabic text keeps the Arabic pack's words, and only them.
    expect(triggers(ARABIC)).toEqual(['اجتماع session']);
    expect(kinds(ARABIC)).toEqual(['2021-08-25 session']);
  });

  it("reads a later pack's phrases of days apart, on the side its language puts them", () => {
    // "A day before the session, the foreign minister reached Kabul" in Urdu word order: the phrase follows the session.
    const toks = sentenceTokens('اجلاس سے ایک دن پہلے وزیر خارجہ کابل پہنچے', 0, 'urd');
    expect(apartPhrase(toks, 'urd', 0, 1)).toBeUndefined();
    registerPack({ ...toyUrdu, daysApart: { phrases: [['سے ایک دن پہلے', 1]], follows: true } });
    expect(apartPhrase(toks, 'urd', 0, 1)).toEqual({ first: 1, end: 5, days: 1 });
    registerPack({ ...toyUrdu, daysApart: { phrases: [['سے ایک دن پہلے', 1]] } });
    expect(apartPhrase(toks, 'urd', 0, 1)).toBeUndefined();
  });
});
