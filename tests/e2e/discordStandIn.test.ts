import { once } from "node:events";
import {
  AttachmentBuilder,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  REST,
  Routes,
} from "discord.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  DEFAULT_USER_ID,
  type DiscordStandIn,
  messageContextInteraction,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";

/*
 * The stand-in driven by a bare discord.js client (no project code), so a failure here is the stand-in's own.
 * Each test gives the client its interaction handler; errors the handler throws are collected and fail the test.
 */

const TOKEN = "test-token";
const STRING = 3;

let standIn: DiscordStandIn;
let client: Client;
let handle: (interaction: Interaction) => Promise<unknown> = async () => undefined;
let handlerErrors: unknown[] = [];
/** Interactions whose handler has finished: once it counts all sent, every reply they make has been made. */
let handled = 0;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

beforeEach(async () => {
  standIn.requests.length = 0;
  standIn.respondWith(null);
  handlerErrors = [];
  handled = 0;
  handle = async () => undefined;
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
  client.on(
    Events.InteractionCreate,
    (interaction) =>
      void handle(interaction)
        .catch((e: unknown) => handlerErrors.push(e))
        .finally(() => {
          handled += 1;
        }),
  );
  await Promise.all([once(client, Events.ClientReady), client.login(TOKEN)]);
});

afterEach(async () => {
  await client?.destroy();
  expect(handlerErrors).toEqual([]);
});

/** Sends a slash command and waits for the first response to it. */
async function command(name = "ping"): Promise<{ id: string; token: string; first: RecordedRequest }> {
  const { id, token } = standIn.sendInteraction(chatInputInteraction(name));
  const [first] = await standIn.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
  return { id, token, first: first! };
}

/** Waits until the client has finished handling `count` interactions, so "exactly one" also means "no late second". */
const settle = (count = 1) => expect.poll(() => handled, { timeout: 5_000 }).toBe(count);

