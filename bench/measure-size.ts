/**
 * Measures one corpus size, end to end: ingest, memory, snapshot, per-command latency and the
 * MiniSearch baseline. run.ts runs each size in a child process of its own (this file), so that
 * memory figures are not inflated by the sizes measured before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus, loadCorpusSync, readSeedFolder } from '../src/corpus/load.ts';
import { compactHeap } from '../src/build/compactHeap.ts';
import { buildKnowledgeInParallel } from '../src/build/parallel.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { loadGazetteer } from '../src/people/gazetteer.ts';
import { readSnapshot, saveSnapshot } from '../src/snapshot.ts';
import type { Corpus } from '../src/types.ts';
import { baseline, type BaselineResult } from './baseline.ts';
import { COMMANDS, coreCalls, type CommandName } from './core-calls.ts';
import { ingestSynthetic, SyntheticCorpus } from './generate.ts';
import type { PersonName } from './names.ts';
import { QUERIED_PEOPLE, queryMix, type QueryMix } from './queries.ts';
import { reloadWait, type ReloadWait } from './reload-wait.ts';
import { timeCalls, type Latency } from './stats.ts';

/** 'seeds' is the real articles folder; a number is a synthetic corpus of that many articles. */
export type SizeSpec = 'seeds' | number;

export interface SizeResult {
  size: string;
  /** Queries planned per command (fewer are timed when a command hits its time cap). */
  queries: number;
  articles: number;
  paragraphs: number;
  /** Knowledge counts beyond articles (people, events…), as the knowledge reports them. */
  counts: Record<string, number>;
  loadWarnings: number;
  generateMs: number;
  analyseMs: number;
  knowledgeMs: number;
  /** Preparing the lookup tables after a build or restore (the store does it before serving); absent in older results. */
  warmMs?: number;
  ingestMs: number;
  articlesPerSecond: number;
  heapUsedMB: number;
  /** RSS while serving: after the start-up compaction, once freed pages went back to the system. */
  rssMB: number;
  /** The most resident memory at any moment of the ingest (build threads included); absent in older results. */
  peakRssMB?: number;
  /** The start-up compaction (compactHeap.ts), as the bot runs it after loading; absent in older results. */
  compactMs?: number;
  /** A failed save or load is reported, not thrown: the other figures of the size still count. */
  snapshot: { bytes: number; saveMs: number; loadMs: number } | { error: string };
  latency: Record<CommandName, Latency>;
  baseline: BaselineResult;
  /**
   * Our knowledge build / plain MiniSearch build; our /search p95 / FlexSearch's and / plain
   * MiniSearch's, both given our expanded terms (older results have `searchP50` instead).
   */
  ratios: { build: number; searchP95VsFlexSearch?: number; searchP95VsMiniSearch?: number; searchP50?: number };
  /** A question's wait during a /reload of this corpus (measured at RELOAD_WAIT_AT articles only). */
  reload?: ReloadWait;
  /** Wall time of this size's whole measurement, to see where a run's time goes (absent in older results). */
  seconds?: number;
}

/** The size at which the wait of a question during a /reload is measured. */
export const RELOAD_WAIT_AT = 10_000;

const MB = 1024 * 1024;
/** Time allowed to each command's timed calls, so that the full run fits in 30 minutes. */
const COMMAND_BUDGET_MS = 150_000;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (bench/run.ts does) so that memory figures are after a full collection');
  gc();
  gc();
}

/**
 * Memory once the pages a collection freed are back with the system: V8 returns them from a
 * background thread, so RSS read at once still counts them (30,000 articles: 1,956 MB at once,
 * 1,615 MB three seconds later). Waits until RSS stops falling, at most 10 s.
 */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  collectGarbage();
  let last = process.memoryUsage.rss();
  for (let waited = 0; waited < 10_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = process.memoryUsage.rss();
    if (now > last * 0.99) break;
    last = now;
  }
  return process.memoryUsage();
}

function ingest(spec: SizeSpec): { corpus: Corpus; analyseMs: number; generateMs: number; people: PersonName[]; synthetic?: SyntheticCorpus } {
  if (spec === 'seeds') {
    const { files, catalog } = readSeedFolder('seeds');
    const t0 = performance.now();
    const corpus = buildCorpus(files, catalog);
    return { corpus, analyseMs: performance.now() - t0, generateMs: 0, people: [] };
  }
  const synthetic = new SyntheticCorpus(loadCorpusSync('seeds'), { count: spec });
  const t0 = performance.now();
  const { corpus, analyseMs } = ingestSynthetic(synthetic);
  const people = Array.from({ length: Math.min(QUERIED_PEOPLE, synthetic.size) }, (_, k) => synthetic.person(k));
  return { corpus, analyseMs, generateMs: performance.now() - t0 - analyseMs, people, synthetic };
}

