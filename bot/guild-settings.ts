/**
 * Per-server settings that moderators change with /settings, kept one small JSON file per server
 * under CACHE_DIR/settings/ so that they survive restarts and each shard writes only its own servers.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ServerSettings {
  /** Whether the bot answers messages that mention it in this server. */
  mentions: boolean;
}

const DEFAULTS: ServerSettings = { mentions: true };
const SNOWFLAKE = /^\d{15,25}$/;

export class GuildSettings {
  private readonly cache = new Map<string, ServerSettings>();

  constructor(private readonly dir: string) {}

  get(guildId: string): ServerSettings {
    const cached = this.cache.get(guildId);
    if (cached) return cached;
    let stored: Partial<ServerSettings> = {};
    try {
      stored = JSON.parse(fs.readFileSync(this.file(guildId), 'utf8')) as Partial<ServerSettings>;
    } catch {
      // No file yet (or an unreadable one): the defaults.
    }
    const settings = { ...DEFAULTS, ...(typeof stored.mentions === 'boolean' ? { mentions: stored.mentions } : {}) };
    this.cache.set(guildId, settings);
    return settings;
  }

  set(guildId: string, change: Partial<ServerSettings>): ServerSettings {
    const settings = { ...this.get(guildId), ...change };
    fs.mkdirSync(this.dir, { recursive: true });
    // Written aside and renamed, so a crash never leaves half a file.
    const tmp = `${this.file(guildId)}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(settings)}\n`);
    fs.renameSync(tmp, this.file(guildId));
    this.cache.set(guildId, settings);
    return settings;
  }

  private file(guildId: string): string {
    if (!SNOWFLAKE.test(guildId)) throw new Error(`not a server id: ${guildId}`);
    return path.join(this.dir, `${guildId}.json`);
  }
}
