/**
 * Which of a person's spellings the display name comes from: the name most articles write, of the
 * fullest spelling, its ends and its beginnings, so that an honorific one article adds after the
 * name (Akhund) or a word it runs on into the name is left out; a name with a father's or a family
 * name after a particle keeps its fullest spelling. A Latin spelling from the text takes the press's
 * national spelling of its name words (an Iranian's Hossein). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { latinDisplay, mostWrittenEnd, nativeForDisplay, spellingToShow } from '../../src/people/display-spelling.ts';
import { nameForm, wordKey } from '../../src/people/names.ts';
import { latinVocabulary, pairSpelling } from '../../src/people/corpus-spellings.ts';
import { nativeDisplayName } from '../../src/people/display.ts';
import { invented } from './helpers.ts';

type Written = Parameters<typeof mostWrittenEnd>[1];
const writtenIn = (spellings: Array<[string, number[]]>): Written => () => spellings.map(([t, a]) => [nameForm(t), new Set(a)] as const);

describe('the name most articles write, beginnings included', () => {
  it.each([
    // an honorific after the name in one article
    [['عبد الكريم نوري آخوند', 'عبد الكريم نوري'], [['عبد الكريم نوري آخوند', [1]], ['عبد الكريم نوري', [2, 3]]], 'عبد الكريم نوري'],
    // a common word run on into the name
    [['أنطونيو فيريرا جملة', 'أنطونيو فيريرا'], [['أنطونيو فيريرا جملة', [4]], ['أنطونيو فيريرا', [5, 6]]], 'أنطونيو فيريرا'],
    // the given names alone, which only another script writes alone
    [['सलीम रहमान अखुंद', 'रहमान'], [['सलीम रहमान अखुंद', [1]], ['रहमान', [1]], ['Salim Rahman', [2, 3]]], 'सलीम रहमान'],
    [['Karim Nouri Akhund', 'Karim Nouri'], [['Karim Nouri Akhund', [1]], ['Karim Nouri', [2, 3, 4]]], 'Karim Nouri'],
  ] as Array<[string[], Array<[string, number[]]>, string]>)('%s', (ordered, spellings, shown) => {
    expect(mostWrittenEnd(ordered, writtenIn(spellings))).toBe(shown);
  });

  it('keeps the fuller name on a tie and when it is written more', () => {
    expect(mostWrittenEnd(['محمد كريم أخوند', 'محمد كريم'], writtenIn([['محمد كريم أخوند', [1, 2]], ['محمد كريم', [3]]]))).toBe('محمد كريم أخوند');
    expect(mostWrittenEnd(['Salim Rahman Noori'], writtenIn([['Salim Rahman Noori', [1]], ['Salim Rahman', [2]]]))).toBe('Salim Rahman Noori');
  });

  it('keeps a family name after a particle', () => {
    expect(mostWrittenEnd(['خالد بن سالم آل ثاني', 'خالد بن سالم'], writtenIn([['خالد بن سالم آل ثاني', [1]], ['خالد بن سالم', [2, 3]]]))).toBe('خالد بن سالم آل ثاني');
    expect(mostWrittenEnd(['Salim bin Khalid Al Mansouri'], writtenIn([['Salim bin Khalid Al Mansouri', [1]], ['Salim bin Khalid', [2, 3]]]))).toBe('Salim bin Khalid Al Mansouri');
  });
});

describe('a Latin spelling takes the national spelling of its words', () => {
  it("an Iranian's Hussein is Hossein, an Iraqi's stays", () => {
    const kb = invented([
      'Iranian foreign minister Hussein Karimpour met Indian external affairs minister Anil Mehra in Tehran on Monday.',
      'Iraqi foreign minister Hussein Sabri met Anil Mehra in Baghdad on Tuesday.',
    ]);
    const displays = kb.people.map((p) => p.display);
    expect(displays).toContain('Hossein Karimpour');
    expect(displays).toContain('Hussein Sabri');
  });
});

describe('initials stand for given names only when their spelling would be guessed', () => {
  const packWord = (w: string): boolean => ['محمد', 'मोहम्मद', 'أحمد'].includes(w);
  it.each([
    ['M Karimi', 'محمد كريمي', 'محمد كريمي', false],
    ['M Karimi', 'मोहम्मद करीमी', 'मोहम्मद करीमी', false],
    ['A Rahimi', 'أحمد رحيمي', 'أحمد رحيمي', false],
    ['S Venkatesh', 'सुब्रमण्यम वेंकटेश', 'S Venkatesh', true],
    ['M K Venkatesh', 'मोहम्मद कृष्णन वेंकटेश', 'M K Venkatesh', true],
  ])('%s for %s', (initialled, native, text, latin) => {
    expect(spellingToShow(undefined, native, initialled, packWord)).toEqual({ text, latin });
  });
});

describe('the corpus spellings leave out common English words opening a sentence', () => {
  it('takes Moore from the lists, not a sentence-opening More, and keeps a name written inside sentences', () => {
    const vocabulary = latinVocabulary(['More than forty people came. Then Bill Harmon spoke with Bill Harmon.', 'Read More']);
    expect(vocabulary.get(wordKey('More'))?.map((c) => c.word) ?? []).not.toContain('More');
    expect(vocabulary.get(wordKey('Bill'))?.map((c) => c.word)).toContain('Bill');
    expect(nativeDisplayName('ريتشارد مور', vocabulary)).toBe('Richard Moore');
  });
});

describe('a shorter name chosen is read from a Devanagari spelling of the same consonants', () => {
  it('takes the Devanagari spelling of the chosen beginning', () => {
    const ranked = ['انتونيو فيريرا جملة', 'أنطونيو فيريرا', 'एंतोनियो फेरेरा'];
    const written = writtenIn([['انتونيو فيريرا جملة', [1]], ['أنطونيو فيريرا', [2, 3]], ['एंतोनियो फेरेरा', [4]]]);
    expect(nativeForDisplay(ranked, written)).toBe('एंतोनियो फेरेरा');
  });
  it('keeps the Arabic spelling when no Devanagari one has its consonants', () => {
    const ranked = ['انتونيو فيريرا جملة', 'أنطونيو فيريرا', 'एंतोनियो सिल्वा'];
    const written = writtenIn([['انتونيو فيريرا جملة', [1]], ['أنطونيو فيريرا', [2, 3]], ['एंतोनियो सिल्वा', [4]]]);
    expect(nativeForDisplay(ranked, written)).toBe('أنطونيو فيريرا');
  });
});

describe('a Devanagari compound given name the corpus writes as two words', () => {
  const vocabulary = latinVocabulary(['Ram Prakash Verma met the envoy. Later Ram Prakash Verma spoke.', 'Jaishankar and Shiv Kumar Mehta met.']);
  it.each([
    ['रामप्रकाश वर्मा', 'Ram Prakash Verma'],
    ['शिवकुमार मेहता', 'Shiv Kumar Mehta'],
  ])('%s is %s', (native, shown) => {
    expect(nativeDisplayName(native, vocabulary)).toBe(shown);
  });
  it('keeps a word the corpus writes as one, and short words', () => {
    expect(pairSpelling('जयशंकर', vocabulary)).toBeUndefined();
    expect(pairSpelling('रामू', latinVocabulary(['Ra Mu spoke.']))).toBeUndefined();
  });
});

describe('initials beside a single surname', () => {
  it('keeps the initials when the surname alone would be left', () => {
    const written = writtenIn([['R. Tandulkar', [1]], ['Tandulkar', [2]]]);
    expect(latinDisplay(['Tandulkar', 'R. Tandulkar'], written)).toBe('R. Tandulkar');
    expect(nativeForDisplay(['तंदुलकर', 'आर तंदुलकर'], writtenIn([['तंदुलकर', [1]], ['आर तंदुलकर', [2]]]))).toBe('आर तंदुलकर');
  });
  it('drops a middle initial where two name words stay', () => {
    const written = writtenIn([['Veera K. Montrose', [1]], ['Veera Montrose', [2]]]);
    expect(latinDisplay(['Veera K. Montrose', 'Veera Montrose'], written)).toBe('Veera Montrose');
  });
});

describe('each Latin name word as most articles write it', () => {
  it('takes the spelling of a word more articles write, among the person’s Latin spellings', async () => {
    const { spelledAsMost } = await import('../../src/people/display-spelling.ts');
    const written = writtenIn([['Karim Hasan Nouri', [1]], ['Karim Hassan Nouri', [2, 3]], ['Hassan Nouri', [4]], ['كريم حسن نوري', [5, 6, 7]]]);
    expect(spelledAsMost('Karim Hasan Nouri', written)).toBe('Karim Hassan Nouri');
    expect(latinDisplay(['Karim Hasan Nouri', 'Karim Hassan Nouri'], written)).toBe('Karim Hassan Nouri');
    // A tie keeps the chosen spelling; another name word of the same consonants is no variant.
    expect(spelledAsMost('Karim Hasan Nouri', writtenIn([['Karim Hasan Nouri', [1]], ['Karim Hassan Nouri', [2]]]))).toBe('Karim Hasan Nouri');
    expect(spelledAsMost('Salim Hamid Nouri', writtenIn([['Salim Hamid Nouri', [1]], ['Salim Hamad Nouri', [2, 3]]]))).toBe('Salim Hamid Nouri');
  });
});
