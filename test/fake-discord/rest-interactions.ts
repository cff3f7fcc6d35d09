/**
 * Interaction responses: the initial callback (3 s deadline, once only, type allowed for the
 * interaction, payload within limits) and the interaction webhook (edit, follow-up, fetch, delete of
 * the original response and follow-ups). Accepted calls are recorded on the InteractionHandle.
 */
import { DiscordError, issue } from './errors.ts';
import { messagePayload, type UserPayload } from './fixtures.ts';
import { InteractionType, LOADING_FLAG, type InteractionHandle } from './interactions.ts';
import { checkAutocomplete, checkMessage, isEmptyMessage, isEphemeral } from './limits.ts';
import { ok, refuse, refuseIssues, type FakeState, type Outcome, type Route } from './rest.ts';

type Json = Record<string, unknown>;

const EPHEMERAL = 1 << 6;
const WEBHOOK_LIFETIME_MS = 15 * 60_000;
/** Callback types Discord accepts per interaction type (modals, type 9, are not modelled). */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionType.Command]: [4, 5],
  [InteractionType.Component]: [4, 5, 6, 7],
  [InteractionType.Autocomplete]: [8],
};

const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** A message after an edit: given fields replaced, "loading" cleared, the ephemeral bit kept. */
function applyEdit(message: Json, data: Json): Json {
  const flags = Number(message.flags ?? 0);
  const next: Json = { ...message };
  for (const key of ['content', 'embeds', 'components', 'attachments']) {
    if (key in data) next[key] = data[key] ?? (key === 'content' ? '' : []);
  }
  const changeable = data.flags === undefined ? flags : Number(data.flags);
  next.flags = ((flags & EPHEMERAL) | (changeable & ~EPHEMERAL)) & ~LOADING_FLAG;
  next.edited_timestamp = flags & LOADING_FLAG ? null : new Date().toISOString();
  return next;
}

