/**
 * /ask: a question in English, Hindi or Arabic, answered by the command it amounts to (who-met,
 * on, article or search) with the same answer shapes; the intro first says how the question was
 * understood.
 */
import type { Answer } from '../answer.ts';
import { routeQuestion, type Route } from '../ask/route.ts';
import type { Knowledge } from '../knowledge.ts';
import { articleAnswer } from './articles.ts';
import { keyLabel, onAnswer } from './on.ts';
import { searchAnswer } from './search.ts';
import { whoMetAnswer } from './who-met.ts';

const EXAMPLES = 'Who talked to Lavrov? · What happened on 16 August 2021? · Show article 3 · What did Putin say about refugees? · लावरोव से किसने मुलाकात की? · من التقى بوتين؟';

function understood(route: Route): string {
  switch (route.to) {
    case 'article':
      return `Showing article ${route.number}.`;
    case 'who-met':
      return `Showing who met ${route.person?.display ?? route.name}.`;
    case 'on': {
      const label = keyLabel(route.input);
      const when = route.input.length === 7 ? `in ${label}` : `on ${route.input}`;
      return `Showing what happened ${when}.${route.note ? ` ${route.note}` : ''}`;
    }
    case 'search':
      return `Searching the articles for: ${route.query}.`;
  }
}

function answer(kb: Knowledge, route: Route): Answer {
  switch (route.to) {
    case 'article':
      return articleAnswer(kb, { number: route.number });
    case 'who-met':
      return whoMetAnswer(kb, { person: route.person?.id ?? route.name });
    case 'on':
      return onAnswer(kb, { date: route.input });
    case 'search':
      return searchAnswer(kb, { query: route.query });
  }
}

export interface AskOptions {
  /** A question in English, Hindi or Arabic. */
  question: string;
}

/**
 * @example askAnswer(kb, { question: 'Who talked to Lavrov?' }).intro // 'Showing who met Sergey Lavrov. Sergey Lavrov, …'
 * @example askAnswer(kb, { question: 'ماذا حدث في 16 أغسطس؟' }).intro // 'Showing what happened on 2021-08-16. No year given: …'
 */
export function askAnswer(kb: Knowledge, options: AskOptions): Answer {
  const route = routeQuestion(options.question, kb);
  if (!route) return { status: 'user-error', title: 'Ask', intro: `Please type a question, in English, Hindi or Arabic. For example: ${EXAMPLES}`, items: [] };
  const result = answer(kb, route);
  return { ...result, intro: [understood(route), result.intro].filter(Boolean).join(' ') };
}
