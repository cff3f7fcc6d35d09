/**
 * All measures of one knowledge against the gold of the articles it holds, plus the gold problems
 * found on the way (evidence that is not in the text), which make a measure meaningless.
 */
import type { Answer } from '../src/answer.ts';
import { onAnswer } from '../src/answers/on.ts';
import { peopleAnswer } from '../src/answers/people.ts';
import { timelineAnswer } from '../src/answers/timeline.ts';
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
  /** Gold evidence not found verbatim in its article. */
  problems: string[];
  /** Gold files whose article is in the folder (the others are skipped: a folder may hold part of the set). */
  goldArticles: number;
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
  const answers: Answer[] = [];
  const measures = [...contactMeasures(kb, golds), ...onMeasures(kb, golds, answers), ...peopleMeasures(kb, golds), ...searchMeasures(kb, golds, answers)];
  // Quotes are checked on every person's /who-met and /timeline and every dated day's /on, gold or not.
  answers.push(peopleAnswer(kb));
  for (const p of kb.people.people) answers.push(whoMetAnswer(kb, { person: p.id }), timelineAnswer(kb, { person: p.id }));
  for (const key of kb.events.keys) answers.push(onAnswer(kb, { date: key }));
  measures.push(faithfulMeasure(kb, answers));
  return { measures, problems: goldProblems(kb, golds), goldArticles: golds.length };
}
