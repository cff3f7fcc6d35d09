import { describe, expect, it } from 'vitest';
import { nameIndex } from '../../src/people/lookup.ts';
import type { PeopleKnowledge, Person } from '../../src/people/types.ts';
import { parseQuery } from '../../src/search/expand.ts';
import { withPersonSpellings } from '../../src/people/query-spellings.ts';
import { searchCorpus, searchTables } from '../../src/search/query.ts';
import { inventedCorpus } from './helpers.ts';

// Invented people: the articles write each name in a spelling no sound rule need reach from the Latin one.
function person(id: string, display: string, native: string[], articles: number[]): Person {
  const mentions = articles.map((article) => ({ article, paragraph: 1, start: 0, end: 1, text: native[0]! }));
  return { id, display, native, spellings: [display, ...native], articles, mentions, inGazetteer: true };
}

const people: Person[] = [
  person('otabek-qurbonaliyev', 'Otabek Qurbonaliyev', ['ओताबेक कुरबानअलीएफ', 'कुरबानअलीएफ'], [1]),
  person('imran-khan', 'Imran Khan', ['इमरान खान', 'खान'], [2]),
  person('ismail-khan', 'Ismail Khan', ['इस्माइल खान', 'खान'], [3]),
  person('lin-xiaowen', 'Lin Xiaowen', ['لين شياووين', 'ليـن'], [4]),
];
const kb: PeopleKnowledge = { people, contacts: [], articles: [] };
const names = nameIndex(kb);

const { corpus, index } = inventedCorpus([
  'मौसम\nदिल्ली में आज बारिश हुई और तापमान गिर गया।',
  'बैठक\nविदेश मंत्री ओताबेक कुरबानअलीएफ ने काबुल में राजदूत से मुलाकात की।',
  'दौरा\nप्रधानमंत्री इमरान खान ने दुशांबे का दौरा किया।',
  'बयान\nहेरात में इस्माइल खान ने कहा कि लड़ाई जारी है। खान ने फिर कहा कि खान परिवार सुरक्षित है।',
  'مؤتمر صحفي\nقالت المتحدثة لين شياووين إن بكين تدعم الحوار.',
]);
const tables = searchTables(corpus, undefined, (units, vocabulary) => withPersonSpellings(units, names, vocabulary));
const top = (q: string, withNames = true) => searchCorpus(index, corpus, q, { limit: 3 }, withNames ? tables : searchTables(corpus)).articles.map((a) => a.article);
const added = (q: string) => {
  const units = parseQuery(q, index.vocabulary).units;
  return withPersonSpellings(units, names, index.vocabulary).map((u, i) => u.phrases.length - units[i]!.phrases.length);
};

describe('a query naming a person reaches the spellings the articles use for them', () => {
  it('finds an article whose spelling of the surname drifts from the Latin one', () => {
    expect(top('Qurbonaliyev')[0]).toBe(1);
    expect(top('Otabek Qurbonaliyev')[0]).toBe(1);
    expect(top('Qurbonaliyev', false)).not.toContain(1);
  });

  it('forgives a small slip in the typed surname, as the people lookup does', () => {
    expect(top('Qurbonaliev')[0]).toBe(1);
  });

  it('gives both words of a two-word name the full spelling', () => {
    expect(added('Lin Xiaowen')).toEqual([1, 1]);
    expect(top('Lin Xiaowen')[0]).toBe(4);
  });

  it('does not add a surname alone that other people share', () => {
    // खान alone names Imran Khan and Ismail Khan: only इमरान खान is added, so the article about Ismail Khan does not gain.
    const units = parseQuery('Imran Khan', index.vocabulary).units;
    const out = withPersonSpellings(units, names, index.vocabulary);
    const addedWords = out[0]!.phrases.slice(units[0]!.phrases.length).map((p) => p.map((s) => [...s.word.keys()][0]).join(' '));
    expect(addedWords.some((w) => !w.includes(' '))).toBe(false);
    expect(top('Imran Khan')[0]).toBe(2);
  });

  it('leaves places and ordinary words alone', () => {
    expect(added('Kabul Dushanbe')).toEqual([0, 0]);
    expect(added('ambassador meeting')).toEqual([0, 0]);
  });

  it('changes nothing without a people index', () => {
    expect(searchCorpus(index, corpus, 'Dushanbe', { limit: 3 }, tables).articles.map((a) => a.article)).toEqual(top('Dushanbe', false));
  });
});
