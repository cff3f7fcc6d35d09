/**
 * Configuration, read from the environment (and `.env` through dotenv by the entry points) and
 * validated once at start-up. Every message names the variable; no message ever prints a secret.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Config {
  /** Bot token; only present when the entry point needs Discord. */
  discordToken?: string;
  discordClientId?: string;
  discordGuildId?: string;
  /** REST base of a Discord-compatible API; discord.js appends `/v10`. */
  discordApiUrl: string;
  seedsDir: string;
  cacheDir: string;
  logLevel: string;
  /** COOLDOWN_SECONDS: overrides of the commands' own per-member cooldowns. */
  cooldowns: CooldownSetting;
  /** Shards for `npm run start:sharded`; `auto` asks Discord. */
  shardCount: number | 'auto';
}

/**
 * `all` replaces the cooldown of every command that has one (0 turns them off); `perCommand` sets
 * single commands, cheap ones included.
 */
export interface CooldownSetting {
  all?: number;
  perCommand: Record<string, number>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SNOWFLAKE = /^\d{15,25}$/;
// Three base64url parts: the shape of every Discord bot token.
const TOKEN_SHAPE = /^[\w-]{10,}\.[\w-]{4,}\.[\w-]{10,}$/;

/**
 * @example parseCooldowns('10', []) // { all: 10, perCommand: {} }
 * @example parseCooldowns('search=5, ask=0', []) // { perCommand: { search: 5, ask: 0 } }
 */
function parseCooldowns(raw: string | undefined, problems: string[]): CooldownSetting {
  const setting: CooldownSetting = { perCommand: {} };
  for (const item of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [, name, value = ''] = /^(?:([a-z][a-z-]*)\s*=\s*)?(.*)$/.exec(item) ?? [];
    const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(seconds >= 0 && seconds <= 3600)) {
      problems.push(`COOLDOWN_SECONDS must be seconds from 0 to 3600 for every command that has a cooldown ("10"), or per command ("search=5,ask=10"), got "${item}".`);
    } else if (name) setting.perCommand[name] = seconds;
    else setting.all = seconds;
  }
  return setting;
}

function isFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * @example loadConfig(process.env, { discord: true }) // throws ConfigError naming DISCORD_TOKEN when unset
 */
export function loadConfig(env: NodeJS.ProcessEnv, opts: { discord: boolean } = { discord: false }): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const discordToken = get('DISCORD_TOKEN');
  const discordClientId = get('DISCORD_CLIENT_ID');
  const discordGuildId = get('DISCORD_GUILD_ID');
  if (opts.discord) {
    if (!discordToken) problems.push('DISCORD_TOKEN is not set: copy .env.example to .env and paste the bot token from the Discord developer portal.');
    else if (!TOKEN_SHAPE.test(discordToken)) problems.push('DISCORD_TOKEN does not look like a bot token (three dot-separated parts); check for quotes or a partial copy. Its value is not shown.');
    if (!discordClientId) problems.push('DISCORD_CLIENT_ID is not set: use the Application ID from the developer portal.');
  }
  if (discordClientId && !SNOWFLAKE.test(discordClientId)) problems.push(`DISCORD_CLIENT_ID must be a numeric ID, got "${discordClientId}".`);
  if (discordGuildId && !SNOWFLAKE.test(discordGuildId)) problems.push(`DISCORD_GUILD_ID must be a numeric server ID, got "${discordGuildId}".`);

  const discordApiUrl = get('DISCORD_API_URL') ?? 'https://discord.com/api';
  try {
    const url = new URL(discordApiUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    problems.push(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got "${discordApiUrl}".`);
  }

  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);

  const cooldowns = parseCooldowns(get('COOLDOWN_SECONDS'), problems);

  const shardRaw = (get('SHARD_COUNT') ?? 'auto').toLowerCase();
  const shardCount = shardRaw === 'auto' ? 'auto' : Number(shardRaw);
  if (shardCount !== 'auto' && !(Number.isInteger(shardCount) && shardCount >= 1)) {
    problems.push(`SHARD_COUNT must be "auto" or a whole number of at least 1, got "${shardRaw}".`);
  }

  const seedsDir = path.resolve(get('SEEDS_DIR') ?? 'seeds');
  if (!isFolder(seedsDir)) problems.push(`SEEDS_DIR must be the articles folder, but ${seedsDir} is not a folder.`);

  if (problems.length) throw new ConfigError(`Configuration problem${problems.length > 1 ? 's' : ''}:\n- ${problems.join('\n- ')}`);

  return {
    discordToken,
    discordClientId,
    discordGuildId,
    discordApiUrl: discordApiUrl.replace(/\/+$/, ''),
    seedsDir,
    cacheDir: path.resolve(get('CACHE_DIR') ?? '.cache'),
    logLevel,
    cooldowns,
    shardCount: shardCount as number | 'auto',
  };
}
