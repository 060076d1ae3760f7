import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST, type RawFile } from '@discordjs/rest';
import { ApplicationCommandOptionType, InteractionResponseType, InteractionType, Routes } from 'discord.js';
import type { AnswerCache } from '../../cache/answerCache.ts';
import { UserInputError, type Command } from '../../commands/command.ts';
import type { Logger } from '../../log.ts';
import type { DiscordMessage } from '../../render/discord/message.ts';
import type { SharedState } from '../../state/sharedState.ts';
import type { StoryDesk } from '../../stories/desk.ts';
import type { Story } from '../../story/story.ts';
import { answerAutocomplete, type AnswerContext } from './answers.ts';
import { DEFAULT_DEFER_AFTER_MS } from './bot.ts';
import { Cooldown } from './cooldown.ts';
import { answerButton, answerCommand, callerOf, inputOf, logFailure, type CallerInput, type Clickable, type InteractionContext, type OptionInput } from './interactions.ts';
import { isSignedByDiscord, publicKeyFromHex } from './signature.ts';

/**
 * Discord's other way of delivering interactions: an HTTP endpoint (the "Interactions Endpoint URL"
 * on the Developer Portal) instead of the gateway. Every request's Ed25519 signature is checked;
 * PING is answered PONG; commands, buttons and autocomplete go through the same answering code as
 * the gateway bot. The first answer is the HTTP response; deferred answers are completed through
 * the interaction's webhook, which needs no bot token. Nothing is kept between requests except the
 * shared state (cooldowns), so several processes behind a load balancer answer interchangeably.
 */
export interface InteractionsServerOptions {
  port: number;
  host?: string;
  /** The application's public key (64 hex characters). */
  publicKey: string;
  commands: ReadonlyMap<string, Command>;
  /** The story for a request, or undefined while it is loading (see AnswerContext.getStory). */
  getStory: AnswerContext['getStory'];
  /** The bot's stories (for /story and the `story:` option); absent when one fixed story is served. */
  stories?: StoryDesk;
  /** Members with this role id may change stories, besides those with Manage Server. */
  storyAdminRole?: string;
  cache: AnswerCache;
  logger: Logger;
  state?: SharedState;
  cooldownSeconds: number;
  /** REST base for the webhook routes (DISCORD_API_BASE); default Discord's. */
  apiBase?: string;
  deferAfterMs?: number;
  /** How long stop() waits for answers in flight; default 5 s. */
  drainMs?: number;
  /** At most one "bad signature" log line per this interval; default a minute. */
  refusalLogIntervalMs?: number;
}

export interface InteractionsServer {
  port: number;
  server: Server;
  /** Stops taking requests (health turns 503), lets answers in flight finish (bounded), closes. */
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** A DiscordMessage (discord.js option shape) as the JSON body and files Discord's API takes. */
export function apiMessage(message: DiscordMessage): { body: Record<string, unknown>; files: RawFile[] } {
  const body: Record<string, unknown> = {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [...message.allowedMentions.parse], replied_user: message.allowedMentions.repliedUser },
  };
  if (message.content !== undefined) body.content = message.content;
  if (message.flags !== undefined) body.flags = message.flags;
  const files = (message.files ?? []).map((file, i) => ({ key: `files[${i}]`, name: file.name, data: file.attachment, contentType: 'image/png' }));
  if (files.length) body.attachments = (message.files ?? []).map((file, i) => ({ id: i, filename: file.name, description: file.description }));
  else if (message.attachments) body.attachments = [];
  return { body, files };
}

/** An HTTP response body: JSON, or multipart (payload_json + files) when the message carries a picture. */
async function responseBody(payload: Record<string, unknown>, files: RawFile[]): Promise<{ type: string; bytes: Buffer }> {
  if (!files.length) return { type: 'application/json', bytes: Buffer.from(JSON.stringify(payload)) };
  const form = new FormData();
  form.append('payload_json', JSON.stringify(payload));
  for (const file of files) form.append(file.key!, new Blob([new Uint8Array(file.data as Buffer)], { type: file.contentType }), file.name);
  const encoded = new Response(form);
  return { type: encoded.headers.get('content-type')!, bytes: Buffer.from(await encoded.arrayBuffer()) };
}

class AlreadyRepliedError extends Error {
  readonly code = 'InteractionAlreadyReplied';
}

