/**
 * Synthetic corpora for the benchmark: N articles built from the seed articles, the same bytes on
 * every run for the same (N, seed).
 *
 * What it models:
 * - the mix of the seeds: the share of articles per language, of headlines, the range of lengths,
 *   and the lines in other languages (English tweets inside Hindi articles) at the seeds' rate;
 * - recombination: each paragraph strings together runs of consecutive sentences taken from any
 *   seed article of the same language, so sentences meet neighbours they never had;
 * - growth of the people index and of the vocabulary of names: people recognised after office
 *   titles in the seeds are mostly replaced by invented people (pronounceable names spelled
 *   consistently in Devanagari, Arabic and Latin, see names.ts), drawn from a pool that grows
 *   with N and in which a few people are much more frequent than most;
 * - variation of places (swapped within cities or countries), months and weekdays (shifted per
 *   article), years (moved by up to two) and other numbers, and a publication date per article
 *   (given in the catalog, as for the seeds).
 *
 * What it does NOT model: new grammar, new sentences, new topics or new languages; vocabulary
 * beyond names, places and numbers (search over ordinary words sees only the seeds' vocabulary,
 * with far more repetition than real coverage); coherent stories (a paragraph may quote a
 * conversation its article never introduced, quotes opened in one run may close in none); people
 * the seeds name without a title (they keep their real names); realistic per-outlet boilerplate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, loadCorpusSync, type SeedFile } from '../src/corpus/load.ts';
import type { Catalog, CatalogEntry } from '../src/corpus/catalog.ts';
import type { Corpus, Lang } from '../src/types.ts';
import { inventedName, type PersonName } from './names.ts';
import { intBetween, mixSeed, mulberry32, pick, type Rng } from './prng.ts';
import { seedPeople } from './seed-people.ts';
import { TemplateCompiler, type Template } from './templates.ts';
import { ArticleVariation, type PeoplePool } from './variation.ts';

export const DEFAULT_SEED = 20210815;
/** Invented people per article of the corpus: about one new person every few articles. */
const PEOPLE_PER_ARTICLE = 1 / 3;
const MIN_POOL = 20;
const MAX_SENTENCES_PER_RUN = 3;
const MAX_RUNS_PER_PARAGRAPH = 2;

export interface SyntheticArticle {
  number: number;
  name: string;
  text: string;
  published: string;
}

/** Seed paragraphs of one language, as runs of sentence templates. */
interface ParagraphPool {
  lang: Lang;
  paragraphs: Template[][];
}

/** What the seeds say about articles in one language. */
interface LanguageModel {
  lang: Lang;
  share: number;
  headlineChance: number;
  headlines: Template[];
  minChars: number;
  maxChars: number;
  /** The article's own language first, then the others its articles contain. */
  pools: ParagraphPool[];
  /** How often a paragraph of each pool appears, in the order of `pools`. */
  poolWeights: number[];
}

function modelLanguages(seeds: Corpus, compiler: TemplateCompiler): LanguageModel[] {
  const langs = [...new Set(seeds.articles.map((a) => a.lang))];
  return langs.map((lang) => {
    const articles = seeds.articles.filter((a) => a.lang === lang);
    const headlines = articles.flatMap((a) => a.paragraphs.filter((p) => p.number === 0)).map((p) => compiler.compile(p.text));
    const bodies = articles.map((a) => a.paragraphs.filter((p) => p.number > 0));
    const lengths = bodies.map((ps) => ps.reduce((n, p) => n + p.text.length, 0));
    const paragraphLangs = [lang, ...new Set(bodies.flat().map((p) => p.lang).filter((l) => l !== lang))];
    const pools = paragraphLangs.map((pl) => ({
      lang: pl,
      paragraphs: bodies.flat().filter((p) => p.lang === pl).map((p) => p.sentences.map((s) => compiler.compile(s.text))),
    }));
    return {
      lang,
      share: articles.length / seeds.articles.length,
      headlineChance: headlines.length / articles.length,
      headlines,
      minChars: Math.min(...lengths),
      maxChars: Math.max(...lengths),
      pools,
      poolWeights: pools.map((p) => p.paragraphs.length),
    };
  });
}

function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let r = rng() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
}

/** A run of consecutive sentences from one seed paragraph. */
function run(rng: Rng, pool: ParagraphPool, variation: ArticleVariation): string {
  const sentences = pick(rng, pool.paragraphs);
  const start = intBetween(rng, 0, sentences.length - 1);
  const end = Math.min(sentences.length, start + intBetween(rng, 1, MAX_SENTENCES_PER_RUN));
  return sentences.slice(start, end).map((t) => variation.fill(t)).join(' ');
}

/**
 * Generates articles lazily: `article(i)` needs no other article, so a large corpus can be produced
 * and analysed in batches without ever holding all of its text.
 *
 * @example new SyntheticCorpus(loadCorpusSync('seeds'), { count: 10 }).article(3).name // '000003_synthetic.txt'
 */
