import { parseCatalog } from '../../src/corpus/catalog.ts';
import { buildCorpus, loadCorpusSync } from '../../src/corpus/load.ts';
import { buildEvents } from '../../src/events/build.ts';
import type { EventsKnowledge } from '../../src/events/lookup.ts';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.ts';
import { buildPeopleKnowledge } from '../../src/people/build.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';
import type { Answer } from '../../src/answer.ts';
import type { Corpus } from '../../src/types.ts';

export const seeds: Corpus = loadCorpusSync('seeds');
export const seedKb: Knowledge = buildKnowledge(seeds, loadGazetteer('seeds'));

/** Invented articles, one string per file (first line = headline), all published on `published`. */
export function inventedCorpus(texts: string[], published = '2021-08-17'): Corpus {
  const catalog = parseCatalog(texts.map((_, i) => `${i}\t${published}\t\t`).join('\n'));
  return buildCorpus(texts.map((t, i) => ({ name: `${String(i).padStart(3, '0')}_test.txt`, bytes: Buffer.from(t) })), catalog);
}

/** The events of invented articles. */
export function inventedEvents(texts: string[], published?: string): EventsKnowledge {
  const corpus = inventedCorpus(texts, published);
  return buildEvents(corpus, buildPeopleKnowledge(corpus));
}

/** "2021-08-15 The Taliban took control of Kabul" per event, in order. */
export function lines(ev: EventsKnowledge): string[] {
  return ev.events.map((e) => `${e.when.key} ${e.synopsis}`);
}

/** Every quote of an answer, with the paragraph text it claims to come from. */
export function quotesWithParagraphs(kb: Knowledge, answer: Answer): Array<{ quote: string; paragraph: string }> {
  return answer.items.flatMap((item) =>
    (item.quotes ?? []).map((q) => ({ quote: q.text, paragraph: kb.articles.get(q.citation.article)?.paragraphs.find((p) => p.number === q.citation.paragraph)?.text ?? '' })),
  );
}
