import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  guildObject,
  messageObject,
  userObject,
  type FakeAttachment,
  type FakeMember,
  type FakeOptions,
  type FakeRole,
  type FakeUser,
  type InteractionBase,
} from './payloads.ts';
import { snowflake } from './snowflake.ts';

/**
 * A small fake Discord on 127.0.0.1: the REST routes a bot and its deploy script use, and a `ws`
 * gateway (HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME with replay, dispatch of
 * INTERACTION_CREATE). Everything the bot sends is recorded for assertions. Faults can be injected:
 * close the gateway with a code, answer the next matching requests with 429, expire interactions.
 */

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, URL-decoded (`@original`). */
  path: string;
  query: URLSearchParams;
  authorization?: string;
  body: any;
  files: { name: string; size: number }[];
  status: number;
}

export type AnswerKind = 'reply' | 'update' | 'autocomplete' | 'edit' | 'followup';

export interface Answer {
  kind: AnswerKind;
  /** The message (or choices) as Discord received it. */
  body: any;
  ephemeral: boolean;
  files: { name: string; size: number }[];
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: any;
  callbacks: { type: number; data: any }[];
  edits: any[];
  followups: any[];
  deletes: number;
  /** Every final answer, in order (exactly one is expected). */
  answers: Answer[];
  expired: boolean;
  answered: Promise<Answer>;
}

interface Session {
  id: string;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
  seq: number;
  buffer: { s: number; text: string }[];
  socket?: WebSocket;
}

interface RateLimitRule {
  match: (method: string, path: string) => boolean;
  retryAfterSeconds: number;
  remaining: number;
}

export interface FakeDiscordOptions {
  token: string;
  applicationId?: string;
  guildId?: string;
  heartbeatIntervalMs?: number;
  /** Roles of the guild besides @everyone. */
  roles?: FakeRole[];
  /** What GET /gateway/bot recommends; one guild is created on each shard. Default 1. */
  recommendedShards?: number;
  /** session_start_limit.max_concurrency of GET /gateway/bot. Default 1. */
  maxConcurrency?: number;
}

/** The shard a guild belongs to, as Discord computes it. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A fresh guild id that lands on `shard` of `count` (snowflakes differ by their timestamp bits). */
function guildOnShard(shard: number, count: number, taken: Set<string>): string {
  const base = BigInt(snowflake());
  for (let step = 0n; ; step++) {
    const id = (base + (step << 22n)).toString();
    if (!taken.has(id) && shardOfGuild(id, count) === shard) return id;
  }
}

/** Who sends an interaction: a member (permissions, roles), optionally in another channel of the guild. */
type Member = Partial<FakeMember> & { channelId?: string };

/** The Manage Server permission bit (members with it are story admins). */
export const MANAGE_GUILD = '32';

