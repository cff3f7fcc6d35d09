/**
 * The REST half's plumbing: the fake's shared state, routing under `/api/v10`, bot-token auth,
 * JSON bodies, injected faults (429 with Retry-After, 5xx), and the request and rejection logs.
 * Route handlers live in rest-basic.ts, rest-commands.ts and rest-interactions.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeIssues, invalidFormBody, DiscordError, type ApiError, type Issue, type Path } from './errors.ts';
import type { FakeGateway } from './gateway.ts';
import type { GuildFixture, UserPayload } from './fixtures.ts';
import type { InteractionHandle, Rejection } from './interactions.ts';
import type { CommandStore } from './rest-commands.ts';
import type { ChatState } from './messages.ts';

type Json = Record<string, unknown>;

/** Which requests a fault hits: interaction callbacks, webhook (edit/follow-up) calls, command routes, or all. */
export type FaultTarget = 'callback' | 'webhook' | 'commands' | 'any';

export interface FaultSpec {
  status: 429 | 500 | 502 | 503;
  /** How many matching requests fail; default 1. discord.js retries a 5xx 3 times, so 4 surface one. */
  times?: number;
  on?: FaultTarget;
  /** Seconds, for 429: sent as `retry_after` in the body and as the Retry-After header. Default 0.25. */
  retryAfter?: number;
  global?: boolean;
}

export interface RequestLogEntry {
  /** Milliseconds since the fake started. */
  at: number;
  method: string;
  path: string;
  query: string;
  status: number;
  /** True when the answer was an injected fault. */
  injected: boolean;
  body?: unknown;
}

export interface FakeState {
  appId: string;
  token: string;
  bot: UserPayload;
  guilds: GuildFixture[];
  startedAt: number;
  gateway: FakeGateway;
  recommendedShards: number;
  interactionDeadlineMs: number;
  commands: CommandStore;
  interactions: Map<string, InteractionHandle>;
  /** Every message the bot produced, by id, so a later click can find the message holding a button. */
  messages: Map<string, Json>;
  requests: RequestLogEntry[];
  rejections: Rejection[];
  faults: Required<FaultSpec>[];
  /** Members' messages and the bot's channel messages. */
  chat: ChatState;
  notify(): void;
}

export interface RouteContext {
  params: string[];
  query: URLSearchParams;
  body: Json;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Outcome = { reply: Reply } | { refuse: ApiError; reasons: string[]; interaction?: InteractionHandle };

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Matched against the decoded path after `/api/v10`; capture groups become `params` ('' when unmatched). */
  pattern: RegExp;
  /** Whether the `Authorization: Bot <token>` header is required (interaction routes use the token in the URL). */
  auth: boolean;
  target: Exclude<FaultTarget, 'any'> | 'other';
  handle(ctx: RouteContext): Outcome;
}

export const ok = (body?: unknown, status = body === undefined ? 204 : 200): Outcome => ({ reply: { status, body } });

/** @example refuse(DiscordError.alreadyAcknowledged(), ['second initial response'], ix) */
export const refuse = (error: ApiError, reasons: string[], interaction?: InteractionHandle): Outcome =>
  ({ refuse: error, reasons, interaction });

/** A 50035 refusal whose reasons are the issues themselves. */
export const refuseIssues = (issues: Issue[], prefix: Path = [], interaction?: InteractionHandle): Outcome =>
  refuse(invalidFormBody(issues, prefix), describeIssues(issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }))), interaction);

function send(res: ServerResponse, reply: Reply): void {
  const headers = { ...reply.headers, ...(reply.body === undefined ? {} : { 'content-type': 'application/json' }) };
  res.writeHead(reply.status, headers);
  res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

function faultReply(fault: Required<FaultSpec>): Reply {
  if (fault.status !== 429) return { status: fault.status, body: { message: `${fault.status}: Server Error`, code: 0 } };
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: fault.global },
    headers: {
      'retry-after': String(fault.retryAfter), 'x-ratelimit-scope': fault.global ? 'global' : 'user',
      ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
    },
  };
}

async function readBody(req: IncomingMessage): Promise<{ body: Json } | { error: ApiError; reason: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return { body: {} };
  if (String(req.headers['content-type']).startsWith('multipart/')) {
    return { error: DiscordError.unsupportedBody('multipart bodies (file uploads)'), reason: 'multipart body: file uploads are not modelled' };
  }
  try {
    return { body: JSON.parse(text) as Json };
  } catch {
    return { error: DiscordError.invalidJson(), reason: 'body is not valid JSON' };
  }
}

/** The `(req, res)` listener serving `routes` under `/api/v10`. */
export function createRestHandler(state: FakeState, routes: Route[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const method = req.method ?? 'GET';
      const entry: RequestLogEntry = {
        at: Date.now() - state.startedAt, method, path: url.pathname, query: url.search, status: 0, injected: false,
      };
      const finish = (outcome: Outcome, injected = false) => {
        if ('refuse' in outcome) {
          const rejection: Rejection = {
            at: entry.at, method, path: url.pathname, status: outcome.refuse.status, code: outcome.refuse.body.code,
            reasons: outcome.reasons, body: entry.body, interactionId: outcome.interaction?.id,
          };
          state.rejections.push(rejection);
          outcome.interaction?.rejections.push(rejection);
        }
        const reply = 'reply' in outcome ? outcome.reply : { status: outcome.refuse.status, body: outcome.refuse.body };
        entry.status = reply.status;
        entry.injected = injected;
        state.requests.push(entry);
        send(res, reply);
        state.notify();
      };

      const read = await readBody(req);
      if ('error' in read) return finish(refuse(read.error, [read.reason]));
      entry.body = read.body;
      const prefix = '/api/v10';
      if (!url.pathname.startsWith(`${prefix}/`)) {
        return finish(refuse(DiscordError.notFound(), [`path outside ${prefix}: pass the fake's apiUrl (discord.js appends /v10 itself)`]));
      }
      let rest: string;
      try {
        // Segments are matched decoded: discord.js percent-encodes tokens and `@original`.
        rest = url.pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
      } catch {
        return finish(refuse(DiscordError.notFound(), [`malformed percent-encoding in ${url.pathname}`]));
      }
      for (const route of routes) {
        const match = route.method === method ? route.pattern.exec(rest) : null;
        if (!match) continue;
        const fault = state.faults.find((f) => f.times > 0 && (f.on === 'any' || f.on === route.target));
        if (fault) {
          fault.times--;
          return finish({ reply: faultReply(fault) }, true);
        }
        if (route.auth && req.headers.authorization !== `Bot ${state.token}`) {
          return finish(refuse(DiscordError.unauthorized(), [`${method} ${rest} without "Authorization: Bot <the fake's token>"`]));
        }
        const params = match.slice(1).map((p) => p ?? '');
        return finish(route.handle({ params, query: url.searchParams, body: read.body }));
      }
      finish(refuse(DiscordError.notFound(), [`no such route in the fake: ${method} ${rest}`]));
    })();
  };
}
