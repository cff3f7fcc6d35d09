/**
 * /settings: a server's settings as moderators see them after a look or a change.
 */
import type { Answer } from '../answer.ts';
import { msg } from '../i18n/message.ts';

export function settingsAnswer(settings: { mentions: boolean }): Answer {
  return {
    status: 'ok',
    title: msg('settings.title'),
    items: [{ heading: msg('settings.mentions', { on: msg(settings.mentions ? 'settings.on' : 'settings.off') }), lines: [msg('settings.note')] }],
  };
}

export function guildOnlyAnswer(): Answer {
  return { status: 'user-error', title: msg('settings.title'), intro: msg('error.guild-only'), items: [] };
}
