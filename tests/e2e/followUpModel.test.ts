import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine, openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import type { Store } from "../../src/store/index.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";

/* A follow-up thread in model mode, through the real discord.js client and the real @langchain/openai client. */

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const H800 = "The lab trained the model on 2,048 H800 GPUs.";
let discord: DiscordStandIn;
let openai: OpenAIStandIn;
let bot: Bot;
let records: Store;

const userText = (req: ChatRequest) => req.messages.find((m) => m.role === "user")?.content ?? "";

/** A grounded reply citing the passage about the H800s, whatever number the prompt gave it. */
function groundedAnswer(req: ChatRequest): string {
  const n = /\[(\d+)\] \([^)]*\)\n[^[]*2,048 H800/.exec(userText(req))?.[1] ?? "1";
  return `<answer>\nThe lab trained the model on 2,048 H800 GPUs [${n}].\n</answer>\n<quotes>\n[${n}] ${H800}\n</quotes>`;
}

beforeAll(async () => {
  discord = await startDiscordStandIn();
  openai = await startOpenAIStandIn();
  openai.setDefaultChat({ kind: "reply", content: groundedAnswer });
  const config = loadConfig({
    DISCORD_TOKEN: "test-token-follow-up-model",
    DISCORD_API_URL: discord.apiUrl,
    OPENAI_API_KEY: "test-key",
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MAX_RETRIES: "0",
    ANSWER_CACHE_SECONDS: "0",
    KNOWLEDGE_DIR: FIXTURE,
    CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
    DATA_DIR: await mkdtemp(join(tmpdir(), "storybot-data-")),
    ASK_COOLDOWN_PER_MINUTE: "0",
  });
  const log = () => {};
  records = await openRecords(config, log);
  bot = await startBot({
    commands,
    config,
    engine: await buildEngine(config, log),
    log,
    records,
    handleSignals: false,
  });
});

afterAll(async () => {
  await bot?.stop();
  await records?.close();
  await discord?.close();
  await openai?.close();
});

/** Sends an interaction and waits until the bot has finished with it. */
async function interact(input: InteractionInput) {
  const { id, token } = discord.sendInteraction({ userId: "800000000000000001", ...input });
  await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
  await bot.idle();
  return { id, token };
}

describe("a follow-up thread answered by a language model", () => {
  it("puts the thread's earlier question and the start of its answer into the prompt", async () => {
    const first = await interact(
      chatInputInteraction("ask", [{ name: "question", type: 3, value: "what is the h800?" }]),
    );
    const threadId = "800000000000000099";
    await interact(buttonInteraction(`followup:${first.id}`, threadId));
    const before = openai.chatRequests.length;
    await interact({
      ...chatInputInteraction("ask", [{ name: "question", type: 3, value: "how many were used?" }]),
      threadId,
    });
    expect(openai.chatRequests.length).toBe(before + 1);
    const prompt = userText(openai.chatRequests.at(-1)!);
    expect(prompt).toMatch(/<earlier>\nQ: what is the h800\?\nA: The lab trained the model on 2,048 H800 GPUs/);
    expect(prompt).toMatch(/<question>\nhow many were used\?\n<\/question>/);
  });
});
