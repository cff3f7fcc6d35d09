import { describe, expect, it } from 'vitest';
import { nameIndex } from '../../src/people/lookup.ts';
import type { PeopleKnowledge, Person } from '../../src/people/types.ts';
import { withPersonSpellings } from '../../src/people/query-spellings.ts';
import { searchCorpus, searchTables } from '../../src/search/query.ts';
import { inventedCorpus } from './helpers.ts';

// Invented articles and people. Several articles tell the same meeting; the one about it (its
// headline or first paragraph names the people, it names them often) should come before the one
// that mentions them in passing.

describe('an article about the query ranks above one that mentions it in passing', () => {
  it('the article whose first paragraph names the query comes first', () => {
    // Article 0 names them in a short paragraph far down; article 1 in a longer first paragraph.
    // Paragraph scores alone prefer the short paragraph (BM25 rewards short fields).
    const { corpus, index } = inventedCorpus([
      ['Rains flood the northern valley', 'Heavy rains flooded the northern valley overnight.', 'Roads to the valley were closed.', 'Relief teams reached the villages by noon.', 'Minister Tarvelo Quennish met envoy Ostrava Meliandu.'].join('\n'),
      ['Talks in the capital', 'Minister Tarvelo Quennish met envoy Ostrava Meliandu in the capital on Monday morning.', 'Roads to the valley were closed.', 'Relief teams reached the villages by noon.', 'Heavy rains flooded the northern valley overnight.'].join('\n'),
    ]);
    expect(searchCorpus(index, corpus, 'Quennish Meliandu', { limit: 2 }).articles.map((a) => a.article)).toEqual([1, 0]);
  });

  it('the article that names the person many times comes before one that names them once', () => {
    const { corpus, index } = inventedCorpus([
      // Article 0: one short paragraph names her once, among other news.
      ['Market news', 'Ports reopened after the strike.', 'Envoy Velsia Hortenbrak arrived.', 'Grain prices fell for a third week in the southern provinces.'].join('\n'),
      // Article 1: about her visit; longer paragraphs name her by surname.
      [
        'Weekly diplomatic roundup',
        'The week began with talks on fishing rights between the two coastal states, which ended without agreement.',
        'Envoy Velsia Hortenbrak arrived in the capital on Tuesday for a three-day visit, her first since taking office in the spring.',
        'Hortenbrak met the interior minister on Wednesday and spoke about the border crossings that have been closed since the floods.',
        'On Thursday Hortenbrak visited the refugee camps in the east, and Hortenbrak told reporters that aid would double next year.',
      ].join('\n'),
    ]);
    const mentions = [
      { article: 0, paragraph: 2, start: 6, end: 23, text: 'Velsia Hortenbrak' },
      ...[2, 3, 4, 4].map((paragraph) => ({ article: 1, paragraph, start: 0, end: 11, text: 'Hortenbrak' })),
    ];
    const person: Person = { id: 'velsia-hortenbrak', display: 'Velsia Hortenbrak', native: [], spellings: ['Velsia Hortenbrak', 'Hortenbrak'], articles: [0, 1], mentions, inGazetteer: true };
    const kb: PeopleKnowledge = { people: [person], contacts: [], articles: [] };
    const names = nameIndex(kb);
    const tables = searchTables(corpus, undefined, (units, vocabulary) => withPersonSpellings(units, names, vocabulary));
    const top = (withPeople: boolean) => searchCorpus(index, corpus, 'Velsia Hortenbrak', { limit: 2 }, withPeople ? tables : searchTables(corpus)).articles.map((a) => a.article);
    // By its paragraphs alone the short one wins; the people analysis knows article 1 names her four times.
    expect(top(false)).toEqual([0, 1]);
    expect(top(true)).toEqual([1, 0]);
  });
});
