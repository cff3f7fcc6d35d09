/**
 * A persisted copy of the built knowledge, so a restart skips analysis and indexing. It is trusted
 * only when it was made from the same seeds by the same code and reads back intact; anything else
 * is reported and rebuilt, never half-used.
 *
 * Format: a JSON header line (format, fingerprints, payload length and sha256), then the payload as
 * V8 structured-clone bytes (no string-size ceiling, unlike one huge JSON string).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { knowledgeFromSnapshot, knowledgeToSnapshot, type Knowledge } from './knowledge.ts';

/** 2: sentence texts are no longer stored (sliced from their paragraph on load). */
const FORMAT = 'crisis-bot-snapshot/2';

export interface SnapshotKey {
  seeds: string;
  code: string;
}

interface Header extends SnapshotKey {
  format: string;
  createdAt: string;
  bytes: number;
  sha256: string;
}

export type SnapshotRead =
  | { ok: true; kb: Knowledge; createdAt: string }
  | { ok: false; reason: string };

export function snapshotPath(cacheDir: string): string {
  return path.join(cacheDir, 'knowledge.snapshot');
}

/** writeSync may write less than asked (large buffers); loop until every byte is written. */
function writeAll(fd: number, data: Uint8Array): void {
  for (let written = 0; written < data.length; ) written += fs.writeSync(fd, data, written, data.length - written);
}

/** Writes atomically (temp file + rename) so a crash never leaves a torn snapshot behind. */
export function saveSnapshot(kb: Knowledge, file: string, key: SnapshotKey): number {
  const payload = v8.serialize(knowledgeToSnapshot(kb));
  const header: Header = { format: FORMAT, ...key, createdAt: new Date().toISOString(), bytes: payload.length, sha256: createHash('sha256').update(payload).digest('hex') };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    writeAll(fd, Buffer.from(`${JSON.stringify(header)}\n`));
    writeAll(fd, payload);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return payload.length;
}

/**
 * @example readSnapshot('.cache/knowledge.snapshot', key) // { ok: false, reason: 'no snapshot yet' } on a first start
 */
export function readSnapshot(file: string, key: SnapshotKey): SnapshotRead {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return { ok: false, reason: 'no snapshot yet' };
  }
  const newline = data.indexOf(10);
  let header: Header;
  try {
    header = JSON.parse(data.subarray(0, newline).toString('utf8')) as Header;
  } catch {
    return { ok: false, reason: 'the snapshot header is unreadable (corrupt file)' };
  }
  if (header.format !== FORMAT) return { ok: false, reason: `the snapshot has format ${String(header.format)}, expected ${FORMAT}` };
  if (header.seeds !== key.seeds) return { ok: false, reason: 'the articles changed since the snapshot was made' };
  if (header.code !== key.code) return { ok: false, reason: 'the analysis code changed since the snapshot was made' };
  const payload = data.subarray(newline + 1);
  if (payload.length !== header.bytes || createHash('sha256').update(payload).digest('hex') !== header.sha256) {
    return { ok: false, reason: 'the snapshot is corrupt (length or checksum mismatch)' };
  }
  try {
    return { ok: true, kb: knowledgeFromSnapshot(v8.deserialize(payload)), createdAt: header.createdAt };
  } catch (err) {
    return { ok: false, reason: `the snapshot could not be restored: ${(err as Error).message}` };
  }
}
