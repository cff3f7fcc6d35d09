/**
 * Discord's 3 s deadline for the first response, under rate limits. discord.js waits out a 429
 * silently and retries, so a 429 asking to wait 4 s made the reply arrive after the deadline and the
 * member saw "the application did not respond". Instead, a first response that would wait longer
 * than `MAX_FIRST_RESPONSE_WAIT_MS` is refused at once (`rejectSlowFirstResponses`), and the bot
 * defers through a REST client of its own, whose rate-limit state the refusal did not touch
 * (Discord does not count interaction callbacks against the global limit). The answer then
 * follows as an edit, which has 15 minutes, not 3 s.
 */
import { REST, RateLimitError, Routes, type ChatInputCommandInteraction, type RateLimitData } from 'discord.js';
import type { Logger } from '../src/log.ts';

export const MAX_FIRST_RESPONSE_WAIT_MS = 1000;

const CALLBACK_ROUTE = /^\/interactions\/[^/]+\/[^/]+\/callback$/;

/** For the client's `rest.rejectOnRateLimit`: only first responses, only long waits. */
export function rejectSlowFirstResponses(data: RateLimitData): boolean {
  return CALLBACK_ROUTE.test(data.route) && Math.max(data.retryAfter, data.timeToReset) > MAX_FIRST_RESPONSE_WAIT_MS;
}

export type FirstResponse = 'sent' | 'deferred';

export class DeadlineGuard {
  private readonly rest: REST;

  constructor(apiUrl: string, private readonly log: Logger) {
    // Callbacks carry the interaction token in the URL: this client needs no bot token.
    this.rest = new REST({ api: apiUrl });
  }

  /** Sends the first response; when a rate limit would make it late, defers instead and says so. */
  async respond(i: ChatInputCommandInteraction, send: () => Promise<unknown>, ephemeral: boolean): Promise<FirstResponse> {
    try {
      await send();
      return 'sent';
    } catch (err) {
      if (!(err instanceof RateLimitError)) throw err;
      this.log.warn({ interactionId: i.id, retryAfterMs: err.retryAfter, global: err.global }, 'rate limited before the first response; deferring so the member still gets the answer');
      await this.rest.post(Routes.interactionCallback(i.id, i.token), {
        body: { type: 5, data: ephemeral ? { flags: 64 } : {} },
        query: new URLSearchParams({ with_response: 'false' }),
        auth: false,
      });
      // discord.js tracks the interaction's state itself; the deferral it did not send is recorded by hand.
      i.deferred = true;
      return 'deferred';
    }
  }
}
