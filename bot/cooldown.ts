/**
 * Per-member cooldowns, per command, in the style of the discord.js guide: a command module declares
 * `cooldown: seconds` (cheap commands declare none), and each command keeps its own clock per member,
 * so a newcomer trying /search, then /ask, then /timeline is never told to wait. `Cooldown` is one
 * such clock and works for anything keyed by a member (a mention answer, a DM).
 */
import { ConfigError, type CooldownSetting } from '../src/config.ts';

export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(readonly seconds: number) {}

  /** Milliseconds the member must still wait (0 when free); a free call starts a new cooldown. */
  take(memberId: string, now = Date.now()): number {
    if (this.seconds <= 0) return 0;
    const until = this.until.get(memberId) ?? 0;
    if (until > now) return until - now;
    this.until.set(memberId, now + this.seconds * 1000);
    if (this.until.size > 10_000) for (const [id, t] of this.until) if (t <= now) this.until.delete(id);
    return 0;
  }
}

const FREE = new Cooldown(0);

export class Cooldowns {
  private readonly clocks = new Map<string, Cooldown>();

  /** `defaults`: each command's own `cooldown` in seconds; `setting`: COOLDOWN_SECONDS, which wins. */
  constructor(defaults: Map<string, number | undefined>, setting: CooldownSetting = { perCommand: {} }) {
    const unknown = Object.keys(setting.perCommand).filter((name) => !defaults.has(name));
    if (unknown.length) throw new ConfigError(`COOLDOWN_SECONDS names ${unknown.map((n) => `/${n}`).join(', ')}, which is not a command; the commands are ${[...defaults.keys()].map((n) => `/${n}`).join(', ')}.`);
    for (const [name, own] of defaults) {
      const seconds = setting.perCommand[name] ?? (own ? setting.all ?? own : 0);
      if (seconds > 0) this.clocks.set(name, new Cooldown(seconds));
    }
  }

  /** The clock of one command (a clock that never waits for commands without a cooldown). */
  for(name: string): Cooldown {
    return this.clocks.get(name) ?? FREE;
  }

  /** Seconds per command that has a cooldown, for /help and the README. */
  table(): Record<string, number> {
    return Object.fromEntries([...this.clocks].map(([name, c]) => [name, c.seconds]));
  }
}
