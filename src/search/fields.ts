/**
 * What the search indexes store per document (a paragraph or a whole article): the folded surface
 * forms (`word`) and the stems (`stem`, only where a stem differs), as space-separated terms. Words
 * are analysed before indexing and queries arrive analysed, so MiniSearch only splits term lists.
 */
import type { Options } from 'minisearch';

export type SearchField = 'word' | 'stem';

export interface IndexedText {
  id: number;
  word: string;
  stem: string;
}

const splitTerms = (text: string) => (text.length === 0 ? [] : text.split(' '));

/** MiniSearch options shared by the paragraph and the article index. */
export const INDEX_OPTIONS: Options<IndexedText> = {
  fields: ['word', 'stem'],
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
};
