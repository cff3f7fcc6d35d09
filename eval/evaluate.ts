/**
 * All measures of one knowledge against the gold of the articles it holds, plus the gold problems
 * found on the way (evidence that is not in the text), which make a measure meaningless.
 */
import type { Answer } from '../src/answer.ts';
import { whoMetAnswer } from '../src/answers/who-met.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { contactMeasures } from './contacts.ts';
import type { Gold } from './devset.ts';
import { spansOf } from './evidence.ts';
import { faithfulMeasure } from './faithful.ts';
import { onMeasures } from './on.ts';
import { peopleMeasures } from './people.ts';
import { searchMeasures } from './search.ts';
import type { Measure } from './tally.ts';

export interface Evaluation {
  measures: Measure[];
  /** Gold files whose article is not in the folder, and evidence not found verbatim. */
  problems: string[];
}

function goldProblems(kb: Knowledge, golds: Gold[]): string[] {
  const problems: string[] = [];
  for (const g of golds) {
    const doc = kb.articles.get(g.article)!;
    for (const e of [...g.contacts, ...g.events]) {
      if (spansOf(doc, e.evidence).length === 0) problems.push(`#${g.article}: evidence not in the text: "${e.evidence}"`);
    }
  }
  return problems;
}

export function evaluate(kb: Knowledge, allGold: Gold[]): Evaluation {
  const golds = allGold.filter((g) => kb.articles.has(g.article));
  const missing = allGold.filter((g) => !kb.articles.has(g.article)).map((g) => `#${g.article}: gold without an article in the folder`);
  const answers: Answer[] = [];
  const measures = [...contactMeasures(kb, golds), ...onMeasures(kb, golds, answers), ...peopleMeasures(kb, golds), ...searchMeasures(kb, golds, answers)];
  const inGold = new Set(golds.map((g) => g.article));
  for (const p of kb.people.people) if (p.articles.some((n) => inGold.has(n))) answers.push(whoMetAnswer(kb.people, p.id));
  measures.push(faithfulMeasure(kb, answers));
  return { measures, problems: [...missing, ...goldProblems(kb, golds)] };
}
