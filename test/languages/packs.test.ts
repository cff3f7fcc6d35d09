import { afterEach, describe, expect, it } from 'vitest';
import { articleSentences, paragraphDates } from '../../src/grammar/sentences.ts';
import { packFor, registerPack, unregisterPack } from '../../src/languages/index.ts';
import { office } from '../../src/languages/entries.ts';
import { toyUrdu as toyPack } from './toy-pack.ts';
import { buildPeopleKnowledge } from '../../src/people/build.ts';
import { foldTerm } from '../../src/text/normalize.ts';
import { inventedCorpus } from '../people/helpers.ts';

// The same report written in Arabic and in Urdu (same script, different language and grammar).
const ARABIC = 'التقى وزير الخارجية الروسي سيرغي لافروف في موسكو يوم 25/08/2021 ممثلين عن حركة طالبان وبحث معهم الوضع في أفغانستان بعد الانسحاب';
const URDU = 'وزیر خارجہ سرگئی لاوروف نے 25/08/2021 کو ماسکو میں طالبان کے نمائندوں سے ملاقات کی اور افغانستان کی صورتحال پر بات چیت کی';

/* A toy Urdu pack: one title, a few words that end a name, all-digit dates. */
const NOT_IN_NAMES = new Set(['نے', 'کو', 'سے', 'میں', 'اور', 'کی', 'کے'].map(foldTerm));
const toyUrdu = toyPack({
  nameWord: (word) => !NOT_IN_NAMES.has(word.fold),
  titles: [['وزیر خارجہ', office('foreign minister')]],
});

const people = (text: string) => buildPeopleKnowledge(inventedCorpus([`Headline\n${text}`])).people.map((p) => ({ name: p.native[0], role: p.role }));
const body = (text: string) => inventedCorpus([`Headline\n${text}`]).articles[0]!.paragraphs.find((p) => p.text === text)!;

describe('language packs', () => {
  afterEach(() => unregisterPack('urd'));

  it('tells Urdu from Arabic, and gives Urdu no pack of its own', () => {
    expect(body(ARABIC).lang).toBe('arb');
    expect(body(URDU).lang).toBe('urd');
    expect(packFor('urd')).toBeUndefined();
  });

  it('reads Arabic with the Arabic pack', () => {
    expect(people(ARABIC)).toEqual([{ name: 'سيرغي لافروف', role: 'Russian foreign minister' }]);
  });

  it('gives an Urdu paragraph language-neutral handling: no Arabic titles, only all-digit dates', () => {
    expect(people(URDU)).toEqual([]);
    const article = inventedCorpus([`Headline\n${URDU}`], '2021-09-01').articles[0]!;
    const paragraph = article.paragraphs.find((p) => p.text === URDU)!;
    expect(paragraphDates(article, paragraph).map((d) => d.text)).toEqual(['25/08/2021']);
    // Arabic reads a leading و as "and" (وزير → زير too); Urdu words keep their one form.
    const minister = articleSentences(article).flatMap((v) => v.toks).find((t) => t.text === 'وزیر')!;
    expect([minister.lang, minister.forms]).toEqual(['urd', [minister.fold]]);
  });

  it('uses a pack registered later, for its own language only', () => {
    registerPack(toyUrdu);
    expect(people(URDU)).toEqual([{ name: 'سرگئی لاوروف', role: 'foreign minister' }]);
    // The toy pack's dates finder finds nothing, not even the digits the neutral handling reads.
    const article = inventedCorpus([`Headline\n${URDU}`]).articles[0]!;
    expect(paragraphDates(article, article.paragraphs.find((p) => p.text === URDU)!)).toEqual([]);
    // Arabic text still gets the Arabic pack, not the toy one.
    expect(people(ARABIC)).toEqual([{ name: 'سيرغي لافروف', role: 'Russian foreign minister' }]);
  });
});
