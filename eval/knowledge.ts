/**
 * The knowledge the bot would serve for the evaluated folder, built with the product's own loader
 * and analysis. The dev-set catalogs are joined with the folder's own catalog.tsv (the folder's
 * lines win), since each dev-set half keeps its catalog lines in its own committed file. Dev-set
 * lines for articles the folder does not hold are dropped, so that evaluating a subset of the dev
 * set (devset/fresh/) does not warn once per article left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILE, buildCorpus, readSeedFolder } from '../src/corpus/load.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { buildKnowledge, type Knowledge } from '../src/knowledge.ts';
import { EMPTY_GAZETTEER, GAZETTEER_FILE, parseGazetteer } from '../src/people/gazetteer.ts';

export interface EvalCorpusOptions {
  folder: string;
  /** Extra catalog text (the dev-set catalogs). */
  catalogText: string;
  /** A gazetteer file to use instead of the folder's own gazetteer.tsv. */
  gazetteerFile?: string;
}

export function evalKnowledge(opts: EvalCorpusOptions): Knowledge {
  const folder = readSeedFolder(opts.folder);
  const catalog = parseCatalog(opts.catalogText);
  const held = new Set(folder.files.map((f) => Number(ARTICLE_FILE.exec(f.name)?.[1])));
  for (const n of [...catalog.entries.keys()]) if (!held.has(n)) catalog.entries.delete(n);
  for (const [n, e] of folder.catalog.entries) catalog.entries.set(n, e);
  const own = folder.others.find((f) => f.name === GAZETTEER_FILE);
  const gazetteerText = opts.gazetteerFile ? fs.readFileSync(path.resolve(opts.gazetteerFile), 'utf8') : own?.bytes.toString('utf8');
  const gazetteer = gazetteerText === undefined ? EMPTY_GAZETTEER : parseGazetteer(gazetteerText);
  const kb = buildKnowledge(buildCorpus(folder.files, catalog), gazetteer);
  return kb;
}
