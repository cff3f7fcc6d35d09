/**
 * Faithfulness: every quote of every answer the evaluation asked for must be a verbatim substring
 * of the paragraph it cites.
 */
import type { Answer } from '../src/answer.ts';
import type { Knowledge } from '../src/knowledge.ts';
import type { Measure, Observation } from './tally.ts';

export function faithfulMeasure(kb: Knowledge, answers: Answer[]): Measure {
  const quotes: Observation[] = [];
  for (const answer of answers) {
    for (const item of answer.items) {
      for (const q of item.quotes ?? []) {
        const { article, paragraph } = q.citation;
        const text = kb.articles.get(article)?.paragraphs.find((p) => p.number === paragraph)?.text;
        quotes.push({ article, ok: text !== undefined && text.includes(q.text), what: `[#${article} ¶${paragraph}] ${q.text.slice(0, 80)}` });
      }
    }
  }
  return { name: 'quotes verbatim in the cited paragraph', kind: 'rate', observations: quotes };
}
