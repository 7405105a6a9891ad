import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { runEntryPoint } from "../helpers/entryPoint.js";

/*
 * `npm start` with SHARD_COUNT: the shards this machine runs, in the one process (discord.js's own sharding). discord.js
 * reads SHARD_COUNT itself and would take "auto" for NaN; the bot hands it the count /gateway/bot recommends.
 */

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let discord: DiscordStandIn;

beforeAll(async () => {
  // /gateway/bot recommends three shards. Set, not earned with 2,001 servers (each an event every shard would take
  // in): that the stand-in recommends one per 1,000 servers is its own test's (shardsStandIn.test.ts).
  discord = await startDiscordStandIn({ guilds: 30, recommendedShards: 3, maxConcurrency: 16 });
});

afterAll(async () => {
  await discord?.close();
});

describe("npm start with SHARD_COUNT", () => {
  it("runs every shard of SHARD_COUNT=auto in its one process, as many as /gateway/bot recommends", async () => {
    const run = runEntryPoint(
      "src/main.ts",
      { DISCORD_TOKEN: "test-token", DISCORD_API_URL: discord.apiUrl, KNOWLEDGE_DIR: FIXTURE, SHARD_COUNT: "auto" },
      { timeoutMs: 60_000 },
    );
    try {
      await run.printed(/"event":"ready"/, 45_000);
      const live = discord.gatewaySessions().filter((s) => s.live);
      expect(live.map((s) => s.shard).sort((a, b) => a[0] - b[0])).toEqual([
        [0, 3],
        [1, 3],
        [2, 3],
      ]);
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
    }
  }, 60_000);
});
