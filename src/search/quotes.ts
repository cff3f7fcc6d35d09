/**
 * Verbatim quotes for a matched paragraph: the sentence(s) that match most of the query, cut at
 * word boundaries when too long (the one quote cutter, text/quote.ts), with the matched words'
 * offsets for highlighting.
 */
import type { Citation, Quote } from '../answer.ts';
import { analyzeWord, type WordForms } from '../languages/analyze.ts';
import { memoised } from '../text/memo.ts';
import { cutQuote } from '../text/quote.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { joinedParts } from './joinedWords.ts';
import type { Paragraph } from '../types.ts';

/** Index terms one query unit matched in a paragraph, by field. */
export interface UnitMatch {
  word: Set<string>;
  stem: Set<string>;
}

const formsOf = memoised<WordForms | undefined>(analyzeWord, 50_000);

interface MarkedToken extends Token {
  /** Indices of the query units this word matched. */
  units: number[];
}

const NO_UNITS: number[] = [];

/** Most words of a quoted paragraph match nothing: they share one empty list, and only words of a matched form are checked per unit. */
function markTokens(text: string, matches: UnitMatch[]): MarkedToken[] {
  const words = new Set(matches.flatMap((m) => [...m.word]));
  const stems = new Set(matches.flatMap((m) => [...m.stem]));
  const mark = (t: Token): MarkedToken => {
    const forms = formsOf(t.text);
    const units = forms && (words.has(forms.word) || stems.has(forms.stem)) ? matches.flatMap((m, u) => (m.word.has(forms.word) || m.stem.has(forms.stem) ? [u] : [])) : NO_UNITS;
    return { ...t, units };
  };
  // A run-together word's parts are marked when the whole matched nothing ("@JensStoltenberg" for Stoltenberg).
  return tokenize(text).flatMap((t) => {
    const whole = mark(t);
    return whole.units.length > 0 ? [whole] : [whole, ...joinedParts(t).map(mark)];
  });
}

interface Span {
  start: number;
  end: number;
  hits: MarkedToken[];
  units: Set<number>;
}

function sentenceSpans(p: Paragraph, tokens: MarkedToken[]): Span[] {
  const ranges = p.sentences.length > 0 ? p.sentences : [{ start: 0, end: p.text.length }];
  const matched = tokens.filter((t) => t.units.length > 0);
  return ranges.map(({ start, end }) => {
    const hits = matched.filter((t) => t.start >= start && t.end <= end);
    return { start, end, hits, units: new Set(hits.flatMap((t) => t.units)) };
  });
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Up to `max` quotes from a paragraph: the sentence covering most query units, then sentences
 * adding units it lacks; in text order.
 * @example paragraphQuotes(p, [{ word: new Set(['lavrov']), stem: new Set() }], citation)[0].highlights
 */
export function paragraphQuotes(p: Paragraph, matches: UnitMatch[], citation: Citation, max = 2): Quote[] {
  const tokens = markTokens(p.text, matches);
  const spans = sentenceSpans(p, tokens).filter((s) => s.hits.length > 0);
  spans.sort((a, b) => b.units.size - a.units.size || b.hits.length - a.hits.length || a.start - b.start);
  const chosen: Span[] = [];
  const covered = new Set<number>();
  for (const span of spans) {
    if (chosen.length >= max) break;
    if (chosen.length > 0 && [...span.units].every((u) => covered.has(u))) continue;
    chosen.push(span);
    span.units.forEach((u) => covered.add(u));
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((span) => {
    const { start, end } = trimmed(p.text, span.start, span.end);
    return cutQuote(p.text, 0, { start, end }, span.hits.map((t): [number, number] => [t.start, t.end]), citation);
  });
}
