/**
 * One dispatched interaction as the fake sees it: the INTERACTION_CREATE payload sent to the bot,
 * every response Discord accepted for it (with its time since dispatch), every request refused, and
 * the messages it produced (the original response and follow-ups), kept up to date with edits.
 */
import { interactionToken, memberPayload, snowflake, textChannelPayload, type GuildFixture, type UserPayload } from './fixtures.ts';
import type { InteractionOption } from './command-options.ts';

type Json = Record<string, unknown>;

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;
/** Message flag of a deferred response still showing "thinking…". */
export const LOADING_FLAG = 1 << 7;

export interface RecordedResponse {
  /** `callback` = the initial response; `edit`/`delete`/`fetch` act on a message; `followup` creates one. */
  kind: 'callback' | 'edit' | 'followup' | 'delete' | 'fetch';
  /** Callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete result. */
  type?: number;
  /** The JSON body as received: `{ type, data }` for a callback, the message fields for a webhook call. */
  body: Json;
  /** The message fields sent: `data` of a callback, the whole body of a webhook call. */
  data: Json;
  /** Milliseconds from dispatch to the moment the fake accepted the request. */
  atMs: number;
  /** Id of the message created or changed, if any. */
  messageId?: string;
}

export interface Rejection {
  /** Milliseconds since the fake started. */
  at: number;
  method: string;
  path: string;
  status: number;
  /** Discord's JSON error code (e.g. 50035, 40060, 10062), or the gateway close code. */
  code: number;
  /** One line per problem, e.g. `data.embeds.0.title: Must be 256 or fewer in length. [BASE_TYPE_MAX_LENGTH]`. */
  reasons: string[];
  body?: unknown;
  interactionId?: string;
}

export interface InteractionActor {
  guild: GuildFixture;
  appId: string;
  user: UserPayload;
  memberPermissions: bigint;
  appPermissions: bigint;
  locale: string;
}

export type InteractionData =
  | { type: typeof InteractionType.Command | typeof InteractionType.Autocomplete; data: { id: string; name: string; type: 1; guild_id?: string; options: InteractionOption[] } }
  | { type: typeof InteractionType.Component; data: { custom_id: string; component_type: number; values?: string[] }; message: Json };

/** The visible text of a message: content, then each embed's title, description, fields and footer. */
export function messageText(message: Json): string {
  const embeds = (Array.isArray(message.embeds) ? message.embeds : []) as Json[];
  const parts = [String(message.content ?? '')];
  for (const e of embeds) {
    const fields = (Array.isArray(e.fields) ? e.fields : []) as Json[];
    parts.push(String(e.title ?? ''), String(e.description ?? ''), ...fields.flatMap((f) => [String(f.name), String(f.value)]),
      String((e.footer as Json | undefined)?.text ?? ''));
  }
  return parts.filter(Boolean).join('\n');
}

export class InteractionHandle {
  readonly id = snowflake();
  readonly token = interactionToken();
  readonly type: number;
  /** The `d` of the INTERACTION_CREATE dispatch, as the bot received it. */
  readonly payload: Json;
  readonly dispatchedAt = Date.now();
  readonly responses: RecordedResponse[] = [];
  readonly rejections: Rejection[] = [];
  /** Callback type of the accepted initial response; null until acknowledged. */
  ackType: number | null = null;
  originalId: string | null = null;
  /** Messages this interaction's token may address: the original response and follow-ups, by id. */
  readonly messages = new Map<string, Json>();

  constructor(actor: InteractionActor, spec: InteractionData) {
    this.type = spec.type;
    const { guild } = actor;
    this.payload = {
      id: this.id, application_id: actor.appId, type: spec.type, data: spec.data, token: this.token, version: 1,
      guild_id: guild.id, guild: { id: guild.id, locale: 'en-US', features: [] },
      channel_id: guild.channelId, channel: textChannelPayload(guild),
      member: memberPayload(actor.user, [], actor.memberPermissions),
      app_permissions: actor.appPermissions.toString(), locale: actor.locale, guild_locale: 'en-US',
      entitlements: [], authorizing_integration_owners: { '0': guild.id }, context: 0, attachment_size_limit: 10_485_760,
      ...(spec.type === InteractionType.Component ? { message: spec.message } : {}),
    };
  }

  get elapsedMs(): number { return Date.now() - this.dispatchedAt; }

  /** The original response as it stands now (after edits); for components, the message that was updated. */
  get original(): Json | undefined { return this.originalId ? this.messages.get(this.originalId) : undefined; }

  get followUps(): Json[] {
    return [...this.messages.values()].filter((m) => m.id !== this.originalId);
  }

  /** Choices of the autocomplete result, if one was sent. */
  get choices(): { name: string; value: string | number }[] | undefined {
    const result = this.responses.find((r) => r.kind === 'callback' && r.type === 8);
    return result?.data.choices as { name: string; value: string | number }[] | undefined;
  }

  /** Everything a user would read: the original response then follow-ups, via `messageText`. */
  get text(): string {
    const visible = [this.original, ...this.followUps].filter((m): m is Json => !!m && !(Number(m.flags) & LOADING_FLAG));
    return visible.map(messageText).filter(Boolean).join('\n\n');
  }

  /**
   * True once a user would see an answer: an autocomplete result, a message, or the edit/follow-up
   * that replaces a deferred response.
   */
  get answered(): boolean {
    if (this.ackType === 4 || this.ackType === 7 || this.ackType === 8) return true;
    if (this.ackType === 5) return !(Number(this.original?.flags) & LOADING_FLAG);
    if (this.ackType === 6) return this.responses.some((r) => r.kind === 'edit' || r.kind === 'followup');
    return false;
  }

  record(response: Omit<RecordedResponse, 'atMs' | 'body'> & { body?: Json }): void {
    this.responses.push({ body: response.data, ...response, atMs: this.elapsedMs });
  }
}
