/**
 * Loading the articles folder. A bad file never stops the bot: it is skipped with a warning that
 * names it. Two files claiming one article number are an error naming both, since either could be
 * the one a citation means.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Corpus, LoadWarning } from '../types.ts';
import { analyseArticle } from './article.ts';
import { CATALOG_FILE, parseCatalog, type Catalog } from './catalog.ts';
import { seedsFingerprint } from './fingerprint.ts';

export const ARTICLE_FILE = /^(\d+)_[^/\\]*\.txt$/i;
/** Larger than any news article; a file this big is a mistake (a dump, a binary). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a file's bytes cannot be an article, or undefined when they can. */
function rejectBytes(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > MAX_ARTICLE_BYTES) return `the file is ${bytes.length} bytes, more than the ${MAX_ARTICLE_BYTES} an article may have`;
  if (bytes.includes(0)) return 'the file is binary (it contains NUL bytes)';
  return undefined;
}

function decode(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export interface SeedFile {
  name: string;
  bytes: Buffer;
}

export interface SeedFolder {
  files: SeedFile[];
  catalog: Catalog;
  /** The folder's other files (gazetteer, …), for the parts of the analysis that read them. */
  others: SeedFile[];
  /** Content hash of every file in the folder: articles, catalog, gazetteer. */
  fingerprint: string;
}

function listFolder(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();
  } catch (err) {
    throw new CorpusError(`cannot read the articles folder ${dir}: ${(err as Error).message}`);
  }
}

function assemble(all: SeedFile[]): SeedFolder {
  const catalogFile = all.find((f) => f.name === CATALOG_FILE);
  const catalog = catalogFile ? parseCatalog(catalogFile.bytes.toString('utf8')) : { entries: new Map(), warnings: [] };
  const isArticle = (f: SeedFile) => f.name.toLowerCase().endsWith('.txt');
  return { files: all.filter(isArticle), catalog, others: all.filter((f) => !isArticle(f)), fingerprint: seedsFingerprint(all) };
}

/** Reads a seeds folder: its article files, its catalog and its fingerprint; no analysis yet. */
export function readSeedFolder(dir: string): SeedFolder {
  return assemble(listFolder(dir).map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) })));
}

/** The same, reading file by file so that a running bot keeps answering meanwhile. */
export async function readSeedFolderAsync(dir: string): Promise<SeedFolder> {
  const all: SeedFile[] = [];
  for (const name of listFolder(dir)) all.push({ name, bytes: await fs.promises.readFile(path.join(dir, name)) });
  return assemble(all);
}

/**
 * Analyses seed files into a corpus. Pure apart from the data passed in, so tests and the
 * benchmark can feed generated files.
 *
 * @example buildCorpus([{ name: '007_x.txt', bytes: Buffer.from('Headline\nBody.') }]).articles[0].number // 7
 */
export function buildCorpus(files: SeedFile[], catalog: Catalog = { entries: new Map(), warnings: [] }): Corpus {
  const warnings: LoadWarning[] = [...catalog.warnings];
  const byNumber = new Map<number, string>();
  const articles: Article[] = [];
  for (const { name, bytes } of files) {
    const match = ARTICLE_FILE.exec(name);
    if (!match) {
      warnings.push({ file: name, message: `${name} skipped: article files are named NNN_anything.txt, with the article number first.` });
      continue;
    }
    const number = Number(match[1]);
    const problem = rejectBytes(bytes);
    const text = problem ? undefined : decode(bytes);
    if (problem || text === undefined) {
      warnings.push({ file: name, message: `${name} skipped: ${problem ?? 'the file is not valid UTF-8 text'}.` });
      continue;
    }
    const other = byNumber.get(number);
    if (other) throw new CorpusError(`two files claim article number ${number}: ${other} and ${name}; rename one of them.`);
    byNumber.set(number, name);
    try {
      const hash = createHash('sha256').update(bytes).digest('hex');
      articles.push(analyseArticle({ number, file: name, text, hash, catalog: catalog.entries.get(number) }));
    } catch (err) {
      warnings.push({ file: name, message: `${name} skipped: ${(err as Error).message}.` });
    }
  }
  articles.sort((a, b) => a.number - b.number);
  return { articles, warnings };
}

/** @example loadCorpusSync('seeds').articles.length // 5 */
export function loadCorpusSync(dir: string): Corpus {
  const { files, catalog } = readSeedFolder(dir);
  return buildCorpus(files, catalog);
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const { files, catalog } = await readSeedFolderAsync(dir);
  return buildCorpus(files, catalog);
}
