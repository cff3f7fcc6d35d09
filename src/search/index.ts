/**
 * The paragraph search index: MiniSearch over every paragraph with two fields, the folded surface
 * forms (`word`) and the stems (`stem`, only where a stem differs), plus the vocabulary used for
 * cross-script expansion. Words are analysed once here; queries arrive already analysed, so the
 * MiniSearch tokenizer only splits the prepared term lists.
 */
import MiniSearch, { type Options } from 'minisearch';
import { analyzeWord, type WordForms } from '../text/analyze.ts';
import { stripArticle } from '../text/arabicClitics.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Corpus } from '../types.ts';
import { Vocabulary, type VocabularyJSON } from './vocabulary.ts';

/** A paragraph as indexed: the index id is its position in `SearchIndex.refs`. */
interface IndexedParagraph {
  id: number;
  word: string;
  stem: string;
}

export interface ParagraphRef {
  article: number;
  /** Position in `article.paragraphs` (not the cited paragraph number). */
  position: number;
}

export interface SearchIndex {
  mini: MiniSearch<IndexedParagraph>;
  refs: ParagraphRef[];
  vocabulary: Vocabulary;
}

export type SearchField = 'word' | 'stem';

const splitTerms = (text: string) => (text.length === 0 ? [] : text.split(' '));

const OPTIONS: Options<IndexedParagraph> = {
  fields: ['word', 'stem'],
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
};

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

/**
 * Builds the index of all paragraphs.
 * @example searchCorpus(buildSearchIndex(loadCorpusSync('seeds')), corpus, 'Lavrov')
 */
export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const analyze = cachedAnalyzer();
  const vocabulary = new Vocabulary();
  const refs = paragraphRefs(corpus);
  const mini = new MiniSearch<IndexedParagraph>(OPTIONS);
  const byNumber = new Map(corpus.articles.map((a) => [a.number, a]));
  const docs = refs.map((ref, id) => {
    const words: string[] = [];
    const stems: string[] = [];
    for (const token of tokenize(byNumber.get(ref.article)!.paragraphs[ref.position]!.text)) {
      const forms = analyze(token.text);
      if (!forms) continue;
      words.push(forms.word);
      if (forms.stem !== forms.word) stems.push(forms.stem);
      vocabulary.add(forms.word, stripArticle(token.text));
    }
    return { id, word: words.join(' '), stem: stems.join(' ') };
  });
  mini.addAll(docs);
  return { mini, refs, vocabulary };
}

interface IndexJSON {
  mini: ReturnType<MiniSearch['toJSON']>;
  vocabulary: VocabularyJSON;
}

/** Plain data for a snapshot; restore with `indexFromJSON` and the same corpus. */
export function indexToJSON(index: SearchIndex): unknown {
  return { mini: index.mini.toJSON(), vocabulary: index.vocabulary.toJSON() } satisfies IndexJSON;
}

/**
 * Restores an index saved by `indexToJSON`; `corpus` must be the corpus it was built from.
 * @example indexFromJSON(JSON.parse(JSON.stringify(indexToJSON(index))), corpus)
 */
export function indexFromJSON(json: unknown, corpus: Corpus): SearchIndex {
  const data = json as IndexJSON;
  if (!data?.mini || !Array.isArray(data.vocabulary)) throw new Error('not a search index snapshot');
  const refs = paragraphRefs(corpus);
  if (data.mini.documentCount !== refs.length) {
    throw new Error(`search index snapshot has ${data.mini.documentCount} paragraphs, the corpus ${refs.length}`);
  }
  return { mini: MiniSearch.loadJS(data.mini, OPTIONS), refs, vocabulary: Vocabulary.fromJSON(data.vocabulary) };
}
