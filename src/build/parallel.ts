/**
 * The knowledge build spread over threads: each worker analyses a contiguous slice of the articles
 * (people, contacts, happenings: the per-article steps), while the main thread builds the search
 * index and counts the corpus's Latin name words; the steps that need every article's analysis
 * (grouping people, merging contacts and events) run on the main thread between them. The result
 * is the same as `buildKnowledge` (a test compares them), only sooner on a machine with more than
 * one core.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { evidenceSentences, finishEvents, mentionsByParagraph } from '../events/build.ts';
import { assemble, buildKnowledge, type Knowledge } from '../knowledge.ts';
import { assemblePeople, corpusVocabulary, type ArticleResult } from '../people/build.ts';
import { EMPTY_GAZETTEER, type Gazetteer } from '../people/gazetteer.ts';
import { buildSearchIndex } from '../search/index.ts';
import type { HappeningGroup } from '../events/dating.ts';
import type { Article, Corpus } from '../types.ts';
import type { BuildRequest } from './worker.ts';

export interface ParallelOptions {
  /** Worker threads; default: one per core when the corpus is large enough to repay starting them. */
  threads?: number;
}

/** Below this many articles a worker's start-up (loading the code) costs more than it saves. */
export const PARALLEL_FROM_ARTICLES = 2000;

class BuildThread {
  private readonly worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));

  ask<T>(request: BuildRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
      };
      const onMessage = (reply: { ok: true; value: T } | { ok: false; error: string }) => {
        cleanup();
        if (reply.ok) resolve(reply.value);
        else reject(new Error(`build thread failed: ${reply.error}`));
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage(request);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Contiguous slices of near-equal size, in corpus order. */
function slices<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
}

function defaultThreads(corpus: Corpus): number {
  return corpus.articles.length >= PARALLEL_FROM_ARTICLES ? os.availableParallelism() : 1;
}

/** Whether an "article:…" key (mentions, evidence) is about one of a slice's articles: only those go to its thread. */
function ofSlice(articles: readonly Article[]): (key: string) => boolean {
  const numbers = new Set(articles.map((a) => String(a.number)));
  return (key) => numbers.has(key.slice(0, key.indexOf(':')));
}

/**
 * @example await buildKnowledgeInParallel(corpus, gazetteer, { threads: 2 }) // same as buildKnowledge(corpus, gazetteer)
 */
export async function buildKnowledgeInParallel(corpus: Corpus, gazetteer: Gazetteer = EMPTY_GAZETTEER, opts: ParallelOptions = {}): Promise<Knowledge> {
  const parts = slices(corpus.articles, Math.max(1, Math.floor(opts.threads ?? defaultThreads(corpus))));
  if (parts.length <= 1) return buildKnowledge(corpus, gazetteer);
  const threads = parts.map(() => new BuildThread());
  try {
    // Each thread's titled names and word forms; every thread reads its articles with the whole corpus's.
    const firsts = await Promise.all(threads.map((t, i) => t.ask<{ names: string[]; words: string[]; lower: string[] }>({ step: 'names', articles: parts[i]! })));
    const known = [...new Set(firsts.flatMap((f) => f.names))];
    const words = [...new Set(firsts.flatMap((f) => f.words))];
    const lower = [...new Set(firsts.flatMap((f) => f.lower))];
    const analysed = Promise.all(threads.map((t) => t.ask<ArticleResult[]>({ step: 'people', gazetteer, known, words, lower })));
    const search = buildSearchIndex(corpus);
    const vocabulary = corpusVocabulary(corpus);
    const people = assemblePeople(corpus, (await analysed).flat(), gazetteer, vocabulary);
    const mentions = mentionsByParagraph(people);
    const evidence = [...evidenceSentences(people)];
    const groups = await Promise.all(
      threads.map((t, i) => {
        const mine = ofSlice(parts[i]!);
        return t.ask<HappeningGroup[]>({ step: 'happenings', mentions: [...mentions].filter(([key]) => mine(key)), evidence: evidence.filter(mine) });
      }),
    );
    const events = finishEvents(corpus, people, groups.flat(), mentions);
    return assemble({ corpus, search, people, events, builtAt: new Date().toISOString() });
  } finally {
    await Promise.all(threads.map((t) => t.stop()));
  }
}
