/**
 * The single place where the benchmark calls the core for each command, the way the command
 * modules do, without Discord.
 */
import { articleAnswer } from '../src/answers/articles.ts';
import { onAnswer } from '../src/answers/on.ts';
import { searchAnswer } from '../src/answers/search.ts';
import { whoMetAnswer } from '../src/answers/who-met.ts';
import type { Knowledge } from '../src/knowledge.ts';

export const COMMANDS = ['search', 'who-met', 'on', 'article'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CoreCalls {
  search: (query: string) => unknown;
  'who-met': (name: string) => unknown;
  on: (date: string) => unknown;
  article: (number: number) => unknown;
}

/** @example coreCalls(kb).article(3) // the /article answer for article 3 */
export function coreCalls(kb: Knowledge): CoreCalls {
  return {
    search: (query) => searchAnswer(kb, { query }),
    'who-met': (name) => whoMetAnswer(kb, { person: name }),
    on: (date) => onAnswer(kb, { date }),
    article: (n) => articleAnswer(kb, { number: n }),
  };
}
