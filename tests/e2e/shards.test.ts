import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chatInputInteraction,
  type DiscordStandIn,
  MANAGER_PERMISSIONS,
  shardOf,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { runEntryPoint } from "../helpers/entryPoint.js";
import { type ShardedBot, startShardedBot } from "../helpers/shardedBot.js";

/*
 * `npm run start:sharded` for a bot in 1,200 servers: the built manager and its two shard processes, against the
 * loopback Discord, which sends each server's events only to the shard Discord would. Two shards are the fewest that
 * show routing, answering once and one shared data folder; each more is a bot process to start. One manager serves
 * every case here; each case uses servers of its own, so none depends on another.
 */

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const SHARDS = 2;
const STRING = 3;

let discord: DiscordStandIn;
let bot: ShardedBot;

beforeAll(async () => {
  discord = await startDiscordStandIn({ guilds: 1_200, maxConcurrency: 16 });
  bot = startShardedBot({
    DISCORD_TOKEN: "test-token",
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    SHARD_COUNT: String(SHARDS),
    ASK_COOLDOWN_PER_MINUTE: "0",
    SHUTDOWN_GRACE_MS: "2000",
  });
  await bot.waitFor("shards_ready", () => true, 100_000);
}, 120_000);

afterAll(async () => {
  bot?.child.kill("SIGTERM");
  await bot?.exited;
  await discord?.close();
}, 30_000);

/** Servers from a slice of the 1,200 that only one case uses, grouped by the shard Discord sends them to. */
function serversByShard(from: number, to: number): string[][] {
  const groups: string[][] = Array.from({ length: SHARDS }, () => []);
  for (const id of discord.guildIds.slice(from, to)) groups[shardOf(id, SHARDS)]!.push(id);
  return groups;
}

const ask = (guildId: string, question: string, userId: string) =>
  discord.sendInteraction({
    guildId,
    userId,
    ...chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }]),
  });

/** The interaction's callback POSTs: one means it was answered once. */
const callbacks = (sent: { id: string; token: string }) =>
  discord.repliesFor(sent.id, sent.token).filter((r) => r.path.endsWith("/callback"));

const answered = (sent: { id: string; token: string }) =>
  discord.waitForRequests((r) => r.path === `/v10/interactions/${sent.id}/${sent.token}/callback`, 1, 30_000);

/** The last thing the interaction's reply shows: the callback's message, or the last edit of a deferred one. */
function shown(sent: { id: string; token: string }): string {
  const replies = discord.repliesFor(sent.id, sent.token);
  const last = replies.at(-1)?.body;
  return JSON.stringify(last?.data ?? last ?? {});
}

/** The number of questions /stats shows a server's manager, asked in that server. */
async function statsCount(guildId: string): Promise<number | null> {
  const sent = discord.sendInteraction({
    guildId,
    memberPermissions: MANAGER_PERMISSIONS,
    ...chatInputInteraction("stats"),
  });
  await answered(sent);
  const n = /Questions: (\d+)/.exec(shown(sent))?.[1];
  return n === undefined ? null : Number(n);
}

/** Questions the fixture knowledge answers, each with a figure its answer shows. */
const QUESTIONS = ["how many H800 GPUs were used?", "how much did the shares fall?", "how much did training cost?"];
const FIGURES = [/2,048 H800/, /3\.12%/, /\$5,576,000/];