function snapshotTimes(kb: Knowledge): SizeResult['snapshot'] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-snapshot-'));
  const file = path.join(dir, 'knowledge.snapshot');
  const key = { seeds: 'bench', code: 'bench' };
  try {
    let t0 = performance.now();
    saveSnapshot(kb, file, key);
    const saveMs = performance.now() - t0;
    const bytes = fs.statSync(file).size;
    t0 = performance.now();
    const read = readSnapshot(file, key);
    const loadMs = performance.now() - t0;
    return read.ok ? { bytes, saveMs, loadMs } : { error: `did not read back: ${read.reason}` };
  } catch (err) {
    return { error: (err as Error).message };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function latencies(kb: Knowledge, mix: QueryMix): Record<CommandName, Latency> {
  const calls = coreCalls(kb);
  const inputs: Record<CommandName, readonly (string | number)[]> = { search: mix.search, 'who-met': mix.whoMet, on: mix.on, article: mix.article };
  const out = {} as Record<CommandName, Latency>;
  for (const command of COMMANDS) {
    const call = calls[command] as (input: string | number) => unknown;
    out[command] = timeCalls(inputs[command], call, COMMAND_BUDGET_MS);
  }
  return out;
}

/**
 * @example (await measureSize(1000, 1000)).articlesPerSecond // articles analysed and indexed per second
 */
export async function measureSize(spec: SizeSpec, queries: number): Promise<SizeResult> {
  const started = performance.now();
  // Large sizes take many minutes: say where the time goes while it goes.
  const progress = (done: string) => process.stderr.write(`  ${spec}: ${done} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  const { corpus, analyseMs, generateMs, people, synthetic } = ingest(spec);
  progress('articles analysed');
  // The seeds' gazetteer names real people; synthetic corpora keep some of them, as the bot would.
  const gazetteer = loadGazetteer('seeds');
  const t0 = performance.now();
  // As the bot builds it: on every core once the corpus is large enough.
  const kb = await buildKnowledgeInParallel(corpus, gazetteer);
  const knowledgeMs = performance.now() - t0;
  progress('knowledge built');
  // The lookup tables are made with the knowledge (src/knowledge.ts): their time is in the build and load times.
  const warmMs = undefined;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  // As the bot's start-up load ends (store.ts): one compacting collection.
  const compactMs = compactHeap();
  const memory = await settledMemory();
  const snapshot = snapshotTimes(kb);
  progress('snapshot saved and loaded');
  collectGarbage();

  const counts = kb.counts();
  const mix = queryMix({
    count: queries,
    people,
    published: corpus.articles.flatMap((a) => (a.published ? [a.published] : [])),
    articleNumbers: corpus.articles.map((a) => a.number),
  });
  const latency = latencies(kb, mix);
  progress('commands timed');
  const reload = synthetic && counts.articles === RELOAD_WAIT_AT ? await reloadWait(kb, synthetic, mix.search) : undefined;
  if (reload) progress('reload wait measured');
  const base = baseline(corpus, kb.search, mix.search);
  progress('baselines measured');
  const ingestMs = analyseMs + knowledgeMs;
  return {
    size: String(spec),
    queries,
    articles: counts.articles,
    paragraphs: counts.paragraphs,
    counts: counts.extra,
    loadWarnings: corpus.warnings.length,
    generateMs,
    analyseMs,
    knowledgeMs,
    warmMs,
    ingestMs,
    articlesPerSecond: counts.articles / (ingestMs / 1000),
    heapUsedMB: memory.heapUsed / MB,
    rssMB: memory.rss / MB,
    peakRssMB,
    compactMs,
    snapshot,
    latency,
    baseline: base,
    ratios: {
      build: knowledgeMs / base.buildMs,
      searchP95VsFlexSearch: base.flexsearch && latency.search.p95 / base.flexsearch.search.p95,
      searchP95VsMiniSearch: latency.search.p95 / base.search.p95,
    },
    reload,
    seconds: (performance.now() - started) / 1000,
  };
}

/** As a child of run.ts: measure the size given on the command line and send the result back. */
if (process.send && process.argv[2] === '--measure') {
  const spec: SizeSpec = process.argv[3] === 'seeds' ? 'seeds' : Number(process.argv[3]);
  const result = await measureSize(spec, Number(process.argv[4]));
  process.send(result, () => process.exit(0));
}
