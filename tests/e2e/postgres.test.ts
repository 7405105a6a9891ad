import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger, silentLogger } from "../../src/log.js";
import { describeFailure } from "../../src/runMain.js";
import { type BotWithStore, startBotWithStore } from "../helpers/botWithStore.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { freePort, type PostgresServer, startPostgres } from "../helpers/postgresServer.js";
import { buttonsOf } from "../helpers/visibleText.js";

/*
 * One bot on Postgres, in this process, through the server's faults. Several bot processes on one database (each
 * vote kept once whichever took it, npm run report reading what they wrote) are httpFleet.test.ts's; two instances
 * recording the same vote at once, and migrating at once, are tests/store/postgres.test.ts's.
 */
const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;

let server: PostgresServer;
const stands: DiscordStandIn[] = [];
const bots: BotWithStore[] = [];
let nextUser = 820_000_000_000_000_000n;
const newUser = () => String(nextUser++);

beforeAll(async () => {
  server = await startPostgres();
}, 120_000);

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  for (const stand of stands) await stand.close();
  await server?.close();
}, 60_000);

async function standIn(): Promise<DiscordStandIn> {
  const stand = await startDiscordStandIn();
  stands.push(stand);
  return stand;
}

async function interact(discord: DiscordStandIn, input: InteractionInput, userId = newUser()) {
  const { id, token } = discord.sendInteraction({ userId, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
    1,
    20_000,
  );
  return first!;
}

async function answerId(discord: DiscordStandIn): Promise<string> {
  const first = await interact(
    discord,
    chatInputInteraction("ask", [{ name: "question", type: STRING, value: "how many H800 GPUs were used?" }]),
  );
  const ids = buttonsOf(first.body.data).map((c) => c.custom_id as string);
  return ids.find((id) => id?.startsWith("vote:"))!.split(":")[1]!;
}

const votePress = (id: string) => buttonInteraction(`vote:${id}:up`);
const RECORDED = /^Recorded your 👍/;

// The start's own steps in this process, as src/main.ts takes them: its configuration, the store it opens first, and
// the line runMain prints for the failure (that such a line reaches stderr alone and the process exits 1 is checked
// once, on another start-up failure, in startup.test.ts).
describe("Postgres unreachable at start", () => {
  it("stops with one line naming the host and database, never the password", async () => {
    const port = await freePort();
    const config = loadConfig({
      DISCORD_TOKEN: "test-token-postgres",
      DISCORD_API_URL: "http://127.0.0.1:9/api",
      KNOWLEDGE_DIR: FIXTURE,
      DATABASE_URL: `postgres://bot:hunter2-secret@127.0.0.1:${port}/storybot`,
    });
    const failure = await openRecords(config, silentLogger).then(
      (store) => store.close().then(() => expect.fail("the store opened")),
      (error: unknown) => error,
    );
    const line = describeFailure(failure, () => null);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain(`Postgres at 127.0.0.1:${port}/storybot could not be used`);
    expect(line).not.toContain("hunter2-secret");
  }, 60_000);
});

describe("Postgres stopped and restarted while the bot runs", () => {
  it("keeps answering, says votes are not recorded, logs it once, and records again once the server is back", async () => {
    const url = await server.freshDatabase();
    const discord = await standIn();
    const lines: string[] = [];
    const log = createLogger({ level: "info", destination: { write: (line: string) => lines.push(line) } });
    const bot = await startBotWithStore(discord, { DATABASE_URL: url }, log);
    bots.push(bot);
    const id = await answerId(discord);
    await server.stop();
    try {
      const refused = await interact(discord, votePress(id));
      expect(refused.body.data.content).toMatch(/can't record votes right now/);
      const help = await interact(discord, chatInputInteraction("help"));
      expect(help.body.type).toBe(4);
    } finally {
      await server.start();
    }
    await expect
      .poll(async () => (await interact(discord, votePress(id))).body.data.content, { timeout: 20_000, interval: 200 })
      .toMatch(RECORDED);
    const events = lines.map((l) => JSON.parse(l).event as string);
    expect(events.filter((e) => e === "recording_off")).toHaveLength(1);
    expect(events).toContain("recording_on");
    expect(lines.join("\n")).not.toContain(server.password);
  }, 120_000);
});
