import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  chatInputInteraction,
  type DiscordStandIn,
  type RecordedRequest,
  shardOf,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";
import { type ShardedBot, startShardedBot } from "../helpers/shardedBot.js";
import { isWriting, visibleText } from "../helpers/visibleText.js";

/*
 * One machine's share of a bot's shards (SHARD_LIST=1,3 of SHARD_COUNT=4), and how `npm run start:sharded` stops:
 * each case starts its own manager, and a Discord of its own. The first needs two shard processes (to show that only
 * the listed ones connect); the second watches one shard fail. A shard left without its manager stops by itself:
 * tests/shard/followManager.test.ts, in processes that load no bot.
 */

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const LISTED = [1, 3];
/** One listed shard: a shard process is a whole bot to start, and how one stops is how each stops. */
const ONE = [3];

let discord: DiscordStandIn;
let openai: OpenAIStandIn;
let bot: ShardedBot | null = null;

/** One verified sentence, then the model goes quiet: the message shows "Writing…" until the bot settles it. */
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

beforeEach(async () => {
  discord = await startDiscordStandIn({ guilds: 40, maxConcurrency: 16 });
});

afterEach(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill("SIGTERM");
    await bot.exited;
  }
  bot = null;
  await discord?.close();
});

async function startListed(
  listed: readonly number[],
  env: Record<string, string> = {},
  ownProcessGroup = false,
): Promise<ShardedBot> {
  bot = startShardedBot(
    {
      DISCORD_TOKEN: "test-token",
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: FIXTURE,
      SHARD_COUNT: "4",
      SHARD_LIST: listed.join(","),
      ASK_COOLDOWN_PER_MINUTE: "0",
      ...env,
    },
    { ownProcessGroup },
  );
  await bot.waitFor("shards_ready", () => true, 100_000);
  return bot;
}

/** The first server of each shard, by shard id. */
const firstServerOf = (shard: number) => discord.guildIds.find((id) => shardOf(id, 4) === shard)!;

const ask = (guildId: string, userId: string) =>
  discord.sendInteraction({
    guildId,
    userId,
    ...chatInputInteraction("ask", [{ name: "question", type: STRING, value: "how many H800 GPUs were used?" }]),
  });

describe("npm run start:sharded with SHARD_LIST", () => {
  // One manager for both: connecting only the listed shards, then stopping them on SIGTERM sent to the whole process
  // group, as a supervisor sends it: the manager and every shard get it (SIGTERM to the manager alone is a part of it).
  it("connects only the shards SHARD_LIST names, so only their servers' interactions reach the bot; on SIGTERM to its process group has every shard settle its slow answers with their quick answers, then exits 0", async () => {
    const running = await startListed(
      LISTED,
      {
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: openai.baseUrl,
        CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
        SHUTDOWN_GRACE_MS: "1000",
        ANSWER_DEADLINE_MS: "60000",
        LLM_STREAM_IDLE_MS: "30000",
        OPENAI_MAX_RETRIES: "0",
        ANSWER_CACHE_SECONDS: "0",
      },
      true,
    );
    expect(
      discord
        .gatewaySessions()
        .filter((s) => s.live)
        .map((s) => s.shard)
        .sort((a, b) => a[0] - b[0]),
    ).toEqual([
      [1, 4],
      [3, 4],
    ]);
    const routed = [0, 1, 2, 3].map((shard) => ask(firstServerOf(shard), `60000000000000000${shard}`));
    expect(routed.map((s) => s.deliveredTo.map((d) => d.shard))).toEqual([[], [1], [], [3]]);
    await Promise.all(
      LISTED.map((shard) =>
        discord.waitForRequests(
          (r) => r.path === `/v10/interactions/${routed[shard]!.id}/${routed[shard]!.token}/callback`,
        ),
      ),
    );

    const sent = LISTED.flatMap((shard) =>
      [0, 1].map((i) => ask(firstServerOf(shard), `61000000000000000${shard}${i}`)),
    );
    const writing = (s: (typeof sent)[number]) => (r: RecordedRequest) =>
      r.method === "PATCH" && r.path.includes(`/${s.token}/`) && isWriting(r.body);
    await Promise.all(sent.map((s) => discord.waitForRequests(writing(s), 1, 30_000)));

    process.kill(-running.child.pid!, "SIGTERM");
    const { code } = await running.exited;
    expect(code, running.output().slice(-3000)).toBe(0);
    for (const s of sent) {
      const last = discord
        .repliesFor(s.id, s.token)
        .filter((r) => r.method === "PATCH")
        .at(-1)!.body;
      expect(isWriting(last)).toBe(false);
      expect(visibleText(last)).toMatch(/restarting/);
    }
    // A shard given a second signal would have died of it: each exits 0, having settled.
    const stopped = running.lines.filter((l) => l.event === "shard_stopped").map((l) => [l.shard, l.code, l.signal]);
    expect(stopped.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, 0, null],
      [3, 0, null],
    ]);
  }, 150_000);

  it("stops and exits 1 when a shard fails before it is ready, after the shard's own line saying why", async () => {
    const knowledge = mkdtempSync(join(tmpdir(), "storybot-knowledge-"));
    cpSync(FIXTURE, knowledge, { recursive: true });
    writeFileSync(join(knowledge, "claims.yaml"), "claims: [\n");
    bot = startShardedBot({
      DISCORD_TOKEN: "test-token",
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: knowledge,
      SHARD_COUNT: "4",
      SHARD_LIST: ONE.join(","),
    });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/The knowledge base has problems:\n\s+- .*claims\.yaml/);
    // The last line meant for a person (log lines are JSON) says which shard stopped it. Log lines at info are
    // written in the background and come through another pipe, so one may still arrive after it: they are skipped.
    const said = bot
      .output()
      .trim()
      .split("\n")
      .filter((l) => !l.startsWith("{"));
    expect(said.at(-1)).toMatch(/^Shard 3 stopped before it was ready \(exit code 1\)/);
    expect(said.findIndex((l) => /The knowledge base has problems/.test(l))).toBeLessThan(said.length - 1);
  }, 60_000);
});
