import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** One REST request the bot made, as the stand-in received it. */
export interface RecordedRequest {
  method: string;
  /** Path after /api, with %40original decoded: "/v10/interactions/123/tok/callback". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  /** performance.now() when it arrived. */
  at: number;
}

/** An interaction payload; sendInteraction fills in ids, token, user and the rest. */
export type InteractionInput = { type: number; data?: Record<string, unknown>; userId?: string; message?: Record<string, unknown> } & Record<string, unknown>;

export interface DiscordStandIn {
  /** REST base for `new Client({ rest: { api } })` and `new REST({ api })`. */
  apiUrl: string;
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  requests: RecordedRequest[];
  /** Resolves once a client has identified and been sent READY and GUILD_CREATE. */
  waitForReady(): Promise<void>;
  sendInteraction(input: InteractionInput): { id: string; token: string; sentAt: number };
  waitForRequests(predicate: (r: RecordedRequest) => boolean, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** The callback and webhook requests that answered one interaction. */
  repliesFor(interactionId: string, token: string): RecordedRequest[];
  /** Overrides the answer to matching requests (return undefined to answer normally). */
  respondWith(handler: (req: RecordedRequest) => { status: number; body?: unknown } | undefined): void;
  close(): Promise<void>;
}

let snowflake = 1_300_000_000_000_000_000n;
const nextId = () => String(++snowflake);

/**
 * A loopback Discord for end-to-end tests: the REST API routes a bot uses and a gateway that speaks plain JSON
 * (zlib-sync is not installed, so discord.js asks for no compression). Listens on 127.0.0.1 only.
 */
export async function startDiscordStandIn(opts: { guildId?: string } = {}): Promise<DiscordStandIn> {
  const applicationId = nextId();
  const botUserId = applicationId;
  const guildId = opts.guildId ?? nextId();
  const channelId = nextId();
  const requests: RecordedRequest[] = [];
  const waiters = new Set<(r: RecordedRequest) => void>();
  const sockets = new Set<Socket>();
  const clients = new Set<WebSocket>();
  let override: (req: RecordedRequest) => { status: number; body?: unknown } | undefined = () => undefined;
  let seq = 0;
  let readyResolve: () => void = () => {};
  let ready = new Promise<void>((r) => (readyResolve = r));

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

  const user = (id: string) => ({ id, username: `user${id.slice(-4)}`, discriminator: "0", global_name: null, avatar: null, bot: false });
  const botUser = { id: botUserId, username: "storybot", discriminator: "0", global_name: null, avatar: null, bot: true, flags: 0 };

  const message = (over: Record<string, unknown> = {}) => messageObject({ channel_id: channelId, guild_id: guildId, author: botUser, ...over });

  function dispatch(t: string, d: unknown): void {
    const payload = JSON.stringify({ op: 0, t, s: ++seq, d });
    for (const ws of clients) ws.send(payload);
  }

  wss.on("connection", (ws) => {
    clients.add(ws);
    ws.on("close", () => clients.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on("message", (raw) => {
      let msg: { op: number; d?: unknown };
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        return;
      }
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        ws.send(
          JSON.stringify({
            op: 0,
            t: "READY",
            s: ++seq,
            d: {
              v: 10,
              user: botUser,
              guilds: [{ id: guildId, unavailable: true }],
              session_id: "stand-in-session",
              resume_gateway_url: gatewayUrl,
              application: { id: applicationId, flags: 0 },
              shard: [0, 1],
            },
          }),
        );
        ws.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++seq, d: guild() }));
        readyResolve();
      }
      if (msg.op === 6) ws.send(JSON.stringify({ op: 0, t: "RESUMED", s: ++seq, d: {} }));
    });
  });

  function guild() {
    return {
      id: guildId,
      name: "Stand-in server",
      icon: null,
      owner_id: nextId(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: guildId, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      premium_tier: 0,
      preferred_locale: "en-US",
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      channels: [{ id: channelId, type: 0, name: "general", position: 0, permission_overwrites: [], guild_id: guildId, nsfw: false, topic: null }],
      threads: [],
      presences: [],
      voice_states: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname.replace(/^\/api/, "")),
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(raw, String(req.headers["content-type"] ?? "")),
      at: performance.now(),
    };
    requests.push(record);
    for (const w of [...waiters]) w(record);
    const forced = override(record);
    if (forced) return send(res, forced.status, forced.body ?? {});
    const p = record.path;
    let m: RegExpExecArray | null;
    if (p === "/v10/gateway/bot") {
      return send(res, 200, { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (p === "/v10/users/@me") return send(res, 200, botUser);
    if (p === "/v10/applications/@me") return send(res, 200, { id: applicationId, name: "storybot", flags: 0, bot: botUser });
    if ((m = /^\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && record.method === "POST") {
      if (record.query.get("with_response") === "true") {
        return send(res, 200, { interaction: { id: m[1], type: 2 }, resource: { type: record.body?.type, message: message(record.body?.data ?? {}) } });
      }
      return send(res, 204, null);
    }
    if (/^\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.test(p)) {
      if (record.method === "DELETE") return send(res, 204, null);
      return send(res, 200, message(record.method === "PATCH" ? record.body : {}));
    }
    if (/^\/v10\/webhooks\/\d+\/[^/]+$/.test(p) && record.method === "POST") return send(res, 200, message(record.body));
    if ((m = /^\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p)) && record.method === "PUT") {
      const body = Array.isArray(record.body) ? record.body : [];
      return send(res, 200, body.map((c: Record<string, unknown>) => ({ ...c, id: nextId(), application_id: m![1], ...(m![2] ? { guild_id: m![2] } : {}), version: nextId() })));
    }
    send(res, 404, { message: "404: Not Found", code: 0 });
  }

  function interactionPayload(input: InteractionInput) {
    const { userId, type, data, message: msg, ...extra } = input;
    const who = user(userId ?? "100000000000000001");
    return {
      id: nextId(),
      application_id: applicationId,
      type,
      data: data ?? {},
      guild_id: guildId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: "general" },
      channel_id: channelId,
      member: { user: who, roles: [], permissions: "2248473465835073", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false, communication_disabled_until: null },
      token: `tok-${nextId()}`,
      version: 1,
      app_permissions: "2248473465835073",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      ...(msg ? { message: message(msg) } : {}),
      ...extra,
    };
  }

  return {
    apiUrl: `${base}/api`,
    applicationId,
    botUserId,
    guildId,
    channelId,
    requests,
    waitForReady: () => ready,
    sendInteraction(input) {
      const payload = interactionPayload(input);
      const sentAt = performance.now();
      dispatch("INTERACTION_CREATE", payload);
      return { id: payload.id, token: payload.token, sentAt };
    },
    waitForRequests(predicate, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        // Matches so far, then each new request tested once: waiting stays cheap with thousands recorded.
        const found = requests.filter(predicate);
        if (found.length >= count) return resolve(found);
        const check = (r: RecordedRequest) => {
          if (!predicate(r)) return;
          found.push(r);
          if (found.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`waited ${timeoutMs} ms for ${count} matching request(s); saw ${found.length}`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    repliesFor(interactionId, token) {
      return requests.filter((r) => r.path === `/v10/interactions/${interactionId}/${token}/callback` || r.path.startsWith(`/v10/webhooks/${applicationId}/${token}`));
    },
    respondWith(handler) {
      override = handler;
    },
    async close() {
      for (const ws of clients) ws.terminate();
      wss.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      ready = Promise.resolve();
    },
  };
}

/** A slash command (type 2, command type 1) with its options. */
export function chatInputInteraction(name: string, options: Array<{ name: string; type: number; value: unknown }> = [], extra: Record<string, unknown> = {}): InteractionInput {
  return { type: 2, data: { id: nextId(), name, type: 1, options }, ...extra };
}

/** A button press (type 3) on a message the bot posted. */
export function buttonInteraction(customId: string, messageId?: string, extra: Record<string, unknown> = {}): InteractionInput {
  return { type: 3, data: { custom_id: customId, component_type: 2 }, message: messageId ? { id: messageId } : {}, ...extra };
}

/** A message context-menu command (type 2, command type 3) used on `message`. */
export function messageContextInteraction(
  name: string,
  message: { id: string; content: string; attachments?: unknown[]; embeds?: unknown[] },
  extra: Record<string, unknown> = {},
): InteractionInput {
  const target = messageObject({
    ...message,
    author: { id: "200000000000000002", username: "someone", discriminator: "0", global_name: null, avatar: null },
  });
  return { type: 2, data: { id: nextId(), name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: target } } }, ...extra };
}

/** An autocomplete request (type 4) while the user types an option. */
export function autocompleteInteraction(name: string, options: Array<{ name: string; type: number; value: unknown; focused?: boolean }>, extra: Record<string, unknown> = {}): InteractionInput {
  return { type: 4, data: { id: nextId(), name, type: 1, options }, ...extra };
}

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

function send(res: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    res.writeHead(204).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** JSON, or the payload_json part of a multipart body (what discord.js sends alongside files). */
function parseBody(raw: string, contentType: string): any {
  if (!raw) return null;
  if (contentType.startsWith("multipart/")) {
    const m = /name="payload_json"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n--/.exec(raw);
    try {
      return m ? JSON.parse(m[1]!) : null;
    } catch {
      return null;
    }
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