export class SyntheticCorpus implements PeoplePool {
  readonly count: number;
  readonly seed: number;
  /** Invented people this corpus draws from; person 0 is the most frequent. */
  readonly size: number;
  private readonly models: LanguageModel[];

  constructor(seeds: Corpus, opts: { count: number; seed?: number }) {
    this.count = opts.count;
    this.seed = opts.seed ?? DEFAULT_SEED;
    this.size = Math.max(MIN_POOL, Math.round(opts.count * PEOPLE_PER_ARTICLE));
    const texts = seeds.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    this.models = modelLanguages(seeds, new TemplateCompiler(seedPeople(texts)));
  }

  person(k: number): PersonName {
    return inventedName(this.seed, k);
  }

  article(number: number): SyntheticArticle {
    const rng = mulberry32(mixSeed(this.seed, number));
    const model = weighted(rng, this.models, this.models.map((m) => m.share));
    const variation = new ArticleVariation(rng, this);
    const lines: string[] = [];
    if (model.headlines.length > 0 && rng() < model.headlineChance) lines.push(variation.fill(pick(rng, model.headlines)));
    const target = intBetween(rng, model.minChars, model.maxChars);
    for (let chars = 0; chars < target; ) {
      // The first paragraph is in the article's language, so that it is never taken for a headline.
      const pool = lines.length === 0 ? model.pools[0]! : weighted(rng, model.pools, model.poolWeights);
      const runs = intBetween(rng, 1, MAX_RUNS_PER_PARAGRAPH);
      const paragraph = Array.from({ length: runs }, () => run(rng, pool, variation)).join(' ');
      lines.push(paragraph);
      chars += paragraph.length;
    }
    const month = ((7 + variation.monthShift) % 12) + 1;
    const published = `${2021 + variation.yearShift}-${String(month).padStart(2, '0')}-${String(intBetween(rng, 1, 28)).padStart(2, '0')}`;
    const name = `${String(number).padStart(6, '0')}_synthetic.txt`;
    return { number, name, text: lines.join(rng() < 0.5 ? '\n' : '\n\n'), published };
  }

  /** Articles [start, end) as files and their catalog, ready for `buildCorpus(files, catalog)`. */
  batch(start: number, end: number): { files: SeedFile[]; catalog: Catalog } {
    const files: SeedFile[] = [];
    const entries = new Map<number, CatalogEntry>();
    for (let i = start; i < Math.min(end, this.count); i++) {
      const a = this.article(i);
      files.push({ name: a.name, bytes: Buffer.from(a.text, 'utf8') });
      entries.set(i, { number: i, published: a.published });
    }
    return { files, catalog: { entries, warnings: [] } };
  }

  /** All articles as files, for corpora small enough to hold at once. */
  all(): { files: SeedFile[]; catalog: Catalog } {
    return this.batch(0, this.count);
  }
}

/**
 * Writes a synthetic corpus as an articles folder (files and catalog.tsv) that `loadCorpus` reads.
 * @example writeSyntheticCorpus(new SyntheticCorpus(loadCorpusSync('seeds'), { count: 100 }), '/tmp/synthetic')
 */
export function writeSyntheticCorpus(corpus: SyntheticCorpus, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const catalog = ['# number\tpublished\tsource\ttitle'];
  for (let i = 0; i < corpus.count; i++) {
    const a = corpus.article(i);
    fs.writeFileSync(path.join(dir, a.name), a.text);
    catalog.push(`${a.number}\t${a.published}\t\t`);
  }
  fs.writeFileSync(path.join(dir, 'catalog.tsv'), `${catalog.join('\n')}\n`);
}

/**
 * Analyses a synthetic set in batches, so that its files never all exist at once. Only the analysis
 * (`buildCorpus`) is timed, not the generation.
 */
export function ingestSynthetic(corpus: SyntheticCorpus, batchSize = 1000): { corpus: Corpus; analyseMs: number } {
  const out: Corpus = { articles: [], warnings: [] };
  let analyseMs = 0;
  for (let start = 0; start < corpus.count; start += batchSize) {
    const { files, catalog } = corpus.batch(start, start + batchSize);
    const t0 = performance.now();
    const part = buildCorpus(files, catalog);
    analyseMs += performance.now() - t0;
    for (const a of part.articles) out.articles.push(a);
    out.warnings.push(...part.warnings);
  }
  return { corpus: out, analyseMs };
}

/** `tsx bench/generate.ts COUNT DIR [SEED]` writes a synthetic articles folder. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [count, dir, seed] = process.argv.slice(2);
  if (!count || !dir) throw new Error('usage: tsx bench/generate.ts COUNT DIR [SEED]');
  writeSyntheticCorpus(new SyntheticCorpus(loadCorpusSync('seeds'), { count: Number(count), seed: seed ? Number(seed) : undefined }), dir);
}
