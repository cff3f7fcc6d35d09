/**
 * Sequential reading and writing of a snapshot file by lines and byte runs, through a file
 * descriptor: a snapshot can be larger than one Buffer read of a whole file allows (2 GiB), and
 * reading it piece by piece lets each piece be freed once decoded.
 */
import fs from 'node:fs';

/** writeSync may write less than asked (large buffers); loop until every byte is written. */
export function writeAll(fd: number, data: Uint8Array): void {
  for (let written = 0; written < data.length; ) written += fs.writeSync(fd, data, written, data.length - written);
}

/** Header lines are short; a longer "line" means the file is not a snapshot. */
const MAX_LINE = 64 * 1024;
/** One read call stays well below the 2 GiB a single read may return. */
const MAX_READ = 1 << 30;

export class SnapshotReader {
  private readonly fd: number;
  private position = 0;

  /** @throws Error when the file cannot be opened (no snapshot yet). */
  constructor(file: string) {
    this.fd = fs.openSync(file, 'r');
  }

  /**
   * The next line, without its newline.
   * @throws Error at the end of the file or when no newline comes within `MAX_LINE` bytes.
   */
  line(): string {
    const chunk = Buffer.alloc(MAX_LINE);
    const read = fs.readSync(this.fd, chunk, 0, chunk.length, this.position);
    const newline = chunk.subarray(0, read).indexOf(10);
    if (newline < 0) throw new Error(read === 0 ? 'end of file' : 'no line ending');
    this.position += newline + 1;
    return chunk.toString('utf8', 0, newline);
  }

  /** Reads the next `count` bytes into `target` at `offset`; returns how many there were (fewer at the end of the file). */
  readInto(target: Uint8Array, offset: number, count: number): number {
    let filled = 0;
    while (filled < count) {
      const read = fs.readSync(this.fd, target, offset + filled, Math.min(count - filled, MAX_READ), this.position);
      if (read === 0) break;
      filled += read;
      this.position += read;
    }
    return filled;
  }

  atEnd(): boolean {
    return fs.readSync(this.fd, Buffer.alloc(1), 0, 1, this.position) === 0;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
