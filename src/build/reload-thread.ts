/**
 * The reload thread: reads the articles folder and, unless the snapshot file already holds exactly
 * these seeds analysed by this code, builds the knowledge (its per-article steps on build threads
 * of their own) and writes it there. The main thread, which keeps answering questions meanwhile,
 * then restores the snapshot step by step (see reload.ts).
 */
import { parentPort } from 'node:worker_threads';
import { codeFingerprint } from '../corpus/fingerprint.ts';
import { readSeedFolder } from '../corpus/load.ts';
import { saveSnapshot, snapshotMatches, type SnapshotKey } from '../snapshot.ts';
import { buildFromFolder } from '../store.ts';

export interface ReloadRequest {
  seedsDir: string;
  /** Where the snapshot is (to be) written. */
  file: string;
}

export type ReloadReply = { ok: true; key: SnapshotKey; built: boolean } | { ok: false; error: string };

async function reload(request: ReloadRequest): Promise<ReloadReply> {
  const folder = readSeedFolder(request.seedsDir);
  const key = { seeds: folder.fingerprint, code: codeFingerprint() };
  if (snapshotMatches(request.file, key)) return { ok: true, key, built: false };
  saveSnapshot(await buildFromFolder(folder), request.file, key);
  return { ok: true, key, built: true };
}

parentPort?.once('message', (request: ReloadRequest) => {
  reload(request).then(
    (reply) => parentPort!.postMessage(reply),
    (err: Error) => parentPort!.postMessage({ ok: false, error: err.message } satisfies ReloadReply),
  );
});
