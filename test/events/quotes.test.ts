import { describe, expect, it } from 'vitest';
import { onAnswer } from '../../src/answers/on.ts';
import { buildKnowledge } from '../../src/knowledge.ts';
import { EMPTY_GAZETTEER } from '../../src/people/gazetteer.ts';
import { inventedCorpus } from './helpers.ts';

/* Invented articles published on Tuesday 2021-08-17. */
const quotedArticles = (texts: string[], date: string) => {
  const kb = buildKnowledge(inventedCorpus(texts), EMPTY_GAZETTEER);
  return onAnswer(kb, { date }).items.map((item) => (item.quotes ?? []).map((q) => q.citation.article));
};

describe('/on quotes an event from each article that reports it', () => {
  it('quotes the second article before a third sentence of the first', () => {
    const first = 'तालिबान ने रविवार को काबुल पर कब्जा कर लिया\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया। लोग डरे हुए हैं।\nतालिबान ने रविवार को काबुल पर कब्जा किया।';
    const second = 'Headline\nThe Taliban seized Kabul on Sunday.';
    expect(quotedArticles([first, second], '2021-08-15')).toEqual([[0, 1, 0]]);
  });

  it('still quotes several sentences of an article that alone reports it', () => {
    const only = 'तालिबान ने रविवार को काबुल पर कब्जा कर लिया\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया।\nतालिबान ने रविवार को काबुल पर कब्जा किया।';
    expect(quotedArticles([only], '2021-08-15')).toEqual([[0, 0, 0]]);
  });
});
