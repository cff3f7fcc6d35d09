import { describe, expect, it } from 'vitest';
import { joinedParts } from '../../src/search/joinedWords.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { highlighted, inventedCorpus } from './helpers.ts';

const { corpus, index } = inventedCorpus([
  'Minister thanks partners\nThe minister wrote: I spoke today with @MariaKowalczyk and @HenrikLund about the convoy.',
  'Envoy arrives in Tashkent\nThe envoy was welcomed by Deputy Minister Olim ToshevRahimov at the airport.',
  'Harbour reopens\nMcAllister said the harbour of the city reopened on Monday.',
]);
const found = (q: string) => searchCorpus(index, corpus, q).articles.map((a) => ({ article: a.article, words: a.paragraphs.flatMap((p) => p.quotes.flatMap(highlighted)) }));

describe('words written run together', () => {
  it('splits a handle or a word that lost its space at each capital after small letters', () => {
    expect(joinedParts({ text: 'ToshevRahimov', start: 4, end: 17 })).toEqual([
      { text: 'Toshev', start: 4, end: 10 },
      { text: 'Rahimov', start: 10, end: 17 },
    ]);
    expect(joinedParts({ text: 'McAllister', start: 0, end: 10 })).toEqual([]);
    expect(joinedParts({ text: 'Rahimov', start: 0, end: 7 })).toEqual([]);
    expect(joinedParts({ text: 'काबुल', start: 0, end: 5 })).toEqual([]);
  });
  it('finds a surname inside a handle and inside a run-together name, and highlights the part', () => {
    expect(found('Kowalczyk')).toEqual([{ article: 0, words: ['Kowalczyk'] }]);
    expect(found('Rahimov')).toEqual([{ article: 1, words: ['Rahimov'] }]);
  });
  it('still finds the whole word, and keeps a prefixed surname whole', () => {
    expect(found('HenrikLund').map((f) => f.words)).toEqual([['HenrikLund']]);
    expect(found('Allister')).toEqual([]);
  });
});