/** @example interactionRoutes(state) // POST /interactions/:id/:token/callback and the /webhooks/:app/:token routes */
export function interactionRoutes(state: FakeState): Route[] {
  const store = (ix: InteractionHandle, message: Json): Json => {
    ix.messages.set(String(message.id), message);
    state.messages.set(String(message.id), message);
    return message;
  };
  const create = (ix: InteractionHandle, data: Json): Json => {
    const commandName = ix.type === InteractionType.Command ? String(obj(ix.payload.data).name) : undefined;
    return store(ix, messagePayload({
      channelId: String(ix.payload.channel_id), guildId: String(ix.payload.guild_id), author: state.bot, appId: state.appId,
      type: commandName ? 20 : 0, data,
      interaction: { id: ix.id, type: ix.type, user: obj(obj(ix.payload.member).user) as UserPayload, name: commandName },
    }));
  };
  const componentMessage = (ix: InteractionHandle): Json => {
    const shown = obj(ix.payload.message);
    return state.messages.get(String(shown.id)) ?? shown;
  };

  const callback = (id: string, token: string, query: URLSearchParams, body: Json): Outcome => {
    const ix = state.interactions.get(id);
    if (!ix || ix.token !== token) return refuse(DiscordError.unknownInteraction(), [`no interaction ${id} with this token`]);
    const withResponse = query.get('with_response');
    if (withResponse !== null && withResponse !== 'true' && withResponse !== 'false') {
      return refuseIssues([issue(['with_response'], 'BASE_TYPE_BOOLEAN', 'Must be either true or false.')], [], ix);
    }
    const type = Number(body.type);
    if (ix.ackType !== null) {
      return refuse(DiscordError.alreadyAcknowledged(), [`second initial response (type ${type}) after type ${ix.ackType}`], ix);
    }
    if (ix.elapsedMs > state.interactionDeadlineMs) {
      return refuse(DiscordError.unknownInteraction(),
        [`initial response ${ix.elapsedMs} ms after dispatch; Discord allows ${state.interactionDeadlineMs} ms`], ix);
    }
    if (type === 9) return refuse(DiscordError.unsupportedBody('modal responses (type 9)'), ['modal response'], ix);
    if (!ALLOWED_CALLBACKS[ix.type]?.includes(type)) {
      return refuseIssues([issue(['type'], 'INTERACTION_CALLBACK_TYPE_INVALID',
        `Callback type ${body.type} is not valid for interaction type ${ix.type}.`)], [], ix);
    }
    const data = obj(body.data);
    const issues = type === 8 ? checkAutocomplete(data) : checkMessage(data);
    if (issues.length) return refuseIssues(issues, ['data'], ix);
    if (type === 4 && isEmptyMessage(data)) return refuse(DiscordError.emptyMessage(), ['type 4 response with nothing to show'], ix);

    let message: Json | undefined;
    if (type === 4) message = create(ix, data);
    if (type === 5) message = create(ix, { flags: (Number(data.flags ?? 0) & EPHEMERAL) | LOADING_FLAG });
    if (type === 6) message = store(ix, componentMessage(ix));
    if (type === 7) message = store(ix, applyEdit(componentMessage(ix), data));
    ix.ackType = type;
    ix.originalId = message ? String(message.id) : null;
    ix.record({ kind: 'callback', type, body, data, messageId: ix.originalId ?? undefined });
    if (withResponse !== 'true') return ok();
    return ok({
      interaction: {
        id: ix.id, type: ix.type, response_message_id: message?.id, response_message_loading: type === 5,
        response_message_ephemeral: message ? isEphemeral(message) : undefined,
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  };

  /** The interaction behind a webhook token, or the refusal Discord would give. */
  const webhookOwner = (app: string, token: string): InteractionHandle | Outcome => {
    const ix = [...state.interactions.values()].find((i) => i.token === token);
    if (app !== state.appId || !ix || ix.type === InteractionType.Autocomplete) {
      return refuse(DiscordError.unknownWebhook(), ['unknown webhook id or token']);
    }
    if (ix.ackType === null) return refuse(DiscordError.unknownWebhook(), ['webhook call before the interaction was acknowledged'], ix);
    if (ix.elapsedMs > WEBHOOK_LIFETIME_MS) return refuse(DiscordError.invalidWebhookToken(), ['interaction token older than 15 minutes'], ix);
    return ix;
  };
  const isOutcome = (x: InteractionHandle | Outcome): x is Outcome => 'reply' in x || 'refuse' in x;
  const messageOf = (ix: InteractionHandle, id: string) => (id === '@original' ? ix.original : ix.messages.get(id));

  const followUp = (app: string, token: string, query: URLSearchParams, body: Json): Outcome => {
    const ix = webhookOwner(app, token);
    if (isOutcome(ix)) return ix;
    const issues = checkMessage(body);
    if (issues.length) return refuseIssues(issues, [], ix);
    if (isEmptyMessage(body)) return refuse(DiscordError.emptyMessage(), ['follow-up with nothing to show'], ix);
    const original = ix.original;
    // Discord documents that the first follow-up after a deferral replaces the "thinking…" message.
    const message = original && Number(original.flags) & LOADING_FLAG ? store(ix, applyEdit(original, body)) : create(ix, body);
    ix.record({ kind: 'followup', data: body, messageId: String(message.id) });
    return query.get('wait') === 'true' ? ok(message) : ok();
  };

  const onMessage = (method: 'GET' | 'PATCH' | 'DELETE') => ({ params: [app = '', token = '', id = ''], body }: { params: string[]; body: Json }): Outcome => {
    const ix = webhookOwner(app, token);
    if (isOutcome(ix)) return ix;
    const message = messageOf(ix, id);
    if (!message) return refuse(DiscordError.unknownMessage(), [`${method} of message ${id}, which this interaction does not have`], ix);
    if (method === 'GET') {
      ix.record({ kind: 'fetch', data: {}, messageId: String(message.id) });
      return ok(message);
    }
    if (method === 'DELETE') {
      ix.messages.delete(String(message.id));
      state.messages.delete(String(message.id));
      ix.record({ kind: 'delete', data: {}, messageId: String(message.id) });
      return ok();
    }
    const issues = checkMessage(body);
    if (issues.length) return refuseIssues(issues, [], ix);
    const edited = store(ix, applyEdit(message, body));
    ix.record({ kind: 'edit', data: body, messageId: String(edited.id) });
    return ok(edited);
  };

  const messageRoute = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/;
  return [
    {
      method: 'POST', pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/, auth: false, target: 'callback',
      handle: ({ params: [id = '', token = ''], query, body }) => callback(id, token, query, body),
    },
    {
      method: 'POST', pattern: /^\/webhooks\/(\d+)\/([^/]+)$/, auth: false, target: 'webhook',
      handle: ({ params: [app = '', token = ''], query, body }) => followUp(app, token, query, body),
    },
    { method: 'GET', pattern: messageRoute, auth: false, target: 'webhook', handle: onMessage('GET') },
    { method: 'PATCH', pattern: messageRoute, auth: false, target: 'webhook', handle: onMessage('PATCH') },
    { method: 'DELETE', pattern: messageRoute, auth: false, target: 'webhook', handle: onMessage('DELETE') },
  ];
}
