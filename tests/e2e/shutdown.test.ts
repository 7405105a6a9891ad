import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { startBot } from "../../src/discord/bot.js";
import {
  chatInputInteraction,
  type DiscordStandIn,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";
import { isWriting, showsExcerpts, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const GRACE_MS = 1_000;
/** Slow model answers: the grace period ends long before the deadline or a stall would. */
const SLOW = {
  SHUTDOWN_GRACE_MS: String(GRACE_MS),
  ANSWER_DEADLINE_MS: "60000",
  LLM_STREAM_IDLE_MS: "30000",
  OPENAI_MAX_RETRIES: "0",
  ASK_COOLDOWN_PER_MINUTE: "0",
  ANSWER_CACHE_SECONDS: "0",
};

let discord: DiscordStandIn;
let openai: OpenAIStandIn;

/** One verified sentence, then the model goes quiet: the message shows "Writing…" with that sentence. */
function slowAnswer(req: ChatRequest): string {
  const user = req.messages.find((m) => m.role === "user")?.content ?? "";
  const n = /\[(\d+)\] \([^)]*\)\n[^[]*2,048 H800/.exec(user)?.[1] ?? "1";
  return `<answer>\nThe lab trained the model on 2,048 H800 GPUs [${n}]. More is coming`;
}

beforeAll(async () => {
  openai = await startOpenAIStandIn();
  openai.setDefaultChat({ kind: "reply", content: slowAnswer, stallAfterChunks: 1_000 });
});

afterAll(async () => {
  await openai?.close();
});

// A Discord of its own for each test: a bot connects to it, and is gone at the end.
beforeEach(async () => {
  discord = await startDiscordStandIn();
});

afterEach(async () => {
  await discord?.close();
});

const env = async () => ({
  DISCORD_TOKEN: "test-token",
  DISCORD_API_URL: discord.apiUrl,
  OPENAI_API_KEY: "test-key",
  OPENAI_BASE_URL: openai.baseUrl,
  KNOWLEDGE_DIR: FIXTURE,
  CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
  ...SLOW,
});

/** Asks `count` questions from different users and waits until each shows its first streamed sentence. */
async function askSlowly(count: number, firstUser: number) {
  const sent = Array.from({ length: count }, (_, i) =>
    discord.sendInteraction({
      userId: String(firstUser + i),
      ...chatInputInteraction("ask", [{ name: "question", type: 3, value: "how many H800 GPUs were used?" }]),
    }),
  );
  const writing = (s: (typeof sent)[number]) => (r: RecordedRequest) =>
    r.method === "PATCH" && r.path.includes(`/${s.token}/`) && isWriting(r.body);
  await Promise.all(sent.map((s) => discord.waitForRequests(writing(s), 1, 15_000)));
  return sent;
}

/** The last state of each answer's message. */
function lastEdits(sent: Array<{ id: string; token: string }>) {
  return sent.map(
    (s) =>
      discord
        .repliesFor(s.id, s.token)
        .filter((r) => r.method === "PATCH")
        .at(-1)!.body,
  );
}

/**
 * Whether the bot broke off the model requests behind these answers rather than waiting them out: each was aborted,
 * none finished (the stand-in would keep them going for ever). An order of events in place of a number of
 * milliseconds, which a loaded machine would stretch; a bot that waited would run into the test's timeout.
 */
const brokenOff = (requests: readonly ChatRequest[]) =>
  requests.length > 0 && requests.every((r) => r.abortedAt !== undefined && r.doneAt === undefined);

describe("shutting down with answers in flight", () => {
  it("leaves none of 50 slow answers at Writing…: each is edited to its quick answer with a note, after breaking off the model's requests", async () => {
    const config = loadConfig(await env());
    const bot = await startBot({
      commands,
      config,
      engine: await buildEngine(config, () => {}),
      log: () => {},
      handleSignals: false,
      editIntervalMs: 200,
    });
    const before = openai.chatRequests.length;
    const sent = await askSlowly(50, 91_000);
    await bot.stop();
    await expect.poll(() => brokenOff(openai.chatRequests.slice(before))).toBe(true);
    for (const body of lastEdits(sent)) {
      expect(isWriting(body)).toBe(false);
      expect(showsExcerpts(body)).toBe(true);
      expect(visibleText(body)).toMatch(/restarting/);
    }
  }, 30_000);

  // The same on SIGTERM in the real process, started by deploy/run.sh with the container's own node command:
  // tests/e2e/container.test.ts.
});
