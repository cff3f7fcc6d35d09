/**
 * Fingerprints that decide whether a persisted snapshot may be trusted: one of the seeds' contents,
 * one of the code that analysed them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedFile } from './load.ts';

/** Content hash of a seeds folder: every file's name and bytes (articles, catalog, gazetteer, …). */
export function seedsFingerprint(files: Array<SeedFile>): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hash.update(f.name).update('\0').update(createHash('sha256').update(f.bytes).digest()).update('\0');
  }
  return hash.digest('hex');
}

const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(full);
    return /\.(ts|js|json)$/.test(e.name) ? [full] : [];
  });
}

let codeHash: string | undefined;

/** Hash of the analysis code (`src/`): a snapshot made by other code is never trusted. */
export function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const file of listSources(SRC_DIR).sort()) hash.update(path.relative(SRC_DIR, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  codeHash = hash.digest('hex');
  return codeHash;
}
