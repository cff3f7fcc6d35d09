import { describe, expect, it } from 'vitest';
import { paragraphQuotes, type UnitMatch } from '../../src/search/quotes.ts';
import { QUOTE_CHARS as MAX_QUOTE_CHARS } from '../../src/text/quote.ts';
import { foldTerm } from '../../src/text/normalize.ts';
import type { Paragraph } from '../../src/types.ts';

const citation = { article: 9, paragraph: 1, title: 'Test', lang: 'eng' as const };
const match = (...words: string[]): UnitMatch => ({ word: new Set(words.map(foldTerm)), stem: new Set() });

function paragraph(sentences: string[]): Paragraph {
  const text = sentences.join(' ');
  let at = 0;
  return {
    article: 9,
    number: 1,
    text,
    lang: 'eng',
    sentences: sentences.map((s, index) => {
      const start = text.indexOf(s, at);
      at = start + s.length;
      return { index, start, end: at, text: s };
    }),
  };
}

describe('paragraphQuotes', () => {
  const p = paragraph(['Rain fell in Delhi.', 'Lavrov met Wang in Moscow.', 'Later Wang flew home.']);
  it('quotes the sentence covering most query units, verbatim, with highlights on the words', () => {
    const [q, ...rest] = paragraphQuotes(p, [match('Lavrov'), match('Moscow')], citation);
    expect(rest).toEqual([]);
    expect(q!.text).toBe('Lavrov met Wang in Moscow.');
    expect(q!.highlights.map(([s, e]) => q!.text.slice(s, e))).toEqual(['Lavrov', 'Moscow']);
    expect(q).toMatchObject({ cutStart: false, cutEnd: false, citation });
  });
  it('adds a second sentence only for units the first lacks, in text order', () => {
    const quotes = paragraphQuotes(p, [match('Delhi'), match('Moscow')], citation);
    expect(quotes.map((q) => q.text)).toEqual(['Rain fell in Delhi.', 'Lavrov met Wang in Moscow.']);
    expect(paragraphQuotes(p, [match('Wang')], citation)).toHaveLength(1);
  });
  it('cuts a long sentence at word boundaries around the match and flags the cuts', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const long = paragraph([`${filler(60)} Lavrov spoke ${filler(60)}.`]);
    const [q] = paragraphQuotes(long, [match('Lavrov')], citation);
    expect(q!.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(long.text).toContain(q!.text);
    expect(q).toMatchObject({ cutStart: true, cutEnd: true });
    expect(q!.text).toMatch(/^word\d+ .* word\d+$/);
    const [s, e] = q!.highlights[0]!;
    expect(q!.text.slice(s, e)).toBe('Lavrov');
  });
  it('returns nothing when no word matches', () => {
    expect(paragraphQuotes(p, [match('Kabul')], citation)).toEqual([]);
  });
});
