import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { replyCharCap } from "../../src/llm/models.js";
import { chatInputInteraction, type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";
import { showsExcerpts } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const H800 = "The lab trained the model on 2,048 H800 GPUs.";
/** The largest output budget the configuration accepts: the biggest reply the bot will read whole. */
const MAX_OUTPUT_TOKENS = 2_000;

let discord: DiscordStandIn;
let openai: OpenAIStandIn;
let bots: Bot[] = [];

beforeAll(async () => {
  discord = await startDiscordStandIn();
  openai = await startOpenAIStandIn();
});

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await discord?.close();
  await openai?.close();
});

async function startWith(env: Record<string, string>): Promise<void> {
  for (const bot of bots) await bot.stop();
  const config = loadConfig({
    DISCORD_TOKEN: "test-token",
    DISCORD_API_URL: discord.apiUrl,
    OPENAI_API_KEY: "test-key",
    OPENAI_BASE_URL: openai.baseUrl,
    KNOWLEDGE_DIR: FIXTURE,
    CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
    ASK_COOLDOWN_PER_MINUTE: "0",
    ANSWER_CACHE_SECONDS: "0",
    ...env,
  });
  bots = [
    await startBot({
      commands,
      config,
      engine: await buildEngine(config, () => {}),
      log: () => {},
      handleSignals: false,
    }),
  ];
}

/** A well-formed answer of about `chars` characters: one true sentence over and over, then its quote. */
function bigAnswer(chars: number) {
  return function* (req: ChatRequest): Iterable<string> {
    const user = req.messages.find((m) => m.role === "user")?.content ?? "";
    const n = /\[(\d+)\] \([^)]*\)\n[^[]*2,048 H800/.exec(user)?.[1] ?? "1";
    const sentence = `The lab trained the model on 2,048 H800 GPUs [${n}]. `;
    yield "<answer>\n";
    for (let sent = 0; sent < chars; sent += sentence.length) yield sentence;
    yield `\n</answer>\n<quotes>\n[${n}] ${H800}\n</quotes>`;
  };
}

/** How long a bystander's /help takes to get its response, in ms. */
async function help(user: string): Promise<number> {
  const { id, token, sentAt } = discord.sendInteraction({ userId: user, ...chatInputInteraction("help") });
  const [res] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return res!.at - sentAt;
}

/**
 * Bystanders' /help waits while a model reply is being read, and how long that answer took from its /ask to its
 * final message: the reference the waits are measured against, taken in the same run, so a slow or loaded machine
 * slows both alike. Bystanders keep asking until the answer is sent.
 */
async function helpsDuring(question: string): Promise<{ waits: number[]; answerMs: number }> {
  const { token, sentAt: askedAt } = discord.sendInteraction({
    userId: "96000",
    ...chatInputInteraction("ask", [{ name: "question", type: 3, value: question }]),
  });
  let answered = false;
  const final = discord
    .waitForRequests(
      (r) =>
        (r.method === "PATCH" || r.method === "POST") &&
        r.path.includes(token) &&
        (showsExcerpts(r.body) || showsExcerpts(r.body?.data)),
      1,
      20_000,
    )
    .then(([sent]) => {
      answered = true;
      return sent!.at - askedAt;
    });
  const waits: number[] = [];
  // At least five bystanders, and on until the answer is out.
  for (let i = 0; !answered || waits.length < 5; i++) waits.push(await help(`${97_000 + i}`));
  return { waits, answerMs: await final };
}

/*
 * A bot that stopped serving while it read the reply would keep a bystander waiting about as long as the answer
 * took. Half of it leaves room for a loaded machine (the waits seen are a tenth of it or less); how fast the bot is
 * stays the bench's job.
 */
describe("a bystander while the model writes a huge reply", () => {
  it("never waits half as long as the answer takes while a 2 MB reply arrives (read up to the cap, then aborted)", async () => {
    await startWith({});
    openai.setDefaultChat({ kind: "stream", pieces: bigAnswer(2_000_000) });
    const { waits, answerMs } = await helpsDuring("how many H800 GPUs were used?");
    expect(Math.max(...waits)).toBeLessThan(answerMs / 2);
  });

  it("never waits half as long as the answer takes during the biggest reply the bot reads whole and verifies", async () => {
    await startWith({
      LLM_MAX_OUTPUT_TOKENS: String(MAX_OUTPUT_TOKENS),
      ANSWER_DEADLINE_MS: "15000",
      LLM_STREAM_IDLE_MS: "5000",
    });
    openai.setDefaultChat({ kind: "stream", pieces: bigAnswer(replyCharCap(MAX_OUTPUT_TOKENS) - 200) });
    const before = openai.chatRequests.length;
    const { waits, answerMs } = await helpsDuring("how many H800 GPUs did the lab use?");
    expect(openai.chatRequests[before]?.doneAt).toBeDefined();
    expect(Math.max(...waits)).toBeLessThan(answerMs / 2);
  });
});
