/**
 * Per-member cooldown on expensive commands, so one member cannot monopolise the bot.
 */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(private readonly seconds: number) {}

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