/** One interaction received over HTTP, answering through the same calls a discord.js interaction has. */
class HttpInteraction implements Clickable {
  readonly user: { id: string };
  readonly customId: string;
  readonly message: Clickable['message'];
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly memberPermissions: CallerInput['memberPermissions'];
  readonly member: { roles: string[] } | null;
  /** The command's options, shaped as discord.js gives them (attachments resolved). */
  readonly options: { data: OptionInput[] };
  responded = false;

  constructor(
    private readonly payload: any,
    private readonly rest: REST,
    private readonly respond: (body: Record<string, unknown>, files: RawFile[]) => Promise<void>,
  ) {
    this.user = { id: String(payload.member?.user?.id ?? payload.user?.id ?? '') };
    this.customId = String(payload.data?.custom_id ?? '');
    this.message = payload.message ?? null;
    this.guildId = payload.guild_id ? String(payload.guild_id) : null;
    const channel = payload.channel_id ?? payload.channel?.id;
    this.channelId = channel ? String(channel) : null;
    this.memberPermissions = permissionsOf(payload.member?.permissions);
    this.member = payload.member ? { roles: Array.isArray(payload.member.roles) ? payload.member.roles.map(String) : [] } : null;
    this.options = { data: optionData(payload.data?.options, payload.data?.resolved?.attachments) };
  }

  private async initial(type: InteractionResponseType, options?: unknown): Promise<void> {
    if (this.responded) throw new AlreadyRepliedError('the interaction was already answered');
    this.responded = true;
    if (!options) return this.respond({ type }, []);
    const { body, files } = apiMessage(options as DiscordMessage);
    return this.respond({ type, data: body }, files);
  }

  /** Autocomplete suggestions, as the HTTP response. */
  async choices(choices: unknown[]): Promise<void> {
    if (this.responded) throw new AlreadyRepliedError('the interaction was already answered');
    this.responded = true;
    return this.respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }, []);
  }

  private webhook(messageId?: string): `/${string}` {
    return Routes.webhook(this.payload.application_id, this.payload.token) + (messageId ? `/messages/${messageId}` : '') as `/${string}`;
  }

  reply(options: unknown) {
    return this.initial(InteractionResponseType.ChannelMessageWithSource, options);
  }
  deferReply() {
    return this.initial(InteractionResponseType.DeferredChannelMessageWithSource);
  }
  update(options: unknown) {
    return this.initial(InteractionResponseType.UpdateMessage, options);
  }
  async editReply(options: unknown) {
    const { body, files } = apiMessage(options as DiscordMessage);
    return this.rest.patch(this.webhook('@original'), { body, files, auth: false });
  }
  async deleteReply() {
    return this.rest.delete(this.webhook('@original'), { auth: false });
  }
  async followUp(options: unknown) {
    const { body, files } = apiMessage(options as DiscordMessage);
    return this.rest.post(this.webhook(), { body, files, auth: false });
  }
}

/** A member's permissions as the payload gives them (a decimal bit field); null outside a server. */
function permissionsOf(bits: unknown): CallerInput['memberPermissions'] {
  if (typeof bits !== 'string' || !/^\d{1,30}$/.test(bits)) return null;
  const held = BigInt(bits);
  return { has: (permission: bigint) => (held & permission) === permission };
}

/** A payload's options as discord.js shapes them: an attachment option carries the file its id resolves to. */
function optionData(list: unknown, attachments: Record<string, any> = {}): OptionInput[] {
  if (!Array.isArray(list)) return [];
  return list.map((o: any) => {
    const file = o.type === ApplicationCommandOptionType.Attachment ? attachments[String(o.value)] : undefined;
    return {
      name: String(o.name),
      type: Number(o.type),
      ...(o.value !== undefined ? { value: o.value } : {}),
      ...(o.focused ? { focused: true } : {}),
      ...(Array.isArray(o.options) ? { options: optionData(o.options, attachments) } : {}),
      ...(file ? { attachment: { url: String(file.url), name: String(file.filename), size: Number(file.size) || 0, contentType: file.content_type ?? null } } : {}),
    };
  });
}

