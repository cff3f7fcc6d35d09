/**
 * A persisted copy of the built knowledge, so a restart skips analysis and indexing. It is trusted
 * only when it was made from the same seeds by the same code and reads back intact; anything else
 * is reported and rebuilt, never half-used.
 *
 * Format: a JSON header line (format, fingerprints), then each section of `knowledgeToSnapshot` as
 * a JSON line (name, length, sha256) followed by its V8 structured-clone bytes, then an end line.
 * Sections are written and read one at a time: neither side ever holds the whole file in one
 * Buffer (a file over 2 GiB cannot be read whole), and each section is restored as it is read.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { Knowledge } from './knowledge.ts';
import { knowledgeFromSnapshot, knowledgeToSnapshot } from './knowledgeSnapshot.ts';
import { SnapshotReader, writeAll } from './snapshotFile.ts';

/** 3: sections (corpus in chunks, column by column; people and events spans without their text). 4: search indexes as postings columns. 5: highlight offsets as pair lists. */
const FORMAT = 'crisis-bot-snapshot/5';

export interface SnapshotKey {
  seeds: string;
  code: string;
}

interface Header extends SnapshotKey {
  format: string;
  createdAt: string;
}

interface SectionHeader {
  name: string;
  bytes: number;
  sha256: string;
}

/** The last line: how many sections there are, so a file cut at a section boundary is not taken as whole. */
interface EndLine {
  end: number;
}

export type SnapshotRead =
  | { ok: true; kb: Knowledge; createdAt: string }
  | { ok: false; reason: string };

export function snapshotPath(cacheDir: string): string {
  return path.join(cacheDir, 'knowledge.snapshot');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const line = (value: object) => Buffer.from(`${JSON.stringify(value)}\n`);

/**
 * `mkdir -p` that fails instead of hanging: Node's recursive mkdir loops for ever under /proc
 * (CACHE_DIR=/proc/nope spun at 100 % CPU), so each missing parent is made one at a time.
 */
function makeFolder(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolder(parent);
  fs.mkdirSync(dir);
}

/**
 * Writes atomically (temp file + rename) so a crash never leaves a torn snapshot behind. Returns
 * the bytes of the sections.
 * @example saveSnapshot(kb, '.cache/knowledge.snapshot', { seeds, code }) // 136000000
 */
export function saveSnapshot(kb: Knowledge, file: string, key: SnapshotKey): number {
  makeFolder(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let total = 0;
  try {
    writeAll(fd, line({ format: FORMAT, ...key, createdAt: new Date().toISOString() } satisfies Header));
    const sections = knowledgeToSnapshot(kb);
    for (const section of sections) {
      const bytes = v8.serialize(section.value());
      writeAll(fd, line({ name: section.name, bytes: bytes.length, sha256: sha256(bytes) } satisfies SectionHeader));
      writeAll(fd, bytes);
      total += bytes.length;
    }
    writeAll(fd, line({ end: sections.length } satisfies EndLine));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return total;
}

/** A section that is cut short or does not match its checksum. */
class CorruptSnapshot extends Error {}

/** Decodes the sections in order, checking each; the end line must follow the last. */
function* sections(reader: SnapshotReader): Generator<[string, unknown]> {
  let count = 0;
  for (;;) {
    let head: SectionHeader & Partial<EndLine>;
    try {
      head = JSON.parse(reader.line()) as SectionHeader & Partial<EndLine>;
    } catch {
      throw new CorruptSnapshot('a section header is unreadable');
    }
    if (head.end !== undefined) {
      if (head.end !== count) throw new CorruptSnapshot(`the end line counts ${head.end} sections, the file has ${count}`);
      return;
    }
    const bytes = reader.bytes(head.bytes);
    if (bytes.length !== head.bytes || sha256(bytes) !== head.sha256) throw new CorruptSnapshot(`section ${count} (${head.name})`);
    count++;
    yield [head.name, v8.deserialize(bytes)];
  }
}

/**
 * @example readSnapshot('.cache/knowledge.snapshot', key) // { ok: false, reason: 'no snapshot yet' } on a first start
 */
export function readSnapshot(file: string, key: SnapshotKey): SnapshotRead {
  let reader: SnapshotReader;
  try {
    reader = new SnapshotReader(file);
  } catch {
    return { ok: false, reason: 'no snapshot yet' };
  }
  try {
    let header: Header;
    try {
      header = JSON.parse(reader.line()) as Header;
    } catch {
      return { ok: false, reason: 'the snapshot header is unreadable (corrupt file)' };
    }
    if (header.format !== FORMAT) return { ok: false, reason: `the snapshot has format ${String(header.format)}, expected ${FORMAT}` };
    if (header.seeds !== key.seeds) return { ok: false, reason: 'the articles changed since the snapshot was made' };
    if (header.code !== key.code) return { ok: false, reason: 'the analysis code changed since the snapshot was made' };
    try {
      const kb = knowledgeFromSnapshot(sections(reader));
      // The end line is read only after the last section; a file that goes on is not what was written.
      if (!reader.atEnd()) throw new CorruptSnapshot('bytes after the end line');
      return { ok: true, kb, createdAt: header.createdAt };
    } catch (err) {
      if (err instanceof CorruptSnapshot) return { ok: false, reason: `the snapshot is corrupt (length or checksum mismatch: ${err.message})` };
      return { ok: false, reason: `the snapshot could not be restored: ${(err as Error).message}` };
    }
  } finally {
    reader.close();
  }
}
