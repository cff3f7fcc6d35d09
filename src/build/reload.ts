/**
 * A reload built aside: the reload thread (reload-thread.ts) reads, analyses and indexes the
 * articles folder and writes a snapshot; this thread then restores that snapshot and makes its
 * lookup tables (`assembleSteps`) one step at a time, answering questions between steps. Without a cache folder the
 * snapshot goes to a temporary one, removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../knowledge.ts';
import { readSnapshotAsync, snapshotPath } from '../snapshot.ts';
import type { ReloadReply, ReloadRequest } from './reload-thread.ts';

function inReloadThread(request: ReloadRequest): Promise<ReloadReply & { ok: true }> {
  const worker = new Worker(new URL('./reload-entry.mjs', import.meta.url));
  return new Promise<ReloadReply & { ok: true }>((resolve, reject) => {
    worker.once('message', (reply: ReloadReply) => (reply.ok ? resolve(reply) : reject(new Error(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reload thread stopped (exit ${code})`)));
    worker.postMessage(request);
  }).finally(() => void worker.terminate());
}

/**
 * @example (await buildAside('seeds')).kb.corpus.articles.length // 5
 */
export async function buildAside(seedsDir: string, cacheDir?: string): Promise<{ kb: Knowledge; from: 'snapshot' | 'built' }> {
  const dir = cacheDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-bot-reload-'));
  try {
    const file = snapshotPath(dir);
    const reply = await inReloadThread({ seedsDir, file });
    const read = await readSnapshotAsync(file, reply.key);
    if (!read.ok) throw new Error(`the reloaded knowledge could not be read back: ${read.reason}`);
    return { kb: read.kb, from: reply.built ? 'built' : 'snapshot' };
  } finally {
    if (!cacheDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