/** The option being typed in (autocomplete), inside a subcommand too. */
function focusedOf(list: readonly (OptionInput & { focused?: boolean })[]): OptionInput | undefined {
  for (const option of list) {
    if (option.focused) return option;
    const inner = option.options && focusedOf(option.options);
    if (inner) return inner;
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startInteractionsServer(options: InteractionsServerOptions): Promise<InteractionsServer> {
  const { logger } = options;
  const key = publicKeyFromHex(options.publicKey);
  const rest = new REST({ version: '10', ...(options.apiBase ? { api: options.apiBase } : {}) });
  rest.on('rateLimited', (info) => logger.warn('rate limited by Discord; waiting', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));
  const ctx: InteractionContext = {
    commands: options.commands,
    getStory: options.getStory,
    ...(options.stories ? { stories: options.stories } : {}),
    storyAdminRole: options.storyAdminRole,
    cache: options.cache,
    logger,
    cooldown: new Cooldown(options.cooldownSeconds, options.state),
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };
  const refusalLogIntervalMs = options.refusalLogIntervalMs ?? 60_000;
  let refused = 0;
  let lastRefusalLog = -Infinity;
  const noteRefusal = (req: IncomingMessage) => {
    refused += 1;
    const now = Date.now();
    if (now - lastRefusalLog < refusalLogIntervalMs) return;
    lastRefusalLog = now;
    logger.warn('refused a request with a bad or missing signature (logged at most once a minute)', { refusedSoFar: refused, from: req.socket.remoteAddress });
  };
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const send = (res: ServerResponse, status: number, type: string, bytes: Buffer | string) => {
    if (!res.headersSent) res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(bytes) }).end(bytes);
  };
  const sendJson = (res: ServerResponse, status: number, data: unknown) => send(res, status, 'application/json', JSON.stringify(data));

  const onInteraction = (payload: any, res: ServerResponse): Promise<void> => {
    const context = { interaction: payload.id, user: payload.member?.user?.id ?? payload.user?.id, guild: payload.guild_id };
    let responded!: () => void;
    const initialSent = new Promise<void>((resolve) => (responded = resolve));
    const interaction = new HttpInteraction(payload, rest, async (body, files) => {
      const encoded = await responseBody(body, files);
      send(res, 200, encoded.type, encoded.bytes);
      responded();
    });
    const data = payload.data ?? {};
    let work: Promise<unknown>;
    if (payload.type === InteractionType.ApplicationCommand) {
      const { options, attachments } = inputOf(interaction);
      work = answerCommand(interaction, ctx, String(data.name), options, context, attachments);
    } else if (payload.type === InteractionType.MessageComponent) {
      work = answerButton(interaction, ctx, context);
    } else if (payload.type === InteractionType.ApplicationCommandAutocomplete) {
      const focused = focusedOf(interaction.options.data);
      const caller = callerOf(interaction, ctx.storyAdminRole);
      work = answerAutocomplete(ctx, { commandName: String(data.name), option: focused?.name ?? '', typed: String(focused?.value ?? ''), options: inputOf(interaction).options, place: caller, context: { caller } }).then((choices) => interaction.choices(choices));
    } else {
      sendJson(res, 400, { error: `interaction type ${payload.type} is not handled` });
      return Promise.resolve();
    }
    const done = work.then(
      () => undefined,
      (err: unknown) => logFailure(ctx, err, context),
    ).finally(() => {
      // Nothing was sent (a failure before the first answer): Discord shows "interaction failed".
      if (!interaction.responded) sendJson(res, 500, { error: 'could not answer' });
    });
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
    return Promise.race([initialSent, done]);
  };

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') {
      // The default story answers, or says why it cannot (e.g. it has no articles yet): either way, up.
      let story: Story | undefined;
      let answers = false;
      try {
        story = options.getStory();
        answers = !!story;
      } catch (err) {
        answers = err instanceof UserInputError;
      }
      const ok = !stopping && answers;
      return sendJson(res, ok ? 200 : 503, { status: stopping ? 'stopping' : answers ? 'ok' : 'loading', story: story?.name });
    }
    if (req.method !== 'POST' || (path !== '/' && path !== '/interactions')) return sendJson(res, 404, { error: 'POST / (interactions) or GET /health' });
    const body = await readBody(req);
    if (!body) return sendJson(res, 413, { error: 'body too large' });
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (!isSignedByDiscord(key, typeof signature === 'string' ? signature : undefined, typeof timestamp === 'string' ? timestamp : undefined, body)) {
      noteRefusal(req);
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    let payload: any;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    if (payload?.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
    if (stopping) return sendJson(res, 503, { error: 'stopping' });
    await onInteraction(payload, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info('interactions endpoint listening', { port, host: options.host ?? '0.0.0.0' });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      logger.info('interactions endpoint stopping', { inFlight: inFlight.size });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise<void>((resolve) => (timer = setTimeout(resolve, options.drainMs ?? 5000)))]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
      logger.info('interactions endpoint stopped');
    })());
  return { port, server, stop };
}
