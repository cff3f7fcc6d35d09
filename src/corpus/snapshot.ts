/**
 * The corpus as stored in a knowledge snapshot, in chunks of articles, column by column: the
 * paragraph texts in one array, their numbers, languages and sentence bounds in typed arrays.
 * Restoring a corpus is then one pass that creates only the final objects; decoding millions of
 * small stored objects first (and copying them) was most of a snapshot's load time and memory.
 * Sentence texts are not stored: each is a slice of its paragraph (`paragraph.text.slice(start, end)`).
 */
import type { Article, Corpus, Lang, Paragraph, Sentence } from '../types.ts';

/**
 * Articles per chunk: each chunk is a section of its own, decoded separately and in one step of a
 * reload's restore, so a question waits for at most one chunk (a few MB, tens of milliseconds).
 */
export const ARTICLES_PER_CHUNK = 250;

export interface CorpusChunk {
  /** The articles without their paragraphs, in corpus order. */
  articles: Array<Omit<Article, 'paragraphs'>>;
  /** How many paragraphs each article has. */
  paragraphCounts: Int32Array;
  /** Every paragraph of the chunk, in order: its text, cited number, language and sentence count. */
  texts: string[];
  numbers: Int32Array;
  /** Index into `langs`, per paragraph. */
  langCodes: Uint8Array;
  langs: Lang[];
  sentenceCounts: Int32Array;
  /** start, end of every sentence in order. */
  bounds: Int32Array;
}

/**
 * @example corpusChunk(corpus.articles.slice(0, 2000)).texts.length // paragraphs of those articles
 */
export function corpusChunk(articles: readonly Article[]): CorpusChunk {
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  const langs = [...new Set(paragraphs.map((p) => p.lang))];
  const bounds = new Int32Array(2 * paragraphs.reduce((n, p) => n + p.sentences.length, 0));
  let at = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      bounds[at++] = s.start;
      bounds[at++] = s.end;
    }
  }
  return {
    articles: articles.map(({ paragraphs: _, ...article }) => article),
    paragraphCounts: Int32Array.from(articles, (a) => a.paragraphs.length),
    texts: paragraphs.map((p) => p.text),
    numbers: Int32Array.from(paragraphs, (p) => p.number),
    langCodes: Uint8Array.from(paragraphs, (p) => langs.indexOf(p.lang)),
    langs,
    sentenceCounts: Int32Array.from(paragraphs, (p) => p.sentences.length),
    bounds,
  };
}

function isChunk(data: CorpusChunk): boolean {
  return (
    Array.isArray(data?.articles) &&
    Array.isArray(data.texts) &&
    data.paragraphCounts instanceof Int32Array &&
    data.numbers instanceof Int32Array &&
    data.langCodes instanceof Uint8Array &&
    data.sentenceCounts instanceof Int32Array &&
    data.bounds instanceof Int32Array
  );
}

/**
 * Restores the articles of a chunk saved by `corpusChunk`, appending them to `out`; the stored
 * article objects become the restored ones (no copy).
 * @throws Error when the value is not a corpus chunk or its columns disagree.
 */
export function articlesFromChunk(data: CorpusChunk, out: Article[]): void {
  if (!isChunk(data)) throw new Error('not a corpus snapshot chunk');
  const { texts, numbers, langCodes, langs, sentenceCounts, bounds } = data;
  let paragraph = 0;
  let bound = 0;
  data.articles.forEach((stored, i) => {
    const paragraphs: Paragraph[] = [];
    for (const end = paragraph + data.paragraphCounts[i]!; paragraph < end; paragraph++) {
      const text = texts[paragraph]!;
      const sentences: Sentence[] = [];
      for (let index = 0; index < sentenceCounts[paragraph]!; index++, bound += 2) {
        const start = bounds[bound]!;
        const stop = bounds[bound + 1]!;
        sentences.push({ index, start, end: stop, text: text.slice(start, stop) });
      }
      paragraphs.push({ article: stored.number, number: numbers[paragraph]!, text, lang: langs[langCodes[paragraph]!]!, sentences });
    }
    out.push(Object.assign(stored, { paragraphs }));
  });
  if (paragraph !== texts.length || bound !== bounds.length) throw new Error('corpus snapshot chunk is inconsistent');
}

/**
 * The chunks of a corpus, each made only when called (so a save holds one chunk at a time).
 * @example corpusChunks(corpus).length // Math.ceil(corpus.articles.length / ARTICLES_PER_CHUNK)
 */
export function corpusChunks(corpus: Corpus, articlesPerChunk = ARTICLES_PER_CHUNK): Array<() => CorpusChunk> {
  const chunks: Array<() => CorpusChunk> = [];
  for (let start = 0; start < corpus.articles.length; start += articlesPerChunk) {
    chunks.push(() => corpusChunk(corpus.articles.slice(start, start + articlesPerChunk)));
  }
  return chunks;
}
