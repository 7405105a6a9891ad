import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/*
 * A loopback Discord for end-to-end tests: the REST routes a bot uses and a gateway, both on 127.0.0.1, driven
 * by the real discord.js client. It keeps just enough state to answer the way Discord does: a second callback
 * for one interaction is refused, an edit before the reply exists finds nothing, an over-long message is
 * rejected. A test that passes here should not fail for those reasons against the real API.
 */

/** One REST request the bot made, as the stand-in received it. */
export interface RecordedRequest {
  method: string;
  /** Path after /api, each segment URL-decoded: "/v10/webhooks/1/tok/messages/@original" (sent as %40original). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON; for a multipart request (files attached), its parsed payload_json part. */
  body: any;
  /** The file parts of a multipart request; empty otherwise. */
  files: Array<{ field: string; filename: string; contentType: string; size: number }>;
  /** performance.now() when the whole request had arrived. */
  at: number;
}

/** An interaction to dispatch; sendInteraction fills in everything Discord would and the raw fields win. */
export interface InteractionInput {
  /** InteractionType: 2 application command, 3 message component, 4 autocomplete, 5 modal submit. */
  type: number;
  data?: Record<string, unknown>;
  /** The invoking user (default DEFAULT_USER_ID). */
  userId?: string;
  /** The server it comes from, one of `guildIds` (default the first, `guildId`); it goes to that server's shard. */
  guildId?: string;
  /** From a direct message instead of the guild's text channel: `user` instead of `member`, no guild_id. */
  dm?: boolean;
  /** From a public thread of the guild's text channel, with this id (one the bot opened, or any other). */
  threadId?: string;
  /** The message a component sits on; completed as a message the bot posted in the interaction's channel. */
  message?: Record<string, unknown>;
  /** The invoking member's permissions in the channel, as a bitfield string (default: a plain member's). */
  memberPermissions?: string;
  /** Any other raw payload field (locale, app_permissions, member, ...); overrides the default. */
  [field: string]: unknown;
}

/** What respondWith's handler returns to answer a request itself instead of the stand-in. */
export interface ForcedResponse {
  status: number;
  /** JSON body; default a Discord-style error for 4xx/5xx, nothing for 204, {} otherwise. */
  body?: unknown;
  /** Extra response headers. A 429 without retry-after gets one (see respondWith). */
  headers?: Record<string, string>;
  /** Wait this long before answering, e.g. to let an interaction's 3 s deadline pass. */
  delayMs?: number;
  /** Hold the answer until this settles: the test decides when, having seen what the bot does meanwhile. */
  until?: Promise<unknown>;
}

