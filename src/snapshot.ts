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
import { CHUNK_SIZES, knowledgeToSnapshot, restoreSteps, type ChunkSizes, type SnapshotSectionSteps } from './knowledgeSnapshot.ts';
import { runSteps, runStepsAsync } from './steps.ts';
import { SnapshotReader, writeAll } from './snapshotFile.ts';
import { joinLargeArrays, splitLargeArrays } from './snapshotPieces.ts';

/**
 * 3: sections (corpus in chunks, column by column; people and events spans without their text). 4: search indexes as
 * postings columns. 5: highlight offsets as pair lists. 6: people and events in chunks too. 7: long plain arrays
 * (search terms, vocabulary) in pieces too.
 */
const FORMAT = 'crisis-bot-snapshot/7';

/**
 * Bytes read and checked per step of a restore: a reload reads a section between questions, and a
 * 50 MB section read and hashed in one go held them for most of a second.
 */
const READ_STEP_BYTES = 4 * 1024 * 1024;

/** The name of the sections that hold the pieces of a large array of the section before them (snapshotPieces.ts). */
const PIECE = 'piece';

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
export function saveSnapshot(kb: Knowledge, file: string, key: SnapshotKey, sizes: ChunkSizes = CHUNK_SIZES): number {
  makeFolder(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let total = 0;
  try {
    writeAll(fd, line({ format: FORMAT, ...key, createdAt: new Date().toISOString() } satisfies Header));
    let count = 0;
    const write = (name: string, value: unknown) => {
      const bytes = v8.serialize(value);
      writeAll(fd, line({ name, bytes: bytes.length, sha256: sha256(bytes) } satisfies SectionHeader));
      writeAll(fd, bytes);
      total += bytes.length;
      count++;
    };
    for (const section of knowledgeToSnapshot(kb, sizes)) {
      const { value, pieces } = splitLargeArrays(section.value(), sizes.pieceLength);
      write(section.name, value);
      for (const piece of pieces) write(PIECE, piece);
    }
    writeAll(fd, line({ end: count } satisfies EndLine));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return total;
}

/** A section that is cut short or does not match its checksum. */
class CorruptSnapshot extends Error {}

/**
 * Reads a snapshot's sections in order: each section's bytes are read and hashed a slice per step,
 * then decoded, then the pieces of its large arrays (which follow it) are put back.
 */
class SectionReader {
  private count = 0;

  constructor(private readonly reader: SnapshotReader) {}

  /** The next header line: a section's, or the end line (checked against the sections read). */
  private header(): SectionHeader | undefined {
    let head: SectionHeader & Partial<EndLine>;
    try {
      head = JSON.parse(this.reader.line()) as SectionHeader & Partial<EndLine>;
    } catch {
      throw new CorruptSnapshot('a section header is unreadable');
    }
    if (head.end === undefined) return head;
    if (head.end !== this.count) throw new CorruptSnapshot(`the end line counts ${head.end} sections, the file has ${this.count}`);
    return undefined;
  }

  private *decode(head: SectionHeader): Generator<void, unknown> {
    const index = this.count++;
    const bytes = Buffer.allocUnsafe(head.bytes);
    const hash = createHash('sha256');
    let filled = 0;
    while (filled < head.bytes) {
      const read = this.reader.readInto(bytes, filled, Math.min(READ_STEP_BYTES, head.bytes - filled));
      if (read === 0) break;
      hash.update(bytes.subarray(filled, filled + read));
      filled += read;
      if (filled < head.bytes) yield;
    }
    if (filled !== head.bytes || hash.digest('hex') !== head.sha256) throw new CorruptSnapshot(`section ${index} (${head.name})`);
    return v8.deserialize(bytes);
  }

  private *piece(): Generator<void, unknown> {
    const head = this.header();
    if (head?.name !== PIECE) throw new CorruptSnapshot(`a piece of a large array is missing (found ${head ? head.name : 'the end'})`);
    yield;
    return yield* this.decode(head);
  }

  private *value(head: SectionHeader): Generator<void, unknown> {
    return yield* joinLargeArrays(yield* this.decode(head), () => this.piece());
  }

  /** The sections in order, each as its name and the steps that decode it; each must be decoded before the next is taken. */
  *sections(): Generator<SnapshotSectionSteps> {
    for (let head = this.header(); head; head = this.header()) {
      if (head.name === PIECE) throw new CorruptSnapshot('a piece of a large array without its section');
      yield [head.name, this.value(head)];
    }
  }
}

/**
 * @example readSnapshot('.cache/knowledge.snapshot', key) // { ok: false, reason: 'no snapshot yet' } on a first start
 */
export function readSnapshot(file: string, key: SnapshotKey): SnapshotRead {
  return runSteps(readSteps(file, key));
}

/** Whether the file is a snapshot of this format, seeds and code (its header only; reading it checks the rest). */
export function snapshotMatches(file: string, key: SnapshotKey): boolean {
  let reader: SnapshotReader;
  try {
    reader = new SnapshotReader(file);
  } catch {
    return false;
  }
  try {
    const header = JSON.parse(reader.line()) as Header;
    return header.format === FORMAT && header.seeds === key.seeds && header.code === key.code;
  } catch {
    return false;
  } finally {
    reader.close();
  }
}

/** `readSnapshot` one section per step, to run between questions on a reload (see `steps.ts`). */
export function readSnapshotAsync(file: string, key: SnapshotKey): Promise<SnapshotRead> {
  return runStepsAsync(readSteps(file, key));
}

function* readSteps(file: string, key: SnapshotKey): Generator<void, SnapshotRead> {
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
      const kb = yield* restoreSteps(new SectionReader(reader).sections());
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
