/**
 * Answers for moderators: how the bot is doing (/status) and what a reload changed (/reload).
 */
import type { Answer, Text } from '../answer.ts';
import { msg } from '../i18n/message.ts';
import type { Knowledge } from '../knowledge.ts';
import type { ReloadOutcome } from '../store.ts';
import { numberRanges } from './articles.ts';

export interface StatusInput {
  kb: Knowledge;
  version: string;
  uptimeMs: number;
  pingMs?: number;
  knowledgeSource?: string;
  now?: number;
}

/** @example formatDuration(90_000) // '1 min 30 s' */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const parts: Array<[number, string]> = [[Math.floor(s / 86400), 'd'], [Math.floor((s % 86400) / 3600), 'h'], [Math.floor((s % 3600) / 60), 'min'], [s % 60, 's']];
  const shown = parts.filter(([n]) => n > 0).slice(0, 2);
  return shown.length ? shown.map(([n, u]) => `${n} ${u}`).join(' ') : '0 s';
}

export function statusAnswer(input: StatusInput): Answer {
  const { kb } = input;
  const now = input.now ?? Date.now();
  const counts = kb.counts();
  const built = msg('status.built', { ago: formatDuration(now - Date.parse(kb.builtAt)), source: input.knowledgeSource ?? msg('status.source-unknown') });
  return {
    status: 'ok',
    title: msg('status.title'),
    items: [
      { heading: msg('status.knowledge'), lines: [msg('status.articles', { articles: counts.articles, paragraphs: counts.paragraphs }), ...Object.entries(counts.extra).map(([k, v]) => `${v} ${k}`), built] },
      { heading: msg('status.bot'), lines: [msg('status.version', { version: input.version }), msg('status.up', { for: formatDuration(input.uptimeMs) }), input.pingMs === undefined ? msg('status.no-ping') : msg('status.ping', { ms: input.pingMs })] },
    ],
    notes: kb.corpus.warnings.length ? [msg('status.warnings', { n: kb.corpus.warnings.length })] : undefined,
  };
}

function list(label: Text, numbers: number[]): Text {
  return [label, ': ', numbers.length ? numberRanges(numbers) : msg('reload.none')];
}

export function reloadAnswer(outcome: ReloadOutcome): Answer {
  return {
    status: 'ok',
    title: msg('reload.title'),
    intro: msg('reload.intro', { added: outcome.added.length, changed: outcome.changed.length, removed: outcome.removed.length, total: outcome.total }),
    items: [{ heading: msg('articles.title'), lines: [list(msg('reload.added'), outcome.added), list(msg('reload.changed'), outcome.changed), list(msg('reload.removed'), outcome.removed)] }],
    notes: outcome.warnings.length ? outcome.warnings.slice(0, 10) : undefined,
  };
}

export function reloadFailedAnswer(message: string): Answer {
  return { status: 'user-error', title: msg('reload.failed-title'), intro: msg('reload.failed', { message }), items: [] };
}

export function notAllowedAnswer(command: string, permission: string): Answer {
  return { status: 'user-error', title: msg('error.not-allowed-title'), intro: msg('error.not-allowed', { command, permission }), items: [] };
}
