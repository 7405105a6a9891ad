import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatInputInteraction, type DiscordStandIn, shardOf, startDiscordStandIn } from "../helpers/discordStandIn.js";

/*
 * The stand-in's gateway as a sharded bot sees it, driven by a bare discord.js client running two shards (no project
 * code): each shard is sent its own servers, and each interaction reaches the shard its server belongs to.
 */

let discord: DiscordStandIn;
let client: Client;
/** The shard each interaction arrived on, by interaction id. */
const arrivedOn = new Map<string, number>();

beforeAll(async () => {
  discord = await startDiscordStandIn({ guilds: 20, maxConcurrency: 16 });
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiUrl },
    shards: [0, 1],
    shardCount: 2,
  });
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    arrivedOn.set(interaction.id, interaction.guild?.shardId ?? -1);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login("test-token");
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await discord?.close();
});

describe("the Discord stand-in with shards", () => {
  it("recommends one shard per 1,000 servers at /gateway/bot, as Discord does", async () => {
    const lone = await startDiscordStandIn({ guilds: 2_001 });
    try {
      const res = await fetch(`${lone.apiUrl}/v10/gateway/bot`, { headers: { authorization: "Bot t" } });
      expect(((await res.json()) as { shards: number }).shards).toBe(3);
    } finally {
      await lone.close();
    }
  });

  it("sends each shard the servers whose ids route to it, and only those", () => {
    const byShard = [0, 1].map((shard) =>
      client.guilds.cache
        .filter((g) => g.shardId === shard)
        .map((g) => g.id)
        .sort(),
    );
    expect(byShard).toEqual([0, 1].map((shard) => discord.guildIds.filter((id) => shardOf(id, 2) === shard).sort()));
    expect(byShard[0]!.length + byShard[1]!.length).toBe(20);
  });

  it("delivers each server's interaction to its shard's connection alone", async () => {
    const sent = discord.guildIds.map((guildId) => ({
      guildId,
      ...discord.sendInteraction({ guildId, ...chatInputInteraction("ping") }),
    }));
    await expect.poll(() => arrivedOn.size).toBeGreaterThanOrEqual(20);
    expect(sent.map((s) => [s.deliveredTo.map((d) => d.shard), arrivedOn.get(s.id)])).toEqual(
      sent.map((s) => [[shardOf(s.guildId, 2)], shardOf(s.guildId, 2)]),
    );
  });

  it("delivers a direct message to shard 0", async () => {
    const sent = discord.sendInteraction({ dm: true, ...chatInputInteraction("ping") });
    expect(sent.deliveredTo.map((d) => d.shard)).toEqual([0]);
    await expect.poll(() => arrivedOn.has(sent.id)).toBe(true);
  });
});
