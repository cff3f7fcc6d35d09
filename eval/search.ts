/**
 * /search: a gold Latin query naming a person or place of an article should bring that article
 * into the top 3.
 */
import { searchAnswer } from '../src/answers/search.ts';
import type { Answer } from '../src/answer.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { searchCorpus } from '../src/search/query.ts';
import type { Gold } from './devset.ts';
import type { Measure, Observation } from './tally.ts';

const TOP = 3;

export function searchMeasures(kb: Knowledge, golds: Gold[], answers: Answer[]): Measure[] {
  const top: Observation[] = [];
  for (const gold of golds) {
    for (const { q } of gold.search) {
      const hits = searchCorpus(kb.search, kb.corpus, q, { limit: TOP }, kb.tables.search).articles.map((a) => a.article);
      top.push({ article: gold.article, ok: hits.includes(gold.article), what: `#${gold.article} "${q}" → ${hits.map((n) => `#${n}`).join(' ') || 'nothing'}` });
      answers.push(searchAnswer(kb, { query: q, limit: TOP }));
    }
  }
  return [{ name: `/search article in top ${TOP}`, kind: 'rate', observations: top }];
}
