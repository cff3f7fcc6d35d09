/**
 * The corpus as stored in a knowledge snapshot: every sentence's text is a slice of its paragraph
 * (`Sentence.text === paragraph.text.slice(start, end)`), so the snapshot keeps only the offsets
 * and the sentences are sliced again on load. The text would otherwise be stored twice: the corpus
 * is most of a snapshot, and reading it back most of the restore time.
 */
import type { Article, Corpus, Paragraph } from '../types.ts';

type StoredParagraph = Omit<Paragraph, 'sentences'> & {
  /** start, end of each sentence in order, flattened. */
  bounds: number[];
};

type StoredArticle = Omit<Article, 'paragraphs'> & { paragraphs: StoredParagraph[] };

export interface CorpusSnapshot {
  articles: StoredArticle[];
  warnings: Corpus['warnings'];
}

/** @example corpusFromSnapshot(corpusToSnapshot(corpus)) // a corpus equal to `corpus` */
export function corpusToSnapshot(corpus: Corpus): CorpusSnapshot {
  return {
    warnings: corpus.warnings,
    articles: corpus.articles.map(({ paragraphs, ...article }) => ({
      ...article,
      paragraphs: paragraphs.map(({ sentences, ...paragraph }) => ({ ...paragraph, bounds: sentences.flatMap((s) => [s.start, s.end]) })),
    })),
  };
}

/** Restores a corpus saved by `corpusToSnapshot`. */
export function corpusFromSnapshot(data: CorpusSnapshot): Corpus {
  if (!Array.isArray(data?.articles) || !Array.isArray(data.warnings)) throw new Error('not a corpus snapshot');
  return {
    warnings: data.warnings,
    articles: data.articles.map(({ paragraphs, ...article }) => ({
      ...article,
      paragraphs: paragraphs.map(({ bounds, ...paragraph }) => {
        const sentences: Paragraph['sentences'] = [];
        for (let i = 0; i < bounds.length; i += 2) {
          const start = bounds[i]!;
          const end = bounds[i + 1]!;
          sentences.push({ index: i / 2, start, end, text: paragraph.text.slice(start, end) });
        }
        return { ...paragraph, sentences };
      }),
    })),
  };
}
