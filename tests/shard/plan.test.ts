import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handToClient, planShards } from "../../src/shard/plan.js";
import { type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";

let discord: DiscordStandIn;

beforeAll(async () => {
  discord = await startDiscordStandIn({ guilds: 2_600, maxConcurrency: 16 });
});

afterAll(async () => {
  await discord?.close();
});

const token = "test-token";

describe("planning this machine's shards", () => {
  it("asks DISCORD_API_URL's /gateway/bot for the count when SHARD_COUNT is auto, and runs them all", async () => {
    const plan = await planShards({ token, apiUrl: discord.apiUrl }, { count: "auto", ids: null, managerPid: null });
    expect(plan).toEqual({ count: 3, ids: [0, 1, 2], maxConcurrency: 16 });
  });

  it("keeps a fixed count and the listed shards", async () => {
    const plan = await planShards({ token, apiUrl: discord.apiUrl }, { count: 8, ids: [2, 5], managerPid: null });
    expect(plan).toMatchObject({ count: 8, ids: [2, 5] });
  });

  it("hands discord.js the resolved numbers in the variables its Client reads, never auto", () => {
    const env: NodeJS.ProcessEnv = { SHARD_COUNT: "auto" };
    handToClient({ count: 3, ids: [0, 2], maxConcurrency: 1 }, env);
    expect(env).toEqual({ SHARD_COUNT: "3", SHARDS: "[0,2]" });
  });
});