const ROUTE_FOLLOWUP = /^\/webhooks\/(\d+)\/([^/]+)$/;
const ROUTE_MESSAGE = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/;
const ROUTE_CALLBACK = /^\/interactions\/(\d+)\/([^/]+)\/callback$/;
const ROUTE_COMMANDS = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/;

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  /** One guild per recommended shard: guilds[i] is on shard i (guilds[0] is guildId). */
  readonly guilds: string[];
  readonly channelId = snowflake();
  readonly botUser: FakeUser;
  readonly requests: RecordedRequest[] = [];
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, any[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  identifies = 0;
  /** IDENTIFYs by shard id. */
  readonly identifiesByShard = new Map<number, number>();
  resumes = 0;
  rateLimited = 0;
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly sessions = new Map<string, Session>();
  /** The live session of each shard id. */
  private readonly currentByShard = new Map<number, Session>();
  private readonly rules: RateLimitRule[] = [];
  private readonly resolvers = new Map<string, (a: Answer) => void>();
  private server!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private readonly heartbeatIntervalMs: number;
  private readonly roles: FakeRole[];
  private readonly files = new Map<string, { body: Buffer; contentType: string }>();
  private readonly recommendedShards: number;
  private readonly maxConcurrency: number;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId ?? snowflake();
    this.recommendedShards = options.recommendedShards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    const taken = new Set<string>();
    this.guilds = Array.from({ length: this.recommendedShards }, (_, i) => {
      const id = i === 0 && options.guildId ? options.guildId : guildOnShard(i, this.recommendedShards, taken);
      taken.add(id);
      return id;
    });
    this.guildId = this.guilds[0];
    this.botUser = { id: this.applicationId, username: 'storyline-test' };
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 30_000;
    this.roles = options.roles ?? [];
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  /** The REST base to give the bot (DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.server.keepAliveTimeout = 60_000;
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── Faults ────────────────────────────────────────────────────────────────────────────────

  /** Closes the bot's gateway connection with a close code (4000: unknown error, resumable). */
  closeGateway(code = 4000, shard = 0): void {
    this.currentByShard.get(shard)?.socket?.close(code, 'fake discord closed the connection');
  }

  /** The next `count` requests that match get 429 with retry-after. */
  rateLimitNext(match: (method: string, path: string) => boolean, retryAfterSeconds = 0.2, count = 1): void {
    this.rules.push({ match, retryAfterSeconds, remaining: count });
  }

  // ── Sending interactions ──────────────────────────────────────────────────────────────────

  private base(user?: Member, guildId = this.guildId): InteractionBase {
    return {
      applicationId: this.applicationId,
      guildId,
      channelId: user?.channelId ?? this.channelId,
      user: { id: user?.id ?? '300000000000000001', username: user?.username ?? 'reader', permissions: user?.permissions, roles: user?.roles },
    };
  }

  /** A file as if uploaded with a command: pass the result as an option value; the fake serves its bytes. */
  attach(filename: string, body: string | Buffer, contentType = 'text/html; charset=utf-8'): FakeAttachment {
    const id = snowflake();
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    this.files.set(`/attachments/${id}/${filename}`, { body: bytes, contentType });
    return { id, filename, size: bytes.length, url: `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`, contentType };
  }

  private commandId(name: string): string {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return found.id;
    }
    return snowflake();
  }

  slashCommand(name: string, options: FakeOptions = {}, user?: Member, guildId?: string): InteractionRecord {
    return this.dispatchInteraction(this.slashCommandPayload(name, options, user, guildId));
  }

  /** A slash command interaction as Discord would send it, not sent anywhere yet. */
  slashCommandPayload(name: string, options: FakeOptions = {}, user?: Member, guildId?: string): any {
    return chatInputInteraction(this.base(user, guildId), this.commandId(name), name, options);
  }

  /** A button press on a message the bot sent, not sent anywhere yet. */
  buttonPayload(customId: string, messageBody: any, user?: Member): any {
    return buttonInteraction(this.base(user), customId, messageObject(messageBody, this.channelId, this.botUser));
  }

  /** Autocomplete, not sent anywhere yet. */
  autocompletePayload(name: string, focused: string, options: FakeOptions, user?: Member): any {
    return autocompleteInteraction(this.base(user), this.commandId(name), name, focused, options);
  }

  /**
   * Delivers an interaction as Discord does to an Interactions Endpoint URL: a POST signed with
   * `sign` (the application's Ed25519 key). The HTTP response is taken as the first answer, as
   * Discord takes it; later edits and followups come through the webhook routes as usual.
   */
  async deliverOverHttp(endpoint: string, payload: any, sign: (timestamp: string, body: string) => string, options: { forge?: boolean } = {}): Promise<{ status: number; record: InteractionRecord; response: any }> {
    const record = this.track(payload);
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    let signature = sign(timestamp, body);
    if (options.forge) signature = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp }, body });
    const raw = Buffer.from(await res.arrayBuffer());
    const parsed = res.status === 200 ? await this.parseBody(raw, res.headers.get('content-type') ?? '') : { body: raw.toString('utf8'), files: [] };
    if (res.status === 200 && parsed.body?.type !== 1) this.acknowledge(record, parsed.body?.type, parsed.body?.data, parsed.files);
    return { status: res.status, record, response: parsed.body };
  }

  autocomplete(name: string, focused: string, options: FakeOptions, user?: Member): InteractionRecord {
    return this.dispatchInteraction(autocompleteInteraction(this.base(user), this.commandId(name), name, focused, options));
  }

  /** Sends an INTERACTION_CREATE as given, however malformed (fields missing). */
  rawInteraction(payload: any): InteractionRecord {
    return this.dispatchInteraction(payload);
  }

  /** The base fields of an interaction from a user (id, token, guild, channel, member), to build raw ones from. */
  interactionBase(user?: Partial<FakeUser>): ReturnType<FakeDiscord['base']> {
    return this.base(user);
  }

  /** Clicks a button on a message the bot sent (its body as recorded). */
  clickButton(customId: string, messageBody: any, user?: Member): InteractionRecord {
    const message = messageObject(messageBody, this.channelId, this.botUser);
    return this.dispatchInteraction(buttonInteraction(this.base(user), customId, message));
  }

  /** Sends an interaction that Discord already considers expired: every callback gets 10062. */
  expired(name: string, options: Record<string, string> = {}): InteractionRecord {
    const payload = chatInputInteraction(this.base(), this.commandId(name), name, options);
    const record = this.track(payload);
    record.expired = true;
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  private dispatchInteraction(payload: any): InteractionRecord {
    const record = this.track(payload);
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  private track(payload: any): InteractionRecord {
    let resolve!: (a: Answer) => void;
    const answered = new Promise<Answer>((r) => (resolve = r));
    const record: InteractionRecord = { id: payload.id, token: payload.token, payload, callbacks: [], edits: [], followups: [], deletes: 0, answers: [], expired: false, answered };
    this.resolvers.set(payload.id, resolve);
    this.interactions.set(payload.id, record);
    this.byToken.set(payload.token, record);
    return record;
  }

  private finish(record: InteractionRecord, answer: Answer): void {
    record.answers.push(answer);
    this.resolvers.get(record.id)?.(answer);
  }

  /** Resolves with the interaction's final answer, or rejects after `ms`. */
  async answerOf(record: InteractionRecord, ms = 10_000): Promise<Answer> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_r, reject) => (timer = setTimeout(() => reject(new Error(`no answer to interaction ${record.id} (${record.payload.data?.name ?? record.payload.data?.custom_id}) within ${ms} ms`)), ms)));
    try {
      return await Promise.race([record.answered, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  // ── Gateway ───────────────────────────────────────────────────────────────────────────────

  /** Sends an event on the session of the shard its guild belongs to (shard 0 for events without a guild). */
  private dispatch(t: string, d: any): void {
    const sessions = [...this.currentByShard.values()];
    const session = d?.guild_id ? sessions.find((s) => shardOfGuild(d.guild_id, s.shard[1]) === s.shard[0]) : this.currentByShard.get(0);
    if (!session) throw new Error(`no gateway session for this guild's shard: the bot has not identified`);
    this.send(session, t, d);
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const text = JSON.stringify({ op: 0, t, s: session.seq, d });
    session.buffer.push({ s: session.seq, text });
    if (session.buffer.length > 5000) session.buffer.splice(0, session.buffer.length - 5000);
    if (session.socket && session.socket.readyState === session.socket.OPEN) session.socket.send(text);
  }

  private onSocket(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    ws.on('message', (raw) => {
      let message: any;
      try {
        message = JSON.parse(raw.toString());
      } catch {
        ws.close(4002, 'decode error');
        return;
      }
      if (message.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (message.op === 2) this.onIdentify(ws, message.d);
      else if (message.op === 6) this.onResume(ws, message.d);
    });
    ws.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === ws) session.socket = undefined;
    });
  }

  private onIdentify(ws: WebSocket, d: any): void {
    if (d?.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const shard: [number, number] = Array.isArray(d?.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      ws.close(4010, 'Invalid shard.');
      return;
    }
    this.identifies += 1;
    this.identifiesByShard.set(shard[0], (this.identifiesByShard.get(shard[0]) ?? 0) + 1);
    const session: Session = { id: snowflake(), shard, seq: 0, buffer: [], socket: ws };
    this.sessions.set(session.id, session);
    this.currentByShard.set(shard[0], session);
    const guilds = this.guilds.filter((id) => shardOfGuild(id, shard[1]) === shard[0]);
    this.send(session, 'READY', {
      v: 10,
      user: userObject(this.botUser, true),
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
    });
    for (const id of guilds) this.send(session, 'GUILD_CREATE', guildObject(id, this.channelId, this.botUser, this.roles));
  }

  private onResume(ws: WebSocket, d: any): void {
    const session = this.sessions.get(d?.session_id);
    if (!session || d?.token !== this.token) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.resumes += 1;
    session.socket = ws;
    this.currentByShard.set(session.shard[0], session);
    for (const event of session.buffer) if (event.s > (d.seq ?? 0)) ws.send(event.text);
    this.send(session, 'RESUMED', {});
  }

  // ── REST ──────────────────────────────────────────────────────────────────────────────────

  private async readBody(req: IncomingMessage): Promise<{ body: any; files: { name: string; size: number }[] }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return this.parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? '');
  }

  /** A JSON or multipart (payload_json + files) body. */
  private async parseBody(raw: Buffer, type: string): Promise<{ body: any; files: { name: string; size: number }[] }> {
    if (!raw.length) return { body: undefined, files: [] };
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      const files: { name: string; size: number }[] = [];
      let body: any;
      for (const [key, value] of form.entries()) {
        if (key === 'payload_json') body = JSON.parse(String(value));
        else if (typeof value !== 'string') files.push({ name: value.name, size: value.size });
      }
      return { body, files };
    }
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
    const method = req.method ?? 'GET';
    let parsed: { body: any; files: { name: string; size: number }[] };
    try {
      parsed = await this.readBody(req);
    } catch {
      parsed = { body: '<unparseable>', files: [] };
    }
    const record: RecordedRequest = { method, path, query: url.searchParams, authorization: req.headers.authorization, body: parsed.body, files: parsed.files, status: 0 };
    this.requests.push(record);
    const reply = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (data === undefined) {
        res.writeHead(status, headers).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
      }
    };

    const rule = this.rules.find((r) => r.remaining > 0 && r.match(method, path));
    if (rule) {
      rule.remaining -= 1;
      this.rateLimited += 1;
      return reply(429, { message: 'You are being rate limited.', retry_after: rule.retryAfterSeconds, global: false }, { 'retry-after': String(rule.retryAfterSeconds), 'x-ratelimit-scope': 'user' });
    }

    const file = method === 'GET' ? this.files.get(path) : undefined;
    if (file) {
      record.status = 200;
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) }).end(file.body);
      return;
    }
    const callback = ROUTE_CALLBACK.exec(path);
    if (callback && method === 'POST') return this.onCallback(callback[1], callback[2], record, reply);
    const message = ROUTE_MESSAGE.exec(path);
    if (message) return this.onWebhookMessage(method, message[2], message[3], record, reply);
    const followup = ROUTE_FOLLOWUP.exec(path);
    if (followup && method === 'POST') return this.onFollowup(followup[2], record, reply);

    if (req.headers.authorization !== `Bot ${this.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, { url: this.gatewayUrl, shards: this.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: this.maxConcurrency } });
    }
    if (method === 'GET' && path === '/gateway') return reply(200, { url: this.gatewayUrl });
    if (method === 'GET' && (path === '/applications/@me' || path === '/oauth2/applications/@me')) {
      return reply(200, { id: this.applicationId, name: 'storyline-test', description: '', icon: null, bot_public: true, bot_require_code_grant: false, flags: 0 });
    }
    const commands = ROUTE_COMMANDS.exec(path);
    if (commands && commands[1] === this.applicationId) {
      const scope = commands[2] ?? 'global';
      if (method === 'GET') return reply(200, this.commands.get(scope) ?? []);
      if (method === 'PUT') {
        if (!Array.isArray(record.body)) return reply(400, { message: 'Invalid Form Body', code: 50035 });
        const saved = record.body.map((c: any) => ({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake(), ...(commands[2] ? { guild_id: commands[2] } : {}) }));
        this.commands.set(scope, saved);
        return reply(200, saved);
      }
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(id: string, token: string, request: RecordedRequest, reply: (s: number, d?: unknown) => void): void {
    const record = this.interactions.get(id);
    if (!record || record.token !== token || record.expired) return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (record.callbacks.length) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const { type, data } = request.body ?? {};
    this.acknowledge(record, type, data, request.files);
    const ephemeral = ((data?.flags ?? 0) & 64) === 64;
    if (request.query.get('with_response') === 'true') {
      const message = type === 4 || type === 7 ? messageObject(data ?? {}, this.channelId, this.botUser) : undefined;
      return reply(200, { interaction: { id, type: record.payload.type, response_message_id: message?.id, response_message_loading: type === 5, response_message_ephemeral: ephemeral }, resource: { type, ...(message ? { message } : {}) } });
    }
    reply(204);
  }

  /** The first answer to an interaction (a callback, or the HTTP response of an interactions endpoint). */
  private acknowledge(record: InteractionRecord, type: number, data: any, files: { name: string; size: number }[]): void {
    record.callbacks.push({ type, data });
    const ephemeral = ((data?.flags ?? 0) & 64) === 64;
    if (type === 4) this.finish(record, { kind: 'reply', body: data, ephemeral, files });
    else if (type === 7) this.finish(record, { kind: 'update', body: data, ephemeral: false, files });
    else if (type === 8) this.finish(record, { kind: 'autocomplete', body: data, ephemeral: false, files: [] });
  }

  private onWebhookMessage(method: string, token: string, messageId: string, request: RecordedRequest, reply: (s: number, d?: unknown) => void): void {
    const record = this.byToken.get(token);
    if (!record || !record.callbacks.length) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    if (method === 'DELETE') {
      record.deletes += 1;
      return reply(204);
    }
    if (method === 'PATCH') {
      record.edits.push(request.body);
      if (messageId === '@original') this.finish(record, { kind: 'edit', body: request.body, ephemeral: false, files: request.files });
      return reply(200, messageObject(request.body ?? {}, this.channelId, this.botUser));
    }
    if (method === 'GET') return reply(200, messageObject({}, this.channelId, this.botUser));
    reply(405, { message: '405: Method Not Allowed', code: 0 });
  }

  private onFollowup(token: string, request: RecordedRequest, reply: (s: number, d?: unknown) => void): void {
    const record = this.byToken.get(token);
    if (!record || !record.callbacks.length) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    record.followups.push(request.body);
    const ephemeral = ((request.body?.flags ?? 0) & 64) === 64;
    this.finish(record, { kind: 'followup', body: request.body, ephemeral, files: request.files });
    reply(200, messageObject(request.body ?? {}, this.channelId, this.botUser));
  }
}
