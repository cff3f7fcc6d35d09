/**
 * The search indexes: MiniSearch over every paragraph and over every whole article (fields in
 * `fields.ts`), plus the vocabulary used for cross-script expansion. Words are analysed once here;
 * queries arrive already analysed.
 */
import MiniSearch from 'minisearch';
import { analyzeWord, type WordForms } from '../languages/analyze.ts';
import { stripArticle } from '../text/arabicClitics.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Corpus } from '../types.ts';
import { loadArticleIndex, type ArticleMiniSearch, type ArticleText } from './articleIndex.ts';
import { INDEX_OPTIONS, type IndexedText } from './fields.ts';
import { columnsFromTexts } from './columnsBuild.ts';
import { joinedParts } from './joinedWords.ts';
import { assertColumns, miniFromColumns, type MiniColumns } from './miniColumns.ts';
import { postingsFromColumns, postingsFromColumnsSteps, type Postings } from './postings.ts';
import { runSteps } from '../steps.ts';
import { Vocabulary, type VocabularyJSON } from './vocabulary.ts';

export type { SearchField } from './fields.ts';

export interface ParagraphRef {
  article: number;
  /** Position in `article.paragraphs` (not the cited paragraph number). */
  position: number;
}

export interface SearchIndex {
  /**
   * Paragraphs; a document's id is its position in `refs`. Restored from the pruning layer's columns
   * on first use: queries do not need it, and its Maps (most of a large index's memory, and of every
   * full garbage collection's work) are not kept once the layer is read from them.
   */
  readonly mini: MiniSearch<IndexedText>;
  /** Whole articles; a document's id is the article's position in `corpus.articles`. Restored on first use. */
  readonly articles: ArticleMiniSearch;
  refs: ParagraphRef[];
  /** For each article position, the id of its first paragraph in `refs` (and one past the end). */
  firstParagraph: number[];
  vocabulary: Vocabulary;
  /**
   * The pruning layer: both indexes' postings in typed arrays, read from MiniSearch's, that
   * queries walk instead of asking MiniSearch to score every match (`maxscore.ts`, `rangeScores.ts`).
   */
  pruning: { articles: Postings; paragraphs: Postings };
}

/** Analyses each distinct token once per build; corpora repeat most words many times. */
function cachedAnalyzer(): (token: string) => WordForms | undefined {
  const cache = new Map<string, WordForms | undefined>();
  return (token) => {
    const known = cache.get(token);
    if (known !== undefined || cache.has(token)) return known;
    const forms = analyzeWord(token);
    cache.set(token, forms);
    return forms;
  };
}

/** Every paragraph of every article, in corpus order, and where each article's paragraphs start. */
function paragraphRefs(corpus: Corpus): Pick<SearchIndex, 'refs' | 'firstParagraph'> {
  const refs: ParagraphRef[] = [];
  const firstParagraph: number[] = [];
  for (const a of corpus.articles) {
    firstParagraph.push(refs.length);
    a.paragraphs.forEach((_, position) => refs.push({ article: a.number, position }));
  }
  firstParagraph.push(refs.length);
  return { refs, firstParagraph };
}

export interface AnalysedCorpus {
  /** Every paragraph's analysed forms, in corpus order (a paragraph's id is its position). */
  paragraphs: IndexedText[];
  /** Every article's, by corpus position. */
  articles: ArticleText[];
  vocabulary: Vocabulary;
}

/**
 * The corpus as the indexes see it: each word folded and stemmed once; the parts of a run-together
 * word (joinedWords.ts) are words too.
 * @example analyseCorpus(corpus).paragraphs[0].word // 'लावरोव ब्लिंकन …'
 */
export function analyseCorpus(corpus: Corpus): AnalysedCorpus {
  const analyze = cachedAnalyzer();
  const vocabulary = new Vocabulary();
  const paragraphs: IndexedText[] = [];
  const articles: ArticleText[] = corpus.articles.map((article, position) => {
    const words: string[] = [];
    const stems: string[] = [];
    for (const paragraph of article.paragraphs) {
      const start = { word: words.length, stem: stems.length };
      for (const whole of tokenize(paragraph.text)) {
        for (const token of [whole, ...joinedParts(whole)]) {
          const forms = analyze(token.text);
          if (!forms) continue;
          words.push(forms.word);
          if (forms.stem !== forms.word) stems.push(forms.stem);
          vocabulary.add(forms.word, stripArticle(token.text));
        }
      }
      paragraphs.push({ id: paragraphs.length, word: words.slice(start.word).join(' '), stem: stems.slice(start.stem).join(' ') });
    }
    return { id: position, terms: `${words.join(' ')} ${stems.join(' ')}`.trim() };
  });
  return { paragraphs, articles, vocabulary };
}

