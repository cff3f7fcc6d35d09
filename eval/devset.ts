/**
 * The development set's own files: the manifests (which article is in which language and split)
 * and the gold facts read by hand (devset/gold/NNN.json). Format: DEVSET-FORMAT in the issue 11
 * notes, summarised in eval/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';

/** 'none' for an article of the evaluated folder that no manifest lists (the seeds, say). */
export type Split = 'tune' | 'held' | 'none';

export interface ManifestEntry {
  article: number;
  url: string;
  language: string;
  split: Split;
  published?: string;
}

export interface GoldPerson {
  name: string;
  spellings: string[];
  latin: string[];
}

export interface GoldContact {
  a: string;
  b: string;
  kind: string;
  date: string | null;
  planned: boolean;
  evidence: string;
}

export interface GoldEvent {
  date: string;
  what: string;
  evidence: string;
}

export interface Gold {
  article: number;
  language: string;
  people: GoldPerson[];
  not_people?: string[];
  contacts: GoldContact[];
  events: GoldEvent[];
  search: Array<{ q: string; note?: string }>;
}

export class DevsetError extends Error {
  override name = 'DevsetError';
}

/** The language name given to articles that no manifest lists. */
export const UNLISTED = 'unlisted';

/** The manifest entries of the folder's articles, and an 'unlisted' entry for each article no manifest names. */
export function folderManifest(manifest: Map<number, ManifestEntry>, articles: Iterable<number>): Map<number, ManifestEntry> {
  const mine = new Map<number, ManifestEntry>();
  for (const n of articles) mine.set(n, manifest.get(n) ?? { article: n, url: '', language: UNLISTED, split: 'none' });
  return mine;
}

/** Every `manifest-*.tsv` of the dev-set folder; a malformed line is an error naming it. */
export function readManifests(devsetDir: string): Map<number, ManifestEntry> {
  const entries = new Map<number, ManifestEntry>();
  const files = fs.readdirSync(devsetDir).filter((f) => /^manifest-.*\.tsv$/u.test(f)).sort();
  for (const file of files) {
    fs.readFileSync(path.join(devsetDir, file), 'utf8').split(/\r?\n/u).forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [num = '', url = '', language = '', split = '', published = ''] = line.split('\t');
      if (!/^\d+$/u.test(num) || (split !== 'tune' && split !== 'held')) throw new DevsetError(`${file} line ${i + 1}: expected number, url, language, tune|held, published, query`);
      entries.set(Number(num), { article: Number(num), url, language, split, ...(published ? { published } : {}) });
    });
  }
  return entries;
}

/** The catalog lines of every `catalog-*.tsv`, joined into one catalog text (same columns as seeds/catalog.tsv). */
export function joinedCatalogs(devsetDir: string): string {
  return fs
    .readdirSync(devsetDir)
    .filter((f) => /^catalog-.*\.tsv$/u.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(devsetDir, f), 'utf8'))
    .join('\n');
}

function validGold(data: unknown, file: string): Gold {
  const g = data as Gold;
  const ok = typeof g?.article === 'number' && Array.isArray(g.people) && Array.isArray(g.contacts) && Array.isArray(g.events) && Array.isArray(g.search);
  if (!ok) throw new DevsetError(`${file}: a gold file needs article, people, contacts, events and search`);
  const names = new Set(g.people.map((p) => p.name));
  for (const c of g.contacts) {
    if (!names.has(c.a) || !names.has(c.b)) throw new DevsetError(`${file}: contact ${c.a} – ${c.b} names someone missing from people`);
  }
  return g;
}

/** Gold facts by article number, from `gold/NNN.json`. */
export function readGold(devsetDir: string): Map<number, Gold> {
  const dir = path.join(devsetDir, 'gold');
  const gold = new Map<number, Gold>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const g = validGold(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), file);
    gold.set(g.article, g);
  }
  return gold;
}
