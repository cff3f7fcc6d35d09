/**
 * Answers for moderators: how the bot is doing (/status) and what a reload changed (/reload).
 */
import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge.ts';
import type { ReloadOutcome } from '../store.ts';
import { numberRanges } from './articles.ts';

export interface StatusInput {
  kb: Knowledge;
  version: string;
  uptimeMs: number;
  pingMs?: number;
  connected?: boolean;
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

function gatewayLine(input: StatusInput): string {
  if (input.pingMs !== undefined) return `Gateway ping: ${input.pingMs} ms`;
  return input.connected ? 'Gateway ping: connected, measuring' : 'Gateway ping: not connected';
}

export function statusAnswer(input: StatusInput): Answer {
  const { kb } = input;
  const now = input.now ?? Date.now();
  const counts = kb.counts();
  return {
    status: 'ok',
    title: 'crisis-bot status',
    items: [
      { heading: 'Knowledge', lines: [`${counts.articles} articles, ${counts.paragraphs} paragraphs`, ...Object.entries(counts.extra).map(([k, v]) => `${v} ${k}`), `Built ${formatDuration(now - Date.parse(kb.builtAt))} ago (${input.knowledgeSource ?? 'source unknown'})`] },
      { heading: 'Bot', lines: [`Version ${input.version}`, `Up for ${formatDuration(input.uptimeMs)}`, gatewayLine(input)] },
    ],
    notes: kb.corpus.warnings.length ? [`${kb.corpus.warnings.length} seed file warning(s) at load; see the log.`] : undefined,
  };
}

function list(label: string, numbers: number[]): string {
  return `${label}: ${numbers.length ? numberRanges(numbers) : 'none'}`;
}

export function reloadAnswer(outcome: ReloadOutcome): Answer {
  return {
    status: 'ok',
    title: 'Articles reloaded',
    intro: `${outcome.added.length} added, ${outcome.changed.length} changed, ${outcome.removed.length} removed; ${outcome.total} articles now served.`,
    items: [{ heading: 'Articles', lines: [list('Added', outcome.added), list('Changed', outcome.changed), list('Removed', outcome.removed)] }],
    notes: outcome.warnings.length ? outcome.warnings.slice(0, 10) : undefined,
  };
}

export function reloadFailedAnswer(message: string): Answer {
  return { status: 'user-error', title: 'Reload failed', intro: `The articles were not reloaded: ${message} The previous articles are still being served.`, items: [] };
}

export function notAllowedAnswer(command: string, permission: string): Answer {
  return { status: 'user-error', title: 'Not allowed', intro: `Only members with the ${permission} permission can use /${command}.`, items: [] };
}
