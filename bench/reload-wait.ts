/**
 * How long a question waits while the bot reloads a large articles folder: the folder is written to
 * disk, a store serving the same corpus runs `/reload` on it (read, analyse, index, snapshot, restore
 * with its tables, swap, as the bot does), and meanwhile a /search question is started every PROBE_EVERY_MS; a
 * question's wait is from when it was due to when its answer was ready, so it includes the time the
 * event loop was held by the reload.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchAnswer } from '../src/answers/search.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { createLogger } from '../src/log.ts';
import { KnowledgeStore } from '../src/store.ts';
import { writeSyntheticCorpus, type SyntheticCorpus } from './generate.ts';
import { summarise, type Latency } from './stats.ts';

const PROBE_EVERY_MS = 25;

export interface ReloadWait {
  reloadMs: number;
  /** Question waits during the reload, in ms. */
  wait: Latency;
}

/** @example (await reloadWait(kb, synthetic, ['Lavrov'])).wait.max // the longest a question waited */
export async function reloadWait(kb: Knowledge, synthetic: SyntheticCorpus, queries: readonly string[]): Promise<ReloadWait> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reload-'));
  try {
    const seedsDir = path.join(dir, 'seeds');
    writeSyntheticCorpus(synthetic, seedsDir);
    fs.copyFileSync('seeds/gazetteer.tsv', path.join(seedsDir, 'gazetteer.tsv'));
    const store = new KnowledgeStore(kb, { seedsDir, cacheDir: path.join(dir, 'cache'), log: createLogger({ level: 'silent' }) });
    const waits: number[] = [];
    let done = false;
    let asked = 0;
    const probe = (due: number) => {
      if (done) return;
      searchAnswer(store.current, { query: queries[asked++ % queries.length]! });
      waits.push(performance.now() - due);
      const next = Math.max(performance.now(), due + PROBE_EVERY_MS);
      setTimeout(() => probe(next), next - performance.now());
    };
    const t0 = performance.now();
    setTimeout(() => probe(t0 + PROBE_EVERY_MS), PROBE_EVERY_MS);
    await store.reload();
    done = true;
    return { reloadMs: performance.now() - t0, wait: summarise(waits) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
