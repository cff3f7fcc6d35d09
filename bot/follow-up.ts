/**
 * Each member's last question per channel (or DM), so a short follow-up can lean on it. Held in
 * memory only, for FOLLOW_UP_MINUTES, and at most `maxEntries` of them: the oldest go first.
 */
import { FOLLOW_UP_MINUTES } from '../src/answers/help.ts';

interface Entry {
  question: string;
  at: number;
}

export class RecentQuestions {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = FOLLOW_UP_MINUTES * 60_000,
    private readonly maxEntries = 5000,
  ) {}

  /** The member's previous question in this channel, if recent enough. */
  previous(memberId: string, channelId: string, now = Date.now()): string | undefined {
    const entry = this.entries.get(`${memberId}:${channelId}`);
    return entry && now - entry.at <= this.ttlMs ? entry.question : undefined;
  }

  remember(memberId: string, channelId: string, question: string, now = Date.now()): void {
    const key = `${memberId}:${channelId}`;
    // Re-inserted so the map's order is oldest first.
    this.entries.delete(key);
    this.entries.set(key, { question, at: now });
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && now - e.at <= this.ttlMs) break;
      this.entries.delete(k);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
