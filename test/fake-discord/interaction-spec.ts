/**
 * What a test asks for (`InteractionSpec`) turned into the `data` of an INTERACTION_CREATE, the way
 * the Discord client fills it: the registered command's id and option types, or for a component the
 * bot message that carries it.
 */
import { buildCommandOptions, type OptionValue } from './command-options.ts';
import { snowflake, type GuildFixture } from './fixtures.ts';
import { InteractionType, type InteractionData } from './interactions.ts';
import type { CommandStore } from './rest-commands.ts';

type Json = Record<string, unknown>;

export interface Invoker {
  /** Who invokes: default user 'tester'. */
  user?: { id?: string; username?: string };
  /** Give the member Manage Guild (on top of ordinary member permissions). */
  manageGuild?: boolean;
  /** Exact member permissions; overrides `manageGuild`. */
  permissions?: bigint;
  /** The invoking user's client language, e.g. 'hi', 'ar', 'en-US'. */
  locale?: string;
  guildId?: string;
}

export type InteractionSpec = Invoker & (
  | { kind: 'command'; name: string; options?: Record<string, OptionValue> }
  | { kind: 'autocomplete'; name: string; options: Record<string, OptionValue>; focused: string }
  | { kind: 'component'; customId: string; values?: string[]; message?: Json }
);

/** True when a component tree (action rows, or V2 containers) holds an interactive `customId`. */
function holdsCustomId(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((c: Json) => c?.custom_id === customId ||
    holdsCustomId(c?.components, customId) || holdsCustomId(c?.accessory ? [c.accessory] : [], customId));
}

/**
 * @example buildInteractionData({ kind: 'command', name: 'search', options: { query: 'x' } }, guild, commands, messages)
 *   // { type: 2, data: { id, name: 'search', type: 1, options: [{ name: 'query', type: 3, value: 'x' }] } }
 */
export function buildInteractionData(
  spec: InteractionSpec, guild: GuildFixture, commands: CommandStore, messages: Map<string, Json>,
): InteractionData {
  if (spec.kind === 'component') {
    const message = spec.message ?? [...messages.values()].reverse().find((m) => holdsCustomId(m.components, spec.customId));
    if (!message) throw new Error(`no bot message has a component with custom_id ${JSON.stringify(spec.customId)}`);
    if (message.channel_id !== guild.channelId) throw new Error('that message is not in the target guild');
    return {
      type: InteractionType.Component, message,
      data: { custom_id: spec.customId, component_type: spec.values ? 3 : 2, ...(spec.values ? { values: spec.values } : {}) },
    };
  }
  const [commandName = ''] = spec.name.trim().split(/\s+/);
  const registered = commands.resolve(commandName, guild.id);
  const focused = spec.kind === 'autocomplete' ? spec.focused : undefined;
  return {
    type: spec.kind === 'command' ? InteractionType.Command : InteractionType.Autocomplete,
    data: {
      id: registered?.id ?? snowflake(), name: commandName, type: 1,
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
      options: buildCommandOptions(spec.name, spec.options ?? {}, registered, focused),
    },
  };
}
