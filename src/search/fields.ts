/**
 * What the search indexes store per document: for a paragraph, the folded surface forms (`word`)
 * and the stems (`stem`, only where a stem differs), as space-separated terms; for a whole article,
 * both in one field (`terms`), so that a query term that is both a word and a stem is one posting
 * list to walk, not two. Words are analysed before indexing and queries arrive analysed, so
 * MiniSearch only splits term lists.
 */
import type { Options } from 'minisearch';

export type SearchField = 'word' | 'stem';

export interface IndexedText {
  id: number;
  word: string;
  stem: string;
}

const splitTerms = (text: string) => (text.length === 0 ? [] : text.split(' '));

export interface IndexedArticle {
  id: number;
  terms: string;
}

const analysed = {
  tokenize: splitTerms,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

/** MiniSearch options of the paragraph index. */
export const INDEX_OPTIONS: Options<IndexedText> = { fields: ['word', 'stem'], ...analysed };

/** MiniSearch options of the article index. */
export const ARTICLE_OPTIONS: Options<IndexedArticle> = { fields: ['terms'], ...analysed };
