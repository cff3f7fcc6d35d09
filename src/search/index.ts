/**
 * The paragraph search index: postings of every paragraph in two fields, the folded surface forms
 * (`word`) and the stems (`stem`, only where a stem differs), scored as MiniSearch would (rank.ts),
 * plus the vocabulary used for cross-script expansion. Words are analysed once here; queries
 * arrive already analysed.
 */
import { analyzeWord, type WordForms } from '../text/analyze.ts';
import { stripArticle } from '../text/arabicClitics.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Corpus } from '../types.ts';
import { FieldPostings, FieldPostingsBuilder, type FieldPostingsJSON } from './postings.ts';
import { Vocabulary, type VocabularyJSON } from './vocabulary.ts';

export interface ParagraphRef {
  article: number;
  /** Position in `article.paragraphs` (not the cited paragraph number). */
  position: number;
}

export type SearchField = 'word' | 'stem';

/** A paragraph's index id is its position in `refs`. */
export interface SearchIndex {
  fields: Record<SearchField, FieldPostings>;
  refs: ParagraphRef[];
  /** Article ordinal (position in the corpus) of each paragraph, to count matching articles. */
  articleOf: Int32Array;
  vocabulary: Vocabulary;
}

/** Analyses each distinct token once per build; corpora repeat most words many times. */
function cachedAnalyzer(): (token: string) => WordForms | undefined {
  const cache = new Map<string, WordForms | undefined>();
  return (token) => {
    if (!cache.has(token)) cache.set(token, analyzeWord(token));
    return cache.get(token);
  };
}

/** Every paragraph of every article, in corpus order. */
function paragraphRefs(corpus: Corpus): ParagraphRef[] {
  return corpus.articles.flatMap((a) => a.paragraphs.map((_, position) => ({ article: a.number, position })));
}

function articleOrdinals(corpus: Corpus): Int32Array {
  return Int32Array.from(corpus.articles.flatMap((a, ordinal) => a.paragraphs.map(() => ordinal)));
}

/**
 * Builds the index of all paragraphs.
 * @example searchCorpus(buildSearchIndex(loadCorpusSync('seeds')), corpus, 'Lavrov')
 */
export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const analyze = cachedAnalyzer();
  const vocabulary = new Vocabulary();
  const word = new FieldPostingsBuilder();
  const stem = new FieldPostingsBuilder();
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      const words: string[] = [];
      const stems: string[] = [];
      for (const token of tokenize(paragraph.text)) {
        const forms = analyze(token.text);
        if (!forms) continue;
        words.push(forms.word);
        if (forms.stem !== forms.word) stems.push(forms.stem);
        vocabulary.add(forms.word, stripArticle(token.text));
      }
      word.add(words);
      stem.add(stems);
    }
  }
  return { fields: { word: word.build(), stem: stem.build() }, refs: paragraphRefs(corpus), articleOf: articleOrdinals(corpus), vocabulary };
}

interface IndexJSON {
  fields: Record<SearchField, FieldPostingsJSON>;
  vocabulary: VocabularyJSON;
}

/** Plain data for a snapshot; restore with `indexFromJSON` and the same corpus. */
export function indexToJSON(index: SearchIndex): unknown {
  return { fields: { word: index.fields.word.toJSON(), stem: index.fields.stem.toJSON() }, vocabulary: index.vocabulary.toJSON() } satisfies IndexJSON;
}

/**
 * Restores an index saved by `indexToJSON`; `corpus` must be the corpus it was built from.
 * @example indexFromJSON(JSON.parse(JSON.stringify(indexToJSON(index))), corpus)
 */
export function indexFromJSON(json: unknown, corpus: Corpus): SearchIndex {
  const data = json as IndexJSON;
  if (!data?.fields?.word || !data.fields.stem || !Array.isArray(data.vocabulary)) throw new Error('not a search index snapshot');
  const refs = paragraphRefs(corpus);
  const fields = { word: FieldPostings.fromJSON(data.fields.word), stem: FieldPostings.fromJSON(data.fields.stem) };
  if (fields.word.lengths.length !== refs.length) {
    throw new Error(`search index snapshot has ${fields.word.lengths.length} paragraphs, the corpus ${refs.length}`);
  }
  return { fields, refs, articleOf: articleOrdinals(corpus), vocabulary: Vocabulary.fromJSON(data.vocabulary) };
}
