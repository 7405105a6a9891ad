import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine, openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type HttpBot, startHttpBot } from "../../src/http/httpBot.js";
import { createLogger } from "../../src/log.js";
import type { Store } from "../../src/store/index.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { signedSender, signingKeys } from "../helpers/signedInteractions.js";
import { buttonsOf, visibleText } from "../helpers/visibleText.js";

// Follow-ups need to know the channel an interaction came from (a server text channel may take a thread; a thread
// the bot did not open is answered privately). Over HTTP no gateway told the bot about the server: these check it
// still knows.
const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const EPHEMERAL = 64;

let discord: DiscordStandIn;
let bot: HttpBot;
let records: Store;
let send: ReturnType<typeof signedSender>["send"];
let nextUser = 700_000_000_000_000_000n;
let nextMessage = 800_000_000_000_000_000n;
const newMessage = () => String(nextMessage++);

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const keys = signingKeys();
  const config = loadConfig({
    DISCORD_TOKEN: "test-token-http-follow-up",
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    DATA_DIR: mkdtempSync(join(tmpdir(), "storybot-data-")),
    ASK_COOLDOWN_PER_MINUTE: "0",
    BUTTON_CLICKS_PER_MINUTE: "0",
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
  });
  const log = createLogger({ level: "silent" });
  records = await openRecords(config, log);
  bot = await startHttpBot({
    commands,
    config,
    engine: await buildEngine(config, log),
    log,
    records,
    handleSignals: false,
  });
  send = signedSender(discord, `http://127.0.0.1:${bot.port}/`, keys).send;
});

afterAll(async () => {
  await bot?.stop();
  await records?.close();
  await discord?.close();
});

async function interact(input: InteractionInput): Promise<{ first: RecordedRequest; token: string }> {
  const sent = await send({ userId: String(nextUser++), ...input });
  expect(sent.status).toBe(202);
  const [first] = await discord.waitForRequests(
    (r) => r.path === `/v10/interactions/${sent.id}/${sent.token}/callback`,
  );
  return { first: first!, token: sent.token };
}

const ask = (question: string, extra: Partial<InteractionInput> = {}) =>
  interact(chatInputInteraction("ask", [{ name: "question", type: 3, value: question }], extra));

describe("follow-ups over HTTP", () => {
  it("opens a thread on the answer's message when 'Ask a follow-up' is pressed, and reads /ask there in its light", async () => {
    const answer = await ask("what is the h800?");
    const button = buttonsOf(answer.first.body.data)
      .map((c) => c.custom_id as string)
      .find((id) => id?.startsWith("followup:"))!;
    const messageId = newMessage();
    await interact(buttonInteraction(button, messageId));
    const [opened] = await discord.waitForRequests(
      (r) => r.method === "POST" && r.path === `/v10/channels/${discord.channelId}/messages/${messageId}/threads`,
    );
    expect(opened!.body.name).toBe("what is the h800?");
    await bot.idle();
    const { first } = await ask("how many were used?", { threadId: messageId });
    expect(visibleText(first.body.data)).toContain("Read as a follow-up about h800, from the question before.");
  });

  it("answers /ask in a thread it did not open privately, and says why", async () => {
    const { first } = await ask("what is the h800?", { threadId: newMessage() });
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(first.body.data)).toMatch(/^I didn't open this thread/);
  });

  it("keeps no server in memory once its interactions are answered", async () => {
    await ask("what is the h800?");
    await bot.idle();
    expect(bot.client.guilds.cache.size).toBe(0);
    expect(bot.client.channels.cache.size).toBe(0);
  });
});
