/**
 * The current knowledge, and how it is (re)built: from a valid snapshot when there is one, else from
 * the seeds. A reload builds the new knowledge aside and swaps it in with one assignment, so every
 * question is answered from one complete corpus, old or new; a failed reload keeps the old one.
 */
import { codeFingerprint } from './corpus/fingerprint.ts';
import { buildCorpus, readSeedFolderAsync, readSeedFolder, type SeedFolder } from './corpus/load.ts';
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
  const corpus = buildCorpus(folder.files, folder.catalog, folder.skipped);
  const gazetteerFile = folder.others.find((f) => f.name === GAZETTEER_FILE);
  const gazetteer = gazetteerFile ? gazetteerFromBytes(gazetteerFile.bytes) : EMPTY_GAZETTEER;
  corpus.warnings.push(...gazetteer.warnings);
  // Per-article analysis runs on worker threads for large corpora, which also keeps a reload
  // from holding up questions for the whole build.
  const kb = await buildKnowledgeInParallel(corpus, gazetteer);
  if (file) {
    try {
      saveSnapshot(kb, file, key);
    } catch (err) {
      opts.log.warn({ err, file }, 'could not write the snapshot in CACHE_DIR, so the bot runs without a cache and the next start rebuilds; point CACHE_DIR at a writable folder');
    }
  }
  return { kb, from: 'built', snapshotMiss, warnings: corpus.warnings, ms: performance.now() - started };
}

/** Loads at start-up (bot, terminal, shard manager). */
export function loadKnowledge(opts: StoreOptions): Promise<LoadedKnowledge> {
  return fromFolder(readSeedFolder(opts.seedsDir), opts, performance.now());
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

  private async rebuild(): Promise<ReloadOutcome> {
    const started = performance.now();
    const folder = await readSeedFolderAsync(this.opts.seedsDir);
    const loaded = await fromFolder(folder, this.opts, started);
    const outcome = { ...diff(this.kb, loaded.kb), total: loaded.kb.corpus.articles.length, warnings: loaded.warnings.map((w) => w.message) };
    this.kb = loaded.kb;
    this.opts.log.info({ ...outcome, from: loaded.from, ms: Math.round(performance.now() - started) }, 'knowledge reloaded');
    return outcome;
  }
}
