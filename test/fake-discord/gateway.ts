/**
 * The gateway half of the fake Discord: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE,
 * RESUME with replay of missed events, sharding by guild id, and closing with a chosen code.
 * JSON encoding only (discord.js uses it unless zlib-sync is installed).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';
import { guildCreatePayload, memberPayload, type GuildFixture, type UserPayload } from './fixtures.ts';

export interface GatewayLogEntry {
  /** Milliseconds since the fake started. */
  at: number;
  kind: 'open' | 'in' | 'out' | 'close';
  op?: number;
  t?: string | null;
  s?: number | null;
  /** `/gateway` for a fresh connection, `/resume` when the client used `resume_gateway_url`. */
  path?: string;
  code?: number;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  invalidSessions: number;
  heartbeats: number;
}

export interface GatewayOptions {
  token: string;
  bot: UserPayload;
  appId: string;
  guilds: GuildFixture[];
  heartbeatIntervalMs: number;
  /** Privileged intents the application may use; others close the connection with 4014. */
  privilegedIntents: number;
  startedAt: number;
  /** A refused payload or connection; `closeCode` is 0 when the connection stays open. */
  onReject: (reason: string, closeCode: number) => void;
  onChange: () => void;
}

interface Session {
  id: string;
  shard: [number, number];
  /** The intents sent in IDENTIFY. */
  intents: number;
  seq: number;
  sent: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
/** Ops a client may send once identified that need no answer: presence, voice state, soundboard. */
const ACCEPTED_OPS = new Set([3, 4, 31]);
const REQUEST_GUILD_MEMBERS = 8;

/** Which shard receives a guild's events: Discord's `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export class FakeGateway {
  readonly log: GatewayLogEntry[] = [];
  readonly stats: GatewayStats = { connections: 0, identifies: 0, resumes: 0, invalidSessions: 0, heartbeats: 0 };
  /** Set by the server once it listens. */
  baseUrl = '';
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly opts: GatewayOptions) {}

  get url(): string { return `${this.baseUrl}/gateway`; }
  get resumeUrl(): string { return `${this.baseUrl}/resume`; }
  /** True once a client has identified (even if its connection is momentarily closed). */
  get hasSession(): boolean { return this.sessions.size > 0; }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/gateway' && url.pathname !== '/resume') {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
  }

  /** The intents of the session that receives `guildId`'s events (DMs go to shard 0), if any. */
  intentsFor(guildId?: string): number | undefined {
    return this.sessionFor(guildId)?.intents;
  }

  private sessionFor(guildId?: string): Session | undefined {
    return [...this.sessions.values()].reverse()
      .find((s) => (guildId === undefined ? s.shard[0] === 0 : shardOf(guildId, s.shard[1]) === s.shard[0]));
  }

  /**
   * Sends a dispatch to the session that owns `guildId`'s shard (DMs: shard 0); buffered for RESUME if
   * its socket is closed. Returns false when no client has identified.
   */
  dispatch(t: string, d: unknown, guildId?: string): boolean {
    const session = this.sessionFor(guildId);
    if (!session) return false;
    this.send(session, t, d);
    return true;
  }

  /** Closes every open gateway connection with `code` (4000 = unknown error, which discord.js resumes). */
  async close(code = 4000, reason = 'closed by the fake'): Promise<void> {
    const sockets = [...this.sessions.values()].flatMap((s) => (s.socket ? [s.socket] : []));
    await Promise.all(sockets.map((ws) => new Promise<void>((resolve) => {
      ws.once('close', () => resolve());
      ws.close(code, reason);
    })));
  }

  stop(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private record(entry: Omit<GatewayLogEntry, 'at'>): void {
    this.log.push({ at: Date.now() - this.opts.startedAt, ...entry });
    this.opts.onChange();
  }

  private raw(ws: WebSocket, payload: { op: number; d: unknown; s?: number | null; t?: string | null }): void {
    const full = { s: null, t: null, ...payload };
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(full));
    this.record({ kind: 'out', op: full.op, t: full.t, s: full.s });
  }

  private send(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    if (session.socket) this.raw(session.socket, { op: 0, t, s, d });
  }

  private reject(ws: WebSocket, code: number, reason: string): void {
    this.opts.onReject(`gateway: ${reason} (closed with ${code})`, code);
    // A close frame's reason is limited to 123 bytes.
    ws.close(code, reason.slice(0, 60));
  }

  private onConnection(ws: WebSocket, url: URL): void {
    this.stats.connections++;
    this.record({ kind: 'open', path: url.pathname });
    let session: Session | null = null;
    ws.on('close', (code) => {
      if (session?.socket === ws) session.socket = null;
      this.record({ kind: 'close', code });
    });
    if (url.searchParams.get('v') !== '10') return this.reject(ws, 4012, `API version ${url.searchParams.get('v')} is not 10`);
    if ((url.searchParams.get('encoding') ?? 'json') !== 'json') return this.reject(ws, 4002, 'only JSON encoding is supported');
    if (url.searchParams.has('compress')) this.opts.onReject('gateway: zlib-stream compression requested; the fake sends plain JSON', 0);
    this.raw(ws, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["fake-discord-gateway",{}]'] } });

    ws.on('message', (data) => {
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(String(data)) as { op?: unknown; d?: unknown };
      } catch {
        return this.reject(ws, 4002, 'payload is not JSON');
      }
      const op = Number(payload.op);
      this.record({ kind: 'in', op });
      const d = (payload.d ?? {}) as Record<string, unknown>;
      if (op === 1) {
        this.stats.heartbeats++;
        return this.raw(ws, { op: 11, d: null });
      }
      if (op === 2 || op === 6) {
        if (session) return this.reject(ws, 4005, 'already authenticated');
        session = op === 2 ? this.identify(ws, d) : this.resume(ws, d);
        return;
      }
      if (!session) return this.reject(ws, 4003, `op ${op} sent before IDENTIFY or RESUME`);
      if (op === REQUEST_GUILD_MEMBERS) return this.sendMemberChunk(session, d);
      if (!ACCEPTED_OPS.has(op)) this.reject(ws, 4001, `unknown opcode ${op}`);
    });
  }

  /**
   * Answers REQUEST_GUILD_MEMBERS so `guild.members.fetch()` does not hang: the only member the fake
   * knows is the bot; other requested ids come back in `not_found`.
   */
  private sendMemberChunk(session: Session, d: Record<string, unknown>): void {
    const guild = this.opts.guilds.find((g) => g.id === d.guild_id);
    if (!guild) return;
    const ids = d.user_ids === undefined ? null : ([] as unknown[]).concat(d.user_ids).map(String);
    const wantsBot = ids ? ids.includes(this.opts.bot.id) : this.opts.bot.username.startsWith(String(d.query ?? ''));
    this.send(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id, chunk_index: 0, chunk_count: 1, nonce: d.nonce,
      members: wantsBot ? [memberPayload(this.opts.bot, [guild.botRoleId])] : [],
      not_found: ids ? ids.filter((id) => id !== this.opts.bot.id) : [],
    });
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): Session | null {
    if (d.token !== this.opts.token) {
      this.reject(ws, 4004, 'IDENTIFY with a wrong token');
      return null;
    }
    const intents = Number(d.intents);
    if (!Number.isInteger(intents) || intents < 0) {
      this.reject(ws, 4013, 'IDENTIFY without valid intents');
      return null;
    }
    const disallowed = intents & PRIVILEGED_INTENTS & ~this.opts.privilegedIntents;
    if (disallowed) {
      this.reject(ws, 4014, `IDENTIFY asks for privileged intents ${disallowed} not enabled for the app`);
      return null;
    }
    const [shardId, shardCount] = Array.isArray(d.shard) ? d.shard.map(Number) : [0, 1];
    if (!(shardCount! >= 1 && shardId! >= 0 && shardId! < shardCount!)) {
      this.reject(ws, 4010, `invalid shard ${JSON.stringify(d.shard)}`);
      return null;
    }
    for (const [id, old] of this.sessions) if (old.shard[0] === shardId) this.sessions.delete(id);
    const session: Session = { id: randomBytes(16).toString('hex'), shard: [shardId!, shardCount!], intents, seq: 0, sent: [], socket: ws };
    this.sessions.set(session.id, session);
    this.stats.identifies++;
    const guilds = this.opts.guilds.filter((g) => shardOf(g.id, shardCount!) === shardId);
    this.send(session, 'READY', {
      v: 10, user: this.opts.bot, guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id, session_type: 'normal', resume_gateway_url: this.resumeUrl, shard: session.shard,
      application: { id: this.opts.appId, flags: 0 }, user_settings: {}, relationships: [], private_channels: [],
      presences: [], guild_join_requests: [], geo_ordered_rtc_regions: ['india'], auth: {}, _trace: ['["fake-discord",{}]'],
    });
    for (const guild of guilds) this.send(session, 'GUILD_CREATE', guildCreatePayload(guild, this.opts.bot));
    return session;
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): Session | null {
    const session = this.sessions.get(String(d.session_id));
    if (!session || d.token !== this.opts.token) {
      this.stats.invalidSessions++;
      this.raw(ws, { op: 9, d: false });
      return null;
    }
    const seq = Number(d.seq);
    if (!(seq <= session.seq)) {
      this.reject(ws, 4007, `RESUME with sequence ${d.seq} beyond ${session.seq}`);
      return null;
    }
    session.socket?.terminate();
    session.socket = ws;
    this.stats.resumes++;
    for (const event of session.sent.filter((e) => e.s > seq)) this.raw(ws, { op: 0, ...event });
    this.send(session, 'RESUMED', { _trace: ['["fake-discord-resume",{}]'] });
    return session;
  }
}
