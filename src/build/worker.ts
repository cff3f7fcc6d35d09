/**
 * A build thread: holds its slice of the articles and answers the per-article steps of the
 * knowledge build for that slice, in order, as the main thread asks (see parallel.ts).
 */
import { parentPort } from 'node:worker_threads';
import { articleHappenings, type PersonMention } from '../events/build.ts';
import { analyseArticles, titledNames } from '../people/build.ts';
import { corpusLowerWords, corpusWordForms } from '../people/corpus-words.ts';
import type { Gazetteer } from '../people/gazetteer.ts';
import type { Article } from '../types.ts';

/** What the main thread sends, one step at a time. */
export type BuildRequest =
  | { step: 'names'; articles: Article[] }
  | { step: 'people'; gazetteer: Gazetteer; known: string[]; words: string[]; lower: string[] }
  | { step: 'happenings'; mentions: Array<[string, PersonMention[]]>; evidence: string[] };

let articles: Article[] = [];

function answer(request: BuildRequest): unknown {
  switch (request.step) {
    case 'names':
      articles = request.articles;
      return { names: titledNames(articles), words: corpusWordForms(articles), lower: corpusLowerWords(articles) };
    case 'people':
      return analyseArticles(articles, request.gazetteer, request.known, request.words, request.lower);
    case 'happenings': {
      const mentions = new Map(request.mentions);
      const evidence = new Set(request.evidence);
      return articles.flatMap((article) => articleHappenings(article, mentions, evidence));
    }
  }
}

parentPort?.on('message', (request: BuildRequest) => {
  try {
    parentPort!.postMessage({ ok: true, value: answer(request) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as Error).stack ?? String(err) });
  }
});