describe("the gateway", () => {
  it("lets a discord.js client log in and see the guild with its text channel", async () => {
    await standIn.waitForReady();
    expect(client.user?.id).toBe(standIn.botUserId);
    expect(client.application?.id).toBe(standIn.applicationId);
    const guild = client.guilds.cache.get(standIn.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(standIn.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(standIn.botUserId);
    const gateway = standIn.requests.find((r) => r.path === "/v10/gateway/bot");
    expect(gateway?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("delivers interactions from the default user, or from the user a test names", async () => {
    const seen: Interaction[] = [];
    handle = async (i) => void seen.push(i);
    const before = Date.now();
    standIn.sendInteraction(chatInputInteraction("ping"));
    const after = Date.now();
    standIn.sendInteraction(chatInputInteraction("ping", [], { userId: "123456789012345678" }));
    await expect.poll(() => seen.length).toBe(2);
    expect(seen.map((i) => i.user.id)).toEqual([DEFAULT_USER_ID, "123456789012345678"]);
    expect(seen[0]!.channelId).toBe(standIn.channelId);
    expect(seen[0]!.guildId).toBe(standIn.guildId);
    // Snowflakes carry the time they were made, so a bot measuring an interaction's age sees a fresh one: an order
    // of events (made between the two readings of the clock around sending it), not a number of ms.
    expect(seen[0]!.createdTimestamp).toBeGreaterThanOrEqual(before);
    expect(seen[0]!.createdTimestamp).toBeLessThanOrEqual(after);
  });

  it("refuses to send an interaction when no client has identified", async () => {
    const empty = await startDiscordStandIn();
    try {
      expect(() => empty.sendInteraction(chatInputInteraction("ping"))).toThrow(/no gateway session/);
    } finally {
      await empty.close();
    }
  });
});

describe("interaction responses", () => {
  it("records a reply as one callback POST carrying the content and allowed mentions", async () => {
    handle = async (i) => i.isChatInputCommand() && i.reply({ content: "pong", allowedMentions: { parse: [] } });
    const { id, token, first } = await command();
    expect(first.method).toBe("POST");
    // discord.js 14.28 also sends tts: false and enforce_nonce: false in every reply; those are its business.
    expect(first.body).toMatchObject({ type: 4, data: { content: "pong", allowed_mentions: { parse: [] } } });
    // discord.js always states with_response, false unless asked, and then Discord answers 204.
    expect(first.query.get("with_response")).toBe("false");
    await settle();
    expect(standIn.repliesFor(id, token)).toEqual([first]);
  });

  it("records deferReply then editReply as a type 5 callback followed by a PATCH of @original", async () => {
    let edited = "";
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      edited = (await i.editReply({ content: "done" })).content;
    };
    const { id, token } = standIn.sendInteraction(chatInputInteraction("slow"));
    const [, patch] = await standIn.waitForRequests((r) => r.path.includes(token), 2);
    const replies = standIn.repliesFor(id, token);
    expect(replies.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /v10/interactions/${id}/${token}/callback`,
      `PATCH /v10/webhooks/${standIn.applicationId}/${token}/messages/@original`,
    ]);
    expect(replies[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(patch!.body).toMatchObject({ content: "done" });
    await expect.poll(() => edited).toBe("done");
  });

  it("gives each of 50 concurrent interactions exactly one callback", async () => {
    handle = async (i) => i.isChatInputCommand() && i.reply({ content: `pong ${i.user.id}` });
    const sent = Array.from({ length: 50 }, (_, n) =>
      standIn.sendInteraction(chatInputInteraction("ping", [], { userId: String(700_000 + n) })),
    );
    const callbacks = new Set(sent.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
    await standIn.waitForRequests((r) => callbacks.has(r.path), 50);
    await settle(50);
    for (const [n, s] of sent.entries()) {
      const replies = standIn.repliesFor(s.id, s.token);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.body.data.content).toBe(`pong ${700_000 + n}`);
    }
  });

  it("answers withResponse with the interaction callback response, which discord.js turns into a message", async () => {
    let content: string | undefined;
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: "pong", withResponse: true });
      content = response.resource?.message?.content;
      expect(response.interaction.id).toBe(i.id);
      expect(response.interaction.responseMessageId).toBe(response.resource?.message?.id);
    };
    const { first } = await command();
    expect(first.query.get("with_response")).toBe("true");
    await expect.poll(() => content).toBe("pong");
  });

  it("counts private follow-ups and deletions among an interaction's replies, and fetches the latest edit", async () => {
    let fetched = "";
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: "first" });
      await i.editReply({ content: "second" });
      fetched = (await i.fetchReply()).content;
      await i.deleteReply();
      await i.followUp({ content: "just for you", flags: MessageFlags.Ephemeral });
    };
    const { id, token } = standIn.sendInteraction(chatInputInteraction("ping"));
    await standIn.waitForRequests(
      (r) => r.method === "POST" && r.path === `/v10/webhooks/${standIn.applicationId}/${token}`,
    );
    expect(fetched).toBe("second");
    expect(standIn.repliesFor(id, token).map((r) => r.method)).toEqual(["POST", "PATCH", "DELETE", "POST"]);
    expect(standIn.repliesFor(id, token).at(-1)!.body).toMatchObject({
      content: "just for you",
      flags: MessageFlags.Ephemeral,
    });
  });

  it("parses payload_json and lists the files of a reply sent as multipart", async () => {
    handle = async (i) =>
      i.isChatInputCommand() &&
      i.reply({
        content: "see file",
        files: [new AttachmentBuilder(Buffer.from([0, 255, 13, 10, 45, 45]), { name: "data.bin" })],
      });
    const { first } = await command();
    expect(String(first.headers["content-type"])).toMatch(/^multipart\/form-data/);
    expect(first.body).toMatchObject({ type: 4, data: { content: "see file", attachments: [{ id: "0" }] } });
    expect(first.files).toEqual([
      { field: "files[0]", filename: "data.bin", contentType: expect.any(String), size: 6 },
    ]);
  });
});

describe("other interaction kinds", () => {
  it("delivers a button press with its custom id and the bot's message", async () => {
    let seen = "";
    handle = async (i) => {
      if (!i.isButton()) return;
      seen = `${i.customId} on ${i.message.id} by ${i.message.author.id}`;
      await i.update({ content: "updated" });
    };
    const { id, token } = standIn.sendInteraction(buttonInteraction("more:1", "1300000000000000123"));
    await standIn.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(seen).toBe(`more:1 on 1300000000000000123 by ${standIn.botUserId}`);
    expect(standIn.repliesFor(id, token)[0]!.body).toMatchObject({ type: 7, data: { content: "updated" } });
  });

  it("delivers a message context command with its target message", async () => {
    let target = "";
    handle = async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      target = `${i.commandName}: ${i.targetMessage.content} in ${i.targetMessage.channelId}`;
      await i.reply({ content: "checked" });
    };
    const { id, token } = standIn.sendInteraction(
      messageContextInteraction("Check with sources", { id: "1300000000000000456", content: "A claim." }),
    );
    await standIn.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(target).toBe(`Check with sources: A claim. in ${standIn.channelId}`);
  });

  it("delivers an autocomplete request with the focused option and records the choices", async () => {
    let focused: unknown;
    handle = async (i) => {
      if (!i.isAutocomplete()) return;
      focused = i.options.getFocused();
      await i.respond([{ name: "nvidia", value: "nvidia" }]);
    };
    const { id, token } = standIn.sendInteraction(
      autocompleteInteraction("ask", [{ name: "question", type: STRING, value: "nvi", focused: true }]),
    );
    const [cb] = await standIn.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(focused).toBe("nvi");
    expect(cb!.body).toEqual({ type: 8, data: { choices: [{ name: "nvidia", value: "nvidia" }] } });
  });

  it("delivers an interaction from a direct message without a guild or member", async () => {
    let where = "";
    handle = async (i) => {
      if (!i.isChatInputCommand()) return;
      where = `${i.inGuild()} ${i.member === null} ${i.user.id}`;
      await i.reply({ content: "hi" });
    };
    const { id, token } = standIn.sendInteraction(
      chatInputInteraction("ping", [], { dm: true, userId: "223456789012345678" }),
    );
    await standIn.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(where).toBe("false true 223456789012345678");
  });
});

describe("Discord's refusals and forced failures", () => {
  const rest = () => new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);

  it("refuses a second callback for one interaction with code 40060", async () => {
    const { id, token } = standIn.sendInteraction(chatInputInteraction("ping"));
    await rest().post(Routes.interactionCallback(id, token), {
      body: { type: 4, data: { content: "one" } },
      auth: false,
    });
    const second = rest().post(Routes.interactionCallback(id, token), {
      body: { type: 4, data: { content: "two" } },
      auth: false,
    });
    await expect(second).rejects.toMatchObject({ status: 400, code: 40060 });
  });

  it("rejects a message over Discord's limits as an invalid form body", async () => {
    let error: unknown;
    handle = async (i) =>
      i.isChatInputCommand() && (await i.reply({ content: "x".repeat(2001) }).catch((e: unknown) => (error = e)));
    await command();
    await expect.poll(() => error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({
      status: 400,
      code: 50035,
      rawError: { errors: { data: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } } },
    });
  });

  it("refuses an empty new message and an edit of a reply that does not exist yet", async () => {
    const { id, token } = standIn.sendInteraction(chatInputInteraction("ping"));
    const edit = rest().patch(Routes.webhookMessage(standIn.applicationId, token, "@original"), {
      body: { content: "early" },
      auth: false,
    });
    await expect(edit).rejects.toMatchObject({ status: 404, code: 10008 });
    const empty = rest().post(Routes.interactionCallback(id, token), {
      body: { type: 4, data: { content: "" } },
      auth: false,
    });
    await expect(empty).rejects.toMatchObject({ status: 400, code: 50006 });
    // Neither refusal used up the interaction: a proper reply still goes through.
    await rest().post(Routes.interactionCallback(id, token), {
      body: { type: 4, data: { content: "ok" } },
      auth: false,
    });
  });

  it("lets a test force a 429, which discord.js waits out and retries", async () => {
    let limited = 0;
    standIn.respondWith((req) => (req.path.endsWith("/callback") && limited++ === 0 ? { status: 429 } : undefined));
    handle = async (i) => i.isChatInputCommand() && i.reply({ content: "eventually" });
    const { id, token } = standIn.sendInteraction(chatInputInteraction("ping"));
    const [, retry] = await standIn.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`, 2);
    expect(retry!.body.data.content).toBe("eventually");
  });

  it("answers unknown routes with a JSON 404 and still records them", async () => {
    await expect(rest().get("/channels/1300000000000000789/pins")).rejects.toMatchObject({ status: 404 });
    expect(standIn.requests.at(-1)).toMatchObject({ method: "GET", path: "/v10/channels/1300000000000000789/pins" });
  });

  it("echoes registered commands with ids, globally and in the guild", async () => {
    const body = [{ name: "ask", description: "Ask", options: [] }];
    const global = (await rest().put(Routes.applicationCommands(standIn.applicationId), { body })) as Array<{
      id: string;
      name: string;
    }>;
    const inGuild = (await rest().put(Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId), {
      body,
    })) as Array<{ guild_id: string }>;
    expect(global[0]).toMatchObject({
      name: "ask",
      application_id: standIn.applicationId,
      id: expect.stringMatching(/^\d{19}$/),
    });
    expect(inGuild[0]?.guild_id).toBe(standIn.guildId);
  });
});

describe("closing", () => {
  it("rejects waits still pending when the stand-in closes", async () => {
    const other = await startDiscordStandIn();
    const waiting = other.waitForRequests(() => true, 1, 60_000);
    await other.close();
    await expect(waiting).rejects.toThrow(/closed/);
    await expect(other.waitForReady()).rejects.toThrow(/closed/);
    await other.close(); // twice is fine
  });
});
