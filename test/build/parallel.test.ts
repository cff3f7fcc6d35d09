import { describe, expect, it } from 'vitest';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { buildKnowledgeInParallel } from '../../src/build/parallel.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';
import { searchCorpus } from '../../src/search/query.ts';

const seeds = loadCorpusSync('seeds');
const gazetteer = loadGazetteer('seeds');

function expectSameKnowledge(parallel: Knowledge, serial: Knowledge): void {
  expect(parallel.people).toStrictEqual(serial.people);
  expect(parallel.events.events).toStrictEqual(serial.events.events);
  expect(parallel.events.undatedContacts).toBe(serial.events.undatedContacts);
  for (const q of ['Lavrov', 'तालिबान', 'طالبان', 'Kabul airport']) {
    expect(searchCorpus(parallel.search, parallel.corpus, q)).toEqual(searchCorpus(serial.search, serial.corpus, q));
  }
}

describe('the knowledge build on several threads', () => {
  it('gives the seeds the same people, contacts, events and search as the one-thread build', async () => {
    const parallel = await buildKnowledgeInParallel(seeds, gazetteer, { threads: 2 });
    const serial = buildKnowledge(seeds, gazetteer);
    expect(parallel.people.contacts.length).toBeGreaterThan(0);
    expectSameKnowledge(parallel, serial);
  }, 60_000);

  it('gives a synthetic corpus split over three threads the same knowledge as one thread', async () => {
    const { corpus } = ingestSynthetic(new SyntheticCorpus(seeds, { count: 150 }));
    const parallel = await buildKnowledgeInParallel(corpus, gazetteer, { threads: 3 });
    const serial = buildKnowledge(corpus, gazetteer);
    expect(parallel.people.people.length).toBeGreaterThan(20);
    expectSameKnowledge(parallel, serial);
  }, 60_000);

  it('builds on the calling thread when asked for one thread or when the corpus is small', async () => {
    const one = await buildKnowledgeInParallel(seeds, gazetteer, { threads: 1 });
    const small = await buildKnowledgeInParallel(seeds, gazetteer);
    expectSameKnowledge(one, buildKnowledge(seeds, gazetteer));
    expectSameKnowledge(small, one);
  });
});
