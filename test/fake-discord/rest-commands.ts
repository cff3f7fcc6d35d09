/**
 * Application command registration: global and guild scopes, bulk overwrite (PUT) keeping the ids of
 * commands whose name and type are unchanged, as Discord does, plus create/read/edit/delete of one.
 * Every write is checked against command-limits.ts before anything is stored.
 */
import { DiscordError } from './errors.ts';
import { checkCommand, checkCommandList } from './command-limits.ts';
import { snowflake } from './fixtures.ts';
import type { OptionDefinition } from './command-options.ts';
import { ok, refuse, refuseIssues, type FakeState, type Outcome, type Route, type RouteContext } from './rest.ts';

type Json = Record<string, unknown>;

export interface StoredCommand {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  guild_id?: string;
  options?: OptionDefinition[];
  [key: string]: unknown;
}

const GLOBAL = '';

export class CommandStore {
  private readonly scopes = new Map<string, StoredCommand[]>();

  constructor(private readonly appId: string) {}

  /** Registered commands of a guild, or global ones without `guildId`. */
  list(guildId = GLOBAL): StoredCommand[] {
    return this.scopes.get(guildId) ?? [];
  }

  /** The command a member invokes by name in `guildId`: a guild command wins over a global one. */
  resolve(name: string, guildId: string): StoredCommand | undefined {
    const byName = (c: StoredCommand) => c.name === name && c.type === 1;
    return this.list(guildId).find(byName) ?? this.list().find(byName);
  }

  overwrite(definitions: Json[], guildId = GLOBAL): StoredCommand[] {
    const previous = this.list(guildId);
    const stored = definitions.map((def) => this.normalize(def, guildId,
      previous.find((p) => p.name === def.name && p.type === Number(def.type ?? 1))?.id));
    this.scopes.set(guildId, stored);
    return stored;
  }

  /** POST semantics: a command with the same name and type (or the given id) is replaced, keeping its id. */
  upsert(definition: Json, guildId = GLOBAL, id?: string): { command: StoredCommand; created: boolean } {
    const list = this.list(guildId);
    const index = list.findIndex((c) =>
      (id ? c.id === id : c.name === definition.name && c.type === Number(definition.type ?? 1)));
    const command = this.normalize(definition, guildId, list[index]?.id);
    this.scopes.set(guildId, index < 0 ? [...list, command] : list.map((c, i) => (i === index ? command : c)));
    return { command, created: index < 0 };
  }

  remove(id: string, guildId = GLOBAL): boolean {
    const list = this.list(guildId);
    this.scopes.set(guildId, list.filter((c) => c.id !== id));
    return list.some((c) => c.id === id);
  }

  private normalize(def: Json, guildId: string, id = snowflake()): StoredCommand {
    const options = Array.isArray(def.options) && def.options.length ? (def.options as OptionDefinition[]) : undefined;
    return {
      id, application_id: this.appId, version: snowflake(), type: Number(def.type ?? 1), name: String(def.name),
      name_localizations: def.name_localizations ?? null, description: String(def.description ?? ''),
      description_localizations: def.description_localizations ?? null,
      default_member_permissions: def.default_member_permissions ?? null, nsfw: Boolean(def.nsfw),
      contexts: def.contexts ?? null, integration_types: def.integration_types ?? [0],
      ...(guildId ? { guild_id: guildId } : { dm_permission: def.dm_permission ?? true }),
      ...(options ? { options } : {}),
    };
  }
}

/** @example commandRoutes(state) // PUT/GET/POST …/commands, GET/PATCH/DELETE …/commands/:id, global and guild */
export function commandRoutes(state: FakeState): Route[] {
  const scope = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands/.source;
  const one = new RegExp(`${scope}\\/(\\d+)$`);
  const all = new RegExp(`${scope}$`);
  const store = state.commands;

  /** Runs `then` with the scope's guild id ('' = global) once the app and guild are known. */
  const scoped = (then: (guildId: string, ctx: RouteContext) => Outcome) => (ctx: RouteContext): Outcome => {
    const [app, guildId = ''] = ctx.params;
    if (app !== state.appId) return refuse(DiscordError.missingAccess(), [`application ${app} is not the fake's (${state.appId})`]);
    if (guildId && !state.guilds.some((g) => g.id === guildId)) {
      return refuse(DiscordError.missingAccess(), [`the bot is not in guild ${guildId}`]);
    }
    return then(guildId, ctx);
  };
  const find = (guildId: string, id: string | undefined) => store.list(guildId).find((c) => c.id === id);
  const route = (method: Route['method'], pattern: RegExp, handle: Route['handle']): Route =>
    ({ method, pattern, auth: true, target: 'commands', handle });

  return [
    route('GET', all, scoped((guildId) => ok(store.list(guildId)))),
    route('PUT', all, scoped((guildId, { body }) => {
      if (!Array.isArray(body)) return refuseIssues([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]);
      const issues = checkCommandList(body as Json[]);
      return issues.length ? refuseIssues(issues) : ok(store.overwrite(body as Json[], guildId));
    })),
    route('POST', all, scoped((guildId, { body }) => {
      const issues = checkCommand(body);
      if (issues.length) return refuseIssues(issues);
      const { command, created } = store.upsert(body, guildId);
      return ok(command, created ? 201 : 200);
    })),
    route('GET', one, scoped((guildId, { params }) => {
      const command = find(guildId, params[2]);
      return command ? ok(command) : refuse(DiscordError.unknownCommand(), [`unknown command ${params[2]}`]);
    })),
    route('PATCH', one, scoped((guildId, { params, body }) => {
      const command = find(guildId, params[2]);
      if (!command) return refuse(DiscordError.unknownCommand(), [`unknown command ${params[2]}`]);
      const merged = { ...command, ...body, type: command.type };
      const issues = checkCommand(merged);
      return issues.length ? refuseIssues(issues) : ok(store.upsert(merged, guildId, command.id).command);
    })),
    route('DELETE', one, scoped((guildId, { params }) =>
      store.remove(params[2] ?? '', guildId) ? ok() : refuse(DiscordError.unknownCommand(), [`unknown command ${params[2]}`]))),
  ];
}
