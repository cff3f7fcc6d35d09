/**
 * Where a gold evidence fragment stands in the loaded article, so that a bot sentence or quote can
 * be checked against it by position rather than by wording.
 */
import type { Article } from '../src/types.ts';

export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** Every place the fragment occurs verbatim (a headline often repeats the first paragraph). */
export function spansOf(article: Article, fragment: string): Span[] {
  const spans: Span[] = [];
  if (!fragment) return spans;
  for (const p of article.paragraphs) {
    for (let at = p.text.indexOf(fragment); at !== -1; at = p.text.indexOf(fragment, at + 1)) {
      spans.push({ paragraph: p.number, start: at, end: at + fragment.length });
    }
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
}

/** The span of a quote in its cited paragraph (quotes are verbatim substrings), or undefined. */
export function quoteSpan(article: Article, paragraph: number, text: string): Span | undefined {
  const p = article.paragraphs.find((x) => x.number === paragraph);
  const at = p ? p.text.indexOf(text) : -1;
  return at === -1 ? undefined : { paragraph, start: at, end: at + text.length };
}
