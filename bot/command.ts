/**
 * The shape of a slash-command module in `commands/`: a discord.js builder (the single source of truth
 * for names, options and limits, used by Discord, the deploy script and the terminal alike) and a
 * `run` that reads options, calls the core once and returns an Answer for a renderer.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Answer, Choice } from '../src/answer.ts';
import type { CommandSummary } from '../src/answers/help.ts';
import type { Knowledge } from '../src/knowledge.ts';
import type { ReloadOutcome } from '../src/store.ts';
import type { GuildSettings } from './guild-settings.ts';

/** Option values, whether they came from a Discord interaction or a terminal line. */
export interface OptionReader {
  string(name: string): string | undefined;
  integer(name: string): number | undefined;
}

export interface RuntimeInfo {
  startedAt: number;
  version: string;
  /** Gateway round trip in ms; undefined in the terminal. */
  pingMs?: number;
  /** Where the knowledge came from: a snapshot or a fresh build, and when. */
  knowledgeSource?: string;
}

export interface CommandContext {
  kb: Knowledge;
  commands: CommandSummary[];
  runtime: RuntimeInfo;
  /** Re-reads the articles and swaps them in; only where the runtime supports it. */
  reload?: () => Promise<ReloadOutcome>;
  /** The member asking; undefined in the terminal, where the operator is trusted. */
  member?: { id: string; canManageGuild: boolean; guildId?: string };
  /** Per-server settings; only where the runtime keeps them (the bot, not the terminal). */
  settings?: GuildSettings;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** A real example shown by /help. */
  example?: string;
  /** Expensive commands are subject to the per-member cooldown. */
  expensive?: boolean;
  /** Deferred at once because the work may take longer than Discord's 3 s reply window. */
  slow?: boolean;
  /** The answer depends only on the knowledge and the options, so a recent one may be reused. */
  cacheable?: boolean;
  run(options: OptionReader, ctx: CommandContext): Answer | Promise<Answer>;
  autocomplete?(focused: { name: string; value: string }, ctx: CommandContext): Choice[];
}

/** Type-checks a command module's default export. */
export function defineCommand(command: Command): Command {
  return command;
}
