/**
 * Hostile input: every command, every option, the input families of the property tests
 * (test/bot/inputs.property.test.ts) — arbitrary Unicode, RTL and zero-width marks, combining marks,
 * emoji, lone surrogates, 6,000-character strings, markdown, mentions, regex metacharacters, extreme
 * integers — answered and rendered for Discord on the seeds. Target: no answer slower than 100 ms.
 * Deterministic: the same inputs every run, so runs compare.
 */
import type { CommandContext, OptionReader } from '../bot/command.ts';
import { loadCommands, summarise } from '../bot/registry.ts';
import { renderPages } from '../bot/render-discord.ts';
import { createLogger } from '../src/log.ts';
import { loadKnowledge } from '../src/store.ts';
import { summarise as latencySummary, type Latency } from './stats.ts';

export const HOSTILE_LIMIT_MS = 100;

const BASE = [
  '', '   ', '?!…।،؟', '@everyone', '@here <@123> <@&123> <#123>', '**x** __y__ `z` > q # h ||s||', '[l](http://e.com)[l](http://e.com)',
  '\u202Eabc\u202C', '\u200B\u200C\u200D\uFEFF', 'a\u0301\u0301\u0301', '🇦🇫👍🏽', '\uD800', '\uDC00x', 'https://example.com/?q=(a|b)*',
  '.*+?^${}()|[]\\', 'लावरोव', 'لافروف', 'Lavrov', 'Lavrof', 'Sergei Lavrov', '2021-08-16', '2021-02-30', '16/08/2021', '3', 'Kabul airport',
  'Who talked to Lavrov?', 'من التقى بوتين؟',
];
const HUGE = BASE.filter((s) => s.trim()).map((s) => s.repeat(Math.ceil(6000 / s.length)).slice(0, 6000));
const INTEGERS = [0, 3, -1, 30, 1e12, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];

export interface HostileResult {
  calls: number;
  latency: Latency;
  worst: { command: string; input: string; ms: number };
}

export async function runHostile(): Promise<HostileResult> {
  const commands = await loadCommands();
  const kb = (await loadKnowledge({ seedsDir: 'seeds', log: createLogger({ level: 'silent', destination: { write: () => undefined } }) })).kb;
  const ctx: CommandContext = { kb, commands: summarise(commands), runtime: { startedAt: Date.now(), version: 'bench' }, member: { id: '1', canManageGuild: false } };
  // Lazy lookup tables are built on first use; a running bot is warm.
  for (const command of commands.values()) {
    if (command.data.name !== 'reload') await command.run({ string: () => 'Lavrov', integer: () => 3 }, ctx);
  }
  const times: number[] = [];
  let worst = { command: '', input: '', ms: 0 };
  for (const command of commands.values()) {
    if (command.data.name === 'reload') continue; // a reload re-reads the folder: not an input's cost
    for (const option of command.data.toJSON().options ?? []) {
      const values: Array<string | number> = option.type === 4 ? INTEGERS : [...BASE, ...HUGE];
      for (const value of values) {
        const options: OptionReader = {
          string: (n) => (n === option.name && typeof value === 'string' ? value : undefined),
          integer: (n) => (n === option.name && typeof value === 'number' ? value : undefined),
        };
        const t = performance.now();
        renderPages(await command.run(options, ctx));
        const ms = performance.now() - t;
        times.push(ms);
        if (ms > worst.ms) worst = { command: command.data.name, input: String(value).slice(0, 40), ms };
      }
    }
  }
  return { calls: times.length, latency: latencySummary(times), worst };
}

export function hostileMarkdown(r: HostileResult): string {
  const verdict = r.worst.ms < HOSTILE_LIMIT_MS ? 'PASS' : 'MISS';
  return `\nHostile input (every command and option, ${r.calls} calls on the seeds, answer + Discord rendering): p50 ${r.latency.p50.toFixed(2)} ms, p99 ${r.latency.p99.toFixed(2)} ms, max ${r.worst.ms.toFixed(1)} ms (/${r.worst.command} with ${JSON.stringify(r.worst.input)}) — target max < ${HOSTILE_LIMIT_MS} ms: ${verdict}\n`;
}