describe("a bot in 1,200 servers on two shard processes", () => {
  it("connects one gateway session per shard, each identifying as its shard of two", () => {
    const live = discord.gatewaySessions().filter((s) => s.live);
    expect(live.map((s) => s.shard).sort((a, b) => a[0] - b[0])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("answers every interaction of a burst across the servers exactly once, each delivered only to its server's shard", async () => {
    // Every fifth server: ids a millisecond apart fall on consecutive shards, so these fall on both.
    const servers = discord.guildIds.slice(0, 1_000).filter((_, i) => i % 5 === 0);
    const sent = servers.map((guildId, i) => ({
      guildId,
      ...ask(guildId, QUESTIONS[i % QUESTIONS.length]!, String(300_000_000_000_000_000n + BigInt(i))),
    }));
    for (const s of sent) expect(s.deliveredTo.map((d) => d.shard)).toEqual([shardOf(s.guildId, SHARDS)]);
    expect(new Set(sent.map((s) => s.deliveredTo[0]!.shard))).toEqual(new Set([0, 1]));
    await Promise.all(sent.map(answered));
    await expect
      .poll(() => sent.filter((s, i) => FIGURES[i % FIGURES.length]!.test(shown(s))).length, { timeout: 30_000 })
      .toBe(sent.length);
    expect(sent.map((s) => callbacks(s).length)).toEqual(sent.map(() => 1));
  }, 150_000);

  it("counts in /stats and npm run report the questions every shard process wrote to the one data folder", async () => {
    const groups = serversByShard(1_000, 1_100);
    const servers = groups.map((g) => g[0]!);
    const sent = servers.flatMap((guildId, shard) =>
      Array.from({ length: shard + 1 }, (_, i) =>
        ask(guildId, QUESTIONS[i % QUESTIONS.length]!, String(400_000_000_000_000_000n + BigInt(shard * 10 + i))),
      ),
    );
    await Promise.all(sent.map(answered));
    // /stats in each server, answered by that server's shard, counts what that server asked: 1 and 2 questions.
    await expect.poll(() => Promise.all(servers.map(statsCount)), { timeout: 10_000 }).toEqual([1, 2]);
    // npm run report reads the same folder: every one of the three questions, whichever shard wrote it.
    const file = join(bot.dataDir, "export.csv");
    const report = runEntryPoint("src/cli/report.ts", { DATA_DIR: bot.dataDir }, { args: ["--export", file] });
    expect((await report.exited).code).toBe(0);
    const rows = readFileSync(file, "utf8").split("\n");
    expect(servers.map((g) => rows.filter((r) => r.includes(`,${g},`)).length)).toEqual([1, 2]);
  }, 60_000);

  it("starts a killed shard's process again while the other shard keeps answering, and the new process counts what the old one recorded", async () => {
    const groups = serversByShard(1_100, 1_200);
    const victim = 1;
    const before = ask(groups[victim]![0]!, QUESTIONS[0]!, "500000000000000001");
    await answered(before);
    // Written after its reply, as every question is: recorded before the process is killed.
    await expect.poll(() => statsCount(groups[victim]![0]!), { timeout: 10_000 }).toBe(1);
    const spawned = bot.lines.filter((l) => l.event === "shard_spawned" && l.shard === victim);
    const pid = spawned.at(-1)!.pid as number;
    const sessionsBefore = discord.gatewaySessions().filter((s) => s.shard[0] === victim).length;

    process.kill(pid, "SIGKILL");
    await bot.waitFor("shard_died", (l) => l.pid === pid);
    // The other answers whether or not the victim is back yet.
    const others = [0].map((shard, i) =>
      ask(groups[shard]![0]!, QUESTIONS[1]!, String(500_000_000_000_000_010n + BigInt(i))),
    );
    for (const s of others) expect(s.deliveredTo).toHaveLength(1);
    await Promise.all(others.map(answered));
    await expect.poll(() => others.every((s) => FIGURES[1]!.test(shown(s)))).toBe(true);

    // The manager starts a new process for the shard, which identifies afresh as shard 1 of 2.
    await bot.waitFor("shard_spawned", (l) => l.shard === victim && l.pid !== pid);
    await expect
      .poll(() => discord.gatewaySessions().filter((s) => s.shard[0] === victim && s.live).length, { timeout: 30_000 })
      .toBe(1);
    expect(discord.gatewaySessions().filter((s) => s.shard[0] === victim).length).toBe(sessionsBefore + 1);
    await expect
      .poll(() => bot.lines.filter((l) => l.event === "shard_ready" && l.shard === victim).length, { timeout: 30_000 })
      .toBe(2);
    const after = ask(groups[victim]![0]!, QUESTIONS[0]!, "500000000000000002");
    expect(after.deliveredTo).toHaveLength(1);
    await answered(after);
    // /stats from the new process counts the question the killed one answered.
    await expect.poll(() => statsCount(groups[victim]![0]!), { timeout: 10_000 }).toBe(2);
  }, 150_000);
});
