/**
 * /help: what each command does, built from the command definitions so it never drifts from them.
 */
import type { Answer } from '../answer.ts';
import { msg } from '../i18n/message.ts';

/** How long a member's previous question is kept for a follow-up (bot/follow-up.ts). */
export const FOLLOW_UP_MINUTES = 5;

export interface CommandSummary {
  name: string;
  description: string;
  options: Array<{ name: string; description: string; required: boolean }>;
  example?: string;
}

export function helpAnswer(commands: CommandSummary[]): Answer {
  return {
    status: 'ok',
    title: msg('help.title'),
    intro: msg('help.intro'),
    items: commands.map((c) => ({
      heading: `/${c.name} ${c.options.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`)).join(' ')}`.trim(),
      lines: [
        msg('help.description', { command: c.name, english: c.description }),
        ...c.options.map((o) => [`${o.name}: `, msg('help.description', { command: c.name, option: o.name, english: o.description })]),
        ...(c.example ? [msg('help.example', { example: c.example })] : []),
      ],
    })),
    notes: [msg('help.chat-note', { minutes: FOLLOW_UP_MINUTES }), msg('help.dates-note')],
  };
}
