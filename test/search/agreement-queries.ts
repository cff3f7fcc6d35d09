/**
 * The corpora and queries of the top-5 agreement check: the seeds and the 1,000-article synthetic
 * corpus, each with the benchmark's search mix for that corpus (bench/queries.ts), distinct queries
 * only, in mix order.
 */
import { loadCorpusSync } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/types.ts';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { QUERIED_PEOPLE, queryMix } from '../../bench/queries.ts';

/** As bench/run.ts's default `--queries`. */
const MIX_SIZE = 1000;

export interface AgreementCorpus {
  name: 'seeds' | '1000';
  corpus: Corpus;
  queries: string[];
}

function mixOf(corpus: Corpus, people: Parameters<typeof queryMix>[0]['people']): string[] {
  const mix = queryMix({
    count: MIX_SIZE,
    people,
    published: corpus.articles.flatMap((a) => (a.published ? [a.published] : [])),
    articleNumbers: corpus.articles.map((a) => a.number),
  });
  return [...new Set(mix.search)];
}

/** @example agreementCorpora()[1].queries.length // distinct queries of the 1,000-article mix */
export function agreementCorpora(): AgreementCorpus[] {
  const seeds = loadCorpusSync('seeds');
  const synthetic = new SyntheticCorpus(seeds, { count: 1000 });
  const corpus = ingestSynthetic(synthetic).corpus;
  const people = Array.from({ length: Math.min(QUERIED_PEOPLE, synthetic.size) }, (_, k) => synthetic.person(k));
  return [
    { name: 'seeds', corpus: seeds, queries: mixOf(seeds, []) },
    { name: '1000', corpus, queries: mixOf(corpus, people) },
  ];
}
