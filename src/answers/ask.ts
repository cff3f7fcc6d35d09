/**
 * /ask: a question in English, Hindi or Arabic, answered by the command it amounts to (who-met,
 * on, article or search) with the same answer shapes; the intro first says how the question was
 * understood.
 */
import type { Answer, Text } from '../answer.ts';
import { msg } from '../i18n/message.ts';
import { routeQuestion, type Route } from '../ask/route.ts';
import type { Knowledge } from '../knowledge.ts';
import { articleAnswer } from './articles.ts';
import { keyLabel, onAnswer } from './on.ts';
import { searchAnswer } from './search.ts';
import { whoMetAnswer } from './who-met.ts';

const EXAMPLES = 'Who talked to Lavrov? · What happened on 16 August 2021? · Show article 3 · What did Putin say about refugees? · लावरोव से किसने मुलाकात की? · من التقى بوتين؟';

function understood(route: Route): Text {
  switch (route.to) {
    case 'article':
      return msg('ask.article', { n: route.number });
    case 'who-met':
      return msg('ask.who-met', { person: route.person?.display ?? route.name });
    case 'on': {
      const when = route.input.length === 7 ? msg('ask.on-month', { month: keyLabel(route.input) }) : msg('ask.on-day', { date: route.input });
      return route.note ? [when, ' ', route.note] : when;
    }
    case 'search':
      return msg('ask.search', { query: route.query });
  }
}

function answer(kb: Knowledge, route: Route): Answer {
  switch (route.to) {
    case 'article':
      return articleAnswer(kb, route.number);
    case 'who-met':
      return whoMetAnswer(kb.people, route.person?.id ?? route.name);
    case 'on':
      return onAnswer(kb, route.input);
    case 'search':
      return searchAnswer(kb.search, kb.corpus, { query: route.query });
  }
}

/**
 * @example askAnswer(kb, 'Who talked to Lavrov?').intro // 'Showing who met Sergey Lavrov. Sergey Lavrov, …'
 * @example askAnswer(kb, 'ماذا حدث في 16 أغسطس؟').intro // 'Showing what happened on 2021-08-16. No year given: …'
 */
export function askAnswer(kb: Knowledge, question: string): Answer {
  const route = routeQuestion(question, kb);
  if (!route) return { status: 'user-error', title: msg('ask.title'), intro: msg('ask.empty', { examples: EXAMPLES }), items: [] };
  const result = answer(kb, route);
  return { ...result, intro: result.intro ? [understood(route), ' ', result.intro] : understood(route) };
}
