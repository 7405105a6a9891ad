import { Events } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type HttpBot, startHttpBot } from "../../src/http/httpBot.js";
import { createLogger } from "../../src/log.js";
import { chatInputInteraction, type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import {
  type HttpAnswer,
  nowSeconds,
  rawRequest,
  type SigningKeys,
  signature,
  signedSender,
  signingKeys,
} from "../helpers/signedInteractions.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const TOKEN = "test-token-do-not-log";

let discord: DiscordStandIn;
let bot: HttpBot;
let keys: SigningKeys;
let url: string;
/** Interactions discord.js built from requests: one per request that reached the command code. */
let reached = 0;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  keys = signingKeys();
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
  });
  const log = createLogger({ level: "silent" });
  bot = await startHttpBot({ commands, config, engine: await buildEngine(config, log), log, handleSignals: false });
  bot.client.on(Events.InteractionCreate, () => reached++);
  url = `http://127.0.0.1:${bot.port}/interactions`;
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
});

/** A /help interaction the stand-in knows, as the exact bytes Discord would send. */
function helpBody(): { id: string; token: string; body: string } {
  const payload = discord.createInteraction(chatInputInteraction("help"));
  return { id: payload.id, token: payload.token, body: JSON.stringify(payload) };
}

function signedHeaders(body: string | Buffer, timestamp = nowSeconds(), by: SigningKeys = keys) {
  return {
    "content-type": "application/json",
    "x-signature-ed25519": signature(by, timestamp, body),
    "x-signature-timestamp": timestamp,
  };
}

/**
 * Sends a request and checks it was refused with `status` before any command code ran. The bot hands an accepted
 * interaction to discord.js before it answers the request, so once the answer is here nothing more can reach it.
 */
async function refused(status: number, send: () => Promise<HttpAnswer>, interaction?: { id: string; token: string }) {
  const before = reached;
  const answer = await send();
  expect(answer.status).toBe(status);
  expect(reached).toBe(before);
  if (interaction) expect(discord.repliesFor(interaction.id, interaction.token)).toEqual([]);
  return answer;
}

describe("the interactions endpoint's checks", () => {
  it("accepts a request Discord signed, with an empty 202, and the command answers through the callback endpoint", async () => {
    const { id, token, body } = helpBody();
    const before = reached;
    const answer = await rawRequest(url, { headers: signedHeaders(body), body });
    expect(answer.status).toBe(202);
    expect(answer.text).toBe("");
    expect(reached).toBe(before + 1);
    const [callback] = await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(callback!.body.type).toBe(4);
  });

  it("answers Discord's PING with a PONG in the response, and runs no command", async () => {
    const body = JSON.stringify({ id: "1", application_id: discord.applicationId, type: 1, token: "ping", version: 1 });
    const before = reached;
    const answer = await rawRequest(url, { headers: signedHeaders(body), body });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(answer.text)).toEqual({ type: 1 });
    expect(reached).toBe(before);
  });

  it("refuses a body changed after it was signed with 401", async () => {
    const interaction = helpBody();
    const headers = signedHeaders(interaction.body);
    const altered = interaction.body.replace('"help"', '"ask"');
    await refused(401, () => rawRequest(url, { headers, body: altered }), interaction);
  });

  it("refuses a request signed with another key with 401", async () => {
    const interaction = helpBody();
    const headers = signedHeaders(interaction.body, nowSeconds(), signingKeys());
    await refused(401, () => rawRequest(url, { headers, body: interaction.body }), interaction);
  });

  it("refuses a signature that is not hexadecimal Ed25519 with 401", async () => {
    const interaction = helpBody();
    const headers = { ...signedHeaders(interaction.body), "x-signature-ed25519": "not-a-signature" };
    await refused(401, () => rawRequest(url, { headers, body: interaction.body }), interaction);
  });

  it("refuses a signed request sent a second time with 401, and answers it only once", async () => {
    const interaction = helpBody();
    const headers = signedHeaders(interaction.body);
    expect((await rawRequest(url, { headers, body: interaction.body })).status).toBe(202);
    await refused(401, () => rawRequest(url, { headers, body: interaction.body }));
    const path = `/v10/interactions/${interaction.id}/${interaction.token}/callback`;
    await discord.waitForRequests((r) => r.path === path);
    expect(discord.repliesFor(interaction.id, interaction.token)).toHaveLength(1);
  });

  it("refuses a request signed more than 5 minutes ago with 401", async () => {
    const interaction = helpBody();
    const headers = signedHeaders(interaction.body, nowSeconds(-301));
    await refused(401, () => rawRequest(url, { headers, body: interaction.body }), interaction);
  });

  it("refuses a request timestamped more than 5 minutes ahead with 401", async () => {
    const interaction = helpBody();
    const headers = signedHeaders(interaction.body, nowSeconds(301));
    await refused(401, () => rawRequest(url, { headers, body: interaction.body }), interaction);
  });

  it.each([
    ["no signature", "x-signature-ed25519"],
    ["no timestamp", "x-signature-timestamp"],
  ])("refuses a request with %s header with 401", async (_, header) => {
    const interaction = helpBody();
    const headers: Record<string, string> = signedHeaders(interaction.body);
    delete headers[header];
    await refused(401, () => rawRequest(url, { headers, body: interaction.body }), interaction);
  });

  it("refuses a body over 1 MB with 413, signature or not, and closes the connection", async () => {
    const body = Buffer.from(JSON.stringify({ type: 2, padding: "x".repeat(1024 * 1024) }));
    const answer = await refused(413, () => rawRequest(url, { headers: signedHeaders(body), body }));
    expect(answer.headers.connection).toBe("close");
  });

  it("refuses a body that grows past 1 MB without declaring its length with 413", async () => {
    const body = Buffer.alloc(1024 * 1024 + 1, "x");
    const headers = { ...signedHeaders(body), "transfer-encoding": "chunked" };
    await refused(413, () => rawRequest(url, { headers, body }));
  });

  it("refuses a body that is not declared JSON with 415", async () => {
    const interaction = helpBody();
    const headers = { ...signedHeaders(interaction.body), "content-type": "text/plain" };
    await refused(415, () => rawRequest(url, { headers, body: interaction.body }), interaction);
  });

  it("refuses a signed body that is not JSON with 400", async () => {
    const body = "{ not json";
    await refused(400, () => rawRequest(url, { headers: signedHeaders(body), body }));
  });

  it("refuses signed JSON that is not an interaction with 400", async () => {
    const body = JSON.stringify({ type: 2, id: "1" });
    await refused(400, () => rawRequest(url, { headers: signedHeaders(body), body }));
  });

  it("refuses anything but POST with 405, naming POST", async () => {
    const answer = await refused(405, () => rawRequest(url, { method: "GET" }));
    expect(answer.headers.allow).toBe("POST");
  });

  it("answers 500 to a signed interaction discord.js cannot read, runs no command, and keeps serving", async () => {
    const { entitlements: _, ...unreadable } = discord.createInteraction(chatInputInteraction("help"));
    const body = JSON.stringify(unreadable);
    await refused(500, () => rawRequest(url, { headers: signedHeaders(body), body }));
    expect(bot.client.guilds.cache.size).toBe(0);
  });

  it("still answers a signed interaction after all those refusals", async () => {
    const sent = await signedSender(discord, url, keys).send(chatInputInteraction("help"));
    expect(sent.status).toBe(202);
    await discord.waitForRequests((r) => r.path === `/v10/interactions/${sent.id}/${sent.token}/callback`);
  });
});
