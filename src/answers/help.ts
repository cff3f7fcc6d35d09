/**
 * /help: what each command does, built from the command definitions so it never drifts from them.
 */
import type { Answer } from '../answer.ts';

export interface CommandSummary {
  name: string;
  description: string;
  options: Array<{ name: string; description: string; required: boolean }>;
  example?: string;
}

export function helpAnswer(commands: CommandSummary[]): Answer {
  return {
    status: 'ok',
    title: 'crisis-bot help',
    intro: 'Ask about news coverage of the 2021 Afghanistan crisis (Hindi, Arabic and English articles). Every answer quotes the articles word for word and cites them as [#article ¶paragraph]. Names can be typed in Latin letters, Hindi or Arabic.',
    items: commands.map((c) => ({
      heading: `/${c.name} ${c.options.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`)).join(' ')}`.trim(),
      lines: [c.description, ...c.options.map((o) => `${o.name}: ${o.description}`), ...(c.example ? [`Example: ${c.example}`] : [])],
    })),
    notes: ['Dates are shown as YYYY-MM-DD; an event known only to the month is shown as a month.'],
  };
}