export interface DiscordStandIn {
  /** REST base, e.g. http://127.0.0.1:PORT/api, for `new Client({ rest: { api } })` and `new REST({ api })`. */
  apiUrl: string;
  applicationId: string;
  /** The bot's user id (the same as the application id, as for most bots). */
  botUserId: string;
  guildId: string;
  /** The guild's one text channel, where interactions come from. */
  channelId: string;
  /** Every server the bot is in, `guildId` first; each has one text channel. */
  guildIds: readonly string[];
  /** Every REST request, in arrival order. One array for the stand-in's life: clearing it (length = 0) is fine. */
  requests: RecordedRequest[];
  /** Resolves once a client has identified and been sent READY and GUILD_CREATE; rejects if the stand-in closes first. */
  waitForReady(): Promise<void>;
  /**
   * Dispatches INTERACTION_CREATE the way Discord routes it: to the live sessions of the shard its server belongs to
   * (see shardOf; a DM goes to shard 0; an unsharded session takes everything). `deliveredTo` says which received it:
   * none while that shard is down. Throws if no session at all is live.
   */
  sendInteraction(input: InteractionInput): {
    id: string;
    token: string;
    sentAt: number;
    deliveredTo: Array<{ session: string; shard: number }>;
  };
  /** Every gateway session that identified, in order, with the shard it asked for and whether it is still connected. */
  gatewaySessions(): Array<{ id: string; shard: [id: number, count: number]; live: boolean }>;
  /**
   * Every matching request so far once there are at least `count` (default 1), recorded or yet to come.
   * Rejects after timeoutMs (default 10 s) or when the stand-in closes.
   */
  waitForRequests(
    predicate: (r: RecordedRequest) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedRequest[]>;
  /** The requests that answered one interaction, in order: its callback POSTs and its webhook POST/PATCH/DELETEs (not GETs). */
  repliesFor(interactionId: string, token: string): RecordedRequest[];
  /**
   * Answers matching requests with the handler's response instead (return undefined to answer normally; pass null to
   * remove the handler). The request is still recorded, and a forced answer changes no state: an interaction whose
   * callback was forced to fail is still unanswered. Beware: discord.js retries a 5xx up to 3 times (so one forced
   * 500 is invisible to the bot), and retries a 429 forever, waiting retry-after each time (default here 0.1 s).
   */
  respondWith(handler: ((req: RecordedRequest) => ForcedResponse | undefined) | null): void;
  /**
   * The INTERACTION_CREATE payload for `input`, remembered like a dispatched one but sent nowhere: for delivering it
   * another way (HTTP interactions: tests/helpers/signedInteractions.ts).
   */
  createInteraction(input: InteractionInput): Record<string, unknown> & { id: string; token: string };
  /** Ends every gateway and HTTP connection and stops listening. Safe to call twice. */
  close(): Promise<void>;
}

/** The user every interaction comes from unless the input names another. */
export const DEFAULT_USER_ID = "100000000000000001";

/** Permissions bitfield granting a bot everything it normally has in a text channel (as a decimal string). */
const TEXT_PERMISSIONS = "2248473465835073";
/** A member who may manage the server (Manage Server, 1 << 5, on top of a plain member's permissions). */
export const MANAGER_PERMISSIONS = String(BigInt(TEXT_PERMISSIONS) | 32n);
const DISCORD_EPOCH = 1_420_070_400_000n;
const FLAG_EPHEMERAL = 1 << 6;
const FLAG_LOADING = 1 << 7;
/** IS_COMPONENTS_V2: the message is laid out in components alone; once set, it stays. */
const FLAG_V2 = 1 << 15;

let lastSnowflake = 0n;
/**
 * Snowflakes carry their creation time, as Discord's do: discord.js derives createdTimestamp from them, and a bot
 * that checks an interaction's age against the 3 s deadline must see a fresh one. They are 19 digits, which also
 * matters: @discordjs/rest only treats 17-19 digit ids as ids when it picks rate-limit queues, and with shorter
 * application ids every interaction's webhook edits would share one queue and run one at a time.
 */
function nextId(): string {
  const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  lastSnowflake = fromClock > lastSnowflake ? fromClock : lastSnowflake + 1n;
  return String(lastSnowflake);
}

type Message = Record<string, unknown> & { id: string; flags: number };

/** What the stand-in remembers about an interaction it dispatched. */
interface InteractionState {
  id: string;
  type: number;
  token: string;
  userId: string;
  inDm: boolean;
  /** The component's message, for components: type 6/7 responses and @original then refer to it. */
  componentMessage: Message | null;
  acknowledged: boolean;
  /** The response message (@original) once the callback created one. */
  original: Message | null;
  followUps: Map<string, Message>;
}

/** One gateway session; a resumed session continues its sequence numbers on the new connection. */
interface Session {
  id: string;
  seq: number;
  ws: WebSocket | null;
  /** [shard id, shard count] from its identify; [0, 1] when it did not shard. */
  shard: [number, number];
}

/** The shard Discord sends a server's events to: the server id's timestamp bits, modulo the shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface StandInOptions {
  /** The first server's id (fresh by default). */
  guildId?: string;
  /** How many servers the bot is in (default 1); ids are spread over time, so over shards, as real ones are. */
  guilds?: number;
  /** The shard count /gateway/bot recommends (default one per 1,000 servers, as Discord does). */
  recommendedShards?: number;
  /** Identifies /gateway/bot allows at once, per 5 s (default 1; large bots get 16 or more). */
  maxConcurrency?: number;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${status}`);
  }
}

const unknownInteraction = () => new RequestError(404, { message: "Unknown interaction", code: 10062 });
const unknownWebhook = () => new RequestError(404, { message: "Unknown Webhook", code: 10015 });
const unknownMessage = () => new RequestError(404, { message: "Unknown Message", code: 10008 });

/** Starts a stand-in on a free 127.0.0.1 port; ids are fresh per stand-in unless `guildId` is given. */
export async function startDiscordStandIn(opts: StandInOptions = {}): Promise<DiscordStandIn> {
  const applicationId = nextId();
  const botUserId = applicationId;
  const guildId = opts.guildId ?? nextId();
  const primaryGuild = guildId;
  const channelId = nextId();
  /** Each server's text channel; the first server's is `channelId`. */
  const channels = new Map<string, string>([[guildId, channelId]]);
  const dayAgo = BigInt(Date.now() - 86_400_000) - DISCORD_EPOCH;
  for (let i = 1; i < (opts.guilds ?? 1); i++) channels.set(String((dayAgo - BigInt(i)) << 22n), nextId());
  const guildIds = [...channels.keys()];
  const recommendedShards = opts.recommendedShards ?? Math.max(1, Math.ceil(guildIds.length / 1000));
  const dmChannelId = nextId();
  const requests: RecordedRequest[] = [];
  const waiters = new Set<{ check: (r: RecordedRequest) => void; fail: (e: Error) => void }>();
  const sockets = new Set<Socket>();
  const sessions = new Map<string, Session>();
  const interactions = new Map<string, InteractionState>();
  const byToken = new Map<string, InteractionState>();
  const commands = new Map<string, unknown[]>();
  /** Threads opened on messages, by id (a thread opened on a message takes the message's id, as on Discord). */
  const threads = new Map<string, Record<string, unknown>>();
  let override: ((req: RecordedRequest) => ForcedResponse | undefined) | null = null;
  let closed = false;

  // A settled-once promise. The no-op catch keeps a rejection nobody waited for from failing the run as
  // "unhandled"; whoever does await waitForReady() still sees it.
  let readyResolve!: () => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => ((readyResolve = resolve), (readyReject = reject)));
  ready.catch(() => undefined);

  const server = createServer((req, res) => void handleRest(req, res));
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const wss = new WebSocketServer({ server, path: "/gateway" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const botUser = {
    id: botUserId,
    username: "storybot",
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
    flags: 0,
  };
  const user = (id: string) => ({
    id,
    username: `user${id.slice(-4)}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: false,
  });

  // ---- Gateway ----------------------------------------------------------------------------------------------

  const frame = (session: Session, t: string, d: unknown) => JSON.stringify({ op: 0, t, s: ++session.seq, d });

  wss.on("connection", (ws, req) => {
    // discord.js asks for zlib-stream only when the optional zlib-sync package is installed. Answering such a
    // client in plain JSON would fail obscurely, so refuse it and say why.
    const query = new URL(req.url ?? "/", base).searchParams;
    if (query.get("encoding") !== "json" || query.has("compress") || query.get("v") !== "10") {
      readyReject(
        new Error(
          `gateway client asked for ${query.toString()}; the stand-in speaks v=10&encoding=json uncompressed only (is zlib-sync installed?)`,
        ),
      );
      ws.close(1003, "stand-in speaks uncompressed JSON only");
      return;
    }
    let session: Session | null = null;
    ws.on("close", () => {
      if (session?.ws === ws) session.ws = null;
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on("message", (raw) => {
      let msg: { op?: number; d?: any };
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        return;
      }
      if (msg.op === 1) {
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      } else if (msg.op === 2) {
        const asked = msg.d?.shard;
        const shard: [number, number] =
          Array.isArray(asked) && Number.isInteger(asked[0]) && Number.isInteger(asked[1]) && asked[0] < asked[1]
            ? [asked[0], asked[1]]
            : [0, 1];
        session = { id: randomBytes(16).toString("hex"), seq: 0, ws, shard };
        sessions.set(session.id, session);
        const mine = guildIds.filter((id) => shardOf(id, shard[1]) === shard[0]);
        ws.send(
          frame(session, "READY", {
            v: 10,
            user: botUser,
            guilds: mine.map((id) => ({ id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: gatewayUrl,
            application: { id: applicationId, flags: 0 },
            shard,
            private_channels: [],
            presences: [],
            relationships: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
            auth: {},
            user_settings: {},
          }),
        );
        // discord.js holds back its ready event until every guild READY listed as unavailable has arrived
        // (or 15 s pass), so the shard's guilds follow at once. Ready counts once the last is on the wire.
        for (const [i, id] of mine.entries())
          ws.send(frame(session, "GUILD_CREATE", guild(id)), i === mine.length - 1 ? () => readyResolve() : undefined);
        if (mine.length === 0) readyResolve();
      } else if (msg.op === 6) {
        // Resume the session on this connection. Missed events are not replayed: the stand-in keeps none.
        const known = sessions.get(String(msg.d?.session_id));
        if (!known) {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        }
        known.ws?.terminate();
        known.ws = ws;
        session = known;
        ws.send(frame(known, "RESUMED", {}));
      }
      // Presence updates (3), member requests (8) and the like need no answer for these tests.
    });
  });

  function guild(guildId: string) {
    const channelId = channels.get(guildId)!;
    return {
      id: guildId,
      name: "Stand-in server",
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: nextId(),
      application_id: null,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      nsfw_level: 0,
      roles: [
        {
          id: guildId,
          name: "@everyone",
          permissions: "1071698660929",
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
          icon: null,
          unicode_emoji: null,
        },
      ],
      emojis: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: "en-US",
      max_members: 500_000,
      max_video_channel_users: 25,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      // The bot's own member, so guild.members.me is there as in a real server.
      members: [
        {
          user: botUser,
          roles: [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
          nick: null,
          avatar: null,
          premium_since: null,
          pending: false,
          communication_disabled_until: null,
        },
      ],
      channels: [
        {
          id: channelId,
          type: 0,
          name: "general",
          position: 0,
          permission_overwrites: [],
          guild_id: guildId,
          nsfw: false,
          topic: null,
          parent_id: null,
          last_message_id: null,
          rate_limit_per_user: 0,
        },
      ],
      threads: [],
      presences: [],
      voice_states: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Sessions with a live, identified connection. */
  const liveSessions = () =>
    [...sessions.values()].filter(
      (s): s is Session & { ws: WebSocket } => s.ws !== null && s.ws.readyState === s.ws.OPEN,
    );

  // ---- Interactions -----------------------------------------------------------------------------------------

  /** A message the bot posted (or an interaction response), completed with what the API always returns. */
  function botMessage(over: Record<string, unknown>, inDm = false): Message {
    return messageObject({
      channel_id: inDm ? dmChannelId : channelId,
      ...(inDm ? {} : { guild_id: guildId }),
      author: botUser,
      ...over,
    }) as Message;
  }

  function interactionPayload(input: InteractionInput) {
    const { userId, type, data, message: msg, dm, threadId, memberPermissions, guildId: inGuild, ...extra } = input;
    // Another server's text channel in place of the first's; threads and the bot's messages stay in the first.
    const guildId = inGuild ?? primaryGuild;
    const channelId = channels.get(guildId);
    if (!channelId) throw new Error(`the stand-in has no server ${guildId}`);
    const who = user(userId ?? DEFAULT_USER_ID);
    const inChannel = threadId ?? channelId;
    const where = dm
      ? {
          channel: { id: dmChannelId, type: 1, recipients: [who], last_message_id: null, flags: 0 },
          channel_id: dmChannelId,
          user: who,
          context: 1,
        }
      : {
          guild_id: guildId,
          guild_locale: "en-US",
          guild: { id: guildId, locale: "en-US", features: [] },
          // discord.js reads the interaction's channel from this object, not from channel_id.
          channel: threadId
            ? { ...threadObject(threadId, "a thread", null), permissions: TEXT_PERMISSIONS }
            : {
                id: channelId,
                type: 0,
                guild_id: guildId,
                name: "general",
                position: 0,
                nsfw: false,
                parent_id: null,
                permissions: TEXT_PERMISSIONS,
                flags: 0,
              },
          channel_id: inChannel,
          member: {
            user: who,
            roles: [],
            permissions: memberPermissions ?? TEXT_PERMISSIONS,
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
            nick: null,
            avatar: null,
            premium_since: null,
            pending: false,
            communication_disabled_until: null,
          },
          context: 0,
        };
    return {
      id: nextId(),
      application_id: applicationId,
      type,
      data: withResolvedMessagesPlaced(data ?? {}, dm ? dmChannelId : inChannel, dm ? undefined : guildId),
      ...where,
      token: `tok-${randomBytes(24).toString("base64url")}`,
      version: 1,
      app_permissions: TEXT_PERMISSIONS,
      locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: dm ? { "1": who.id } : { "0": guildId },
      attachment_size_limit: 10 * 1024 * 1024,
      ...(msg ? { message: botMessage(msg, dm) } : {}),
      ...extra,
    };
  }

  /** A public thread of the guild's text channel, as the API returns it. */
  function threadObject(id: string, name: string, ownerId: string | null): Record<string, unknown> {
    return {
      id,
      type: 11,
      guild_id: guildId,
      parent_id: channelId,
      owner_id: ownerId ?? nextId(),
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
        create_timestamp: new Date().toISOString(),
      },
    };
  }

  /** Opens a thread on a message of the text channel: once per message, as Discord allows. */
  function startThread(r: RecordedRequest, channel: string, messageId: string): [number, unknown] {
    if (channel !== channelId) return [404, { message: "Unknown Channel", code: 10003 }];
    if (threads.has(messageId))
      return [400, { message: "A thread has already been created for this message", code: 160004 }];
    const name = typeof r.body?.name === "string" ? r.body.name : "";
    if (name.length < 1 || [...name].length > 100)
      throw invalidForm([[["name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."]]);
    const thread = threadObject(messageId, name, botUserId);
    threads.set(messageId, thread);
    return [201, thread];
  }

  // ---- REST -------------------------------------------------------------------------------------------------

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let record: RecordedRequest | null = null;
    try {
      const url = new URL(req.url ?? "/", base);
      const raw = await readBody(req);
      const { body, files } = await parseBody(raw, String(req.headers["content-type"] ?? ""));
      record = {
        method: req.method ?? "GET",
        path: url.pathname
          .replace(/^\/api(?=\/|$)/, "")
          .split("/")
          .map(safeDecode)
          .join("/"),
        query: url.searchParams,
        headers: req.headers,
        body,
        files,
        at: performance.now(),
      };
      requests.push(record);
      for (const w of [...waiters]) w.check(record);
      const forced = override?.(record);
      if (forced) {
        if (forced.delayMs) await new Promise((r) => setTimeout(r, forced.delayMs));
        await forced.until;
        return sendForced(res, forced);
      }
      const [status, answer] = route(record);
      send(res, status, answer);
    } catch (e) {
      if (e instanceof RequestError) return send(res, e.status, e.body);
      // A bug here should fail the test loudly, not leave discord.js retrying a hung request.
      send(res, 500, { message: `stand-in error: ${e instanceof Error ? e.message : String(e)}`, code: 0 });
      if (!record) console.error("discord stand-in could not read a request", e);
    }
  }

  function route(r: RecordedRequest): [number, unknown] {
    const p = r.path;
    const m = (re: RegExp) => re.exec(p);
    let g: RegExpExecArray | null;

    if ((g = m(/^\/v10\/interactions\/([^/]+)\/([^/]+)\/callback$/)) && r.method === "POST")
      return callback(r, g[1]!, g[2]!);
    if ((g = m(/^\/v10\/webhooks\/([^/]+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) return webhook(r, g[1]!, g[2]!, g[3]);

    // The rest are bot-token routes: refuse them without one, as Discord does.
    if (!String(r.headers.authorization ?? "").startsWith("Bot "))
      return [401, { message: "401: Unauthorized", code: 0 }];
    if (p === "/v10/gateway/bot" && r.method === "GET") {
      return [
        200,
        {
          url: gatewayUrl,
          shards: recommendedShards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 86_400_000,
            max_concurrency: opts.maxConcurrency ?? 1,
          },
        },
      ];
    }
    if (p === "/v10/gateway" && r.method === "GET") return [200, { url: gatewayUrl }];
    if ((g = m(/^\/v10\/channels\/([^/]+)\/messages\/([^/]+)\/threads$/)) && r.method === "POST")
      return startThread(r, g[1]!, g[2]!);
    if (p === "/v10/users/@me" && r.method === "GET") return [200, botUser];
    if (p === "/v10/applications/@me" && r.method === "GET") {
      return [
        200,
        {
          id: applicationId,
          name: "storybot",
          icon: null,
          description: "",
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: "0".repeat(64),
          flags: 0,
          bot: botUser,
          team: null,
        },
      ];
    }
    if ((g = m(/^\/v10\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands$/))) {
      const [, app, guild] = g;
      if (app !== applicationId || (guild !== undefined && guild !== guildId))
        return [403, { message: "Missing Access", code: 50001 }];
      const key = guild ?? "global";
      if (r.method === "GET") return [200, commands.get(key) ?? []];
      if (r.method === "PUT") {
        const list = (Array.isArray(r.body) ? r.body : []).map((c: Record<string, unknown>) => ({
          id: nextId(),
          application_id: applicationId,
          ...(guild ? { guild_id: guild } : {}),
          version: nextId(),
          type: 1,
          default_member_permissions: null,
          nsfw: false,
          ...c,
        }));
        commands.set(key, list);
        return [200, list];
      }
    }
    return [404, { message: "404: Not Found", code: 0 }];
  }

  function callback(r: RecordedRequest, id: string, token: string): [number, unknown] {
    const it = interactions.get(id);
    if (!it || it.token !== token) throw unknownInteraction();
    if (it.acknowledged)
      throw new RequestError(400, { message: "Interaction has already been acknowledged.", code: 40060 });
    const type = Number(r.body?.type);
    const data = (r.body?.data ?? {}) as Record<string, unknown>;
    if (![1, 4, 5, 6, 7, 8, 9, 10, 12].includes(type))
      throw invalidForm([[["type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}."]]);
    if (type === 9) validateModal(data);
    else validateMessage(type === 8 ? { choices: data.choices } : data, ["data"], it.componentMessage?.flags ?? 0);
    if (type === 4) refuseEmpty(data, r);
    it.acknowledged = true;
    if (type === 4)
      it.original = responseMessage(it, { ...messageFields(data, r, null), flags: numberOr(data.flags, 0) });
    // A deferred reply shows "thinking..." until the first edit: an empty message with the loading flag.
    if (type === 5)
      it.original = responseMessage(it, { flags: FLAG_LOADING | (numberOr(data.flags, 0) & FLAG_EPHEMERAL) });
    // Responses 6 and 7 (components only) edit the message the component is on, which @original then names.
    if ((type === 6 || type === 7) && it.componentMessage) {
      it.original = type === 7 ? edited(it.componentMessage, data, r) : it.componentMessage;
    }
    if (r.query.get("with_response") !== "true") return [204, null];
    const message = type === 4 || type === 5 || type === 7 ? it.original : null;
    return [
      200,
      {
        interaction: {
          id,
          type: it.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: message ? (message.flags & FLAG_EPHEMERAL) !== 0 : false,
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    ];
  }

  function webhook(r: RecordedRequest, app: string, token: string, messageId: string | undefined): [number, unknown] {
    const it = byToken.get(token);
    if (app !== applicationId || !it) throw unknownWebhook();
    if (messageId === undefined) {
      if (r.method !== "POST") return [405, { message: "405: Method Not Allowed", code: 0 }];
      // Follow-ups need the interaction acknowledged first.
      if (!it.acknowledged) throw unknownWebhook();
      const data = (r.body ?? {}) as Record<string, unknown>;
      validateMessage(data, []);
      refuseEmpty(data, r);
      const msg = responseMessage(it, { ...messageFields(data, r, null), flags: numberOr(data.flags, 0) });
      it.followUps.set(msg.id, msg);
      return [200, msg];
    }
    const current =
      messageId === "@original"
        ? it.original
        : (it.followUps.get(messageId) ?? (it.original?.id === messageId ? it.original : null));
    if (!current) throw unknownMessage();
    const forget = () => (current === it.original ? (it.original = null) : it.followUps.delete(current.id));
    switch (r.method) {
      case "GET":
        return [200, current];
      case "DELETE":
        forget();
        return [204, null];
      case "PATCH": {
        const data = (r.body ?? {}) as Record<string, unknown>;
        validateMessage(data, [], current.flags);
        const next = edited(current, data, r);
        // A V2 message shows components alone: content or embeds left over from before the edit are refused too.
        if (next.flags & FLAG_V2) validateMessage({ ...next, flags: next.flags }, []);
        if (current === it.original) it.original = next;
        else it.followUps.set(next.id, next);
        return [200, next];
      }
      default:
        return [405, { message: "405: Method Not Allowed", code: 0 }];
    }
  }

  /** An edit replaces the fields it sends; the first edit of a deferred reply ends its loading state. */
  function edited(current: Message, data: Record<string, unknown>, r: RecordedRequest): Message {
    const ephemeral = current.flags & FLAG_EPHEMERAL;
    const flags =
      (data.flags === undefined
        ? current.flags & ~FLAG_LOADING
        : (numberOr(data.flags, 0) & ~FLAG_EPHEMERAL & ~FLAG_LOADING) | ephemeral) |
      (current.flags & FLAG_V2);
    return { ...current, ...messageFields(data, r, current), flags, edited_timestamp: new Date().toISOString() };
  }

  /**
   * The parts of a message body that end up in the message. New files become attachments with ids and URLs, as
   * uploads do; on an edit, `attachments` lists the existing ones to keep (by id), and the rest go.
   */
  function messageFields(
    data: Record<string, unknown>,
    r: RecordedRequest,
    current: Message | null,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of ["content", "embeds", "components", "tts", "poll"])
      if (data[key] !== undefined) out[key] = data[key];
    if (data.attachments === undefined && r.files.length === 0) return out;
    const listed = Array.isArray(data.attachments) ? (data.attachments as Array<{ id?: unknown }>) : [];
    const keptIds = new Set(listed.map((a) => String(a.id)));
    const previous = Array.isArray(current?.attachments) ? (current.attachments as Array<{ id: string }>) : [];
    const uploaded = r.files.map((f) => {
      const id = nextId();
      const url = `${base}/attachments/${id}/${encodeURIComponent(f.filename)}`;
      return { id, filename: f.filename, size: f.size, content_type: f.contentType, url, proxy_url: url };
    });
    out.attachments = [
      ...(data.attachments === undefined ? previous : previous.filter((a) => keptIds.has(a.id))),
      ...uploaded,
    ];
    return out;
  }

  /** An interaction response or follow-up: posted by the application's webhook, tied to the interaction. */
  function responseMessage(it: InteractionState, fields: Record<string, unknown>): Message {
    return botMessage(
      {
        ...fields,
        webhook_id: applicationId,
        application_id: applicationId,
        interaction_metadata: { id: it.id, type: it.type, user: user(it.userId), authorizing_integration_owners: {} },
      },
      it.inDm,
    );
  }

  /**
   * Builds an interaction's payload and remembers it, so its callback and webhooks are answered as Discord would
   * (for createInteraction; sendInteraction does the same inline).
   */
  function registerInteraction(input: InteractionInput) {
    const payload = interactionPayload(input);
    const state: InteractionState = {
      id: payload.id,
      type: payload.type,
      token: payload.token,
      userId: input.userId ?? DEFAULT_USER_ID,
      inDm: input.dm === true,
      componentMessage: (payload as { message?: Message }).message ?? null,
      acknowledged: false,
      original: null,
      followUps: new Map(),
    };
    interactions.set(state.id, state);
    byToken.set(state.token, state);
    return payload;
  }

  function rejectWaiters(error: Error): void {
    for (const w of [...waiters]) w.fail(error);
  }

  return {
    apiUrl: `${base}/api`,
    applicationId,
    botUserId,
    guildId,
    channelId,
    guildIds,
    requests,
    waitForReady: () => ready,
    sendInteraction(input) {
      if (closed) throw new Error("the Discord stand-in is closed");
      const live = liveSessions();
      // Without a session the interaction would vanish and the test would only time out, far from the cause.
      if (live.length === 0)
        throw new Error(
          "no gateway session has identified yet: await waitForReady() and the client's ready event first",
        );
      const payload = interactionPayload(input);
      // A DM (or a payload a test stripped of its server) goes to shard 0, as Discord sends it.
      const server = (payload as { guild_id?: unknown }).guild_id;
      const routed = (s: Session) =>
        typeof server === "string" ? shardOf(server, s.shard[1]) === s.shard[0] : s.shard[0] === 0;
      const targets = live.filter(routed);
      const componentMessage = (payload as { message?: Message }).message ?? null;
      const state: InteractionState = {
        id: payload.id,
        type: payload.type,
        token: payload.token,
        userId: input.userId ?? DEFAULT_USER_ID,
        inDm: input.dm === true,
        componentMessage,
        acknowledged: false,
        original: null,
        followUps: new Map(),
      };
      interactions.set(state.id, state);
      byToken.set(state.token, state);
      const sentAt = performance.now();
      for (const s of targets) s.ws.send(frame(s, "INTERACTION_CREATE", payload));
      return {
        id: state.id,
        token: state.token,
        sentAt,
        deliveredTo: targets.map((s) => ({ session: s.id, shard: s.shard[0] })),
      };
    },
    gatewaySessions() {
      return [...sessions.values()].map((s) => ({
        id: s.id,
        shard: [...s.shard] as [number, number],
        live: s.ws !== null && s.ws.readyState === s.ws.OPEN,
      }));
    },
    waitForRequests(predicate, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        // Matches so far, then each new request tested once: waiting stays cheap with thousands recorded.
        const found = requests.filter(predicate);
        if (found.length >= count) return resolve(found);
        if (closed) return reject(new Error("the Discord stand-in is closed"));
        const waiter = {
          check(r: RecordedRequest) {
            if (!predicate(r)) return;
            found.push(r);
            if (found.length < count) return;
            done();
            resolve(found);
          },
          fail(e: Error) {
            done();
            reject(e);
          },
        };
        const done = () => {
          waiters.delete(waiter);
          clearTimeout(timer);
        };
        const timer = setTimeout(() => {
          const recent = requests.slice(-5).map((r) => `${r.method} ${r.path}`);
          waiter.fail(
            new Error(
              `waited ${timeoutMs} ms for ${count} matching request(s); saw ${found.length}. Latest requests: ${recent.join(", ") || "none"}`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    repliesFor(interactionId, token) {
      const callbackPath = `/v10/interactions/${interactionId}/${token}/callback`;
      const webhookPath = `/v10/webhooks/${applicationId}/${token}`;
      return requests.filter((r) =>
        r.method === "GET"
          ? false
          : r.path === callbackPath || r.path === webhookPath || r.path.startsWith(`${webhookPath}/`),
      );
    },
    respondWith(handler) {
      override = handler;
    },
    createInteraction(input) {
      if (closed) throw new Error("the Discord stand-in is closed");
      return registerInteraction(input);
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new Error("the Discord stand-in closed");
      readyReject(error);
      rejectWaiters(error);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- Interaction builders ---------------------------------------------------------------------------------

/** A slash command (interaction type 2, command type 1) with its options. */
export function chatInputInteraction(
  name: string,
  options: Array<{ name: string; type: number; value: unknown }> = [],
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  return { type: 2, data: { id: nextId(), name, type: 1, options }, ...extra };
}

/** A button press (interaction type 3) on a message the bot posted; a fresh message id unless one is given. */
export function buttonInteraction(
  customId: string,
  messageId?: string,
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  // Discord only sends presses of buttons the message has: by default the message carries the pressed one.
  const pressed = { type: 1, components: [{ type: 2, style: 2, label: "button", custom_id: customId }] };
  return {
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: { ...(messageId ? { id: messageId } : {}), components: [pressed] },
    ...extra,
  };
}

/** A modal's submission (interaction type 5): each text input's custom id and value, one action row each. */
export function modalSubmitInteraction(
  customId: string,
  values: Record<string, string>,
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  return {
    type: 5,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
    ...extra,
  };
}

/** A message context-menu command (interaction type 2, command type 3) used on someone else's `message`. */
export function messageContextInteraction(
  name: string,
  message: { id: string; content: string; attachments?: unknown[]; embeds?: unknown[] },
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  const target = messageObject({
    ...message,
    author: { id: "200000000000000002", username: "someone", discriminator: "0", global_name: null, avatar: null },
  });
  return {
    type: 2,
    data: { id: nextId(), name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: target } } },
    ...extra,
  };
}

/** An autocomplete request (interaction type 4) while the user types an option; mark that option `focused`. */
export function autocompleteInteraction(
  name: string,
  options: Array<{ name: string; type: number; value: unknown; focused?: boolean }>,
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  return { type: 4, data: { id: nextId(), name, type: 1, options }, ...extra };
}

// ---- Shapes and limits ------------------------------------------------------------------------------------

/** A message as the API returns it; `over` supplies ids, author and content. */
function messageObject(over: Record<string, unknown>) {
  return {
    id: nextId(),
    channel_id: "0",
    content: "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...over,
  };
}

/** Builders cannot know the stand-in's channel, so resolved messages get their channel when sent. */
function withResolvedMessagesPlaced(
  data: Record<string, unknown>,
  channelId: string,
  guildId: string | undefined,
): Record<string, unknown> {
  const messages = (data.resolved as { messages?: Record<string, Record<string, unknown>> } | undefined)?.messages;
  if (!messages) return data;
  const placed = Object.fromEntries(
    Object.entries(messages).map(([id, m]) => [
      id,
      {
        ...m,
        channel_id: m.channel_id === "0" || m.channel_id === undefined ? channelId : m.channel_id,
        ...(guildId ? { guild_id: guildId } : {}),
      },
    ]),
  );
  return { ...data, resolved: { ...(data.resolved as object), messages: placed } };
}

type Problem = [path: string[], code: string, message: string];

/**
 * Discord's size limits for what a bot sends, checked the way the API does: a breach is a 400 "Invalid Form Body"
 * (code 50035) and nothing is posted. Checked here so a test cannot pass with a message Discord would refuse.
 * `prefix` is where the message sits in the request body: ["data"] for an interaction callback.
 */
function validateMessage(data: Record<string, unknown>, prefix: string[], currentFlags = 0): void {
  const problems: Problem[] = [];
  const v2 = ((data.flags === undefined ? currentFlags : numberOr(data.flags, 0)) | (currentFlags & FLAG_V2)) & FLAG_V2;
  const tooMany = (value: unknown, max: number, path: string[]) => {
    if (Array.isArray(value) && value.length > max)
      problems.push([[...prefix, ...path], "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`]);
  };
  const tooLong = (value: unknown, max: number, path: string[]) => {
    if (typeof value === "string" && [...value].length > max)
      problems.push([[...prefix, ...path], "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`]);
  };
  tooMany(data.choices, 25, ["choices"]);
  tooLong(data.content, 2000, ["content"]);
  const embeds = Array.isArray(data.embeds) ? (data.embeds as Array<Record<string, any>>) : [];
  tooMany(embeds, 10, ["embeds"]);
  let total = 0;
  const count = (v: unknown) => (typeof v === "string" ? [...v].length : 0);
  embeds.forEach((e, i) => {
    const at = (...rest: string[]) => ["embeds", String(i), ...rest];
    tooLong(e.title, 256, at("title"));
    tooLong(e.description, 4096, at("description"));
    tooLong(e.footer?.text, 2048, at("footer", "text"));
    tooLong(e.author?.name, 256, at("author", "name"));
    const fields = Array.isArray(e.fields) ? (e.fields as Array<Record<string, unknown>>) : [];
    tooMany(fields, 25, at("fields"));
    fields.forEach((f, j) => {
      tooLong(f.name, 256, at("fields", String(j), "name"));
      tooLong(f.value, 1024, at("fields", String(j), "value"));
      // An embed field's name and value must both be non-empty.
      for (const key of ["name", "value"]) {
        if (!f[key])
          problems.push([[...prefix, ...at("fields", String(j), key)], "BASE_TYPE_REQUIRED", "This field is required"]);
      }
      total += count(f.name) + count(f.value);
    });
    total += count(e.title) + count(e.description) + count(e.footer?.text) + count(e.author?.name);
  });
  // The 6000-character budget covers all embeds of one message together.
  if (total > 6000)
    problems.push([[...prefix, "embeds"], "MESSAGE_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"]);
  const rows = Array.isArray(data.components) ? (data.components as Array<Record<string, any>>) : [];
  if (v2) problems.push(...v2Problems(data, prefix));
  else {
    tooMany(rows, 5, ["components"]);
    rows.forEach((row, i) => {
      if (row.type !== 1)
        problems.push([[...prefix, "components", String(i)], "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "Not an action row."]);
    });
  }
  const checkRow = (row: Record<string, any>, path: string[]) => {
    tooMany(row.components, 5, [...path, "components"]);
    const parts = Array.isArray(row.components) ? (row.components as Array<Record<string, unknown>>) : [];
    parts.forEach((c, j) => checkButton(c, [...path, "components", String(j)]));
  };
  const checkButton = (c: Record<string, unknown>, path: string[]) => {
    tooLong(c.label, 80, [...path, "label"]);
    tooLong(c.custom_id, 100, [...path, "custom_id"]);
    // A link button (style 5) has an address and no id; every other button has an id and no address.
    if (c.type === 2 && (c.style === 5) !== (typeof c.url === "string" && c.custom_id === undefined))
      problems.push([[...prefix, ...path], "BUTTON_COMPONENT_INVALID", "Invalid button."]);
  };
  const walk = (c: Record<string, any>, path: string[]) => {
    if (c.type === 1) checkRow(c, path);
    if (c.type === 2) checkButton(c, path);
    if (c.accessory) walk(c.accessory, [...path, "accessory"]);
    if (c.type !== 1 && Array.isArray(c.components))
      c.components.forEach((child: Record<string, any>, j: number) => walk(child, [...path, "components", String(j)]));
  };
  rows.forEach((row, i) => walk(row, ["components", String(i)]));
  if (problems.length > 0) throw invalidForm(problems);
}

/** What may stand where in a V2 message: the types a container, a section and the top level may hold. */
const V2_TOP = new Set([1, 9, 10, 12, 13, 14, 17]);
const V2_IN_CONTAINER = new Set([1, 9, 10, 12, 13, 14]);

/**
 * A Components V2 message (flag 1 << 15), checked as Discord does: no content, embeds, poll or stickers beside its
 * components; at most 40 components in all, nested ones and section accessories counted; at most 4,000 characters
 * in its text displays together; each component where its type may stand, a section holding one to three text
 * displays and a button or thumbnail beside them.
 */
function v2Problems(data: Record<string, any>, prefix: string[]): Problem[] {
  const problems: Problem[] = [];
  const legacy = ["content", "embeds", "poll", "sticker_ids"].filter((k) =>
    Array.isArray(data[k]) ? data[k].length > 0 : typeof data[k] === "string" ? data[k].length > 0 : data[k] != null,
  );
  if (legacy.length > 0)
    problems.push([
      [...prefix, legacy[0]!],
      "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
      "The 'content', 'embeds', 'sticker_ids' and 'poll' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
    ]);
  let count = 0;
  let text = 0;
  const walk = (c: Record<string, any>, path: string[], allowed: ReadonlySet<number>) => {
    count++;
    if (!allowed.has(c.type))
      problems.push([
        [...prefix, ...path, "type"],
        "COMPONENT_TYPE_INVALID",
        `Component type ${c.type} not allowed here.`,
      ]);
    if (c.type === 10) {
      const length = typeof c.content === "string" ? [...c.content].length : 0;
      if (length === 0)
        problems.push([[...prefix, ...path, "content"], "BASE_TYPE_REQUIRED", "This field is required"]);
      text += length;
    }
    const children = Array.isArray(c.components) ? (c.components as Array<Record<string, any>>) : [];
    if (c.type === 9) {
      if (children.length < 1 || children.length > 3)
        problems.push([
          [...prefix, ...path, "components"],
          "BASE_TYPE_BAD_LENGTH",
          "Must be between 1 and 3 in length.",
        ]);
      if (!c.accessory)
        problems.push([[...prefix, ...path, "accessory"], "BASE_TYPE_REQUIRED", "This field is required"]);
      else walk(c.accessory, [...path, "accessory"], new Set([2, 11]));
    }
    const inside =
      c.type === 17
        ? V2_IN_CONTAINER
        : c.type === 9
          ? new Set([10])
          : c.type === 1
            ? new Set([2, 3, 5, 6, 7, 8])
            : new Set<number>();
    children.forEach((child, j) => walk(child, [...path, "components", String(j)], inside));
  };
  const top = Array.isArray(data.components) ? (data.components as Array<Record<string, any>>) : [];
  top.forEach((c, i) => walk(c, ["components", String(i)], V2_TOP));
  if (count > 40)
    problems.push([
      [...prefix, "components"],
      "COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED",
      "Must be 40 or fewer in total.",
    ]);
  if (text > 4000)
    problems.push([
      [...prefix, "components"],
      "MESSAGE_MAX_TEXT_DISPLAY_LENGTH_EXCEEDED",
      "Text displays must be 4000 or fewer characters in total.",
    ]);
  return problems;
}

/** A modal (response type 9): Discord's limits on its title, id and inputs. */
function validateModal(data: Record<string, any>): void {
  const problems: Problem[] = [];
  if (typeof data.title !== "string" || [...data.title].length > 45 || data.title.length === 0)
    problems.push([["data", "title"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."]);
  if (typeof data.custom_id !== "string" || data.custom_id.length > 100 || data.custom_id.length === 0)
    problems.push([["data", "custom_id"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."]);
  const rows = Array.isArray(data.components) ? data.components : [];
  if (rows.length < 1 || rows.length > 5)
    problems.push([["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."]);
  for (const [i, row] of rows.entries()) {
    const input = row?.type === 1 ? row.components?.[0] : row?.type === 18 ? row.component : null;
    if (input?.type !== 4 || (input.max_length ?? 4000) > 4000 || (input.label ?? row.label ?? "").length > 45)
      problems.push([["data", "components", String(i)], "COMPONENT_INVALID", "Invalid text input."]);
  }
  if (problems.length > 0) throw invalidForm(problems);
}

/** A new message needs something to show; an edit may send only the fields it changes. */
function refuseEmpty(data: Record<string, unknown>, r: RecordedRequest): void {
  const some = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === "string" ? v.length > 0 : v != null);
  if (
    some(data.content) ||
    some(data.embeds) ||
    some(data.components) ||
    some(data.poll) ||
    some(data.sticker_ids) ||
    r.files.length > 0
  )
    return;
  throw new RequestError(400, { message: "Cannot send an empty message", code: 50006 });
}

function invalidForm(problems: Problem[]): RequestError {
  // Discord nests errors by field path: { data: { embeds: { 0: { title: { _errors: [...] } } } } }.
  const errors: Record<string, any> = {};
  for (const [path, code, message] of problems) {
    let node = errors;
    for (const key of path) node = node[key] ??= {};
    (node._errors ??= []).push({ code, message });
  }
  return new RequestError(400, { message: "Invalid Form Body", code: 50035, errors });
}

// ---- HTTP plumbing ----------------------------------------------------------------------------------------

const numberOr = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    res.writeHead(204).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function sendForced(res: ServerResponse, forced: ForcedResponse): void {
  const headers: Record<string, string> = { "content-type": "application/json", ...forced.headers };
  let body = forced.body;
  if (forced.status === 429) {
    // @discordjs/rest retries a 429 after retry-after and, with none, at once and forever: always send one.
    const retryAfter = Number((body as { retry_after?: unknown } | undefined)?.retry_after ?? 0.1);
    headers["retry-after"] ??= String(retryAfter);
    body ??= { message: "You are being rate limited.", retry_after: retryAfter, global: false, code: 0 };
  }
  if (forced.status === 204) {
    res.writeHead(204, forced.headers).end();
    return;
  }
  body ??= forced.status >= 400 ? { message: `${forced.status}: stand-in forced error`, code: 0 } : {};
  res.writeHead(forced.status, headers);
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, or for multipart (what discord.js sends when files are attached) the payload_json part and the files. */
async function parseBody(raw: Buffer, contentType: string): Promise<{ body: any; files: RecordedRequest["files"] }> {
  const files: RecordedRequest["files"] = [];
  if (raw.length === 0) return { body: null, files };
  if (contentType.startsWith("multipart/")) {
    // The fetch Response parses multipart for us, boundary and binary parts included.
    const form = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } })
      .formData()
      .catch(() => null);
    if (!form) return { body: null, files };
    let body: any = null;
    for (const [field, value] of form) {
      if (typeof value === "string") {
        if (field === "payload_json") body = parseJson(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString("utf8")), files };
}

function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