/**
 * Builds the indexes of all paragraphs and articles.
 * @example searchCorpus(buildSearchIndex(loadCorpusSync('seeds')), corpus, 'Lavrov')
 */
export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const { refs, firstParagraph } = paragraphRefs(corpus);
  const { paragraphs, articles, vocabulary } = analyseCorpus(corpus);
  // The columns MiniSearch would give, written directly (columnsBuild.ts): its Maps are not built at all.
  const pruning = { articles: postingsFromColumns(columnsFromTexts(articles, ['terms'])), paragraphs: postingsFromColumns(columnsFromTexts(paragraphs, ['word', 'stem'])) };
  return withMiniSearch({ refs, firstParagraph, vocabulary, pruning });
}

/** The index over its parts, with both MiniSearch indexes restored from the layer's columns when first asked for. */
function withMiniSearch(parts: Omit<SearchIndex, 'mini' | 'articles'>): SearchIndex {
  let paragraphs: MiniSearch<IndexedText> | undefined;
  let articles: ArticleMiniSearch | undefined;
  return {
    ...parts,
    get mini() {
      return (paragraphs ??= miniFromColumns(parts.pruning.paragraphs.columns, INDEX_OPTIONS));
    },
    get articles() {
      return (articles ??= loadArticleIndex(parts.pruning.articles.columns));
    },
  };
}

interface IndexSnapshot {
  mini: MiniColumns;
  articles: MiniColumns;
  vocabulary: VocabularyJSON;
}

/** Plain data (typed arrays included) for a snapshot; restore with `indexFromSnapshot` and the same corpus. */
export function indexToSnapshot(index: SearchIndex): unknown {
  // The layer's columns are MiniSearch's postings (segments in document order), read once at build.
  return { mini: index.pruning.paragraphs.columns, articles: index.pruning.articles.columns, vocabulary: index.vocabulary.toJSON() } satisfies IndexSnapshot;
}

/**
 * Restores an index saved by `indexToSnapshot`; `corpus` must be the corpus it was built from.
 * @example indexFromSnapshot(v8.deserialize(v8.serialize(indexToSnapshot(index))), corpus)
 */
export function indexFromSnapshot(saved: unknown, corpus: Corpus): SearchIndex {
  return runSteps(indexFromSnapshotSteps(saved, corpus));
}

/** `indexFromSnapshot` in time slices, so a reload answers questions in between (see steps.ts). */
export function* indexFromSnapshotSteps(saved: unknown, corpus: Corpus): Generator<void, SearchIndex> {
  const data = saved as IndexSnapshot;
  if (!data?.mini || !data.articles || !Array.isArray(data.vocabulary)) throw new Error('not a search index snapshot');
  // The section was decoded in the step before: a reference per paragraph (100,000 at 10,000 articles) is a step of its own.
  yield;
  const { refs, firstParagraph } = paragraphRefs(corpus);
  if (data.mini.documentCount !== refs.length) {
    throw new Error(`search index snapshot has ${data.mini.documentCount} paragraphs, the corpus ${refs.length}`);
  }
  if (data.articles.documentCount !== corpus.articles.length) {
    throw new Error(`search index snapshot has ${data.articles.documentCount} articles, the corpus ${corpus.articles.length}`);
  }
  assertColumns(data.mini);
  assertColumns(data.articles);
  yield;
  const vocabulary = yield* Vocabulary.fromJSONSteps(data.vocabulary);
  const articles = yield* postingsFromColumnsSteps(data.articles);
  const paragraphs = yield* postingsFromColumnsSteps(data.mini);
  return withMiniSearch({ refs, firstParagraph, vocabulary, pruning: { articles, paragraphs } });
}
