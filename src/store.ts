/**
 * The current knowledge, and how it is (re)built: from a valid snapshot when there is one, else from
 * the seeds. A reload builds the new knowledge aside and swaps it in with one assignment, so every
 * question is answered from one complete corpus, old or new; a failed reload keeps the old one.
 */
import { codeFingerprint } from './corpus/fingerprint.ts';
import { buildCorpus, readSeedFolder, type SeedFolder } from './corpus/load.ts';
import { buildAside } from './build/reload.ts';
import { compactHeap } from './build/compactHeap.ts';
import { buildKnowledgeInParallel } from './build/parallel.ts';
import type { Knowledge } from './knowledge.ts';
import { EMPTY_GAZETTEER, GAZETTEER_FILE, gazetteerFromBytes } from './people/gazetteer.ts';
import type { Logger } from './log.ts';
import { readSnapshot, saveSnapshot, snapshotPath } from './snapshot.ts';
import type { LoadWarning } from './types.ts';

export interface LoadedKnowledge {
  kb: Knowledge;
  /** 'snapshot' when restored, 'built' when analysed from the seeds. */
  from: 'snapshot' | 'built';
  /** Why the snapshot was not used, when it was not. */
  snapshotMiss?: string;
  warnings: LoadWarning[];
  ms: number;
}

export interface StoreOptions {
  seedsDir: string;
  /** Where snapshots live; no snapshot is read or written when undefined. */
  cacheDir?: string;
  log: Logger;
}

async function fromFolder(folder: SeedFolder, opts: StoreOptions, started: number): Promise<LoadedKnowledge> {
  const key = { seeds: folder.fingerprint, code: codeFingerprint() };
  const file = opts.cacheDir ? snapshotPath(opts.cacheDir) : undefined;
  let snapshotMiss: string | undefined;
  if (file) {
    const read = readSnapshot(file, key);
    if (read.ok) {
      return { kb: read.kb, from: 'snapshot', warnings: read.kb.corpus.warnings, ms: performance.now() - started };
    }
    snapshotMiss = read.reason;
    if (read.reason !== 'no snapshot yet') opts.log.warn({ file, reason: read.reason }, 'snapshot not used; rebuilding');
  }
  const kb = await buildFromFolder(folder);
  if (file) {
    try {
      saveSnapshot(kb, file, key);
    } catch (err) {
      opts.log.warn({ err, file }, 'could not write the snapshot in CACHE_DIR, so the bot runs without a cache and the next start rebuilds; point CACHE_DIR at a writable folder');
    }
  }
  return { kb, from: 'built', snapshotMiss, warnings: kb.corpus.warnings, ms: performance.now() - started };
}

/** Analyses and indexes an articles folder (per-article analysis on worker threads for large corpora). */
export async function buildFromFolder(folder: SeedFolder): Promise<Knowledge> {
  const corpus = buildCorpus(folder.files, folder.catalog, folder.skipped);
  const gazetteerFile = folder.others.find((f) => f.name === GAZETTEER_FILE);
  const gazetteer = gazetteerFile ? gazetteerFromBytes(gazetteerFile.bytes) : EMPTY_GAZETTEER;
  corpus.warnings.push(...gazetteer.warnings);
  return buildKnowledgeInParallel(corpus, gazetteer);
}

/** Loads at start-up (bot, terminal, shard manager), then compacts the heap (see compactHeap.ts). */
export async function loadKnowledge(opts: StoreOptions): Promise<LoadedKnowledge> {
  const loaded = await fromFolder(readSeedFolder(opts.seedsDir), opts, performance.now());
  const ms = compactHeap();
  if (ms !== undefined) opts.log.info({ ms: Math.round(ms), rssMB: Math.round(process.memoryUsage.rss() / 2 ** 20) }, 'heap compacted after loading');
  return loaded;
}

export interface ReloadOutcome {
  added: number[];
  changed: number[];
  removed: number[];
  /** Articles served after the reload. */
  total: number;
  warnings: string[];
}

function diff(before: Knowledge, after: Knowledge): Omit<ReloadOutcome, 'warnings' | 'total'> {
  const added: number[] = [];
  const changed: number[] = [];
  for (const [n, a] of after.articles) {
    const old = before.articles.get(n);
    if (!old) added.push(n);
    else if (old.hash !== a.hash) changed.push(n);
  }
  const removed = [...before.articles.keys()].filter((n) => !after.articles.has(n));
  return { added, changed, removed };
}

export class KnowledgeStore {
  private kb: Knowledge;
  private pending?: Promise<ReloadOutcome>;

  constructor(
    initial: Knowledge,
    private readonly opts: StoreOptions,
  ) {
    this.kb = initial;
  }

  get current(): Knowledge {
    return this.kb;
  }

  /** Concurrent reload requests share one reload. Throws (keeping the old knowledge) on failure. */
  reload(): Promise<ReloadOutcome> {
    this.pending ??= this.rebuild()
      .catch((err: unknown) => {
        this.opts.log.warn({ reason: (err as Error).message }, 'reload failed; the previous articles are still served');
        throw err;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /**
   * The new knowledge is built on a thread of its own and handed over as a snapshot, restored here
   * one section at a time between questions (`build/reload.ts`), so questions wait at most for one
   * section, not for the build.
   */
  private async rebuild(): Promise<ReloadOutcome> {
    const started = performance.now();
    const loaded = await buildAside(this.opts.seedsDir, this.opts.cacheDir);
    const outcome = { ...diff(this.kb, loaded.kb), total: loaded.kb.corpus.articles.length, warnings: loaded.kb.corpus.warnings.map((w) => w.message) };
    this.kb = loaded.kb;
    this.opts.log.info({ ...outcome, from: loaded.from, ms: Math.round(performance.now() - started) }, 'knowledge reloaded');
    return outcome;
  }
}
