/**
 * Loading the articles folder. A bad file never stops the bot: it is skipped with a warning that
 * names it. Symbolic links are never followed (a link to /etc/passwd must not become a public
 * article), and neither a dangling link nor a folder or a FIFO stops the load. Two files claiming one article number are an error naming both, since either could be
 * the one a citation means.
 */
import { assumeCorpusYear } from '../dates/corpus-year.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Corpus, LoadWarning } from '../types.ts';
import { analyseArticle } from './article.ts';
import { CATALOG_FILE, EMPTY_CATALOG, parseCatalogFile, type Catalog } from './catalog.ts';
import { decodeText, type Decoded } from './decode.ts';
import { seedsFingerprint } from './fingerprint.ts';

export const ARTICLE_FILE = /^(\d+)_[^/\\]*\.txt$/i;
/** Larger than any news article; a file this big is a mistake (a dump, a binary). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Article numbers are citations members type; more digits than this is a mistake (and defeats snapshots). */
export const MAX_ARTICLE_DIGITS = 9;

/** Why a file's bytes cannot be an article, or its text when they can. */
function articleText(bytes: Buffer): Decoded {
  if (bytes.length === 0) return { problem: 'the file is empty' };
  if (bytes.length > MAX_ARTICLE_BYTES) return { problem: `the file is ${bytes.length} bytes, more than the ${MAX_ARTICLE_BYTES} an article may have` };
  return decodeText(bytes);
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
  /** Entries that were not read (links, folders, devices), each with a warning naming it. */
  skipped: LoadWarning[];
  /** Content hash of every file in the folder: articles, catalog, gazetteer, and what was skipped. */
  fingerprint: string;
}

/** The folder's entries worth a look: regular files and links, plus folders named like an article. */
function listFolder(dir: string): fs.Dirent[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.isDirectory() || isArticleName(e.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new CorpusError(`cannot read the articles folder ${dir}: ${(err as Error).message}`);
  }
}

const isArticleName = (name: string) => name.toLowerCase().endsWith('.txt');

/** Why an entry is not read, before opening it. */
function entryProblem(entry: fs.Dirent, dir: string): string | undefined {
  if (entry.isSymbolicLink()) {
    const dangling = !fs.existsSync(path.join(dir, entry.name));
    return `it is a symbolic link${dangling ? ' that points nowhere' : ''}; links are never followed, so nothing outside the folder is served: copy the file in instead`;
  }
  if (entry.isDirectory()) return 'it is a folder, not a file';
  if (!entry.isFile()) return 'it is not a regular file';
  return undefined;
}

// O_NOFOLLOW refuses a link swapped in after the listing; O_NONBLOCK keeps a FIFO from hanging the open.
const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

type Read = SeedFile | LoadWarning;

/** Why an opened entry is not read: checked on the open file, so a swap after the listing is caught. */
function openedProblem(stat: fs.Stats): string | undefined {
  if (!stat.isFile()) return 'it is not a regular file';
  if (stat.size > MAX_ARTICLE_BYTES) return `the file is ${stat.size} bytes, more than the ${MAX_ARTICLE_BYTES} a seed file may have`;
  return undefined;
}

function skipped(name: string, reason: string): LoadWarning {
  return { file: name, message: `${name} skipped: ${reason}.` };
}

function readEntry(dir: string, entry: fs.Dirent): Read {
  const problem = entryProblem(entry, dir);
  if (problem) return skipped(entry.name, problem);
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.join(dir, entry.name), OPEN_FLAGS);
    const problem = openedProblem(fs.fstatSync(fd));
    return problem ? skipped(entry.name, problem) : { name: entry.name, bytes: fs.readFileSync(fd) };
  } catch (err) {
    return skipped(entry.name, `it cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function readEntryAsync(dir: string, entry: fs.Dirent): Promise<Read> {
  const problem = entryProblem(entry, dir);
  if (problem) return skipped(entry.name, problem);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(path.join(dir, entry.name), OPEN_FLAGS);
    const problem = openedProblem(await handle.stat());
    return problem ? skipped(entry.name, problem) : { name: entry.name, bytes: await handle.readFile() };
  } catch (err) {
    return skipped(entry.name, `it cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    await handle?.close();
  }
}

function assemble(read: Read[]): SeedFolder {
  const all = read.filter((r): r is SeedFile => 'bytes' in r);
  const skippedEntries = read.filter((r): r is LoadWarning => 'message' in r);
  const catalogFile = all.find((f) => f.name === CATALOG_FILE);
  const catalog = catalogFile ? parseCatalogFile(catalogFile.bytes) : EMPTY_CATALOG;
  // A skipped entry changes the warnings a snapshot carries, so it counts in the fingerprint.
  const marks = skippedEntries.map((w) => ({ name: `skipped:${w.file}`, bytes: Buffer.from(w.message) }));
  return { files: all.filter((f) => isArticleName(f.name)), catalog, others: all.filter((f) => !isArticleName(f.name)), skipped: skippedEntries, fingerprint: seedsFingerprint([...all, ...marks]) };
}

/** Reads a seeds folder: its article files, its catalog and its fingerprint; no analysis yet. */
export function readSeedFolder(dir: string): SeedFolder {
  return assemble(listFolder(dir).map((entry) => readEntry(dir, entry)));
}

/** The same, reading file by file so that a running bot keeps answering meanwhile. */
export async function readSeedFolderAsync(dir: string): Promise<SeedFolder> {
  const read: Read[] = [];
  for (const entry of listFolder(dir)) read.push(await readEntryAsync(dir, entry));
  return assemble(read);
}

/**
 * Analyses seed files into a corpus. Pure apart from the data passed in, so tests and the
 * benchmark can feed generated files.
 *
 * @example buildCorpus([{ name: '007_x.txt', bytes: Buffer.from('Headline\nBody.') }]).articles[0].number // 7
 */
export function buildCorpus(files: SeedFile[], catalog: Catalog = EMPTY_CATALOG, skippedEntries: LoadWarning[] = []): Corpus {
  const warnings: LoadWarning[] = [...skippedEntries, ...catalog.warnings];
  const byNumber = new Map<number, string>();
  const articles: Article[] = [];
  for (const { name, bytes } of files) {
    const match = ARTICLE_FILE.exec(name);
    if (!match) {
      warnings.push({ file: name, message: `${name} skipped: article files are named NNN_anything.txt, with the article number first.` });
      continue;
    }
    const number = Number(match[1]);
    if (number > 10 ** MAX_ARTICLE_DIGITS - 1) {
      warnings.push(skipped(name, `the article number has more than ${MAX_ARTICLE_DIGITS} digits; number articles from 0 up`));
      continue;
    }
    const decoded = articleText(bytes);
    if ('problem' in decoded) {
      warnings.push(skipped(name, decoded.problem));
      continue;
    }
    const text = decoded.text;
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
  assumeCorpusYear(articles);
  for (const entry of catalog.entries.values()) {
    if (!byNumber.has(entry.number)) warnings.push({ file: CATALOG_FILE, message: `${CATALOG_FILE} line ${entry.line ?? "?"}: there is no file for article ${entry.number} in the folder; check the number or add the file.` });
  }
  return { articles, warnings };
}

/** @example loadCorpusSync('seeds').articles.length // 5 */
export function loadCorpusSync(dir: string): Corpus {
  const { files, catalog, skipped: skippedEntries } = readSeedFolder(dir);
  return buildCorpus(files, catalog, skippedEntries);
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const { files, catalog, skipped: skippedEntries } = await readSeedFolderAsync(dir);
  return buildCorpus(files, catalog, skippedEntries);
}
